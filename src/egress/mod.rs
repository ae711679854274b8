//! Stage 5, the last gate: every output file's bytes, in memory, are searched once more before anything touches the
//! disk; only output that passes becomes a [`CheckedOutput`], the one thing `write` takes.
//! A hit here means an earlier stage let something through (a template, a theme string, a generated label), so the
//! build fails rather than publish it. Besides the detectors, a broad net flags any run of 15 to 19 digits that no
//! source string contained after redaction. Markup is read as its prose and its attribute values, each with
//! percent-escapes and character references decoded, so `%31%33…` or `&#49;…` cannot smuggle a number out.
//!
//! What a file is comes from its content, never its name ([`attachments`]): a document, archive or image is read
//! part by part, a hit inside it fails the build (it cannot be redacted in place), and a file that cannot be read
//! in full is published only when `privacy.reviewed` lists its exact SHA-256.

mod clean;

use std::collections::BTreeSet;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::diagnostics::{Diagnostic, display_path};
use crate::html::scan::View;
use crate::html::{self as markup_html, Dialect};
use crate::messages::Arg;
use crate::messages::msg;
use crate::model::config::Reviewed;
use crate::privacy::attachments::{self, Location, Reading};
use crate::privacy::detect::{Detector, Kind};
use crate::privacy::names::{find_in_name, masked};
use crate::privacy::{kind_term, long_runs};
use crate::render::{Output, OutputFile};

/// How many places inside one attachment an error lists.
const MAX_PLACES: usize = 8;

/// Render's output after the scan, with what the scan found. Only this module makes one ([`check`]), so its
/// findings are those of a real scan of exactly these files.
#[derive(Debug)]
pub struct Scanned {
    output: Output,
    findings: Vec<Diagnostic>,
}

/// Output the egress scan passed without an error: the only thing [`crate::write`] writes, so nothing unscanned
/// reaches the disk.
#[derive(Debug, Clone, Copy)]
pub struct CheckedOutput<'a> {
    output: &'a Output,
}

impl Scanned {
    pub fn output(&self) -> &Output {
        &self.output
    }

    pub fn findings(&self) -> &[Diagnostic] {
        &self.findings
    }

    /// The output for writing, unless the scan found an error in it.
    pub fn passed(&self) -> Option<CheckedOutput<'_>> {
        let clean = self
            .findings
            .iter()
            .all(|d| d.severity != crate::diagnostics::Severity::Error);
        clean.then_some(CheckedOutput {
            output: &self.output,
        })
    }
}

impl CheckedOutput<'_> {
    pub fn output(&self) -> &Output {
        self.output
    }

    /// Each file, for the writer.
    pub fn files(&self) -> impl Iterator<Item = CheckedFile> + '_ {
        self.output.files.iter().cloned().map(CheckedFile)
    }
}

/// One file the scan found nothing in: the only thing the streaming writer ([`crate::write::Staging::put`])
/// accepts, so a file can reach the disk as soon as it is rendered and still never unscanned.
#[derive(Debug)]
pub struct CheckedFile(OutputFile);

impl CheckedFile {
    pub fn into_file(self) -> OutputFile {
        self.0
    }
}

/// Scans every file of `output` ([`scan`]) and keeps the findings with it.
pub fn check(
    output: Output,
    detector: &Detector,
    cleared: &BTreeSet<String>,
    reviewed: &[Reviewed],
) -> Scanned {
    let findings = scan(&output.files, detector, cleared, reviewed);
    Scanned { output, findings }
}

/// Every output file read by its content ([`attachments::read`]): errors for personal data still in it (naming
/// the output and its source, or the place inside an attachment, never the value), for a name that holds personal
/// data, and for a file that cannot be read in full and is not listed in `privacy.reviewed` with its current hash.
pub fn scan(
    files: &[OutputFile],
    detector: &Detector,
    cleared: &BTreeSet<String>,
    reviewed: &[Reviewed],
) -> Vec<Diagnostic> {
    let css = files
        .iter()
        .filter(|f| f.path.ends_with(".css"))
        .map(|f| f.bytes.as_slice());
    let scanner = Scanner::new(detector, cleared, reviewed, hidden_classes_in(css));
    files
        .par_iter()
        .flat_map_iter(|f| scanner.file(f))
        .collect()
}

