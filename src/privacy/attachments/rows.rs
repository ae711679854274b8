//! A spreadsheet row read as a person reads it: a number split over adjacent cells (`110105` | `19491231002X`,
//! `138` | `0013 8000`) is one number on screen, though each cell alone holds none. Runs of two to four adjacent
//! cells are joined and kept only when the whole validates ([`split_over_cells`]), so a table of counts, years and
//! codes is not read as personal data.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::html::{Event, Reading, State, Visitor, walk};
use crate::privacy::detect::{Finding, Kind, split_over_cells};

/// A number found over cells: the references of its first and last cell (`B2`, `C2`, or byte ranges), and its kind.
pub(super) type Split<R = String> = (R, R, Kind);

/// The cells of one row so far: first and last column (from 0; a cell may span several), text, and reference (`B2`,
/// or where the cell stands in a text); and the columns whose heading (the first row with text) holds a phone word.
pub(super) struct Row<R = String> {
    cells: Vec<(u64, u64, String, R)>,
    headed: bool,
    phone_columns: Vec<(u64, u64)>,
}

impl<R> Default for Row<R> {
    fn default() -> Self {
        Row {
            cells: Vec::new(),
            headed: false,
            phone_columns: Vec::new(),
        }
    }
}

/// Words that label a phone number, in a heading or a cell before it.
const PHONE_WORDS: [&str; 13] = [
    "电话", "電話", "手机", "手機", "联系", "聯繫", "聯絡", "号码", "號碼", "座机", "tel", "phone",
    "mobile",
];

/// [`PHONE_WORDS`] in one automaton, ASCII letters in any case. Every table cell is asked, and lower-casing each
/// one and searching it thirteen times cost more than reading the table.
static PHONE: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PHONE_WORDS)
        .ok()
});

/// Whether `text` holds a phone word in any case. The automaton gives what the lower-cased text would: Han has no
/// case, and of all characters only `İ` (to `i` and a combining dot, which no word has after an `i`) and the Kelvin
/// sign (to `k`, in no word) lower-case to anything holding ASCII, so no other character can make or break a match.
fn says_phone(text: &str) -> bool {
    match &*PHONE {
        Some(ac) => ac.is_match(text),
        None => {
            let lower = text.to_lowercase();
            PHONE_WORDS.iter().any(|w| lower.contains(w))
        }
    }
}

impl<R: Clone> Row<R> {
    pub fn cell(&mut self, column: u64, text: &str, reference: R) {
        self.spanned(column, column, text, reference);
    }

    /// A cell over the columns `first..=last`, as a spanning cell of an HTML table lays out; cells may come in any
    /// order.
    pub fn spanned(&mut self, first: u64, last: u64, text: &str, reference: R) {
        if !text.trim().is_empty() {
            self.cells
                .push((first, last.max(first), text.to_string(), reference));
        }
    }

    /// Ends the row: each run of adjacent cells that together hold a number.
    pub fn finish(&mut self) -> Vec<Split<R>> {
        let mut out = Vec::new();
        let mut cells = std::mem::take(&mut self.cells);
        cells.sort_by_key(|c| c.0);
        if !self.headed && !cells.is_empty() {
            self.headed = true;
            self.phone_columns = cells
                .iter()
                .filter(|c| says_phone(&c.2))
                .map(|c| (c.0, c.1))
                .collect();
        }
        // Whether a cell before each one holds a phone word, each cell's text lower-cased once.
        let mut said = false;
        let before: Vec<bool> = cells
            .iter()
            .map(|c| {
                let was = said;
                said = said || says_phone(&c.2);
                was
            })
            .collect();
        let under_phone = |c: &(u64, u64, String, R)| {
            self.phone_columns
                .iter()
                .any(|&(first, last)| c.0 <= last && first <= c.1)
        };
        for start in 0..cells.len() {
            let phone_context = before[start] || cells[start..].iter().take(4).any(under_phone);
            for len in 2..=4 {
                let Some(run) = cells.get(start..start + len) else {
                    break;
                };
                if run.windows(2).any(|w| w[1].0 != w[0].1 + 1) {
                    break;
                }
                let texts: Vec<&str> = run.iter().map(|c| c.2.as_str()).collect();
                if let Some(kind) = split_over_cells(&texts, phone_context) {
                    out.push((run[0].3.clone(), run[len - 1].3.clone(), kind));
                }
            }
        }
        out
    }
}

