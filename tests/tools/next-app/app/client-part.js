"use client";
// A client component: rendered on the server (node condition) and run in the browser (browser condition).
import * as api from "imagekit-wasm";
import { useEffect, useState } from "react";
import { probe } from "../lib/probe.js";

export default function ClientPart() {
  const [inBrowser, setInBrowser] = useState(null);
  useEffect(() => {
    const checks = probe(api, { server: false });
    window.__nextClient = checks;
    setInBrowser(checks);
  }, []);
  return (
    <>
      <pre id="ssr">{JSON.stringify(typeof window === "undefined" ? probe(api, { server: false }) : {})}</pre>
      <pre id="browser">{inBrowser ? JSON.stringify(inBrowser) : ""}</pre>
    </>
  );
}