/// The scan of one file at a time, so a build can scan each file as soon as it is rendered and write it at once
/// (the output is never held whole). Everything it needs of the other files is the classes the published style
/// sheets hide, given before the first file.
pub struct Scanner<'a> {
    detector: &'a Detector,
    cleared: &'a BTreeSet<String>,
    reviewed: &'a [Reviewed],
    hidden: Vec<String>,
    /// What this build's scan found clean so far; `None` when the detector cannot search by chunks.
    clean: Option<clean::CleanChunks>,
}

impl<'a> Scanner<'a> {
    /// `hidden` from [`hidden_classes_in`] over every style sheet the output will hold.
    pub fn new(
        detector: &'a Detector,
        cleared: &'a BTreeSet<String>,
        reviewed: &'a [Reviewed],
        hidden: Vec<String>,
    ) -> Self {
        Scanner {
            detector,
            cleared,
            reviewed,
            hidden,
            clean: detector.chunkable().then(clean::CleanChunks::default),
        }
    }

    /// The errors for one output file (see [`scan`]); none when it may be published.
    /// The file, if the scan finds nothing in it; else what it found.
    pub fn check(&self, f: OutputFile) -> Result<CheckedFile, Vec<Diagnostic>> {
        let found = self.file(&f);
        if found.is_empty() {
            Ok(CheckedFile(f))
        } else {
            Err(found)
        }
    }

    pub fn file(&self, f: &OutputFile) -> Vec<Diagnostic> {
        scan_output(self, f)
    }
}

fn scan_output(scanner: &Scanner<'_>, f: &OutputFile) -> Vec<Diagnostic> {
    let Scanner {
        detector,
        cleared,
        reviewed,
        hidden,
        clean,
    } = scanner;
    let detector: &Detector = detector;
    let mut out = Vec::new();
    let source = display_path(&f.source);
    if let Some(found) = find_in_name(detector, &f.path).first() {
        out.push(
            Diagnostic::error(
                format!("public/{}", masked(detector, &f.path)),
                0,
                0,
                msg!(
                    "egress-file-name",
                    kind = Arg::Term(kind_term(found.2)),
                    source = masked(detector, &source)
                ),
            )
            .without_source(),
        );
    }
    let mut reading = attachments::read(&f.path, &f.bytes);
    let styled = is_markup_name(&f.path) || f.path.to_ascii_lowercase().ends_with(".css");
    if styled {
        generated_blockers(&mut reading);
    }
    if styled
        && reading
            .parts
            .iter()
            .any(|p| p.location.is_empty() && markup_html::loads_fonts(&p.text))
    {
        // A theme's own fonts are its artwork, like its icons (`asset`); a font anywhere else is refused.
        reading.blockers.push(attachments::Blocker {
            location: Location::here(),
            reason: msg!("unread-own-font"),
            asset: true,
        });
    }
    let mask = |name: &str| masked(detector, name);
    let mut places: Vec<(Arg, Kind)> = Vec::new();
    for part in &reading.parts {
        let top = part.location.is_empty();
        let name = if top {
            f.path.as_str()
        } else {
            part.location.file_name()
        };
        let markup = part.markup || (part.whole && is_markup_name(name));
        let own = markup
            .then(|| {
                let dialect = Dialect::of_path(name).unwrap_or(Dialect::Html);
                markup_html::layout::own_style(&part.text, dialect, hidden)
            })
            .flatten();
        if let Some(line) = own.as_ref().and_then(|o| o.unfollowed) {
            reading.blockers.push(attachments::Blocker {
                location: part.location.clone(),
                reason: msg!("unread-css-layout", line = line),
                asset: false,
            });
        }
        // Long digit runs were cleared against the sources' UTF-8 text; decoded or extracted text was not there.
        let net = top && matches!(part.text, std::borrow::Cow::Borrowed(_));
        let Some((kind, line)) = find_styled(
            &part.text,
            name,
            markup,
            net,
            Search {
                detector,
                cleared,
                clean: clean.as_ref(),
            },
            Styles {
                hidden,
                own: own.as_ref(),
            },
        ) else {
            continue;
        };
        if top {
            out.push(text_leak(f, &source, kind, line, detector));
        } else {
            places.push((part.location.arg(&mask), kind));
        }
    }
    for found in &reading.found {
        places.push((found.location.arg(&mask), found.kind));
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
        msg!(
            "egress-found",
            kind = Arg::Term(kind_term(kind)),
            source = masked(detector, source)
        ),
    )
    .without_source()
}

