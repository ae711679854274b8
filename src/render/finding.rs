//! The two pages readers find other pages with: the search page (its script and index are in [`super::search`])
//! and the HTML site map, which is where the search page sends readers whose browser runs no script. They are
//! pages like any other, so they live beside [`super::pages`]; the index itself knows nothing of pages.

use minijinja::value::Serde;
use minijinja::{Value, context};
use serde::Serialize;

use super::pages::Ctx;
use super::search::DIR;
use crate::diagnostics::Diagnostic;
use crate::format::strings::{Phrase, t};
use crate::model::PageKind;

#[derive(Serialize)]
struct Entry {
    title: String,
    url: String,
}

#[derive(Serialize)]
struct Group {
    title: String,
    url: String,
    pages: Vec<Entry>,
}

/// The search page. Its words come from the string table, so the script shows them in the page's language.
pub fn search_page(cx: &Ctx) -> Result<String, Diagnostic> {
    let lang = cx.lang;
    let base = cx.base_ctx(
        "search",
        &format!("{}{DIR}", cx.prefix),
        t(lang, Phrase::Search),
        t(lang, Phrase::SearchDescription),
        None,
        String::new(),
        cx.home_crumbs(),
        &cx.everywhere(DIR),
    );
    let ctx = context! {
        search => context! {
            url => cx.lurl(DIR),
            index_url => cx.lurl(&format!("{DIR}index/")),
            script_url => cx.url(&format!("{DIR}search.js")),
            root_url => cx.url(""),
            sitemap_url => cx.lurl("sitemap/"),
            label => t(lang, Phrase::SearchLabel),
            button => t(lang, Phrase::SearchButton),
            no_script => t(lang, Phrase::SearchNoScript),
            sitemap => t(lang, Phrase::SitemapTitle),
            loading => t(lang, Phrase::SearchLoading),
            found => t(lang, Phrase::SearchFound),
            none => t(lang, Phrase::SearchNone),
            failed => t(lang, Phrase::SearchFailed),
            more => t(lang, Phrase::SearchMore),
        },
        ..base
    };
    cx.theme.render("search.html", ctx)
}

/// Every page by section, then every dataset: the way in for readers without a working search.
pub fn sitemap_page(cx: &Ctx) -> Result<String, Diagnostic> {
    let site = cx.site;
    let lang = cx.lang;
    let entry = |i: usize| Entry {
        title: site.pages[i].title.clone(),
        url: cx.url(&site.pages[i].path),
    };
    let home = &site.pages[cx.home];
    let mut groups = vec![Group {
        title: t(lang, Phrase::Home).to_string(),
        url: cx.url(&home.path),
        pages: home
            .children
            .iter()
            .filter(|&&i| site.pages[i].kind == PageKind::Page)
            .map(|&i| entry(i))
            .collect(),
    }];
    for &i in &home.children {
        if site.pages[i].kind != PageKind::Section {
            continue;
        }
        let mut pages = Vec::new();
        let mut stack: Vec<usize> = site.pages[i].children.iter().rev().copied().collect();
        while let Some(j) = stack.pop() {
            pages.push(entry(j));
            stack.extend(site.pages[j].children.iter().rev());
        }
        groups.push(Group {
            title: site.pages[i].title.clone(),
            url: cx.url(&site.pages[i].path),
            pages,
        });
    }
    groups.push(Group {
        title: t(lang, Phrase::Catalogue).to_string(),
        url: cx.lurl("data/"),
        pages: site
            .datasets
            .iter()
            .map(|d| Entry {
                title: d.title.clone(),
                url: cx.lurl(&format!("data/{}/", d.id)),
            })
            .collect(),
    });
    let base = cx.base_ctx(
        "sitemap",
        &format!("{}sitemap/", cx.prefix),
        t(lang, Phrase::SitemapTitle),
        t(lang, Phrase::SitemapDescription),
        None,
        String::new(),
        cx.home_crumbs(),
        &cx.everywhere("sitemap/"),
    );
    let ctx = context! { groups => Value::from(Serde(&groups)), ..base };
    cx.theme.render("sitemap.html", ctx)
}
