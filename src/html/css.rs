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

/// What a selector says about the elements it picks, as far as a reader without the document tree can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// Exactly the elements matching this compound (element name, classes, id, attributes present).
    Exact(Compound),
    /// Some of the elements matching this compound: a combinator, a position (`:nth-child`), an attribute's value
    /// or a pseudo-class that is not a reader's action narrows it in ways the scan cannot follow.
    Some(Compound),
    /// Generated boxes (`::before`, `::marker` …), not the document's text.
    Generated,
}

/// One compound selector's conditions on an element.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compound {
    name: Option<String>,
    classes: Vec<String>,
    id: Option<String>,
    attributes: Vec<String>,
}

impl Compound {
    pub fn matches(&self, name: &str, attrs: &[html5ever::Attribute]) -> bool {
        let attr = |key: &str| {
            attrs
                .iter()
                .find(|a: &&html5ever::Attribute| (*a.name.local).eq_ignore_ascii_case(key))
                .map(|a| &*a.value)
        };
        self.name
            .as_ref()
            .is_none_or(|n| n.eq_ignore_ascii_case(name))
            && self
                .id
                .as_ref()
                .is_none_or(|id| attr("id") == Some(id.as_str()))
            && self
                .classes
                .iter()
                .all(|c| attr("class").is_some_and(|v| v.split_ascii_whitespace().any(|k| k == c)))
            && self.attributes.iter().all(|a| attr(a).is_some())
    }
}

/// Pseudo-classes a reader's action turns on, for any of the elements at a time: reading the text both with
/// and without the rule covers them.
const ACTIONS: [&str; 14] = [
    "hover",
    "focus",
    "focus-within",
    "focus-visible",
    "active",
    "visited",
    "link",
    "any-link",
    "target",
    "checked",
    "enabled",
    "disabled",
    "open",
    "defined",
];

/// The pseudo-elements that are generated boxes, holding none of the document's text.
const GENERATED: [&str; 7] = [
    "before",
    "after",
    "marker",
    "placeholder",
    "selection",
    "backdrop",
    "file-selector-button",
];

/// The subject (last compound) of one selector of a list, and how exactly the scan can know what it picks.
pub fn selector(selector: &str) -> Selector {
    let mut compounds = Vec::new();
    let mut current = String::new();
    let mut depth = 0i32;
    for c in selector.trim().chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 && (c.is_whitespace() || matches!(c, '>' | '+' | '~')) {
            if !current.is_empty() {
                compounds.push(std::mem::take(&mut current));
            }
            continue;
        }
        current.push(c);
    }
    if !current.is_empty() {
        compounds.push(current);
    }
    let exact = compounds.len() == 1;
    let Some(subject) = compounds.pop() else {
        return Selector::Some(Compound::default());
    };
    let (compound, narrowed, generated) = compound(&subject);
    if generated {
        Selector::Generated
    } else if exact && !narrowed {
        Selector::Exact(compound)
    } else {
        Selector::Some(compound)
    }
}

