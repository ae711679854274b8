//! The downloads behind every dataset page. CSV starts with a UTF-8 byte-order mark so Excel and WPS open Chinese
//! correctly; values are the raw figures (no grouping, no units) so they can be computed with.
//!
//! Rows that add up others (合计, the total of a sum check, a parent of the hierarchy) are marked, so whoever sums
//! the rows again leaves them out: the JSON lists them under `total_rows`, and the CSV of such a table ends with a
//! column `合计行` (`Total row`) holding `是` (`yes`) in each total row.

use serde_json::{Map, Value as Json, json};

use crate::format::header;
use crate::format::strings::{Phrase, t};
use crate::model::{Dataset, Value};

/// The name of the CSV column that marks total rows, and the word it holds in them; `None` for a table without
/// total rows, whose CSV has no such column. The data package names the same column.
pub fn total_column(d: &Dataset, lang: &str) -> Option<(&'static str, &'static str)> {
    d.rows.iter().any(|r| r.total).then_some((
        t(lang, Phrase::TotalRowColumn),
        t(lang, Phrase::TotalRowYes),
    ))
}

pub fn csv(d: &Dataset, lang: &str) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let head: Vec<String> = d.columns.iter().map(|c| cell(&header(c, lang))).collect();
    let marks = total_column(d, lang);
    out.push_str(&head.join(","));
    if let Some((name, _)) = marks {
        out.push(',');
        out.push_str(name);
    }
    out.push_str("\r\n");
    for r in &d.rows {
        let mut cells: Vec<String> = r.cells.iter().map(|v| cell(&raw(v))).collect();
        if let Some((_, yes)) = marks {
            cells.push(if r.total { yes } else { "" }.to_string());
        }
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

pub fn json(d: &Dataset) -> Vec<u8> {
    let columns: Vec<Json> = d
        .columns
        .iter()
        .map(|c| json!({"key": c.key, "label": c.label, "unit": c.unit, "type": c.kind.name()}))
        .collect();
    let rows: Vec<Json> = d
        .rows
        .iter()
        .map(|r| {
            let mut m = Map::new();
            for (c, v) in d.columns.iter().zip(&r.cells) {
                m.insert(c.key.clone(), typed(v));
            }
            Json::Object(m)
        })
        .collect();
    let suppressed: Vec<Json> = d
        .rows
        .iter()
        .flat_map(|r| {
            d.columns
                .iter()
                .zip(&r.cells)
                .filter(|(_, v)| **v == Value::Suppressed)
                .map(|(c, _)| json!({"row": r.key, "column": c.key}))
        })
        .collect();
    let doc = json!({
        "id": d.id,
        "title": d.title,
        "description": d.description,
        "source": d.source,
        "as_of": d.as_of,
        "columns": columns,
        "rows": rows,
        "suppressed": suppressed,
        "notes": d.notes,
        "total_rows": d.rows.iter().filter(|r| r.total).map(|r| r.key.as_str()).collect::<Vec<_>>(),
        "unit_column": d.unit_column.map(|i| d.columns[i].key.as_str()),
        "period": d.period,
        "series": d.series,
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn raw(v: &Value) -> String {
    match v {
        Value::Empty => String::new(),
        Value::Suppressed => "*".to_string(),
        Value::Integer(i) => i.to_string(),
        Value::Number(f) => f.to_string(),
        Value::Text(s) => s.clone(),
        Value::Date(s) => s.clone(),
    }
}

/// A cell as JSON, written as the source wrote the figure and as the CSV has it: a whole figure is an integer
/// (`58930`, not `58930.0`) in any numeric column, however it was computed, and a fraction keeps its decimals
/// (`1726.5`). Beyond the integers an `f64` holds exactly, a figure stays a number.
fn typed(v: &Value) -> Json {
    match v {
        Value::Empty | Value::Suppressed => Json::Null,
        Value::Integer(i) => json!(i),
        Value::Number(f) if f.fract() == 0.0 && f.abs() <= crate::validate::dataset::MAX_EXACT => {
            json!(*f as i64)
        }
        Value::Number(f) => json!(f),
        Value::Text(s) | Value::Date(s) => json!(s),
    }
}

/// One CSV field. Spreadsheets (Excel, WPS, LibreOffice) run a cell starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return as a formula, so such a cell is neutralised as OWASP recommends: a leading `'` and quotes around
/// the cell. A plain negative number (`-12`, `-3.5`) is a figure, not a formula, and stays as it is.
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_negative_number(s) {
        format!("\"'{}\"", s.replace('"', "\"\""))
    } else {
        field(s)
    }
}

fn is_negative_number(s: &str) -> bool {
    let Some(digits) = s.strip_prefix('-') else {
        return false;
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, ColumnType, Row};

    fn sample() -> Dataset {
        Dataset {
            id: "a".into(),
            rel: "data/a.yaml".into(),
            title: "低保".into(),
            description: String::new(),
            source: "总结".into(),
            as_of: Some("2023-10-31".into()),
            columns: vec![
                Column {
                    key: "k".into(),
                    label: "类别".into(),
                    unit: None,
                    kind: ColumnType::Text,
                    personal: false,
                    ..Column::default()
                },
                Column {
                    key: "n".into(),
                    label: "人数".into(),
                    unit: Some("人".into()),
                    kind: ColumnType::Integer,
                    personal: false,
                    ..Column::default()
                },
            ],
            notes: Vec::new(),
            localized: Vec::new(),
            inferred: Vec::new(),
            unit_column: None,
            hierarchy_read: false,
            period: None,
            series: None,
            period_column: None,
            about: Default::default(),
            rows: vec![
                Row {
                    key: "城市, 低保".into(),
                    cells: vec![Value::Text("城市, 低保".into()), Value::Integer(5829)],
                    line: 1,
                    level: 0,
                    total: false,
                },
                Row {
                    key: "=x".into(),
                    cells: vec![Value::Text("=x".into()), Value::Empty],
                    line: 2,
                    level: 0,
                    total: false,
                },
            ],
        }
    }

    #[test]
    fn csv_has_bom_quotes_and_no_formulas() {
        let s = String::from_utf8(csv(&sample(), "zh-CN")).unwrap();
        assert_eq!(
            s,
            "\u{feff}类别,人数（人）\r\n\"城市, 低保\",5829\r\n\"'=x\",\r\n"
        );
    }

    #[test]
    fn formula_cells_are_neutralised_and_negative_numbers_kept() {
        for (input, expected) in [
            ("=1+2", "\"'=1+2\""),
            ("+86", "\"'+86\""),
            ("-2+3", "\"'-2+3\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""),
            ("\rx", "\"'\rx\""),
            ("=\"a\"", "\"'=\"\"a\"\"\""),
            ("-", "\"'-\""),
            ("-1e5", "\"'-1e5\""),
            ("-12", "-12"),
            ("-3.5", "-3.5"),
            ("a=b", "a=b"),
        ] {
            assert_eq!(cell(input), expected, "{input:?}");
        }
    }

    #[test]
    fn header_labels_are_neutralised() {
        let mut d = sample();
        d.columns[1].label = "=HYPERLINK(x)".into();
        d.columns[1].unit = None;
        let s = String::from_utf8(csv(&d, "zh-CN")).unwrap();
        assert!(s.starts_with("\u{feff}类别,\"'=HYPERLINK(x)\"\r\n"), "{s}");
    }

    #[test]
    fn total_rows_are_marked_in_both_downloads() {
        let mut d = sample();
        assert!(
            !String::from_utf8(csv(&d, "zh-CN"))
                .unwrap()
                .contains("合计行")
        );
        d.rows[0].total = true;
        let s = String::from_utf8(csv(&d, "zh-CN")).unwrap();
        assert_eq!(
            s,
            "\u{feff}类别,人数（人）,合计行\r\n\"城市, 低保\",5829,是\r\n\"'=x\",,\r\n"
        );
        let v: Json = serde_json::from_slice(&json(&d)).unwrap();
        assert_eq!(v["total_rows"], json!(["城市, 低保"]));
    }

    #[test]
    fn json_keeps_numbers_as_numbers() {
        let v: Json = serde_json::from_slice(&json(&sample())).unwrap();
        assert_eq!(v["rows"][0]["n"], json!(5829));
        assert_eq!(v["rows"][1]["n"], Json::Null);
        assert_eq!(v["columns"][1]["unit"], json!("人"));
    }

    #[test]
    fn a_number_column_writes_figures_as_the_csv_does() {
        let mut d = sample();
        d.columns[1].kind = ColumnType::Number;
        d.rows[0].cells[1] = Value::Number(58930.0);
        d.rows[1].cells[1] = Value::Number(1726.5);
        let text = String::from_utf8(json(&d)).unwrap();
        assert!(text.contains("\"n\": 58930\n"), "{text}");
        assert!(text.contains("\"n\": 1726.5\n"), "{text}");
        let csv = String::from_utf8(csv(&d, "zh-CN")).unwrap();
        assert!(
            csv.contains(",58930\r\n") && csv.contains(",1726.5\r\n"),
            "{csv}"
        );
        d.rows[0].cells[1] = Value::Number(1e300);
        let v: Json = serde_json::from_slice(&json(&d)).unwrap();
        assert_eq!(v["rows"][0]["n"], json!(1e300));
    }
}
