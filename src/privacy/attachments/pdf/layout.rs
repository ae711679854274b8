//! Where shown text lands on the page, so that runs are joined as a reader sees them. Word and WPS position glyphs
//! and words one by one (`Td`, `TD`, `Tm`, `T*`, kerning in `TJ`); breaking the text at every such operator would
//! split a phone or card number drawn one digit at a time. Runs on one line with a gap under
//! [`SPACE_GAP`] ems are joined, a larger gap reads as a space and a move across the line as a line break. Glyph
//! widths come from the font (`Widths`, or `W`/`DW` of a composite font); where a font gives none, a generous
//! width is assumed, which makes gaps look smaller: when unsure, text is joined, as privacy wants.
//!
//! The order of the content stream is not the order a reader sees: glyphs can be drawn right to left, each placed
//! by `Tm`, or moved about by `TJ` offsets, and a line can be drawn twice, a decoy over the real value. So every
//! shown string is also kept as a [`Run`] where it lands, and [`Layout::take_visual`] lays the page out as
//! pdftotext and pdfminer do: runs grouped by writing direction, into lines by their baseline, lines from the top
//! down, runs along a line by position. Text drawn over other text goes to a line of its own instead of being
//! interleaved with it.

use lopdf::{Dictionary, Document, Object};

use super::super::xml::STOP;

/// A gap between runs, in ems, from which on it reads as a space.
const SPACE_GAP: f64 = 0.3;
/// A move across the line, in ems, from which on it reads as a line break.
const LINE_MOVE: f64 = 0.5;
/// The width assumed for a glyph of a simple font without `Widths`, in thousandths of an em (Courier's, wider
/// than most glyphs of other fonts).
const SIMPLE_WIDTH: f64 = 600.0;
/// The width assumed for a glyph of a composite font without `DW`, as the PDF specification says.
const COMPOSITE_WIDTH: f64 = 1000.0;
/// A gap between runs laid out by position, in ems, from which on it reads as a space: a fifth of an em, as a
/// `TJ` offset does (glyph positions are known here, so the content-order allowance for guessed widths is not needed).
const WORD_GAP: f64 = 0.2;
/// A gap between runs, in ems, from which on it is a table cell (or column) boundary, never joined across: a
/// figure beside a year in the next column is not one number. Several typed spaces stay under it.
const CELL_GAP: f64 = 1.5;
/// Runs on one line starting closer than this, in ems, are drawn over one another.
const SAME_PLACE: f64 = 0.1;
/// The least width of a glyph, in ems, where the font gives none.
const NARROWEST: f64 = 0.2;
/// How many layers of text drawn over text one line is split into; more are kept in the last.
const MAX_LAYERS: usize = 8;

use std::collections::BTreeMap;

