//! The context each template receives (see docs/theme-contract.md) and the HTML pages made from it.

use std::sync::OnceLock;

use minijinja::value::Serde;
use minijinja::{Value, context};
use serde::Serialize;

use super::format;
use super::links::{encode_fragment, encode_path, row_id};
use super::markdown;
use super::search::{self, Index};
use super::strings::{Phrase, t};
use super::table::{Placement, table};
use super::templates::Theme;
use crate::diagnostics::Diagnostic;
use crate::validate::{Dataset, Page, PageKind, Site};

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    title: String,
    url: String,
}

#[derive(Debug, Clone, Serialize)]
struct NavItem {
    title: String,
    url: String,
    active: bool,
}

#[derive(Debug, Clone, Serialize)]
struct Card {
    title: String,
    url: String,
    description: String,
    date: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct SectionCard {
    title: String,
    url: String,
    description: String,
    pages: Vec<Card>,
}

#[derive(Debug, Clone, Serialize)]
struct FigureTile {
    label: String,
    value: String,
    unit: String,
    url: String,
}

#[derive(Debug, Clone, Serialize)]
struct DatasetCard {
    id: String,
    title: String,
    description: String,
    source: String,
    as_of: Option<String>,
    as_of_display: Option<String>,
    url: String,
    csv_url: String,
    json_url: String,
    row_count: usize,
}

/// Shared by every page of one render.
pub struct Ctx<'a> {
    pub site: &'a Site,
    pub theme: &'a Theme<'a>,
    pub lang: &'a str,
    /// The search index, built by the first index file rendered and shared by the others.
    pub search: OnceLock<Result<Index, Diagnostic>>,
}

