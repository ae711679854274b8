//! Pies and donuts of at most six slices, starting at twelve o'clock and going clockwise in row order. Every slice is
//! named outside the circle, with its value and share, joined to it by a line; labels on the right of the circle
//! belong to slices on the right, and are moved apart vertically so none touch. Slices are separated by white lines.

use std::f64::consts::PI;

use super::WIDTH;
use super::measure::{FONT, LINE, wrap, wrap_balanced};
use super::palette::{BACKGROUND, INK, MUTED};
use super::plot::{Plot, tidy_sum};
use super::scene::{Anchor, Item, Scene, Text};
use crate::format;
use crate::format::strings::{Phrase, t};
use crate::model::chart::ChartKind;

const RADIUS: f64 = 72.0;
const HOLE: f64 = 44.0;
/// Gap between the circle and its labels.
const GAP: f64 = 16.0;

struct Label {
    lines: Vec<(String, Option<f64>)>,
    right: bool,
    desired: f64,
    edge: (f64, f64),
}

pub fn layout(plot: &Plot) -> Scene {
    let mut scene = Scene::new(WIDTH);
    let Some(series) = plot.series.first() else {
        return scene;
    };
    let values: Vec<f64> = series
        .values
        .iter()
        .map(|v| v.unwrap_or(0.0).max(0.0))
        .collect();
    let total = tidy_sum(values.iter().copied());
    if total <= 0.0 {
        return scene;
    }
    let cx = WIDTH / 2.0;
    let cy = 2.0 + LINE + RADIUS;
    let column = cx - RADIUS - GAP - 2.0;

    let mut labels = Vec::new();
    let mut start = -PI / 2.0;
    for (i, v) in values.iter().enumerate() {
        let sweep = v / total * 2.0 * PI;
        let end = start + sweep;
        let color = plot.slice_colors.get(i).copied().unwrap_or(series.color);
        scene.push(Item::Polygon {
            points: slice(cx, cy, start, end, plot.kind == ChartKind::Donut),
            fill: color,
        });
        let mid = (start + end) / 2.0;
        let right = mid.cos() >= 0.0;
        let mut lines: Vec<(String, Option<f64>)> =
            wrap_balanced(&plot.categories[i], FONT, column)
                .into_iter()
                .map(|l| (l, None))
                .collect();
        let share = format::decimals(v / total * 100.0, 1);
        for l in wrap(&format::amount(*v, &plot.unit, &plot.lang), FONT, column) {
            lines.push((l, Some(*v)));
        }
        lines.push((format!("{share}%"), None));
        labels.push(Label {
            lines,
            right,
            desired: cy + (RADIUS + GAP) * mid.sin() - FONT * 0.5,
            edge: (
                cx + (RADIUS + 3.0) * mid.cos(),
                cy + (RADIUS + 3.0) * mid.sin(),
            ),
        });
        start = end;
    }
    start = -PI / 2.0;
    for v in &values {
        let (x, y) = (start.cos(), start.sin());
        let inner = if plot.kind == ChartKind::Donut {
            HOLE
        } else {
            0.0
        };
        scene.push(Item::Line {
            points: vec![
                (cx + inner * x, cy + inner * y),
                (cx + (RADIUS + 1.0) * x, cy + (RADIUS + 1.0) * y),
            ],
            color: BACKGROUND,
            width: 2,
            dash: None,
        });
        start += v / total * 2.0 * PI;
    }

    let mut bottom = cy + RADIUS + 8.0;
    for right in [false, true] {
        let mut side: Vec<&Label> = labels.iter().filter(|l| l.right == right).collect();
        side.sort_by(|a, b| a.desired.total_cmp(&b.desired));
        let mut y = 2.0;
        for l in side {
            let top = l.desired.max(y);
            let x = if right {
                cx + RADIUS + GAP
            } else {
                cx - RADIUS - GAP
            };
            let anchor = if right { Anchor::Start } else { Anchor::End };
            scene.push(Item::Line {
                points: vec![
                    l.edge,
                    (x + if right { -3.0 } else { 3.0 }, top + FONT * 0.5),
                ],
                color: MUTED,
                width: 1,
                dash: None,
            });
            let mut ty = top;
            for (text, value) in &l.lines {
                let t = Text::label(x, ty, anchor, text.clone());
                scene.text(match value {
                    Some(v) => t.value(*v),
                    None => t.muted(),
                });
                ty += LINE;
            }
            y = ty + 6.0;
            bottom = bottom.max(ty);
        }
    }

    if plot.kind == ChartKind::Donut {
        let sum = format::amount(total, &plot.unit, &plot.lang);
        let total_word = t(&plot.lang, Phrase::Total);
        let fits = [sum.as_str(), total_word]
            .iter()
            .all(|s| super::measure::width(s, FONT) <= 2.0 * HOLE - 10.0);
        if fits {
            scene.text(Text::label(cx, cy - LINE + 2.0, Anchor::Middle, total_word).muted());
            scene.text(Text::label(cx, cy + 1.0, Anchor::Middle, sum).coloured(INK));
        }
    }
    scene.height = bottom + 4.0;
    scene
}

/// The outline of a slice (or of a ring segment, for donuts), with a point every two degrees or so.
fn slice(cx: f64, cy: f64, a0: f64, a1: f64, ring: bool) -> Vec<(f64, f64)> {
    let steps = (((a1 - a0) / (PI / 90.0)).ceil() as usize).max(1);
    let arc = |r: f64| -> Vec<(f64, f64)> {
        (0..=steps)
            .map(|k| {
                let a = a0 + (a1 - a0) * k as f64 / steps as f64;
                (cx + r * a.cos(), cy + r * a.sin())
            })
            .collect()
    };
    let mut points = arc(RADIUS);
    if ring {
        let mut inner = arc(HOLE);
        inner.reverse();
        points.extend(inner);
    } else {
        points.push((cx, cy));
    }
    points
}
