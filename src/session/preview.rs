//! The files side of a session that `serve` runs: the preview folder, a digest of every file in it, and the rebuild
//! after a save. A save costs a re-read of the changed files; a page edited alone is then checked, redacted,
//! rendered and scanned alone ([`super::edit`]); any other change checks the whole site again (the only way to be
//! sure it broke nothing elsewhere) and renders, scans and writes only the output files it touched
//! ([`super::fingerprint`]). Like `build`, every rebuild honours `--strict` and writes the privacy report.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::fingerprint::{Digest, Fingerprint, Selection, digest};
use super::stages::{self, Protected, Staged, scan};
use super::{Session, edit};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::messages::io_reason;
use crate::messages::msg;
use crate::model::BaseUrl;
use crate::render::templates::Theme;
use crate::render::{self, Job, OutputFile, Planned, search};

/// What one rebuild did.
#[derive(Debug)]
pub enum Outcome {
    /// The site was rebuilt and these output files were written or deleted.
    Updated {
        written: usize,
        deleted: usize,
        elapsed: Duration,
    },
    /// The change altered no output file (a comment, a draft, an editor's temporary file).
    Unchanged,
    /// The build failed; the last good site is still being served.
    Failed(Vec<Diagnostic>),
}

/// The preview folder and what is known about the site in it.
pub struct Preview {
    /// The address the site is built for: `http://127.0.0.1:PORT`, followed by the path of `base_url`.
    origin: String,
    dir: PathBuf,
    /// The last site that built, as checked and protected.
    pub(super) last: Option<Protected>,
    pub(super) fingerprint: Option<Fingerprint>,
    /// Every file in `dir`, as written.
    pub(super) served: BTreeMap<String, Digest>,
    /// Every file the site being served has, with its source: what a page edit need not plan again.
    pub(super) planned: Vec<Planned>,
    /// The base path of the site being served, e.g. `/mzj/`.
    base_path: String,
    /// Warnings of the last successful build, screened.
    pub(super) warnings: Vec<Diagnostic>,
    /// The search index's docs of the last build, less those of what changed since.
    pub(super) docs: search::DocCache,
    /// Each language's search index as served, once a page edit made it: the next edit updates it in place.
    pub(super) live: Option<Vec<search::index::Live>>,
    /// The theme of the site being served, compiled: kept until a save changes a template or the settings it is
    /// compiled with.
    pub(super) theme: Option<Theme>,
}

impl Preview {
    pub fn new(origin: String, dir: PathBuf) -> Preview {
        Preview {
            origin,
            dir,
            last: None,
            fingerprint: None,
            served: BTreeMap::new(),
            planned: Vec::new(),
            base_path: "/".into(),
            warnings: Vec::new(),
            docs: search::DocCache::default(),
            live: None,
            theme: None,
        }
    }
}

impl Session {
    /// The base path of the site being served, e.g. `/mzj/`.
    pub fn base_path(&self) -> &str {
        self.preview.as_ref().map_or("/", |p| p.base_path.as_str())
    }

    /// Warnings of the last successful build, for the console.
    pub fn warnings(&self) -> &[Diagnostic] {
        self.preview.as_ref().map_or(&[], |p| p.warnings.as_slice())
    }

    /// Rebuilds the preview after `changed` (paths relative to the root). `publish` gets the new base path and a
    /// function that writes the changed files and deletes the gone ones; it must call it so that no reader of the
    /// folder sees the folder half-updated.
    pub fn preview(
        &mut self,
        changed: impl IntoIterator<Item = PathBuf>,
        publish: impl FnOnce(&str, &dyn Fn() -> io::Result<()>) -> io::Result<()>,
    ) -> Outcome {
        let started = Instant::now();
        self.dirty.extend(changed);
        let staged = match edit::page_edit(self) {
            Some(result) => result,
            None => self.rebuild_all(),
        };
        let staged = match staged {
            Ok(s) => s,
            Err(d) => return Outcome::Failed(errors(d)),
        };
        let Some(preview) = self.preview.as_mut() else {
            return Outcome::Unchanged;
        };
        if staged.files.is_empty() && staged.deleted.is_empty() {
            return Outcome::Unchanged;
        }
        let dir = preview.dir.clone();
        let apply = || apply(&dir, &staged.files, &staged.deleted);
        if let Err(e) = publish(&preview.base_path, &apply) {
            // Any of these files may or may not have been written: forget them, so the next build writes them again
            // (and renders everything, to compare). Deletions that failed are still listed, so they are retried.
            for f in &staged.files {
                preview.served.remove(&f.path);
            }
            preview.fingerprint = None;
            preview.last = None;
            return Outcome::Failed(vec![Diagnostic::error(
                "serve",
                0,
                0,
                msg!("serve-write-failed", reason = io_reason(&e)),
            )]);
        }
        for p in &staged.deleted {
            preview.served.remove(p);
        }
        for f in &staged.files {
            preview.served.insert(f.path.clone(), digest(&f.bytes));
        }
        Outcome::Updated {
            written: staged.files.len(),
            deleted: staged.deleted.len(),
            elapsed: started.elapsed(),
        }
    }

