//! Targets of the URL engine: `ik.url`, `buildSrc` (both), transformation strings, responsive attributes, pHash.

use imagekit_wasm::json::Value;
use imagekit_wasm::{phash, url};

use crate::gen::{step, transformation, ENDPOINTS};
use crate::invariants::{check_error, check_signature, check_url, expected_expiry, opt};
use crate::objects::{client, options_object, through_json, MARK};
use crate::rng::Rng;
use crate::targets::Ctx;
use crate::vocab::{deep, hex_string, string, PIECES};

/// `ik.url` (`seed == true`) or `ik.buildSrc`.
pub(crate) fn client_url(rng: &mut Rng, ctx: &Ctx<'_>, seed: bool) -> bool {
    let Some((cfg, key)) = client(rng, ctx.vocab) else {
        return false;
    };
    let opts = options_object(
        rng,
        ctx.vocab,
        if seed {
            url::URL_KEYS
        } else {
            url::BUILD_SRC_KEYS
        },
    );
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    let now = match rng.below(6) {
        0 => u64::MAX - rng.next() % 1000,
        1 => 0,
        _ => 1_700_000_000 + rng.next() % 1_000_000,
    };
    ctx.show("client", &cfg);
    ctx.show("options", &opts);
    let result = if seed {
        url::url(&cfg, &opts, now)
    } else {
        url::client_build_src(&cfg, &opts, now)
    };
    ctx.show("result", &result);
    match result {
        Ok(u) if u.is_empty() => true,
        Ok(u) => {
            check_url(&u, if seed { "ik.url" } else { "ik.buildSrc" });
            let expire = opt(&opts, "expireSeconds")
                .or_else(|| opt(&opts, "expiresIn"))
                .and_then(Value::as_f64);
            let signed = matches!(opt(&opts, "signed"), Some(Value::Bool(true)))
                || (!seed && expire.is_some_and(|s| s.is_finite() && s > 0.0));
            if signed {
                let key = key.expect("INVARIANT: a URL was signed without a private key");
                let endpoint = opt(&opts, "urlEndpoint")
                    .and_then(Value::as_str)
                    .or(cfg.url_endpoint.as_deref());
                let prefix = ENDPOINTS
                    .iter()
                    .find(|(given, _)| Some(*given) == endpoint)
                    .map(|(_, e)| *e);
                check_signature(&u, &key, expected_expiry(now, expire), prefix);
            }
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "url");
            false
        }
    }
}

pub(crate) fn t_url(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    client_url(rng, ctx, true)
}

pub(crate) fn t_client_build_src(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    client_url(rng, ctx, false)
}

pub(crate) fn t_build_src(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let opts = options_object(rng, ctx.vocab, url::BUILD_SRC_KEYS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    ctx.show("options", &opts);
    match url::build_src(&opts) {
        Ok(u) => {
            if !u.is_empty() {
                check_url(&u, "buildSrc");
            }
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "buildSrc");
            false
        }
    }
}

pub(crate) fn t_transformation_string(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let tr = if rng.one_in(20) {
        let levels = 10 + rng.below(60);
        let inner = step(rng, ctx.vocab, 0);
        deep(rng, inner, levels)
    } else {
        transformation(rng, ctx.vocab, 0)
    };
    let Some(tr) = through_json(rng, &tr) else {
        return false;
    };
    ctx.show("transformation", &tr);
    match url::build_transformation_string(&tr) {
        Ok(s) => {
            assert!(!s.contains(MARK));
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "buildTransformationString");
            false
        }
    }
}

pub(crate) fn t_responsive(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let opts = options_object(rng, ctx.vocab, url::RESPONSIVE_KEYS);
    let Some(opts) = through_json(rng, &opts) else {
        return false;
    };
    ctx.show("options", &opts);
    match url::responsive_image_attributes(&opts) {
        Ok(v) => {
            let src = v.get("src").and_then(Value::as_str);
            let src = src
                .unwrap_or_else(|| panic!("INVARIANT: responsive attributes without src: {v:?}"));
            // `""` where buildSrc gives `""` (a `src` of only blanks and controls).
            if !src.is_empty() {
                check_url(src, "getResponsiveImageAttributes src");
            }
            if let Some(set) = v.get("srcSet").and_then(Value::as_str) {
                // Candidates are `<url> <descriptor>` joined by `, `; a URL may itself hold `, ` only in a fragment
                // (spaces are encoded), so split before each `http`.
                let pieces = set.split(", http").enumerate();
                for (i, piece) in pieces {
                    let candidate = if i == 0 {
                        piece.to_string()
                    } else {
                        format!("http{piece}")
                    };
                    let (u, descriptor) = candidate.rsplit_once(' ').unwrap_or_else(|| {
                        panic!("INVARIANT: a srcSet candidate without a descriptor: {set:?}")
                    });
                    if !src.is_empty() {
                        check_url(u, "getResponsiveImageAttributes srcSet");
                    }
                    assert!(
                        descriptor.ends_with('w') || descriptor.ends_with('x'),
                        "INVARIANT: srcSet descriptor {descriptor:?}"
                    );
                }
            }
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "getResponsiveImageAttributes");
            false
        }
    }
}

pub(crate) fn t_phash(rng: &mut Rng, ctx: &Ctx<'_>) -> bool {
    let n = 1 + rng.below(20);
    let text = |rng: &mut Rng| match rng.below(8) {
        0 => None,
        1 => Some(string(rng)),
        2 => {
            let m = 1 + rng.below(20);
            Some(hex_string(rng, m))
        }
        3 => Some(format!("{}{}", hex_string(rng, n - 1), rng.pick(PIECES))),
        _ => Some(hex_string(rng, n)),
    };
    let (a, b) = (text(rng), text(rng));
    ctx.show("a", &a);
    ctx.show("b", &b);
    match phash::distance(a.as_deref(), b.as_deref()) {
        Ok(d) => {
            let (a, b) = (a.unwrap(), b.unwrap());
            let nibbles = |s: &str| {
                s.chars()
                    .map(|c| c.to_digit(16).unwrap())
                    .collect::<Vec<_>>()
            };
            let want: u32 = nibbles(&a)
                .iter()
                .zip(nibbles(&b))
                .map(|(x, y)| (x ^ y).count_ones())
                .sum();
            assert_eq!(d, want, "INVARIANT: phash distance of {a:?} and {b:?}");
            assert_eq!(
                phash::distance(Some(&b), Some(&a)).ok(),
                Some(d),
                "INVARIANT: distance is symmetric"
            );
            true
        }
        Err(e) => {
            ctx.show("error", &e);
            check_error(&e, "phashDistance");
            assert_eq!(e.class_name(), "ValidationError");
            false
        }
    }
}
