//! File names and places are read as a person reads them, and never printed with personal data in them: a file
//! name is an address (`tel13800138000.pdf` publishes a phone number), and a message naming a place inside an
//! attachment (`张三丰/名单.csv`) must not quote what it warns about.

use super::detect::{Detector, Kind};

/// A name read as a person reads it: letters and digits that touch are apart (`tel13800138000.pdf` holds a phone
/// number), with the byte in `name` each byte of the view came from.
fn name_view(name: &str) -> (String, Vec<usize>) {
    let mut view = String::with_capacity(name.len() + 8);
    let mut from = Vec::with_capacity(name.len() + 8);
    let mut last: Option<char> = None;
    let letter = |c: char| c.is_alphabetic() && !c.is_numeric();
    let mut chars = name.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        // The check character of an ID number stays on its digits (`…005x.txt`, `…005χ.txt`).
        let check = matches!(c, 'x' | 'X' | 'χ' | 'Χ' | 'х' | 'Х')
            && chars.peek().is_none_or(|&(_, n)| !letter(n));
        if let Some(prev) = last
            && (prev.is_ascii_digit() && letter(c) && !check || letter(prev) && c.is_ascii_digit())
        {
            view.push(' ');
            from.push(at);
        }
        view.push(c);
        from.extend(std::iter::repeat_n(at, c.len_utf8()));
        last = Some(c);
    }
    from.push(name.len());
    (view, from)
}

/// What the detector finds in a file name or a location, as byte ranges of `name`. A name is also read with its
/// percent-escapes and punycode labels decoded (`%31%33%38….txt`, `xn--….txt`), as a server or a browser shows
/// it, and its last part without its extension; a finding there covers the whole name.
pub fn find_in_name(detector: &Detector, name: &str) -> Vec<(usize, usize, Kind)> {
    let (view, from) = name_view(name);
    let found: Vec<_> = detector
        .find(&view)
        .into_iter()
        .map(|f| (from[f.start], from[f.end], f.kind))
        .collect();
    if !found.is_empty() {
        return found;
    }
    let percent = name
        .contains('%')
        .then(|| {
            percent_encoding::percent_decode_str(name)
                .decode_utf8_lossy()
                .into_owned()
        })
        .filter(|d| d != name);
    let punycode = crate::html::decode_punycode(name);
    // An extension is not a top-level domain: `zhangsan#example.cn.txt` is an address with `.txt` after it.
    let file = name.rsplit('/').next().unwrap_or(name);
    let stem = file
        .rsplit_once('.')
        .map(|(stem, _)| stem.to_string())
        .filter(|stem| !stem.is_empty());
    [percent, punycode, stem]
        .into_iter()
        .flatten()
        .find_map(|decoded| {
            let (view, _) = name_view(&decoded);
            detector
                .find(&view)
                .first()
                .map(|f| (0, name.len(), f.kind))
        })
        .into_iter()
        .collect()
}

/// A path or location with everything the detector finds replaced: they are printed, values never.
pub fn masked(detector: &Detector, name: &str) -> String {
    let mut out = name.to_string();
    for (start, end, _) in find_in_name(detector, name).into_iter().rev() {
        out.replace_range(start..end, &detector.replacement);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> Detector {
        Detector::new(&[], &[], &["张三丰".into()], "〔已隐去〕")
    }

    #[test]
    fn letters_and_digits_that_touch_are_read_apart() {
        let d = detector();
        assert_eq!(
            find_in_name(&d, "files/tel13800138000.pdf")[0].2,
            Kind::Mobile
        );
        assert_eq!(
            masked(&d, "files/tel13800138000.pdf"),
            "files/tel〔已隐去〕.pdf"
        );
        assert_eq!(masked(&d, "张三丰/名单.csv"), "〔已隐去〕/名单.csv");
        assert_eq!(masked(&d, "a/报告2023.pdf"), "a/报告2023.pdf");
        assert_eq!(
            find_in_name(&d, "a/%31%33%38%30%30%31%33%38%30%30%30.txt")[0].2,
            Kind::Mobile
        );
        assert_eq!(masked(&d, "xn--ehqpd223d.txt"), "〔已隐去〕");
        for name in [
            "a/zhangsan2023＃example.cn.txt",
            "a/138〇〇138〇〇〇.txt",
            "a/11010518990101005χ.txt",
        ] {
            assert!(!find_in_name(&d, name).is_empty(), "{name}");
        }
    }
}
