//! SVG text in the order it is drawn. Inside one `<text>`, each `<tspan>` (or the text itself) may be placed by its
//! own `x`, and `x="0 10 20 …"` places glyph by glyph: `<tspan x="70">8000</tspan><tspan x="0">138</tspan>` shows
//! a number the markup never writes in that order. This reads every `<text>` with explicit positions glyph by glyph,
//! sorts the glyphs of each line (one `y`) by `x`, and gives the lines as a view to search beside the others. Separate
//! `<text>` elements whose boxes touch on one line are read as one string too ([`side_by_side`]), by widths
//! estimated from the font size, since the font's own glyph widths are not known.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

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

/// Separate `<text>` elements on one line (the same `y`, under the same transforms) whose boxes touch, read as
/// one string: `<text x="70">8000</text><text x="0">1380013</text>` shows one number. Without the font, a box's
/// width is taken as 0.6 em a character (1 em for a wide one), and two boxes touch when the gap between them is
/// under half an em; a chart's spaced axis labels stay apart. Only runs of two or more touching labels are given;
/// `None` when there is none.
pub fn side_by_side(svg: &str) -> Option<View> {
    // Only the drawings of a page are walked (a chart is a small part of it), and only when they hold two labels.
    let drawings = drawings(svg)?;
    let mut labels = Labels::default();
    walk(
        drawings,
        Reading {
            dialect: Dialect::Xml,
            hidden_classes: &[],
        },
        &mut labels,
    );
    let mut all = std::mem::take(&mut labels.done);
    for l in &mut all {
        l.place_along(&labels.paths);
    }
    let mut out = String::new();
    for line in lines(all) {
        let mut run: Vec<&Label> = Vec::new();
        for l in &line {
            let touches = run.last().is_some_and(|p| l.start - p.end() < p.size / 2.0);
            if !touches {
                joined(&mut run, &mut out);
            }
            run.push(l);
        }
        joined(&mut run, &mut out);
    }
    (!out.is_empty()).then(|| View::from_text(out))
}

/// The labels grouped by line (one context, `y` within a third of an em of the line's first label), each line
/// from left to right. Ordered by `y` alone, labels a little above or below each other on one line would be read
/// right to left, and a chart's value labels far apart would seem to touch.
fn lines(mut all: Vec<Label>) -> Vec<Vec<Label>> {
    all.sort_by(|a, b| a.context.cmp(&b.context).then(a.y.total_cmp(&b.y)));
    let mut lines: Vec<Vec<Label>> = Vec::new();
    for l in all {
        match lines.last_mut() {
            Some(line)
                if line[0].context == l.context && (line[0].y - l.y).abs() < line[0].size / 3.0 =>
            {
                line.push(l)
            }
            _ => lines.push(vec![l]),
        }
    }
    for line in &mut lines {
        line.sort_by(|a, b| a.start.total_cmp(&b.start));
    }
    lines
}

/// A run of two or more touching labels, as one string, with a space where a gap between two boxes shows as one
/// (a fifth of an em or more), so the groupings spaced text is read in apply: `4000 3113` is two figures.
fn joined(run: &mut Vec<&Label>, out: &mut String) {
    if run.len() > 1 {
        let mut previous: Option<&Label> = None;
        for l in run.iter() {
            if previous.is_some_and(|p| l.start - p.end() >= p.size / 5.0) {
                out.push(' ');
            }
            out.push_str(&l.text);
            previous = Some(l);
        }
        out.push(BOUNDARY);
    }
    run.clear();
}

/// The stretch of `markup` from its first `<svg` to its last `</svg>` (in any case, as HTML allows), when it holds two
/// `<text` elements or more.
fn drawings(markup: &str) -> Option<&str> {
    static MARKS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["<svg", "</svg>", "<text"])
            .ok()
    });
    let Some(ac) = &*MARKS else {
        return Some(markup);
    };
    let (mut from, mut to, mut texts) = (None, markup.len(), 0);
    for m in ac.find_iter(markup) {
        match m.pattern().as_usize() {
            0 => {
                from.get_or_insert(m.start());
            }
            1 => to = m.end(),
            _ => texts += 1,
        }
    }
    let from = from?;
    (texts > 1)
        .then(|| markup.get(from..to.max(from)))
        .flatten()
}

