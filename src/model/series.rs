//! Periods and series: the same table published month after month (`period: 2023-10`, `series: mz-monthly`). Tables
//! of one series are joined by their period, so a figure can be asked for a period and compared with the period
//! before it (环比) and the same period a year earlier (同比). A period without a table is missing, never zero.

use super::dataset::{Column, Dataset, Value};

/// A month, a quarter or a year, ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(i32),
    Quarter(i32, u8),
    Month(i32, u8),
}

impl Period {
    /// `2023-10` (or `2023-1`, `2023年10月`), `2023-Q3` (or `2023Q3`), `2023` (or `2023年`); and every period as
    /// [`Period::label`] writes it (`2023年第3季度`, `October 2023`, `Q3 2023`), so a label reads back as its period.
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let year = |y: &str| -> Option<i32> {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse().ok())
                .flatten()
        };
        if let Some(y) = year(s.strip_suffix('年').unwrap_or(s)) {
            return Some(Period::Year(y));
        }
        if let Some(p) = Period::parse_words(s, &year) {
            return Some(p);
        }
        if let Some((y, q)) = s
            .split_once("-Q")
            .or_else(|| s.split_once('Q'))
            .or_else(|| s.split_once("-q"))
        {
            let q: u8 = q.parse().ok()?;
            return (1..=4).contains(&q).then_some(Period::Quarter(year(y)?, q));
        }
        let (y, m) = s
            .split_once('-')
            .or_else(|| s.strip_suffix('月').and_then(|r| r.split_once('年')))?;
        let m: u8 = (m.len() <= 2).then(|| m.parse().ok()).flatten()?;
        (1..=12).contains(&m).then_some(Period::Month(year(y)?, m))
    }

    /// `2023年第3季度` (`2023年3季度`), `October 2023` (`Oct 2023`), `Q3 2023`.
    fn parse_words(s: &str, year: &dyn Fn(&str) -> Option<i32>) -> Option<Period> {
        if let Some((y, q)) = s.strip_suffix("季度").and_then(|r| r.split_once('年')) {
            let q: u8 = q.strip_prefix('第').unwrap_or(q).parse().ok()?;
            return (1..=4).contains(&q).then_some(Period::Quarter(year(y)?, q));
        }
        let (word, y) = s.split_once(' ')?;
        let y = year(y.trim())?;
        if let Some(q) = word.strip_prefix('Q') {
            let q: u8 = q.parse().ok()?;
            return (1..=4).contains(&q).then_some(Period::Quarter(y, q));
        }
        let m = MONTHS.iter().position(|name| {
            name.eq_ignore_ascii_case(word)
                || (word.len() == 3 && name[..3].eq_ignore_ascii_case(word))
        })?;
        Some(Period::Month(y, u8::try_from(m + 1).ok()?))
    }

    /// The period before: the month before, the quarter before, the year before.
    pub fn previous(self) -> Period {
        match self {
            Period::Year(y) => Period::Year(y - 1),
            Period::Quarter(y, 1) => Period::Quarter(y - 1, 4),
            Period::Quarter(y, q) => Period::Quarter(y, q - 1),
            Period::Month(y, 1) => Period::Month(y - 1, 12),
            Period::Month(y, m) => Period::Month(y, m - 1),
        }
    }

    /// The next period: what a chart steps through, so a period without a table shows as a gap.
    pub fn next(self) -> Period {
        match self {
            Period::Year(y) => Period::Year(y + 1),
            Period::Quarter(y, 4) => Period::Quarter(y + 1, 1),
            Period::Quarter(y, q) => Period::Quarter(y, q + 1),
            Period::Month(y, 12) => Period::Month(y + 1, 1),
            Period::Month(y, m) => Period::Month(y, m + 1),
        }
    }

    /// The same period a year earlier.
    pub fn year_ago(self) -> Period {
        match self {
            Period::Year(y) => Period::Year(y - 1),
            Period::Quarter(y, q) => Period::Quarter(y - 1, q),
            Period::Month(y, m) => Period::Month(y - 1, m),
        }
    }

    /// Whether two periods are of the same kind, as every table of one series must be.
    pub fn same_kind(self, other: Period) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }

    /// The period as `period:` writes it canonically: `2023-10`, `2023-Q3`, `2023`.
    pub fn iso(self) -> String {
        match self {
            Period::Year(y) => format!("{y}"),
            Period::Quarter(y, q) => format!("{y}-Q{q}"),
            Period::Month(y, m) => format!("{y}-{m:02}"),
        }
    }

    /// The period in words: `2023年10月`, `2023年第3季度`, `October 2023`, `Q3 2023`.
    pub fn label(self, zh: bool) -> String {
        match (self, zh) {
            (Period::Year(y), true) => format!("{y}年"),
            (Period::Year(y), false) => format!("{y}"),
            (Period::Quarter(y, q), true) => format!("{y}年第{q}季度"),
            (Period::Quarter(y, q), false) => format!("Q{q} {y}"),
            (Period::Month(y, m), true) => format!("{y}年{m}月"),
            (Period::Month(y, m), false) => format!("{} {y}", MONTHS[usize::from(m) - 1]),
        }
    }
}

