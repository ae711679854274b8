//! What the HTML standard and browsers' default style sheet say about each element: whether its text runs on
//! into its neighbours', whether it is drawn at all, and whether its content is markup.
//!
//! The blocks are listed and everything else is inline, as browsers draw an element they do not know. For a
//! personal-data detector that is the choice that fails closed: text joined by mistake can only make a number
//! longer, text cut apart by mistake can hide one.

use html5ever::Attribute;
use html5ever::tokenizer::TokenSinkResult;
use html5ever::tokenizer::states::RawKind;

use rustc_hash::FxHashSet;

use super::Raw;
use super::escapes::decode_css;
use super::selector::{Compound, Selector, selector};

/// How an element's text meets the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Text runs on across it (`<span>`, `<kbd>`, `<label>`, an unknown element).
    Inline,
    /// A box of its own: the text before and after never joins (`<p>`, `<li>`, `<td>`).
    Block,
    /// A line break inside a block (`<br>`).
    Break,
}

/// Elements that start a box of their own in HTML: the standard's flow content that is not phrasing content, the
/// parts of tables, lists and forms that browsers lay out apart, and the document's head.
pub fn html_layout(name: &str) -> Layout {
    match name {
        "br" => Layout::Break,
        "address" | "article" | "aside" | "blockquote" | "body" | "caption" | "center" | "col"
        | "colgroup" | "dd" | "details" | "dialog" | "dir" | "div" | "dl" | "dt" | "fieldset"
        | "figcaption" | "figure" | "footer" | "form" | "frame" | "frameset" | "h1" | "h2"
        | "h3" | "h4" | "h5" | "h6" | "head" | "header" | "hgroup" | "hr" | "html" | "legend"
        | "li" | "listing" | "main" | "menu" | "nav" | "ol" | "optgroup" | "option" | "p"
        | "plaintext" | "pre" | "search" | "section" | "select" | "summary" | "table" | "tbody"
        | "td" | "textarea" | "tfoot" | "th" | "thead" | "title" | "tr" | "ul" | "xmp" => {
            Layout::Block
        }
        _ => Layout::Inline,
    }
}

/// In SVG and XML every element stands apart (an SVG `<text>` is placed on its own, a feed's `<title>` is a field),
/// except the spans of SVG text and MathML's inline formula parts. (The tokenizer gives names in lower case.)
pub fn foreign_layout(name: &str) -> Layout {
    const INLINE: [&str; 22] = [
        "tspan",
        "a",
        "textpath",
        "tref",
        "altglyph",
        "svg",
        "math",
        "mi",
        "mn",
        "mo",
        "ms",
        "mtext",
        "mrow",
        "msub",
        "msup",
        "msubsup",
        "mfrac",
        "msqrt",
        "mroot",
        "mstyle",
        "mspace",
        "semantics",
    ];
    if INLINE.contains(&name) {
        Layout::Inline
    } else {
        Layout::Block
    }
}

/// SVG elements whose content is text: everything inside one reads as one string (`textContent`, what a scraper,
/// a search engine or a copy takes), so an element inside it, known to SVG or not, never stops the text. The stops
/// stay between these elements and the shapes around them, so two chart labels are never read as one.
pub fn holds_text(name: &str) -> bool {
    matches!(name, "text" | "title" | "desc")
}

/// Elements that never have content or an end tag.
pub fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// The tokenizer state an element's content is read in, for the elements whose content is not markup, and what
/// kind of text it is (`None`: text with references decoded, like `<title>`). `<noscript>` is read as markup, as a
/// browser without scripts and every crawler reads it.
pub fn raw_kind(name: &str) -> Option<(TokenSinkResult<()>, Option<Raw>)> {
    Some(match name {
        "script" => (
            TokenSinkResult::RawData(RawKind::ScriptData),
            Some(Raw::Script),
        ),
        "style" => (TokenSinkResult::RawData(RawKind::Rawtext), Some(Raw::Style)),
        "xmp" | "iframe" | "noembed" | "noframes" => {
            (TokenSinkResult::RawData(RawKind::Rawtext), Some(Raw::Other))
        }
        "title" | "textarea" => (TokenSinkResult::RawData(RawKind::Rcdata), None),
        "plaintext" => (TokenSinkResult::Plaintext, Some(Raw::Other)),
        _ => return None,
    })
}

/// Whether an element's text is read as code ([`raw_kind`], and `<script>` and `<style>` in SVG).
pub fn has_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "plaintext"
    )
}

