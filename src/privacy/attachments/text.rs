//! Is it text, and in which encoding? Byte-order marks decide first; then UTF-8 (what the build itself writes, so
//! it is the fast path: validated and borrowed, never copied); then UTF-16 or UTF-32 without a mark, seen by the
//! zero bytes of ASCII characters in every other (or every fourth) position, as Excel's "Unicode text" writes;
//! last the legacy encodings Chinese offices still save in (GB18030/GBK, Big5 …), guessed by `chardetng` and
//! decoded by `encoding_rs`. Bytes that decode to control characters are not text.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// How much of a file the encoding guessers look at.
const SAMPLE: usize = 64 * 1024;

/// The text of `bytes`, decoded, or `None` when it is not text in any encoding Sunlight knows.
pub fn decode(bytes: &[u8]) -> Option<Cow<'_, str>> {
    if let Some(text) = with_bom(bytes) {
        return text;
    }
    if !bytes.contains(&0) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return few_controls(bytes).then_some(Cow::Borrowed(text));
        }
        return legacy(bytes);
    }
    wide_without_bom(bytes)
}

/// The text of a file that is plain UTF-8 (a byte-order mark included, which stays where it is) without zero bytes:
/// what the privacy stage can redact in place.
pub fn utf8(bytes: &[u8]) -> Option<&str> {
    if bytes.contains(&0) || bytes.starts_with(b"%PDF") {
        return None;
    }
    std::str::from_utf8(bytes)
        .ok()
        .filter(|_| few_controls(bytes))
}

/// Whether text reads as markup (HTML, SVG, XML), whatever the file is called.
pub fn looks_like_markup(text: &str) -> bool {
    let head = text.trim_start_matches('\u{FEFF}').trim_start();
    let lower: String = head
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    lower.starts_with("<!doctype")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml")
        || lower.starts_with("<svg")
        || lower.starts_with("<table")
        || lower.starts_with("<head")
        || lower.starts_with("<body")
        || lower.starts_with("<meta")
        || lower.starts_with("<!--")
}

/// Decoded by its byte-order mark (`Some(None)` when the mark is there but the rest does not decode).
fn with_bom(bytes: &[u8]) -> Option<Option<Cow<'_, str>>> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Some(std::str::from_utf8(rest).ok().map(Cow::Borrowed));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE, 0, 0]) {
        return Some(utf32(rest, false));
    }
    if let Some(rest) = bytes.strip_prefix(&[0, 0, 0xFE, 0xFF]) {
        return Some(utf32(rest, true));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Some(utf16(rest, UTF_16LE));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Some(utf16(rest, UTF_16BE));
    }
    None
}

/// UTF-16 or UTF-32 told apart from binary by where its zero bytes fall: ASCII in UTF-16LE is `x 0 x 0`, in
/// UTF-32LE `x 0 0 0`. Text that is mostly CJK has few zero bytes and needs its byte-order mark.
fn wide_without_bom(bytes: &[u8]) -> Option<Cow<'static, str>> {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    let mut zeros = [0usize; 4];
    for (i, b) in sample.iter().enumerate() {
        if *b == 0 {
            zeros[i % 4] += 1;
        }
    }
    let quarter = sample.len() / 4;
    let mostly = |n: usize, of: usize| of > 0 && n * 10 >= of * 7;
    let rarely = |n: usize, of: usize| n * 10 <= of;
    if bytes.len().is_multiple_of(4) && quarter > 0 {
        if rarely(zeros[0], quarter) && mostly(zeros[1] + zeros[2] + zeros[3], 3 * quarter) {
            return utf32(bytes, false);
        }
        if rarely(zeros[3], quarter) && mostly(zeros[0] + zeros[1] + zeros[2], 3 * quarter) {
            return utf32(bytes, true);
        }
    }
    let half = sample.len() / 2;
    let (even, odd) = (zeros[0] + zeros[2], zeros[1] + zeros[3]);
    if bytes.len().is_multiple_of(2) && half > 0 {
        if rarely(even, half) && mostly(odd, half) {
            return utf16(bytes, UTF_16LE);
        }
        if rarely(odd, half) && mostly(even, half) {
            return utf16(bytes, UTF_16BE);
        }
    }
    None
}

