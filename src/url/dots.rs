//! Dot segments (`.`, `..`, also as `%2e`) in an `ik.url()` path or `src` (SPEC §3.1, issue #12 item 6). Every
//! client resolves them before sending (the WHATWG parser does), so a URL signed with them unresolved fails the
//! CDN's check, and `../` can leave the endpoint's path. They are resolved here, before signing, and a `..` that
//! would climb above the path's start is refused.

use std::borrow::Cow;

use super::split::dots;

/// `path` (segments separated by `/`, no leading `/`) with its dot segments resolved as the WHATWG parser
/// resolves them: `.` goes, `..` removes the segment before it, either one last leaves a trailing `/`.
/// `None` when a `..` has no segment left to remove, unless `clamp` (nothing above the path: a `..` there stays
/// at the root, as the WHATWG parser keeps it).
pub(crate) fn resolve(path: &str, clamp: bool) -> Option<Cow<'_, str>> {
    if !path.split('/').any(|seg| dots(seg) > 0) {
        return Some(Cow::Borrowed(path));
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut segs = path.split('/').peekable();
    while let Some(seg) = segs.next() {
        let last = segs.peek().is_none();
        match dots(seg) {
            1 => {}
            2 => {
                if kept.pop().is_none() && !clamp {
                    return None;
                }
            }
            _ => {
                kept.push(seg);
                continue;
            }
        }
        if last {
            kept.push("");
        }
    }
    Some(Cow::Owned(kept.join("/")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_as_whatwg() {
        let r = |p: &str| resolve(p, false).map(|c| c.into_owned());
        assert_eq!(r("a/../b.jpg").as_deref(), Some("b.jpg"));
        assert_eq!(r("a/./b/%2E/c.jpg").as_deref(), Some("a/b/c.jpg"));
        assert_eq!(r("a/b/..").as_deref(), Some("a/"));
        assert_eq!(r("a//../b").as_deref(), Some("a/b"));
        assert_eq!(r("x/%2e%2E/y").as_deref(), Some("y"));
        assert_eq!(r("a/.../b").as_deref(), Some("a/.../b"));
        assert_eq!(r("../b.jpg"), None);
        assert_eq!(r("a/../../b.jpg"), None);
        assert_eq!(r(".%2e/x"), None);
        assert_eq!(resolve("../../b.jpg", true).as_deref(), Some("b.jpg"));
    }
}