/// The numbers split over adjacent fields of a CSV or TSV file's records (named `B2:C2` as a spreadsheet opening
/// it shows them). A text is read so when its first lines all have the same number of commas, tabs or semicolons
/// whatever its name: the csv reader then takes quoted fields as a spreadsheet does.
pub(super) fn delimited(text: &str) -> Vec<Split> {
    let mut out = Vec::new();
    let Some(delimiter) = delimiter(text) else {
        return out;
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut row = Row::default();
    for (n, record) in reader.records().enumerate() {
        let Ok(record) = record else {
            break;
        };
        for (i, field) in record.iter().enumerate() {
            let i = i as u64;
            row.cell(i, field, format!("{}{}", column_name(i), n + 1));
        }
        out.extend(row.finish());
    }
    out
}

/// The cells of a page's Markdown tables that together hold a number (`| 138 | 0013 | 8000 |` under a heading
/// that says 电话), each cell its own finding, so that redacting them keeps the table's pipes. A table is read as
/// a spreadsheet row is: the first row is its heading, the delimiter row (`|---|`) is none.
pub fn split_table_cells(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut row: Row<(usize, usize)> = Row::default();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let cells = markdown_cells(line, at);
        at += line.len();
        if cells.is_empty() {
            row = Row::default();
            continue;
        }
        let texts = || cells.iter().map(|&(s, e)| &text[s..e]);
        if texts().all(|t| t.chars().all(|c| matches!(c, '-' | ':' | ' '))) {
            continue;
        }
        for (i, (t, &range)) in texts().zip(&cells).enumerate() {
            row.cell(i as u64, t, range);
        }
        for (first, last, kind) in row.finish() {
            out.extend(
                cells
                    .iter()
                    .filter(|&&(s, e)| s >= first.0 && e <= last.1)
                    .map(|&(start, end)| Finding { kind, start, end }),
            );
        }
    }
    out.sort_by_key(|f| f.start);
    out.dedup_by_key(|f| f.start);
    out
}

/// The byte ranges (from `offset`, spaces trimmed) of the cells of a Markdown table row: a line that starts with
/// `|`, cut at every `|` that no backslash escapes. Nothing for any other line.
fn markdown_cells(line: &str, offset: usize) -> Vec<(usize, usize)> {
    let body = line.trim_end();
    let lead = body.len() - body.trim_start().len();
    if !body[lead..].starts_with('|') {
        return Vec::new();
    }
    let mut cells = Vec::new();
    let mut start = lead + 1;
    let mut escaped = false;
    for (i, c) in body.char_indices().skip_while(|&(i, _)| i <= lead) {
        match c {
            '|' if !escaped => {
                cells.push(trimmed(body, start, i, offset));
                start = i + 1;
            }
            _ => escaped = c == '\\' && !escaped,
        }
    }
    if start < body.len() {
        cells.push(trimmed(body, start, body.len(), offset));
    }
    cells
}

/// `start..end` of `line` without the spaces at either end, from `offset`.
fn trimmed(line: &str, start: usize, end: usize, offset: usize) -> (usize, usize) {
    let cell = &line[start..end];
    let s = start + (cell.len() - cell.trim_start().len());
    (offset + s, offset + s.max(start + cell.trim_end().len()))
}

/// The numbers split over adjacent cells of a row of an HTML table (named `B2:D2`, rows counted within the table),
/// as a browser shows the row: each table's first row is its heading. Only markup with a table cell is walked.
pub(super) fn html_tables(markup: &str) -> Vec<Split> {
    let Some(markup) = tables_in(markup) else {
        return Vec::new();
    };
    let cell_tag =
        |w: &[u8]| w[0] == b'<' && w[1] | 0x20 == b't' && matches!(w[2] | 0x20, b'd' | b'h');
    if !markup.as_bytes().windows(3).any(cell_tag) {
        return Vec::new();
    }
    let mut tables = Tables::default();
    walk(markup, Reading::default(), &mut tables);
    tables.out
}

/// The stretch of `markup` from its first `<table` to the end of its last `</table>`, or to the end when a table
/// opens after that: a browser puts rows nowhere else, and a page's tables are a small part of it, so the rest is
/// not tokenized a second time. Text cut off from the elements around it only reads as more visible, not less.
fn tables_in(markup: &str) -> Option<&str> {
    static MARKS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["<table", "</table"])
            .ok()
    });
    let Some(ac) = &*MARKS else {
        return Some(markup);
    };
    let (mut from, mut last_open, mut last_close) = (None, 0, 0);
    for m in ac.find_iter(markup) {
        if m.pattern().as_usize() == 0 {
            from.get_or_insert(m.start());
            last_open = m.start();
        } else {
            last_close = markup[m.end()..]
                .find('>')
                .map_or(markup.len(), |e| m.end() + e + 1);
        }
    }
    let from = from?;
    let to = if last_close > last_open {
        last_close
    } else {
        markup.len()
    };
    markup.get(from..to)
}

