//! Figures typed by hand in the narrative. A number with a counting unit (3815户, 17265.21万元, 6.26%) that does not
//! come from `value()` has no source a reader can follow; where a dataset holds the same figure, the hint gives the
//! exact call. Where the words before it name a dataset row and the unit matches a column, but the value differs,
//! the page and the data contradict each other: both places are reported.

use crate::diagnostics::{Diagnostic, display_path};
use crate::format;
use crate::messages::msg;
use crate::model::{ColumnType, Dataset, Segment, Site};

/// Counting units, longest first so 万人次 wins over 人次 and 人.
const UNITS: [&str; 30] = [
    "万人次",
    "平方米",
    "万元",
    "亿元",
    "千元",
    "人次",
    "万人",
    "余人",
    "户",
    "人",
    "元",
    "个",
    "家",
    "对",
    "%",
    "名",
    "件",
    "次",
    "项",
    "所",
    "张",
    "台",
    "处",
    "冢",
    "公里",
    "万",
    "亿",
    "位",
    "座",
    "条",
];

/// A hand-typed figure in a page.
#[derive(Debug, Clone)]
struct Typed {
    value: f64,
    text: String,
    unit: String,
    /// The words just before it, within the same sentence.
    context: String,
    line: usize,
}

pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for page in &site.pages {
        for seg in &page.segments {
            let Segment::Markdown { text, line } = seg else {
                continue;
            };
            for t in typed_figures(text, *line) {
                out.push(diagnose(site, &page.rel, &t));
            }
        }
    }
    out
}

fn diagnose(site: &Site, rel: &std::path::Path, t: &Typed) -> Diagnostic {
    let lang = &site.config.language;
    // A row named in the words before the figure, with a column of the same unit.
    let mut best: Option<(usize, usize, usize, usize)> = None; // (key length, dataset, row, column)
    for (di, d) in site.datasets.iter().enumerate() {
        for (ri, r) in d.rows.iter().enumerate() {
            let key_len = r.key.chars().count();
            if key_len < 2 || !t.context.contains(r.key.as_str()) {
                continue;
            }
            for (ci, c) in d.columns.iter().enumerate().skip(1) {
                if !unit_matches(d.unit(ri, ci), c.kind, &t.unit) || r.cells[ci].as_f64().is_none()
                {
                    continue;
                }
                // A generic row name (合计, 其他) names the right row only with the column's label nearby.
                if key_len < 3 && !t.context.contains(c.label.as_str()) {
                    continue;
                }
                let same = r.cells[ci].as_f64().is_some_and(|v| close(v, t.value));
                let score = key_len * 2 + usize::from(same);
                if best.is_none_or(|b| score > b.0) {
                    best = Some((score, di, ri, ci));
                }
            }
        }
    }
    if let Some((_, di, ri, ci)) = best {
        let d = &site.datasets[di];
        let r = &d.rows[ri];
        let v = r.cells[ci].as_f64().unwrap_or(f64::NAN);
        // A figure another table holds in the same unit is most likely quoted from there (this month's table beside
        // last year's summary): calling it a contradiction would send the editor to correct a right figure.
        let elsewhere = || same_value_anywhere(site, t);
        if !close(v, t.value)
            && let Some((di, ri, ci)) = elsewhere()
        {
            return Diagnostic::warning(
                rel,
                t.line,
                0,
                msg!(
                    "check-figure-elsewhere",
                    figure = typed(t),
                    call = call(&site.datasets[di], ri, ci)
                ),
            );
        }
        if !close(v, t.value) {
            let held = format::figure(&r.cells[ci], &d.cell_column(ri, ci), lang, true);
            return Diagnostic::warning(
                rel,
                t.line,
                0,
                msg!(
                    "check-figure-differs",
                    figure = format!("{}{}", t.text, t.unit),
                    dataset = &d.id,
                    held = held,
                    row = &r.key,
                    place = format!("{}:{}", display_path(&d.rel), r.line),
                    call = call(d, ri, ci)
                ),
            );
        }
        return Diagnostic::warning(
            rel,
            t.line,
            0,
            msg!(
                "check-figure-in-dataset",
                figure = typed(t),
                call = call(d, ri, ci)
            ),
        );
    }
    let figure = typed(t);
    let message = match same_value_anywhere(site, t) {
        Some((di, ri, ci)) => msg!(
            "check-figure-elsewhere",
            figure = figure,
            call = call(&site.datasets[di], ri, ci)
        ),
        None => msg!("check-figure-unsourced", figure = figure),
    };
    Diagnostic::warning(rel, t.line, 0, message)
}

/// The figure as the text has it, with its unit.
fn typed(t: &Typed) -> String {
    format!("{}{}", t.text, t.unit)
}

