//! The `<desc>` of a chart: a few sentences in the site's language giving what a sighted reader takes in at a
//! glance (the largest and smallest values, the total where adding up makes sense, the change from first to last for
//! lines and years). Every number is given in full; the table beside the chart has all of them.

use super::plot::{Plot, tidy_sum};
use crate::format::{self, is_zh};
use crate::messages::{Arg, Lang, Message, msg};
use crate::model::chart::ChartKind;

pub fn describe(plot: &Plot) -> String {
    let zh = is_zh(&plot.lang);
    let w = Words::new(zh);
    if !plot.panels.is_empty() {
        return small_multiples(plot, &w);
    }
    let mut out = vec![w.kind(plot.kind)];
    let n = plot.categories.len();
    let amount = |v: f64| format::exact(v, &plot.unit, &plot.lang);
    match plot.kind {
        ChartKind::Figure => {
            if let Some(h) = &plot.headline {
                out.push(format!("{}{}{}", h.label, w.colon, amount(h.value)));
                if let Some((label, other)) = &h.compare {
                    let change = super::figure::change(h.value, *other, label, &plot.lang);
                    out.push(format!(
                        "{}{}{}{}{}{}",
                        change.trim_start_matches(['▲', '▼', ' ']),
                        w.open,
                        label,
                        w.colon,
                        amount(*other),
                        w.close
                    ));
                }
            }
        }
        ChartKind::Pie | ChartKind::Donut => {
            let Some(s) = plot.series.first() else {
                return w.join(out);
            };
            let total = tidy_sum(s.values.iter().flatten().copied());
            out.push(w.parts(n, &amount(total)));
            if let (Some(max), Some(min)) = (extreme(plot, 0, true), extreme(plot, 0, false)) {
                let share = |v: f64| format::decimals(v / total * 100.0, 1);
                out.push(w.slice(&plot.categories[max.0], &amount(max.1), &share(max.1), true));
                if min.0 != max.0 {
                    out.push(w.slice(
                        &plot.categories[min.0],
                        &amount(min.1),
                        &share(min.1),
                        false,
                    ));
                }
            }
        }
        _ => {
            let several = plot.series.len() > 1;
            let timeline = plot.kind == ChartKind::Line || looks_like_time(&plot.categories);
            if !several {
                out.push(w.items(n));
            }
            for (si, s) in plot.series.iter().enumerate() {
                let mut parts = Vec::new();
                if timeline {
                    let present: Vec<(usize, f64)> = s
                        .values
                        .iter()
                        .enumerate()
                        .filter_map(|(i, v)| v.map(|v| (i, v)))
                        .collect();
                    if let (Some(first), Some(last)) = (present.first(), present.last())
                        && first.0 != last.0
                    {
                        // A change of a percentage is in percentage points, and a relative change of it would
                        // only confuse.
                        let percent = plot.unit == "%";
                        let diff = tidy_sum([last.1, -first.1]).abs();
                        parts.push(w.change(
                            &plot.categories[first.0],
                            &amount(first.1),
                            &plot.categories[last.0],
                            &amount(last.1),
                            &if percent {
                                w.points(&format::plain(diff, &plot.lang))
                            } else {
                                amount(diff)
                            },
                            last.1 - first.1,
                            (first.1 != 0.0 && !percent).then(|| {
                                format::decimals(
                                    ((last.1 - first.1) / first.1.abs() * 100.0).abs(),
                                    1,
                                )
                            }),
                        ));
                    }
                }
                if let (Some(max), Some(min)) = (extreme(plot, si, true), extreme(plot, si, false))
                    && max.0 != min.0
                {
                    parts.push(w.extreme(&plot.categories[max.0], &amount(max.1), true));
                    parts.push(w.extreme(&plot.categories[min.0], &amount(min.1), false));
                } else if let Some(only) = extreme(plot, si, true) {
                    parts.push(format!(
                        "{}{}{}",
                        plot.categories[only.0],
                        w.colon,
                        amount(only.1)
                    ));
                }
                if format::scalable(&plot.unit) && s.values.iter().flatten().count() > 1 {
                    let sum = tidy_sum(s.values.iter().flatten().copied());
                    parts.push(w.total(&amount(sum)));
                }
                let missing: Vec<&str> = s
                    .values
                    .iter()
                    .zip(&plot.categories)
                    .filter(|(v, _)| v.is_none())
                    .map(|(_, c)| c.as_str())
                    .collect();
                if !missing.is_empty() {
                    parts.push(w.no_data(&missing));
                }
                let sentence = parts.join(w.semicolon);
                out.push(if several {
                    format!("{}{}{sentence}", s.label, w.colon)
                } else {
                    sentence
                });
            }
        }
    }
    w.join(out)
}

/// Small multiples: how many panels there are, then each panel's own description under its unit.
fn small_multiples(plot: &Plot, w: &Words) -> String {
    let units: Vec<&str> = plot.panels.iter().map(|p| p.unit.as_str()).collect();
    let mut out = vec![w.panels(plot.kind, &units)];
    for p in &plot.panels {
        let text = describe(p);
        let text = text
            .split_once(if w.zh { "。" } else { ". " })
            .map_or(text.as_str(), |(_, rest)| rest);
        let name = if p.heading.is_empty() {
            p.unit.clone()
        } else {
            format!("{}{}{}{}", p.heading, w.open, p.unit, w.close)
        };
        out.push(format!(
            "{name}{}{}",
            w.colon,
            text.trim_end_matches(['。', '.'])
        ));
    }
    w.join(out)
}

