//! Property tests over random option objects: no input panics, every URL emitted is valid, and a signed URL's
//! signature recomputed from its own text matches.

use proptest::collection::vec;
use proptest::prelude::*;

use super::escape::is_valid_url;
use super::*;
use crate::signing::hmac_sha1_hex;

const KEY: &str = "private_key_test";
/// Endpoints as given, and as emitted (the prefix, before `/`, that the signature leaves out).
const ENDPOINTS: &[(&str, &str)] = &[
    ("https://ik.imagekit.io/demo", "https://ik.imagekit.io/demo"),
    ("https://ik.imagekit.io", "https://ik.imagekit.io"),
    ("HTTP://E.io:8080/a/b c/", "http://e.io:8080/a/b%20c"),
    ("https://bücher.de/é", "https://xn--bcher-kva.de/%C3%A9"),
];

/// Text heavy in the characters URLs get wrong.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z0-9 /?#%&+=:;,.'\"<>`{}|^\\\\\\[\\]é✓_~!@$()*-]{0,14}",
        1 => any::<String>(),
        1 => Just("-".to_string()),
        1 => Just(String::new()),
    ]
}

fn scalar() -> impl Strategy<Value = Value<'static>> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![
            Just("0".to_string()),
            Just("-1.5".to_string()),
            Just("1e+21".to_string()),
            "[0-9]{1,4}".prop_map(|s| s)
        ]
        .prop_map(Value::number),
        text().prop_map(Value::string),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(vec![
            "width", "height", "raw", "grayscale", "sharpen", "trim", "defaultImage", "fontFamily", "streamingResolutions",
            "effect_contrast", "overlay_image", "aiDropShadow", "Width", "named", "aspect_ratio", "sr", "di", "fake_key",
        ])
        .prop_map(str::to_string),
        1 => text(),
    ]
}

fn overlay() -> impl Strategy<Value = Value<'static>> {
    (
        prop::sample::select(vec!["text", "image", "video", "subtitle", "solidColor"]),
        text(),
        prop::sample::select(vec!["auto", "plain", "base64"]),
        scalar(),
        vec((key(), scalar()), 0..3),
    )
        .prop_map(|(kind, input, encoding, x, inner)| {
            let source = match kind {
                "text" => "text",
                "solidColor" => "color",
                _ => "input",
            };
            Value::Obj(vec![
                ("type".into(), Value::Str(kind.into())),
                (source.into(), Value::Str(input.into())),
                ("encoding".into(), Value::Str(encoding.into())),
                (
                    "position".into(),
                    Value::Obj(vec![("x".into(), x.clone()), ("focus".into(), x)]),
                ),
                (
                    "transformation".into(),
                    Value::Arr(vec![Value::object(inner)]),
                ),
            ])
        })
}

fn transformation() -> impl Strategy<Value = Value<'static>> {
    let value = prop_oneof![
        6 => scalar(),
        1 => vec(scalar(), 0..3).prop_map(Value::Arr),
        1 => overlay(),
    ];
    let entry = prop_oneof![
        8 => (key(), value),
        1 => overlay().prop_map(|o| ("overlay".to_string(), o)),
    ];
    vec(vec(entry, 0..4).prop_map(Value::object), 0..3).prop_map(Value::Arr)
}

fn src() -> impl Strategy<Value = String> {
    prop_oneof![
        text(),
        text().prop_map(|t| format!("https://ik.imagekit.io/demo/{t}")),
        text().prop_map(|t| format!("http://{t}")),
    ]
}

/// Random options for `ik.url()` / `buildSrc`; `path` only when `with_path`.
fn options(with_path: bool) -> impl Strategy<Value = Value<'static>> {
    (
        proptest::option::of(src()),
        proptest::option::of(text()),
        prop_oneof![
            prop::sample::select(ENDPOINTS.to_vec()).prop_map(|(given, _)| given.to_string()),
            text()
        ],
        transformation(),
        proptest::option::of(prop::sample::select(vec!["path", "query"])),
        vec((text(), scalar()), 0..3),
        any::<bool>(),
        proptest::option::of(prop_oneof![Just(0.0), Just(100.0), Just(0.5), Just(1e12)]),
    )
        .prop_map(
            move |(src, path, endpoint, tr, pos, params, signed, expire)| {
                let mut o = vec![
                    ("urlEndpoint".to_string(), Value::Str(endpoint.into())),
                    ("transformation".into(), tr),
                ];
                if let Some(s) = src {
                    o.push(("src".into(), Value::Str(s.into())));
                }
                if let Some(p) = path.filter(|_| with_path) {
                    o.push(("path".into(), Value::Str(p.into())));
                }
                if let Some(p) = pos {
                    o.push(("transformationPosition".into(), Value::Str(p.into())));
                }
                o.push(("queryParameters".into(), Value::object(params)));
                o.push(("signed".into(), Value::Bool(signed)));
                if let Some(e) = expire {
                    o.push(("expiresIn".into(), Value::Num(e.to_string().into())));
                }
                Value::object(o)
            },
        )
}