/// The walk of [`html_tables`], laid out by the HTML table model: a cell goes in the first column of its row that
/// no cell from a row above still spans, and takes `colspan` columns and `rowspan` rows. A cell spanning rows is
/// beside each of them on screen, so it is read in each (a phone word or the first half of a number beside the
/// rest).
#[derive(Default)]
struct Tables {
    row: Row,
    column: u64,
    row_number: usize,
    cell: Option<OpenCell>,
    /// Cells of rows above that span into the open row.
    spanning: Vec<Spanning>,
    /// Cells of the open row that span the rows below.
    incoming: Vec<Spanning>,
    out: Vec<Split>,
}

/// A cell being read: its text, first column and the rows it spans.
struct OpenCell {
    text: String,
    first: u64,
    columns: u64,
    rows: u64,
}

/// A cell spanning rows: its columns, the rows it still spans, its text and reference.
struct Spanning {
    first: u64,
    last: u64,
    rows_left: u64,
    text: String,
    reference: String,
}

/// Most columns a cell spans, as browsers clamp `colspan`.
const MAX_COLSPAN: u64 = 1000;
/// Most rows a cell spans, as browsers clamp `rowspan`; `rowspan="0"` spans to the end of its row group, taken as
/// the most.
const MAX_ROWSPAN: u64 = 65534;

/// A span attribute's value as browsers parse it: leading digits, anything after ignored, at most `max`; a missing
/// or unreadable value is 1, and 0 is `zero`.
fn span(attrs: &[crate::html::Attribute], name: &str, zero: u64, max: u64) -> u64 {
    let Some(a) = attrs.iter().find(|a| &*a.name.local == name) else {
        return 1;
    };
    let digits: String = a
        .value
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .take(6)
        .collect();
    match digits.parse::<u64>() {
        Ok(0) => zero,
        Ok(n) => n.min(max),
        Err(_) => 1,
    }
}

impl Tables {
    /// The first column from `column` on that no cell from a row above covers.
    fn free_column(&self, mut column: u64) -> u64 {
        while let Some(s) = self
            .spanning
            .iter()
            .find(|s| s.first <= column && column <= s.last)
        {
            column = s.last + 1;
        }
        column
    }

    fn end_cell(&mut self) {
        let Some(cell) = self.cell.take() else {
            return;
        };
        let last = cell.first + cell.columns - 1;
        let reference = format!("{}{}", column_name(cell.first), self.row_number);
        self.row
            .spanned(cell.first, last, &cell.text, reference.clone());
        if cell.rows > 1 {
            self.incoming.push(Spanning {
                first: cell.first,
                last,
                rows_left: cell.rows - 1,
                text: cell.text,
                reference,
            });
        }
        self.column = last + 1;
    }

    /// Ends a row: the cells spanning into it from above are read in it too, and span one row less.
    fn end_row(&mut self) {
        self.end_cell();
        for s in &mut self.spanning {
            self.row
                .spanned(s.first, s.last, &s.text, s.reference.clone());
            s.rows_left -= 1;
        }
        self.spanning.retain(|s| s.rows_left > 0);
        self.spanning.append(&mut self.incoming);
        self.out.extend(self.row.finish());
    }
}

impl Visitor for Tables {
    fn visit(&mut self, event: Event<'_>, state: &State) {
        match event {
            Event::Start { name: "table", .. } => {
                self.row = Row::default();
                self.row_number = 0;
                self.spanning.clear();
                self.incoming.clear();
            }
            Event::Start {
                name: "thead" | "tbody" | "tfoot",
                ..
            } => {
                self.spanning.clear();
                self.incoming.clear();
            }
            Event::Start { name: "tr", .. } => {
                self.column = 0;
                self.row_number += 1;
            }
            Event::Start {
                name: "td" | "th",
                attrs,
                ..
            } => {
                self.end_cell();
                self.cell = Some(OpenCell {
                    text: String::new(),
                    first: self.free_column(self.column),
                    columns: span(attrs, "colspan", 1, MAX_COLSPAN),
                    rows: span(attrs, "rowspan", MAX_ROWSPAN, MAX_ROWSPAN),
                });
            }
            Event::Text(t) if !state.hidden && state.raw.is_none() => {
                if let Some(cell) = &mut self.cell {
                    cell.text.push_str(t);
                }
            }
            Event::End {
                name: "td" | "th", ..
            } => self.end_cell(),
            Event::End { name: "tr", .. } => self.end_row(),
            _ => {}
        }
    }
}

