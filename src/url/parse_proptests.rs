//! The round trip `parseUrl` promises, over the random options the builder's own property tests use (overlays,
//! awkward characters, both positions, query parameters, signed URLs): `buildSrc(parseUrl(buildSrc(x)))` is
//! `buildSrc(x)`, and for a signed `ik.buildSrc(x)` the same holds for the URL without its signature.
//! And `parseUrl` never panics on any string.

use proptest::prelude::*;

use super::parse::cut_signature;
use super::proptests::{options, parse_client, text};
use super::*;

const NOW: u64 = 1_700_000_000;

/// The endpoint to hand `parseUrl`: the options' own, when it is a URL at all.
fn endpoint(o: &Value) -> Option<String> {
    o.get("urlEndpoint")
        .and_then(Value::as_str)
        .filter(|e| parse::endpoint_prefix(e).is_some())
        .map(str::to_string)
}

/// `buildSrc(parseUrl(u))` must give back `u` without its signature.
fn round_trip(u: &str, o: &Value) -> std::result::Result<(), TestCaseError> {
    let parsed = parse_url(u, endpoint(o).as_deref())
        .map_err(|e| TestCaseError::fail(format!("{u}: {}", e.message())))?;
    let cut = cut_signature(u);
    let want = match cut.fragment {
        Some(f) => format!("{}#{f}", cut.main),
        None => cut.main.to_string(),
    };
    let again = build_src(&parsed).map_err(|e| TestCaseError::fail(e.message().to_string()))?;
    prop_assert_eq!(
        again,
        want,
        "parsed {} from {}",
        parsed.to_json(),
        o.to_json()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn build_src_round_trips(o in options(false)) {
        if let Ok(u) = build_src(&o) {
            if !u.is_empty() {
                round_trip(&u, &o)?;
            }
        }
    }

    #[test]
    fn signed_urls_are_signed_again_to_themselves(o in options(false)) {
        let c = ClientConfig::from_value(&parse_client()).unwrap();
        let relative = o.get("src").and_then(Value::as_str).is_some_and(|s| !s.starts_with("http"));
        if let (Ok(u), true) = (client_build_src(&c, &o, NOW), relative) {
            if u.contains("ik-s=") {
                let mut options = Vec::new();
                if let Some(e) = endpoint(&o) {
                    options.push(("urlEndpoint".to_string(), Value::string(e)));
                }
                let again = transform_url(Some(&c), &u, &Value::Null, &Value::object(options), NOW);
                prop_assert_eq!(again.as_deref().ok(), Some(u.as_str()), "from {}", o.to_json());
            }
        }
    }

    #[test]
    fn verify_url_accepts_every_url_our_signing_emits(o in options(false), p in options(true)) {
        let c = ClientConfig::from_value(&parse_client()).unwrap();
        let relative = o.get("src").and_then(Value::as_str).is_some_and(|s| !s.starts_with("http"));
        let built = client_build_src(&c, &o, NOW).ok().filter(|u| relative && u.contains("ik-s="));
        let has_path = p.get("path").and_then(Value::as_str).is_some_and(|s| !s.trim_matches('/').is_empty());
        let signed_path = p.get("signed") == Some(&Value::Bool(true)) && has_path;
        let seed = url(&c, &p, NOW).ok().filter(|u| signed_path && u.contains("ik-s="));
        for (u, from) in [(built, &o), (seed, &p)] {
            let (Some(u), Some(e)) = (u, endpoint(from)) else { continue };
            let options = Value::object(vec![("urlEndpoint".to_string(), Value::string(e))]);
            let v = verify_url(&c, &u, &options, NOW).unwrap();
            prop_assert_eq!(v.get("valid"), Some(&Value::Bool(true)), "{} {}", u, v.to_json());
        }
    }

    #[test]
    fn parse_url_never_panics(s in prop_oneof![text(), any::<String>(), text().prop_map(|t| format!("https://ik.imagekit.io/d/tr:{t}/a?tr={t}&ik-s={t}"))]) {
        let _ = parse_url(&s, None);
        let _ = parse_url(&s, Some(&s));
    }
}
