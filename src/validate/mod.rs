//! Stage 2: check everything the site says against everything else it says (types, references, page tree) and build
//! the typed model that later stages trust. Problems are collected, not thrown, so one run reports all of them.
//!
//! In two halves: [`datasets`] checks the dataset files; the privacy stage then aggregates the records
//! ([`crate::privacy::aggregate`]); [`site`] checks translations, charts and pages against every published table.

pub mod across_chart;
pub mod chart;
pub mod checks;
pub mod dataset;
pub mod date;
pub mod docmeta;
pub mod raw_html;
pub mod refs;
pub mod rows;
pub mod series;
pub mod series_chart;
pub mod shortcode;
mod suggest;
pub mod translate;

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

use shortcode::{Arg, Call, Piece};

use crate::diagnostics::{Diagnostic, Diagnostics, line_col};
use crate::load::{Loaded, SourceChart, SourceDataset, SourcePage};
use crate::messages::{Lang, Message, msg};
use crate::model::{
    Aggregated, BaseUrl, Chart, Checked, Dataset, InLanguages, KeyFigure, Page, PageKind, Records,
    Segment, Shortcode, Site, SiteConfig, StaticFile, TemplateSource, Value,
};
pub(crate) use suggest::closest;

/// The site after its dataset files are checked: aggregate tables ready to publish, records datasets still to be
/// aggregated by the privacy stage ([`crate::privacy::aggregate`]), and the sources the second half of validation
/// ([`site`]) checks against the published tables.
pub struct CheckedData {
    root: PathBuf,
    config: SiteConfig,
    base: BaseUrl,
    pages: Vec<SourcePage>,
    datasets: Vec<SourceDataset>,
    charts: Vec<SourceChart>,
    templates: Vec<TemplateSource>,
    statics: Vec<StaticFile>,
    tables: Vec<Dataset>,
    /// Taken by the privacy stage with [`CheckedData::take_records`].
    records: Vec<Records>,
    /// Arithmetic failures are errors, but they leave the site usable, so they are reported after the other checks
    /// and `sunlight check` can still list every problem at once.
    arithmetic: Vec<Diagnostic>,
}

impl CheckedData {
    pub fn config(&self) -> &SiteConfig {
        &self.config
    }

    /// The records datasets, for the privacy stage to aggregate; they are not kept here.
    pub fn take_records(&mut self) -> Vec<Records> {
        std::mem::take(&mut self.records)
    }
}

/// The first half of validation: every dataset file checked against its own declarations (and its `checks:`).
pub fn datasets(loaded: Loaded, diags: &mut Diagnostics) -> CheckedData {
    let Loaded {
        root,
        config,
        base,
        pages,
        datasets,
        charts,
        templates,
        statics,
    } = loaded;
    let mut tables = Vec::new();
    let mut records = Vec::new();
    let mut arithmetic = Vec::new();
    let lang = Lang::from_tag(&config.language);
    for result in check_datasets(&datasets, lang, &mut arithmetic) {
        match result {
            Ok(Checked::Aggregate(d)) => tables.push(d),
            Ok(Checked::Records(r)) => records.push(r),
            Err(errors) => diags.extend(errors),
        }
    }
    CheckedData {
        root,
        config,
        base,
        pages,
        datasets,
        charts,
        templates,
        statics,
        tables,
        records,
        arithmetic,
    }
}

/// Each dataset file checked, in parallel, in file order; the failures of aggregate tables' `checks:` go into
/// `arithmetic`.
fn check_datasets(
    sources: &[SourceDataset],
    lang: Lang,
    arithmetic: &mut Vec<Diagnostic>,
) -> Vec<Result<Checked, Vec<Diagnostic>>> {
    sources
        .par_iter()
        .map(|src| {
            let mut checked = dataset::validate(src, lang)?;
            if let Checked::Aggregate(d) = &mut checked {
                for i in checks::totals(d, &src.raw.checks) {
                    d.rows[i].total = true;
                }
            }
            let failures = match &checked {
                Checked::Aggregate(d) => checks::run(
                    d,
                    &src.raw.checks,
                    src.table
                        .as_ref()
                        .and_then(|t| t.sidecar_rel())
                        .unwrap_or(&src.rel),
                ),
                Checked::Records(_) => Vec::new(),
            };
            Ok((checked, failures))
        })
        .collect::<Vec<Result<_, Vec<Diagnostic>>>>()
        .into_iter()
        .map(|r| {
            r.map(|(c, failures)| {
                arithmetic.extend(failures);
                c
            })
        })
        .collect()
}

