//! OpenDocument (ODT, ODS, ODP, as WPS and LibreOffice save them): every XML part (content.xml, styles.xml with the
//! headers and footers, meta.xml with the author, settings.xml, the manifest, embedded objects' own parts), and
//! every other member by its content. Pictures are blockers like any image; the package's thumbnail is not.

use super::archive::{Entry, names};
use super::ooxml::part;
use super::{Budget, Reading};

/// Whether a ZIP is an OpenDocument package, by its `mimetype` member.
pub(super) fn is_odf(entries: &[Entry]) -> bool {
    entries
        .iter()
        .any(|e| e.name == "mimetype" && e.data.starts_with(b"application/vnd.oasis.opendocument"))
}

pub(super) fn read(entries: &[Entry], depth: usize, budget: &mut Budget, r: &mut Reading<'static>) {
    names(entries, r);
    for e in entries.iter().filter(|e| e.name != "mimetype") {
        part(
            e,
            &e.name,
            depth,
            budget,
            r,
            e.name.starts_with("Thumbnails/"),
        );
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::archive::tests::zip_of;
    use super::super::read;

    /// A minimal ODT with `body` in content.xml and `author` in meta.xml.
    pub fn odt(body: &str, author: &str) -> Vec<u8> {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:p>{body}</text:p></office:text></office:body></office:document-content>"#
        );
        let meta = format!(
            r#"<?xml version="1.0"?><office:document-meta xmlns:office="o" xmlns:meta="m"><office:meta><meta:initial-creator>{author}</meta:initial-creator></office:meta></office:document-meta>"#
        );
        zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", content.as_bytes()),
            ("meta.xml", meta.as_bytes()),
        ])
    }

    #[test]
    fn content_and_meta_are_read() {
        let file = odt("电话<text:span>138</text:span>0013<text:s/>8000", "张三丰");
        let r = read("a.odt", &file);
        assert!(r.is_complete());
        let content = r
            .parts
            .iter()
            .find(|p| p.location == "content.xml")
            .unwrap();
        assert!(content.text.contains("电话13800138000"));
        assert!(
            r.parts
                .iter()
                .any(|p| p.location == "meta.xml" && p.text.contains("张三丰"))
        );
    }
}
