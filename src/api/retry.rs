//! Whether and when to try a request again (SPEC §5), decided here as a pure function of what happened; the loop
//! that sends, sleeps and sends again is `wasm/transport.rs`, which only performs what [`decide`] answers.
//! Connection errors and timeouts, 408, 409 (a lock timeout), 429 and 5xx are retried with exponential backoff
//! (0.5 s doubling, at most 8 s, with jitter) unless the server says how long ([`server_wait_ms`], read off every
//! retried answer as `@imagekit/nodejs` 7.11.0 reads it); an abort by the caller and every other answer stop at
//! once. The server's `x-should-retry: true|false` overrides the status either way, as 7.x obeys it (COMPAT §3).

/// Whether an answer with this status is worth another try.
pub fn retryable_status(status: u16) -> bool {
    matches!(status, 408 | 409 | 429) || (500..=599).contains(&status)
}

/// The server's explicit word from the `x-should-retry` header: `true`/`false` exactly, anything else is no word.
pub fn should_retry_header(value: Option<&str>) -> Option<bool> {
    match value.map(str::trim) {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => None,
    }
}

/// The longest wait a JS timer holds (2^31 - 1 ms). Node's `setTimeout`, which 7.x sleeps with, fires a longer
/// delay after 1 ms, so a server wait beyond it is no wait, as there.
pub const MAX_TIMER_MS: f64 = 2_147_483_647.0;

/// The wait the server asks for, in milliseconds, as 7.x reads it off a retried answer: `retry-after-ms` when it
/// starts with a number (JS `parseFloat`); else, when that gave nothing or 0, `retry-after` as seconds when it
/// starts with a number, or else as an HTTP date, `date_wait_ms(value)` being `Date.parse(value) - Date.now()`
/// (NaN for a value no date parser reads). `None` when neither header is there: the backoff applies. A wait 7.x
/// does not wait (NaN, negative, past a timer's reach) is 0 here, for [`delay_ms`].
///
/// `read_float` is JS `parseFloat` (`None` for NaN): the wasm build passes the engine's own, because the float
/// parsing [`parse_float`] needs from `core` costs about 15 KB gzip of wasm; native code and the tests pass
/// [`parse_float`], which is checked against `parseFloat`'s answers.
pub fn server_wait_ms(
    retry_after_ms: Option<&str>,
    retry_after: Option<&str>,
    read_float: impl Fn(&str) -> Option<f64>,
    date_wait_ms: impl FnOnce(&str) -> f64,
) -> Option<f64> {
    let mut wait = retry_after_ms
        .filter(|v| !v.is_empty())
        .and_then(&read_float);
    if let Some(v) = retry_after.filter(|v| !v.is_empty()) {
        if wait.map_or(true, |w| w == 0.0) {
            wait = Some(read_float(v).map_or_else(|| date_wait_ms(v), |s| s * 1000.0));
        }
    }
    wait.map(|ms| {
        if ms.is_finite() && ms > 0.0 && ms <= MAX_TIMER_MS {
            ms
        } else {
            0.0
        }
    })
}

/// JS `parseFloat`: the longest decimal number (or `Infinity`) at the start of `text` after white space; `None`
/// where it answers NaN.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let b = t.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let negative = b.first() == Some(&b'-');
    if t.get(i..).is_some_and(|r| r.starts_with("Infinity")) {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        let mut j = i + 1;
        let fraction = digits(&mut j);
        if mantissa + fraction > 0 {
            mantissa += fraction;
            i = j;
        }
    }
    if mantissa == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    t.get(..i).and_then(|n| n.parse().ok())
}

