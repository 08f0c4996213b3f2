//! The URL engine (SPEC §3): `ik.url()`, `buildSrc`, transformation strings, overlays, signed URLs and
//! responsive image attributes. Being written; see the URL engine issue.