/// The second half of validation, once the privacy stage has aggregated the records: translations, charts and
/// pages checked against every published table, the page tree linked. `None` when there are errors.
pub fn site(data: CheckedData, aggregated: Aggregated, diags: &mut Diagnostics) -> Option<Site> {
    let CheckedData {
        root,
        config,
        base,
        pages: sources,
        datasets: raw_datasets,
        charts: raw_charts,
        templates,
        statics,
        mut tables,
        records: _,
        arithmetic,
    } = data;
    let Aggregated {
        datasets: published,
        localized,
        roster_terms,
        suppressed_cells,
    } = aggregated;
    tables.extend(published);
    let mut datasets = tables;
    datasets.sort_by(|a, b| a.id.cmp(&b.id));
    diags.extend(duplicate_dataset_ids(&datasets));
    diags.extend(series::check(&datasets));
    let others: Vec<String> = config.languages.keys().cloned().collect();
    for src in &raw_datasets {
        diags.extend(translate::unknown_languages(
            &src.rel,
            &src.raw.translations,
            &others,
        ));
    }
    translate_datasets(&mut datasets, &raw_datasets, &localized, &others, diags);
    drop(localized);
    docmeta::dataset_extras(&raw_datasets, &mut datasets, diags);
    let mut drawn = Vec::new();
    let (series_tables, raw_charts) =
        series_chart::tables(&raw_charts, &datasets, &config.language, &mut drawn);
    let (turned, raw_charts) =
        across_chart::tables(&raw_charts, &datasets, &config.language, &mut drawn);
    diags.extend(drawn);
    datasets.extend(series_tables);
    datasets.extend(turned);
    apply_grouping(&mut datasets, config.grouping);
    datasets.sort_by(|a, b| a.id.cmp(&b.id));
    let charts = check_charts(&raw_charts, &datasets, &others, diags);
    let broken = missing_references(&raw_datasets, &datasets, &raw_charts, &charts);
    diags.0.retain(|d| !repeats(&broken, d));
    let mut pages = check_pages(
        &sources, &datasets, &charts, &templates, &config, &broken, diags,
    );
    add_missing_home_pages(&mut pages, &config);
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    diags.extend(duplicate_addresses(&pages));
    diags.extend(docmeta::catalogue_page(&config, &pages));
    link_tree(&mut pages);
    link_translations(&mut pages, &config);

    if diags.has_errors() {
        diags.extend(arithmetic);
        return None;
    }
    diags.extend(arithmetic);
    Some(Site {
        root,
        config,
        base,
        pages,
        datasets,
        charts,
        templates,
        statics,
        roster_terms,
        suppressed_cells,
    })
}

/// The site's `grouping:` for every column that does not choose its own, in every language of every table.
fn apply_grouping(datasets: &mut [Dataset], site: crate::model::Grouping) {
    use crate::model::Grouping;
    if site == Grouping::Auto {
        return;
    }
    let set = |columns: &mut Vec<crate::model::Column>| {
        for c in columns.iter_mut().filter(|c| c.grouping == Grouping::Auto) {
            c.grouping = site;
        }
    };
    for d in datasets {
        set(&mut d.columns);
        for (_, l) in &mut d.localized {
            set(&mut l.columns);
        }
    }
}

/// Two tables of one id (sorted by id): the second is an error.
fn duplicate_dataset_ids(datasets: &[Dataset]) -> Vec<Diagnostic> {
    datasets
        .windows(2)
        .filter(|w| w[0].id == w[1].id)
        .map(|w| {
            Diagnostic::error(
                &w[1].rel,
                0,
                0,
                msg!("dataset-id-twice", id = &w[1].id, other = &w[0].rel),
            )
        })
        .collect()
}

/// Each table in each other language, from its file's `translations:`. A records aggregate starts from its own
/// table as the privacy stage published it in that language, so its totals and footnote are in it too.
fn translate_datasets(
    datasets: &mut [Dataset],
    sources: &[SourceDataset],
    localized: &[(PathBuf, InLanguages)],
    others: &[String],
    diags: &mut Diagnostics,
) {
    for d in datasets {
        let Some(src) = sources.iter().find(|s| s.rel == d.rel) else {
            continue;
        };
        let record = localized.iter().find(|(rel, _)| *rel == d.rel);
        for code in others {
            let tables = record
                .and_then(|(_, langs)| langs.iter().find(|(c, _)| c == code))
                .map_or(&[][..], |(_, tables)| tables.as_slice());
            let base = tables.iter().find(|t| t.id == d.id);
            let siblings: Vec<&Dataset> = tables.iter().filter(|t| t.id != d.id).collect();
            let (local, found) = translate::dataset(
                base.unwrap_or(d),
                &siblings,
                src.raw.translations.get(code),
                code,
            );
            diags.extend(found);
            d.localized.push((code.clone(), local));
        }
    }
}

