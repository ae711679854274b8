//! Checks a dataset against its own column declarations and turns it into typed rows.

use std::collections::BTreeSet;

use serde_saphyr::Spanned;

use super::date;
use crate::diagnostics::Diagnostic;
use crate::load::{Scalar, SourceDataset};

/// What a column holds; decides validation, alignment and formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    Integer,
    Number,
    /// Stored as the number before the % sign: 6.26 means 6.26%.
    Percent,
    Date,
}

impl ColumnType {
    fn parse(s: &str) -> Option<ColumnType> {
        Some(match s {
            "text" => ColumnType::Text,
            "integer" => ColumnType::Integer,
            "number" => ColumnType::Number,
            "percent" => ColumnType::Percent,
            "date" => ColumnType::Date,
            _ => return None,
        })
    }

    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            ColumnType::Integer | ColumnType::Number | ColumnType::Percent
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::Integer => "integer",
            ColumnType::Number => "number",
            ColumnType::Percent => "percent",
            ColumnType::Date => "date",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Column {
    pub key: String,
    pub label: String,
    pub unit: Option<String>,
    pub kind: ColumnType,
}

/// One typed cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Integer(i64),
    Number(f64),
    Text(String),
    /// `YYYY-MM-DD`.
    Date(String),
}

impl Value {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Integer(i) => Some(*i as f64),
            Value::Number(f) => Some(*f),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Row {
    /// The value of the first column, as text: what `value()` and row anchors name.
    pub key: String,
    /// One per column, in column order.
    pub cells: Vec<Value>,
    pub line: usize,
}

/// A checked aggregate table.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub id: String,
    pub rel: std::path::PathBuf,
    pub title: String,
    pub description: String,
    pub source: String,
    pub as_of: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Dataset {
    pub fn column(&self, key: &str) -> Option<(usize, &Column)> {
        self.columns.iter().enumerate().find(|(_, c)| c.key == key)
    }

    pub fn row(&self, key: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.key == key)
    }
}

pub fn validate(src: &SourceDataset) -> Result<Dataset, Vec<Diagnostic>> {
    let raw = &src.raw;
    let rel = &src.rel;
    let mut errors = Vec::new();
    let at = |s: &serde_saphyr::Location| (s.line() as usize, s.column() as usize);

    if let Some(kind) = &raw.kind {
        let (l, c) = at(&kind.referenced);
        match kind.value.as_str() {
            "aggregate" => {}
            "records" => errors.push(
                Diagnostic::error(rel, l, c, "record-level datasets (`kind: records`) are not supported by this version, so this file is not published")
                    .hint("publish an aggregate table instead, or remove the file from data/"),
            ),
            other => errors.push(
                Diagnostic::error(rel, l, c, format!("unknown dataset kind `{other}`"))
                    .hint("use `kind: aggregate` (the default) or leave the key out"),
            ),
        }
    }

    let as_of = raw.as_of.as_ref().and_then(|d| {
        let text = d.value.as_text();
        let parsed = date::parse_iso(&text);
        if parsed.is_none() {
            let (l, c) = at(&d.referenced);
            errors.push(
                Diagnostic::error(rel, l, c, format!("`{text}` is not a date"))
                    .hint("write the date as YYYY-MM-DD, e.g. 2023-10-31"),
            );
        }
        parsed
    });

    if raw.columns.is_empty() {
        errors.push(
            Diagnostic::error(rel, 0, 0, "the dataset declares no columns").hint(
                "add `columns:` with at least a key column, e.g. `- {key: category, label: 类别}`",
            ),
        );
    }
    let mut columns = Vec::with_capacity(raw.columns.len());
    let mut seen = BTreeSet::new();
    for col in &raw.columns {
        let (l, c) = at(&col.referenced);
        let key = col.value.key.trim().to_string();
        if key.is_empty() || key.contains(char::is_whitespace) {
            errors.push(
                Diagnostic::error(
                    rel,
                    l,
                    c,
                    format!("the column key `{key}` is empty or has spaces"),
                )
                .hint("use a short key such as `persons` or `households`"),
            );
        }
        if !seen.insert(key.clone()) {
            errors.push(
                Diagnostic::error(
                    rel,
                    l,
                    c,
                    format!("the column key `{key}` is declared twice"),
                )
                .hint("give each column its own key"),
            );
        }
        let kind = match &col.value.kind {
            None => ColumnType::Text,
            Some(t) => ColumnType::parse(t.value.trim()).unwrap_or_else(|| {
                let (l, c) = at(&t.referenced);
                errors.push(
                    Diagnostic::error(rel, l, c, format!("unknown column type `{}`", t.value))
                        .hint("use one of: text, integer, number, percent, date"),
                );
                ColumnType::Text
            }),
        };
        columns.push(super::dataset::Column {
            key,
            label: col.value.label.clone(),
            unit: col.value.unit.clone().filter(|u| !u.trim().is_empty()),
            kind,
        });
    }

    let mut rows = Vec::with_capacity(raw.rows.len());
    let mut keys = BTreeSet::new();
    for row in &raw.rows {
        let (rl, rc) = at(&row.referenced);
        for k in row.value.keys() {
            if !columns.iter().any(|c| &c.key == k) {
                let loc = row.value.get(k).map_or((rl, rc), |v| at(&v.referenced));
                let allowed: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
                errors.push(
                    Diagnostic::error(
                        rel,
                        loc.0,
                        loc.1,
                        format!("the row has a value for `{k}`, which is not a declared column"),
                    )
                    .hint(format!(
                        "declare the column under `columns:` or use one of: {}",
                        allowed.join(", ")
                    )),
                );
            }
        }
        let mut cells = Vec::with_capacity(columns.len());
        for col in &columns {
            let cell = match row.value.get(&col.key) {
                None => Value::Empty,
                Some(v) => match typed(col, v) {
                    Ok(v) => v,
                    Err(d) => {
                        errors.push(Diagnostic {
                            file: rel.clone(),
                            ..d
                        });
                        Value::Empty
                    }
                },
            };
            cells.push(cell);
        }
        let key = match cells.first() {
            Some(Value::Empty) | None => {
                if let Some(first) = columns.first() {
                    errors.push(
                        Diagnostic::error(
                            rel,
                            rl,
                            rc,
                            format!("the row has no value in its key column `{}`", first.key),
                        )
                        .hint("every row needs a value in the first column: it names the row"),
                    );
                }
                String::new()
            }
            Some(v) => display_key(v),
        };
        if !key.is_empty() && !keys.insert(key.clone()) {
            errors.push(
                Diagnostic::error(rel, rl, rc, format!("the row key `{key}` appears twice"))
                    .hint("row keys (the first column) must be unique, since value() and links name rows by them"),
            );
        }
        rows.push(Row {
            key,
            cells,
            line: rl,
        });
    }

    if errors.is_empty() {
        Ok(Dataset {
            id: src.id.clone(),
            rel: rel.clone(),
            title: raw.title.clone(),
            description: raw.description.clone(),
            source: raw.source.clone(),
            as_of,
            columns,
            rows,
        })
    } else {
        Err(errors)
    }
}

