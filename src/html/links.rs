//! The links of a page and the anchors it offers, for the link check: attribute values as a browser reads them
//! (character references decoded, any quoting), with the line each stands on.

use std::collections::BTreeSet;

use super::{Event, Reading, State, Visitor, walk};

/// An `href` or `src` and the line of the output it stands on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub target: String,
    pub line: usize,
}

/// Every `href` and `src` (and SVG's `xlink:href`) of the page, in document order.
pub fn links(html: &str) -> Vec<Link> {
    let mut r = Links::default();
    walk(html, Reading::default(), &mut r);
    r.links
}

/// The fragments a link may name on this page: every `id`, and the `name` of an `<a>`.
pub fn anchors(html: &str) -> BTreeSet<String> {
    let mut r = Links::default();
    walk(html, Reading::default(), &mut r);
    r.anchors
}

#[derive(Default)]
struct Links {
    links: Vec<Link>,
    anchors: BTreeSet<String>,
}

impl Visitor for Links {
    fn visit(&mut self, event: Event<'_>, state: &State) {
        let Event::Start { name, attrs, .. } = event else {
            return;
        };
        for a in attrs {
            match &*a.name.local {
                "href" | "src" | "xlink:href" => self.links.push(Link {
                    target: a.value.to_string(),
                    line: state.line,
                }),
                "id" => {
                    self.anchors.insert(a.value.to_string());
                }
                "name" if name == "a" => {
                    self.anchors.insert(a.value.to_string());
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_anchors_in_any_quoting() {
        let html = "<a href=\"/a/?x=1&amp;y=2\">x</a>\n<img src='/i.png'><use xlink:href=#s></use>\
                    <script>h = ' href=\"/no/\"'</script><p id=top><a name=old>";
        let l = links(html);
        let targets: Vec<&str> = l.iter().map(|l| l.target.as_str()).collect();
        assert_eq!(targets, ["/a/?x=1&y=2", "/i.png", "#s"]);
        assert_eq!(l[1].line, 2);
        assert_eq!(
            anchors(html).into_iter().collect::<Vec<_>>(),
            ["old", "top"]
        );
    }
}