/// The delimiter every one of the first lines (at least two) has the same number of, if any.
fn delimiter(text: &str) -> Option<u8> {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    if lines.len() < 2 {
        return None;
    }
    [b',', b'\t', b';'].into_iter().find(|d| {
        let count = |l: &str| l.bytes().filter(|b| b == d).count();
        let first = count(lines[0]);
        first > 0 && lines.iter().all(|l| count(l) == first)
    })
}

/// `A`, `B`, … `Z`, `AA` for a column counted from 0.
fn column_name(n: u64) -> String {
    let mut n = n + 1;
    let mut out = Vec::new();
    while n > 0 {
        let d = ((n - 1) % 26) as u8;
        out.push(b'A' + d);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Column index (from 0) of an A1-style reference (`B2` is 1).
pub(super) fn column_of(reference: &str) -> Option<u64> {
    let letters: Vec<u8> = reference
        .bytes()
        .take_while(|b| b.is_ascii_alphabetic())
        .collect();
    if letters.is_empty() {
        return None;
    }
    letters
        .iter()
        .try_fold(0u64, |n, b| {
            n.checked_mul(26)?
                .checked_add(u64::from(b.to_ascii_uppercase() - b'A') + 1)
        })
        .map(|n| n - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_words_are_found_as_in_the_lower_cased_text() {
        let lowered = |t: &str| {
            let lower = t.to_lowercase();
            PHONE_WORDS.iter().any(|w| lower.contains(w))
        };
        let pieces = [
            "T", "e", "L", "l", "PHONE", "Mob", "\u{130}", "I", "i", "le", "\u{212A}", "\u{307}",
            "电", "话", "電話", "号", "碼", "Ｔ", "ｅ", " ", "座机", "联", "系", "x", "\u{3A3}",
        ];
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + seed % 7 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(says_phone(&text), lowered(&text), "{text:?}");
        }
        assert!(says_phone("联系电话") && says_phone("TEL") && says_phone("MobILE"));
        assert!(!says_phone("mob\u{130}le") && !says_phone("电 话"));
    }

    fn found(cells: &[&str]) -> Vec<(String, Kind)> {
        let mut row = Row::default();
        for (i, c) in cells.iter().enumerate() {
            row.cell(i as u64, c, column_name(i as u64) + "1");
        }
        row.finish()
            .into_iter()
            .map(|(a, b, k)| (format!("{a}:{b}"), k))
            .collect()
    }

    #[test]
    fn numbers_split_over_cells_are_found() {
        assert_eq!(
            found(&["张三", "110105", "19491231002X"]),
            [("B1:C1".to_string(), Kind::IdNumber)]
        );
        assert_eq!(
            found(&["电话", "138", "0013 8000"]),
            [("B1:C1".to_string(), Kind::Mobile)]
        );
        assert_eq!(found(&["手机号码", "138", "0013", "8000"]).len(), 1);
        assert!(found(&["138", "0013", "8000"]).is_empty(), "no phone word");
        assert_eq!(found(&["11010519491231", "002X"]).len(), 1);
        assert_eq!(found(&["110105194912", "31002X"]).len(), 1);
    }

    #[test]
    fn csv_and_tsv_records_are_rows() {
        let found = delimited("姓名,联系电话,,\n某某,138,\"0013 8000\",\n");
        assert_eq!(found, [("B2".into(), "C2".into(), Kind::Mobile)]);
        assert_eq!(delimited("a\tb\n110105\t19491231002X\n").len(), 1);
        assert!(delimited("镇,户数,人数,金额\n甲,150,2000,1380\n乙,2023,12,150\n").is_empty());
        assert!(
            delimited("Dear reader, this is prose.\nIt has commas, here and there, too.\n")
                .is_empty()
        );
    }

    fn split_cells(text: &str) -> Vec<&str> {
        split_table_cells(text)
            .iter()
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    #[test]
    fn markdown_table_cells_under_a_phone_heading() {
        let table = "| 姓名 | 联系电话 | | |\n|---|---|---|---|\n| 某某 | 138 | 0013 | 8000 |\n";
        assert_eq!(split_cells(table), ["138", "0013", "8000"]);
        assert_eq!(
            split_cells("| 电话 | 138 | 0013 8000 |\n"),
            ["138", "0013 8000"]
        );
        assert_eq!(
            split_cells("| 证件 |\n|---|\n| 110105 | 19491231002X |"),
            ["110105", "19491231002X"]
        );
        for counts in [
            "| 镇 | 户数 | 人数 | 金额 |\n|---|---|---|---|\n| 甲 | 138 | 0013 | 8000 |\n",
            "| 联系电话 | 年份 |\n|---|---|\n| 12345 | 2023 |\n\n| 甲 | 乙 | 丙 |\n|---|---|---|\n| 138 | 0013 | 8000 |",
            "138 | 0013 | 8000 in prose, not a table",
            "| a \\| 138 | 0013 | 8000 |",
        ] {
            assert!(split_cells(counts).is_empty(), "{counts}");
        }
    }

    #[test]
    fn html_table_cells_where_a_browser_lays_them_out() {
        // A heading over two columns puts 联系电话 over the third.
        let spans = "<table><tr><th colspan=2>姓名<th>联系电话<th></tr>\
                     <tr><td>张<td>某<td>138<td>0013 8000</table>";
        assert_eq!(
            html_tables(spans),
            [("C2".to_string(), "D2".to_string(), Kind::Mobile)]
        );
        // A cell spanning two rows stands beside both.
        let rows =
            "<table><tr><td rowspan=\"2\">联系电话<td>x</tr><tr><td>138<td>0013 8000</tr></table>";
        assert_eq!(
            html_tables(rows),
            [("B2".to_string(), "C2".to_string(), Kind::Mobile)]
        );
        let id = "<table><tbody><tr><td rowspan=3x>110105<td>0<tr><td>19491231002X</tbody></table>";
        assert_eq!(html_tables(id).len(), 1);
        // A row group ends what spans into it.
        let groups = "<table><thead><tr><td rowspan=2>110105<td>0</thead><tbody><tr><td>19491231002X</tbody></table>";
        assert!(html_tables(groups).is_empty());
        let counts = "<table><tr><th rowspan=2>镇<th colspan=2>户数<th>金额\
                      <tr><th>城镇<th>农村<th>元\
                      <tr><td>甲<td>138<td>0013<td>8000\
                      <tr><td colspan=2>合计<td>2023<td>1380</table>";
        assert!(html_tables(counts).is_empty());
    }

    #[test]
    fn html_table_cells_under_a_phone_heading() {
        let table = "<table><tr><th>姓名<th>联系电话<th><th></tr>\
                     <tr><td>某某</td><td>138</td><td>0013</td><td>8000</td></tr></table>";
        assert_eq!(
            html_tables(table),
            [("B2".to_string(), "D2".to_string(), Kind::Mobile)]
        );
        assert!(
            html_tables(
                "<table><tr><th>镇<th>户数<th>人数<th>金额\
                 <tr><td>甲<td>138<td>0013<td>8000</table>"
            )
            .is_empty()
        );
        assert!(html_tables("<p>电话</p><p>138</p><p>0013 8000</p>").is_empty());
        // Only the tables are walked: from the first to the end of the last, or on to the end when one is left open.
        let page = "<p>甲</p><table><tr><td>1</td></tr></table><p>乙</p><TABLE><tr><td>2</td></TABLE ><p>丙</p>";
        assert_eq!(
            tables_in(page),
            Some("<table><tr><td>1</td></tr></table><p>乙</p><TABLE><tr><td>2</td></TABLE >")
        );
        assert_eq!(
            tables_in("<table></table><p>x</p><table><tr><td>电话<td>138"),
            Some("<table></table><p>x</p><table><tr><td>电话<td>138")
        );
        assert_eq!(tables_in("<p>电话</p><td>138</td>"), None);
        assert_eq!(
            html_tables(
                "<p>x</p><table><tr><th>联系电话<th><th></tr><tr><td>138<td>0013<td>8000</table>"
            )
            .len(),
            1
        );
        assert_eq!(
            html_tables("<TABLE><TR><TD>电话<TD>138<TD>0013 8000</TABLE>").len(),
            1
        );
    }

    #[test]
    fn ordinary_rows_are_not() {
        for row in [
            &["2023", "12", "150", "2020-07-11"][..],
            &["138", "150", "2000"],
            &["1380", "0138000"],
            &["110105", "19491231002"],
            &["110105", "19491231003X"],
            &["第150期", "20200711"],
            &["13", "800138000"],
            &["150", "2000", "1380"],
            &["人数", "150", "20200711"],
        ] {
            assert!(found(row).is_empty(), "{row:?}");
        }
        let mut row = Row::default();
        row.cell(1, "联系电话", "B1".into());
        assert!(row.finish().is_empty());
        for (i, c) in ["甲", "138", "0013 8000"].iter().enumerate() {
            row.cell(i as u64, c, format!("{i}2"));
        }
        assert_eq!(row.finish().len(), 1, "under a phone heading");
        assert_eq!(column_of("AB12"), Some(27));
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_of("B2"), Some(1));
    }
}
