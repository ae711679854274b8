//! What readers get around the content (issue 16): the government footer from `gov:` and its checks, the contents
//! list of a long page, the catalogue grouped by topic with its ZIP of every CSV, and a dataset's metadata panel.
//! The fixture `readers_navigation` is a small site with a report section, a topic, an example dataset and a full `gov:`.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::io::{Cursor, Read, Write};
use std::path::Path;

use common::{fixture, read, stderr, sunlight, tree};

fn built() -> tempfile::TempDir {
    let site = fixture("readers_navigation");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    site
}

fn edit(site: &Path, from: &str, to: &str) {
    let path = site.join("site.yaml");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "site.yaml has no `{from}`");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Builds with `site.yaml` changed, expects exit 1 with the message at `location`, and `public/` as it was.
fn refused(from: &str, to: &str, location: &str, words: &str) {
    let site = built();
    let before = tree(&site.path().join("public"));
    edit(site.path(), from, to);
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(location), "expected `{location}` in:\n{err}");
    assert!(err.contains(words), "expected `{words}` in:\n{err}");
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(before, tree(&site.path().join("public")), "public/ changed");
}

#[test]
fn the_footer_carries_every_item_of_the_guidelines() {
    let site = built();
    for page in [
        "index.html",
        "report/care/index.html",
        "data/index.html",
        "data/facilities/index.html",
    ] {
        let html = read(&site.path().join("public"), page);
        let footer = &html[html
            .find("<footer")
            .unwrap_or_else(|| panic!("{page}: no footer"))..];
        for expected in [
            "主办单位</dt><dd>测试区民政局</dd>",
            "承办单位</dt><dd>测试区民政局办公室</dd>",
            "测试省测试市测试路00号",
            "href=\"tel:000011112222\">0000-11112222</a>",
            "href=\"mailto:office@example.gov.cn\">office@example.gov.cn</a>",
            "href=\"https://zfwzzc.www.gov.cn/\" rel=\"external\">我为政府网站找错</a>",
            "href=\"https://beian.miit.gov.cn/\" rel=\"external\">测ICP备00000000号</a>",
            "href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11223344556677\"",
            "<a class=\"party-mark\" href=\"https://bszs.conac.cn/\" rel=\"external\"><img src=\"/mzj/images/mark.svg\"",
            "href=\"/mzj/privacy/\">隐私声明</a>",
            "href=\"/mzj/licence/\">数据使用许可</a>",
        ] {
            assert!(
                footer.contains(expected),
                "{page}: the footer lacks {expected}"
            );
        }
    }
    let home = read(&site.path().join("public"), "index.html");
    let nav = &home[home.find("class=\"site-nav\"").unwrap()..home.find("</nav>").unwrap()];
    assert!(
        !nav.contains("隐私声明") && !nav.contains("数据使用许可"),
        "the footer pages stay out of the main navigation"
    );
}

#[test]
fn a_contact_not_listed_in_privacy_allow_stops_the_build_at_its_line() {
    refused(
        "    - {value: \"0000-11112222\", reason: 办公室公开电话（虚构）}\n",
        "",
        "site.yaml:15:3",
        "gov.phone is printed on every page",
    );
    refused(
        "    - {value: office@example.gov.cn, reason: 办公室公开邮箱（虚构）}\n",
        "",
        "site.yaml:16:3",
        "gov.email is printed on every page",
    );
}

#[test]
fn malformed_gov_values_are_refused_at_their_key() {
    refused(
        "email: office@example.gov.cn",
        "email: office at example",
        "site.yaml:17:3",
        "is not an e-mail address",
    );
    refused(
        "report_error_url: https://zfwzzc.www.gov.cn/",
        "report_error_url: javascript:alert(1)",
        "site.yaml:18:3",
        "is not an http:// or https:// address",
    );
    refused(
        "privacy_page: privacy/",
        "privacy_page: ../../etc/",
        "site.yaml:20:3",
        "is not a path inside the site",
    );
    refused(
        "  host: 测试区民政局\n",
        "  hots: 测试区民政局\n",
        "site.yaml",
        "hots",
    );
}

#[test]
fn long_pages_get_a_contents_list_and_anchored_headings() {
    let site = built();
    let html = read(&site.path().join("public"), "report/care/index.html");
    assert!(
        html.contains("<h2 id=\"一是设施建设\">一是设施建设</h2>"),
        "{html}"
    );
    assert!(
        html.contains("<h2 id=\"二是补贴发放-2\">"),
        "a repeated heading gets its own id"
    );
    let toc = &html[html.find("<nav class=\"toc\"").expect("a contents list")..];
    let toc = &toc[..toc.find("</nav>").unwrap()];
    assert!(toc.contains("本页目录"));
    assert!(
        toc.contains(
            "href=\"#%E4%B8%80%E6%98%AF%E8%AE%BE%E6%96%BD%E5%BB%BA%E8%AE%BE\">一是设施建设</a>"
        ),
        "{toc}"
    );
    assert_eq!(toc.matches("<li").count(), 3);
    assert!(html.contains("class=\"back-to-top\"><a href=\"#main\">"));
    let short = read(&site.path().join("public"), "privacy/index.html");
    assert!(
        !short.contains("class=\"toc\""),
        "a page without two headings has no contents list"
    );
}

