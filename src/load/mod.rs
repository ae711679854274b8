//! Stage 1: read the site folder into memory. Nothing is interpreted beyond parsing; every file is read exactly once,
//! in parallel, and listed in sorted order so the rest of the pipeline is deterministic.

pub mod chart;
pub mod config;
pub mod content;
pub mod dataset;
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

    let mut walk_warnings = Vec::new();
    let content_files = files::walk(root, "content", true, &mut walk_warnings);
    let data_files = files::walk(root, "data", false, &mut walk_warnings);
    let chart_files = files::walk(root, "charts", false, &mut walk_warnings);
    let theme_dir = format!("themes/{}", config.theme);
    let templates_dir = format!("{theme_dir}/templates");
    // The theme cannot be left out as a linked folder can: without its templates there is no site.
    if let Some(link) = files::link_on_the_way(root, Path::new(&templates_dir)) {
        return Err(Diagnostics(vec![files::symlink_error(&link)]));
    }
    if !root.join(&templates_dir).is_dir() {
        return Err(Diagnostics(vec![
            Diagnostic::error(
                "site.yaml",
                0,
                0,
                format!("the theme `{}` has no folder {templates_dir}", config.theme),
            )
            .hint("set `theme:` to a folder under themes/, e.g. `theme: default`"),
        ]));
    }
    let template_files = files::walk(root, &templates_dir, false, &mut walk_warnings);
    let theme_static = files::walk(
        root,
        &format!("{theme_dir}/static"),
        false,
        &mut walk_warnings,
    );
    let site_static = files::walk(root, "static", false, &mut walk_warnings);
    diags.extend(walk_warnings);

    let pages: Vec<Result<SourcePage, Diagnostic>> = content_files
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
    for f in &content_files {
        if f.rel.extension().is_none_or(|e| e != "md") {
            diags.push(
                Diagnostic::warning(
                    &f.rel,
                    0,
                    0,
                    "only Markdown (.md) files are read from content/; this file is left out",
                )
                .hint("put images and downloads in static/"),
            );
        }
    }

    let is_sidecar_csv = |f: &files::Found| {
        f.rel.extension().is_some_and(|e| e == "csv")
            && f.inner.components().count() == 1
            && data_files
                .iter()
                .any(|y| is_yaml(&y.rel) && y.rel.with_extension("") == f.rel.with_extension(""))
    };
    let datasets: Vec<Result<SourceDataset, Diagnostic>> = data_files
        .par_iter()
        .filter(|f| is_yaml(&f.rel) && f.inner.components().count() == 1)
        .map(|f| {
            let csv = f.rel.with_extension("csv");
            if let Some(r) = reuse
                && !(r.changed)(&csv)
                && let Some(d) = r.get(&r.datasets, &f.rel)
            {
                return Ok(d);
            }
            let text = files::read_text(root, &f.rel, file_cap)?;
            let mut d = dataset::parse(&f.rel, &text)?;
            // Only a CSV the walk listed: a linked one was skipped there, with a warning.
            if data_files.iter().any(|c| c.rel == csv) {
                d.csv = Some((csv.clone(), files::read_text(root, &csv, file_cap)?));
            }
            Ok(d)
        })
        .collect();
    for f in &data_files {
        if (!is_yaml(&f.rel) && !is_sidecar_csv(f)) || f.inner.components().count() != 1 {
            diags.push(
                Diagnostic::warning(
                    &f.rel,
                    0,
                    0,
                    "only .yaml files directly inside data/ are datasets; this file is left out",
                )
                .hint("move it, or remove it from data/"),
            );
        }
    }

    let charts: Vec<Result<SourceChart, Diagnostic>> = chart_files
        .par_iter()
        .filter(|f| is_yaml(&f.rel) && f.inner.components().count() == 1)
        .map(|f| {
            let text = files::read_text(root, &f.rel, file_cap)?;
            chart::parse(&f.rel, &text)
        })
        .collect();
    for f in &chart_files {
        if !is_yaml(&f.rel) || f.inner.components().count() != 1 {
            diags.push(
                Diagnostic::warning(
                    &f.rel,
                    0,
                    0,
                    "only .yaml files directly inside charts/ are charts; this file is left out",
                )
                .hint("move it, or remove it from charts/"),
            );
        }
    }

    let templates: Vec<Result<TemplateSource, Diagnostic>> = template_files
        .par_iter()
        .map(|f| {
            if let Some(t) = reuse.and_then(|r| r.get(&r.templates, &f.rel)) {
                return Ok(t);
            }
            let text = files::read_text(root, &f.rel, file_cap)?;
            // An empty template renders blank pages with no error anywhere: almost always a file saved by mistake.
            if text.trim().is_empty() {
                return Err(Diagnostic::error(&f.rel, 0, 0, "this template is empty")
                    .hint("restore the template (e.g. from the default theme, or with git), or remove it if no page uses it"));
            }
            Ok(TemplateSource {
                name: slashes(&f.inner),
                rel: f.rel.clone(),
                text,
            })
        })
        .collect();

    let statics: Vec<Result<StaticFile, Diagnostic>> = theme_static
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
        .collect();

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
