//! YAML parsing with errors an editor can act on. serde-saphyr gives line and column; its messages speak of Rust
//! types ("untagged enum", "struct") and of its own API, which are rewritten here into catalogue messages.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::messages::{Arg, Message};

/// Parses `text` (from `file`, relative to the site root) into `T`. `line_offset` is added to reported lines, for
/// YAML that sits inside another file (front matter).
pub fn parse<T: DeserializeOwned>(
    file: &Path,
    text: &str,
    line_offset: usize,
) -> Result<T, Diagnostic> {
    // YAML 1.2 booleans only (`no` is a word, not false: the "Norway problem"), and numbers written with leading
    // zeros or underscores (codes such as 0871) kept as text rather than silently turned into 871.
    // The parser's own size budget (250,000 nodes, about 35,000 dataset rows) is raised to what the file's length
    // allows: a node takes at least a byte or two, and the file's size is already bounded by `limits.file_mb`. The
    // budgets against alias bombs and deep nesting stay as they are.
    let options = serde_saphyr::options! {
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        underscored_numbers_as_strings: true,
        budget: serde_saphyr::budget! {
            max_nodes: text.len().saturating_add(16).max(250_000),
            max_events: text.len().saturating_mul(2).saturating_add(16).max(1_000_000),
            max_total_scalar_bytes: text.len().max(64 * 1024 * 1024),
        },
    };
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|e| {
        let (line, col) = e
            .location()
            .map_or((0, 0), |l| (l.line() as usize, l.column() as usize));
        let message = match e.without_snippet() {
            serde_saphyr::Error::Budget { breach, .. } => too_large(breach),
            serde_saphyr::Error::MultipleDocuments { .. } => msg!("yaml-several-documents"),
            other => plain_message(&other.to_string(), token_at(text, line, col)),
        };
        let line = if line == 0 { 0 } else { line + line_offset };
        Diagnostic::error(file, line, col, message)
    })
}

/// What remains of the parser's budget: nesting too deep, or aliases (`*name`) repeating too much.
fn too_large(breach: &serde_saphyr::budget::BudgetBreach) -> Message {
    use serde_saphyr::budget::BudgetBreach;
    match breach {
        BudgetBreach::Depth { .. } | BudgetBreach::InclusionDepth { .. } => msg!("yaml-too-deep"),
        BudgetBreach::Aliases { .. } | BudgetBreach::Anchors { .. } => {
            msg!("yaml-too-many-aliases")
        }
        _ => msg!("yaml-too-large"),
    }
}

/// Turns serde-saphyr's message into a message for an editor: the parser speaks of Rust types ("u32", "struct",
/// "untagged enum").
fn plain_message(raw: &str, token: &str) -> Message {
    let text = match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => raw,
    };
    if let Some(rest) = text.strip_prefix("unknown field ") {
        let (field, allowed) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let allowed = words(allowed);
        return msg!(
            "yaml-unknown-key",
            key = unquote(field),
            count = allowed.len(),
            allowed = allowed
        );
    }
    if let Some(field) = text.strip_prefix("missing field ") {
        return msg!("yaml-missing-key", key = unquote(field));
    }
    if let Some(rest) = text.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return msg!("yaml-duplicate-key", key = unquote(key));
    }
    if text.contains("did not match any variant of untagged enum") {
        return msg!("yaml-not-plain");
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = text.strip_prefix(prefix) {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            return wrong_kind(found, expected);
        }
    }
    if let Some(rest) = text.strip_prefix("unknown variant ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let allowed = words(expected);
        return msg!(
            "yaml-unknown-value",
            value = unquote(found),
            count = allowed.len(),
            allowed = allowed
        );
    }
    if let Some(ty) = text.strip_prefix("invalid ")
        && !ty.contains(' ')
    {
        let expected = plain_type(ty);
        let digits = token.trim_start_matches(['-', '+']);
        if matches!(
            expected,
            Arg::Term("term-value-count" | "term-value-integer")
        ) && !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
        {
            let kind = if token.starts_with('-') && expected == Arg::Term("term-value-count") {
                "negative"
            } else {
                "large"
            };
            return msg!(
                "yaml-number-out-of-range",
                value = token,
                kind = kind,
                digits = digits.len()
            );
        }
        return msg!("yaml-not-kind", expected = expected);
    }
    msg!("yaml-syntax")
}

