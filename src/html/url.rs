//! Internal addresses. Every link carries the path of `base_url`, so the same output works at a domain root or under
//! a sub-path; non-ASCII names and row keys are percent-encoded so every server and validator accepts them.

/// Percent-encodes a path, keeping `/` and the characters URLs allow unescaped.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    encode_path_into(&mut out, path);
    out
}

/// [`encode_path`], appended to `out`.
pub fn encode_path_into(out: &mut String, path: &str) {
    encode(out, path, |b| {
        b.is_ascii_alphanumeric() || b"-._~/".contains(&b)
    });
}

/// Percent-encodes a fragment (the part after `#`).
pub fn encode_fragment(fragment: &str) -> String {
    let mut out = String::with_capacity(fragment.len());
    encode(&mut out, fragment, |b| {
        b.is_ascii_alphanumeric() || b"-._~".contains(&b)
    });
    out
}

/// Appends `s` to `out`, each byte `keep` refuses as `%XX`; the runs it keeps (ASCII only, so each run starts and
/// ends at a character boundary) are copied whole.
fn encode(out: &mut String, s: &str, keep: impl Fn(u8) -> bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        if keep(b) {
            continue;
        }
        if from < i {
            out.push_str(&s[from..i]);
        }
        out.push('%');
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// The `id` of a dataset row, so figures in the narrative can link to the row they come from.
pub fn row_id(key: &str) -> String {
    let cleaned: String = key
        .chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .collect();
    format!("row-{cleaned}")
}

/// The `id` of one cell, `row-KEY.COLUMN`, so a figure links to the cell it shows and not only its row. Column keys
/// are identifiers without dots, so no cell id equals a row id or another cell's.
pub fn cell_id(row_key: &str, column_key: &str) -> String {
    format!("{}.{column_key}", row_id(row_key))
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
        assert_eq!(encode_path("a%/é~"), "a%25/%C3%A9~");
        assert_eq!(encode_fragment("x y/"), "x%20y%2F");
    }
}
