//! URL shapes: joining, encoding, queries, fragments, hosts, empty results.

use super::*;

#[test]
fn path_and_endpoint_slashes_never_matter() {
    for endpoint in [
        "https://ik.imagekit.io/id/sub",
        "https://ik.imagekit.io/id/sub/",
        "https://ik.imagekit.io/id/sub//",
    ] {
        for path in ["a/b.jpg", "/a/b.jpg", "//a/b.jpg/"] {
            let o = format!(
                r#"{{"path":"{path}","urlEndpoint":"{endpoint}","transformation":[{{"width":1}}]}}"#
            );
            assert_eq!(
                ik_url(&o),
                "https://ik.imagekit.io/id/sub/tr:w-1/a/b.jpg",
                "{o}"
            );
            let o = format!(
                r#"{{"src":"{path}","urlEndpoint":"{endpoint}","transformation":[{{"width":1}}],"transformationPosition":"path"}}"#
            );
            let want = if path.ends_with('/') {
                "https://ik.imagekit.io/id/sub/tr:w-1/a/b.jpg/"
            } else {
                "https://ik.imagekit.io/id/sub/tr:w-1/a/b.jpg"
            };
            assert_eq!(src(&o), want, "{o}");
        }
    }
    assert_eq!(
        ik_url(r#"{"path":"a.jpg","urlEndpoint":"https://e.io"}"#),
        "https://e.io/a.jpg"
    );
    assert_eq!(
        src(r#"{"src":"a.jpg","urlEndpoint":"https://e.io"}"#),
        "https://e.io/a.jpg"
    );
    assert_eq!(
        src(r#"{"src":"/","urlEndpoint":"https://e.io"}"#),
        "https://e.io/"
    );
    assert_eq!(
        src(r#"{"src":"/a/../b/./c.jpg","urlEndpoint":"https://e.io/x/"}"#),
        "https://e.io/x/b/c.jpg"
    );
    assert_eq!(
        src(r#"{"src":"a\\b.jpg","urlEndpoint":"https://e.io"}"#),
        "https://e.io/a/b.jpg"
    );
}

#[test]
fn characters_that_cannot_stand_in_a_path_are_encoded_once() {
    assert_eq!(
        ik_url(r#"{"path":"/my folder/a#b\"<>`{}'+%20%.jpg"}"#),
        "https://ik.imagekit.io/your_imagekit_id/my%20folder/a%23b%22%3C%3E%60%7B%7D'+%20%25.jpg"
    );
    // A `?` in `path` starts its query (SPEC §3.1), read and written back as the seed does.
    assert_eq!(
        ik_url(
            r#"{"path":"/a.jpg?client=123&user=5&blank=&bare","transformationPosition":"query","transformation":[{"height":300}]}"#
        ),
        "https://ik.imagekit.io/your_imagekit_id/a.jpg?client=123&user=5&tr=h-300"
    );
    assert_eq!(ik_url(r#"{"path":"/हिन्दी/ü.png"}"#), "https://ik.imagekit.io/your_imagekit_id/%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80/%C3%BC.png");
    // buildSrc reads `?` and `#` of a relative src as query and fragment, as `new URL()` does.
    assert_eq!(
        src(
            r#"{"src":"/my folder/my file.jpg","urlEndpoint":"https://e.io","transformation":[{"width":100}]}"#
        ),
        "https://e.io/my%20folder/my%20file.jpg?tr=w-100"
    );
    assert_eq!(
        src(
            r#"{"src":"/a b?x=1 2#fr ag","urlEndpoint":"https://e.io","transformation":[{"width":100}]}"#
        ),
        "https://e.io/a%20b?x=1%202&tr=w-100#fr%20ag"
    );
    assert_eq!(
        src(r#"{"src":"/a|b^c[d].jpg","urlEndpoint":"https://e.io"}"#),
        "https://e.io/a%7Cb%5Ec%5Bd%5D.jpg"
    );
    // Path-position transformation text is encoded like the path.
    assert_eq!(
        src(
            r#"{"src":"/a.jpg","urlEndpoint":"https://e.io","transformationPosition":"path","transformation":[{"width":"a b/c?d#e"}]}"#
        ),
        "https://e.io/tr:w-a%20b/c%3Fd%23e/a.jpg"
    );
    assert_eq!(
        ik_url(
            r#"{"path":"a.jpg","transformation":[{"overlay":{"type":"text","text":"Hi there"}}]}"#
        ),
        "https://ik.imagekit.io/your_imagekit_id/tr:l-text,i-Hi%20there,l-end/a.jpg"
    );
}

#[test]
fn src_with_query_and_fragment() {
    assert_eq!(
        ik_url(
            r#"{"src":"https://e.io/a.jpg?v=1&w=a%20b#frag","queryParameters":{"p":"x y","q":"~*'"},"transformation":[{"width":1}]}"#
        ),
        // The seed reads the query (`a%20b` is `a b`) and writes it back with quote_plus.
        "https://e.io/a.jpg?v=1&w=a+b&p=x+y&q=~%2A%27&tr=w-1#frag"
    );
    // URLSearchParams re-serializes the existing query once a parameter is added (`@imagekit/javascript`).
    assert_eq!(
        src(r#"{"src":"https://IK.io:443/a.jpg?x=a%20b+c&y#f","queryParameters":{"z":"1 ~*"}}"#),
        "https://ik.io/a.jpg?x=a+b+c&y=&z=1+%7E*#f"
    );
    assert_eq!(
        src(r#"{"src":"https://e.io/a.jpg?x='1'"}"#),
        "https://e.io/a.jpg?x=%271%27"
    );
    assert_eq!(
        src(r#"{"src":"/a.jpg?","urlEndpoint":"https://e.io","transformation":[{"width":1}]}"#),
        "https://e.io/a.jpg?tr=w-1"
    );
    // The src's transformation always goes in the query, for both dialects.
    assert_eq!(
        src(
            r#"{"src":"https://e.io/a.jpg","transformationPosition":"path","transformation":[{"width":1}]}"#
        ),
        "https://e.io/a.jpg?tr=w-1"
    );
    assert_eq!(
        ik_url(
            r#"{"src":"https://e.io/a.jpg","transformationPosition":"path","transformation":[{"width":1}]}"#
        ),
        "https://e.io/a.jpg?tr=w-1"
    );
    // path wins over src.
    assert_eq!(
        ik_url(r#"{"path":"/p.jpg","src":"https://e.io/a.jpg"}"#),
        "https://ik.imagekit.io/your_imagekit_id/p.jpg"
    );
}

#[test]
fn query_tr_encodings() {
    // ik.url(): Python's quote_plus in full, as the seed's urlencode writes it (a layer's `%3D` becomes `%253D`,
    // which the CDN's one query decoding turns back into the layer's own `%3D`).
    assert_eq!(
        ik_url(
            r#"{"path":"a.jpg","transformationPosition":"query","transformation":[{"raw":"x y+z"},{"overlay":{"type":"text","text":"é"}}]}"#
        ),
        "https://ik.imagekit.io/your_imagekit_id/a.jpg?tr=x+y%2Bz%3Al-text%2Cie-w6k%253D%2Cl-end"
    );
    // buildSrc: raw, only what cannot stand in a query is encoded; `&` and a lone `#` stay as the JS SDK leaves them.
    assert_eq!(
        src(
            r#"{"src":"/a.jpg","urlEndpoint":"https://e.io","transformation":[{"named":"a&b#c"}]}"#
        ),
        "https://e.io/a.jpg?tr=n-a&b#c"
    );
    assert_eq!(
        src(r#"{"src":"/a.jpg","urlEndpoint":"https://e.io","transformation":[{"raw":"x y'é"}]}"#),
        "https://e.io/a.jpg?tr=x%20y'%C3%A9"
    );
    assert_eq!(
        src(
            r#"{"src":"/a.jpg","urlEndpoint":"https://e.io","transformation":[{"overlay":{"type":"text","text":"Let's use ©, ®, ™, etc"}}]}"#
        ),
        "https://e.io/a.jpg?tr=l-text,ie-TGV0J3MgdXNlIMKpLCDCriwg4oSiLCBldGM%3D,l-end"
    );
}

#[test]
fn endpoints_and_hosts() {
    assert_eq!(
        src(r#"{"src":"a.jpg","urlEndpoint":"HTTP://E.io:80/X"}"#),
        "http://e.io/X/a.jpg"
    );
    assert_eq!(
        src(r#"{"src":"a.jpg","urlEndpoint":"https://e.io:8443/x?q=1#f"}"#),
        "https://e.io:8443/x/a.jpg"
    );
    assert_eq!(
        src(r#"{"src":"a.jpg","urlEndpoint":"https://bücher.de/x"}"#),
        "https://xn--bcher-kva.de/x/a.jpg"
    );
    assert_eq!(
        src(r#"{"src":"a.jpg","urlEndpoint":"https://e.io/my dir"}"#),
        "https://e.io/my%20dir/a.jpg"
    );
    assert_eq!(
        ik_url(r#"{"path":"a.jpg","urlEndpoint":"https://e.io/my dir/"}"#),
        "https://e.io/my%20dir/a.jpg"
    );
}

#[test]
fn empty_results() {
    assert_eq!(src(r#"{"urlEndpoint":"https://e.io"}"#), "");
    assert_eq!(src(r#"{"src":"","urlEndpoint":"https://e.io"}"#), "");
    assert_eq!(src(r#"{"src":"/a.jpg","urlEndpoint":"not a url"}"#), "");
    assert_eq!(src(r#"{"src":"/a.jpg"}"#), "");
    assert_eq!(src(r#"{"src":"https://"}"#), "");
    assert_eq!(src("null"), "");
    assert_eq!(
        ik_url(r#"{"transformation":[{"width":1}],"signed":true}"#),
        ""
    );
    assert_eq!(ik_url(r#"{"path":"/"}"#), "");
}

/// The endpoint memo (builder::push_endpoint) answers per endpoint and per join: alternating endpoints, and the
/// two builders on an endpoint they join differently, give each its own prefix.
#[test]
fn endpoint_memo_keeps_endpoints_and_joins_apart() {
    let odd = "https://E.io//a//b/";
    for _ in 0..2 {
        assert_eq!(
            src(&format!(r#"{{"src":"/x.jpg","urlEndpoint":"{odd}"}}"#)),
            "https://e.io/a/b/x.jpg"
        );
        assert_eq!(
            ik_url(&format!(r#"{{"path":"/x.jpg","urlEndpoint":"{odd}"}}"#)),
            "https://e.io/a//b/x.jpg"
        );
        assert_eq!(
            src(r#"{"src":"/x.jpg","urlEndpoint":"https://f.io/c"}"#),
            "https://f.io/c/x.jpg"
        );
        assert_eq!(src(r#"{"src":"/x.jpg","urlEndpoint":"nope"}"#), "");
        assert_eq!(
            src(r#"{"src":"/x.jpg","urlEndpoint":"https://f.io/c"}"#),
            "https://f.io/c/x.jpg"
        );
    }
}

/// Issue #12 item 6: dot segments (also `%2e`) are resolved before signing, so the signature covers what a client
/// sends; a path or `src` that climbs above the endpoint's path is refused.
#[test]
fn dot_segments_are_resolved_before_signing() {
    let signed = |path: &str| ik_url(&format!(r#"{{"path":"{path}","signed":true}}"#));
    assert_eq!(signed("a/../b.jpg"), signed("b.jpg"));
    assert_eq!(signed("a/%2E%2e/./b.jpg"), signed("/b.jpg"));
    assert!(signed("x/a/..").starts_with("https://ik.imagekit.io/your_imagekit_id/x/?ik-s="));
    assert_eq!(
        ik_url_err(r#"{"path":"../other/b.jpg","signed":true}"#),
        "path climbs above the urlEndpoint's path with `..`: \"../other/b.jpg\""
    );
    assert_eq!(
        ik_url_err(r#"{"path":"a/%2e%2e/../b.jpg"}"#),
        "path climbs above the urlEndpoint's path with `..`: \"a/%2e%2e/../b.jpg\""
    );
    let src = |s: &str| {
        ik_url(&format!(
            r#"{{"src":"{s}","signed":true,"urlEndpoint":"https://e.io/demo"}}"#
        ))
    };
    assert_eq!(
        src("https://e.io/demo/a/../b.jpg"),
        src("https://e.io/demo/b.jpg")
    );
    assert_eq!(
        ik_url_err(r#"{"src":"https://e.io/demo/../x.jpg","urlEndpoint":"https://e.io/demo"}"#),
        "src climbs above the urlEndpoint's path with `..`: \"https://e.io/demo/../x.jpg\""
    );
    // Where nothing lies above (an endpoint without a path), `..` stops at the root as the WHATWG parser stops it.
    assert_eq!(
        ik_url(r#"{"path":"../a.jpg","urlEndpoint":"https://e.io"}"#),
        "https://e.io/a.jpg"
    );
}
