//! Stage 3: nothing personal goes further than this. Its output, [`PublicSite`], is the only site render takes.
//!
//! - Records datasets are aggregated with small cells withheld, every table of one records file protected together
//!   ([`aggregate`], between the two halves of `validate`; [`records`], [`suppress`], [`audit`]); their records
//!   never reach the `Site` at all.
//! - Every string that can reach a page (body text with its link targets and alt text, titles, descriptions, dataset
//!   labels, units, keys and values, every site setting that reaches a page (title, description, region, `gov.*`,
//!   language names), UTF-8 static files) passes the [`detect::Detector`]: each finding
//!   is replaced by `privacy.replacement` and reported as `file:line: kind`, never with the value.
//! - A file or dataset name that contains personal data is an error: it would become a URL.
//! - After rendering, the egress stage ([`crate::egress`]) scans every output byte again with this detector before
//!   anything is written, every file read by its content ([`attachments`]): documents and archives that hold
//!   personal data, or cannot be read in full and were not reviewed, stop the build.

pub mod aggregate;
pub mod attachments;
pub mod audit;
pub mod bidi;
pub mod chinese_numerals;
pub mod detect;
pub mod failed_load;
pub mod names;
pub mod normalize;
pub mod numerals;
pub mod records;
pub mod report;
pub mod suppress;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{
    Diagnostic, Diagnostics, Excerpt, cut_around, display_path, line_col, source_line,
};
use crate::load::Loaded;
use crate::messages::Arg;
use crate::messages::msg;
use crate::model::{Chart, Dataset, Page, Segment, Site, Value};
use detect::{Detector, Finding};
pub use report::PrivacyReport;

/// Builds the detector for a site: markers, allow-list, replacement and the roster's personal values.
pub fn detector(site: &Site) -> Detector {
    let p = &site.config.privacy;
    Detector::new(
        &p.strip,
        &p.allow_values(),
        &site.roster_terms,
        &p.replacement,
    )
}

/// [`detector`], reusing `early` (the [`validation_detector`]) when it was built from the same settings and names,
/// as it is unless a roster value reads differently once protected: one name automaton per build, not two.
pub fn detector_after(site: &Site, early: Detector) -> Detector {
    let p = &site.config.privacy;
    if early.built_from(
        &p.strip,
        &p.allow_values(),
        &site.roster_terms,
        &p.replacement,
    ) {
        early
    } else {
        detector(site)
    }
}

/// The detector for messages written before even `site.yaml` is read: the defaults, no markers, allow-list or
/// roster names.
pub fn early_detector() -> Detector {
    Detector::new(
        &[],
        &[],
        &[],
        &crate::model::config::PrivacyConfig::default().replacement,
    )
}

/// The detector for messages of the validate stage, which may fail before the roster is protected and its names
/// known: the site's markers and allow-list, and the personal values of the records as written, so an excerpt of a
/// page or a table quoting a roster name is masked all the same.
/// Returned as the work of building it, to run beside the validation that consumes `loaded`: the name automaton
/// and the number table of a large roster take as long as reading its records.
pub fn validation_detector(loaded: &Loaded) -> impl FnOnce() -> Detector + Send + use<> {
    let p = &loaded.config.privacy;
    let (strip, allow, replacement) = (p.strip.clone(), p.allow_values(), p.replacement.clone());
    let names = written_roster_names(&loaded.datasets);
    move || Detector::new(&strip, &allow, &names, &replacement)
}

