//! Rule-based tests of the public URL functions (SPEC §3), each with the exact expected string: URL shapes and
//! encoding in `paths`, signing, options and value rules in `options`.

mod options;
mod paths;

use super::{build_src, client_build_src, url};
use crate::config::ClientConfig;
use crate::json::parse;
use crate::signing::hmac_sha1_hex;

const NOW: u64 = 1_658_899_045;

fn client(json: &str) -> ClientConfig {
    ClientConfig::from_value(&parse(json).unwrap()).unwrap()
}

fn seed_client() -> ClientConfig {
    client(
        r#"{"public_key":"public_key_test","private_key":"private_key_test","url_endpoint":"https://ik.imagekit.io/your_imagekit_id"}"#,
    )
}

fn ik_url(options: &str) -> String {
    url(&seed_client(), &parse(options).unwrap(), NOW).unwrap()
}

fn ik_url_err(options: &str) -> String {
    url(&seed_client(), &parse(options).unwrap(), NOW)
        .unwrap_err()
        .message()
        .to_string()
}

fn src(options: &str) -> String {
    build_src(&parse(options).unwrap()).unwrap()
}

fn signed_src(options: &str) -> String {
    client_build_src(
        &client(r#"{"privateKey":"private_key_test"}"#),
        &parse(options).unwrap(),
        1_700_000_000,
    )
    .unwrap()
}

/// The signature the URL carries must be HMAC-SHA1 over its own text after `endpoint/`, before `?ik-`/`&ik-`.
fn assert_signed(url: &str, endpoint: &str, key: &str) {
    let (body, sig) = url.rsplit_once("ik-s=").unwrap();
    let (body, expiry) = match body.rsplit_once("ik-t=") {
        Some((b, t)) => (b, t.trim_end_matches('&').to_string()),
        None => (body, "9999999999".to_string()),
    };
    let body = body.get(..body.len() - 1).unwrap();
    let message = format!("{}{expiry}", body.strip_prefix(endpoint).unwrap());
    assert_eq!(
        sig,
        hmac_sha1_hex(key.as_bytes(), message.as_bytes()),
        "{url}"
    );
}
