//! A figure's change against another period of its series, in words as well as an arrow: `▲ 环比增长2.7%`,
//! `▼ 同比下降1.2%`, `up 2.7% on September 2023`. The arrow is hidden from screen readers, which read the words; the
//! direction is never told by colour alone. A period without a figure is written as missing, never as a change from
//! zero.

use crate::format;
use crate::format::strings::page_lang;
use crate::html::markup::escape;
use crate::messages::{Arg, msg};
use crate::model::series::{Change, ChangeKind, Period};
use crate::model::{ColumnType, Dataset};

/// A change as tiles and running text show it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ChangeText {
    /// `▲`, `▼`, `＝`, or empty when there is nothing to compare with.
    pub arrow: &'static str,
    /// The whole change in words, which is what a screen reader reads.
    pub words: String,
    /// `up`, `down`, `same` or `missing`, for the theme's class.
    pub direction: &'static str,
}

/// The change of the figure at (`di`, `ri`, `ci`) of `datasets`.
pub fn describe(
    datasets: &[Dataset],
    (di, ri, ci): (usize, usize, usize),
    c: &Change,
    lang: &str,
) -> ChangeText {
    let zh = format::is_zh(lang);
    let words = page_lang(lang);
    let d = &datasets[di];
    let name = Arg::Term(kind_word(c));
    let period = c.period.label(zh);
    let now = d.rows[ri].cells[ci].as_f64();
    let then = c.against.and_then(|(a, r, col)| {
        let other = &datasets[a];
        // A figure in another unit (元 last month, 万元 now) is not compared as it stands.
        (other.unit(r, col) == d.unit(ri, ci))
            .then(|| other.rows[r].cells[col].as_f64())
            .flatten()
    });
    let missing = |words: String| ChangeText {
        arrow: "",
        words,
        direction: "missing",
    };
    let (Some(now), Some(then)) = (now, then) else {
        return missing(msg!("reader-change-no-figure", name = name, period = period).text(words));
    };
    let points = d.columns[ci].kind == ColumnType::Percent;
    let delta = if points {
        now - then
    } else if then == 0.0 {
        return missing(msg!("reader-change-from-zero", name = name, period = period).text(words));
    } else {
        (now - then) / then.abs() * 100.0
    };
    let shown = format!("{:.1}", delta.abs());
    let (arrow, direction) = if shown == "0.0" {
        ("＝", "same")
    } else if delta > 0.0 {
        ("▲", "up")
    } else {
        ("▼", "down")
    };
    let change = match (direction, points) {
        ("same", _) => msg!("reader-change-same", name = name, period = period),
        ("up", false) => msg!(
            "reader-change-up",
            name = name,
            period = period,
            shown = Arg::Figure(shown)
        ),
        (_, false) => msg!(
            "reader-change-down",
            name = name,
            period = period,
            shown = Arg::Figure(shown)
        ),
        ("up", true) => msg!(
            "reader-change-up-points",
            name = name,
            period = period,
            shown = Arg::Figure(shown)
        ),
        (_, true) => msg!(
            "reader-change-down-points",
            name = name,
            period = period,
            shown = Arg::Figure(shown)
        ),
    };
    let words = change.text(words);
    ChangeText {
        arrow,
        words,
        direction,
    }
}

/// 环比 for the period before, 同比 for a year earlier; a yearly table's one comparison is 比上年 (the period compared
/// with is a year exactly when the table is yearly, whether its periods are tables or rows).
fn kind_word(c: &Change) -> &'static str {
    let yearly = matches!(c.period, Period::Year(_));
    match (c.kind, yearly) {
        (_, true) => "reader-change-on-year",
        (ChangeKind::Previous, false) => "reader-change-on-previous",
        (ChangeKind::YearAgo, false) => "reader-change-on-year-ago",
    }
}

/// The change as an inline element: the arrow hidden from screen readers, the words read.
pub fn html(t: &ChangeText) -> String {
    let arrow = if t.arrow.is_empty() {
        String::new()
    } else {
        format!("<span aria-hidden=\"true\">{}</span> ", t.arrow)
    };
    format!(
        "<span class=\"change change-{}\">{arrow}{}</span>",
        t.direction,
        escape(&t.words)
    )
}

/// The change after a figure in running text: `（▲ 环比增长2.7%）`, ` (▲ up 2.7% on September 2023)`.
pub fn after_figure(t: &ChangeText, lang: &str) -> String {
    if format::is_zh(lang) {
        format!("（{}）", html(t))
    } else {
        format!(" ({})", html(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, Row, Value};

    fn month(id: &str, period: &str, n: Value, rate: f64) -> Dataset {
        Dataset {
            id: id.into(),
            rel: format!("data/{id}.yaml").into(),
            title: "月报".into(),
            description: String::new(),
            source: String::new(),
            as_of: None,
            columns: vec![
                Column {
                    key: "k".into(),
                    label: "指标".into(),
                    ..Column::default()
                },
                Column {
                    key: "n".into(),
                    label: "数".into(),
                    unit: Some("个".into()),
                    kind: ColumnType::Integer,
                    ..Column::default()
                },
                Column {
                    key: "r".into(),
                    label: "率".into(),
                    kind: ColumnType::Percent,
                    ..Column::default()
                },
            ],
            rows: vec![Row {
                key: "镇".into(),
                cells: vec![Value::Text("镇".into()), n, Value::Number(rate)],
                line: 1,
                level: 0,
                total: false,
            }],
            notes: Vec::new(),
            localized: Vec::new(),
            inferred: Vec::new(),
            about: Default::default(),
            unit_column: None,
            hierarchy_read: false,
            period: Some(period.into()),
            series: Some("mz".into()),
            period_column: None,
        }
    }

    fn sample() -> Vec<Dataset> {
        vec![
            month("a", "2022-10", Value::Integer(1420), 50.0),
            month("b", "2023-09", Value::Empty, 52.0),
            month("c", "2023-10", Value::Integer(1405), 52.4),
        ]
    }

    fn show(kind: ChangeKind, column: usize, lang: &str) -> ChangeText {
        let ds = sample();
        let c = crate::model::series::change(
            &ds,
            "mz",
            Period::Month(2023, 10),
            kind,
            "镇",
            &ds[2].columns[column].key,
        );
        describe(&ds, (2, 0, column), &c, lang)
    }

    #[test]
    fn changes_are_told_in_words_and_arrows() {
        let t = show(ChangeKind::YearAgo, 1, "zh-CN");
        assert_eq!((t.arrow, t.words.as_str()), ("▼", "同比下降1.1%"));
        let t = show(ChangeKind::YearAgo, 1, "en");
        assert_eq!(t.words, "down 1.1% on October 2022");
        let t = show(ChangeKind::Previous, 2, "zh-CN");
        assert_eq!((t.arrow, t.words.as_str()), ("▲", "环比上升0.4个百分点"));
        assert!(
            html(&t).starts_with(
                "<span class=\"change change-up\"><span aria-hidden=\"true\">▲</span> "
            )
        );
    }

    #[test]
    fn a_missing_figure_is_missing_not_zero() {
        let t = show(ChangeKind::Previous, 1, "zh-CN");
        assert_eq!((t.arrow, t.direction), ("", "missing"));
        assert_eq!(t.words, "环比：2023年9月无可比数据");
    }
}
