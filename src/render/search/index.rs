//! The search index as static files, split so a phone fetches only what a query needs:
//!
//! - `meta.json`: what ranking needs before any result is shown: the shard count, the first document of each
//!   pack, and the documents ranked after every real result (tier 1, made-up example data);
//! - `s/K.json`: shard K, token -> its postings as a short string ([`super::postings`]); a token is in shard
//!   [`shard_of`];
//! - `f/K.json`: pack K, one `[path, title, section, text]` per document of a run of consecutive documents (the
//!   first being document `packs[K]` of `meta.json`), fetched only for the results shown: everything a result
//!   shows is in its pack, stored nowhere else. One file per document doubled the files of a build (10,000 tiny
//!   files for 10,000 pages, each costing an inode and a flush); packs of at most [`PACK_BYTES`] keep a query's
//!   download small while writing a few hundred files.
//!
//! Everything is sorted, so identical input gives identical bytes.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::postings;
use super::tokenize::{Token, each_token, shard_of};

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
    /// The first document of each pack, ascending, the first being 0.
    packs: &'a [u32],
    /// The documents of each tier but 0, ascending.
    tiers: BTreeMap<u8, Vec<u32>>,
}

/// The largest and smallest pack of snippet texts, in estimated text (see [`super::estimate`]).
pub const PACK_BYTES: std::ops::RangeInclusive<usize> = 2 * 1024..=32 * 1024;

/// How many packs an index aims at when its packs are neither at their smallest nor their largest.
const PACKS_WANTED: usize = 128;

/// The first document of each pack, for documents of about `sizes` bytes of text each: consecutive documents are
/// packed until a pack holds its share of the whole. Decided from the sources before rendering, like the shard
/// count. A query downloads the packs of the results it shows (ten at a time), so packs stay small on a small site,
/// where one file per text costs little, and grow to a few dozen KB on a large one, where they save thousands of
/// files: measured on the example site, a query fetches 1.13–1.31 times what one file per text fetched.
pub fn pack_starts(sizes: &[usize]) -> Vec<u32> {
    let total: usize = sizes.iter().sum();
    let target = (total / PACKS_WANTED).clamp(*PACK_BYTES.start(), *PACK_BYTES.end());
    let mut starts = Vec::new();
    let mut held = target;
    for (d, &size) in sizes.iter().enumerate() {
        if held >= target {
            starts.push(u32::try_from(d).unwrap_or(u32::MAX));
            held = 0;
        }
        held += size.max(1);
    }
    if starts.is_empty() {
        starts.push(0);
    }
    starts
}

/// How many shards an index of about `text_bytes` of published text gets: a power of two chosen so each shard
/// holds a few KB on a small site and a few dozen on a large one. Decided from the page sources before rendering
/// (see [`super::estimate`]), so the list of output files is known without building the index.
pub fn shard_count(text_bytes: usize) -> u32 {
    // Measured on the example site: one shard per 2 KB of text keeps shards near 4 KB (a small site has many tokens
    // in a page or two, each with its key). A large site's postings are long but dense, mostly one character per
    // page, so at most 512 shards: about 18 KB each on 10,000 synthetic pages, where 1,024 shards of decimal
    // postings were 50 KB.
    let wanted = text_bytes.div_ceil(2 * 1024).clamp(1, MAX_SHARDS);
    u32::try_from(wanted.next_power_of_two()).unwrap_or(1)
}

const MAX_SHARDS: usize = 512;

/// Names of the files [`build`] writes for `shards` shards and `packs` packs.
pub fn file_names(shards: u32, packs: usize) -> Vec<String> {
    let mut names = vec!["meta.json".to_string()];
    names.extend((0..shards).map(|k| format!("s/{k}.json")));
    names.extend((0..packs).map(|k| format!("f/{k}.json")));
    names
}

/// The index of `docs` in `shards` shards, their texts in the packs `packs` starts (see [`pack_starts`]).
pub fn build(docs: &[Doc], shards: u32, packs: &[u32]) -> Index {
    let files = std::sync::Mutex::new(BTreeMap::new());
    build_to(docs, shards, packs, &|name, bytes| {
        if let Ok(mut files) = files.lock() {
            files.insert(name, bytes);
        }
    });
    Index {
        files: files.into_inner().unwrap_or_default(),
    }
}

