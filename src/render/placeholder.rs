//! Shortcodes stand in a body's Markdown as placeholders while the body is rendered (see [`super::markdown`]): a
//! number between two private-use characters, which no editor's text can hold. Their HTML replaces the placeholders
//! afterwards, and the body's text is read with theirs in the same places (see [`super::body_text`]).

/// The private-use characters around a placeholder's number. Editors' text cannot contain them: they are replaced
/// before rendering, so no text can pose as a placeholder.
pub const OPEN: char = '\u{E000}';
pub const CLOSE: char = '\u{E001}';

pub fn push_placeholder(out: &mut String, n: usize) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = write!(out, "{OPEN}{n}{CLOSE}");
}

/// A shortcode's HTML, whether it is a block (a table, a chart) or sits in a sentence (a figure), and for a figure
/// the text a reader sees of it (see [`super::figure_link`]), so that text need not be read back from the HTML.
pub struct Trusted {
    pub html: String,
    pub block: bool,
    pub text: Option<String>,
}

/// The number and byte length of the placeholder `s` starts with.
pub fn read_placeholder(s: &str) -> Option<(usize, usize)> {
    let digits = s.strip_prefix(OPEN)?;
    let end = digits.find(CLOSE)?;
    let n = digits[..end].parse().ok()?;
    Some((n, OPEN.len_utf8() + end + CLOSE.len_utf8()))
}
