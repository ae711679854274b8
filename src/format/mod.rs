//! Numbers, dates and units as readers of each language expect them.
//!
//! Grouping (all of it in [`group`]): English groups thousands with commas from four digits (1,000; 167,446), as
//! GOV.UK and the Chicago Manual do. Chinese follows GB/T 15835-2011 §5.1.3: integers of four digits or fewer stay
//! whole (3815户, 2023年) and longer ones take the 千分撇 (167,446人; 17,265.21万元), as statistical tables do. The same
//! rule applies in tables, running text, tiles and charts, so one figure reads the same everywhere, except where a
//! column (or the site) asks for official tables' other ways, `thousands` (1,405) or `none` (2478369): that column's
//! cells in tables and `value()` follow it.
//!
//! Magnitudes: Chinese keeps 万 and 亿 (16.74万人); English has no word for 万, so a figure in a unit like
//! `10k yuan` or `100m yuan` is written in millions or billions ("190 million yuan", not "1.9 100m yuan").

pub mod strings;
pub mod table;

use crate::model::series::MONTHS;
use crate::model::{Column, ColumnType, Grouping, Value};

/// A cell as shown in a table (no unit: the header carries it).
pub fn cell(value: &Value, col: &Column, lang: &str) -> String {
    let grouped = |s: &str| match col.grouping {
        Grouping::Auto => group(s, lang),
        Grouping::Thousands => group(s, "en"),
        Grouping::None => s.to_string(),
    };
    match value {
        Value::Empty => String::new(),
        Value::Suppressed => "*".to_string(),
        Value::Integer(i) => grouped(&i.to_string()),
        Value::Number(f) => {
            let n = grouped(&bare(*f));
            if col.kind == ColumnType::Percent {
                format!("{n}%")
            } else {
                n
            }
        }
        Value::Text(s) => s.clone(),
        Value::Date(d) => date(d, lang),
    }
}

/// A figure in running text, with its unit unless `with_unit` is false.
pub fn figure(value: &Value, col: &Column, lang: &str, with_unit: bool) -> String {
    if with_unit
        && !is_zh(lang)
        && let (Some(v), Some(u)) = (value.as_f64(), &col.unit)
        && let Some(text) = natural_english(v, u, None)
    {
        return text;
    }
    let n = cell(value, col, lang);
    match (&col.unit, with_unit) {
        (Some(u), true) if needs_space(u) => format!("{n} {u}"),
        (Some(u), true) => format!("{n}{u}"),
        _ => n,
    }
}

/// A column header: label with its unit, `户数（户）` or `Households (households)`.
pub fn header(col: &Column, lang: &str) -> String {
    match (&col.unit, col.kind) {
        (Some(u), _) if is_zh(lang) => format!("{}（{u}）", col.label),
        (Some(u), _) => format!("{} ({u})", col.label),
        (None, ColumnType::Percent) if is_zh(lang) => format!("{}（%）", col.label),
        (None, ColumnType::Percent) => format!("{} (%)", col.label),
        (None, _) => col.label.clone(),
    }
}

/// `2023-10-31` as `2023年10月31日` or `31 October 2023`.
pub fn date(iso: &str, lang: &str) -> String {
    let mut it = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (it.next(), it.next(), it.next()) else {
        return iso.to_string();
    };
    let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) else {
        return iso.to_string();
    };
    if is_zh(lang) {
        format!("{y}年{m}月{d}日")
    } else {
        let name = MONTHS.get(m.wrapping_sub(1)).copied().unwrap_or("");
        format!("{d} {name} {y}")
    }
}

/// A chart value as a bare number for a label beside an axis that names the unit. Large counts read better in 万
/// and 亿 in Chinese (16.74万 rather than 167446), so they are shortened to two decimals where the unit allows: not
/// for percentages or rates (元／人／月), nor for units that already carry a magnitude (万元). The data table beside
/// the chart keeps every digit.
pub fn compact(v: f64, unit: &str, lang: &str) -> String {
    compact_like(v, v, unit, lang)
}

/// [`compact`] in the magnitude `reference` would take, so that all ticks of one axis read alike (0, 5万, 10万,
/// 15万 rather than 0, 50000, 10万, 15万). A value that magnitude would round by more than 0.1 % is written in its
/// own instead: beside 1万亿, 2345 would read "0万亿" and 70,149,202,130 "0.07万亿" (2345 and 701.49亿).
pub fn compact_like(v: f64, reference: f64, unit: &str, lang: &str) -> String {
    if is_zh(lang) && scalable(unit) && !has_magnitude(unit) {
        let Some((divisor, suffix)) = magnitude(reference) else {
            return plain(v, lang);
        };
        if v == 0.0 {
            return "0".into();
        }
        let shown = decimals(v / divisor, 2);
        let misstated = shown
            .parse::<f64>()
            .map_or(true, |s| (s * divisor - v).abs() > v.abs() / 1000.0);
        if misstated && reference.abs() != v.abs() {
            return compact(v, unit, lang);
        }
        return format!("{}{suffix}", group(&shown, lang));
    }
    plain(v, lang)
}

