// A Server Component (react-server + node conditions) that also renders a client component.
import * as api from "imagekit-wasm";
import { probe } from "../lib/probe.js";
import ClientPart from "./client-part.js";

export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <main>
      <pre id="rsc">{JSON.stringify(probe(api, { server: true }))}</pre>
      <ClientPart />
    </main>
  );
}
