//! `data/catalog.jsonld`: every dataset described in DCAT-AP 3 (JSON-LD), the profile European and many national
//! open-data portals harvest. Each dataset has its CSV and JSON distributions, licence, publisher, contact point,
//! the period and area it covers, its update frequency and when it last changed (its `as_of` or its latest
//! revision). Controlled values (formats, media types, frequencies, languages) are the EU vocabularies' IRIs that
//! DCAT-AP names; the shapes it is checked against are vendored in `tests/dcat-ap/`.

use serde_json::{Value as Json, json};

use crate::html::url::encode_path;
use crate::model::docmeta::Licence;
use crate::model::{Dataset, Site};

/// The output path.
pub const PATH: &str = "data/catalog.jsonld";

const FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
const MEDIA_TYPE: &str = "http://www.iana.org/assignments/media-types/";
const FREQUENCY: &str = "http://publications.europa.eu/resource/authority/frequency/";
const LANGUAGE: &str = "http://publications.europa.eu/resource/authority/language/";

/// The EU frequency vocabulary's term for a `frequency:` value.
fn frequency(f: &str) -> Option<&'static str> {
    Some(match f {
        "monthly" => "MONTHLY",
        "quarterly" => "QUARTERLY",
        "half-yearly" => "ANNUAL_2",
        "yearly" => "ANNUAL",
        "once" => "NEVER",
        "irregular" => "IRREG",
        _ => return None,
    })
}

/// The EU language vocabulary's term (ISO 639-3 style) for a BCP 47 code's primary language.
fn language(code: &str) -> Option<&'static str> {
    let primary = code.split('-').next().unwrap_or("").to_ascii_lowercase();
    Some(match primary.as_str() {
        "zh" => "ZHO",
        "en" => "ENG",
        "fr" => "FRA",
        "ru" => "RUS",
        "ja" => "JPN",
        "ko" => "KOR",
        "bo" => "BOD",
        "ug" => "UIG",
        "mn" => "MON",
        _ => return None,
    })
}

fn date(d: &str) -> Json {
    json!({"@value": d, "@type": "xsd:date"})
}

fn text(s: &str, lang: &str) -> Json {
    json!({"@value": s, "@language": lang})
}

/// The catalogue's file, pretty-printed with a final newline.
pub fn catalog(site: &Site) -> Vec<u8> {
    let base = &site.base.absolute;
    let lang = site.config.language.as_str();
    let url = |p: &str| format!("{base}{}", encode_path(p));
    let gov = &site.config.gov;
    let publisher_name = [&gov.host, &gov.content_source]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| site.config.title.clone());
    let publisher = json!({
        "@id": format!("{}#publisher", url("")),
        "@type": "foaf:Agent",
        "foaf:name": text(&publisher_name, lang),
    });
    let contact = contact_point(site, &publisher_name);
    let datasets: Vec<Json> = site
        .datasets
        .iter()
        .map(|d| dataset(site, d, &publisher, contact.as_ref()))
        .collect();
    let modified = site.datasets.iter().filter_map(modified).max();
    let mut catalog = json!({
        "@context": context(),
        "@id": url(PATH),
        "@type": "dcat:Catalog",
        "dct:title": text(&site.config.title, lang),
        "dct:description": text(if site.config.description.is_empty() { &site.config.title } else { &site.config.description }, lang),
        "dct:publisher": publisher,
        "foaf:homepage": {"@id": url(""), "@type": "foaf:Document"},
        "dcat:dataset": datasets,
    });
    if let Some(l) = language(lang) {
        catalog["dct:language"] =
            json!({"@id": format!("{LANGUAGE}{l}"), "@type": "dct:LinguisticSystem"});
    }
    if let Some(m) = modified {
        catalog["dct:modified"] = date(&m);
    }
    if let Some(l) = &site.config.licence {
        catalog["dct:license"] = licence(l);
    }
    if let Some(region) = &site.config.region {
        catalog["dct:spatial"] = location(region, lang);
    }
    let mut bytes = serde_json::to_vec_pretty(&catalog).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn context() -> Json {
    json!({
        "dcat": "http://www.w3.org/ns/dcat#",
        "dct": "http://purl.org/dc/terms/",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "vcard": "http://www.w3.org/2006/vcard/ns#",
        "adms": "http://www.w3.org/ns/adms#",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    })
}

fn licence(l: &Licence) -> Json {
    json!({"@id": l.url, "@type": "dct:LicenseDocument", "skos:prefLabel": l.name})
}

fn location(name: &str, lang: &str) -> Json {
    json!({"@type": "dct:Location", "skos:prefLabel": text(name, lang)})
}

