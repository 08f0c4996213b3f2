//! The URL engine (SPEC §3): `ik.url()`, `buildSrc`, `ik.buildSrc`, `buildTransformationString`, overlays,
//! signed URLs and responsive image attributes.
//!
//! One engine serves both URL dialects — the seed's `url()` (Python SDK) and `@imagekit/javascript` 5.5's
//! `buildSrc` — and their differences are the named switches of [`builder::Policy`], not two copies of the
//! code. Every emitted URL is valid (each piece percent-encoded once), and a signature covers exactly the text
//! emitted. Pure Rust, no allocation-heavy dependencies: the wasm layer calls the five functions below.

mod builder;
mod dots;
mod escape;
mod jsvalue;
mod overlay;
mod parse;
mod parse_edit;
mod parse_layers;
mod parse_names;
mod parse_query;
mod parse_steps;
mod parse_values;
mod parse_verify;
mod query;
mod reading;
mod responsive;
mod responsive_widths;
mod sign;
mod split;
mod table;
mod tr_memo;

pub use tr_memo::known as known_transformation;
mod transform;

#[cfg(test)]
mod conformance_tests;
#[cfg(test)]
mod parse_proptests;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod split_reference_tests;
#[cfg(test)]
mod tests;

use builder::{assemble, Policy, Target, BUILD_SRC, URL};
use jsvalue::{truthy, Values};
use reading::{lenient_text, read_position};
use sign::{expiry, Signing};
use transform::transformation_string;

/// A query read as `URLSearchParams` reads it (a raw call's own query, `api::request::raw`).
pub(crate) use escape::form_pairs;
pub use parse::{parse_url, parse_url_options};
pub use parse_edit::transform_url;
pub use parse_verify::verify_url;
pub use responsive::{responsive_image_attributes, RESPONSIVE_KEYS};
pub use table::keys as transformation_keys;

use std::borrow::Cow;

use crate::config::{ClientConfig, Position};
use crate::error::{Error, Result};
use crate::json::Value;
use crate::options::Options;

/// The options `ik.url()` takes (canonical names; snake_case spellings are folded by [`Options`]).
pub const URL_KEYS: &[&str] = &[
    "path",
    "src",
    "urlEndpoint",
    "transformation",
    "transformationPosition",
    "queryParameters",
    "signed",
    "expireSeconds",
    "expiresIn",
    // What `parseUrl` read (SPEC §3 extension): accepted so that its result can be passed straight back; unused.
    "signature",
];

/// The options `buildSrc` and `ik.buildSrc` take.
pub const BUILD_SRC_KEYS: &[&str] = &[
    "src",
    "urlEndpoint",
    "transformation",
    "transformationPosition",
    "queryParameters",
    "signed",
    "expiresIn",
    "expireSeconds",
    // What `parseUrl` read: accepted so that its result can be passed straight back; unused.
    "signature",
];

/// The options read from a `url`/`buildSrc` options object.
struct Read<'a> {
    target: Target<'a>,
    transformation: &'a Value<'a>,
    signed: bool,
    expire_seconds: Option<f64>,
}

fn read<'a>(
    options: &'a Value<'a>,
    policy: &Policy,
    keys: &[&str],
    client: Option<&'a ClientConfig>,
    default_position: Position,
) -> Result<Read<'a>> {
    let o = Options::lenient(options, policy.what, keys)?;
    let query_parameters = match o.get("queryParameters") {
        None => &[][..],
        Some(Value::Obj(entries)) => entries.as_slice(),
        Some(other) => {
            return Err(Error::validation(format!(
                "{}.queryParameters must be an object, got {}",
                policy.what,
                other.type_name()
            )))
        }
    };
    let position = read_position(&o, policy.values, default_position)?;
    let expire_seconds = match (o.num("expireSeconds")?, o.num("expiresIn")?) {
        (Some(_), Some(_)) => {
            return Err(Error::validation(format!(
                "{}: give expireSeconds or expiresIn, not both",
                policy.what
            )))
        }
        (a, b) => a.or(b),
    };
    let path = if keys.contains(&"path") {
        o.str("path")?
    } else {
        None
    };
    let (src, endpoint) = if policy.lenient {
        (lenient_text(&o, "src")?, lenient_text(&o, "urlEndpoint")?)
    } else {
        (o.str("src")?, o.str("urlEndpoint")?)
    };
    Ok(Read {
        target: Target {
            path,
            src,
            endpoint: endpoint.or(client.and_then(|c| c.url_endpoint.as_deref())),
            position,
            query_parameters,
        },
        transformation: o.get("transformation").unwrap_or(&Value::Null),
        // The seed reads `signed` by truthiness; `@imagekit/nodejs` signs only for `signed === true`.
        signed: o.get("signed").is_some_and(|v| match policy.values {
            Values::Seed => truthy(v),
            Values::Js => matches!(v, Value::Bool(true)),
        }),
        expire_seconds,
    })
}

