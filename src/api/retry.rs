//! When and how long to wait before trying a request again (SPEC §5): connection errors, 408, 429 and 5xx are
//! retried with exponential backoff (0.5 s doubling, at most 8 s, with jitter) unless the server says how long.

/// Whether an answer with this status is worth another try.
pub fn retryable_status(status: u16) -> bool {
    matches!(status, 408 | 429) || (500..=599).contains(&status)
}

/// The longest wait the server may ask for before we stop honouring it and give up instead.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        for s in [408, 429, 500, 502, 503, 599] {
            assert!(retryable_status(s), "{s}");
        }
        for s in [200, 400, 401, 403, 404, 409, 418] {
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
}
