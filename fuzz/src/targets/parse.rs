//! `parseUrl` (+ `verifyUrl`, `transformUrl`): a URL `buildSrc` built reads back to itself, and that URL mutated
//! (any bytes) reads, verifies and transforms without a panic.

use imagekit_wasm::json::Value;
use imagekit_wasm::url;

use crate::invariants::check_error;
use crate::objects::{client, mutate, options_object, through_json};
use crate::rng::Rng;
use crate::targets::Ctx;

pub(crate) fn t_parse_url(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let opts = options_object(rng, ctx.vocab, url::BUILD_SRC_KEYS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    ctx.show("options", &opts);
    let Ok(u) = url::build_src(&opts) else {
        return false;
    };
    if !u.is_empty() {
        let endpoint = opts.get("urlEndpoint").and_then(Value::as_str);
        let parsed = url::parse_url(&u, endpoint).or_else(|_| url::parse_url(&u, None));
        ctx.show("parsed", &parsed);
        // Not round trips by design: both forms at once (a path `tr:` and a `tr` in the source's own query, read
        // as one list of steps that builds back into the path), and a source query ending in `ik-s=` (read as
        // a signature, which buildSrc does not write).
        let both = u.contains("/tr:") && (u.contains("?tr=") || u.contains("&tr="));
        let looks_signed = u.contains("?ik-s=") || u.contains("&ik-s=");
        match parsed {
            Ok(_) if both || looks_signed => {}
            Ok(p) => assert_eq!(
                url::build_src(&p).ok().as_deref(),
                Some(u.as_str()),
                "buildSrc(parseUrl(u)) != u"
            ),
            Err(e) => panic!(
                "parseUrl refused a URL buildSrc built: {u} ({})",
                e.message()
            ),
        }
    }
    let mutated = String::from_utf8_lossy(&mutate(rng, u.into_bytes())).into_owned();
    ctx.show("mutated", &mutated);
    if let Err(e) = url::parse_url(&mutated, None) {
        check_error(&e, "parseUrl");
    }
    if let Some((c, _)) = client(rng, ctx.vocab) {
        let now = rng.next() % 4_000_000_000;
        let _ = url::verify_url(&c, &mutated, &Value::Null, now);
        let _ = url::transform_url(Some(&c), &mutated, &Value::Null, &Value::Null, now);
    }
    true
}
