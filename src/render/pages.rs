//! The context each template receives (see docs/theme-contract.md) and the HTML pages made from it.

mod about;

use minijinja::value::Serde;
use minijinja::{Value, context};
use serde::Serialize;

use super::change;
use super::figure_link;
use super::markdown;
use super::pagination;
use super::search;
use super::templates::Theme;
use crate::diagnostics::Diagnostic;
use crate::format;
use crate::format::strings::{Phrase, page_lang, t};
use crate::format::table::{Placement, table};
use crate::html::url::encode_path;
use crate::messages::msg;
use crate::model::BaseUrl;
use crate::model::{Dataset, Page, PageKind, Site};

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub title: String,
    pub url: String,
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
    topic: Option<String>,
    frequency: Option<String>,
    example: bool,
}

/// One language version of a page, for the head's alternates and the language switcher.
#[derive(Debug, Clone, Serialize)]
struct Version {
    /// Language code, as `hreflang` and `lang` want it.
    lang: String,
    /// The language's own name.
    name: String,
    url: String,
    permalink: String,
    /// The page being rendered.
    current: bool,
    /// False when the page has no version in this language and `url` leads to that language's home page.
    translated: bool,
}

/// Shared by every page of one render in one language.
pub struct Ctx<'a> {
    /// The site as this language shows it: its datasets and charts in the language, and a base ending in the
    /// language's folder (see `render::localized`).
    pub site: &'a Site,
    /// Where the site itself is published; page paths already carry their language's folder.
    pub root: &'a BaseUrl,
    pub theme: &'a Theme,
    /// The language code, e.g. `zh-CN` or `en`.
    pub lang: &'a str,
    /// The language's folder below the base: empty for the default language, `en/` for English.
    pub prefix: String,
    /// The language's home page, by index into [`Site::pages`].
    pub home: usize,
    /// Every language of the site, the default first: (code, name).
    pub languages: &'a [(String, String)],
    /// Which pages cite each dataset ([`super::catalogue::cited_by`]), worked out once per language.
    pub cited: Vec<Vec<usize>>,
    /// What every page of the language shows alike ([`Frame::of`] this context, once it is made).
    pub frame: Frame,
    /// What the notes of figures quoted in pages say of each dataset, made once per dataset.
    pub quoted: super::figure_link::Quoted,
}

/// The parts of the template context that are the same on every page of one language, made once per language
/// instead of once per page (the footer's `gov_links` looks through every page, so per page it grew with the
/// square of the site).
#[derive(Default)]
pub struct Frame {
    site: Value,
    home_url: String,
    feed_url: Option<String>,
    search: Value,
    gov_links: Value,
    /// Each language's home page path, in the order of [`Ctx::languages`] (empty when it has none).
    homes: Vec<String>,
    /// The navigation's items, each as its template value when it is and when it is not the current section.
    nav: Vec<NavEntry>,
}

/// Where a page must be for a navigation item to be active.
enum NavMatch {
    /// At this path: the home page's item.
    Exactly(String),
    /// At or below this path: a section's, the catalogue's, a top-level page's.
    Below(String),
    /// Nowhere: another item at the home page's own path.
    Never,
}

/// One item of the navigation, made once per language ([`Ctx::nav_items`]); only whether it is active changes from
/// page to page.
struct NavEntry {
    /// Where the current page must be for the item to be active.
    at: NavMatch,
    inactive: Value,
    active: Value,
}

