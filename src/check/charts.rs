//! Charts that do not help a reader (issue 16): a picture of three figures or fewer says less than the sentence that
//! could hold them; a pie that is almost all one slice shows nothing but that slice; a line joins points of a
//! continuous period, so drawing one across separate items (funding batches, districts) invents a trend; two
//! charts of the same figures repeat each other; and a stacked bar of more parts than its fills can keep apart in
//! greyscale print reads as one block. Each is a warning with what to do instead.

use std::collections::BTreeMap;

use crate::charts::palette::STACKED;
use crate::diagnostics::Diagnostic;
use crate::messages::Arg;
use crate::messages::msg;
use crate::model::{Chart, ChartKind, Dataset, Site, Value};

/// A pie slice above this share of the whole leaves the others unreadable.
const DOMINANT_SHARE: f64 = 0.9;

pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen: BTreeMap<(usize, Vec<usize>, Vec<usize>), &str> = BTreeMap::new();
    for c in &site.charts {
        if c.kind == ChartKind::Figure {
            continue;
        }
        let Some(d) = site.datasets.get(c.dataset) else {
            continue;
        };
        out.extend(too_few(c, d));
        out.extend(dominant_slice(c, d));
        out.extend(line_without_period(c, d));
        out.extend(too_many_stacked(c));
        let mut rows = c.rows.clone();
        rows.sort_unstable();
        let mut columns: Vec<usize> = c.series.iter().map(|s| s.column).collect();
        columns.sort_unstable();
        match seen.get(&(c.dataset, columns.clone(), rows.clone())) {
            Some(first) => out.push(Diagnostic::warning(
                &c.rel,
                0,
                0,
                msg!("check-chart-twice", chart = &c.id, first = *first),
            )),
            None => {
                seen.insert((c.dataset, columns, rows), &c.id);
            }
        }
    }
    out
}

fn values(c: &Chart, d: &Dataset) -> Vec<f64> {
    c.rows
        .iter()
        .flat_map(|&r| c.series.iter().map(move |s| (r, s.column)))
        .filter_map(|(r, col)| d.rows.get(r)?.cells.get(col)?.as_f64())
        .collect()
}

fn too_few(c: &Chart, d: &Dataset) -> Option<Diagnostic> {
    let n = values(c, d).len();
    (n <= 3).then(|| {
        Diagnostic::warning(
            &c.rel,
            0,
            0,
            msg!("check-chart-few", chart = &c.id, count = n),
        )
    })
}

fn dominant_slice(c: &Chart, d: &Dataset) -> Option<Diagnostic> {
    if !matches!(c.kind, ChartKind::Pie | ChartKind::Donut) {
        return None;
    }
    let v = values(c, d);
    let total: f64 = v.iter().filter(|x| **x > 0.0).sum();
    let largest = v.iter().copied().fold(0.0_f64, f64::max);
    (total > 0.0 && largest / total > DOMINANT_SHARE).then(|| {
        Diagnostic::warning(
            &c.rel,
            0,
            0,
            msg!(
                "check-chart-dominant",
                chart = &c.id,
                share = Arg::Figure(format!("{:.1}", largest / total * 100.0))
            ),
        )
    })
}

fn line_without_period(c: &Chart, d: &Dataset) -> Option<Diagnostic> {
    if c.kind != ChartKind::Line {
        return None;
    }
    let points: Option<Vec<i64>> = c
        .rows
        .iter()
        .map(|&r| period(d.rows.get(r)?.cells.get(c.x)?))
        .collect();
    let continuous = points.is_some_and(|p| {
        let mut p = p;
        p.sort_unstable();
        p.windows(2).all(|w| w[1] - w[0] == 1)
    });
    (!continuous)
        .then(|| Diagnostic::warning(&c.rel, 0, 0, msg!("check-chart-line-gaps", chart = &c.id)))
}

/// Parts past the stacked fills fall back to the series palette, whose colours differ by hue more than by
/// lightness, so in greyscale print two parts of one bar look alike. Parts the spec colours itself are its choice.
fn too_many_stacked(c: &Chart) -> Option<Diagnostic> {
    let uncoloured = c.series.iter().filter(|s| s.color.is_none()).count();
    (c.kind == ChartKind::StackedBar && c.series.len() > STACKED.len() && uncoloured > 0).then(
        || {
            Diagnostic::warning(
                &c.rel,
                0,
                0,
                msg!(
                    "check-chart-stacked",
                    chart = &c.id,
                    parts = c.series.len(),
                    limit = STACKED.len()
                ),
            )
        },
    )
}

/// A category as a year, or as a count of months when it names a month; none if it names neither: `2023`, `2023年`,
/// `2023-10`, `2023年10月`.
fn period(v: &Value) -> Option<i64> {
    let text = match v {
        Value::Integer(i) => i.to_string(),
        Value::Text(s) | Value::Date(s) => s.trim().to_string(),
        _ => return None,
    };
    let digits: Vec<&str> = text
        .split(|ch: char| !ch.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    let rest = text.trim_matches(|ch: char| ch.is_ascii_digit() || "年月-/. ".contains(ch));
    if !rest.is_empty() {
        return None;
    }
    match digits.as_slice() {
        [y] if y.len() == 4 => y.parse().ok(),
        [y, m] if y.len() == 4 => {
            let m: i64 = m.parse().ok()?;
            (1..=12)
                .contains(&m)
                .then_some(y.parse::<i64>().ok()? * 12 + m - 1)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_years_or_months() {
        assert_eq!(period(&Value::Integer(2023)), Some(2023));
        assert_eq!(period(&Value::Text("2023年".into())), Some(2023));
        assert_eq!(
            period(&Value::Text("2023年10月".into())),
            Some(2023 * 12 + 9)
        );
        assert_eq!(period(&Value::Text("2023-01".into())), Some(2023 * 12));
        assert_eq!(period(&Value::Text("第一批（2021年）".into())), None);
        assert_eq!(period(&Value::Text("2023年13月".into())), None);
    }
}
