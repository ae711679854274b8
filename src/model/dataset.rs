//! The typed tables: aggregate datasets as published, and records datasets before they are aggregated.

/// What a column holds; decides validation, alignment and formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColumnType {
    #[default]
    Text,
    Integer,
    Number,
    /// Stored as the number before the % sign: 6.26 means 6.26%.
    Percent,
    Date,
}

impl ColumnType {
    pub fn parse(s: &str) -> Option<ColumnType> {
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

/// How the digits of a column's figures are grouped in tables and running text (`grouping:` of a column, or of the
/// site in site.yaml). Downloads are never grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    /// The language's rule (see [`crate::format`]): Chinese groups integers of five digits or more (167,446; 3815),
    /// English from four (1,405).
    #[default]
    Auto,
    /// Thousands separators from four digits in every language (1,405), as many official tables print them.
    Thousands,
    /// No separators at all (2478369), as other official tables print them.
    None,
}

#[derive(Debug, Clone, Default)]
pub struct Column {
    pub key: String,
    pub label: String,
    pub unit: Option<String>,
    pub kind: ColumnType,
    /// Personal data in a records dataset: never published, never grouped or measured.
    pub personal: bool,
    /// The declared categories, in published order: other values are refused, and every combination is published.
    pub levels: Option<Vec<String>>,
    /// The range a numeric column's values must lie in (a count in 户, 人 or 个 starts at 0 unless `min:` says).
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub grouping: Grouping,
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
    /// Withheld to protect people: made from too few records, or a complement of such a cell.
    Suppressed,
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
    /// Depth in an indicator hierarchy (一、 > (一) > 1. > (1)), 0 at the top or when the table has none: tables
    /// indent the row name by it, and a row with no figures at a depth heads the rows below it.
    pub level: u8,
    /// A row that adds up others: declared under `totals:`, or the total of a sum check. Marked in the downloads so
    /// whoever adds the rows up leaves it out.
    pub total: bool,
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
    /// Footnotes shown under the table (the suppression note of a published aggregate).
    pub notes: Vec<String>,
    /// The same table in each of the site's other languages, by language code (see [`crate::validate::translate`]).
    pub localized: Vec<(String, Dataset)>,
    /// The columns of a table file whose type was read from its figures (`本月数: integer`), which `check` reports
    /// so the editor can confirm them or declare them in the sidecar.
    pub inferred: Vec<String>,
    pub about: About,
    /// The text column naming each row's unit (`unit_column: 单位`): a figure of that row is in that unit, not the
    /// column's.
    pub unit_column: Option<usize>,
    /// The indicator hierarchy was read from the numbering of a table file's rows and the sidecar did not confirm it
    /// (`hierarchy: numbering`): `check` shows it so the editor can.
    pub hierarchy_read: bool,
    /// The period the table stands for (`2023-10`, `2023-Q3`, `2023`), and the series it belongs to, which joins it
    /// with the same table of other periods (see [`crate::model::series`]).
    pub period: Option<String>,
    pub series: Option<String>,
    /// The column naming each row's period (`period_column: 月份`), in a table whose rows are the months (quarters,
    /// years) of one series: `value()` and key figures can then ask for a period and its changes, and a chart draws
    /// a period without a row as missing.
    pub period_column: Option<usize>,
}

/// What the catalogue and the dataset's page say about a dataset besides its table (`topic:`, `frequency:`,
/// `example:`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct About {
    pub topic: Option<String>,
    /// One of [`FREQUENCIES`].
    pub frequency: Option<String>,
    pub example: bool,
    /// The dataset's own licence; the site's `licence:` when `None`.
    pub licence: Option<super::docmeta::Licence>,
    /// Corrections since the dataset was first published, oldest first.
    pub revisions: Vec<super::docmeta::Revision>,
    /// The period the figures cover, for catalogues that harvest the data.
    pub temporal: Option<super::docmeta::Temporal>,
}

/// The update frequencies `frequency:` accepts; themes show each in the page's language.
pub const FREQUENCIES: [&str; 6] = [
    "monthly",
    "quarterly",
    "half-yearly",
    "yearly",
    "once",
    "irregular",
];

impl Dataset {
    pub fn column(&self, key: &str) -> Option<(usize, &Column)> {
        self.columns.iter().enumerate().find(|(_, c)| c.key == key)
    }

