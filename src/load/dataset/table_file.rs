//! Summary tables as they arrive: `data/ID.csv`, `data/ID.xlsx` or `data/ID.ods`, with an optional `data/ID.yaml`
//! sidecar. Statistical offices lay such tables out for print: a title line, a header of one or more rows (merged
//! cells over the columns they head), blank spacer rows and a trailing 注 (note). This module finds those parts of
//! the grid and keeps the position of every cell, so a later error names `data/mz.xlsx:Sheet1!C12`; what the cells
//! mean (their types) is decided in `validate`.
//!
//! The file itself is input only: it is never copied to the output, and only the typed table is published.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Sheets};
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{RawCheck, RawDataset, RawDatasetTr, SourceDataset};
use crate::diagnostics::Diagnostic;
use crate::load::scalar::Scalar;
use crate::load::{figures, yaml};
use crate::messages::Message;
use crate::messages::msg;

/// The file name endings read as summary tables.
pub const EXTENSIONS: &[&str] = &["csv", "xlsx", "xlsm", "xls", "ods"];

/// The sidecar `data/ID.yaml` of a table file: words the table does not hold, and how to read it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSidecar {
    /// The table's title line when left out, else the file name.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub as_of: Option<Spanned<Scalar>>,
    /// Only `aggregate` here: records come as CSV beside a `kind: records` YAML.
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    /// Never allowed: the table file holds the rows. Read only to say so plainly, since a YAML dataset with `rows:`
    /// put beside a table file of the same name is a common slip.
    #[serde(default)]
    pub rows: Option<Spanned<serde::de::IgnoredAny>>,
    /// The sheet to read; the first one when left out.
    #[serde(default)]
    pub sheet: Option<Spanned<String>>,
    /// The cells to read, as `A3:F40`; the whole sheet when left out.
    #[serde(default)]
    pub range: Option<Spanned<String>>,
    /// How many rows the header takes; found from the first row holding figures when left out.
    #[serde(default)]
    pub header_rows: Option<Spanned<usize>>,
    /// What is known about some of the columns, matched to the table's by their header.
    #[serde(default)]
    pub columns: Vec<Spanned<SideColumn>>,
    #[serde(default)]
    pub checks: Vec<Spanned<RawCheck>>,
    #[serde(default)]
    pub translations: BTreeMap<String, Spanned<RawDatasetTr>>,
    /// As in a dataset file: the catalogue group, the update frequency, made-up demonstration data.
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub frequency: Option<Spanned<String>>,
    #[serde(default)]
    pub example: bool,
    /// As in a dataset file: the unit column, the period, the series and the totals rows.
    #[serde(default)]
    pub unit_column: Option<Spanned<String>>,
    #[serde(default)]
    pub period: Option<Spanned<Scalar>>,
    #[serde(default)]
    pub series: Option<Spanned<String>>,
    #[serde(default)]
    pub period_column: Option<Spanned<String>>,
    #[serde(default)]
    pub totals: Vec<Spanned<Scalar>>,
    /// `numbering` confirms the hierarchy read from the row names' numbering; `none` keeps the table flat.
    #[serde(default)]
    pub hierarchy: Option<Spanned<String>>,
    #[serde(default)]
    pub licence: Option<Spanned<crate::model::docmeta::Licence>>,
    #[serde(default)]
    pub revisions: Vec<Spanned<crate::load::docmeta::RawRevision>>,
    #[serde(default)]
    pub temporal: Option<crate::load::docmeta::RawTemporal>,
}

/// One column described in a sidecar: `{header: 本月数, key: month, type: integer, unit: 人}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideColumn {
    /// The header text as it stands in the table (merged headers joined by a space); `key` or `label` when left out.
    #[serde(default)]
    pub header: Option<String>,
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<Spanned<String>>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub grouping: Option<crate::model::Grouping>,
}

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl Cell {
    fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            Cell::Number(_) => false,
        }
    }

    /// The cell's text, for headers and notes.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(f) => f.to_string(),
        }
    }

    /// Whether it holds a figure (a number, or text written as one), or digits grouped wrongly (`1,40,5`), which are
    /// a figure typed wrong: the row holding one is data, where the cell is refused, never a row of the header.
    fn is_figure(&self) -> bool {
        match self {
            Cell::Number(_) => true,
            Cell::Text(t) => match figures::parse(t) {
                Ok(f) => matches!(f, figures::Figure::Number { .. }),
                Err(e) => matches!(e.reason, "grouped" | "mixed"),
            },
            Cell::Empty => false,
        }
    }
}

