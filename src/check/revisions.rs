//! Silent corrections: a published figure that changed since the last build without a `revisions:` entry saying
//! so. Every build keeps the values it published (`.sunlight/published.json`, beside the sources, never in the
//! output) with the revisions each dataset had then; `sunlight check` compares the site with it and warns at the
//! changed row. A figure readers may already have quoted must not change without a visible correction.
//!
//! Only what was published is kept: the tables after the privacy stage (withheld cells as `*`), in the default
//! language. A new row or column is new data, not a correction; a changed or removed figure is one.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Value as Json, json};

use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::model::{Dataset, Site, Value};

/// Where the last build's published values are kept, relative to the site folder.
pub const KEPT: &str = ".sunlight/published.json";

/// The kept file is ours, so a size far past any real catalogue means it is not: it is then ignored.
const KEPT_MAX_BYTES: u64 = 256 * 1024 * 1024;

fn cell(v: &Value) -> Json {
    match v {
        Value::Empty => Json::Null,
        Value::Integer(i) => json!(i),
        Value::Number(f) => json!(f),
        Value::Text(t) | Value::Date(t) => json!(t),
        Value::Suppressed => json!("*"),
    }
}

/// A revision as kept: enough to tell an entry added since from one that was there.
fn revision_key(date: &str, what: &str) -> String {
    format!("{date} {what}")
}

/// What a build published: per dataset id, its revisions and its figures by row key and column key.
pub fn snapshot(site: &Site) -> Vec<u8> {
    let mut datasets = serde_json::Map::new();
    for d in &site.datasets {
        let mut rows = serde_json::Map::new();
        for r in &d.rows {
            let cells: serde_json::Map<String, Json> = d
                .columns
                .iter()
                .zip(&r.cells)
                .map(|(c, v)| (c.key.clone(), cell(v)))
                .collect();
            rows.insert(r.key.clone(), Json::Object(cells));
        }
        let revisions: Vec<String> = d
            .about
            .revisions
            .iter()
            .map(|r| revision_key(&r.date, &r.what))
            .collect();
        datasets.insert(
            d.id.clone(),
            json!({"revisions": revisions, "rows": Json::Object(rows)}),
        );
    }
    let mut bytes =
        serde_json::to_vec_pretty(&json!({"version": 1, "datasets": datasets})).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Keeps what a build published, for the next `check`. Like the privacy report, failing to write it never fails
/// a build, and a symbolic link on its way is never followed.
pub fn keep(root: &Path, site: &Site) {
    if crate::load::files::link_on_the_way(root, Path::new(KEPT)).is_some() {
        return;
    }
    let path = root.join(KEPT);
    if let Some(dir) = path.parent()
        && std::fs::create_dir_all(dir).is_ok()
    {
        let _ = std::fs::write(path, snapshot(site));
    }
}

/// The last build's values, or `None` when there was none (or the file is not one Sunlight wrote).
fn kept(root: &Path) -> Option<Json> {
    if crate::load::files::link_on_the_way(root, Path::new(KEPT)).is_some() {
        return None;
    }
    let path = root.join(KEPT);
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() || meta.len() > KEPT_MAX_BYTES {
        return None;
    }
    let v: Json = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    (v.get("version") == Some(&json!(1))).then_some(v)
}

/// A warning for every dataset whose published figures changed since the last build with no new revision entry
/// covering them.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let Some(before) = kept(&site.root) else {
        return Vec::new();
    };
    let Some(before) = before.get("datasets").and_then(Json::as_object) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for d in &site.datasets {
        if let Some(old) = before.get(&d.id) {
            out.extend(silent_changes(d, old));
        }
    }
    out
}

/// One changed figure: the row (its index, or `None` when it was removed), its key and the column key.
struct Change {
    row: Option<usize>,
    key: String,
    column: String,
    was: Json,
}

fn silent_changes(d: &Dataset, old: &Json) -> Option<Diagnostic> {
    let old_rows = old.get("rows")?.as_object()?;
    let old_revisions: Vec<&str> = old
        .get("revisions")?
        .as_array()?
        .iter()
        .filter_map(Json::as_str)
        .collect();
    let new_revisions: Vec<_> = d
        .about
        .revisions
        .iter()
        .filter(|r| !old_revisions.contains(&revision_key(&r.date, &r.what).as_str()))
        .collect();
    // A new revision that names no cell covers the whole table; one that names a cell covers that cell.
    if new_revisions.iter().any(|r| r.row.is_none()) {
        return None;
    }
    let covered = |row: Option<usize>, column: &str| {
        new_revisions.iter().any(|r| {
            r.row.is_some()
                && r.row == row
                && r.column
                    .and_then(|c| d.columns.get(c))
                    .map(|c| c.key.as_str())
                    == Some(column)
        })
    };
    let mut changes = Vec::new();
    for (key, cells) in old_rows {
        let Some(cells) = cells.as_object() else {
            continue;
        };
        let row = d.rows.iter().position(|r| &r.key == key);
        let now: BTreeMap<&str, Json> = row
            .map(|i| {
                d.columns
                    .iter()
                    .zip(&d.rows[i].cells)
                    .map(|(c, v)| (c.key.as_str(), cell(v)))
                    .collect()
            })
            .unwrap_or_default();
        for (column, was) in cells {
            let changed = match (row, now.get(column.as_str())) {
                (None, _) => true,
                (Some(_), Some(is)) => is != was,
                // A column taken away is a change of every figure in it.
                (Some(_), None) => true,
            };
            if changed && !covered(row, column) {
                changes.push(Change {
                    row,
                    key: key.clone(),
                    column: column.clone(),
                    was: was.clone(),
                });
            }
        }
    }
    let first = changes.first()?;
    let line = first.row.map_or(1, |i| d.rows[i].line.max(1));
    let listed: Vec<String> = changes
        .iter()
        .take(3)
        .map(|c| {
            let was = match &c.was {
                Json::String(s) => s.clone(),
                Json::Null => "—".into(),
                other => other.to_string(),
            };
            format!("{} · {} ({was})", c.key, c.column)
        })
        .collect();
    Some(Diagnostic::warning(
        &d.rel,
        line,
        1,
        msg!(
            "check-unrevised-change",
            id = &d.id,
            changes = listed,
            more = changes.len().saturating_sub(3),
            row = &first.key,
            column = &first.column,
        ),
    ))
}