fn call(d: &Dataset, ri: usize, ci: usize) -> String {
    format!(
        "{{{{ value(\"{}\", \"{}\", \"{}\") }}}}",
        d.id, d.rows[ri].key, d.columns[ci].key
    )
}

fn same_value_anywhere(site: &Site, t: &Typed) -> Option<(usize, usize, usize)> {
    for (di, d) in site.datasets.iter().enumerate() {
        for (ri, r) in d.rows.iter().enumerate() {
            for (ci, c) in d.columns.iter().enumerate().skip(1) {
                if unit_matches(d.unit(ri, ci), c.kind, &t.unit)
                    && r.cells[ci].as_f64().is_some_and(|v| close(v, t.value))
                {
                    return Some((di, ri, ci));
                }
            }
        }
    }
    None
}

fn unit_matches(col_unit: Option<&str>, kind: ColumnType, typed: &str) -> bool {
    match col_unit {
        Some(u) => u == typed || u.starts_with(typed),
        None => kind == ColumnType::Percent && typed == "%",
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Finds numbers followed by a counting unit. Digits glued to letters (model numbers), years and dates (年, 月,
/// 日 are not units) and ordinals are left alone.
fn typed_figures(text: &str, first_line: usize) -> Vec<Typed> {
    let chars: Vec<(usize, char)> = text
        .char_indices()
        .map(|(i, c)| {
            (
                i,
                if ('０'..='９').contains(&c) {
                    char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
                } else if c == '％' || c == '．' {
                    if c == '％' { '%' } else { '.' }
                } else {
                    c
                },
            )
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let glued = i > 0
            && (chars[i - 1].1.is_ascii_alphanumeric()
                || chars[i - 1].1 == '.'
                || chars[i - 1].1 == '_'
                || chars[i - 1].1 == '/');
        if !c.is_ascii_digit() || glued {
            i += 1;
            continue;
        }
        let start = i;
        let mut seen_point = false;
        while i < chars.len() {
            let c = chars[i].1;
            let digit_at = |k: usize| chars.get(k).is_some_and(|n| n.1.is_ascii_digit());
            if c.is_ascii_digit() {
                i += 1;
            } else if c == '.' && !seen_point && digit_at(i + 1) {
                seen_point = true;
                i += 1;
            } else if c == ','
                && !seen_point
                && (1..=3).all(|k| digit_at(i + k))
                && !digit_at(i + 4)
            {
                // A thousands separator: `10,374人` is one figure, not 10 and 374人.
                i += 1;
            } else {
                break;
            }
        }
        let number: String = chars[start..i].iter().map(|c| c.1).collect();
        let mut j = i;
        if chars.get(j).is_some_and(|c| matches!(c.1, '余' | '多')) {
            j += 1;
        }
        let rest: String = chars[j..chars.len().min(j + 4)]
            .iter()
            .map(|c| c.1)
            .collect();
        let Some(unit) = UNITS.iter().find(|u| rest.starts_with(**u)) else {
            continue;
        };
        if chars.get(i).is_some_and(|c| c.1.is_ascii_alphabetic()) {
            continue;
        }
        let Ok(value) = number.replace(',', "").parse::<f64>() else {
            continue;
        };
        let ctx_start = chars[..start]
            .iter()
            .rposition(|c| matches!(c.1, '。' | '；' | '\n' | '！' | '？'))
            .map_or(0, |p| p + 1)
            .max(start.saturating_sub(40));
        let context: String = chars[ctx_start..start].iter().map(|c| c.1).collect();
        let line = first_line + text[..chars[start].0].matches('\n').count();
        out.push(Typed {
            value,
            text: number,
            unit: unit.to_string(),
            context,
            line,
        });
        i = j + unit.chars().count();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_figures_with_units_only() {
        let f = typed_figures(
            "全区纳入城市低保3815户5829人，2023年1月1日起，占比6.26％，型号A100人",
            3,
        );
        let shown: Vec<String> = f.iter().map(|t| format!("{}{}", t.text, t.unit)).collect();
        assert_eq!(shown, vec!["3815户", "5829人", "6.26%"]);
        assert_eq!(f[0].line, 3);
        assert!(f[0].context.ends_with("城市低保"));
    }

    #[test]
    fn figures_with_separators_are_read_whole() {
        let f = typed_figures("城市低保10,374人，支出123,894.7万元，共3,4个", 1);
        let shown: Vec<(String, f64)> = f
            .iter()
            .map(|t| (format!("{}{}", t.text, t.unit), t.value))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("10,374人".to_string(), 10374.0),
                ("123,894.7万元".to_string(), 123894.7),
                ("4个".to_string(), 4.0)
            ]
        );
    }

    #[test]
    fn full_width_digits_count() {
        assert_eq!(typed_figures("共８４个", 1).len(), 1);
    }
}