/// The values of `personal: true` columns, from `records:` and from a records CSV, trimmed, of two characters or
/// more (as [`records::protect`] takes them), sorted and without repeats. Unreadable CSV lines are skipped: the
/// validate stage reports them.
fn written_roster_names(datasets: &[crate::load::dataset::SourceDataset]) -> Vec<String> {
    let mut names = Vec::new();
    for d in datasets {
        let keys: Vec<&str> = d
            .raw
            .columns
            .iter()
            .filter(|c| c.value.personal == Some(true))
            .map(|c| c.value.key.as_str())
            .collect();
        if keys.is_empty() {
            continue;
        }
        for row in d.raw.records.iter().flatten() {
            names.extend(
                keys.iter()
                    .filter_map(|k| row.value.get(*k))
                    .map(|v| v.value.as_text()),
            );
        }
        if let Some((_, text)) = &d.csv {
            let mut reader = csv::ReaderBuilder::new()
                .flexible(true)
                .from_reader(text.as_bytes());
            let Ok(header) = reader.headers().cloned() else {
                continue;
            };
            let at: Vec<usize> = header
                .iter()
                .enumerate()
                .filter(|(_, h)| keys.contains(&h.trim()))
                .map(|(i, _)| i)
                .collect();
            // One record read into the same buffer each time: a roster of a million lines allocates for its
            // values only.
            let mut record = csv::StringRecord::new();
            loop {
                match reader.read_record(&mut record) {
                    Ok(true) => {
                        names.extend(at.iter().filter_map(|&i| record.get(i)).map(str::to_string))
                    }
                    Ok(false) => break,
                    Err(_) => continue,
                }
            }
        }
    }
    let names: Vec<String> = names
        .into_iter()
        .map(|s| match s.trim() {
            t if t.len() == s.len() => s,
            t => t.to_string(),
        })
        .filter(|s| s.chars().count() >= 2)
        .collect();
    sorted_unique(names)
}

/// `values` in byte order without repeats. Sorted by their first 16 bytes held beside each index, so that a roster
/// of a million values is not sorted by following a pointer to each string at every comparison.
pub(crate) fn sorted_unique(mut values: Vec<String>) -> Vec<String> {
    let prefix = |s: &str| {
        let mut head = [0u8; 16];
        let n = s.len().min(16);
        head[..n].copy_from_slice(&s.as_bytes()[..n]);
        u128::from_be_bytes(head)
    };
    let mut order: Vec<(u64, u64, u32)> = values
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let head = prefix(s);
            ((head >> 64) as u64, head as u64, i as u32)
        })
        .collect();
    order.sort_unstable_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| values[a.2 as usize].cmp(&values[b.2 as usize]))
    });
    let mut out: Vec<String> = Vec::with_capacity(order.len());
    let mut last_head = None;
    for (high, low, i) in order {
        let value = std::mem::take(&mut values[i as usize]);
        // Values with different first 16 bytes differ; only equal heads need the strings compared.
        if last_head != Some((high, low)) || out.last() != Some(&value) {
            out.push(value);
        }
        last_head = Some((high, low));
    }
    out
}

/// The files of records datasets (the YAML and its CSV): a message never quotes their lines, which are the roster.
pub fn roster_files(loaded: &Loaded) -> Vec<PathBuf> {
    loaded
        .datasets
        .iter()
        .filter(|d| {
            d.raw.records.is_some()
                || d.raw.columns.iter().any(|c| c.value.personal == Some(true))
                || d.csv.is_some()
        })
        .flat_map(|d| std::iter::once(d.rel.clone()).chain(d.csv.as_ref().map(|c| c.0.clone())))
        .collect()
}

/// Every diagnostic as it may be printed: its path, message and hint passed through the detector, and the source
/// line it quotes read now, masked and cut around the column, so no log carries a personal value (the
/// replacement stands in its place: `content/notices/〔已隐去〕.md`). Ordinary figures stay as written.
pub fn screen(
    diags: Diagnostics,
    detector: &Detector,
    root: &Path,
    rosters: &[PathBuf],
) -> Diagnostics {
    Diagnostics(
        diags
            .0
            .into_iter()
            .map(|d| screen_one(d, detector, root, rosters))
            .collect(),
    )
}