impl Frame {
    pub fn of(cx: &Ctx) -> Frame {
        let default = &cx.languages[0].0;
        let has_feed = cx.lang == default
            || cx
                .site
                .pages
                .iter()
                .any(|p| p.lang == cx.lang && p.date.is_some());
        Frame {
            site: cx.site_value(),
            home_url: cx.url(&cx.site.pages[cx.home].path),
            feed_url: has_feed.then(|| cx.lurl("atom.xml")),
            search: context! {
                url => cx.lurl(search::DIR),
                label => t(cx.lang, Phrase::SearchLabel),
                button => t(cx.lang, Phrase::SearchButton),
            },
            gov_links: about::gov_links(cx),
            homes: cx
                .languages
                .iter()
                .map(|(code, _)| {
                    cx.site
                        .pages
                        .iter()
                        .find(|p| p.kind == PageKind::Home && p.lang == *code)
                        .map_or_else(String::new, |p| p.path.clone())
                })
                .collect(),
            nav: cx
                .nav_items()
                .into_iter()
                .map(|(at, item)| NavEntry {
                    at,
                    inactive: Value::from(Serde(&item)),
                    active: Value::from(Serde(&NavItem {
                        active: true,
                        ..item
                    })),
                })
                .collect(),
        }
    }

    /// The navigation of the page at `current`: the section it is in is active.
    fn nav(&self, current: &str) -> Value {
        self.nav
            .iter()
            .map(|e| {
                let active = match &e.at {
                    NavMatch::Exactly(path) => current == path,
                    NavMatch::Below(path) => current.starts_with(path.as_str()),
                    NavMatch::Never => false,
                };
                if active {
                    e.active.clone()
                } else {
                    e.inactive.clone()
                }
            })
            .collect()
    }
}

/// What one page job publishes: the whole page, and the text and headings of its body for the search index, all
/// from one rendering of the body.
#[derive(Debug, Clone, Default)]
pub struct RenderedPage {
    pub html: String,
    pub text: String,
    pub headings: Vec<String>,
}

