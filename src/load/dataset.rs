//! Dataset files under `data/`, parsed but not yet checked against their own column declarations.

pub mod table_file;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::docmeta::{RawRevision, RawTemporal};
use super::scalar::Scalar;
use super::yaml;
use crate::diagnostics::Diagnostic;
use crate::model::docmeta::Licence;

/// A dataset file as written. Rows keep the position of every cell so a type error points at the value itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub as_of: Option<Spanned<Scalar>>,
    /// `aggregate` (the default) or `records`.
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    pub columns: Vec<Spanned<RawColumn>>,
    #[serde(default)]
    pub rows: Vec<Spanned<RawRow>>,
    /// Record-level data (`kind: records`): never published, only aggregated through `publish`.
    #[serde(default)]
    pub records: Option<Vec<Spanned<RawRow>>>,
    /// One table, or a list of tables, all protected together since they are drawn from the same records.
    #[serde(default)]
    pub publish: Option<Spanned<PublishSpec>>,
    /// Arithmetic the table must satisfy: totals equal the sum of their parts, rates equal part ÷ whole.
    #[serde(default)]
    pub checks: Vec<Spanned<RawCheck>>,
    /// The dataset's words in the site's other languages, by language code.
    #[serde(default)]
    pub translations: BTreeMap<String, Spanned<RawDatasetTr>>,
    /// The catalogue group the dataset is listed under (e.g. 社会救助); the section of the first page citing it when
    /// left out.
    #[serde(default)]
    pub topic: Option<String>,
    /// How often the dataset is updated: `monthly`, `quarterly`, `half-yearly`, `yearly`, `once` or `irregular`.
    #[serde(default)]
    pub frequency: Option<Spanned<String>>,
    /// Made-up data that shows how the site works (a fictional roster): labelled as such, listed apart in the
    /// catalogue and ranked below real data in search.
    #[serde(default)]
    pub example: bool,
    /// The text column naming each row's unit (`unit_column: 单位`), for tables whose rows have different units.
    #[serde(default)]
    pub unit_column: Option<Spanned<String>>,
    /// The period the table stands for: `2023-10` (a month), `2023-Q3` (a quarter) or `2023` (a year).
    #[serde(default)]
    pub period: Option<Spanned<Scalar>>,
    /// The series the table belongs to: tables of one series and different periods are joined, so `value()`, key
    /// figures and charts can name a period and compare it with the one before and the one a year earlier.
    #[serde(default)]
    pub series: Option<Spanned<String>>,
    /// The column naming each row's period (`period_column: 月份`), for a table whose rows are the months of one
    /// series rather than one period's indicators.
    #[serde(default)]
    pub period_column: Option<Spanned<String>>,
    /// Rows that add up others (beyond those the sum checks name), marked as totals in the downloads.
    #[serde(default)]
    pub totals: Vec<Spanned<Scalar>>,
    /// The dataset's own licence, when it differs from the site's `licence:`.
    #[serde(default)]
    pub licence: Option<Spanned<Licence>>,
    /// Corrections since the dataset was first published (`{date, what, why, row, column, previous}`).
    #[serde(default)]
    pub revisions: Vec<Spanned<RawRevision>>,
    /// The period the figures cover.
    #[serde(default)]
    pub temporal: Option<RawTemporal>,
}

/// A dataset's words in one other language. Figures are the same in every language; only words are given here.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDatasetTr {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
    /// Column key to its label, or to `{label, unit}`.
    #[serde(default)]
    pub columns: BTreeMap<String, Spanned<RawColumnTr>>,
    /// Text as it stands in the table (row keys, text cells, each part of a grouped key) to its translation.
    #[serde(default)]
    pub values: BTreeMap<String, Spanned<String>>,
}

/// `households: Households` or `households: {label: Households, unit: households}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawColumnTr {
    Label(String),
    Full(FullColumnTr),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FullColumnTr {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
}

/// `{sum: persons, total: 合计, parts: [城市低保, 农村低保]}` or
/// `{rate: [row, column], part: [row, column], whole: [row, column], tolerance: 0.01}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    #[serde(default)]
    pub sum: Option<OneOrMany>,
    #[serde(default)]
    pub total: Option<Scalar>,
    /// Rows that add up to `total`; all other rows when left out.
    #[serde(default)]
    pub parts: Option<Vec<Scalar>>,
    #[serde(default)]
    pub rate: Option<Vec<Scalar>>,
    #[serde(default)]
    pub part: Option<Vec<Scalar>>,
    #[serde(default)]
    pub whole: Option<Vec<Scalar>>,
    #[serde(default)]
    pub tolerance: Option<f64>,
    /// `tree: true`: in every row of the indicator hierarchy that has rows below it, the figure is the sum of its
    /// children, for the whole tree in one check.
    #[serde(default)]
    pub tree: bool,
}