/// The office readers may ask about the data (`gov:`), when the site names a way to reach it.
fn contact_point(site: &Site, publisher: &str) -> Option<Json> {
    let gov = &site.config.gov;
    if gov.email.is_empty() && gov.phone.is_empty() {
        return None;
    }
    let name = if gov.organizer.trim().is_empty() {
        publisher
    } else {
        &gov.organizer
    };
    let mut c = json!({
        "@type": ["vcard:Kind", "vcard:Organization"],
        "vcard:fn": name,
    });
    if !gov.email.is_empty() {
        c["vcard:hasEmail"] = json!({"@id": format!("mailto:{}", gov.email)});
    }
    if !gov.phone.is_empty() {
        let digits: String = gov
            .phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        c["vcard:hasTelephone"] = json!({"@id": format!("tel:{digits}")});
    }
    Some(c)
}

/// When the dataset last changed: its latest revision or the date its figures stand at, whichever is later.
fn modified(d: &Dataset) -> Option<String> {
    d.about
        .revisions
        .iter()
        .map(|r| r.date.clone())
        .chain(d.as_of.clone())
        .max()
}

fn dataset(site: &Site, d: &Dataset, publisher: &Json, contact: Option<&Json>) -> Json {
    let base = &site.base.absolute;
    let lang = site.config.language.as_str();
    let url = |p: &str| format!("{base}{}", encode_path(p));
    let page = url(&format!("data/{}/", d.id));
    let licence = d.about.licence.as_ref().or(site.config.licence.as_ref());
    let distribution = |ext: &str, file_type: &str, media: &str| {
        let mut x = json!({
            "@id": format!("{page}#{ext}"),
            "@type": "dcat:Distribution",
            "dct:title": text(&format!("{} ({})", d.title, ext.to_uppercase()), lang),
            "dcat:accessURL": {"@id": page},
            "dcat:downloadURL": {"@id": url(&format!("data/{}.{ext}", d.id))},
            "dct:format": {"@id": format!("{FILE_TYPE}{file_type}"), "@type": "dct:MediaTypeOrExtent"},
            "dcat:mediaType": {"@id": format!("{MEDIA_TYPE}{media}"), "@type": "dct:MediaType"},
        });
        if let Some(l) = licence {
            x["dct:license"] = self::licence(l);
        }
        x
    };
    let description = if d.description.is_empty() {
        &d.title
    } else {
        &d.description
    };
    let mut out = json!({
        "@id": page,
        "@type": "dcat:Dataset",
        "dct:identifier": d.id,
        "dct:title": text(&d.title, lang),
        "dct:description": text(description, lang),
        "dcat:landingPage": {"@id": page, "@type": "foaf:Document"},
        "dct:publisher": publisher.clone(),
        "dcat:distribution": [
            distribution("csv", "CSV", "text/csv"),
            distribution("json", "JSON", "application/json"),
        ],
    });
    if let Some(c) = contact {
        out["dcat:contactPoint"] = c.clone();
    }
    if let Some(l) = language(lang) {
        out["dct:language"] =
            json!({"@id": format!("{LANGUAGE}{l}"), "@type": "dct:LinguisticSystem"});
    }
    if let Some(t) = &d.about.temporal {
        out["dct:temporal"] = json!({
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": date(&t.start),
            "dcat:endDate": date(&t.end),
        });
    }
    if let Some(region) = &site.config.region {
        out["dct:spatial"] = location(region, lang);
    }
    if let Some(m) = modified(d) {
        out["dct:modified"] = date(&m);
    }
    if let Some(f) = d.about.frequency.as_deref().and_then(frequency) {
        out["dct:accrualPeriodicity"] =
            json!({"@id": format!("{FREQUENCY}{f}"), "@type": "dct:Frequency"});
    }
    if let Some(topic) = &d.about.topic {
        out["dcat:keyword"] = json!([text(topic, lang)]);
    }
    if !d.source.is_empty() {
        out["dct:provenance"] =
            json!({"@type": "dct:ProvenanceStatement", "rdfs:label": text(&d.source, lang)});
    }
    if !d.about.revisions.is_empty() {
        let notes: Vec<Json> = d
            .about
            .revisions
            .iter()
            .map(|r| {
                let why = if r.why.is_empty() {
                    String::new()
                } else {
                    format!("（{}）", r.why)
                };
                text(&format!("{}：{}{why}", r.date, r.what), lang)
            })
            .collect();
        out["adms:versionNotes"] = json!(notes);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_and_languages_map_to_the_eu_vocabularies() {
        assert_eq!(frequency("yearly"), Some("ANNUAL"));
        assert_eq!(frequency("half-yearly"), Some("ANNUAL_2"));
        assert_eq!(frequency("weekly"), None);
        assert_eq!(language("zh-CN"), Some("ZHO"));
        assert_eq!(language("en"), Some("ENG"));
        assert_eq!(language("xx"), None);
    }
}
