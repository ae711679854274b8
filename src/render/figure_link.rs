//! A figure in running text: the number, linked to the very cell it comes from, and a note that says where that is.
//!
//! The link carries the cell's id (`#row-KEY.COLUMN`), so the dataset page can highlight and show that cell, not
//! only its row (the row may hold several figures, some in columns off the screen). The note opens on a tap with the
//! HTML `popover` attribute, which needs no script; a `title` tooltip alone never reaches touch readers. The figure
//! and its unit never break across lines (CSS `white-space: nowrap` on `a.figure`, and a no-break space where English
//! puts one between number and unit).

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::format;
use crate::format::strings::{Phrase, page_lang, t};
use crate::html::markup::escape;
use crate::html::url::{cell_id, encode_fragment, encode_path};
use crate::messages::{Arg, msg};
use crate::model::{ColumnType, Dataset};

/// A key figure on the home page: the value in the reader's magnitude (16.74万人, "190 million yuan"), the exact
/// figure beneath it when that differs, and the date it stands at.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Tile {
    pub label: String,
    pub value: String,
    pub unit: String,
    /// Whether a (no-break) space stands between value and unit, as in English "190 million yuan".
    pub spaced: bool,
    /// Every digit and the unit, or empty when `value` and `unit` already show every digit.
    pub exact: String,
    /// `截至2023年10月31日` or `As of 31 October 2023`, or empty.
    pub as_of: String,
    pub url: String,
    /// The changes against other periods of the figure's series (环比, 同比), in words and arrows.
    pub changes: Vec<super::change::ChangeText>,
}

/// The tile of the figure at `row`, `column` of `d`; `url` is the dataset page, to which the cell's anchor is added.
pub fn tile(d: &Dataset, row: usize, column: usize, label: &str, lang: &str, url: &str) -> Tile {
    let r = &d.rows[row];
    let c = &d.cell_column(row, column);
    let unit = match (&c.unit, c.kind) {
        (Some(u), _) => u.clone(),
        (None, ColumnType::Percent) => "%".into(),
        (None, _) => String::new(),
    };
    let exact = format::figure(&r.cells[column], c, lang, true);
    let (value, unit) = match r.cells[column].as_f64() {
        Some(v) => format::amount_parts(v, &unit, lang),
        None => (format::figure(&r.cells[column], c, lang, false), unit),
    };
    let spaced = unit.starts_with(|ch: char| ch.is_ascii_alphanumeric());
    let joined = if spaced {
        format!("{value} {unit}")
    } else {
        format!("{value}{unit}")
    };
    let as_of = d.as_of.as_ref().map_or(String::new(), |a| {
        msg!("reader-tile-as-of", date = format::date(a, lang)).text(page_lang(lang))
    });
    Tile {
        label: label.to_string(),
        exact: if joined == exact {
            String::new()
        } else {
            exact.replace(' ', "\u{a0}")
        },
        value,
        unit,
        spaced,
        as_of,
        url: format!("{url}#{}", encode_fragment(&cell_id(&r.key, &c.key))),
        changes: Vec::new(),
    }
}

/// What a figure's note says of its dataset (its date and source) and the address of the dataset's page: the same
/// for every figure quoted from the dataset, so made once per dataset and language (see [`Quoted`]).
#[derive(Clone)]
pub struct Provenance {
    /// The site's base path, for the link of a correction mark.
    base: String,
    /// The dataset's page, escaped for an attribute; the cell's anchor follows it.
    page: String,
    /// The dataset's title, escaped.
    title: String,
    /// The sentences after the figure's own: as of when, from which source.
    after: String,
    /// The same as a reader sees them (no markup, nothing escaped).
    after_text: String,
}

