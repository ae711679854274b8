//! Bars: single, grouped and stacked, vertical or horizontal. Bars always start at zero and carry their value as
//! text. Vertical bars need their category names to fit under them in two lines and their values above them; when
//! they do not (plotters can turn text only by 90°, which nobody should have to read), the chart is laid out
//! horizontally, with each category's name on its own line above its bars, where any length fits. Stacks are drawn
//! one rectangle per segment, with white gaps between segments.

use super::axis::Scale;
use super::legend::{self, Swatch};
use super::measure::{FONT, LINE, widest_word, width, wrap_balanced};
use super::palette::{self, GRID, MUTED};
use super::plot::{Plot, ValueAxis};
use super::scene::{Anchor, Item, Scene, Text};
use crate::format::strings::{Phrase, t};
use crate::model::chart::{ChartKind, Orientation};

const PLOT_HEIGHT: f64 = 200.0;
const BAR: f64 = 20.0;
const STACK: f64 = 26.0;
/// Height of a text box (see `scene::text_box`).
const TEXT_H: f64 = FONT * 1.1;

pub fn layout(plot: &Plot) -> Scene {
    let stacked = plot.kind == ChartKind::StackedBar;
    match plot.orientation {
        Orientation::Horizontal => horizontal(plot, stacked),
        o => vertical(plot, stacked, o == Orientation::Vertical)
            .unwrap_or_else(|| horizontal(plot, stacked)),
    }
}

/// Whether the bars fit upright (see the module's doc); small multiples ask before drawing, so that every panel of a
/// chart is laid out the same way.
pub fn fits_upright(plot: &Plot) -> bool {
    vertical(plot, plot.kind == ChartKind::StackedBar, false).is_some()
}

fn header(scene: &mut Scene, plot: &Plot) -> f64 {
    let y = legend::legend(scene, plot, 2.0, plot.width, Swatch::Block);
    legend::unit_line(scene, plot, y, plot.width)
}

