//! Reading the options every URL function shares, as the SDK each mirrors reads them (SPEC §0): `src` and
//! `urlEndpoint` (`@imagekit/javascript`'s `opts.src || ""`), and `transformationPosition`.

use crate::config::Position;
use crate::error::Result;
use crate::json::Value;
use crate::options::Options;

use super::jsvalue::{truthy, Values};

/// `src` or `urlEndpoint` as `@imagekit/javascript` reads them: `opts.src || ""`, then `new URL(...)`. A falsy
/// value of another type is absent; a truthy one is a URL that does not parse (`""`, which gives the `""` answer),
/// except a `src` that is not text, on which that SDK crashes (`src.startsWith`): an error here.
pub(crate) fn lenient_text<'a>(o: &Options<'a>, key: &str) -> Result<Option<&'a str>> {
    match o.get(key) {
        Some(Value::Str(s)) => Ok(Some(s)),
        Some(v) if !truthy(v) => Ok(None),
        Some(_) if key == "urlEndpoint" => Ok(Some("")),
        _ => o.str(key),
    }
}

/// `transformationPosition`. The seed refuses anything but `"path"`/`"query"`; `@imagekit/javascript` puts the
/// transformation in the query only for `"query"` (or when none is given), and in the path for any other value.
pub(crate) fn read_position(
    o: &Options<'_>,
    values: Values,
    default_position: Position,
) -> Result<Position> {
    match (values, o.get("transformationPosition")) {
        (_, None) => Ok(default_position),
        (Values::Seed, Some(_)) => match o.str("transformationPosition")? {
            Some(p) => Position::parse(p, "transformationPosition"),
            None => Ok(default_position),
        },
        (Values::Js, Some(v)) if !truthy(v) => Ok(default_position),
        (Values::Js, Some(v)) => Ok(if v.as_str() == Some("query") {
            Position::Query
        } else {
            Position::Path
        }),
    }
}
