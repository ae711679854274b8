//! Snapshots of rendered output, so any change to what readers get is seen in review (`cargo insta review`).

mod common;

use common::{fixture, read, stderr, sunlight};

#[test]
fn rendered_report_page() {
    let site = fixture("basic");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = site.path().join("public");
    insta::assert_snapshot!("news_first_page", read(&public, "news/first/index.html"));
    insta::assert_snapshot!("dataset_page", read(&public, "data/assistance/index.html"));
    insta::assert_snapshot!("dataset_json", read(&public, "data/assistance.json"));
    insta::assert_snapshot!("dataset_csv", read(&public, "data/assistance.csv"));
    insta::assert_snapshot!("sitemap", read(&public, "sitemap.xml"));
}
