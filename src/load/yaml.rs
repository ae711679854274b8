//! YAML parsing with errors an editor can act on. serde-saphyr gives line and column; its messages speak of Rust
//! types ("untagged enum", "struct"), which are rewritten here into plain words.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostics::Diagnostic;

/// Parses `text` (from `file`, relative to the site root) into `T`. `line_offset` is added to reported lines, for
/// YAML that sits inside another file (front matter).
pub fn parse<T: DeserializeOwned>(
    file: &Path,
    text: &str,
    line_offset: usize,
) -> Result<T, Diagnostic> {
    // YAML 1.2 booleans only (`no` is a word, not false: the "Norway problem"), and numbers written with leading
    // zeros or underscores (codes such as 0871) kept as text rather than silently turned into 871.
    let options = serde_saphyr::options! {
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        underscored_numbers_as_strings: true,
    };
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|e| {
        let (line, col) = e
            .location()
            .map_or((0, 0), |l| (l.line() as usize, l.column() as usize));
        let raw = e.without_snippet().to_string();
        let (message, hint) = plain_message(&raw);
        let line = if line == 0 { 0 } else { line + line_offset };
        Diagnostic::error(file, line, col, message).hint(hint)
    })
}

/// Turns serde-saphyr's message into a sentence for an editor and a hint on what to do.
fn plain_message(raw: &str) -> (String, String) {
    let msg = match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => raw,
    };
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let (field, allowed) = match rest.split_once(", expected ") {
            Some((f, a)) => (f, a),
            None => (rest, ""),
        };
        let allowed = allowed.trim_start_matches("one of ").replace('`', "");
        return (
            format!("unknown key {field}"),
            if allowed.is_empty() {
                "remove this key: it is not allowed here".to_string()
            } else {
                format!("check the spelling; the keys allowed here are: {allowed}")
            },
        );
    }
    if let Some(field) = msg.strip_prefix("missing field ") {
        return (
            format!("the required key {field} is missing"),
            format!("add {field} to this mapping"),
        );
    }
    if let Some(rest) = msg.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return (
            format!("the key `{key}` appears twice in the same mapping"),
            "keep one of the two entries".to_string(),
        );
    }
    if msg.contains("did not match any variant of untagged enum") {
        return (
            "this value must be a single number, text, date or true/false, not a list or mapping"
                .to_string(),
            "write one plain value here, or quote it as text".to_string(),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another type"));
        return (
            format!("found {found} where {} was expected", plain_type(expected)),
            "change the value to the expected kind".to_string(),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another value"));
        return (
            format!("found {found} where {} was expected", plain_type(expected)),
            "change the value to the expected kind".to_string(),
        );
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return (
            format!("unknown value {found}"),
            format!(
                "use one of: {}",
                expected.trim_start_matches("one of ").replace('`', "")
            ),
        );
    }
    if let Some(ty) = msg.strip_prefix("invalid ")
        && !ty.contains(' ')
    {
        return (
            format!("this value is not {}", plain_type(ty)),
            "change the value to the expected kind".to_string(),
        );
    }
    (
        format!("this is not valid YAML here: {msg}"),
        "check indentation, colons and quotes on this line and the one before".to_string(),
    )
}

fn plain_type(expected: &str) -> String {
    let e = expected.trim();
    if e.starts_with("struct ") || e.starts_with("a map") || e.starts_with("map") {
        "a mapping (key: value lines)".to_string()
    } else if e.starts_with("a sequence") || e.starts_with("sequence") {
        "a list (lines starting with -)".to_string()
    } else if e.starts_with("a string") || e == "string" {
        "text".to_string()
    } else if e.starts_with("bool") {
        "true or false".to_string()
    } else if e.starts_with('i') || e.starts_with('u') {
        "a whole number".to_string()
    } else if e.starts_with("f64") || e.starts_with("f32") {
        "a number".to_string()
    } else if e.starts_with("a boolean") {
        "true or false".to_string()
    } else {
        e.to_string()
    }
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
}