/// How the options' transformation crossed, when they crossed as text (the lane's `buildSrc` calls,
/// `json::parse_watching`): its exact JSON text, the key of [`tr_memo`], and its string when the memo knew that
/// text already (the options then hold `null` in its place: it was not read).
pub use crate::json::Watched as Crossed;

/// Compiles, signs if asked, and assembles.
fn build(
    r: &Read<'_>,
    policy: &Policy,
    client: Option<&ClientConfig>,
    now_seconds: u64,
    crossed: &Crossed<'_>,
) -> Result<String> {
    // A remembered string is borrowed from `crossed` (which shares it with the memo), not copied: a remembered
    // transformation costs no allocation.
    let compiled = match (&crossed.known, policy.values, crossed.raw) {
        (Some(tr), Values::Js, _) => Ok(Cow::Borrowed(&**tr)),
        (None, Values::Js, Some(raw)) => {
            tr_memo::compile_and_keep(r.transformation, raw).map(Cow::Owned)
        }
        _ => transformation_string(r.transformation, policy.values).map(Cow::Owned),
    };
    let tr = match compiled {
        Ok(tr) => tr,
        // Where `@imagekit/javascript` answers `""` (no `src`, an endpoint that is not a URL), it never reads the
        // transformation: neither do we, so the answer stays `""` rather than a complaint about a step. The seed,
        // too, answers `""` without a `path` or `src`, whatever the transformation holds.
        Err(_) if assemble(&r.target, "", policy, None).is_ok_and(|u| u.is_empty()) => {
            return Ok(String::new())
        }
        Err(e) => return Err(e),
    };
    let wants_signature = r.signed
        || (policy.expiry_signs && r.expire_seconds.is_some_and(|s| s.is_finite() && s > 0.0));
    let signing = if wants_signature {
        let key = match client {
            Some(c) => c.require_private_key("signed URLs")?.mac(),
            None => {
                return Err(Error::validation(
                    "privateKey is required for signed URLs: use ik.buildSrc on a client created with privateKey",
                ))
            }
        };
        Some(Signing {
            key,
            expiry: expiry(now_seconds, r.expire_seconds),
        })
    } else {
        None
    };
    assemble(&r.target, &tr, policy, signing)
}

/// `ik.url(options)` (SPEC §3.1): the seed's URL builder. `path` (under `urlEndpoint`, transformation where
/// `transformationPosition` says, default the client's) or `src` (transformation always in the query).
/// Returns `""` when neither `path` nor `src` is given, as the seed does.
pub fn url(client: &ClientConfig, options: &Value, now_seconds: u64) -> Result<String> {
    let r = read(
        options,
        &URL,
        URL_KEYS,
        Some(client),
        client.transformation_position,
    )?;
    build(&r, &URL, Some(client), now_seconds, &Crossed::default())
}

/// `buildSrc(options)` (SPEC §3.2): `@imagekit/javascript` 5.5's builder, without signing. Returns `""` where
/// that SDK does (no `src`, an endpoint or `src` that is not a URL).
pub fn build_src(options: &Value) -> Result<String> {
    build_src_from(options, &Crossed::default())
}

/// [`build_src`] of options whose `transformation` crossed as `crossed` says.
pub fn build_src_from(options: &Value, crossed: &Crossed<'_>) -> Result<String> {
    let r = read(options, &BUILD_SRC, BUILD_SRC_KEYS, None, Position::Query)?;
    build(&r, &BUILD_SRC, None, 0, crossed)
}

/// `ik.buildSrc(options)`: [`build_src`] plus `signed` / `expiresIn` with the client's private key (as
/// `@imagekit/nodejs` 7's `client.helper.buildSrc`: `expiresIn > 0` signs even without `signed: true`).
/// `urlEndpoint` defaults to the client's.
pub fn client_build_src(
    client: &ClientConfig,
    options: &Value,
    now_seconds: u64,
) -> Result<String> {
    client_build_src_from(client, options, now_seconds, &Crossed::default())
}

/// [`client_build_src`] of options whose `transformation` crossed as `crossed` says.
pub fn client_build_src_from(
    client: &ClientConfig,
    options: &Value,
    now_seconds: u64,
    crossed: &Crossed<'_>,
) -> Result<String> {
    let r = read(
        options,
        &BUILD_SRC,
        BUILD_SRC_KEYS,
        Some(client),
        Position::Query,
    )?;
    build(&r, &BUILD_SRC, Some(client), now_seconds, crossed)
}

/// `buildTransformationString(transformation)`: the `tr` value for an array of steps, with
/// `@imagekit/javascript`'s value rules. `null` gives `""`; anything but an array of objects is an error.
pub fn build_transformation_string(transformation: &Value) -> Result<String> {
    transformation_string(transformation, Values::Js)
}
