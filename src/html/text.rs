//! The words a reader sees in a page, for the search index: visible prose with its headings, without drawings
//! (an `<svg>` chart repeats its table), scripts, styles, templates or hidden text.

use super::{Event, Layout, Reading, State, Visitor, walk};

/// A body's headings and its whole text (headings included), with runs of white space made one space.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub headings: Vec<String>,
    pub body: String,
}

pub fn text(html: &str) -> Text {
    let mut r = Reader::default();
    walk(html, Reading::default(), &mut r);
    r.out.body.truncate(r.out.body.trim_end().len());
    r.out
}

#[derive(Default)]
struct Reader {
    out: Text,
    /// A block or line break stands between the last text and the next.
    broken: bool,
    heading: Option<String>,
}

fn is_heading(name: &str) -> bool {
    name.len() == 2 && name.starts_with('h') && name.as_bytes()[1].is_ascii_digit()
}

impl Visitor for Reader {
    fn visit(&mut self, event: Event<'_>, state: &State) {
        let shown = !(state.svg || state.template || state.raw.is_some());
        match event {
            Event::Text(text) if shown && !state.hidden => self.push(text),
            Event::Start { name, layout, .. } if shown => {
                if is_heading(name) && !state.hidden {
                    self.heading = Some(String::new());
                }
                self.layout(layout);
            }
            Event::End { name, layout, .. } if shown => {
                if is_heading(name)
                    && let Some(h) = self.heading.take()
                {
                    let h = h.trim();
                    if !h.is_empty() {
                        self.out.headings.push(h.to_string());
                    }
                }
                self.layout(layout);
            }
            _ => {}
        }
    }
}

impl Reader {
    fn layout(&mut self, layout: Layout) {
        if layout != Layout::Inline {
            self.broken = true;
            if let Some(h) = self.heading.as_mut() {
                space(h);
            }
        }
    }

    /// Appends visible text. After a block boundary, figures on both sides are kept apart by a bar, not a space or a
    /// middle dot: the privacy detectors read digits separated by spaces or one separator such as `·` as one number
    /// (a phone number split into groups), so two neighbouring table cells must not look like that in the index.
    fn push(&mut self, text: &str) {
        let body = &mut self.out.body;
        for c in text.chars() {
            if self.broken && !c.is_whitespace() {
                self.broken = false;
                let before = body.trim_end().chars().next_back();
                if before.is_some_and(char::is_numeric) && c.is_numeric() {
                    body.truncate(body.trim_end().len());
                    body.push_str(" | ");
                } else {
                    space(body);
                }
            }
            if c.is_whitespace() {
                space(body);
                if let Some(h) = self.heading.as_mut() {
                    space(h);
                }
            } else {
                body.push(c);
                if let Some(h) = self.heading.as_mut() {
                    h.push(c);
                }
            }
        }
    }
}

fn space(s: &mut String) {
    if !s.is_empty() && !s.ends_with(' ') {
        s.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_prose_and_headings() {
        let t = text(
            "<h2>城市<em>低保</em></h2>\n<p>全区&amp;共<a href=\"/x\">3815户</a>。</p><table><tr><td>1</td><td>2</td></tr></table>",
        );
        assert_eq!(t.headings, ["城市低保"]);
        assert_eq!(t.body, "城市低保 全区&共3815户。 1 | 2");
    }

    #[test]
    fn figures_in_neighbouring_blocks_never_read_as_one_number() {
        let t = text("<tr><td>138</td><td>0013</td><td>8000</td></tr><p>共 12 户</p><p>3 人</p>");
        assert_eq!(t.body, "138 | 0013 | 8000 共 12 户 3 人");
        assert_eq!(text("<p>150<br>2020-07-11</p>").body, "150 | 2020-07-11");
    }

    #[test]
    fn drops_drawings_scripts_comments_and_hidden_text() {
        let t = text(
            "<p>a</p><svg viewBox=\"0 0 1 1\"><text>36758</text><svg></svg></svg><!-- x --><script>let a = '<p>';</script><p title=\"a>b\">b<span hidden>c</span></p><template><p>d</p></template>",
        );
        assert_eq!(t.body, "a b");
    }

    #[test]
    fn decodes_every_reference_and_keeps_stray_ampersands() {
        assert_eq!(
            text("&#20302;&#x4fdd;&hellip; A & B &bogus;").body,
            "低保… A & B &bogus;"
        );
    }
}