/// The Chinese magnitude a value of this size is written in: 万 from 100,000, 亿 from 10^8, 万亿 from 10^12 (so
/// 10^12元 reads 1万亿元, not 10000亿元).
fn magnitude(reference: f64) -> Option<(f64, &'static str)> {
    let r = reference.abs();
    if r >= 1e12 {
        Some((1e12, "万亿"))
    } else if r >= 1e8 {
        Some((1e8, "亿"))
    } else if r >= 1e5 {
        Some((1e4, "万"))
    } else {
        None
    }
}

/// A chart value with its unit, for text that stands alone (a slice label, a headline figure): 167446人 becomes
/// 16.74万人 and 17265.21万元 becomes 1.73亿元 in Chinese.
pub fn amount(v: f64, unit: &str, lang: &str) -> String {
    let (n, u) = amount_parts(v, unit, lang);
    if needs_space(&u) {
        format!("{n} {u}")
    } else {
        format!("{n}{u}")
    }
}

/// [`amount`] as number and unit, for a headline that sets the unit smaller than the number.
pub fn amount_parts(v: f64, unit: &str, lang: &str) -> (String, String) {
    if !is_zh(lang)
        && let Some(text) = natural_english(v, unit, Some(2))
    {
        return match text.split_once(' ') {
            Some((n, u)) => (n.to_string(), u.to_string()),
            None => (text, String::new()),
        };
    }
    if is_zh(lang) && scalable(unit) {
        // A unit that carries a magnitude moves up the same ladder: 17,265.21万元 is 1.73亿元, 10^8万元 1万亿元.
        let (power, rest) = if let Some(rest) = unit.strip_prefix("万亿") {
            (12, rest)
        } else if let Some(rest) = unit.strip_prefix('亿') {
            (8, rest)
        } else if let Some(rest) = unit.strip_prefix('万') {
            (4, rest)
        } else {
            (0, unit)
        };
        if power > 0 {
            let v = v * 10f64.powi(power);
            if let Some((divisor, suffix)) = magnitude(v).filter(|(d, _)| *d > 10f64.powi(power)) {
                return (
                    group(&decimals(v / divisor, 2), lang),
                    format!("{suffix}{rest}"),
                );
            }
        }
        if !has_magnitude(unit) {
            let n = compact(v, unit, lang);
            let split = n.find(['万', '亿']).unwrap_or(n.len());
            return (n[..split].to_string(), format!("{}{unit}", &n[split..]));
        }
    }
    (plain(v, lang), unit.to_string())
}

/// A chart value with every digit and its unit, for descriptions read aloud.
pub fn exact(v: f64, unit: &str, lang: &str) -> String {
    let n = plain(v, lang);
    if needs_space(unit) {
        format!("{n} {unit}")
    } else {
        format!("{n}{unit}")
    }
}

/// The shortest decimal that reads back as `v`, grouped for the language.
pub fn plain(v: f64, lang: &str) -> String {
    number(v, lang)
}

/// `v` rounded to at most `places` decimals, without trailing zeros.
pub fn decimals(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" { "0".into() } else { s }
}

/// Counts and sums may take 万/亿; percentages and rates per person or month may not.
pub fn scalable(unit: &str) -> bool {
    !unit.is_empty() && unit != "%" && !unit.contains(['／', '/', '%', '‰'])
}

fn has_magnitude(unit: &str) -> bool {
    unit.starts_with(['十', '百', '千', '万', '亿'])
}

pub fn is_zh(lang: &str) -> bool {
    lang.starts_with("zh")
}

/// Shortest decimal that reads back as the same number, so 17265.21 stays 17265.21.
fn number(f: f64, lang: &str) -> String {
    group(&bare(f), lang)
}

