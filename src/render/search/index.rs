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
    docs: Vec<[&'a str; 3]>,
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
    let per_doc: Vec<Vec<(String, u32, u32)>> = docs.par_iter().map(count).collect();
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
        v: 1,
        shards,
        docs: docs
            .iter()
            .map(|d| [d.path.as_str(), d.title.as_str(), d.section.as_str()])
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

/// An index kept between the rebuilds of a preview, so that an edit re-reads only the docs that changed: their
/// postings are taken out of and put back into the shards, and only the files that differ are made again (the
/// shards their old or new tokens fall in, their own text file, the meta file when a title moved). Its files are
/// byte for byte those [`build`] makes from the same docs.
#[derive(Debug, Clone)]
pub struct Live {
    shards: u32,
    docs: Vec<Doc>,
    /// Per shard: token -> (doc, term frequency, where), sorted by doc.
    postings: Vec<BTreeMap<String, Vec<[u32; 3]>>>,
}

impl Live {
    pub fn new(docs: Vec<Doc>, shards: u32) -> Live {
        let shards = shards.max(1);
        let mut live = Live {
            shards,
            docs: Vec::new(),
            postings: vec![BTreeMap::new(); shards as usize],
        };
        let counted: Vec<Vec<(String, u32, u32)>> = docs.par_iter().map(count).collect();
        for (id, list) in counted.into_iter().enumerate() {
            live.add(id, list);
        }
        live.docs = docs;
        live
    }

    /// Whether `docs` can be taken in by [`Live::update`]: the same number of docs in the same shards.
    pub fn fits(&self, docs: &[Doc], shards: u32) -> bool {
        self.shards == shards.max(1) && self.docs.len() == docs.len()
    }

    /// Takes over `docs` (as many as before, see [`Live::fits`]) and returns the files that changed, by path below
    /// the index folder.
    pub fn update(&mut self, docs: Vec<Doc>) -> BTreeMap<String, Vec<u8>> {
        let mut touched = std::collections::BTreeSet::new();
        let mut meta = false;
        let mut files = BTreeMap::new();
        for (id, doc) in docs.into_iter().enumerate() {
            if self.docs[id] == doc {
                continue;
            }
            let old = std::mem::replace(&mut self.docs[id], doc);
            let doc = &self.docs[id];
            meta |= old.path != doc.path || old.title != doc.title || old.section != doc.section;
            let n = u32::try_from(id).unwrap_or(u32::MAX);
            for (token, _, _) in count(&old) {
                let k = shard_of(&token, self.shards) as usize;
                touched.insert(k);
                if let Some(list) = self.postings[k].get_mut(&token) {
                    list.retain(|p| p[0] != n);
                    if list.is_empty() {
                        self.postings[k].remove(&token);
                    }
                }
            }
            let list = count(doc);
            touched.extend(
                list.iter()
                    .map(|(t, _, _)| shard_of(t, self.shards) as usize),
            );
            files.insert(format!("f/{id}.json"), json(&Fragment { text: &doc.body }));
            self.add(id, list);
        }
        for k in touched {
            files.insert(format!("s/{k}.json"), self.shard(k));
        }
        if meta {
            files.insert("meta.json".to_string(), self.meta());
        }
        files
    }

    /// Every file, as [`build`] makes them.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        files.insert("meta.json".to_string(), self.meta());
        for k in 0..self.postings.len() {
            files.insert(format!("s/{k}.json"), self.shard(k));
        }
        for (d, doc) in self.docs.iter().enumerate() {
            files.insert(format!("f/{d}.json"), json(&Fragment { text: &doc.body }));
        }
        files
    }

    fn add(&mut self, id: usize, list: Vec<(String, u32, u32)>) {
        let n = u32::try_from(id).unwrap_or(u32::MAX);
        for (token, tf, field) in list {
            let k = shard_of(&token, self.shards) as usize;
            let entries = self.postings[k].entry(token).or_default();
            let at = entries.partition_point(|p| p[0] < n);
            entries.insert(at, [n, tf, field]);
        }
    }

    fn shard(&self, k: usize) -> Vec<u8> {
        let flat: BTreeMap<&str, Vec<u32>> = self.postings[k]
            .iter()
            .map(|(t, list)| (t.as_str(), list.iter().flatten().copied().collect()))
            .collect();
        json(&flat)
    }

    fn meta(&self) -> Vec<u8> {
        json(&Meta {
            v: 1,
            shards: self.shards,
            docs: self
                .docs
                .iter()
                .map(|d| [d.path.as_str(), d.title.as_str(), d.section.as_str()])
                .collect(),
        })
    }
}

/// One doc's tokens with their term frequency (in the body) and fields (title, heading).
fn count(doc: &Doc) -> Vec<(String, u32, u32)> {
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
        assert_eq!(meta["docs"][1], serde_json::json!(["x/", "X", "工作报告"]));
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
    fn a_live_index_updated_doc_by_doc_writes_what_a_build_writes() {
        let before = vec![
            doc("a/", "城市低保", &[], "城市低保标准提高。"),
            doc("b/", "养老服务", &["农村低保"], "农村低保和低保边缘。"),
            doc("c/", "婚姻登记", &[], "婚姻登记 assistance"),
        ];
        let mut live = Live::new(before.clone(), 4);
        assert_eq!(live.files(), build(&before, 4).files);
        let mut after = before.clone();
        after[1] = doc("b/", "养老服务改", &[], "居家养老服务和社区食堂。");
        assert!(live.fits(&after, 4));
        let changed = live.update(after.clone());
        let full = build(&after, 4).files;
        assert_eq!(live.files(), full);
        for (name, bytes) in &changed {
            assert_eq!(Some(bytes), full.get(name), "{name}");
        }
        let old = build(&before, 4).files;
        for (name, bytes) in &full {
            assert!(
                changed.contains_key(name) || old.get(name) == Some(bytes),
                "{name} changed but was not returned"
            );
        }
        assert!(changed.contains_key("meta.json") && changed.contains_key("f/1.json"));
        assert!(!changed.contains_key("f/0.json"));
        assert!(
            live.update(after).is_empty(),
            "nothing changed, nothing made"
        );
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