/// One `<text>` element's box on its line, as far as the markup tells.
struct Label {
    /// The transforms around it other than moves, as written, and the `y` of its line.
    context: String,
    y: f64,
    start: f64,
    size: f64,
    text: String,
    /// The path its text is set along (`<textPath href>`, by id) and the start offset: it starts where the path
    /// does, whatever its own `x` says.
    along: Option<(String, Offset)>,
    /// How far `text-anchor` moves it back from where it starts.
    anchored: f64,
}

impl Label {
    /// A label along a path starts at the path's first point; one along a path the drawing does not hold stays
    /// where its `x` and `y` put it.
    fn place_along(&mut self, paths: &BTreeMap<String, Path>) {
        if let Some((path, offset)) = self
            .along
            .as_ref()
            .and_then(|(id, offset)| Some((paths.get(id)?, offset)))
        {
            let offset = match *offset {
                Offset::Length(n) => n,
                Offset::Percent(p) => path_length(&path.d).map_or(0.0, |l| l * p / 100.0),
            };
            (self.start, self.y) = (path.x + offset - self.anchored, path.y);
        }
    }

    fn end(&self) -> f64 {
        let ems: f64 = self
            .text
            .chars()
            .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
            .sum();
        self.start + ems * self.size
    }
}

/// A `<path>` a label may be set along: its first point, moves of its groups applied, and its data.
struct Path {
    x: f64,
    y: f64,
    d: String,
}

/// A `startOffset`: a length along the path, or a percentage of the path's length.
#[derive(Clone, Copy)]
enum Offset {
    Length(f64),
    Percent(f64),
}

impl Offset {
    fn of(value: &str) -> Offset {
        let value = value.trim();
        let number = |v: &str| positions(v).first().copied().unwrap_or(0.0);
        match value.strip_suffix('%') {
            Some(p) => Offset::Percent(number(p)),
            None => Offset::Length(number(value)),
        }
    }
}

#[derive(Default)]
struct Labels {
    /// The open elements' transforms (other than moves), moves and font sizes.
    open: Vec<(String, (f64, f64), Option<f64>)>,
    current: Option<(Label, String)>,
    done: Vec<Label>,
    /// Each outermost `<svg>` is a drawing with its own coordinates: labels of two drawings never touch.
    drawing: usize,
    svgs_open: usize,
    /// Each `<path>` with an id.
    paths: BTreeMap<String, Path>,
}

/// A transform without its `translate(…)` moves, and the sum of those moves.
fn moves(transform: &str) -> (String, (f64, f64)) {
    let mut rest = transform;
    let mut other = String::new();
    let mut by = (0.0, 0.0);
    while let Some(at) = rest.find("translate(") {
        other.push_str(&rest[..at]);
        let args = &rest[at + "translate(".len()..];
        let end = args.find(')').unwrap_or(args.len());
        let n = positions(&args[..end]);
        // A move that comes after another transform is turned or scaled by it: kept as written.
        if other.trim().is_empty() {
            by.0 += n.first().copied().unwrap_or(0.0);
            by.1 += n.get(1).copied().unwrap_or(0.0);
        } else {
            other.push_str(&rest[at..at + "translate(".len() + end]);
        }
        rest = args.get(end + 1..).unwrap_or("");
    }
    other.push_str(rest);
    (other.trim().to_string(), by)
}

/// A font size in user units: `12`, `12px`, `0.75em` of the inherited one; other units are not known.
fn font_size(value: &str, inherited: f64) -> Option<f64> {
    let v = value.trim();
    if let Some(em) = v.strip_suffix("em") {
        return em.trim().parse::<f64>().ok().map(|n| n * inherited);
    }
    v.trim_end_matches("px").trim().parse::<f64>().ok()
}

