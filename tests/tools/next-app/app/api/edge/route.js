// An edge route handler (edge-light condition: edge.js, the wasm through `?module`).
import * as api from "imagekit-wasm";
import { probe } from "../../../lib/probe.js";

export const runtime = "edge";

export function GET() {
  return Response.json(probe(api, { server: true }));
}
