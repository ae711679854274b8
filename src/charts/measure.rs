//! Text widths without a font file. The reader's browser draws the text, so its exact width is unknowable at build
//! time; plotters' own estimate counts UTF-8 bytes and so makes a Chinese label twice as wide as it is. Here an
//! ideograph is 1 em and Latin about 0.55 em, rounded up where fonts differ, so a layout made from these widths
//! holds in the CJK fonts the theme names and in their Latin glyphs.

/// The size of all chart text but headings and the headline number. Charts are drawn 400 units wide and shrink
/// with the page; on a 360 px phone the chart is about 294 px wide, which makes 17 units 12.5 px.
pub const FONT: f64 = 17.0;
/// Distance between the tops of two lines of text.
pub const LINE: f64 = FONT * 1.3;

/// Width of one character in em.
pub fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.3,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '`' => 0.3,
        'f' | 'r' | 't' | '(' | ')' | '[' | ']' | '{' | '}' | '/' | '\\' | '-' | '"' => 0.4,
        'm' | 'w' => 0.85,
        'M' | 'W' | '@' => 0.95,
        '0'..='9' => 0.6,
        'a'..='z' | '$' | '#' | '*' | '+' | '=' | '<' | '>' | '?' | '_' | '~' | '^' => 0.58,
        'A'..='Z' | '%' | '&' => 0.72,
        c if c.is_ascii() => 0.6,
        // Latin-1 letters, Greek, Cyrillic: as wide as their ASCII cousins, give or take.
        '\u{80}'..='\u{2000}' => 0.65,
        // General punctuation (— … ‘ ’ “ ”): full width in CJK fonts.
        _ => 1.0,
    }
}

/// Width of `text` at `size` units.
pub fn width(text: &str, size: f64) -> f64 {
    text.chars().map(char_em).sum::<f64>() * size
}

/// Characters that may not begin a line in Chinese typesetting.
fn no_line_start(c: char) -> bool {
    "，。、；：？！）》」』】〕”’…—·%,.;:?!)]}".contains(c)
}

/// Characters that may not end a line.
fn no_line_end(c: char) -> bool {
    "（《「『【〔“‘([{".contains(c)
}

/// Pieces of text that stay on one line: a Latin word or number, or one CJK character.
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || (c.is_ascii_punctuation() && !word.is_empty()) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        out.push(c.to_string());
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The width of the widest word of `text` (a run of Latin letters and digits, or one CJK character): the narrowest
/// a label can be wrapped to without splitting a word, so `2023年7月` is never written `202` over `3年7月`.
pub fn widest_word(text: &str, size: f64) -> f64 {
    tokens(text.trim())
        .iter()
        .map(|t| width(t, size))
        .fold(0.0, f64::max)
}

/// Breaks `text` into lines no wider than `max` at `size`, between CJK characters and at spaces, keeping closing
/// punctuation off the start of a line and opening punctuation off its end. A single word wider than `max` is split.
pub fn wrap(text: &str, size: f64, max: f64) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for t in tokens(text.trim()) {
        if width(&t, size) > max && t.chars().count() > 1 {
            let mut part = String::new();
            for c in t.chars() {
                if !part.is_empty() && width(&format!("{part}{c}"), size) > max {
                    pieces.push(std::mem::take(&mut part));
                }
                part.push(c);
            }
            pieces.push(part);
        } else {
            pieces.push(t);
        }
    }
    let mut lines: Vec<Vec<String>> = vec![Vec::new()];
    for piece in pieces {
        let Some(line) = lines.last_mut() else {
            continue;
        };
        let candidate: String = line.concat() + &piece;
        let fits = width(candidate.trim_end(), size) <= max;
        if fits || line.is_empty() {
            line.push(piece);
            continue;
        }
        if piece == " " {
            lines.push(Vec::new());
            continue;
        }
        // Carry the last piece of this line along when the new line would start badly or this one end badly.
        let mut next = vec![piece];
        let first = next[0].chars().next().unwrap_or(' ');
        let last_of_line = line.last().and_then(|p| p.chars().last()).unwrap_or(' ');
        if (no_line_start(first) || no_line_end(last_of_line))
            && line.len() > 1
            && let Some(carried) = line.pop()
        {
            let moved: String = carried.clone() + &next[0];
            if width(&moved, size) <= max {
                next.insert(0, carried);
            } else {
                line.push(carried);
            }
        }
        lines.push(next);
    }
    lines
        .into_iter()
        .map(|l| l.concat().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// [`wrap`] with lines as even as possible, for labels: the fewest lines greedy wrapping gives, at the narrowest
/// width that still gives them, so a label never ends in one lone character.
pub fn wrap_balanced(text: &str, size: f64, max: f64) -> Vec<String> {
    let greedy = wrap(text, size, max);
    if greedy.len() < 2 {
        return greedy;
    }
    let n = greedy.len();
    // Never narrower than the widest word, which would split it while keeping the count of lines.
    let (mut lo, mut hi) = (widest_word(text, size).min(max), max);
    for _ in 0..24 {
        let mid = (lo + hi) / 2.0;
        if wrap(text, size, mid).len() <= n {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    wrap(text, size, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideographs_are_one_em_and_latin_narrower() {
        assert_eq!(width("城市低保", 10.0), 40.0);
        assert!((width("abc", 10.0) - 17.4).abs() < 1e-9);
        assert_eq!(width("2023", 10.0), 24.0);
    }

    #[test]
    fn the_widest_word_is_a_run_of_digits_or_one_character() {
        assert_eq!(widest_word("2023年7月", 10.0), 24.0);
        assert_eq!(widest_word("城市低保", 10.0), 10.0);
        assert_eq!(
            wrap_balanced("2023年10月", 10.0, widest_word("2023年10月", 10.0)),
            ["2023", "年10", "月"]
        );
        assert_eq!(wrap_balanced("2023年10月", 10.0, 40.0), ["2023", "年10月"]);
    }

    #[test]
    fn wraps_chinese_between_characters() {
        let lines = wrap("新建和老旧小区改造“四同步”配建养老服务设施", 10.0, 80.0);
        assert!(lines.len() >= 3, "{lines:?}");
        for l in &lines {
            assert!(width(l, 10.0) <= 80.0, "{l}");
            assert!(!l.starts_with('”'), "{lines:?}");
            assert!(!l.ends_with('“'), "{lines:?}");
        }
        assert_eq!(lines.concat(), "新建和老旧小区改造“四同步”配建养老服务设施");
    }

    #[test]
    fn wraps_latin_at_spaces_and_splits_long_words() {
        let lines = wrap("Residents covered by subsistence allowances", 10.0, 120.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, 10.0) <= 120.0), "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "Residents covered by subsistence allowances"
        );
        let long = wrap("Supercalifragilistic", 10.0, 40.0);
        assert!(long.iter().all(|l| width(l, 10.0) <= 40.0), "{long:?}");
        assert_eq!(long.concat(), "Supercalifragilistic");
    }

    #[test]
    fn balanced_labels_leave_no_orphan() {
        assert_eq!(
            wrap("民办非企业单位", FONT, 110.0),
            vec!["民办非企业单", "位"]
        );
        assert_eq!(
            wrap_balanced("民办非企业单位", FONT, 110.0),
            vec!["民办非企", "业单位"]
        );
        assert_eq!(wrap_balanced("结婚登记", FONT, 110.0), vec!["结婚登记"]);
    }

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(wrap("结婚登记", FONT, 200.0), vec!["结婚登记"]);
        assert!(wrap("  ", FONT, 200.0).is_empty());
    }
}
