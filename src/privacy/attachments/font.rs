//! Fonts, recognised by their signatures. A font holds glyphs, not a document, but a site's own `static/` is no
//! place for one unreviewed; a theme's fonts pass (see the egress scan).

/// The kind of font `bytes` holds, if it is one.
pub fn kind(bytes: &[u8]) -> Option<&'static str> {
    let starts = |m: &[u8]| bytes.starts_with(m);
    // The table count (or collection version) after these tags starts with a zero byte, which text never has.
    let sfnt = |m: &[u8]| starts(m) && bytes.get(4) == Some(&0);
    if starts(b"wOF2") {
        Some("WOFF2")
    } else if starts(b"wOFF") {
        Some("WOFF")
    } else if sfnt(b"OTTO") {
        Some("OpenType")
    } else if sfnt(&[0, 1, 0, 0]) || sfnt(b"true") {
        Some("TrueType")
    } else if sfnt(b"ttcf") {
        Some("TrueType collection")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn signatures() {
        assert_eq!(super::kind(b"wOF2\0\x01"), Some("WOFF2"));
        assert_eq!(super::kind(&[0, 1, 0, 0, 0, 12]), Some("TrueType"));
        assert_eq!(super::kind(b"truth"), None);
    }
}
