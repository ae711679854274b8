//! The numbers and words one chart draws, taken out of its dataset. Layouts and descriptions work from this alone,
//! so they can be tested (and property-tested) without a site.

use super::axis::Scale;
use super::measure::{FONT, width};
use super::palette::{self, Rgb};
use crate::format;
use crate::model::chart::{Chart, ChartKind, Orientation, SortOrder, unit_at, unit_of};
use crate::model::series::{self, MAX_PERIODS, Period};
use crate::model::{Dataset, Value};

/// The chart's rows in the order drawn: as listed, or sorted by value (the sum of the series, for stacks).
pub fn rows_in_order(c: &Chart, d: &Dataset) -> Vec<usize> {
    let mut rows = c.rows.clone();
    let key = |r: usize| -> f64 {
        c.series
            .iter()
            .filter_map(|s| c.value(d, r, s.column))
            .sum()
    };
    match c.sort {
        SortOrder::None => {}
        SortOrder::Ascending => rows.sort_by(|&a, &b| key(a).total_cmp(&key(b))),
        SortOrder::Descending => rows.sort_by(|&a, &b| key(b).total_cmp(&key(a))),
    }
    rows
}

/// A chart across the rows of a table whose rows are periods (`period_column:`, drawn along `x`): every period from
/// the first drawn to the last, each labelled alike, with `None` where the table has no row, so that a missing month
/// is a gap and never a zero or a month left out of the axis. `None` for every other chart.
fn across_periods(
    c: &Chart,
    d: &Dataset,
    rows: &[usize],
    lang: &str,
) -> Option<(Vec<String>, Vec<Option<usize>>)> {
    let timeline = matches!(
        c.kind,
        ChartKind::Line | ChartKind::Bar | ChartKind::GroupedBar | ChartKind::StackedBar
    );
    if d.period_column != Some(c.x) || !timeline || c.sort != SortOrder::None {
        return None;
    }
    let drawn: Vec<(Period, usize)> = rows
        .iter()
        .map(|&r| Some((series::row_period(d, r)?, r)))
        .collect::<Option<_>>()?;
    let first = drawn.iter().map(|(p, _)| *p).min()?;
    let last = drawn.iter().map(|(p, _)| *p).max()?;
    let zh = format::is_zh(lang);
    let (mut labels, mut slots) = (Vec::new(), Vec::new());
    let mut p = first;
    while p <= last && labels.len() <= MAX_PERIODS {
        labels.push(p.label(zh));
        slots.push(drawn.iter().find(|(dp, _)| *dp == p).map(|(_, r)| *r));
        p = p.next();
    }
    Some((labels, slots))
}

/// The sum of `values` to as many decimals as the most precise of them, so that 81.2 and 92.25 differ by 11.05,
/// not by 11.049999999999997.
pub fn tidy_sum(values: impl IntoIterator<Item = f64>) -> f64 {
    let mut places = 0;
    let mut sum = 0.0;
    for v in values {
        let text = v.to_string();
        places = places.max(text.split_once('.').map_or(0, |(_, f)| f.len()));
        sum += v;
    }
    let scale = 10f64.powi(places.min(12) as i32);
    (sum * scale).round() / scale
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    /// One per category; `None` where the dataset has no figure.
    pub values: Vec<Option<f64>>,
    pub color: Rgb,
}