/// A column key or a list of them.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// One row or record as written: column key to value.
pub type RawRow = BTreeMap<String, Spanned<Scalar>>;

/// `publish: {group_by: …}` or `publish: [{id: …, group_by: …}, …]`. Read by hand rather than as an untagged
/// enum, which would buffer the value and lose the line and column of every key inside it.
#[derive(Debug, Clone)]
pub enum PublishSpec {
    One(Box<RawPublish>),
    Many(Vec<Spanned<RawPublish>>),
}

impl<'de> Deserialize<'de> for PublishSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = PublishSpec;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table (`group_by:` and `measures:`) or a list of tables")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<PublishSpec, A::Error> {
                RawPublish::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(|p| PublishSpec::One(Box::new(p)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<PublishSpec, A::Error> {
                Vec::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(PublishSpec::Many)
            }
        }
        d.deserialize_any(V)
    }
}

/// How a records dataset is published: the columns to group by and what to compute per group.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPublish {
    /// The published dataset's id; the file's id when left out (only one table may leave it out).
    #[serde(default)]
    pub id: Option<Spanned<String>>,
    /// The table's own title; the file's title when left out.
    #[serde(default)]
    pub title: Option<String>,
    /// The column naming each record's period (a month, a year): the table is grouped by it first, and its periods
    /// are linked to every other table of the file, yearly totals included.
    #[serde(default)]
    pub period: Option<Spanned<String>>,
    #[serde(default)]
    pub group_by: Vec<Spanned<String>>,
    pub measures: Measures,
}

/// `measures:` in the order written, which is the order of the published columns.
#[derive(Debug, Clone, Default)]
pub struct Measures(pub Vec<(String, Spanned<RawMeasure>)>);

/// `persons: count` (the name of a new column), `monthly_amount: sum` (the records column summed), or the long form
/// `total: {op: sum, column: monthly_amount, label: 月保障金合计, unit: 元}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawMeasure {
    Op(String),
    Full(FullMeasure),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FullMeasure {
    pub op: String,
    #[serde(default)]
    pub column: Option<String>,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
}

impl<'de> Deserialize<'de> for Measures {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Measures;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping of measure names to count, sum, mean, min or max")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Measures, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    out.push((key, map.next_value::<Spanned<RawMeasure>>()?));
                }
                Ok(Measures(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// A column declaration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawColumn {
    pub key: String,
    pub label: String,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<Spanned<String>>,
    /// Marks a column of a records dataset as personal data: never grouped by, never measured, and every value
    /// searched for in all published text. A column whose name looks personal must say `true` or `false`.
    #[serde(default)]
    pub personal: Option<bool>,
    /// Why a column whose name looks personal is not (`personal: false`).
    #[serde(default)]
    pub personal_reason: Option<String>,
    /// The categories a column may hold, in the order they are published.
    #[serde(default)]
    pub levels: Option<Vec<Spanned<Scalar>>>,
    /// The smallest and largest value a numeric column may hold.
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    /// How the column's figures are grouped in tables and text: `auto` (the language's rule), `thousands`, `none`.
    #[serde(default)]
    pub grouping: Option<crate::model::Grouping>,
}

/// A dataset file with its id (the file stem).
#[derive(Debug, Clone)]
pub struct SourceDataset {
    pub id: String,
    pub rel: PathBuf,
    pub raw: RawDataset,
    /// Records exported as CSV beside the YAML sidecar (`data/ID.csv`), with their path.
    pub csv: Option<(PathBuf, String)>,
    /// A summary table read from a CSV or spreadsheet file (then `rel` is that file), its cells typed in `validate`.
    pub table: Option<Box<table_file::TableFile>>,
}

pub fn parse(rel: &Path, text: &str) -> Result<SourceDataset, Diagnostic> {
    let id = super::files::id_from_file_name(rel, "dataset", "data/assistance-coverage.yaml")?;
    let raw: RawDataset = yaml::parse(rel, text, 0)?;
    Ok(SourceDataset {
        id,
        rel: rel.to_path_buf(),
        raw,
        csv: None,
        table: None,
    })
}
