// URL building: the same options through our buildSrc / ik.url and each official SDK's builder.
// @imagekit/javascript and @imagekit/nodejs's helper share one builder (transformationPosition default "query",
// raw `tr`); imagekit 6 .url() is the seed's builder (percent-encoded query `tr`), compared with our ik.url.
import * as js from "@imagekit/javascript";
import NodeImageKit from "@imagekit/nodejs";
import ImageKit6 from "imagekit";
import { IK6, JS, NODE, OURS, OURS_SIZE, PRIVATE_KEY, PUBLIC_KEY, RUNTIME, checked, loadOurs, fastest, result, timeRow, log } from "../lib.mjs";

const ours = await loadOurs("speed"), small = await loadOurs("size");

const urlEndpoint = "https://ik.imagekit.io/demo";
const src = "/default-image.jpg";
const step = [{ height: 300, width: 400, raw: "ar-4-3,q-40" }];
const chained = [
  { width: 400, height: 300 },
  { overlay: { type: "text", text: "Hello, world ©", transformation: [{ fontSize: 20, fontColor: "FFFFFF" }] } },
];

const ik = new ours.ImageKit({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, urlEndpoint });
const ikSmall = new small.ImageKit({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, urlEndpoint });
const node = new NodeImageKit({ privateKey: PRIVATE_KEY });
const ik6 = new ImageKit6({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, urlEndpoint });

/** One case: the same option objects to every builder; outputs checked equal, then each is timed. */
async function urlCase(name, transformation, position) {
  const o = { src, urlEndpoint, transformation, transformationPosition: position };
  const fns = {
    [OURS]: () => ours.buildSrc(o),
    [OURS_SIZE]: () => small.buildSrc(o),
    [JS]: () => js.buildSrc(o),
    [NODE]: () => node.helper.buildSrc(o),
  };
  const rows = [timeRow(`${name}: buildSrc`, await fastest(checked(name, fns)), { factor: 1, aim: 1.5 })];
  if (!transformation.some((s) => s.overlay)) {
    // imagekit 6 has no overlay objects; for the rest, ik.url vs its .url on the same seed-style options.
    const u = { path: src, transformation, transformationPosition: position };
    const seed = { [OURS]: () => ik.url(u), [OURS_SIZE]: () => ikSmall.url(u), [IK6]: () => ik6.url(u) };
    rows.push(timeRow(`${name}: ik.url (seed)`, await fastest(checked(`${name} (seed url)`, seed)), { factor: 1, aim: 1.5 }));
  }
  log(`url: ${name} done`);
  return rows;
}

const rows = [
  ...(await urlCase("path, one step", step, "path")),
  ...(await urlCase("query, one step", step, "query")),
  ...(await urlCase("chained + text overlay", chained, "path")),
];

const bts = {
  [OURS]: () => ours.buildTransformationString(chained), [OURS_SIZE]: () => small.buildTransformationString(chained),
  [JS]: () => js.buildTransformationString(chained), [NODE]: () => node.helper.buildTransformationString(chained),
};
rows.push(timeRow("buildTransformationString (chained + overlay)", await fastest(checked("buildTransformationString", bts)), { factor: 1, aim: 1.5 }));

// The two rows above repeat one input, so our memos of transformation strings (lane.js for buildTransformationString,
// src/url/tr_memo.rs for buildSrc) answer every call after the first. The same two calls again with a new
// transformation each time (1 024 widths in turn, more than either memo holds, and a memo is emptied when full)
// time what a call costs when it is not remembered.
const FRESH = 1024;
const freshPool = Array.from({ length: FRESH }, (_, i) => [{ ...chained[0], width: 100 + i }, chained[1]]);
const fresh = (f) => {
  let i = 0;
  return () => f(freshPool[i++ % FRESH]);
};
const freshSrc = (build) => fresh((transformation) => build({ src, urlEndpoint, transformation, transformationPosition: "path" }));
const freshBuild = {
  [OURS]: freshSrc(ours.buildSrc), [OURS_SIZE]: freshSrc(small.buildSrc),
  [JS]: freshSrc(js.buildSrc), [NODE]: freshSrc((o) => node.helper.buildSrc(o)),
};
rows.push(timeRow("chained + text overlay, a new transformation each call: buildSrc", await fastest(checked("fresh buildSrc", freshBuild)), { factor: 1 }));
const freshBts = {
  [OURS]: fresh(ours.buildTransformationString), [OURS_SIZE]: fresh(small.buildTransformationString),
  [JS]: fresh(js.buildTransformationString), [NODE]: fresh((t) => node.helper.buildTransformationString(t)),
};
rows.push(timeRow("buildTransformationString, a new transformation each call", await fastest(checked("fresh buildTransformationString", freshBts)), { factor: 1 }));

const responsive = { src, urlEndpoint, sizes: "(min-width: 768px) 50vw, 100vw", transformation: [{ quality: 80 }] };
const resp = {
  [OURS]: () => ours.getResponsiveImageAttributes(responsive), [OURS_SIZE]: () => small.getResponsiveImageAttributes(responsive),
  [JS]: () => js.getResponsiveImageAttributes(responsive),
};
rows.push(timeRow("getResponsiveImageAttributes (vw sizes, 9 candidates)", await fastest(checked("getResponsiveImageAttributes", resp)), { factor: 4 }));

result(`URL building, ${RUNTIME} (fastest of 41 rounds, per call)`, [OURS, OURS_SIZE, JS, NODE, IK6], rows, [
  `Inputs: endpoint ${urlEndpoint}, src ${src}; one step ${JSON.stringify(step)}; chained ${JSON.stringify(chained)}.`,
  "buildSrc rows: our `buildSrc` vs `@imagekit/javascript` `buildSrc` and `@imagekit/nodejs` `client.helper.buildSrc` (identical output checked). " +
    "ik.url rows: our `ik.url` vs `imagekit` 6 `.url` (seed builder; identical output checked; it has no overlay objects).",
  "getResponsiveImageAttributes exists only in @imagekit/javascript among the official SDKs.",
  `"A new transformation each call" rows: the chained steps with width 100, 101, … in turn (${FRESH} inputs), so no call is answered from our memos of transformation strings; the other rows repeat one input.`,
]);
