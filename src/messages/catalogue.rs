//! The message catalogue: every sentence an editor reads, by id, in Fluent (`locales/<lang>/*.ftl`, embedded in the
//! binary). Code never writes a sentence: it names a message and gives its arguments ([`msg!`](crate::msg)), and the
//! text is made when it is printed, in the language of the run. Translators work on the `.ftl` files alone: each
//! message has a comment saying where it appears and a `.hint` attribute saying what to do, and
//! `every_message_is_complete_in_both_languages` fails when a language, a comment, a hint or an argument is missing.
//!
//! Arguments carry what they are, so printing them is safe by construction: words from the site ([`Arg::Text`],
//! [`Arg::List`]) are read by the privacy detector before a message leaves the build (`privacy::screen` replaces one
//! that holds a personal value by [`Arg::Masked`], its kind, never the value); counts and figures ([`Arg::Num`],
//! [`Arg::Figure`]) are shown as they are.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// A message by id, with its named arguments: what a diagnostic carries instead of text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a message, by what it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Words from the site's own files (a value, a key, a row name, a path): read by the privacy detector.
    Text(String),
    /// Several arguments, joined as the language joins a list (`a, b` or `a、b`).
    List(Vec<Arg>),
    /// A count or a size: shown as it is, and selects plural forms.
    Num(i64),
    /// A figure already written out (`17265.21`, `2.5 MB`): shown as it is.
    Figure(String),
    /// Another message without arguments, inserted in the same language (a kind of value, a column type).
    Term(&'static str),
    /// A `Text` the detector found a personal value in: only the id of its kind's name is kept.
    Masked(&'static str),
    /// Another message with its own arguments, inserted in the same language (one reason in a list of reasons).
    Msg(Box<Message>),
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl IntoArg) -> Self {
        self.args.push((name, value.into_arg()));
        self
    }

    /// The argument named `name`, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        format(lang, self, None).unwrap_or_else(|| self.id.to_string())
    }

    /// Its hint in `lang`, if it has one.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        format(lang, self, Some("hint"))
    }

    /// Every argument from the site's text, for the privacy detector to read (and mask).
    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut Arg> {
        fn flat(arg: &mut Arg) -> Vec<&mut Arg> {
            match arg {
                Arg::List(items) => items.iter_mut().flat_map(flat).collect(),
                Arg::Text(_) => vec![arg],
                Arg::Msg(m) => m.args.iter_mut().flat_map(|(_, a)| flat(a)).collect(),
                _ => Vec::new(),
            }
        }
        self.args.iter_mut().flat_map(|(_, a)| flat(a))
    }
}

/// A message by id with named arguments: `msg!("dataset-unknown-column", column = name, count = n)`. The id and the
/// argument names are checked against both languages' catalogues by `every_call_site_matches_the_catalogue`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// The macro by its module's path (`use crate::messages::msg;`), so code inside the crate names it where it lives.
pub use msg;