impl Visitor for Labels {
    fn visit(&mut self, event: Event<'_>, state: &State) {
        match event {
            Event::Start { name, attrs, .. } => {
                if name == "svg" {
                    self.drawing += usize::from(self.svgs_open == 0);
                    self.svgs_open += 1;
                }
                let attr = |n: &str| {
                    attrs
                        .iter()
                        .find(|a| &*a.name.local == n)
                        .map(|a| a.value.to_string())
                };
                let inherited = self.open.iter().rev().find_map(|o| o.2).unwrap_or(16.0);
                let style_size = attr("style").and_then(|s| {
                    s.split(';').find_map(|d| {
                        let (p, v) = d.split_once(':')?;
                        (p.trim() == "font-size")
                            .then(|| font_size(v, inherited))
                            .flatten()
                    })
                });
                let size =
                    style_size.or_else(|| attr("font-size").and_then(|v| font_size(&v, inherited)));
                let (transform, mut moved) = moves(&attr("transform").unwrap_or_default());
                if name == "svg" && self.svgs_open > 1 {
                    // A drawing inside a drawing is placed by its `x` and `y`, as a move.
                    let at = |n: &str| attr(n).and_then(|v| positions(&v).first().copied());
                    moved.0 += at("x").unwrap_or(0.0);
                    moved.1 += at("y").unwrap_or(0.0);
                }
                self.open.push((transform, moved, size));
                let (dx, dy) = self
                    .open
                    .iter()
                    .fold((0.0, 0.0), |(x, y), o| (x + o.1.0, y + o.1.1));
                if name == "path"
                    && let (Some(id), Some((x, y))) =
                        (attr("id"), attr("d").and_then(|d| first_point(&d)))
                {
                    let d = attr("d").unwrap_or_default();
                    self.paths.insert(
                        id,
                        Path {
                            x: x + dx,
                            y: y + dy,
                            d,
                        },
                    );
                }
                if name == "textpath"
                    && let Some((label, _)) = &mut self.current
                    && let Some(href) = attr("href").or_else(|| attr("xlink:href"))
                {
                    let offset = attr("startOffset")
                        .or_else(|| attr("startoffset"))
                        .map_or(Offset::Length(0.0), |o| Offset::of(&o));
                    label.along = Some((href.trim().trim_start_matches('#').to_string(), offset));
                }
                if name == "text" && self.current.is_none() {
                    let size = size.unwrap_or(inherited);
                    let first = |n: &str| {
                        attr(n).and_then(|v| {
                            let v = v.trim();
                            match v.strip_suffix("em") {
                                Some(em) => em.trim().parse::<f64>().ok().map(|e| e * size),
                                None => positions(v).first().copied(),
                            }
                        })
                    };
                    let x = first("x").unwrap_or(0.0) + first("dx").unwrap_or(0.0) + dx;
                    let y = first("y").unwrap_or(0.0) + first("dy").unwrap_or(0.0) + dy;
                    let anchor = attr("text-anchor").unwrap_or_default();
                    let transforms = self
                        .open
                        .iter()
                        .map(|o| o.0.as_str())
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join("|");
                    let context = format!("{}|{transforms}", self.drawing);
                    let label = Label {
                        context,
                        y,
                        start: x,
                        size,
                        text: String::new(),
                        along: None,
                        anchored: 0.0,
                    };
                    self.current = Some((label, anchor));
                }
            }
            Event::End { name, .. } => {
                self.open.pop();
                if name == "svg" {
                    self.svgs_open = self.svgs_open.saturating_sub(1);
                }
                if name == "text"
                    && let Some((mut label, anchor)) = self.current.take()
                {
                    let width = label.end() - label.start;
                    label.anchored = match anchor.trim() {
                        "middle" => width / 2.0,
                        "end" => width,
                        _ => 0.0,
                    };
                    label.start -= label.anchored;
                    if !label.text.trim().is_empty() {
                        label.text = label.text.trim().to_string();
                        self.done.push(label);
                    }
                }
            }
            Event::Text(text) if state.raw.is_none() && !state.hidden => {
                if let Some((label, _)) = &mut self.current {
                    label.text.push_str(text);
                }
            }
            _ => {}
        }
    }
}

/// Whether `svg` has a `<tspan>`, or a `<text>` with an `x` list: the only ways text inside one `<text>` is placed
/// out of its written order. A chart's labels (one `<text>` each, one `x`) are not walked a second time. Tag and
/// attribute names are matched in any case and however the attribute is spaced, as the tokenizer reads them
/// (`<TSPAN X = 70>` in a page's drawing is a tspan with an `x`).
fn places_within_a_text(svg: &str) -> bool {
    static TAGS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["<tspan", "<text"])
            .ok()
    });
    let Some(ac) = &*TAGS else {
        return true;
    };
    ac.find_iter(svg).any(|m| {
        if m.pattern().as_usize() == 0 {
            return true;
        }
        let tag = &svg[m.end()..];
        let head = &tag[..tag.find('>').unwrap_or(tag.len())];
        x_value(head).is_some_and(|v| v.trim().contains(|c: char| c.is_whitespace() || c == ','))
    })
}

