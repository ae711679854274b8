//! Checks a chart spec against the dataset it draws and turns it into a typed [`Chart`]: every column, row and colour
//! it names exists, what it draws is numeric and present, and the chart type suits the data (a pie of more than six
//! slices or of negative values is refused in favour of a bar).

use std::collections::BTreeSet;

use serde_saphyr::{Location, Spanned};

use super::dataset::type_term;
use super::find_dataset;
use super::suggest::closest;
use crate::charts::palette::BACKGROUND;
use crate::diagnostics::Diagnostic;
use crate::load::{Scalar, SourceChart};
use crate::messages::{Arg, Message, msg};
use crate::model::chart::{
    Chart, ChartKind, Compare, Figure, MAX_SLICES, Orientation, Series, SortOrder, type_name,
    unit_of,
};
use crate::model::color::Rgb;
use crate::model::{Dataset, Value};

mod periods;
mod units;

fn at(l: &Location) -> (usize, usize) {
    (l.line() as usize, l.column() as usize)
}

/// Returns the chart and any warnings, or every error found.
pub fn validate(
    src: &SourceChart,
    datasets: &[Dataset],
) -> Result<(Chart, Vec<Diagnostic>), Vec<Diagnostic>> {
    let raw = &src.raw;
    let rel = &src.rel;
    let kind = raw.kind.value;
    let dataset = find_dataset(datasets, &raw.data.value).map_err(|m| {
        let (line, col) = at(&raw.data.referenced);
        vec![Diagnostic::error(rel, line, col, m)]
    })?;
    let spec = Spec {
        rel,
        raw,
        d: &datasets[dataset],
    };
    let mut errors = Vec::new();
    let mut warnings = Vec::new();

    let x = spec.x_column(&mut errors);
    let mut series = spec.series(&mut errors);
    let mut rows = spec.rows(&mut errors);
    spec.check_periods(kind, x, &mut rows, &mut errors);
    let units::Units {
        display: display_unit,
        factors,
        panels,
    } = spec.units(kind, &series, &rows, &mut errors);
    spec.check_options(kind, &mut errors);
    let mut figure = None;
    if kind == ChartKind::Figure {
        figure = spec.figure(&series, &mut rows, &mut errors);
    } else {
        spec.check_values(kind, &series, &rows, &mut errors);
    }
    let slice_colors = spec.colors(kind, &rows, &mut series, &mut errors, &mut warnings);

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((
        Chart {
            id: src.id.clone(),
            rel: rel.clone(),
            title: raw.title.clone(),
            subtitle: raw.subtitle.clone(),
            note: raw.note.clone(),
            source: raw.source.clone().filter(|s| !s.trim().is_empty()),
            unit: raw
                .unit
                .clone()
                .filter(|u| !u.trim().is_empty())
                .or(display_unit),
            kind,
            dataset,
            x,
            series,
            rows,
            orientation: raw
                .orientation
                .as_ref()
                .map_or(Orientation::Auto, |o| o.value),
            sort: raw.sort.as_ref().map_or(SortOrder::None, |s| s.value),
            value_labels: raw.value_labels.as_ref().is_none_or(|v| v.value),
            y_from_zero: raw.y_from_zero.as_ref().is_none_or(|z| z.value),
            slice_colors,
            factors,
            panels,
            figure,
            localized: Vec::new(),
        },
        warnings,
    ))
}

/// A chart spec and the dataset it draws, with the look-ups every check shares. Each check adds its errors in the
/// order [`validate`] calls them, so messages come in the order of the spec's parts.
struct Spec<'a> {
    rel: &'a std::path::PathBuf,
    raw: &'a crate::load::chart::RawChart,
    d: &'a Dataset,
}

