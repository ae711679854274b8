//! Numbers, dates and units as readers of each language expect them. Chinese official documents write figures
//! without thousands separators (20775户, 17265.21万元), so zh keeps them plain; English groups thousands.

use crate::validate::{Column, ColumnType, Value};

/// A cell as shown in a table (no unit: the header carries it).
pub fn cell(value: &Value, col: &Column, lang: &str) -> String {
    match value {
        Value::Empty => String::new(),
        Value::Suppressed => "*".to_string(),
        Value::Integer(i) => group(&i.to_string(), lang),
        Value::Number(f) => {
            let n = number(*f, lang);
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
        const MONTHS: [&str; 12] = [
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
        let name = MONTHS.get(m.wrapping_sub(1)).copied().unwrap_or("");
        format!("{d} {name} {y}")
    }
}

pub fn is_zh(lang: &str) -> bool {
    lang.starts_with("zh")
}

/// Shortest decimal that reads back as the same number, so 17265.21 stays 17265.21.
fn number(f: f64, lang: &str) -> String {
    let s = if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    };
    group(&s, lang)
}

fn group(s: &str, lang: &str) -> String {
    if is_zh(lang) {
        return s.to_string();
    }
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
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
        }
    }

    #[test]
    fn chinese_figures_stay_as_in_official_documents() {
        let c = col(ColumnType::Integer, Some("户"));
        assert_eq!(figure(&Value::Integer(20775), &c, "zh-CN", true), "20775户");
        let c = col(ColumnType::Number, Some("万元"));
        assert_eq!(
            figure(&Value::Number(17265.21), &c, "zh-CN", true),
            "17265.21万元"
        );
        assert_eq!(figure(&Value::Number(1.9), &c, "zh-CN", false), "1.9");
        let c = col(ColumnType::Percent, None);
        assert_eq!(figure(&Value::Number(6.26), &c, "zh-CN", true), "6.26%");
        assert_eq!(header(&c, "zh-CN"), "人数（%）");
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
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(date("2023-10-31", "zh-CN"), "2023年10月31日");
        assert_eq!(date("2023-07-01", "en"), "1 July 2023");
    }
}
