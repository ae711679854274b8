//! A text in the order a reader sees it. Bidirectional controls and right-to-left letters change the order
//! characters are shown in: `\u{202E}00083100831\u{202C}` (a right-to-left override) shows 13800138000, and an
//! isolate, an embedding, a right-to-left mark or a Hebrew or Arabic letter between digit groups shows the groups in
//! another order. The normaliser drops the controls and reads the stored order, so the detector also reads the text
//! laid out by the Unicode Bidirectional Algorithm (`unicode-bidi`) in a left-to-right paragraph, as a page of the
//! site is; what it finds there is mapped back to the original bytes it was drawn from.

use unicode_bidi::{BidiInfo, Level};

/// Whether `c` can make the shown order differ from the stored one: a bidirectional control or mark, or a letter
/// of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest of U+0590–U+08FF, their
/// presentation forms, and the right-to-left blocks of the supplementary planes).
pub fn may_reorder(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF
            | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// A text in display order and, for each of its characters, where it is in the display text and the byte range of
/// the original it came from.
pub struct Displayed {
    pub text: String,
    map: Vec<(usize, usize, usize)>,
}

impl Displayed {
    /// The smallest range of the original holding every character of the display text's bytes `start..end`.
    pub fn original(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.map.partition_point(|m| m.0 < start);
        let chars = self.map.get(first..)?.iter().take_while(|m| m.0 < end);
        chars.fold(None, |span, &(_, s, e)| match span {
            None => Some((s, e)),
            Some((a, b)) => Some((a.min(s), b.max(e))),
        })
    }
}

/// `text` as shown, or `None` when it is shown in the order it is stored.
pub fn displayed(text: &str) -> Option<Displayed> {
    let info = BidiInfo::new(text, Some(Level::ltr()));
    if !info.has_rtl() {
        return None;
    }
    let mut out = Displayed {
        text: String::with_capacity(text.len()),
        map: Vec::with_capacity(text.len()),
    };
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let Some(part) = text.get(run.clone()) else {
                continue;
            };
            let mut push = |at: usize, c: char| {
                out.map.push((
                    out.text.len(),
                    run.start + at,
                    run.start + at + c.len_utf8(),
                ));
                out.text.push(c);
            };
            if levels.get(run.start).is_some_and(Level::is_rtl) {
                part.char_indices().rev().for_each(|(at, c)| push(at, c));
            } else {
                part.char_indices().for_each(|(at, c)| push(at, c));
            }
        }
    }
    (out.text != text).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_is_read_as_shown() {
        let text = "电话 \u{202E}00083100831\u{202C}。";
        let d = displayed(text).expect("reordered");
        assert!(d.text.contains("13800138000"), "{}", d.text);
        let at = d.text.find("13800138000").unwrap_or(0);
        let (s, e) = d.original(at, at + 11).unwrap_or((0, 0));
        assert_eq!(&text[s..e], "00083100831");
    }

    #[test]
    fn marks_and_isolates_reorder_groups() {
        for text in [
            "电话 \u{2067}8000 0013 138\u{2069}",
            "电话 8000\u{200F} 0013\u{200F} 138",
        ] {
            let d = displayed(text).map(|d| d.text).unwrap_or_default();
            assert!(
                d.replace(['\u{2067}', '\u{2069}', '\u{200F}'], "")
                    .contains("138 0013"),
                "{text:?} shows as {d:?}"
            );
        }
    }

    #[test]
    fn left_to_right_text_is_not_copied() {
        assert!(displayed("电话 13800138000, Tel 13800138000").is_none());
        assert!(displayed("\u{200E}13800138000").is_none());
        assert!(may_reorder('\u{202E}') && may_reorder('א') && !may_reorder('中'));
    }
}