impl Spec<'_> {
    fn err(&self, l: &Location, message: Message) -> Diagnostic {
        let (line, col) = at(l);
        Diagnostic::error(self.rel, line, col, message)
    }

    fn column(&self, key: &str, l: &Location) -> Result<usize, Diagnostic> {
        let d = self.d;
        d.column(key).map(|(i, _)| i).ok_or_else(|| {
            let keys: Vec<&str> = d.columns.iter().map(|c| c.key.as_str()).collect();
            let near = closest(key, keys.iter().copied());
            self.err(
                l,
                msg!(
                    "chart-no-column",
                    dataset = &d.id,
                    column = key,
                    found = usize::from(near.is_some()),
                    near = near.unwrap_or_default(),
                    columns = &keys,
                ),
            )
        })
    }

    fn find_row(&self, key: &Scalar, l: &Location) -> Result<usize, Diagnostic> {
        let d = self.d;
        let key = key.as_text();
        if let Some(m) = super::series::repeated_name(d, &key) {
            let (line, col) = at(l);
            return Err(Diagnostic::error(self.rel, line, col, m));
        }
        d.rows.iter().position(|r| r.key == key).ok_or_else(|| {
            let near = closest(&key, d.rows.iter().map(|r| r.key.as_str()));
            self.err(
                l,
                msg!(
                    "chart-no-row",
                    dataset = &d.id,
                    row = &key,
                    found = usize::from(near.is_some()),
                    near = near.unwrap_or_default(),
                    count = d.rows.len(),
                    first = d.rows.first().map_or("", |r| r.key.as_str()),
                ),
            )
        })
    }

    fn values(&self, ci: usize, rows: &[usize]) -> Vec<Option<f64>> {
        rows.iter()
            .map(|&r| self.d.rows[r].cells[ci].as_f64())
            .collect()
    }

    /// The column of `x`, the dataset's first when the spec names none.
    fn x_column(&self, errors: &mut Vec<Diagnostic>) -> usize {
        match &self.raw.x {
            None => self.d.period_column.unwrap_or(0),
            Some(x) => match self.column(&x.value, &x.referenced) {
                Ok(i) => i,
                Err(e) => {
                    errors.push(e);
                    0
                }
            },
        }
    }

    /// The columns of `y`: each numeric and named once.
    fn series(&self, errors: &mut Vec<Diagnostic>) -> Vec<Series> {
        let (raw, d) = (self.raw, self.d);
        let y_at = &raw.y.referenced;
        let numeric: Vec<&str> = d
            .columns
            .iter()
            .filter(|c| c.kind.is_numeric())
            .map(|c| c.key.as_str())
            .collect();
        let mut series = Vec::new();
        let mut seen = BTreeSet::new();
        if raw.y.value.0.is_empty() {
            let (line, col) = at(y_at);
            errors.push(Diagnostic::error(
                self.rel,
                line,
                col,
                msg!("chart-y-empty", count = numeric.len(), columns = &numeric),
            ));
        }
        for key in &raw.y.value.0 {
            let Ok(ci) = self.column(key, y_at).map_err(|e| errors.push(e)) else {
                continue;
            };
            let c = &d.columns[ci];
            if !c.kind.is_numeric() {
                let (line, col) = at(y_at);
                errors.push(Diagnostic::error(
                    self.rel,
                    line,
                    col,
                    msg!(
                        "chart-y-not-numeric",
                        column = key,
                        kind = Arg::Term(type_term(c.kind)),
                        count = numeric.len(),
                        columns = &numeric
                    ),
                ));
                continue;
            }
            if !seen.insert(ci) {
                errors.push(self.err(y_at, msg!("chart-y-twice", column = key)));
                continue;
            }
            series.push(Series {
                column: ci,
                color: None,
            });
        }
        series
    }

    /// The rows of `rows`, or every row of the dataset; each once, and at least one.
    fn rows(&self, errors: &mut Vec<Diagnostic>) -> Vec<usize> {
        let (raw, d) = (self.raw, self.d);
        let mut rows = Vec::new();
        match &raw.rows {
            // Left to itself, a chart of an indicator hierarchy draws the indicators, not the headings above them.
            None => {
                let hierarchy = d.rows.iter().any(|r| r.level > 0);
                rows.extend(
                    (0..d.rows.len())
                        .filter(|&r| !(hierarchy && super::dataset::is_heading(&d.rows[r]))),
                );
            }
            Some(keys) => {
                for k in keys {
                    match self.find_row(&k.value, &k.referenced) {
                        Ok(r) if rows.contains(&r) => errors.push(self.err(
                            &k.referenced,
                            msg!("chart-row-twice", row = k.value.as_text()),
                        )),
                        Ok(r) => rows.push(r),
                        Err(e) => errors.push(e),
                    }
                }
            }
        }
        if d.rows.is_empty() {
            errors.push(self.err(
                &raw.data.referenced,
                msg!("chart-no-rows", dataset = &d.id, file = &d.rel),
            ));
        } else if raw.rows.as_ref().is_some_and(Vec::is_empty) {
            errors.push(self.err(&raw.kind.referenced, msg!("chart-rows-empty")));
        }
        rows
    }

    /// What each chart type needs of `y`, and the settings that belong to some types only.
    fn check_options(&self, kind: ChartKind, errors: &mut Vec<Diagnostic>) {
        let raw = self.raw;
        let (kind_at, y_at) = (&raw.kind.referenced, &raw.y.referenced);
        let n_series = raw.y.value.0.len();
        let small_multiples = raw.small_multiples.as_ref().is_some_and(|f| f.value);
        let bars = matches!(
            kind,
            ChartKind::Bar | ChartKind::GroupedBar | ChartKind::StackedBar
        );
        match kind {
            ChartKind::Bar if n_series > 1 && small_multiples => {}
            ChartKind::Bar | ChartKind::Pie | ChartKind::Donut | ChartKind::Figure
                if n_series > 1 =>
            {
                errors.push(self.err(
                    y_at,
                    msg!("chart-one-column", type = type_name(kind), count = n_series),
                ));
            }
            ChartKind::GroupedBar | ChartKind::StackedBar if n_series < 2 => {
                errors.push(self.err(
                    kind_at,
                    msg!("chart-several-columns", type = type_name(kind)),
                ));
            }
            _ => {}
        }
        if let Some(o) = &raw.orientation
            && !bars
        {
            errors.push(self.err(
                &o.referenced,
                msg!("chart-orientation", type = type_name(kind)),
            ));
        }
        if let Some(s) = &raw.sort
            && matches!(kind, ChartKind::Line | ChartKind::Figure)
        {
            errors.push(self.err(&s.referenced, msg!("chart-sort", type = type_name(kind))));
        }
        if let Some(z) = &raw.y_from_zero
            && !z.value
            && kind != ChartKind::Line
        {
            errors.push(self.err(
                &z.referenced,
                msg!("chart-from-zero", type = type_name(kind)),
            ));
        }
        if kind != ChartKind::Figure {
            if let Some(r) = &raw.row {
                errors.push(self.err(&r.referenced, msg!("chart-row-not-figure")));
            }
            if let Some(c) = &raw.compare {
                errors.push(self.err(&c.referenced, msg!("chart-compare-not-figure")));
            }
        }
    }

    /// A `figure`: the one row it shows (and the one it is compared with), which become the chart's rows.
    fn figure(
        &self,
        series: &[Series],
        rows: &mut Vec<usize>,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<Figure> {
        let (raw, d) = (self.raw, self.d);
        let kind_at = &raw.kind.referenced;
        if raw.rows.is_some() {
            errors.push(self.err(kind_at, msg!("chart-figure-rows")));
        }
        match (&raw.row, series.first()) {
            (None, _) => {
                errors.push(self.err(
                    kind_at,
                    msg!(
                        "chart-figure-no-row",
                        dataset = &d.id,
                        count = d.rows.len(),
                        first = d.rows.first().map_or("", |r| r.key.as_str()),
                    ),
                ));
                None
            }
            (Some(r), Some(s)) => match self.find_row(&r.value, &r.referenced) {
                Err(e) => {
                    errors.push(e);
                    None
                }
                Ok(ri) if d.rows[ri].cells[s.column] == Value::Empty => {
                    errors.push(self.err(
                        &r.referenced,
                        msg!(
                            "chart-figure-empty",
                            row = &d.rows[ri].key,
                            column = &d.columns[s.column].key,
                        ),
                    ));
                    None
                }
                Ok(ri) => {
                    let compare = raw.compare.as_ref().and_then(|c| {
                        compare(
                            d,
                            ri,
                            s.column,
                            c,
                            &|k, l| self.find_row(k, l),
                            &|k, l| self.column(k, l),
                            &|l, m| self.err(l, m),
                            errors,
                        )
                    });
                    *rows = vec![ri];
                    if let Some(c) = &compare
                        && c.row != ri
                    {
                        rows.push(c.row);
                    }
                    Some(Figure {
                        row: ri,
                        column: s.column,
                        compare,
                    })
                }
            },
            (Some(_), None) => None,
        }
    }

    /// Every chart but a figure: each column has values in the rows drawn; a pie or donut has no missing or
    /// negative slice, two to [`MAX_SLICES`] slices and a positive total; a stacked bar no negative value.
    fn check_values(
        &self,
        kind: ChartKind,
        series: &[Series],
        rows: &[usize],
        errors: &mut Vec<Diagnostic>,
    ) {
        let (raw, d) = (self.raw, self.d);
        let (kind_at, y_at) = (&raw.kind.referenced, &raw.y.referenced);
        let round = matches!(kind, ChartKind::Pie | ChartKind::Donut);
        for s in series {
            let v = self.values(s.column, rows);
            let key = &d.columns[s.column].key;
            if !rows.is_empty() && v.iter().all(Option::is_none) {
                errors.push(self.err(y_at, msg!("chart-column-empty", column = key)));
                continue;
            }
            if round {
                if let Some(i) = v.iter().position(Option::is_none) {
                    errors.push(self.err(
                        y_at,
                        msg!(
                            "chart-pie-missing",
                            row = &d.rows[rows[i]].key,
                            column = key
                        ),
                    ));
                }
                if v.iter().flatten().any(|x| *x < 0.0) {
                    errors.push(self.err(
                        kind_at,
                        msg!("chart-pie-negative", column = key, type = type_name(kind)),
                    ));
                } else if v.iter().flatten().sum::<f64>() <= 0.0 {
                    errors.push(self.err(
                        kind_at,
                        msg!("chart-pie-zero", column = key, type = type_name(kind)),
                    ));
                }
            }
            if kind == ChartKind::StackedBar && v.iter().flatten().any(|x| *x < 0.0) {
                errors.push(self.err(kind_at, msg!("chart-stack-negative", column = key)));
            }
        }
        if round && rows.len() > MAX_SLICES {
            errors.push(self.err(
                kind_at,
                msg!(
                    "chart-too-many-slices",
                    type = type_name(kind),
                    count = rows.len(),
                    limit = MAX_SLICES,
                ),
            ));
        }
        if round && rows.len() < 2 {
            errors.push(self.err(
                kind_at,
                msg!("chart-too-few-slices", type = type_name(kind)),
            ));
        }
    }

    /// `colors`: slices of a pie or donut by row key, other series by column key; a colour with too little contrast
    /// is a warning. Returns the slice colours; series colours are set on `series`.
    fn colors(
        &self,
        kind: ChartKind,
        rows: &[usize],
        series: &mut [Series],
        errors: &mut Vec<Diagnostic>,
        warnings: &mut Vec<Diagnostic>,
    ) -> Vec<(usize, Rgb)> {
        let (raw, d) = (self.raw, self.d);
        let round = matches!(kind, ChartKind::Pie | ChartKind::Donut);
        let mut slice_colors = Vec::new();
        for (key, value) in &raw.colors {
            let Some(c) = Rgb::parse(&value.value) else {
                errors.push(self.err(
                    &value.referenced,
                    msg!("chart-bad-colour", value = &value.value),
                ));
                continue;
            };
            if c.contrast(BACKGROUND) < 3.0 {
                let (l, col) = at(&value.referenced);
                warnings.push(Diagnostic::warning(
                    self.rel,
                    l,
                    col,
                    msg!(
                        "chart-low-contrast",
                        value = &value.value,
                        ratio = Arg::Figure(format!("{:.1}", c.contrast(BACKGROUND))),
                    ),
                ));
            }
            if round {
                match rows.iter().position(|&r| d.rows[r].key == *key) {
                    Some(i) => slice_colors.push((rows[i], c)),
                    None => errors.push(
                        self.err(&value.referenced, msg!("chart-colour-not-slice", key = key)),
                    ),
                }
            } else {
                match series.iter_mut().find(|s| d.columns[s.column].key == *key) {
                    Some(s) => s.color = Some(c),
                    None => errors.push(self.err(
                        &value.referenced,
                        msg!(
                            "chart-colour-not-series",
                            key = key,
                            columns = &raw.y.value.0
                        ),
                    )),
                }
            }
        }
        slice_colors
    }
}

