// workerd at module scope, where the clock reads 0 and randomness is disallowed: a time-dependent answer (an
// expiring signed URL, a default upload-auth expiry) must be a ValidationError naming the cause, a URL that needs
// no time must still be built; inside the handler (run) every call works. ("auth with every default" at module
// scope is recorded but not yet checked: lane.js draws the random token before the wasm sees the clock, and the
// platform's plain Error escapes until the lane checks the clock first.)
import { ImageKit, ValidationError } from "imagekit-wasm";

const ik = new ImageKit({ privateKey: "private_key_test", urlEndpoint: "https://ik.imagekit.io/demo" });
const CALLS = {
  "expiring signed URL": () => ik.url({ path: "/a.jpg", signed: true, expireSeconds: 600 }),
  "signed URL without expiry": () => ik.url({ path: "/a.jpg", signed: true }),
  "auth with a token and the default expiry": () => ik.getAuthenticationParameters("tok"),
  "auth with every default": () => ik.getAuthenticationParameters(),
};

function attempt() {
  const out = {};
  for (const [name, fn] of Object.entries(CALLS)) {
    try {
      out[name] = { value: JSON.stringify(fn()) };
    } catch (e) {
      out[name] = { error: e && e.name, ours: e instanceof ValidationError, message: String(e && e.message) };
    }
  }
  return out;
}

const atModuleScope = attempt();

export async function run() {
  return { atModuleScope, inHandler: attempt() };
}