    /// Every stage over the whole site (reusing the files that did not change), rendering only the output files
    /// the change touched.
    fn rebuild_all(&mut self) -> Result<Staged, Diagnostics> {
        let root = self.opts.root.clone();
        let Some(origin) = self.preview.as_ref().map(|p| p.origin.clone()) else {
            return Err(Diagnostics::default());
        };
        let (mut loaded, mut diags) = stages::load(&root, None, self.loaded.as_ref(), &self.dirty)?;
        // Built for the preview's address, under the base path of site.yaml, as it will be once published.
        let path = loaded.base.path.clone();
        loaded.base = BaseUrl {
            absolute: format!("{origin}{path}"),
            path,
        };
        // Validation consumes the load; the session keeps a copy for the next save to reuse.
        self.loaded = Some(loaded.clone());
        self.dirty.clear();
        let validated = stages::validate(&root, loaded, &mut diags)?;
        let protected = stages::protect(validated, true, &mut diags);
        stages::write_report(&root, &protected.report);
        let warnings = self.passed(&protected, diags)?;
        let Some(preview) = self.preview.as_mut() else {
            return Err(Diagnostics::default());
        };
        let public = &protected.site;
        let site = public.site();
        let fingerprint = Fingerprint::of(site, &protected.cleared);
        let mut selection = Selection::between(preview.fingerprint.as_ref(), &fingerprint, site);
        // A changed guard must read every file again, and only files rendered now are in memory to read.
        selection.all |= selection.rescan;
        selection.forget_docs(&preview.docs, site);
        let screen = |e: Vec<Diagnostic>| protected.screen(&root, Diagnostics(e));
        let planned = render::plan(site).map_err(screen)?;
        // Taken out, so a render that fails (and may have stopped it) leaves none behind.
        let theme = match preview.theme.take() {
            Some(theme)
                if preview
                    .fingerprint
                    .as_ref()
                    .is_some_and(|f| f.same_theme(&fingerprint)) =>
            {
                theme
            }
            _ => Theme::compile(site).map_err(screen)?,
        };
        let served = &preview.served;
        let is_index = |p: &Planned| matches!(p.job, Job::SearchFile(..));
        let index = planned
            .iter()
            .any(|p| is_index(p) && selection.wants(p, site, served));
        let made = std::sync::Mutex::new(Vec::new());
        render::render_prepared(
            public,
            &theme,
            &planned,
            |p| !is_index(p) && selection.wants(p, site, served),
            Some(&preview.docs),
            &|f| {
                if let Ok(mut made) = made.lock() {
                    made.push(f);
                }
                Ok(())
            },
        )
        .map_err(screen)?;
        let mut files = made.into_inner().unwrap_or_default();
        // The search index is made as a live one, which the next page edit updates in place (its files are those
        // a build makes); a rebuild that leaves the index alone forgets it, as it may no longer fit the site.
        let mut live = None;
        if index {
            files.extend(
                edit::fresh_search_files(public, &preview.docs, &mut live).map_err(screen)?,
            );
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let files: Vec<OutputFile> = files
            .into_iter()
            .filter(|f| selection.rescan || served.get(&f.path) != Some(&digest(&f.bytes)))
            .collect();
        scan(&protected, &protected.cleared, &planned, &files)
            .map_err(|d| protected.screen(&root, d))?;
        let files: Vec<OutputFile> = files
            .into_iter()
            .filter(|f| served.get(&f.path) != Some(&digest(&f.bytes)))
            .collect();
        let known: BTreeSet<&str> = planned.iter().map(|p| p.path.as_str()).collect();
        let deleted: Vec<String> = served
            .keys()
            .filter(|p| !known.contains(p.as_str()))
            .cloned()
            .collect();
        preview.warnings = warnings;
        preview.live = live;
        preview.fingerprint = Some(fingerprint);
        preview.base_path = site.base.path.clone();
        preview.planned = planned;
        preview.theme = Some(theme);
        preview.last = Some(protected);
        Ok(Staged { files, deleted })
    }

    /// The screened warnings of a check that passed, or its errors (`--strict` making every warning one).
    pub(super) fn passed(
        &self,
        protected: &Protected,
        mut diags: Diagnostics,
    ) -> Result<Vec<Diagnostic>, Diagnostics> {
        if self.opts.strict {
            diags.make_strict();
        }
        let diags = protected.screen(&self.opts.root, diags);
        if diags.has_errors() {
            return Err(diags);
        }
        Ok(diags.sorted().0)
    }
}

fn errors(diags: Diagnostics) -> Vec<Diagnostic> {
    diags
        .sorted()
        .0
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect()
}

/// Writes the changed files and deletes the gone ones, then removes folders left empty.
fn apply(dir: &Path, files: &[OutputFile], deleted: &[String]) -> io::Result<()> {
    for f in files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, &f.bytes)?;
    }
    for p in deleted {
        let path = dir.join(p);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let mut at = path.parent();
        while let Some(folder) = at {
            if folder == dir || fs::remove_dir(folder).is_err() {
                break;
            }
            at = folder.parent();
        }
    }
    Ok(())
}
