//! The 政府信息公开 part of a portal (issue 17, points 2, 4 and 5), on the `portal_docs` fixture: each document's
//! metadata block and guideline tags, the catalogue's lists by 主题分类 and by year, the checks of the document
//! fields (`portal_docs_bad`), corrections on the dataset page, wherever the figure is quoted and in the feed, the
//! `check` warning for a figure changed without a revision, and `data/catalog.jsonld` (DCAT-AP 3), validated
//! against the vendored SHACL shapes when `pyshacl` is installed.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{fixture, read, repo, stderr, sunlight};
use serde_json::Value as Json;

fn built() -> tempfile::TempDir {
    let site = fixture("portal_docs");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    site
}

/// The text of the first element starting with `open`, up to the next `close`.
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("no {open} in:\n{html}"));
    let rest = &html[start..];
    &rest[..rest.find(close).map_or(rest.len(), |e| e + close.len())]
}

#[test]
fn a_document_shows_its_fields_as_a_definition_list_and_in_the_guideline_tags() {
    let site = built();
    let page = read(&site.path().join("public"), "xxgk/report/index.html");
    let block = between(&page, "<section class=\"doc-meta\"", "</section>");
    for (key, label, value) in [
        ("index_no", "索引号", "000000-2023-00012"),
        ("topic", "主题分类", "工作总结"),
        ("issuer", "发文机关", "测试区民政局"),
        ("doc_no", "文号", "测民发〔2023〕12号"),
        (
            "written",
            "成文日期",
            "<time datetime=\"2023-11-28\">2023年11月28日</time>",
        ),
        (
            "date",
            "发布日期",
            "<time datetime=\"2023-11-30\">2023年11月30日</time>",
        ),
        ("validity", "有效性", "有效"),
    ] {
        assert!(
            block.contains(&format!(
                "<div class=\"doc-meta-{key}\"><dt>{label}</dt><dd>{value}</dd></div>"
            )),
            "{key}:\n{block}"
        );
    }
    assert!(
        block.contains("aria-labelledby=\"h-doc-meta\"") && block.contains("<dl "),
        "{block}"
    );
    for tag in [
        "<meta name=\"ArticleTitle\" content=\"测试区民政局2023年工作总结\">",
        "<meta name=\"PubDate\" content=\"2023-11-30\">",
        "<meta name=\"ContentSource\" content=\"测试区民政局\">",
        "<meta name=\"ColumnName\" content=\"政府信息公开目录\">",
        "<meta name=\"Keywords\" content=\"测试区民政局2023年工作总结,工作总结,",
    ] {
        assert!(page.contains(tag), "{tag}");
    }
    let plain = read(&site.path().join("public"), "about/index.html");
    assert!(
        !plain.contains("doc-meta"),
        "a page without document fields has no block"
    );
}

