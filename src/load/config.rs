//! `site.yaml`. Unknown keys are errors: a misspelt key must never silently change what gets published.

use std::path::Path;

use serde::Deserialize;

use super::yaml;
use crate::diagnostics::Diagnostic;

/// The site's settings as written in `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub base_url: String,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    #[serde(default)]
    pub privacy: PrivacyConfig,
    /// The area the data covers (e.g. XX区), for search engines' `spatialCoverage`.
    #[serde(default)]
    pub region: Option<String>,
    /// Identification and filing numbers Chinese government websites show (政府网站发展指引).
    #[serde(default)]
    pub gov: GovConfig,
    /// Languages besides `language`, by code (`en`): pages translated into one of them are published under `/CODE/`.
    #[serde(default)]
    pub languages: std::collections::BTreeMap<String, LanguageConfig>,
}

/// One entry of `languages:`: what the site is called in that language.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The language's own name, shown in the language switcher; a few common codes know theirs.
    #[serde(default)]
    pub name: Option<String>,
}

impl SiteConfig {
    /// Every language of the site, the default first: (code, the name readers know it by).
    pub fn all_languages(&self) -> Vec<(String, String)> {
        let mut all = vec![(self.language.clone(), native_name(&self.language))];
        for (code, l) in &self.languages {
            all.push((
                code.clone(),
                l.name.clone().unwrap_or_else(|| native_name(code)),
            ));
        }
        all
    }
}

/// A language's name in that language, for codes a Chinese portal is likely to add; other codes show as written.
fn native_name(code: &str) -> String {
    let primary = code
        .split(['-', '_'])
        .next()
        .unwrap_or(code)
        .to_ascii_lowercase();
    match primary.as_str() {
        "zh" => "中文",
        "en" => "English",
        "fr" => "Français",
        "ru" => "Русский",
        "ja" => "日本語",
        "ko" => "한국어",
        "bo" => "བོད་ཡིག",
        "ug" => "ئۇيغۇرچە",
        "mn" => "Монгол",
        _ => code,
    }
    .to_string()
}

/// `gov:` in site.yaml: the site's identification code and filing numbers, shown in the page head and footer.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct GovConfig {
    /// 政府网站标识码 (SiteIDCode).
    #[serde(default)]
    pub site_id_code: String,
    /// ICP备案号, e.g. 滇ICP备12345678号.
    #[serde(default)]
    pub icp: String,
    /// 公安机关备案号, e.g. 滇公网安备 53010202000123号.
    #[serde(default)]
    pub police_filing: String,
    /// The publishing body (ContentSource); the site title when left out.
    #[serde(default)]
    pub content_source: String,
}

/// The `privacy:` block. Defaults are the safe choice: suppression at 10, a visible replacement mark.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacyConfig {
    #[serde(default = "default_min_cell")]
    pub min_cell: u32,
    #[serde(default = "default_replacement")]
    pub replacement: String,
    /// Public values that look personal: hotlines, the bureau's own e-mail address, public officials' names; as
    /// `"12345"` or `{value: "mzj@example.gov.cn", reason: the bureau's public address}` (the reason is optional).
    #[serde(default)]
    pub allow: Vec<AllowEntry>,
    #[serde(default)]
    pub strip: Vec<String>,
}

/// One entry of `privacy.allow`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum AllowEntry {
    /// A hotline written as a YAML number (`- 12345`).
    Number(u64),
    Value(String),
    Explained {
        value: String,
        #[serde(default)]
        reason: String,
    },
}

impl PrivacyConfig {
    /// The allowed numbers, without their reasons.
    pub fn allow_values(&self) -> Vec<String> {
        self.allow
            .iter()
            .map(|a| match a {
                AllowEntry::Number(n) => n.to_string(),
                AllowEntry::Value(v) | AllowEntry::Explained { value: v, .. } => v.clone(),
            })
            .collect()
    }
}

impl Default for PrivacyConfig {
    fn default() -> Self {
        PrivacyConfig {
            min_cell: default_min_cell(),
            replacement: default_replacement(),
            allow: Vec::new(),
            strip: Vec::new(),
        }
    }
}

fn default_language() -> String {
    "zh-CN".to_string()
}
fn default_theme() -> String {
    "default".to_string()
}
fn default_min_cell() -> u32 {
    10
}
fn default_replacement() -> String {
    "〔已隐去〕".to_string()
}

/// Where the site lives once published: the absolute URL and its path, which every internal link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    /// Always ends in `/`.
    pub absolute: String,
    /// The path part, starting and ending with `/` (just `/` at a domain root).
    pub path: String,
}

