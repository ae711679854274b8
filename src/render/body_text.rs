//! What a reader sees of a body, read from the Markdown events it was written from rather than by tokenizing the
//! written HTML again. The result is exactly [`crate::html::text::text`] of the body's HTML (a test holds the two
//! together over every Markdown input of the repository): the same rules join text across inline elements, cut it at
//! blocks, keep figures in neighbouring blocks apart, and collect headings. The shortcodes' own HTML (figures,
//! tables, charts) is read with [`crate::html::walk`], as part of the same reading.

use std::collections::HashMap;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::placeholder::{OPEN, Trusted, read_placeholder};
use crate::html::text::Text;
use crate::html::{self, Layout, Reading, State, Visitor};

/// The text of the body written from `events` (those of [`super::plain::filtered`], before it drops addresses) with
/// the shortcodes `trusted` in place of their placeholders, as [`super::markdown`]'s `restore` puts them.
pub fn read<'e>(events: &'e [Event<'e>], trusted: &[Trusted]) -> Text {
    let mut r = Reader::default();
    // Footnotes are numbered as pulldown-cmark's writer numbers them: by first reference or definition.
    let mut numbers: HashMap<&str, usize> = HashMap::new();
    let mut number = |name: &'e str| -> String {
        let next = numbers.len() + 1;
        numbers.entry(name).or_insert(next).to_string()
    };
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Image { .. }) => {
                // An image shows no text: its description is its `alt`. Footnotes referred to there are numbered.
                let mut nest = 0usize;
                i += 1;
                while let Some(e) = events.get(i) {
                    match e {
                        Event::Start(_) => nest += 1,
                        Event::End(_) if nest == 0 => break,
                        Event::End(_) => nest -= 1,
                        Event::FootnoteReference(name) => {
                            number(name);
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            Event::Start(Tag::Paragraph) if let Some((n, len)) = lone_block(events, i, trusted) => {
                r.html(&trusted[n].html);
                i += len - 1;
            }
            Event::Start(tag) => {
                r.start(matches!(tag, Tag::Heading { .. }), start_layout(tag));
                if let Tag::FootnoteDefinition(name) = tag {
                    r.push(&number(name));
                }
            }
            Event::End(tag) => r.end(matches!(tag, TagEnd::Heading(_)), end_layout(*tag)),
            Event::Text(t) => {
                // Text the parser gave in pieces is one text in the HTML, where `restore` finds placeholders.
                let mut joined = String::new();
                while let Some(Event::Text(more)) = events.get(i + 1) {
                    if joined.is_empty() {
                        joined.push_str(t);
                    }
                    joined.push_str(more);
                    i += 1;
                }
                r.text(if joined.is_empty() { t } else { &joined }, trusted);
            }
            Event::Code(t) => r.text(t, trusted),
            Event::SoftBreak => r.push("\n"),
            Event::HardBreak => {
                r.start(false, Layout::Break);
                r.end(false, Layout::Break);
                r.push("\n");
            }
            Event::Rule => {
                r.start(false, Layout::Block);
                r.end(false, Layout::Block);
            }
            Event::FootnoteReference(name) => {
                let n = number(name);
                r.push(&n);
            }
            // Raw HTML, math and task lists never reach here (see `plain::filtered`).
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::TaskListMarker(_) => {}
        }
        i += 1;
    }
    r.out.body.truncate(r.out.body.trim_end().len());
    r.out
}

/// A paragraph at `events[at]` holding nothing but the placeholder of a block shortcode, which `restore` puts in
/// the paragraph's place: the shortcode's number and how many events the paragraph spans.
fn lone_block(events: &[Event], at: usize, trusted: &[Trusted]) -> Option<(usize, usize)> {
    let mut text = String::new();
    let mut j = at + 1;
    while let Some(Event::Text(t)) = events.get(j) {
        text.push_str(t);
        j += 1;
    }
    if !matches!(events.get(j), Some(Event::End(TagEnd::Paragraph))) {
        return None;
    }
    let (n, len) = read_placeholder(&text)?;
    (len == text.len() && trusted.get(n).is_some_and(|t| t.block)).then_some((n, j - at + 1))
}

/// How the element pulldown-cmark writes for `tag` lays out (see `html::elements`): blocks for paragraphs,
/// headings, quotes, code blocks, lists and items, tables and their parts, footnote definitions (`<div>`).
fn start_layout(tag: &Tag) -> Layout {
    match tag {
        Tag::Emphasis
        | Tag::Strong
        | Tag::Strikethrough
        | Tag::Link { .. }
        | Tag::Image { .. }
        | Tag::Superscript
        | Tag::Subscript => Layout::Inline,
        _ => Layout::Block,
    }
}

fn end_layout(tag: TagEnd) -> Layout {
    match tag {
        TagEnd::Emphasis
        | TagEnd::Strong
        | TagEnd::Strikethrough
        | TagEnd::Link
        | TagEnd::Image
        | TagEnd::Superscript
        | TagEnd::Subscript => Layout::Inline,
        _ => Layout::Block,
    }
}

/// The reading of `html::text`, fed by Markdown events and by the walker over shortcode HTML alike.
#[derive(Default)]
pub(super) struct Reader {
    pub(super) out: Text,
    /// A block or line break stands between the last text and the next.
    broken: bool,
    heading: Option<String>,
}

impl Reader {
    fn start(&mut self, heading: bool, layout: Layout) {
        if heading {
            self.heading = Some(String::new());
        }
        self.layout(layout);
    }

    fn end(&mut self, heading: bool, layout: Layout) {
        if heading && let Some(h) = self.heading.take() {
            let h = h.trim();
            if !h.is_empty() {
                self.out.headings.push(h.to_string());
            }
        }
        self.layout(layout);
    }

    /// Text with placeholders, each read as its shortcode's HTML (placed as `restore` places it in text).
    fn text(&mut self, text: &str, trusted: &[Trusted]) {
        let mut rest = text;
        while let Some(i) = rest.find(OPEN) {
            self.push(&rest[..i]);
            rest = &rest[i..];
            match read_placeholder(rest) {
                Some((n, len)) => {
                    match trusted.get(n) {
                        Some(Trusted {
                            text: Some(text), ..
                        }) => self.push(text),
                        Some(t) => self.html(t.html.trim_end()),
                        None => {}
                    }
                    rest = &rest[len..];
                }
                None => rest = &rest[OPEN.len_utf8()..],
            }
        }
        self.push(rest);
    }

    fn html(&mut self, markup: &str) {
        html::walk(markup, Reading::default(), self);
    }

    fn layout(&mut self, layout: Layout) {
        if layout != Layout::Inline {
            self.broken = true;
            if let Some(h) = self.heading.as_mut() {
                space(h);
            }
        }
    }

    /// Appends visible text; after a block boundary, figures on both sides are kept apart by a bar (see
    /// `html::text`: the privacy detectors would read two neighbouring table cells as one number).
    pub(super) fn push(&mut self, text: &str) {
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

impl Visitor for Reader {
    fn visit(&mut self, event: html::Event<'_>, state: &State) {
        let shown = !(state.svg || state.template || state.raw.is_some());
        match event {
            html::Event::Text(text) if shown && !state.hidden => self.push(text),
            html::Event::Start { name, layout, .. } if shown => {
                self.start(is_heading(name) && !state.hidden, layout)
            }
            html::Event::End { name, layout, .. } if shown => self.end(is_heading(name), layout),
            _ => {}
        }
    }
}

fn is_heading(name: &str) -> bool {
    name.len() == 2 && name.starts_with('h') && name.as_bytes()[1].is_ascii_digit()
}

fn space(s: &mut String) {
    if !s.is_empty() && !s.ends_with(' ') {
        s.push(' ');
    }
}
