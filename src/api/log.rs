//! What the transport logs, at which level, in `@imagekit/nodejs` 7.11.0's words (COMPAT §3: `logLevel` and
//! `logger`). The transport only hands the lines built here to the caller's logger, so what is said and when is
//! decided (and tested) here. No line ever carries a credential: request headers named in [`REDACTED`] show as
//! `***`, as 7.x shows them.

/// A logger level; each one also lets through every level before it (`Off` lets nothing through).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Level {
    Off,
    Error,
    #[default]
    Warn,
    Info,
    Debug,
}

/// The level names 7.x accepts, in its order (its warning lists them so).
pub const LEVELS: [&str; 5] = ["off", "error", "warn", "info", "debug"];

impl Level {
    /// `"off"`, `"error"`, `"warn"`, `"info"` or `"debug"`; anything else is not a level.
    pub fn parse(name: &str) -> Option<Level> {
        Some(match name {
            "off" => Level::Off,
            "error" => Level::Error,
            "warn" => Level::Warn,
            "info" => Level::Info,
            "debug" => Level::Debug,
            _ => return None,
        })
    }

    /// The logger method this level calls.
    pub fn name(self) -> &'static str {
        LEVELS.get(self as usize).copied().unwrap_or("off")
    }

    /// Whether a line of level `line` is logged under this setting.
    pub fn allows(self, line: Level) -> bool {
        line != Level::Off && line <= self
    }
}

/// What 7.x warns when a level setting (`source`: `ClientOptions.logLevel`, `process.env['IMAGE_KIT_LOG']`) is
/// not a level; `given` is the setting as JSON.
pub fn bad_level_warning(source: &str, given_json: &str) -> String {
    format!(
        "{source} was set to {given_json}, expected one of [\"off\",\"error\",\"warn\",\"info\",\"debug\"]"
    )
}

/// Header names whose values never appear in a log line.
pub const REDACTED: [&str; 5] = [
    "authorization",
    "api-key",
    "x-api-key",
    "cookie",
    "set-cookie",
];

/// Whether the value of header `name` (any case) is shown as `***`.
pub fn redacted(name: &str) -> bool {
    REDACTED.iter().any(|r| r.eq_ignore_ascii_case(name))
}

/// The local id of one attempt, `log_` and six hex digits from `random` in [0, 1) (not an API request id: it only
/// ties an attempt's lines together).
pub fn log_id(random: f64) -> String {
    let n = if random.is_finite() {
        (random.clamp(0.0, 1.0) * f64::from(1u32 << 24)) as u32 & 0xff_ffff
    } else {
        0
    };
    format!("log_{n:06x}")
}

/// `ms` rounded to whole milliseconds (0 for nonsense).
fn whole_ms(ms: f64) -> u64 {
    if ms.is_finite() && ms > 0.0 {
        ms.round() as u64
    } else {
        0
    }
}

/// What came of a failed attempt, for the suffix of its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Another attempt follows; `remaining` retries were left before it.
    Retrying { remaining: u32 },
    /// Worth retrying, but no retries are left.
    NoMoreRetries,
    /// Not worth retrying.
    NotRetryable,
}

impl Next {
    fn text(self) -> String {
        match self {
            Next::Retrying { remaining } => format!("retrying, {remaining} attempts remaining"),
            Next::NoMoreRetries => "error; no more retries left".into(),
            Next::NotRetryable => "error; not retryable".into(),
        }
    }
}

/// One attempt, as its lines name it.
#[derive(Debug, Clone, Copy)]
pub struct AttemptLog<'a> {
    pub id: &'a str,
    /// The id of the call's first attempt, on a retry.
    pub retry_of: Option<&'a str>,
    pub method: &'a str,
    pub url: &'a str,
}