/// [`number`] without grouping.
fn bare(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// Thousands separators for a plain decimal `s` (`-167446.5`), by the rule of the module doc: the one place that
/// decides grouping, so a later per-site option changes every figure at once.
pub fn group(s: &str, lang: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let shortest_grouped = if is_zh(lang) { 5 } else { 4 };
    if int.len() < shortest_grouped || !int.bytes().all(|b| b.is_ascii_digit()) {
        return s.to_string();
    }
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// English units that carry a Chinese magnitude, and its power of ten: `10k yuan` is 万元, `100m yuan` 亿元.
fn english_magnitude(unit: &str) -> Option<(i32, &str)> {
    const PREFIXES: [(&str, i32); 9] = [
        ("10k ", 4),
        ("10,000 ", 4),
        ("ten thousand ", 4),
        ("100m ", 8),
        ("100 million ", 8),
        ("hundred million ", 8),
        ("thousand ", 3),
        ("million ", 6),
        ("billion ", 9),
    ];
    PREFIXES.iter().find_map(|(p, k)| {
        unit.strip_prefix(p)
            .filter(|rest| !rest.trim().is_empty())
            .map(|rest| (*k, rest.trim()))
    })
}

/// `v` in `unit` as English writes it when the unit carries a magnitude: 1.9 `100m yuan` is "190 million yuan" and
/// 17265.21 `10k yuan` "172.6521 million yuan" (every digit kept unless `places` rounds the millions). The digits are
/// shifted as text, so no binary rounding creeps in. None when the unit has no magnitude.
pub fn natural_english(v: f64, unit: &str, places: Option<usize>) -> Option<String> {
    let (power, rest) = english_magnitude(unit)?;
    let whole = shift_decimal(&bare(v), power);
    let magnitude = whole.trim_start_matches('-').split('.').next()?.len();
    let (n, word) = match magnitude {
        10.. => (shift_decimal(&whole, -9), " billion"),
        7.. => (shift_decimal(&whole, -6), " million"),
        _ => (whole, ""),
    };
    let n = match places {
        Some(p) => n.parse::<f64>().map_or(n, |f| decimals(f, p)),
        None => n,
    };
    Some(format!("{}{word} {rest}", group(&n, "en")))
}

/// The plain decimal `s` multiplied by 10^`power`, written without exponent or needless zeros.
fn shift_decimal(s: &str, power: i32) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let digits: String = format!("{int}{frac}");
    let point = int.len() as i64 + i64::from(power);
    let (int, frac) = if point <= 0 {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat(point.unsigned_abs() as usize)),
        )
    } else if point as usize >= digits.len() {
        (
            format!("{digits}{}", "0".repeat(point as usize - digits.len())),
            String::new(),
        )
    } else {
        (
            digits[..point as usize].to_string(),
            digits[point as usize..].to_string(),
        )
    };
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    let n = if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    };
    if n == "0" { n } else { format!("{sign}{n}") }
}

