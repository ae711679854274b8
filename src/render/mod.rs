//! Stage 4: the checked, privacy-protected site becomes output files, in memory. Nothing is written to disk here, so
//! the egress scan can read every byte before anything replaces `public/`.

pub mod downloads;
pub mod feed;
pub mod format;
pub mod html;
pub mod links;
pub mod markdown;
pub mod metadata;
pub mod pages;
pub mod sitemap;
pub mod strings;
pub mod table;
pub mod templates;

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, display_path};
use crate::validate::{PageKind, Site};

/// One file of the output.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Relative to the output folder, with forward slashes.
    pub path: String,
    pub bytes: Vec<u8>,
    /// The source that produced it, for messages.
    pub source: PathBuf,
}

/// The whole output, sorted by path.
#[derive(Debug, Clone, Default)]
pub struct Output {
    pub files: Vec<OutputFile>,
}

impl Output {
    pub fn html_pages(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.path.ends_with(".html"))
            .count()
    }
}

pub fn render(site: &Site) -> Result<Output, Vec<Diagnostic>> {
    let theme = templates::Theme::compile(site)?;
    let lang = site.config.language.as_str();
    let cx = pages::Ctx {
        site,
        theme: &theme,
        lang,
    };
    let index_html = |path: &str| format!("{path}index.html");

    let mut results: Vec<Result<OutputFile, Diagnostic>> = (0..site.pages.len())
        .into_par_iter()
        .map(|i| {
            let p = &site.pages[i];
            Ok(OutputFile {
                path: index_html(&p.path),
                bytes: pages::page(&cx, i)?.into_bytes(),
                source: p.rel.clone(),
            })
        })
        .collect();
    let dataset_files: Vec<Result<Vec<OutputFile>, Diagnostic>> = site
        .datasets
        .par_iter()
        .map(|d| {
            Ok(vec![
                OutputFile {
                    path: format!("data/{}/index.html", d.id),
                    bytes: pages::dataset(&cx, d)?.into_bytes(),
                    source: d.rel.clone(),
                },
                OutputFile {
                    path: format!("data/{}.csv", d.id),
                    bytes: downloads::csv(d, lang),
                    source: d.rel.clone(),
                },
                OutputFile {
                    path: format!("data/{}.json", d.id),
                    bytes: downloads::json(d),
                    source: d.rel.clone(),
                },
            ])
        })
        .collect();
    for r in dataset_files {
        match r {
            Ok(files) => results.extend(files.into_iter().map(Ok)),
            Err(e) => results.push(Err(e)),
        }
    }
    results.extend(
        (0..site.charts.len())
            .into_par_iter()
            .map(|i| {
                Ok(OutputFile {
                    path: format!("charts/{}.svg", site.charts[i].id),
                    bytes: crate::charts::embed::file(site, i, lang)?,
                    source: site.charts[i].rel.clone(),
                })
            })
            .collect::<Vec<_>>(),
    );
    let theme_dir = PathBuf::from(format!("themes/{}/templates", site.config.theme));
    results.push(pages::catalogue(&cx).map(|h| OutputFile {
        path: "data/index.html".into(),
        bytes: h.into_bytes(),
        source: theme_dir.join("catalogue.html"),
    }));
    results.push(pages::not_found(&cx).map(|h| OutputFile {
        path: "404.html".into(),
        bytes: h.into_bytes(),
        source: theme_dir.join("404.html"),
    }));

    let mut sitemap_entries: Vec<(String, Option<String>)> = site
        .pages
        .iter()
        .map(|p| {
            (
                format!("{}{}", site.base.absolute, links::encode_path(&p.path)),
                p.date.clone(),
            )
        })
        .collect();
    sitemap_entries.push((format!("{}data/", site.base.absolute), None));
    for d in &site.datasets {
        sitemap_entries.push((
            format!(
                "{}{}",
                site.base.absolute,
                links::encode_path(&format!("data/{}/", d.id))
            ),
            d.as_of.clone(),
        ));
    }
    results.push(Ok(OutputFile {
        path: "sitemap.xml".into(),
        bytes: sitemap::sitemap(sitemap_entries),
        source: PathBuf::from("site.yaml"),
    }));

    results.push(Ok(OutputFile {
        path: "data/datapackage.json".into(),
        bytes: metadata::datapackage(site),
        source: PathBuf::from("data"),
    }));
    results.push(Ok(OutputFile {
        path: "atom.xml".into(),
        bytes: feed::atom(site),
        source: PathBuf::from("content"),
    }));

    let mut errors = Vec::new();
    let mut files = Vec::with_capacity(results.len() + site.statics.len());
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        errors.sort();
        errors.dedup();
        return Err(errors);
    }

    let mut by_path: BTreeMap<String, OutputFile> = BTreeMap::new();
    for f in files {
        if let Some(old) = by_path.get(&f.path) {
            errors.push(
                Diagnostic::error(
                    &f.source,
                    0,
                    0,
                    format!(
                        "two sources would write the same file {}: this one and {}",
                        f.path,
                        display_path(&old.source)
                    ),
                )
                .hint("rename one of them"),
            );
            continue;
        }
        by_path.insert(f.path.clone(), f);
    }
    // Site static files may replace theme static files (that is how a site overrides its theme), but never a page.
    for s in &site.statics {
        let f = OutputFile {
            path: s.out.clone(),
            bytes: s.bytes.clone(),
            source: s.rel.clone(),
        };
        if let Some(old) = by_path.get(&f.path)
            && !old.source.starts_with("themes")
        {
            errors.push(
                Diagnostic::error(
                    &f.source,
                    0,
                    0,
                    format!(
                        "this static file would overwrite {}, made from {}",
                        f.path,
                        display_path(&old.source)
                    ),
                )
                .hint("rename or move the static file"),
            );
            continue;
        }
        by_path.insert(f.path.clone(), f);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    debug_assert!(site.pages.iter().any(|p| p.kind == PageKind::Home));
    Ok(Output {
        files: by_path.into_values().collect(),
    })
}
