//! Stage 3: nothing private goes further than this. This version enforces what the site configures as editing
//! markers (`privacy.strip`): they are deleted from every string that reaches a page, and the rendered output is
//! scanned for them again before it may replace `public/` (see [`egress`]). Reports name the file and the kind of
//! finding, never the text found.

pub mod egress;

use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics, line_col};
use crate::validate::{Segment, Site, Value};

/// Counts of what this stage removed, for the build summary.
#[derive(Debug, Default, Clone, Copy)]
pub struct PrivacySummary {
    pub detections: usize,
}

/// Removes the configured markers from every published string of the site.
pub fn protect(mut site: Site, diags: &mut Diagnostics) -> (Site, PrivacySummary) {
    let markers: Vec<String> = site.config.privacy.strip.clone();
    let mut summary = PrivacySummary::default();
    if markers.is_empty() {
        return (site, summary);
    }
    let mut scrub = |text: &mut String, file: &Path, line_base: usize| {
        for m in &markers {
            while let Some(at) = text.find(m.as_str()) {
                let (l, _) = line_col(text, at);
                diags.push(
                    Diagnostic::warning(
                        file,
                        line_base + l - 1,
                        0,
                        "an editing marker (privacy.strip) was removed",
                    )
                    .hint("delete the marker from the source file"),
                );
                summary.detections += 1;
                text.replace_range(at..at + m.len(), "");
            }
        }
    };
    for page in &mut site.pages {
        let rel = page.rel.clone();
        scrub(&mut page.title, &rel, 1);
        scrub(&mut page.description, &rel, 1);
        for seg in &mut page.segments {
            if let Segment::Markdown { text, line } = seg {
                scrub(text, &rel, *line);
            }
        }
        for kf in &mut page.key_figures {
            scrub(&mut kf.label, &rel, 1);
        }
    }
    for d in &mut site.datasets {
        let rel = d.rel.clone();
        scrub(&mut d.title, &rel, 1);
        scrub(&mut d.description, &rel, 1);
        scrub(&mut d.source, &rel, 1);
        for c in &mut d.columns {
            scrub(&mut c.label, &rel, 1);
        }
        for r in &mut d.rows {
            scrub(&mut r.key, &rel, r.line);
            for cell in &mut r.cells {
                if let Value::Text(t) = cell {
                    scrub(t, &rel, r.line);
                }
            }
        }
    }
    for c in &mut site.charts {
        let rel = c.rel.clone();
        for text in [&mut c.title, &mut c.subtitle, &mut c.note] {
            scrub(text, &rel, 1);
        }
        for text in [&mut c.source, &mut c.unit].into_iter().flatten() {
            scrub(text, &rel, 1);
        }
        if let Some(cmp) = c.figure.as_mut().and_then(|f| f.compare.as_mut()) {
            scrub(&mut cmp.label, &rel, 1);
        }
    }
    let site_yaml = Path::new("site.yaml");
    scrub(&mut site.config.title, site_yaml, 1);
    scrub(&mut site.config.description, site_yaml, 1);
    (site, summary)
}
