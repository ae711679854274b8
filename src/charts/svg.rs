//! Post-processing of plotters' SVG into an accessible image: `role="img"`, a `<title>` and a `<desc>` that
//! `aria-labelledby` points at (ids prefixed per chart and per page, so a page with several charts has no duplicate
//! ids), one font stack, text size and ink colour on the root instead of on every text (a page carries each chart
//! twice, phone and desktop, so repeated attributes were a tenth of a chart-heavy page), and each drawn value marked
//! with the exact figure it shows, so tests (and anyone reading the source) can check it against the data table.

use super::draw::DrawError;
use super::measure::FONT;
use super::palette::INK;
use super::scene::{Role, Scene};
use crate::html::markup::escape;

/// CJK fonts first: their Latin glyphs are the ones the width estimate in `measure` was made for.
pub const FONT_STACK: &str = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/// The accessible texts of one chart.
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    /// Prefix of the ids inside the SVG, unique on the page it is placed in.
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
}

pub fn finish(raw: &str, scene: &Scene, labels: Labels) -> Result<String, DrawError> {
    let mut lines = raw.lines();
    if !lines.next().is_some_and(|l| l.starts_with("<svg ")) {
        return Err(DrawError(
            "plotters did not start the document with <svg>".into(),
        ));
    }
    let (w, h) = (scene.width.ceil() as u32, scene.height.ceil() as u32);
    let inherited = Inherited::new();
    let mut out = String::with_capacity(raw.len() + 512);
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}.title {id}.desc\" class=\"chart-svg\" font-family=\"{FONT_STACK}\"{}>\n<title id=\"{id}.title\">{}</title>\n<desc id=\"{id}.desc\">{}</desc>\n",
        inherited.on_root,
        escape(labels.title),
        escape(labels.desc),
        id = labels.id,
    ));
    let mut texts = scene.texts();
    while let Some(line) = lines.next() {
        let line = line
            .replace(" opacity=\"1\"", "")
            .replace(" font-family=\"sans-serif\"", "")
            .replace(" stroke=\"none\"", "");
        if let Some(attrs) = line.strip_prefix("<text ") {
            let content = lines.next().unwrap_or_default();
            let close = lines.next().unwrap_or_default();
            if close != "</text>" {
                return Err(DrawError(
                    "a <text> element spans more than one line".into(),
                ));
            }
            let Some(t) = texts.next() else {
                return Err(DrawError("the SVG has more texts than the chart".into()));
            };
            let attrs = inherited.strip(attrs.trim_end_matches('>'));
            let mark = match t.role {
                Role::Value(v) => format!(" class=\"chart-value\" data-value=\"{v}\""),
                Role::Label => String::new(),
            };
            out.push_str(&format!("<text {attrs}{mark}>{content}</text>\n"));
        } else {
            out.push_str(&line);
            out.push('\n');
        }
    }
    if texts.next().is_some() {
        return Err(DrawError("the SVG has fewer texts than the chart".into()));
    }
    Ok(out)
}

/// Text attributes every chart text has unless it says otherwise, set once on the root and left off each text.
/// Only texts lose them: every shape plotters draws names its own fill, so the root's fill reaches nothing else.
struct Inherited {
    on_root: String,
    on_text: [String; 3],
}

impl Inherited {
    fn new() -> Self {
        let ink = INK.hex().to_uppercase();
        Inherited {
            on_root: format!(" font-size=\"{FONT}\" fill=\"{ink}\""),
            on_text: [
                format!(" font-size=\"{FONT}\""),
                format!(" fill=\"{ink}\""),
                " text-anchor=\"start\"".to_string(),
            ],
        }
    }

    fn strip(&self, attrs: &str) -> String {
        let mut out = attrs.to_string();
        for a in &self.on_text {
            out = out.replace(a.as_str(), "");
        }
        out
    }
}