#[test]
fn the_catalogue_lists_every_document_by_topic_and_by_year_without_a_script() {
    let site = built();
    let out = site.path().join("public");
    let page = read(&out, "xxgk/index.html");
    let topics = between(
        &page,
        "<section class=\"gov-view gov-view-topic\"",
        "<section class=\"gov-view gov-view-year\"",
    );
    let order: Vec<usize> = ["养老服务", "社会救助", "工作总结"]
        .iter()
        .map(|t| {
            topics
                .find(&format!("\">{t}</h4>"))
                .unwrap_or_else(|| panic!("no list for {t}:\n{topics}"))
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "topics in the order of their newest document: {order:?}"
    );
    let years = between(
        &page,
        "<section class=\"gov-view gov-view-year\"",
        "</section>\n  </section>",
    );
    let y2024 = between(years, "<h4 id=\"year-1\">2024年</h4>", "</ol>");
    let y2023 = between(years, "<h4 id=\"year-2\">2023年</h4>", "</ol>");
    assert_eq!(y2024.matches("class=\"gov-entry\"").count(), 1, "{y2024}");
    assert_eq!(y2023.matches("class=\"gov-entry\"").count(), 2, "{y2023}");
    assert!(
        y2023.find("notice-old/").unwrap() < y2023.find("report/").unwrap(),
        "newest first"
    );
    assert!(
        y2023.contains("<dd>测民发〔2023〕12号</dd>")
            && y2023.contains("<dd>000000-2023-00012</dd>")
    );
    assert!(
        page.contains("<a href=\"#topic-1\">养老服务<span class=\"count\">（1）</span></a>"),
        "jump links to each list"
    );
    // The filter is a progressive enhancement: hidden in the HTML, loaded from a file (the CSP runs no inline
    // script).
    assert!(page.contains("<div class=\"gov-filter\" hidden>"));
    assert!(page.contains("<script src=\"/mzj/js/gov-catalogue.js\" defer></script>"));
    assert!(
        !page.contains("<script>") && !page.contains("onchange="),
        "no inline script"
    );
    assert!(out.join("js/gov-catalogue.js").is_file());
    let other = read(&out, "xxgk/report/index.html");
    assert!(
        !other.contains("gov-catalogue.js"),
        "only the catalogue page loads the filter"
    );
}

#[test]
fn document_fields_are_checked_at_their_file_line_and_column() {
    let site = fixture("portal_docs_bad");
    let out = sunlight(site.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!site.path().join("public").exists(), "nothing written");
    let err = stderr(&out);
    for line in [
        "content/a.md:3:7: error: the 成文日期 (written) `2023-02-30` is not a date",
        "content/b.md:4:5: error: `XX民发2023年12号` is not a 文号 (doc_no)",
        "content/c.md:3:11: error: the 索引号 (index_no) `dup-001` is already used by content/b.md",
        "content/d.md:3:10: error: the 成文日期 (written) 2023-12-01 is after the 发布日期 (date) 2023-11-30",
        "data/orgs.yaml:8:39: error: the dataset has no row `不存在`",
        "data/orgs.yaml:9:12: error: the revision date `2024-13-01` is not a date",
    ] {
        assert!(err.contains(line), "missing `{line}` in:\n{err}");
    }
    assert!(
        err.contains("content/e.md:3:9: warning: the 文号 `XX民发[2023]7号` puts its year in []; the standard form (GB/T 9704-2012) is 〔〕"),
        "other brackets are accepted, saying which is expected:\n{err}"
    );
    assert!(
        err.contains("hint: write the issuer's code, the year in 〔〕 and the number with 号"),
        "{err}"
    );
}

#[test]
fn a_catalogue_page_that_is_not_a_page_is_an_error() {
    let site = fixture("portal_docs");
    let yaml = site.path().join("site.yaml");
    let text = fs::read_to_string(&yaml).unwrap();
    fs::write(
        &yaml,
        text.replace("catalogue_page: xxgk/", "catalogue_page: gongkai/"),
    )
    .unwrap();
    let out = sunlight(site.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("gov.catalogue_page `gongkai/` is not a page of the site"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_corrected_figure_shows_its_previous_value_on_its_dataset_page_and_where_it_is_quoted() {
    let site = built();
    let out = site.path().join("public");
    let dataset = read(&out, "data/orgs/index.html");
    let notice = between(
        &dataset,
        "<section class=\"notice notice-revision\" id=\"corrections\"",
        "</section>",
    );
    assert!(
        notice.contains("<time datetime=\"2024-01-15\">2024年1月15日</time>：更正社会组织数量"),
        "{notice}"
    );
    assert!(
        notice.contains("原为<del>90个</del>，现为<ins>84个</ins>（原因：原数字含已注销的6家）"),
        "{notice}"
    );
    assert!(
        notice.contains("href=\"#row-%E7%A4%BE%E4%BC%9A%E7%BB%84%E7%BB%87.count\""),
        "the notice links to the cell"
    );
    for path in ["about/index.html", "xxgk/report/index.html"] {
        let page = read(&out, path);
        assert!(
            page.contains(
                ">84个</a><a class=\"correction-mark\" href=\"/mzj/data/orgs/#corrections\""
            ),
            "{path}: the quoted figure carries the mark"
        );
        assert!(
            page.contains("\">更正<span class=\"visually-hidden\">：此数字于2024年1月15日更正，原为90个</span></a>"),
            "{path}: the note is read with the mark"
        );
    }
    let homes = read(&out, "data/homes/index.html");
    assert!(
        !homes.contains("correction-mark") && !homes.contains("id=\"corrections\""),
        "an uncorrected dataset has no notice"
    );
    let notice_page = read(&out, "xxgk/notice/index.html");
    assert!(
        notice_page.contains("2024年1月10日</time>：更正申报截止日期（原因：原文笔误）"),
        "a page's own revisions are listed on it"
    );
}

#[test]
fn corrections_are_entries_of_the_feed() {
    let site = built();
    let feed = read(&site.path().join("public"), "atom.xml");
    let entry = between(
        &feed,
        "<entry>\n    <title>更正：社会组织登记情况</title>",
        "</entry>",
    );
    assert!(
        entry.contains("href=\"https://example.gov.cn/mzj/data/orgs/#corrections\""),
        "{entry}"
    );
    assert!(
        entry.contains("<id>https://example.gov.cn/mzj/data/orgs/#revision-2024-01-15</id>"),
        "{entry}"
    );
    assert!(
        entry.contains("<updated>2024-01-15T00:00:00Z</updated>"),
        "{entry}"
    );
    assert!(
        entry.contains("<summary>更正社会组织数量（原因：原数字含已注销的6家）</summary>"),
        "{entry}"
    );
    assert!(feed.contains("<title>更正：关于开展2024年度养老服务补贴申报的通知（虚构）</title>"));
    assert!(
        feed.contains("<updated>2024-01-15T00:00:00Z</updated>\n  <author>"),
        "the feed is as new as its newest correction"
    );
}

fn set_homes_beds(site: &Path, from: &str, to: &str) {
    let path = site.join("data/homes.yaml");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from));
    fs::write(&path, text.replace(from, to)).unwrap();
}

#[test]
fn check_warns_when_a_published_figure_changed_since_the_last_build_without_a_revision() {
    let site = built();
    let kept = fs::read_to_string(site.path().join(".sunlight/published.json")).unwrap();
    assert!(
        kept.contains("\"第一养老院\"") && kept.contains("\"beds\": 120"),
        "{kept}"
    );
    let quiet = sunlight(site.path(), &["check"]);
    assert!(quiet.status.success(), "{}", stderr(&quiet));
    assert!(!stderr(&quiet).contains("changed since the last build"));

    set_homes_beds(site.path(), "beds: 120", "beds: 125");
    let out = sunlight(site.path(), &["check"]);
    let err = stderr(&out);
    assert!(
        err.contains("data/homes.yaml:11:1: warning: published figures of `homes` changed since the last build with no revision saying so (the published value in brackets): 第一养老院 · beds (120)"),
        "{err}"
    );
    assert!(
        err.contains("row: 第一养老院, column: beds"),
        "the hint names the cell:\n{err}"
    );
    let strict = sunlight(site.path(), &["check", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "an error with --strict");

    // A revision naming the cell says so: no warning.
    let path = site.path().join("data/homes.yaml");
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str("revisions:\n  - {date: 2024-02-01, what: 更正床位数, row: 第一养老院, column: beds, previous: 120}\n");
    fs::write(&path, text).unwrap();
    let out = sunlight(site.path(), &["check"]);
    assert!(
        !stderr(&out).contains("changed since the last build"),
        "{}",
        stderr(&out)
    );
    // A revision naming another cell does not cover this one.
    set_homes_beds(site.path(), "beds: 80", "beds: 81");
    let err = stderr(&sunlight(site.path(), &["check"]));
    assert!(
        err.contains("第二养老院 · beds (80)") && !err.contains("第一养老院 · beds"),
        "{err}"
    );
    // The build says so too before it keeps the new figure, and a strict build publishes nothing.
    let strict = sunlight(site.path(), &["build", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
    assert!(stderr(&strict).contains("第二养老院 · beds (80)"));
    let build = sunlight(site.path(), &["build"]);
    assert!(build.status.success(), "{}", stderr(&build));
    assert!(
        stderr(&build).contains("第二养老院 · beds (80)"),
        "{}",
        stderr(&build)
    );
    let after = stderr(&sunlight(site.path(), &["check"]));
    assert!(!after.contains("changed since the last build"), "{after}");
}

fn catalog(site: &Path) -> Json {
    serde_json::from_str(&read(&site.join("public"), "data/catalog.jsonld")).expect("JSON")
}

#[test]
fn the_dcat_catalogue_lists_every_dataset_with_its_distributions_licence_and_coverage() {
    let site = built();
    let c = catalog(site.path());
    assert_eq!(c["@type"], "dcat:Catalog");
    assert_eq!(
        c["dct:license"]["@id"],
        "https://creativecommons.org/licenses/by/4.0/"
    );
    assert_eq!(c["dct:publisher"]["foaf:name"]["@value"], "测试区民政局");
    let datasets = c["dcat:dataset"].as_array().unwrap();
    let ids: Vec<&str> = datasets
        .iter()
        .map(|d| d["dct:identifier"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["homes", "orgs"]);
    let orgs = &datasets[1];
    assert_eq!(orgs["@id"], "https://example.gov.cn/mzj/data/orgs/");
    let dist = orgs["dcat:distribution"].as_array().unwrap();
    assert_eq!(dist.len(), 2);
    assert_eq!(
        dist[0]["dcat:downloadURL"]["@id"],
        "https://example.gov.cn/mzj/data/orgs.csv"
    );
    assert_eq!(
        dist[0]["dct:format"]["@id"],
        "http://publications.europa.eu/resource/authority/file-type/CSV"
    );
    assert_eq!(
        dist[1]["dcat:downloadURL"]["@id"],
        "https://example.gov.cn/mzj/data/orgs.json"
    );
    assert_eq!(
        dist[1]["dcat:mediaType"]["@id"],
        "http://www.iana.org/assignments/media-types/application/json"
    );
    assert_eq!(
        dist[0]["dct:license"]["@id"], "https://creativecommons.org/licenses/by/4.0/",
        "the site's licence where the dataset names none"
    );
    assert_eq!(
        orgs["dct:temporal"]["dcat:startDate"]["@value"],
        "2023-01-01"
    );
    assert_eq!(orgs["dct:temporal"]["dcat:endDate"]["@value"], "2023-10-31");
    assert_eq!(orgs["dct:spatial"]["skos:prefLabel"]["@value"], "测试区");
    assert_eq!(
        orgs["dct:modified"]["@value"], "2024-01-15",
        "the latest revision"
    );
    assert_eq!(
        orgs["dcat:contactPoint"]["vcard:hasEmail"]["@id"],
        "mailto:mzj@example.gov.cn"
    );
    assert!(
        orgs["adms:versionNotes"][0]["@value"]
            .as_str()
            .unwrap()
            .contains("更正社会组织数量")
    );
    let homes = &datasets[0];
    assert_eq!(
        homes["dcat:distribution"][0]["dct:license"]["@id"], "https://example.gov.cn/mzj/licence/",
        "a dataset's own licence"
    );
    assert_eq!(
        homes["dct:accrualPeriodicity"]["@id"],
        "http://publications.europa.eu/resource/authority/frequency/ANNUAL"
    );
    assert_eq!(homes["dct:modified"]["@value"], "2023-12-31");
    let homes_page = read(&site.path().join("public"), "data/homes/index.html");
    assert!(homes_page.contains(
        "<a href=\"https://example.gov.cn/mzj/licence/\" rel=\"license\">测试区政府数据开放许可</a>"
    ));
}

/// `pyshacl` from `SUNLIGHT_PYSHACL`, the CI's venv or the PATH.
fn pyshacl() -> Option<PathBuf> {
    let candidates = std::env::var_os("SUNLIGHT_PYSHACL")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            repo().join("target/ci-venv/bin/pyshacl"),
            PathBuf::from("pyshacl"),
        ]);
    candidates.into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn the_dcat_catalogue_conforms_to_the_dcat_ap_shapes() {
    let Some(validator) = pyshacl() else {
        eprintln!(
            "pyshacl is not installed (.ci/run installs it into target/ci-venv): shapes not checked"
        );
        return;
    };
    let site = built();
    let file = site.path().join("public/data/catalog.jsonld");
    for shapes in ["shapes.ttl", "range.ttl"] {
        let out = Command::new(&validator)
            .arg("-s")
            .arg(repo().join("tests/dcat-ap").join(shapes))
            .args(["-df", "json-ld"])
            .arg(&file)
            .output()
            .expect("run pyshacl");
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && report.contains("Conforms: True"),
            "{shapes}:\n{report}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
