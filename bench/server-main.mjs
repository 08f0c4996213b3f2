// The local ImageKit server as a process for the benchmarks, printing its URLs as one JSON line (like
// `node tests/server/imagekit-server.mjs --port 0`), with one change: a 60 s keep-alive. The server's own 1 s
// makes it send `Keep-Alive: timeout=1`, and undici (Node's fetch) subtracts a 1 s safety margin from that hint,
// so every fetch-based client would open a new TCP connection per request and we would time connects.
import { startImageKitServer } from "../tests/server/imagekit-server.mjs";

const srv = await startImageKitServer({ port: 0 });
srv.server.keepAliveTimeout = 60_000;
console.log(JSON.stringify(srv.info()));
const stop = () => srv.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
