//! Internal addresses. Every link carries the path of `base_url`, so the same output works at a domain root or under
//! a sub-path; non-ASCII names and row keys are percent-encoded so every server and validator accepts them.

/// Percent-encodes a path, keeping `/` and the characters URLs allow unescaped.
pub fn encode_path(path: &str) -> String {
    encode(path, |b| b.is_ascii_alphanumeric() || b"-._~/".contains(&b))
}

/// Percent-encodes a fragment (the part after `#`).
pub fn encode_fragment(fragment: &str) -> String {
    encode(fragment, |b| {
        b.is_ascii_alphanumeric() || b"-._~".contains(&b)
    })
}

fn encode(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The `id` of a dataset row, so figures in the narrative can link to the row they come from.
pub fn row_id(key: &str) -> String {
    let cleaned: String = key
        .chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .collect();
    format!("row-{cleaned}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_non_ascii_but_keeps_slashes() {
        assert_eq!(encode_path("report/a b/"), "report/a%20b/");
        assert_eq!(encode_path("新闻/"), "%E6%96%B0%E9%97%BB/");
        assert_eq!(encode_fragment("row-城市"), "row-%E5%9F%8E%E5%B8%82");
        assert_eq!(row_id("城市 低保"), "row-城市-低保");
    }
}