/// Milliseconds to wait before retry number `retry` (1 for the first retry). `server_wait` is the server's wait
/// in milliseconds ([`server_wait_ms`]), which wins when given; `jitter` is a random number in [0, 1).
pub fn delay_ms(retry: u32, server_wait: Option<f64>, jitter: f64) -> f64 {
    if let Some(ms) = server_wait {
        return if ms.is_finite() && ms > 0.0 { ms } else { 0.0 };
    }
    let exp = retry.saturating_sub(1).min(16);
    let base = (500.0 * f64::from(1u32 << exp)).min(8000.0);
    // Up to 25 % less, so many clients that failed together do not retry together.
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    base * (1.0 - 0.25 * jitter)
}

/// What went wrong with one attempt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Failure {
    /// No (complete) response: the network failed or the connection dropped.
    NoResponse,
    /// The caller's signal aborted the call.
    Aborted,
    /// Our per-attempt timer fired first.
    TimedOut,
    /// An error answer, with the server's wait in milliseconds when it asked for one ([`server_wait_ms`]), and
    /// its `x-should-retry` word when it gave one.
    Status {
        status: u16,
        wait_ms: Option<f64>,
        should_retry: Option<bool>,
    },
}

/// Everything the decision depends on: no clock, no randomness of its own (`jitter` comes in).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attempt {
    /// Retries made so far (0 after the first attempt).
    pub retries: u32,
    /// The call's `maxRetries`.
    pub max_retries: u32,
    /// Whether the request body can be sent again (an upload of a stream cannot).
    pub resendable: bool,
    pub failure: Failure,
    /// A random number in [0, 1), spreading the backoff of clients that failed together.
    pub jitter: f64,
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decision {
    /// Report the failure.
    Stop,
    /// Wait this many milliseconds, then send again.
    RetryAfterMs(f64),
}

/// Whether the failure, as such, is worth another attempt.
fn worth_it(failure: Failure) -> bool {
    match failure {
        Failure::Aborted => false,
        Failure::NoResponse | Failure::TimedOut => true,
        Failure::Status {
            status,
            should_retry,
            ..
        } => should_retry.unwrap_or_else(|| retryable_status(status)),
    }
}

/// What the log says follows a failed attempt, given what [`decide`] answered (7.x's wording: worth it but out
/// of retries, or not worth it).
pub fn next(a: &Attempt, decision: Decision) -> super::log::Next {
    use super::log::Next;
    match decision {
        Decision::RetryAfterMs(_) => Next::Retrying {
            remaining: a.max_retries.saturating_sub(a.retries),
        },
        Decision::Stop if worth_it(a.failure) && a.resendable => Next::NoMoreRetries,
        Decision::Stop => Next::NotRetryable,
    }
}

