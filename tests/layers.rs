//! The stages stay in order: a module may import only modules of an earlier layer (or, for peers of one layer, each
//! other without a circle). Everything is `pub` in one crate, so nothing but this test keeps, say, `validate` from
//! calling into `privacy`, or `render` from being handed an unredacted site. See docs/architecture.md.
//!
//! The test reads every `src/**/*.rs`, drops comments and string literals, and collects the paths that leave a
//! top-level module: `crate::X…`, the members of `crate::{X, Y::…}` groups, and `super::` chains that climb out of
//! their module. It fails naming the file and line of each import of a later layer, of a module missing from
//! [`LAYERS`], and of every circle in the graph of top-level modules; a second test fails on a circle between the
//! parts of one module (`render::pages` and `render::search`), but for the ones listed as being removed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The top-level modules of `src/`, earliest layer first. A module may import those of earlier rows; modules of
/// one row may import each other as long as no circle forms.
const LAYERS: &[&[&str]] = &[
    // Foundation: what every stage may use.
    &["diagnostics", "messages"],
    &["html"],
    &["model"],
    &["format"],
    &["charts"],
    // The stages of a build, in order.
    &["load"],
    &["validate"],
    &["privacy"],
    &["render"],
    &["egress"],
    &["write"],
    // What runs the stages: the commands, the build session, and the items of lib.rs itself (`crate::Options`,
    // `crate::build`), which go by the name `lib` here.
    &["check", "init", "serve", "session", "cmd", "lib"],
];

/// Files that are the crate itself rather than a module of it: they may name every module.
const ROOTS: &[&str] = &["lib.rs", "main.rs"];

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Import {
    from: String,
    to: String,
    file: PathBuf,
    line: usize,
}

#[test]
fn no_stage_imports_a_later_one_and_no_module_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = top_level_modules(&src);
    let unplaced: Vec<&String> = modules.iter().filter(|m| rank(m).is_none()).collect();
    assert!(
        unplaced.is_empty(),
        "modules in no layer: {unplaced:?}; add them to LAYERS in tests/layers.rs and to docs/architecture.md"
    );
    let imports = imports_under(&src, &modules);
    assert!(
        imports.len() > 50,
        "found only {} imports between modules under {}: the scan is broken",
        imports.len(),
        src.display()
    );
    let problems = problems(&imports);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_import_circle_between_the_parts_of_a_module() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let imports: Vec<Import> = part_imports_under(&src);
    assert!(
        imports.len() > 20,
        "found only {} imports between parts of modules: the scan is broken",
        imports.len()
    );
    let found: Vec<String> = circles(&imports)
        .iter()
        .map(|circle| {
            let steps: Vec<String> = circle
                .iter()
                .map(|i| format!("{} -> {} ({}:{})", i.from, i.to, i.file.display(), i.line))
                .collect();
            format!("import circle: {}", steps.join(", "))
        })
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Imports between the parts of one top-level module (`render::pages` → `render::search`), with the module's own
/// `mod.rs` left out: a module and its parts naturally use each other.
fn part_imports_under(src: &Path) -> Vec<Import> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let rel = file.strip_prefix(src).expect("a file under src/");
        let Some(module) = module_path(rel).filter(|m| m.len() >= 2) else {
            continue;
        };
        let text = fs::read_to_string(&file).expect("a readable source file");
        for (path, line) in absolute_paths(&code_only(&text), &module) {
            let is_part = |name: &str| {
                let dir = src.join(&module[0]);
                dir.join(format!("{name}.rs")).is_file() || dir.join(name).is_dir()
            };
            if path.len() >= 2 && path[0] == module[0] && path[1] != module[1] && is_part(&path[1])
            {
                out.push(Import {
                    from: format!("{}::{}", module[0], module[1]),
                    to: format!("{}::{}", path[0], path[1]),
                    file: Path::new("src").join(rel),
                    line,
                });
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Every problem with a set of imports, as `file:line: what` lines.
fn problems(imports: &[Import]) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen_unknown = BTreeSet::new();
    for i in imports {
        for m in [&i.from, &i.to] {
            if rank(m).is_none() && seen_unknown.insert(m.clone()) {
                out.push(format!(
                    "{}:{}: module `{m}` is in no layer: add it to LAYERS in tests/layers.rs and to docs/architecture.md",
                    i.file.display(),
                    i.line
                ));
            }
        }
        if let (Some(from), Some(to)) = (rank(&i.from), rank(&i.to))
            && to > from
        {
            out.push(format!(
                "{}:{}: `{}` imports `{}`, a later layer (see LAYERS in tests/layers.rs)",
                i.file.display(),
                i.line,
                i.from,
                i.to
            ));
        }
    }
    for circle in circles(imports) {
        let steps: Vec<String> = circle
            .iter()
            .map(|i| format!("{} -> {} ({}:{})", i.from, i.to, i.file.display(), i.line))
            .collect();
        out.push(format!("import circle: {}", steps.join(", ")));
    }
    out
}

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|row| row.contains(&module))
}

