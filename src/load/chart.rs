//! Chart specs under `charts/`, parsed but not yet checked against the dataset they draw.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use super::scalar::Scalar;
use super::yaml;
use crate::diagnostics::Diagnostic;
use crate::model::chart::{ChartKind, Orientation, SortOrder};

/// A chart file as written. Every key an editor can get wrong keeps its position, so the check against the dataset
/// can point at the value itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChart {
    pub title: String,
    #[serde(default)]
    pub subtitle: String,
    #[serde(rename = "type")]
    pub kind: Spanned<ChartKind>,
    pub data: Spanned<String>,
    /// The category (or time) column; the dataset's key column when left out.
    #[serde(default)]
    pub x: Option<Spanned<String>>,
    pub y: Spanned<ColumnKeys>,
    /// Row keys to draw, in this order; every row when left out.
    #[serde(default)]
    pub rows: Option<Vec<Spanned<Scalar>>>,
    #[serde(default)]
    pub orientation: Option<Spanned<Orientation>>,
    #[serde(default)]
    pub sort: Option<Spanned<SortOrder>>,
    #[serde(default)]
    pub value_labels: Option<Spanned<bool>>,
    /// Only lines may leave zero out: a bar's length is its value.
    #[serde(default)]
    pub y_from_zero: Option<Spanned<bool>>,
    /// Shown instead of the column's unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// The one unit every figure is drawn in (`万元`), converted from 元, 千元 or 亿元 (人 and 万人, 户 and 万户).
    #[serde(default)]
    pub display_unit: Option<Spanned<String>>,
    /// Figures of different units drawn as small charts one above the other, one per unit, each with its own axis.
    #[serde(default)]
    pub small_multiples: Option<Spanned<bool>>,
    #[serde(default)]
    pub note: String,
    /// Shown instead of the dataset's source.
    #[serde(default)]
    pub source: Option<String>,
    /// `#rrggbb` by series column key (or by row key for pie and donut slices).
    #[serde(default, alias = "colours")]
    pub colors: BTreeMap<String, Spanned<String>>,
    /// The row a `figure` shows.
    #[serde(default)]
    pub row: Option<Spanned<Scalar>>,
    /// What a `figure` is compared with.
    #[serde(default)]
    pub compare: Option<Spanned<RawCompare>>,
    /// The chart's words in the site's other languages, by language code. Series and category names come from the
    /// dataset's own translations.
    #[serde(default)]
    pub translations: BTreeMap<String, Spanned<RawChartTr>>,
}

/// A chart's words in one other language.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChartTr {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub subtitle: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    /// The words for what a `figure` is compared with (`compare.label`).
    #[serde(default)]
    pub compare_label: Option<String>,
}

/// Another cell a headline figure is set against: another row (an earlier year), another column (a target), or both.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCompare {
    #[serde(default)]
    pub row: Option<Scalar>,
    #[serde(default)]
    pub column: Option<String>,
    /// Words for what is compared with, e.g. `2022年` or `全年任务`.
    #[serde(default)]
    pub label: Option<String>,
}

/// `y: persons` or `y: [households, persons]`: one column key or a list of them. Written by hand so that a wrong
/// kind of value gets a plain message rather than serde's "did not match any variant".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnKeys(pub Vec<String>);

impl<'de> Deserialize<'de> for ColumnKeys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = ColumnKeys;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a column key or a list of column keys")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ColumnKeys, E> {
                Ok(ColumnKeys(vec![v.to_string()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ColumnKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = seq.next_element::<String>()? {
                    keys.push(k);
                }
                Ok(ColumnKeys(keys))
            }
        }
        d.deserialize_any(Keys)
    }
}

/// A chart file with its id (the file stem).
#[derive(Debug, Clone)]
pub struct SourceChart {
    pub id: String,
    pub rel: PathBuf,
    pub raw: RawChart,
}

pub fn parse(rel: &Path, text: &str) -> Result<SourceChart, Diagnostic> {
    let id = super::files::id_from_file_name(rel, "chart", "charts/assistance-persons.yaml")?;
    let raw: RawChart = yaml::parse(rel, text, 0)?;
    Ok(SourceChart {
        id,
        rel: rel.to_path_buf(),
        raw,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<SourceChart, Diagnostic> {
        parse(Path::new("charts/c.yaml"), text)
    }

    #[test]
    fn y_may_be_one_key_or_a_list() {
        let c = p("title: t\ntype: bar\ndata: d\ny: persons\n").unwrap();
        assert_eq!(c.raw.y.value.0, vec!["persons"]);
        let c = p("title: t\ntype: grouped_bar\ndata: d\ny: [a, b]\n").unwrap();
        assert_eq!(c.raw.y.value.0, vec!["a", "b"]);
        assert_eq!(c.raw.kind.value, ChartKind::GroupedBar);
        assert_eq!(c.raw.data.referenced.line(), 3);
    }

    #[test]
    fn unknown_type_names_the_choices() {
        let e = p("title: t\ntype: pi\ndata: d\ny: a\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 7));
        assert!(e.message().contains("pi"), "{}", e.message());
        assert!(e.hint_text().contains("stacked_bar"), "{}", e.hint_text());
    }

    #[test]
    fn unknown_option_is_located() {
        let e = p("title: t\ntype: bar\ndata: d\ny: a\nvalue_label: true\n").unwrap_err();
        assert_eq!((e.line, e.col), (5, 1));
        assert!(e.message().contains("value_label"), "{}", e.message());
        assert!(e.hint_text().contains("value_labels"), "{}", e.hint_text());
    }

    #[test]
    fn a_mapping_for_y_is_refused_plainly() {
        let e = p("title: t\ntype: bar\ndata: d\ny: {a: 1}\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.message().contains("column key"), "{}", e.message());
        // YAML 1.1 booleans are read as text, so a column called `n` needs no quotes.
        assert!(p("title: t\ntype: bar\ndata: d\ny: n\n").is_ok());
    }
}
