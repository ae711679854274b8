//! CSS selectors as far as a reader without the document tree can tell what they pick: the subject's element
//! name, classes, id and attributes present, and whether anything else (a combinator, a position, an attribute's
//! value, a pseudo-class that is not a reader's action) narrows it. Shared by the style sheet reader ([`super::css`])
//! and the walker's hiding test ([`super::elements::hides`]).

use super::escapes::decode_css;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
