//! `docs/messages.md`: every message of the catalogue in both languages, with its context and an example, so a
//! reviewer can read all that Sunlight ever says without running it. Made from the catalogue itself (a test keeps
//! the file current), so it cannot drift from what is printed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use fluent_syntax::ast;

use super::Lang;
use super::catalogue::{Arg, EN, Message};

/// Argument names that always hold a count, shown as one in the examples.
const COUNTS: &[&str] = &[
    "count", "errors", "warnings", "files", "ms", "line", "limit", "rows", "size", "written",
    "deleted",
];

/// The gallery as Markdown.
pub fn markdown() -> String {
    let mut out = String::from(
        "# Messages\n\nEvery message Sunlight prints or publishes, by catalogue file (`locales/en/` and `locales/zh-CN/`), \
made from the catalogue by `cargo test --lib the_gallery_is_current` (run it with `UPDATE_GALLERY=1` to rewrite \
this file). Arguments are shown with example values: counts as 2, words as ‹name›.\n",
    );
    for (file, source) in EN {
        let Ok(resource) = fluent_syntax::parser::parse(*source) else {
            continue;
        };
        let _ = write!(out, "\n## {file}\n");
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name;
            let (selectors, words) = variables(&m);
            let mut msg = Message::new(id);
            for (&name, word) in &selectors {
                let example = match word {
                    Some(w) => Arg::Text(w.to_string()),
                    None => Arg::Num(2),
                };
                msg.args.push((name, example));
            }
            for &name in words.iter().filter(|n| !selectors.contains_key(*n)) {
                let example = if COUNTS.contains(&name) {
                    Arg::Num(2)
                } else {
                    Arg::Text(format!("‹{name}›"))
                };
                msg.args.push((name, example));
            }
            let comment = m.comment.map(|c| c.content.join(" ")).unwrap_or_default();
            let _ = write!(out, "\n### `{id}`\n\n{comment}\n\n");
            for lang in [Lang::En, Lang::Zh] {
                let label = match lang {
                    Lang::En => "en",
                    Lang::Zh => "zh",
                };
                let _ = writeln!(out, "- {label}: {}", msg.text(lang));
                if let Some(hint) = msg.hint(lang) {
                    let _ = writeln!(out, "  - {}", hint);
                }
            }
        }
    }
    out
}

/// What a message selects on, by variable: a count (`None`), or a word (the key of its default variant, `bar`
/// in `{ $type -> [bar] … *[other] … }` when no variant is a plural category or number).
type Selectors = BTreeMap<&'static str, Option<&'static str>>;

/// The plural categories Fluent selects counts by.
const PLURALS: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// The variables a message selects on and all it uses.
fn variables(m: &ast::Message<&'static str>) -> (Selectors, BTreeSet<&'static str>) {
    let mut selectors = Selectors::new();
    let mut all = BTreeSet::new();
    let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
    for p in patterns {
        pattern(p, &mut selectors, &mut all);
    }
    (selectors, all)
}

fn pattern(p: &ast::Pattern<&'static str>, sel: &mut Selectors, all: &mut BTreeSet<&'static str>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression: x } = e {
            expression(x, sel, all);
        }
    }
}

fn expression(
    e: &ast::Expression<&'static str>,
    sel: &mut Selectors,
    all: &mut BTreeSet<&'static str>,
) {
    match e {
        ast::Expression::Inline(i) => inline(i, sel, all),
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let words: Vec<&'static str> = variants
                    .iter()
                    .filter_map(|v| match v.key {
                        ast::VariantKey::Identifier { name } if !PLURALS.contains(&name) => {
                            Some(name)
                        }
                        _ => None,
                    })
                    .collect();
                let counted = variants.iter().any(|v| match v.key {
                    ast::VariantKey::NumberLiteral { .. } => true,
                    ast::VariantKey::Identifier { name } => {
                        PLURALS.contains(&name) && name != "other"
                    }
                });
                let word = (!counted).then(|| words.first().copied()).flatten();
                sel.entry(id.name).or_insert(word);
            }
            inline(selector, sel, all);
            for v in variants {
                pattern(&v.value, sel, all);
            }
        }
    }
}

fn inline(
    e: &ast::InlineExpression<&'static str>,
    sel: &mut Selectors,
    all: &mut BTreeSet<&'static str>,
) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            all.insert(id.name);
        }
        ast::InlineExpression::Placeable { expression: e } => expression(e, sel, all),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::markdown;

    /// `docs/messages.md`, the gallery of every message in both languages, is made from the catalogue; run with
    /// `UPDATE_GALLERY=1` to write it after changing a message.
    #[test]
    fn the_gallery_is_current() {
        let made = markdown();
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/messages.md");
        if std::env::var_os("UPDATE_GALLERY").is_some() {
            std::fs::write(&path, &made).expect("docs/messages.md is writable");
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == made,
            "docs/messages.md is out of date: run `UPDATE_GALLERY=1 cargo test --lib the_gallery_is_current`"
        );
    }
}
