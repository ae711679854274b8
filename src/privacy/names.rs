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
    for (at, c) in name.char_indices() {
        if let Some(prev) = last
            && (prev.is_ascii_digit() && c.is_alphabetic()
                || prev.is_alphabetic() && c.is_ascii_digit())
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

/// What the detector finds in a file name or a location, as byte ranges of `name`.
pub fn find_in_name(detector: &Detector, name: &str) -> Vec<(usize, usize, Kind)> {
    let (view, from) = name_view(name);
    detector
        .find(&view)
        .into_iter()
        .map(|f| (from[f.start], from[f.end], f.kind))
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
    }
}