/// Every chart spec checked against the published tables, sorted by id, with its translations.
fn check_charts(
    sources: &[SourceChart],
    datasets: &[Dataset],
    others: &[String],
    diags: &mut Diagnostics,
) -> Vec<Chart> {
    let mut charts = Vec::new();
    for result in sources
        .par_iter()
        .map(|c| chart::validate(c, datasets))
        .collect::<Vec<_>>()
    {
        match result {
            Ok((c, warnings)) => {
                charts.push(c);
                diags.extend(warnings);
            }
            Err(errors) => diags.extend(errors),
        }
    }
    charts.sort_by(|a, b| a.id.cmp(&b.id));
    for src in sources {
        diags.extend(translate::unknown_languages(
            &src.rel,
            &src.raw.translations,
            others,
        ));
    }
    for c in &mut charts {
        let Some(src) = sources.iter().find(|s| s.id == c.id) else {
            continue;
        };
        for code in others {
            let (local, warning) = translate::chart(c, src.raw.translations.get(code), code);
            diags.extend(warning);
            c.localized.push((code.clone(), local));
        }
    }
    charts
}

/// The messages "there is no dataset/chart `id`" (message id and the name) for datasets and charts whose own file
/// has errors. Those errors are reported there; every page or chart naming them would otherwise send the editor
/// looking in the wrong place.
fn missing_references(
    raw_datasets: &[SourceDataset],
    datasets: &[Dataset],
    raw_charts: &[SourceChart],
    charts: &[Chart],
) -> Vec<(&'static str, String)> {
    raw_datasets
        .iter()
        .filter(|d| datasets.binary_search_by(|x| x.id.cmp(&d.id)).is_err())
        .map(|d| ("shortcode-no-dataset", d.id.clone()))
        .chain(
            raw_charts
                .iter()
                .filter(|c| {
                    charts
                        .binary_search_by(|x: &Chart| x.id.cmp(&c.id))
                        .is_err()
                })
                .map(|c| ("shortcode-no-chart", c.id.clone())),
        )
        .collect()
}

