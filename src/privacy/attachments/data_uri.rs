//! `data:` URIs, which put a whole file inside an SVG, HTML page or style sheet (`<image
//! href="data:image/png;base64,…">`, `url(data:text/plain;base64,…)`, `<a href="data:text/html,%3Cp%3E…">`). The
//! browser decodes and shows them, so the file inside is read like any other: an image is a blocker, text is
//! searched, and markup is read as markup (a number split by tags inside a percent-encoded page is one number). A
//! URI that is not base64 is percent-decoded, after the character references of the attribute it stands in.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use data_encoding::{BASE64, BASE64_NOPAD, BASE64URL_NOPAD};

/// The decoded bytes of every base64 `data:` URI in `text`, in order.
pub(super) fn find(text: &str) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = find_data_scheme(rest) {
        let after = &rest[at + 5..];
        rest = after;
        // The media type and its parameters: up to the comma, without quotes, spaces or brackets.
        let Some(comma) = after.find(',') else { break };
        let head = &after[..comma];
        if head.len() > 200 || head.contains(['"', '\'', '<', '>', '(', ')', ' ']) {
            continue;
        }
        let body = &after[comma + 1..];
        if !head.to_ascii_lowercase().ends_with(";base64") {
            let at = rest.as_ptr() as usize - text.as_ptr() as usize - 5;
            let (mut bytes, used) = written_out(text, at, body);
            // The media type says it is a page, which a browser shows as one however it starts: read as markup.
            if head.to_ascii_lowercase().contains("html")
                && let Some(b) = &mut bytes
            {
                b.splice(0..0, b"<!doctype html>".iter().copied());
            }
            rest = &body[used..];
            if let Some(bytes) = bytes {
                out.push(bytes);
            }
            continue;
        }
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
        // A `srcset` puts a width or density after the URI (`data:…;base64,… 1x, b.png 2x`).
        let first_word = || {
            let cut = body[..end].find(|c: char| c.is_ascii_whitespace())?;
            let first = &payload[..payload.len().min(cut)];
            decode(first)
        };
        if let Some(bytes) = decode(&payload).or_else(first_word) {
            out.push(bytes);
        }
    }
    out
}

/// A `data:` URI that is not base64, starting at byte `at` of `text` with its `body` after the comma: its bytes,
/// percent-decoded (and with the character references of an HTML attribute decoded first), and how much of `body`
/// it takes. It ends where the attribute's quote, the `url(` or the word it stands in ends.
fn written_out(text: &str, at: usize, body: &str) -> (Option<Vec<u8>>, usize) {
    let opener = text[..at].chars().next_back();
    let end = match opener {
        Some(q @ ('"' | '\'')) => body.find(q),
        Some('(') => body.find(')'),
        _ => body.find(|c: char| c.is_ascii_whitespace() || matches!(c, '"' | '\'' | '<' | '>')),
    }
    .unwrap_or(body.len());
    let raw = &body[..end];
    if raw.is_empty() {
        return (None, end);
    }
    let unescaped = references_decoded(raw);
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(&unescaped).collect();
    (Some(bytes), end)
}

/// The character references an attribute value may hold (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#…;`),
/// decoded.
fn references_decoded(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let c = end.and_then(|e| match &after[..e] {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            n => {
                let n = n.strip_prefix('#')?;
                match n.strip_prefix(['x', 'X']) {
                    Some(h) => u32::from_str_radix(h, 16).ok(),
                    None => n.parse().ok(),
                }
                .and_then(char::from_u32)
            }
        });
        match (c, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
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

/// Where the first `data:`, in any case, starts in `hay`. Every published page is asked, so one automaton with a
/// prefilter does it rather than a comparison at every byte.
fn find_data_scheme(hay: &str) -> Option<usize> {
    static SCHEME: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["data:"])
            .ok()
    });
    match &*SCHEME {
        Some(ac) => ac.find(hay).map(|m| m.start()),
        None => hay
            .as_bytes()
            .windows(5)
            .position(|w| w.eq_ignore_ascii_case(b"data:")),
    }
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
    fn written_out_uris_and_srcset_descriptors_are_decoded() {
        let t = "<a href=\"data:text/html,%3Cp%3E138%3Cb%3E0013%3C/b%3E8000\">x</a>\
                 <img src='data:image/svg+xml;utf8,&lt;svg&gt;&lt;text&gt;1&lt;/text&gt;&lt;/svg&gt;'>\
                 <img srcset=\"data:text/plain;base64,MTM4MDAxMzgwMDA= 1x, a.png 2x\">";
        let found: Vec<String> = find(t)
            .iter()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .collect();
        assert_eq!(
            found,
            [
                "<!doctype html><p>138<b>0013</b>8000",
                "<svg><text>1</text></svg>",
                "13800138000"
            ]
        );
    }

    #[test]
    fn other_uses_of_the_word_are_left_alone() {
        assert!(find("metadata: none, data: x;base64,abc").is_empty());
    }
}
