//! Figure and table numbers on a page (see `validate::refs`): each caption starts with its number (图1, 表1;
//! Figure 1, Table 1 in other languages) and `ref()` becomes a link to it reading the same.

use crate::format::strings::page_lang;
use crate::html::markup::escape;
use crate::html::url::encode_fragment;
use crate::messages::msg;
use crate::model::FigureKind;
pub use crate::validate::refs::anchor;

/// How many charts and tables the page has shown so far.
#[derive(Debug, Default)]
pub struct Counter {
    charts: usize,
    tables: usize,
}

impl Counter {
    /// The number of the next figure of `kind`.
    pub fn next(&mut self, kind: FigureKind) -> usize {
        let n = match kind {
            FigureKind::Chart => &mut self.charts,
            FigureKind::Table => &mut self.tables,
        };
        *n += 1;
        *n
    }
}

/// `图1`, `表2`, `Figure 1`, `Table 2`.
pub fn label(kind: FigureKind, number: usize, lang: &str) -> String {
    match kind {
        FigureKind::Chart => msg!("reader-figure-number", number = number),
        FigureKind::Table => msg!("reader-table-number", number = number),
    }
    .text(page_lang(lang))
}

/// `ref()`'s link to the figure at `anchor`.
pub fn link(kind: FigureKind, number: usize, anchor: &str, lang: &str) -> String {
    format!(
        "<a class=\"xref\" href=\"#{}\">{}</a>",
        escape(&encode_fragment(anchor)),
        label(kind, number, lang)
    )
}

/// `html` with the number put at the start of the caption opened by `caption_open` (the first one: a chart's
/// figure holds a table of its numbers too, whose caption is not the figure's).
pub fn numbered(
    html: &str,
    caption_open: &str,
    kind: FigureKind,
    number: usize,
    lang: &str,
) -> String {
    match html.find(caption_open) {
        Some(at) => {
            let cut = at + caption_open.len();
            format!(
                "{}<span class=\"figure-number\">{}</span> {}",
                &html[..cut],
                label(kind, number, lang),
                &html[cut..]
            )
        }
        None => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_chinese_and_english() {
        assert_eq!(label(FigureKind::Chart, 1, "zh-CN"), "图1");
        assert_eq!(label(FigureKind::Table, 3, "en"), "Table 3");
    }

    #[test]
    fn the_number_opens_the_first_matching_caption() {
        let h = "<figure><figcaption id=\"c.caption\">T</figcaption><caption id=\"x\">N</caption></figure>";
        assert_eq!(
            numbered(
                h,
                "<figcaption id=\"c.caption\">",
                FigureKind::Chart,
                2,
                "zh-CN"
            ),
            "<figure><figcaption id=\"c.caption\"><span class=\"figure-number\">图2</span> T</figcaption><caption id=\"x\">N</caption></figure>"
        );
        assert_eq!(numbered(h, "<p>", FigureKind::Chart, 2, "en"), h);
    }

    #[test]
    fn references_link_to_the_anchor() {
        assert_eq!(
            link(FigureKind::Table, 1, "tn-低保", "en"),
            "<a class=\"xref\" href=\"#tn-%E4%BD%8E%E4%BF%9D\">Table 1</a>"
        );
    }
}