/// Whether `d` only says again that a dataset or chart with errors of its own does not exist.
fn repeats(broken: &[(&'static str, String)], d: &Diagnostic) -> bool {
    broken.iter().any(|(id, name)| {
        d.msg.id == *id && d.msg.get("id") == Some(&crate::messages::Arg::Text(name.clone()))
    })
}

/// Every page that is published (not a draft, not a translation into an unknown language or of nothing), checked;
/// errors that only repeat a `broken` reference are left out.
fn check_pages(
    sources: &[SourcePage],
    datasets: &[Dataset],
    charts: &[Chart],
    templates: &[TemplateSource],
    config: &SiteConfig,
    broken: &[(&'static str, String)],
    diags: &mut Diagnostics,
) -> Vec<Page> {
    let others: Vec<String> = config.languages.keys().cloned().collect();
    let template_names: Vec<&str> = templates.iter().map(|t| t.name.as_str()).collect();
    let drafts = draft_sections(sources);
    docmeta::duplicate_index_nos(sources, diags);
    let mut pages = Vec::new();
    let mut withheld = Vec::new();
    for src in sources {
        diags.extend(docmeta::doc_no_warnings(src));
        if let Some(code) = &src.lang
            && let Some(problem) = translation_problem(src, code, &others, sources)
        {
            diags.push(problem);
            continue;
        }
        if is_draft(src, sources, &drafts) {
            continue;
        }
        let at = Shape {
            datasets,
            charts,
            templates: &template_names,
            default_lang: &config.language,
        };
        // `html`: whether to check the page's raw HTML, which is the same in every page of one template.
        let mut keep =
            |result: Result<Page, Vec<Diagnostic>>, html: bool, diags: &mut Diagnostics| {
                match result {
                    Ok(p) => {
                        if html {
                            diags.extend(raw_html::check(&p));
                        }
                        pages.push(p);
                    }
                    Err(errors) => diags.extend(errors.into_iter().filter(|d| !repeats(broken, d))),
                }
            };
        if !src.is_row_template() {
            keep(check_page(src, &at, None), true, diags);
            continue;
        }
        match rows::expand(src, datasets, sources) {
            Ok(expansion) => {
                if expansion.withheld > 0 {
                    withheld.push((src, expansion.withheld));
                }
                for (n, row) in expansion.pages.iter().enumerate() {
                    // A broken template is reported once, for its first row, not once per row.
                    let result = check_page(src, &at, Some(row));
                    let failed = result.is_err();
                    keep(result, n == 0, diags);
                    if failed {
                        break;
                    }
                }
            }
            Err(errors) => keep(Err(errors), false, diags),
        }
    }
    for (src, count) in withheld {
        rows::note_withheld(&mut pages, src, count, &config.language);
    }
    pages
}

/// What a page is checked against.
struct Shape<'a> {
    datasets: &'a [Dataset],
    charts: &'a [Chart],
    templates: &'a [&'a str],
    default_lang: &'a str,
}

/// Every language has a home page, so the language switcher always has somewhere to go: an empty one, titled from
/// site.yaml, where `content/_index[.CODE].md` is missing.
fn add_missing_home_pages(pages: &mut Vec<Page>, config: &SiteConfig) {
    for (code, _) in config.all_languages() {
        if pages
            .iter()
            .any(|p| p.kind == PageKind::Home && p.lang == code)
        {
            continue;
        }
        let (rel, path, title, description) = match config.languages.get(&code) {
            None => (
                "content/_index.md".to_string(),
                String::new(),
                config.title.clone(),
                config.description.clone(),
            ),
            Some(l) => (
                format!("content/_index.{code}.md"),
                format!("{code}/"),
                l.title.clone(),
                l.description.clone(),
            ),
        };
        pages.push(Page {
            rel: PathBuf::from(rel),
            kind: PageKind::Home,
            path,
            title,
            description,
            date: None,
            weight: None,
            template: None,
            segments: Vec::new(),
            key_figures: Vec::new(),
            parent: None,
            children: Vec::new(),
            lang: code,
            alternates: Vec::new(),
            paginate: None,
            doc: None,
            revisions: Vec::new(),
        });
    }
}

/// Two pages (sorted by path) written to the same address: the second is an error.
fn duplicate_addresses(pages: &[Page]) -> Vec<Diagnostic> {
    pages
        .windows(2)
        .filter(|w| w[0].path == w[1].path)
        .map(|w| {
            Diagnostic::error(
                &w[1].rel,
                0,
                0,
                msg!("page-address-twice", path = &w[1].path, other = &w[0].rel),
            )
        })
        .collect()
}

/// One page checked again on its own against a site checked as a whole, as [`validate`] would make it, with its
/// warnings: the preview's edit of one page (see [`crate::session`]). Its place in the tree (`parent`, `children`,
/// `alternates`) is left empty for the caller, who keeps the old one. Only for a page that is neither a draft, a
/// translation nor a section, since those change what other pages are.
pub fn page_again(
    src: &SourcePage,
    site: &Site,
) -> Result<(Page, Vec<Diagnostic>), Vec<Diagnostic>> {
    let names: Vec<&str> = site.templates.iter().map(|t| t.name.as_str()).collect();
    let at = Shape {
        datasets: &site.datasets,
        charts: &site.charts,
        templates: &names,
        default_lang: &site.config.language,
    };
    let page = check_page(src, &at, None)?;
    let warnings = raw_html::check(&page);
    Ok((page, warnings))
}

/// A section whose `_index.md` is a draft: every page below it is unpublished too, in every language; a draft
/// `_index.en.md` withholds only the English pages below it.
struct DraftSection<'a> {
    dirs: &'a [String],
    lang: Option<&'a str>,
}

fn draft_sections(sources: &[SourcePage]) -> Vec<DraftSection<'_>> {
    sources
        .iter()
        .filter(|s| s.is_index() && s.front.draft && !s.dirs.is_empty())
        .map(|s| DraftSection {
            dirs: &s.dirs,
            lang: s.lang.as_deref(),
        })
        .collect()
}

/// Whether a page is withheld: its own `draft: true`, a draft section above it, or, for a translation, the page it
/// translates being a draft (a translation must not publish what the original keeps back).
fn is_draft(src: &SourcePage, sources: &[SourcePage], sections: &[DraftSection]) -> bool {
    if src.front.draft {
        return true;
    }
    let below = |d: &DraftSection| {
        src.dirs.starts_with(d.dirs) && (d.lang.is_none() || d.lang == src.lang.as_deref())
    };
    if sections.iter().any(below) {
        return true;
    }
    src.lang.is_some() && {
        let original = src.rel.with_file_name(format!("{}.md", src.stem));
        sources
            .iter()
            .any(|s| s.lang.is_none() && s.rel == original && s.front.draft)
    }
}

