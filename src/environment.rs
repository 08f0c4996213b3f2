//! The constructor options `@imagekit/nodejs` 7.11.0 takes from the environment where there is one (COMPAT §3):
//! `IMAGEKIT_PRIVATE_KEY`, `IMAGE_KIT_BASE_URL` and `IMAGEKIT_WEBHOOK_SECRET` fill options left undefined,
//! `IMAGE_KIT_LOG` is the log level when `logLevel` gives none that is valid, and `IMAGE_KIT_CUSTOM_HEADERS` lines
//! go under `defaultHeaders`. The JS side only reads the variables (`process.env`, `Deno.env`) and hands them
//! here; this decides what they mean, and which warnings 7.x would log about the level.

use std::borrow::Cow;

use crate::api::extras;
use crate::api::log::{self, Level};
use crate::json::Value;

/// The variables 7.x reads, in the order [`Env::from_pairs`] takes them.
pub const VARIABLES: [&str; 5] = [
    "IMAGEKIT_PRIVATE_KEY",
    "IMAGE_KIT_BASE_URL",
    "IMAGEKIT_WEBHOOK_SECRET",
    "IMAGE_KIT_LOG",
    "IMAGE_KIT_CUSTOM_HEADERS",
];

/// The variables' values, trimmed; an empty one counts as unset (as 7.x's `readEnv` reads them).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Env {
    pub private_key: Option<String>,
    pub base_url: Option<String>,
    pub webhook_secret: Option<String>,
    pub log: Option<String>,
    pub custom_headers: Option<String>,
}

impl Env {
    /// From `(name, value)` pairs; unknown names are ignored.
    pub fn from_pairs(pairs: &[(String, String)]) -> Env {
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        Env {
            private_key: get("IMAGEKIT_PRIVATE_KEY"),
            base_url: get("IMAGE_KIT_BASE_URL"),
            webhook_secret: get("IMAGEKIT_WEBHOOK_SECRET"),
            log: get("IMAGE_KIT_LOG"),
            custom_headers: get("IMAGE_KIT_CUSTOM_HEADERS"),
        }
    }
}

/// A level setting, as 7.x's `parseLogLevel`: none for a falsy value, the level, or none and a warning.
fn level_of(given: Option<&Value>, source: &str, warnings: &mut Vec<String>) -> Option<Level> {
    let given = given?;
    let falsy = match given {
        Value::Null | Value::Bool(false) => true,
        Value::Str(s) => s.is_empty(),
        Value::Num(_) => given.as_f64() == Some(0.0),
        _ => false,
    };
    if falsy {
        return None;
    }
    let level = given.as_str().and_then(Level::parse);
    if level.is_none() {
        warnings.push(log::bad_level_warning(source, &given.to_json()));
    }
    level
}