/// [`build`], handing each file (its path below the index folder, its bytes) to `emit` as soon as it is made, from
/// any thread, so the files are never held all at once: on the 10,000-page site the shards' JSON, held whole beside
/// the postings, was most of the build's peak memory.
pub fn build_to(docs: &[Doc], shards: u32, packs: &[u32], emit: &(dyn Fn(String, Vec<u8>) + Sync)) {
    let shards = shards.max(1);
    // Docs are counted in parallel, a chunk at a time, each chunk's postings encoded at once, and the chunks appended
    // in doc order, so each token's list comes out sorted by doc without a tree, and the index holds each posting
    // as the one or two characters its shard file writes: holding them as `[doc, tf, fields]` triples (12 bytes
    // each, in lists growing by doubling) until the shards were written took the 10,000-page build from 170 to 340
    // MiB. Tokens are sorted once, per shard.
    let mut postings: FxHashMap<Token, Encoded> = FxHashMap::default();
    // A few chunks at a time, so that only their pieces are held besides the index.
    for (w, wave) in docs.chunks(CHUNK * WAVE).enumerate() {
        let pieces: Vec<Vec<(Token, Piece)>> = wave
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(c, chunk)| {
                let mut postings = Postings::default();
                for (j, doc) in chunk.iter().enumerate() {
                    let id = u32::try_from((w * WAVE + c) * CHUNK + j).unwrap_or(u32::MAX);
                    for (token, (tf, field)) in counts(doc) {
                        postings.entry(token).or_default().push([id, tf, field]);
                    }
                }
                postings
                    .into_iter()
                    .map(|(token, list)| (token, Piece::of(list)))
                    .collect()
            })
            .collect();
        for chunk in pieces {
            for (token, piece) in chunk {
                postings.entry(token).or_default().append(piece);
            }
        }
    }
    let mut shard_lists: Vec<Vec<(Cow<str>, &str)>> = vec![Vec::new(); shards as usize];
    for (token, list) in &postings {
        let text = token.text();
        shard_lists[shard_of(&text, shards) as usize].push((text, list.code.as_str()));
    }
    emit("meta.json".to_string(), meta_file(docs, shards, packs));
    shard_lists
        .par_iter_mut()
        .enumerate()
        .for_each(|(k, list)| {
            list.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            emit(
                format!("s/{k}.json"),
                shard_file(list.iter().map(|(t, code)| (t.as_ref(), *code))),
            );
        });
    (0..packs.len())
        .into_par_iter()
        .for_each(|k| emit(format!("f/{k}.json"), pack(docs, packs, k)));
}

/// One token's postings in one chunk of docs: the first as it is (its gap depends on the chunks before), the rest
/// encoded ([`postings::encode_into`]) from it.
struct Piece {
    first: [u32; 3],
    rest: String,
    /// The doc after the last.
    next: u32,
}

impl Piece {
    /// `list` sorted by doc, not empty.
    fn of(mut list: Vec<[u32; 3]>) -> Piece {
        let first = list.first().copied().unwrap_or_default();
        let next = list.last().map_or(0, |p| p[0].saturating_add(1));
        // Encoded from document 0, so each doc is shifted to count from the one after the first.
        for p in list.iter_mut().skip(1) {
            p[0] = p[0].saturating_sub(first[0].saturating_add(1));
        }
        let mut rest = String::with_capacity(list.len());
        postings::encode_into(list.get(1..).unwrap_or_default(), &mut rest);
        Piece { first, rest, next }
    }
}

/// One token's postings so far, as its shard file writes them.
#[derive(Default)]
struct Encoded {
    code: String,
    /// The doc after the last.
    next: u32,
}

impl Encoded {
    /// Appends the postings of a later chunk.
    fn append(&mut self, piece: Piece) {
        let [doc, tf, fields] = piece.first;
        postings::encode_into(
            &[[doc.saturating_sub(self.next), tf, fields]],
            &mut self.code,
        );
        self.code.push_str(&piece.rest);
        self.next = piece.next;
    }
}

/// An index kept between the rebuilds of a preview, so that an edit re-reads only the docs that changed: their
/// postings are taken out of and put back into the shards, and only the files that differ are made again (the
/// shards their old or new tokens fall in, the packs holding their texts, the meta file when a title moved). Its
/// files are byte for byte those [`build`] makes from the same docs.
#[derive(Debug, Clone)]
pub struct Live {
    shards: u32,
    packs: Vec<u32>,
    docs: Vec<Doc>,
    /// Per shard: token -> (doc, term frequency, where), sorted by doc.
    postings: Vec<BTreeMap<String, Vec<[u32; 3]>>>,
}

