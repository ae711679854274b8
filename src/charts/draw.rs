//! A [`Scene`] to SVG with plotters' SVG backend. Every coordinate is rounded to a whole unit here (the backend
//! takes integers), which also makes the output byte-identical from build to build. Text stays `<text>`: the
//! reader's browser draws it with the reader's fonts, so nothing here needs a font file.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::{BACKGROUND, Rgb};
use super::scene::{Anchor, Item, Marker, Scene};

/// Why plotters could not draw; with a string buffer as the target this should not happen, but is not assumed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawError(pub String);

fn colour(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

fn at(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// plotters writes `font-size` as the given size divided by 1.24; these sizes survive the round trip exactly.
pub fn backend_size(size: f64) -> f64 {
    size * 1.24
}

pub fn svg(scene: &Scene) -> Result<String, DrawError> {
    let mut buf = String::new();
    let size = (
        scene.width.ceil().max(1.0) as u32,
        scene.height.ceil().max(1.0) as u32,
    );
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        let fail = |e: DrawingAreaErrorKind<_>| DrawError(e.to_string());
        for item in &scene.items {
            match item {
                Item::Rect {
                    x0,
                    y0,
                    x1,
                    y1,
                    fill,
                } => root
                    .draw(&Rectangle::new(
                        [at(*x0, *y0), at(*x1, *y1)],
                        colour(*fill).filled(),
                    ))
                    .map_err(fail)?,
                Item::Line {
                    points,
                    color,
                    width,
                    dash,
                } => {
                    let pts: Vec<(i32, i32)> = points.iter().map(|p| at(p.0, p.1)).collect();
                    let style = colour(*color).stroke_width(*width);
                    match dash {
                        None => root.draw(&PathElement::new(pts, style)).map_err(fail)?,
                        Some((on, off)) => root
                            .draw(&DashedPathElement::new(pts, *on as i32, *off as i32, style))
                            .map_err(fail)?,
                    }
                }
                Item::Polygon { points, fill } => {
                    let pts: Vec<(i32, i32)> = points.iter().map(|p| at(p.0, p.1)).collect();
                    root.draw(&Polygon::new(pts, colour(*fill).filled()))
                        .map_err(fail)?
                }
                Item::Marker { x, y, shape, color } => {
                    draw_marker(&root, *x, *y, *shape, *color).map_err(fail)?
                }
                Item::Text(t) => {
                    let style = if t.bold {
                        FontStyle::Bold
                    } else {
                        FontStyle::Normal
                    };
                    let h = match t.anchor {
                        Anchor::Start => HPos::Left,
                        Anchor::Middle => HPos::Center,
                        Anchor::End => HPos::Right,
                    };
                    let c = colour(t.color);
                    let font =
                        TextStyle::from((FontFamily::SansSerif, backend_size(t.size), style))
                            .color(&c)
                            .pos(Pos::new(h, VPos::Top));
                    root.draw(&Text::new(t.text.as_str(), at(t.x, t.y), font))
                        .map_err(fail)?
                }
            }
        }
        root.present().map_err(fail)?;
    }
    Ok(buf)
}

/// Markers are 9 units across with a white rim, so they stand out where lines cross.
fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    x: f64,
    y: f64,
    shape: Marker,
    color: Rgb,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let c = colour(color);
    let rim = colour(BACKGROUND);
    let (cx, cy) = at(x, y);
    match shape {
        Marker::Circle => {
            root.draw(&Circle::new((cx, cy), 6, rim.filled()))?;
            root.draw(&Circle::new((cx, cy), 4, c.filled()))
        }
        Marker::Square => {
            root.draw(&Rectangle::new(
                [(cx - 6, cy - 6), (cx + 6, cy + 6)],
                rim.filled(),
            ))?;
            root.draw(&Rectangle::new(
                [(cx - 4, cy - 4), (cx + 4, cy + 4)],
                c.filled(),
            ))
        }
        Marker::Triangle => {
            root.draw(&Polygon::new(
                vec![(cx, cy - 8), (cx + 8, cy + 6), (cx - 8, cy + 6)],
                rim.filled(),
            ))?;
            root.draw(&Polygon::new(
                vec![(cx, cy - 5), (cx + 5, cy + 4), (cx - 5, cy + 4)],
                c.filled(),
            ))
        }
        Marker::Diamond => {
            root.draw(&Polygon::new(
                vec![(cx, cy - 8), (cx + 8, cy), (cx, cy + 8), (cx - 8, cy)],
                rim.filled(),
            ))?;
            root.draw(&Polygon::new(
                vec![(cx, cy - 5), (cx + 5, cy), (cx, cy + 5), (cx - 5, cy)],
                c.filled(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::measure::FONT;
    use crate::charts::scene::Text as Label;

    #[test]
    fn font_sizes_survive_plotters_arithmetic() {
        for size in [FONT, 20.0, 22.0, 44.0] {
            assert_eq!(format!("{}", backend_size(size) / 1.24), format!("{size}"));
        }
    }

    #[test]
    fn text_stays_text() {
        let mut s = Scene::new(100.0);
        s.height = 30.0;
        s.text(Label::label(2.0, 4.0, Anchor::Start, "城市低保 <&>"));
        let svg = svg(&s).unwrap();
        assert!(svg.contains("<text"), "{svg}");
        assert!(svg.contains("城市低保 &lt;&amp;&gt;"), "{svg}");
        assert!(svg.contains("font-size=\"17\""), "{svg}");
    }
}
