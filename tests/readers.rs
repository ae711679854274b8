//! What readers see of numbers, tables and charts (issue 16), on the `readers` fixture: figures grouped per
//! language and kept whole, English magnitudes in words, tiles with the exact figure and its date, figure links
//! that lead to their cell, and the chart lint of `sunlight check`.

mod common;

use common::{fixture, read, stderr, sunlight};

fn built() -> tempfile::TempDir {
    let site = fixture("readers");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    site
}

#[test]
fn chinese_figures_are_grouped_from_five_digits_linked_to_their_cell_and_never_glued() {
    let site = built();
    let out = site.path().join("public");
    let home = read(&out, "index.html");
    assert!(
        home.contains("href=\"/mzj/data/coverage/#row-%E5%9F%8E%E5%B8%82%E4%BD%8E%E4%BF%9D.households\">3815户</a>"),
        "the link names the cell's column:\n{home}"
    );
    assert!(
        home.contains("</span>、<span class=\"fig-ref\"><a class=\"figure\""),
        "two figures written side by side are separated by 、:\n{home}"
    );
    assert!(home.contains(">17,265.21万元</a>"), "{home}");
    assert!(
        home.contains("popover>救助资金：低保资金，金额（万元）。数据截至"),
        "the provenance note opens on a tap, not only as a tooltip:\n{home}"
    );
    assert!(
        home.contains(
            "<span class=\"fig tile-number\">16.74</span><span class=\"fig tile-unit\">万人</span>"
        ),
        "tiles show large counts in 万:\n{home}"
    );
    assert!(
        home.contains("<span class=\"fig\">167,446人</span> <span class=\"tile-date\">截至2023年10月31日</span>"),
        "the exact figure and its date sit beneath:\n{home}"
    );
    assert!(
        home.contains("class=\"chart-wide\"") && home.contains("class=\"chart-narrow\""),
        "pages carry a phone and a desktop layout of each chart"
    );

    let dataset = read(&out, "data/funds/index.html");
    assert!(
        dataset.contains("<td class=\"num\" id=\"row-低保资金.amount\" data-label=\"金额（万元）\">17,265.21</td>"),
        "the cited cell has the link's id and its column label for the stacked layout:\n{dataset}"
    );
    assert!(
        dataset.contains("<tr id=\"row-合计\" class=\"total-row\">"),
        "{dataset}"
    );
    assert!(dataset.contains("<th scope=\"col\" class=\"num\" data-unit=\"万元\">"));
}

#[test]
fn english_writes_magnitudes_in_millions_and_keeps_number_and_unit_together() {
    let site = built();
    let home = read(&site.path().join("public"), "en/index.html");
    assert!(
        home.contains(">190\u{a0}million\u{a0}yuan</a>"),
        "1.9 (100m yuan) is 190 million yuan:\n{home}"
    );
    assert!(
        home.contains(">172.6521\u{a0}million\u{a0}yuan</a>"),
        "{home}"
    );
    assert!(
        home.contains("<span class=\"tile-value spaced\"><span class=\"fig tile-number\">172.65</span><span class=\"fig tile-unit\">million yuan</span>"),
        "{home}"
    );
    assert!(home.contains("As of 31 October 2023"), "{home}");
}

#[test]
fn check_warns_about_charts_that_do_not_help_a_reader() {
    let site = fixture("readers");
    let out = sunlight(site.path(), &["check"]);
    let err = stderr(&out);
    assert!(out.status.success(), "warnings only:\n{err}");
    assert!(
        err.contains("charts/few.yaml: warning: the chart `few` shows only 2 figures"),
        "{err}"
    );
    assert!(
        err.contains("charts/persons-pie.yaml: warning: one slice of the chart `persons-pie` is 92.4% of the whole"),
        "{err}"
    );
    assert!(
        err.contains("charts/batches-line.yaml: warning: the line chart `batches-line` joins categories that are not one continuous run"),
        "{err}"
    );
    assert!(
        err.contains("charts/households-again.yaml: warning: the chart `households-again` draws the same figures as the chart `households`"),
        "{err}"
    );
    assert!(
        err.contains("charts/four-parts.yaml: warning: the stacked chart `four-parts` has 4 parts; past 3 their colours cannot be told apart"),
        "{err}"
    );
    assert!(
        !err.contains("`years-line` joins")
            && !err.contains("`households` shows")
            && !err.contains("`three-parts` has"),
        "a line over continuous years, a chart of four figures and a stack of three parts are fine:\n{err}"
    );
    let strict = sunlight(site.path(), &["check", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "--strict makes them errors");
}