/// The index and value of the largest (or smallest) value of series `si`.
fn extreme(plot: &Plot, si: usize, largest: bool) -> Option<(usize, f64)> {
    let s = plot.series.get(si)?;
    s.values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .reduce(|a, b| {
            let better = if largest { b.1 > a.1 } else { b.1 < a.1 };
            if better { b } else { a }
        })
}

/// Categories that are all years (`2021年`, `2022`), so the change from first to last is worth saying.
fn looks_like_time(categories: &[String]) -> bool {
    categories.len() > 1
        && categories.iter().all(|c| {
            let digits: String = c.chars().take_while(char::is_ascii_digit).collect();
            digits.len() == 4 && matches!(&c[4..], "" | "年")
        })
}

/// The words of the description, from the catalogue (`reader-chart-…` in reader.ftl) in the page's language, and
/// the punctuation that joins them.
struct Words {
    lang: Lang,
    zh: bool,
    colon: &'static str,
    semicolon: &'static str,
    list: &'static str,
    open: &'static str,
    close: &'static str,
}

impl Words {
    fn new(zh: bool) -> Words {
        let lang = if zh { Lang::Zh } else { Lang::En };
        if zh {
            Words {
                lang,
                zh,
                colon: "：",
                semicolon: "；",
                list: "、",
                open: "（",
                close: "）",
            }
        } else {
            Words {
                lang,
                zh,
                colon: ": ",
                semicolon: "; ",
                list: ", ",
                open: " (",
                close: ")",
            }
        }
    }

    fn say(&self, m: Message) -> String {
        m.text(self.lang)
    }

    fn kind(&self, k: ChartKind) -> String {
        let kind = match k {
            ChartKind::Bar => "bar",
            ChartKind::GroupedBar => "grouped-bar",
            ChartKind::StackedBar => "stacked-bar",
            ChartKind::Line => "line",
            ChartKind::Pie => "pie",
            ChartKind::Donut => "donut",
            ChartKind::Figure => "figure",
        };
        self.say(msg!("reader-chart-kind", kind = Arg::Figure(kind.into())))
    }

    fn panels(&self, k: ChartKind, units: &[&str]) -> String {
        self.say(msg!(
            "reader-chart-panels",
            kind = Arg::Figure(self.kind(k)),
            count = units.len(),
            units = Arg::Figure(units.join(self.list))
        ))
    }

    fn points(&self, n: &str) -> String {
        self.say(msg!("reader-chart-points", points = Arg::Figure(n.into())))
    }

    fn items(&self, n: usize) -> String {
        self.say(msg!("reader-chart-items", count = n))
    }

    fn parts(&self, n: usize, total: &str) -> String {
        self.say(msg!(
            "reader-chart-parts",
            count = n,
            total = Arg::Figure(total.into())
        ))
    }

    fn total(&self, amount: &str) -> String {
        self.say(msg!(
            "reader-chart-total",
            total = Arg::Figure(amount.into())
        ))
    }

    fn no_data(&self, categories: &[&str]) -> String {
        self.say(msg!(
            "reader-chart-no-data",
            categories = Arg::Figure(categories.join(self.list))
        ))
    }

    fn slice(&self, cat: &str, v: &str, share: &str, largest: bool) -> String {
        let m = if largest {
            msg!(
                "reader-chart-largest-slice",
                category = cat,
                value = Arg::Figure(v.into()),
                share = Arg::Figure(share.into())
            )
        } else {
            msg!(
                "reader-chart-smallest-slice",
                category = cat,
                value = Arg::Figure(v.into()),
                share = Arg::Figure(share.into())
            )
        };
        self.say(m)
    }

    fn extreme(&self, cat: &str, v: &str, largest: bool) -> String {
        let m = if largest {
            msg!(
                "reader-chart-highest",
                category = cat,
                value = Arg::Figure(v.into())
            )
        } else {
            msg!(
                "reader-chart-lowest",
                category = cat,
                value = Arg::Figure(v.into())
            )
        };
        self.say(m)
    }

    #[allow(clippy::too_many_arguments)]
    fn change(
        &self,
        from: &str,
        from_v: &str,
        to: &str,
        to_v: &str,
        diff: &str,
        sign: f64,
        pct: Option<String>,
    ) -> String {
        let figure = |s: &str| Arg::Figure(s.to_string());
        if sign == 0.0 {
            return self.say(msg!(
                "reader-chart-unchanged",
                from = from,
                to = to,
                value = figure(to_v)
            ));
        }
        let direction = figure(if sign > 0.0 { "up" } else { "down" });
        let rate = pct.map_or(Arg::Figure(String::new()), |p| {
            Arg::Msg(Box::new(msg!(
                "reader-chart-rate",
                direction = direction.clone(),
                percent = Arg::Figure(p)
            )))
        });
        self.say(msg!(
            "reader-chart-change",
            direction = direction,
            from = from,
            from_value = figure(from_v),
            to = to,
            to_value = figure(to_v),
            difference = figure(diff),
            rate = rate
        ))
    }

    fn join(&self, sentences: Vec<String>) -> String {
        let sentences: Vec<String> = sentences.into_iter().filter(|s| !s.is_empty()).collect();
        if self.zh {
            let mut s = sentences.join("。");
            s.push('。');
            s
        } else {
            let mut s = sentences
                .into_iter()
                .map(|s| {
                    let mut c = s.chars();
                    match c.next() {
                        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                        None => s,
                    }
                })
                .collect::<Vec<_>>()
                .join(". ");
            s.push('.');
            s
        }
    }
}
