//! Option objects, clients with a distinctive private key, and the way the wasm layer hands values over (JSON
//! text, sometimes mutated, through `json::parse`).

use imagekit_wasm::config::{ClientConfig, CLIENT_OPTIONS};
use imagekit_wasm::json::{self, Value};

use crate::gen::{
    breakpoints, endpoint, path_or_src, query_parameters, sizes, transformation, Vocab, ENDPOINTS,
};
use crate::rng::Rng;
use crate::vocab::{any_value, non_empty, number_text, scalar, spell, string, PIECES};

/// An option value for a known option name: mostly of the right type, sometimes anything.
pub(crate) fn option_value(rng: &mut Rng, v: &Vocab, key: &str) -> Value<'static> {
    if rng.one_in(30) {
        return any_value(rng, 2);
    }
    match key {
        "path" | "src" => Value::Str(path_or_src(rng).into()),
        "urlEndpoint" | "apiBaseUrl" | "uploadBaseUrl" => Value::Str(endpoint(rng).into()),
        "transformation" => transformation(rng, v, 0),
        "transformationPosition" => Value::Str(
            rng.pick(&[
                "path", "query", "path", "query", "path", "query", "path", "query", "Path", "",
            ])
            .to_string()
            .into(),
        ),
        "queryParameters" => query_parameters(rng),
        "signed"
        | "dangerouslyAllowBrowser"
        | "purgeCache"
        | "includeFileVersions"
        | "includeDeleted"
        | "useUniqueFileName"
        | "isPrivateFile"
        | "overwriteFile"
        | "overwriteAITags"
        | "overwriteTags"
        | "overwriteCustomMetadata"
        | "isPublished" => Value::Bool(!rng.one_in(3)),
        "expireSeconds" | "expiresIn" | "width" | "timeout" | "maxRetries" | "limit" | "skip"
        | "expire" => Value::Num(number_text(rng).into()),
        "sizes" => Value::Str(sizes(rng).into()),
        "deviceBreakpoints" | "imageBreakpoints" => breakpoints(rng),
        "privateKey" => Value::Str(private_key(rng).into()),
        "tags" | "fileIds" | "AITags" | "responseFields" => Value::Arr(
            (0..1 + rng.below(3))
                .map(|_| {
                    if rng.one_in(20) {
                        scalar(rng)
                    } else {
                        Value::Str(non_empty(rng).into())
                    }
                })
                .collect(),
        ),
        "customMetadata" | "schema" => {
            if rng.one_in(4) {
                any_value(rng, 3)
            } else {
                Value::Obj(
                    (0..rng.below(4))
                        .map(|_| (non_empty(rng).into(), any_value(rng, 2)))
                        .collect(),
                )
            }
        }
        "extensions" => Value::Arr(
            (0..rng.below(3))
                .map(|_| {
                    Value::Obj(vec![
                        ("name".into(), Value::Str("remove-bg".into())),
                        ("options".into(), any_value(rng, 2)),
                    ])
                })
                .collect(),
        ),
        _ => {
            if rng.one_in(10) {
                scalar(rng)
            } else {
                Value::Str(non_empty(rng).into())
            }
        }
    }
}

/// An options object over `keys` (each present with probability 1/2), spelled as callers spell them.
pub(crate) fn options_object(rng: &mut Rng, v: &Vocab, keys: &[&str]) -> Value<'static> {
    if rng.one_in(40) {
        return scalar(rng);
    }
    let mut e = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        // The first key is the one that matters most (`path`, `src`, `fileName`): there nine times in ten.
        // The others: about four of them.
        let present = if i == 0 {
            !rng.one_in(10)
        } else {
            rng.below(keys.len()) < 4
        };
        if present {
            e.push((spell(rng, key), option_value(rng, v, key)));
        }
    }
    if rng.one_in(60) {
        e.push((string(rng), scalar(rng)));
    }
    // Shuffle a little: order matters for transformation keys, not for options, and must never break anything.
    if e.len() > 1 && rng.one_in(3) {
        let i = rng.below(e.len());
        let j = rng.below(e.len());
        e.swap(i, j);
    }
    Value::object(e)
}

