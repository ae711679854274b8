//! The classes, ids and elements a site's style sheets hide. A decoy digit in `<span class="x">9</span>`, with
//! `.x { display: none }` in the theme, is as invisible as one with `hidden`; the reader must know, or the decoy cuts
//! the number it sits in. Only what hides on every screen counts: a plain `.name`, `#id` or element selector at the
//! top level of a sheet, not inside
//! `@media` (hidden on small screens is shown on large ones), whose declarations take it out of sight. A full CSS
//! parser would find the same few rules; this reads just the rule structure (comments, at-rules, blocks).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::elements::style_hides;
use super::escapes::decode_css;

/// Every class a plain top-level rule of `css` hides (and every id, as `#id`, and element, as `<name`), sorted,
/// without repeats.
pub fn hidden_classes(css: &str) -> Vec<String> {
    let css = without_comments(css);
    let mut out = Vec::new();
    let mut rest = css.as_str();
    while let Some(open) = rest.find('{') {
        let prelude = &rest[..open];
        // A statement at-rule (`@import …;`) ends before the rule's own selectors.
        let prelude = prelude.rsplit(';').next().unwrap_or(prelude).trim();
        let Some(len) = block_len(&rest[open + 1..]) else {
            break;
        };
        let body = &rest[open + 1..open + 1 + len];
        if !prelude.starts_with('@') && !body.contains('{') && style_hides(body) {
            for selector in prelude.split(',') {
                let selector = selector.trim();
                let plain = |name: &str| {
                    !name.is_empty()
                        && name
                            .chars()
                            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '\\'))
                };
                // A class by its name, an id as `#id`, an element as `<name`.
                match selector.chars().next() {
                    Some('.') if plain(&selector[1..]) => {
                        out.push(decode_css(&selector[1..]).into_owned());
                    }
                    Some('#') if plain(&selector[1..]) => {
                        out.push(format!("#{}", decode_css(&selector[1..])));
                    }
                    Some(c) if c.is_ascii_alphabetic() && plain(selector) => {
                        out.push(format!("<{}", selector.to_ascii_lowercase()));
                    }
                    _ => {}
                }
            }
        }
        rest = &rest[(open + 2 + len).min(rest.len())..];
    }
    out.sort();
    out.dedup();
    out
}

/// Every rule of `css` as (selectors, declarations), the rules inside conditional at-rules (`@media`, `@supports`,
/// `@layer`, `@container` …) included, as a page's own style sheet is read: a rule hidden on some screens is hidden
/// on some readers' screens. A block left open runs to the end, as in a browser; a nested rule (CSS nesting) is
/// given with its parent's selectors before its own, so it is read as a descendant selector.
pub fn rules(css: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    rules_into(&without_comments(css), "", &mut out);
    out
}

fn rules_into(css: &str, parent: &str, out: &mut Vec<(String, String)>) {
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        let prelude = rest[..open].rsplit([';', '}']).next().unwrap_or("").trim();
        let inner = &rest[open + 1..];
        let len = block_len(inner).unwrap_or(inner.len());
        let body = &inner[..len];
        rest = inner.get(len + 1..).unwrap_or("");
        if let Some(at) = prelude.strip_prefix('@') {
            let keyword: String = at
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect::<String>()
                .to_ascii_lowercase();
            // Fonts are refused on their own, key frames and pages style no element of the document.
            if !matches!(
                keyword.as_str(),
                "font-face"
                    | "keyframes"
                    | "-webkit-keyframes"
                    | "page"
                    | "property"
                    | "counter-style"
            ) {
                rules_into(body, parent, out);
            }
            continue;
        }
        let selectors = if parent.is_empty() {
            prelude.to_string()
        } else {
            format!("{parent} {prelude}")
        };
        if body.contains('{') {
            let own: String = {
                let mut own = String::new();
                let mut depth = 0usize;
                for c in body.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth = depth.saturating_sub(1),
                        _ if depth == 0 => own.push(c),
                        _ => {}
                    }
                }
                own
            };
            out.push((selectors.clone(), own));
            rules_into(body, &selectors, out);
        } else {
            out.push((selectors, body.to_string()));
        }
    }
}

