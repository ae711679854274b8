//! The search index as static files, split so a phone fetches only what a query needs:
//!
//! - `meta.json`: the shard count and, per document, its path (below the site root), title and section;
//! - `s/K.json`: shard K, token -> flat list of (document, term frequency, where) triples, `where` having bit 1 for
//!   the title and bit 2 for a heading; a token is in shard [`shard_of`];
//! - `f/D.json`: document D's published text, fetched only to make snippets for the results shown.
//!
//! Everything is sorted, so identical input gives identical bytes.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use super::tokenize::{shard_of, tokens};

/// One searchable page as it is published.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    /// Below the site root, e.g. `report/assistance/` (empty for the home page).
    pub path: String,
    pub title: String,
    pub section: String,
    pub headings: Vec<String>,
    /// What the page says, description first, as one line.
    pub body: String,
    /// Where the page ranks among results of equal relevance and below: 0 for reports, pages and real datasets,
    /// 1 for made-up example data (`example: true`), which is listed after every real result.
    pub tier: u8,
}

const IN_TITLE: u32 = 1;
const IN_HEADING: u32 = 2;

/// The index files, by path below the index folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    pub files: BTreeMap<String, Vec<u8>>,
}

#[derive(Serialize)]
struct Meta<'a> {
    /// Format version, so a cached script meeting a newer index can tell.
    v: u32,
    shards: u32,
    /// Path, title, section and tier of each document.
    docs: Vec<(&'a str, &'a str, &'a str, u8)>,
}

#[derive(Serialize)]
struct Fragment<'a> {
    text: &'a str,
}

/// How many shards an index of about `text_bytes` of published text gets: a power of two chosen so each shard
/// holds a few KB. Decided from the page sources before rendering (see [`super::estimate`]), so the list of output
/// files is known without building the index.
pub fn shard_count(text_bytes: usize) -> u32 {
    // Measured on the example site: the whole index weighs about three times the source text estimate (every
    // character is a unigram and starts a bigram, each with its postings), so one shard per 2 KB of text keeps
    // shards near 5 KB.
    let wanted = text_bytes.div_ceil(2 * 1024).clamp(1, 1024);
    u32::try_from(wanted.next_power_of_two()).unwrap_or(1024)
}

/// Names of the files [`build`] writes for `docs` documents and `shards` shards.
pub fn file_names(docs: usize, shards: u32) -> Vec<String> {
    let mut names = vec!["meta.json".to_string()];
    names.extend((0..shards).map(|k| format!("s/{k}.json")));
    names.extend((0..docs).map(|d| format!("f/{d}.json")));
    names
}

pub fn build(docs: &[Doc], shards: u32) -> Index {
    let shards = shards.max(1);
    // Each doc's tokens are counted on its own, in parallel; the postings are then appended in doc order, so each
    // token's list comes out sorted by doc without a tree. Tokens are sorted once, per shard, for deterministic files.
    let per_doc: Vec<Vec<(String, u32, u32)>> = docs
        .par_iter()
        .map(|doc| {
            let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
            let mut add = |text: &str, field: u32, count: bool| {
                for t in tokens(text) {
                    let entry = counts.entry(t.text).or_insert((0, 0));
                    entry.0 += u32::from(count);
                    entry.1 |= field;
                }
            };
            add(&doc.title, IN_TITLE, false);
            for h in &doc.headings {
                add(h, IN_HEADING, false);
            }
            add(&doc.body, 0, true);
            counts
                .into_iter()
                .map(|(token, (tf, field))| (token, tf, field))
                .collect()
        })
        .collect();
    let mut postings: HashMap<String, Vec<[u32; 3]>> = HashMap::new();
    for (id, list) in per_doc.into_iter().enumerate() {
        let id = u32::try_from(id).unwrap_or(u32::MAX);
        for (token, tf, field) in list {
            postings.entry(token).or_default().push([id, tf, field]);
        }
    }
    let mut shard_maps: Vec<BTreeMap<&str, Vec<u32>>> = vec![BTreeMap::new(); shards as usize];
    for (token, docs) in &postings {
        let list = docs.iter().flatten().copied().collect();
        shard_maps[shard_of(token, shards) as usize].insert(token.as_str(), list);
    }
    let mut files = BTreeMap::new();
    let meta = Meta {
        v: 2,
        shards,
        docs: docs
            .iter()
            .map(|d| {
                (
                    d.path.as_str(),
                    d.title.as_str(),
                    d.section.as_str(),
                    d.tier,
                )
            })
            .collect(),
    };
    files.insert("meta.json".to_string(), json(&meta));
    files.par_extend(
        shard_maps
            .par_iter()
            .enumerate()
            .map(|(k, map)| (format!("s/{k}.json"), json(map))),
    );
    files.par_extend(
        docs.par_iter()
            .enumerate()
            .map(|(d, doc)| (format!("f/{d}.json"), json(&Fragment { text: &doc.body }))),
    );
    Index { files }
}

