// A Node route handler (node condition).
import * as api from "imagekit-wasm";
import { probe } from "../../../lib/probe.js";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(probe(api, { server: true }));
}