/// The most periods a chart across periods draws: a century of months (the check of a chart refuses more).
pub const MAX_PERIODS: usize = 1200;

/// The tables of series `id`, by index into `datasets`, oldest period first.
pub fn members(datasets: &[Dataset], id: &str) -> Vec<(Period, usize)> {
    let mut out: Vec<(Period, usize)> = datasets
        .iter()
        .enumerate()
        .filter(|(_, d)| d.series.as_deref() == Some(id))
        .filter_map(|(i, d)| Some((Period::parse(d.period.as_deref()?)?, i)))
        .collect();
    out.sort();
    out
}

/// The period a cell names: `2023-10`, `2023年10月`, a year as a whole number (2023), or a date, which stands for its
/// month (spreadsheets store a month written `2023年10月` as the date 2023-10-01).
pub fn of_value(v: &Value) -> Option<Period> {
    match v {
        Value::Text(t) => Period::parse(t).or_else(|| date_month(t)),
        Value::Integer(y) => Period::parse(&y.to_string()),
        Value::Date(d) => date_month(d),
        _ => None,
    }
}

/// The month of a date written `YYYY-MM-DD`.
fn date_month(d: &str) -> Option<Period> {
    let b = d.as_bytes();
    let shaped = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let digits = d
        .bytes()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    (shaped && digits).then(|| Period::parse(&d[..7])).flatten()
}

/// The period of row `ri` of a table whose rows are periods (`period_column:`).
pub fn row_period(d: &Dataset, ri: usize) -> Option<Period> {
    of_value(d.rows.get(ri)?.cells.get(d.period_column?)?)
}

/// The columns of `d` named for a period (`2023年1月`, `2023-01`, a spreadsheet date), oldest first, each with its
/// period. Only the finest kind is kept, so a column `2022年` beside the months of 2023 is not drawn among them.
pub fn period_columns(d: &Dataset) -> Vec<(usize, Period)> {
    let named = |c: &Column| {
        of_value(&Value::Text(c.label.clone())).or_else(|| of_value(&Value::Text(c.key.clone())))
    };
    let mut out: Vec<(usize, Period)> = d
        .columns
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(i, c)| Some((i, named(c)?)))
        .collect();
    let fineness = |p: &Period| match p {
        Period::Month(..) => 2,
        Period::Quarter(..) => 1,
        Period::Year(_) => 0,
    };
    let finest = out.iter().map(|(_, p)| fineness(p)).max().unwrap_or(0);
    out.retain(|(_, p)| fineness(p) == finest);
    out.sort_by_key(|(i, p)| (*p, *i));
    out
}

