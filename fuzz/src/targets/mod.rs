//! The targets: one entry point of the core each, drawn with the weight given in `TARGETS`. A target returns
//! whether the entry point accepted its input (for the coverage table) and panics on a broken invariant.

mod api;
mod parse;
mod parsers;
mod urls;
mod webhooks;

use api::{t_endpoints, t_interpret, t_upload};
use parse::t_parse_url;
use parsers::{t_client, t_encoding, t_json, t_number, t_signing};
use urls::{
    t_build_src, t_client_build_src, t_phash, t_responsive, t_transformation_string, t_url,
};
use webhooks::{t_webhook_ik, t_webhook_standard};

use std::fmt::Debug;

use imagekit_wasm::json::Value;

use crate::gen::Vocab;
use crate::rng::Rng;

pub(crate) struct Ctx<'a> {
    pub(crate) vocab: &'a Vocab,
    pub(crate) verbose: bool,
}

impl Ctx<'_> {
    pub(crate) fn show(&self, label: &str, v: &dyn Debug) {
        if self.verbose {
            eprintln!("  {label} = {v:?}");
        }
    }
}

pub(crate) type Target = fn(&mut Rng, &Ctx<'_>) -> bool;

/// Whether an object anywhere in `v` repeats a key (JSON.parse keeps the last, so such a value cannot round-trip).
pub(crate) fn has_duplicate_keys(v: &Value) -> bool {
    match v {
        Value::Arr(items) => items.iter().any(has_duplicate_keys),
        Value::Obj(e) => {
            e.iter()
                .enumerate()
                .any(|(i, (k, _))| e[..i].iter().any(|(j, _)| j == k))
                || e.iter().any(|(_, v)| has_duplicate_keys(v))
        }
        _ => false,
    }
}

pub(crate) fn endpoints_segment(s: &str) -> String {
    imagekit_wasm::api::request::segment(s)
}

pub(crate) const TARGETS: &[(&str, Target, usize)] = &[
    ("json::parse", t_json, 8),
    ("json::parse_number", t_number, 2),
    ("ClientConfig::from_value", t_client, 3),
    ("url::url (ik.url)", t_url, 16),
    (
        "url::client_build_src (ik.buildSrc)",
        t_client_build_src,
        10,
    ),
    ("url::build_src (buildSrc)", t_build_src, 8),
    (
        "url::build_transformation_string",
        t_transformation_string,
        8,
    ),
    ("url::responsive_image_attributes", t_responsive, 5),
    (
        "url::parse_url (+ verify_url, transform_url)",
        t_parse_url,
        6,
    ),
    ("phash::distance", t_phash, 4),
    ("webhook::verify_ik_signature", t_webhook_ik, 4),
    ("webhook::verify_standard", t_webhook_standard, 4),
    ("api::response::interpret (+retry)", t_interpret, 8),
    ("api::endpoints::build", t_endpoints, 10),
    ("api::endpoints::upload", t_upload, 6),
    ("signing", t_signing, 2),
    ("encoding", t_encoding, 2),
];