fn screen_one(
    mut d: Diagnostic,
    detector: &Detector,
    root: &Path,
    rosters: &[PathBuf],
) -> Diagnostic {
    if d.screened.is_some() {
        return d;
    }
    let line = if d.show_source && d.line > 0 && !rosters.contains(&d.file) {
        source_line(root, &d.file, d.line)
    } else {
        None
    };
    let mut path = display_path(&d.file);
    detector.redact(&mut path);
    d.file = PathBuf::from(path);
    screen_message(&mut d.msg, detector);
    if let Some(cell) = &mut d.sheet_cell {
        let mut text = cell.to_string();
        detector.redact(&mut text);
        *cell = text.into_boxed_str();
    }
    let excerpt = match line {
        Some(line) => {
            let (masked, col) = mask_keeping_column(detector, &line, d.col);
            cut_around(&masked, col)
        }
        None => Excerpt {
            text: String::new(),
            col: 0,
        },
    };
    d.screened = Some(Box::new(excerpt));
    d
}

/// A message's words from the site are read by the detector: one that holds a personal value is replaced by the
/// name of its kind (never the value).
fn screen_message(msg: &mut crate::messages::Message, detector: &Detector) {
    use crate::messages::Arg;
    for arg in msg.texts_mut() {
        let Arg::Text(text) = arg else { continue };
        if let Some(f) = detector.find(text).first() {
            *arg = Arg::Masked(kind_term(f.kind));
        }
    }
}

/// The catalogue's name of a kind of personal data.
pub fn kind_term(kind: detect::Kind) -> &'static str {
    use detect::Kind;
    match kind {
        Kind::IdNumber => "term-kind-id-number",
        Kind::Mobile => "term-kind-mobile",
        Kind::Landline => "term-kind-landline",
        Kind::BankCard => "term-kind-bank-card",
        Kind::Passport => "term-kind-passport",
        Kind::Email => "term-kind-email",
        Kind::Credential => "term-kind-credential",
        Kind::AccessToken => "term-kind-access-token",
        Kind::Marker => "term-kind-marker",
        Kind::RosterName => "term-kind-roster-name",
        Kind::LongNumber => "term-kind-long-number",
    }
}

/// `line` with every finding replaced, and where the 1-based character column `col` is in it (at the start of a
/// replacement when the column was inside a finding). The whole line is read before it is cut, so a cut can never
/// leave part of a number behind.
fn mask_keeping_column(detector: &Detector, line: &str, col: usize) -> (String, usize) {
    // A YAML or JSON line may spell its characters as escapes (`"\u8054\u7cfb138…"`), which the detector reads
    // as letters and digits glued together: a line whose escapes hide a finding is not shown at all.
    if line.contains('\\')
        && let std::borrow::Cow::Owned(decoded) = crate::html::decode_js(line)
        && !detector.find(&decoded).is_empty()
    {
        return (detector.replacement.clone(), usize::from(col > 0));
    }
    let at = line
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(line.len(), |(b, _)| b);
    let mut out = String::with_capacity(line.len());
    let mut new_col = None;
    let mut last = 0;
    for f in detector.find(line) {
        if new_col.is_none() && at < f.end {
            let upto = at.clamp(last, f.start);
            new_col = Some(out.chars().count() + line[last..upto].chars().count() + 1);
        }
        out.push_str(&line[last..f.start]);
        out.push_str(&detector.replacement);
        last = f.end;
    }
    let new_col = new_col
        .unwrap_or_else(|| out.chars().count() + line[last..at.max(last)].chars().count() + 1);
    out.push_str(&line[last..]);
    (out, if col == 0 { 0 } else { new_col })
}

/// A site whose every published string has passed the detector, and whose records were aggregated with small cells
/// withheld: the only kind of site `render` takes. Only this module can make one ([`protect`]), so an unredacted
/// [`Site`] cannot be rendered.
#[derive(Debug, Clone)]
pub struct PublicSite {
    site: Site,
}

