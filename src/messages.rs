//! Messages in the editor's language. Every sentence an editor or reader sees is a [`Message`]: an id and named
//! arguments, made into text when it is printed, from the Fluent catalogue in `locales/` ([`catalogue`]).
//! Editors are communications staff, not programmers: the words are plain, with no Rust or library words, and keep
//! only what they type themselves as code (file names, YAML keys, column keys, `value(...)`).
//!
//! # Choosing the language
//!
//! [`Lang::detect`]: the `--lang` flag if given (`zh` or `en`, nothing else: see [`Lang::from_flag`]), otherwise the
//! first non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG`. A locale starting with `zh` (any case, `zh_CN.UTF-8`) is
//! Chinese; every other locale, and none at all, is English.
//!
//! # Output format
//!
//! [`crate::diagnostics::Diagnostic::render`] keeps the `file:line:col: ` prefix identical in both languages, so tools
//! can parse either; only the label and its separator change:
//!
//! ```text
//! content/a.md:3:5: error: the dataset `x` has no row `y`
//!   hint: did you mean `z`? rows are named by their first column
//! content/a.md:3:5: 错误：数据集 `x` 中没有行 `y`
//!   提示：是不是要写 `z`？行名就是这一行第一列的值
//! ```
//!
//! # No sentences in code
//!
//! There is no path from an English sentence to a message: a diagnostic is built with [`msg!`](crate::msg) (an id of the
//! catalogue and its arguments) and nothing else converts into a [`Message`]. A sentence added in code instead of
//! the catalogue would not compile; the catalogue's tests check each id has both languages, a `.hint`, a comment
//! and the arguments its call sites give.

pub mod catalogue;
pub mod gallery;

pub use catalogue::{Arg, IntoArg, Message, io_reason, msg, word};

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// The language for this run: the `--lang` flag, else the locale of the environment.
    pub fn detect(flag: Option<&str>) -> Lang {
        Lang::choose(flag, |name| std::env::var(name).ok())
    }

    /// [`Lang::detect`] with the environment given as a function, so it can be tested without changing the process
    /// environment.
    pub fn choose(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag.and_then(Lang::from_flag) {
            return lang;
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = env(name).filter(|v| !v.trim().is_empty()) {
                return Lang::from_tag(&value);
            }
        }
        Lang::En
    }

    /// The language `--lang` names: `zh` or `en`, nothing else (the command line refuses other values).
    pub fn from_flag(flag: &str) -> Option<Lang> {
        match flag {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The locale `zh_CN.UTF-8`, `zh_TW` … is Chinese; anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_flag_then_environment() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::choose(Some("zh"), env(&[])), Lang::Zh);
        assert_eq!(Lang::from_flag("zh-CN"), None, "--lang takes zh or en only");
        assert_eq!(
            Lang::choose(Some("en"), env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "zh_TW.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(None, env(&[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(
                None,
                env(&[("LC_ALL", ""), ("LC_MESSAGES", "zh_CN"), ("LANG", "C")])
            ),
            Lang::Zh
        );
        assert_eq!(Lang::choose(None, env(&[])), Lang::En);
        assert_eq!(Lang::choose(Some(" "), env(&[("LANG", "zh_CN")])), Lang::Zh);
    }
}