/// A compound's conditions, whether something in it narrows them further, and whether it picks generated boxes.
fn compound(text: &str) -> (Compound, bool, bool) {
    let mut c = Compound::default();
    let mut narrowed = false;
    let chars: Vec<char> = text.chars().collect();
    let ident = |from: usize| -> (String, usize) {
        let mut i = from;
        let mut out = String::new();
        while let Some(&ch) = chars.get(i) {
            if ch == '\\' {
                out.push(ch);
                if let Some(&next) = chars.get(i + 1) {
                    out.push(next);
                }
                i += 2;
            } else if ch.is_alphanumeric() || matches!(ch, '-' | '_') || !ch.is_ascii() {
                out.push(ch);
                i += 1;
            } else {
                break;
            }
        }
        (decode_css(&out).into_owned(), i)
    };
    let mut i = 0;
    if chars.first() == Some(&'*') {
        i = 1;
    } else if chars
        .first()
        .is_some_and(|ch| ch.is_alphabetic() || *ch == '\\')
    {
        let (name, next) = ident(0);
        c.name = Some(name);
        i = next;
    }
    while let Some(&ch) = chars.get(i) {
        match ch {
            '.' | '#' => {
                let (name, next) = ident(i + 1);
                if ch == '.' {
                    c.classes.push(name);
                } else {
                    c.id = Some(name);
                }
                i = next.max(i + 1);
            }
            '[' => {
                let close = chars[i..]
                    .iter()
                    .position(|&x| x == ']')
                    .map_or(chars.len(), |p| i + p);
                let inside: String = chars[i + 1..close].iter().collect();
                let name_end = inside
                    .find(['=', '~', '|', '^', '$', '*'])
                    .unwrap_or(inside.len());
                narrowed |= name_end < inside.len();
                let name = inside[..name_end].trim();
                let name = name.rsplit('|').next().unwrap_or(name);
                c.attributes.push(decode_css(name).to_ascii_lowercase());
                i = close + 1;
            }
            ':' => {
                let element = chars.get(i + 1) == Some(&':');
                let (name, mut next) = ident(i + 1 + usize::from(element));
                let name = name.to_ascii_lowercase();
                if chars.get(next) == Some(&'(') {
                    let mut depth = 0;
                    while let Some(&x) = chars.get(next) {
                        next += 1;
                        match x {
                            '(' => depth += 1,
                            ')' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                }
                if GENERATED.contains(&name.as_str()) {
                    return (c, narrowed, true);
                }
                narrowed |= element || !ACTIONS.contains(&name.as_str());
                i = next.max(i + 1);
            }
            _ => {
                narrowed = true;
                i += 1;
            }
        }
    }
    (c, narrowed, false)
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

/// Whether `text` (a style sheet, or a page with style sheets in it) writes a digit into the page through CSS
/// generated content: `p::before { content: "138" }` puts figures on screen that are in no text the detector reads,
/// so the digits of a number could be split between a style sheet and the page. Every `content:` declaration
/// counts, wherever its selector points; its strings are read with CSS escapes decoded. `attr()` values are
/// attributes, which are read on their own.
pub fn generates_digits(text: &str) -> bool {
    // Every page is asked, so the common case allocates nothing: no `content:` and no escape that could spell one.
    if !text.contains('\\') && !has_content_declaration(text) {
        return false;
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
        let end = value.find([';', '}']).unwrap_or(value.len());
        if quoted(&value[..end]).any(|s| s.chars().any(char::is_numeric)) {
            return true;
        }
    }
    false
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
        assert!(!generates_digits("<p>the contents of 2023</p>"));
        assert!(generates_digits("p::before{\\63 ontent:\"138\"}"));
        assert!(generates_digits("P::BEFORE{CONTENT : \"1\"}"));
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
    fn selectors_exact_or_not() {
        let exact = |s: &str| matches!(selector(s), Selector::Exact(_));
        let some = |s: &str| matches!(selector(s), Selector::Some(_));
        for s in ["[data-x]", "span.d", "#a.b", "p", ".x:hover", "*[hidden]"] {
            assert!(exact(s), "{s}");
        }
        for s in [
            "p span:nth-child(2)",
            "span:first-child",
            "a > b",
            "a + b",
            "[data-x=\"1\"]",
            ":not(.a)",
            "p::first-letter",
            "& .x",
        ] {
            assert!(some(s), "{s}");
        }
        assert_eq!(selector("p::before"), Selector::Generated);
        let Selector::Exact(c) = selector("span.d[data-x]") else {
            panic!("exact")
        };
        let attrs = |pairs: &[(&str, &str)]| -> Vec<html5ever::Attribute> {
            pairs
                .iter()
                .map(|(k, v)| html5ever::Attribute {
                    name: html5ever::QualName::new(None, html5ever::ns!(), (*k).into()),
                    value: (*v).into(),
                })
                .collect()
        };
        assert!(c.matches("SPAN", &attrs(&[("class", "a d"), ("data-x", "")])));
        assert!(!c.matches("span", &attrs(&[("class", "a d")])));
        assert!(!c.matches("b", &attrs(&[("class", "d"), ("data-x", "")])));
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
