//! The last gate: every output file's bytes, in memory, are searched once more before anything touches the disk.
//! A hit here means an earlier stage let something through (a template, a theme string, a generated label), so the
//! build fails rather than publish it. Besides the detectors, a broad net flags any run of 15 to 19 digits that no
//! source string contained after redaction. Markup is read as its prose and its attribute values, each with
//! percent-escapes and character references decoded, so `%31%33…` or `&#49;…` cannot smuggle a number out.
//!
//! What a file is comes from its content, never its name ([`attachments`]): a document, archive or image is read
//! part by part, a hit inside it fails the build (it cannot be redacted in place), and a file that cannot be read
//! in full is published only when `privacy.reviewed` lists its exact SHA-256.

use std::collections::BTreeSet;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::attachments::{self, Reading};
use super::detect::{Detector, Kind};
use super::names::{find_in_name, masked};
use crate::diagnostics::{Diagnostic, display_path};
use crate::load::config::Reviewed;
use crate::render::OutputFile;
use crate::render::html::tag_end;

/// How many places inside one attachment an error lists.
const MAX_PLACES: usize = 8;

/// Every output file read by its content ([`attachments::read`]): errors for personal data still in it (naming
/// the output and its source, or the place inside an attachment, never the value), for a name that holds personal
/// data, and for a file that cannot be read in full and is not listed in `privacy.reviewed` with its current hash.
pub fn scan(
    files: &[OutputFile],
    detector: &Detector,
    cleared: &BTreeSet<String>,
    reviewed: &[Reviewed],
) -> Vec<Diagnostic> {
    files
        .par_iter()
        .flat_map_iter(|f| scan_output(f, detector, cleared, reviewed))
        .collect()
}

fn scan_output(
    f: &OutputFile,
    detector: &Detector,
    cleared: &BTreeSet<String>,
    reviewed: &[Reviewed],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let source = display_path(&f.source);
    if let Some(found) = find_in_name(detector, &f.path).first() {
        out.push(
            Diagnostic::error(
                format!("public/{}", masked(detector, &f.path)),
                0,
                0,
                format!(
                    "the output file name contains personal data ({}), which would be published in the address",
                    found.2.name()
                ),
            )
            .hint(format!(
                "it came from {} (or the theme); rename it there. Nothing was published",
                masked(detector, &source)
            ))
            .without_source(),
        );
    }
    let reading = attachments::read(&f.path, &f.bytes);
    let mut places: Vec<(String, Kind)> = Vec::new();
    for part in &reading.parts {
        let top = part.location.is_empty();
        let markup = part.markup
            || (part.whole && is_markup_name(if top { &f.path } else { &part.location }));
        // Long digit runs were cleared against the sources' UTF-8 text; decoded or extracted text was not there.
        let net = top && matches!(part.text, std::borrow::Cow::Borrowed(_));
        let Some((kind, line)) =
            find_in_text(&part.text, markup, part.whole, net, detector, cleared)
        else {
            continue;
        };
        if top {
            out.push(text_leak(f, &source, kind, line, detector));
        } else {
            places.push((masked(detector, &part.location), kind));
        }
    }
    if !places.is_empty() {
        out.push(attachment_leak(&source, &places, detector));
    }
    out.extend(unread(f, &source, &reading, reviewed, detector));
    out
}

/// Whether a file or entry name says markup; content that looks like markup is caught by the reader.
fn is_markup_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".html", ".htm", ".svg", ".xml", ".xhtml"]
        .iter()
        .any(|e| lower.ends_with(e))
}

fn text_leak(
    f: &OutputFile,
    source: &str,
    kind: Kind,
    line: usize,
    detector: &Detector,
) -> Diagnostic {
    Diagnostic::error(
        format!("public/{}", masked(detector, &f.path)),
        line,
        0,
        format!("the output still contains personal data: {}", kind.name()),
    )
    .hint(format!(
        "it came from {} (or the theme); remove it there. Nothing was published",
        masked(detector, source)
    ))
    .without_source()
}