/// The plain value written at a 1-based line and column, for messages that must quote it.
fn token_at(text: &str, line: usize, col: usize) -> &str {
    let Some(l) = line.checked_sub(1).and_then(|l| text.lines().nth(l)) else {
        return "";
    };
    let start = l
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(l.len(), |(b, _)| b);
    let rest = &l[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || ",]}#".contains(c))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// `found integer `-1` where a whole number 0 or more was expected`, in plain words for each kind.
fn wrong_kind(found: &str, expected: &str) -> Message {
    let expected = plain_type(expected);
    let value = found
        .split_once('`')
        .and_then(|(_, v)| v.rsplit_once('`'))
        .map(|(v, _)| v);
    let value = value.or_else(|| {
        found
            .strip_prefix("string \"")
            .and_then(|v| v.strip_suffix('"'))
    });
    match value {
        Some(v) if found.starts_with("integer") && expected == Arg::Term("term-value-count") => {
            let digits = v.trim_start_matches('-');
            let kind = if v.starts_with('-') {
                "negative"
            } else {
                "large"
            };
            msg!(
                "yaml-number-out-of-range",
                value = v,
                kind = kind,
                digits = digits.len()
            )
        }
        Some(v) => msg!("yaml-wrong-value", value = v, expected = expected),
        None => msg!(
            "yaml-wrong-kind",
            found = plain_type(found),
            expected = expected
        ),
    }
}

/// The words of a list as serde writes it: `one of `a`, `b``, or `a` or `b`.
fn words(list: &str) -> Vec<String> {
    list.trim_start_matches("one of ")
        .split([',', ' '])
        .map(|w| w.trim().trim_matches('`'))
        .filter(|w| !w.is_empty() && *w != "or")
        .map(str::to_string)
        .collect()
}

fn unquote(s: &str) -> &str {
    s.trim().trim_matches('`')
}

/// A kind of value as an editor would name it (serde names Rust types; the `expecting` texts of Sunlight's own
/// readers in load/ are matched as they are written there).
fn plain_type(expected: &str) -> Arg {
    let e = expected.trim();
    Arg::Term(
        if e.starts_with("struct ") || e.starts_with("a map") || e.starts_with("map") {
            "term-value-mapping"
        } else if e.starts_with("a sequence") || e.starts_with("sequence") {
            "term-value-list"
        } else if e.starts_with("a string") || e.starts_with("string") || e == "char" {
            "term-value-text"
        } else if e.starts_with("bool") || e.starts_with("a boolean") {
            "term-value-boolean"
        } else if e.starts_with('u') {
            "term-value-count"
        } else if e.starts_with('i') {
            "term-value-integer"
        } else if e.starts_with("f64") || e.starts_with("f32") || e.starts_with("floating") {
            "term-value-number"
        } else if e == "a column key or a list of column keys" {
            "term-value-columns"
        } else if e.starts_with("a table (`group_by:`") {
            "term-value-tables"
        } else if e.starts_with("a mapping of measure names") {
            "term-value-measures"
        } else if e.starts_with("unit") || e.starts_with("null") {
            "term-value-empty"
        } else {
            "term-value-other"
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        title: String,
        #[serde(default)]
        n: u32,
    }

    #[test]
    fn unknown_key_is_located_and_plain() {
        let e = parse::<T>(Path::new("site.yaml"), "title: x\ntitel: y\n", 0).unwrap_err();
        assert_eq!((e.line, e.col), (2, 1));
        assert!(
            e.message().contains("unknown key `titel`"),
            "{}",
            e.message()
        );
        assert!(e.hint_text().contains("title, n"), "{}", e.hint_text());
    }

    #[test]
    fn wrong_type_speaks_plainly() {
        let e = parse::<T>(Path::new("a.yaml"), "title: x\nn: many\n", 3).unwrap_err();
        assert_eq!(e.line, 5);
        assert!(!e.message().contains("u32"), "{}", e.message());
    }

    #[test]
    fn yaml_11_booleans_and_leading_zeros_stay_text() {
        use crate::load::Scalar;
        let v: Vec<Scalar> =
            parse(Path::new("a.yaml"), "[no, yes, n, 0871, 1_000, 42]", 0).unwrap();
        assert_eq!(
            v,
            vec![
                Scalar::Text("no".into()),
                Scalar::Text("yes".into()),
                Scalar::Text("n".into()),
                Scalar::Text("0871".into()),
                Scalar::Text("1_000".into()),
                Scalar::Integer(42)
            ]
        );
    }

    #[test]
    fn malformed_yaml_is_an_error_not_a_panic() {
        let e = parse::<T>(Path::new("a.yaml"), "title: [x\n", 0).unwrap_err();
        assert!(e.line >= 1);
    }

    #[test]
    fn a_large_dataset_is_read_not_refused_by_the_parser_budget() {
        let rows: String = (0..40_000)
            .map(|i| format!("- [r{i}, {i}, {i}, {i}, {i}, {i}]\n"))
            .collect();
        let v: Vec<Vec<crate::load::Scalar>> = parse(Path::new("data/big.yaml"), &rows, 0).unwrap();
        assert_eq!(v.len(), 40_000);
    }

    #[test]
    fn library_wording_never_reaches_the_editor() {
        let e = parse::<T>(Path::new("a.yaml"), "title: x\n---\ntitle: y\n", 0).unwrap_err();
        assert_eq!(e.msg.id, "yaml-several-documents");
        assert!(!e.to_string().contains("from_str"), "{e}");
        let e = parse::<T>(Path::new("a.yaml"), "title: x\nn: -1\n", 0).unwrap_err();
        assert_eq!(
            e.message(),
            "`-1` is negative, but only 0 or more makes sense here"
        );
        let e = parse::<T>(
            Path::new("a.yaml"),
            "title: x\nn: 12345678901234567890\n",
            0,
        )
        .unwrap_err();
        assert!(!e.to_string().contains("whole number`"), "{e}");
        assert!(e.hint_text().contains("whole number"), "{e}");
        let zh = e.render(Path::new("/nonexistent"), crate::messages::Lang::Zh);
        assert!(!zh.contains("12345678901234567890"), "{zh}");
    }

    #[test]
    fn a_hint_never_ends_in_an_empty_list() {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Empty {}
        let e = parse::<Empty>(Path::new("a.yaml"), "x: 1\n", 0).unwrap_err();
        assert!(!e.hint_text().trim_end().ends_with(':'), "{e}");
    }
}