/// The circles of the module graph, each as the imports that make it (one example import per edge), each circle
/// reported once, starting at its smallest module.
fn circles(imports: &[Import]) -> Vec<Vec<Import>> {
    let mut edges: BTreeMap<&str, BTreeMap<&str, &Import>> = BTreeMap::new();
    for i in imports {
        edges
            .entry(i.from.as_str())
            .or_default()
            .entry(i.to.as_str())
            .or_insert(i);
    }
    let mut found = Vec::new();
    let mut reported = BTreeSet::new();
    for &start in edges.keys() {
        // Depth-first over paths from `start` through modules greater than it, so each circle is found from its
        // smallest module only.
        let mut stack: Vec<(&str, Vec<&Import>)> = vec![(start, Vec::new())];
        while let Some((at, path)) = stack.pop() {
            for (&next, &imp) in edges.get(at).into_iter().flatten() {
                let mut longer = path.clone();
                longer.push(imp);
                if next == start {
                    let key: Vec<&str> = longer.iter().map(|i| i.from.as_str()).collect();
                    if reported.insert(key) {
                        found.push(longer.into_iter().cloned().collect());
                    }
                } else if next > start && !path.iter().any(|i| i.from == next) {
                    stack.push((next, longer));
                }
            }
        }
    }
    found
}

/// The modules `src/` declares at the top: `src/X.rs` and `src/X/`.
fn top_level_modules(src: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for entry in fs::read_dir(src).expect("a readable src/").flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            out.insert(name);
        } else if let Some(stem) = name.strip_suffix(".rs")
            && !ROOTS.contains(&name.as_str())
        {
            out.insert(stem.to_string());
        }
    }
    out
}

