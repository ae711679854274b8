//! Credentials: a label such as 密码, 口令, 密钥, password or token, then the secret: after a colon, an equals sign or
//! 是/为, in quotes or not, or right after the label when it looks like a password (`初始密码123456Ab`, `登录口令
//! Qw3rty99`: six or more characters with a digit). Only the secret is replaced; the label stays, so the sentence
//! still reads.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::{Hit, Kind, token};
use crate::privacy::normalize::Folded;

const LABELS: [&str; 20] = [
    "密码",
    "密碼",
    "口令",
    "密钥",
    "密鑰",
    "秘钥",
    "驗證碼",
    "password",
    "passwd",
    "pwd",
    "token",
    "secret",
    "api_key",
    "apikey",
    "access_key",
    "验证码",
    "pin",
    "bearer",
    // Not labels but the places a secret follows: a URL's user information, a PEM private key's header (see
    // `url_password`, `private_key`), found in the same pass.
    "://",
    "private key-----",
];

/// All labels in one automaton, built once per process: one pass over the text instead of one per label. The text
/// it searches is in ASCII lower case, as the labels are, so the automaton needs no case folding of its own and
/// keeps its fast (vectorised) prefilter.
static FINDER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasick::new(LABELS.iter().chain(&token::PREFIXES)).ok());

/// `s` is `text` as a string, in ASCII lower case.
pub fn detect(text: &[Folded], s: &str, hits: &mut Vec<Hit>) {
    let Some(finder) = FINDER.as_ref() else {
        return;
    };
    // Every label, overlapping ones included (`secretoken=…`): no two labels match at the same place, so the
    // leftmost match from each place after the last one's start finds them all.
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    while from < s.len()
        && let Some(m) = finder.find(aho_corasick::Input::new(s).span(from..s.len()))
    {
        found.push((m.start(), m.end()));
        from = m.start() + 1;
    }
    if found.is_empty() {
        return;
    }
    let lower: Vec<char> = text.iter().map(|f| f.ch.to_ascii_lowercase()).collect();
    // Byte offset in `s` to character index, for the few matches there are.
    let char_at = |byte: usize| s[..byte].chars().count();
    for (start, end) in found {
        match &s[start..end] {
            "://" => {
                url_password(text, s, end, hits);
                continue;
            }
            "private key-----" => {
                private_key(s, end, hits);
                continue;
            }
            prefix if token::PREFIXES.contains(&prefix) => {
                token::detect(text, char_at(start), prefix, hits);
                continue;
            }
            _ => {}
        }
        let start_char = char_at(start);
        let label_chars = s[start..end].chars().count();
        let mut i = start_char + label_chars;
        // `PIN码：…`, as Chinese writes the label.
        if s[start..end].eq_ignore_ascii_case("pin") && matches!(lower.get(i), Some('码' | '碼'))
        {
            i += 1;
        }
        // The quote closing a JSON or YAML key (`"api_key": "…"`): then the value must be quoted too, as a secret
        // there is (`{"密码":[12,30]}` is a search index, not a password).
        let key_quoted = i < lower.len() && matches!(lower[i], '"' | '\'');
        if key_quoted {
            i += 1;
        }
        let mut copula = false;
        while i < lower.len() && matches!(lower[i], ' ' | '是' | '為' | '为') {
            copula |= lower[i] != ' ';
            i += 1;
        }
        // A bracket right after the label encloses the secret as a quote does: 密码（Ab12345）.
        let labelled = if i < lower.len() && matches!(lower[i], ':' | '=' | '(' | '[') {
            i += 1;
            true
        } else {
            copula
        };
        // `pin` is a word only on its own (not in `spinning` or `pinyin`) and only before a colon or equals sign.
        if s[start..end].eq_ignore_ascii_case("pin")
            && (!labelled
                || lower[start_char + 3..i]
                    .iter()
                    .any(|c| matches!(c, '(' | '['))
                || start_char
                    .checked_sub(1)
                    .is_some_and(|k| lower[k].is_ascii_alphanumeric())
                || lower
                    .get(start_char + 3)
                    .is_some_and(|c| c.is_ascii_alphanumeric()))
        {
            continue;
        }
        while i < lower.len() && lower[i] == ' ' {
            i += 1;
        }
        let quoted = labelled && i < lower.len() && is_quote(lower[i]);
        if quoted {
            i += 1;
        }
        if key_quoted && !quoted {
            continue;
        }
        let begin = i;
        while i < lower.len() && is_secret_char(lower[i]) && !(quoted && is_quote(lower[i])) {
            i += 1;
        }
        // A closing bracket after the secret usually closes the sentence or the Markdown link around it.
        while i > begin && matches!(lower[i - 1], ')' | ']' | '}') {
            i -= 1;
        }
        let secret = &lower[begin..i];
        let bare_ok = secret.len() >= 6
            && secret.iter().any(char::is_ascii_digit)
            && secret.iter().all(char::is_ascii_alphanumeric);
        // `Bearer eyJ…`: an HTTP authorisation token, long and with a digit (prose says "bearer tokens").
        let bearer = s[start..end].eq_ignore_ascii_case("bearer");
        if bearer && !(secret.len() >= 16 && secret.iter().any(char::is_ascii_digit)) {
            continue;
        }
        let bare_ok = bare_ok || bearer;
        if !(labelled || quoted || bare_ok) {
            continue;
        }
        if secret.len() >= 3
            && secret.iter().any(char::is_ascii_alphanumeric)
            && !encodes_non_ascii(secret)
        {
            hits.push(Hit {
                kind: Kind::Credential,
                start: begin,
                end: i,
            });
        }
    }
}

