//! Checks of `gov:` in site.yaml, the footer a Chinese government website must carry (政府网站发展指引).
//!
//! The contact phone and e-mail are printed on every page. A phone number or an e-mail address is what the privacy
//! guard withholds as personal data, and `gov:` cannot tell an office's switchboard from an official's own mobile
//! number. So the guard fails closed here too: each value must also be listed in `privacy.allow`, which is where a
//! site says in one place which personal-looking values it publishes on purpose. A contact left out of that list
//! stops the build with a message at its line, before anything is rendered.

use crate::diagnostics::Diagnostic;
use crate::messages::Message;
use crate::messages::msg;
use crate::model::config::{AllowEntry, SiteConfig};

/// Every problem of `gov:` is reported at the key it concerns.
pub fn check(config: &SiteConfig, text: &str) -> Result<(), Diagnostic> {
    let gov = &config.gov;
    let at = |key: &str, message: Message| {
        let (line, col) = find_in_gov(text, key);
        Err(Diagnostic::error("site.yaml", line, col, message))
    };
    if !gov.email.is_empty() && !is_email(&gov.email) {
        return at("email", msg!("gov-email-invalid", value = &gov.email));
    }
    if !gov.phone.is_empty() && !is_phone(&gov.phone) {
        return at("phone", msg!("gov-phone-invalid", value = &gov.phone));
    }
    let allowed = config.privacy.allow.iter().map(allow_value);
    let allowed: Vec<String> = allowed.collect();
    if !gov.phone.is_empty() && !allowed.iter().any(|a| digits(a) == digits(&gov.phone)) {
        return at("phone", msg!("gov-phone-not-allowed"));
    }
    if !gov.email.is_empty() && !allowed.iter().any(|a| same_email(a, &gov.email)) {
        return at("email", msg!("gov-email-not-allowed"));
    }
    for (key, value) in [
        ("report_error_url", gov.report_error_url.as_str()),
        (
            "url",
            gov.party_mark.as_ref().map_or("", |m| m.url.as_str()),
        ),
    ] {
        if !value.is_empty() && !is_web_address(value) {
            return at(key, msg!("gov-not-address", key = key, value = value));
        }
    }
    for (key, value) in [
        ("privacy_page", gov.privacy_page.as_str()),
        ("licence_page", gov.licence_page.as_str()),
        (
            "image",
            gov.party_mark.as_ref().map_or("", |m| m.image.as_str()),
        ),
    ] {
        if !value.is_empty() && !is_site_path(value) {
            return at(key, msg!("gov-not-path", key = key, value = value));
        }
    }
    Ok(())
}

fn allow_value(a: &AllowEntry) -> String {
    match a {
        AllowEntry::Number(n) => n.to_string(),
        AllowEntry::Value(v) | AllowEntry::Explained { value: v, .. } => v.clone(),
    }
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn same_email(a: &str, b: &str) -> bool {
    let form = |s: &str| s.trim().to_lowercase();
    form(a) == form(b)
}

/// One `@`, something before it, a dotted domain after it, no spaces or markup.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && s.chars()
            .all(|c| c.is_alphanumeric() || "@.-_+".contains(c))
        && !domain.contains('@')
}

/// Digits (at least five: 12345 hotlines are numbers too) with the separators people write.
fn is_phone(s: &str) -> bool {
    digits(s).len() >= 5
        && s.chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || " -()（）".contains(c) || (c == '+' && i == 0))
}

fn is_web_address(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty()
            && !r.starts_with('/')
            && !r.chars().any(|c| c.is_whitespace() || "\"'<>`".contains(c))
    })
}

/// Relative, inside the site: no scheme, no leading slash, no `..`, nothing that could end an attribute.
fn is_site_path(s: &str) -> bool {
    !s.starts_with('/')
        && !s.contains("://")
        && !s.split('/').any(|part| part == "..")
        && !s
            .chars()
            .any(|c| c.is_whitespace() || "\"'<>`\\?#".contains(c))
}

/// Line and column of `key` inside the `gov:` block (the first one after `gov:`), for messages.
fn find_in_gov(text: &str, key: &str) -> (usize, usize) {
    let mut inside = false;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if indent == 0 && !trimmed.is_empty() && !trimmed.starts_with('#') {
            inside = trimmed.starts_with("gov:");
        }
        if !inside {
            continue;
        }
        // Block style (`  phone: …`) and flow style (`party_mark: {image: …, url: …}`) alike.
        for (at, _) in line.match_indices(key) {
            let before = line[..at].chars().next_back();
            let after = line[at + key.len()..].trim_start();
            if before.is_none_or(|c| c == ' ' || c == '{' || c == ',') && after.starts_with(':') {
                return (i + 1, line[..at].chars().count() + 1);
            }
        }
    }
    super::find_key(text, "gov")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_numbers_are_told_apart() {
        assert!(is_email("mzj@example.gov.cn"));
        assert!(!is_email("mzj@localhost"));
        assert!(!is_email("a b@example.cn"));
        assert!(!is_email("<b>@x.cn"));
        assert!(is_phone("0000-00000000"));
        assert!(is_phone("(0871) 1234 5678"));
        assert!(is_phone("+86 871 12345678"));
        assert!(!is_phone("12-34"));
        assert!(!is_phone("电话 12345678"));
        assert!(is_web_address("https://zfwzzc.www.gov.cn/"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://a.cn/\"onclick"));
        assert!(is_site_path("privacy/"));
        assert!(!is_site_path("../etc/passwd"));
        assert!(!is_site_path("/privacy/"));
        assert!(!is_site_path("https://x.cn/"));
    }

    #[test]
    fn keys_are_found_inside_the_gov_block_only() {
        let text = "title: t\nprivacy:\n  allow: []\ngov:\n  host: X\n  party_mark: {image: a.svg, url: b}\n  phone: 1\n";
        assert_eq!(find_in_gov(text, "phone"), (7, 3));
        assert_eq!(find_in_gov(text, "url"), (6, 30));
        assert_eq!(find_in_gov(text, "email"), (4, 1));
    }
}