#[allow(clippy::too_many_arguments)]
fn compare(
    d: &Dataset,
    row: usize,
    column: usize,
    c: &Spanned<crate::load::chart::RawCompare>,
    find_row: &dyn Fn(&Scalar, &Location) -> Result<usize, Diagnostic>,
    find_column: &dyn Fn(&str, &Location) -> Result<usize, Diagnostic>,
    err: &dyn Fn(&Location, Message) -> Diagnostic,
    errors: &mut Vec<Diagnostic>,
) -> Option<Compare> {
    let l = &c.referenced;
    let v = &c.value;
    if v.row.is_none() && v.column.is_none() {
        errors.push(err(l, msg!("chart-compare-empty")));
        return None;
    }
    let cr = match &v.row {
        Some(r) => find_row(r, l).map_err(|e| errors.push(e)).ok()?,
        None => row,
    };
    let cc = match &v.column {
        Some(k) => find_column(k, l).map_err(|e| errors.push(e)).ok()?,
        None => column,
    };
    if unit_of(d, cc) != unit_of(d, column) || !d.columns[cc].kind.is_numeric() {
        errors.push(err(
            l,
            msg!(
                "chart-compare-unit",
                other = &d.columns[cc].key,
                column = &d.columns[column].key,
            ),
        ));
        return None;
    }
    match d.rows[cr].cells[cc].as_f64() {
        None => {
            errors.push(err(
                l,
                msg!(
                    "chart-compare-empty-cell",
                    row = &d.rows[cr].key,
                    column = &d.columns[cc].key,
                ),
            ));
            None
        }
        Some(0.0) => {
            errors.push(err(l, msg!("chart-compare-zero")));
            None
        }
        Some(_) => Some(Compare {
            row: cr,
            column: cc,
            label: v.label.clone().unwrap_or_else(|| {
                if cr != row {
                    d.rows[cr].key.clone()
                } else {
                    d.columns[cc].label.clone()
                }
            }),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn dataset() -> Dataset {
        let src = crate::load::dataset::parse(
            Path::new("data/cov.yaml"),
            "title: 覆盖\nsource: 总结\ncolumns:\n  - {key: category, label: 类别}\n  - {key: households, label: 户数, unit: 户, type: integer}\n  - {key: persons, label: 人数, unit: 人, type: integer}\n  - {key: note, label: 说明}\n  - {key: change, label: 变化, unit: 人, type: integer, min: -100000}\nrows:\n  - {category: 城市低保, households: 3815, persons: 5829, change: -3}\n  - {category: 农村低保, households: 20775, persons: 36758, change: 5}\n  - {category: 特困供养, households: 2422, change: 1}\n",
        )
        .unwrap();
        match crate::validate::dataset::validate(&src, crate::messages::Lang::Zh).unwrap() {
            crate::model::Checked::Aggregate(d) => d,
            crate::model::Checked::Records(_) => panic!("an aggregate table"),
        }
    }

    fn check(yaml: &str) -> Result<(Chart, Vec<Diagnostic>), Vec<Diagnostic>> {
        let src =
            crate::load::chart::parse(Path::new("charts/c.yaml"), yaml).map_err(|d| vec![d])?;
        validate(&src, &[dataset()])
    }

    fn one_error(yaml: &str) -> Diagnostic {
        let e = check(yaml).unwrap_err();
        assert_eq!(e.len(), 1, "{e:#?}");
        e.into_iter().next().unwrap()
    }

    #[test]
    fn a_bar_chart_resolves_columns_and_rows() {
        let (c, w) =
            check("title: t\ntype: bar\ndata: cov\ny: [persons]\nrows: [农村低保, 城市低保]\n")
                .unwrap();
        assert!(w.is_empty());
        assert_eq!(
            c.series,
            vec![Series {
                column: 2,
                color: None
            }]
        );
        assert_eq!(c.rows, vec![1, 0]);
        assert_eq!(c.x, 0);
        assert!(c.value_labels && c.y_from_zero);
    }

    #[test]
    fn missing_dataset_suggests_a_name() {
        let e = one_error("title: t\ntype: bar\ndata: cv\ny: persons\n");
        assert_eq!((e.line, e.col), (3, 7));
        assert!(e.message().contains("no dataset `cv`"), "{}", e.message());
        assert!(e.hint_text().contains("cov"), "{}", e.hint_text());
    }

    #[test]
    fn missing_column_suggests_a_name() {
        let e = one_error("title: t\ntype: bar\ndata: cov\ny: person\n");
        assert_eq!((e.line, e.col), (4, 4));
        assert!(
            e.hint_text().contains("did you mean `persons`"),
            "{}",
            e.hint_text()
        );
    }

    #[test]
    fn text_columns_are_not_drawn() {
        let e = one_error("title: t\ntype: bar\ndata: cov\ny: note\n");
        assert!(e.message().contains("text column"), "{}", e.message());
        assert!(e.hint_text().contains("households"), "{}", e.hint_text());
    }

    #[test]
    fn missing_row_is_located() {
        let e = one_error(
            "title: t\ntype: bar\ndata: cov\ny: persons\nrows:\n  - 城市低保\n  - 农村底保\n",
        );
        assert_eq!((e.line, e.col), (7, 5));
        assert!(e.hint_text().contains("农村低保"), "{}", e.hint_text());
    }

    #[test]
    fn pies_refuse_negatives_and_missing_slices() {
        let e = one_error("title: t\ntype: pie\ndata: cov\ny: change\n");
        assert!(e.message().contains("negative"), "{}", e.message());
        assert!(e.hint_text().contains("bar"), "{}", e.hint_text());
        let e = one_error("title: t\ntype: donut\ndata: cov\ny: persons\n");
        assert!(e.message().contains("no value"), "{}", e.message());
        assert!(check("title: t\ntype: pie\ndata: cov\ny: households\n").is_ok());
    }

    fn funds() -> Dataset {
        let src = crate::load::dataset::parse(
            Path::new("data/funds.yaml"),
            "title: 资金\ncolumns:\n  - {key: k, label: 项目}\n  - {key: u, label: 单位}\n  - {key: n, label: 金额, type: number}\nunit_column: u\nrows:\n  - {k: 低保, u: 亿元, n: 1.9}\n  - {k: 特困, u: 万元, n: 3200}\n  - {k: 户数, u: 户, n: 3815}\n",
        )
        .unwrap();
        match crate::validate::dataset::validate(&src, crate::messages::Lang::Zh).unwrap() {
            crate::model::Checked::Aggregate(d) => d,
            crate::model::Checked::Records(_) => panic!("an aggregate table"),
        }
    }

    #[test]
    fn a_display_unit_converts_each_row_and_refuses_other_kinds() {
        let chart = |yaml: &str| {
            let src = crate::load::chart::parse(Path::new("charts/c.yaml"), yaml).unwrap();
            validate(&src, &[funds()])
        };
        let e = chart("title: t\ntype: bar\ndata: funds\ny: n\nrows: [低保, 特困]\n").unwrap_err();
        assert!(
            e[0].message().contains("different units (万元, 亿元)"),
            "{e:?}"
        );
        assert!(e[0].hint_text().contains("display_unit"), "{e:?}");
        let (c, _) = chart(
            "title: t\ntype: donut\ndata: funds\ny: n\nrows: [低保, 特困]\ndisplay_unit: 万元\n",
        )
        .unwrap();
        let d = funds();
        assert_eq!(c.unit.as_deref(), Some("万元"));
        assert_eq!(c.value(&d, 0, 2), Some(19000.0));
        assert_eq!(c.value(&d, 1, 2), Some(3200.0));
        let e = chart("title: t\ntype: bar\ndata: funds\ny: n\ndisplay_unit: 万元\n").unwrap_err();
        assert!(
            e[0].message()
                .contains("cannot show the figure of `户数`, which is in 户"),
            "{e:?}"
        );
    }

    #[test]
    fn mixed_units_and_wrong_series_counts() {
        let e = check("title: t\ntype: grouped_bar\ndata: cov\ny: [households, persons]\n")
            .unwrap_err();
        assert!(e[0].message().contains("different units"), "{e:?}");
        let e = one_error("title: t\ntype: bar\ndata: cov\ny: [persons, change]\n");
        assert!(e.hint_text().contains("grouped_bar"), "{}", e.hint_text());
        let e = one_error("title: t\ntype: stacked_bar\ndata: cov\ny: [persons]\n");
        assert!(e.hint_text().contains("type: bar"), "{}", e.hint_text());
    }

    #[test]
    fn bars_start_at_zero() {
        let e = one_error("title: t\ntype: bar\ndata: cov\ny: persons\ny_from_zero: false\n");
        assert_eq!(e.line, 5);
        assert!(
            check("title: t\ntype: line\ndata: cov\ny: households\ny_from_zero: false\n").is_ok()
        );
    }

    #[test]
    fn colours_are_checked_and_pale_ones_warned_about() {
        let e = one_error("title: t\ntype: bar\ndata: cov\ny: persons\ncolors: {persons: blue}\n");
        assert!(e.message().contains("not a colour"), "{}", e.message());
        let e =
            one_error("title: t\ntype: bar\ndata: cov\ny: persons\ncolors: {people: '#000000'}\n");
        assert!(e.message().contains("not a column"), "{}", e.message());
        let (c, w) =
            check("title: t\ntype: bar\ndata: cov\ny: persons\ncolors: {persons: '#ffdd00'}\n")
                .unwrap();
        assert_eq!(c.series[0].color, Some(Rgb(0xff, 0xdd, 0)));
        assert_eq!(w.len(), 1);
        assert!(w[0].message().contains("3:1"), "{}", w[0].message());
    }

    #[test]
    fn figures_name_a_row_and_compare() {
        let (c, _) = check("title: t\ntype: figure\ndata: cov\ny: persons\nrow: 农村低保\ncompare: {row: 城市低保}\n").unwrap();
        let f = c.figure.unwrap();
        assert_eq!((f.row, f.column), (1, 2));
        assert_eq!(f.compare.unwrap().label, "城市低保");
        assert_eq!(c.rows, vec![1, 0]);
        let e = one_error("title: t\ntype: figure\ndata: cov\ny: persons\n");
        assert!(e.message().contains("`row`"), "{}", e.message());
        let e = one_error("title: t\ntype: figure\ndata: cov\ny: persons\nrow: 特困供养\n");
        assert!(e.message().contains("no value"), "{}", e.message());
    }

    #[test]
    fn options_that_do_not_apply_are_refused() {
        let e = one_error("title: t\ntype: line\ndata: cov\ny: households\nsort: descending\n");
        assert_eq!(e.line, 5);
        let e =
            one_error("title: t\ntype: pie\ndata: cov\ny: households\norientation: horizontal\n");
        assert_eq!(e.line, 5);
        let e = one_error("title: t\ntype: bar\ndata: cov\ny: households\nrow: 城市低保\n");
        assert!(e.hint_text().contains("rows"), "{}", e.hint_text());
    }
}
