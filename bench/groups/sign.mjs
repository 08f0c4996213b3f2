// Signing and utilities: signed URLs with an expiry, upload authentication parameters, pHash distance.
// Only the Node SDKs can sign (@imagekit/javascript has no private key), and only imagekit 6 has pHashDistance.
import * as ours from "../../pkg/node.mjs";
import NodeImageKit from "@imagekit/nodejs";
import ImageKit6 from "imagekit";
import { IK6, NODE, OURS, PRIVATE_KEY, PUBLIC_KEY, medians, result, same, sameSecond, timeRow, log } from "../lib.mjs";

const urlEndpoint = "https://ik.imagekit.io/demo";
const transformation = [{ height: 300, width: 400, raw: "ar-4-3,q-40" }];
const ik = new ours.ImageKit({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, urlEndpoint });
const node = new NodeImageKit({ privateKey: PRIVATE_KEY });
const ik6 = new ImageKit6({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, urlEndpoint });
const rows = [];

// Signed URL, expiring in 300 s: ik.buildSrc vs @imagekit/nodejs helper.buildSrc; ik.url vs imagekit 6 .url.
const b = { src: "/default-image.jpg", urlEndpoint, transformation, transformationPosition: "path", signed: true, expiresIn: 300 };
sameSecond("signed buildSrc", () => ik.buildSrc(b), () => node.helper.buildSrc(b));
rows.push(timeRow("signed URL, expiresIn 300: ik.buildSrc", await medians({
  [OURS]: () => ik.buildSrc(b), [NODE]: () => node.helper.buildSrc(b),
}), { factor: 3, against: NODE }));
const u = { path: "/default-image.jpg", transformation, signed: true, expireSeconds: 300 };
sameSecond("signed url", () => ik.url(u), () => ik6.url(u));
rows.push(timeRow("signed URL, expireSeconds 300: ik.url (seed)", await medians({
  [OURS]: () => ik.url(u), [IK6]: () => ik6.url(u),
}), { factor: 3 }));
log("sign: signed URLs done");

// Authentication parameters with a given token and expiry (deterministic, so checked equal) and with the defaults
// (random UUID v4 token, now + 1800 s; only the shape can be checked).
const token = "your_token", expire = 1582269249;
same("getAuthenticationParameters", {
  [OURS]: ik.getAuthenticationParameters(token, expire), [NODE]: node.helper.getAuthenticationParameters(token, expire),
  [IK6]: ik6.getAuthenticationParameters(token, expire),
});
rows.push(timeRow("getAuthenticationParameters(token, expire)", await medians({
  [OURS]: () => ik.getAuthenticationParameters(token, expire),
  [NODE]: () => node.helper.getAuthenticationParameters(token, expire),
  [IK6]: () => ik6.getAuthenticationParameters(token, expire),
})));
const shape = (p) => [typeof p.token, p.token.length, typeof p.expire, /^[0-9a-f]{40}$/.test(p.signature)];
same("getAuthenticationParameters() shape", {
  [OURS]: shape(ik.getAuthenticationParameters()), [NODE]: shape(node.helper.getAuthenticationParameters()),
  [IK6]: shape(ik6.getAuthenticationParameters()),
});
rows.push(timeRow("getAuthenticationParameters() (random UUID token)", await medians({
  [OURS]: () => ik.getAuthenticationParameters(),
  [NODE]: () => node.helper.getAuthenticationParameters(),
  [IK6]: () => ik6.getAuthenticationParameters(),
})));
log("sign: auth parameters done");

const pairs = [["2d5ad3936d2e015b", "2d6ed293db36a4fb"], ["a4a65595ac94518b", "7838873e791f8400"]];
for (const [a, c] of pairs) same(`phashDistance ${a} ${c}`, { [OURS]: ours.phashDistance(a, c), [IK6]: ik6.pHashDistance(a, c) });
const [a, c] = pairs[0];
rows.push(timeRow("phashDistance (64-bit hashes)", await medians({
  [OURS]: () => ours.phashDistance(a, c), [IK6]: () => ik6.pHashDistance(a, c),
}), { factor: 10 }));

result("Signing and utilities (median per call)", [OURS, NODE, IK6], rows, [
  "Private key `private_key_test`; signed outputs compared within one clock second. " +
    "@imagekit/javascript cannot sign and has no pHash; @imagekit/nodejs has no pHash.",
]);
