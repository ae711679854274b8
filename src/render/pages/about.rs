//! The trust and reference material templates show around the content: the footer's `gov:` links (filing numbers
//! linked to their registries, the privacy statement and data licence pages in the page's language) and a
//! dataset's metadata panel (its fields, update frequency, licence, contact and the pages citing it).

use minijinja::value::Serde;
use minijinja::{Value, context};
use serde::Serialize;

use super::{Ctx, Link};
use crate::model::{Dataset, PageKind};

/// The MIIT registry, where an ICP number is looked up (a plain link; nothing is fetched).
const ICP_REGISTRY: &str = "https://beian.miit.gov.cn/";
/// The 公安 registry's search page; a filing is looked up by its number's digits.
const POLICE_REGISTRY: &str = "https://beian.mps.gov.cn/#/query/webSearch";

/// `gov_links` in every template: addresses made from `gov:` (empty where `gov:` leaves a value out).
pub fn gov_links(cx: &Ctx) -> Value {
    let gov = &cx.site.config.gov;
    let digits: String = gov
        .police_filing
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let police_url = match (gov.police_filing.is_empty(), digits.is_empty()) {
        (true, _) => String::new(),
        (false, true) => POLICE_REGISTRY.to_string(),
        (false, false) => format!("{POLICE_REGISTRY}?code={digits}"),
    };
    context! {
        icp_url => if gov.icp.is_empty() { "" } else { ICP_REGISTRY },
        police_url => police_url,
        privacy_url => page_url(cx, &gov.privacy_page),
        licence_url => page_url(cx, &gov.licence_page),
        mark_image_url => gov.party_mark.as_ref().map(|m| cx.url(&m.image)).unwrap_or_default(),
        phone_href => (!gov.phone.is_empty()).then(|| format!("tel:{}", tel(&gov.phone))),
    }
}

/// A page named by its path below the site root, in the page's language when it has a version there.
fn page_url(cx: &Ctx, path: &str) -> String {
    if path.is_empty() {
        return String::new();
    }
    let own = format!("{}{path}", cx.prefix);
    let translated = cx
        .site
        .pages
        .iter()
        .any(|p| p.path == own && p.lang == cx.lang);
    cx.url(if translated { &own } else { path })
}

/// The digits of a phone number, with a leading `+`, as a `tel:` link wants them.
fn tel(phone: &str) -> String {
    phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

#[derive(Debug, Clone, Serialize)]
struct Field {
    key: String,
    label: String,
    unit: Option<String>,
    /// `text`, `integer`, `number`, `percent` or `date`; the theme says it in the page's language.
    kind: &'static str,
}

/// `dataset.about` on a dataset's page.
pub fn dataset_about(cx: &Ctx, d: &Dataset, cited: &[usize]) -> Value {
    let fields: Vec<Field> = d
        .columns
        .iter()
        .map(|c| Field {
            key: c.key.clone(),
            label: c.label.clone(),
            unit: c.unit.clone(),
            kind: c.kind.name(),
        })
        .collect();
    let cited_by: Vec<Link> = cited
        .iter()
        .map(|&i| &cx.site.pages[i])
        .map(|p| Link {
            title: if p.kind == PageKind::Home {
                crate::format::strings::t(cx.lang, crate::format::strings::Phrase::Home).to_string()
            } else {
                p.title.clone()
            },
            url: cx.url(&p.path),
        })
        .collect();
    context! {
        fields => Value::from(Serde(&fields)),
        frequency => d.about.frequency.as_deref(),
        topic => d.about.topic.as_deref(),
        example => d.about.example,
        cited_by => Value::from(Serde(&cited_by)),
    }
}
