// Node, Deno and Bun: the media API suite against the server URL given as the first argument; one JSON line.
import { run } from "./api-run.mjs";

const serverUrl = globalThis.Deno ? globalThis.Deno.args[0] : process.argv[2];
console.log(JSON.stringify(await run({ serverUrl })));
