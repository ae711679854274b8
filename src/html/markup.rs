//! Escaping for text placed into HTML and XML by Rust code (templates escape on their own). Reading markup back is
//! [`super`]'s.

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // Writing to a `String` cannot fail.
    let _ = write_escaped(&mut out, s);
    out
}

/// [`escape`], written to `out`: the runs between the five characters are copied whole, since most text has none.
pub fn write_escaped(out: &mut impl std::fmt::Write, s: &str) -> std::fmt::Result {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&s[from..i])?;
        out.write_str(entity)?;
        from = i + 1;
    }
    out.write_str(&s[from..])
}

/// The index of the `>` that ends the tag starting at `s[0] == '<'`, skipping `>` inside quoted values. Only for
/// markup Sunlight itself serialised (the sanitiser's output, the theme's page head), whose tags are well formed;
/// markup from anywhere else is read with [`crate::html`].
pub fn tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(
            super::escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
