//! RTF, which Word and WPS save and which many portals publish as `.doc`. Its text is not readable as it stands:
//! Chinese is written as `\'d5\'c5` (bytes of the document's code page) or `\u24352?`, and a number may be split
//! by control words and groups (`{\b 138}{\i 0013}8000`). The reader decodes both, drops control words and keeps
//! text runs together across groups; paragraphs, lines and table cells end a run. A picture (`\pict`), an embedded
//! object (`\objdata`) or raw binary data (`\bin`) cannot be read: a blocker.

use encoding_rs::Encoding;

use super::xml::STOP;
use super::{Location, Reading};
use crate::messages::{Message, msg};

/// Whether `bytes` is an RTF document.
pub(super) fn is_rtf(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    start.trim_ascii_start().starts_with(b"{\\rtf")
}

/// The decoded text of an RTF document (the file itself is kept as whole text, as it is published).
pub(super) fn read(bytes: &[u8]) -> Reading<'static> {
    let source = String::from_utf8_lossy(bytes).into_owned();
    let mut r = Reading::text(std::borrow::Cow::Owned(source));
    let page = code_page(bytes);
    let decoded = decode(bytes, page);
    for why in &decoded.blockers {
        r.block(Location::here(), Message::new(why));
    }
    r.extracted(msg!("place-rtf-text"), decoded.text);
    // Word on a Western system writes Chinese in a GB2312 font (`\fcharset134`) under `\ansicpg1252`.
    if decoded.high_bytes && page != encoding_rs::GB18030 {
        r.extracted(
            msg!("place-rtf-gb18030"),
            decode(bytes, encoding_rs::GB18030).text,
        );
    }
    r
}

/// The encoding of `\'hh` bytes, from `\ansicpgN` (Windows-1252 when it is missing).
fn code_page(bytes: &[u8]) -> &'static Encoding {
    let Some(at) = bytes.windows(8).position(|w| w == b"\\ansicpg") else {
        return encoding_rs::WINDOWS_1252;
    };
    let digits: String = bytes[at + 8..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .map(|&b| b as char)
        .collect();
    match digits.as_str() {
        "936" | "54936" => encoding_rs::GB18030,
        "950" => encoding_rs::BIG5,
        "932" => encoding_rs::SHIFT_JIS,
        "949" => encoding_rs::EUC_KR,
        "65001" => encoding_rs::UTF_8,
        n => Encoding::for_label(format!("windows-{n}").as_bytes())
            .unwrap_or(encoding_rs::WINDOWS_1252),
    }
}

struct Decoded {
    text: String,
    blockers: Vec<&'static str>,
    high_bytes: bool,
}

/// Control words that end a stretch of text.
const BREAKS: &[&str] = &[
    "par", "line", "cell", "row", "sect", "page", "tab", "nestcell", "lbr",
];

