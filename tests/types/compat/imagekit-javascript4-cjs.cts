// TypeScript written for `imagekit-javascript` 4.0.1, compiled as CommonJS (node16 resolution, esModuleInterop).
import ImageKit from "imagekit-javascript";

const ik = new ImageKit({ urlEndpoint: "https://ik.imagekit.io/demo" });
const url: string = ik.url({ path: "/a.jpg" });

export = [url];