fn utf16(bytes: &[u8], encoding: &'static Encoding) -> Option<Cow<'static, str>> {
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    (!malformed && plausible(&text)).then(|| Cow::Owned(text.into_owned()))
}

fn utf32(bytes: &[u8], big_endian: bool) -> Option<Cow<'static, str>> {
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let text: Option<String> = bytes
        .chunks_exact(4)
        .map(|c| {
            let n = if big_endian {
                u32::from_be_bytes([c[0], c[1], c[2], c[3]])
            } else {
                u32::from_le_bytes([c[0], c[1], c[2], c[3]])
            };
            char::from_u32(n)
        })
        .collect();
    text.filter(|t| plausible(t)).map(Cow::Owned)
}

/// Bytes that are not UTF-8: the encoding `chardetng` judges likeliest (GB18030, Big5, Shift_JIS, windows-1252 …),
/// accepted only if they decode without a single error.
fn legacy(bytes: &[u8]) -> Option<Cow<'static, str>> {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes[..bytes.len().min(SAMPLE)], bytes.len() <= SAMPLE);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
    plausible(&text).then(|| Cow::Owned(text.into_owned()))
}

/// [`plausible`] for UTF-8, on the bytes of the first 8 KB: this runs on every page the build writes.
fn few_controls(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    controls * 100 <= head.len()
}

/// Text has few control characters besides tab, line feed, form feed and carriage return; binary data that
/// happens to decode has many.
fn plausible(text: &str) -> bool {
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in text.chars().take(SAMPLE) {
        total += 1;
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}' | '\u{1b}'))
            || c == '\u{FFFD}'
        {
            controls += 1;
        }
    }
    controls * 100 <= total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        for u in s.encode_utf16() {
            out.extend_from_slice(&u.to_le_bytes());
        }
        out
    }

    #[test]
    fn utf8_is_borrowed() {
        assert!(matches!(
            decode("姓名,电话\n".as_bytes()),
            Some(Cow::Borrowed(_))
        ));
    }

    #[test]
    fn byte_order_marks_decide() {
        assert_eq!(
            decode(&utf16le("电话 138", true)).as_deref(),
            Some("电话 138")
        );
        let mut be = vec![0xFE, 0xFF];
        for u in "ID 1".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).as_deref(), Some("ID 1"));
        let mut le32 = vec![0xFF, 0xFE, 0, 0];
        for c in "名1".chars() {
            le32.extend_from_slice(&(c as u32).to_le_bytes());
        }
        assert_eq!(decode(&le32).as_deref(), Some("名1"));
        assert_eq!(decode(b"\xEF\xBB\xBFabc").as_deref(), Some("abc"));
    }

    #[test]
    fn utf16_without_a_mark_is_seen_by_its_zero_bytes() {
        let text = "Name\tPhone\r\nZhang\t13800138000\r\n";
        assert_eq!(decode(&utf16le(text, false)).as_deref(), Some(text));
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).as_deref(), Some(text));
    }

    #[test]
    fn gb18030_and_big5_are_decoded() {
        let text =
            "低保对象名单：张三丰，家庭住址不详，联系电话见附件。本表由街道办事处统一汇总上报。";
        let (gb, _, _) = encoding_rs::GB18030.encode(text);
        assert_eq!(decode(&gb).as_deref(), Some(text));
        let trad =
            "低保對象名單：張三豐，家庭住址不詳，聯繫電話見附件。本表由街道辦事處統一匯總上報。";
        let (big5, _, _) = encoding_rs::BIG5.encode(trad);
        assert_eq!(decode(&big5).as_deref(), Some(trad));
    }

    #[test]
    fn binary_is_not_text() {
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(decode(&noise).is_none());
        assert!(utf8(b"%PDF-1.7\n").is_none());
        assert_eq!(utf8(b"a\tb\n"), Some("a\tb\n"));
        assert_eq!(utf8(b"\xEF\xBB\xBFa,b\n"), Some("\u{FEFF}a,b\n"));
    }

    #[test]
    fn markup_is_recognised_by_content() {
        assert!(looks_like_markup(
            "\n<html><table><tr><td>1</td></tr></table></html>"
        ));
        assert!(looks_like_markup("<?xml version=\"1.0\"?><svg/>"));
        assert!(!looks_like_markup("a,b\n1,2\n"));
    }
}