/// `options` with the environment applied, and the warnings 7.x logs while reading them. `logLevel` always comes
/// out as a level name.
pub fn apply(options: &Value, env: &Env) -> (Value<'static>, Vec<String>) {
    let mut entries: Vec<(Cow<'static, str>, Value<'static>)> = match options {
        Value::Obj(e) => e
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), v.clone().into_owned()))
            .collect(),
        _ => Vec::new(),
    };
    let has = |entries: &[(Cow<str>, Value)], key: &str| entries.iter().any(|(k, _)| k == key);
    for (key, value) in [
        ("privateKey", &env.private_key),
        ("baseURL", &env.base_url),
        ("webhookSecret", &env.webhook_secret),
    ] {
        if let (false, Some(v)) = (has(&entries, key), value) {
            entries.push((Cow::Borrowed(key), Value::string(v.clone())));
        }
    }
    let mut warnings = Vec::new();
    let given = entries
        .iter()
        .find(|(k, _)| k == "logLevel")
        .map(|(_, v)| v);
    let from_options = level_of(given, "ClientOptions.logLevel", &mut warnings);
    let from_env = || {
        let v = env.log.clone().map(Value::string);
        level_of(v.as_ref(), "process.env['IMAGE_KIT_LOG']", &mut warnings)
    };
    let level = from_options.or_else(from_env).unwrap_or_default();
    entries.retain(|(k, _)| k != "logLevel");
    entries.push((Cow::Borrowed("logLevel"), Value::string(level.name())));
    if let Some(text) = &env.custom_headers {
        let parsed = extras::custom_headers(text);
        let mut merged: Vec<(Cow<'static, str>, Value<'static>)> = parsed
            .into_iter()
            .map(|(k, v)| (Cow::Owned(k), v.map_or(Value::Null, Value::string)))
            .collect();
        let given = entries
            .iter()
            .position(|(k, _)| k == "defaultHeaders")
            .map(|i| entries.remove(i).1);
        let headers = match given {
            Some(Value::Obj(own)) => {
                for (k, v) in own {
                    match merged.iter_mut().find(|(m, _)| *m == k) {
                        Some(slot) => slot.1 = v,
                        None => merged.push((k, v)),
                    }
                }
                Value::Obj(merged)
            }
            // `[name, value]` rows (a `Headers`): the variable's headers as rows first, each name the caller gives
            // cleared before its first row, so that the caller's replace them as an object's keys would.
            Some(Value::Arr(rows)) => {
                let mut out: Vec<Value<'static>> = merged
                    .into_iter()
                    .map(|(k, v)| Value::Arr(vec![Value::Str(k), v]))
                    .collect();
                let mut cleared: Vec<String> = Vec::new();
                for row in rows {
                    if let Value::Arr(cells) = &row {
                        if let Some(Value::Str(name)) = cells.first() {
                            let lower = name.to_ascii_lowercase();
                            if !cleared.contains(&lower) {
                                out.push(Value::Arr(vec![Value::Str(name.clone()), Value::Null]));
                                cleared.push(lower);
                            }
                        }
                    }
                    out.push(row);
                }
                Value::Arr(out)
            }
            _ => Value::Obj(merged),
        };
        entries.push((Cow::Borrowed("defaultHeaders"), headers));
    }
    (Value::Obj(entries), warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn env(pairs: &[(&str, &str)]) -> Env {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Env::from_pairs(&owned)
    }

    fn run(options: &str, e: &Env) -> (String, Vec<String>) {
        let (v, w) = apply(&parse(options).unwrap(), e);
        (v.to_json(), w)
    }

    #[test]
    fn fills_what_the_options_leave_undefined() {
        let e = env(&[
            ("IMAGEKIT_PRIVATE_KEY", " env_key "),
            ("IMAGE_KIT_BASE_URL", "http://b"),
            ("IMAGEKIT_WEBHOOK_SECRET", ""),
            ("OTHER", "x"),
        ]);
        assert_eq!(
            run(r#"{"baseURL":"http://own"}"#, &e).0,
            r#"{"baseURL":"http://own","privateKey":"env_key","logLevel":"warn"}"#
        );
        // null is a value given (as a destructuring default sees it).
        assert_eq!(
            run(r#"{"privateKey":null}"#, &e).0,
            r#"{"privateKey":null,"baseURL":"http://b","logLevel":"warn"}"#
        );
        assert_eq!(run("null", &Env::default()).0, r#"{"logLevel":"warn"}"#);
    }

    #[test]
    fn log_levels_and_their_warnings() {
        let e = env(&[("IMAGE_KIT_LOG", "debug")]);
        assert_eq!(
            run(r#"{"logLevel":"info"}"#, &e),
            (r#"{"logLevel":"info"}"#.into(), vec![])
        );
        assert_eq!(run("{}", &e).0, r#"{"logLevel":"debug"}"#);
        let (v, w) = run(r#"{"logLevel":"loud"}"#, &env(&[("IMAGE_KIT_LOG", "LOUD")]));
        assert_eq!(v, r#"{"logLevel":"warn"}"#);
        assert_eq!(
            w,
            [
                "ClientOptions.logLevel was set to \"loud\", expected one of [\"off\",\"error\",\"warn\",\"info\",\"debug\"]",
                "process.env['IMAGE_KIT_LOG'] was set to \"LOUD\", expected one of [\"off\",\"error\",\"warn\",\"info\",\"debug\"]",
            ]
        );
        assert_eq!(run(r#"{"logLevel":""}"#, &Env::default()).1.len(), 0);
        assert_eq!(run(r#"{"logLevel":5}"#, &Env::default()).1.len(), 1);
    }

    #[test]
    fn custom_headers_go_under_the_given_ones() {
        let e = env(&[("IMAGE_KIT_CUSTOM_HEADERS", "x-a: 1\nx-b: 2")]);
        assert_eq!(
            run(r#"{"defaultHeaders":{"x-b":"own","x-c":null}}"#, &e).0,
            r#"{"logLevel":"warn","defaultHeaders":{"x-a":"1","x-b":"own","x-c":null}}"#
        );
        assert_eq!(
            run("{}", &e).0,
            r#"{"logLevel":"warn","defaultHeaders":{"x-a":"1","x-b":"2"}}"#
        );
        // Rows (a `Headers`): the caller's names replace the variable's, their own rows append.
        assert_eq!(
            run(
                r#"{"defaultHeaders":[["X-B","own"],["x-b","too"],["x-d","4"]]}"#,
                &e
            )
            .0,
            r#"{"logLevel":"warn","defaultHeaders":[["x-a","1"],["x-b","2"],["X-B",null],["X-B","own"],["x-b","too"],["x-d",null],["x-d","4"]]}"#
        );
    }
}
