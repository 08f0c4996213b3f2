//! `getResponsiveImageAttributes`: @imagekit/javascript 5.5's outputs, the bounds, the widths options.

use super::*;
use crate::json::parse;

fn attrs(options: &str) -> String {
    responsive_image_attributes(&parse(options).unwrap())
        .unwrap()
        .to_json()
}

#[test]
fn vw_tokens() {
    assert_eq!(vw_percents("(min-width: 800px) 33vw, 100vw"), [33.0, 100.0]);
    assert_eq!(
        vw_percents("50vw\u{a0}5vw 150vw 200vw x10vw 1000vw"),
        [50.0, 5.0, 150.0]
    );
    assert_eq!(vw_percents("calc(100vw - 2rem)"), Vec::<f64>::new());
}

#[test]
fn width_gives_1x_and_2x() {
    assert_eq!(
        attrs(
            r#"{"src":"sample.jpg","urlEndpoint":"https://ik.imagekit.io/demo","width":500,"transformation":[{"height":300}]}"#
        ),
        r#"{"src":"https://ik.imagekit.io/demo/sample.jpg?tr=h-300:w-1080,c-at_max","srcSet":"https://ik.imagekit.io/demo/sample.jpg?tr=h-300:w-640,c-at_max 1x, https://ik.imagekit.io/demo/sample.jpg?tr=h-300:w-1080,c-at_max 2x","width":500}"#
    );
    // Both 1x and 2x land on the largest breakpoint: one candidate.
    assert_eq!(
        attrs(
            r#"{"src":"a.jpg","urlEndpoint":"https://e.io","width":3000,"deviceBreakpoints":[100]}"#
        ),
        r#"{"src":"https://e.io/a.jpg?tr=w-384,c-at_max","srcSet":"https://e.io/a.jpg?tr=w-384,c-at_max 1x","width":3000}"#
    );
}

#[test]
fn sizes_prune_breakpoints() {
    let got = attrs(
        r#"{"src":"a.jpg","urlEndpoint":"https://e.io","sizes":"50vw","deviceBreakpoints":[400,200],"imageBreakpoints":[50,150]}"#,
    );
    assert_eq!(
        got,
        r#"{"src":"https://e.io/a.jpg?tr=w-400,c-at_max","srcSet":"https://e.io/a.jpg?tr=w-150,c-at_max 150w, https://e.io/a.jpg?tr=w-200,c-at_max 200w, https://e.io/a.jpg?tr=w-400,c-at_max 400w","sizes":"50vw"}"#
    );
    let no_vw = attrs(
        r#"{"src":"a.jpg","urlEndpoint":"https://e.io","sizes":"auto","deviceBreakpoints":[20],"imageBreakpoints":[10]}"#,
    );
    assert_eq!(
        no_vw,
        r#"{"src":"https://e.io/a.jpg?tr=w-20,c-at_max","srcSet":"https://e.io/a.jpg?tr=w-10,c-at_max 10w, https://e.io/a.jpg?tr=w-20,c-at_max 20w","sizes":"auto"}"#
    );
}

#[test]
fn default_is_device_breakpoints_with_100vw() {
    let got = attrs(
        r#"{"src":"/a.jpg","urlEndpoint":"https://e.io/x/","transformationPosition":"path","queryParameters":{"v":1},"deviceBreakpoints":[640.5]}"#,
    );
    assert_eq!(
        got,
        r#"{"src":"https://e.io/x/tr:w-640.5,c-at_max/a.jpg?v=1","srcSet":"https://e.io/x/tr:w-640.5,c-at_max/a.jpg?v=1 640.5w","sizes":"100vw"}"#
    );
    let none = attrs(r#"{"src":"a.jpg","urlEndpoint":"https://e.io","deviceBreakpoints":[]}"#);
    assert_eq!(
        none,
        r#"{"src":"https://e.io/a.jpg?tr=c-at_max","sizes":"100vw"}"#
    );
}

#[test]
fn width_without_breakpoints() {
    assert_eq!(
        attrs(
            r#"{"src":"a.jpg","urlEndpoint":"https://e.io","width":10,"deviceBreakpoints":[],"imageBreakpoints":[]}"#
        ),
        r#"{"src":"https://e.io/a.jpg?tr=c-at_max","srcSet":"https://e.io/a.jpg?tr=c-at_max 1x","width":10}"#
    );
}

#[test]
fn output_is_bounded() {
    let many: Vec<String> = (1..=300).map(|n| n.to_string()).collect();
    let err = responsive_image_attributes(
        &parse(&format!(
            r#"{{"src":"a.jpg","urlEndpoint":"https://e.io","deviceBreakpoints":[{}]}}"#,
            many.join(",")
        ))
        .unwrap(),
    )
    .unwrap_err();
    assert_eq!(
        err.message(),
        "getResponsiveImageAttributes options: 300 candidate widths exceed the bound of 256"
    );
    let long = "a".repeat(110_000);
    let err = responsive_image_attributes(
        &parse(&format!(
            r#"{{"src":"{long}","urlEndpoint":"https://e.io","deviceBreakpoints":[1,2,3,4,5,6,7,8,9,10]}}"#
        ))
        .unwrap(),
    )
    .unwrap_err();
    assert_eq!(
        err.message(),
        "getResponsiveImageAttributes options: the srcSet would exceed the bound of 1048576 bytes"
    );
}

#[test]
fn bad_options() {
    let err = |t: &str| {
        responsive_image_attributes(&parse(t).unwrap())
            .unwrap_err()
            .message()
            .to_string()
    };
    assert_eq!(
        err(r#"{"urlEndpoint":"https://e.io"}"#),
        "getResponsiveImageAttributes options.src is required"
    );
    assert_eq!(
        err(r#"{"src":"a","urlEndpoint":"https://e.io","deviceBreakpoints":["1"]}"#),
        "getResponsiveImageAttributes options.deviceBreakpoints must be an array of numbers"
    );
    assert_eq!(
        err(r#"{"src":"a","urlEndpoint":"https://e.io","width":true}"#),
        "getResponsiveImageAttributes options.width must be a number, got boolean"
    );
    assert_eq!(
        err(r#"{"src":"a","urlEndpoint":"nope"}"#),
        "urlEndpoint must be an http(s) URL, got \"nope\""
    );
    // An unknown option is ignored, as @imagekit/javascript ignores it.
    assert!(responsive_image_attributes(
        &parse(r#"{"src":"a","urlEndpoint":"https://e.io","size":"1"}"#).unwrap()
    )
    .is_ok());
}