/// A row of the grid: its number in the sheet (or line in the CSV) and one cell per table column with the cell's
/// column position (its column number in the sheet, or character column in the CSV line).
#[derive(Debug, Clone)]
pub struct GridRow {
    pub line: usize,
    pub cells: Vec<(usize, Cell)>,
}

/// The header of one column.
#[derive(Debug, Clone)]
pub struct Head {
    /// The header cells above the column, top to bottom, merged cells counted once.
    pub parts: Vec<String>,
    /// Where the lowest header cell of the column is.
    pub at: (usize, usize),
}

impl Head {
    pub fn label(&self) -> String {
        self.parts.join(" ")
    }
}

/// A summary table file, its parts found.
#[derive(Debug, Clone)]
pub struct TableFile {
    /// The sheet read, for spreadsheets; none for CSV.
    pub sheet: Option<String>,
    /// The sidecar's path and content, if there is one.
    pub sidecar: Option<(PathBuf, RawSidecar)>,
    /// The title line above the header, if any.
    pub title: Option<String>,
    pub header: Vec<Head>,
    pub rows: Vec<GridRow>,
    /// The trailing 注 rows, each as one line of text.
    pub notes: Vec<String>,
}

impl TableFile {
    /// An error at a cell of the table file `rel`: a sheet cell is named `Sheet1!C12`, a CSV cell by line and column.
    pub fn error(
        &self,
        rel: &Path,
        (line, col): (usize, usize),
        message: impl Into<crate::messages::Message>,
    ) -> Diagnostic {
        let d = Diagnostic::error(rel, line, col, message);
        match &self.sheet {
            Some(sheet) if line > 0 => d.in_sheet(sheet_cell(sheet, line, col)),
            _ => d,
        }
    }

    /// The sidecar's path, where errors about what it declares are reported.
    pub fn sidecar_rel(&self) -> Option<&Path> {
        self.sidecar.as_ref().map(|(p, _)| p.as_path())
    }
}

/// `Sheet1!C12`; the sheet name is quoted as spreadsheets quote it when it has spaces or punctuation.
pub fn sheet_cell(sheet: &str, row: usize, col: usize) -> String {
    let plain = sheet.chars().all(|c| c.is_alphanumeric() || c == '_');
    let name = if plain {
        sheet.to_string()
    } else {
        format!("'{}'", sheet.replace('\'', "''"))
    };
    if col == 0 {
        format!("{name}!{row}:{row}")
    } else {
        format!("{name}!{}{row}", column_letters(col))
    }
}

/// 1 → A, 26 → Z, 27 → AA.
pub fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    while col > 0 {
        let r = (col - 1) % 26;
        out.push(char::from(b'A' + r as u8));
        col = (col - 1) / 26;
    }
    out.iter().rev().collect()
}

/// `C12` → (12, 3).
fn parse_cell_ref(s: &str) -> Option<(usize, usize)> {
    let s = s.trim().replace('$', "");
    let letters: String = s.chars().take_while(char::is_ascii_alphabetic).collect();
    let digits = &s[letters.len()..];
    if letters.is_empty() || letters.len() > 3 || digits.is_empty() {
        return None;
    }
    let col = letters
        .to_ascii_uppercase()
        .bytes()
        .fold(0usize, |n, b| n * 26 + usize::from(b - b'A' + 1));
    let row: usize = digits.parse().ok().filter(|&r| r > 0)?;
    Some((row, col))
}

/// Whether a YAML beside a CSV makes the CSV records (`kind: records`, or `records:`/`publish:` written without the
/// kind, which the records check then refuses with its own message) rather than a summary table it describes.
pub fn declares_records(yaml: &str) -> bool {
    #[derive(Deserialize)]
    struct Peek {
        #[serde(default)]
        kind: Option<String>,
        #[serde(default)]
        records: Option<serde::de::IgnoredAny>,
        #[serde(default)]
        publish: Option<serde::de::IgnoredAny>,
    }
    serde_saphyr::from_str::<Peek>(yaml).is_ok_and(|p| {
        p.kind.as_deref().map(str::trim) == Some("records")
            || p.records.is_some()
            || p.publish.is_some()
    })
}