impl Provenance {
    pub fn of(d: &Dataset, lang: &str, base_path: &str) -> Provenance {
        let words = page_lang(lang);
        let (mut after, mut after_text) = (String::new(), String::new());
        if let Some(a) = &d.as_of {
            let date = format::date(a, lang);
            let time = format!("<time datetime=\"{}\">{date}</time>", escape(a));
            after.push_str(&msg!("reader-figure-note-as-of", date = Arg::Figure(time)).text(words));
            after_text
                .push_str(&msg!("reader-figure-note-as-of", date = Arg::Figure(date)).text(words));
        }
        if !d.source.is_empty() {
            let source =
                |source: String| msg!("reader-figure-note-source", source = source).text(words);
            after.push_str(&source(escape(&d.source)));
            after_text.push_str(&source(d.source.clone()));
        }
        let mut page = escape(base_path);
        page.push_str(&encode_path(&format!("data/{}/", d.id)));
        Provenance {
            base: base_path.to_string(),
            page,
            title: escape(&d.title),
            after,
            after_text,
        }
    }
}

/// Each dataset's [`Provenance`] in one language, made when a page first quotes the dataset. The pages of a
/// language render in parallel and share it.
pub struct Quoted(Vec<OnceLock<Provenance>>);

impl Quoted {
    pub fn new(datasets: usize) -> Quoted {
        Quoted((0..datasets).map(|_| OnceLock::new()).collect())
    }

    /// The provenance of `datasets[i]`; one made afresh for an index out of range.
    pub fn get<'a>(
        &'a self,
        datasets: &[Dataset],
        i: usize,
        lang: &str,
        base_path: &str,
    ) -> Cow<'a, Provenance> {
        match self.0.get(i) {
            Some(cell) => {
                Cow::Borrowed(cell.get_or_init(|| Provenance::of(&datasets[i], lang, base_path)))
            }
            None => Cow::Owned(Provenance::of(&datasets[i], lang, base_path)),
        }
    }
}

/// A figure in running text: its HTML, and the text a reader sees of it (what `html::text` reads from the HTML),
/// or `None` for a figure with a correction mark, whose text is read from its HTML.
pub struct Figure {
    pub html: String,
    pub text: Option<String>,
}

/// The figure at `row`, `column` of `d` (whose [`Provenance`] is `about`) as a link with its provenance note (not
/// for a figure without its unit, which the editor's words continue); `n` makes the note's id unique on the page.
/// Everything in it is inline and shown, so its text is its pieces of text one after the other.
pub fn figure_link(
    d: &Dataset,
    about: &Provenance,
    row: usize,
    column: usize,
    with_unit: bool,
    lang: &str,
    n: usize,
) -> Figure {
    let r = &d.rows[row];
    let c = &d.cell_column(row, column);
    let shown = format::figure(&r.cells[column], c, lang, with_unit).replace(' ', "\u{a0}");
    let fragment = encode_fragment(&cell_id(&r.key, &c.key));
    // A corrected figure says so wherever it is quoted (see `corrections`).
    let corrected = super::corrections::mark(d, row, column, lang, &about.base);
    let mut out = String::with_capacity(512);
    if with_unit {
        out.push_str("<span class=\"fig-ref\">");
    }
    out.push_str("<a class=\"figure\" href=\"");
    out.push_str(&about.page);
    out.push('#');
    out.push_str(&fragment);
    out.push_str("\">");
    out.push_str(&escape(&shown));
    out.push_str("</a>");
    out.push_str(&corrected);
    let mut text = corrected.is_empty().then(|| shown.clone());
    if !with_unit {
        // The editor's words carry on the figure ("1.9亿余元"): a button there would split it, so the link alone
        // leads to the cell, where the page says where the figure comes from.
        return Figure { html: out, text };
    }
    let words = page_lang(lang);
    let header = format::header(c, lang);
    // Every argument is escaped here: the note is HTML.
    let mut note = msg!(
        "reader-figure-note",
        dataset = about.title.as_str(),
        row = escape(&r.key),
        column = escape(&header)
    )
    .text(words);
    note.push_str(&about.after);
    let glyph = t(lang, Phrase::FigureSourceGlyph);
    let note_id = format!("fig-note-{n}");
    out.push_str("<button type=\"button\" class=\"fig-info\" popovertarget=\"");
    out.push_str(&note_id);
    out.push_str("\" aria-label=\"");
    out.push_str(t(lang, Phrase::FigureSourceButton));
    out.push_str("\">");
    out.push_str(glyph);
    out.push_str("</button></span><span class=\"fig-note\" id=\"");
    out.push_str(&note_id);
    out.push_str("\" popover>");
    out.push_str(note.trim_end());
    out.push_str("</span>");
    if let Some(t) = text.as_mut() {
        let mut note = msg!(
            "reader-figure-note",
            dataset = d.title.as_str(),
            row = r.key.as_str(),
            column = header
        )
        .text(words);
        note.push_str(&about.after_text);
        t.push_str(glyph);
        t.push_str(note.trim_end());
    }
    Figure { html: out, text }
}

