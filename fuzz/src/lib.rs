//! What each fuzz target does with its input, shared by the `cargo fuzz` targets in `fuzz_targets/` (nightly,
//! coverage-guided) and by `tests/fuzz_smoke.rs` (stable, generated inputs), so CI runs the same code that the
//! fuzzer explores. A target fails by panicking: a crash anywhere in Sunlight, or one of the properties checked here
//! (positions that point into the file, findings that are real ranges of the text).
//!
//! The file and page targets run the whole pipeline after parsing (validate, privacy, render, egress scan) on a
//! small site made once per process from `tests/fixtures/bilingual` (two languages, a dataset, a chart) and the
//! default theme: nothing is written to
//! `public/`, and the only file written is the input itself, into that temporary site, so diagnostics can quote
//! their source line as they do for a user.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use sunlight::diagnostics::Diagnostic;
use sunlight::load::{self, Loaded};
use sunlight::messages::Lang;
use sunlight::privacy::detect::Detector;
use sunlight::render::markdown::{LinkBase, to_html};
use sunlight::validate::shortcode::{Piece, split};
use sunlight::{egress, privacy, render};

/// A page file in `content/news/`, next to the fixture's own pages.
pub fn front_matter(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let rel = Path::new("content/news/fuzz.md");
    let _one = write_input(rel, &text);
    match load::content::parse(rel, Path::new("news/fuzz.md"), text.clone()) {
        Err(d) => check_diagnostic(&d, rel, &text),
        Ok(page) => {
            let mut loaded = base().clone();
            loaded.pages.retain(|p| p.rel != rel);
            loaded.pages.push(page);
            pipeline(loaded, rel, &text);
        }
    }
}

/// Where a dataset input's YAML ends and the records CSV beside it (`data/fuzz.csv`) begins, if it has one.
pub const CSV_SEPARATOR: &str = "\n%%csv\n";

/// A dataset file (YAML), `data/fuzz.yaml`, beside the fixture's own; after a line `%%csv`, the records CSV of a
/// `kind: records` dataset.
pub fn dataset(data: &[u8]) {
    let input = String::from_utf8_lossy(data).into_owned();
    let (text, csv) = match input.split_once(CSV_SEPARATOR) {
        Some((yaml, csv)) => (yaml.to_string(), Some(csv.to_string())),
        None => (input, None),
    };
    let rel = Path::new("data/fuzz.yaml");
    let _one = write_input(rel, &text);
    match load::dataset::parse(rel, &text) {
        Err(d) => check_diagnostic(&d, rel, &text),
        Ok(mut ds) => {
            ds.csv = csv.map(|c| (PathBuf::from("data/fuzz.csv"), c));
            let mut loaded = base().clone();
            loaded.datasets.retain(|d| d.rel != rel);
            loaded.datasets.push(ds);
            pipeline(loaded, rel, &text);
        }
    }
}

/// Shortcode splitting of a page body: every offset is a character boundary inside the body, in order.
pub fn shortcodes(data: &[u8]) {
    let body = String::from_utf8_lossy(data);
    match split(&body) {
        Ok(pieces) => {
            let mut last = 0;
            for p in &pieces {
                let at = match p {
                    Piece::Text(_, at) | Piece::Call(_, at) => *at,
                };
                assert!(at >= last, "pieces out of order: {at} after {last}");
                assert!(
                    body.is_char_boundary(at),
                    "piece at {at} splits a character"
                );
                last = at;
            }
        }
        Err(e) => {
            assert!(e.at <= body.len(), "error at {} past the end", e.at);
            assert!(
                body.is_char_boundary(e.at),
                "error at {} splits a character",
                e.at
            );
            assert!(!e.message.id.is_empty());
        }
    }
}

/// The privacy detector: findings are sorted, disjoint character ranges of the text, and redaction keeps to them.
pub fn privacy(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let detector = detector();
    let found = detector.find(&text);
    let mut end = 0;
    for f in &found {
        assert!(
            f.start < f.end && f.end <= text.len(),
            "range {}..{}",
            f.start,
            f.end
        );
        assert!(f.start >= end, "findings overlap or are out of order");
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        end = f.end;
    }
    let mut redacted = text.clone();
    let findings = detector.redact(&mut redacted);
    for f in &findings {
        assert!(
            f.start <= f.end && f.end <= text.len(),
            "redaction range {}..{}",
            f.start,
            f.end
        );
    }
    // Redaction can leave a finding for the egress scan (it fails the build, so nothing leaks): a mobile number
    // right after an e-mail address (`a@b.com13800138000`) is found only once the address is replaced, and a
    // marker nested in a marker (`###paidbegin###paidbegin##`) survives one pass. So no fixed point is asserted.
    assert!(redacted.len() <= text.len() + findings.len() * detector.replacement.len());
    let mut runs = std::collections::BTreeSet::new();
    privacy::long_runs(&text, &mut runs);
}

