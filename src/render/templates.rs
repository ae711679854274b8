//! The theme's minijinja environment. Templates were read in `load`; here they are compiled once and shared by all
//! page renders (the environment is `Sync`, so pages render in parallel).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use minijinja::value::Kwargs;
use minijinja::{
    AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior, Value, escape_formatter,
};

use crate::diagnostics::Diagnostic;
use crate::format::strings::page_lang;
use crate::html::markup::write_escaped;
use crate::html::url::encode_path_into;
use crate::messages::catalogue::{complete, index};
use crate::messages::msg;
use crate::messages::{Arg, Lang, Message};
use crate::model::Site;
use crate::model::config::Limits;

/// The compiled theme and where each template came from, so errors can name the file. It owns its templates, so
/// `serve`'s session can keep it between saves that change no theme file.
pub struct Theme {
    env: Environment<'static>,
    files: BTreeMap<String, PathBuf>,
    limits: Limits,
    /// Set when a render hit a limit: the pages not yet begun are not rendered, since they would most likely use
    /// the same template and spend the same time for the same error.
    stopped: AtomicBool,
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

impl Theme {
    pub fn compile(site: &Site) -> Result<Theme, Vec<Diagnostic>> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        // Every render gets this budget afresh: a loop that never ends stops here instead of holding the build (or
        // `serve`'s rebuild) for ever, and the engine refuses an allocation the rest of the budget cannot pay for.
        let limits = site.config.limits;
        env.set_fuel(Some(limits.template_steps()));
        // minijinja also escapes `/`, which fills every href with `&#x2f;`; valid, but unreadable to anyone checking
        // the output, so plain text is escaped here with the five characters HTML needs.
        env.set_formatter(|out, state, value| {
            if matches!(state.auto_escape(), AutoEscape::Html)
                && !value.is_safe()
                && let Some(s) = value.as_str()
            {
                return write_escaped(out, s).map_err(minijinja::Error::from);
            }
            escape_formatter(out, state, value)
        });
        let base = site.base.path.clone();
        env.add_filter("url", move |path: String| -> String {
            let path = path.trim_start_matches('/');
            let mut out = String::with_capacity(base.len() + path.len());
            out.push_str(&base);
            encode_path_into(&mut out, path);
            out
        });
        // The same, inside the page's language folder: `data/` is the English catalogue on an English page.
        let base = site.base.path.clone();
        env.add_filter("lurl", move |state: &State, path: String| -> String {
            let prefix = state.lookup("lang_prefix");
            let prefix = prefix.as_ref().and_then(Value::as_str).unwrap_or_default();
            let path = path.trim_start_matches('/');
            let mut out = String::with_capacity(base.len() + prefix.len() + path.len());
            out.push_str(&base);
            encode_path_into(&mut out, prefix);
            encode_path_into(&mut out, path);
            out
        });
        add_words(&mut env, primary(&site.config.language));
        let mut files = BTreeMap::new();
        let mut errors = Vec::new();
        for t in &site.templates {
            files.insert(t.name.clone(), t.rel.clone());
            if let Err(e) = env.add_template_owned(t.name.clone(), t.text.clone()) {
                errors.push(template_error(&e, &files, &t.name));
            }
        }
        let theme_dir = format!("themes/{}/templates", site.config.theme);
        for name in REQUIRED {
            if !files.contains_key(name) {
                errors.push(Diagnostic::error(
                    format!("{theme_dir}/{name}"),
                    0,
                    0,
                    msg!("theme-missing-template", name = name),
                ));
            }
        }
        if errors.is_empty() {
            Ok(Theme {
                env,
                files,
                limits,
                stopped: AtomicBool::new(false),
            })
        } else {
            Err(errors)
        }
    }

    /// Renders `name` with `ctx`. A template mistake is reported at its line in the theme file; a render that runs
    /// out of steps or would be larger than `limits.output_mb` is stopped with a message naming the template.
    pub fn render(&self, name: &str, ctx: Value) -> Result<String, Diagnostic> {
        let tmpl = self
            .env
            .get_template(name)
            .map_err(|e| template_error(&e, &self.files, name))?;
        let mut out = Capped::new(self.limits.output_bytes());
        out.bytes
            .reserve(INITIAL_OUTPUT.min(usize::try_from(out.cap).unwrap_or(usize::MAX)));
        match tmpl.render_captured_to(ctx, &mut out) {
            Ok(_) => String::from_utf8(out.bytes)
                .map_err(|_| Diagnostic::error(self.file(name), 0, 0, msg!("template-not-utf8"))),
            Err(_) if out.over => {
                self.stopped.store(true, Ordering::Relaxed);
                Err(self.too_large(name))
            }
            Err(e) if e.kind() == ErrorKind::OutOfFuel => {
                self.stopped.store(true, Ordering::Relaxed);
                Err(self.out_of_steps(&e, name))
            }
            Err(e) => Err(template_error(&e, &self.files, name)),
        }
    }