/// Reads the table file `rel` with its sidecar (path and text), into a dataset whose rows are typed later.
pub fn parse(
    rel: &Path,
    bytes: Vec<u8>,
    sidecar: Option<(PathBuf, String)>,
) -> Result<SourceDataset, Diagnostic> {
    let id =
        crate::load::files::id_from_file_name(rel, "dataset", "data/assistance-coverage.xlsx")?;
    let sidecar = match sidecar {
        Some((path, text)) => {
            let side: RawSidecar = yaml::parse(&path, &text, 0)?;
            Some((path, side))
        }
        None => None,
    };
    let side = sidecar.as_ref().map(|(_, s)| s.clone()).unwrap_or_default();
    let side_rel = sidecar.as_ref().map(|(p, _)| p.clone());
    let side_err = |s: &serde_saphyr::Location, msg: Message| {
        Diagnostic::error(
            side_rel.clone().unwrap_or_else(|| rel.to_path_buf()),
            s.line() as usize,
            s.column() as usize,
            msg,
        )
    };
    if let Some(rows) = &side.rows {
        return Err(side_err(
            &rows.referenced,
            msg!(
                "table-file-sidecar-rows",
                table = crate::diagnostics::display_path(rel),
            ),
        ));
    }
    if let Some(kind) = &side.kind
        && kind.value.trim() != "aggregate"
    {
        return Err(side_err(
            &kind.referenced,
            msg!("table-file-kind", kind = kind.value.trim()),
        ));
    }
    let ext = rel
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let (sheet, mut grid, merged) = if ext == "csv" {
        if side.sheet.is_some() {
            let s = side
                .sheet
                .as_ref()
                .map_or(serde_saphyr::Location::UNKNOWN, |s| s.referenced);
            return Err(side_err(&s, msg!("table-file-csv-sheet")));
        }
        let text = crate::load::files::decode(rel, bytes)?;
        (None, csv_grid(rel, &text)?, Vec::new())
    } else {
        let (sheet, grid, merged) = sheet_grid(rel, bytes, side.sheet.as_ref(), &side_err)?;
        (Some(sheet), grid, merged)
    };
    if let Some(range) = &side.range {
        let bounds = range.value.split_once(':').and_then(|(a, b)| {
            let (r0, c0) = parse_cell_ref(a)?;
            let (r1, c1) = parse_cell_ref(b)?;
            (r0 <= r1 && c0 <= c1).then_some(((r0, c0), (r1, c1)))
        });
        let Some(((r0, c0), (r1, c1))) = bounds else {
            return Err(side_err(
                &range.referenced,
                msg!("table-file-bad-range", range = &range.value),
            ));
        };
        grid.retain(|r| (r0..=r1).contains(&r.line));
        for r in &mut grid {
            for (j, (_, c)) in r.cells.iter_mut().enumerate() {
                if !(c0..=c1).contains(&(j + 1)) {
                    *c = Cell::Empty;
                }
            }
        }
    }
    let mut table = shape(
        rel,
        sheet,
        grid,
        &merged,
        side.header_rows.as_ref(),
        &side_err,
    )?;
    let title = side
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or_else(|| table.title.clone())
        .unwrap_or_else(|| id.clone());
    let raw = RawDataset {
        title,
        description: side.description.clone(),
        source: side.source.clone(),
        as_of: side.as_of.clone(),
        kind: None,
        columns: Vec::new(),
        rows: Vec::new(),
        records: None,
        publish: None,
        checks: side.checks.clone(),
        translations: side.translations.clone(),
        topic: side.topic.clone(),
        frequency: side.frequency.clone(),
        example: side.example,
        unit_column: side.unit_column.clone(),
        period: side.period.clone(),
        series: side.series.clone(),
        period_column: side.period_column.clone(),
        totals: side.totals.clone(),
        licence: side.licence.clone(),
        revisions: side.revisions.clone(),
        temporal: side.temporal.clone(),
    };
    table.sidecar = sidecar;
    Ok(SourceDataset {
        id,
        rel: rel.to_path_buf(),
        raw,
        csv: None,
        table: Some(Box::new(table)),
    })
}