impl PublicSite {
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Exchanges page `at` with `page` (so doing it twice restores both): how a preview puts in a page edited and
    /// redacted alone, and takes it out again when the edit fails.
    pub fn swap_page(&mut self, at: usize, page: &mut PublicPage) {
        if let Some(mine) = self.site.pages.get_mut(at) {
            std::mem::swap(mine, &mut page.page);
        }
    }

    /// Takes over the tree links (parent, children) of `pages`, the validated pages in the same order, after an edit
    /// moved a page among its siblings. Links carry no text, so nothing published changes but the order.
    pub fn relink(&mut self, pages: &[Page]) {
        for (p, v) in self.site.pages.iter_mut().zip(pages) {
            p.parent = v.parent;
            p.children.clone_from(&v.children);
        }
    }
}

/// One page whose every published string has passed the detector ([`protect_page`]): what a preview puts into its
/// [`PublicSite`] when a page was edited alone.
#[derive(Debug, Clone)]
pub struct PublicPage {
    page: Page,
}

impl PublicPage {
    pub fn page(&self) -> &Page {
        &self.page
    }
}

/// Redacts one page as [`protect`] redacts each page of a site, with the same detector, returning what it found.
pub fn protect_page(
    mut page: Page,
    detector: &Detector,
) -> (PublicPage, Vec<(PathBuf, usize, Finding)>) {
    let found = scrub_page(&mut page, detector);
    (PublicPage { page }, found)
}

/// Redacts every published string of `site`. Returns the cleaned site, the report, and the long digit runs that
/// passed (the egress scan accepts only those).
pub fn protect(
    mut site: Site,
    detector: &Detector,
    diags: &mut Diagnostics,
) -> (PublicSite, PrivacyReport, BTreeSet<String>) {
    let mut report = PrivacyReport::default();
    for (rel, n, by_rule) in &site.suppressed_cells {
        report.suppressed(rel, *n, by_rule);
    }

    let page_results: Vec<Vec<(PathBuf, usize, Finding)>> = site
        .pages
        .par_iter_mut()
        .map(|page| scrub_page(page, detector))
        .collect();

    let dataset_results: Vec<Vec<(PathBuf, usize, Finding)>> = site
        .datasets
        .par_iter_mut()
        .map(|d| scrub_dataset(d, detector))
        .collect();

    let static_results: Vec<Vec<(PathBuf, usize, Finding)>> = site
        .statics
        .par_iter_mut()
        .map(|s| {
            // Only plain UTF-8 text can be redacted in place; every other file is read (and refused if it holds
            // personal data) by the egress scan.
            let Some((text, findings)) = attachments::text::utf8(&s.bytes).and_then(|original| {
                let (text, findings) = detector.redacted(original)?;
                let found: Vec<_> = findings
                    .into_iter()
                    .map(|f| (s.rel.clone(), line_col(original, f.start).0, f))
                    .collect();
                Some((text, found))
            }) else {
                return Vec::new();
            };
            if !findings.is_empty() {
                s.bytes = text.into_bytes();
            }
            findings
        })
        .collect();

    let mut chart_found = Vec::new();
    for c in &mut site.charts {
        scrub_chart(c, detector, &mut chart_found);
    }

    let site_yaml = PathBuf::from("site.yaml");
    let mut config_found = Vec::new();
    for f in detector.redact(&mut site.config.title) {
        config_found.push((site_yaml.clone(), 0, f));
    }
    for f in detector.redact(&mut site.config.description) {
        config_found.push((site_yaml.clone(), 0, f));
    }
    let gov = &mut site.config.gov;
    // Every `gov:` value is printed in the footer of every page (the phone and e-mail address pass only when
    // `privacy.allow` lists them, which `load::gov` checks).
    let settings = [
        &mut gov.site_id_code,
        &mut gov.icp,
        &mut gov.police_filing,
        &mut gov.content_source,
        &mut gov.host,
        &mut gov.organizer,
        &mut gov.address,
        &mut gov.phone,
        &mut gov.email,
        &mut gov.report_error_url,
    ];
    let licence = site
        .config
        .licence
        .as_mut()
        .map(|l| [&mut l.name, &mut l.url])
        .into_iter()
        .flatten();
    for text in settings
        .into_iter()
        .chain(site.config.region.as_mut())
        .chain(licence)
    {
        for f in detector.redact(text) {
            config_found.push((site_yaml.clone(), 0, f));
        }
    }
    for l in site.config.languages.values_mut() {
        for text in [&mut l.title, &mut l.description]
            .into_iter()
            .chain(l.name.as_mut())
        {
            for f in detector.redact(text) {
                config_found.push((site_yaml.clone(), 0, f));
            }
        }
    }

    for (rel, line, f) in page_results
        .into_iter()
        .chain(dataset_results)
        .chain(static_results)
        .chain(std::iter::once(chart_found))
        .flatten()
        .chain(config_found)
    {
        report.detection(&rel, f.kind);
        diags.push(finding_warning(&rel, line, f.kind));
    }

    // Names become addresses: they cannot be redacted without breaking links, so they must be renamed.
    for page in &site.pages {
        if let Some(f) = names::find_in_name(detector, &page.path).first() {
            diags.push(name_error(&page.rel, f.2, detector));
        }
    }
    for d in &site.datasets {
        if let Some(f) = names::find_in_name(detector, &d.id).first() {
            diags.push(name_error(&d.rel, f.2, detector));
        }
    }
    for s in &site.statics {
        if let Some(f) = names::find_in_name(detector, &s.out).first() {
            diags.push(name_error(&s.rel, f.2, detector));
        }
    }

    let cleared = long_runs_of_site(&site);
    (PublicSite { site }, report, cleared)
}