    fn too_large(&self, name: &str) -> Diagnostic {
        Diagnostic::error(
            self.file(name),
            0,
            0,
            msg!("template-too-large", limit = self.limits.output_mb),
        )
    }

    /// At the line where the steps ran out, which is inside the loop that spent them.
    fn out_of_steps(&self, e: &Error, name: &str) -> Diagnostic {
        Diagnostic {
            msg: msg!(
                "template-out-of-steps",
                limit = self.limits.template_million_steps
            ),
            ..template_error(e, &self.files, name)
        }
    }

    /// Whether a render has hit a limit, so the rest need not be started.
    pub fn stopped(&self) -> bool {
        self.stopped.load(Ordering::Relaxed)
    }

    fn file(&self, name: &str) -> PathBuf {
        self.files
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name))
    }
}

/// What a page's output buffer starts with: most pages of the default theme are 8–20 KB, so a page's render
/// grows it once or twice instead of a dozen times.
const INITIAL_OUTPUT: usize = 16 * 1024;

/// The output of one render, refused past `cap` bytes. minijinja has no output limit of its own, and a page that
/// grows without end would otherwise abort the process when memory runs out.
struct Capped {
    bytes: Vec<u8>,
    cap: u64,
    over: bool,
}

impl Capped {
    fn new(cap: u64) -> Self {
        Capped {
            bytes: Vec::new(),
            cap,
            over: false,
        }
    }
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if (self.bytes.len() + buf.len()) as u64 > self.cap {
            self.over = true;
            return Err(std::io::Error::other("output limit reached"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `tr(…)`, the theme's words in the page's language; `default` is the site's language, for a page without `lang`.
/// A word without arguments is the same on every page, and each page asks for dozens, so each is looked up and
/// formatted once per language and theme.
fn add_words(env: &mut Environment<'static>, default: String) {
    let said: [Mutex<HashMap<String, Value>>; 2] = Default::default();
    env.add_function(
        "tr",
        move |state: &State, id: Option<String>, words: Kwargs| -> Result<Value, Error> {
            match id {
                Some(id) if words.args().next().is_none() => {
                    let slot = &said[usize::from(lang_of(state, &default) == Lang::Zh)];
                    if let Some(v) = slot.lock().ok().and_then(|m| m.get(&id).cloned()) {
                        return Ok(v);
                    }
                    let v = Value::from(lookup(state, &id, &words, &default)?);
                    if let Ok(mut m) = slot.lock() {
                        m.insert(id, v.clone());
                    }
                    Ok(v)
                }
                Some(id) => lookup(state, &id, &words, &default).map(Value::from),
                None => Ok(Value::from(pick(state, &words, &default))),
            }
        },
    );
}

/// A language code's primary subtag (`zh` of `zh-CN`): the keyword `tr()` takes for that language.
fn primary(code: &str) -> String {
    code.split(['-', '_'])
        .next()
        .unwrap_or(code)
        .to_ascii_lowercase()
}

/// The language of the page being rendered, as the catalogue has it: Chinese for `zh…`, English for every other.
fn lang_of(state: &State, default: &str) -> Lang {
    let Some(lang) = state.lookup("lang") else {
        return page_lang(default);
    };
    let Some(code) = lang.as_str() else {
        return page_lang(default);
    };
    // `primary`, without making a string for the usual lower-case code.
    let first = code.split(['-', '_']).next().unwrap_or(code);
    if first.bytes().any(|b| b.is_ascii_uppercase()) {
        page_lang(&first.to_ascii_lowercase())
    } else {
        page_lang(first)
    }
}

/// `tr("theme-back-to-top")`, `tr("theme-toc-count", count=3)`: a word of the catalogue (`locales/*/theme.ftl`)
/// in the page's language, its keywords the message's arguments (whole numbers select plural forms). An id the
/// catalogue does not have, a keyword it does not use or an argument it needs and was not given is a mistake in
/// the template, reported at its line.
fn lookup(state: &State, id: &str, words: &Kwargs, default: &str) -> Result<String, Error> {
    let asked = id.to_string();
    let (id, names) = index::find(id)
        .ok_or_else(|| word_mistake(msg!("template-word-unknown", id = asked.as_str())))?;
    let mut message = Message::new(id);
    for key in words.args() {
        let value: Value = words.get(key)?;
        let name = names.get(key).ok_or_else(|| {
            word_mistake(msg!("template-word-no-argument", id = id, argument = key))
        })?;
        let arg = match value.as_i64() {
            Some(n) if value.is_number() => Arg::Num(n),
            _ => Arg::Text(value.to_string()),
        };
        message.args.push((name, arg));
    }
    complete(lang_of(state, default), &message)
        .ok_or_else(|| word_mistake(msg!("template-word-missing-argument", id = id)))
}

/// A mistake in a `tr()` call, said by Sunlight in the editor's language: the template engine carries it as the
/// source of its error, and [`template_error`] reports it instead of the engine's words.
#[derive(Debug)]
struct WordMistake(Message);

impl std::fmt::Display for WordMistake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.text(Lang::En))
    }
}

impl std::error::Error for WordMistake {}

fn word_mistake(m: Message) -> Error {
    Error::new(ErrorKind::InvalidOperation, m.text(Lang::En)).with_source(WordMistake(m))
}

/// The [`WordMistake`] behind a template error, if it is one.
fn word_mistake_in(e: &minijinja::Error) -> Option<Message> {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(w) = s.downcast_ref::<WordMistake>() {
            return Some(w.0.clone());
        }
        source = s.source();
    }
    None
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
    let message = word_mistake_in(e).unwrap_or_else(|| {
        msg!(
            "template-error",
            kind = Arg::Term(error_kind(e.kind())),
            detail = detail
        )
    });
    Diagnostic::error(file, e.line().unwrap_or(0), 0, message)
}

