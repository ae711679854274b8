//! Every id of the catalogue and the arguments it uses, as slices of the embedded files: words asked for by a
//! name that is only known at run time (a theme's `tr("id", count=3)`) are checked against it, and get the
//! `&'static str` names a [`Message`](super::Message) is made of without leaking the template's strings.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use fluent_syntax::ast;

use super::EN;

/// The id and the names of the arguments of each message.
pub type Index = BTreeMap<&'static str, BTreeSet<&'static str>>;

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index::new();
    for (_, source) in EN {
        // A file that does not parse is caught by the catalogue's tests; what parsed is still indexed.
        let body = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r.body,
            Err((r, _)) => r.body,
        };
        for entry in body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let names = index.entry(m.id.name).or_default();
            for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                pattern(p, names);
            }
        }
    }
    index
});

/// The message `id`, as the catalogue spells it, and the arguments it uses.
pub fn find(id: &str) -> Option<(&'static str, &'static BTreeSet<&'static str>)> {
    INDEX.get_key_value(id).map(|(k, v)| (*k, v))
}

fn pattern(p: &ast::Pattern<&'static str>, out: &mut BTreeSet<&'static str>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_names(expression, out);
        }
    }
}

fn expression_names(e: &ast::Expression<&'static str>, out: &mut BTreeSet<&'static str>) {
    match e {
        ast::Expression::Inline(i) => inline(i, out),
        ast::Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                pattern(&v.value, out);
            }
        }
    }
}

fn inline(e: &ast::InlineExpression<&'static str>, out: &mut BTreeSet<&'static str>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => expression_names(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, out);
            }
            for a in &arguments.named {
                inline(&a.value, out);
            }
        }
        _ => {}
    }
}
