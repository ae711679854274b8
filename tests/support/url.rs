//! Just enough URL handling for link checking: split off scheme, authority, query and fragment,
//! normalise an origin, percent-decode.

/// An absolute `scheme://host[:port]/path` URL, split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsUrl {
    /// `scheme://host[:port]`, lower-cased, default port dropped.
    pub origin: String,
    /// The path, starting with `/` (`/` when the URL has none), query and fragment removed.
    pub path: String,
    /// The fragment without `#`, if there is one.
    pub fragment: Option<String>,
}

/// Parses `scheme://authority/path?query#fragment`; `None` if `s` is not of that form.
/// A scheme-relative `//host/path` is parsed with the scheme `https`.
pub fn parse_absolute(s: &str) -> Option<AbsUrl> {
    let (scheme, rest) = if let Some(rest) = s.strip_prefix("//") {
        ("https".to_string(), rest)
    } else {
        let i = s.find("://")?;
        let scheme = &s[..i];
        if scheme.is_empty()
            || !scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            return None;
        }
        (scheme.to_ascii_lowercase(), &s[i + 3..])
    };
    let (rest, fragment) = split_fragment(rest);
    let rest = strip_query(rest);
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    // Drop user-info; lower-case the host; drop the scheme's default port.
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    let mut host = authority.to_ascii_lowercase();
    for (sch, port) in [("http", ":80"), ("https", ":443")] {
        if scheme == sch && host.ends_with(port) {
            host.truncate(host.len() - port.len());
        }
    }
    Some(AbsUrl {
        origin: format!("{scheme}://{host}"),
        path: path.to_string(),
        fragment: fragment.map(str::to_string),
    })
}

/// `("a/b?q", Some("frag"))` from `"a/b?q#frag"`.
pub fn split_fragment(s: &str) -> (&str, Option<&str>) {
    match s.find('#') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    }
}

/// `s` without `?query`.
pub fn strip_query(s: &str) -> &str {
    match s.find('?') {
        Some(i) => &s[..i],
        None => s,
    }
}

/// The scheme of `s` (`mailto`, `https`, ...), lower-cased, if it has one.
pub fn scheme(s: &str) -> Option<String> {
    let i = s.find(':')?;
    let candidate = &s[..i];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    if first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        // A path segment with a colon comes after a `/`, which is not allowed in a scheme anyway.
        Some(candidate.to_ascii_lowercase())
    } else {
        None
    }
}

/// Decodes `%XX` escapes and then UTF-8. `None` if an escape is malformed or the bytes are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_decodes() {
        let u = parse_absolute("HTTPS://Example.gov.cn:443/mzj/a/?x=1#row-%E5%9F%8E").unwrap();
        assert_eq!(u.origin, "https://example.gov.cn");
        assert_eq!(u.path, "/mzj/a/");
        assert_eq!(u.fragment.as_deref(), Some("row-%E5%9F%8E"));
        assert_eq!(percent_decode("row-%E5%9F%8E").unwrap(), "row-城");
        assert_eq!(percent_decode("%zz"), None);
        let u = parse_absolute("http://127.0.0.1:8080").unwrap();
        assert_eq!(u.origin, "http://127.0.0.1:8080");
        assert_eq!(u.path, "/");
        assert_eq!(scheme("mailto:a@b").as_deref(), Some("mailto"));
        assert_eq!(scheme("/a:b"), None);
        assert_eq!(scheme("report/x"), None);
    }
}
