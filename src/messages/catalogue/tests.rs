use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

/// One message of a catalogue file, as a translator sees it.
struct Entry {
    file: &'static str,
    comment: bool,
    hint: bool,
    variables: BTreeSet<String>,
}

fn entries(files: &[(&'static str, &'static str)]) -> BTreeMap<String, Entry> {
    let mut out = BTreeMap::new();
    for (file, source) in files {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{file} does not parse: {errors:?}"),
        };
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut variables = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_variables(p, &mut variables);
            }
            for a in &m.attributes {
                pattern_variables(&a.value, &mut variables);
            }
            let id = m.id.name.to_string();
            let previous = out.insert(
                id.clone(),
                Entry {
                    file,
                    comment: m.comment.is_some_and(|c| !c.content.is_empty()),
                    hint: m.attributes.iter().any(|a| a.id.name == "hint"),
                    variables,
                },
            );
            assert!(previous.is_none(), "{id} is defined twice");
        }
    }
    out
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}

/// Every `msg!("id", name = …)` in the sources: file, id and argument names.
fn call_sites() -> Vec<(String, String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let name = entry.path().display().to_string();
        for line_start in text.match_indices("msg!(").map(|(i, _)| i) {
            let line = text[..line_start].rsplit('\n').next().unwrap_or("");
            if line.trim_start().starts_with("//") || line.ends_with("macro_rules! ") {
                continue;
            }
            let parts = macro_arguments(&text[line_start + "msg!(".len()..]);
            let Some(id) = parts.first() else { continue };
            let Some(id) = id
                .trim()
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
            else {
                // `msg!($id …)` in the macro's own definition.
                continue;
            };
            let args = parts[1..]
                .iter()
                .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim().to_string()))
                .filter(|n| !n.is_empty())
                .collect();
            out.push((name.clone(), id.to_string(), args));
        }
    }
    out
}

/// Every `tr("id", name=…)` of the theme's templates: file, id and keyword names. `tr(zh=…, en=…)`, a theme's
/// own words, has no id and is left out.
fn template_call_sites() -> Vec<(String, String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let themes = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes");
    for entry in walkdir::WalkDir::new(&themes).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let name = entry.path().display().to_string();
        for (at, _) in text.match_indices("tr(") {
            if text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
            {
                continue;
            }
            let parts = arguments(&text[at + "tr(".len()..], &['"', '\'']);
            let Some(id) = parts.first().map(|p| p.trim()) else {
                continue;
            };
            let Some(id) = id
                .strip_prefix(['"', '\''])
                .and_then(|s| s.strip_suffix(['"', '\'']))
            else {
                continue;
            };
            let args = parts[1..]
                .iter()
                .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim().to_string()))
                .collect();
            out.push((name.clone(), id.to_string(), args));
        }
    }
    out
}

/// The top-level comma-separated parts of a macro call, up to its closing parenthesis.
fn macro_arguments(text: &str) -> Vec<String> {
    arguments(text, &['"'])
}

/// The top-level comma-separated parts of a call, up to its closing parenthesis; `quotes` open string literals.
fn arguments(text: &str, quotes: &[char]) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0usize;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            q if quotes.contains(&q) => {
                let last = parts.last_mut().expect("one part"); // ok: test code; `parts` starts with one part and only grows
                last.push(c);
                while let Some(s) = chars.next() {
                    last.push(s);
                    if s == '\\' {
                        if let Some(n) = chars.next() {
                            last.push(n);
                        }
                    } else if s == q {
                        break;
                    }
                }
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut().expect("one part").push(c); // ok: test code; `parts` starts with one part and only grows
    }
    parts.retain(|p| !p.trim().is_empty());
    parts
}

