//! Charts drawn at build time: a chart spec and its dataset become an SVG that reads without JavaScript, carries its
//! own text alternative, and sits in the page beside the table of its numbers.
//!
//! The layouts are written here rather than left to plotters' chart builder because plotters measures text by its
//! UTF-8 bytes (a Chinese label counts three times, not once) and can turn text only by 90°. Each layout places
//! every mark and every line of text with the widths of [`measure`], and [`draw`] hands the result to plotters'
//! SVG backend. The pipeline for one chart:
//!
//! [`plot::Plot`] (numbers and words) → layout ([`bar`], [`line`], [`pie`], [`figure`]) → [`scene::Scene`] →
//! [`draw`] (plotters) → [`svg`] (role, title, desc, ids) and, in the page, [`embed`] (figure, caption, table).

pub mod axis;
pub mod bar;
pub mod describe;
pub mod draw;
pub mod embed;
pub mod figure;
pub mod legend;
pub mod line;
pub mod measure;
pub mod palette;
pub mod pie;
pub mod plot;
pub mod scene;
pub mod svg;

#[cfg(test)]
mod tests;

use crate::model::chart::{ChartKind, Orientation};
use draw::DrawError;
use plot::Plot;
use scene::{Anchor, Scene, Text};

/// Width of every chart in SVG units. The page shows it at this size where there is room and shrinks it on narrow
/// screens; see [`measure::FONT`] for why text stays legible at 360 px.
pub const WIDTH: f64 = 400.0;

/// The plot area and its labels, without title or source.
pub fn layout(plot: &Plot) -> Scene {
    if !plot.panels.is_empty() {
        return small_multiples(plot);
    }
    match plot.kind {
        ChartKind::Bar | ChartKind::GroupedBar | ChartKind::StackedBar => bar::layout(plot),
        ChartKind::Line => line::layout(plot),
        ChartKind::Pie | ChartKind::Donut => pie::layout(plot),
        ChartKind::Figure => figure::layout(plot),
    }
}

/// Space between two panels of small multiples, in SVG units.
const PANEL_GAP: f64 = 24.0;

/// Small multiples: each panel under its heading, one above the other, each with its own axis and unit line. Bars
/// are upright in every panel or in none, so panels that share their categories show them alike.
fn small_multiples(plot: &Plot) -> Scene {
    let bars = matches!(
        plot.kind,
        ChartKind::Bar | ChartKind::GroupedBar | ChartKind::StackedBar
    );
    let upright = !bars || plot.panels.iter().all(bar::fits_upright);
    let mut scene = Scene::new(plot.width);
    for (i, panel) in plot.panels.iter().enumerate() {
        let mut panel = panel.clone();
        if panel.orientation == Orientation::Auto && !upright {
            panel.orientation = Orientation::Horizontal;
        }
        let mut y = scene.height + if i == 0 { 2.0 } else { PANEL_GAP };
        if !panel.heading.is_empty() {
            y = scene.paragraph(
                Text::label(2.0, y, Anchor::Start, panel.heading.clone())
                    .sized(measure::FONT, true),
                plot.width - 4.0,
            ) + 4.0;
        }
        scene.height = y;
        scene.append(layout(&panel));
    }
    scene
}

/// The words around a chart in its own file, where no page gives them: title and subtitle above, note and source
/// below.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    pub title: String,
    pub subtitle: String,
    pub footer: Vec<String>,
}

/// The chart inside `frame`: the picture written to `charts/ID.svg`.
pub fn framed(frame: &Frame, body: Scene) -> Scene {
    let mut scene = Scene::new(WIDTH);
    let mut y = scene.paragraph(
        Text::label(2.0, 2.0, Anchor::Start, frame.title.clone()).sized(20.0, true),
        WIDTH - 4.0,
    );
    if !frame.subtitle.is_empty() {
        y = scene.paragraph(
            Text::label(2.0, y, Anchor::Start, frame.subtitle.clone()).muted(),
            WIDTH - 4.0,
        );
    }
    scene.height = y + 10.0;
    scene.append(body);
    let mut y = scene.height + 8.0;
    for line in &frame.footer {
        y = scene.paragraph(
            Text::label(2.0, y, Anchor::Start, line.clone()).muted(),
            WIDTH - 4.0,
        );
    }
    scene.height = y + 2.0;
    scene
}

/// The finished SVG of `plot`, framed for a file of its own or bare for a page that shows title and source itself.
pub fn svg(plot: &Plot, labels: svg::Labels, frame: Option<&Frame>) -> Result<String, DrawError> {
    let body = layout(plot);
    let scene = match frame {
        Some(f) => framed(f, body),
        None => body,
    };
    let raw = draw::svg(&scene)?;
    svg::finish(&raw, &scene, labels)
}