/// One page checked; `row` is the row it is made for when `src` is a per-row template.
fn check_page(
    src: &SourcePage,
    at: &Shape,
    row: Option<&rows::RowPage>,
) -> Result<Page, Vec<Diagnostic>> {
    let Shape {
        datasets,
        charts,
        templates,
        default_lang,
    } = *at;
    let mut errors = Vec::new();
    let rel = &src.rel;
    let lang = src.lang.clone().unwrap_or_else(|| default_lang.to_string());
    let (kind, mut path) = if let Some(r) = row {
        (
            PageKind::Page,
            format!("{}/{}/", src.dirs.join("/"), r.slug),
        )
    } else if src.is_index() {
        if src.dirs.is_empty() {
            (PageKind::Home, String::new())
        } else {
            (PageKind::Section, format!("{}/", src.dirs.join("/")))
        }
    } else {
        let mut parts = src.dirs.clone();
        parts.push(src.stem.clone());
        (PageKind::Page, format!("{}/", parts.join("/")))
    };
    if let Some(code) = &src.lang {
        path = format!("{code}/{path}");
    }
    if path
        .split('/')
        .any(|p| p.contains(char::is_whitespace) || p.contains(['?', '#', '%', '"', '<', '>']))
    {
        errors.push(Diagnostic::error(rel, 0, 0, msg!("page-bad-name")));
    }

    let date = src.front.date.as_ref().and_then(|d| {
        let text = d.value.as_text();
        let parsed = date::parse_iso(&text);
        if parsed.is_none() {
            errors.push(Diagnostic::error(
                rel,
                d.referenced.line() as usize + 1,
                d.referenced.column() as usize,
                msg!("page-bad-date", value = &text),
            ));
        }
        parsed
    });

    let template = src.front.template.as_ref().map(|t| {
        if !templates.contains(&t.value.as_str()) {
            errors.push(Diagnostic::error(
                rel,
                t.referenced.line() as usize + 1,
                t.referenced.column() as usize,
                msg!(
                    "page-no-template",
                    template = &t.value,
                    templates = templates
                ),
            ));
        }
        t.value.clone()
    });

    let mut key_figures = Vec::new();
    for kf in &src.front.key_figures {
        let line = kf.referenced.line() as usize + 1;
        let col = kf.referenced.column() as usize;
        let f = &kf.value;
        let period = f.period.as_ref().map(|p| p.as_text());
        let resolved = series::resolve(
            datasets,
            &f.dataset,
            &f.row
                .as_ref()
                .map(crate::load::Scalar::as_text)
                .unwrap_or_default(),
            &f.column,
            period.as_deref(),
        )
        .and_then(|cell| {
            series::key_figure_changes(datasets, cell, f.changes.as_deref()).map(|c| (cell, c))
        });
        match resolved {
            Ok(((dataset, row, column), changes)) => key_figures.push(KeyFigure {
                label: f.label.clone(),
                dataset,
                row,
                column,
                changes,
            }),
            Err(problem) => errors.push(Diagnostic::error(rel, line, col, problem)),
        }
    }

    errors.extend(front_matter_for_kind(src));
    let paginate = src.front.paginate.as_ref().and_then(|p| {
        usize::try_from(p.value)
            .ok()
            .filter(|n| *n > 0)
            .or_else(|| {
                errors.push(Diagnostic::error(
                    rel,
                    p.referenced.line() as usize + 1,
                    p.referenced.column() as usize,
                    msg!("page-bad-paginate", value = p.value),
                ));
                None
            })
    });
    let mut title = src.front.title.clone();
    let mut description = src.front.description.clone();
    if let Some(r) = row {
        for text in [&mut title, &mut description] {
            match rows::fill(text, datasets, r, &lang) {
                Ok(filled) => *text = filled,
                Err(problem) => errors.push(Diagnostic::error(rel, 1, 1, problem)),
            }
        }
    }
    let doc = docmeta::document(src, date.as_deref(), &mut errors);
    let revisions = docmeta::page_revisions(src, &mut errors);

    let mut segments = Vec::new();
    match shortcode::split(&src.body) {
        Err(e) => {
            let (l, c) = line_col(&src.body, e.at);
            errors.push(Diagnostic::error(rel, l + src.body_line - 1, c, e.message));
        }
        Ok(pieces) => {
            let numbered = refs::numbered(&pieces, datasets, charts);
            let on = Context {
                datasets,
                charts,
                row: row.map(|r| (r.dataset, r.row)),
                numbered: &numbered,
            };
            for piece in pieces {
                match piece {
                    Piece::Text(text, at) => segments.push(Segment::Markdown {
                        line: line_col(&src.body, at).0 + src.body_line - 1,
                        text,
                    }),
                    Piece::Call(call, at) => match check_call(&call, &on) {
                        Ok(s) => segments.push(Segment::Shortcode(s)),
                        Err(problem) => {
                            let (l, c) = line_col(&src.body, at);
                            errors.push(Diagnostic::error(rel, l + src.body_line - 1, c, problem));
                        }
                    },
                }
            }
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Page {
        rel: rel.clone(),
        kind,
        path,
        title,
        description,
        date,
        weight: row.map_or(src.front.weight, |r| Some(r.weight)),
        template,
        segments,
        key_figures,
        parent: None,
        children: Vec::new(),
        lang,
        alternates: Vec::new(),
        paginate,
        doc,
        revisions,
    })
}

/// `per_row:` belongs to `_row.md` and `paginate:` to a section's `_index.md`: elsewhere they would do nothing,
/// which an editor would not expect.
fn front_matter_for_kind(src: &SourcePage) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    if let Some(p) = &src.front.per_row
        && !src.is_row_template()
    {
        errors.push(Diagnostic::error(
            &src.rel,
            p.referenced.line() as usize + 1,
            p.referenced.column() as usize,
            msg!("page-per-row-elsewhere"),
        ));
    }
    if let Some(p) = &src.front.paginate
        && (!src.is_index() || src.dirs.is_empty())
    {
        errors.push(Diagnostic::error(
            &src.rel,
            p.referenced.line() as usize + 1,
            p.referenced.column() as usize,
            msg!("page-paginate-elsewhere"),
        ));
    }
    errors
}