/// One error for an attachment, listing where in it personal data was found.
fn attachment_leak(source: &str, places: &[(String, Kind)], detector: &Detector) -> Diagnostic {
    let mut list: Vec<String> = places
        .iter()
        .take(MAX_PLACES)
        .map(|(at, kind)| format!("{} at {at}", kind.name()))
        .collect();
    if places.len() > MAX_PLACES {
        list.push(format!("and {} more", places.len() - MAX_PLACES));
    }
    Diagnostic::error(
        masked(detector, source),
        0,
        0,
        format!("this file contains personal data: {}", list.join("; ")),
    )
    .hint(
        "an attachment cannot be redacted in place, so the build fails: remove the data from the file (from an \
         image, its metadata) or publish a version without it, and build again. Nothing was published",
    )
    .without_source()
}

/// An error for a file that could not be read in full, unless a person reviewed exactly these bytes. A theme's
/// own images and fonts pass: they are the theme author's artwork, not a portal's documents.
fn unread(
    f: &OutputFile,
    source: &str,
    reading: &Reading,
    reviewed: &[Reviewed],
    detector: &Detector,
) -> Option<Diagnostic> {
    let theme = source.starts_with("themes/");
    let blockers: Vec<_> = reading
        .blockers
        .iter()
        .filter(|b| !(theme && b.asset))
        .collect();
    if blockers.is_empty() {
        return None;
    }
    let hash = sha256_hex(&f.bytes);
    let entry = reviewed
        .iter()
        .find(|r| r.file.trim_start_matches("./") == source);
    let shown = masked(detector, source);
    if let Some(r) = entry {
        if r.sha256.eq_ignore_ascii_case(&hash) {
            return None;
        }
        return Some(
            Diagnostic::error(
                shown.as_str(),
                0,
                0,
                format!("this file changed since it was reviewed (privacy.reviewed lists sha256 {})", r.sha256),
            )
            .hint(format!(
                "look at the new version for personal data; if it has none, set its sha256 in site.yaml to {hash}. \
                 Nothing was published"
            ))
            .without_source(),
        );
    }
    let mut why: Vec<String> = blockers
        .iter()
        .take(MAX_PLACES)
        .map(|b| match b.location.as_str() {
            "" => b.reason.clone(),
            at => format!("{}: {}", masked(detector, at), b.reason),
        })
        .collect();
    if blockers.len() > MAX_PLACES {
        why.push(format!("and {} more", blockers.len() - MAX_PLACES));
    }
    Some(
        Diagnostic::error(
            shown.as_str(),
            0,
            0,
            format!("Sunlight cannot read all of this file, so it is not published: {}", why.join("; ")),
        )
        .hint(format!(
            "publish a text version (a PDF with a text layer, DOCX, XLSX, CSV) instead, or have a person check it \
             for personal data and list it in site.yaml under privacy.reviewed: \
             {{file: {shown}, sha256: {hash}, reason: …}}. Nothing was published"
        ))
        .without_source(),
    )
}

/// The SHA-256 of a file in lower-case hexadecimal, as `privacy.reviewed` lists it (and `sha256sum` prints it).
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The first finding in `text` and its line (0 when it has none to give). Markup is read once, as its prose
/// followed by its attribute values (a hard stop between them); other text as it is, and decoded when it holds
/// escapes. `net` adds the check for long digit runs that no source contained.
fn find_in_text(
    text: &str,
    markup: bool,
    whole: bool,
    net: bool,
    detector: &Detector,
    cleared: &BTreeSet<String>,
) -> Option<(Kind, usize)> {
    let (views, prose_len): (Vec<std::borrow::Cow<str>>, usize) = if markup {
        let (mut prose, attrs) = split_markup(text);
        prose = decode_if_needed(prose);
        let prose_len = prose.len();
        prose.push('\u{1}');
        prose.push_str(&decode_if_needed(attrs));
        (vec![prose.into()], prose_len)
    } else if needs_decoding(text) {
        (vec![text.into(), decode(text).into()], usize::MAX)
    } else {
        (vec![text.into()], usize::MAX)
    };
    for view in &views {
        if let Some(found) = detector.find(view).first() {
            let line = if whole {
                line_in(view, found.start, found.start >= prose_len)
            } else {
                0
            };
            return Some((found.kind, line));
        }
        if !net {
            continue;
        }
        let mut runs = BTreeSet::new();
        long_runs(view, &mut runs);
        if let Some(run) = runs.iter().find(|r| !cleared.contains(*r)) {
            return Some((
                Kind::LongNumber,
                text.find(run.as_str()).map_or(0, |at| line_of(text, at)),
            ));
        }
    }
    None
}

