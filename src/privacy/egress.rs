//! The last gate: every output file's bytes, in memory, are searched once more before anything touches the disk.
//! A hit here means an earlier stage let something through (a template, a theme string, a generated label), so the
//! build fails rather than publish it. Besides the detectors, a broad net flags any run of 15 to 19 digits that no
//! source string contained after redaction. Markup is read as a browser reads it ([`crate::html::scan`]): its
//! visible prose, hidden text, attribute values, scripts and styles, with character references, percent-escapes
//! and script and style escapes decoded, so `%31%33…`, `&#49…` or `\u0031…` cannot smuggle a number out.

use std::collections::BTreeSet;

use rayon::prelude::*;

use super::detect::{Detector, Kind};
use crate::diagnostics::{Diagnostic, display_path};
use crate::html::scan::View;
use crate::html::{self, Dialect, Reading};
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
    let hidden = hidden_classes_of(files);
    files
        .par_iter()
        .filter(|f| is_text(&f.path))
        .filter_map(|f| scan_file(f, detector, cleared, &hidden))
        .collect()
}

/// The classes the published style sheets hide, so that markup is read as it is shown.
fn hidden_classes_of(files: &[OutputFile]) -> Vec<String> {
    let mut all: Vec<String> = files
        .iter()
        .filter(|f| f.path.ends_with(".css"))
        .flat_map(|f| html::hidden_classes(&String::from_utf8_lossy(&f.bytes)))
        .collect();
    all.sort();
    all.dedup();
    all
}

fn scan_file(
    f: &OutputFile,
    detector: &Detector,
    cleared: &BTreeSet<String>,
    hidden_classes: &[String],
) -> Option<Diagnostic> {
    let text = String::from_utf8_lossy(&f.bytes);
    let views = match Dialect::of_path(&f.path) {
        Some(dialect) => html::scan::views(
            &text,
            Reading {
                dialect,
                hidden_classes,
            },
        ),
        None => plain_views(&f.path, &text),
    };
    let mut hit: Option<(Kind, usize)> = None;
    for view in &views {
        if let Some(found) = detector.find(&view.text).first() {
            hit = Some((found.kind, view.line_at(found.start)));
            break;
        }
        let mut runs = BTreeSet::new();
        long_runs(&view.text, &mut runs);
        if let Some(run) = runs.iter().find(|r| !cleared.contains(*r)) {
            let at = view.text.find(run.as_str()).unwrap_or(0);
            hit = Some((Kind::LongNumber, view.line_at(at)));
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
        .without_source()
    })
}

/// A file that is not markup, as it is and decoded when it holds escapes: percent-escapes and character
/// references anywhere, and the escapes of scripts, JSON and style sheets in those.
fn plain_views(path: &str, text: &str) -> Vec<View> {
    let mut views = vec![View::from_text(text.to_string())];
    if needs_decoding(text) {
        views.push(View::from_text(decode(text)));
    }
    if text.contains('\\') {
        let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        let decoded = match ext.as_str() {
            "js" | "mjs" | "json" | "webmanifest" => Some(html::decode_js(text)),
            "css" => Some(html::decode_css(text)),
            _ => None,
        };
        if let Some(decoded) = decoded.filter(|d| d != text) {
            views.push(View::from_text(decoded.into_owned()));
        }
    }
    views
}

fn needs_decoding(text: &str) -> bool {
    text.contains('%') || text.contains("&#")
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
                &[file("a.html", "<img alt='电话 13800138000' src=x.png>")],
                &d,
                &BTreeSet::new()
            )
            .len(),
            1
        );
        assert_eq!(
            scan(
                &[file("a.html", "<a href=mailto:zhang@example.cn>x</a>")],
                &d,
                &BTreeSet::new()
            )
            .len(),
            1
        );
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
    fn svg_text_spans_join_but_separate_labels_do_not() {
        let d = detector();
        let none = BTreeSet::new();
        let svg = |body: &str| {
            file(
                "chart.svg",
                &format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{body}</svg>"),
            )
        };
        assert_eq!(
            scan(
                &[svg("<text>电话138<tspan>0013</tspan>8000</text>")],
                &d,
                &none
            )
            .len(),
            1
        );
        assert!(scan(&[svg("<text>138</text><text>00138000</text>")], &d, &none).is_empty());
    }

    #[test]
    fn escapes_in_scripts_and_data_files_are_decoded() {
        let d = detector();
        let none = BTreeSet::new();
        let escaped =
            "\\u0031\\u0033\\u0038\\u0030\\u0030\\u0031\\u0033\\u0038\\u0030\\u0030\\u0030";
        for path in ["a.js", "a.json"] {
            let f = file(path, &format!("var t = \"{escaped}\";"));
            assert_eq!(scan(&[f], &d, &none).len(), 1, "{path}");
        }
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