/// What a value is as a message argument.
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg {
                Arg::Num(i64::try_from(self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i8, i16, i32, i64, u128, i128);

impl IntoArg for f64 {
    fn into_arg(self) -> Arg {
        Arg::Figure(self.to_string())
    }
}

impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl IntoArg for Cow<'_, str> {
    fn into_arg(self) -> Arg {
        Arg::Text(self.into_owned())
    }
}

/// A path with `/` between its parts on every system (the root is one `/`, not a part of its own).
impl IntoArg for &Path {
    fn into_arg(self) -> Arg {
        let mut out = String::new();
        for c in self.components() {
            if !out.is_empty() && !out.ends_with('/') {
                out.push('/');
            }
            match c {
                std::path::Component::RootDir => out.push('/'),
                c => out.push_str(&c.as_os_str().to_string_lossy()),
            }
        }
        Arg::Text(out)
    }
}

impl IntoArg for &PathBuf {
    fn into_arg(self) -> Arg {
        self.as_path().into_arg()
    }
}

impl IntoArg for Vec<String> {
    fn into_arg(self) -> Arg {
        Arg::List(self.into_iter().map(Arg::Text).collect())
    }
}

impl<S: AsRef<str>> IntoArg for &[S] {
    fn into_arg(self) -> Arg {
        Arg::List(
            self.iter()
                .map(|s| Arg::Text(s.as_ref().to_string()))
                .collect(),
        )
    }
}

impl<S: AsRef<str>> IntoArg for &Vec<S> {
    fn into_arg(self) -> Arg {
        self.as_slice().into_arg()
    }
}

/// The catalogue files of one language, embedded in the binary. A new file goes in both lists.
macro_rules! files {
    ($lang:literal: $($name:literal),*) => {
        &[$(($name, include_str!(concat!("../../locales/", $lang, "/", $name)))),*]
    };
}

/// `(file name, source)` of the English catalogue.
pub const EN: &[(&str, &str)] = files!("en": "cli.ftl", "terms.ftl", "load.ftl", "validate.ftl", "privacy.ftl", "check.ftl", "render.ftl", "write.ftl", "serve.ftl", "init.ftl", "pieces.ftl", "reader.ftl", "theme.ftl");
/// `(file name, source)` of the Chinese catalogue.
pub const ZH: &[(&str, &str)] = files!("zh-CN": "cli.ftl", "terms.ftl", "load.ftl", "validate.ftl", "privacy.ftl", "check.ftl", "render.ftl", "write.ftl", "serve.ftl", "init.ftl", "pieces.ftl", "reader.ftl", "theme.ftl");

/// Files whose messages are lines and words rather than problems, so they need no `.hint`.
pub const WITHOUT_HINTS: &[&str] = &[
    "cli.ftl",
    "terms.ftl",
    "serve.ftl",
    "init.ftl",
    "pieces.ftl",
    "reader.ftl",
    "theme.ftl",
];

/// Files of words published on the site's pages: no reader would see a `.hint`, so they have none, and each is
/// translated (the Chinese is never the English left in place).
pub const READERS_WORDS: &[&str] = &["reader.ftl", "theme.ftl"];

type Bundle = FluentBundle<FluentResource>;

fn bundle(tag: &str, files: &[(&str, &str)]) -> Bundle {
    let locale = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Isolation marks around arguments would end up in terminals and logs as invisible characters.
    bundle.set_use_isolating(false);
    for (_, source) in files {
        // A catalogue that does not parse is caught by the tests; what parsed is still used.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| [bundle("en", EN), bundle("zh-CN", ZH)]);

fn bundle_for(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::En => &BUNDLES[0],
        Lang::Zh => &BUNDLES[1],
    }
}

/// The message (or its attribute) in `lang`, falling back to English when a translation is missing.
fn format(lang: Lang, msg: &Message, attribute: Option<&str>) -> Option<String> {
    format_in(lang, msg, attribute).or_else(|| {
        (lang != Lang::En)
            .then(|| format_in(Lang::En, msg, attribute))
            .flatten()
    })
}

fn format_in(lang: Lang, msg: &Message, attribute: Option<&str>) -> Option<String> {
    format_strict(lang, msg, attribute).map(|(text, _)| text)
}

/// The message in `lang` if the catalogue has it in that language and every argument it uses was given: for words
/// a theme asks for by id, where a mistake should stop the build at the template's line rather than show `{$n}`.
pub fn complete(lang: Lang, msg: &Message) -> Option<String> {
    match format_strict(lang, msg, None) {
        Some((text, true)) => Some(text),
        _ => None,
    }
}

/// The text, and whether it was made without an error (an argument missing, a message it names not found).
fn format_strict(lang: Lang, msg: &Message, attribute: Option<&str>) -> Option<(String, bool)> {
    let bundle = bundle_for(lang);
    let message = bundle.get_message(msg.id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut args = FluentArgs::new();
    for (name, arg) in &msg.args {
        args.set(*name, value(lang, arg));
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned();
    Some((text, errors.is_empty()))
}

fn value(lang: Lang, arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Text(s) | Arg::Figure(s) => FluentValue::from(s.clone()),
        Arg::Num(n) => FluentValue::from(*n),
        Arg::List(items) => FluentValue::from(
            items
                .iter()
                .map(|a| value_text(lang, a))
                .collect::<Vec<_>>()
                .join(match lang {
                    Lang::En => ", ",
                    Lang::Zh => "、",
                }),
        ),
        Arg::Term(id) => FluentValue::from(Message::new(id).text(lang)),
        Arg::Masked(kind) => FluentValue::from(format!("‹{}›", Message::new(kind).text(lang))),
        Arg::Msg(m) => FluentValue::from(m.text(lang)),
    }
}

fn value_text(lang: Lang, arg: &Arg) -> String {
    match value(lang, arg) {
        FluentValue::String(s) => s.into_owned(),
        FluentValue::Number(n) => n.as_string().into_owned(),
        _ => String::new(),
    }
}

/// A word of the catalogue without arguments, in `lang` (a heading, a label, a kind of data).
pub fn word(id: &'static str, lang: Lang) -> String {
    Message::new(id).text(lang)
}

/// Why the operating system refused, as a term in plain words (its own wording is English and technical).
pub fn io_reason(e: &std::io::Error) -> Arg {
    use std::io::ErrorKind;
    Arg::Term(match e.kind() {
        ErrorKind::NotFound => "term-io-not-found",
        ErrorKind::PermissionDenied => "term-io-permission",
        ErrorKind::AddrInUse => "term-io-in-use",
        ErrorKind::ReadOnlyFilesystem => "term-io-read-only",
        ErrorKind::StorageFull => "term-io-full",
        ErrorKind::IsADirectory => "term-io-is-folder",
        ErrorKind::NotADirectory => "term-io-not-folder",
        ErrorKind::DirectoryNotEmpty => "term-io-not-empty",
        ErrorKind::InvalidData => "term-io-invalid-data",
        _ => "term-io-other",
    })
}

pub mod index;

#[cfg(test)]
mod tests;
