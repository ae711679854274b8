//! `sunlight check`: contradictions between text and data, unsourced figures and failing sums, all in one run.

mod common;

use common::{fixture, repo, stderr, sunlight};

#[test]
fn reports_contradiction_unsourced_figure_and_failing_sum() {
    let site = fixture("check");
    let out = sunlight(site.path(), &["check"]);
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the failing sum is an error:\n{err}"
    );
    assert!(
        err.contains(
            "content/_index.md:4: warning: the text says 84个, but orgs holds 90个 for `社会组织`"
        ),
        "contradiction with both places:\n{err}"
    );
    assert!(
        err.contains("data/orgs.yaml:6"),
        "the dataset's place is named:\n{err}"
    );
    assert!(
        err.contains("content/_index.md:6: warning: the figure 7113对 is typed by hand"),
        "unsourced figure:\n{err}"
    );
    assert!(
        err.contains("{{ value(\"marriage\", \"合计\", \"couples\") }}"),
        "the hint gives the exact call:\n{err}"
    );
    assert!(
        err.contains("content/_index.md:8: warning: the figure 3个 is typed by hand"),
        "{err}"
    );
    assert!(err.contains("data/marriage.yaml:10:5: error: in column `couples`, the parts 结婚登记 + 离婚登记 add up to 5751, but the total `合计` is 7113"), "failing sum:\n{err}");
    assert!(!site.path().join("public").exists(), "check writes nothing");
}

#[test]
fn strict_check_fails_on_warnings_and_build_ignores_them() {
    let site = fixture("check");
    std::fs::write(
        site.path().join("data/marriage.yaml"),
        std::fs::read_to_string(site.path().join("data/marriage.yaml"))
            .expect("read")
            .replace("couples: 4466", "couples: 5828"),
    )
    .expect("write");
    let out = sunlight(site.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        sunlight(site.path(), &["check", "--strict"]).status.code(),
        Some(1)
    );
    let build = sunlight(site.path(), &["build"]);
    assert!(build.status.success());
    assert!(
        !stderr(&build).contains("typed by hand"),
        "consistency warnings belong to check"
    );
}

#[test]
fn the_example_site_passes_strict_check() {
    let out = sunlight(&repo(), &["check", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
}