/// A PDF matrix `[a b c d e f]`.
type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m × n` (a point is transformed by `m` first).
fn mul(m: Matrix, n: Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn translate(tx: f64, ty: f64) -> Matrix {
    [1.0, 0.0, 0.0, 1.0, tx, ty]
}

/// A matrix from six operands, if they are six numbers.
pub(super) fn matrix(operands: &[Object]) -> Option<Matrix> {
    let v: Vec<f64> = operands
        .iter()
        .filter_map(|o| o.as_float().ok().map(f64::from))
        .collect();
    <[f64; 6]>::try_from(v.as_slice()).ok()
}

/// How wide a font's glyphs are, in thousandths of an em.
pub(super) struct Metrics {
    two_byte: bool,
    first: i64,
    widths: Vec<f64>,
    ranges: Vec<(u32, u32, f64)>,
    default: f64,
    /// Whether `default` is the font's own (`DW`).
    default_given: bool,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            two_byte: false,
            first: 0,
            widths: Vec::new(),
            ranges: Vec::new(),
            default: SIMPLE_WIDTH,
            default_given: false,
        }
    }
}

fn number(doc: &Document, o: &Object) -> Option<f64> {
    doc.dereference(o)
        .ok()
        .and_then(|(_, o)| o.as_float().ok())
        .map(f64::from)
}

fn array<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Vec<Object>> {
    doc.dereference(o).ok().and_then(|(_, o)| o.as_array().ok())
}

impl Metrics {
    pub(super) fn of(doc: &Document, font: &Dictionary) -> Self {
        let composite = font
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|s| s == b"Type0");
        if composite {
            return Self::composite(doc, font);
        }
        let first = font
            .get(b"FirstChar")
            .ok()
            .and_then(|o| number(doc, o))
            .unwrap_or(0.0) as i64;
        let widths = font
            .get(b"Widths")
            .ok()
            .and_then(|o| array(doc, o))
            .map(|w| {
                w.iter()
                    .map(|o| number(doc, o).unwrap_or(SIMPLE_WIDTH))
                    .collect()
            })
            .unwrap_or_default();
        Self {
            first,
            widths,
            ..Self::default()
        }
    }

    fn composite(doc: &Document, font: &Dictionary) -> Self {
        let descendant = font
            .get(b"DescendantFonts")
            .ok()
            .and_then(|o| array(doc, o))
            .and_then(|a| a.first())
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_dict().ok());
        let given = descendant
            .and_then(|d| d.get(b"DW").ok())
            .and_then(|o| number(doc, o));
        let default = given.unwrap_or(COMPOSITE_WIDTH);
        let mut ranges = Vec::new();
        let w = descendant
            .and_then(|d| d.get(b"W").ok())
            .and_then(|o| array(doc, o));
        let mut items = w.map(|w| w.as_slice()).unwrap_or_default().iter();
        while let Some(first) = items.next().and_then(|o| number(doc, o)) {
            let first = first as u32;
            match items.next() {
                Some(o) if array(doc, o).is_some() => {
                    for (i, w) in array(doc, o).into_iter().flatten().enumerate() {
                        let code = first.saturating_add(i as u32);
                        ranges.push((code, code, number(doc, w).unwrap_or(default)));
                    }
                }
                Some(last) => {
                    let last = number(doc, last).unwrap_or(0.0) as u32;
                    let w = items.next().and_then(|o| number(doc, o)).unwrap_or(default);
                    ranges.push((first, last, w));
                }
                None => break,
            }
        }
        Self {
            two_byte: true,
            ranges,
            default,
            default_given: given.is_some(),
            ..Self::default()
        }
    }

    fn width(&self, code: u32) -> f64 {
        self.measured_width(code).unwrap_or(self.default)
    }

    /// The width the font gives for `code`, if it gives one (a composite font's `DW` counts).
    fn measured_width(&self, code: u32) -> Option<f64> {
        if self.two_byte {
            return self
                .ranges
                .iter()
                .find(|(a, b, _)| (*a..=*b).contains(&code))
                .map(|r| r.2)
                .or(self.default_given.then_some(self.default));
        }
        usize::try_from(i64::from(code) - self.first)
            .ok()
            .and_then(|i| self.widths.get(i))
            .copied()
    }

    /// The codes of a shown string (one byte each in a simple font, two in a composite one), with their bytes.
    fn codes<'a>(&self, bytes: &'a [u8]) -> impl Iterator<Item = (u32, &'a [u8])> + 'a {
        let step = if self.two_byte { 2 } else { 1 };
        bytes
            .chunks(step)
            .map(|c| (c.iter().fold(0u32, |n, b| n << 8 | u32::from(*b)), c))
    }
}

/// The parts of the graphics state that place text (saved by `q`, restored by `Q`).
#[derive(Clone, Copy)]
pub(super) struct State {
    ctm: Matrix,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
}

/// Where the previous run ended, in user space.
struct End {
    start: (f64, f64),
    end: (f64, f64),
    /// The unit vector along the line.
    along: (f64, f64),
    /// The font size in user space.
    em: f64,
}

/// A string (or one glyph of it) where it lands on the page, in user space.
struct Run {
    text: String,
    origin: (f64, f64),
    /// The unit vector along the line.
    along: (f64, f64),
    /// How far along the line it reaches from its origin.
    extent: f64,
    /// The font size in user space.
    em: f64,
    /// How far along the line it surely covers: its extent when the font gives the widths, else what its glyphs
    /// cover at the least (a fifth of an em each, narrower than any letter or digit).
    solid: f64,
}

pub(super) struct Layout {
    state: State,
    saved: Vec<State>,
    tm: Matrix,
    tlm: Matrix,
    run_start: Option<(f64, f64)>,
    last: Option<End>,
    runs: Vec<Run>,
}

impl Default for Layout {
    fn default() -> Self {
        Self {
            state: State {
                ctm: IDENTITY,
                size: 0.0,
                char_spacing: 0.0,
                word_spacing: 0.0,
                scale: 1.0,
                leading: 0.0,
            },
            saved: Vec::new(),
            tm: IDENTITY,
            tlm: IDENTITY,
            run_start: None,
            last: None,
            runs: Vec::new(),
        }
    }
}

impl Layout {
    /// Follows an operator that places text; returns `false` for any other.
    pub(super) fn apply(&mut self, operator: &str, operands: &[Object]) -> bool {
        let n = |i: usize| {
            operands
                .get(i)
                .and_then(|o| o.as_float().ok())
                .map_or(0.0, f64::from)
        };
        match operator {
            "q" => self.saved.push(self.state),
            "Q" => {
                if let Some(s) = self.saved.pop() {
                    self.state = s;
                }
            }
            "cm" => {
                if let Some(m) = matrix(operands) {
                    self.state.ctm = mul(m, self.state.ctm);
                }
            }
            "BT" => (self.tm, self.tlm) = (IDENTITY, IDENTITY),
            "Td" => self.move_line(n(0), n(1)),
            "TD" => {
                self.state.leading = -n(1);
                self.move_line(n(0), n(1));
            }
            "Tm" => {
                if let Some(m) = matrix(operands) {
                    (self.tm, self.tlm) = (m, m);
                }
            }
            "T*" | "'" => self.move_line(0.0, -self.state.leading),
            "\"" => {
                self.state.word_spacing = n(0);
                self.state.char_spacing = n(1);
                self.move_line(0.0, -self.state.leading);
            }
            "Tc" => self.state.char_spacing = n(0),
            "Tw" => self.state.word_spacing = n(0),
            "Tz" => self.state.scale = n(0) / 100.0,
            "TL" => self.state.leading = n(0),
            "Tf" => self.state.size = n(1),
            _ => return false,
        }
        true
    }

    /// Enters a form XObject with matrix `m`; what it returns goes to [`Layout::leave_form`] after the form.
    pub(super) fn enter_form(&mut self, m: Option<Matrix>) -> State {
        let saved = self.state;
        if let Some(m) = m {
            self.state.ctm = mul(m, self.state.ctm);
        }
        saved
    }

    pub(super) fn leave_form(&mut self, saved: State) {
        self.state = saved;
    }

    fn move_line(&mut self, tx: f64, ty: f64) {
        self.tlm = mul(translate(tx, ty), self.tlm);
        self.tm = self.tlm;
    }

    fn origin(&self) -> (f64, f64) {
        let m = mul(self.tm, self.state.ctm);
        (m[4], m[5])
    }

    /// What separates the run about to be shown from the previous one: nothing, a space, a cell boundary
    /// ([`STOP`]) or a line break.
    pub(super) fn begin_run(&mut self) -> Option<char> {
        let start = self.origin();
        self.run_start = Some(start);
        let last = self.last.as_ref()?;
        if !(last.em.is_finite() && last.em > 0.0) {
            return None;
        }
        let (dx, dy) = (start.0 - last.end.0, start.1 - last.end.1);
        let along = (dx * last.along.0 + dy * last.along.1) / last.em;
        let across = (dy * last.along.0 - dx * last.along.1) / last.em;
        let width = ((last.end.0 - last.start.0).powi(2) + (last.end.1 - last.start.1).powi(2))
            .sqrt()
            / last.em;
        if across.abs() > LINE_MOVE {
            Some('\n')
        } else if along > CELL_GAP {
            Some(STOP)
        } else if along > SPACE_GAP || along < -(width + SPACE_GAP) {
            Some(' ')
        } else {
            None
        }
    }

    /// Moves past the glyphs of a shown string, keeping where they land: as one run when each glyph lands after
    /// the one before, else glyph by glyph (negative character spacing or scaling draws them right to left).
    /// `decode` gives the text of some of the string's bytes.
    pub(super) fn advance(
        &mut self,
        metrics: &Metrics,
        bytes: &[u8],
        decode: &dyn Fn(&[u8]) -> String,
    ) {
        let s = self.state;
        let m = mul(self.tm, s.ctm);
        let norm = (m[0] * m[0] + m[1] * m[1]).sqrt();
        let along = if norm > 0.0 {
            (m[0] / norm, m[1] / norm)
        } else {
            (1.0, 0.0)
        };
        let em = s.size.abs() * (m[2] * m[2] + m[3] * m[3]).sqrt();
        let mut glyphs = Vec::new();
        for (code, raw) in metrics.codes(bytes) {
            let space = if !metrics.two_byte && code == 32 {
                s.word_spacing
            } else {
                0.0
            };
            let measured = metrics.measured_width(code);
            let width = measured.unwrap_or(metrics.default) / 1000.0 * s.size * s.scale;
            let tx = (metrics.width(code) / 1000.0 * s.size + s.char_spacing + space) * s.scale;
            let origin = self.origin();
            glyphs.push((raw, origin, tx, width, measured.is_some()));
            self.tm = mul(translate(tx, 0.0), self.tm);
        }
        let Some(&(_, origin, ..)) = glyphs.first() else {
            return;
        };
        if glyphs.iter().all(|g| g.2 > 0.0) {
            let text = decode(bytes);
            let end = self.origin();
            let extent = (end.0 - origin.0) * along.0 + (end.1 - origin.1) * along.1;
            let solid = if glyphs.iter().all(|g| g.4) {
                extent
            } else {
                extent.min(glyphs.len() as f64 * NARROWEST * em)
            };
            self.keep(Run {
                text,
                origin,
                along,
                extent,
                em,
                solid,
            });
            return;
        }
        for (raw, origin, _, width, measured) in glyphs {
            let extent = (width * norm).abs();
            self.keep(Run {
                text: decode(raw),
                origin,
                along,
                extent,
                em,
                solid: if measured {
                    extent
                } else {
                    extent.min(NARROWEST * em)
                },
            });
        }
    }

    fn keep(&mut self, run: Run) {
        if !run.text.is_empty() {
            self.runs.push(run);
        }
    }

    /// The text of the runs kept since the last call, laid out as a reader sees the page (see the module doc).
    /// Where text is drawn over other text, a second reading takes the text drawn last first (what a viewer shows
    /// on top): either may be the one a decoy hides.
    pub(super) fn take_visual(&mut self) -> Vec<String> {
        let runs = std::mem::take(&mut self.runs);
        let mut directions: Vec<(i64, Vec<usize>)> = Vec::new();
        for (i, r) in runs.iter().enumerate() {
            let key = (r.along.1.atan2(r.along.0).to_degrees().round() as i64).rem_euclid(360);
            match directions.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(i),
                None => directions.push((key, vec![i])),
            }
        }
        // Each line: the direction it runs in and its runs in drawing order.
        let mut lines: Vec<((f64, f64), Vec<usize>)> = Vec::new();
        for (key, mut members) in directions {
            let angle = (key as f64).to_radians();
            let (cos, sin) = (angle.cos(), angle.sin());
            let height = |r: &Run| r.origin.1 * cos - r.origin.0 * sin;
            members.sort_by(|&a, &b| {
                height(&runs[b])
                    .total_cmp(&height(&runs[a]))
                    .then(a.cmp(&b))
            });
            let mut top = f64::NAN;
            for i in members {
                let r = &runs[i];
                let new = match lines.last() {
                    Some((_, line)) if !line.is_empty() => {
                        let em = r.em.max(runs[line[0]].em);
                        {
                            let drop = top - height(r);
                            drop.is_nan() || drop > LINE_MOVE * em
                        }
                    }
                    _ => true,
                };
                if new {
                    top = height(r);
                    lines.push(((cos, sin), Vec::new()));
                }
                if let Some((_, line)) = lines.last_mut() {
                    line.push(i);
                }
            }
            // The next direction starts a line of its own.
            lines.push(((cos, sin), Vec::new()));
        }
        for (_, line) in &mut lines {
            line.sort_unstable();
        }
        let (forward, layered) = lay_out(&runs, &lines, false);
        let mut readings = vec![forward];
        if layered {
            let (backward, _) = lay_out(&runs, &lines, true);
            if backward != readings[0] {
                readings.push(backward);
            }
        }
        readings
    }

    /// Moves by a `TJ` adjustment (thousandths of an em, positive to the left).
    pub(super) fn kern(&mut self, adjustment: f64) {
        let tx = -adjustment / 1000.0 * self.state.size * self.state.scale;
        self.tm = mul(translate(tx, 0.0), self.tm);
    }

    /// Notes where the run just shown ended.
    pub(super) fn end_run(&mut self) {
        let m = mul(self.tm, self.state.ctm);
        let norm = (m[0] * m[0] + m[1] * m[1]).sqrt();
        let along = if norm > 0.0 {
            (m[0] / norm, m[1] / norm)
        } else {
            (1.0, 0.0)
        };
        let em = self.state.size.abs() * (m[2] * m[2] + m[3] * m[3]).sqrt();
        let end = (m[4], m[5]);
        self.last = Some(End {
            start: self.run_start.unwrap_or(end),
            end,
            along,
            em,
        });
    }
}

/// The lines as text, each split into layers where text is drawn over text (runs taken in drawing order, or the
/// last drawn first when `backward`), each layer ordered along its line, a gap wider than [`WORD_GAP`] read as a
/// space and one wider than [`CELL_GAP`] as a cell boundary; and whether any line had more than one layer.
fn lay_out(runs: &[Run], lines: &[((f64, f64), Vec<usize>)], backward: bool) -> (String, bool) {
    let key = |x: f64| (x * 64.0).round() as i64;
    let mut out = String::new();
    let mut layered = false;
    for ((cos, sin), line) in lines {
        let at = |r: &Run| r.origin.0 * cos + r.origin.1 * sin;
        let mut layers: Vec<BTreeMap<(i64, usize), usize>> = Vec::new();
        let order: Box<dyn Iterator<Item = &usize>> = if backward {
            Box::new(line.iter().rev())
        } else {
            Box::new(line.iter())
        };
        for &i in order {
            let r = &runs[i];
            let (a, tol) = (at(r), SAME_PLACE * r.em);
            let free = |layer: &BTreeMap<(i64, usize), usize>| {
                let close = layer
                    .range((key(a - tol), 0)..=(key(a + tol), usize::MAX))
                    .next()
                    .is_some();
                let covered = layer
                    .range(..(key(a), 0))
                    .next_back()
                    .is_some_and(|(_, &p)| a < at(&runs[p]) + runs[p].solid - tol);
                let covers = layer
                    .range((key(a), usize::MAX)..)
                    .next()
                    .is_some_and(|(_, &n)| at(&runs[n]) < a + r.solid - tol);
                !close && !covered && !covers
            };
            let index = match layers.iter().position(free) {
                Some(n) => n,
                None if layers.len() < MAX_LAYERS => {
                    layers.push(BTreeMap::new());
                    layers.len() - 1
                }
                None => layers.len() - 1,
            };
            layers[index].insert((key(a), i), i);
        }
        layered |= layers.len() > 1;
        for layer in layers {
            let mut end: Option<f64> = None;
            for &i in layer.values() {
                let r = &runs[i];
                let a = at(r);
                if let Some(e) = end {
                    if a - e > CELL_GAP * r.em {
                        out.push(STOP);
                    } else if a - e > WORD_GAP * r.em && !out.ends_with(char::is_whitespace) {
                        out.push(' ');
                    }
                }
                out.push_str(&r.text);
                end = Some(a + r.extent);
            }
            if !out.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    (out, layered)
}