/// Why a page with a language suffix cannot be published: the site has no such language, or there is no page in
/// the default language for it to translate (its address, navigation and switcher all come from that page).
fn translation_problem(
    src: &SourcePage,
    code: &str,
    languages: &[String],
    sources: &[SourcePage],
) -> Option<Diagnostic> {
    if !languages.iter().any(|l| l == code) {
        return Some(Diagnostic::error(
            &src.rel,
            1,
            1,
            msg!(
                "page-unknown-language",
                file = &src.rel,
                code = code,
                count = languages.len(),
                languages = languages,
            ),
        ));
    }
    let original = if src.is_index() && src.dirs.is_empty() {
        return None;
    } else {
        src.rel.with_file_name(format!("{}.md", src.stem))
    };
    if sources
        .iter()
        .any(|s| s.lang.is_none() && s.rel == original)
    {
        return None;
    }
    Some(Diagnostic::error(
        &src.rel,
        1,
        1,
        msg!(
            "page-translation-orphan",
            file = &src.rel,
            original = &original
        ),
    ))
}

/// Fills each page's `alternates`: the pages in other languages with the same path in the default language.
fn link_translations(pages: &mut [Page], config: &SiteConfig) {
    let order: Vec<String> = config.all_languages().into_iter().map(|(c, _)| c).collect();
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        by_key
            .entry(p.key(&config.language).to_string())
            .or_default()
            .push(i);
    }
    for group in by_key.values_mut() {
        group.sort_by_key(|&i| order.iter().position(|c| *c == pages[i].lang));
        for &i in group.iter() {
            pages[i].alternates = group.iter().copied().filter(|&j| j != i).collect();
        }
    }
}

/// What is wrong with a reference, with its hint: the diagnostic's message once its place is known.
type Problem = Message;

/// What a shortcode is checked against: the site's tables and charts, the row of a per-row page, and the page's
/// numbered figures (for `ref()`).
struct Context<'a> {
    datasets: &'a [Dataset],
    charts: &'a [Chart],
    row: Option<(usize, usize)>,
    numbered: &'a [refs::Numbered],
}