fn needs_decoding(text: &str) -> bool {
    text.contains('%') || text.contains("&#") || text.contains("\\u")
}

fn decode_if_needed(text: String) -> String {
    if needs_decoding(&text) {
        decode(&text)
    } else {
        text
    }
}

/// The line in the file of a finding made in a view. The prose view keeps the file's line breaks (tags seldom span
/// lines), so counting them is close; the attribute view has none, and reports no line.
fn line_in(view: &str, at: usize, attributes: bool) -> usize {
    if attributes { 0 } else { line_of(view, at) }
}

/// Markup as a reader sees it, and its attribute values. In the prose, inline tags vanish (`138<em>0013</em>8000`
/// reads as one number), line breaks stay line breaks, and block tags become a hard stop, so figures in
/// neighbouring table cells never run together. Attribute values (links, titles, alt text) are collected apart,
/// each ending in a hard stop.
fn split_markup(markup: &str) -> (String, String) {
    const INLINE: [&str; 18] = [
        "a", "span", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "small",
        "mark", "code", "abbr", "time", "data",
    ];
    let mut prose = String::with_capacity(markup.len());
    let mut attrs = String::new();
    let mut rest = markup;
    while let Some(open) = rest.find('<') {
        prose.push_str(&rest[..open]);
        let Some(close) = tag_end(&rest[open..]) else {
            prose.push_str(&rest[open..]);
            return (prose, attrs);
        };
        let tag = &rest[open + 1..open + close];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name == "br" || name == "wbr" {
            prose.push('\n');
        } else if !INLINE.contains(&name.as_str()) {
            prose.push('\u{1}');
        }
        attribute_values(tag, &mut attrs);
        rest = &rest[open + close + 1..];
    }
    prose.push_str(rest);
    (prose, attrs)
}