/// What stands between two figures written next to each other, so 3815户 and 5829人 never read as one run of digits.
pub fn between_figures(lang: &str) -> &'static str {
    t(lang, Phrase::BetweenFigures)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, ColumnType, Row, Value};

    fn dataset() -> Dataset {
        Dataset {
            id: "funds".into(),
            rel: "data/funds.yaml".into(),
            title: "救助资金".into(),
            description: String::new(),
            source: "年度总结".into(),
            as_of: Some("2023-10-31".into()),
            columns: vec![
                Column {
                    key: "item".into(),
                    label: "项目".into(),
                    ..Column::default()
                },
                Column {
                    key: "amount".into(),
                    label: "金额".into(),
                    unit: Some("万元".into()),
                    kind: ColumnType::Number,
                    ..Column::default()
                },
            ],
            rows: vec![Row {
                key: "低保 资金".into(),
                cells: vec![Value::Text("低保 资金".into()), Value::Number(17265.21)],
                line: 1,
                level: 0,
                total: false,
            }],
            notes: Vec::new(),
            localized: Vec::new(),
            inferred: Vec::new(),
            unit_column: None,
            hierarchy_read: false,
            period: None,
            series: None,
            period_column: None,
            about: Default::default(),
        }
    }

    #[test]
    fn links_to_the_cell_and_explains_itself_in_a_popover() {
        let d = dataset();
        let h = figure_link(
            &d,
            &Provenance::of(&d, "zh-CN", "/mzj/"),
            0,
            1,
            true,
            "zh-CN",
            3,
        )
        .html;
        assert!(
            h.contains("href=\"/mzj/data/funds/#row-%E4%BD%8E%E4%BF%9D-%E8%B5%84%E9%87%91.amount\">17,265.21万元</a>"),
            "{h}"
        );
        assert!(h.contains("popovertarget=\"fig-note-3\""), "{h}");
        assert!(
            h.contains("id=\"fig-note-3\" popover>救助资金：低保 资金，金额（万元）。数据截至"),
            "{h}"
        );
        assert!(!h.contains("title="), "{h}");
        let bare = figure_link(
            &d,
            &Provenance::of(&d, "zh-CN", "/"),
            0,
            1,
            false,
            "zh-CN",
            4,
        )
        .html;
        assert!(
            bare.starts_with("<a class=\"figure\"") && bare.ends_with(">17,265.21</a>"),
            "{bare}"
        );
    }

    #[test]
    fn tiles_show_large_values_the_chinese_way_with_the_exact_figure_beneath() {
        let t = tile(&dataset(), 0, 1, "资金", "zh-CN", "/data/funds/");
        assert_eq!((t.value.as_str(), t.unit.as_str()), ("1.73", "亿元"));
        assert_eq!(t.exact, "17,265.21万元");
        assert_eq!(t.as_of, "截至2023年10月31日");
        assert!(
            t.url
                .ends_with("#row-%E4%BD%8E%E4%BF%9D-%E8%B5%84%E9%87%91.amount")
        );
        let mut d = dataset();
        d.rows[0].cells[1] = Value::Number(3815.0);
        d.columns[1].unit = Some("户".into());
        let t = tile(&d, 0, 1, "户数", "zh-CN", "/");
        assert_eq!((t.value.as_str(), t.exact.as_str()), ("3815", ""));
    }

    #[test]
    fn english_figures_keep_number_and_unit_together() {
        let mut d = dataset();
        d.columns[1].unit = Some("10k yuan".into());
        let h = figure_link(&d, &Provenance::of(&d, "en", "/"), 0, 1, true, "en", 0).html;
        assert!(h.contains(">172.6521\u{a0}million\u{a0}yuan</a>"), "{h}");
    }
}