/// The length of a block's content up to its matching `}` (nested blocks included), or `None` if it never closes.
fn block_len(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some(i),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("/*") {
        out.push_str(&rest[..at]);
        rest = rest[at + 2..]
            .find("*/")
            .map_or("", |end| &rest[at + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// What the CSS generated content (`content:` declarations) of a style sheet, or of a page with style sheets in
/// it, puts on the page where the detector cannot see it beside the page's text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Generated {
    /// A string with a digit: `p::before { content: "138" }` puts figures on screen that are in no text the
    /// detector reads, so the digits of a number could be split between a style sheet and the page.
    pub digits: bool,
    /// `attr()`: `span::after { content: attr(data-x) }` shows an attribute's value next to the element's text,
    /// and the two are read apart (`电话138` and `00138000`).
    pub attributes: bool,
    /// `counter()`, `counters()`: digits too, as many as `counter-reset: n 1380012` or the elements counted make.
    pub counters: bool,
}

/// Every `content:` declaration counts, wherever its selector points; its value is read with CSS escapes decoded.
pub fn generated_content(text: &str) -> Generated {
    let mut found = Generated::default();
    // Every page is asked, so the common case allocates nothing: no `content:` and no escape that could spell one.
    if !text.contains('\\') && !has_content_declaration(text) {
        return found;
    }
    let text = decode_css(text);
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("content") {
        let start = from + at + "content".len();
        from = start;
        // `content` as a property name: not the end of a longer name (`align-content`, `justify-content`).
        let before = lower[..start - "content".len()].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            continue;
        }
        let rest = lower[start..].trim_start();
        let Some(value) = rest.strip_prefix(':') else {
            continue;
        };
        let value = &value[..value.find([';', '}']).unwrap_or(value.len())];
        found.digits |= quoted(value).any(|s| s.chars().any(char::is_numeric));
        found.counters |= unquoted(value).contains("counter");
        found.attributes |= unquoted(value).contains("attr(");
    }
    found
}

/// Whether `text` (a style sheet, an SVG, or a page with style sheets in it) brings its own font: an `@font-face`
/// rule or an SVG `<font>`. A font decides what each letter looks like, and one that draws `abc` as `138` shows
/// digits the detector never sees, so what the text says cannot be trusted.
pub fn loads_fonts(text: &str) -> bool {
    let [font, glyph, font_face, at_font_face] = found(text, &FONT_MARKS);
    if font && (glyph || font_face) {
        return true;
    }
    at_font_face
        || (text.contains('\\')
            && text.contains('@')
            && decode_css(text).to_ascii_lowercase().contains("@font-face"))
}

/// What [`loads_fonts`] looks for, in any case: an SVG `<font>` with its `<glyph>`s or `<font-face>`, a CSS
/// `@font-face`.
static FONT_MARKS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["<font", "<glyph", "<font-face", "@font-face"])
        .ok()
});

/// `content`, in any case, the property [`has_content_declaration`] looks for.
static CONTENT: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["content"])
        .ok()
});

/// Which of `marks`' patterns occur in `text`, in one pass; every one of them when the automaton could not be
/// built, so a caller fails closed.
fn found<const N: usize>(text: &str, marks: &Option<AhoCorasick>) -> [bool; N] {
    let Some(ac) = marks else {
        return [true; N];
    };
    let mut seen = [false; N];
    for m in ac.find_overlapping_iter(text) {
        if let Some(s) = seen.get_mut(m.pattern().as_usize()) {
            *s = true;
        }
    }
    seen
}

/// Whether `content`, in any case, stands before a `:` anywhere in the bytes.
fn has_content_declaration(text: &str) -> bool {
    let Some(ac) = &*CONTENT else {
        return true;
    };
    let bytes = text.as_bytes();
    ac.find_iter(text).any(|m| {
        bytes[m.end()..]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b':')
    })
}

/// A declaration's value without its quoted strings (`" (" attr(href) ")"` → ` attr(href) `).
fn unquoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut quote = None;
    for c in value.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '\'') => quote = Some(c),
            None => out.push(c),
        }
    }
    out
}

