//! Stage 1: read the site folder into memory. Nothing is interpreted beyond parsing; every file is read exactly once,
//! in parallel, and listed in sorted order so the rest of the pipeline is deterministic.

pub mod chart;
pub mod config;
pub mod content;
pub mod dataset;
pub mod docmeta;
pub mod figures;
pub mod files;
pub mod scalar;
pub mod yaml;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use chart::{RawChart, SourceChart};
pub use content::{FrontMatter, KeyFigure, SourcePage};
pub use dataset::{RawColumn, RawDataset, SourceDataset};
pub use scalar::Scalar;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::msg;
use crate::model::{BaseUrl, SiteConfig, StaticFile, TemplateSource};

/// Everything the site folder holds, in memory.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub base: BaseUrl,
    pub pages: Vec<SourcePage>,
    pub datasets: Vec<SourceDataset>,
    pub charts: Vec<SourceChart>,
    pub templates: Vec<TemplateSource>,
    /// Theme static files first, then the site's own, so the site can override a theme file.
    pub statics: Vec<StaticFile>,
}

/// Reads the site at `root`. Returns every problem found, not just the first, so an editor can fix them in one go.
pub fn load(
    root: &Path,
    base_url_override: Option<&str>,
) -> Result<(Loaded, Diagnostics), Diagnostics> {
    load_reusing(root, base_url_override, None)
}

/// A previous load whose files `serve` takes over instead of reading and parsing them again. The folders are still
/// walked, so new, deleted and renamed files are found exactly as a full load finds them.
pub struct Reuse<'a> {
    pages: HashMap<&'a Path, &'a SourcePage>,
    datasets: HashMap<&'a Path, &'a SourceDataset>,
    templates: HashMap<&'a Path, &'a TemplateSource>,
    statics: HashMap<&'a Path, &'a StaticFile>,
    changed: &'a (dyn Fn(&Path) -> bool + Sync),
}

impl<'a> Reuse<'a> {
    /// `changed` says which files (relative to the root) must be read again.
    pub fn new(previous: &'a Loaded, changed: &'a (dyn Fn(&Path) -> bool + Sync)) -> Self {
        Reuse {
            pages: previous
                .pages
                .iter()
                .map(|p| (p.rel.as_path(), p))
                .collect(),
            datasets: previous
                .datasets
                .iter()
                .map(|d| (d.rel.as_path(), d))
                .collect(),
            templates: previous
                .templates
                .iter()
                .map(|t| (t.rel.as_path(), t))
                .collect(),
            statics: previous
                .statics
                .iter()
                .map(|s| (s.rel.as_path(), s))
                .collect(),
            changed,
        }
    }

    fn get<T: Clone>(&self, map: &HashMap<&Path, &T>, rel: &Path) -> Option<T> {
        if (self.changed)(rel) {
            return None;
        }
        map.get(rel).map(|v| (*v).clone())
    }
}

/// [`load`], taking unchanged files from `reuse`.
pub fn load_reusing(
    root: &Path,
    base_url_override: Option<&str>,
    reuse: Option<&Reuse>,
) -> Result<(Loaded, Diagnostics), Diagnostics> {
    let mut diags = Diagnostics::default();
    let (config, base) = config::load(root, base_url_override).map_err(|d| Diagnostics(vec![d]))?;

    let page_cap = files::Cap {
        bytes: config.limits.page_bytes(),
        key: Some("page_mb"),
    };
    let file_cap = files::Cap {
        bytes: config.limits.file_bytes(),
        key: Some("file_mb"),
    };
    let found = walk_site(root, &config, &mut diags)?;
    let pages = read_pages(root, &found.content, page_cap, reuse, &mut diags);
    let datasets = read_datasets(root, &found.data, file_cap, reuse, &mut diags);
    let charts = read_charts(root, &found.charts, file_cap, &mut diags);
    let templates = read_templates(root, &found.templates, file_cap, reuse);
    let statics = read_statics(
        root,
        &found.theme_static,
        &found.site_static,
        file_cap,
        reuse,
    );

    let pages = collect(pages, &mut diags);
    let datasets = collect(datasets, &mut diags);
    let charts = collect(charts, &mut diags);
    let templates = collect(templates, &mut diags);
    let statics = collect(statics, &mut diags);
    if diags.has_errors() {
        return Err(diags);
    }
    Ok((
        Loaded {
            root: root.to_path_buf(),
            config,
            base,
            pages,
            datasets,
            charts,
            templates,
            statics,
        },
        diags,
    ))
}