/// The body of a PEM private key (`-----BEGIN RSA PRIVATE KEY-----` … `-----END …-----`), from `body` (just after
/// the header) on, header and footer kept; a certificate or a public key is public.
fn private_key(s: &str, body: usize, hits: &mut Vec<Hit>) {
    let end = s[body..].find("-----end").map_or(s.len(), |e| body + e);
    let start_char = s[..body].chars().count();
    let end_char = start_char + s[body..end].chars().count();
    if end_char > start_char {
        hits.push(Hit {
            kind: Kind::Credential,
            start: start_char,
            end: end_char,
        });
    }
}

/// The password of a URL's user information (`mysql://admin:Sun2023ab@10.0.0.5/`), the authority starting at
/// `authority` (just after `://`): the user name stays.
fn url_password(text: &[Folded], s: &str, authority: usize, hits: &mut Vec<Hit>) {
    let end = s[authority..]
        .find(|c: char| matches!(c, '/' | '?' | '#') || c.is_whitespace() || !is_secret_char(c))
        .map_or(s.len(), |e| authority + e);
    let Some(at_sign) = s[authority..end].rfind('@') else {
        return;
    };
    let Some(colon) = s[authority..authority + at_sign].find(':') else {
        return;
    };
    let (start, stop) = (authority + colon + 1, authority + at_sign);
    if stop > start {
        let start_char = s[..start].chars().count();
        let end_char = start_char + s[start..stop].chars().count();
        if end_char <= text.len() {
            hits.push(Hit {
                kind: Kind::Credential,
                start: start_char,
                end: end_char,
            });
        }
    }
}

/// `%E3%80%94…`: percent-encoded non-ASCII text, such as the replacement mark inside a link, which decodes to
/// prose rather than to a secret.
fn encodes_non_ascii(secret: &[char]) -> bool {
    secret.chunks(3).all(|t| {
        t.len() == 3
            && t[0] == '%'
            && matches!(t[1], '8'..='9' | 'a'..='f')
            && t[2].is_ascii_hexdigit()
    })
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '「' | '」' | '『' | '』' | '`'
    )
}