/// `modules` are the top-level modules: any other name after `crate::` is an item of lib.rs.
fn imports_under(src: &Path, modules: &BTreeSet<String>) -> Vec<Import> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let rel = file.strip_prefix(src).expect("a file under src/");
        let Some(module) = module_path(rel) else {
            continue;
        };
        let text = fs::read_to_string(&file).expect("a readable source file");
        let shown = Path::new("src").join(rel);
        for (to, line) in leaving_paths(&code_only(&text), &module) {
            let to = if modules.contains(&to) {
                to
            } else {
                "lib".to_string()
            };
            if to != module[0] {
                out.push(Import {
                    from: module[0].clone(),
                    to,
                    file: shown.clone(),
                    line,
                });
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file under `src/` defines, as its path from the crate root (`privacy/detect/mod.rs` is
/// `["privacy", "detect"]`); `None` for the crate roots.
fn module_path(rel: &Path) -> Option<Vec<String>> {
    if rel.components().count() == 1 && ROOTS.iter().any(|r| rel == Path::new(r)) {
        return None;
    }
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop()?;
    let stem = last.strip_suffix(".rs")?;
    if stem != "mod" {
        parts.push(stem.to_string());
    }
    Some(parts)
}

/// The source with comments, string and character literals replaced by spaces (newlines kept, so line numbers
/// stay right).
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < c.len() {
        let rest = |k: usize| c.get(i + k).copied();
        if c[i] == '/' && rest(1) == Some('/') {
            while i < c.len() && c[i] != '\n' {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '/' && rest(1) == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if let Some(hashes) = raw_string_start(&c, i) {
            // r"…", r#"…"#, br"…": no escapes; ends at a quote followed by as many hashes.
            let open = c[i..].iter().position(|&ch| ch == '"').unwrap_or(0) + 1;
            for _ in 0..open {
                out.push(' ');
            }
            i += open;
            while i < c.len() {
                if c[i] == '"' && (0..hashes).all(|k| c.get(i + 1 + k) == Some(&'#')) {
                    for _ in 0..=hashes {
                        out.push(' ');
                    }
                    i += 1 + hashes;
                    break;
                }
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '"' {
            out.push(' ');
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c[i] == '\'' && char_literal_len(&c, i) > 0 {
            let n = char_literal_len(&c, i);
            for _ in 0..n {
                out.push(' ');
            }
            i += n;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// At a raw string literal (`r"`, `r#"`, `br"` not part of a longer name), the number of `#`s that close it.
fn raw_string_start(c: &[char], i: usize) -> Option<usize> {
    if i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_') {
        return None;
    }
    let mut j = i;
    if c.get(j) == Some(&'b') {
        j += 1;
    }
    if c.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = c[j..].iter().take_while(|&&ch| ch == '#').count();
    (c.get(j + hashes) == Some(&'"')).then_some(hashes)
}

/// The length of the character literal at `c[i] == '\''`, or 0 for a lifetime or label.
fn char_literal_len(c: &[char], i: usize) -> usize {
    match (c.get(i + 1), c.get(i + 2)) {
        (Some('\\'), _) => c
            .get(i + 3..)
            .and_then(|tail| tail.iter().position(|&ch| ch == '\''))
            .map_or(0, |p| p + 4),
        (Some(_), Some('\'')) => 3,
        _ => 0,
    }
}

/// Every path the code names from the crate root (`crate::…`) or through `super::`, made absolute (as segments
/// from the crate root), with the line of each mention. `module` is the file's module path; inline
/// `mod name { … }` blocks deepen it for the `super::` chains inside them.
fn absolute_paths(code: &str, module: &[String]) -> Vec<(Vec<String>, usize)> {
    let tokens = tokens(code);
    let mut out = Vec::new();
    // Brace depths at which inline modules opened, with their names.
    let mut inline: Vec<(usize, String)> = Vec::new();
    let mut depth = 0usize;
    let mut k = 0;
    while k < tokens.len() {
        let (tok, line) = (&tokens[k].0, tokens[k].1);
        match tok.as_str() {
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|(d, _)| *d == depth) {
                    inline.pop();
                }
            }
            "mod" if tokens.get(k + 2).is_some_and(|t| t.0 == "{") => {
                inline.push((depth, tokens[k + 1].0.clone()));
            }
            "crate"
                if tokens.get(k + 1).is_some_and(|t| t.0 == "::") && !after_dollar(&tokens, k) =>
            {
                let (paths, _) = use_tree(&tokens, k + 2);
                out.extend(paths.into_iter().map(|p| (p, line)));
            }
            "super" if k == 0 || tokens[k - 1].0 != "::" => {
                let mut here: Vec<String> = module.to_vec();
                here.extend(inline.iter().map(|(_, n)| n.clone()));
                let mut j = k;
                while tokens.get(j).is_some_and(|t| t.0 == "super")
                    && tokens.get(j + 1).is_some_and(|t| t.0 == "::")
                {
                    here.pop();
                    j += 2;
                }
                if j > k {
                    let (paths, _) = use_tree(&tokens, j);
                    out.extend(paths.into_iter().map(|p| {
                        let mut full = here.clone();
                        full.extend(p);
                        (full, line)
                    }));
                }
                k = j.max(k + 1);
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    out.retain(|(p, _)| p.first().is_some_and(|s| s != "self"));
    out
}

/// The top-level modules the code names outside its own module, with the line of each mention.
fn leaving_paths(code: &str, module: &[String]) -> Vec<(String, usize)> {
    absolute_paths(code, module)
        .into_iter()
        .filter(|(p, _)| p[0] != module[0])
        .map(|(p, line)| (p[0].clone(), line))
        .collect()
}

fn after_dollar(tokens: &[(String, usize)], k: usize) -> bool {
    k > 0 && tokens[k - 1].0 == "$"
}

/// The paths a use tree (or a path in an expression) at `tokens[k]` names: `a::b::{c, d::e as f}` names `a::b::c`
/// and `a::b::d::e`. Returns them and the index after the tree.
fn use_tree(t: &[(String, usize)], k: usize) -> (Vec<Vec<String>>, usize) {
    match t.get(k).map(|x| x.0.as_str()) {
        Some("{") => {
            let mut out = Vec::new();
            let mut j = k + 1;
            loop {
                match t.get(j).map(|x| x.0.as_str()) {
                    None => return (out, j),
                    Some("}") => return (out, j + 1),
                    Some(",") => j += 1,
                    _ => {
                        let (paths, next) = use_tree(t, j);
                        out.extend(paths);
                        j = next;
                        // Past what follows the item (`as name`, `*`) to the next `,` or the closing `}`.
                        while t
                            .get(j)
                            .is_some_and(|x| x.0 != "," && x.0 != "}" && x.0 != "{")
                        {
                            j += 1;
                        }
                        if t.get(j).is_some_and(|x| x.0 == "{") {
                            j = use_tree(t, j).1;
                        }
                    }
                }
            }
        }
        Some(name) if is_name(name) => {
            if t.get(k + 1).is_some_and(|x| x.0 == "::") {
                let (rest, next) = use_tree(t, k + 2);
                if rest.is_empty() {
                    (vec![vec![name.to_string()]], next)
                } else {
                    let paths = rest
                        .into_iter()
                        .map(|mut p| {
                            p.insert(0, name.to_string());
                            p
                        })
                        .collect();
                    (paths, next)
                }
            } else {
                (vec![vec![name.to_string()]], k + 1)
            }
        }
        _ => (Vec::new(), k),
    }
}

fn is_name(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// Names, `::`, and single punctuation characters, each with its line.
fn tokens(code: &str) -> Vec<(String, usize)> {
    let c: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch.is_alphanumeric() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push((c[start..i].iter().collect(), line));
        } else if ch == ':' && c.get(i + 1) == Some(&':') {
            out.push(("::".to_string(), line));
            i += 2;
        } else {
            out.push((ch.to_string(), line));
            i += 1;
        }
    }
    out
}

/// The scan itself is tested on small sources, so a broken scanner cannot pass the real check by finding nothing.
mod scanner {
    use super::*;

    fn scan(file: &str, text: &str) -> Vec<(String, usize)> {
        let module = module_path(Path::new(file)).expect("a module file");
        leaving_paths(&code_only(text), &module)
    }

    #[test]
    fn finds_plain_paths_groups_and_climbing_super_chains() {
        let text = "use crate::model::Site;\n\
                    use crate::{render, privacy::protect};\n\
                    fn f() { crate::egress::scan(); }\n\
                    mod tests { use super::super::write; use super::helper; }\n";
        assert_eq!(
            scan("privacy/records.rs", text),
            vec![
                ("model".to_string(), 1),
                ("render".to_string(), 2),
                ("egress".to_string(), 3),
            ]
        );
        assert_eq!(
            scan("privacy.rs", "mod tests { use super::super::write; }"),
            vec![("write".to_string(), 1)]
        );
    }

    #[test]
    fn ignores_comments_strings_and_macro_crate_paths() {
        let text = "//! [`crate::render`]\n\
                    /* crate::egress */ let s = \"crate::write\";\n\
                    let r = r#\"crate::serve\"#; let c = '\"'; let q = '\\''; let l: &'static str = \"\";\n\
                    macro_rules! m { () => { $crate::check::run() } }\n\
                    use crate::html;\n";
        assert_eq!(scan("model/mod.rs", text), vec![("html".to_string(), 5)]);
    }

    #[test]
    fn a_later_stage_and_a_circle_are_problems() {
        let imp = |from: &str, to: &str, line| Import {
            from: from.into(),
            to: to.into(),
            file: PathBuf::from(format!("src/{from}/mod.rs")),
            line,
        };
        let later = problems(&[imp("validate", "privacy", 7)]);
        assert_eq!(later.len(), 1);
        assert!(later[0].starts_with("src/validate/mod.rs:7: `validate` imports `privacy`"));
        let circle = problems(&[imp("check", "serve", 1), imp("serve", "check", 2)]);
        assert_eq!(circle.len(), 1, "{circle:?}");
        assert!(circle[0].starts_with("import circle: check -> serve"));
        let unknown = problems(&[imp("render", "stray", 3)]);
        assert!(unknown[0].contains("module `stray` is in no layer"));
        assert!(problems(&[imp("render", "model", 1), imp("egress", "render", 1)]).is_empty());
    }
}
