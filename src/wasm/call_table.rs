//! The media API's call table as the first module hands it to JS: resources.js defines the named methods from it
//! when the package starts, synchronously, before (and without) the media module being loaded.

use wasm_bindgen::prelude::*;

use super::client::ImageKit;

#[wasm_bindgen]
impl ImageKit {
    /// Internal: the call table (`api::endpoints::table`), a row per call: `[flat name, arity, 7.x resource path,
    /// 6.x name, HTTP method, path, arguments]`, for resources.js to define the named methods and for the tests
    /// that check the other surfaces against it.
    #[wasm_bindgen(js_name = __calls)]
    pub fn calls() -> js_sys::Array {
        crate::api::endpoints::table::CALLS
            .iter()
            .map(|r| {
                let row = js_sys::Array::of5(
                    &r.flat.into(),
                    &JsValue::from(r.arity() as u32),
                    &r.resource.into(),
                    &r.v6.into(),
                    &r.method.as_str().into(),
                );
                row.push(&r.path.into());
                row.push(&r.args.into());
                row
            })
            .collect()
    }
}
