//! The 政府信息公开目录: each document's metadata block, and the catalogue page's lists, one per 主题分类 and one per
//! year, built here as plain data so a theme (or a later paginated list) renders them and the lists work with no
//! script at all; `js/gov-catalogue.js` only filters what is already there.

use serde::Serialize;

use crate::format;
use crate::format::strings::{Phrase, page_lang, t};
use crate::messages::msg;
use crate::model::docmeta::DocMeta;
use crate::model::{Page, Site};

/// One line of a document's metadata block.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// The English key of the front matter (`index_no`, `topic` …), for styling and tests.
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
    /// `YYYY-MM-DD` for a date, so the theme can write `<time datetime>`.
    pub datetime: Option<String>,
}

/// The metadata block of a document page, in the order the 政府信息公开 catalogue prints it.
pub fn fields(doc: &DocMeta, published: Option<&str>, lang: &str) -> Vec<Field> {
    let mut out = Vec::new();
    let mut text = |key, label, value: &Option<String>| {
        if let Some(v) = value {
            out.push(Field {
                key,
                label,
                value: v.clone(),
                datetime: None,
            });
        }
    };
    text("index_no", t(lang, Phrase::DocIndexNo), &doc.index_no);
    text("topic", t(lang, Phrase::DocTopic), &doc.topic);
    text("issuer", t(lang, Phrase::DocIssuer), &doc.issuer);
    text("doc_no", t(lang, Phrase::DocNumber), &doc.doc_no);
    let mut date = |key, label, value: Option<&str>| {
        if let Some(d) = value {
            out.push(Field {
                key,
                label,
                value: format::date(d, lang),
                datetime: Some(d.to_string()),
            });
        }
    };
    date(
        "written",
        t(lang, Phrase::DocWritten),
        doc.written.as_deref(),
    );
    date("date", t(lang, Phrase::DocPublished), published);
    if let Some(v) = &doc.validity {
        out.push(Field {
            key: "validity",
            label: t(lang, Phrase::DocValidity),
            value: v.clone(),
            datetime: None,
        });
    }
    out
}

/// One document in a catalogue list.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub title: String,
    pub url: String,
    pub index_no: Option<String>,
    pub doc_no: Option<String>,
    pub issuer: Option<String>,
    pub topic: String,
    /// The year it is listed under: of its 发布日期, else of its 成文日期; empty when it has neither.
    pub year: String,
    pub date: Option<String>,
    pub date_display: Option<String>,
}

/// One list of the catalogue: a topic or a year, with an anchor id.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub entries: Vec<Entry>,
}

/// The catalogue of one language: every document page, by topic (in the order topics first appear by 发布日期,
/// newest first) and by year (newest first); within a list, newest first, then by 索引号 and title.
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    pub count: usize,
    pub by_topic: Vec<Group>,
    pub by_year: Vec<Group>,
}

/// The 主题分类 a document without one is listed under.
fn other_topic(lang: &str) -> &'static str {
    t(lang, Phrase::OtherTopic)
}

/// Whether `page` is the site's catalogue page (`gov.catalogue_page`), in its own language's folder or not.
pub fn is_catalogue_page(site: &Site, page: &Page, prefix: &str) -> bool {
    let wanted = &site.config.gov.catalogue_page;
    !wanted.is_empty() && (page.path == *wanted || page.path == format!("{prefix}{wanted}"))
}

/// The catalogue of the documents in language `lang`; `url` makes a page's link.
pub fn catalogue(site: &Site, lang: &str, url: impl Fn(&str) -> String) -> Catalogue {
    let mut entries: Vec<Entry> = site
        .pages
        .iter()
        .filter(|p| p.lang == lang)
        .filter_map(|p| {
            let doc = p.doc.as_ref()?;
            let day = p.date.as_deref().or(doc.written.as_deref());
            Some(Entry {
                title: p.title.clone(),
                url: url(&p.path),
                index_no: doc.index_no.clone(),
                doc_no: doc.doc_no.clone(),
                issuer: doc.issuer.clone(),
                topic: doc
                    .topic
                    .clone()
                    .unwrap_or_else(|| other_topic(lang).to_string()),
                year: day.map(|d| d.chars().take(4).collect()).unwrap_or_default(),
                date: p.date.clone(),
                date_display: p.date.as_deref().map(|d| format::date(d, lang)),
            })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| a.index_no.cmp(&b.index_no))
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.url.cmp(&b.url))
    });
    let mut by_topic: Vec<Group> = Vec::new();
    let mut by_year: Vec<Group> = Vec::new();
    for e in &entries {
        push(&mut by_topic, "topic", &e.topic, e);
        let year = if e.year.is_empty() {
            t(lang, Phrase::Undated).to_string()
        } else {
            msg!("reader-year", year = &e.year).text(page_lang(lang))
        };
        push(&mut by_year, "year", &year, e);
    }
    by_year.sort_by(|a, b| b.name.cmp(&a.name));
    for (i, g) in by_year.iter_mut().enumerate() {
        g.id = format!("year-{}", i + 1);
    }
    Catalogue {
        count: entries.len(),
        by_topic,
        by_year,
    }
}

fn push(groups: &mut Vec<Group>, kind: &str, name: &str, e: &Entry) {
    match groups.iter_mut().find(|g| g.name == name) {
        Some(g) => g.entries.push(e.clone()),
        None => {
            let id = format!("{kind}-{}", groups.len() + 1);
            groups.push(Group {
                id,
                name: name.to_string(),
                entries: vec![e.clone()],
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_lists_fields_in_catalogue_order_with_dates_for_time_elements() {
        let doc = DocMeta {
            index_no: Some("000-2023-001".into()),
            topic: Some("社会救助".into()),
            issuer: Some("XX区民政局".into()),
            written: Some("2023-11-20".into()),
            doc_no: Some("XX民发〔2023〕12号".into()),
            validity: Some("有效".into()),
        };
        let f = fields(&doc, Some("2023-11-30"), "zh-CN");
        let keys: Vec<&str> = f.iter().map(|f| f.key).collect();
        assert_eq!(
            keys,
            [
                "index_no", "topic", "issuer", "doc_no", "written", "date", "validity"
            ]
        );
        assert_eq!(f[4].datetime.as_deref(), Some("2023-11-20"));
        assert_eq!(f[5].value, "2023年11月30日");
        assert_eq!(fields(&doc, None, "en")[0].label, "Index number");
    }
}
