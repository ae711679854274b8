//! The key above a chart of several series, and the unit line. Legends are drawn only when there is more than one
//! series; single-series charts name their column in the caption and the unit line.

use super::measure::{FONT, LINE, width, wrap};
use super::plot::Plot;
use super::scene::{Anchor, Item, Scene, Text, dash};
use crate::format::strings::{Phrase, t};

/// How a legend entry shows its series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    Block,
    Line,
}

const BLOCK: f64 = 14.0;
const LINE_SAMPLE: f64 = 30.0;
const GAP: f64 = 6.0;
const ITEM_GAP: f64 = 18.0;

/// Draws the legend from `y` across `width`, flowing into rows; returns the y below it.
pub fn legend(scene: &mut Scene, plot: &Plot, y: f64, width_max: f64, swatch: Swatch) -> f64 {
    if plot.series.len() < 2 {
        return y;
    }
    let sample = match swatch {
        Swatch::Block => BLOCK,
        Swatch::Line => LINE_SAMPLE,
    };
    let text_max = width_max - sample - GAP - 4.0;
    let mut x = 2.0;
    let mut row_top = y;
    let mut row_height: f64 = LINE;
    for (i, s) in plot.series.iter().enumerate() {
        let lines = wrap(&s.label, FONT, text_max);
        let text_w = lines.iter().map(|l| width(l, FONT)).fold(0.0, f64::max);
        let item_w = sample + GAP + text_w;
        if x > 2.0 && x + item_w > width_max - 2.0 {
            x = 2.0;
            row_top += row_height + 4.0;
            row_height = LINE;
        }
        let mid = row_top + FONT * 0.5;
        match swatch {
            Swatch::Block => scene.push(Item::Rect {
                x0: x,
                y0: mid - BLOCK / 2.0,
                x1: x + BLOCK,
                y1: mid + BLOCK / 2.0,
                fill: s.color,
            }),
            Swatch::Line => {
                scene.push(Item::Line {
                    points: vec![(x, mid), (x + LINE_SAMPLE, mid)],
                    color: s.color,
                    width: 3,
                    dash: dash(i),
                });
                scene.push(Item::Marker {
                    x: x + LINE_SAMPLE / 2.0,
                    y: mid,
                    shape: super::scene::Marker::nth(i),
                    color: s.color,
                });
            }
        }
        let mut ty = row_top;
        for l in &lines {
            scene.text(Text::label(x + sample + GAP, ty, Anchor::Start, l.clone()));
            ty += LINE;
        }
        row_height = row_height.max(lines.len() as f64 * LINE);
        x += item_w + ITEM_GAP;
    }
    row_top + row_height + 6.0
}

/// `单位：人` at the top left, for charts whose numbers are written without their unit.
pub fn unit_line(scene: &mut Scene, plot: &Plot, y: f64, width_max: f64) -> f64 {
    if plot.unit.is_empty() || plot.unit == "%" {
        return y;
    }
    let text = format!("{}{}", t(&plot.lang, Phrase::Unit), plot.unit);
    scene.paragraph(
        Text::label(2.0, y, Anchor::Start, text).muted(),
        width_max - 4.0,
    ) + 4.0
}
