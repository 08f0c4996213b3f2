//! Whether and when to try a request again (SPEC §5), decided here as a pure function of what happened; the loop
//! that sends, sleeps and sends again is `wasm/transport.rs`, which only performs what [`decide`] answers.
//! Connection errors and timeouts, 408, 409 (a lock timeout), 429 and 5xx are retried with exponential backoff
//! (0.5 s doubling, at most 8 s, with jitter) unless the server says how long; an abort by the caller and every
//! other answer stop at once. The server's `x-should-retry: true|false` overrides the status either way, as
//! `@imagekit/nodejs` 7 obeys it (COMPAT §3).

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

/// The longest `retry-after` we honour; a longer one is ignored and the ordinary backoff applies instead (a
/// server asking for minutes is better retried on our schedule than waited for with the call hanging).
pub const MAX_SERVER_WAIT_SECONDS: f64 = 60.0;

/// Milliseconds to wait before retry number `retry` (1 for the first retry). `server_wait` is the server's
/// `retry-after` in seconds, honoured when sane; `jitter` is a random number in [0, 1).
pub fn delay_ms(retry: u32, server_wait: Option<f64>, jitter: f64) -> f64 {
    if let Some(s) = server_wait {
        if s.is_finite() && (0.0..=MAX_SERVER_WAIT_SECONDS).contains(&s) {
            return s * 1000.0;
        }
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
    /// An error answer, with the server's `retry-after` in seconds when it gave a usable one, and its
    /// `x-should-retry` word when it gave one.
    Status {
        status: u16,
        retry_after: Option<f64>,
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
        Failure::Status { retry_after, .. } => retry_after,
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
        assert_eq!(delay_ms(1, Some(2.0), 0.5), 2000.0);
        assert_eq!(delay_ms(1, Some(0.25), 0.5), 250.0);
        assert_eq!(delay_ms(1, Some(600.0), 0.0), 500.0);
        assert_eq!(delay_ms(1, Some(f64::NAN), f64::NAN), 500.0);
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

    fn status(status: u16, retry_after: Option<f64>) -> Failure {
        Failure::Status {
            status,
            retry_after,
            should_retry: None,
        }
    }

    fn told(status: u16, should_retry: bool) -> Failure {
        Failure::Status {
            status,
            retry_after: None,
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
            decide(&attempt(0, status(429, Some(1.5)))),
            RetryAfterMs(1500.0)
        );
        assert_eq!(
            decide(&attempt(0, status(429, Some(0.0)))),
            RetryAfterMs(0.0)
        );
        // Too long to honour: the backoff of the second retry instead.
        assert_eq!(
            decide(&attempt(1, status(503, Some(3600.0)))),
            RetryAfterMs(1000.0)
        );
        let jittered = Attempt {
            jitter: 1.0,
            ..attempt(0, Failure::NoResponse)
        };
        assert_eq!(decide(&jittered), RetryAfterMs(375.0));
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
        assert_eq!(decide(&attempt(2, status(503, Some(0.1)))), Decision::Stop);
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