/// One error for an attachment, listing where in it personal data was found.
fn attachment_leak(source: &str, places: &[(Arg, Kind)], detector: &Detector) -> Diagnostic {
    let mut kinds: Vec<&'static str> = places.iter().map(|(_, k)| kind_term(*k)).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let listed: Vec<Arg> = places
        .iter()
        .take(MAX_PLACES)
        .map(|(at, _)| at.clone())
        .collect();
    Diagnostic::error(
        masked(detector, source),
        0,
        0,
        msg!(
            "egress-attachment-found",
            kinds = Arg::List(kinds.into_iter().map(Arg::Term).collect()),
            places = Arg::List(listed),
            more = places.len().saturating_sub(MAX_PLACES),
        ),
    )
    .without_source()
}

/// Refuses a style sheet or page whose CSS generated content writes digits, or shows an attribute, beside the
/// page's text (see [`markup_html::Generated`]). Digits are refused in a theme too; `attr()` and counters are a
/// theme's design (a table cell's label in a stacked card, a link's address in print, numbered lists) and pass there.
fn generated_blockers(reading: &mut Reading) {
    let generated = reading
        .parts
        .iter()
        .filter(|p| p.location.is_empty())
        .map(|p| markup_html::generated_content(&p.text))
        .fold(markup_html::Generated::default(), |a, b| {
            markup_html::Generated {
                digits: a.digits || b.digits,
                attributes: a.attributes || b.attributes,
                counters: a.counters || b.counters,
            }
        });
    // A theme's counters number its lists and figures; what it writes as a figure itself is refused as digits.
    for (refused, reason, asset) in [
        (generated.digits, msg!("unread-css-digits"), false),
        (
            generated.counters && !generated.digits,
            msg!("unread-css-digits"),
            true,
        ),
        (generated.attributes, msg!("unread-css-attr"), true),
    ] {
        if refused {
            reading.blockers.push(attachments::Blocker {
                location: Location::here(),
                reason,
                asset,
            });
        }
    }
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
                msg!(
                    "egress-reviewed-changed",
                    listed = Arg::Figure(r.sha256.clone()),
                    hash = Arg::Figure(hash),
                ),
            )
            .without_source(),
        );
    }
    let why: Vec<Arg> = blockers
        .iter()
        .take(MAX_PLACES)
        .map(|b| {
            if b.location.is_empty() {
                Arg::Msg(Box::new(b.reason.clone()))
            } else {
                Arg::Msg(Box::new(msg!(
                    "unread-at",
                    place = b.location.arg(&|name| masked(detector, name)),
                    reason = Arg::Msg(Box::new(b.reason.clone())),
                )))
            }
        })
        .collect();
    Some(
        Diagnostic::error(
            shown.as_str(),
            0,
            0,
            msg!(
                "egress-unread",
                why = Arg::List(why),
                more = blockers.len().saturating_sub(MAX_PLACES),
                file = &shown,
                hash = Arg::Figure(hash),
            ),
        )
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

/// The classes the published style sheets `css` hide, so that a decoy hidden by one cannot cut a number in two.
pub fn hidden_classes_in<'b>(css: impl Iterator<Item = &'b [u8]>) -> Vec<String> {
    let mut all: Vec<String> = css
        .flat_map(|bytes| markup_html::hidden_classes(&String::from_utf8_lossy(bytes)))
        .collect();
    all.sort();
    all.dedup();
    all
}

/// The classes the published style sheets hide, and what the file's own CSS does ([`markup_html::layout`]).
#[derive(Clone, Copy)]
struct Styles<'a> {
    hidden: &'a [String],
    own: Option<&'a markup_html::layout::OwnStyle>,
}

/// [`find_styled`] with the file's own CSS read here: how the chunk tests ([`clean`]) search a text.
#[cfg(test)]
fn find_in_text(
    text: &str,
    name: &str,
    markup: bool,
    net: bool,
    search: Search<'_>,
    hidden: &[String],
) -> Option<(Kind, usize)> {
    let dialect = Dialect::of_path(name).unwrap_or(Dialect::Html);
    let own = markup
        .then(|| markup_html::layout::own_style(text, dialect, hidden))
        .flatten();
    let styles = Styles {
        hidden,
        own: own.as_ref(),
    };
    find_styled(text, name, markup, net, search, styles)
}