/// A merged area of a sheet: first and last row and column, 1-based.
type Merged = ((usize, usize), (usize, usize));

fn csv_grid(rel: &Path, text: &str) -> Result<Vec<GridRow>, Diagnostic> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            Diagnostic::error(rel, line, 0, msg!("table-file-csv-quotes"))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let mut col = 1;
        let mut cells = Vec::with_capacity(record.len());
        for field in record.iter() {
            let cell = if field.trim().is_empty() {
                Cell::Empty
            } else {
                Cell::Text(field.to_string())
            };
            cells.push((col, cell));
            col += field.chars().count() + 1;
        }
        rows.push(GridRow { line, cells });
    }
    Ok(rows)
}

type SideErr<'a> = dyn Fn(&serde_saphyr::Location, Message) -> Diagnostic + 'a;

fn sheet_grid(
    rel: &Path,
    bytes: Vec<u8>,
    wanted: Option<&Spanned<String>>,
    side_err: &SideErr,
) -> Result<(String, Vec<GridRow>, Vec<Merged>), Diagnostic> {
    // The library's reason (a zip or XML error) means nothing to an editor; what to do is the same for all of them.
    let unreadable =
        |_: calamine::Error| Diagnostic::error(rel, 0, 0, msg!("table-file-unreadable"));
    let mut book: Sheets<Cursor<Vec<u8>>> =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    let names = book.sheet_names();
    let sheet = match wanted {
        Some(w) => names
            .iter()
            .find(|n| n.trim() == w.value.trim())
            .cloned()
            .ok_or_else(|| {
                side_err(
                    &w.referenced,
                    msg!("table-file-no-sheet", sheet = &w.value, sheets = &names),
                )
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| Diagnostic::error(rel, 0, 0, msg!("table-file-no-sheets")))?,
    };
    let range = book.worksheet_range(&sheet).map_err(unreadable)?;
    let merged = match &mut book {
        Sheets::Xlsx(x) => x
            .merge_cells_by_sheet_name(&sheet)
            .unwrap_or_default()
            .into_iter()
            .map(|d| {
                (
                    (d.start.0 as usize + 1, d.start.1 as usize + 1),
                    (d.end.0 as usize + 1, d.end.1 as usize + 1),
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    let (r0, c0) = range
        .start()
        .map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        // From column A, so that a cell's index in the row is its column number less one.
        let cells = (1..=c0)
            .map(|j| (j, Cell::Empty))
            .chain(row.iter().enumerate().map(|(j, v)| (c0 + j + 1, cell(v))))
            .collect();
        rows.push(GridRow {
            line: r0 + i + 1,
            cells,
        });
    }
    Ok((sheet, rows, merged))
}

fn cell(v: &Data) -> Cell {
    match v {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(d) => match excel_date(d.as_f64()) {
            Some(iso) if !d.is_duration() => Cell::Text(iso),
            _ => Cell::Number(d.as_f64()),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => {
            Cell::Text(s.split('T').next().unwrap_or(s).to_string())
        }
        // A formula error (#DIV/0!) is not a figure: the typing stage refuses it in a numeric column.
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
    }
}

/// An Excel serial date (days since 1899-12-30) as YYYY-MM-DD.
fn excel_date(serial: f64) -> Option<String> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    // Days from 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let z = serial.floor() as i64 - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// A header Excel stores as the first day of a month is that month: a sheet showing `2023年1月` (typed so, or
/// formatted `yyyy年m月`) holds the date 2023-01-01, and its column is the month's, as a reader of the sheet sees it.
fn month_of_date(header: &str) -> Option<String> {
    let b = header.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && header.ends_with("-01")
        && header
            .bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return None;
    }
    let year: i32 = header[..4].parse().ok()?;
    let month: u8 = header[5..7].parse().ok()?;
    (1..=12)
        .contains(&month)
        .then(|| crate::model::series::Period::Month(year, month).label(true))
}

/// Whether a row's first filled cell starts a note: `注：`, `注1.`, `说明：`, `备注：`.
fn is_note(row: &GridRow) -> bool {
    let Some((_, first)) = row.cells.iter().find(|(_, c)| !c.is_empty()) else {
        return false;
    };
    let t = first.text();
    ["注", "说明", "备注"].iter().any(|w| {
        t.strip_prefix(w).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(['：', ':', '①', '(', '（', ' ', '\u{3000}'])
                || rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
        })
    })
}

fn filled(row: &GridRow) -> usize {
    row.cells.iter().filter(|(_, c)| !c.is_empty()).count()
}

/// Finds title, header, body and notes in the grid.
fn shape(
    rel: &Path,
    sheet: Option<String>,
    mut grid: Vec<GridRow>,
    merged: &[Merged],
    header_rows: Option<&Spanned<usize>>,
    side_err: &SideErr,
) -> Result<TableFile, Diagnostic> {
    let named = |line: usize, col: usize, msg: Message| {
        let d = Diagnostic::error(rel, line, col, msg);
        match &sheet {
            Some(s) if line > 0 => d.in_sheet(sheet_cell(s, line, col)),
            _ => d,
        }
    };
    grid.retain(|r| filled(r) > 0);
    // Columns that are empty from top to bottom (margins, spacer columns) are not columns of the table.
    let used: Vec<usize> = {
        let mut cols: Vec<usize> = grid
            .iter()
            .flat_map(|r| {
                r.cells
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, c))| !c.is_empty())
                    .map(|(j, _)| j)
            })
            .collect();
        cols.sort_unstable();
        cols.dedup();
        cols
    };
    let width = grid
        .iter()
        .map(|r| r.cells.iter().filter(|(_, c)| !c.is_empty()).count())
        .max()
        .unwrap_or(0);
    if grid.is_empty() {
        return Err(Diagnostic::error(rel, 0, 0, msg!("table-file-empty")));
    }
    let notes_at = grid.iter().position(is_note).unwrap_or(grid.len());
    let notes: Vec<String> = grid[notes_at..]
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|(_, c)| c.text())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    grid.truncate(notes_at);
    // Title lines: single cells above the header (the table's name, the reporting unit, the month).
    let first_head = grid
        .iter()
        .position(|r| filled(r) > 1 || width <= 1)
        .unwrap_or(grid.len());
    let title = grid[..first_head].first().map(|r| {
        r.cells
            .iter()
            .map(|(_, c)| c.text())
            .find(|t| !t.is_empty())
            .unwrap_or_default()
    });
    let body_at = match header_rows {
        Some(n) => {
            if n.value == 0 || first_head + n.value > grid.len() {
                return Err(side_err(
                    &n.referenced,
                    msg!("table-file-header-rows", rows = n.value),
                ));
            }
            first_head + n.value
        }
        None => {
            let data = grid[first_head..].iter().position(|r| {
                filled(r) == 1
                    && r.cells.iter().position(|(_, c)| !c.is_empty()) == used.first().copied()
                    || r.cells
                        .iter()
                        .skip(used.first().map_or(1, |f| f + 1))
                        .any(|(_, c)| c.is_figure())
            });
            first_head + data.filter(|&d| d > 0).unwrap_or(1)
        }
    };
    if first_head >= grid.len() {
        return Err(named(0, 0, msg!("table-file-no-header")));
    }
    let head_rows = &grid[first_head..body_at.min(grid.len())];
    let mut header = Vec::new();
    for &col in &used {
        let mut parts: Vec<String> = Vec::new();
        let mut at = (head_rows[0].line, col + 1);
        for (hi, row) in head_rows.iter().enumerate() {
            let own = row
                .cells
                .get(col)
                .map(|(_, c)| c.text())
                .unwrap_or_default();
            let text = if own.is_empty() {
                spanning(row, col, merged, hi + 1 < head_rows.len(), used[0])
            } else {
                month_of_date(&own).unwrap_or(own)
            };
            if !text.is_empty() && parts.last() != Some(&text) {
                parts.push(text);
            }
            at = (row.line, row.cells.get(col).map_or(col + 1, |(p, _)| *p));
        }
        if parts.is_empty() {
            return Err(named(at.0, at.1, msg!("table-file-column-no-header")));
        }
        header.push(Head { parts, at });
    }
    let rows = grid
        .drain(body_at.min(grid.len())..)
        .map(|r| GridRow {
            line: r.line,
            cells: used
                .iter()
                .map(|&col| r.cells.get(col).cloned().unwrap_or((col + 1, Cell::Empty)))
                .collect(),
        })
        .collect();
    Ok(TableFile {
        sheet,
        sidecar: None,
        title,
        header,
        rows,
        notes,
    })
}