/// The quoted strings of a declaration's value.
fn quoted(value: &str) -> impl Iterator<Item = &str> {
    let mut rest = value;
    std::iter::from_fn(move || {
        let open = rest.find(['"', '\''])?;
        let quote = rest[open..].chars().next()?;
        let inner = &rest[open + 1..];
        let close = inner.find(quote).unwrap_or(inner.len());
        let s = &inner[..close];
        rest = inner.get(close + 1..).unwrap_or("");
        Some(s)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generates_digits(text: &str) -> bool {
        generated_content(text).digits
    }

    fn shows_attributes(text: &str) -> bool {
        generated_content(text).attributes
    }
    #[test]
    fn digits_written_by_generated_content() {
        assert!(generates_digits(".p::before{content:\"138\"}"));
        assert!(generates_digits(
            "<style>i:after { content : '0013' }</style>"
        ));
        assert!(generates_digits("p::before{content:\"\\31 \\33 8\"}"));
        assert!(generates_digits("p::before{content:\"①\"}"));
        assert!(!generates_digits(
            "p::before{content:\"：\"} a::after{content:\" (\" attr(href) \")\"}"
        ));
        assert!(!generates_digits(
            ".x{justify-content:center;align-content:flex-end} p{content:none}"
        ));
        assert!(!generates_digits("td::before{content:attr(data-label)}"));
        assert!(shows_attributes("td::before{content:attr(data-label)}"));
        assert!(!generates_digits("<p>the contents of 2023</p>"));
        assert!(generates_digits("p::before{\\63 ontent:\"138\"}"));
        assert!(generates_digits("P::BEFORE{CONTENT : \"1\"}"));
        let counts = |text: &str| generated_content(text).counters;
        assert!(counts(
            "body{counter-reset:x 1380012} i::before{counter-increment:x;content:counter(x)}"
        ));
        assert!(counts("li::before{content:counters(item, \".\") \" \"}"));
        assert!(!counts("p::before{content:\"counter\"}"));
    }

    #[test]
    fn attributes_shown_by_generated_content() {
        assert!(shows_attributes(
            "a::after{content:\" (\" attr(href) \")\"}"
        ));
        assert!(shows_attributes(
            "<style>B::BEFORE{CONTENT: ATTR(title)}</style>"
        ));
        assert!(shows_attributes("i::after{content:\\61 ttr(data-x)}"));
        assert!(!shows_attributes("a::after{content:\"attr(x)\"}"));
        assert!(!shows_attributes(
            "[data-x]{color:red} p::before{content:\"：\"}"
        ));
        assert!(!shows_attributes(
            "<p data-x=\"1\">attr(title) in prose</p>"
        ));
    }

    #[test]
    fn fonts_a_file_brings() {
        assert!(loads_fonts(
            "@font-face { font-family: x; src: url(x.woff2) }"
        ));
        assert!(loads_fonts(
            "<style>@FONT-FACE{src:url(data:font/woff2;base64,AA)}</style>"
        ));
        assert!(loads_fonts("@\\66 ont-face{src:url(x.woff)}"));
        assert!(loads_fonts(
            "<svg><defs><font><glyph unicode=\"a\"/></font></defs></svg>"
        ));
        assert!(!loads_fonts(
            "p { font-family: serif } <font color=red>x</font>"
        ));
    }

    #[test]
    fn rules_inside_at_rules_nested_and_left_open() {
        assert_eq!(
            rules(
                "@media all{.d{display:none}} @font-face{src:x} a{b:c} .o{x:y;.i{z:w}} .u{display:none"
            ),
            [
                (".d".to_string(), "display:none".to_string()),
                ("a".to_string(), "b:c".to_string()),
                (".o".to_string(), "x:y;.i".to_string()),
                (".o .i".to_string(), "z:w".to_string()),
                (".u".to_string(), "display:none".to_string()),
            ]
        );
    }

    #[test]
    fn plain_top_level_rules_that_hide() {
        let css = "@import url(x.css);\n.gone, .also { display: none }\n/* .c { display:none } */\n\
                   .visually-hidden { position: absolute; clip: rect(0 0 0 0); width: 1px }\n\
                   @media (max-width: 40em) { .narrow { display: none } }\n\
                   p.qualified { display: none }\n.x:hover { display: none }\n.ghost{visibility:hidden}";
        assert_eq!(hidden_classes(css), ["also", "ghost", "gone"]);
        assert_eq!(
            hidden_classes("#d{display:none} S{display:none} p span{display:none}"),
            ["#d", "<s"]
        );
    }
}