/// Secrets are written in ASCII; Chinese text after the label is prose, not a password.
fn is_secret_char(c: char) -> bool {
    c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '`' | ',' | ';')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::normalize::fold;

    fn secrets(s: &str) -> Vec<String> {
        let f = fold(s);
        let mut h = Vec::new();
        let lower = crate::privacy::normalize::folded_string(&f).to_ascii_lowercase();
        detect(&f, &lower, &mut h);
        h.iter()
            .map(|h| f[h.start..h.end].iter().map(|c| c.ch).collect())
            .collect()
    }

    #[test]
    fn finds_the_secret_not_the_label() {
        assert_eq!(secrets("本文档编辑密码：wsx2023"), vec!["wsx2023"]);
        assert_eq!(secrets("password: hunter2"), vec!["hunter2"]);
        assert_eq!(secrets("?token=abc123&x=1"), vec!["abc123&x=1"]);
        assert_eq!(secrets("初始密码为Ab12345"), vec!["Ab12345"]);
        assert!(secrets("请妥善保管密码，不要告诉他人").is_empty());
        assert_eq!(
            secrets("SECRETOKEN=abc123"),
            vec!["abc123"],
            "overlapping labels"
        );
        assert_eq!(secrets("PassWord: hunter2"), vec!["hunter2"]);
        assert!(secrets("密码：请联系管理员").is_empty());
        assert!(secrets("Change your password regularly").is_empty());
        assert!(secrets("row-password:-请联系管理员").is_empty());
        assert!(secrets("?token=%E3%80%94%E5%B7%B2").is_empty());
        assert_eq!(secrets("初始密码123456Ab，请修改"), vec!["123456Ab"]);
        assert_eq!(secrets("密码：“Sun2023ab”"), vec!["Sun2023ab"]);
        assert_eq!(secrets("密码：\"Sun2023ab\""), vec!["Sun2023ab"]);
        assert_eq!(secrets("登录口令 Qw3rty99"), vec!["Qw3rty99"]);
        assert_eq!(secrets("密钥：k3y-abc-123"), vec!["k3y-abc-123"]);
        assert_eq!(secrets("密碼：Ab12345"), vec!["Ab12345"]);
        assert_eq!(secrets("密码（QkAbcde123）"), vec!["QkAbcde123"]);
        assert_eq!(secrets("密码(Sun2023ab)。"), vec!["Sun2023ab"]);
        assert!(secrets("密码（至少8位）").is_empty());
        assert_eq!(secrets("PIN: QkAbcde123"), vec!["QkAbcde123"]);
        assert_eq!(secrets("pin=4821xy"), vec!["4821xy"]);
        assert!(secrets("spinning: fast123").is_empty());
        assert!(secrets("pinyin: zhang3").is_empty());
        assert!(secrets("PIN码请妥善保管").is_empty());
        assert_eq!(secrets("PIN码：123456"), vec!["123456"]);
        assert_eq!(secrets("PIN: 1234"), vec!["1234"]);
        assert_eq!(secrets("支付密码：135790"), vec!["135790"]);
        assert!(secrets("请勿向他人透露PIN码或支付密码。").is_empty());
        assert!(secrets("pin (optional)").is_empty());
        assert!(secrets("修改密码 password").is_empty());
        assert!(secrets("密码6位").is_empty());
        assert!(secrets("密码长度不少于8位").is_empty());
        assert!(secrets("重置密码2次").is_empty());
        assert!(
            secrets("{\"密码\":[12,30]}").is_empty(),
            "a search index key"
        );
        assert_eq!(
            secrets("[登录](https://x.cn/?token=abc123)"),
            vec!["abc123"]
        );
    }

    #[test]
    fn keys_connection_urls_and_tokens() {
        assert_eq!(
            secrets("{\"api_key\": \"k4f9a8b7c6d5\"}"),
            vec!["k4f9a8b7c6d5"]
        );
        assert_eq!(secrets("'password': 'Sun2023ab'"), vec!["Sun2023ab"]);
        assert_eq!(
            secrets("DATABASE_URL=mysql://admin:Sun2023ab@10.0.0.5:3306/mz"),
            vec!["Sun2023ab"]
        );
        assert!(secrets("https://user@example.gov.cn:8443/path").is_empty());
        assert!(secrets("见 https://example.gov.cn:8443/a@b").is_empty());
        assert_eq!(
            secrets("Authorization: Bearer abcDEF0123456789xyz"),
            vec!["abcDEF0123456789xyz"]
        );
        assert!(secrets("Bearer tokens expire after 3600 seconds").is_empty());
        let pem =
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1\n-----END RSA PRIVATE KEY-----";
        assert_eq!(secrets(pem), vec!["\nMIIEowIBAAKCAQEAu1SU1\n"]);
        assert!(
            secrets("-----BEGIN CERTIFICATE-----\nMIIDdzCC\n-----END CERTIFICATE-----").is_empty()
        );
        assert!(
            secrets("-----BEGIN PUBLIC KEY-----\nMFkwEwYH\n-----END PUBLIC KEY-----").is_empty()
        );
    }
}