/// Markdown to HTML as pages are rendered, with a base path, a section and a second language for links.
pub fn markdown(data: &[u8]) {
    let source = String::from_utf8_lossy(data);
    let dirs = ["report".to_string()];
    let languages = ["en".to_string()];
    let links = LinkBase {
        base_path: "/mzj/",
        page_path: "report/fuzz/",
        source_dirs: &dirs,
        languages: &languages,
        file: std::path::Path::new("content/report/fuzz.md"),
    };
    // Too deep a nesting is an error the caller reports; the target looks for crashes and hangs.
    let _ = to_html(&source, Some(&links));
    let _ = to_html(&source, None);
}

fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        Detector::new(
            &["##paidbegin##".to_string(), "##paidend##".to_string()],
            &["12345".to_string(), "010-12345678".to_string()],
            &[
                "张小明".to_string(),
                "李华".to_string(),
                "王芳芳".to_string(),
            ],
            "[已隐去]",
        )
    })
}

/// The temporary site and its load, made once per process.
struct Base {
    root: PathBuf,
    loaded: Loaded,
    _dir: tempfile::TempDir,
}

fn base_site() -> &'static Base {
    static BASE: OnceLock<Base> = OnceLock::new();
    BASE.get_or_init(|| {
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        let repo = if here.join("tests/fixtures").is_dir() {
            here.to_path_buf()
        } else {
            here.parent().unwrap_or(here).to_path_buf()
        };
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
        let root = dir.path().to_path_buf();
        copy_dir(&repo.join("tests/fixtures/bilingual"), &root);
        copy_dir(&repo.join("themes/default"), &root.join("themes/default"));
        let (loaded, _) = load::load(&root, None)
            .unwrap_or_else(|d| panic!("the fuzz site does not load: {:?}", d.0));
        Base {
            root,
            loaded,
            _dir: dir,
        }
    })
}

fn base() -> &'static Loaded {
    &base_site().loaded
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    let entries = fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries.flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        }
    }
}

/// Writes the input into the temporary site, for diagnostics to quote its lines; the guard keeps other threads (the
/// stable test runs targets in parallel) from writing theirs until this input is done.
fn write_input(rel: &Path, text: &str) -> std::sync::MutexGuard<'static, ()> {
    static ONE: Mutex<()> = Mutex::new(());
    let guard = ONE.lock().unwrap_or_else(|e| e.into_inner());
    let _ = fs::write(base_site().root.join(rel), text);
    guard
}

/// Validate, privacy, render and the egress scan, as `sunlight check` runs them; every diagnostic about the fuzzed
/// file must point into it.
fn pipeline(loaded: Loaded, rel: &Path, text: &str) {
    let mut diags = sunlight::diagnostics::Diagnostics::default();
    let site = sunlight::validate_site(loaded, &mut diags);
    if let Some(site) = site {
        let detector = privacy::detector(&site);
        let (site, _, cleared) = privacy::protect(site, &detector, &mut diags);
        match render::render(&site) {
            Ok(out) => diags.extend(egress::scan(
                &out.files,
                &detector,
                &cleared,
                &site.site().config.privacy.reviewed,
            )),
            Err(errs) => diags.extend(errs),
        }
    }
    for d in &diags.0 {
        if d.file == rel {
            check_diagnostic(d, rel, text);
        }
    }
}

/// A diagnostic names the file, a line that exists (or the line after the last, for "never closed"), and renders
/// with its source line in both languages. Lines are counted as YAML and most editors count them: a lone carriage
/// return ends a line too (the first crash the dataset target found was this check counting `\n` only).
fn check_diagnostic(d: &Diagnostic, rel: &Path, text: &str) {
    assert_eq!(d.file, rel, "{d}");
    let lines = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .lines()
        .count()
        .max(1);
    assert!(
        d.line <= lines + 1,
        "line {} of a {lines}-line file: {d}",
        d.line
    );
    assert!(!d.message().is_empty());
    let _ = d.render(&base_site().root, Lang::En);
    let _ = d.render(&base_site().root, Lang::Zh);
}
