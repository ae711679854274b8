//! Markup read as a browser reads it, for every stage that looks at published HTML, SVG or XML: the egress scan
//! ([`scan`]), the search index ([`text`]) and the link check ([`links`]). Hand-written readers each disagreed
//! with browsers somewhere (a `;`-less or zero-padded character reference, an entity they did not know, an element
//! they did not know was inline), and every disagreement was a way to publish a number the guard could not see. So
//! the bytes go through html5ever's tokenizer, which decodes character references exactly as a browser does, and
//! one walker adds what a tokenizer does not know: which elements join their text to their neighbours' (inline),
//! which end a run of text (blocks), which hide it, and where raw text (scripts, styles) begins and ends.
//!
//! Writing goes the other way: [`markup`] escapes text for HTML and XML, [`url`] percent-encodes internal links.
//!
//! This module depends on nothing else in the crate, so every stage may use it.

mod css;
mod elements;
mod escapes;
pub mod layout;
pub mod links;
pub mod markup;
pub mod scan;
mod selector;
pub mod svg;
pub mod text;
pub mod url;

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

pub use css::{Generated, generated_content, hidden_classes, loads_fonts};
pub use elements::Layout;
pub use escapes::{decode_css, decode_js, decode_punycode, script_strings};
pub use html5ever::Attribute;

/// How a file's elements lay out when nothing else is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// HTML: elements the HTML standard does not make blocks are inline, as browsers draw unknown elements.
    Html,
    /// SVG and other XML: every element is its own field or drawing, except SVG's text spans and links, and any
    /// element inside an SVG `<text>`, `<title>` or `<desc>`.
    Xml,
}

impl Dialect {
    /// The dialect of an output file by its name, or `None` for a file that is not markup.
    pub fn of_path(path: &str) -> Option<Dialect> {
        let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Some(Dialect::Html),
            "svg" | "xml" => Some(Dialect::Xml),
            _ => None,
        }
    }
}

/// Where the walker is when it reports an event.
#[derive(Debug, Clone, Copy, Default)]
pub struct State {
    /// The line of the source the tokenizer has reached.
    pub line: usize,
    /// Inside an element hidden from every reader (`hidden`, `display:none`, a class the theme hides).
    pub hidden: bool,
    /// Inside a `<script>` or `<style>` (or another raw-text element): the text is code, not prose.
    pub raw: Option<Raw>,
    /// Inside an `<svg>` drawing (in HTML) or an SVG file.
    pub svg: bool,
    /// Inside a `<template>`, whose content is never shown as it stands.
    pub template: bool,
}

/// Raw text elements, whose content is not markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raw {
    Script,
    Style,
    /// `noscript`, `xmp`, `iframe`, `noembed`, `noframes`, `plaintext`: text as it stands, tags included.
    Other,
}

/// What the walker reports, in document order.
pub enum Event<'a> {
    /// A start tag. `hides` when this element itself hides its content.
    Start {
        name: &'a str,
        attrs: &'a [Attribute],
        layout: Layout,
        hides: bool,
    },
    /// An end tag, or the end of an element closed by the start of another.
    End {
        name: &'a str,
        layout: Layout,
        hides: bool,
    },
    /// Text with character references decoded.
    Text(&'a str),
    Comment(&'a str),
}

pub trait Visitor {
    fn visit(&mut self, event: Event<'_>, state: &State);
}

/// What the walker needs besides the markup.
#[derive(Debug, Clone, Copy)]
pub struct Reading<'a> {
    pub dialect: Dialect,
    /// Class names the site's style sheets hide (`display: none`), from [`hidden_classes`].
    pub hidden_classes: &'a [String],
}

impl Default for Reading<'_> {
    fn default() -> Self {
        Reading {
            dialect: Dialect::Html,
            hidden_classes: &[],
        }
    }
}