/// A headline figure and what it is compared with.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// What the number counts, e.g. `实名认证志愿者 · 人数`.
    pub label: String,
    pub value: f64,
    /// The other figure and its label.
    pub compare: Option<(String, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plot {
    pub kind: ChartKind,
    pub orientation: Orientation,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// The unit of every value (they share one), `%` for percentages, or empty.
    pub unit: String,
    pub value_labels: bool,
    pub y_from_zero: bool,
    pub lang: String,
    /// Slice colours of pies and donuts, one per category.
    pub slice_colors: Vec<Rgb>,
    pub headline: Option<Headline>,
    /// The width the layout is made for, in SVG units: [`super::WIDTH`] for files, narrower and wider for the two
    /// pictures a page shows (see [`super::embed`]).
    pub width: f64,
    /// Small multiples: one plot per unit, drawn one above the other; empty for a chart of one unit.
    pub panels: Vec<Plot>,
    /// What a panel of small multiples shows, written above it (its column, where it draws one).
    pub heading: String,
}

impl Plot {
    /// A plot with defaults, for tests and for callers that fill it in field by field.
    pub fn new(kind: ChartKind, lang: &str) -> Plot {
        Plot {
            kind,
            orientation: Orientation::Auto,
            categories: Vec::new(),
            series: Vec::new(),
            unit: String::new(),
            value_labels: true,
            y_from_zero: true,
            lang: lang.to_string(),
            slice_colors: Vec::new(),
            headline: None,
            width: super::WIDTH,
            panels: Vec::new(),
            heading: String::new(),
        }
    }

    pub fn from_chart(c: &Chart, d: &Dataset, lang: &str) -> Plot {
        if !c.panels.is_empty() {
            return Plot::small_multiples(c, d, lang);
        }
        let x = &d.columns[c.x];
        let rows = rows_in_order(c, d);
        let mut categories: Vec<String> = rows
            .iter()
            .map(|&r| match &d.rows[r].cells[c.x] {
                Value::Empty => d.rows[r].key.clone(),
                v => format::cell(v, x, lang),
            })
            .collect();
        // Rows of an aggregate published from records are named by several columns (甲镇 / 农村低保): when the x
        // column alone repeats, each bar is labelled with its row's whole name.
        let mut seen = std::collections::BTreeSet::new();
        if !categories.iter().all(|c| seen.insert(c.clone())) {
            categories = rows.iter().map(|&r| d.rows[r].key.clone()).collect();
        }
        let mut slots: Vec<Option<usize>> = rows.iter().copied().map(Some).collect();
        if let Some((labels, every)) = across_periods(c, d, &rows, lang) {
            categories = labels;
            slots = every;
        }
        let series = c
            .series
            .iter()
            .enumerate()
            .map(|(i, s)| Series {
                label: d.columns[s.column].label.clone(),
                values: slots
                    .iter()
                    .map(|r| r.and_then(|r| c.value(d, r, s.column)))
                    .collect(),
                color: match c.kind {
                    ChartKind::StackedBar if c.series.len() <= palette::STACKED.len() => {
                        s.color.unwrap_or(palette::STACKED[i])
                    }
                    _ => palette::nth(i, s.color),
                },
            })
            .collect();
        let slice_colors = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                palette::nth(
                    i,
                    c.slice_colors
                        .iter()
                        .find(|(row, _)| row == r)
                        .map(|(_, col)| *col),
                )
            })
            .collect();
        let headline = c.figure.as_ref().and_then(|f| {
            let value = c.value(d, f.row, f.column)?;
            let compare = f
                .compare
                .as_ref()
                .and_then(|cmp| Some((cmp.label.clone(), c.value(d, cmp.row, cmp.column)?)));
            Some(Headline {
                label: format!("{} · {}", d.rows[f.row].key, d.columns[f.column].label),
                value,
                compare,
            })
        });
        Plot {
            kind: c.kind,
            orientation: c.orientation,
            categories,
            series,
            unit: c
                .unit
                .clone()
                .unwrap_or_else(|| match (c.series.first(), rows.first()) {
                    (Some(s), Some(&r)) => unit_at(d, r, s.column),
                    (Some(s), None) => unit_of(d, s.column),
                    _ => String::new(),
                }),
            value_labels: c.value_labels,
            y_from_zero: c.y_from_zero,
            lang: lang.to_string(),
            slice_colors,
            headline,
            width: super::WIDTH,
            panels: Vec::new(),
            heading: String::new(),
        }
    }

    /// A plot of small multiples: each panel is the chart narrowed to its columns (or rows) and unit, its rows in
    /// the order of the whole chart, so that panels sharing their categories list them alike.
    fn small_multiples(c: &Chart, d: &Dataset, lang: &str) -> Plot {
        let order = rows_in_order(c, d);
        let panels = c
            .panels
            .iter()
            .map(|p| {
                let part = Chart {
                    series: p.series.iter().map(|&i| c.series[i].clone()).collect(),
                    rows: order
                        .iter()
                        .copied()
                        .filter(|r| p.rows.contains(r))
                        .collect(),
                    sort: SortOrder::None,
                    unit: Some(p.unit.clone()),
                    panels: Vec::new(),
                    localized: Vec::new(),
                    ..c.clone()
                };
                let shares_rows = part.rows.len() == order.len();
                let mut plot = Plot::from_chart(&part, d, lang);
                if let [s] = plot.series.as_slice()
                    && shares_rows
                {
                    plot.heading = s.label.clone();
                }
                plot
            })
            .collect();
        Plot {
            panels,
            ..Plot::new(c.kind, lang)
        }
    }

    /// The plot laid out for `width`, its panels too.
    pub fn at_width(&self, width: f64) -> Plot {
        Plot {
            width,
            panels: self.panels.iter().map(|p| p.at_width(width)).collect(),
            ..self.clone()
        }
    }

    /// A value as a label beside a unit the chart shows elsewhere, in the magnitude of the chart's largest value so
    /// that all labels of one chart read alike (16.74万 beside 8.79万, not beside 87872).
    pub fn label(&self, v: f64) -> String {
        self.tick(v, self.largest().max(v.abs()))
    }

    /// The largest absolute value the chart draws.
    fn largest(&self) -> f64 {
        self.series
            .iter()
            .flat_map(|s| s.values.iter().flatten())
            .fold(0.0_f64, |m, v| m.max(v.abs()))
    }

    /// An axis tick, in the magnitude of the axis' largest tick `reference`.
    pub fn tick(&self, v: f64, reference: f64) -> String {
        let n = format::compact_like(v, reference, &self.unit, &self.lang);
        if self.unit == "%" { format!("{n}%") } else { n }
    }

    /// Labels of all `ticks` of one axis.
    /// The vertical value axis that bars and lines share: round ticks for `lo..=hi`, their labels, and the width
    /// left beside them for `n` categories.
    pub fn value_axis(&self, lo: f64, hi: f64, n: usize) -> ValueAxis {
        let ticks = Scale::nice(lo, hi, 5);
        let labels = self.ticks(&ticks.ticks);
        let left = labels.iter().map(|l| width(l, FONT)).fold(0.0, f64::max) + 10.0;
        let right = self.width - 4.0;
        ValueAxis {
            ticks,
            labels,
            left,
            right,
            gw: (right - left) / n.max(1) as f64,
        }
    }

    pub fn ticks(&self, ticks: &[f64]) -> Vec<String> {
        let reference = ticks.iter().fold(0.0_f64, |m, t| m.max(t.abs()));
        ticks.iter().map(|t| self.tick(*t, reference)).collect()
    }
}

/// See [`Plot::value_axis`].
pub struct ValueAxis {
    pub ticks: Scale,
    pub labels: Vec<String>,
    /// Where the plot area starts and ends, across.
    pub left: f64,
    pub right: f64,
    /// The width each category gets.
    pub gw: f64,
}

#[cfg(test)]
mod tests {
    use super::tidy_sum;

    #[test]
    fn sums_keep_the_precision_of_the_data() {
        assert_eq!(tidy_sum([92.25, -81.2]), 11.05);
        assert_eq!(tidy_sum([780.965, 787.797]), 1568.762);
        assert_eq!(tidy_sum([5829.0, 36758.0]), 42587.0);
    }
}