impl Ctx<'_> {
    pub fn new<'a>(site: &'a Site, theme: &'a Theme<'a>, lang: &'a str) -> Ctx<'a> {
        Ctx {
            site,
            theme,
            lang,
            search: OnceLock::new(),
        }
    }

    pub fn search_index(&self) -> Result<&Index, Diagnostic> {
        self.search
            .get_or_init(|| {
                let docs = search::docs(self)?;
                Ok(search::index::build(&docs, search::shard_count(self.site)))
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// A site-relative path as a link carrying the base path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.site.base.path, encode_path(path))
    }

    fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.site.base.absolute, encode_path(path))
    }

    fn site_value(&self) -> Value {
        let c = &self.site.config;
        context! {
            title => c.title.as_str(),
            description => c.description.as_str(),
            language => c.language.as_str(),
            base_url => self.site.base.absolute.as_str(),
            base_path => self.site.base.path.as_str(),
            domain => self.site.base.absolute.split("://").nth(1).and_then(|r| r.split('/').next()).unwrap_or(""),
            gov => Value::from(Serde(&c.gov)),
        }
    }

    /// Top-level sections, then the data catalogue, then top-level pages; the home page first of all.
    fn nav(&self, current: &str) -> Vec<NavItem> {
        let pages = &self.site.pages;
        let home = &pages[0];
        let mut items = vec![NavItem {
            title: t(self.lang, Phrase::Home).to_string(),
            url: self.url(""),
            active: current.is_empty(),
        }];
        let active = |path: &str| !path.is_empty() && current.starts_with(path);
        for &i in &home.children {
            if pages[i].kind == PageKind::Section {
                items.push(NavItem {
                    title: pages[i].title.clone(),
                    url: self.url(&pages[i].path),
                    active: active(&pages[i].path),
                });
            }
        }
        items.push(NavItem {
            title: t(self.lang, Phrase::Catalogue).to_string(),
            url: self.url("data/"),
            active: active("data/"),
        });
        for &i in &home.children {
            if pages[i].kind == PageKind::Page {
                items.push(NavItem {
                    title: pages[i].title.clone(),
                    url: self.url(&pages[i].path),
                    active: active(&pages[i].path),
                });
            }
        }
        items
    }

    fn breadcrumbs(&self, page: &Page) -> Vec<Link> {
        let mut chain = Vec::new();
        let mut at = page.parent;
        while let Some(i) = at {
            let p = &self.site.pages[i];
            let title = if p.kind == PageKind::Home {
                t(self.lang, Phrase::Home).to_string()
            } else {
                p.title.clone()
            };
            chain.push(Link {
                title,
                url: self.url(&p.path),
            });
            at = p.parent;
        }
        chain.reverse();
        chain
    }

    pub fn home_crumbs(&self) -> Vec<Link> {
        vec![Link {
            title: t(self.lang, Phrase::Home).to_string(),
            url: self.url(""),
        }]
    }

    fn card(&self, p: &Page) -> Card {
        Card {
            title: p.title.clone(),
            url: self.url(&p.path),
            description: p.description.clone(),
            date: p.date.clone(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn base_ctx(
        &self,
        kind: &str,
        path: &str,
        title: &str,
        description: &str,
        date: Option<&str>,
        content: String,
        breadcrumbs: Vec<Link>,
    ) -> Value {
        context! {
            site => self.site_value(),
            lang => self.lang,
            nav => Value::from(Serde(self.nav(path))),
            search => context! {
                url => self.url(search::DIR),
                label => t(self.lang, Phrase::SearchLabel),
                button => t(self.lang, Phrase::SearchButton),
            },
            breadcrumbs => Value::from(Serde(breadcrumbs)),
            page => context! {
                title => title,
                description => description,
                date => date,
                date_display => date.map(|d| format::date(d, self.lang)),
                content => Value::from_safe_string(content),
                url => self.url(path),
                permalink => self.permalink(path),
                kind => kind,
            },
        }
    }

    fn dataset_card(&self, d: &Dataset) -> DatasetCard {
        DatasetCard {
            id: d.id.clone(),
            title: d.title.clone(),
            description: d.description.clone(),
            source: d.source.clone(),
            as_of: d.as_of.clone(),
            as_of_display: d.as_of.as_ref().map(|a| format::date(a, self.lang)),
            url: self.url(&format!("data/{}/", d.id)),
            csv_url: self.url(&format!("data/{}.csv", d.id)),
            json_url: self.url(&format!("data/{}.json", d.id)),
            row_count: d.rows.len(),
        }
    }
}

/// Renders one Markdown page with its template.
pub fn page(cx: &Ctx, index: usize) -> Result<String, Diagnostic> {
    let site = cx.site;
    let p = &site.pages[index];
    let content = body(cx, p)?;
    let kind = match p.kind {
        PageKind::Home => "home",
        PageKind::Section => "section",
        PageKind::Page => "page",
    };
    let base = cx.base_ctx(
        kind,
        &p.path,
        &p.title,
        &p.description,
        p.date.as_deref(),
        content,
        cx.breadcrumbs(p),
    );
    let (prev, next) = neighbours(cx, p, index);
    let cards: Vec<Card> = p
        .children
        .iter()
        .map(|&i| &site.pages[i])
        .filter(|c| c.kind == PageKind::Page)
        .map(|c| cx.card(c))
        .collect();
    let subsections: Vec<Card> = p
        .children
        .iter()
        .map(|&i| &site.pages[i])
        .filter(|c| c.kind == PageKind::Section)
        .map(|c| cx.card(c))
        .collect();
    let sections: Vec<SectionCard> = subsections
        .iter()
        .zip(
            p.children
                .iter()
                .filter(|&&i| site.pages[i].kind == PageKind::Section),
        )
        .map(|(card, &i)| SectionCard {
            title: card.title.clone(),
            url: card.url.clone(),
            description: card.description.clone(),
            pages: site.pages[i]
                .children
                .iter()
                .map(|&j| cx.card(&site.pages[j]))
                .collect(),
        })
        .collect();
    let figures: Vec<FigureTile> = p
        .key_figures
        .iter()
        .map(|f| {
            let d = &site.datasets[f.dataset];
            let r = &d.rows[f.row];
            let c = &d.columns[f.column];
            FigureTile {
                label: f.label.clone(),
                value: format::figure(&r.cells[f.column], c, cx.lang, false),
                unit: c.unit.clone().unwrap_or_else(|| {
                    if c.kind == crate::validate::ColumnType::Percent {
                        "%".into()
                    } else {
                        String::new()
                    }
                }),
                url: format!(
                    "{}#{}",
                    cx.url(&format!("data/{}/", d.id)),
                    encode_fragment(&row_id(&r.key))
                ),
            }
        })
        .collect();
    let figures = figures
        .into_iter()
        .map(|mut f| {
            if f.unit == "%" {
                f.value = f.value.trim_end_matches('%').to_string();
            }
            f
        })
        .collect::<Vec<_>>();
    let ctx = context! {
        prev => prev.map(|l| Value::from(Serde(l))),
        next => next.map(|l| Value::from(Serde(l))),
        pages => Value::from(Serde(&cards)),
        subsections => Value::from(Serde(&subsections)),
        sections => Value::from(Serde(&sections)),
        key_figures => Value::from(Serde(&figures)),
        ..base
    };
    let template = p.template.clone().unwrap_or_else(|| {
        match p.kind {
            PageKind::Home => "index.html",
            PageKind::Section => "section.html",
            PageKind::Page => "page.html",
        }
        .to_string()
    });
    cx.theme.render(&template, ctx)
}

/// A page's body as HTML, its relative links resolved from where it sits.
pub fn body(cx: &Ctx, p: &Page) -> Result<String, Diagnostic> {
    let dirs: Vec<String> = p
        .rel
        .parent()
        .map(|d| {
            d.components()
                .skip(1)
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    let links = markdown::LinkBase {
        base_path: &cx.site.base.path,
        page_path: &p.path,
        source_dirs: &dirs,
    };
    markdown::render(cx.site, &p.segments, cx.lang, &links)
}

fn neighbours(cx: &Ctx, p: &Page, index: usize) -> (Option<Link>, Option<Link>) {
    let Some(parent) = p.parent else {
        return (None, None);
    };
    if p.kind != PageKind::Page {
        return (None, None);
    }
    let siblings: Vec<usize> = cx.site.pages[parent]
        .children
        .iter()
        .copied()
        .filter(|&i| cx.site.pages[i].kind == PageKind::Page)
        .collect();
    let Some(pos) = siblings.iter().position(|&i| i == index) else {
        return (None, None);
    };
    let link = |i: usize| Link {
        title: cx.site.pages[i].title.clone(),
        url: cx.url(&cx.site.pages[i].path),
    };
    let prev = pos.checked_sub(1).map(|j| link(siblings[j]));
    let next = siblings.get(pos + 1).map(|&j| link(j));
    (prev, next)
}

/// A dataset's own page.
pub fn dataset(cx: &Ctx, d: &Dataset) -> Result<String, Diagnostic> {
    let path = format!("data/{}/", d.id);
    let mut crumbs = cx.home_crumbs();
    crumbs.push(Link {
        title: t(cx.lang, Phrase::Catalogue).to_string(),
        url: cx.url("data/"),
    });
    let base = cx.base_ctx(
        "dataset",
        &path,
        &d.title,
        &d.description,
        None,
        String::new(),
        crumbs,
    );
    let card = cx.dataset_card(d);
    let ctx = context! {
        dataset => context! {
            table => Value::from_safe_string(table(d, cx.lang, &cx.site.base.path, Placement::DatasetPage)),
            jsonld => Value::from_safe_string(super::metadata::dataset_jsonld(cx.site, d)),
            ..Value::from(Serde(&card))
        },
        ..base
    };
    cx.theme.render("dataset.html", ctx)
}

/// The list of every dataset.
pub fn catalogue(cx: &Ctx) -> Result<String, Diagnostic> {
    let title = t(cx.lang, Phrase::Catalogue);
    let base = cx.base_ctx(
        "catalogue",
        "data/",
        title,
        t(cx.lang, Phrase::CatalogueDescription),
        None,
        String::new(),
        cx.home_crumbs(),
    );
    let cards: Vec<DatasetCard> = cx
        .site
        .datasets
        .iter()
        .map(|d| cx.dataset_card(d))
        .collect();
    let ctx = context! { datasets => Value::from(Serde(&cards)), ..base };
    cx.theme.render("catalogue.html", ctx)
}

/// The page servers show for a missing address. Its links are absolute, so it works at any depth.
pub fn not_found(cx: &Ctx) -> Result<String, Diagnostic> {
    let base = cx.base_ctx(
        "404",
        "404.html",
        t(cx.lang, Phrase::NotFound),
        t(cx.lang, Phrase::NotFoundDescription),
        None,
        String::new(),
        cx.home_crumbs(),
    );
    cx.theme.render("404.html", base)
}