impl Live {
    pub fn new(docs: Vec<Doc>, shards: u32, packs: Vec<u32>) -> Live {
        let shards = shards.max(1);
        let mut live = Live {
            shards,
            packs,
            docs: Vec::new(),
            postings: vec![BTreeMap::new(); shards as usize],
        };
        let counted: Vec<Counts> = docs.par_iter().map(counts).collect();
        for (id, list) in counted.into_iter().enumerate() {
            add(&mut live.postings, shards, id, list);
        }
        live.docs = docs;
        live
    }

    /// Whether an index of `docs` docs in `shards` shards can be kept up to date by [`Live::replace`].
    pub fn fits(&self, docs: usize, shards: u32) -> bool {
        self.shards == shards.max(1) && self.docs.len() == docs
    }

    /// How many packs the index has now.
    pub fn pack_count(&self) -> usize {
        self.packs.len()
    }

    /// Takes over the packs as now cut (`packs`, see [`pack_starts`]) and the docs given by their place in
    /// document order, the only ones that may have changed (a doc equal to the one held is skipped, one past the
    /// end ignored), and returns the files that changed, by path below the index folder. The other docs are
    /// neither read nor compared, so an edit costs its own docs' tokens and the packs whose documents moved (a
    /// doc's path, title and section are in its pack; the meta file changes only with a tier or the packs' cut).
    pub fn replace(
        &mut self,
        packs: Vec<u32>,
        changed: impl IntoIterator<Item = (usize, Doc)>,
    ) -> BTreeMap<String, Vec<u8>> {
        let mut touched = std::collections::BTreeSet::new();
        let mut meta = self.packs != packs;
        let old_packs = std::mem::replace(&mut self.packs, packs);
        let range = |packs: &[u32], k: usize| (packs.get(k).copied(), packs.get(k + 1).copied());
        let mut packs: std::collections::BTreeSet<usize> = (0..self.packs.len())
            .filter(|&k| range(&old_packs, k) != range(&self.packs, k))
            .collect();
        for (id, doc) in changed {
            if self.docs.get(id).is_none_or(|held| *held == doc) {
                continue;
            }
            let old = std::mem::replace(&mut self.docs[id], doc);
            let doc = &self.docs[id];
            meta |= old.tier != doc.tier;
            let n = u32::try_from(id).unwrap_or(u32::MAX);
            if (&old.path, &old.title, &old.section, &old.body)
                != (&doc.path, &doc.title, &doc.section, &doc.body)
            {
                packs.insert(
                    self.packs
                        .partition_point(|&first| first <= n)
                        .saturating_sub(1),
                );
            }
            // Only the postings that differ are taken out and put back, so only their shards are made again: an
            // edited sentence touches a few dozen tokens, while the page's text spans nearly every shard.
            let before = counts(&old);
            let mut after = counts(doc);
            for (token, entry) in &before {
                if after.get(token) == Some(entry) {
                    after.remove(token);
                    continue;
                }
                let text = token.text();
                let k = shard_of(&text, self.shards) as usize;
                touched.insert(k);
                if let Some(list) = self.postings[k].get_mut(text.as_ref()) {
                    list.retain(|p| p[0] != n);
                    if list.is_empty() {
                        self.postings[k].remove(text.as_ref());
                    }
                }
            }
            touched.extend(
                after
                    .keys()
                    .map(|t| shard_of(&t.text(), self.shards) as usize),
            );
            add(&mut self.postings, self.shards, id, after);
        }
        let mut files = BTreeMap::new();
        for k in touched {
            files.insert(format!("s/{k}.json"), self.shard(k));
        }
        for k in packs {
            files.insert(format!("f/{k}.json"), pack(&self.docs, &self.packs, k));
        }
        if meta {
            files.insert(
                "meta.json".to_string(),
                meta_file(&self.docs, self.shards, &self.packs),
            );
        }
        files
    }

    /// Every file, as [`build`] makes them.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        files.insert(
            "meta.json".to_string(),
            meta_file(&self.docs, self.shards, &self.packs),
        );
        for k in 0..self.postings.len() {
            files.insert(format!("s/{k}.json"), self.shard(k));
        }
        for k in 0..self.packs.len() {
            files.insert(format!("f/{k}.json"), pack(&self.docs, &self.packs, k));
        }
        files
    }

    fn shard(&self, k: usize) -> Vec<u8> {
        let encoded: Vec<(&str, String)> = self.postings[k]
            .iter()
            .map(|(t, list)| (t.as_str(), postings::encode(list)))
            .collect();
        shard_file(encoded.iter().map(|(t, code)| (*t, code.as_str())))
    }
}

