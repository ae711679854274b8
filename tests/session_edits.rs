//! A preview kept up to date edit by edit must never drift from a build: after every kind of save (a page's body,
//! its title, its date, a dataset value it cites, a new page, a deleted page, a theme file, a personal value typed
//! in), the preview folder of one [`Session`] holds byte for byte what a fresh `build` of the same sources writes
//! for the same address. The edits run through the session API, as `serve` calls it, without a server or a watcher.

mod common;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use common::{fixture, tree};
use sunlight::Options;
use sunlight::session::{Outcome, Session};

const ORIGIN: &str = "http://127.0.0.1:9";

/// A session previewing `site` into its own folder, as `serve` keeps one.
struct Preview {
    site: PathBuf,
    dir: tempfile::TempDir,
    session: Session,
}

impl Preview {
    fn start(site: &Path, strict: bool) -> Preview {
        let dir = tempfile::tempdir().expect("preview dir");
        let session = Session::for_preview(
            site.to_path_buf(),
            strict,
            ORIGIN.to_string(),
            dir.path().to_path_buf(),
        );
        let mut p = Preview {
            site: site.to_path_buf(),
            dir,
            session,
        };
        let first = p.save(&[]);
        assert!(matches!(first, Outcome::Updated { .. }), "{first:?}");
        p
    }

    /// Rebuilds after the files `changed` (relative to the site) were saved.
    fn save(&mut self, changed: &[&str]) -> Outcome {
        let changed: Vec<PathBuf> = changed.iter().map(PathBuf::from).collect();
        self.session
            .preview(changed, |_, apply| apply().map_err(io::Error::other))
    }