    pub fn row(&self, key: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.key == key)
    }

    /// The unit of the figure at `row`, `column`: the row's own (from the unit column) where the table has one and
    /// the row fills it, else the column's. A column of percentages (`同比增长（%）` beside the row's 人) keeps its
    /// `%`: a rate is not in the row's unit.
    pub fn unit(&self, row: usize, column: usize) -> Option<&str> {
        let c = self.columns.get(column)?;
        let rate =
            c.kind == ColumnType::Percent || c.unit.as_deref().is_some_and(|u| u.trim() == "%");
        if c.kind.is_numeric()
            && !rate
            && let Some(uc) = self.unit_column
            && let Some(Value::Text(u)) = self.rows.get(row).and_then(|r| r.cells.get(uc))
            && !u.trim().is_empty()
        {
            return Some(u.trim());
        }
        c.unit.as_deref()
    }

    /// The rows directly below `i` in the indicator hierarchy: its children.
    pub fn children(&self, i: usize) -> Vec<usize> {
        let level = self.rows[i].level;
        self.rows[i + 1..]
            .iter()
            .take_while(|r| r.level > level)
            .enumerate()
            .filter(|(_, r)| r.level == level + 1)
            .map(|(k, _)| i + 1 + k)
            .collect()
    }

    /// The column as the figure at `row` is in it: with the row's unit, so formatting writes 万元 for one row and 户 for
    /// the next.
    pub fn cell_column(&self, row: usize, column: usize) -> Column {
        let mut c = self.columns[column].clone();
        c.unit = self.unit(row, column).map(str::to_string);
        c
    }
}

/// A records dataset, checked. It never leaves the privacy stage: only its aggregates are published.
#[derive(Debug, Clone)]
pub struct Records {
    pub id: String,
    pub rel: std::path::PathBuf,
    pub title: String,
    pub description: String,
    pub source: String,
    pub as_of: Option<String>,
    pub columns: Vec<Column>,
    pub records: Vec<Vec<Value>>,
    /// The published tables, all drawn from `records` and protected together.
    pub tables: Vec<Table>,
    pub about: About,
}

/// One published table of a records dataset.
#[derive(Debug, Clone)]
pub struct Table {
    /// The id of the dataset it becomes.
    pub id: String,
    pub title: Option<String>,
    /// Indices into `columns`; the period column, if any, comes first.
    pub group_by: Vec<usize>,
    pub period: Option<usize>,
    pub measures: Vec<Measure>,
    /// Where `group_by` is written, for messages about the grouping.
    pub line: usize,
}

/// What to compute for each group of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Count,
    Sum,
    Mean,
    Min,
    Max,
    Median,
}

impl Op {
    /// Order statistics: each is one person's own value (or the midpoint of two).
    pub fn is_extreme(self) -> bool {
        matches!(self, Op::Min | Op::Max | Op::Median)
    }
}

#[derive(Debug, Clone)]
pub struct Measure {
    pub name: String,
    pub label: String,
    pub unit: Option<String>,
    pub op: Op,
    /// The records column it reads (none for a count).
    pub column: Option<usize>,
    pub line: usize,
}

/// A dataset file after checking: an aggregate table to publish as it is, or records to aggregate.
#[derive(Debug, Clone)]
pub enum Checked {
    Aggregate(Dataset),
    Records(Records),
}

/// Tables by language code.
pub type InLanguages = Vec<(String, Vec<Dataset>)>;

/// The records datasets aggregated and protected by the privacy stage: the tables they publish, in the site's
/// language and in each other one, and what the privacy stage needs to keep checking. The records themselves stay
/// behind.
#[derive(Debug, Clone, Default)]
pub struct Aggregated {
    /// The published tables in the site's language, in the order of the records files.
    pub datasets: Vec<Dataset>,
    /// Per records file (by path), its tables again in each other language, by language code: withheld cells are
    /// decided once, for every language, but totals and footnotes are written in each.
    pub localized: Vec<(std::path::PathBuf, InLanguages)>,
    /// Values of personal columns, sorted, without repeats: searched for in every published string. Never printed.
    pub roster_terms: Vec<String>,
    /// Figures withheld per records file, and table cells by rule, for the privacy report.
    pub suppressed_cells: Vec<(
        std::path::PathBuf,
        usize,
        std::collections::BTreeMap<&'static str, usize>,
    )>,
}
