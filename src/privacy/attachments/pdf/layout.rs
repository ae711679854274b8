//! Where shown text lands on the page, so that runs are joined as a reader sees them. Word and WPS position glyphs
//! and words one by one (`Td`, `TD`, `Tm`, `T*`, kerning in `TJ`); breaking the text at every such operator would
//! split a phone or card number drawn one digit at a time. Runs on one line with a gap under
//! [`SPACE_GAP`] ems are joined, a larger gap reads as a space and a move across the line as a line break. Glyph
//! widths come from the font (`Widths`, or `W`/`DW` of a composite font); where a font gives none, a generous
//! width is assumed, which makes gaps look smaller: when unsure, text is joined, as privacy wants.

use lopdf::{Dictionary, Document, Object};

/// A gap between runs, in ems, from which on it reads as a space.
const SPACE_GAP: f64 = 0.3;
/// A move across the line, in ems, from which on it reads as a line break.
const LINE_MOVE: f64 = 0.5;
/// The width assumed for a glyph of a simple font without `Widths`, in thousandths of an em (Courier's, wider
/// than most glyphs of other fonts).
const SIMPLE_WIDTH: f64 = 600.0;
/// The width assumed for a glyph of a composite font without `DW`, as the PDF specification says.
const COMPOSITE_WIDTH: f64 = 1000.0;

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
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            two_byte: false,
            first: 0,
            widths: Vec::new(),
            ranges: Vec::new(),
            default: SIMPLE_WIDTH,
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
        let default = descendant
            .and_then(|d| d.get(b"DW").ok())
            .and_then(|o| number(doc, o))
            .unwrap_or(COMPOSITE_WIDTH);
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
            ..Self::default()
        }
    }

    fn width(&self, code: u32) -> f64 {
        if self.two_byte {
            return self
                .ranges
                .iter()
                .find(|(a, b, _)| (*a..=*b).contains(&code))
                .map_or(self.default, |r| r.2);
        }
        usize::try_from(i64::from(code) - self.first)
            .ok()
            .and_then(|i| self.widths.get(i))
            .copied()
            .unwrap_or(self.default)
    }

    /// The codes of a shown string (one byte each in a simple font, two in a composite one).
    fn codes<'a>(&self, bytes: &'a [u8]) -> impl Iterator<Item = u32> + 'a {
        let step = if self.two_byte { 2 } else { 1 };
        bytes
            .chunks(step)
            .map(|c| c.iter().fold(0u32, |n, b| n << 8 | u32::from(*b)))
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

pub(super) struct Layout {
    state: State,
    saved: Vec<State>,
    tm: Matrix,
    tlm: Matrix,
    run_start: Option<(f64, f64)>,
    last: Option<End>,
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

    /// What separates the run about to be shown from the previous one: nothing, a space or a line break.
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
        } else if along > SPACE_GAP || along < -(width + SPACE_GAP) {
            Some(' ')
        } else {
            None
        }
    }

    /// Moves past the glyphs of a shown string.
    pub(super) fn advance(&mut self, metrics: &Metrics, bytes: &[u8]) {
        let s = self.state;
        for code in metrics.codes(bytes) {
            let space = if !metrics.two_byte && code == 32 {
                s.word_spacing
            } else {
                0.0
            };
            let tx = (metrics.width(code) / 1000.0 * s.size + s.char_spacing + space) * s.scale;
            self.tm = mul(translate(tx, 0.0), self.tm);
        }
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