/// Recomputes the signature of `url` from its own text; `endpoint` is the normalized endpoint it was built on.
fn check_signature(url: &str, endpoint: &str) -> std::result::Result<(), TestCaseError> {
    let at = url
        .rfind("ik-s=")
        .ok_or_else(|| TestCaseError::fail(format!("no ik-s in {url}")))?;
    let sig = url.get(at + 5..at + 45).unwrap_or_default();
    let mut body = url.get(..at.saturating_sub(1)).unwrap_or_default();
    let mut expiry = "9999999999";
    if let Some(t) = body.rfind("ik-t=") {
        expiry = body.get(t + 5..).unwrap_or_default();
        body = body.get(..t.saturating_sub(1)).unwrap_or_default();
    }
    let message = match body.strip_prefix(&format!("{endpoint}/")) {
        Some(rest) => rest.to_string(),
        None => body.to_string(),
    };
    prop_assert_eq!(
        sig,
        hmac_sha1_hex(KEY.as_bytes(), format!("{message}{expiry}").as_bytes()),
        "{}",
        url
    );
    Ok(())
}

/// The emitted form of the options' endpoint, if it is one of [`ENDPOINTS`].
fn endpoint_of(options: &Value) -> Option<&'static str> {
    let given = options.get("urlEndpoint").and_then(Value::as_str)?;
    ENDPOINTS
        .iter()
        .find(|(g, _)| *g == given)
        .map(|(_, emitted)| *emitted)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn url_outputs_are_valid_and_signatures_check(o in options(true)) {
        let c = ClientConfig::from_value(&parse_client()).unwrap();
        if let Ok(u) = url(&c, &o, 1_700_000_000) {
            prop_assert!(u.is_empty() || is_valid_url(&u), "{} from {}", u, o.to_json());
            let has_path = o.get("path").and_then(Value::as_str).is_some_and(|p| !p.trim_matches('/').is_empty());
            if let Some(endpoint) = endpoint_of(&o).filter(|_| has_path && o.get("signed") == Some(&Value::Bool(true))) {
                check_signature(&u, endpoint)?;
            }
        }
    }

    #[test]
    fn build_src_outputs_are_valid_and_signatures_check(o in options(false)) {
        if let Ok(u) = build_src(&o) {
            prop_assert!(u.is_empty() || is_valid_url(&u), "{} from {}", u, o.to_json());
        }
        let c = ClientConfig::from_value(&parse_client()).unwrap();
        if let Ok(u) = client_build_src(&c, &o, 1_700_000_000) {
            prop_assert!(u.is_empty() || is_valid_url(&u), "{} from {}", u, o.to_json());
            let relative = o.get("src").and_then(Value::as_str).is_some_and(|s| !s.starts_with("http"));
            if let Some(endpoint) = endpoint_of(&o).filter(|_| relative && u.contains("ik-s=")) {
                check_signature(u.split('#').next().unwrap_or_default(), endpoint)?;
            }
        }
    }

    #[test]
    fn transformation_strings_and_responsive_never_panic(t in transformation(), w in scalar(), sizes in text()) {
        let _ = build_transformation_string(&t);
        let o = Value::Obj(vec![
            ("src".into(), Value::Str("a.jpg".into())),
            ("urlEndpoint".into(), Value::Str("https://e.io".into())),
            ("transformation".into(), t),
            ("width".into(), w),
            ("sizes".into(), Value::Str(sizes.into())),
        ]);
        if let Ok(Value::Obj(attrs)) = responsive_image_attributes(&o) {
            if let Some((_, Value::Str(src))) = attrs.first() {
                prop_assert!(is_valid_url(src), "{}", src);
            }
        }
    }

    #[test]
    fn arbitrary_json_never_panics(s in "[\\[\\]{}\",:a-z0-9 ]{0,40}") {
        if let Ok(v) = crate::json::parse(&s) {
            let c = ClientConfig::from_value(&parse_client()).unwrap();
            let _ = url(&c, &v, 0);
            let _ = build_src(&v);
            let _ = build_transformation_string(&v);
            let _ = responsive_image_attributes(&v);
        }
    }
}

fn parse_client() -> Value<'static> {
    Value::Obj(vec![
        ("privateKey".into(), Value::Str(KEY.into())),
        (
            "urlEndpoint".into(),
            Value::Str("https://ik.imagekit.io/demo".into()),
        ),
    ])
}