/// HTML start tags that end an `<svg>` or `<math>` left open, as the HTML parser's rules for foreign content say.
pub fn breaks_out_of_foreign(name: &str, attrs: &[Attribute]) -> bool {
    match name {
        "b" | "big" | "blockquote" | "body" | "br" | "center" | "code" | "dd" | "div" | "dl"
        | "dt" | "em" | "embed" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "head" | "hr" | "i"
        | "img" | "li" | "listing" | "menu" | "meta" | "nobr" | "ol" | "p" | "pre" | "ruby"
        | "s" | "small" | "span" | "strike" | "strong" | "sub" | "sup" | "table" | "tt" | "u"
        | "ul" | "var" => true,
        "font" => attrs
            .iter()
            .any(|a| matches!(&*a.name.local, "color" | "face" | "size")),
        _ => false,
    }
}

/// The open elements a start tag closes in a browser: the previous item, cell or row.
pub fn closed_by(name: &str) -> &'static [&'static str] {
    match name {
        "li" => &["li"],
        "dt" | "dd" => &["dt", "dd"],
        "td" | "th" => &["td", "th"],
        "tr" => &["td", "th", "tr"],
        "thead" | "tbody" | "tfoot" => &["td", "th", "tr", "thead", "tbody", "tfoot"],
        "option" => &["option"],
        "optgroup" => &["option", "optgroup"],
        "rt" | "rp" => &["rt", "rp"],
        _ => &[],
    }
}

/// The bidirectional controls that stand for an element's direction, opening and closing, as a browser lays it out:
/// `<bdo dir=rtl>` (or an inline style or SVG attribute with `unicode-bidi: bidi-override`) overrides the order of its characters,
/// `dir` on any other element isolates its text in that direction. The privacy scan puts them around
/// the element's text so the detector reads the text as it is shown as well (see `crate::privacy::bidi`).
pub fn direction(name: &str, attrs: &[Attribute]) -> Option<(char, char)> {
    let attr = |key: &str| {
        attrs
            .iter()
            .find(|a| &*a.name.local == key)
            .map(|a| a.value.trim().to_ascii_lowercase())
    };
    let dir = attr("dir");
    let style = attr("style").map(|s| s.replace(char::is_whitespace, ""));
    // SVG writes both as presentation attributes too (`<text direction="rtl" unicode-bidi="bidi-override">`).
    let presented = attr("direction").filter(|d| d == "rtl" || d == "ltr");
    let styled_dir = style
        .as_deref()
        .and_then(|s| {
            if s.contains("direction:rtl") {
                Some("rtl")
            } else if s.contains("direction:ltr") {
                Some("ltr")
            } else {
                None
            }
        })
        .or(presented.as_deref());
    let overrides = name == "bdo"
        || style
            .as_deref()
            .is_some_and(|s| s.contains("unicode-bidi:bidi-override"))
        || attr("unicode-bidi").is_some_and(|u| u == "bidi-override");
    let rtl = match dir.as_deref().or(styled_dir) {
        Some("rtl") => true,
        Some("ltr") => false,
        Some(_) => return Some(('\u{2068}', '\u{2069}')),
        // A `<bdi>` without `dir` takes its direction from its own text, which right-to-left letters in it show in
        // display order anyway.
        None => return None,
    };
    Some(match (overrides, rtl) {
        (true, true) => ('\u{202E}', '\u{202C}'),
        (true, false) => ('\u{202D}', '\u{202C}'),
        (false, true) => ('\u{2067}', '\u{2069}'),
        (false, false) => ('\u{2066}', '\u{2069}'),
    })
}

/// What the site's style sheets and a page's own rules hide ([`super::Reading::hidden_classes`]), sorted by what
/// each entry names, made once per walk: the list is consulted for every element of the page.
#[derive(Default)]
pub struct Hiding<'a> {
    classes: FxHashSet<&'a str>,
    /// Listed as `#id`.
    ids: FxHashSet<&'a str>,
    /// Listed as `<name`.
    names: FxHashSet<&'a str>,
    /// A page's own rules that pick exactly what they hide, listed as `?` and the selector
    /// ([`super::layout::own_style`]).
    picks: Vec<Compound>,
}

impl<'a> Hiding<'a> {
    pub fn new(hidden_classes: &'a [String]) -> Self {
        let mut h = Hiding::default();
        for entry in hidden_classes {
            if let Some(id) = entry.strip_prefix('#') {
                h.ids.insert(id);
            } else if let Some(name) = entry.strip_prefix('<') {
                h.names.insert(name);
            } else if let Some(s) = entry.strip_prefix('?') {
                if let Selector::Exact(c) = selector(s) {
                    h.picks.push(c);
                }
            } else {
                h.classes.insert(entry);
            }
        }
        h
    }
}

