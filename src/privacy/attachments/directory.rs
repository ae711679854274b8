//! vCard and iCalendar files (`.vcf`, `.ics`, RFC 2425 directory text, as phones and mail programs export contacts
//! and calendars). They are text, but not as written: a long line is folded (a line break and a space inside a
//! phone number), vCard 2.1 writes names in quoted-printable (`FN;ENCODING=QUOTED-PRINTABLE:=E5=8F=B8…`) under
//! their own `CHARSET`, and a photo or an attachment is a whole file in base64. The unfolded, decoded text is read
//! as one more part, and each base64 value as a file of its own.

use super::{Budget, Location, MAX_DEPTH, Reading, data_uri, read_nested, too_deep, too_large};
use crate::messages::msg;

/// How many base64 values of one file are read; more is refused.
const MAX_FILES: usize = 1_000;

/// Whether `text` is a vCard or an iCalendar file.
pub(super) fn looks_like_directory(text: &str) -> bool {
    let head = text.trim_start_matches('\u{FEFF}').trim_start();
    let head = head.get(..head.len().min(16)).unwrap_or("");
    let upper = head.to_ascii_uppercase();
    upper.starts_with("BEGIN:VCARD") || upper.starts_with("BEGIN:VCALENDAR")
}

pub(super) fn read(text: &str, depth: usize, budget: &mut Budget) -> Reading<'static> {
    let mut r = Reading::default();
    let mut unfolded = String::new();
    // The values as a contacts or calendar program shows them (see [`shown_value`]).
    let mut shown = String::new();
    let mut files = 0;
    for line in logical_lines(text) {
        let Some((head, value)) = line.split_once(':') else {
            unfolded.push_str(&line);
            unfolded.push('\n');
            continue;
        };
        let mut params = head.split(';');
        let name = params.next().unwrap_or("").to_string();
        let params: Vec<String> = params.map(|p| p.to_ascii_uppercase()).collect();
        let has = |want: &str| {
            params
                .iter()
                .any(|p| p == want || p.strip_prefix("ENCODING=") == Some(want))
        };
        let charset = params
            .iter()
            .find_map(|p| p.strip_prefix("CHARSET="))
            .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
            .unwrap_or(encoding_rs::UTF_8);
        unfolded.push_str(head);
        unfolded.push(':');
        if has("QUOTED-PRINTABLE") {
            unfolded.push_str(&charset.decode(&quoted_printable(value)).0);
        } else if has("B") || has("BASE64") {
            let location = Location::word(msg!("place-property-value", property = name));
            files += 1;
            if files > MAX_FILES {
                r.block(
                    location,
                    msg!("unread-directory-too-many", limit = MAX_FILES),
                );
            } else if depth + 1 >= MAX_DEPTH {
                r.block(location, too_deep());
            } else {
                let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
                match data_uri::decode(&compact) {
                    Some(bytes) if budget.take(bytes.len() as u64) => {
                        let inner = read_nested("", &bytes, depth + 1, budget);
                        r.nest(&location, inner);
                    }
                    Some(_) => r.block(&location, too_large()),
                    None => r.block(&location, msg!("unread-base64")),
                }
            }
        } else {
            unfolded.push_str(value);
            if params.iter().any(|p| p == "FMTTYPE=TEXT/HTML") && depth + 1 < MAX_DEPTH {
                // A fragment, as a calendar program shows it in a page of its own.
                let page = format!("<!doctype html><html><body>{value}</body></html>");
                let inner = read_nested("", page.as_bytes(), depth + 1, budget);
                let location =
                    Location::word(msg!("place-property-value", property = name.clone()));
                r.nest(&location, inner);
            }
            shown.push_str(&shown_value(&name, value));
            shown.push('\n');
        }
        unfolded.push('\n');
    }
    r.extracted(msg!("place-unfolded"), unfolded);
    r.extracted(msg!("place-unfolded"), shown);
    r
}

/// A value as shown: the text escapes of RFC 5545 and 6350 decoded (`\,` `\;` `\\` `\n`), and the parts of a
/// structured name (`N:司马;青云;;;`, family name first) or address joined, without a space as a Chinese name is
/// written and with one as a Latin one is.
fn shown_value(name: &str, value: &str) -> String {
    fn push(parts: &mut [String], c: char) {
        if let Some(p) = parts.last_mut() {
            p.push(c);
        }
    }
    let structured = ["N", "ADR", "ORG"].iter().any(|n| {
        name.eq_ignore_ascii_case(n) || name.to_ascii_uppercase().ends_with(&format!(".{n}"))
    });
    let mut parts = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => push(&mut parts, '\n'),
                Some(d) => push(&mut parts, d),
                None => {}
            },
            ';' if structured => parts.push(String::new()),
            c => push(&mut parts, c),
        }
    }
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    if structured && parts.len() > 1 {
        format!("{}\n{}", parts.concat(), parts.join(" "))
    } else {
        parts.join(" ")
    }
}

/// The content lines, unfolded: a line starting with a space or tab continues the one before (the space removed),
/// and so does the line after a quoted-printable value ending in a soft break (`=`).
fn logical_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut soft = false;
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match out.last_mut() {
            Some(last) if line.starts_with([' ', '\t']) => last.push_str(&line[1..]),
            Some(last) if soft => last.push_str(line),
            _ => out.push(line.to_string()),
        }
        soft = out.last().is_some_and(|l| {
            l.to_ascii_uppercase().contains("QUOTED-PRINTABLE") && l.ends_with('=')
        });
        if soft && let Some(last) = out.last_mut() {
            last.pop();
        }
    }
    out
}

/// Quoted-printable decoded: `=HH` is a byte, anything else itself.
fn quoted_printable(value: &str) -> Vec<u8> {
    let b = value.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::read;

    #[test]
    fn folded_lines_quoted_printable_and_base64_values_are_read() {
        let qp: String = "张三丰".bytes().map(|b| format!("={b:02X}")).collect();
        let note = data_encoding::BASE64.encode("tel 13800138000".as_bytes());
        let card = format!(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{}=\r\n{}\r\nNOTE:138\r\n 00138000\r\nX-DOC;ENCODING=BASE64:{note}\r\nEND:VCARD\r\n",
            &qp[..9],
            &qp[9..]
        );
        let r = read("a.vcf", card.as_bytes());
        let text: Vec<&str> = r.parts.iter().map(|p| p.text.as_ref()).collect();
        let all = text.join("|");
        assert!(
            all.contains("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:张三丰"),
            "{all}"
        );
        assert!(all.contains("NOTE:13800138000"), "{all}");
        assert!(
            r.parts
                .iter()
                .any(|p| p.location == "X-DOC value" && p.text.contains("tel 13800138000"))
        );
    }
}
