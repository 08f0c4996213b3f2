//! Boundary tests run inside wasm (wasm-bindgen-test, in Node): JS values in, SPEC error classes out.
#![cfg(target_arch = "wasm32")]
// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use imagekit_wasm::wasm_api::{phash_distance, ImageKit};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn phash_known_answer_and_errors() {
    let d = phash_distance("2d5ad3936d2e015b".into(), "2d6ed293db36a4fb".into()).unwrap();
    assert_eq!(d, 17);
    let e = phash_distance(JsValue::from_f64(1.0), "ab".into()).unwrap_err();
    assert_eq!(error_name(&e), "ValidationError");
    assert!(e.is_instance_of::<js_sys::Error>());
}

#[wasm_bindgen_test]
fn client_options_cross_the_boundary() {
    let opts = js_sys::JSON::parse(r#"{"private_key":"private_key_test"}"#).unwrap();
    let ik = ImageKit::new(opts).unwrap();
    let p = ik
        .get_authentication_parameters("your_token".into(), JsValue::from_f64(1582269249.0))
        .unwrap();
    let sig = js_sys::Reflect::get(&p, &"signature".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(sig, "e71bcd6031016b060d349d212e23e85c791decdd");
    let json = js_sys::JSON::stringify(&ik.to_json().unwrap())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(!json.contains("private_key_test"));

    let bad = js_sys::JSON::parse(r#"{"privatekey":"x"}"#).unwrap();
    let e = ImageKit::new(bad).err().unwrap();
    assert_eq!(error_name(&e), "ValidationError");
    assert_eq!(
        String::from(js_sys::Error::from(e).message()),
        "unknown option `privatekey` in ImageKit options"
    );
}

#[wasm_bindgen_test]
fn non_object_options_are_validation_errors() {
    let e = ImageKit::new("nope".into()).err().unwrap();
    assert_eq!(
        String::from(js_sys::Error::from(e).message()),
        "ImageKit options must be an object, got string"
    );
}
