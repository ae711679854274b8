//! Table files whose column types were read from their figures: the editor confirms what was read (a column of
//! codes taken for counts, a column with one figure written as words taken for text), or declares the types in the
//! sidecar, which silences this. Likewise the indicator hierarchy read from the numbering of the rows.

use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::model::{Dataset, Site};

pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut out = inferred_types(site);
    out.extend(
        site.datasets
            .iter()
            .filter(|d| d.hierarchy_read)
            .map(hierarchy),
    );
    out
}

/// The hierarchy as read, one line per top-level group: `一、综合 > 1.镇, 2.乡 | 二、…`, deeper rows in brackets.
fn hierarchy(d: &Dataset) -> Diagnostic {
    let mut groups: Vec<String> = Vec::new();
    for (i, r) in d.rows.iter().enumerate() {
        if r.level > 0 {
            continue;
        }
        let below = tree(d, i);
        groups.push(if below.is_empty() {
            r.key.clone()
        } else {
            format!("{} > {below}", r.key)
        });
    }
    Diagnostic::warning(
        &d.rel,
        0,
        0,
        msg!(
            "check-hierarchy-read",
            groups = groups.join(" | "),
            sidecar = &d.rel.with_extension("yaml")
        ),
    )
}

/// The rows under `i`, each followed by its own in brackets.
fn tree(d: &Dataset, i: usize) -> String {
    d.children(i)
        .into_iter()
        .map(|k| match tree(d, k) {
            below if below.is_empty() => d.rows[k].key.clone(),
            below => format!("{} ({below})", d.rows[k].key),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn inferred_types(site: &Site) -> Vec<Diagnostic> {
    site.datasets
        .iter()
        .filter(|d| !d.inferred.is_empty())
        .map(|d| {
            Diagnostic::warning(
                &d.rel,
                0,
                0,
                msg!(
                    "check-types-inferred",
                    columns = &d.inferred,
                    sidecar = &d.rel.with_extension("yaml")
                ),
            )
        })
        .collect()
}
