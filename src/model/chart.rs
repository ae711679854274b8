//! A checked chart: what it draws, from which dataset, and how.

use std::path::PathBuf;

use serde::Deserialize;

use super::color::Rgb;
use super::dataset::{ColumnType, Dataset};

/// The chart types a spec may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    Bar,
    GroupedBar,
    StackedBar,
    Line,
    Pie,
    Donut,
    Figure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Orientation {
    Auto,
    Vertical,
    Horizontal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    None,
    Ascending,
    Descending,
}

/// The most slices a pie or donut may have: beyond six, angles are too hard to compare.
pub const MAX_SLICES: usize = 6;

/// One drawn column.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub column: usize,
    pub color: Option<Rgb>,
}

/// The cell a headline figure is set against.
#[derive(Debug, Clone, PartialEq)]
pub struct Compare {
    pub row: usize,
    pub column: usize,
    /// What the comparison is with, in words (`2022年`, `全年任务`).
    pub label: String,
}

/// What a `figure` shows: one cell, perhaps compared with another.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub row: usize,
    pub column: usize,
    pub compare: Option<Compare>,
}

/// A cell (row, column of the dataset) and what its figure is multiplied by to be drawn in the display unit.
pub type Factor = ((usize, usize), f64);

/// One small chart of a chart drawn as small multiples: the figures of one unit, on an axis of their own.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub unit: String,
    /// Indices into [`Chart::series`] of the columns this panel draws.
    pub series: Vec<usize>,
    /// The rows (of the dataset) this panel draws: every row of the chart when its columns differ in unit (the
    /// panels then share their categories), the rows of one unit when the table's unit column makes them differ.
    pub rows: Vec<usize>,
}

/// A checked chart, pointing into its dataset by index.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub id: String,
    pub rel: PathBuf,
    pub title: String,
    pub subtitle: String,
    pub note: String,
    /// The spec's own source line, when it overrides the dataset's.
    pub source: Option<String>,
    /// The spec's own unit, when it overrides the column's.
    pub unit: Option<String>,
    pub kind: ChartKind,
    /// Index into [`super::Site::datasets`].
    pub dataset: usize,
    /// The category (or time) column.
    pub x: usize,
    pub series: Vec<Series>,
    /// Rows drawn, in the order of the spec (sorting happens when drawing).
    pub rows: Vec<usize>,
    pub orientation: Orientation,
    pub sort: SortOrder,
    pub value_labels: bool,
    pub y_from_zero: bool,
    /// Colours of pie and donut slices given by row key, as (row index, colour).
    pub slice_colors: Vec<(usize, Rgb)>,
    /// What figures are multiplied by to be drawn in `display_unit:` (万元 from 亿元: 10000), by (row, column) of the
    /// dataset; a cell not listed is drawn as it is.
    pub factors: Vec<Factor>,
    /// Small multiples (`small_multiples: true`): one panel per unit, drawn one above the other; empty for a chart
    /// of one unit.
    pub panels: Vec<Panel>,
    pub figure: Option<Figure>,
    /// The same chart in each of the site's other languages, by language code (see [`crate::validate::translate`]).
    pub localized: Vec<(String, Chart)>,
}

impl Chart {
    /// The figure at `row`, `column` of `d` as the chart draws it: in its display unit.
    pub fn value(&self, d: &Dataset, row: usize, column: usize) -> Option<f64> {
        let v = d.rows.get(row)?.cells.get(column)?.as_f64()?;
        let f = self
            .factors
            .iter()
            .find(|(at, _)| *at == (row, column))
            .map_or(1.0, |(_, f)| *f);
        Some(v * f)
    }
}

/// The unit of the figure at `row`, `column`: the row's (from a unit column) or the column's, `%` for percent columns.
pub fn unit_at(d: &Dataset, row: usize, column: usize) -> String {
    match d.unit(row, column) {
        Some(u) => u.to_string(),
        None => unit_of(d, column),
    }
}

/// The unit a column's values are in, as text: its declared unit, or `%` for percent columns.
pub fn unit_of(d: &Dataset, column: usize) -> String {
    let c = &d.columns[column];
    match (&c.unit, c.kind) {
        (Some(u), _) => u.clone(),
        (None, ColumnType::Percent) => "%".into(),
        (None, _) => String::new(),
    }
}

pub fn type_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Bar => "bar",
        ChartKind::GroupedBar => "grouped_bar",
        ChartKind::StackedBar => "stacked_bar",
        ChartKind::Line => "line",
        ChartKind::Pie => "pie",
        ChartKind::Donut => "donut",
        ChartKind::Figure => "figure",
    }
}
