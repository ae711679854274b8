//! The search index a build writes: made from the published pages (nothing the privacy stage removed, no drafts,
//! no HTML comments), split into shards that hold each token where the browser script will look for it, with a
//! search page that works under the base path and falls back to the HTML site map.

mod common;

use common::{fixture, read, stderr, sunlight, tree};
use serde_json::Value;

/// The browser script's shard function (FNV-1a of the key, modulo the shard count), written out again here so a
/// change on the Rust side that the script does not share fails this test.
fn shard_of(token: &str, shards: u64) -> u64 {
    let key: String = if token
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        token.chars().take(2).collect()
    } else {
        token.to_string()
    };
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    u64::from(h) % shards
}

fn json(dir: &std::path::Path, rel: &str) -> Value {
    serde_json::from_str(&read(dir, rel)).unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"))
}

/// The browser script's postings decoder (`decode` in search.js), written out again here for the same reason:
/// base-12 numbers in punctuation, each posting `((gap - 1) * 4 + where) * 8 + min(tf, 7)`, then `tf - 7` when
/// the frequency is 7 or more. Returns (document, tf, where) triples.
fn decode(code: &str) -> Vec<[u64; 3]> {
    const LAST: &str = "!#$'()*+,-./";
    const MORE: &str = ":;=?[]^_`{}~";
    let mut out: Vec<[u64; 3]> = Vec::new();
    let (mut next, mut n, mut tf_follows) = (0u64, 0u64, false);
    for c in code.chars() {
        if let Some(d) = MORE.find(c) {
            n = n * 12 + d as u64;
            continue;
        }
        let d = LAST
            .find(c)
            .unwrap_or_else(|| panic!("{c:?} is no digit of a posting"));
        n = n * 12 + d as u64;
        if tf_follows {
            out.last_mut().expect("a posting")[1] = 7 + n;
            tf_follows = false;
        } else {
            let doc = next + n / 32;
            out.push([doc, n % 8, (n / 8) % 4]);
            next = doc + 1;
            tf_follows = n % 8 == 7;
        }
        n = 0;
    }
    assert!(
        !tf_follows,
        "a frequency announced and not given in {code:?}"
    );
    out
}

/// The postings of `token`, from the shard the browser script would fetch for it.
fn postings(out: &std::path::Path, token: &str) -> Vec<[u64; 3]> {
    let meta = json(out, "search/index/meta.json");
    let shards = meta["shards"].as_u64().expect("shard count");
    let shard = json(
        out,
        &format!("search/index/s/{}.json", shard_of(token, shards)),
    );
    shard[token].as_str().map(decode).unwrap_or_default()
}

/// Documents (by path) whose postings for `token` are in the right shard.
fn docs_with(out: &std::path::Path, token: &str) -> Vec<String> {
    let meta = json(out, "search/index/meta.json");
    let list = postings(out, token);
    assert!(
        list.windows(2).all(|w| w[0][0] < w[1][0]),
        "postings ascend by document"
    );
    list.iter()
        .map(|p| card_of(out, &meta, p[0] as usize)[0].clone())
        .collect()
}

#[test]
fn index_finds_chinese_and_latin_tokens_in_their_shards() {
    let site = fixture("basic");
    std::fs::write(
        site.path().join("content/news/third.md"),
        "---\ntitle: Elderly care 养老服务\n---\n## 婚姻登记\n\nAssistance for ELDERLY residents.\n",
    )
    .expect("write page");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = site.path().join("public");

    assert_eq!(
        docs_with(&public, "低保"),
        ["", "news/first/", "data/assistance/"]
    );
    assert_eq!(docs_with(&public, "养老"), ["news/third/"]);
    assert_eq!(docs_with(&public, "婚姻"), ["news/third/"]);
    assert_eq!(docs_with(&public, "elderly"), ["news/third/"]);
    assert_eq!(docs_with(&public, "assistance"), ["news/third/"]);
    assert!(docs_with(&public, "医疗").is_empty());

    let meta = json(&public, "search/index/meta.json");
    let [third] = postings(&public, "elderly")[..] else {
        panic!("one page says elderly");
    };
    assert_eq!(third[1], 1, "once in the body");
    assert_eq!(third[2], 1, "and in the title");
    assert_eq!(
        card_of(&public, &meta, third[0] as usize),
        [
            "news/third/",
            "Elderly care 养老服务",
            "新闻",
            "婚姻登记 Assistance for ELDERLY residents."
        ]
    );
    let [marriage] = postings(&public, "婚姻")[..] else {
        panic!("one page says 婚姻");
    };
    assert_eq!(
        marriage,
        [third[0], 1, 2],
        "in a heading, which is in the text too"
    );
}

