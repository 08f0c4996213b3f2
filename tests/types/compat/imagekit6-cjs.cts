// TypeScript written for `imagekit` 6.0.0, CommonJS view (`export = ImageKit`), node16 resolution.
import ImageKit = require("imagekit");

const ik = new ImageKit({ publicKey: "p", privateKey: "k", urlEndpoint: "https://ik.imagekit.io/demo" });
const options: ImageKit["options"] = ik.options;
const url: string = ik.url({ path: "/a.jpg" });
const upload: Promise<unknown> = ik.upload({ file: "https://example.com/a.jpg", fileName: "a.jpg" });
ik.getFileDetails("id", (err, file) => console.log(err?.message, file?.fileId));

export = [options, url, upload];