/// The text of a merged header cell that covers column index `col` of `row`: from the sheet's merged areas when
/// the file has them, otherwise (CSV, ODS) the nearest filled cell to the left in an upper header row, as a merged
/// cell leaves its text in its first column only. The row-name column `first` never spans the columns to its right.
fn spanning(row: &GridRow, col: usize, merged: &[Merged], upper: bool, first: usize) -> String {
    if let Some(((_, c0), _)) = merged.iter().find(|((r0, c0), (r1, c1))| {
        (*r0..=*r1).contains(&row.line) && (*c0..=*c1).contains(&(col + 1))
    }) {
        return row
            .cells
            .get(c0 - 1)
            .map(|(_, c)| c.text())
            .unwrap_or_default();
    }
    if !merged.is_empty() || !upper {
        return String::new();
    }
    row.cells
        .iter()
        .enumerate()
        .take(col)
        .rfind(|(j, (_, c))| *j > first && !c.is_empty())
        .map(|(_, (_, c))| c.text())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> TableFile {
        let src = parse(Path::new("data/t.csv"), csv.as_bytes().to_vec(), None).unwrap();
        *src.table.unwrap()
    }

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(28), "AB");
        assert_eq!(sheet_cell("Sheet1", 12, 3), "Sheet1!C12");
        assert_eq!(sheet_cell("月 报", 2, 1), "'月 报'!A2");
        assert_eq!(parse_cell_ref("$C$12"), Some((12, 3)));
        assert_eq!(parse_cell_ref("AA1"), Some((1, 27)));
        assert_eq!(parse_cell_ref("12"), None);
    }

    #[test]
    fn title_header_spacers_and_note_are_found() {
        let t = table(
            "民政事业统计月报表,,\n,,\n指标,单位,本月数\n一、综合,,\n1.镇,个,\"1,405\"\n\n2.乡,个,312\n注：部分合计数因四舍五入与分项之和略有出入。,,\n",
        );
        assert_eq!(t.title.as_deref(), Some("民政事业统计月报表"));
        let labels: Vec<String> = t.header.iter().map(Head::label).collect();
        assert_eq!(labels, ["指标", "单位", "本月数"]);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[1].line, 5);
        assert_eq!(t.rows[1].cells[2], (7, Cell::Text("1,405".into())));
        assert_eq!(t.notes, ["注：部分合计数因四舍五入与分项之和略有出入。"]);
    }

    #[test]
    fn a_merged_header_heads_every_column_below_it() {
        let t = table("类别,城市低保,,农村低保,\n,户数,人数,户数,人数\n甲镇,1,2,3,4\n");
        let labels: Vec<String> = t.header.iter().map(Head::label).collect();
        assert_eq!(
            labels,
            [
                "类别",
                "城市低保 户数",
                "城市低保 人数",
                "农村低保 户数",
                "农村低保 人数"
            ]
        );
        assert_eq!(t.rows.len(), 1);
    }

    #[test]
    fn excel_serial_dates() {
        assert_eq!(excel_date(45_230.0).as_deref(), Some("2023-10-31"));
        assert_eq!(excel_date(25_569.0).as_deref(), Some("1970-01-01"));
    }

    #[test]
    fn digits_grouped_wrongly_are_a_figure_typed_wrong_not_a_header() {
        assert!(Cell::Text("1,40,5".into()).is_figure());
        assert!(Cell::Text("1,405 000".into()).is_figure());
        assert!(Cell::Text("1,405".into()).is_figure());
        assert!(!Cell::Text("本月数".into()).is_figure());
        assert!(!Cell::Text("2023年1月".into()).is_figure());
        assert!(!Cell::Text("—".into()).is_figure());
    }

    #[test]
    fn a_header_stored_as_the_first_of_a_month_is_the_month() {
        assert_eq!(month_of_date("2023-01-01").as_deref(), Some("2023年1月"));
        assert_eq!(month_of_date("2023-12-01").as_deref(), Some("2023年12月"));
        for other in ["2023-01-31", "2023-13-01", "2023年1月", "本月", "2023-1-01"] {
            assert_eq!(month_of_date(other), None, "{other}");
        }
    }
}
