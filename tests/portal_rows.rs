//! Portal structure (issue 17): a page per row of a dataset from one `_row.md` template, section lists a page at a
//! time, and charts and tables numbered per page with `ref()`. The fixture `portal_rows` is a bilingual site with a
//! fictional township table (`towns`, one key needing percent-encoding, a total, a row without figures) and a
//! fictional records file (`aid`) whose small villages are withheld.

mod common;

use std::fs;
use std::path::Path;

use common::{fixture, read, stderr, sunlight, tree};

fn built() -> tempfile::TempDir {
    let site = fixture("portal_rows");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    site
}

fn write(site: &Path, rel: &str, text: &str) {
    let path = site.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Builds after `change`, expects exit 1 with `words` at `location`, a hint, and `public/` as it was.
fn refused(change: impl FnOnce(&Path), location: &str, words: &[&str]) -> String {
    let site = built();
    let before = tree(&site.path().join("public"));
    change(site.path());
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(location), "expected `{location}` in:\n{err}");
    for w in words {
        assert!(err.contains(w), "expected `{w}` in:\n{err}");
    }
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(before, tree(&site.path().join("public")), "public/ changed");
    err
}

/// The `href`s of the entries a section page lists, in order.
fn listed(html: &str) -> Vec<String> {
    html.split("<h3 class=\"entry-title\"><a href=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_string())
        .collect()
}

#[test]
fn every_row_gets_a_page_at_an_address_from_its_key() {
    let site = built();
    let public = site.path().join("public");
    for page in [
        "towns/甲镇/index.html",
        "towns/乙镇/index.html",
        "towns/丙街道/index.html",
        "towns/zone-7-东区/index.html",
        "towns/戊乡/index.html",
        "en/towns/甲镇/index.html",
        "en/towns/zone-7-东区/index.html",
    ] {
        assert!(public.join(page).is_file(), "{page} missing");
    }
    // A total is no place of its own, and the template is never published as itself.
    for absent in ["towns/合计", "en/towns/合计", "towns/_row", "towns/row"] {
        assert!(!public.join(absent).exists(), "{absent} was published");
    }
    // The section lists them in the dataset's order, each address percent-encoded.
    let index = read(&public, "towns/index.html");
    assert_eq!(
        listed(&index),
        [
            "/mzj/towns/%E7%94%B2%E9%95%87/",
            "/mzj/towns/%E4%B9%99%E9%95%87/",
            "/mzj/towns/%E4%B8%99%E8%A1%97%E9%81%93/",
            "/mzj/towns/zone-7-%E4%B8%9C%E5%8C%BA/",
            "/mzj/towns/%E6%88%8A%E4%B9%A1/",
        ]
    );
    assert!(index.contains(">甲镇民政工作概况</a>"), "{index}");
    let sitemap = read(&public, "sitemap.xml");
    assert!(sitemap.contains("https://example.gov.cn/mzj/towns/zone-7-%E4%B8%9C%E5%8C%BA/"));
    // The language versions of one row's page point at each other.
    let page = read(&public, "towns/zone-7-东区/index.html");
    assert!(page.contains(
        "hreflang=\"en\" href=\"https://example.gov.cn/mzj/en/towns/zone-7-%E4%B8%9C%E5%8C%BA/\""
    ));
}

#[test]
fn row_and_value_name_the_pages_own_row() {
    let site = built();
    let public = site.path().join("public");
    let a = read(&public, "towns/甲镇/index.html");
    assert!(
        a.contains("<title>甲镇民政工作概况 - 测试区民政局</title>"),
        "{a}"
    );
    assert!(a.contains("<p class=\"lead\">甲镇低保812户（虚构示例）</p>"));
    assert!(a.contains("<p>甲镇纳入低保<span class=\"fig-ref\"><a class=\"figure\" href=\"/mzj/data/towns/#row-%E7%94%B2%E9%95%87.households\">812户</a>"));
    assert!(a.contains("#row-%E7%94%B2%E9%95%87.persons\">1390人</a>"));
    assert!(a.contains("，人数以人计，"), "row.persons.label and .unit");
    let b = read(&public, "towns/乙镇/index.html");
    assert!(b.contains("#row-%E4%B9%99%E9%95%87.households\">645户</a>"));
    assert!(!b.contains("812户</a><button"), "乙镇 quotes 甲镇's figure");
    // A row without figures yet gets its page with dashes, never an empty link.
    let e = read(&public, "towns/戊乡/index.html");
    assert!(
        e.contains("<p>戊乡纳入低保<span class=\"figure-none\" title=\"无数据\">—</span>"),
        "{e}"
    );
    // The English template shows the row's English name and figures.
    let en = read(&public, "en/towns/甲镇/index.html");
    assert!(
        en.contains(
            "<title>Town A: civil affairs at a glance - Test District Civil Affairs</title>"
        ),
        "{en}"
    );
    assert!(en.contains("<p>Town A has <span class=\"fig-ref\"><a class=\"figure\" href=\"/mzj/en/data/towns/#row-Town-A.households\">812\u{a0}households</a>"), "{en}");
    // The dataset's page names the section once, not every page made from it.
    let data = read(&public, "data/towns/index.html");
    assert!(data.contains("/mzj/towns/\">乡镇（街道）</a>"), "{data}");
    assert!(!data.contains("甲镇民政工作概况"));
}

#[test]
fn figures_and_tables_are_numbered_in_page_order_and_referenced() {
    let site = built();
    let public = site.path().join("public");
    let a = read(&public, "towns/甲镇/index.html");
    assert!(a.contains(
        "<figcaption id=\"chart-towns-persons.caption\"><span class=\"figure-number\">图1</span> "
    ));
    assert!(a.contains("<caption id=\"tn-towns\"><span class=\"figure-number\">表1</span> "));
    assert!(a.contains("见<a class=\"xref\" href=\"#chart-towns-persons\">图1</a>和<a class=\"xref\" href=\"#tn-towns\">表1</a>"));
    // The chart's own table of its numbers is not one of the page's tables.
    assert!(a.contains("<caption id=\"chart-towns-persons.table\">各乡镇"));
    // The contents list still lists the headings, and only them.
    assert!(
        a.contains(
            "<summary id=\"toc-title\">本页目录<span class=\"toc-count\">（2 节）</span></summary>"
        ),
        "{a}"
    );
    let en = read(&public, "en/towns/甲镇/index.html");
    assert!(en.contains("(<a class=\"xref\" href=\"#chart-towns-persons\">Figure 1</a>, <a class=\"xref\" href=\"#tn-towns\">Table 1</a>)"));
    assert!(en.contains("<span class=\"figure-number\">Table 1</span> "));

    // Three figures on an ordinary page: numbered by kind, references before and after them.
    write(
        site.path(),
        "content/report.md",
        "---\ntitle: 报告\n---\n{{ ref(\"aid\") }}见后。\n\n{{ table(\"towns\") }}\n\n{{ chart(\"towns-persons\") }}\n\n{{ table(\"aid\") }}\n\n如{{ ref(\"table:towns\") }}所示。\n",
    );
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r = read(&public, "report/index.html");
    assert!(
        r.contains("<p><a class=\"xref\" href=\"#tn-aid\">表2</a>见后。</p>"),
        "{r}"
    );
    assert!(r.contains("<caption id=\"tn-aid\"><span class=\"figure-number\">表2</span> "));
    assert!(r.contains("<span class=\"figure-number\">图1</span>"));
    assert!(r.contains("如<a class=\"xref\" href=\"#tn-towns\">表1</a>所示"));
}

#[test]
fn an_unknown_reference_is_an_error_at_its_place_with_the_nearest_id() {
    let err = refused(
        |site| {
            write(
                site,
                "content/report.md",
                "---\ntitle: 报告\n---\n{{ chart(\"towns-persons\") }}\n\n正如 {{ ref(\"towns-person\") }} 所示。\n",
            )
        },
        "content/report.md:6:4: error:",
        &["towns-person", "did you mean `towns-persons`"],
    );
    assert!(!err.contains("panicked"));
    refused(
        |site| {
            write(
                site,
                "content/report.md",
                "---\ntitle: 报告\n---\n{{ ref(\"towns\") }}\n",
            )
        },
        "content/report.md:4:1: error:",
        &["this page shows no chart or table `towns`"],
    );
}

#[test]
fn two_rows_of_one_address_are_an_error_naming_both() {
    refused(
        |site| {
            let path = site.join("data/towns.yaml");
            let text = fs::read_to_string(&path).unwrap().replacen(
                "  - {town: 戊乡}\n",
                "  - {town: 戊乡}\n  - {town: \"zone 7 东区\", households: 1, persons: 2}\n",
                1,
            );
            fs::write(path, text).unwrap();
        },
        "content/towns/_row.md:4:10: error:",
        &["`Zone 7 (东区)`", "`zone 7 东区`", "/towns/zone-7-东区/"],
    );
}

#[test]
fn templates_and_their_keys_are_checked() {
    refused(
        |site| {
            let path = site.join("content/towns/_row.md");
            let text = fs::read_to_string(&path)
                .unwrap()
                .replace("per_row: towns", "per_row: town");
            fs::write(path, text).unwrap();
        },
        "content/towns/_row.md:4:10: error:",
        &["there is no dataset `town`", "did you mean `towns`"],
    );
    refused(
        |site| {
            write(
                site,
                "content/about.md",
                "---\ntitle: 关于\n---\n共{{ value(\"households\") }}。\n",
            )
        },
        "content/about.md:4:2: error:",
        &["not made for a row"],
    );
    refused(
        |site| {
            let path = site.join("content/towns/_row.md");
            let text = fs::read_to_string(&path)
                .unwrap()
                .replace("{{ value(\"persons\") }}", "{{ value(\"person\") }}");
            fs::write(path, text).unwrap();
        },
        "content/towns/_row.md:7:",
        &["has no column `person`", "did you mean `persons`"],
    );
    refused(
        |site| fs::remove_file(site.join("content/aid/_index.md")).unwrap(),
        "content/aid/_row.md:",
        &["content/aid/_index.md is missing"],
    );
}

/// A section of `n` pages made from a dataset of `n` rows, listing `paginate` at a time (the default when none).
fn list_site(n: usize, paginate: Option<usize>) -> tempfile::TempDir {
    let site = built();
    let rows: String = (1..=n)
        .map(|i| format!("  - {{place: 第{i}号, count: {i}}}\n"))
        .collect();
    write(
        site.path(),
        "data/places.yaml",
        &format!(
            "title: 地点（虚构示例）\nsource: 虚构示例数据\ncolumns:\n  - {{key: place, label: 地点}}\n  - {{key: count, label: 个数, unit: 个, type: integer}}\nrows:\n{rows}"
        ),
    );
    let setting = paginate.map_or(String::new(), |p| format!("paginate: {p}\n"));
    write(
        site.path(),
        "content/places/_index.md",
        &format!("---\ntitle: 地点\n{setting}---\n各地点。\n"),
    );
    write(
        site.path(),
        "content/places/_row.md",
        "---\ntitle: \"{{ row.label }}\"\nper_row: places\n---\n{{ value(\"count\") }}\n",
    );
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    site
}

#[test]
fn twenty_pages_fit_one_list_and_twenty_one_take_two() {
    let site = list_site(20, None);
    let public = site.path().join("public");
    let index = read(&public, "places/index.html");
    assert_eq!(listed(&index).len(), 20);
    assert!(!index.contains("class=\"pager\""));
    assert!(!index.contains("rel=\"next\""));
    assert!(!public.join("places/page").exists());

    let site = list_site(21, None);
    let public = site.path().join("public");
    let first = read(&public, "places/index.html");
    assert_eq!(listed(&first).len(), 20);
    assert!(
        first.contains("<link rel=\"next\" href=\"/mzj/places/page/2/\">"),
        "{first}"
    );
    assert!(!first.contains("rel=\"prev\""));
    assert!(first.contains("（共 21 篇）"));
    assert!(first.contains("<nav class=\"pager\" aria-label=\"本栏目分页\">"));
    assert!(first.contains("<a href=\"/mzj/places/\" aria-current=\"page\">"));
    let second = read(&public, "places/page/2/index.html");
    assert_eq!(listed(&second), ["/mzj/places/%E7%AC%AC21%E5%8F%B7/"]);
    assert!(second.contains("<link rel=\"prev\" href=\"/mzj/places/\">"));
    assert!(!second.contains("rel=\"next\""));
    assert!(second.contains("<ol class=\"entry-list\" start=\"21\">"));
    assert!(second.contains("<a href=\"/mzj/places/page/2/\" aria-current=\"page\">"));
    assert!(second.contains("<title>地点（第2页） - 测试区民政局</title>"));
    assert!(
        second.contains(
            "<link rel=\"canonical\" href=\"https://example.gov.cn/mzj/places/page/2/\">"
        )
    );
    // The section's own text is on its first page only.
    assert!(first.contains("<p>各地点。</p>") && !second.contains("<p>各地点。</p>"));
    assert!(!public.join("places/page/3").exists());
}

#[test]
fn paginate_sets_the_list_length_and_the_last_page_ends_it() {
    let site = list_site(21, Some(5));
    let public = site.path().join("public");
    assert_eq!(listed(&read(&public, "places/index.html")).len(), 5);
    let middle = read(&public, "places/page/3/index.html");
    assert!(middle.contains("<link rel=\"prev\" href=\"/mzj/places/page/2/\">"));
    assert!(middle.contains("<link rel=\"next\" href=\"/mzj/places/page/4/\">"));
    assert!(middle.contains("<ol class=\"entry-list\" start=\"11\">"));
    let last = read(&public, "places/page/5/index.html");
    assert_eq!(listed(&last).len(), 1);
    assert!(!last.contains("rel=\"next\""));
    assert!(!public.join("places/page/6").exists());
    assert!(!public.join("places/page/1").exists());

    // site.yaml sets it for every section that does not.
    write(
        site.path(),
        "content/places/_index.md",
        "---\ntitle: 地点\n---\n",
    );
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    write(site.path(), "site.yaml", &format!("{yaml}paginate: 10\n"));
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(listed(&read(&public, "places/page/3/index.html")).len(), 1);
    assert!(!public.join("places/page/4").exists());

    refused(
        |site| {
            write(
                site,
                "content/towns/_index.md",
                "---\ntitle: 乡镇\npaginate: 0\n---\n",
            )
        },
        "content/towns/_index.md:3:11: error:",
        &["paginate: 0"],
    );
}

#[test]
fn a_records_row_is_published_only_with_a_figure_that_passes_suppression() {
    let site = built();
    let public = site.path().join("public");
    let json: serde_json::Value = serde_json::from_str(&read(&public, "data/aid.json")).unwrap();
    let (mut shown, mut withheld) = (Vec::new(), Vec::new());
    for row in json["rows"].as_array().unwrap() {
        let village = row["village"].as_str().unwrap().to_string();
        if village == "合计" {
            continue;
        }
        if row["persons"].is_null() && row["amount"].is_null() {
            withheld.push(village);
        } else {
            shown.push(village);
        }
    }
    assert!(
        !shown.is_empty() && !withheld.is_empty(),
        "the fixture must have both"
    );
    for v in &shown {
        let page = read(&public, &format!("aid/{v}/index.html"));
        assert!(page.contains(&format!("<h1>{v}临时救助</h1>")));
    }
    for v in &withheld {
        assert!(!public.join(format!("aid/{v}")).exists(), "{v} has a page");
    }
    let index = read(&public, "aid/index.html");
    assert!(
        index.contains(&format!(
            "另有{}项的数字均为保护个人信息而不予公布，因此未单独成页。",
            withheld.len()
        )),
        "{index}"
    );
    let list = &index[index.find("<main").unwrap()..];
    for v in &withheld {
        assert!(!list.contains(v.as_str()), "the index names {v}");
    }
}