/// Lowest and highest value the axis must reach (stack totals for stacks), always including zero.
fn extent(plot: &Plot, stacked: bool) -> (f64, f64) {
    let mut lo: f64 = 0.0;
    let mut hi: f64 = 0.0;
    for ci in 0..plot.categories.len() {
        let vals = plot
            .series
            .iter()
            .filter_map(|s| s.values.get(ci).copied().flatten());
        if stacked {
            hi = hi.max(vals.filter(|v| *v > 0.0).sum());
        } else {
            for v in vals {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    (lo, hi)
}

/// What stands where a value is missing: the words if they fit, else a dash.
fn missing(plot: &Plot, room: f64) -> String {
    let words = t(&plot.lang, Phrase::NoData);
    if width(words, FONT) <= room {
        words.to_string()
    } else {
        "—".to_string()
    }
}

fn vertical(plot: &Plot, stacked: bool, forced: bool) -> Option<Scene> {
    let n = plot.categories.len();
    let m = plot.series.len().max(1);
    if n == 0 {
        return None;
    }
    let (lo, hi) = extent(plot, stacked);
    let ValueAxis {
        ticks,
        labels: tick_labels,
        left,
        right,
        gw,
    } = plot.value_axis(lo, hi, n);
    if gw < 24.0 {
        return None;
    }
    let max_lines = if forced { usize::MAX } else { 2 };
    // A name is upright only if none of its words (the year of `2023年7月`) has to be split under its bar.
    if !forced
        && plot
            .categories
            .iter()
            .any(|c| widest_word(c, FONT) > gw - 6.0)
    {
        return None;
    }
    let cats: Vec<Vec<String>> = plot
        .categories
        .iter()
        .map(|c| wrap_balanced(c, FONT, gw - 6.0))
        .collect();
    if cats.iter().any(|l| l.len() > max_lines) {
        return None;
    }
    let single_w = (gw * 0.6).min(64.0);
    let slot = if m == 1 {
        gw - 4.0
    } else {
        gw * 0.84 / m as f64
    };
    if plot.value_labels && !stacked {
        for s in &plot.series {
            for v in &s.values {
                let text = v.map_or_else(|| missing(plot, slot - 2.0), |v| plot.label(v));
                if width(&text, FONT) > slot - 2.0 {
                    return None;
                }
            }
        }
    }

    let mut scene = Scene::new(plot.width);
    let top = header(&mut scene, plot);
    let plot_top = top + LINE + 6.0;
    let plot_bottom = plot_top + PLOT_HEIGHT;
    let scale = ticks.onto(plot_bottom, plot_top);
    for (v, label) in scale.ticks.iter().zip(&tick_labels) {
        let y = scale.at(*v);
        scene.push(Item::Line {
            points: vec![(left, y), (right, y)],
            color: GRID,
            width: 1,
            dash: None,
        });
        scene.text(Text::label(left - 6.0, y - FONT * 0.45, Anchor::End, label.clone()).muted());
    }
    let zero = scale.at(0.0);
    let mut lowest = plot_bottom;
    for ci in 0..n {
        let gx = left + ci as f64 * gw;
        if stacked {
            let labels = stack_vertical(&mut scene, plot, ci, gx, gw, &scale, top, plot_bottom)?;
            lowest = lowest.max(labels);
            continue;
        }
        for (si, s) in plot.series.iter().enumerate() {
            let (x0, bw) = if m == 1 {
                (gx + (gw - single_w) / 2.0, single_w)
            } else {
                (gx + gw * 0.08 + si as f64 * slot + 1.5, slot - 3.0)
            };
            let cx = x0 + bw / 2.0;
            match s.values[ci] {
                Some(v) => {
                    let yv = scale.at(v);
                    scene.push(Item::Rect {
                        x0,
                        y0: yv.min(zero),
                        x1: x0 + bw,
                        y1: yv.max(zero),
                        fill: s.color,
                    });
                    if plot.value_labels {
                        let ty = if v >= 0.0 { yv - 4.0 - FONT } else { yv + 4.0 };
                        lowest = lowest.max(ty + FONT);
                        scene.text(Text::label(cx, ty, Anchor::Middle, plot.label(v)).value(v));
                    }
                }
                None if plot.value_labels => {
                    let room = if m == 1 { gw - 6.0 } else { slot - 2.0 };
                    scene.text(
                        Text::label(cx, zero - 4.0 - FONT, Anchor::Middle, missing(plot, room))
                            .muted(),
                    );
                }
                None => {}
            }
        }
    }
    scene.push(Item::Line {
        points: vec![(left, zero), (right, zero)],
        color: MUTED,
        width: 1,
        dash: None,
    });
    let cat_top = (plot_bottom + 12.0).max(lowest + 6.0);
    let mut bottom = cat_top;
    for (ci, lines) in cats.iter().enumerate() {
        let cx = left + (ci as f64 + 0.5) * gw;
        let mut y = cat_top;
        for l in lines {
            scene.text(Text::label(cx, y, Anchor::Middle, l.clone()));
            y += LINE;
        }
        bottom = bottom.max(y);
    }
    scene.height = bottom + 4.0;
    Some(scene)
}

/// One vertical stack. Values go inside their segment when they fit; otherwise to the right of the bar, joined to
/// their segment by a short line and moved apart so they never touch. Returns the lowest text bottom, or `None` when
/// the labels cannot be placed (the chart is then drawn horizontally).
#[allow(clippy::too_many_arguments)]
fn stack_vertical(
    scene: &mut Scene,
    plot: &Plot,
    ci: usize,
    gx: f64,
    gw: f64,
    scale: &Scale,
    top: f64,
    plot_bottom: f64,
) -> Option<f64> {
    let segments: Vec<(usize, f64, f64, f64)> = {
        let mut base = 0.0;
        let mut out = Vec::new();
        for (si, s) in plot.series.iter().enumerate() {
            if let Some(v) = s.values[ci].filter(|v| *v > 0.0) {
                out.push((si, v, scale.at(base), scale.at(base + v)));
                base += v;
            } else if let Some(v) = s.values[ci] {
                out.push((si, v, scale.at(base), scale.at(base)));
            }
        }
        out
    };
    let fits = |bw: f64, v: f64, y_lo: f64, y_hi: f64, si: usize| {
        y_lo - y_hi >= TEXT_H + 4.0
            && width(&plot.label(v), FONT) <= bw - 6.0
            && palette::text_on(plot.series[si].color).is_some()
    };
    let centred = (gw * 0.6).min(64.0);
    let all_inside = !plot.value_labels
        || segments
            .iter()
            .all(|&(si, v, a, b)| fits(centred, v, a, b, si));
    let (x0, bw) = if all_inside {
        (gx + (gw - centred) / 2.0, centred)
    } else {
        (gx + gw * 0.06, (gw * 0.42).min(56.0))
    };
    let mut beside: Vec<(f64, f64, f64)> = Vec::new();
    for &(si, v, y_lo, y_hi) in &segments {
        let s = &plot.series[si];
        scene.push(Item::Rect {
            x0,
            y0: y_hi + 1.0,
            x1: x0 + bw,
            y1: y_lo - 1.0,
            fill: s.color,
        });
        if !plot.value_labels {
            continue;
        }
        let mid = (y_lo + y_hi) / 2.0;
        if fits(bw, v, y_lo, y_hi, si) {
            let c = palette::text_on(s.color).unwrap_or(palette::INK);
            scene.text(
                Text::label(
                    x0 + bw / 2.0,
                    mid - FONT * 0.45,
                    Anchor::Middle,
                    plot.label(v),
                )
                .coloured(c)
                .value(v),
            );
        } else {
            beside.push((mid, v, mid - FONT * 0.45));
        }
    }
    if beside.is_empty() {
        return Some(plot_bottom);
    }
    let text_x = x0 + bw + 8.0;
    let room = gx + gw - 2.0 - text_x;
    if beside.iter().any(|b| width(&plot.label(b.1), FONT) > room) {
        return None;
    }
    let gap = TEXT_H + 2.0;
    let (min_top, max_top) = (top + 2.0, plot_bottom - FONT);
    beside.sort_by(|a, b| a.2.total_cmp(&b.2));
    let mut tops: Vec<f64> = beside.iter().map(|b| b.2).collect();
    for i in 0..tops.len() {
        let floor = if i == 0 { min_top } else { tops[i - 1] + gap };
        tops[i] = tops[i].max(floor);
    }
    for i in (0..tops.len()).rev() {
        let ceiling = if i + 1 == tops.len() {
            max_top
        } else {
            tops[i + 1] - gap
        };
        tops[i] = tops[i].min(ceiling);
    }
    if tops.first().is_some_and(|t| *t < min_top) {
        return None;
    }
    for ((mid, v, _), ty) in beside.iter().zip(&tops) {
        scene.push(Item::Line {
            points: vec![(x0 + bw + 1.0, *mid), (text_x - 2.0, ty + FONT * 0.45)],
            color: MUTED,
            width: 1,
            dash: None,
        });
        scene.text(Text::label(text_x, *ty, Anchor::Start, plot.label(*v)).value(*v));
    }
    Some(plot_bottom)
}

fn horizontal(plot: &Plot, stacked: bool) -> Scene {
    let mut scene = Scene::new(plot.width);
    let top = header(&mut scene, plot);
    let (lo, hi) = extent(plot, stacked);
    let label_w = |f: &dyn Fn(f64) -> bool| -> f64 {
        plot.series
            .iter()
            .flat_map(|s| s.values.iter())
            .map(|v| match v {
                Some(v) if f(*v) => width(&plot.label(*v), FONT),
                None if f(0.0) => width(&missing(plot, f64::INFINITY), FONT),
                _ => 0.0,
            })
            .fold(0.0, f64::max)
    };
    let labels_at_ends = plot.value_labels && !stacked;
    let (pos_w, neg_w) = if labels_at_ends {
        (label_w(&|v| v >= 0.0), label_w(&|v| v < 0.0))
    } else {
        (0.0, 0.0)
    };
    let mut x_left = 2.0 + if neg_w > 0.0 { neg_w + 6.0 } else { 0.0 };
    let mut x_right = plot.width - 2.0 - if pos_w > 0.0 { pos_w + 6.0 } else { 0.0 };
    let axis = if plot.value_labels {
        None
    } else {
        let (s, labels, l, r) = bottom_ticks(plot, lo, hi);
        x_left = l;
        x_right = r;
        Some((s, labels))
    };
    let scale = match &axis {
        Some((s, _)) => s.clone().onto(x_left, x_right),
        None => Scale {
            lo,
            hi: if hi > lo { hi } else { lo + 1.0 },
            ticks: Vec::new(),
            from: x_left,
            to: x_right,
        },
    };
    let zero = scale.at(0.0);
    let mut y = top + 2.0;
    let bars_top = y;
    let first_item = scene.items.len();
    let mut first_bar: Option<f64> = None;
    let mut last_bar = y;
    for (ci, cat) in plot.categories.iter().enumerate() {
        y = scene.paragraph(
            Text::label(2.0, y, Anchor::Start, cat.clone()),
            plot.width - 4.0,
        );
        first_bar.get_or_insert(y);
        if stacked {
            y = stack_horizontal(&mut scene, plot, ci, y, &scale);
            last_bar = y;
        } else {
            for s in &plot.series {
                let mid = y + BAR / 2.0;
                match s.values[ci] {
                    Some(v) => {
                        let xv = scale.at(v);
                        scene.push(Item::Rect {
                            x0: xv.min(zero),
                            y0: y,
                            x1: xv.max(zero),
                            y1: y + BAR,
                            fill: s.color,
                        });
                        if plot.value_labels {
                            let (x, anchor) = if v >= 0.0 {
                                (xv + 6.0, Anchor::Start)
                            } else {
                                (xv - 6.0, Anchor::End)
                            };
                            scene.text(
                                Text::label(x, mid - FONT * 0.45, anchor, plot.label(v)).value(v),
                            );
                        }
                    }
                    None if plot.value_labels => scene.text(
                        Text::label(
                            zero + 6.0,
                            mid - FONT * 0.45,
                            Anchor::Start,
                            missing(plot, f64::INFINITY),
                        )
                        .muted(),
                    ),
                    None => {}
                }
                y += BAR + 3.0;
            }
            last_bar = y - 3.0;
        }
        y += 16.0;
    }
    scene.push(Item::Line {
        points: vec![(zero, first_bar.unwrap_or(bars_top)), (zero, last_bar)],
        color: MUTED,
        width: 1,
        dash: None,
    });
    if let Some((s, labels)) = axis {
        let scale = s.onto(x_left, x_right);
        for (v, l) in scale.ticks.iter().zip(labels) {
            let x = scale.at(*v);
            // Gridlines go under the bars: they come first in the picture.
            scene.items.insert(
                first_item,
                Item::Line {
                    points: vec![(x, first_bar.unwrap_or(bars_top)), (x, last_bar)],
                    color: GRID,
                    width: 1,
                    dash: None,
                },
            );
            scene.text(Text::label(x, last_bar + 6.0, Anchor::Middle, l).muted());
        }
        y = last_bar + 6.0 + LINE;
    }
    scene.height = y + 2.0;
    scene
}

/// Ticks for a horizontal axis at the bottom, as many as fit side by side; returns the scale, the labels and the
/// left and right ends of the axis (inset so the end labels stay inside the picture).
fn bottom_ticks(plot: &Plot, lo: f64, hi: f64) -> (Scale, Vec<String>, f64, f64) {
    let mut result = None;
    for max_ticks in (2..=5).rev() {
        let s = Scale::nice(lo, hi, max_ticks);
        let labels = plot.ticks(&s.ticks);
        let widths: Vec<f64> = labels.iter().map(|l| width(l, FONT)).collect();
        let l = 2.0 + widths.first().copied().unwrap_or(0.0) / 2.0;
        let r = plot.width - 2.0 - widths.last().copied().unwrap_or(0.0) / 2.0;
        let widest = widths.iter().copied().fold(0.0, f64::max);
        let spacing = (r - l) / (labels.len().max(2) - 1) as f64;
        let ok = spacing >= widest + 8.0;
        result = Some((s, labels, l, r));
        if ok {
            break;
        }
    }
    result.unwrap_or_else(|| (Scale::nice(lo, hi, 2), Vec::new(), 2.0, plot.width - 2.0))
}

/// One horizontal stack at `y`; values that do not fit inside their segment go on rows below the bar. Returns the
/// y below the stack and its labels.
fn stack_horizontal(scene: &mut Scene, plot: &Plot, ci: usize, y: f64, scale: &Scale) -> f64 {
    let mut base = 0.0;
    let mut below: Vec<(f64, f64)> = Vec::new();
    for s in &plot.series {
        let Some(v) = s.values[ci] else { continue };
        let (x0, x1) = (scale.at(base), scale.at(base + v.max(0.0)));
        base += v.max(0.0);
        scene.push(Item::Rect {
            x0: x0 + 1.0,
            y0: y,
            x1: (x1 - 1.0).max(x0 + 1.0),
            y1: y + STACK,
            fill: s.color,
        });
        if !plot.value_labels {
            continue;
        }
        let text = plot.label(v);
        match palette::text_on(s.color) {
            Some(c) if width(&text, FONT) <= x1 - x0 - 8.0 => scene.text(
                Text::label(
                    (x0 + x1) / 2.0,
                    y + STACK / 2.0 - FONT * 0.45,
                    Anchor::Middle,
                    text,
                )
                .coloured(c)
                .value(v),
            ),
            _ => below.push(((x0 + x1) / 2.0, v)),
        }
    }
    let mut bottom = y + STACK;
    let mut row = 0;
    let mut cursor = 2.0;
    for (mid, v) in below {
        let text = plot.label(v);
        let w = width(&text, FONT);
        let mut x = (mid - 4.0).max(cursor).max(2.0);
        if x + w > plot.width - 2.0 {
            if cursor > 2.0 && (mid - 4.0).max(2.0) + w <= plot.width - 2.0 {
                row += 1;
                x = (mid - 4.0).max(2.0);
            } else if cursor > 2.0 {
                row += 1;
                x = plot.width - 2.0 - w;
            } else {
                x = plot.width - 2.0 - w;
            }
        }
        let ty = y + STACK + 5.0 + row as f64 * LINE;
        scene.push(Item::Line {
            points: vec![(mid, y + STACK), (x + 3.0, ty - 1.0)],
            color: MUTED,
            width: 1,
            dash: None,
        });
        scene.text(Text::label(x, ty, Anchor::Start, text).value(v));
        cursor = x + w + 10.0;
        bottom = bottom.max(ty + LINE);
    }
    bottom
}
