//! What a chart draws, in chart units, before it becomes SVG. Layouts produce a [`Scene`]; keeping it apart from
//! the drawing means the positions of all text can be checked (no overlap, nothing outside the picture) with the
//! same width estimate the layout used.

use super::measure::{self, FONT};
use super::palette::{INK, MUTED, Rgb};

/// Where the `x` of a text is: its left edge, centre or right edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// What a piece of text says, so the SVG can mark drawn values for tests and the page can style them.
#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    /// A category, series name, axis tick or note.
    Label,
    /// A data value drawn on a mark; carries the exact figure it shows.
    Value(f64),
}

/// One line of text. `y` is the top of the line; the drawing puts the baseline 0.76 em below it.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub size: f64,
    pub bold: bool,
    pub color: Rgb,
    pub text: String,
    pub role: Role,
}

impl Text {
    pub fn label(x: f64, y: f64, anchor: Anchor, text: impl Into<String>) -> Text {
        Text {
            x,
            y,
            anchor,
            size: FONT,
            bold: false,
            color: INK,
            text: text.into(),
            role: Role::Label,
        }
    }

    pub fn muted(mut self) -> Text {
        self.color = MUTED;
        self
    }

    pub fn value(mut self, v: f64) -> Text {
        self.role = Role::Value(v);
        self
    }

    pub fn sized(mut self, size: f64, bold: bool) -> Text {
        self.size = size;
        self.bold = bold;
        self
    }

    pub fn coloured(mut self, c: Rgb) -> Text {
        self.color = c;
        self
    }

    pub fn width(&self) -> f64 {
        let w = measure::width(&self.text, self.size);
        if self.bold { w * 1.05 } else { w }
    }

    /// The box the glyphs may cover: from a little above the top to the Latin descenders.
    pub fn bounds(&self) -> Box2 {
        text_box(self.x, self.y, self.anchor, self.width(), self.size)
    }
}

/// The box of a text line, as [`Text::bounds`] computes it, for code that knows only the numbers.
pub fn text_box(x: f64, y: f64, anchor: Anchor, width: f64, size: f64) -> Box2 {
    let x0 = match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - width / 2.0,
        Anchor::End => x - width,
    };
    Box2 {
        x0,
        y0: y - 0.1 * size,
        x1: x0 + width,
        y1: y + size,
    }
}

/// An axis-aligned box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Box2 {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Box2 {
    pub fn overlaps(&self, o: &Box2) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// The box with `m` more on every side: layouts keep this much apart, since drawing rounds every position.
    pub fn grow(&self, m: f64) -> Box2 {
        Box2 {
            x0: self.x0 - m,
            y0: self.y0 - m,
            x1: self.x1 + m,
            y1: self.y1 + m,
        }
    }

    pub fn inside(&self, width: f64, height: f64) -> bool {
        self.x0 >= 0.0 && self.y0 >= 0.0 && self.x1 <= width && self.y1 <= height
    }
}

/// A data marker on a line; lines differ by marker shape as well as colour and dash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

impl Marker {
    pub fn nth(i: usize) -> Marker {
        [
            Marker::Circle,
            Marker::Square,
            Marker::Triangle,
            Marker::Diamond,
        ][i % 4]
    }
}

/// The dash of line `i`: solid, dashed, dotted, dash-dot-like, in turn.
pub fn dash(i: usize) -> Option<(u32, u32)> {
    [None, Some((8, 5)), Some((3, 4)), Some((14, 5))][i % 4]
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Rect {
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        fill: Rgb,
    },
    Line {
        points: Vec<(f64, f64)>,
        color: Rgb,
        width: u32,
        dash: Option<(u32, u32)>,
    },
    Polygon {
        points: Vec<(f64, f64)>,
        fill: Rgb,
    },
    Marker {
        x: f64,
        y: f64,
        shape: Marker,
        color: Rgb,
    },
    Text(Text),
}

/// A whole picture, `width` by `height` units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub items: Vec<Item>,
}

impl Scene {
    pub fn new(width: f64) -> Scene {
        Scene {
            width,
            height: 0.0,
            items: Vec::new(),
        }
    }

    pub fn push(&mut self, item: Item) {
        self.items.push(item);
    }

    pub fn text(&mut self, t: Text) {
        self.items.push(Item::Text(t));
    }

    /// Wrapped text at `x`, its first line's top at `y`; returns the y below the last line.
    pub fn paragraph(&mut self, t: Text, max: f64) -> f64 {
        let line = t.size * 1.3;
        let max = if t.bold { max / 1.05 } else { max };
        let mut y = t.y;
        for l in measure::wrap(&t.text, t.size, max) {
            self.text(Text {
                text: l,
                y,
                ..t.clone()
            });
            y += line;
        }
        y
    }

    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }

    /// Moves everything down by `dy`, to make room above.
    pub fn shift(&mut self, dy: f64) {
        for item in &mut self.items {
            match item {
                Item::Rect { y0, y1, .. } => {
                    *y0 += dy;
                    *y1 += dy;
                }
                Item::Line { points, .. } | Item::Polygon { points, .. } => {
                    for p in points {
                        p.1 += dy;
                    }
                }
                Item::Marker { y, .. } => *y += dy,
                Item::Text(t) => t.y += dy,
            }
        }
        self.height += dy;
    }

    /// Appends `other` below this scene.
    pub fn append(&mut self, mut other: Scene) {
        let top = self.height;
        other.shift(top);
        self.items.extend(other.items);
        self.height = other.height;
    }
}
