//! The last gate: every output file's bytes, in memory, are searched once more before anything touches the disk.
//! A hit here means an earlier stage let something through (a template, a theme string, a generated label), so the
//! build fails rather than publish it. Besides the detectors, a broad net flags any run of 15 to 19 digits that no
//! source string contained after redaction, and the text is also searched with percent-escapes and character
//! references decoded, so `%31%33…` or `&#49;…` cannot smuggle a number out.

use std::collections::BTreeSet;

use super::detect::{Detector, Kind};
use crate::diagnostics::{Diagnostic, display_path};
use crate::render::OutputFile;

/// Output files that are text, and so can be scanned.
pub fn is_text(path: &str) -> bool {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    matches!(
        ext.as_str(),
        "html"
            | "htm"
            | "svg"
            | "xml"
            | "json"
            | "csv"
            | "js"
            | "mjs"
            | "css"
            | "txt"
            | "md"
            | "webmanifest"
    )
}

/// One error per output file that still contains personal data, naming the output and its source, never the value.
pub fn scan(
    files: &[OutputFile],
    detector: &Detector,
    cleared: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    files
        .par_iter()
        .filter(|f| is_text(&f.path))
        .filter_map(|f| {
            let text = String::from_utf8_lossy(&f.bytes);
            let decoded = if text.contains('%') || text.contains("&#") {
                decode(&text)
            } else {
                String::new()
            };
            let markup = [".html", ".htm", ".svg", ".xml"]
                .iter()
                .any(|e| f.path.ends_with(e));
            let read = if markup {
                as_read(decoded_or(&decoded, &text))
            } else {
                String::new()
            };
            let mut hit: Option<(Kind, usize)> = None;
            for view in [&*text, decoded.as_str(), read.as_str()] {
                if let Some(found) = detector.find(view).first() {
                    hit = Some((found.kind, line_of(view, found.start)));
                    break;
                }
                let mut runs = BTreeSet::new();
                long_runs(view, &mut runs);
                if let Some(run) = runs.iter().find(|r| !cleared.contains(*r)) {
                    hit = Some((
                        Kind::LongNumber,
                        view.find(run.as_str()).map_or(0, |at| line_of(view, at)),
                    ));
                    break;
                }
            }
            hit.map(|(kind, line)| {
                Diagnostic::error(
                    format!("public/{}", f.path),
                    line,
                    0,
                    format!("the output still contains personal data: {}", kind.name()),
                )
                .hint(format!(
                    "it came from {} (or the theme); remove it there. Nothing was published",
                    display_path(&f.source)
                ))
            })
        })
        .collect()
}

fn decoded_or<'a>(decoded: &'a str, text: &'a str) -> &'a str {
    if decoded.is_empty() { text } else { decoded }
}

/// Markup as a reader sees it: inline tags vanish (`138<em>0013</em>8000` reads as one number), line breaks stay
/// line breaks, and block tags become a hard stop, so figures in neighbouring table cells never run together.
fn as_read(markup: &str) -> String {
    const INLINE: [&str; 18] = [
        "a", "span", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "small",
        "mark", "code", "abbr", "time", "data",
    ];
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let tag = &rest[open + 1..open + close];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name == "br" || name == "wbr" {
            out.push('\n');
        } else if !INLINE.contains(&name.as_str()) {
            out.push('\u{1}');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Adds every run of 15 to 19 ASCII digits in `text` to `set`.
pub fn long_runs(text: &str, set: &mut BTreeSet<String>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if (15..=19).contains(&(i - start)) {
                set.insert(text[start..i].to_string());
            }
        } else {
            i += 1;
        }
    }
}

/// Percent-escapes and numeric character references decoded; anything else kept as it is.
fn decode(text: &str) -> String {
    let mut bytes = Vec::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).and_then(|c| hex(*c)),
                b.get(i + 2).and_then(|c| hex(*c)),
            )
        {
            bytes.push(h * 16 + l);
            i += 3;
            continue;
        }
        if b[i] == b'&' && b.get(i + 1) == Some(&b'#') {
            let end = b[i..].iter().take(12).position(|&c| c == b';');
            if let Some(end) = end
                && let Ok(body) = std::str::from_utf8(&b[i + 2..i + end])
            {
                let n = match body.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => body.parse().ok(),
                };
                if let Some(c) = n.and_then(char::from_u32) {
                    let mut buf = [0; 4];
                    bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    i += end + 1;
                    continue;
                }
            }
        }
        bytes.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
            source: PathBuf::from("themes/default/templates/page.html"),
        }
    }

    fn detector() -> Detector {
        Detector::new(
            &["##paidbegin##".into()],
            &[],
            &["张三丰".into()],
            "〔已隐去〕",
        )
    }

    #[test]
    fn finds_what_slipped_through_and_names_no_value() {
        let files = vec![
            file("a/index.html", "ok\n电话 13800138000"),
            file("b.css", "body{}"),
            file("c.png", "13800138000"),
        ];
        let hits = scan(&files, &detector(), &BTreeSet::new());
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].line, 2);
        assert!(!hits[0].message.contains("13800138000") && !hits[0].hint.contains("13800138000"));
    }

    #[test]
    fn encoded_numbers_and_unexplained_long_runs_are_caught() {
        let d = detector();
        assert_eq!(
            scan(
                &[file(
                    "a.html",
                    "<a href=\"tel:%31%33%38%30%30%31%33%38%30%30%30\">"
                )],
                &d,
                &BTreeSet::new()
            )
            .len(),
            1
        );
        assert_eq!(
            scan(
                &[file("a.html", "&#49;&#51;&#56;00138000")],
                &d,
                &BTreeSet::new()
            )
            .len(),
            1
        );
        let mut cleared = BTreeSet::new();
        assert_eq!(
            scan(&[file("a.json", "123456789012345678")], &d, &cleared).len(),
            1
        );
        cleared.insert("123456789012345678".to_string());
        assert!(scan(&[file("a.json", "123456789012345678")], &d, &cleared).is_empty());
    }

    #[test]
    fn numbers_split_by_markup_are_read_whole_but_table_cells_stay_apart() {
        let d = detector();
        let none = BTreeSet::new();
        assert_eq!(
            scan(
                &[file("a.html", "<p>电话138<br />\n0013 8000</p>")],
                &d,
                &none
            )
            .len(),
            1
        );
        assert_eq!(
            scan(
                &[file("a.html", "<p>电话138<em>0013</em>8000</p>")],
                &d,
                &none
            )
            .len(),
            1
        );
        assert!(
            scan(
                &[file("a.html", "<td>138</td><td>00138000</td>")],
                &d,
                &none
            )
            .is_empty()
        );
    }

    #[test]
    fn roster_names_are_caught() {
        assert_eq!(
            scan(
                &[file("a.html", "<p>张三丰</p>")],
                &detector(),
                &BTreeSet::new()
            )
            .len(),
            1
        );
    }
}