/// Puts the counted tokens of doc `id` into a live index's `postings` (per shard, of `shards`).
fn add(postings: &mut [BTreeMap<String, Vec<[u32; 3]>>], shards: u32, id: usize, list: Counts) {
    let n = u32::try_from(id).unwrap_or(u32::MAX);
    for (token, (tf, field)) in list {
        let text = token.text();
        let k = shard_of(&text, shards) as usize;
        let entries = postings[k].entry(text.into_owned()).or_default();
        let at = entries.partition_point(|p| p[0] < n);
        entries.insert(at, [n, tf, field]);
    }
}

/// `meta.json` of `docs` in `shards` shards and the packs `packs` starts.
fn meta_file(docs: &[Doc], shards: u32, packs: &[u32]) -> Vec<u8> {
    let mut tiers: BTreeMap<u8, Vec<u32>> = BTreeMap::new();
    for (id, d) in docs.iter().enumerate() {
        if d.tier != 0 {
            tiers
                .entry(d.tier)
                .or_default()
                .push(u32::try_from(id).unwrap_or(u32::MAX));
        }
    }
    json(&Meta {
        v: 3,
        shards,
        packs,
        tiers,
    })
}

/// Pack `k`: path, title, section and text of each document from `packs[k]` up to the next pack's first.
fn pack(docs: &[Doc], packs: &[u32], k: usize) -> Vec<u8> {
    let first = packs
        .get(k)
        .map_or(docs.len(), |&f| (f as usize).min(docs.len()));
    let end = packs
        .get(k + 1)
        .map_or(docs.len(), |&e| (e as usize).clamp(first, docs.len()));
    let cards: Vec<[&str; 4]> = docs[first..end]
        .iter()
        .map(|d| [&d.path, &d.title, &d.section, &d.body].map(String::as_str))
        .collect();
    json(&cards)
}

/// A shard: each token, in the order given (sorted), with its postings encoded ([`postings`]), as one JSON object.
fn shard_file<'a>(entries: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<u8> {
    let mut out = String::from("{");
    for (token, code) in entries {
        if out.len() > 1 {
            out.push(',');
        }
        // A token is a run of letters, digits or ideographs; serde_json escapes it all the same.
        out.push_str(&serde_json::to_string(token).unwrap_or_default());
        out.push_str(":\"");
        out.push_str(code);
        out.push('"');
    }
    out.push('}');
    out.into_bytes()
}

/// Docs counted together before their postings join the index.
const CHUNK: usize = 256;

/// Chunks counted at once, in parallel.
const WAVE: usize = 8;

/// Token -> postings of one chunk of docs, the tokens borrowed from the docs' texts or packed in an integer
/// ([`Token`]; a `String` per token, and SipHash over it, made counting 13 % of a 1,000-page build's instructions).
/// FxHash: the keys are the site's own published text, not a stranger's input.
type Postings<'a> = FxHashMap<Token<'a>, Vec<[u32; 3]>>;

/// A doc's tokens with their frequency in the body and the fields they appear in.
type Counts<'a> = FxHashMap<Token<'a>, (u32, u32)>;

