//! SVG text in the order it is drawn. Inside one `<text>`, each `<tspan>` (or the text itself) may be placed by its
//! own `x`, and `x="0 10 20 …"` places glyph by glyph: `<tspan x="70">8000</tspan><tspan x="0">138</tspan>` shows
//! a number the markup never writes in that order. This reads every `<text>` with explicit positions glyph by glyph,
//! sorts the glyphs of each line (one `y`) by `x`, and gives the lines as a view to search beside the others. Separate
//! `<text>` elements stay apart: without the font's glyph widths nothing says two labels touch.

use super::scan::{BOUNDARY, View};
use super::{Dialect, Event, Reading, State, Visitor, walk};

/// The `<text>` elements of `svg` whose positions put their glyphs in another order than they are written, each
/// read in drawn order; `None` when there is none.
pub fn drawn_order(svg: &str) -> Option<View> {
    if !places_within_a_text(svg) {
        return None;
    }
    let mut v = Placement::default();
    walk(
        svg,
        Reading {
            dialect: Dialect::Xml,
            hidden_classes: &[],
        },
        &mut v,
    );
    (!v.out.is_empty()).then(|| View::from_text(v.out))
}

/// Whether a `<tspan>` has an `x`, or a `<text>` an `x` list: the only ways text inside one `<text>` is placed
/// out of its written order. A chart's labels (one `<text>` each, one `x`) are not walked a second time.
fn places_within_a_text(svg: &str) -> bool {
    let mut rest = svg;
    while let Some(at) = rest.find("<t") {
        let tag = &rest[at..];
        let end = tag.find('>').unwrap_or(tag.len());
        let head = &tag[..end];
        rest = &tag[end..];
        let value = head
            .find(" x=")
            .or_else(|| head.find("\nx="))
            .or_else(|| head.find("\tx="))
            .map(|k| {
                let v = head[k + 3..].trim_start_matches(['"', '\'']);
                &v[..v.find(['"', '\'']).unwrap_or(v.len())]
            });
        let Some(value) = value else { continue };
        if head.starts_with("<tspan")
            || (head.starts_with("<text") && value.trim().contains([' ', ',']))
        {
            return true;
        }
    }
    false
}

/// One placed glyph: its line (`y` as written), its `x`, and the order it was written in.
struct Glyph {
    y: String,
    x: f64,
    order: usize,
    ch: char,
}

#[derive(Default)]
struct Placement {
    /// The open `<text>` and `<tspan>` elements: their `x` list, and their line (`y` as given, and the lines
    /// started by a `dy` before it).
    open: Vec<(Vec<f64>, String)>,
    glyphs: Vec<Glyph>,
    /// Where the next glyph goes when nothing places it: just after the last one.
    next_x: f64,
    /// Lines started by a `dy` so far in this `<text>`.
    lines: usize,
    out: String,
}

impl Placement {
    fn place(&mut self, text: &str) {
        let y = self.open.last().map_or(String::new(), |(_, y)| y.clone());
        // Only the innermost element's `x` list places glyphs; once used, glyphs after it follow on.
        let mut xs = self
            .open
            .last_mut()
            .map(|(xs, _)| std::mem::take(xs))
            .unwrap_or_default()
            .into_iter();
        for ch in text.chars() {
            let x = xs.next().unwrap_or(self.next_x);
            self.next_x = x + 1e-3;
            let order = self.glyphs.len();
            self.glyphs.push(Glyph {
                y: y.clone(),
                x,
                order,
                ch,
            });
        }
    }