impl BaseUrl {
    /// Accepts `http(s)://host[:port][/path]`; anything else is refused, since links built from it would be wrong.
    pub fn parse(raw: &str) -> Result<BaseUrl, String> {
        let raw = raw.trim();
        let rest = raw
            .strip_prefix("https://")
            .or_else(|| raw.strip_prefix("http://"))
            .ok_or_else(|| format!("base_url `{raw}` must start with https:// or http://"))?;
        let (host, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if host.is_empty() || host.contains(char::is_whitespace) {
            return Err(format!("base_url `{raw}` has no valid host name"));
        }
        if path.contains(['?', '#', ' ']) {
            return Err(format!(
                "base_url `{raw}` must not contain a query, fragment or spaces"
            ));
        }
        let mut path = path.to_string();
        if !path.ends_with('/') {
            path.push('/');
        }
        let scheme_len = raw.len() - rest.len();
        Ok(BaseUrl {
            absolute: format!("{}{host}{path}", &raw[..scheme_len]),
            path,
        })
    }
}

/// Reads and checks `site.yaml`; `base_url_override` is the `--base-url` flag.
pub fn load(
    root: &Path,
    base_url_override: Option<&str>,
) -> Result<(SiteConfig, BaseUrl), Diagnostic> {
    let file = Path::new("site.yaml");
    let text = super::files::read_text(root, file)?;
    if text.trim().is_empty() {
        return Err(Diagnostic::error(file, 1, 1, "site.yaml is empty")
            .hint("add at least `title:` and `base_url:` (see README.md)"));
    }
    let config: SiteConfig = yaml::parse(file, &text, 0)?;
    let raw_base = base_url_override.unwrap_or(&config.base_url);
    let base = BaseUrl::parse(raw_base).map_err(|m| {
        let (line, col) = find_key(&text, "base_url");
        let d = match base_url_override {
            Some(_) => Diagnostic::error("--base-url", 0, 0, m),
            None => Diagnostic::error(file, line, col, m),
        };
        d.hint("write the full address the site will be published at, e.g. https://example.gov.cn/mzj/")
    })?;
    if config.privacy.min_cell == 0 {
        let (line, col) = find_key(&text, "min_cell");
        return Err(
            Diagnostic::error(file, line, col, "privacy.min_cell must be at least 1").hint(
                "use 10, the threshold statistical offices use, unless policy says otherwise",
            ),
        );
    }
    if config.privacy.strip.iter().any(|s| s.is_empty()) {
        let (line, col) = find_key(&text, "strip");
        return Err(
            Diagnostic::error(file, line, col, "privacy.strip contains an empty marker")
                .hint("remove the empty string from the list"),
        );
    }
    for code in config.languages.keys() {
        let valid = !code.is_empty()
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && code.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if !valid || code.eq_ignore_ascii_case(&config.language) {
            let (line, col) = find_key(&text, code);
            let message = if valid {
                format!("`{code}` under languages: is the site's default language already")
            } else {
                format!("`{code}` under languages: is not a language code")
            };
            return Err(Diagnostic::error(file, line, col, message).hint(
                "list only the other languages, by their code (letters, digits and -), e.g. `en: {title: …}`",
            ));
        }
    }
    Ok((config, base))
}

/// Line and column of a top-level or nested key, for errors found after parsing.
fn find_key(text: &str, key: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with(key) && trimmed[key.len()..].trim_start().starts_with(':') {
            return (i + 1, line.chars().count() - trimmed.chars().count() + 1);
        }
    }
    (0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_keeps_its_path() {
        let b = BaseUrl::parse("https://example.gov.cn/mzj").unwrap();
        assert_eq!(b.absolute, "https://example.gov.cn/mzj/");
        assert_eq!(b.path, "/mzj/");
        let b = BaseUrl::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!(b.path, "/");
        assert_eq!(b.absolute, "http://127.0.0.1:8080/");
    }

    #[test]
    fn base_url_refuses_nonsense() {
        assert!(BaseUrl::parse("example.gov.cn").is_err());
        assert!(BaseUrl::parse("https:///x").is_err());
        assert!(BaseUrl::parse("https://a.cn/x?y").is_err());
    }

    #[test]
    fn languages_list_the_default_first() {
        let c: SiteConfig = yaml::parse(
            Path::new("site.yaml"),
            "title: t\nbase_url: https://a.cn/\nlanguages:\n  en: {title: T}\n  fr: {title: F, name: Francais}\n",
            0,
        )
        .unwrap();
        let all = c.all_languages();
        assert_eq!(all[0], ("zh-CN".to_string(), "中文".to_string()));
        assert_eq!(all[1], ("en".to_string(), "English".to_string()));
        assert_eq!(all[2], ("fr".to_string(), "Francais".to_string()));
    }

    #[test]
    fn find_key_locates_nested_keys() {
        assert_eq!(
            find_key("title: a\nprivacy:\n  min_cell: 0\n", "min_cell"),
            (3, 3)
        );
    }
}
