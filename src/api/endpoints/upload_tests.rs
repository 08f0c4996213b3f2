//! Upload forms: every encoding rule, server-side and client-side authentication, and validation messages.

use super::tests::{value, API, UP};
use super::*;
use crate::api::request::Host;
use crate::config::ClientConfig;
use crate::json::parse;
use proptest::prelude::*;

fn client(text: &str) -> ClientConfig {
    ClientConfig::from_value(&parse(text).unwrap()).unwrap()
}

fn form(r: &ApiRequest) -> Vec<(&str, &str)> {
    match &r.body {
        Body::Form(f) => f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect(),
        other => panic!("not a form: {other:?}"),
    }
}

fn up(c: &ClientConfig, options: &str, file: UploadFile) -> crate::Result<ApiRequest> {
    upload(c, &parse(options).unwrap(), file)
}

#[test]
fn server_side_upload_encodes_every_field() {
    let c = client(r#"{"privateKey":"private_key_test","publicKey":"pub"}"#);
    let r = up(
        &c,
        r#"{"use_unique_file_name":false,"tags":["a","b"],"fileName":"f.jpg","folder":"/x/",
            "isPrivateFile":true,"customCoordinates":"1,2,3,4","response_fields":["tags","custom_coordinates","isPrivateFile"],
            "extensions":[{"name":"remove-bg","options":{"add_shadow":true}}],"webhookUrl":"https://h/?a=1",
            "overwriteFile":true,"overwrite_ai_tags":false,"overwriteTags":false,"overwriteCustomMetadata":true,
            "customMetadata":{"price":1.5},"transformation":{"pre":"w-100","post":[{"type":"thumbnail","value":"w-10"}]},
            "checks":"\"file.size\" < \"1mb\"","isPublished":false,"description":"d","public_key":null}"#,
        UploadFile::Text("https://example.com/a.jpg".into()),
    )
    .unwrap();
    assert_eq!(
        form(&r),
        [
            ("fileName", "f.jpg"),
            ("file", "https://example.com/a.jpg"),
            ("useUniqueFileName", "false"),
            ("tags", "a,b"),
            ("folder", "/x/"),
            ("isPrivateFile", "true"),
            ("customCoordinates", "1,2,3,4"),
            ("responseFields", "tags,customCoordinates,isPrivateFile"),
            (
                "extensions",
                r#"[{"name":"remove-bg","options":{"add_shadow":true}}]"#
            ),
            ("webhookUrl", "https://h/?a=1"),
            ("overwriteFile", "true"),
            ("overwriteAITags", "false"),
            ("overwriteTags", "false"),
            ("overwriteCustomMetadata", "true"),
            ("customMetadata", r#"{"price":1.5}"#),
            (
                "transformation",
                r#"{"pre":"w-100","post":[{"type":"thumbnail","value":"w-10"}]}"#
            ),
            ("checks", "\"file.size\" < \"1mb\""),
            ("isPublished", "false"),
            ("description", "d"),
        ]
    );
    assert_eq!(r.method, Method::Post);
    assert_eq!(r.host, Host::Upload);
    assert_eq!(
        r.url(API, UP),
        "https://upload.imagekit.io/api/v1/files/upload"
    );
    assert!(r.basic_auth && r.retryable && !r.bulk);

    // Binary: no `file` field (the transport appends the Blob); a tags string goes as it is.
    let r = up(
        &c,
        r#"{"fileName":"f.jpg","tags":"a,b"}"#,
        UploadFile::Binary,
    )
    .unwrap();
    assert_eq!(form(&r), [("fileName", "f.jpg"), ("tags", "a,b")]);
}

#[test]
fn client_side_upload_sends_signature_fields() {
    let c = client(r#"{"publicKey":"public_key_test"}"#);
    let r = up(
        &c,
        r#"{"token":"tok","fileName":"f.jpg","expire":1700000000,"signature":"sig","folder":"/x"}"#,
        UploadFile::Text("data:image/png;base64,AAAA".into()),
    )
    .unwrap();
    assert_eq!(
        form(&r),
        [
            ("fileName", "f.jpg"),
            ("file", "data:image/png;base64,AAAA"),
            ("folder", "/x"),
            ("publicKey", "public_key_test"),
            ("signature", "sig"),
            ("expire", "1700000000"),
            ("token", "tok"),
        ]
    );
    assert!(!r.basic_auth && !r.retryable);

    // expire as a numeric string; publicKey from the options when the client has none.
    let r = up(
        &client("{}"),
        r#"{"fileName":"f","token":"t","signature":"s","expire":"1700000000","publicKey":"pk"}"#,
        UploadFile::Binary,
    )
    .unwrap();
    assert_eq!(
        form(&r),
        [
            ("fileName", "f"),
            ("publicKey", "pk"),
            ("signature", "s"),
            ("expire", "1700000000"),
            ("token", "t"),
        ]
    );
}

#[test]
fn upload_validation() {
    let server = client(r#"{"privateKey":"k"}"#);
    let browser = client(r#"{"publicKey":"p"}"#);
    let msg =
        |c: &ClientConfig, o: &str, f: UploadFile| up(c, o, f).unwrap_err().message().to_string();
    let text = || UploadFile::Text("https://x/a.jpg".into());
    assert_eq!(msg(&server, "{}", text()), "fileName is required");
    assert_eq!(msg(&server, "null", text()), "fileName is required");
    assert_eq!(
        msg(&server, r#"{"fileName":""}"#, text()),
        "fileName is required"
    );
    assert_eq!(
        msg(
            &server,
            r#"{"fileName":"f"}"#,
            UploadFile::Text(String::new())
        ),
        "file is required"
    );
    assert_eq!(
        msg(&server, r#"{"fileName":"f","private":true}"#, text()),
        "unknown option `private` in uploadFile options"
    );
    assert_eq!(
        msg(
            &server,
            r#"{"fileName":"f","isPrivateFile":"true"}"#,
            text()
        ),
        "uploadFile options.isPrivateFile must be a boolean, got string"
    );
    assert_eq!(
        msg(&server, r#"{"fileName":"f","customMetadata":"{}"}"#, text()),
        "uploadFile options.customMetadata must be an object, got string"
    );
    assert_eq!(
        msg(&server, r#"{"fileName":"f","extensions":{}}"#, text()),
        "uploadFile options.extensions must be an array, got object"
    );
    assert_eq!(
        msg(&server, r#"{"fileName":"f","transformation":{}}"#, text()),
        "uploadFile options.transformation must have pre or post"
    );
    assert_eq!(
        msg(
            &server,
            r#"{"fileName":"f","transformation":{"post":[{}]}}"#,
            text()
        ),
        "uploadFile options.transformation.post[0].type must be a string"
    );
    assert_eq!(
        msg(&server, r#"{"fileName":"f","tags":[1]}"#, text()),
        "uploadFile options.tags[0] must be a string, got number"
    );
    assert_eq!(
        msg(&browser, r#"{"fileName":"f","signature":"s"}"#, text()),
        "token, expire are required for a client-side upload (a client without privateKey): \
         get token, signature and expire from getAuthenticationParameters() on your server"
    );
    assert_eq!(
        msg(
            &browser,
            r#"{"fileName":"f","signature":"s","expire":1,"token":""}"#,
            text()
        ),
        "token is required for a client-side upload (a client without privateKey): \
         get token, signature and expire from getAuthenticationParameters() on your server"
    );
    assert_eq!(
        msg(
            &browser,
            r#"{"fileName":"f","signature":"s","expire":"soon","token":"t"}"#,
            text()
        ),
        "uploadFile options.expire must be a Unix time in seconds, got string"
    );
    assert_eq!(
        msg(
            &client("{}"),
            r#"{"fileName":"f","signature":"s","expire":1,"token":"t"}"#,
            text()
        ),
        "publicKey is required for a client-side upload (a client without privateKey)"
    );
    // Server-side, given signature fields travel as they are; the one-shot token stops retries.
    let r = up(&server, r#"{"fileName":"f","token":"t"}"#, text()).unwrap();
    assert_eq!(form(&r).last(), Some(&("token", "t")));
    assert!(r.basic_auth && !r.retryable);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn upload_never_panics(o in value(), server in any::<bool>(), text in any::<bool>()) {
        let c = if server { client(r#"{"privateKey":"k"}"#) } else { client(r#"{"publicKey":"p"}"#) };
        let file = if text { UploadFile::Text("x".into()) } else { UploadFile::Binary };
        let _ = upload(&c, &o, file.clone());
        // With a valid fileName in front, the property reaches the encoding of every other option.
        if let Value::Obj(mut entries) = o {
            entries.retain(|(k, _)| k != "fileName");
            entries.insert(0, ("fileName".into(), Value::Str("f".into())));
            let _ = upload(&c, &Value::Obj(entries), file);
        }
    }
}

#[test]
fn v2_upload_goes_to_the_v2_path_and_takes_a_jwt_client_side() {
    let server = client(r#"{"privateKey":"private_key_test"}"#);
    let r = upload_v2(
        &server,
        &parse(r#"{"fileName":"a.png","tags":["x","y"]}"#).unwrap(),
        UploadFile::Binary,
    )
    .unwrap();
    assert_eq!(r.url(API, UP), format!("{UP}/api/v2/files/upload"));
    assert_eq!(form(&r), [("fileName", "a.png"), ("tags", "x,y")]);
    assert!(r.basic_auth && r.retryable);

    let browser = client(r#"{"publicKey":"pub"}"#);
    let r = upload_v2(
        &browser,
        &parse(r#"{"fileName":"a.png","token":"h.p.s"}"#).unwrap(),
        UploadFile::Binary,
    )
    .unwrap();
    assert_eq!(form(&r), [("fileName", "a.png"), ("token", "h.p.s")]);
    assert!(!r.basic_auth && !r.retryable);
    let e = upload_v2(
        &browser,
        &parse(r#"{"fileName":"a.png","signature":"s","expire":1}"#).unwrap(),
        UploadFile::Binary,
    )
    .unwrap_err();
    assert!(e.message().starts_with("token (a JWT"), "{}", e.message());
    // V1 is unchanged: a client-side upload still needs token, signature and expire.
    assert!(up(
        &browser,
        r#"{"fileName":"a.png","token":"t"}"#,
        UploadFile::Binary
    )
    .is_err());
}