/// The mark of every generated private key: mixed case, so no generated string (nor an upper-cased key name)
/// contains it, and finding it in an output is a leak.
pub(crate) const MARK: &str = "sEcReT9q";

/// A distinctive private key.
pub(crate) fn private_key(rng: &mut Rng) -> String {
    format!(
        "pk_{MARK}_{}{}",
        rng.next() % 1_000_000,
        rng.pick(&["", "é", "/+=", " ", "%", "😀"])
    )
}

/// Every option name the media API builders read.
pub(crate) const API_KEYS: &[&str] = &[
    "type",
    "sort",
    "path",
    "searchQuery",
    "fileType",
    "limit",
    "skip",
    "tags",
    "AITags",
    "customCoordinates",
    "customMetadata",
    "description",
    "destinationPath",
    "extensions",
    "fileIds",
    "filePath",
    "folderName",
    "folderPath",
    "includeDeleted",
    "includeFileVersions",
    "isPublished",
    "label",
    "name",
    "newFileName",
    "parentFolderPath",
    "purgeCache",
    "removeAITags",
    "schema",
    "sourceFilePath",
    "sourceFolderPath",
    "webhookUrl",
    "publish",
];

/// A client: mostly a working one with a distinctive private key, sometimes anything `from_value` accepts.
pub(crate) fn client(rng: &mut Rng, v: &Vocab) -> Option<(ClientConfig, Option<String>)> {
    if rng.one_in(6) {
        let opts = options_object(rng, v, CLIENT_OPTIONS);
        let cfg = ClientConfig::from_value(&through_json(rng, &opts)?).ok()?;
        let key = cfg.private_key.as_ref().map(|k| k.expose().to_string());
        return Some((cfg, key));
    }
    let key = (!rng.one_in(8)).then(|| private_key(rng));
    let mut e = vec![];
    if let Some(k) = &key {
        e.push(("privateKey".to_string(), Value::Str(k.clone().into())));
    }
    if !rng.one_in(5) {
        e.push((
            "urlEndpoint".into(),
            // Any endpoint of the table, upper-case schemes included: the constructor reads them as URL parsers do.
            Value::Str(rng.pick(ENDPOINTS).0.into()),
        ));
    }
    if rng.one_in(3) {
        e.push(("transformationPosition".into(), Value::Str("query".into())));
    }
    e.push(("publicKey".into(), Value::Str("public_key_test".into())));
    let cfg = ClientConfig::from_value(&Value::object(e))
        .expect("INVARIANT: a well-formed client is accepted");
    Some((cfg, key))
}

/// The value as the wasm layer hands it over: JSON text, sometimes mutated, through `json::parse`.
/// `None` when the mutated text does not parse (the boundary would throw a `ValidationError` there).
pub(crate) fn through_json(rng: &mut Rng, v: &Value) -> Option<Value<'static>> {
    let text = v.to_json();
    if rng.one_in(10) {
        let text = mutate(rng, text.into_bytes());
        return json::parse(&String::from_utf8_lossy(&text))
            .ok()
            .map(Value::into_owned);
    }
    match json::parse(&text) {
        Ok(v) => Some(v.into_owned()),
        Err(e) if e.message().contains("nested more than") => None,
        Err(e) => panic!("INVARIANT: the JSON text of a generated value parses: {e:?}"),
    }
}

pub(crate) fn mutate(rng: &mut Rng, mut bytes: Vec<u8>) -> Vec<u8> {
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] = (rng.next() & 0xff) as u8;
            }
            1 => bytes.truncate(at),
            2 => {
                let piece = rng.pick(&[
                    "\"", "\\", "{", "}", "[", "]", ",", ":", "-", "e", "\\u", "\\ud83d", "1",
                ]);
                let tail = bytes.split_off(at);
                bytes.extend_from_slice(piece.as_bytes());
                bytes.extend(tail);
            }
            3 if at < bytes.len() => {
                bytes.remove(at);
            }
            _ => {
                let tail = bytes.split_off(at);
                bytes.extend_from_slice(rng.pick(PIECES).as_bytes());
                bytes.extend(tail);
            }
        }
    }
    bytes
}
