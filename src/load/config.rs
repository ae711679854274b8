//! `site.yaml`. Unknown keys are errors: a misspelt key must never silently change what gets published.

mod gov;

use std::path::Path;

use super::yaml;
use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::model::config::{BaseUrl, SiteConfig};

/// Reads and checks `site.yaml`; `base_url_override` is the `--base-url` flag.
pub fn load(
    root: &Path,
    base_url_override: Option<&str>,
) -> Result<(SiteConfig, BaseUrl), Diagnostic> {
    let file = Path::new("site.yaml");
    let text = super::files::read_text(root, file, super::files::SITE_YAML_CAP).map_err(|d| {
        if d.msg.id == "file-missing" {
            let folder = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
            Diagnostic::error(file, 0, 0, msg!("site-yaml-missing", folder = &folder))
        } else {
            d
        }
    })?;
    if text.trim().is_empty() {
        return Err(Diagnostic::error(file, 1, 1, msg!("site-yaml-empty")));
    }
    let config: SiteConfig = yaml::parse(file, &text, 0)?;
    let raw_base = base_url_override.unwrap_or(&config.base_url);
    let base = BaseUrl::parse(raw_base).map_err(|m| {
        let (line, col) = find_key(&text, "base_url");
        match base_url_override {
            Some(_) => Diagnostic::error("--base-url", 0, 0, m),
            None => Diagnostic::error(file, line, col, m),
        }
    })?;
    if config.privacy.min_cell == 0 {
        let (line, col) = find_key(&text, "min_cell");
        return Err(Diagnostic::error(file, line, col, msg!("config-min-cell")));
    }
    let p = config.privacy.dominance_percent;
    if !(0.0..=100.0).contains(&p) {
        let (line, col) = find_key(&text, "dominance_percent");
        return Err(Diagnostic::error(file, line, col, msg!("config-dominance")));
    }
    if config
        .privacy
        .allow_extremes
        .as_deref()
        .is_some_and(|r| r.trim().is_empty())
    {
        let (line, col) = find_key(&text, "allow_extremes");
        return Err(Diagnostic::error(
            file,
            line,
            col,
            msg!("config-extremes-reason"),
        ));
    }
    if config.privacy.strip.iter().any(|s| s.is_empty()) {
        let (line, col) = find_key(&text, "strip");
        return Err(Diagnostic::error(
            file,
            line,
            col,
            msg!("config-empty-marker"),
        ));
    }
    // The theme is a folder name under themes/: a path such as `../../x` would read templates and files from
    // outside the site folder.
    let plain_name = |name: &str| {
        let mut parts = Path::new(name).components();
        matches!(parts.next(), Some(std::path::Component::Normal(_)))
            && parts.next().is_none()
            && !name.starts_with('.')
            && !name.contains(['/', '\\'])
    };
    if !plain_name(&config.theme) {
        let (line, col) = find_key(&text, "theme");
        return Err(Diagnostic::error(
            file,
            line,
            col,
            msg!("config-theme-name", theme = &config.theme),
        ));
    }
    let limits = &config.limits;
    for (key, value) in [
        ("page_mb", limits.page_mb),
        ("file_mb", limits.file_mb),
        ("output_mb", limits.output_mb),
        ("template_million_steps", limits.template_million_steps),
    ] {
        if value == 0 {
            let (line, col) = find_key(&text, key);
            return Err(Diagnostic::error(
                file,
                line,
                col,
                msg!("config-limit-zero", key = key),
            ));
        }
    }
    if config.paginate == Some(0) {
        let (line, col) = find_key(&text, "paginate");
        return Err(Diagnostic::error(
            file,
            line,
            col,
            msg!("config-paginate-zero"),
        ));
    }
    for r in &config.privacy.reviewed {
        let problem = if r.file.trim().is_empty() {
            Some("file")
        } else if r.sha256.len() != 64 || !r.sha256.chars().all(|c| c.is_ascii_hexdigit()) {
            Some("sha256")
        } else if r.reason.trim().is_empty() {
            Some("reason")
        } else {
            None
        };
        if let Some(part) = problem {
            let (line, col) = find_key(&text, "reviewed");
            return Err(Diagnostic::error(
                file,
                line,
                col,
                msg!("config-reviewed", part = part),
            ));
        }
    }
    gov::check(&config, &text)?;
    if let Some(l) = &config.licence
        && let Some(problem) = super::docmeta::licence_problem(l)
    {
        let (line, col) = find_key(&text, "licence");
        return Err(Diagnostic::error(file, line, col, problem));
    }
    for code in config.languages.keys() {
        let valid = !code.is_empty()
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && code.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if !valid || code.eq_ignore_ascii_case(&config.language) {
            let (line, col) = find_key(&text, code);
            let message = if valid {
                msg!("config-language-default", code = code)
            } else {
                msg!("config-language-code", code = code)
            };
            return Err(Diagnostic::error(file, line, col, message));
        }
    }
    Ok((config, base))
}