    /// Saves `rel` with `from` replaced by `to` and rebuilds; the rebuild must succeed.
    fn edit(&mut self, rel: &str, from: &str, to: &str) {
        let path = self.site.join(rel);
        let text = fs::read_to_string(&path).expect("read source");
        assert!(text.contains(from), "{rel} lacks {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).expect("write source");
        let outcome = self.save(&[rel]);
        assert!(
            matches!(outcome, Outcome::Updated { .. }),
            "{rel}: {outcome:?}"
        );
    }

    /// The preview folder holds exactly what a fresh build for the preview's address writes.
    fn assert_same_as_a_build(&self, after: &str) {
        let out = tempfile::tempdir().expect("build dir");
        let base = format!("{ORIGIN}{}", self.session.base_path());
        let opts = Options {
            out: Some(out.path().join("public")),
            base_url: Some(base),
            ..Options::new(&self.site)
        };
        let report = sunlight::build(&opts);
        assert!(report.is_ok(), "after {after}: {:?}", report.err());
        let mut built = tree(&out.path().join("public"));
        built.remove(".sunlight-output");
        let served = tree(self.dir.path());
        let missing: Vec<&String> = built.keys().filter(|k| !served.contains_key(*k)).collect();
        let extra: Vec<&String> = served.keys().filter(|k| !built.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "after {after}: the preview lacks {missing:?} and has {extra:?} beyond a build"
        );
        let differ: Vec<&String> = built
            .iter()
            .filter(|(k, v)| served[*k] != **v)
            .map(|(k, _)| k)
            .collect();
        assert!(
            differ.is_empty(),
            "after {after}: these files differ from a build: {differ:?}"
        );
    }

    fn page(&self, path: &str) -> String {
        fs::read_to_string(self.dir.path().join(path)).expect("served page")
    }
}

fn append(site: &Path, rel: &str, text: &str) {
    let path = site.join(rel);
    let mut body = fs::read_to_string(&path).expect("read source");
    body.push_str(text);
    fs::write(path, body).expect("write source");
}

#[test]
fn every_kind_of_edit_leaves_the_preview_as_a_build_makes_it() {
    let site = fixture("basic");
    let root = site.path();
    let mut p = Preview::start(root, false);
    p.assert_same_as_a_build("the first build");

    let second = "content/news/second.md";
    p.edit(second, "第二篇正文", "第二篇正文，改过一次");
    assert!(p.page("news/second/index.html").contains("改过一次"));
    p.assert_same_as_a_build("a body edit");

    // The second edit of the same page starts from the live search index the first one made.
    p.edit(second, "改过一次", "改过两次，低保标准提高");
    p.assert_same_as_a_build("a second body edit");

    p.edit(second, "title: 第二篇", "title: 改过的标题");
    assert!(p.page("news/index.html").contains("改过的标题"));
    p.assert_same_as_a_build("a title edit");

    p.edit(second, "date: 2023-12-01", "date: 2022-01-01");
    p.assert_same_as_a_build("a date edit");

    p.edit(second, "description: 第二篇的摘要", "description: 新的摘要");
    p.assert_same_as_a_build("a description edit");

    // The page cites the dataset, and so do the home page's key figures.
    p.edit(
        "data/assistance.yaml",
        "households: 3815",
        "households: 3816",
    );
    p.assert_same_as_a_build("a dataset value the pages cite");

    // A body edit that starts citing the dataset lists the page on the dataset's page.
    p.edit(
        second,
        "改过两次",
        "改过两次，城市低保{{ value(\"assistance\", \"城市低保\", \"persons\") }}户",
    );
    p.assert_same_as_a_build("a body edit that cites a dataset");
    p.edit(
        second,
        "城市低保{{ value(\"assistance\", \"城市低保\", \"persons\") }}户",
        "",
    );
    p.assert_same_as_a_build("a body edit that stops citing it");

    let third = "content/news/third.md";
    fs::write(
        root.join(third),
        "---\ntitle: 第三篇\ndate: 2024-01-05\n---\n第三篇正文。\n",
    )
    .expect("new page");
    assert!(matches!(p.save(&[third]), Outcome::Updated { .. }));
    p.assert_same_as_a_build("a new page");

    p.edit(third, "第三篇正文", "第三篇正文有了新内容");
    p.assert_same_as_a_build("a body edit of the new page");

    fs::remove_file(root.join("content/news/first.md")).expect("delete page");
    assert!(matches!(
        p.save(&["content/news/first.md"]),
        Outcome::Updated { .. }
    ));
    p.assert_same_as_a_build("a deleted page");

    let template = "themes/default/templates/page.html";
    let text = fs::read_to_string(root.join(template)).expect("template");
    let marked = text.replacen(
        "</article>",
        "<p class=\"edited-theme\">主题改过</p></article>",
        1,
    );
    assert_ne!(marked, text, "page.html has an </article> to mark");
    fs::write(root.join(template), marked).expect("edit template");
    assert!(matches!(p.save(&[template]), Outcome::Updated { .. }));
    assert!(p.page("news/second/index.html").contains("主题改过"));
    p.assert_same_as_a_build("a theme file");

    // A page edit after the theme changed renders with the new theme.
    p.edit(second, "低保标准提高", "低保标准再次提高");
    assert!(p.page("news/second/index.html").contains("主题改过"));
    p.assert_same_as_a_build("a body edit after the theme changed");

    p.edit(second, "weight: 2", "weight: 2\ndraft: true");
    p.assert_same_as_a_build("a page made a draft");
    p.edit(second, "\ndraft: true", "");
    p.assert_same_as_a_build("a draft published again");

    // A personal value typed in is redacted in the page and the index, never served.
    p.edit(second, "再次提高", "再次提高，联系人电话13800138000");
    let served: Vec<u8> = tree(p.dir.path()).into_values().flatten().collect();
    assert!(!String::from_utf8_lossy(&served).contains("13800138000"));
    assert!(p.page("news/second/index.html").contains("〔已隐去〕"));
    p.assert_same_as_a_build("a personal value typed in");
    p.edit(second, "，联系人电话13800138000", "");
    p.assert_same_as_a_build("the personal value removed");
}

#[test]
fn edits_of_a_bilingual_site_stay_as_a_build_makes_them() {
    let site = fixture("bilingual");
    let root = site.path();
    let mut p = Preview::start(root, false);
    p.assert_same_as_a_build("the first build");
    let zh = "content/news/only-zh.md";
    p.edit(zh, "没有英文版。", "没有英文版，正文改过。");
    p.assert_same_as_a_build("a body edit");
    p.edit(zh, "title: 只有中文", "title: 只有中文（改）");
    p.assert_same_as_a_build("a title edit");
    p.edit(
        "content/news/first.en.md",
        "---\n",
        "---\ndescription: edited\n",
    );
    p.assert_same_as_a_build("an English page edit");
    append(root, "content/news/first.md", "\n补充一句。\n");
    assert!(matches!(
        p.save(&["content/news/first.md"]),
        Outcome::Updated { .. }
    ));
    p.assert_same_as_a_build("a body edit of a page with a translation");
}

#[test]
fn a_strict_preview_fails_on_a_planted_value_without_showing_it() {
    let site = fixture("basic");
    let root = site.path();
    // The fixture's one warning (an editing marker left in a page) would fail the strict preview from the start.
    let first = root.join("content/news/first.md");
    let text = fs::read_to_string(&first).expect("read");
    fs::write(&first, text.replace("##paidbegin##", "")).expect("write");
    let mut p = Preview::start(root, true);
    let second = "content/news/second.md";
    let path = root.join(second);
    let text = fs::read_to_string(&path).expect("read");
    fs::write(
        &path,
        text.replacen("第二篇正文", "第二篇正文，联系人电话13800138000", 1),
    )
    .expect("write");
    match p.save(&[second]) {
        Outcome::Failed(errors) => {
            let shown = format!("{errors:?}");
            assert!(!shown.contains("13800138000"), "{shown}");
            assert!(
                errors.iter().any(|d| d.file == Path::new(second)),
                "{shown}"
            );
        }
        other => panic!("a strict preview fails on personal data: {other:?}"),
    }
    assert!(!p.page("news/second/index.html").contains("联系人电话"));
    fs::write(&path, text).expect("restore");
    let fixed = p.save(&[second]);
    assert!(
        !matches!(fixed, Outcome::Failed(_)),
        "the fix builds: {fixed:?}"
    );
    p.assert_same_as_a_build("the value removed again");
}

/// What a build writes for the files that list pages: the site maps, the feed, the section and the catalogue.
fn lists(site: &Path) -> Vec<(&'static str, Vec<u8>)> {
    let out = tempfile::tempdir().expect("build dir");
    let opts = Options {
        out: Some(out.path().join("public")),
        ..Options::new(site)
    };
    assert!(sunlight::build(&opts).is_ok());
    [
        "sitemap.xml",
        "atom.xml",
        "sitemap/index.html",
        "news/index.html",
        "data/index.html",
        "data/assistance/index.html",
    ]
    .into_iter()
    .map(|f| (f, fs::read(out.path().join("public").join(f)).expect(f)))
    .collect()
}

/// Why a page edit may skip the files that list pages: a body edit that keeps the title, date, address, draft
/// state and citations leaves each of them byte for byte as it was, and an edit of one of those changes them.
#[test]
fn a_body_edit_leaves_every_list_byte_identical() {
    let site = fixture("basic");
    let root = site.path();
    let second = root.join("content/news/second.md");
    let before = lists(root);
    let text = fs::read_to_string(&second).expect("read");
    for (n, body) in [
        "第二篇正文改写了，~~删除线~~去掉。\n\n## 新的小标题\n\n| 项目 | 说明 |\n|---|---|\n| 甲 | 乙 |\n",
        "第二篇正文，联系人电话13800138000。",
        "",
    ]
    .into_iter()
    .enumerate()
    {
        fs::write(&second, text.replacen("第二篇正文，~~删除线~~。", body, 1)).expect("write");
        assert!(lists(root) == before, "after body {n}");
    }
    fs::write(
        &second,
        text.replacen("title: 第二篇", "title: 改过的标题", 1),
    )
    .expect("write");
    let after = lists(root);
    for (file, bytes) in &before {
        let now = &after.iter().find(|(f, _)| f == file).expect("listed").1;
        if [
            "sitemap.xml",
            "data/index.html",
            "data/assistance/index.html",
        ]
        .contains(file)
        {
            assert_eq!(now, bytes, "{file} shows no title of a page citing nothing");
        } else {
            assert_ne!(now, bytes, "{file} shows the title");
        }
    }
}