impl AttemptLog<'_> {
    /// `[log_…]`, or `[log_…, retryOf: log_…]` where 7.x says so (the status line).
    fn tag(self, with_retry_of: bool) -> String {
        match (with_retry_of, self.retry_of) {
            (true, Some(first)) => format!("[{}, retryOf: {first}]", self.id),
            _ => format!("[{}]", self.id),
        }
    }

    /// debug, before each attempt.
    pub fn sending(self) -> String {
        format!("{} sending request", self.tag(false))
    }

    /// info: the status line of an answer; `next` is `None` for a success. The method is named in lower case,
    /// as 7.x's calls name it.
    pub fn answered(self, status: u16, ms: f64, next: Option<Next>) -> String {
        let ok = (200..300).contains(&status);
        let line = format!(
            "{} {} {} {} with status {status} in {}ms",
            self.tag(true),
            self.method.to_ascii_lowercase(),
            self.url,
            if ok { "succeeded" } else { "failed" },
            // Whole milliseconds as an integer: formatting an f64 would pull float printing into the wasm.
            whole_ms(ms)
        );
        match next {
            Some(n) => format!("{line} - {}", n.text()),
            None => line,
        }
    }

    /// debug, after a success's status line.
    pub fn response_start(self) -> String {
        format!("{} response start", self.tag(false))
    }

    /// debug, once a success's body is read.
    pub fn response_parsed(self) -> String {
        format!("{} response parsed", self.tag(false))
    }

    /// debug, after an error answer's status line.
    pub fn response_error(self, next: Next) -> String {
        format!("{} response error ({})", self.tag(false), next.text())
    }

    /// info and debug lines of an attempt that got no answer.
    pub fn no_answer(self, timed_out: bool, next: Next) -> (String, String) {
        let what = if timed_out { "timed out" } else { "failed" };
        let tag = self.tag(false);
        (
            format!("{tag} connection {what} - {}", next.text()),
            format!("{tag} connection {what} ({})", next.text()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: AttemptLog = AttemptLog {
        id: "log_00000a",
        retry_of: None,
        method: "GET",
        url: "http://h/v1/files",
    };

    #[test]
    fn levels() {
        assert_eq!(Level::parse("debug"), Some(Level::Debug));
        assert_eq!(Level::parse("DEBUG"), None);
        assert_eq!(Level::default().name(), "warn");
        assert!(Level::Info.allows(Level::Warn) && !Level::Info.allows(Level::Debug));
        assert!(!Level::Off.allows(Level::Error) && !Level::Debug.allows(Level::Off));
        for name in LEVELS {
            assert_eq!(Level::parse(name).map(Level::name), Some(name));
        }
        assert_eq!(
            bad_level_warning("ClientOptions.logLevel", "\"loud\""),
            "ClientOptions.logLevel was set to \"loud\", expected one of [\"off\",\"error\",\"warn\",\"info\",\"debug\"]"
        );
    }

    #[test]
    fn lines() {
        assert_eq!(A.sending(), "[log_00000a] sending request");
        assert_eq!(
            A.answered(200, 3.4, None),
            "[log_00000a] get http://h/v1/files succeeded with status 200 in 3ms"
        );
        let retry = AttemptLog {
            id: "log_00000b",
            retry_of: Some("log_00000a"),
            ..A
        };
        assert_eq!(
            retry.answered(503, 1.0, Some(Next::Retrying { remaining: 1 })),
            "[log_00000b, retryOf: log_00000a] get http://h/v1/files failed with status 503 in 1ms - retrying, 1 attempts remaining"
        );
        assert_eq!(
            retry.response_error(Next::NoMoreRetries),
            "[log_00000b] response error (error; no more retries left)"
        );
        assert_eq!(
            A.answered(404, 0.0, Some(Next::NotRetryable)),
            "[log_00000a] get http://h/v1/files failed with status 404 in 0ms - error; not retryable"
        );
        assert_eq!(
            A.no_answer(true, Next::NoMoreRetries).0,
            "[log_00000a] connection timed out - error; no more retries left"
        );
        assert_eq!(
            A.no_answer(false, Next::Retrying { remaining: 2 }).1,
            "[log_00000a] connection failed (retrying, 2 attempts remaining)"
        );
    }

    #[test]
    fn ids_and_redaction() {
        assert_eq!(log_id(0.0), "log_000000");
        assert_eq!(log_id(0.5), "log_800000");
        assert_eq!(log_id(0.999_999_99), "log_ffffff");
        assert_eq!(log_id(f64::NAN), "log_000000");
        assert!(redacted("Authorization") && redacted("set-cookie") && !redacted("content-type"));
    }
}