/// The files of each source folder of a site.
struct SiteFiles {
    content: Vec<files::Found>,
    data: Vec<files::Found>,
    charts: Vec<files::Found>,
    templates: Vec<files::Found>,
    theme_static: Vec<files::Found>,
    site_static: Vec<files::Found>,
}

/// Lists every source folder; the walk's warnings go to `diags`. The theme's templates folder must exist.
fn walk_site(
    root: &Path,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Result<SiteFiles, Diagnostics> {
    let mut walk_warnings = Vec::new();
    let content = files::walk(root, "content", true, &mut walk_warnings);
    let data = files::walk(root, "data", false, &mut walk_warnings);
    let charts = files::walk(root, "charts", false, &mut walk_warnings);
    let theme_dir = format!("themes/{}", config.theme);
    let templates_dir = format!("{theme_dir}/templates");
    // The theme cannot be left out as a linked folder can: without its templates there is no site.
    if let Some(link) = files::link_on_the_way(root, Path::new(&templates_dir)) {
        return Err(Diagnostics(vec![files::symlink_error(&link)]));
    }
    if !root.join(&templates_dir).is_dir() {
        return Err(Diagnostics(vec![Diagnostic::error(
            "site.yaml",
            0,
            0,
            msg!(
                "theme-no-templates",
                theme = &config.theme,
                folder = &templates_dir
            ),
        )]));
    }
    let templates = files::walk(root, &templates_dir, false, &mut walk_warnings);
    let theme_static = files::walk(
        root,
        &format!("{theme_dir}/static"),
        false,
        &mut walk_warnings,
    );
    let site_static = files::walk(root, "static", false, &mut walk_warnings);
    diags.extend(walk_warnings);
    Ok(SiteFiles {
        content,
        data,
        charts,
        templates,
        theme_static,
        site_static,
    })
}

/// Every Markdown file of content/; any other file there is left out with a warning.
fn read_pages(
    root: &Path,
    content_files: &[files::Found],
    page_cap: files::Cap,
    reuse: Option<&Reuse>,
    diags: &mut Diagnostics,
) -> Vec<Result<SourcePage, Diagnostic>> {
    let pages = content_files
        .par_iter()
        .filter(|f| f.rel.extension().is_some_and(|e| e == "md"))
        .map(|f| {
            if let Some(p) = reuse.and_then(|r| r.get(&r.pages, &f.rel)) {
                return Ok(p);
            }
            let text = files::read_text(root, &f.rel, page_cap)?;
            content::parse(&f.rel, &f.inner, text)
        })
        .collect();
    for f in content_files {
        if f.rel.extension().is_none_or(|e| e != "md") {
            diags.push(Diagnostic::warning(
                &f.rel,
                0,
                0,
                msg!("content-not-markdown"),
            ));
        }
    }
    pages
}

/// Every dataset directly inside data/: a YAML file (with the CSV of its records, or a table file, beside it) or a
/// table file (CSV, XLSX, ODS) on its own; anything else there is left out with a warning.
fn read_datasets(
    root: &Path,
    data_files: &[files::Found],
    file_cap: files::Cap,
    reuse: Option<&Reuse>,
    diags: &mut Diagnostics,
) -> Vec<Result<SourceDataset, Diagnostic>> {
    let top_level = |f: &files::Found| f.inner.components().count() == 1;
    let is_table = |p: &Path| {
        p.extension().is_some_and(|e| {
            dataset::table_file::EXTENSIONS
                .contains(&e.to_string_lossy().to_ascii_lowercase().as_str())
        })
    };
    // Only files the walk listed: a linked one was skipped there, with a warning.
    let tables_of = |stem: &Path| -> Vec<&files::Found> {
        data_files
            .iter()
            .filter(|t| top_level(t) && is_table(&t.rel) && t.rel.with_extension("") == stem)
            .collect()
    };
    let yaml_of = |stem: &Path| {
        data_files
            .iter()
            .find(|y| top_level(y) && is_yaml(&y.rel) && y.rel.with_extension("") == stem)
    };
    let datasets = data_files
        .par_iter()
        .filter(|f| is_yaml(&f.rel) && top_level(f))
        .map(|f| {
            let stem = f.rel.with_extension("");
            let beside = tables_of(&stem);
            let csv = f.rel.with_extension("csv");
            if beside.is_empty()
                && let Some(r) = reuse
                && let Some(d) = r.get(&r.datasets, &f.rel)
            {
                return Ok(d);
            }
            let text = files::read_text(root, &f.rel, file_cap)?;
            if beside.len() > 1 {
                return Err(two_tables(&beside));
            }
            match beside.first() {
                Some(t) if t.rel != csv || !dataset::table_file::declares_records(&text) => {
                    let bytes = files::read_bytes(root, &t.rel, file_cap)?;
                    dataset::table_file::parse(&t.rel, bytes, Some((f.rel.clone(), text)))
                }
                _ => {
                    let mut d = dataset::parse(&f.rel, &text)?;
                    if !beside.is_empty() {
                        d.csv = Some((csv.clone(), files::read_text(root, &csv, file_cap)?));
                    }
                    Ok(d)
                }
            }
        })
        .chain(
            data_files
                .par_iter()
                .filter(|t| top_level(t) && is_table(&t.rel))
                .filter(|t| yaml_of(&t.rel.with_extension("")).is_none())
                .filter_map(|t| {
                    let beside = tables_of(&t.rel.with_extension(""));
                    if beside.len() > 1 {
                        // Reported once, for the first of the files.
                        return (beside[0].rel == t.rel).then(|| Err(two_tables(&beside)));
                    }
                    Some(
                        files::read_bytes(root, &t.rel, file_cap)
                            .and_then(|bytes| dataset::table_file::parse(&t.rel, bytes, None)),
                    )
                }),
        )
        .collect();
    for f in data_files {
        if !(is_yaml(&f.rel) || is_table(&f.rel)) || !top_level(f) {
            diags.push(Diagnostic::warning(&f.rel, 0, 0, msg!("data-not-dataset")));
        }
    }
    datasets
}

/// Every YAML file directly inside charts/; anything else there is left out with a warning.
fn read_charts(
    root: &Path,
    chart_files: &[files::Found],
    file_cap: files::Cap,
    diags: &mut Diagnostics,
) -> Vec<Result<SourceChart, Diagnostic>> {
    let charts = chart_files
        .par_iter()
        .filter(|f| is_yaml(&f.rel) && f.inner.components().count() == 1)
        .map(|f| {
            let text = files::read_text(root, &f.rel, file_cap)?;
            chart::parse(&f.rel, &text)
        })
        .collect();
    for f in chart_files {
        if !is_yaml(&f.rel) || f.inner.components().count() != 1 {
            diags.push(Diagnostic::warning(&f.rel, 0, 0, msg!("charts-not-chart")));
        }
    }
    charts
}

/// The theme's templates; an empty one is an error.
fn read_templates(
    root: &Path,
    template_files: &[files::Found],
    file_cap: files::Cap,
    reuse: Option<&Reuse>,
) -> Vec<Result<TemplateSource, Diagnostic>> {
    template_files
        .par_iter()
        .map(|f| {
            if let Some(t) = reuse.and_then(|r| r.get(&r.templates, &f.rel)) {
                return Ok(t);
            }
            let text = files::read_text(root, &f.rel, file_cap)?;
            // An empty template renders blank pages with no error anywhere: almost always a file saved by mistake.
            if text.trim().is_empty() {
                return Err(Diagnostic::error(&f.rel, 0, 0, msg!("template-empty")));
            }
            Ok(TemplateSource {
                name: slashes(&f.inner),
                rel: f.rel.clone(),
                text,
            })
        })
        .collect()
}

/// The theme's static files, then the site's.
fn read_statics(
    root: &Path,
    theme_static: &[files::Found],
    site_static: &[files::Found],
    file_cap: files::Cap,
    reuse: Option<&Reuse>,
) -> Vec<Result<StaticFile, Diagnostic>> {
    theme_static
        .par_iter()
        .chain(site_static.par_iter())
        .map(|f| {
            if let Some(s) = reuse.and_then(|r| r.get(&r.statics, &f.rel)) {
                return Ok(s);
            }
            Ok(StaticFile {
                out: slashes(&f.inner),
                rel: f.rel.clone(),
                bytes: files::read_bytes(root, &f.rel, file_cap)?,
            })
        })
        .collect()
}

fn collect<T>(results: Vec<Result<T, Diagnostic>>, diags: &mut Diagnostics) -> Vec<T> {
    let mut ok = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(v) => ok.push(v),
            Err(d) => diags.push(d),
        }
    }
    ok
}

fn is_yaml(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "yaml" || e == "yml")
}

/// A relative path with forward slashes, as used in URLs and output paths.
pub fn slashes(p: &Path) -> String {
    crate::diagnostics::display_path(p)
}

fn two_tables(files: &[&files::Found]) -> Diagnostic {
    let names: Vec<String> = files.iter().map(|f| slashes(&f.rel)).collect();
    Diagnostic::error(
        &files[0].rel,
        0,
        0,
        msg!("dataset-two-files", files = names),
    )
}