    /// The text's glyphs by line, each line by `x`, when that differs from the written order.
    fn finish_text(&mut self) {
        let mut glyphs = std::mem::take(&mut self.glyphs);
        let written: String = glyphs.iter().map(|g| g.ch).collect();
        glyphs.sort_by(|a, b| {
            a.y.cmp(&b.y)
                .then(a.x.total_cmp(&b.x))
                .then(a.order.cmp(&b.order))
        });
        let mut drawn = String::with_capacity(written.len() + 4);
        for (i, g) in glyphs.iter().enumerate() {
            if i > 0 && glyphs[i - 1].y != g.y {
                drawn.push('\n');
            }
            drawn.push(g.ch);
        }
        if drawn.replace('\n', "") != written {
            self.out.push_str(&drawn);
            self.out.push(BOUNDARY);
        }
    }
}

fn positions(value: &str) -> Vec<f64> {
    value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter_map(|n| n.parse::<f64>().ok())
        .filter(|n| n.is_finite())
        .collect()
}

impl Visitor for Placement {
    fn visit(&mut self, event: Event<'_>, state: &State) {
        match event {
            Event::Start { name, attrs, .. } if matches!(name, "text" | "tspan") => {
                if name == "text" {
                    self.glyphs.clear();
                    self.open.clear();
                    self.next_x = 0.0;
                    self.lines = 0;
                }
                let attr = |n: &str| {
                    attrs
                        .iter()
                        .find(|a| &*a.name.local == n)
                        .map(|a| a.value.to_string())
                };
                let xs = attr("x").map(|v| positions(&v)).unwrap_or_default();
                if let Some(&first) = xs.first() {
                    self.next_x = first;
                }
                // A `dy` moves to another line (multi-line labels): its glyphs are a line of their own.
                if attr("dy").is_some_and(|v| positions(&v).first().is_some_and(|d| *d != 0.0)) {
                    self.lines += 1;
                }
                // A span without its own `y` is on its parent's line.
                let y = attr("y").unwrap_or_else(|| {
                    self.open
                        .last()
                        .and_then(|(_, line)| line.rsplit_once('/'))
                        .map_or(String::new(), |(y, _)| y.to_string())
                });
                self.open.push((xs, format!("{y}/{}", self.lines)));
            }
            Event::End { name, .. } if matches!(name, "text" | "tspan") => {
                self.open.pop();
                if name == "text" {
                    self.finish_text();
                }
            }
            Event::Text(text) if !self.open.is_empty() && state.raw.is_none() && !state.hidden => {
                self.place(text);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(body: &str) -> Option<String> {
        drawn_order(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\">{body}</svg>"
        ))
        .map(|v| v.text.replace(BOUNDARY, "|"))
    }

    #[test]
    fn spans_and_glyphs_are_read_in_the_order_they_are_drawn() {
        assert_eq!(
            drawn("<text y=\"10\"><tspan x=\"70\">8000</tspan><tspan x=\"0\">138</tspan><tspan x=\"30\">0013</tspan></text>")
                .as_deref(),
            Some("13800138000|")
        );
        assert_eq!(
            drawn("<text y=\"10\" x=\"30 20 10 0\">8310</text>").as_deref(),
            Some("0138|")
        );
        assert_eq!(
            drawn("<text y=\"10\" x=\"40\">8000<tspan x=\"0\">138</tspan><tspan x=\"20\">0013</tspan></text>")
                .as_deref(),
            Some("13800138000|")
        );
    }

    #[test]
    fn text_written_in_order_and_separate_labels_give_nothing() {
        assert_eq!(
            drawn("<text x=\"0\" y=\"10\">150</text><text x=\"40\" y=\"10\">2020</text>"),
            None
        );
        assert_eq!(
            drawn(
                "<text x=\"5\" y=\"10\"><tspan x=\"5\" dy=\"0\">第一行</tspan><tspan x=\"5\" dy=\"12\">第二行</tspan></text>"
            ),
            None
        );
        assert_eq!(drawn("<rect x=\"0\"/>"), None);
        assert!(!places_within_a_text(
            "<text x=\"5\" y=\"1\">a</text><title>t</title>"
        ));
        assert!(places_within_a_text("<text x=\"5 6\">ab</text>"));
        assert!(places_within_a_text("<text><tspan\nx='3'>a</tspan></text>"));
    }
}
