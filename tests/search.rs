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

/// Documents (by path) whose postings for `token` are in the right shard.
fn docs_with(out: &std::path::Path, token: &str) -> Vec<String> {
    let meta = json(out, "search/index/meta.json");
    let shards = meta["shards"].as_u64().expect("shard count");
    let shard = json(
        out,
        &format!("search/index/s/{}.json", shard_of(token, shards)),
    );
    let Some(list) = shard[token].as_array() else {
        return Vec::new();
    };
    assert_eq!(
        list.len() % 3,
        0,
        "postings come in (doc, tf, where) triples"
    );
    list.chunks(3)
        .map(|t| {
            let d = t[0].as_u64().expect("doc id") as usize;
            meta["docs"][d][0].as_str().expect("doc path").to_string()
        })
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
    let docs = meta["docs"].as_array().expect("docs");
    let third = docs
        .iter()
        .position(|d| d[0] == "news/third/")
        .expect("the new page is indexed");
    assert_eq!(docs[third][1], "Elderly care 养老服务");
    assert_eq!(docs[third][2], "新闻");
    assert_eq!(
        text_of(&public, &meta, third),
        "婚姻登记 Assistance for ELDERLY residents."
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

    let meta = json(&public, "search/index/meta.json");
    let shards = meta["shards"].as_u64().expect("shard count");
    for k in 0..shards {
        assert!(files.contains_key(&format!("search/index/s/{k}.json")));
    }
    let docs = meta["docs"].as_array().expect("docs").len();
    let packs = meta["packs"].as_array().expect("packs").len();
    for k in 0..packs {
        assert!(files.contains_key(&format!("search/index/f/{k}.json")));
    }
    assert!(!files.contains_key(&format!("search/index/f/{packs}.json")));
    for d in 0..docs {
        assert!(!text_of(&public, &meta, d).is_empty(), "doc {d} has a text");
    }
}

/// Document `d`'s text, from the pack holding it, found as the browser script finds it.
fn text_of(out: &std::path::Path, meta: &Value, d: usize) -> String {
    let starts: Vec<usize> = meta["packs"]
        .as_array()
        .expect("packs")
        .iter()
        .map(|s| s.as_u64().expect("pack start") as usize)
        .collect();
    assert_eq!(starts.first(), Some(&0), "the first pack starts at doc 0");
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "packs ascend");
    let k = starts.iter().rposition(|&s| s <= d).expect("a pack");
    let pack = json(out, &format!("search/index/f/{k}.json"));
    pack[d - starts[k]]
        .as_str()
        .unwrap_or_else(|| panic!("pack {k} lacks doc {d}"))
        .to_string()
}