/// Each token of a doc with its frequency in the body and the fields it appears in.
fn counts<'a>(doc: &'a Doc) -> Counts<'a> {
    let mut counts = Counts::default();
    let mut add = |text: &'a str, field: u32, count: bool| {
        each_token(text, |t| {
            let entry = counts.entry(t).or_insert((0, 0));
            entry.0 += u32::from(count);
            entry.1 |= field;
        });
    };
    add(&doc.title, IN_TITLE, false);
    for h in &doc.headings {
        add(h, IN_HEADING, false);
    }
    add(&doc.body, 0, true);
    counts
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

    fn shard(index: &Index, token: &str, shards: u32) -> Option<Vec<[u32; 3]>> {
        let k = shard_of(token, shards);
        let v: serde_json::Value =
            serde_json::from_slice(&index.files[&format!("s/{k}.json")]).unwrap();
        v[token]
            .as_str()
            .map(|code| postings::decode(code).expect("postings as written"))
    }

    #[test]
    fn postings_carry_frequency_and_fields() {
        let docs = [
            doc("a/", "城市低保", &[], "城市低保标准提高。"),
            doc("b/", "养老服务", &["农村低保"], "农村低保和低保边缘。"),
        ];
        let index = build(&docs, 4, &[0]);
        assert_eq!(shard(&index, "低保", 4), Some(vec![[0, 1, 1], [1, 2, 2]]));
        assert_eq!(shard(&index, "养老", 4), Some(vec![[1, 0, 1]]));
        assert_eq!(shard(&index, "医疗", 4), None);
    }

    #[test]
    fn every_named_file_is_written_and_nothing_else() {
        let mut docs = [doc("", "首页", &[], "欢迎"), doc("x/", "X", &[], "text")];
        docs[1].tier = 1;
        let index = build(&docs, 8, &[0, 1]);
        let names: Vec<&String> = index.files.keys().collect();
        let mut expected = file_names(8, 2);
        expected.sort();
        assert_eq!(names, expected.iter().collect::<Vec<_>>());
        let meta: serde_json::Value = serde_json::from_slice(&index.files["meta.json"]).unwrap();
        assert_eq!(meta["shards"], 8);
        assert_eq!(meta["packs"], serde_json::json!([0, 1]));
        assert_eq!(meta["tiers"], serde_json::json!({"1": [1]}));
        let f: serde_json::Value = serde_json::from_slice(&index.files["f/0.json"]).unwrap();
        assert_eq!(f, serde_json::json!([["", "首页", "工作报告", "欢迎"]]));
        let f: serde_json::Value = serde_json::from_slice(&index.files["f/1.json"]).unwrap();
        assert_eq!(f, serde_json::json!([["x/", "X", "工作报告", "text"]]));
    }

    #[test]
    fn output_is_deterministic_and_unescaped() {
        let docs = [doc("a/", "婚姻登记", &["儿童"], "婚姻登记 assistance")];
        let a = build(&docs, 2, &[0]);
        assert_eq!(a, build(&docs, 2, &[0]));
        let all: Vec<u8> = a.files.values().flatten().copied().collect();
        let text = String::from_utf8(all).unwrap();
        assert!(text.contains("婚姻") && !text.contains("\\u"));
    }

    #[test]
    fn packs_hold_consecutive_documents_up_to_the_pack_size() {
        assert_eq!(pack_starts(&[]), [0]);
        assert_eq!(pack_starts(&[10, 10, 10]), [0]);
        let half = PACK_BYTES.start() / 2;
        assert_eq!(pack_starts(&[half, half, half, 3 * half, 1]), [0, 2, 4]);
        assert_eq!(pack_starts(&[0; 3]), [0]);
        let big = pack_starts(&vec![1000; 100_000]);
        assert_eq!(big.len(), 100_000usize.div_ceil(33));
        assert_eq!(big[1], 33);
    }

    #[test]
    fn a_live_index_updated_doc_by_doc_writes_what_a_build_writes() {
        let before = vec![
            doc("a/", "城市低保", &[], "城市低保标准提高。"),
            doc("b/", "养老服务", &["农村低保"], "农村低保和低保边缘。"),
            doc("c/", "婚姻登记", &[], "婚姻登记 assistance"),
        ];
        let mut live = Live::new(before.clone(), 4, vec![0, 1]);
        assert_eq!(live.files(), build(&before, 4, &[0, 1]).files);
        let mut after = before.clone();
        after[1] = doc("b/", "养老服务改", &[], "居家养老服务和社区食堂。");
        assert!(live.fits(after.len(), 4));
        assert!(!live.fits(after.len() + 1, 4) && !live.fits(after.len(), 8));
        let changed = live.replace(
            vec![0, 1],
            [
                (1, after[1].clone()),
                (0, after[0].clone()),
                (9, after[2].clone()),
            ],
        );
        let full = build(&after, 4, &[0, 1]).files;
        assert_eq!(live.files(), full);
        for (name, bytes) in &changed {
            assert_eq!(Some(bytes), full.get(name), "{name}");
        }
        let old = build(&before, 4, &[0, 1]).files;
        for (name, bytes) in &full {
            assert!(
                changed.contains_key(name) || old.get(name) == Some(bytes),
                "{name} changed but was not returned"
            );
        }
        assert!(changed.contains_key("f/1.json") && !changed.contains_key("f/0.json"));
        assert!(
            !changed.contains_key("meta.json"),
            "a new title is in the doc's pack, not the meta file"
        );
        // Only the shards whose postings changed are made again.
        for (name, bytes) in &changed {
            assert!(
                old.get(name) != Some(bytes),
                "{name} was made again unchanged"
            );
        }
        assert!(
            live.replace(vec![0, 1], after.clone().into_iter().enumerate())
                .is_empty(),
            "nothing changed, nothing made"
        );
        after[2].tier = 1;
        let changed = live.replace(vec![0, 1], [(2, after[2].clone())]);
        assert_eq!(
            changed.keys().collect::<Vec<_>>(),
            ["meta.json"],
            "a tier is in the meta file only"
        );
        assert_eq!(live.files(), build(&after, 4, &[0, 1]).files);
    }

    #[test]
    fn an_added_word_makes_only_the_shards_of_its_tokens_again() {
        let body = "城市低保标准提高，农村低保和低保边缘家庭纳入救助，临时救助及时发放。";
        let docs = vec![
            doc("a/", "低保", &[], body),
            doc("b/", "养老", &[], "居家养老服务"),
        ];
        let mut live = Live::new(docs.clone(), 64, vec![0]);
        let old = live.files();
        let mut after = docs.clone();
        after[0].body.push_str("婚姻");
        let changed = live.replace(vec![0], [(0, after[0].clone())]);
        assert_eq!(live.files(), build(&after, 64, &[0]).files);
        let shards: Vec<&String> = changed.keys().filter(|n| n.starts_with("s/")).collect();
        // 婚, 姻 and 婚姻 (and the bigram across the join) are new; the page's other tokens keep their postings.
        assert!(!shards.is_empty() && shards.len() <= 4, "{shards:?}");
        for (name, bytes) in &changed {
            assert!(
                old.get(name) != Some(bytes),
                "{name} was made again unchanged"
            );
        }
    }

    #[test]
    fn a_live_index_cut_into_new_packs_writes_what_a_build_writes() {
        let docs: Vec<Doc> = (0..6)
            .map(|i| {
                doc(
                    &format!("{i}/"),
                    &format!("第{i}篇"),
                    &[],
                    &"低保".repeat(i + 1),
                )
            })
            .collect();
        let mut live = Live::new(docs.clone(), 2, vec![0, 2, 4]);
        let old = live.files();
        let mut after = docs.clone();
        after[0].body.push_str("标准提高");
        let changed = live.replace(vec![0, 3], [(0, after[0].clone())]);
        let full = build(&after, 2, &[0, 3]).files;
        let mut kept = live.files();
        assert_eq!(kept, full);
        for (name, bytes) in &changed {
            assert_eq!(Some(bytes), full.get(name), "{name}");
        }
        for (name, bytes) in &full {
            assert!(
                changed.contains_key(name) || old.get(name) == Some(bytes),
                "{name} changed but was not returned"
            );
        }
        assert!(changed.contains_key("meta.json") && changed.contains_key("f/1.json"));
        assert!(
            !changed.contains_key("f/2.json"),
            "a pack that is gone is the plan's to delete"
        );
        kept.retain(|name, _| name.starts_with("f/"));
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn postings_counted_in_many_chunks_are_those_of_one_list() {
        // Enough docs for several chunks and waves, each token in some docs of each chunk, some in the title.
        let words = ["低保", "养老", "婚姻", "救助", "assistance"];
        let docs: Vec<Doc> = (0..(WAVE + 1) * CHUNK + 7)
            .map(|i| {
                let body: Vec<&str> = words
                    .iter()
                    .enumerate()
                    .filter(|(w, _)| i % (w + 2) == 0)
                    .map(|(_, word)| *word)
                    .collect();
                doc(
                    &format!("{i}/"),
                    words[i % 5],
                    &[],
                    &body.join(" ").repeat(i % 9),
                )
            })
            .collect();
        let live = Live::new(docs.clone(), 4, vec![0]);
        let built = build(&docs, 4, &[0]);
        assert_eq!(built.files, live.files());
        let list = shard(&built, "救助", 4).unwrap();
        assert!(list.len() > CHUNK && list.windows(2).all(|w| w[0][0] < w[1][0]));
    }

    #[test]
    fn shard_count_grows_with_text_in_powers_of_two() {
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(2 * 1024), 1);
        assert_eq!(shard_count(2 * 1024 + 1), 2);
        assert_eq!(shard_count(50 * 1024), 32);
        assert_eq!(shard_count(1024 * 1024), 512);
        assert_eq!(shard_count(usize::MAX / 2), 512);
    }
}