/// Whether an element hides its content from every reader: the `hidden` attribute, an inline style that takes it
/// out of sight (`display: none`, `visibility: hidden`, no size, no opacity) or may ([`style_may_hide`]), a class,
/// id or element the site's style sheets hide, or `<rp>`, which browsers that draw ruby never show.
/// (`visually-hidden` text is read aloud, so it is not here.)
pub fn hides(name: &str, attrs: &[Attribute], hiding: &Hiding<'_>) -> bool {
    if name == "rp" || hiding.names.contains(name) {
        return true;
    }
    if hiding.picks.iter().any(|c| c.matches(name, attrs)) {
        return true;
    }
    attrs.iter().any(|a| match &*a.name.local {
        "id" => hiding.ids.contains(&*a.value),
        "hidden" => true,
        "style" => style_hides(&a.value) || style_may_hide(&a.value),
        "class" => {
            !hiding.classes.is_empty()
                && a.value
                    .split_ascii_whitespace()
                    .any(|c| hiding.classes.contains(c))
        }
        _ => false,
    })
}

/// Whether an inline style sets anything that can take text out of sight: a colour (the background's, or
/// transparent), a size, a position, a clip, a transform, a filter … the ways are endless, so every property but a
/// few that only change how letters look counts. Hidden text is read both ways (left out, and put back where it
/// stood), so a style counted by mistake costs nothing, while a decoy digit it hides (`138<span
/// style="color:transparent">9</span>00138000`) no longer cuts the number.
pub fn style_may_hide(style: &str) -> bool {
    const LOOKS: [&str; 13] = [
        "font-weight",
        "font-style",
        "font-variant",
        "font-variant-numeric",
        "text-decoration",
        "text-decoration-line",
        "text-decoration-style",
        "text-transform",
        "text-align",
        "white-space",
        "word-break",
        "direction",
        "unicode-bidi",
    ];
    let style = decode_css(style).to_ascii_lowercase();
    style.split(';').any(|decl| {
        decl.split_once(':')
            .is_some_and(|(prop, _)| !LOOKS.contains(&prop.trim()))
    })
}

/// Whether CSS declarations (a `style` attribute, a rule's body) take an element out of sight.
pub fn style_hides(style: &str) -> bool {
    let style = decode_css(style).to_ascii_lowercase();
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else {
            return false;
        };
        let value: String = value
            .replace("!important", "")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let zero = value.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%');
        let zero = !zero.is_empty() && zero.chars().all(|c| c == '0' || c == '.');
        match prop.trim() {
            "display" => value == "none",
            "visibility" => value == "hidden" || value == "collapse",
            "content-visibility" => value == "hidden",
            "opacity" | "font-size" => zero,
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_styles_that_hide() {
        for s in [
            "display:none",
            "color: red; DISPLAY : none !important",
            "visibility:hidden",
            "font-size:0px",
            "opacity: 0",
            "display:n\\6f ne",
        ] {
            assert!(style_hides(s), "{s}");
        }
        for s in [
            "display:inline",
            "font-size:10px",
            "opacity:0.5",
            "color:none",
        ] {
            assert!(!style_hides(s), "{s}");
        }
    }

    #[test]
    fn styles_that_may_hide() {
        for s in [
            "color:transparent",
            "color:#fff",
            "position:absolute;left:-9999px",
            "font-weight:bold; transform: scale(0)",
            "clip-path:inset(50%)",
        ] {
            assert!(style_may_hide(s), "{s}");
        }
        for s in [
            "text-align: right",
            "font-weight:bold;font-style:italic",
            "",
        ] {
            assert!(!style_may_hide(s), "{s}");
        }
    }

    #[test]
    fn unknown_elements_are_inline_and_cells_are_blocks() {
        assert_eq!(html_layout("my-digit"), Layout::Inline);
        assert_eq!(html_layout("kbd"), Layout::Inline);
        assert_eq!(html_layout("td"), Layout::Block);
        assert_eq!(foreign_layout("text"), Layout::Block);
        assert_eq!(foreign_layout("tspan"), Layout::Inline);
    }

    #[test]
    fn svg_text_holders() {
        for name in ["text", "title", "desc"] {
            assert!(holds_text(name), "{name}");
        }
        for name in ["g", "rect", "tspan", "a", "svg"] {
            assert!(!holds_text(name), "{name}");
        }
    }
}
