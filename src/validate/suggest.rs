//! "Did you mean" suggestions, always from the editor's own site (its datasets, rows, columns and charts), never
//! from the example site. Names are compared in a normalised form, so the suggestion is the name the editor meant
//! even when it was typed with full-width brackets or digits (`（一）` for `(一)`, `１` for `1`), other spacing or
//! case, or another numbering prefix (`1、镇` for `1.镇`, `镇` for `一、镇`).

use unicode_normalization::UnicodeNormalization;

/// The candidate most like `wanted`, if one is close enough to be what was meant.
pub fn closest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let w: Vec<char> = normalised(wanted).chars().collect();
    let raw: Vec<char> = wanted.chars().collect();
    candidates
        .filter_map(|c| {
            let n: Vec<char> = normalised(c).chars().collect();
            let d = edit_distance(&w, &n);
            let allowed = (w.len().max(n.len()) / 3).max(1);
            (d <= allowed).then(|| (d, edit_distance(&raw, &c.chars().collect::<Vec<_>>()), c))
        })
        .min()
        .map(|(_, _, c)| c)
}

/// The form names are compared in: compatibility forms folded (full-width to half-width), lower case, without
/// spaces and without a leading numbering prefix.
fn normalised(name: &str) -> String {
    let folded: String = name
        .nfkc()
        .flat_map(char::to_lowercase)
        .filter(|c| !c.is_whitespace())
        .collect();
    without_numbering(&folded).to_string()
}

/// `1.镇`, `一、综合`, `(二)其他`, `3：x` without their numbering; a name that is only a number, or a number
/// followed directly by a word (`2023年`), is kept whole.
fn without_numbering(s: &str) -> &str {
    let open = s.strip_prefix(['(', '[']).unwrap_or(s);
    let bracketed = open.len() != s.len();
    let numeral = |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十百".contains(c);
    let after_number = open.trim_start_matches(numeral);
    if after_number.len() == open.len() {
        return s;
    }
    let closed = after_number.strip_prefix([')', ']']);
    let rest = closed.unwrap_or(after_number);
    let separated = rest.trim_start_matches(['、', '.', ':', '．', '。', '-']);
    let marked = closed.is_some() && bracketed || separated.len() != rest.len();
    if marked && !separated.is_empty() {
        separated
    } else {
        s
    }
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_offers_only_near_names() {
        let names = ["assistance", "elderly", "marriage"];
        assert_eq!(
            closest("assistence", names.iter().copied()),
            Some("assistance")
        );
        assert_eq!(closest("volunteers", names.iter().copied()), None);
    }

    #[test]
    fn numbering_and_full_width_forms_do_not_hide_the_near_name() {
        let rows = ["一、综合", "1.镇", "2.乡"];
        assert_eq!(closest("1、镇", rows.iter().copied()), Some("1.镇"));
        assert_eq!(closest("镇", rows.iter().copied()), Some("1.镇"));
        assert_eq!(closest("１．镇", rows.iter().copied()), Some("1.镇"));
        let rows = ["（一）城市低保", "（二）农村低保"];
        assert_eq!(
            closest("(一)城市低保", rows.iter().copied()),
            Some("（一）城市低保")
        );
        assert_eq!(
            closest("2023年", ["2023年", "2022年"].iter().copied()),
            Some("2023年")
        );
    }
}