/// Redacts every published string of one page: what [`protect`] does for each page, and [`protect_page`] for a
/// page edited alone.
fn scrub_page(page: &mut Page, detector: &Detector) -> Vec<(PathBuf, usize, Finding)> {
    let mut found = Vec::new();
    let rel = page.rel.clone();
    let mut scrub = |text: &mut String, line: usize| {
        for f in detector.redact(text) {
            found.push((rel.clone(), line, f));
        }
    };
    scrub(&mut page.title, 1);
    scrub(&mut page.description, 1);
    for kf in &mut page.key_figures {
        scrub(&mut kf.label, 1);
    }
    // Document fields and revisions are written in the front matter.
    for text in page.doc.iter_mut().flat_map(|d| d.texts_mut()) {
        scrub(text, 1);
    }
    for r in &mut page.revisions {
        let line = r.line;
        for text in r.texts_mut() {
            scrub(text, line);
        }
    }
    for seg in &mut page.segments {
        if let Segment::Markdown { text, line } = seg {
            redact_split_cells(text, detector, |l, f| {
                found.push((rel.clone(), *line + l - 1, f))
            });
        }
        if let Segment::Markdown { text, line } = seg
            && let Some((clean, findings)) = detector.redacted(text)
        {
            for f in findings {
                let l = line_col(text, f.start).0;
                found.push((rel.clone(), *line + l - 1, f));
            }
            *text = clean;
        }
    }
    found
}

/// Redacts the cells of `text`'s Markdown tables that hold a number only together ([`attachments::split_table_cells`]),
/// each cell on its own so the table stays a table; `found` is told each finding and its line in `text`. The
/// detector reads every cell apart, as the rendered table shows it cell by cell.
fn redact_split_cells(
    text: &mut String,
    detector: &Detector,
    mut found: impl FnMut(usize, Finding),
) {
    let cells = attachments::split_table_cells(text);
    for f in &cells {
        found(line_col(text, f.start).0, *f);
    }
    for f in cells.iter().rev() {
        text.replace_range(f.start..f.end, &detector.replacement);
    }
}

