//! No broken internal links, no links that forget the base path, nothing fetched from another host:
//! the example site built with site.yaml's base_url and again under another host and path.
//! The rules are documented in tests/support/links.rs.

mod support;

use support::{Built, PORTAL_BASE_URL};

fn check_links(built: &Built) {
    let mut site = built.site();
    let default_base = support::site_yaml_base_url();
    if built.base_url != default_base {
        site.stale_base_urls.push(default_base);
    }
    let report = site.check_all();

    println!(
        "built with base_url {}: {} pages scanned, {} internal references resolved, {} broken, {} external",
        built.base_url,
        report.pages,
        report.internal_ok,
        report.broken.len(),
        report.external.len()
    );
    if !report.external.is_empty() {
        println!("external links (listed, not fetched):");
        for (url, pages) in &report.external {
            let pages: Vec<_> = pages.iter().map(String::as_str).collect();
            println!("  {url}  (on {})", pages.join(", "));
        }
    }
    assert!(
        report.pages > 0,
        "no HTML pages found in {}",
        built.out.display()
    );
    assert!(
        report.internal_ok > 0,
        "no internal link resolved at all in {}: the checker or the build is not doing its job",
        built.out.display()
    );
    support::fail_if_any(
        &format!(
            "broken links in the site built with base_url {} ({} broken references, page:line: <tag attr=\"url\">: why)",
            built.base_url,
            report.broken.len()
        ),
        &report.broken_lines(),
    );
}

#[test]
fn links_resolve_with_the_default_base_url() {
    check_links(&support::build(None));
}

#[test]
fn links_resolve_under_another_host_and_path() {
    check_links(&support::build(Some(PORTAL_BASE_URL)));
}
