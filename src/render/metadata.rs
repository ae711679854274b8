//! Machine-readable descriptions of the data, so that dataset search engines and open-data portals find and read
//! it: schema.org `Dataset` JSON-LD on each dataset page, and a Frictionless Data `datapackage.json` for the
//! catalogue (the convention CKAN and other portals read).

use serde_json::{Value as Json, json};

use crate::format::header;
use crate::html::url::encode_path;
use crate::model::{ColumnType, Dataset, Site};

/// The JSON-LD for a dataset page, safe to place inside `<script type="application/ld+json">`.
pub fn dataset_jsonld(site: &Site, d: &Dataset) -> String {
    let base = &site.base.absolute;
    let url = |p: &str| format!("{base}{}", encode_path(p));
    let creator = if d.source.is_empty() {
        site.config.title.clone()
    } else {
        d.source.clone()
    };
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": d.title,
        "description": if d.description.is_empty() { d.title.clone() } else { d.description.clone() },
        "url": url(&format!("data/{}/", d.id)),
        "identifier": d.id,
        "inLanguage": site.config.language,
        "isAccessibleForFree": true,
        "creator": {"@type": "Organization", "name": creator},
        "publisher": {"@type": "Organization", "name": site.config.title},
        "includedInDataCatalog": {"@type": "DataCatalog", "name": site.config.title, "url": url("data/")},
        "variableMeasured": d.columns.iter().skip(1).map(|c| header(c, &site.config.language)).collect::<Vec<_>>(),
        "distribution": [
            {"@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": url(&format!("data/{}.csv", d.id))},
            {"@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": url(&format!("data/{}.json", d.id))},
        ],
    });
    if let Some(as_of) = &d.as_of {
        doc["temporalCoverage"] = json!(as_of);
        doc["dateModified"] = json!(as_of);
    }
    if let Some(region) = &site.config.region {
        doc["spatialCoverage"] = json!({"@type": "Place", "name": region});
    }
    script_safe(&doc)
}

/// `data/datapackage.json`: every dataset as a tabular resource with its fields, types and units.
pub fn datapackage(site: &Site) -> Vec<u8> {
    let lang = &site.config.language;
    let resources: Vec<Json> = site
        .datasets
        .iter()
        .map(|d| {
            let mut fields: Vec<Json> = d
                .columns
                .iter()
                .map(|c| {
                    let mut f = json!({
                        "name": header(c, lang),
                        "title": c.label,
                        "type": match c.kind {
                            ColumnType::Integer => "integer",
                            ColumnType::Number | ColumnType::Percent => "number",
                            ColumnType::Date => "date",
                            ColumnType::Text => "string",
                        },
                    });
                    if let Some(u) = &c.unit {
                        f["unit"] = json!(u);
                    } else if c.kind == ColumnType::Percent {
                        f["unit"] = json!("%");
                    }
                    f
                })
                .collect();
            if let Some((name, yes)) = super::downloads::total_column(d, lang) {
                fields.push(json!({
                    "name": name,
                    "title": name,
                    "type": "string",
                    "description": format!("{yes}: the row adds up others; leave it out when summing the rows"),
                    "constraints": {"enum": [yes]},
                }));
            }
            let mut r = json!({
                "name": d.id,
                "path": format!("{}.csv", d.id),
                "profile": "tabular-data-resource",
                "title": d.title,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "schema": {
                    "fields": fields,
                    "missingValues": ["", "*"],
                    "primaryKey": primary_key(d).iter().map(|&i| header(&d.columns[i], lang)).collect::<Vec<_>>(),
                },
                "sources": [{"title": if d.source.is_empty() { site.config.title.clone() } else { d.source.clone() }}],
            });
            if !d.description.is_empty() {
                r["description"] = json!(d.description);
            }
            r
        })
        .collect();
    let name: String = site
        .base
        .absolute
        .split("://")
        .nth(1)
        .unwrap_or("site")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .trim_matches('-')
        .to_string();
    let doc = json!({
        "profile": "tabular-data-package",
        "name": name,
        "title": site.config.title,
        "description": site.config.description,
        "homepage": site.base.absolute,
        "resources": resources,
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The leading columns that together name each row: the first column of an ordinary table, or the group columns
/// of an aggregate published from records (甲镇 / 农村低保).
fn primary_key(d: &Dataset) -> Vec<usize> {
    for k in 1..=d.columns.len() {
        if d.columns[k - 1].kind.is_numeric() {
            break;
        }
        let mut seen = std::collections::BTreeSet::new();
        if d.rows
            .iter()
            .all(|r| seen.insert(format!("{:?}", &r.cells[..k])))
        {
            return (0..k).collect();
        }
    }
    Vec::new()
}

/// JSON that cannot end or confuse the `<script>` element it sits in: `<`, `>` and `&` (and the line separators
/// U+2028/U+2029, which older JavaScript parsers reject in strings) are written as `\u` escapes. They can only occur
/// inside strings, where the escape means the same character, so the JSON reads exactly as before.
fn script_safe(v: &Json) -> String {
    let text = v.to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_json_has_no_markup_characters() {
        let v = json!({"name": "a</script><!--b & c>\u{2028}"});
        let s = script_safe(&v);
        assert!(!s.contains(['<', '>', '&', '\u{2028}']), "{s}");
        assert_eq!(serde_json::from_str::<Json>(&s).unwrap(), v);
    }
}