/// The first finding in `text` and its line (0 when it has none to give). Markup is read as a browser reads it, in
/// the views [`markup_html::scan::views`] gives (and [`markup_html::layout`] and
/// [`markup_html::svg`] add); other text as it is, and decoded when it holds escapes. `net` adds
/// the check for long digit runs that no source contained.
fn find_styled(
    text: &str,
    name: &str,
    markup: bool,
    net: bool,
    search: Search<'_>,
    styles: Styles<'_>,
) -> Option<(Kind, usize)> {
    let Search {
        detector,
        cleared,
        clean,
    } = search;
    let views = if markup {
        let own: Option<Vec<String>> = styles
            .own
            .filter(|o| !o.hidden.is_empty())
            .map(|o| styles.hidden.iter().chain(&o.hidden).cloned().collect());
        let mut views = markup_html::scan::views(
            text,
            markup_html::Reading {
                dialect: Dialect::of_path(name).unwrap_or(Dialect::Html),
                hidden_classes: own.as_deref().unwrap_or(styles.hidden),
            },
        );
        views.extend(markup_html::svg::drawn_order(text));
        views.extend(styles.own.and_then(|o| o.shown.clone()));
        views
    } else {
        plain_views(name, text)
    };
    for view in &views {
        if let Some(found) = clean.and_then(|c| c.find(view, net, detector, cleared)) {
            if found.is_some() {
                return found;
            }
            continue;
        }
        if let Some(found) = detector.find(&view.text).first() {
            return Some((found.kind, view.line_at(found.start)));
        }
        if !net {
            continue;
        }
        let mut runs = BTreeSet::new();
        long_runs(&view.text, &mut runs);
        if let Some(run) = runs.iter().find(|r| !cleared.contains(*r)) {
            let at = view.text.find(run.as_str()).unwrap_or(0);
            return Some((Kind::LongNumber, view.line_at(at)));
        }
    }
    // SVG labels that touch, by estimated widths: searched by the detectors only, since a chart's tightly set
    // year labels make long digit runs that are no number.
    let beside = markup
        .then(|| markup_html::svg::side_by_side(text))
        .flatten();
    beside.and_then(|v| detector.find(&v.text).first().map(|f| (f.kind, 0)))
}

/// What a view is searched with: the detector, the long digit runs the sources held, and the chunks found clean
/// so far (none: every view searched whole, as the tests that compare the two do).
#[derive(Clone, Copy)]
struct Search<'a> {
    detector: &'a Detector,
    cleared: &'a BTreeSet<String>,
    clean: Option<&'a clean::CleanChunks>,
}

/// A file that is not markup, as it is and decoded when it holds escapes: percent-escapes and character
/// references anywhere, CSS escapes in style sheets, and in every other file the backslash escapes of scripts, which
/// JSON, YAML, TOML and most programming languages share (`"\u8054\u7cfb138…"` in a `.yaml` is 联系138…).
fn plain_views(path: &str, text: &str) -> Vec<View> {
    let mut views = vec![View::from_text(text.to_string())];
    if needs_decoding(text) {
        views.push(View::from_text(decode(text)));
    }
    if let Some(decoded) = markup_html::decode_punycode(text) {
        views.push(View::from_text(decoded));
    }
    if text.contains('\\') {
        let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        let decoded = match ext.as_str() {
            "css" => markup_html::decode_css(text),
            _ => markup_html::decode_js(text),
        };
        // A JSON string holding JSON (`"{\\"tel\\": \\"\\u0031…\\"}"`) is read as the program that parses it twice does.
        let twice = (ext != "css" && decoded.contains("\\u"))
            .then(|| markup_html::decode_js(&decoded).into_owned());
        if decoded != text {
            views.push(View::from_text(decoded.into_owned()));
        }
        views.extend(twice.filter(|t| t != text).map(View::from_text));
    }
    if matches!(path.rsplit('.').next(), Some("js" | "mjs")) {
        views.extend(markup_html::script_strings(text).map(View::from_text));
    }
    views
}

fn needs_decoding(text: &str) -> bool {
    text.contains('%') || text.contains("&#") || text.contains("\\u")
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