/// The value of the `x` attribute in a start tag's `head` (what follows its name), if it has one.
fn x_value(head: &str) -> Option<&str> {
    let b = head.as_bytes();
    (0..b.len()).find_map(|i| {
        let starts_name = i == 0
            || matches!(
                b[i - 1],
                b' ' | b'\t' | b'\n' | b'\r' | 0x0C | b'/' | b'"' | b'\''
            );
        if !(starts_name && b[i].eq_ignore_ascii_case(&b'x')) {
            return None;
        }
        let rest = head[i + 1..].trim_start_matches(|c: char| c.is_ascii_whitespace());
        let value = rest
            .strip_prefix('=')?
            .trim_start_matches(|c: char| c.is_ascii_whitespace());
        Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let v = &value[1..];
                &v[..v.find(q).unwrap_or(v.len())]
            }
            _ => {
                &value[..value
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(value.len())]
            }
        })
    })
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

/// Where a path's data `d` starts (`M 10 20`, `m10,20`); `None` if it does not start with a move.
fn first_point(d: &str) -> Option<(f64, f64)> {
    let rest = d.trim_start().strip_prefix(['M', 'm'])?;
    let end = rest
        .find(|c: char| c.is_ascii_alphabetic() && !matches!(c, 'e' | 'E'))
        .unwrap_or(rest.len());
    match positions(&rest[..end]).as_slice() {
        [x, y, ..] => Some((*x, *y)),
        _ => None,
    }
}

/// The length of a path's outline, each segment taken as the straight line to its end point (a curve or an arc is
/// at least as long): what a `startOffset` in percent is a part of. `None` for data this does not read.
fn path_length(d: &str) -> Option<f64> {
    let mut numbers = PathNumbers { d, at: 0 };
    let (mut x, mut y, mut start) = (0.0f64, 0.0f64, (0.0f64, 0.0f64));
    let mut length = 0.0;
    let mut command = None;
    loop {
        let c = match numbers.command() {
            Some(c) => c,
            // Numbers after a segment repeat its command (after a move, as lines).
            None if numbers.more() => command?,
            None => break,
        };
        command = Some(match c {
            'M' => 'L',
            'm' => 'l',
            other => other,
        });
        let relative = c.is_ascii_lowercase();
        let (bx, by) = if relative { (x, y) } else { (0.0, 0.0) };
        let (nx, ny) = match c.to_ascii_uppercase() {
            'Z' => {
                command = None;
                start
            }
            'H' => (bx + numbers.number()?, y),
            'V' => (x, by + numbers.number()?),
            other => {
                let skip = match other {
                    'M' | 'L' | 'T' => 0,
                    'S' | 'Q' => 2,
                    'C' => 4,
                    'A' => 3,
                    _ => return None,
                };
                for _ in 0..skip {
                    numbers.number()?;
                }
                if other == 'A' {
                    numbers.flag()?;
                    numbers.flag()?;
                }
                (bx + numbers.number()?, by + numbers.number()?)
            }
        };
        if c.eq_ignore_ascii_case(&'M') {
            start = (nx, ny);
        } else {
            length += (nx - x).hypot(ny - y);
        }
        (x, y) = (nx, ny);
    }
    length.is_finite().then_some(length)
}

/// The numbers and command letters of path data, read one at a time.
struct PathNumbers<'a> {
    d: &'a str,
    at: usize,
}