/// The retry decision of SPEC §5 for one failed attempt.
pub fn decide(a: &Attempt) -> Decision {
    if !worth_it(a.failure) || !a.resendable || a.retries >= a.max_retries {
        return Decision::Stop;
    }
    let server_wait = match a.failure {
        Failure::Status { wait_ms, .. } => wait_ms,
        _ => None,
    };
    Decision::RetryAfterMs(delay_ms(a.retries + 1, server_wait, a.jitter))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        for s in [408, 429, 500, 502, 503, 599] {
            assert!(retryable_status(s), "{s}");
        }
        assert!(retryable_status(409));
        for s in [0, 99, 101, 200, 400, 401, 403, 404, 418, 422, 600, 999] {
            assert!(!retryable_status(s), "{s}");
        }
    }

    #[test]
    fn backoff_doubles_to_a_cap_and_honours_the_server() {
        assert_eq!(delay_ms(1, None, 0.0), 500.0);
        assert_eq!(delay_ms(2, None, 0.0), 1000.0);
        assert_eq!(delay_ms(5, None, 0.0), 8000.0);
        assert_eq!(delay_ms(40, None, 0.0), 8000.0);
        assert_eq!(delay_ms(1, None, 1.0), 375.0);
        assert_eq!(delay_ms(1, Some(2000.0), 0.5), 2000.0);
        assert_eq!(delay_ms(1, Some(250.0), 0.5), 250.0);
        // The server's wait, however long (7.x has no ceiling); a wait that is none is 0.
        assert_eq!(delay_ms(1, Some(600_000.0), 0.0), 600_000.0);
        assert_eq!(delay_ms(1, Some(f64::NAN), f64::NAN), 0.0);
        assert_eq!(delay_ms(1, Some(-5.0), 0.0), 0.0);
        assert_eq!(delay_ms(1, None, f64::NAN), 500.0);
    }

    fn attempt(retries: u32, failure: Failure) -> Attempt {
        Attempt {
            retries,
            max_retries: 2,
            resendable: true,
            failure,
            jitter: 0.0,
        }
    }

    fn status(status: u16, wait_ms: Option<f64>) -> Failure {
        Failure::Status {
            status,
            wait_ms,
            should_retry: None,
        }
    }

    fn told(status: u16, should_retry: bool) -> Failure {
        Failure::Status {
            status,
            wait_ms: None,
            should_retry: Some(should_retry),
        }
    }

    #[test]
    fn the_server_header_overrides_the_status() {
        use Decision::*;
        assert_eq!(decide(&attempt(0, told(400, true))), RetryAfterMs(500.0));
        assert_eq!(decide(&attempt(0, told(200, true))), RetryAfterMs(500.0));
        assert_eq!(decide(&attempt(0, told(503, false))), Stop);
        assert_eq!(decide(&attempt(0, told(409, false))), Stop);
        assert_eq!(decide(&attempt(0, status(409, None))), RetryAfterMs(500.0));
        // The header does not lift the other limits.
        assert_eq!(decide(&attempt(2, told(400, true))), Stop);
        assert_eq!(should_retry_header(Some("true")), Some(true));
        assert_eq!(should_retry_header(Some(" false ")), Some(false));
        for v in [None, Some(""), Some("TRUE"), Some("1"), Some("yes")] {
            assert_eq!(should_retry_header(v), None, "{v:?}");
        }
    }

    #[test]
    fn what_is_retried() {
        use Decision::*;
        assert_eq!(
            decide(&attempt(0, Failure::NoResponse)),
            RetryAfterMs(500.0)
        );
        assert_eq!(decide(&attempt(1, Failure::TimedOut)), RetryAfterMs(1000.0));
        assert_eq!(decide(&attempt(0, Failure::Aborted)), Stop);
        assert_eq!(decide(&attempt(0, status(503, None))), RetryAfterMs(500.0));
        assert_eq!(decide(&attempt(0, status(408, None))), RetryAfterMs(500.0));
        for s in [0, 101, 200, 400, 404, 418, 600] {
            assert_eq!(decide(&attempt(0, status(s, None))), Stop, "{s}");
        }
    }

    #[test]
    fn the_server_wait_and_the_jitter() {
        use Decision::*;
        assert_eq!(
            decide(&attempt(0, status(429, Some(1500.0)))),
            RetryAfterMs(1500.0)
        );
        assert_eq!(
            decide(&attempt(0, status(429, Some(0.0)))),
            RetryAfterMs(0.0)
        );
        // On any retried status, however long (as 7.x waits it).
        assert_eq!(
            decide(&attempt(1, status(409, Some(3_600_000.0)))),
            RetryAfterMs(3_600_000.0)
        );
        let jittered = Attempt {
            jitter: 1.0,
            ..attempt(0, Failure::NoResponse)
        };
        assert_eq!(decide(&jittered), RetryAfterMs(375.0));
    }

    #[test]
    fn the_server_wait_as_7x_reads_it() {
        let never = |_: &str| -> f64 { panic!("not a date") };
        let date = |v: &str| {
            if v == "Wed, 21 Oct 2015 07:28:00 GMT" {
                4200.0
            } else {
                f64::NAN
            }
        };
        assert_eq!(server_wait_ms(None, None, parse_float, never), None);
        assert_eq!(
            server_wait_ms(Some("250"), None, parse_float, never),
            Some(250.0)
        );
        assert_eq!(
            server_wait_ms(Some(" 12.5ms"), Some("9"), parse_float, never),
            Some(12.5)
        );
        assert_eq!(
            server_wait_ms(None, Some("2"), parse_float, never),
            Some(2000.0)
        );
        assert_eq!(
            server_wait_ms(None, Some("1.5e1"), parse_float, never),
            Some(15000.0)
        );
        // retry-after-ms that reads as nothing or 0 gives way to retry-after.
        assert_eq!(
            server_wait_ms(Some("soon"), Some("3"), parse_float, never),
            Some(3000.0)
        );
        assert_eq!(
            server_wait_ms(Some("0"), Some("3"), parse_float, never),
            Some(3000.0)
        );
        assert_eq!(
            server_wait_ms(Some("0"), None, parse_float, never),
            Some(0.0)
        );
        assert_eq!(server_wait_ms(Some(""), None, parse_float, never), None);
        assert_eq!(server_wait_ms(Some("soon"), None, parse_float, never), None);
        // An HTTP date: how far ahead it is; a past date, or one no parser reads, is no wait at all.
        assert_eq!(
            server_wait_ms(
                None,
                Some("Wed, 21 Oct 2015 07:28:00 GMT"),
                parse_float,
                date
            ),
            Some(4200.0)
        );
        assert_eq!(
            server_wait_ms(None, Some("whenever"), parse_float, date),
            Some(0.0)
        );
        assert_eq!(
            server_wait_ms(None, Some("x"), parse_float, |_| -1000.0),
            Some(0.0)
        );
        assert_eq!(
            server_wait_ms(None, Some("-1"), parse_float, never),
            Some(0.0)
        );
        assert_eq!(
            server_wait_ms(None, Some("Infinity"), parse_float, never),
            Some(0.0)
        );
        assert_eq!(
            server_wait_ms(None, Some("3600"), parse_float, never),
            Some(3_600_000.0)
        );
        assert_eq!(
            server_wait_ms(None, Some("2147484"), parse_float, never),
            Some(0.0)
        );
    }

    #[test]
    fn parse_float_as_js() {
        for (text, want) in [
            ("1", Some(1.0)),
            ("  -2.5x", Some(-2.5)),
            (".5", Some(0.5)),
            ("5.", Some(5.0)),
            ("1e3", Some(1000.0)),
            ("1e", Some(1.0)),
            ("1e+", Some(1.0)),
            ("2E-1", Some(0.2)),
            ("+Infinityx", Some(f64::INFINITY)),
            ("-Infinity", Some(f64::NEG_INFINITY)),
            ("\u{feff}\t7", Some(7.0)),
            ("", None),
            (".", None),
            ("-", None),
            ("e5", None),
            ("Inf", None),
            ("0x10", Some(0.0)),
        ] {
            assert_eq!(parse_float(text), want, "{text:?}");
        }
    }

    #[test]
    fn what_the_log_says_next() {
        use super::super::log::Next;
        let says = |a: Attempt| next(&a, decide(&a));
        assert_eq!(
            says(attempt(0, status(503, None))),
            Next::Retrying { remaining: 2 }
        );
        assert_eq!(
            says(attempt(1, Failure::NoResponse)),
            Next::Retrying { remaining: 1 }
        );
        assert_eq!(says(attempt(2, status(503, None))), Next::NoMoreRetries);
        assert_eq!(says(attempt(0, status(404, None))), Next::NotRetryable);
        assert_eq!(says(attempt(0, told(503, false))), Next::NotRetryable);
    }

    #[test]
    fn limits_stop_the_retries() {
        assert_eq!(
            decide(&attempt(2, status(503, Some(100.0)))),
            Decision::Stop
        );
        let no_retries = Attempt {
            max_retries: 0,
            ..attempt(0, Failure::NoResponse)
        };
        assert_eq!(decide(&no_retries), Decision::Stop);
        let once_only = Attempt {
            resendable: false,
            ..attempt(0, status(500, None))
        };
        assert_eq!(decide(&once_only), Decision::Stop);
    }
}
