//! What the catalogue and the dataset pages say about how datasets relate to pages: which pages cite each dataset,
//! and the topic groups the catalogue lists them in.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Dataset, Page, PageKind, Segment, Shortcode, Site};

/// For each dataset (by index into [`Site::datasets`]), the pages of language `lang` that cite it, in site order:
/// through a figure, a table, a chart or a key figure. The pages made from one per-row template are cited as the
/// section listing them, once: a dataset page naming three thousand township pages would help no one.
pub fn cited_by(site: &Site, lang: &str) -> Vec<Vec<usize>> {
    let mut cited = vec![Vec::new(); site.datasets.len()];
    // Every render works this out, a preview's one-page edit too, so it allocates nothing per page: pages come in
    // site order, so a page citing a dataset twice is the last one listed for it.
    for (i, p) in site.pages.iter().enumerate() {
        if p.lang != lang {
            continue;
        }
        let datasets = p
            .segments
            .iter()
            .filter_map(|s| match s {
                Segment::Shortcode(Shortcode::Value { dataset, .. })
                | Segment::Shortcode(Shortcode::Table { dataset })
                | Segment::Shortcode(Shortcode::RowText { dataset, .. }) => Some(*dataset),
                Segment::Shortcode(Shortcode::Chart { chart }) => {
                    site.charts.get(*chart).map(|c| c.dataset)
                }
                Segment::Markdown { .. } | Segment::Shortcode(Shortcode::Ref { .. }) => None,
            })
            .chain(p.key_figures.iter().map(|f| f.dataset));
        let at = if super::rows::is_row_page(p) {
            p.parent.unwrap_or(i)
        } else {
            i
        };
        for d in datasets {
            // A page's own citations come together (pages are in site order); a row page's stand for its section,
            // which other pages may have cited in between.
            if let Some(list) = cited.get_mut(d)
                && if at == i {
                    list.last() != Some(&i)
                } else {
                    !list.contains(&at)
                }
            {
                list.push(at);
            }
        }
    }
    cited
}

/// The top-level section a page sits in, if it sits in one.
pub fn top_section<'a>(site: &'a Site, page: &'a Page) -> Option<&'a Page> {
    let mut top = page;
    while let Some(parent) = top.parent.map(|i| &site.pages[i]) {
        if parent.kind == PageKind::Home {
            break;
        }
        top = parent;
    }
    (top.kind == PageKind::Section).then_some(top)
}

/// One group of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group<T> {
    pub title: String,
    /// The group's anchor on the catalogue page.
    pub id: String,
    /// The source every dataset of the group shares, stated once; `None` when they differ.
    pub source: Option<String>,
    pub datasets: Vec<T>,
    /// The group of datasets marked `example: true`.
    pub example: bool,
}

/// Where a dataset is listed: its `topic:`, else the section of the first page citing it, else `other`; example
/// datasets always in the `examples` group. Groups come in the order their first dataset is cited in the site
/// by a page in a section (so the catalogue follows the
/// site's own order), uncited topics after them by name, then `other`, then
/// `examples`. Within a group, datasets keep that order too.
pub fn groups<T: Clone>(
    site: &Site,
    cited: &[Vec<usize>],
    cards: &[T],
    other: &str,
    examples: &str,
) -> Vec<Group<T>> {
    // (rank, first citing page, topic) for each dataset; rank 0 cited, 1 uncited topic, 2 other, 3 examples.
    let placed: Vec<(u8, usize, String)> = site
        .datasets
        .iter()
        .zip(cited)
        .map(|(d, pages)| place(site, d, pages, other, examples))
        .collect();
    let mut first_of: BTreeMap<&str, (u8, usize)> = BTreeMap::new();
    for (rank, page, topic) in &placed {
        let e = first_of.entry(topic.as_str()).or_insert((*rank, *page));
        *e = (*e).min((*rank, *page));
    }
    let mut order: Vec<usize> = (0..site.datasets.len()).collect();
    order.sort_by_key(|&i| {
        let (rank, page, topic) = &placed[i];
        (
            first_of.get(topic.as_str()).copied(),
            topic.clone(),
            *rank,
            *page,
            i,
        )
    });
    let mut out: Vec<Group<T>> = Vec::new();
    for i in order {
        let (rank, _, topic) = &placed[i];
        let source = &site.datasets[i].source;
        match out.last_mut() {
            Some(g) if g.title == *topic => {
                if g.source.as_deref() != Some(source.as_str()) {
                    g.source = None;
                }
                g.datasets.push(cards[i].clone());
            }
            _ => {
                let n = out.len() + 1;
                out.push(Group {
                    title: topic.clone(),
                    id: format!("topic-{n}"),
                    source: (!source.is_empty()).then(|| source.clone()),
                    datasets: vec![cards[i].clone()],
                    example: *rank == 3,
                });
            }
        }
    }
    out
}

fn place(
    site: &Site,
    d: &Dataset,
    pages: &[usize],
    other: &str,
    examples: &str,
) -> (u8, usize, String) {
    // The home page cites its key figures from every topic; the order follows the sections' own pages.
    let in_section = pages
        .iter()
        .copied()
        .find(|&p| top_section(site, &site.pages[p]).is_some());
    let first = in_section
        .or_else(|| pages.first().copied())
        .unwrap_or(usize::MAX);
    if d.about.example {
        return (3, first, examples.to_string());
    }
    let section = pages
        .iter()
        .find_map(|&p| top_section(site, &site.pages[p]))
        .map(|s| s.title.clone());
    match (&d.about.topic, section) {
        (Some(t), _) if !pages.is_empty() => (0, first, t.clone()),
        (Some(t), _) => (1, first, t.clone()),
        (None, Some(s)) => (0, first, s),
        (None, None) => (2, first, other.to_string()),
    }
}