/// Appends every attribute value of a tag (quoted or not) to `out`, each followed by a hard stop.
fn attribute_values(tag: &str, out: &mut String) {
    let mut chars = tag.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '=' {
            continue;
        }
        match chars.peek().copied() {
            Some(q @ ('"' | '\'')) => {
                chars.next();
                for c in chars.by_ref() {
                    if c == q {
                        break;
                    }
                    out.push(c);
                }
            }
            _ => {
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || c == '/' {
                        break;
                    }
                    out.push(c);
                    chars.next();
                }
            }
        }
        out.push('\u{1}');
    }
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
        if b[i] == b'\\'
            && let Some((c, len)) = unicode_escape(&b[i..])
        {
            let mut buf = [0; 4];
            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += len;
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

/// A JSON or JavaScript `\\uXXXX` escape (a surrogate pair as one character) at the start of `b`, and its length.
fn unicode_escape(b: &[u8]) -> Option<(char, usize)> {
    let unit = |at: usize| -> Option<u32> {
        if b.get(at) != Some(&b'\\') || b.get(at + 1) != Some(&b'u') {
            return None;
        }
        let digits = std::str::from_utf8(b.get(at + 2..at + 6)?).ok()?;
        u32::from_str_radix(digits, 16).ok()
    };
    let first = unit(0)?;
    if (0xD800..0xDC00).contains(&first)
        && let Some(second) = unit(6).filter(|s| (0xDC00..0xE000).contains(s))
    {
        let c = char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))?;
        return Some((c, 12));
    }
    char::from_u32(first).map(|c| (c, 6))
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

    /// The scan with nothing reviewed.
    fn scan(files: &[OutputFile], d: &Detector, cleared: &BTreeSet<String>) -> Vec<Diagnostic> {
        super::scan(files, d, cleared, &[])
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
            // Read by its content, whatever its name says.
            file("c.png", "13800138000"),
        ];
        let hits = scan(&files, &detector(), &BTreeSet::new());
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].line, 2);
        for h in &hits {
            assert!(!h.message.contains("13800138000") && !h.hint.contains("13800138000"));
        }
    }

    fn binary(path: &str, bytes: &[u8]) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: bytes.to_vec(),
            source: PathBuf::from("static").join(path),
        }
    }

    #[test]
    fn names_are_read_with_letters_and_digits_apart() {
        let hits = scan(
            &[file("tel13800138000.html", "ok")],
            &detector(),
            &BTreeSet::new(),
        );
        assert_eq!(hits.len(), 1);
        assert!(hits[0].message.contains("file name"));
        assert_eq!(hits[0].file, PathBuf::from("public/tel〔已隐去〕.html"));
    }

    #[test]
    fn unreadable_files_need_a_review_of_their_exact_bytes() {
        let d = detector();
        let none = BTreeSet::new();
        let bytes = [0u8, 159, 146, 150, 0, 1, 2, 3, 200, 201];
        let f = binary("files/scan.bin", &bytes);
        let hits = scan(std::slice::from_ref(&f), &d, &none);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].file, PathBuf::from("static/files/scan.bin"));
        assert!(hits[0].hint.contains(&sha256_hex(&bytes)));
        let review = |sha256: String| Reviewed {
            file: "static/files/scan.bin".into(),
            sha256,
            reason: "checked by hand".into(),
        };
        assert!(
            super::scan(
                std::slice::from_ref(&f),
                &d,
                &none,
                &[review(sha256_hex(&bytes))]
            )
            .is_empty()
        );
        let changed = super::scan(&[f], &d, &none, &[review("00".repeat(32))]);
        assert!(changed[0].message.contains("changed since it was reviewed"));
        assert!(changed[0].hint.contains(&sha256_hex(&bytes)));
    }

    #[test]
    fn a_theme_icon_passes_but_a_site_image_does_not() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\0IEND\xaeB`\x82";
        let mut icon = binary("img/logo.png", png);
        icon.source = PathBuf::from("themes/default/static/img/logo.png");
        assert!(scan(&[icon], &detector(), &BTreeSet::new()).is_empty());
        let photo = binary("img/photo.png", png);
        assert_eq!(scan(&[photo], &detector(), &BTreeSet::new()).len(), 1);
    }

    #[test]
    fn names_and_places_inside_attachments_are_masked() {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        w.start_file("张三丰/list.csv", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut w, "电话,13800138000\n".as_bytes()).unwrap();
        let z = w.finish().unwrap().into_inner();
        let hits = scan(
            &[binary("tel13900139000.zip", &z)],
            &detector(),
            &BTreeSet::new(),
        );
        let all: String = hits
            .iter()
            .map(|h| format!("{} {} {}", h.file.display(), h.message, h.hint))
            .collect();
        assert!(
            all.contains("mobile number at 〔已隐去〕/list.csv"),
            "{all}"
        );
        assert!(all.contains("static/tel〔已隐去〕.zip"), "{all}");
        for value in ["13800138000", "13900139000", "张三丰"] {
            assert!(!all.contains(value), "{all}");
        }
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
    fn json_unicode_escapes_are_decoded() {
        let json = r#"{"tel":"\u0031\u0033\u0038\u0030\u0030\u0031\u0033\u0038\u0030\u0030\u0030","n":"\ud83d\ude00"}"#;
        assert_eq!(
            scan(&[file("a.json", json)], &detector(), &BTreeSet::new()).len(),
            1
        );
        assert_eq!(decode(r"\ud83d\ude00 \u4e2d"), "😀 中");
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
