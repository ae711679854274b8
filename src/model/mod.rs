//! The site as the stages after `validate` see it: checked pages, datasets and charts pointing at each other by
//! index, and the settings of `site.yaml`. Every stage may use these types; they depend on nothing but the
//! foundation, so no stage has to import an earlier one to name what it works on.

pub mod chart;
pub mod color;
pub mod config;
pub mod dataset;
pub mod docmeta;
pub mod series;
pub mod units;

use std::path::PathBuf;

pub use chart::{Chart, ChartKind};
pub use config::{BaseUrl, PrivacyConfig, SiteConfig};
pub use dataset::{
    Aggregated, Checked, Column, ColumnType, Dataset, Grouping, InLanguages, Measure, Op, Records,
    Row, Table, Value,
};

/// A file copied to the output as it is (after the privacy scan).
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Path in the output, with forward slashes.
    pub out: String,
    /// Where it came from, relative to the site root.
    pub rel: PathBuf,
    pub bytes: Vec<u8>,
}

/// A template of the theme, by name (its path under `templates/`).
#[derive(Debug, Clone)]
pub struct TemplateSource {
    pub name: String,
    pub rel: PathBuf,
    pub text: String,
}

/// What kind of page a Markdown file makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Home,
    Section,
    Page,
}

/// A checked shortcode, pointing at datasets by index into [`Site::datasets`].
#[derive(Debug, Clone, PartialEq)]
pub enum Shortcode {
    Value {
        dataset: usize,
        row: usize,
        column: usize,
        unit: bool,
        /// The change against another period of the figure's series, written after the figure (`change="环比"`).
        change: Option<series::Change>,
    },
    Table {
        dataset: usize,
    },
    /// Index into [`Site::charts`].
    Chart {
        chart: usize,
    },
    /// `ref("id")`: a link to the `number`th chart or table of the page ("图1", "Table 2"), at `anchor`.
    Ref {
        kind: FigureKind,
        number: usize,
        anchor: String,
    },
    /// `row.label`, `row.COLUMN` …: words of the row a per-row page is made for, as text.
    RowText {
        dataset: usize,
        row: usize,
        part: RowPart,
    },
}

/// What a page numbers: its charts (图1) and its tables (表1), each in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    Chart,
    Table,
}

/// Which words of a row `row.…` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowPart {
    /// The row's name in the page's language (`row.label`).
    Label,
    /// A cell, with its unit (`row.persons`).
    Cell(usize),
    /// A column's label (`row.persons.label`).
    ColumnLabel(usize),
    /// A column's unit (`row.persons.unit`).
    Unit(usize),
}

/// A piece of a page body after checking.
#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    /// Markdown text and the file line it starts on, so later stages can report positions.
    Markdown {
        text: String,
        line: usize,
    },
    Shortcode(Shortcode),
}

/// A headline figure resolved to a dataset cell.
#[derive(Debug, Clone)]
pub struct KeyFigure {
    pub label: String,
    pub dataset: usize,
    pub row: usize,
    pub column: usize,
    /// The changes shown under the figure, when its table belongs to a series (环比 and 同比 unless `changes:` says).
    pub changes: Vec<series::Change>,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub rel: PathBuf,
    pub kind: PageKind,
    /// Output path relative to the base, ending in `/` (empty for the home page).
    pub path: String,
    pub title: String,
    pub description: String,
    pub date: Option<String>,
    pub weight: Option<i64>,
    pub template: Option<String>,
    pub segments: Vec<Segment>,
    pub key_figures: Vec<KeyFigure>,
    /// The section page this page is listed in (the home page for top-level pages).
    pub parent: Option<usize>,
    /// Pages and sections listed in this one, in display order (sections only).
    pub children: Vec<usize>,
    /// The page's language code: `language` of site.yaml, or a code of `languages` for a translation.
    pub lang: String,
    /// The same page in the site's other languages, by index into [`Site::pages`], in the order of
    /// [`SiteConfig::all_languages`].
    pub alternates: Vec<usize>,
    /// Pages listed at a time on a section's page (`paginate:`); none for the default.
    pub paginate: Option<usize>,
    /// The 政府信息公开 fields of a public document; `None` for a page that is not one.
    pub doc: Option<docmeta::DocMeta>,
    /// What was corrected on the page since it was first published, oldest first.
    pub revisions: Vec<docmeta::Revision>,
}

impl Page {
    /// The page's path in the default language: what its translations share.
    pub fn key<'a>(&'a self, default_lang: &str) -> &'a str {
        if self.lang == default_lang {
            &self.path
        } else {
            self.path
                .strip_prefix(self.lang.as_str())
                .and_then(|p| p.strip_prefix('/'))
                .unwrap_or(&self.path)
        }
    }
}

/// The checked site: what render works from.
#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub base: BaseUrl,
    /// Sorted by path; index 0 is the home page.
    pub pages: Vec<Page>,
    /// Sorted by id.
    pub datasets: Vec<Dataset>,
    /// Sorted by id.
    pub charts: Vec<Chart>,
    pub templates: Vec<TemplateSource>,
    pub statics: Vec<StaticFile>,
    /// Values of personal columns of records datasets: searched for in every published string. Never printed.
    pub roster_terms: Vec<String>,
    /// Figures withheld per records dataset, and table cells by rule, for the privacy report.
    pub suppressed_cells: Vec<(
        PathBuf,
        usize,
        std::collections::BTreeMap<&'static str, usize>,
    )>,
}

impl Site {
    pub fn dataset(&self, id: &str) -> Option<usize> {
        self.datasets
            .binary_search_by(|d| d.id.as_str().cmp(id))
            .ok()
    }
}
