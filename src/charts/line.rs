//! Lines over time, one or several. Each line has its own dash and marker as well as its colour, and its values are
//! written at the points (at the two ends only when the points are too close for every value).

use super::axis::Scale;
use super::legend::{self, Swatch};
use super::measure::{FONT, LINE, widest_word, width, wrap_balanced};
use super::palette::{GRID, MUTED};
use super::plot::{Plot, ValueAxis};
use super::scene::{Anchor, Box2, Item, Marker, Scene, Text, dash, text_box};

const PLOT_HEIGHT: f64 = 200.0;
/// Room between a point and its value, clear of the marker.
const OFFSET: f64 = 12.0;

pub fn layout(plot: &Plot) -> Scene {
    let mut scene = Scene::new(plot.width);
    let n = plot.categories.len();
    let y = legend::legend(&mut scene, plot, 2.0, plot.width, Swatch::Line);
    let top = legend::unit_line(&mut scene, plot, y, plot.width);
    if n == 0 {
        scene.height = top;
        return scene;
    }
    let values = plot
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten().copied());
    let (mut lo, mut hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    if !lo.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    if plot.y_from_zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    let ValueAxis {
        ticks,
        labels: tick_labels,
        left,
        right,
        gw,
    } = plot.value_axis(lo, hi, n);
    let xs: Vec<f64> = (0..n).map(|i| left + (i as f64 + 0.5) * gw).collect();

    let plot_top = top + LINE + OFFSET + 4.0;
    let plot_bottom = plot_top + PLOT_HEIGHT;
    let scale = ticks.onto(plot_bottom, plot_top);
    for (v, label) in scale.ticks.iter().zip(&tick_labels) {
        let y = scale.at(*v);
        scene.push(Item::Line {
            points: vec![(left, y), (right, y)],
            color: if *v == 0.0 { MUTED } else { GRID },
            width: 1,
            dash: None,
        });
        scene.text(Text::label(left - 6.0, y - FONT * 0.45, Anchor::End, label.clone()).muted());
    }

    for (si, s) in plot.series.iter().enumerate() {
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut runs = Vec::new();
        for (i, v) in s.values.iter().enumerate() {
            match v {
                Some(v) => run.push((xs[i], scale.at(*v))),
                None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                None => {}
            }
        }
        runs.push(run);
        for r in runs.into_iter().filter(|r| r.len() > 1) {
            scene.push(Item::Line {
                points: r,
                color: s.color,
                width: 3,
                dash: dash(si),
            });
        }
    }
    for (si, s) in plot.series.iter().enumerate() {
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                scene.push(Item::Marker {
                    x: xs[i],
                    y: scale.at(*v),
                    shape: Marker::nth(si),
                    color: s.color,
                });
            }
        }
    }

    let mut lowest = plot_bottom;
    if plot.value_labels {
        let labels = value_labels(plot, &xs, gw, &scale, top);
        for t in labels {
            lowest = lowest.max(t.bounds().y1);
            scene.text(t);
        }
    }

    let cat_top = (plot_bottom + 12.0).max(lowest + 6.0);
    let mut bottom = cat_top;
    // When points are too close for every category name, only every `step`-th is written, so names never crowd and
    // no word of a name (the year of `2023年7月`) is split over two lines.
    let widest = plot
        .categories
        .iter()
        .map(|c| widest_word(c, FONT))
        .fold(0.0, f64::max);
    let step = (30.0_f64.max(widest + 6.0) / gw).ceil().max(1.0) as usize;
    for (i, c) in plot.categories.iter().enumerate().step_by(step) {
        let mut y = cat_top;
        // A name at either end may not leave the picture.
        let room = 2.0 * (xs[i].min(plot.width - xs[i]) - 2.0);
        for l in wrap_balanced(c, FONT, (step as f64 * gw - 6.0).min(room)) {
            scene.text(Text::label(xs[i], y, Anchor::Middle, l));
            y += LINE;
        }
        bottom = bottom.max(y);
    }
    scene.height = bottom + 4.0;
    scene
}

/// The value texts: every point's when each fits its column, else the first and last of each line. At one x the
/// highest point's value goes above it; the others go above or below their point, whichever is free, or are pushed
/// down until they are.
fn value_labels(plot: &Plot, xs: &[f64], gw: f64, scale: &Scale, top: f64) -> Vec<Text> {
    let n = xs.len();
    let every = plot
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .all(|v| width(&plot.label(*v), FONT) <= gw - 4.0);
    let markers: Vec<Box2> = plot
        .series
        .iter()
        .flat_map(|s| s.values.iter().enumerate())
        .filter_map(|(i, v)| {
            let (x, y) = (xs[i], scale.at((*v)?));
            Some(Box2 {
                x0: x - 8.0,
                y0: y - 8.0,
                x1: x + 8.0,
                y1: y + 8.0,
            })
        })
        .collect();
    let ends: Vec<usize> = plot
        .series
        .iter()
        .flat_map(|s| {
            let first = s.values.iter().position(Option::is_some);
            let last = s.values.iter().rposition(Option::is_some);
            [first, last]
        })
        .flatten()
        .collect();
    let mut placed: Vec<Text> = Vec::new();
    for (i, &x) in xs.iter().enumerate() {
        let mut at_x: Vec<(f64, f64)> = plot
            .series
            .iter()
            .filter_map(|s| s.values[i])
            .map(|v| (scale.at(v), v))
            .collect();
        if at_x.is_empty() {
            continue;
        }
        if !every && !ends.contains(&i) {
            continue;
        }
        let anchor = if every || n == 1 {
            Anchor::Middle
        } else if i == 0 {
            Anchor::Start
        } else {
            Anchor::End
        };
        let tx = match anchor {
            Anchor::Middle => x,
            Anchor::Start => x - gw / 2.0 + 2.0,
            Anchor::End => x + gw / 2.0 - 2.0,
        };
        at_x.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (py, v) in at_x {
            let text = plot.label(v);
            let w = width(&text, FONT);
            let free = |ty: f64, placed: &[Text]| {
                let b = text_box(tx, ty, anchor, w, FONT).grow(1.5);
                b.y0 >= top
                    && !placed.iter().any(|o| o.bounds().overlaps(&b))
                    && !markers.iter().any(|m| m.overlaps(&b))
            };
            let above = py - OFFSET - FONT;
            let below = py + OFFSET;
            let ty = if free(above, &placed) {
                above
            } else if free(below, &placed) {
                below
            } else {
                let mut ty = below;
                while !free(ty, &placed) {
                    ty += 2.0;
                }
                ty
            };
            placed.push(Text::label(tx, ty, anchor, text).value(v));
        }
    }
    placed
}
