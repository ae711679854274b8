//! The English version of a site: translated pages under /en/, English datasets and charts, the language switcher,
//! hreflang alternates, the sitemap and the feed, and the errors a translation can make.

mod common;

use common::{fixture, read, stderr, sunlight};

fn built() -> tempfile::TempDir {
    let site = fixture("bilingual");
    let o = sunlight(site.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    site
}

#[test]
fn english_pages_datasets_and_charts_are_built_under_en() {
    let site = built();
    let out = site.path().join("public");
    for f in [
        "en/index.html",
        "en/news/index.html",
        "en/news/first/index.html",
        "en/data/index.html",
        "en/data/assistance/index.html",
        "en/data/assistance.csv",
        "en/charts/coverage.svg",
        "en/atom.xml",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    assert!(!out.join("en/news/only-zh/index.html").exists());

    let page = read(&out, "en/news/first/index.html");
    assert!(page.contains("<html lang=\"en\">"));
    assert!(
        page.contains("5,829\u{a0}persons"),
        "English figures are grouped, with English units"
    );
    assert!(page.contains("href=\"/mzj/en/data/assistance/#row-Urban-allowance.persons\""));
    assert!(
        page.contains("Persons covered"),
        "the chart's English title"
    );
    let dataset = read(&out, "en/data/assistance/index.html");
    assert!(dataset.contains("Subsistence allowance") && dataset.contains("Rural allowance"));
    assert!(
        !dataset.contains("农村低保"),
        "no Chinese label left in the English table"
    );
    let svg = read(&out, "en/charts/coverage.svg");
    assert!(svg.contains("Persons covered") && svg.contains("Urban allowance"));
    let home = read(&out, "en/index.html");
    assert!(
        home.contains("href=\"/mzj/en/news/\""),
        "a link to news/_index.en.md"
    );
}

#[test]
fn head_switcher_sitemap_and_feed_name_both_languages() {
    let site = built();
    let out = site.path().join("public");
    let zh = read(&out, "news/first/index.html");
    assert!(zh.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.gov.cn/mzj/en/news/first/\">"));
    assert!(zh.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.gov.cn/mzj/news/first/\">"));
    assert!(zh.contains("hreflang=\"x-default\" href=\"https://example.gov.cn/mzj/news/first/\""));
    assert!(zh.contains(
        "<a href=\"/mzj/en/news/first/\" hreflang=\"en\"><span lang=\"en\">English</span></a>"
    ));
    let en = read(&out, "en/news/first/index.html");
    assert!(en.contains(
        "<a href=\"/mzj/news/first/\" hreflang=\"zh-CN\"><span lang=\"zh-CN\">中文</span></a>"
    ));
    assert!(
        en.contains("<link rel=\"canonical\" href=\"https://example.gov.cn/mzj/en/news/first/\">")
    );
    assert!(en.contains("href=\"/mzj/en/atom.xml\""));

    // A page without a translation links to the other language's home page, and says so.
    let only = read(&out, "news/only-zh/index.html");
    assert!(only.contains("<a href=\"/mzj/en/\" hreflang=\"en\"><span lang=\"en\">English</span><span class=\"lang-note\">"));
    assert!(
        !only.contains("hreflang=\"en\" href="),
        "no alternate for a page that has none"
    );

    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.gov.cn/mzj/en/news/first/</loc>"));
    assert!(sitemap.contains("<loc>https://example.gov.cn/mzj/en/data/assistance/</loc>"));
    assert!(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.gov.cn/mzj/en/news/first/\"/>"));
    let feed = read(&out, "en/atom.xml");
    assert!(feed.contains("xml:lang=\"en\"") && feed.contains("The first"));
    assert!(!feed.contains("第一篇"));
    assert!(!read(&out, "atom.xml").contains("The first"));
}

#[test]
fn an_unknown_language_suffix_is_an_error() {
    let site = fixture("bilingual");
    std::fs::write(
        site.path().join("content/news/first.fr.md"),
        "---\ntitle: Premier\n---\n",
    )
    .unwrap();
    let o = sunlight(site.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("content/news/first.fr.md:1:1: error:"), "{e}");
    assert!(e.contains("does not list the language `fr`"), "{e}");
    assert!(e.contains("the site's other languages are: en"), "{e}");
}

#[test]
fn a_translation_of_a_missing_page_is_an_error() {
    let site = fixture("bilingual");
    std::fs::write(
        site.path().join("content/news/ghost.en.md"),
        "---\ntitle: Ghost\n---\n",
    )
    .unwrap();
    let o = sunlight(site.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("content/news/ghost.en.md:1:1: error:"), "{e}");
    assert!(e.contains("news/ghost.md"), "{e}");
}

#[test]
fn a_missing_label_warns_and_fails_when_strict() {
    let site = fixture("bilingual");
    let path = site.path().join("charts/coverage.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("    title: Persons covered\n", "    note: none\n"),
    )
    .unwrap();
    let o = sunlight(site.path(), &["check"]);
    let e = stderr(&o);
    assert!(e.contains("charts/coverage.yaml"), "{e}");
    assert!(e.contains("no `en` translation for the title"), "{e}");
    let o = sunlight(site.path(), &["check", "--strict"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}