#[test]
fn the_catalogue_is_grouped_by_topic_with_the_shared_source_once() {
    let site = built();
    let html = read(&site.path().join("public"), "data/index.html");
    let titles: Vec<&str> = html
        .match_indices("class=\"topic-title\">")
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            &rest[..rest.find('<').unwrap()]
        })
        .collect();
    // The section citing two datasets first, then the declared topic nothing cites, then the example data.
    assert_eq!(
        titles,
        ["工作报告", "社会救助", "示例数据（虚构，用于演示）"]
    );
    let report = &html[html.find("id=\"topic-1\"").unwrap()..html.find("id=\"topic-2\"").unwrap()];
    assert_eq!(
        report.matches("测试区民政局2023年度工作总结").count(),
        1,
        "the shared source is stated once"
    );
    assert!(report.contains("养老服务设施") && report.contains("高龄津贴"));
    for id in ["topic-1", "topic-2", "topic-3"] {
        assert!(
            html.contains(&format!("href=\"#{id}\"")),
            "jump link to {id}"
        );
    }
    assert!(
        html.contains("class=\"catalogue-filter\" hidden"),
        "the filter shows only once the script runs"
    );
    assert!(html.contains("href=\"/mzj/data/all-csv.zip\""));
}

#[test]
fn the_csv_zip_is_sorted_timestamped_once_and_identical_across_builds() {
    let site = built();
    let zip = fs::read(site.path().join("public/data/all-csv.zip")).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(&zip)).unwrap();
    let names: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "allowances.csv",
            "demo.csv",
            "facilities.csv",
            "standards.csv"
        ]
    );
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let t = entry.last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day()), (1980, 1, 1));
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        let name = entry.name().unwrap().to_string();
        let own = read(&site.path().join("public"), &format!("data/{name}"));
        assert_eq!(text, own, "{name} in the zip is the published CSV");
    }
    let again = sunlight(site.path(), &["build"]);
    assert!(again.status.success());
    assert_eq!(
        zip,
        fs::read(site.path().join("public/data/all-csv.zip")).unwrap()
    );
}

/// The ZIP is an output file like any other: the egress scan opens it entry by entry.
#[test]
fn the_egress_scan_reads_inside_the_csv_zip() {
    let mut buf = Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file("leak.csv", zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all("\u{feff}项目,电话\r\n甲,13800138000\r\n".as_bytes())
            .unwrap();
        z.finish().unwrap();
    }
    let file = sunlight::render::OutputFile {
        path: "data/all-csv.zip".into(),
        bytes: buf.into_inner(),
        source: "data".into(),
    };
    let detector = sunlight::privacy::detect::Detector::new(&[], &[], &[], "〔已隐去〕");
    let found = sunlight::egress::scan(&[file], &detector, &BTreeSet::new(), &[]);
    assert!(!found.is_empty(), "a phone number inside the zip is found");
    let text = format!("{found:?}");
    assert!(
        found[0].message().contains("(mobile number) in leak.csv"),
        "the error names the entry: {text}"
    );
    assert!(
        !text.contains("13800138000"),
        "the value itself is never printed"
    );
}

#[test]
fn a_dataset_page_describes_its_fields_frequency_licence_contact_and_citations() {
    let site = built();
    let html = read(&site.path().join("public"), "data/facilities/index.html");
    let panel = &html[html
        .find("class=\"dataset-about\"")
        .expect("a metadata panel")..];
    let panel = &panel[..panel.find("</section>").unwrap()];
    for expected in [
        "更新频率</dt><dd>每季度</dd>",
        "使用许可</dt><dd><a href=\"/mzj/licence/\">数据使用许可</a>",
        "<a href=\"tel:000011112222\">0000-11112222</a>",
        "<tr><th scope=\"row\">数量</th><td><code>count</code></td><td>整数</td><td>个</td></tr>",
        "<tr><th scope=\"row\">项目</th><td><code>item</code></td><td>文本</td><td>—</td></tr>",
        "引用本数据的页面",
        "<li><a href=\"/mzj/report/care/\">养老服务</a></li>",
    ] {
        assert!(
            panel.contains(expected),
            "the panel lacks {expected}:\n{panel}"
        );
    }
    let demo = read(&site.path().join("public"), "data/demo/index.html");
    assert!(
        demo.contains("class=\"notice notice-example\""),
        "example data says so"
    );
    assert!(
        !demo.contains("引用本数据的页面"),
        "no citing pages, no list"
    );
}

#[test]
fn search_lists_example_data_after_real_data() {
    let site = built();
    let public = site.path().join("public");
    let json =
        |rel: &str| -> serde_json::Value { serde_json::from_str(&read(&public, rel)).unwrap() };
    let meta = json("search/index/meta.json");
    // Each document's path is in its pack, in document order; meta.json lists the documents of each tier but 0.
    let packs = meta["packs"].as_array().unwrap().len();
    let paths: Vec<String> = (0..packs)
        .flat_map(|k| {
            json(&format!("search/index/f/{k}.json"))
                .as_array()
                .unwrap()
                .iter()
                .map(|card| card[0].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let tier = |path: &str| {
        let d = paths
            .iter()
            .position(|p| p == path)
            .unwrap_or_else(|| panic!("{path} not indexed"));
        meta["tiers"]
            .as_object()
            .unwrap()
            .iter()
            .find(|(_, docs)| docs.as_array().unwrap().contains(&d.into()))
            .map_or(0, |(t, _)| t.parse::<u64>().unwrap())
    };
    assert_eq!(tier("data/demo/"), 1);
    assert_eq!(tier("data/facilities/"), 0);
    assert_eq!(tier("report/care/"), 0);
}