impl Ctx<'_> {
    pub fn cited(&self) -> &[Vec<usize>] {
        &self.cited
    }

    /// A site-relative path as a link carrying the base path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.root.path, encode_path(path))
    }

    /// A path within the language's folder (`data/` is `en/data/` in English) as a link.
    pub fn lurl(&self, path: &str) -> String {
        self.url(&format!("{}{path}", self.prefix))
    }

    fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.root.absolute, encode_path(path))
    }

    fn site_value(&self) -> Value {
        let c = &self.site.config;
        context! {
            title => c.title.as_str(),
            description => c.description.as_str(),
            language => c.language.as_str(),
            base_url => self.root.absolute.as_str(),
            base_path => self.root.path.as_str(),
            domain => self.root.absolute.split("://").nth(1).and_then(|r| r.split('/').next()).unwrap_or(""),
            gov => Value::from(Serde(&c.gov)),
        }
    }

    /// Every language's version of the page at `path`: `versions` are the (code, path) of those that exist; a
    /// language without one gets its home page, marked untranslated.
    fn versions(&self, path: &str, versions: &[(String, String)]) -> Vec<Version> {
        self.languages
            .iter()
            .enumerate()
            .map(|(l, (code, name))| {
                let own = versions.iter().find(|(c, _)| c == code);
                let target = own.map_or_else(|| self.frame.homes[l].clone(), |(_, p)| p.clone());
                Version {
                    lang: code.clone(),
                    name: name.clone(),
                    url: self.url(&target),
                    permalink: self.permalink(&target),
                    current: target == path && code == self.lang,
                    translated: own.is_some(),
                }
            })
            .collect()
    }

    /// The versions of a page every language has (the catalogue, a dataset page): `path` below each language's folder.
    pub fn everywhere(&self, path: &str) -> Vec<(String, String)> {
        self.languages
            .iter()
            .enumerate()
            .map(|(l, (code, _))| {
                let prefix = if l == 0 {
                    String::new()
                } else {
                    format!("{code}/")
                };
                (code.clone(), format!("{prefix}{path}"))
            })
            .collect()
    }

    /// Top-level sections, then the data catalogue, then top-level pages; the home page first of all. Each with
    /// where a page must be for it to be active.
    fn nav_items(&self) -> Vec<(NavMatch, NavItem)> {
        let pages = &self.site.pages;
        let home = &pages[self.home];
        let item = |title: String, path: &str| {
            let at = if path == home.path {
                NavMatch::Never
            } else {
                NavMatch::Below(path.to_string())
            };
            let url = self.url(path);
            (
                at,
                NavItem {
                    title,
                    url,
                    active: false,
                },
            )
        };
        let mut items = vec![(
            NavMatch::Exactly(home.path.clone()),
            NavItem {
                title: t(self.lang, Phrase::Home).to_string(),
                url: self.url(&home.path),
                active: false,
            },
        )];
        for &i in &home.children {
            if pages[i].kind == PageKind::Section {
                items.push(item(pages[i].title.clone(), &pages[i].path));
            }
        }
        let catalogue = format!("{}data/", self.prefix);
        items.push(item(
            t(self.lang, Phrase::Catalogue).to_string(),
            &catalogue,
        ));
        // The privacy statement and the data licence are linked from every footer, as the 政府网站发展指引 has
        // it, and are left out of the main navigation.
        let gov = &self.site.config.gov;
        let footer_only = |path: &str| {
            [&gov.privacy_page, &gov.licence_page].iter().any(|g| {
                !g.is_empty() && (path == g.as_str() || path == format!("{}{g}", self.prefix))
            })
        };
        for &i in &home.children {
            if pages[i].kind == PageKind::Page && !footer_only(&pages[i].path) {
                items.push(item(pages[i].title.clone(), &pages[i].path));
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
            url: self.url(&self.site.pages[self.home].path),
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
        versions: &[(String, String)],
    ) -> Value {
        let versions = self.versions(path, versions);
        let default = &self.languages[0].0;
        let frame = &self.frame;
        context! {
            site => frame.site.clone(),
            lang => self.lang,
            lang_prefix => self.prefix.as_str(),
            home_url => frame.home_url.as_str(),
            feed_url => frame.feed_url.as_deref(),
            alternates => Value::from(Serde(if versions.iter().filter(|v| v.translated).count() > 1 { versions.clone() } else { Vec::new() })),
            x_default => versions.iter().find(|v| v.lang == *default && v.translated).map(|v| v.permalink.clone()),
            languages => Value::from(Serde(&versions)),
            nav => self.frame.nav(path),
            search => frame.search.clone(),
            breadcrumbs => Value::from(Serde(breadcrumbs)),
            gov_links => frame.gov_links.clone(),
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
            url: self.lurl(&format!("data/{}/", d.id)),
            csv_url: self.lurl(&format!("data/{}.csv", d.id)),
            json_url: self.lurl(&format!("data/{}.json", d.id)),
            row_count: d.rows.len(),
            topic: d.about.topic.clone(),
            frequency: d.about.frequency.clone(),
            example: d.about.example,
        }
    }
}

/// Renders one Markdown page with its template; for a section, page `list` (from 1) of its list of pages (see
/// [`pagination`]): the later ones list the next pages, without the section's own text.
pub fn page(cx: &Ctx, index: usize, list: usize) -> Result<RenderedPage, Diagnostic> {
    let site = cx.site;
    let p = &site.pages[index];
    let markdown::Body {
        html,
        text,
        headings,
    } = if list > 1 {
        markdown::Body::default()
    } else {
        body(cx, p)?
    };
    let (content, toc) = super::toc::contents(&html);
    let path = pagination::path(&p.path, list);
    let versions: Vec<(String, String)> = std::iter::once(p)
        .chain(p.alternates.iter().map(|&j| &site.pages[j]))
        .map(|q| {
            let n = if pagination::count(site, q) >= list {
                list
            } else {
                1
            };
            (q.lang.clone(), pagination::path(&q.path, n))
        })
        .collect();
    let kind = match p.kind {
        PageKind::Home => "home",
        PageKind::Section => "section",
        PageKind::Page => "page",
    };
    let title = match list {
        1 => p.title.clone(),
        n => msg!("reader-list-page-title", title = &p.title, page = n).text(page_lang(cx.lang)),
    };
    let mut crumbs = cx.breadcrumbs(p);
    if list > 1 {
        crumbs.push(Link {
            title: p.title.clone(),
            url: cx.url(&p.path),
        });
    }
    let base = cx.base_ctx(
        kind,
        &path,
        &title,
        &p.description,
        p.date.as_deref(),
        content,
        crumbs,
        &versions,
    );
    let (prev, next) = neighbours(cx, p, index);
    let listed = pagination::listed(site, p);
    let total = pagination::count(site, p);
    let per = pagination::per_page(site, p);
    let shown: &[usize] = if total > 1 {
        let start = (list - 1).saturating_mul(per).min(listed.len());
        &listed[start..(start + per).min(listed.len())]
    } else {
        &listed
    };
    let pager = pagination::pager(&p.path, list, total, listed.len(), per, |q| cx.url(q));
    let cards: Vec<Card> = shown.iter().map(|&i| cx.card(&site.pages[i])).collect();
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
    let figures: Vec<figure_link::Tile> = p
        .key_figures
        .iter()
        .map(|f| {
            let d = &site.datasets[f.dataset];
            let url = cx.lurl(&format!("data/{}/", d.id));
            let mut tile = figure_link::tile(d, f.row, f.column, &f.label, cx.lang, &url);
            tile.changes = f
                .changes
                .iter()
                .map(|c| change::describe(&site.datasets, (f.dataset, f.row, f.column), c, cx.lang))
                .collect();
            tile
        })
        .collect();
    let doc = p
        .doc
        .as_ref()
        .map(|d| super::gov_catalogue::fields(d, p.date.as_deref(), cx.lang));
    let gov_catalogue = super::gov_catalogue::is_catalogue_page(site, p, &cx.prefix)
        .then(|| super::gov_catalogue::catalogue(site, &p.lang, |path| cx.url(path)));
    let ctx = context! {
        doc => doc.map(|d| context! {
            fields => Value::from(Serde(&d)),
            issuer => p.doc.as_ref().and_then(|d| d.issuer.clone()),
            topic => p.doc.as_ref().and_then(|d| d.topic.clone()),
        }),
        revisions => Value::from(Serde(super::corrections::shown(&p.revisions, None, cx.lang))),
        gov_catalogue => gov_catalogue.map(|c| Value::from(Serde(c))),
        prev => prev.map(|l| Value::from(Serde(l))),
        next => next.map(|l| Value::from(Serde(l))),
        pages => Value::from(Serde(&cards)),
        subsections => Value::from(Serde(&subsections)),
        sections => Value::from(Serde(&sections)),
        key_figures => Value::from(Serde(&figures)),
        toc => Value::from(Serde(&toc)),
        pager => pager.map(|p| Value::from(Serde(p))),
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
    Ok(RenderedPage {
        html: super::csp::add(cx.theme.render(&template, ctx)?),
        text,
        headings,
    })
}

/// A page's body, its relative links resolved from where it sits.
pub fn body(cx: &Ctx, p: &Page) -> Result<markdown::Body, Diagnostic> {
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
    let others: Vec<String> = cx
        .languages
        .iter()
        .skip(1)
        .map(|(c, _)| c.clone())
        .collect();
    let links = markdown::LinkBase {
        base_path: &cx.root.path,
        page_path: &p.path,
        source_dirs: &dirs,
        languages: &others,
        file: &p.rel,
    };
    markdown::render(cx.site, &p.segments, cx.lang, &links, &cx.quoted)
}

fn neighbours(cx: &Ctx, p: &Page, index: usize) -> (Option<Link>, Option<Link>) {
    let Some(parent) = p.parent else {
        return (None, None);
    };
    if p.kind != PageKind::Page {
        return (None, None);
    }
    // The pages among the parent's children, either side of this one, found without listing them: a section of
    // thousands of pages (one per row) would otherwise list them all for each of its pages.
    let siblings = &cx.site.pages[parent].children;
    let is_page = |i: &&usize| cx.site.pages[**i].kind == PageKind::Page;
    let Some(pos) = siblings.iter().position(|&i| i == index) else {
        return (None, None);
    };
    let link = |i: usize| Link {
        title: cx.site.pages[i].title.clone(),
        url: cx.url(&cx.site.pages[i].path),
    };
    let prev = siblings[..pos].iter().rev().find(is_page).map(|&j| link(j));
    let next = siblings[pos + 1..].iter().find(is_page).map(|&j| link(j));
    (prev, next)
}

/// A dataset's own page, with the text of its table.
pub fn dataset(cx: &Ctx, d: &Dataset) -> Result<RenderedPage, Diagnostic> {
    let inner = format!("data/{}/", d.id);
    let path = format!("{}{inner}", cx.prefix);
    let mut crumbs = cx.home_crumbs();
    crumbs.push(Link {
        title: t(cx.lang, Phrase::Catalogue).to_string(),
        url: cx.lurl("data/"),
    });
    let base = cx.base_ctx(
        "dataset",
        &path,
        &d.title,
        &d.description,
        None,
        String::new(),
        crumbs,
        &cx.everywhere(&inner),
    );
    let card = cx.dataset_card(d);
    let table = dataset_table(cx, d);
    let text = crate::html::text::text(&table).body;
    let ctx = context! {
        dataset => context! {
            table => Value::from_safe_string(table),
            jsonld => Value::from_safe_string(super::metadata::dataset_jsonld(cx.site, d)),
            about => about::dataset_about(cx, d, cx.cited().get(dataset_index(cx, d)).map_or(&[], Vec::as_slice)),
            corrections => Value::from(Serde(super::corrections::shown(&d.about.revisions, Some(d), cx.lang))),
            licence => d.about.licence.as_ref().or(cx.site.config.licence.as_ref()).map(|l| Value::from(Serde(l))),
            ..Value::from(Serde(&card))
        },
        ..base
    };
    Ok(RenderedPage {
        html: super::csp::add(cx.theme.render("dataset.html", ctx)?),
        text,
        headings: Vec::new(),
    })
}

fn dataset_table(cx: &Ctx, d: &Dataset) -> String {
    table(d, cx.lang, &cx.site.base.path, Placement::DatasetPage)
}

/// The text a dataset's page publishes in its table, for a search index that did not render the page now.
pub fn dataset_text(cx: &Ctx, d: &Dataset) -> String {
    crate::html::text::text(&dataset_table(cx, d)).body
}

fn dataset_index(cx: &Ctx, d: &Dataset) -> usize {
    cx.site
        .datasets
        .iter()
        .position(|x| x.id == d.id)
        .unwrap_or(usize::MAX)
}

/// The list of every dataset.
pub fn catalogue(cx: &Ctx) -> Result<String, Diagnostic> {
    let title = t(cx.lang, Phrase::Catalogue);
    let base = cx.base_ctx(
        "catalogue",
        &format!("{}data/", cx.prefix),
        title,
        t(cx.lang, Phrase::CatalogueDescription),
        None,
        String::new(),
        cx.home_crumbs(),
        &cx.everywhere("data/"),
    );
    let cards: Vec<DatasetCard> = cx
        .site
        .datasets
        .iter()
        .map(|d| cx.dataset_card(d))
        .collect();
    let groups = super::catalogue::groups(
        cx.site,
        cx.cited(),
        &cards,
        t(cx.lang, Phrase::OtherData),
        t(cx.lang, Phrase::ExampleData),
    );
    let ctx = context! {
        datasets => Value::from(Serde(&cards)),
        groups => Value::from(Serde(&groups)),
        csv_zip_url => cx.lurl(&format!("data/{}", super::bundle::NAME)),
        ..base
    };
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
        &[],
    );
    cx.theme.render("404.html", base)
}
