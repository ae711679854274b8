//! A section holding many pages lists them a page at a time: `/towns/`, `/towns/page/2/`, … (20 a page unless the
//! section's `_index.md` or site.yaml says `paginate: N`), each with `rel=prev/next` in its head and a pager: a
//! `<nav>` with an accessible name, the current page marked with `aria-current`, and the first, last and nearby
//! pages linked.

use serde::Serialize;

use crate::model::{Page, PageKind, Site};

/// Pages listed at a time when a section does not say.
pub const DEFAULT: usize = 20;

/// How many pages of the section's own list come either side of the current one in the pager.
const AROUND: usize = 2;

/// The pages a section lists (its subsections are listed apart, on every page of the list).
pub fn listed(site: &Site, section: &Page) -> Vec<usize> {
    section
        .children
        .iter()
        .copied()
        .filter(|&i| site.pages[i].kind == PageKind::Page)
        .collect()
}

/// How many pages the list of `section` takes (at least 1).
pub fn count(site: &Site, section: &Page) -> usize {
    if section.kind != PageKind::Section {
        return 1;
    }
    listed(site, section)
        .len()
        .div_ceil(per_page(site, section))
        .max(1)
}

/// The section's own `paginate:`, else the site's, else [`DEFAULT`].
pub fn per_page(site: &Site, section: &Page) -> usize {
    section
        .paginate
        .or(site.config.paginate.and_then(|n| usize::try_from(n).ok()))
        .unwrap_or(DEFAULT)
        .max(1)
}

/// The path of page `n` (from 1) of the list of the section at `section_path`.
pub fn path(section_path: &str, n: usize) -> String {
    if n <= 1 {
        section_path.to_string()
    } else {
        format!("{section_path}page/{n}/")
    }
}

/// The pager of page `current` of `total`, for a template; none when the list fits on one page. `url` turns a
/// path into a link.
pub fn pager(
    section_path: &str,
    current: usize,
    total: usize,
    items: usize,
    per: usize,
    url: impl Fn(&str) -> String,
) -> Option<Pager> {
    if total <= 1 {
        return None;
    }
    let link = |n: usize| url(&path(section_path, n));
    let mut links = Vec::new();
    let mut last = 0;
    for n in 1..=total {
        let near = n.abs_diff(current) <= AROUND;
        if n != 1 && n != total && !near {
            continue;
        }
        if n > last + 1 {
            links.push(PagerLink {
                number: 0,
                url: String::new(),
                current: false,
                gap: true,
            });
        }
        links.push(PagerLink {
            number: n,
            url: link(n),
            current: n == current,
            gap: false,
        });
        last = n;
    }
    Some(Pager {
        current,
        total,
        items,
        first: (current - 1).saturating_mul(per) + 1,
        prev: (current > 1).then(|| link(current - 1)),
        next: (current < total).then(|| link(current + 1)),
        links,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pager {
    pub current: usize,
    pub total: usize,
    /// Pages listed over all the list's pages.
    pub items: usize,
    /// The place in the whole list of the first page listed here (an `<ol start>`).
    pub first: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub links: Vec<PagerLink>,
}

/// A numbered link of the pager, or a gap (`…`) where numbers are left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PagerLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
    pub gap: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(p: &Pager) -> Vec<usize> {
        p.links.iter().map(|l| l.number).collect()
    }

    #[test]
    fn one_page_needs_no_pager() {
        assert_eq!(pager("t/", 1, 1, 20, 20, |p| p.to_string()), None);
    }

    #[test]
    fn the_pager_links_ends_and_neighbours_with_gaps() {
        let p = pager("t/", 6, 12, 240, 20, |p| format!("/{p}")).unwrap();
        assert_eq!(p.first, 101);
        assert_eq!(numbers(&p), [1, 0, 4, 5, 6, 7, 8, 0, 12]);
        assert_eq!(p.prev.as_deref(), Some("/t/page/5/"));
        assert_eq!(p.next.as_deref(), Some("/t/page/7/"));
        assert!(p.links.iter().any(|l| l.current && l.number == 6));
        let first = pager("t/", 1, 2, 21, 20, |p| format!("/{p}")).unwrap();
        assert_eq!(first.prev, None);
        assert_eq!(first.links[0].url, "/t/");
        assert_eq!(first.next.as_deref(), Some("/t/page/2/"));
    }
}
