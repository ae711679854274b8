//! The `<desc>` of a chart: a few sentences in the site's language giving what a sighted reader takes in at a
//! glance (the largest and smallest values, the total where adding up makes sense, the change from first to last for
//! lines and periods). Every number is given in full; the table beside the chart has all of them.
//!
//! Figures across periods are never added up: a month-end count (低保对象 at the end of each month) summed over
//! months is no number of anything, and the description cannot tell such stocks from flows. A series of periods is
//! described by its first and latest figures, the change between them, its highest and its lowest; a total is
//! given only for a breakdown into categories, whose parts make up a whole.

use super::plot::{Plot, tidy_sum};
use crate::format::{self, is_zh};
use crate::model::chart::ChartKind;
use crate::model::series::Period;

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
            let periods = of_periods(&plot.categories);
            let timeline = plot.kind == ChartKind::Line || periods;
            if !several {
                out.push(if periods { w.periods(n) } else { w.items(n) });
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
                if !timeline
                    && format::scalable(&plot.unit)
                    && s.values.iter().flatten().count() > 1
                {
                    let sum = tidy_sum(s.values.iter().flatten().copied());
                    parts.push(format!("{}{}", w.total, amount(sum)));
                }
                let missing: Vec<&str> = s
                    .values
                    .iter()
                    .zip(&plot.categories)
                    .filter(|(v, _)| v.is_none())
                    .map(|(_, c)| c.as_str())
                    .collect();
                if !missing.is_empty() {
                    parts.push(format!("{}{}", missing.join(w.list), w.no_data));
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

/// Categories that are all periods: months, quarters or years as a chart across periods labels them (`2023年10月`,
/// `October 2023`, `2023年第3季度`, `2021年`, `2022`), or months and quarters of one year written without it (`1月`,
/// `第一季度`). Their change from first to last is worth saying, and their sum is not.
fn of_periods(categories: &[String]) -> bool {
    categories.len() > 1
        && (categories.iter().all(|c| Period::parse(c).is_some())
            || categories.iter().all(|c| in_a_year(c)))
}

/// `1月` … `12月`, `一季度`, `第3季度`: a month or a quarter named without its year.
fn in_a_year(c: &str) -> bool {
    let c = c.trim();
    let number = |s: &str, most: u32| -> bool {
        let n = match s {
            "一" => 1,
            "二" => 2,
            "三" => 3,
            "四" => 4,
            _ => s.parse().unwrap_or(0),
        };
        (1..=most).contains(&n)
    };
    if let Some(m) = c.strip_suffix('月') {
        return number(m, 12);
    }
    c.strip_suffix("季度")
        .map(|q| q.strip_prefix('第').unwrap_or(q))
        .is_some_and(|q| number(q, 4))
}

/// The few words of the description, in Chinese or English.
struct Words {
    zh: bool,
    colon: &'static str,
    semicolon: &'static str,
    list: &'static str,
    open: &'static str,
    close: &'static str,
    total: &'static str,
    no_data: &'static str,
}

impl Words {
    fn new(zh: bool) -> Words {
        if zh {
            Words {
                zh,
                colon: "：",
                semicolon: "；",
                list: "、",
                open: "（",
                close: "）",
                total: "合计",
                no_data: "无数据",
            }
        } else {
            Words {
                zh,
                colon: ": ",
                semicolon: "; ",
                list: ", ",
                open: " (",
                close: ")",
                total: "total ",
                no_data: ": no data",
            }
        }
    }

    fn kind(&self, k: ChartKind) -> String {
        let (zh, en) = match k {
            ChartKind::Bar => ("柱状图", "Bar chart"),
            ChartKind::GroupedBar => ("分组柱状图", "Grouped bar chart"),
            ChartKind::StackedBar => ("堆积柱状图", "Stacked bar chart"),
            ChartKind::Line => ("折线图", "Line chart"),
            ChartKind::Pie => ("饼图", "Pie chart"),
            ChartKind::Donut => ("环形图", "Donut chart"),
            ChartKind::Figure => ("关键数字", "Key figure"),
        };
        if self.zh { zh } else { en }.to_string()
    }

    fn panels(&self, k: ChartKind, units: &[&str]) -> String {
        if self.zh {
            format!(
                "{}，按单位分为{}幅小图（{}），各有自己的数轴",
                self.kind(k),
                units.len(),
                units.join(self.list)
            )
        } else {
            format!(
                "{}, drawn as {} small charts, one for each unit ({}), each with its own axis",
                self.kind(k),
                units.len(),
                units.join(self.list)
            )
        }
    }

    fn points(&self, n: &str) -> String {
        if self.zh {
            format!("{n}个百分点")
        } else {
            format!("{n} percentage points")
        }
    }

    fn periods(&self, n: usize) -> String {
        if self.zh {
            format!("共{n}期")
        } else {
            format!("{n} periods")
        }
    }

    fn items(&self, n: usize) -> String {
        if self.zh {
            format!("共{n}项")
        } else {
            format!("{n} items")
        }
    }

    fn parts(&self, n: usize, total: &str) -> String {
        if self.zh {
            format!("共{n}部分，合计{total}")
        } else {
            format!("{n} parts, {} in total", total)
        }
    }

    fn slice(&self, cat: &str, v: &str, share: &str, largest: bool) -> String {
        match (self.zh, largest) {
            (true, true) => format!("{cat}最大，{v}，占{share}%"),
            (true, false) => format!("{cat}最小，{v}，占{share}%"),
            (false, true) => format!("largest: {cat}, {v} ({share}%)"),
            (false, false) => format!("smallest: {cat}, {v} ({share}%)"),
        }
    }

    fn extreme(&self, cat: &str, v: &str, largest: bool) -> String {
        match (self.zh, largest) {
            (true, true) => format!("最高为{cat}，{v}"),
            (true, false) => format!("最低为{cat}，{v}"),
            (false, true) => format!("highest {cat}, {v}"),
            (false, false) => format!("lowest {cat}, {v}"),
        }
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
        if self.zh {
            let (verb, rate) = if sign >= 0.0 {
                ("增加", "增长")
            } else {
                ("减少", "下降")
            };
            let pct = pct.map_or(String::new(), |p| format!("（{rate}{p}%）"));
            if sign == 0.0 {
                format!("{from}和{to}均为{to_v}")
            } else {
                format!("从{from}的{from_v}变为{to}的{to_v}，{verb}{diff}{pct}")
            }
        } else {
            let (verb, rate) = if sign >= 0.0 {
                ("up", "+")
            } else {
                ("down", "−")
            };
            let pct = pct.map_or(String::new(), |p| format!(" ({rate}{p}%)"));
            if sign == 0.0 {
                format!("{to_v} in both {from} and {to}")
            } else {
                format!("from {from_v} in {from} to {to_v} in {to}, {verb} {diff}{pct}")
            }
        }
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
