//! Figures as statisticians write them in tables: `1,405`, `1 405`, full-width `１，４０５`, `12.5%`, and `-`, `—` or
//! `…` where a table has no figure. Anything else that is not plainly a number (`约三千`, `1,40,5`, `3千`) is refused
//! with the reason it is not a figure (the catalogue's `cell-not-figure` says it in the editor's language), since a
//! figure guessed at would be published as if it were exact.

/// A cell read as a figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    /// The table's way of saying there is no figure here (`-`, `—`, `…`).
    None,
    Number {
        value: f64,
        /// Written without a decimal point, so it can be published as an integer.
        whole: bool,
        /// Written with a % sign: `value` is the number before it.
        percent: bool,
    },
}

/// Marks that stand for "no figure" in Chinese statistical tables.
const NO_FIGURE: &[&str] = &[
    "-", "--", "—", "——", "–", "－", "―", "…", "……", "...", "⋯", "⋯⋯",
];

/// Why text is not a figure: the variant of the catalogue's `cell-not-figure` that says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAFigure {
    /// `number` (words or other characters), `decimal` (a bad decimal part), `mixed` (commas and spaces between
    /// digits) or `grouped` (digits not grouped in threes).
    pub reason: &'static str,
}

const NOT_A_NUMBER: &str = "number";

/// Reads `text` as a figure. Leading and trailing spaces are ignored.
pub fn parse(text: &str) -> Result<Figure, NotAFigure> {
    let folded: String = text.trim().chars().map(fold).collect();
    let s = folded.trim();
    if NO_FIGURE.contains(&s) {
        return Ok(Figure::None);
    }
    let (s, percent) = match s.strip_suffix('%') {
        Some(rest) => (rest.trim_end(), true),
        None => (s, false),
    };
    let (sign, body) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let not = |reason| Err(NotAFigure { reason });
    if int.is_empty() || !int.chars().any(|c| c.is_ascii_digit()) {
        return not(NOT_A_NUMBER);
    }
    if frac.is_some_and(|f| f.is_empty() || !f.chars().all(|c| c.is_ascii_digit())) {
        return not("decimal");
    }
    let digits = grouped_digits(int).map_err(|reason| NotAFigure { reason })?;
    let plain = match frac {
        Some(f) => format!("{sign}{digits}.{f}"),
        None => format!("{sign}{digits}"),
    };
    match plain.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(Figure::Number {
            value,
            whole: frac.is_none(),
            percent,
        }),
        _ => not(NOT_A_NUMBER),
    }
}

/// The digits of an integer part, which may be grouped in threes by commas or by spaces (one kind only).
fn grouped_digits(int: &str) -> Result<String, &'static str> {
    if int.chars().all(|c| c.is_ascii_digit()) {
        return Ok(int.to_string());
    }
    let seps: Vec<char> = int.chars().filter(|c| !c.is_ascii_digit()).collect();
    let sep = seps[0];
    if !(sep == ',' || sep == ' ') || seps.iter().any(|&c| c != sep) {
        return Err(if seps.iter().all(|&c| c == ',' || c == ' ') {
            "mixed"
        } else {
            NOT_A_NUMBER
        });
    }
    let groups: Vec<&str> = int.split(sep).collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
        return Err("grouped");
    }
    Ok(groups.concat())
}

/// Full-width digits and signs to their ASCII forms, and the spaces used between digit groups to a plain space.
fn fold(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '，' => ',',
        '．' => '.',
        '％' => '%',
        '＋' => '+',
        '−' => '-',
        '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{3000}' | '\u{2007}' => ' ',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> (f64, bool, bool) {
        match parse(s) {
            Ok(Figure::Number {
                value,
                whole,
                percent,
            }) => (value, whole, percent),
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn separators_are_read_whole() {
        assert_eq!(num("1,405"), (1405.0, true, false));
        assert_eq!(num("1 405"), (1405.0, true, false));
        assert_eq!(num("123,894.7"), (123894.7, false, false));
        assert_eq!(num("１，４０５"), (1405.0, true, false));
        assert_eq!(num("2\u{3000}478\u{3000}369"), (2478369.0, true, false));
        assert_eq!(num("-1,234"), (-1234.0, true, false));
        assert_eq!(num("12.5%"), (12.5, false, true));
        assert_eq!(num("１２．５％"), (12.5, false, true));
        assert_eq!(num("0"), (0.0, true, false));
    }

    #[test]
    fn no_figure_marks() {
        for s in ["-", "—", "——", "…", "……", "－", " - "] {
            assert_eq!(parse(s), Ok(Figure::None), "{s}");
        }
    }

    #[test]
    fn words_and_bad_grouping_are_refused() {
        assert_eq!(parse("约三千").unwrap_err().reason, "number");
        assert_eq!(parse("1,40,5").unwrap_err().reason, "grouped");
        assert_eq!(parse("1,4050").unwrap_err().reason, "grouped");
        assert_eq!(parse("1,405 000").unwrap_err().reason, "mixed");
        assert_eq!(parse("1.2.3").unwrap_err().reason, "decimal");
        for s in [
            "3千", "1.2万", "", "1.", ".5", "1.2.3", "12%%", "abc", "1e5",
        ] {
            assert!(parse(s).is_err(), "{s}");
        }
    }
}
