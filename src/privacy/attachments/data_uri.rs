//! Base64 `data:` URIs, which put a whole file inside an SVG, HTML page or style sheet (`<image
//! href="data:image/png;base64,…">`, `url(data:text/plain;base64,…)`). The browser decodes and shows them, so the
//! file inside is read like any other: an image is a blocker, text is searched. Percent-encoded `data:` URIs need
//! no reader of their own: the egress scan decodes percent-escapes in every attribute and style.

use data_encoding::{BASE64, BASE64_NOPAD, BASE64URL_NOPAD};

/// The decoded bytes of every base64 `data:` URI in `text`, in order.
pub(super) fn find(text: &str) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = find_ignoring_case(rest, "data:") {
        let after = &rest[at + 5..];
        rest = after;
        // The media type and its parameters: up to the comma, without quotes, spaces or brackets.
        let Some(comma) = after.find(',') else { break };
        let head = &after[..comma];
        if head.len() > 200 || head.contains(['"', '\'', '<', '>', '(', ')', ' ']) {
            continue;
        }
        if !head.to_ascii_lowercase().ends_with(";base64") {
            continue;
        }
        let body = &after[comma + 1..];
        let end = body
            .find(|c: char| {
                !(c.is_ascii_alphanumeric()
                    || matches!(c, '+' | '/' | '=' | '-' | '_' | '%')
                    || c.is_ascii_whitespace())
            })
            .unwrap_or(body.len());
        let payload: String = body[..end]
            .replace("%2B", "+")
            .replace("%2F", "/")
            .replace("%3D", "=")
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        rest = &body[end..];
        if let Some(bytes) = decode(&payload) {
            out.push(bytes);
        }
    }
    out
}

pub(super) fn decode(payload: &str) -> Option<Vec<u8>> {
    let trimmed = payload.trim_end_matches('=');
    BASE64
        .decode(payload.as_bytes())
        .or_else(|_| BASE64_NOPAD.decode(trimmed.as_bytes()))
        .or_else(|_| BASE64URL_NOPAD.decode(trimmed.as_bytes()))
        .ok()
        .filter(|b| !b.is_empty())
}

fn find_ignoring_case(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_uris_in_attributes_and_styles_are_decoded() {
        let t = "<a href=\"data:text/plain;charset=utf-8;base64,MTM4MDAxMzgwMDA=\">x</a> .a{background:url(DATA:text/plain;base64,MTM5 MDAx MzkwMDA)}";
        let found = find(t);
        assert_eq!(
            found,
            vec![b"13800138000".to_vec(), b"13900139000".to_vec()]
        );
    }

    #[test]
    fn other_uses_of_the_word_are_left_alone() {
        assert!(find("metadata: none, data:text/plain,hello, data: x;base64,abc").is_empty());
    }
}