#[test]
fn every_message_is_complete_in_both_languages() {
    let en = entries(EN);
    let zh = entries(ZH);
    let mut problems = Vec::new();
    for (id, e) in &en {
        let Some(z) = zh.get(id) else {
            problems.push(format!("{id}: no Chinese"));
            continue;
        };
        for (lang, entry) in [("en", e), ("zh-CN", z)] {
            if !entry.comment {
                problems.push(format!("{id} ({lang}): no comment saying where it appears"));
            }
            if !entry.hint && !WITHOUT_HINTS.contains(&entry.file) {
                problems.push(format!("{id} ({lang}): no .hint"));
            }
            if entry.hint && READERS_WORDS.contains(&entry.file) {
                problems.push(format!(
                    "{id} ({lang}): a .hint no reader would see; say where it appears in the comment"
                ));
            }
        }
        if READERS_WORDS.contains(&e.file)
            && Message::new(id_static(id)).text(Lang::En)
                == Message::new(id_static(id)).text(Lang::Zh)
        {
            problems.push(format!("{id}: the Chinese is the English; translate it"));
        }
        if e.file != z.file {
            problems.push(format!("{id}: in {} and {}", e.file, z.file));
        }
        // Readers' words may leave out an argument the other language needs (Chinese names the comparison, 环比,
        // where English names the period); the call sites give both languages' arguments and are checked below.
        if e.variables != z.variables && !READERS_WORDS.contains(&e.file) {
            problems.push(format!(
                "{id}: English uses {:?}, Chinese {:?}",
                e.variables, z.variables
            ));
        }
    }
    for id in zh.keys().filter(|id| !en.contains_key(*id)) {
        problems.push(format!("{id}: no English"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The catalogue's own spelling of `id`, which a [`Message`] is made of.
fn id_static(id: &str) -> &'static str {
    index::find(id).map(|(id, _)| id).unwrap_or("")
}

#[test]
fn every_call_site_matches_the_catalogue() {
    let en = entries(EN);
    let zh = entries(ZH);
    let mut problems = Vec::new();
    let mut sites = call_sites();
    assert!(sites.len() > 10, "the scan found the call sites");
    let templates = template_call_sites();
    assert!(templates.len() > 10, "the scan found the templates' words");
    sites.extend(templates);
    for (file, id, args) in &sites {
        match en.get(id) {
            None => problems.push(format!("{file}: no message {id}")),
            Some(e) => {
                let mut uses = e.variables.clone();
                uses.extend(zh.get(id).iter().flat_map(|z| z.variables.iter().cloned()));
                if &uses != args {
                    problems.push(format!("{file}: {id} is given {args:?} but uses {uses:?}"));
                }
            }
        }
    }
    let used: BTreeSet<&str> = sites.iter().map(|(_, id, _)| id.as_str()).collect();
    let sources = all_sources();
    for (id, e) in &en {
        let quoted = format!("\"{id}\"");
        if !used.contains(id.as_str()) && !sources.contains(&quoted) {
            problems.push(format!("{} {id}: never used", e.file));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every Rust source and template, for ids used without `msg!` (terms, words of the theme).
fn all_sources() -> String {
    let mut all = String::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["src", "themes"] {
        for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
            let Ok(entry) = entry else { continue };
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                all.push_str(&text);
            }
        }
    }
    all
}

#[test]
fn arguments_fill_the_sentence_in_each_language() {
    let m = Message::new("run-failed").arg("errors", 2usize);
    assert_eq!(
        m.text(Lang::En),
        "sunlight: 2 error(s); nothing was written"
    );
    assert_eq!(m.text(Lang::Zh), "sunlight：共 2 个错误，没有写入任何文件");
}

#[test]
fn a_masked_argument_shows_its_kind_only() {
    let m = Message::new("term-kind-mobile");
    assert_eq!(m.text(Lang::Zh), "手机号码");
    assert_eq!(
        value(Lang::En, &Arg::Masked("term-kind-mobile")),
        FluentValue::from("‹mobile number›")
    );
}

#[test]
fn lists_are_joined_as_the_language_joins_them() {
    let list = vec!["a".to_string(), "b".to_string()].into_arg();
    assert_eq!(value(Lang::En, &list), FluentValue::from("a, b"));
    assert_eq!(value(Lang::Zh, &list), FluentValue::from("a、b"));
}

#[test]
fn paths_are_written_with_one_slash_between_parts() {
    let arg = |p: &str| Path::new(p).into_arg();
    assert_eq!(arg("/tmp/site"), Arg::Text("/tmp/site".into()));
    assert_eq!(arg("content/a.md"), Arg::Text("content/a.md".into()));
    assert_eq!(arg("./new"), Arg::Text("./new".into()));
}

/// The theme's scripts write no words of their own: what they show a reader comes from the catalogue through the
/// page (data attributes), so it is in the page's language. A Chinese character, or a string of three English words,
/// outside a comment is a sentence left in the script.
#[test]
fn the_themes_scripts_hold_no_sentences() {
    let themes = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes");
    let mut problems = Vec::new();
    let mut scripts = 0;
    for entry in walkdir::WalkDir::new(themes).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.path().extension().is_none_or(|e| e != "js") {
            continue;
        }
        scripts += 1;
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let han = code.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            let english = code.split('"').skip(1).step_by(2).any(|s| {
                s.split(' ')
                    .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
                    .count()
                    >= 3
            });
            if han || english {
                problems.push(format!("{}:{}: {line}", entry.path().display(), n + 1));
            }
        }
    }
    assert!(scripts > 0, "the scan found the theme's scripts");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
