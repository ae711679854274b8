//! Access keys and tokens that give themselves away by their shape, with no label before them: an AWS access key id
//! (`AKIA` or `ASIA` and 16 upper-case letters or digits), a GitHub token (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`
//! and 36 letters or digits, `github_pat_` and more), a Slack token (`xoxb-`, `xoxp-` …), and an `sk-` API key
//! where a key word stands shortly before it. A config file or a script pasted into a page publishes them so; a
//! page that only names the service (GitHub, Slack, AWS) has no such run of random characters.

use super::{Hit, Kind};
use crate::privacy::normalize::Folded;

/// The prefixes, in ASCII lower case as the label automaton of `credential` finds them in the same pass.
pub const PREFIXES: [&str; 12] = [
    "akia",
    "asia",
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "xoxb-",
    "xoxp-",
    "xoxa-",
    "sk-",
];

/// Words that name what an `sk-` key is, one of which must stand in the [`KEY_WORD_REACH`] characters before it:
/// `sk-` alone also starts ordinary hyphenated words and codes.
const KEY_WORDS: [&str; 7] = ["key", "密钥", "秘钥", "密鑰", "令牌", "token", "secret"];
const KEY_WORD_REACH: usize = 32;

/// A token starting with `prefix` at character `start` of `text`, if the characters after it have the shape of one.
pub fn detect(text: &[Folded], start: usize, prefix: &str, hits: &mut Vec<Hit>) {
    if start > 0 && is_token_char(text[start - 1].ch) {
        return;
    }
    let body = start + prefix.chars().count();
    let end = body
        + text[body..]
            .iter()
            .take_while(|f| is_token_char(f.ch))
            .count();
    let tail = &text[body..end];
    let shaped = match prefix {
        "akia" | "asia" => aws_key_id(&text[start..end]),
        "github_pat_" => random(tail, 22),
        "sk-" => random(tail, 20) && key_word_before(text, start),
        p if p.starts_with("xox") => random(tail, 20),
        _ => random(tail, 30),
    };
    if shaped {
        hits.push(Hit {
            kind: Kind::AccessToken,
            start,
            end,
        });
    }
}

/// `AKIA`/`ASIA` in capitals and exactly 16 capitals or digits after it, as AWS writes its key ids.
fn aws_key_id(token: &[Folded]) -> bool {
    token.len() == 20
        && token
            .iter()
            .all(|f| f.ch.is_ascii_uppercase() || f.ch.is_ascii_digit())
}

/// At least `min` characters with a digit and a letter: a generated token, not a word in snake case.
fn random(tail: &[Folded], min: usize) -> bool {
    tail.len() >= min
        && tail.iter().any(|f| f.ch.is_ascii_digit())
        && tail.iter().any(|f| f.ch.is_ascii_alphabetic())
}

fn key_word_before(text: &[Folded], start: usize) -> bool {
    let before: String = text[start.saturating_sub(KEY_WORD_REACH)..start]
        .iter()
        .map(|f| f.ch.to_ascii_lowercase())
        .collect();
    KEY_WORDS.iter().any(|w| before.contains(w))
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-')
}

#[cfg(test)]
mod tests {
    use super::super::credential;
    use crate::privacy::normalize::{fold, folded_string};

    fn tokens(s: &str) -> Vec<String> {
        let f = fold(s);
        let mut h = Vec::new();
        credential::detect(&f, &folded_string(&f).to_ascii_lowercase(), &mut h);
        h.iter()
            .filter(|h| h.kind == super::Kind::AccessToken)
            .map(|h| f[h.start..h.end].iter().map(|c| c.ch).collect())
            .collect()
    }

    #[test]
    fn tokens_by_their_shape() {
        for token in [
            "AKIAIOSFODNN7EXAMPLE",
            "ASIAY34FZKBOKMUTVV7A",
            "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",
            "gho_16C7e42F292c6912E7710c838347Ae178B4a",
            "github_pat_11ABCDEFG0abcdefghijkl_MNOPQRSTUVWXYZ0123456789abcdefghij",
            "xoxb-2048-4096-1357924680abcdEFGHijkl",
            "xoxp-1234567890-0987654321-abcdef123456",
        ] {
            assert_eq!(
                tokens(&format!("config: {token}\n")),
                vec![token],
                "{token}"
            );
            assert_eq!(tokens(&format!("见{token}。")), vec![token], "{token}");
        }
        assert_eq!(
            tokens("OpenAI 密钥 sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e"),
            vec!["sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e"]
        );
    }

    #[test]
    fn names_of_services_and_ordinary_codes_are_not_tokens() {
        for text in [
            "代码托管在 GitHub，通知发到 Slack，数据存放于 AWS。",
            "Asia-Pacific cooperation, AKIA is not a key",
            "AKIAIOSFODNN7EXAMPLEEXTRA",
            "akiaiosfodnn7example",
            "ghp_example_token_here",
            "task-management-system-2023-review",
            "sk-2023-001-abcdefghijklmnop",
            "xoxb-token",
        ] {
            assert!(tokens(text).is_empty(), "{text}");
        }
    }
}