fn needs_space(unit: &str) -> bool {
    unit.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(kind: ColumnType, unit: Option<&str>) -> Column {
        Column {
            key: "k".into(),
            label: "人数".into(),
            unit: unit.map(String::from),
            kind,
            personal: false,
            ..Column::default()
        }
    }

    #[test]
    fn chinese_groups_from_five_digits_as_gb_t_15835_allows() {
        let c = col(ColumnType::Integer, Some("户"));
        assert_eq!(
            figure(&Value::Integer(20775), &c, "zh-CN", true),
            "20,775户"
        );
        assert_eq!(figure(&Value::Integer(3815), &c, "zh-CN", true), "3815户");
        let c = col(ColumnType::Number, Some("万元"));
        assert_eq!(
            figure(&Value::Number(17265.21), &c, "zh-CN", true),
            "17,265.21万元"
        );
        assert_eq!(
            cell(&Value::Number(-1234567.5), &c, "zh-CN"),
            "-1,234,567.5"
        );
        assert_eq!(figure(&Value::Number(1.9), &c, "zh-CN", false), "1.9");
        let c = col(ColumnType::Percent, None);
        assert_eq!(figure(&Value::Number(6.26), &c, "zh-CN", true), "6.26%");
        assert_eq!(header(&c, "zh-CN"), "人数（%）");
    }

    #[test]
    fn a_column_may_group_as_official_tables_do() {
        let mut col = Column {
            kind: ColumnType::Number,
            ..Column::default()
        };
        let zh = |col: &Column, v: Value| cell(&v, col, "zh-CN");
        assert_eq!(zh(&col, Value::Integer(1405)), "1405");
        assert_eq!(zh(&col, Value::Number(2478369.5)), "2,478,369.5");
        col.grouping = Grouping::Thousands;
        assert_eq!(zh(&col, Value::Integer(1405)), "1,405");
        assert_eq!(zh(&col, Value::Number(-1726.5)), "-1,726.5");
        col.grouping = Grouping::None;
        assert_eq!(zh(&col, Value::Integer(2478369)), "2478369");
        assert_eq!(cell(&Value::Number(12345.25), &col, "en"), "12345.25");
        col.kind = ColumnType::Percent;
        assert_eq!(zh(&col, Value::Number(12.5)), "12.5%");
    }

    #[test]
    fn english_groups_thousands() {
        let c = col(ColumnType::Integer, Some("persons"));
        assert_eq!(
            figure(&Value::Integer(167446), &c, "en", true),
            "167,446 persons"
        );
        let c = col(ColumnType::Number, None);
        assert_eq!(cell(&Value::Number(26600.18), &c, "en"), "26,600.18");
        assert_eq!(cell(&Value::Number(-1234.0), &c, "en"), "-1,234");
        assert_eq!(cell(&Value::Number(999.5), &c, "en"), "999.5");
    }

    #[test]
    fn english_writes_chinese_magnitudes_in_millions() {
        let c = col(ColumnType::Number, Some("100m yuan"));
        assert_eq!(
            figure(&Value::Number(1.9), &c, "en", true),
            "190 million yuan"
        );
        assert_eq!(figure(&Value::Number(1.9), &c, "en", false), "1.9");
        assert_eq!(cell(&Value::Number(1.9), &c, "en"), "1.9");
        let c = col(ColumnType::Number, Some("10k yuan"));
        assert_eq!(
            figure(&Value::Number(17265.21), &c, "en", true),
            "172.6521 million yuan"
        );
        assert_eq!(figure(&Value::Number(12.5), &c, "en", true), "125,000 yuan");
        assert_eq!(
            figure(&Value::Number(-350000.0), &c, "en", true),
            "-3.5 billion yuan"
        );
        assert_eq!(amount(17265.21, "10k yuan", "en"), "172.65 million yuan");
        assert_eq!(
            amount_parts(1.9, "100m yuan", "en"),
            ("190".to_string(), "million yuan".to_string())
        );
        assert_eq!(natural_english(3.0, "persons", None), None);
        assert_eq!(natural_english(3.0, "10k ", None), None);
        assert_eq!(shift_decimal("0.05", -2), "0.0005");
        assert_eq!(shift_decimal("-0", 4), "0");
    }

    #[test]
    fn chart_labels_use_wan_and_yi_where_the_unit_allows() {
        assert_eq!(compact(36758.0, "人", "zh-CN"), "36,758");
        assert_eq!(compact(167446.0, "人", "zh-CN"), "16.74万");
        assert_eq!(compact(2642399.63, "元", "zh-CN"), "264.24万");
        assert_eq!(compact(123456789.0, "元", "zh-CN"), "1.23亿");
        assert_eq!(compact(17265.21, "万元", "zh-CN"), "17,265.21");
        assert_eq!(compact(600000.0, "%", "zh-CN"), "600,000");
        assert_eq!(compact(167446.0, "persons", "en"), "167,446");
        assert_eq!(compact_like(50000.0, 200000.0, "人", "zh-CN"), "5万");
        assert_eq!(compact_like(0.0, 200000.0, "人", "zh-CN"), "0");
        assert_eq!(amount(17265.21, "万元", "zh-CN"), "1.73亿元");
        assert_eq!(amount(167446.0, "人", "zh-CN"), "16.74万人");
        assert_eq!(amount(5829.0, "人", "zh-CN"), "5829人");
        assert_eq!(amount(60.15, "%", "zh-CN"), "60.15%");
        assert_eq!(amount(728.0, "元／人／月", "zh-CN"), "728元／人／月");
        assert_eq!(exact(167446.0, "persons", "en"), "167,446 persons");
        assert_eq!(
            amount_parts(26600.18, "万元", "zh-CN"),
            ("2.66".to_string(), "亿元".to_string())
        );
        assert_eq!(decimals(2.0, 2), "2");
    }

    #[test]
    fn the_chinese_magnitudes_go_on_to_wan_yi_and_never_misstate_a_small_value() {
        assert_eq!(amount(1e12, "元", "zh-CN"), "1万亿元");
        assert_eq!(amount(1.5e16, "元", "zh-CN"), "15,000万亿元");
        assert_eq!(amount(1e8, "万元", "zh-CN"), "1万亿元");
        assert_eq!(amount(12345.0, "亿元", "zh-CN"), "1.23万亿元");
        assert_eq!(amount(9999.0, "亿元", "zh-CN"), "9999亿元");
        assert_eq!(amount(5.0, "万元", "zh-CN"), "5万元");
        assert_eq!(compact(944_681_095.11, "元", "zh-CN"), "9.45亿");
        // Labels of one chart share the largest value's magnitude, unless that would misstate them.
        assert_eq!(compact_like(2e11, 1e12, "元", "zh-CN"), "0.2万亿");
        assert_eq!(compact_like(2345.0, 1e12, "元", "zh-CN"), "2345");
        assert_eq!(compact_like(821_924.79, 1e12, "元", "zh-CN"), "82.19万");
        assert_eq!(compact_like(-2345.0, 1e12, "元", "zh-CN"), "-2345");
        assert_eq!(
            compact_like(70_149_202_130.44, 1e12, "元", "zh-CN"),
            "701.49亿"
        );
        assert_eq!(compact_like(5e7, 2e8, "元", "zh-CN"), "0.5亿");
        assert_eq!(decimals(-0.001, 1), "0");
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(date("2023-10-31", "zh-CN"), "2023年10月31日");
        assert_eq!(date("2023-07-01", "en"), "1 July 2023");
    }
}