fn decode(bytes: &[u8], page: &'static Encoding) -> Decoded {
    let mut out = Decoded {
        text: String::new(),
        blockers: Vec::new(),
        high_bytes: false,
    };
    // Bytes of `\'hh` escapes not yet decoded (a GBK character is two of them).
    let mut pending: Vec<u8> = Vec::new();
    let flush = |pending: &mut Vec<u8>, text: &mut String| {
        if !pending.is_empty() {
            text.push_str(&page.decode_without_bom_handling(pending).0);
            pending.clear();
        }
    };
    // `\ucN` (how many fallback characters follow a `\u`), per group.
    let mut uc = vec![1usize];
    let mut skip = 0usize;
    // The group depth from which on a picture's or object's hex data is being skipped (not text: a picture's hex
    // digits would read as numbers).
    let mut data_from: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'{' => {
                uc.push(*uc.last().unwrap_or(&1));
                i += 1;
            }
            b'}' => {
                if data_from == Some(uc.len()) {
                    data_from = None;
                }
                if uc.len() > 1 {
                    uc.pop();
                }
                i += 1;
            }
            _ if data_from.is_some() && b != b'\\' => i += 1,
            b'\\' => {
                let Some(&next) = bytes.get(i + 1) else { break };
                if next == b'\'' {
                    let hex = bytes
                        .get(i + 2..i + 4)
                        .and_then(|h| std::str::from_utf8(h).ok());
                    if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                        if skip > 0 {
                            skip -= 1;
                        } else {
                            out.high_bytes |= v >= 0x80;
                            pending.push(v);
                        }
                    }
                    i += 4;
                    continue;
                }
                flush(&mut pending, &mut out.text);
                if !next.is_ascii_alphabetic() {
                    match next {
                        b'\\' | b'{' | b'}' => out.text.push(next as char),
                        b'~' => out.text.push(' '),
                        b'_' => out.text.push('-'),
                        _ => {}
                    }
                    i += 2;
                    continue;
                }
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
                    j += 1;
                }
                let word = std::str::from_utf8(&bytes[start..j]).unwrap_or("");
                let num_start = j;
                if j < bytes.len() && bytes[j] == b'-' {
                    j += 1;
                }
                while j < bytes.len() && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                let num: Option<i64> = std::str::from_utf8(&bytes[num_start..j])
                    .ok()
                    .and_then(|n| n.parse().ok());
                if j < bytes.len() && bytes[j] == b' ' {
                    j += 1;
                }
                i = j;
                match word {
                    "u" => {
                        let n = num.unwrap_or(0);
                        let n = if n < 0 { n + 65536 } else { n };
                        if let Some(c) = u32::try_from(n).ok().and_then(char::from_u32) {
                            out.text.push(c);
                        }
                        skip = *uc.last().unwrap_or(&1);
                    }
                    "uc" => {
                        if let (Some(last), Some(n)) = (uc.last_mut(), num) {
                            *last = usize::try_from(n).unwrap_or(1);
                        }
                    }
                    "bin" => {
                        out.blockers.push("unread-rtf-binary");
                        i = i.saturating_add(usize::try_from(num.unwrap_or(0)).unwrap_or(0));
                    }
                    "pict" => {
                        data_from.get_or_insert(uc.len());
                        out.blockers.push("unread-rtf-picture");
                    }
                    "objdata" => {
                        data_from.get_or_insert(uc.len());
                        out.blockers.push("unread-rtf-object");
                    }
                    w if BREAKS.contains(&w) => out.text.push(STOP),
                    _ => {}
                }
            }
            b'\r' | b'\n' => i += 1,
            _ => {
                if skip > 0 {
                    skip -= 1;
                } else {
                    flush(&mut pending, &mut out.text);
                    let len = utf8_len(b);
                    out.text.push_str(&String::from_utf8_lossy(
                        &bytes[i..(i + len).min(bytes.len())],
                    ));
                    i += len;
                    continue;
                }
                i += 1;
            }
        }
    }
    flush(&mut pending, &mut out.text);
    out.blockers.sort_unstable();
    out.blockers.dedup();
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(rtf: &str) -> String {
        read(rtf.as_bytes())
            .parts
            .iter()
            .skip(1)
            .map(|p| p.text.to_string())
            .collect()
    }

    #[test]
    fn unicode_and_code_page_escapes_are_decoded() {
        let gbk: String = encoding_rs::GBK
            .encode("张三丰")
            .0
            .iter()
            .map(|b| format!("\\'{b:02x}"))
            .collect();
        assert!(text(&format!("{{\\rtf1\\ansi\\ansicpg936 {gbk}\\par}}")).contains("张三丰"));
        assert!(text("{\\rtf1\\uc1 \\u30005?\\u35805?\\u49?\\u51?}").contains("电话13"));
    }

    #[test]
    fn groups_and_formatting_do_not_split_a_number() {
        assert!(
            text("{\\rtf1 Tel {\\b 138}{\\i 0013}\\cf1 8000\\par}").contains("Tel 13800138000")
        );
        assert!(text("{\\rtf1 1\\par 2}").contains("1\u{1}2"));
    }

    #[test]
    fn pictures_are_blockers() {
        let r = read(b"{\\rtf1 {\\pict\\pngblip 89504e47}}");
        assert!(!r.is_complete());
        assert!(is_rtf(b"  {\\rtf1"));
    }
}