/// Line and column of a top-level or nested key, for errors found after parsing.
pub(super) fn find_key(text: &str, key: &str) -> (usize, usize) {
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
    use crate::model::config::MB;

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
        for attack in [
            "https://a.cn/\"><script>alert(1)</script>",
            "https://a.cn\"><script>/",
            "https://a.cn/x y/",
            "https://a.cn/it's/",
            "https://a.cn/%zz/",
            "https://a.cn:80x/",
            "https://a.cn/<b>/",
        ] {
            assert!(BaseUrl::parse(attack).is_err(), "{attack}");
        }
        for fine in [
            "https://民政.中国/信息公开/",
            "http://[::1]:8080/",
            "https://a.cn/%E6%B0%91/",
            "http://localhost:3000",
        ] {
            assert!(BaseUrl::parse(fine).is_ok(), "{fine}");
        }
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
    fn reviewed_files_are_read_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let hash = "ab".repeat(32);
        let write = |entry: &str| {
            std::fs::write(
                dir.path().join("site.yaml"),
                format!(
                    "title: t\nbase_url: https://a.cn/\nprivacy:\n  reviewed:\n    - {entry}\n"
                ),
            )
            .unwrap();
        };
        write(&format!(
            "{{file: static/a.pdf, sha256: {hash}, reason: 扫描件，已人工核对}}"
        ));
        let (c, _) = load(dir.path(), None).unwrap();
        assert_eq!(c.privacy.reviewed[0].file, "static/a.pdf");
        write("{file: static/a.pdf, sha256: abc, reason: x}");
        assert!(
            load(dir.path(), None)
                .unwrap_err()
                .message()
                .contains("64 hexadecimal")
        );
        write(&format!(
            "{{file: static/a.pdf, sha256: {hash}, reason: \"\"}}"
        ));
        assert!(
            load(dir.path(), None)
                .unwrap_err()
                .message()
                .contains("no reason")
        );
        write(&format!("{{file: static/a.pdf, sha256: {hash}}}"));
        assert!(load(dir.path(), None).is_err());
    }

    #[test]
    fn find_key_locates_nested_keys() {
        assert_eq!(
            find_key("title: a\nprivacy:\n  min_cell: 0\n", "min_cell"),
            (3, 3)
        );
    }

    #[test]
    fn limits_default_and_can_be_set() {
        let c: SiteConfig = yaml::parse(
            Path::new("site.yaml"),
            "title: t\nbase_url: https://a.cn/\n",
            0,
        )
        .unwrap();
        assert_eq!(c.limits.page_bytes(), 20 * MB);
        assert_eq!(c.limits.file_bytes(), 100 * MB);
        assert_eq!(c.limits.output_bytes(), 100 * MB);
        assert_eq!(c.limits.template_steps(), 10_000_000);
        let c: SiteConfig = yaml::parse(
            Path::new("site.yaml"),
            "title: t\nbase_url: https://a.cn/\nlimits: {page_mb: 5, template_million_steps: 2}\n",
            0,
        )
        .unwrap();
        assert_eq!(c.limits.page_bytes(), 5 * MB);
        assert_eq!(c.limits.file_bytes(), 100 * MB);
        assert_eq!(c.limits.template_steps(), 2_000_000);
        assert!(
            yaml::parse::<SiteConfig>(
                Path::new("site.yaml"),
                "title: t\nbase_url: https://a.cn/\nlimits: {pages_mb: 5}\n",
                0,
            )
            .is_err(),
            "a misspelt limit is an error"
        );
    }

    #[test]
    fn a_theme_is_a_folder_name_not_a_path() {
        let dir = tempfile::tempdir().unwrap();
        for (theme, ok) in [
            ("default", true),
            ("gov-2024", true),
            ("../../etc", false),
            ("a/b", false),
            ("/etc", false),
            (".hidden", false),
            ("..", false),
        ] {
            std::fs::write(
                dir.path().join("site.yaml"),
                format!("title: t\nbase_url: https://a.cn/\ntheme: \"{theme}\"\n"),
            )
            .unwrap();
            let got = load(dir.path(), None);
            assert_eq!(got.is_ok(), ok, "{theme}: {:?}", got.err());
            if let Err(e) = got {
                assert_eq!((e.line, e.col), (3, 1));
            }
        }
    }
}
