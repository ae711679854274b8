//! The output files other than HTML pages: sitemap.xml, atom.xml, data downloads, SVG charts; plus
//! two promises of the design's "Output" section: nothing names a path of the build machine, and
//! identical input gives byte-identical output.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use support::{Built, PORTAL_BASE_URL, xml};

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
const SVG_NS: &str = "http://www.w3.org/2000/svg";

fn check_files(built: &Built) {
    let out = &built.out;
    let site = built.site();
    let files = support::files_under(out);
    let mut problems = Vec::new();

    for required in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "atom.xml",
        "data/index.html",
    ] {
        if !out.join(required).is_file() {
            problems.push(format!(
                "{required} is missing (design.md, Output: index, 404, sitemap.xml, atom.xml for dated pages, the data catalogue)"
            ));
        }
    }
    if !files
        .iter()
        .any(|f| f.starts_with("css/") && f.ends_with(".css"))
    {
        problems.push("no stylesheet under css/".into());
    }

    // sitemap.xml: well-formed, every page but 404.html exactly once, absolute URLs under base_url.
    if let Ok(text) = std::fs::read_to_string(out.join("sitemap.xml")) {
        match xml::parse(&text) {
            Err(e) => problems.push(format!("sitemap.xml is not well-formed XML: {e}")),
            Ok(elements) => {
                let root = &elements[0];
                if root.name != "urlset" || root.attr("xmlns") != Some(SITEMAP_NS) {
                    problems.push(format!(
                        "sitemap.xml: the root must be <urlset xmlns=\"{SITEMAP_NS}\">, not <{}> with xmlns {:?}",
                        root.name,
                        root.attr("xmlns")
                    ));
                }
                let mut listed: BTreeMap<String, usize> = BTreeMap::new();
                let urls = elements.iter().filter(|e| e.name == "url").count();
                let locs_in_url = elements
                    .iter()
                    .filter(|e| {
                        e.name == "loc" && e.ancestors.last().map(String::as_str) == Some("url")
                    })
                    .count();
                if urls != locs_in_url {
                    problems.push(format!(
                        "sitemap.xml has {urls} <url> elements but {locs_in_url} <loc> elements inside them (each <url> needs exactly one)"
                    ));
                }
                for loc in elements.iter().filter(|e| e.name == "loc") {
                    let u = loc.text.trim();
                    let at = format!("sitemap.xml:{}: <loc>{u}</loc>", loc.line);
                    if !u.is_ascii() {
                        problems.push(format!(
                            "{at}: sitemaps must percent-encode non-ASCII characters"
                        ));
                    }
                    if !u.starts_with(&built.base_url) {
                        problems.push(format!(
                            "{at}: not an absolute URL under base_url {}",
                            built.base_url
                        ));
                        continue;
                    }
                    match site.url_to_file(u) {
                        Ok(file) if file.ends_with(".html") => {
                            *listed.entry(file).or_default() += 1;
                        }
                        Ok(file) => problems.push(format!("{at}: {file} is not an HTML page")),
                        Err(e) => problems.push(format!("{at}: {e}")),
                    }
                }
                for (file, n) in &listed {
                    if *n > 1 {
                        problems.push(format!("sitemap.xml lists {file} {n} times"));
                    }
                }
                if listed.contains_key("404.html") {
                    problems.push("sitemap.xml lists 404.html".into());
                }
                for page in files.iter().filter(|f| f.ends_with(".html")) {
                    if page != "404.html" && !listed.contains_key(page) {
                        problems.push(format!("sitemap.xml does not list {page}"));
                    }
                }
            }
        }
    }

    // atom.xml (the example site has dated pages): well-formed Atom whose links resolve.
    if let Ok(text) = std::fs::read_to_string(out.join("atom.xml")) {
        match xml::parse(&text) {
            Err(e) => problems.push(format!("atom.xml is not well-formed XML: {e}")),
            Ok(elements) => {
                if elements[0].name != "feed" || elements[0].attr("xmlns") != Some(ATOM_NS) {
                    problems.push(format!(
                        "atom.xml: the root must be <feed xmlns=\"{ATOM_NS}\">"
                    ));
                }
                for link in elements.iter().filter(|e| e.name == "link") {
                    let href = link.attr("href").unwrap_or("");
                    let at = format!("atom.xml:{}: <link href=\"{href}\">", link.line);
                    if !href.starts_with(&built.base_url) {
                        problems.push(format!(
                            "{at}: feed links must be absolute URLs under base_url {}",
                            built.base_url
                        ));
                    } else if let Err(e) = site.url_to_file(href) {
                        problems.push(format!("{at}: {e}"));
                    }
                }
            }
        }
    }

    // Datasets: data/ID/index.html, data/ID.csv (UTF-8 with BOM) and data/ID.json (valid JSON) together.
    let mut ids: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for f in &files {
        let Some(rest) = f.strip_prefix("data/") else {
            continue;
        };
        if let Some(id) = rest.strip_suffix("/index.html")
            && !id.contains('/')
        {
            ids.entry(id.to_string()).or_default().insert("page");
        } else if let Some(id) = rest.strip_suffix(".csv")
            && !id.contains('/')
        {
            ids.entry(id.to_string()).or_default().insert("csv");
            let bytes = std::fs::read(out.join(f)).expect("read CSV");
            match bytes.strip_prefix(b"\xEF\xBB\xBF") {
                None => problems.push(format!(
                    "{f} does not start with the UTF-8 BOM (EF BB BF); spreadsheet programs will garble Chinese"
                )),
                Some(body) => match std::str::from_utf8(body) {
                    Err(e) => problems.push(format!("{f} is not UTF-8: {e}")),
                    Ok(text) if text.trim().is_empty() => problems.push(format!("{f} has no header row")),
                    Ok(_) => {}
                },
            }
        } else if rest == "datapackage.json" {
            // The Frictionless data package: every resource names a published CSV.
            let bytes = std::fs::read(out.join(f)).expect("read datapackage.json");
            match serde_json::from_slice::<serde_json::Value>(&bytes) {
                Err(e) => problems.push(format!("{f} is not valid JSON: {e}")),
                Ok(pkg) => {
                    let resources = pkg["resources"].as_array().cloned().unwrap_or_default();
                    if resources.is_empty() {
                        problems.push(format!("{f} lists no resources"));
                    }
                    for r in resources {
                        let path = r["path"].as_str().unwrap_or("");
                        if !files.iter().any(|x| *x == format!("data/{path}")) {
                            problems.push(format!("{f}: resource {path} is not published"));
                        }
                        if r["schema"]["fields"]
                            .as_array()
                            .is_none_or(|a| a.is_empty())
                        {
                            problems.push(format!("{f}: resource {path} has no fields"));
                        }
                    }
                }
            }
        } else if let Some(id) = rest.strip_suffix(".json")
            && !id.contains('/')
        {
            ids.entry(id.to_string()).or_default().insert("json");
            let bytes = std::fs::read(out.join(f)).expect("read JSON");
            if let Err(e) = serde_json::from_slice::<serde_json::Value>(&bytes) {
                problems.push(format!("{f} is not valid JSON: {e}"));
            }
        }
    }
    if ids.is_empty() {
        problems.push(
            "no dataset was published (no data/ID/index.html, data/ID.csv or data/ID.json)".into(),
        );
    }
    for (id, kinds) in &ids {
        for (kind, file) in [
            ("page", format!("data/{id}/index.html")),
            ("csv", format!("data/{id}.csv")),
            ("json", format!("data/{id}.json")),
        ] {
            if !kinds.contains(kind) {
                problems.push(format!("dataset {id}: {file} is missing"));
            }
        }
    }

    // SVG files (charts/ID.svg): well-formed XML with the SVG namespace, or browsers show nothing.
    for f in files.iter().filter(|f| f.ends_with(".svg")) {
        let text = support::read_text(&out.join(f));
        match xml::parse(&text) {
            Err(e) => problems.push(format!("{f} is not well-formed XML: {e}")),
            Ok(elements) => {
                if elements[0].name != "svg" || elements[0].attr("xmlns") != Some(SVG_NS) {
                    problems.push(format!("{f}: the root must be <svg xmlns=\"{SVG_NS}\">"));
                }
            }
        }
    }

    // Nothing names a path of the build machine.
    let site_root = support::SITE_ROOT.trim_end_matches('/');
    let tmp = out.parent().expect("out has a parent").to_string_lossy();
    for f in &files {
        let Ok(text) = std::fs::read_to_string(out.join(f)) else {
            continue; // binary files
        };
        for (what, path) in [("the site folder", site_root), ("the build folder", &*tmp)] {
            if let Some(p) = text.find(path) {
                let line = text[..p].matches('\n').count() + 1;
                problems.push(format!(
                    "{f}:{line}: names {what} of the build machine ({path})"
                ));
            }
        }
    }

    println!(
        "built with base_url {}: {} files, {} dataset(s) checked",
        built.base_url,
        files.len(),
        ids.len()
    );
    support::fail_if_any(
        &format!(
            "output files of the site built with base_url {}",
            built.base_url
        ),
        &problems,
    );
}

#[test]
fn files_are_complete_with_the_default_base_url() {
    check_files(&support::build(None));
}

#[test]
fn files_are_complete_under_another_host_and_path() {
    check_files(&support::build(Some(PORTAL_BASE_URL)));
}

#[test]
fn identical_input_gives_byte_identical_output() {
    let a = support::build(None);
    let b = support::build(None);
    let files_a = support::files_under(&a.out);
    let files_b = support::files_under(&b.out);
    let mut problems = Vec::new();
    let set_a: BTreeSet<_> = files_a.iter().collect();
    let set_b: BTreeSet<_> = files_b.iter().collect();
    for f in set_a.symmetric_difference(&set_b) {
        problems.push(format!("{f} is written by one build and not the other"));
    }
    for f in set_a.intersection(&set_b) {
        let x = std::fs::read(a.out.join(f)).expect("read");
        let y = std::fs::read(b.out.join(f)).expect("read");
        if x != y {
            let at = x
                .iter()
                .zip(&y)
                .position(|(p, q)| p != q)
                .unwrap_or(x.len().min(y.len()));
            problems.push(format!(
                "{f} differs between two builds of the same input (first at byte {at})"
            ));
        }
    }
    support::fail_if_any("two builds of the same site differ", &problems);
}
