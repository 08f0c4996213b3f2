//! The table-driven calls of `crud`: method, exact URL and exact body of each, and their few checks.

use super::tests::{body, call, err, API, UP};
use super::*;

#[test]
fn crud_request_table() {
    use Call::*;
    #[rustfmt::skip]
    let table: &[(Call, &str, &str, &str, &str)] = &[
        (RenameFolder, r#"[{"folderPath":"/a","newFolderName":"b","purgeCache":true}]"#,
            "POST", "/v1/bulkJobs/renameFolder", r#"{"folderPath":"/a","newFolderName":"b","purgeCache":true}"#),
        (ListSavedExtensions, "[]", "GET", "/v1/saved-extensions", ""),
        (CreateSavedExtension, r#"[{"name":"n","description":"d","config":{"name":"remove-bg","options":{"add_shadow":true}}}]"#,
            "POST", "/v1/saved-extensions", r#"{"name":"n","description":"d","config":{"name":"remove-bg","options":{"add_shadow":true}}}"#),
        (GetSavedExtension, r#"["ext 1/?"]"#, "GET", "/v1/saved-extensions/ext%201%2F%3F", ""),
        (UpdateSavedExtension, r#"["e1",{"description":"x"}]"#, "PATCH", "/v1/saved-extensions/e1", r#"{"description":"x"}"#),
        (DeleteSavedExtension, r#"["e1"]"#, "DELETE", "/v1/saved-extensions/e1", ""),
        (ListNamedTransformations, "[]", "GET", "/v1/named-transformations", ""),
        (CreateNamedTransformation, r#"[{"name":"thumb","transformation":"w-100,h-100","enabled":true}]"#,
            "POST", "/v1/named-transformations", r#"{"name":"thumb","transformation":"w-100,h-100","enabled":true}"#),
        (GetNamedTransformation, r#"["t1"]"#, "GET", "/v1/named-transformations/t1", ""),
        (UpdateNamedTransformation, r#"["t1",{"enabled":false}]"#, "PATCH", "/v1/named-transformations/t1", r#"{"enabled":false}"#),
        (DeleteNamedTransformation, r#"["t1"]"#, "DELETE", "/v1/named-transformations/t1", ""),
        (GetUsage, r#"[{"startDate":"2024-01-01","endDate":"2024-01-31"}]"#,
            "GET", "/v1/accounts/usage?startDate=2024-01-01&endDate=2024-01-31", ""),
        (GetUsageAnalytics, r#"[{"startDate":"2024-01-01","endDate":"2024-01-31","n":5,"b":true,"x":null}]"#,
            "GET", "/v1/accounts/usage-analytics?startDate=2024-01-01&endDate=2024-01-31&n=5&b=true", ""),
        (GetUsage, "[]", "GET", "/v1/accounts/usage", ""),
        (ListOrigins, "[]", "GET", "/v1/accounts/origins", ""),
        (CreateOrigin, r#"[{"type":"WEB_FOLDER","name":"w","baseUrl":"https://e.com/"}]"#,
            "POST", "/v1/accounts/origins", r#"{"type":"WEB_FOLDER","name":"w","baseUrl":"https://e.com/"}"#),
        (GetOrigin, r#"["o1"]"#, "GET", "/v1/accounts/origins/o1", ""),
        (UpdateOrigin, r#"["o1",{"type":"WEB_PROXY","name":"p"}]"#, "PUT", "/v1/accounts/origins/o1", r#"{"type":"WEB_PROXY","name":"p"}"#),
        (DeleteOrigin, r#"["o1"]"#, "DELETE", "/v1/accounts/origins/o1", ""),
        (ListUrlEndpoints, "[]", "GET", "/v1/accounts/url-endpoints", ""),
        (CreateUrlEndpoint, r#"[{"description":"d","urlPrefix":"p","origins":["o1"]}]"#,
            "POST", "/v1/accounts/url-endpoints", r#"{"description":"d","urlPrefix":"p","origins":["o1"]}"#),
        (GetUrlEndpoint, r#"["u1"]"#, "GET", "/v1/accounts/url-endpoints/u1", ""),
        (UpdateUrlEndpoint, r#"["u1",{"description":"e"}]"#, "PUT", "/v1/accounts/url-endpoints/u1", r#"{"description":"e"}"#),
        (DeleteUrlEndpoint, r#"["u1"]"#, "DELETE", "/v1/accounts/url-endpoints/u1", ""),
    ];
    for &(c, a, method, url, json) in table {
        let r = call(c, a);
        let what = format!("{}({a})", c.js_name());
        assert_eq!(r.method.as_str(), method, "{what}");
        assert!(
            table::conforms(c, &r),
            "{what} is not its row of the call table"
        );
        assert_eq!(r.host, crate::api::request::Host::Api, "{what}");
        assert_eq!(r.url(API, UP), format!("{API}{url}"), "{what}");
        assert_eq!(body(&r), json, "{what}");
        assert!(r.basic_auth && r.retryable && !r.bulk, "{what}");
    }
    for c in Call::ALL.into_iter().skip(SPEC_CALLS) {
        assert!(table.iter().any(|t| t.0 == c), "{} missing", c.js_name());
    }
}

#[test]
fn crud_names_arity_and_checks() {
    use Call::*;
    assert_eq!(ListOrigins.js_name(), "listOrigins");
    assert_eq!(UpdateUrlEndpoint.js_name(), "updateUrlEndpoint");
    assert_eq!(ListOrigins.arity(), 0);
    assert_eq!(GetOrigin.arity(), 1);
    assert_eq!(CreateOrigin.arity(), 1);
    assert_eq!(UpdateOrigin.arity(), 2);
    assert_eq!(GetUsage.arity(), 1);
    assert_eq!(err(GetOrigin, "[]"), "id is required");
    assert_eq!(err(GetOrigin, r#"[""]"#), "id is required");
    assert_eq!(
        err(DeleteUrlEndpoint, "[5]"),
        "id must be a string, got number"
    );
    assert_eq!(
        err(CreateOrigin, "[]"),
        "createOrigin body must be an object, got null"
    );
    assert_eq!(
        err(UpdateOrigin, r#"["o1",[1]]"#),
        "updateOrigin body must be an object, got array"
    );
    assert_eq!(
        err(RenameFolder, r#"["/a"]"#),
        "renameFolder body must be an object, got string"
    );
    assert_eq!(
        err(GetUsage, r#"[{"startDate":["x"]}]"#),
        "getUsage query.startDate must be a string or a number, got array"
    );
    assert_eq!(
        err(GetUsage, r#"["2024"]"#),
        "getUsage query must be an object, got string"
    );
}
