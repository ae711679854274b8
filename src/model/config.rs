//! The settings of `site.yaml`. Unknown keys are errors: a misspelt key must never silently change what gets
//! published.

use serde::Deserialize;

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
    #[serde(default)]
    pub limits: Limits,
    /// Pages a section lists at a time, unless its `_index.md` says (see `render::pagination`).
    #[serde(default)]
    pub paginate: Option<u64>,
    /// The licence every dataset is published under unless it names its own (`{name, url}`).
    #[serde(default)]
    pub licence: Option<super::docmeta::Licence>,
    /// How figures are grouped in tables and text where a column does not say (`auto`, `thousands`, `none`).
    #[serde(default)]
    pub grouping: super::dataset::Grouping,
}

/// `limits:` in site.yaml: how big an input or output file may be and how much work one template render may do, so
/// a mistaken or hostile file stops the build with a message instead of exhausting the machine's memory or time.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// A Markdown page under content/, in MB.
    #[serde(default = "default_page_mb")]
    pub page_mb: u64,
    /// Any other file read from the site (datasets, charts, templates, static files), in MB.
    #[serde(default = "default_file_mb")]
    pub file_mb: u64,
    /// One output file (a rendered page, a CSV, a chart), in MB.
    #[serde(default = "default_output_mb")]
    pub output_mb: u64,
    /// The template engine's steps for one output file, in millions (minijinja's fuel): an endless loop ends here,
    /// within seconds.
    #[serde(default = "default_template_million_steps")]
    pub template_million_steps: u64,
}

/// One MB, as `limits:` counts it.
pub const MB: u64 = 1024 * 1024;

impl Limits {
    pub fn page_bytes(&self) -> u64 {
        self.page_mb.saturating_mul(MB)
    }
    pub fn file_bytes(&self) -> u64 {
        self.file_mb.saturating_mul(MB)
    }
    pub fn output_bytes(&self) -> u64 {
        self.output_mb.saturating_mul(MB)
    }
    pub fn template_steps(&self) -> u64 {
        self.template_million_steps.saturating_mul(1_000_000)
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            page_mb: default_page_mb(),
            file_mb: default_file_mb(),
            output_mb: default_output_mb(),
            template_million_steps: default_template_million_steps(),
        }
    }
}

fn default_page_mb() -> u64 {
    20
}
fn default_file_mb() -> u64 {
    100
}
fn default_output_mb() -> u64 {
    100
}
/// The largest page of the example site takes 6,000 steps, the site map of a 5,000-page synthetic site 71,000; a
/// runaway loop spends ten million in about a second (in a debug build). minijinja also charges one step per 64 bytes a template makes, so this bounds the memory of one
/// render to about 640 MB.
fn default_template_million_steps() -> u64 {
    10
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

/// `gov:` in site.yaml: what the 政府网站发展指引 asks every page to carry: the site's identification code and
/// filing numbers in the page head and footer, who runs the site and how to reach them, the link to the national
/// 我为政府网站找错 service, the 党政机关网站 mark, and the privacy statement and data licence pages. Checked in
/// `load::gov`.
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
    /// 主办单位: the body responsible for the site.
    #[serde(default)]
    pub host: String,
    /// 承办单位: the office that runs it day to day.
    #[serde(default)]
    pub organizer: String,
    /// The office's postal address.
    #[serde(default)]
    pub address: String,
    /// The office's public telephone number. It must also be listed in `privacy.allow` (see `load::gov`).
    #[serde(default)]
    pub phone: String,
    /// The office's public e-mail address. It must also be listed in `privacy.allow`.
    #[serde(default)]
    pub email: String,
    /// The 我为政府网站找错 link (an https:// address).
    #[serde(default)]
    pub report_error_url: String,
    /// The 党政机关网站 mark: its image (a path below the site root) and the registry page it links to.
    #[serde(default)]
    pub party_mark: Option<PartyMark>,
    /// The privacy statement page, by its path below the site root (e.g. `privacy/`).
    #[serde(default)]
    pub privacy_page: String,
    /// The data licence page, by its path below the site root (e.g. `licence/`).
    #[serde(default)]
    pub licence_page: String,
    /// The 政府信息公开目录 page, by its path below the site root (e.g. `xxgk/`): the catalogue of every document
    /// page is shown on it.
    #[serde(default)]
    pub catalogue_page: String,
}

/// `gov.party_mark`: the 党政机关网站 identification mark the registry issues, shown in the footer.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct PartyMark {
    /// The mark's image, a path below the site root (a static file, e.g. `images/dzjg.svg`).
    pub image: String,
    /// The registry page the mark links to (an https:// address).
    pub url: String,
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
    /// The p % dominance rule for sums from records: a sum is withheld when the largest contribution could be
    /// estimated to within this many per cent by the second largest (default 10).
    #[serde(default = "default_dominance_percent")]
    pub dominance_percent: f64,
    /// Why `min`, `max` and `median` of records may be published; refused while left out.
    #[serde(default)]
    pub allow_extremes: Option<String>,
    /// Files Sunlight cannot read as text (a scan, an image, an encrypted PDF) that a person has looked at.
    #[serde(default)]
    pub reviewed: Vec<Reviewed>,
}

/// One entry of `privacy.reviewed`: a file, by its path in the site folder, that a person has checked for personal
/// data. The hash pins the review to the exact bytes: a changed file needs a new review.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewed {
    pub file: String,
    pub sha256: String,
    pub reason: String,
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
            dominance_percent: default_dominance_percent(),
            allow_extremes: None,
            reviewed: Vec::new(),
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
fn default_dominance_percent() -> f64 {
    10.0
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
    pub fn parse(raw: &str) -> Result<BaseUrl, crate::messages::Message> {
        let raw = raw.trim();
        let rest = raw
            .strip_prefix("https://")
            .or_else(|| raw.strip_prefix("http://"))
            .ok_or_else(|| crate::messages::msg!("base-url-scheme", url = raw))?;
        let (host, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if !valid_host(host) {
            return Err(crate::messages::msg!("base-url-host", url = raw));
        }
        if path.contains(['?', '#']) {
            return Err(crate::messages::msg!("base-url-query", url = raw));
        }
        if !valid_path(path) {
            return Err(crate::messages::msg!("base-url-path", url = raw));
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

/// A DNS name (internationalised names allowed) or an IP address, with an optional port: every link of the site
/// starts with it, so nothing that could end an HTML attribute or start markup gets through.
fn valid_host(host: &str) -> bool {
    let (name, port) = match host.rsplit_once(':') {
        Some((n, p)) if !host.ends_with(']') => (n, Some(p)),
        _ => (host, None),
    };
    let name_ok = if let Some(v6) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        !v6.is_empty()
            && v6
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
    } else {
        !name.is_empty()
            && name.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
    };
    name_ok
        && port
            .is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Path segments of unreserved characters (any letter, so Chinese folder names work) and well-formed %XX escapes.
fn valid_path(path: &str) -> bool {
    let b = path.as_bytes();
    path.char_indices().all(|(i, c)| match c {
        '%' => b
            .get(i + 1..i + 3)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)),
        '/' | '-' | '.' | '_' | '~' => true,
        c => c.is_alphanumeric(),
    })
}