/// Compact JSON. Non-ASCII text stays as it is (no `\u` escapes), so the egress scan reads it as written.
fn json<T: Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(path: &str, title: &str, headings: &[&str], body: &str) -> Doc {
        Doc {
            path: path.into(),
            title: title.into(),
            section: "工作报告".into(),
            headings: headings.iter().map(|h| h.to_string()).collect(),
            body: body.into(),
            tier: 0,
        }
    }

    fn shard(index: &Index, token: &str, shards: u32) -> serde_json::Value {
        let k = shard_of(token, shards);
        let v: serde_json::Value =
            serde_json::from_slice(&index.files[&format!("s/{k}.json")]).unwrap();
        v[token].clone()
    }

    #[test]
    fn postings_carry_frequency_and_fields() {
        let docs = [
            doc("a/", "城市低保", &[], "城市低保标准提高。"),
            doc("b/", "养老服务", &["农村低保"], "农村低保和低保边缘。"),
        ];
        let index = build(&docs, 4);
        assert_eq!(
            shard(&index, "低保", 4),
            serde_json::json!([0, 1, 1, 1, 2, 2])
        );
        assert_eq!(shard(&index, "养老", 4), serde_json::json!([1, 0, 1]));
        assert!(shard(&index, "医疗", 4).is_null());
    }

    #[test]
    fn every_named_file_is_written_and_nothing_else() {
        let docs = [doc("", "首页", &[], "欢迎"), doc("x/", "X", &[], "text")];
        let index = build(&docs, 8);
        let names: Vec<&String> = index.files.keys().collect();
        let mut expected = file_names(2, 8);
        expected.sort();
        assert_eq!(names, expected.iter().collect::<Vec<_>>());
        let meta: serde_json::Value = serde_json::from_slice(&index.files["meta.json"]).unwrap();
        assert_eq!(meta["shards"], 8);
        assert_eq!(
            meta["docs"][1],
            serde_json::json!(["x/", "X", "工作报告", 0])
        );
        let f: serde_json::Value = serde_json::from_slice(&index.files["f/0.json"]).unwrap();
        assert_eq!(f["text"], "欢迎");
    }

    #[test]
    fn output_is_deterministic_and_unescaped() {
        let docs = [doc("a/", "婚姻登记", &["儿童"], "婚姻登记 assistance")];
        let a = build(&docs, 2);
        assert_eq!(a, build(&docs, 2));
        let all: Vec<u8> = a.files.values().flatten().copied().collect();
        let text = String::from_utf8(all).unwrap();
        assert!(text.contains("婚姻") && !text.contains("\\u"));
    }

    #[test]
    fn shard_count_grows_with_text_in_powers_of_two() {
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(2 * 1024), 1);
        assert_eq!(shard_count(2 * 1024 + 1), 2);
        assert_eq!(shard_count(50 * 1024), 32);
        assert_eq!(shard_count(usize::MAX / 2), 1024);
    }
}