/// The row of `period` in a table whose rows are periods.
pub fn period_row(d: &Dataset, period: Period) -> Option<usize> {
    (0..d.rows.len()).find(|&ri| row_period(d, ri) == Some(period))
}

/// The rows of a table whose rows are periods, oldest first (rows naming no period, such as a 合计 row, left out).
pub fn period_rows(d: &Dataset) -> Vec<(Period, usize)> {
    let mut out: Vec<(Period, usize)> = (0..d.rows.len())
        .filter_map(|ri| Some((row_period(d, ri)?, ri)))
        .collect();
    out.sort();
    out
}

/// What a figure is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// The period before (环比; for yearly tables, 比上年).
    Previous,
    /// The same period a year earlier (同比).
    YearAgo,
}

impl ChangeKind {
    /// `环比` / `previous`, `同比` / `year`, as `value(…, change=…)` and `changes:` write them.
    pub fn parse(s: &str) -> Option<ChangeKind> {
        match s.trim() {
            "环比" | "previous" => Some(ChangeKind::Previous),
            "同比" | "year" | "year-ago" => Some(ChangeKind::YearAgo),
            _ => None,
        }
    }
}

/// A figure's change against another period of its series.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub kind: ChangeKind,
    /// The period compared with.
    pub period: Period,
    /// The cell holding that period's figure (dataset, row, column), or none when the series has no table for the
    /// period, or the table has no such row or figure: then the change is written as missing.
    pub against: Option<(usize, usize, usize)>,
}

/// The change of the figure at `row_key`, `column_key` of the table for `period` in `series`.
pub fn change(
    datasets: &[Dataset],
    series: &str,
    period: Period,
    kind: ChangeKind,
    row_key: &str,
    column_key: &str,
) -> Change {
    let other = match kind {
        ChangeKind::Previous => period.previous(),
        ChangeKind::YearAgo => period.year_ago(),
    };
    let against = members(datasets, series)
        .into_iter()
        .find(|(p, _)| *p == other)
        .and_then(|(_, di)| {
            let d = &datasets[di];
            let ri = d.rows.iter().position(|r| r.key == row_key)?;
            let (ci, _) = d.column(column_key)?;
            d.rows[ri].cells[ci].as_f64().map(|_| (di, ri, ci))
        });
    Change {
        kind,
        period: other,
        against,
    }
}

/// The English month names, for every date and period written in English.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_read_in_the_ways_offices_write_them() {
        assert_eq!(Period::parse("2023-10"), Some(Period::Month(2023, 10)));
        assert_eq!(Period::parse("2023年1月"), Some(Period::Month(2023, 1)));
        assert_eq!(Period::parse("2023-Q3"), Some(Period::Quarter(2023, 3)));
        assert_eq!(Period::parse("2023"), Some(Period::Year(2023)));
        for p in [
            Period::Month(2023, 10),
            Period::Quarter(2023, 3),
            Period::Year(2023),
        ] {
            assert_eq!(Period::parse(&p.label(true)), Some(p));
            assert_eq!(Period::parse(&p.label(false)), Some(p));
        }
        assert_eq!(Period::parse("Oct 2023"), Some(Period::Month(2023, 10)));
        for bad in [
            "2023-13",
            "23-10",
            "2023-Q5",
            "十月",
            "2023-10-31",
            "Octo 2023",
            "Q5 2023",
            "2023年第5季度",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn previous_and_year_ago_cross_year_ends() {
        let jan = Period::Month(2024, 1);
        assert_eq!(jan.previous(), Period::Month(2023, 12));
        assert_eq!(jan.year_ago(), Period::Month(2023, 1));
        assert_eq!(Period::Month(2023, 12).next(), jan);
        assert_eq!(
            Period::Quarter(2024, 1).previous(),
            Period::Quarter(2023, 4)
        );
        assert_eq!(jan.iso(), "2024-01");
        assert_eq!(jan.label(true), "2024年1月");
        assert_eq!(jan.label(false), "January 2024");
    }
}