/// Tokenizes `markup` and reports every event to `visitor`.
pub fn walk(markup: &str, reading: Reading<'_>, visitor: &mut impl Visitor) {
    let sink = Sink(RefCell::new(Walker {
        reading,
        hiding: elements::Hiding::new(reading.hidden_classes),
        visitor,
        open: Vec::new(),
        state: State {
            svg: reading.dialect == Dialect::Xml,
            ..State::default()
        },
        hidden_depth: 0,
        template_depth: 0,
        svg_depth: 0,
    }));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(markup));
    // The sink never asks the tokenizer to stop for a script or an encoding, so one feed reads everything.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
}

struct Sink<'v, V>(RefCell<Walker<'v, V>>);

/// An element still open, as far as a walker without a tree can tell.
struct Open {
    name: html5ever::LocalName,
    layout: Layout,
    hides: bool,
    /// Inside an SVG element that holds text ([`elements::holds_text`]): every element within is inline.
    in_text: bool,
    /// Inside an SVG `<foreignObject>`: its content is HTML, laid out as HTML (`<b>` runs on, `<p>` stands apart).
    html: bool,
}

struct Walker<'v, V> {
    reading: Reading<'v>,
    hiding: elements::Hiding<'v>,
    visitor: &'v mut V,
    open: Vec<Open>,
    state: State,
    hidden_depth: usize,
    template_depth: usize,
    /// Open `<svg>` and `<math>` elements in HTML: foreign content, where tags close themselves with `/>`.
    svg_depth: usize,
}

impl<V: Visitor> TokenSink for Sink<'_, V> {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let mut w = self.0.borrow_mut();
        w.state.line = usize::try_from(line).unwrap_or(usize::MAX);
        match token {
            Token::TagToken(tag) => match tag.kind {
                TagKind::StartTag => return w.start(&tag.name, &tag.attrs, tag.self_closing),
                TagKind::EndTag => w.end(&tag.name),
            },
            Token::CharacterTokens(text) => {
                let state = w.state;
                w.visitor.visit(Event::Text(&text), &state);
            }
            Token::NullCharacterToken => {
                let state = w.state;
                w.visitor.visit(Event::Text("\u{FFFD}"), &state);
            }
            Token::CommentToken(text) => {
                let state = w.state;
                w.visitor.visit(Event::Comment(&text), &state);
            }
            Token::DoctypeToken(_) | Token::EOFToken | Token::ParseError(_) => {}
        }
        TokenSinkResult::Continue
    }

    /// What is still open at the end is closed, so that every visitor sees every element end.
    fn end(&self) {
        let mut w = self.0.borrow_mut();
        while !w.open.is_empty() {
            w.pop();
        }
    }

    /// CDATA sections are text in SVG and XML (and a comment in HTML), as in a browser.
    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        let w = self.0.borrow();
        w.reading.dialect == Dialect::Xml || w.svg_depth > 0
    }
}

