// The checks every part of the Next.js trial app runs against the package (edge route, Node route, Server
// Component, client component on the server and in the browser): the wasm answers, the resource surface is
// installed, and errors are our classes. `server` adds the signing checks (a private key never goes to a page).
export function probe(api, { server }) {
  const checks = {};
  const check = (name, fn) => {
    try {
      checks[name] = fn() === true;
    } catch (e) {
      checks[name] = `${e && e.name}: ${e && e.message}`;
    }
  };
  check("phashDistance", () => api.phashDistance("2d5ad3936d2e015b", "2d6ed293db36a4fb") === 17);
  check("ik.url", () => new api.ImageKit({ urlEndpoint: "https://ik.imagekit.io/demo" }).url({ src: "/a.jpg", transformation: [{ width: 100 }] }) === "https://ik.imagekit.io/demo/a.jpg?tr=w-100");
  check("resource surface", () => typeof new api.ImageKit({}).files.get === "function");
  check("ValidationError", () => {
    try {
      new api.ImageKit({ privatekey: "x" });
      return false;
    } catch (e) {
      return e instanceof api.ValidationError && e instanceof api.ImageKitError && e.name === "ValidationError";
    }
  });
  if (server) {
    const ik = new api.ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/test_url_endpoint", transformationPosition: "path" });
    check("signed URL", () => ik.url({ path: "/test-signed-url.png", transformation: [{ width: 100 }], signed: true })
      === "https://ik.imagekit.io/test_url_endpoint/tr:w-100/test-signed-url.png?ik-s=41b3075c40bc84147eb71b8b49ae7fbf349d0f00");
    check("upload auth", () => ik.getAuthenticationParameters("your_token", 1582269249).signature === "e71bcd6031016b060d349d212e23e85c791decdd");
  }
  return checks;
}