/// The warning a finding becomes: file, line and kind, never the value.
pub fn finding_warning(rel: &Path, line: usize, kind: detect::Kind) -> Diagnostic {
    Diagnostic::warning(
        rel,
        line,
        0,
        msg!(
            "privacy-found",
            kind = Arg::Term(kind_term(kind)),
            key = Arg::Figure(kind.key().to_string())
        ),
    )
    .without_source()
}

/// The long digit runs left in a page's published strings (see [`long_runs_of_site`]).
pub fn long_runs_of_page(page: &Page, set: &mut BTreeSet<String>) {
    long_runs(&page.title, set);
    long_runs(&page.description, set);
    for text in page
        .doc
        .iter()
        .flat_map(|d| d.texts())
        .chain(page.revisions.iter().flat_map(|r| r.texts()))
    {
        long_runs(text, set);
    }
    for seg in &page.segments {
        if let Segment::Markdown { text, .. } = seg {
            long_runs(text, set);
        }
    }
}

/// Redacts every published string of a dataset, and of its versions in other languages.
fn scrub_dataset(d: &mut Dataset, detector: &Detector) -> Vec<(PathBuf, usize, Finding)> {
    let mut found = Vec::new();
    let rel = d.rel.clone();
    let scrub = |found: &mut Vec<_>, text: &mut String, line: usize| {
        for f in detector.redact(text) {
            found.push((rel.clone(), line, f));
        }
    };
    scrub(&mut found, &mut d.title, 1);
    scrub(&mut found, &mut d.description, 1);
    scrub(&mut found, &mut d.source, 1);
    // A table file's 注 rows are the editor's words, published under the table.
    for note in &mut d.notes {
        scrub(&mut found, note, 0);
    }
    for r in &mut d.about.revisions {
        let line = r.line;
        for text in r.texts_mut() {
            scrub(&mut found, text, line);
        }
    }
    if let Some(l) = &mut d.about.licence {
        scrub(&mut found, &mut l.name, 1);
        scrub(&mut found, &mut l.url, 1);
    }
    for c in &mut d.columns {
        scrub(&mut found, &mut c.label, 1);
        if let Some(u) = &mut c.unit {
            scrub(&mut found, u, 1);
        }
    }
    // One buffer for the text of every numeric cell.
    let mut figure = String::new();
    for r in &mut d.rows {
        scrub(&mut found, &mut r.key, r.line);
        for cell in &mut r.cells {
            match cell {
                Value::Text(t) => scrub(&mut found, t, r.line),
                // A phone or ID number typed into a numeric column is a number to the schema but personal
                // data all the same.
                Value::Integer(_) | Value::Number(_) => {
                    figure.clear();
                    number_text(cell, &mut figure);
                    let Some((text, findings)) = detector.redacted(&figure) else {
                        continue;
                    };
                    found.extend(findings.into_iter().map(|f| (rel.clone(), r.line, f)));
                    if text != figure {
                        *cell = Value::Text(text);
                    }
                }
                _ => {}
            }
        }
    }
    for (_, local) in &mut d.localized {
        found.extend(scrub_dataset(local, detector));
    }
    found
}

/// A numeric cell as text, as `to_string` writes it, into `out`.
fn number_text(cell: &Value, out: &mut String) {
    use std::fmt::Write;
    let _ = match cell {
        Value::Integer(i) => write!(out, "{i}"),
        Value::Number(f) => write!(out, "{f}"),
        _ => Ok(()),
    };
}

/// Redacts a chart's own words, and those of its versions in other languages.
fn scrub_chart(c: &mut Chart, detector: &Detector, found: &mut Vec<(PathBuf, usize, Finding)>) {
    let rel = c.rel.clone();
    let mut texts: Vec<&mut String> = vec![&mut c.title, &mut c.subtitle, &mut c.note];
    texts.extend([&mut c.source, &mut c.unit].into_iter().flatten());
    if let Some(cmp) = c.figure.as_mut().and_then(|f| f.compare.as_mut()) {
        texts.push(&mut cmp.label);
    }
    for text in texts {
        for f in detector.redact(text) {
            found.push((rel.clone(), 0, f));
        }
    }
    for (_, local) in &mut c.localized {
        scrub_chart(local, detector, found);
    }
}

