// Signing and utilities: signed URLs with an expiry, upload authentication parameters, pHash distance.
// Only the Node SDKs can sign (@imagekit/javascript has no private key), and only imagekit 6 has pHashDistance.
// Ours in both builds (speed: every entry but the browser's; size: the browser's).
import NodeImageKit from "@imagekit/nodejs";
import ImageKit6 from "imagekit";
import { IK6, NODE, OURS, OURS_SIZE, PRIVATE_KEY, PUBLIC_KEY, RUNTIME, checked, loadOurs, fastest, result, same, sameSecond, timeRow, log } from "../lib.mjs";

const urlEndpoint = "https://ik.imagekit.io/demo";
const transformation = [{ height: 300, width: 400, raw: "ar-4-3,q-40" }];
const ours = await loadOurs("speed"), small = await loadOurs("size");
const client = (m) => new m.ImageKit({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, urlEndpoint });
const ik = client(ours), ikSmall = client(small);
const node = new NodeImageKit({ privateKey: PRIVATE_KEY });
const ik6 = new ImageKit6({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, urlEndpoint });
const rows = [];

// Signed URL, expiring in 300 s: ik.buildSrc vs @imagekit/nodejs helper.buildSrc; ik.url vs imagekit 6 .url.
const b = { src: "/default-image.jpg", urlEndpoint, transformation, transformationPosition: "path", signed: true, expiresIn: 300 };
sameSecond("signed buildSrc", () => ik.buildSrc(b), () => node.helper.buildSrc(b));
sameSecond("signed buildSrc, size build", () => ik.buildSrc(b), () => ikSmall.buildSrc(b));
rows.push(timeRow("signed URL, expiresIn 300: ik.buildSrc", await fastest({
  [OURS]: () => ik.buildSrc(b), [OURS_SIZE]: () => ikSmall.buildSrc(b), [NODE]: () => node.helper.buildSrc(b),
}), { factor: 2.5, against: NODE }));
const u = { path: "/default-image.jpg", transformation, signed: true, expireSeconds: 300 };
sameSecond("signed url", () => ik.url(u), () => ik6.url(u));
sameSecond("signed url, size build", () => ik.url(u), () => ikSmall.url(u));
rows.push(timeRow("signed URL, expireSeconds 300: ik.url (seed)", await fastest({
  [OURS]: () => ik.url(u), [OURS_SIZE]: () => ikSmall.url(u), [IK6]: () => ik6.url(u),
}), { factor: 2 }));
log("sign: signed URLs done");

// Authentication parameters with a given token and expiry (deterministic, so checked equal) and with the defaults
// (random UUID v4 token, now + 1800 s; only the shape can be checked).
const token = "your_token", expire = 1582269249;
rows.push(timeRow("getAuthenticationParameters(token, expire)", await fastest(checked("getAuthenticationParameters", {
  [OURS]: () => ik.getAuthenticationParameters(token, expire),
  [OURS_SIZE]: () => ikSmall.getAuthenticationParameters(token, expire),
  [NODE]: () => node.helper.getAuthenticationParameters(token, expire),
  [IK6]: () => ik6.getAuthenticationParameters(token, expire),
})), { factor: 2 }));
const shape = (p) => [typeof p.token, p.token.length, typeof p.expire, /^[0-9a-f]{40}$/.test(p.signature)];
const fresh = {
  [OURS]: () => ik.getAuthenticationParameters(),
  [OURS_SIZE]: () => ikSmall.getAuthenticationParameters(),
  [NODE]: () => node.helper.getAuthenticationParameters(),
  [IK6]: () => ik6.getAuthenticationParameters(),
};
same("getAuthenticationParameters() shape", Object.fromEntries(Object.entries(fresh).map(([k, f]) => [k, shape(f())])));
rows.push(timeRow("getAuthenticationParameters() (random UUID token)", await fastest(fresh)));
log("sign: auth parameters done");

const pairs = [["2d5ad3936d2e015b", "2d6ed293db36a4fb"], ["a4a65595ac94518b", "7838873e791f8400"]];
for (const [a, c] of pairs) same(`phashDistance ${a} ${c}`, { [OURS]: ours.phashDistance(a, c), [OURS_SIZE]: small.phashDistance(a, c), [IK6]: ik6.pHashDistance(a, c) });
const [a, c] = pairs[0];
rows.push(timeRow("phashDistance (64-bit hashes)", await fastest({
  [OURS]: () => ours.phashDistance(a, c), [OURS_SIZE]: () => small.phashDistance(a, c), [IK6]: () => ik6.pHashDistance(a, c),
}), { factor: 15 }));

result(`Signing and utilities, ${RUNTIME} (fastest of 41 rounds, per call)`, [OURS, OURS_SIZE, NODE, IK6], rows, [
  "Private key `private_key_test`; signed outputs compared within one clock second. " +
    "@imagekit/javascript cannot sign and has no pHash; @imagekit/nodejs has no pHash.",
]);