impl<V: Visitor> Walker<'_, V> {
    fn foreign(&self) -> bool {
        self.reading.dialect == Dialect::Xml || self.svg_depth > 0
    }

    fn start(
        &mut self,
        name: &html5ever::LocalName,
        attrs: &[Attribute],
        self_closing: bool,
    ) -> TokenSinkResult<()> {
        // A `<foreignObject>` holds HTML (a page's parser reads it as HTML, an SVG file's as XHTML), up to an `<svg>`.
        let html = self.open.last().is_some_and(|o| o.html) && &**name != "svg";
        if self.svg_depth > 0 && !html && elements::breaks_out_of_foreign(name, attrs) {
            while self.svg_depth > 0 && !self.open.is_empty() {
                self.pop();
            }
        }
        let foreign = self.foreign() && !(html && self.reading.dialect == Dialect::Html);
        if !foreign {
            self.close_implied_by(name);
        }
        let entering_svg = !foreign && matches!(&**name, "svg" | "math");
        let in_text = foreign && self.open.last().is_some_and(|o| o.in_text);
        let layout = if in_text {
            Layout::Inline
        } else if html {
            elements::html_layout(name)
        } else if foreign || entering_svg {
            elements::foreign_layout(name)
        } else {
            elements::html_layout(name)
        };
        let hides = elements::hides(name, attrs, &self.hiding);
        let void = if foreign || entering_svg {
            self_closing
        } else {
            elements::is_void(name)
        };
        if !void {
            if hides {
                self.hidden_depth += 1;
            }
            if !foreign && &**name == "template" {
                self.template_depth += 1;
            }
            if entering_svg || (self.svg_depth > 0 && matches!(&**name, "svg" | "math")) {
                self.svg_depth += 1;
            }
            self.open.push(Open {
                name: name.clone(),
                layout,
                hides,
                in_text: in_text || ((foreign || entering_svg) && elements::holds_text(name)),
                html: html || (self.foreign() && &**name == "foreignobject"),
            });
        }
        self.refresh();
        let mut state = self.state;
        // A void element that hides is reported hidden, like the content of one that is not void.
        state.hidden |= hides;
        self.visitor.visit(
            Event::Start {
                name,
                attrs,
                layout,
                hides,
            },
            &state,
        );
        if void {
            self.visitor.visit(
                Event::End {
                    name,
                    layout,
                    hides,
                },
                &state,
            );
            return TokenSinkResult::Continue;
        }
        if foreign || entering_svg {
            // In SVG a script or style is parsed as markup, but its text is still code.
            self.state.raw = match &**name {
                "script" => Some(Raw::Script),
                "style" => Some(Raw::Style),
                _ => self.state.raw,
            };
            return TokenSinkResult::Continue;
        }
        match elements::raw_kind(name) {
            Some((result, raw)) => {
                self.state.raw = raw;
                result
            }
            None => TokenSinkResult::Continue,
        }
    }

    fn end(&mut self, name: &html5ever::LocalName) {
        if let Some(at) = self.open.iter().rposition(|o| o.name == *name) {
            while self.open.len() > at {
                self.pop();
            }
        } else if &**name == "br" && !self.foreign() {
            // `</br>` is a line break in every browser.
            let state = self.state;
            self.visitor.visit(
                Event::Start {
                    name,
                    attrs: &[],
                    layout: Layout::Break,
                    hides: false,
                },
                &state,
            );
        }
    }

    /// Closes what a browser closes when `name` starts: a paragraph before a block, a list item before the next,
    /// a cell before the next cell or row.
    fn close_implied_by(&mut self, name: &html5ever::LocalName) {
        let layout = elements::html_layout(name);
        let peers = elements::closed_by(name);
        let scope = |o: &Open| {
            matches!(
                &*o.name,
                "table" | "ul" | "ol" | "dl" | "select" | "template" | "svg" | "math"
            )
        };
        for peer in peers {
            if let Some(at) = self
                .open
                .iter()
                .rposition(|o| &*o.name == *peer || scope(o))
                && &*self.open[at].name == *peer
            {
                while self.open.len() > at {
                    self.pop();
                }
            }
        }
        if layout == Layout::Block
            && let Some(at) = self
                .open
                .iter()
                .rposition(|o| &*o.name == "p" || o.layout == Layout::Block)
            && &*self.open[at].name == "p"
        {
            while self.open.len() > at {
                self.pop();
            }
        }
    }

    fn pop(&mut self) {
        let Some(open) = self.open.pop() else {
            return;
        };
        let state = self.state;
        self.visitor.visit(
            Event::End {
                name: &open.name,
                layout: open.layout,
                hides: open.hides,
            },
            &state,
        );
        if open.hides {
            self.hidden_depth -= 1;
        }
        if self.state.raw.is_some() && elements::has_raw_text(&open.name) {
            self.state.raw = None;
        }
        if &*open.name == "template" && self.template_depth > 0 && self.svg_depth == 0 {
            self.template_depth -= 1;
        }
        if matches!(&*open.name, "svg" | "math") && self.svg_depth > 0 {
            self.svg_depth -= 1;
        }
        self.refresh();
    }

    fn refresh(&mut self) {
        self.state.hidden = self.hidden_depth > 0;
        self.state.template = self.template_depth > 0;
        self.state.svg = self.reading.dialect == Dialect::Xml || self.svg_depth > 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events of a walk, one word each, to check what the walker saw.
    #[derive(Default)]
    struct Trace(Vec<String>);

    impl Visitor for Trace {
        fn visit(&mut self, event: Event<'_>, state: &State) {
            let hidden = if state.hidden { "!" } else { "" };
            self.0.push(match event {
                Event::Start { name, layout, .. } => format!("<{name}:{layout:?}{hidden}"),
                Event::End { name, .. } => format!("</{name}{hidden}"),
                Event::Text(t) => format!(
                    "{t:?}{hidden}{}",
                    if state.raw.is_some() { "raw" } else { "" }
                ),
                Event::Comment(c) => format!("#{c}"),
            });
        }
    }

    fn trace(html: &str) -> String {
        let mut t = Trace::default();
        walk(html, Reading::default(), &mut t);
        t.0.join(" ")
    }

    #[test]
    fn paragraphs_and_list_items_close_as_in_a_browser() {
        assert_eq!(
            trace("<p>a<p>b<ul><li>c<li>d</ul>"),
            "<p:Block \"a\" </p <p:Block \"b\" </p <ul:Block <li:Block \"c\" </li <li:Block \"d\" </li </ul"
        );
    }

    #[test]
    fn hidden_ends_with_its_element_and_scripts_are_raw() {
        assert_eq!(
            trace("<span hidden>a<b>b</b></span>c<script>x<y</script>"),
            "<span:Inline! \"a\"! <b:Inline! \"b\"! </b! </span! \"c\" <script:Inline \"x\"raw \"<\"raw \"y\"raw </script"
        );
    }

    #[test]
    fn html_ends_a_drawing_left_open() {
        assert_eq!(
            trace("<svg/><span>1</span><svg><text>2<p>3"),
            "<svg:Inline </svg <span:Inline \"1\" </span <svg:Inline <text:Block \"2\" </text </svg <p:Block \"3\" </p"
        );
    }

    #[test]
    fn every_element_inside_svg_text_is_inline() {
        assert_eq!(
            trace(
                "<svg><text>1<kbd>2</kbd><label>3<wbr>4</label></text><text>5</text><rect/></svg>"
            ),
            "<svg:Inline <text:Block \"1\" <kbd:Inline \"2\" </kbd <label:Inline \"3\" <wbr:Inline \"4\" </wbr </label </text <text:Block \"5\" </text <rect:Block </rect </svg"
        );
        assert_eq!(
            trace(
                "<svg><title>a<q>b</q></title><desc><label>c</label></desc><g><q>d</q></g></svg>"
            ),
            "<svg:Inline <title:Block \"a\" <q:Inline \"b\" </q </title <desc:Block <label:Inline \"c\" </label </desc <g:Block <q:Block \"d\" </q </g </svg"
        );
    }

    #[test]
    fn a_foreign_object_holds_html_laid_out_as_html() {
        assert_eq!(
            trace("<svg><foreignObject><div>1<b>2</b></div><g>3</g></foreignObject><g>4</g></svg>"),
            "<svg:Inline <foreignobject:Block <div:Block \"1\" <b:Inline \"2\" </b </div <g:Inline \"3\" </g </foreignobject <g:Block \"4\" </g </svg"
        );
    }

    #[test]
    fn svg_elements_close_themselves_and_cdata_is_text() {
        assert_eq!(
            trace("<svg><text>1<tspan/>2</text><![CDATA[3]]><script>4</script></svg>"),
            "<svg:Inline <text:Block \"1\" <tspan:Inline </tspan \"2\" </text \"3\" <script:Block \"4\"raw </script </svg"
        );
    }
}
