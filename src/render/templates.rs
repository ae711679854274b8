//! The theme's minijinja environment. Templates were read in `load`; here they are compiled once and shared by all
//! page renders (the environment is `Sync`, so pages render in parallel).

use std::collections::BTreeMap;
use std::path::PathBuf;

use minijinja::value::Kwargs;
use minijinja::{
    AutoEscape, Environment, Error, State, UndefinedBehavior, Value, escape_formatter,
};

use super::html::escape;
use super::links::encode_path;
use crate::diagnostics::Diagnostic;
use crate::validate::Site;

/// The compiled theme and where each template came from, so errors can name the file.
pub struct Theme<'s> {
    env: Environment<'s>,
    files: BTreeMap<String, PathBuf>,
}

/// The templates every theme must provide.
pub const REQUIRED: [&str; 8] = [
    "index.html",
    "section.html",
    "page.html",
    "dataset.html",
    "catalogue.html",
    "404.html",
    "search.html",
    "sitemap.html",
];

impl<'s> Theme<'s> {
    pub fn compile(site: &'s Site) -> Result<Theme<'s>, Vec<Diagnostic>> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        // minijinja also escapes `/`, which fills every href with `&#x2f;`; valid, but unreadable to anyone checking
        // the output, so plain text is escaped here with the five characters HTML needs.
        env.set_formatter(|out, state, value| {
            if matches!(state.auto_escape(), AutoEscape::Html)
                && !value.is_safe()
                && let Some(s) = value.as_str()
            {
                return out.write_str(&escape(s)).map_err(minijinja::Error::from);
            }
            escape_formatter(out, state, value)
        });
        let base = site.base.path.clone();
        env.add_filter("url", move |path: String| -> String {
            format!("{base}{}", encode_path(path.trim_start_matches('/')))
        });
        // The same, inside the page's language folder: `data/` is the English catalogue on an English page.
        let base = site.base.path.clone();
        env.add_filter("lurl", move |state: &State, path: String| -> String {
            let prefix = state
                .lookup("lang_prefix")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            format!(
                "{base}{}",
                encode_path(&format!("{prefix}{}", path.trim_start_matches('/')))
            )
        });
        let default = primary(&site.config.language);
        env.add_function(
            "tr",
            move |state: &State, words: Kwargs| -> Result<Value, Error> {
                Ok(Value::from(pick(state, &words, &default)))
            },
        );
        let mut files = BTreeMap::new();
        let mut errors = Vec::new();
        for t in &site.templates {
            files.insert(t.name.clone(), t.rel.clone());
            if let Err(e) = env.add_template_owned(t.name.as_str(), t.text.as_str()) {
                errors.push(template_error(&e, &files, &t.name));
            }
        }
        let theme_dir = format!("themes/{}/templates", site.config.theme);
        for name in REQUIRED {
            if !files.contains_key(name) {
                errors.push(
                    Diagnostic::error(format!("{theme_dir}/{name}"), 0, 0, format!("the theme has no template {name}"))
                        .hint("every theme needs index.html, section.html, page.html, dataset.html, catalogue.html, 404.html, search.html and sitemap.html (see docs/theme-contract.md)"),
                );
            }
        }
        if errors.is_empty() {
            Ok(Theme { env, files })
        } else {
            Err(errors)
        }
    }

    /// Renders `name` with `ctx`. A template mistake is reported at its line in the theme file.
    pub fn render(&self, name: &str, ctx: Value) -> Result<String, Diagnostic> {
        let tmpl = self
            .env
            .get_template(name)
            .map_err(|e| template_error(&e, &self.files, name))?;
        tmpl.render(ctx)
            .map_err(|e| template_error(&e, &self.files, name))
    }
}

/// A language code's primary subtag (`zh` of `zh-CN`): the keyword `tr()` takes for that language.
fn primary(code: &str) -> String {
    code.split(['-', '_'])
        .next()
        .unwrap_or(code)
        .to_ascii_lowercase()
}

/// `tr(zh="首页", en="Home")`: the words for the page's language, else for the site's default language, else the
/// first given. Themes carry their own words this way, and any language can be added as another keyword.
fn pick(state: &State, words: &Kwargs, default: &str) -> String {
    let lang = state
        .lookup("lang")
        .and_then(|v| v.as_str().map(primary))
        .unwrap_or_else(|| default.to_string());
    // Every keyword is read, so none counts as unused.
    let all: Vec<(String, String)> = words
        .args()
        .map(|k| (k.to_string(), words.get::<String>(k).unwrap_or_default()))
        .collect();
    let get = |k: &str| all.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
    get(&lang)
        .or_else(|| get(default))
        .or_else(|| all.first().map(|(_, v)| v.clone()))
        .unwrap_or_default()
}

fn template_error(
    e: &minijinja::Error,
    files: &BTreeMap<String, PathBuf>,
    fallback: &str,
) -> Diagnostic {
    let name = e.name().unwrap_or(fallback);
    let file = files
        .get(name)
        .cloned()
        .unwrap_or_else(|| PathBuf::from(name));
    let detail = e
        .detail()
        .map(str::to_string)
        .unwrap_or_else(|| e.kind().to_string());
    Diagnostic::error(
        file,
        e.line().unwrap_or(0),
        0,
        format!("template error: {detail}"),
    )
    .hint(
        "fix the template at this line; the theme's variables are listed in docs/theme-contract.md",
    )
}