/// What went wrong in a template, in plain words; the engine's own sentence follows it, quoted.
fn error_kind(kind: minijinja::ErrorKind) -> &'static str {
    use minijinja::ErrorKind as K;
    match kind {
        K::SyntaxError | K::InvalidDelimiter | K::BadEscape => "term-template-syntax",
        K::UndefinedError => "term-template-undefined",
        K::UnknownFilter | K::UnknownTest | K::UnknownFunction | K::UnknownMethod => {
            "term-template-unknown"
        }
        K::TemplateNotFound | K::BadInclude | K::UnknownBlock => "term-template-missing",
        K::TooManyArguments | K::MissingArgument => "term-template-arguments",
        _ => "term-template-other",
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn words(template: &str, lang: &str) -> Result<String, Error> {
        let mut env = Environment::new();
        add_words(&mut env, "zh".to_string());
        env.render_str(template, minijinja::context! { lang => lang })
    }

    #[test]
    fn a_mistake_in_tr_is_said_by_sunlight_not_the_engine() {
        for (template, id) in [
            ("{{ tr('no-such-word') }}", "template-word-unknown"),
            (
                "{{ tr('theme-skip-link', n=3) }}",
                "template-word-no-argument",
            ),
            (
                "{{ tr('theme-toc-count') }}",
                "template-word-missing-argument",
            ),
        ] {
            let e = words(template, "zh-CN").expect_err(template);
            let m = word_mistake_in(&e).expect("a Sunlight message");
            assert_eq!(m.id, id, "{template}");
            let zh = template_error(&e, &BTreeMap::new(), "page.html");
            assert!(!zh.text(Lang::Zh).is_empty() && zh.text(Lang::Zh) != zh.text(Lang::En));
        }
    }

    #[test]
    fn a_word_by_id_is_in_the_pages_language_with_its_spaces() {
        let t = "[{{ tr('theme-correction-now') }}|{{ tr('theme-list-page-after') }}|{{ tr('theme-toc-count', count=1) }}]";
        assert_eq!(words(t, "en").unwrap(), "[, now || (1 section)]");
        assert_eq!(words(t, "zh-CN").unwrap(), "[，现为|页|（1 节）]");
        assert_eq!(
            words("{{ tr('theme-toc-count', count=3) }}", "en").unwrap(),
            " (3 sections)"
        );
        // Any language but Chinese reads the English.
        assert_eq!(words("{{ tr('theme-home') }}", "fr").unwrap(), "Home");
    }

    #[test]
    fn a_word_said_once_is_said_again_in_each_pages_language() {
        let mut env = Environment::new();
        add_words(&mut env, "zh".to_string());
        let t = "{{ tr('theme-home') }}{{ tr('theme-home') }}";
        let said = |lang: &str| {
            env.render_str(t, minijinja::context! { lang => lang })
                .unwrap()
        };
        for _ in 0..2 {
            assert_eq!(said("en"), "HomeHome");
            assert_eq!(said("zh-CN"), "首页首页");
            assert_eq!(said("fr"), "HomeHome");
        }
        let e = env.render_str(
            "{{ tr('no-such-word') }}",
            minijinja::context! { lang => "en" },
        );
        assert!(e.is_err(), "an unknown word stays a mistake");
    }

    #[test]
    fn a_themes_own_words_are_still_picked_by_language() {
        let t = "{{ tr(zh='首页', en='Home', fr='Accueil') }}";
        assert_eq!(words(t, "fr").unwrap(), "Accueil");
        assert_eq!(words(t, "en").unwrap(), "Home");
        assert_eq!(words(t, "de").unwrap(), "首页");
    }

    #[test]
    fn a_wrong_id_or_argument_is_a_template_mistake() {
        for t in [
            "{{ tr('theme-no-such-word') }}",
            "{{ tr('theme-home', count=2) }}",
            "{{ tr('theme-toc-count') }}",
        ] {
            let e = words(t, "en").unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidOperation, "{t}: {e}");
        }
    }

    #[test]
    fn the_capped_writer_refuses_what_would_pass_the_cap() {
        let mut out = Capped::new(8);
        out.write_all(b"12345").unwrap();
        out.write_all(b"678").unwrap();
        assert!(!out.over);
        assert!(out.write_all(b"9").is_err());
        assert!(out.over);
        assert_eq!(out.bytes, b"12345678");
    }
}