impl PathNumbers<'_> {
    fn rest(&self) -> &str {
        self.d[self.at..].trim_start_matches(|c: char| c.is_whitespace() || c == ',')
    }

    fn skip_separators(&mut self) {
        self.at = self.d.len() - self.rest().len();
    }

    /// Whether a number comes next.
    fn more(&self) -> bool {
        self.rest()
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.'))
    }

    /// The command letter that comes next, if one does.
    fn command(&mut self) -> Option<char> {
        self.skip_separators();
        let c = self
            .rest()
            .chars()
            .next()
            .filter(char::is_ascii_alphabetic)?;
        self.at += 1;
        Some(c)
    }

    /// An arc's large-arc or sweep flag: one `0` or `1`, which may touch what follows (`a5 5 0 1110 10` is flags
    /// 1 and 1, then 10 10), as renderers read it.
    fn flag(&mut self) -> Option<bool> {
        self.skip_separators();
        let flag = match self.d.as_bytes().get(self.at)? {
            b'0' => false,
            b'1' => true,
            _ => return None,
        };
        self.at += 1;
        Some(flag)
    }

    /// The number that comes next: a sign, digits with one dot, an exponent (`-1.5e2`; `.5.5` is two numbers).
    fn number(&mut self) -> Option<f64> {
        self.skip_separators();
        let bytes = self.d.as_bytes();
        let from = self.at;
        let mut end = from;
        if matches!(bytes.get(end), Some(b'-' | b'+')) {
            end += 1;
        }
        let mut dot = false;
        while let Some(&b) = bytes.get(end) {
            match b {
                b'0'..=b'9' => {}
                b'.' if !dot => dot = true,
                b'e' | b'E' if end > from => {
                    end += usize::from(matches!(bytes.get(end + 1), Some(b'-' | b'+')));
                }
                _ => break,
            }
            end += 1;
        }
        let n = self.d.get(from..end)?.parse::<f64>().ok()?;
        self.at = end;
        Some(n)
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

    fn beside(body: &str) -> Option<String> {
        side_by_side(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\">{body}</svg>"
        ))
        .map(|v| v.text.replace(BOUNDARY, "|"))
    }

    #[test]
    fn a_label_along_a_path_starts_where_the_path_does() {
        let path = "<path id=\"p\" d=\"M 40,5 L 300 5\"/>";
        assert_eq!(
            beside(&format!("<text x=\"0\" y=\"5\" font-size=\"10\">138</text><text font-size=\"10\"><textPath href=\"#p\" startOffset=\"-22\">00138000</textPath></text>{path}")).as_deref(),
            Some("13800138000|")
        );
        assert_eq!(
            beside(&format!(
                "{path}<text x=\"0\" y=\"5\">138</text><text x=\"18\" y=\"5\"><textPath href=\"#p\">00138000</textPath></text>"
            )),
            None
        );
    }

    #[test]
    fn a_start_offset_in_percent_is_a_part_of_the_path() {
        let path = "<path id=\"p\" d=\"M0 5 h500 v10 l-500 0 z\"/>";
        // 1,020 long: 5 % starts at 51, just after `138` ends (0 + 3 × 0.6 × 10 … plus the gap).
        assert_eq!(
            beside(&format!("{path}<text x=\"32\" y=\"5\" font-size=\"10\">138</text><text font-size=\"10\"><textPath href=\"#p\" startOffset=\"5%\">00138000</textPath></text>")).as_deref(),
            Some("13800138000|")
        );
        assert_eq!(path_length("M0 0 L3 4 l3 4 H0 V0 Z"), Some(24.0));
        assert_eq!(
            path_length("M0 0 C1 1 2 2 0 10 Q5 5 0 20 A5 5 0 0 1 0 30"),
            Some(30.0)
        );
        assert_eq!(path_length("m0 0 10 0 0 10 z"), Some(20.0 + 200f64.sqrt()));
        assert_eq!(
            path_length("M0 0 L1e1 0 .5.5"),
            Some(10.0 + (9.5f64.powi(2) + 0.25).sqrt())
        );
        assert_eq!(path_length("M0 0 X5"), None);
        // Flags written without separators, as minifiers write them: the same arc as `A5 5 0 1 1 0 30`.
        assert_eq!(path_length("M0 0 A5 5 0 1 1 0 30"), Some(30.0));
        assert_eq!(path_length("M0 0 A5 5 0 110 30"), Some(30.0));
        assert_eq!(
            path_length("M0 0 a5 5 0 1 1 0 30"),
            path_length("M0 0a5,5,0,1,1,0,30")
        );
        assert_eq!(path_length("M0 0 A5 5 0 2 1 0 30"), None);
    }

    #[test]
    fn labels_that_touch_are_read_as_one() {
        assert_eq!(
            beside("<text x=\"70\" y=\"10\">8000</text><text x=\"0\" y=\"10\">1380013</text>")
                .as_deref(),
            Some("13800138000|")
        );
        assert_eq!(
            beside("<text x=\"0\" y=\"5\" font-size=\"10\">138</text><text x=\"18\" y=\"5\" font-size=\"10\">00138000</text>")
                .as_deref(),
            Some("13800138000|")
        );
        assert_eq!(
            beside("<text x=\"40\" y=\"5\" text-anchor=\"end\">138</text><text x=\"40\" y=\"5\">00138000</text>")
                .as_deref(),
            Some("13800138000|")
        );
        assert_eq!(
            beside(
                "<g transform=\"translate(29)\"><text>00138000</text></g><text x=\"0\">138</text>"
            )
            .as_deref(),
            Some("13800138000|")
        );
        assert_eq!(
            beside("<text x=\"0\">138</text><svg x=\"29\"><text>00138000</text></svg>").as_deref(),
            Some("13800138000|")
        );
        // A gap that shows as a space is read as one.
        assert_eq!(
            beside("<text x=\"45\" text-anchor=\"end\">4000</text><text x=\"52\">3113</text>")
                .as_deref(),
            Some("4000 3113|")
        );
    }

    #[test]
    fn only_drawings_with_two_labels_are_walked() {
        assert_eq!(
            drawings("<p>1</p><SVG><TEXT>a</TEXT><text>b</text></SVG><p>2</p>"),
            Some("<SVG><TEXT>a</TEXT><text>b</text></SVG>")
        );
        assert_eq!(drawings("<svg><text>a</text></svg>"), None);
        assert_eq!(drawings("<p><text>a</text><text>b</text></p>"), None);
    }

    #[test]
    fn spaced_labels_and_other_lines_stay_apart() {
        for body in [
            "<text x=\"50\" y=\"300\" font-size=\"12\">2019</text><text x=\"90\" y=\"300\" font-size=\"12\">2020</text>",
            "<text x=\"0\" y=\"10\">138</text><text x=\"29\" y=\"20\">00138000</text>",
            "<g transform=\"translate(0,9)\"><text x=\"0\">138</text></g><text x=\"29\">00138000</text>",
            "<g transform=\"rotate(90)\"><text x=\"0\">138</text></g><text x=\"29\">00138000</text>",
            "<text x=\"0\">1</text>",
            // Two drawings side by side on a page: each has its own coordinates.
            "<text x=\"45\" y=\"187\" text-anchor=\"end\">4000</text><text x=\"100\" y=\"187\">3113</text></svg><svg><text x=\"45\" y=\"187\" text-anchor=\"end\">4000</text><text x=\"53\" y=\"187\">3113</text>",
            // A line chart's value labels, a little above and below each other, far apart.
            "<text x=\"45\" y=\"284\" text-anchor=\"end\">1000</text><text x=\"195\" y=\"279\" text-anchor=\"middle\">752</text><text x=\"367\" y=\"277\" text-anchor=\"middle\">1395</text>",
        ] {
            assert_eq!(beside(body), None, "{body}");
        }
    }

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

    #[test]
    fn positions_are_found_in_any_case_and_spacing() {
        for svg in [
            "<TSPAN X=\"70\">8000</TSPAN>",
            "<text><TSpan>1</TSpan></text>",
            "<TEXT X = '0 9'>ab</TEXT>",
            "<text/x=\"0,9\">ab</text>",
            "<text y=\"1\"x=\"0\t9\">ab</text>",
        ] {
            assert!(places_within_a_text(svg), "{svg}");
        }
        for svg in [
            "<text data-x=\"1 2\" x=\"3\">a</text>",
            "<text class=\"a x\" x=4>a</text>",
            // The first of two `x` counts, as in a browser.
            "<text x=0\u{c}y=1 x=\"0 9\">ab</text>",
        ] {
            assert!(!places_within_a_text(svg), "{svg}");
        }
        let html = "<p>电话</p><svg><TEXT Y=\"9\"><TSPAN X=\"70\">8000</TSPAN><TSPAN X=\"0\">1380013</TSPAN></TEXT></svg>";
        assert_eq!(
            drawn_order(html).map(|v| v.text.replace(BOUNDARY, "|")),
            Some("13800138000|".into())
        );
    }
}