#[test]
fn index_holds_only_what_pages_publish() {
    let site = fixture("basic");
    std::fs::write(
        site.path().join("content/news/contact.md"),
        "---\ntitle: 联系\n---\n请发邮件至 zhangsan.private@example.com 咨询低保。\n",
    )
    .expect("write page");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = tree(&site.path().join("public"));
    let index: String = files
        .iter()
        .filter(|(p, _)| p.starts_with("search/index/"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    assert!(index.contains("咨询低保"), "the page is indexed");
    for withheld in ["zhangsan", "内部备注", "paidbegin", "不应发布", "草稿"] {
        assert!(
            !index.contains(withheld),
            "the index holds {withheld:?}, which no page publishes"
        );
    }
}

#[test]
fn search_page_and_site_map_work_under_the_base_path() {
    let site = fixture("basic");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = site.path().join("public");
    let files = tree(&public);
    assert!(files.contains_key("search/search.js"));

    let page = read(&public, "search/index.html");
    for needed in [
        "action=\"/mzj/search/\"",
        "data-index=\"/mzj/search/index/\"",
        "data-root=\"/mzj/\"",
        "<script src=\"/mzj/search/search.js\"></script>",
        "role=\"status\"",
        "<label for=\"search-q\">",
        "id=\"search-fallback\"",
        "href=\"/mzj/sitemap/\"",
    ] {
        assert!(page.contains(needed), "search page lacks {needed}");
    }
    assert!(
        !page.contains("site-search-q"),
        "one search form on the search page"
    );

    let home = read(&public, "index.html");
    assert!(home.contains("<form class=\"site-search\" role=\"search\" action=\"/mzj/search/\""));

    let map = read(&public, "sitemap/index.html");
    for link in [
        "/mzj/news/",
        "/mzj/news/first/",
        "/mzj/news/second/",
        "/mzj/data/",
        "/mzj/data/assistance/",
    ] {
        assert!(
            map.contains(&format!("href=\"{link}\"")),
            "site map lacks {link}"
        );
    }
    assert!(!map.contains("/mzj/news/draft/"));

    for (d, card) in every_file_the_meta_names_is_there(&public, "")
        .iter()
        .enumerate()
    {
        assert!(!card[3].is_empty(), "doc {d} has a text");
    }
}

/// Every shard and pack of the index below `prefix` (a language's folder) that its meta file names is published,
/// and no other; every document has its card, with the path of a published page. Returns the cards.
fn every_file_the_meta_names_is_there(public: &std::path::Path, prefix: &str) -> Vec<Vec<String>> {
    let files = tree(public);
    let index = format!("{prefix}search/index/");
    let meta = json(public, &format!("{index}meta.json"));
    let shards = meta["shards"].as_u64().expect("shard count");
    let packs = meta["packs"].as_array().expect("packs").len();
    let mut wanted: Vec<String> = (0..shards).map(|k| format!("{index}s/{k}.json")).collect();
    wanted.extend((0..packs).map(|k| format!("{index}f/{k}.json")));
    wanted.push(format!("{index}meta.json"));
    wanted.sort();
    let mut published: Vec<String> = files
        .keys()
        .filter(|k| k.starts_with(&index))
        .cloned()
        .collect();
    published.sort();
    assert_eq!(published, wanted, "{prefix}: the files the meta file names");
    let mut docs = 0;
    for k in 0..packs {
        let pack = json(public, &format!("{index}f/{k}.json"));
        docs += pack.as_array().expect("a pack is a list").len();
    }
    (0..docs)
        .map(|d| {
            let card = card_of_in(public, &index, &meta, d);
            assert!(
                files.contains_key(&format!("{}index.html", card[0])),
                "{prefix}: doc {d} links to a published page"
            );
            card
        })
        .collect()
}

#[test]
fn every_language_has_every_pack_its_meta_names() {
    // The English datasets' texts are far shorter than the Chinese ones: cut by the Chinese sizes, the English
    // index had another number of packs than the files planned for it, and some results no snippet.
    let site = fixture("bilingual");
    let long = "城乡低保对象的认定、保障标准和资金发放情况说明。".repeat(120);
    for (id, n) in [("alpha", 1), ("beta", 2), ("gamma", 3)] {
        std::fs::write(
            site.path().join(format!("data/{id}.yaml")),
            format!(
                "title: 低保{n}\ndescription: {long}\nsource: 工作总结\nas_of: 2023-10-31\ncolumns:\n  - {{key: persons, label: 人数, unit: 人, type: integer}}\nrows:\n  - {{persons: {n}}}\ntranslations:\n  en:\n    title: Allowance {n}\n    description: Short.\n    source: Work report\n    columns:\n      persons: {{label: Persons, unit: persons}}\n"
            ),
        )
        .expect("write dataset");
    }
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = site.path().join("public");
    let zh = json(&public, "search/index/meta.json");
    assert!(
        zh["packs"].as_array().expect("packs").len() > 2,
        "the Chinese index has several packs: {zh}"
    );
    every_file_the_meta_names_is_there(&public, "");
    let english = every_file_the_meta_names_is_there(&public, "en/");
    let short = english
        .iter()
        .filter(|card| card[0].starts_with("en/data/") && card[1].starts_with("Allowance"))
        .count();
    assert_eq!(short, 3, "each English dataset has its English card");
}

/// Document `d`'s card (path, title, section, text), from the pack holding it, found as the browser script finds
/// it.
fn card_of(out: &std::path::Path, meta: &Value, d: usize) -> Vec<String> {
    card_of_in(out, "search/index/", meta, d)
}

fn card_of_in(out: &std::path::Path, index: &str, meta: &Value, d: usize) -> Vec<String> {
    let starts: Vec<usize> = meta["packs"]
        .as_array()
        .expect("packs")
        .iter()
        .map(|s| s.as_u64().expect("pack start") as usize)
        .collect();
    assert_eq!(starts.first(), Some(&0), "the first pack starts at doc 0");
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "packs ascend");
    let k = starts.iter().rposition(|&s| s <= d).expect("a pack");
    let pack = json(out, &format!("{index}f/{k}.json"));
    let card = pack[d - starts[k]]
        .as_array()
        .unwrap_or_else(|| panic!("pack {k} lacks doc {d}"));
    assert_eq!(card.len(), 4, "path, title, section, text");
    card.iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}
