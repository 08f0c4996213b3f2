//! Strict reading of caller option objects: every key is checked against the known names (camelCase, with the
//! seed's snake_case spellings accepted as aliases), and every value's type is checked, so a misspelled option is
//! an error that names it instead of something silently ignored.

use std::borrow::Cow;

use crate::error::{Error, Result};
use crate::json::Value;

/// `private_key` → `privateKey`; camelCase names pass through unchanged.
pub fn camel_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' && !out.is_empty() {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    if upper {
        out.push('_');
    }
    out
}

/// A checked options object: its entries under their canonical (camelCase) names.
#[derive(Debug)]
pub struct Options<'a> {
    what: &'static str,
    entries: Vec<(Cow<'a, str>, &'a Value<'a>)>,
}

impl<'a> Options<'a> {
    /// Checks `value` (an object, or null for "no options") against `known` canonical names.
    /// `what` names the options object in messages, e.g. `"ImageKit options"`.
    pub fn new(value: &'a Value<'a>, what: &'static str, known: &[&str]) -> Result<Self> {
        Self::read(value, what, known, true)
    }

    /// Like [`Options::new`], but keys outside `known` are ignored, as the official SDK the URL functions mirror
    /// ignores them (SPEC §0: what that SDK accepts, we accept).
    pub fn lenient(value: &'a Value<'a>, what: &'static str, known: &[&str]) -> Result<Self> {
        Self::read(value, what, known, false)
    }

    fn read(
        value: &'a Value<'a>,
        what: &'static str,
        known: &[&str],
        strict: bool,
    ) -> Result<Self> {
        let raw = match value {
            Value::Obj(entries) => entries,
            Value::Null => {
                return Ok(Options {
                    what,
                    entries: Vec::new(),
                })
            }
            other => {
                return Err(Error::validation(format!(
                    "{what} must be an object, got {}",
                    other.type_name()
                )))
            }
        };
        let mut entries: Vec<(Cow<'a, str>, &Value)> = Vec::with_capacity(raw.len());
        for (key, v) in raw {
            // Only snake_case aliases need a new string; camelCase keys are borrowed as they are.
            let canonical: Cow<'a, str> = if crate::ascii::find(key, b'_').is_some() {
                Cow::Owned(camel_case(key))
            } else {
                Cow::Borrowed(key.as_ref())
            };
            if !known.contains(&canonical.as_ref()) {
                if !strict {
                    continue;
                }
                return Err(Error::validation(format!(
                    "unknown option `{key}` in {what}"
                )));
            }
            if entries.iter().any(|(k, _)| *k == canonical) {
                return Err(Error::validation(format!(
                    "option `{canonical}` is given twice in {what} (once as `{key}`)"
                )));
            }
            entries.push((canonical, v));
        }
        Ok(Options { what, entries })
    }

    /// The value of `key`, treating `null` as absent (JSON turns `undefined` into absence already).
    pub fn get(&self, key: &str) -> Option<&'a Value<'a>> {
        self.entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_null())
    }

    fn wrong(&self, key: &str, expected: &str, got: &Value) -> Error {
        Error::validation(format!(
            "{}.{key} must be {expected}, got {}",
            self.what,
            got.type_name()
        ))
    }

    pub fn str(&self, key: &str) -> Result<Option<&'a str>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s)),
            Some(v) => Err(self.wrong(key, "a string", v)),
        }
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(self.wrong(key, "a boolean", v)),
        }
    }

    /// A finite number. (`NaN` and `Infinity` arrive as `null` from JSON and so read as absent.)
    pub fn num(&self, key: &str) -> Result<Option<f64>> {
        match self.get(key) {
            None => Ok(None),
            Some(v @ Value::Num(_)) => v
                .as_f64()
                .map(Some)
                .ok_or_else(|| self.wrong(key, "a number", v)),
            Some(v) => Err(self.wrong(key, "a number", v)),
        }
    }

    /// A whole number within `min..=max`; the message quotes the caller's own spelling of a bad value.
    pub fn whole(&self, key: &str, min: u64, max: u64) -> Result<Option<u64>> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        let n = match v {
            Value::Num(_) => v.as_f64(),
            _ => return Err(self.wrong(key, "a number", v)),
        };
        match n {
            Some(n) if n.fract() == 0.0 && n >= min as f64 && n <= max as f64 => Ok(Some(n as u64)),
            _ => Err(Error::validation(format!(
                "{key} must be a whole number from {min} to {max}, got {}",
                v.to_js_string()
            ))),
        }
    }

    /// The name used in messages for this options object.
    pub fn what(&self) -> &'static str {
        self.what
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    #[test]
    fn camel_cases_snake_names() {
        assert_eq!(camel_case("private_key"), "privateKey");
        assert_eq!(camel_case("url_endpoint"), "urlEndpoint");
        assert_eq!(camel_case("privateKey"), "privateKey");
        assert_eq!(camel_case("_x"), "_x");
        assert_eq!(camel_case("x_"), "x_");
    }

    #[test]
    fn checks_keys_and_types() {
        let v = parse(r#"{"private_key":"k","timeout":5,"flag":true}"#).unwrap();
        let o = Options::new(&v, "opts", &["privateKey", "timeout", "flag"]).unwrap();
        assert_eq!(o.str("privateKey").unwrap(), Some("k"));
        assert_eq!(o.num("timeout").unwrap(), Some(5.0));
        assert_eq!(o.bool("flag").unwrap(), Some(true));
        assert_eq!(
            o.str("timeout").unwrap_err().message(),
            "opts.timeout must be a string, got number"
        );
        let e = Options::new(&v, "opts", &["privateKey"]).unwrap_err();
        assert_eq!(e.message(), "unknown option `timeout` in opts");
        let twice = parse(r#"{"private_key":"k","privateKey":"j"}"#).unwrap();
        let e = Options::new(&twice, "opts", &["privateKey"]).unwrap_err();
        assert_eq!(
            e.message(),
            "option `privateKey` is given twice in opts (once as `privateKey`)"
        );
        let e = Options::new(&Value::Str("x".into()), "opts", &[]).unwrap_err();
        assert_eq!(e.message(), "opts must be an object, got string");
    }
}