/// The path is printed with the personal data in it replaced, like every other message.
fn name_error(rel: &Path, kind: detect::Kind, detector: &Detector) -> Diagnostic {
    Diagnostic::error(
        names::masked(detector, &crate::diagnostics::display_path(rel)),
        0,
        0,
        msg!("privacy-file-name", kind = Arg::Term(kind_term(kind))),
    )
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

/// Every run of 15 to 19 digits left in the published strings after redaction: numbers the detectors judged not
/// personal (a project number that fails the ID check). The egress scan flags any other long run.
fn long_runs_of_site(site: &Site) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for p in &site.pages {
        long_runs_of_page(p, &mut set);
    }
    let mut add = |s: &str| long_runs(s, &mut set);
    let mut figure = String::new();
    for d in site
        .datasets
        .iter()
        .flat_map(|d| std::iter::once(d).chain(d.localized.iter().map(|(_, l)| l)))
    {
        add(&d.title);
        add(&d.description);
        add(&d.source);
        for note in &d.notes {
            add(note);
        }
        for text in d.about.revisions.iter().flat_map(|r| r.texts()) {
            add(text);
        }
        for r in &d.rows {
            add(&r.key);
            for c in &r.cells {
                match c {
                    Value::Text(t) => add(t),
                    Value::Integer(_) | Value::Number(_) => {
                        figure.clear();
                        number_text(c, &mut figure);
                        add(&figure);
                    }
                    _ => {}
                }
            }
        }
    }
    for s in &site.statics {
        if let Ok(t) = std::str::from_utf8(&s.bytes) {
            add(t);
        }
    }
    add(&site.config.title);
    add(&site.config.description);
    let gov = &site.config.gov;
    for text in [
        &gov.site_id_code,
        &gov.icp,
        &gov.police_filing,
        &gov.content_source,
        &gov.host,
        &gov.organizer,
        &gov.address,
        &gov.phone,
        &gov.email,
        &gov.report_error_url,
    ] {
        add(text);
    }
    if let Some(r) = &site.config.region {
        add(r);
    }
    for l in site.config.languages.values() {
        add(&l.title);
        add(&l.description);
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::dataset::parse;

    #[test]
    fn values_are_sorted_in_byte_order_once_each() {
        let values = [
            "110105194912310021",
            "ab",
            "110105194912310021",
            "ab\0",
            "110105194912310013",
            "ab",
            "",
            "b",
            "1101051949123100",
            "",
        ];
        let mut expected: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        expected.sort();
        expected.dedup();
        assert_eq!(
            sorted_unique(values.iter().map(|v| v.to_string()).collect()),
            expected
        );
    }

    #[test]
    fn roster_names_are_read_from_records_as_written() {
        let yaml = "title: 名单\nsource: 测试\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  \
                    - {key: town, label: 乡镇}\nrecords:\n  - {name: 张三丰, town: 甲镇}\n  - {name: 李, town: 乙镇}\n";
        let Ok(a) = parse(Path::new("data/a.yaml"), yaml) else {
            panic!("the records YAML parses");
        };
        let sidecar = "title: 名单\nsource: 测试\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  \
                       - {key: town, label: 乡镇}\n";
        let Ok(mut b) = parse(Path::new("data/b.yaml"), sidecar) else {
            panic!("the sidecar parses");
        };
        b.csv = Some((
            PathBuf::from("data/b.csv"),
            "town,name\n丙镇, 王五六 \n丁镇\n".to_string(),
        ));
        let names = written_roster_names(&[a, b]);
        assert_eq!(names, vec!["张三丰".to_string(), "王五六".to_string()]);
    }
}
