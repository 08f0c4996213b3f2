//! Signing, option checking, positions and the two dialects' value rules.

use super::*;
use crate::json::{parse, Value};
use crate::signing::hmac_sha1_hex;
use crate::url::{build_src, build_transformation_string, client_build_src, url};

#[test]
fn seed_readme_examples() {
    assert_eq!(
        ik_url(r#"{"path":"/default-image.jpg","url_endpoint":"https://ik.imagekit.io/your_imagekit_id/endpoint/","transformation":[{"height":"300","width":"400","raw":"ar-4-3,q-40"}]}"#),
        "https://ik.imagekit.io/your_imagekit_id/endpoint/tr:h-300,w-400,ar-4-3,q-40/default-image.jpg"
    );
    assert_eq!(
        ik_url(r#"{"src":"https://ik.imagekit.io/your_imagekit_id/endpoint/default-image.jpg","transformation":[{"height":"300","width":"400","raw":"ar-4-3,q-40"}]}"#),
        "https://ik.imagekit.io/your_imagekit_id/endpoint/default-image.jpg?tr=h-300%2Cw-400%2Car-4-3%2Cq-40"
    );
    assert_eq!(
        ik_url(r#"{"path":"/default-image.jpg","url_endpoint":"https://ik.imagekit.io/your_imagekit_id/endpoint/","transformation":[{"height":"300","width":"400"},{"rotation":90}],"transformation_position":"query"}"#),
        "https://ik.imagekit.io/your_imagekit_id/endpoint/default-image.jpg?tr=h-300%2Cw-400%3Art-90"
    );
    assert_eq!(
        ik_url(r#"{"src":"https://ik.imagekit.io/your_imagekit_id/endpoint/default-image.jpg","transformation":[{"format":"jpg","progressive":"true","effect_sharpen":"-","effect_contrast":"1"}]}"#),
        "https://ik.imagekit.io/your_imagekit_id/endpoint/default-image.jpg?tr=f-jpg%2Cpr-true%2Ce-sharpen%2Ce-contrast-1"
    );
    let signed = ik_url(
        r#"{"path":"/default-image.jpg","query_parameters":{"p1":"123","p2":"345"},"transformation":[{"height":"300","width":"400"}],"signed":true,"expire_seconds":300}"#,
    );
    assert!(
        signed.starts_with("https://ik.imagekit.io/your_imagekit_id/tr:h-300,w-400/default-image.jpg?p1=123&p2=345&ik-t=1658899345&ik-s="),
        "{signed}"
    );
    assert_signed(
        &signed,
        "https://ik.imagekit.io/your_imagekit_id/",
        "private_key_test",
    );
}

#[test]
fn signing_vectors() {
    // SPEC 3.1 seed vector: string `tr:w-100/test-signed-url.png9999999999`.
    let c = client(
        r#"{"privateKey":"private_key_test","urlEndpoint":"https://ik.imagekit.io/test_url_endpoint/"}"#,
    );
    let u = url(
        &c,
        &parse(r#"{"path":"test-signed-url.png","transformation":[{"width":100}],"signed":true}"#)
            .unwrap(),
        NOW,
    )
    .unwrap();
    assert_eq!(u, "https://ik.imagekit.io/test_url_endpoint/tr:w-100/test-signed-url.png?ik-s=41b3075c40bc84147eb71b8b49ae7fbf349d0f00");
    // An expiring one: ik-t = now + expireSeconds, signed with the expiry.
    let u = ik_url(r#"{"path":"/a.jpg","signed":true,"expireSeconds":100}"#);
    assert_eq!(
        u,
        format!(
            "https://ik.imagekit.io/your_imagekit_id/a.jpg?ik-t=1658899145&ik-s={}",
            hmac_sha1_hex(b"private_key_test", b"a.jpg1658899145")
        )
    );
    // expiresIn is the same option; a lifetime under one second means no expiry.
    assert_eq!(
        ik_url(r#"{"path":"/a.jpg","signed":true,"expiresIn":100}"#),
        u
    );
    assert!(ik_url(r#"{"path":"/a.jpg","signed":true,"expireSeconds":0.5}"#).contains("?ik-s="));
    // ik.url() signs only when asked; ik.buildSrc also when expiresIn > 0.
    assert_eq!(
        ik_url(r#"{"path":"/a.jpg","expireSeconds":100}"#),
        "https://ik.imagekit.io/your_imagekit_id/a.jpg"
    );
    let s = signed_src(r#"{"src":"/a.jpg","urlEndpoint":"https://e.io/x","expiresIn":60}"#);
    assert_eq!(
        s,
        format!(
            "https://e.io/x/a.jpg?ik-t=1700000060&ik-s={}",
            hmac_sha1_hex(b"private_key_test", b"a.jpg1700000060")
        )
    );
}

#[test]
fn signature_covers_the_emitted_text() {
    let u = ik_url(
        r#"{"path":"/my folder/é #1.jpg","signed":true,"transformation":[{"width":"a b"}],"queryParameters":{"v":"1 2"}}"#,
    );
    assert!(u.starts_with("https://ik.imagekit.io/your_imagekit_id/tr:w-a%20b/my%20folder/%C3%A9%20%231.jpg?v=1+2&ik-s="), "{u}");
    assert_signed(
        &u,
        "https://ik.imagekit.io/your_imagekit_id/",
        "private_key_test",
    );
    // Query position, existing query, fragment: the signature stays in the query, before the fragment.
    let s = signed_src(
        r#"{"src":"https://E.io/x/a.jpg?v=1#top","urlEndpoint":"https://e.io/x/","transformation":[{"named":"a#b"}],"signed":true}"#,
    );
    assert!(
        s.starts_with("https://e.io/x/a.jpg?v=1&tr=n-a%23b&ik-s="),
        "{s}"
    );
    assert!(s.ends_with("#top"), "{s}");
    assert_signed(
        s.trim_end_matches("#top"),
        "https://e.io/x/",
        "private_key_test",
    );
    // A src outside the endpoint is signed whole.
    let s = signed_src(
        r#"{"src":"https://other.io/a.jpg","urlEndpoint":"https://e.io/","signed":true}"#,
    );
    assert_eq!(
        s,
        format!(
            "https://other.io/a.jpg?ik-s={}",
            hmac_sha1_hex(b"private_key_test", b"https://other.io/a.jpg9999999999")
        )
    );
}

#[test]
fn option_errors_name_the_key() {
    // What the seed accepts, we accept: an unknown option is ignored, a transformation that is not an array is none.
    assert_eq!(
        ik_url(r#"{"path":"a","trasformation":[]}"#),
        "https://ik.imagekit.io/your_imagekit_id/a"
    );
    assert_eq!(
        ik_url(r#"{"path":"a","transformation":{"width":1}}"#),
        "https://ik.imagekit.io/your_imagekit_id/a"
    );
    assert_eq!(
        ik_url_err(r#"{"path":"a","transformationPosition":"side"}"#),
        "transformationPosition must be \"path\" or \"query\", got \"side\""
    );
    assert_eq!(
        ik_url_err(r#"{"path":"a","queryParameters":[1]}"#),
        "url options.queryParameters must be an object, got array"
    );
    assert_eq!(
        ik_url_err(r#"{"path":"a","queryParameters":{"a":{}}}"#),
        "url options.queryParameters.a must be a string, number or boolean, got object"
    );
    assert_eq!(
        ik_url_err(r#"{"path":"a","expireSeconds":1,"expiresIn":2}"#),
        "url options: give expireSeconds or expiresIn, not both"
    );
    assert_eq!(
        ik_url_err(r#"{"path":"a","urlEndpoint":"nope"}"#),
        "urlEndpoint must be an http(s) URL, got \"nope\""
    );
    assert_eq!(
        ik_url_err(r#"{"src":"https://"}"#),
        "src must be a valid http(s) URL, got \"https://\""
    );
    let no_key = client(r#"{"urlEndpoint":"https://e.io"}"#);
    let e = url(
        &no_key,
        &parse(r#"{"path":"a","signed":true}"#).unwrap(),
        NOW,
    )
    .unwrap_err();
    assert_eq!(e.message(), "privateKey is required for signed URLs");
    let e = url(&client("{}"), &parse(r#"{"path":"a"}"#).unwrap(), NOW).unwrap_err();
    assert_eq!(
        e.message(),
        "urlEndpoint is required (in the options or the client) to build a URL from a path"
    );
    let e = client_build_src(
        &no_key,
        &parse(r#"{"src":"a","expiresIn":5}"#).unwrap(),
        NOW,
    )
    .unwrap_err();
    assert_eq!(e.message(), "privateKey is required for signed URLs");
    let e = build_src(&parse(r#"{"src":"a","urlEndpoint":"https://e.io","signed":true}"#).unwrap())
        .unwrap_err();
    assert!(
        e.message()
            .starts_with("privateKey is required for signed URLs"),
        "{}",
        e.message()
    );
    // `path` is not a buildSrc option: ignored, as @imagekit/javascript ignores it.
    assert_eq!(
        build_src(&parse(r#"{"src":"a","path":"b","urlEndpoint":"https://e.io"}"#).unwrap())
            .unwrap(),
        "https://e.io/a"
    );
    let e = client_build_src(
        &seed_client(),
        &parse(r#"{"src":"https://e.io/a.jpg","signed":true,"urlEndpoint":null}"#).unwrap(),
        NOW,
    );
    assert!(e.is_ok(), "the client's endpoint is used");
    let anonymous = client(r#"{"privateKey":"k"}"#);
    let e = client_build_src(
        &anonymous,
        &parse(r#"{"src":"https://e.io/a.jpg","signed":true}"#).unwrap(),
        NOW,
    )
    .unwrap_err();
    assert_eq!(
        e.message(),
        "urlEndpoint is required (in the options or the client) to sign a URL"
    );
    // Errors never carry the key.
    assert!(!format!("{e:?}").contains("private_key_test"));
}

#[test]
fn position_defaults() {
    let t = r#""transformation":[{"width":1}]"#;
    assert_eq!(
        ik_url(&format!(r#"{{"path":"a.jpg",{t}}}"#)),
        "https://ik.imagekit.io/your_imagekit_id/tr:w-1/a.jpg"
    );
    let q = client(r#"{"urlEndpoint":"https://e.io","transformationPosition":"query"}"#);
    assert_eq!(
        url(
            &q,
            &parse(&format!(r#"{{"path":"a.jpg",{t}}}"#)).unwrap(),
            NOW
        )
        .unwrap(),
        "https://e.io/a.jpg?tr=w-1"
    );
    assert_eq!(
        src(&format!(
            r#"{{"src":"a.jpg","urlEndpoint":"https://e.io",{t}}}"#
        )),
        "https://e.io/a.jpg?tr=w-1"
    );
    // ik.buildSrc defaults to the query too, and to the client's endpoint.
    assert_eq!(
        client_build_src(
            &q,
            &parse(&format!(r#"{{"src":"a.jpg",{t}}}"#)).unwrap(),
            NOW
        )
        .unwrap(),
        "https://e.io/a.jpg?tr=w-1"
    );
}

#[test]
fn value_rules_per_dialect() {
    let t = r#"[{"grayscale":false,"sharpen":false,"trim":"","effect_contrast":"1","width":"-","streamingResolutions":[240,360]}]"#;
    assert_eq!(
        build_transformation_string(&parse(t).unwrap()).unwrap(),
        "e-sharpen-false,t-true,effect_contrast-1,w--,sr-240_360"
    );
    assert_eq!(
        ik_url(&format!(r#"{{"path":"a.jpg","transformation":{t}}}"#)),
        "https://ik.imagekit.io/your_imagekit_id/tr:e-grayscale-false,e-sharpen-false,t-,e-contrast-1,w,sr-240_360/a.jpg"
    );
    assert_eq!(build_transformation_string(&Value::Null).unwrap(), "");
    // @imagekit/javascript answers "" for anything but an array.
    assert_eq!(
        build_transformation_string(&Value::Str("w-1".into())).unwrap(),
        ""
    );
}
