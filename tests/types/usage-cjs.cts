// The CommonJS view of the package (resolves the `require` condition → index.d.cts) under node16 resolution.
import imagekit = require("imagekit-wasm");
import { ImageKit, ValidationError, verifyWebhookEvent } from "imagekit-wasm";

const ik: ImageKit = new imagekit.ImageKit({ privateKey: "private_key" });
// `import ImageKit = require(...)` is constructible, as `@imagekit/nodejs` is.
const made: imagekit = new imagekit({ privateKey: "private_key" });
const same: imagekit.ImageKit = made;
const file: imagekit.FileObject | undefined = undefined;
// @imagekit/nodejs 7's names in the namespace too.
const params: imagekit.Files.FileUploadParams = { file: "https://example.com/a.png", fileName: "a.png" };
const seven: imagekit.File | undefined = file;
const distance: number = imagekit.phashDistance("2d5a", "2d6e") + ik.phashDistance("2d5a", "2d6e");
const err: ValidationError = new imagekit.ValidationError("x");
const at: number = verifyWebhookEvent("{}", "t=1,v1=ab", "whsec_x").timestamp;
const src: string = imagekit.buildSrc({ src: "/a.jpg", urlEndpoint: "https://ik.imagekit.io/demo" });

// issue 17 (parse.d.cts)
const parsed = imagekit.parseUrl(src).transformation.length + ik.verifyUrl(src).signedString.length;
const edited: string = imagekit.transformUrl(src, { width: 1 }) + ik.transformUrl(src, (s) => s);

export = [ik, distance, err, at, src, same, file, parsed, edited, params, seven];