fn check_call(call: &Call, on: &Context) -> Result<Shortcode, Problem> {
    let Context {
        datasets,
        charts,
        row: this_row,
        numbered,
    } = *on;
    if call.name.contains('.') {
        let Some((dataset, row)) = this_row else {
            return Err(msg!("shortcode-row-not-row-page", name = &call.name));
        };
        let part = rows::part(&call.name, &datasets[dataset])?;
        return Ok(Shortcode::RowText { dataset, row, part });
    }
    if call.name == "ref" {
        return refs::resolve(call, numbered);
    }
    let strings: Vec<&str> = call
        .args
        .iter()
        .filter_map(|a| match a {
            Arg::Str(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    let all_strings = strings.len() == call.args.len();
    match call.name.as_str() {
        "value" if call.args.len() == 1 && all_strings => {
            let ValueOptions {
                unit,
                period,
                change,
            } = value_options(call)?;
            if period.is_some() {
                return Err(msg!("shortcode-value-one-period"));
            }
            let Some((dataset, row)) = this_row else {
                return Err(msg!("shortcode-value-one-not-row-page"));
            };
            let column = row_column(&datasets[dataset], strings[0])?;
            let change = change
                .map(|k| series::change_of(datasets, (dataset, row, column), k))
                .transpose()?;
            Ok(Shortcode::Value {
                dataset,
                row,
                column,
                unit,
                change,
            })
        }
        "value"
            if call.args.len() == 2
                && all_strings
                && series::is_period_table(datasets, strings[0]) =>
        {
            series::period_value(datasets, strings[0], strings[1], value_options(call)?)
        }
        "value" => {
            if call.args.len() != 3 || !all_strings {
                return Err(msg!("shortcode-value-arguments", count = call.args.len()));
            }
            let ValueOptions {
                unit,
                period,
                change,
            } = value_options(call)?;
            let cell = series::resolve(
                datasets,
                strings[0],
                strings[1],
                strings[2],
                period.as_deref(),
            )?;
            let change = change
                .map(|k| series::change_of(datasets, cell, k))
                .transpose()?;
            let (dataset, row, column) = cell;
            Ok(Shortcode::Value {
                dataset,
                row,
                column,
                unit,
                change,
            })
        }
        "table" => {
            if call.args.len() != 1 || !all_strings || !call.kwargs.is_empty() {
                return Err(msg!("shortcode-table-arguments"));
            }
            let dataset = find_dataset(datasets, strings[0])?;
            Ok(Shortcode::Table { dataset })
        }
        "chart" => {
            if call.args.len() != 1 || !all_strings || !call.kwargs.is_empty() {
                return Err(msg!("shortcode-chart-arguments"));
            }
            let id = strings[0];
            let chart = charts
                .binary_search_by(|c| c.id.as_str().cmp(id))
                .map_err(|_| {
                    let near = closest(id, charts.iter().map(|c| c.id.as_str()));
                    msg!(
                        "shortcode-no-chart",
                        id = id,
                        found = usize::from(near.is_some()),
                        near = near.unwrap_or_default(),
                    )
                })?;
            Ok(Shortcode::Chart { chart })
        }
        other => Err(msg!("shortcode-unknown", name = other)),
    }
}

/// `unit=false`, the one option of `value()`.
/// The options of `value()`, after its positional texts.
struct ValueOptions {
    unit: bool,
    period: Option<String>,
    change: Option<crate::model::series::ChangeKind>,
}

fn value_options(call: &Call) -> Result<ValueOptions, Problem> {
    let mut o = ValueOptions {
        unit: true,
        period: None,
        change: None,
    };
    for (k, v) in &call.kwargs {
        match (k.as_str(), v) {
            ("unit", Arg::Bool(b)) => o.unit = *b,
            ("period", Arg::Str(p)) => o.period = Some(p.clone()),
            ("period", Arg::Int(p)) => o.period = Some(p.to_string()),
            ("change", Arg::Str(c)) => o.change = Some(series::change_kind(c)?),
            _ => {
                return Err(msg!("shortcode-value-option", option = k));
            }
        }
    }
    Ok(o)
}

/// The column `value("column")` names on a per-row page. Its cell may be withheld or empty in some rows: the
/// template is the same for every row, so the page shows the suppression mark (or a dash) there instead.
fn row_column(d: &Dataset, column: &str) -> Result<usize, Problem> {
    match d.column(column) {
        Some((0, _)) => Err(msg!(
            "shortcode-key-column",
            column = column,
            dataset = &d.id
        )),
        Some((ci, _)) => Ok(ci),
        None => {
            let keys: Vec<&str> = d.columns.iter().skip(1).map(|c| c.key.as_str()).collect();
            let near = closest(column, keys.iter().copied());
            Err(msg!(
                "shortcode-no-row-column",
                dataset = &d.id,
                column = column,
                found = usize::from(near.is_some()),
                near = near.unwrap_or_default(),
                count = keys.len(),
                columns = &keys,
            ))
        }
    }
}

fn find_dataset(datasets: &[Dataset], id: &str) -> Result<usize, Problem> {
    datasets
        .binary_search_by(|d| d.id.as_str().cmp(id))
        .map_err(|_| {
            let near = closest(id, datasets.iter().map(|d| d.id.as_str()));
            msg!(
                "shortcode-no-dataset",
                id = id,
                found = usize::from(near.is_some()),
                near = near.unwrap_or_default(),
            )
        })
}

/// Resolves dataset, row and column names to indices, for `value()` and key figures.
fn resolve_cell(
    datasets: &[Dataset],
    id: &str,
    row: &str,
    column: &str,
) -> Result<(usize, usize, usize), Problem> {
    let di = find_dataset(datasets, id)?;
    let d = &datasets[di];
    let Some(ri) = d.rows.iter().position(|r| r.key == row) else {
        let near = closest(row, d.rows.iter().map(|r| r.key.as_str()));
        return Err(msg!(
            "shortcode-no-row",
            dataset = id,
            row = row,
            found = usize::from(near.is_some()),
            near = near.unwrap_or_default(),
            count = d.rows.len(),
            first = d.rows.first().map_or("", |r| r.key.as_str()),
        ));
    };
    let Some((ci, col)) = d.column(column) else {
        let keys: Vec<&str> = d.columns.iter().skip(1).map(|c| c.key.as_str()).collect();
        let near = closest(column, keys.iter().copied());
        return Err(msg!(
            "shortcode-no-column",
            dataset = id,
            column = column,
            found = usize::from(near.is_some()),
            near = near.unwrap_or_default(),
            count = keys.len(),
            columns = &keys,
        ));
    };
    if ci == 0 {
        return Err(msg!(
            "shortcode-cell-key-column",
            column = column,
            dataset = id
        ));
    }
    if d.rows[ri].cells[ci] == Value::Suppressed {
        return Err(msg!(
            "shortcode-cell-withheld",
            row = row,
            column = &col.key,
            dataset = id,
        ));
    }
    if d.rows[ri].cells[ci] == Value::Empty {
        return Err(msg!(
            "shortcode-cell-empty",
            dataset = id,
            row = row,
            column = &col.key,
            file = &d.rel,
        ));
    }
    Ok((di, ri, ci))
}

/// Sets each page's parent (the nearest section above it that exists) and orders each section's children by
/// weight, then date (newest first), then title.
/// Sets every page's parent and every section's children in display order; the preview calls it again when an
/// edit changed a title, date or weight (see [`crate::session`]).
pub fn link_tree(pages: &mut [Page]) {
    let by_path: BTreeMap<String, usize> = pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind != PageKind::Page)
        .map(|(i, p)| (p.path.clone(), i))
        .collect();
    let mut children: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, page) in pages.iter_mut().enumerate() {
        // Each language has its own home page (`` and `en/`), which has no parent.
        if page.kind == PageKind::Home {
            continue;
        }
        let mut dir = page.path.trim_end_matches('/').to_string();
        let parent = loop {
            match dir.rfind('/') {
                Some(cut) => dir.truncate(cut),
                None => dir.clear(),
            }
            let key = if dir.is_empty() {
                String::new()
            } else {
                format!("{dir}/")
            };
            if let Some(&p) = by_path.get(&key) {
                break Some(p);
            }
            if dir.is_empty() {
                break None;
            }
        };
        page.parent = parent;
        if let Some(p) = parent {
            children.entry(p).or_default().push(i);
        }
    }
    for (parent, mut kids) in children {
        kids.sort_by(|&a, &b| {
            let (pa, pb) = (&pages[a], &pages[b]);
            pa.weight
                .unwrap_or(i64::MAX)
                .cmp(&pb.weight.unwrap_or(i64::MAX))
                .then_with(|| pb.date.cmp(&pa.date))
                .then_with(|| pa.title.cmp(&pb.title))
                .then_with(|| pa.path.cmp(&pb.path))
        });
        pages[parent].children = kids;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_offers_only_near_names() {
        let names = ["assistance", "elderly", "marriage"];
        assert_eq!(
            closest("assistence", names.iter().copied()),
            Some("assistance")
        );
        assert_eq!(closest("volunteers", names.iter().copied()), None);
    }

    fn source(rel: &str, draft: bool) -> SourcePage {
        let inner = rel.strip_prefix("content/").unwrap_or(rel);
        crate::load::content::parse(
            std::path::Path::new(rel),
            std::path::Path::new(inner),
            format!("---\ntitle: t\ndraft: {draft}\n---\n"),
        )
        .unwrap()
    }

    #[test]
    fn a_translation_of_a_draft_is_a_draft() {
        let sources = vec![
            source("content/news/a.md", true),
            source("content/news/a.en.md", false),
            source("content/news/b.md", false),
            source("content/news/b.en.md", false),
        ];
        let sections = draft_sections(&sources);
        let drafted: Vec<bool> = sources
            .iter()
            .map(|s| is_draft(s, &sources, &sections))
            .collect();
        assert_eq!(drafted, [true, true, false, false]);
    }

    #[test]
    fn a_draft_section_in_one_language_withholds_only_that_language() {
        let sources = vec![
            source("content/news/_index.md", false),
            source("content/news/_index.en.md", true),
            source("content/news/a.md", false),
            source("content/news/a.en.md", false),
            source("content/old/_index.md", true),
            source("content/old/x/b.en.md", false),
        ];
        let sections = draft_sections(&sources);
        let drafted: Vec<bool> = sources
            .iter()
            .map(|s| is_draft(s, &sources, &sections))
            .collect();
        assert_eq!(drafted, [false, true, false, true, true, true]);
    }
}
