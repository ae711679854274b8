//! Where in a file a part was read, as a person opening the file would find it: `page 2`, `名单!C3`,
//! `data.zip › b.csv`. A location is made of the names the file itself gives (an entry's path, a sheet's name),
//! kept as they are, and Sunlight's own place words, which are messages of `pieces.ftl` (`place-…`), so an error
//! in a Chinese run says 第 2 页 and not `page 2`. The names are the file's content: they are masked by the detector
//! before they are printed ([`Location::arg`]), and the place words never hold anything read from the file but
//! numbers of Sunlight's own counting and those names.

use std::fmt;

use crate::messages::{Arg, Lang, Message, msg};

/// Where, from the outside in; empty for the file itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location(Vec<Step>);

/// One step inwards.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// A name the file gives (an archive entry, a gzip's inner file, an attached file's name).
    Name(String),
    /// A place word of the catalogue, whose arguments may hold names the file gives.
    Word(Message),
}

impl Location {
    /// The file itself.
    pub fn here() -> Location {
        Location::default()
    }

    /// A name the file itself gives: an entry's path, an attached file's name.
    pub fn named(name: impl Into<String>) -> Location {
        Location(vec![Step::Name(name.into())])
    }

    /// A place word of `pieces.ftl`.
    pub fn word(place: Message) -> Location {
        Location(vec![Step::Word(place)])
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `inner` inside this location (`outer › inner`).
    pub fn then(&self, inner: &Location) -> Location {
        Location(self.0.iter().chain(&inner.0).cloned().collect())
    }

    /// The name of the innermost step when the file gives it, for telling a nested file's kind by its name
    /// (`data.zip › b.html`); empty when the innermost step is a place word.
    pub fn file_name(&self) -> &str {
        match self.0.last() {
            Some(Step::Name(n)) => n,
            _ => "",
        }
    }

    /// This location as an argument of a message, every name the file gives passed through `mask` (which replaces
    /// what the detector finds in it), and the steps joined by `place-inside`.
    pub fn arg(&self, mask: &dyn Fn(&str) -> String) -> Arg {
        let mut steps = self.0.iter().map(|s| match s {
            Step::Name(n) => Arg::Text(mask(n)),
            Step::Word(m) => Arg::Msg(Box::new(masked(m, mask))),
        });
        let Some(first) = steps.next() else {
            return Arg::Text(String::new());
        };
        steps.fold(first, |outer, inner| {
            Arg::Msg(Box::new(msg!("place-inside", outer = outer, inner = inner)))
        })
    }

    /// The location in `lang`, nothing masked (for tests and the file's own diagnostics, never for a name the
    /// detector has not read).
    pub fn text(&self, lang: Lang) -> String {
        match self.arg(&|n| n.to_string()) {
            Arg::Text(t) => t,
            Arg::Msg(m) => m.text(lang),
            _ => String::new(),
        }
    }
}

/// A place word with each name in its arguments passed through `mask`.
fn masked(m: &Message, mask: &dyn Fn(&str) -> String) -> Message {
    fn arg(a: &Arg, mask: &dyn Fn(&str) -> String) -> Arg {
        match a {
            Arg::Text(t) => Arg::Text(mask(t)),
            Arg::List(items) => Arg::List(items.iter().map(|i| arg(i, mask)).collect()),
            Arg::Msg(m) => Arg::Msg(Box::new(masked(m, mask))),
            other => other.clone(),
        }
    }
    Message {
        id: m.id,
        args: m.args.iter().map(|(n, a)| (*n, arg(a, mask))).collect(),
    }
}

/// The English form, as the tests compare it.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// Tests compare a location with its English form.
#[cfg(test)]
impl PartialEq<&str> for Location {
    fn eq(&self, other: &&str) -> bool {
        self.text(Lang::En) == *other
    }
}

impl From<Message> for Location {
    fn from(place: Message) -> Location {
        Location::word(place)
    }
}

impl From<&Location> for Location {
    fn from(l: &Location) -> Location {
        l.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_as_the_file_gives_them_and_place_words_follow_the_language() {
        let at = Location::named("名单.zip")
            .then(&Location::word(msg!("place-page", page = 2)))
            .then(&Location::named("a.csv"));
        assert_eq!(at.to_string(), "名单.zip › page 2 › a.csv");
        assert_eq!(at.text(Lang::Zh), "名单.zip › 第 2 页 › a.csv");
        assert_eq!(at.file_name(), "a.csv");
        assert_eq!(Location::word(msg!("place-page", page = 2)).file_name(), "");
        let hidden = at.arg(&|n| n.replace("名单", "〔已隐去〕"));
        let Arg::Msg(m) = hidden else {
            panic!("a nested location is a message")
        };
        assert_eq!(m.text(Lang::En), "〔已隐去〕.zip › page 2 › a.csv");
    }
}
