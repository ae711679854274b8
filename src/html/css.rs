//! The classes a site's style sheets hide. A decoy digit in `<span class="x">9</span>`, with `.x { display: none }`
//! in the theme, is as invisible as one with `hidden`; the reader must know, or the decoy cuts the number it sits
//! in. Only what hides on every screen counts: a plain `.name` selector at the top level of a sheet, not inside
//! `@media` (hidden on small screens is shown on large ones), whose declarations take it out of sight. A full CSS
//! parser would find the same few rules; this reads just the rule structure (comments, at-rules, blocks).

use super::elements::style_hides;
use super::escapes::decode_css;

/// Every class a plain top-level rule of `css` hides, sorted, without repeats.
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
                if let Some(name) = selector.trim().strip_prefix('.')
                    && !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '\\'))
                {
                    out.push(decode_css(name).into_owned());
                }
            }
        }
        rest = &rest[(open + 2 + len).min(rest.len())..];
    }
    out.sort();
    out.dedup();
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_top_level_rules_that_hide() {
        let css = "@import url(x.css);\n.gone, .also { display: none }\n/* .c { display:none } */\n\
                   .visually-hidden { position: absolute; clip: rect(0 0 0 0); width: 1px }\n\
                   @media (max-width: 40em) { .narrow { display: none } }\n\
                   p.qualified { display: none }\n.x:hover { display: none }\n.ghost{visibility:hidden}";
        assert_eq!(hidden_classes(css), ["also", "ghost", "gone"]);
    }
}