fn display_key(v: &Value) -> String {
    match v {
        Value::Empty => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Number(f) => f.to_string(),
        Value::Text(s) | Value::Date(s) => s.trim().to_string(),
    }
}

/// Checks one cell against its column's type. The error carries line and column; the caller fills in the file.
fn typed(col: &Column, v: &Spanned<Scalar>) -> Result<Value, Diagnostic> {
    let (l, c) = (v.referenced.line() as usize, v.referenced.column() as usize);
    let err = |what: String, hint: &str| Diagnostic::error("", l, c, what).hint(hint.to_string());
    let shown = v.value.as_text();
    match (&v.value, col.kind) {
        (Scalar::Empty(()), _) => Ok(Value::Empty),
        (Scalar::Text(s), _) if s.trim().is_empty() => Ok(Value::Empty),
        (_, ColumnType::Text) => Ok(Value::Text(shown.trim().to_string())),
        (Scalar::Integer(i), ColumnType::Integer) => Ok(Value::Integer(*i)),
        (Scalar::Number(_), ColumnType::Integer) => Err(err(
            format!(
                "`{shown}` in the integer column `{}` is not a whole number",
                col.key
            ),
            "write a whole number, or declare the column `type: number`",
        )),
        (Scalar::Integer(i), ColumnType::Number | ColumnType::Percent) => {
            Ok(Value::Number(*i as f64))
        }
        (Scalar::Number(f), ColumnType::Number | ColumnType::Percent) if f.is_finite() => {
            Ok(Value::Number(*f))
        }
        (Scalar::Text(s), ColumnType::Date) => {
            date::parse_iso(s).map(Value::Date).ok_or_else(|| {
                err(
                    format!("`{s}` in the date column `{}` is not a date", col.key),
                    "write the date as YYYY-MM-DD, e.g. 2023-10-31",
                )
            })
        }
        (_, ColumnType::Date) => Err(err(
            format!("`{shown}` in the date column `{}` is not a date", col.key),
            "write the date as YYYY-MM-DD, e.g. 2023-10-31",
        )),
        (Scalar::Text(_) | Scalar::Bool(_) | Scalar::Number(_), kind) => Err(err(
            format!(
                "`{shown}` in the {} column `{}` is not a number",
                kind.name(),
                col.key
            ),
            "write digits only (e.g. 3815 or 17265.21), without units, commas or words; leave the cell out if there is no figure",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn ds(yaml: &str) -> Result<Dataset, Vec<Diagnostic>> {
        let src =
            crate::load::dataset::parse(Path::new("data/t.yaml"), yaml).map_err(|d| vec![d])?;
        validate(&src)
    }

    const HEAD: &str = "title: t\ncolumns:\n  - {key: k, label: 类别}\n  - {key: n, label: 人数, unit: 人, type: integer}\n";

    #[test]
    fn typed_rows() {
        let d = ds(&format!(
            "{HEAD}rows:\n  - {{k: 城市低保, n: 5829}}\n  - {{k: 农村低保}}\n"
        ))
        .unwrap();
        assert_eq!(
            d.rows[0].cells,
            vec![Value::Text("城市低保".into()), Value::Integer(5829)]
        );
        assert_eq!(d.rows[1].cells[1], Value::Empty);
        assert_eq!(d.row("城市低保").map(|r| r.line), Some(6));
    }

    #[test]
    fn text_in_integer_column_points_at_the_value() {
        let e = ds(&format!("{HEAD}rows:\n  - {{k: a, n: 很多}}\n")).unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].line, e[0].col), (6, 15));
        assert_eq!(e[0].file, Path::new("data/t.yaml"));
        assert!(e[0].message.contains("not a number"));
    }

    #[test]
    fn duplicate_row_keys_and_unknown_cells() {
        let e = ds(&format!(
            "{HEAD}rows:\n  - {{k: a, n: 1}}\n  - {{k: a, x: 2}}\n"
        ))
        .unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
    }

    #[test]
    fn unknown_type_is_an_error() {
        let e = ds("title: t\ncolumns:\n  - {key: k, label: a, type: money}\n").unwrap_err();
        assert!(e[0].message.contains("money"));
    }
}
