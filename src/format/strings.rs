//! The few words the generator itself writes into pages (the theme's are in `locales/*/theme.ftl`), from the
//! catalogue's `reader.ftl`: Chinese on Chinese pages, English on every other.

use std::sync::LazyLock;

use super::is_zh;
use crate::messages::{Arg, Lang, Message};

/// A generated phrase.
#[derive(Debug, Clone, Copy)]
pub enum Phrase {
    Home,
    Catalogue,
    CatalogueDescription,
    Source,
    AsOf,
    ViewDataset,
    NotFound,
    NotFoundDescription,
    NoData,
    Suppressed,
    Unit,
    Total,
    ChartData,
    DownloadData,
    ChartImage,
    Search,
    SearchDescription,
    SearchLabel,
    SearchButton,
    SearchNoScript,
    SearchLoading,
    /// `{n}` stands for the number of results, `{q}` for the query.
    SearchFound,
    /// `{q}` stands for the query.
    SearchNone,
    SearchFailed,
    SearchMore,
    SitemapTitle,
    SitemapDescription,
    /// The catalogue group of datasets with no topic and no page citing them.
    OtherData,
    /// The catalogue group of datasets marked `example: true`.
    ExampleData,
    /// The 索引号 of a public document.
    DocIndexNo,
    /// The 主题分类 of a public document.
    DocTopic,
    /// The 发文机关 of a public document.
    DocIssuer,
    /// The 文号 of a public document.
    DocNumber,
    /// The 成文日期 of a public document.
    DocWritten,
    /// The 发布日期 of a public document.
    DocPublished,
    /// The 有效性 of a public document.
    DocValidity,
    /// The 主题分类 a public document without one is listed under.
    OtherTopic,
    /// The year list a public document with no date is listed under.
    Undated,
    /// Before a correction in the feed.
    FeedCorrection,
    /// The accessible name of the button after a figure that opens its provenance note.
    FigureSourceButton,
    /// The one character shown on that button.
    FigureSourceGlyph,
    /// What stands between two figures written next to each other.
    BetweenFigures,
    /// The mark after a corrected figure, linking to the correction.
    CorrectedMark,
    /// Between a label and what follows it.
    Colon,
    /// The CSV column that marks a table's total rows.
    TotalRowColumn,
    /// The word in that column on a total row.
    TotalRowYes,
}

impl Phrase {
    /// Every phrase, in the order of the enum.
    const ALL: [Phrase; 46] = [
        Phrase::Home,
        Phrase::Catalogue,
        Phrase::CatalogueDescription,
        Phrase::Source,
        Phrase::AsOf,
        Phrase::ViewDataset,
        Phrase::NotFound,
        Phrase::NotFoundDescription,
        Phrase::NoData,
        Phrase::Suppressed,
        Phrase::Unit,
        Phrase::Total,
        Phrase::ChartData,
        Phrase::DownloadData,
        Phrase::ChartImage,
        Phrase::Search,
        Phrase::SearchDescription,
        Phrase::SearchLabel,
        Phrase::SearchButton,
        Phrase::SearchNoScript,
        Phrase::SearchLoading,
        Phrase::SearchFound,
        Phrase::SearchNone,
        Phrase::SearchFailed,
        Phrase::SearchMore,
        Phrase::SitemapTitle,
        Phrase::SitemapDescription,
        Phrase::OtherData,
        Phrase::ExampleData,
        Phrase::DocIndexNo,
        Phrase::DocTopic,
        Phrase::DocIssuer,
        Phrase::DocNumber,
        Phrase::DocWritten,
        Phrase::DocPublished,
        Phrase::DocValidity,
        Phrase::OtherTopic,
        Phrase::Undated,
        Phrase::FeedCorrection,
        Phrase::FigureSourceButton,
        Phrase::FigureSourceGlyph,
        Phrase::BetweenFigures,
        Phrase::CorrectedMark,
        Phrase::Colon,
        Phrase::TotalRowColumn,
        Phrase::TotalRowYes,
    ];

    /// Its message in the catalogue (`locales/*/reader.ftl`).
    fn id(self) -> &'static str {
        match self {
            Phrase::Home => "reader-home",
            Phrase::Catalogue => "reader-catalogue",
            Phrase::CatalogueDescription => "reader-catalogue-description",
            Phrase::Source => "reader-source",
            Phrase::AsOf => "reader-as-of",
            Phrase::ViewDataset => "reader-view-dataset",
            Phrase::NotFound => "reader-not-found",
            Phrase::NotFoundDescription => "reader-not-found-description",
            Phrase::NoData => "reader-no-data",
            Phrase::Suppressed => "reader-suppressed",
            Phrase::Unit => "reader-unit",
            Phrase::Total => "reader-total",
            Phrase::ChartData => "reader-chart-data",
            Phrase::DownloadData => "reader-download-data",
            Phrase::ChartImage => "reader-chart-image",
            Phrase::Search => "reader-search",
            Phrase::SearchDescription => "reader-search-description",
            Phrase::SearchLabel => "reader-search-label",
            Phrase::SearchButton => "reader-search-button",
            Phrase::SearchNoScript => "reader-search-no-script",
            Phrase::SearchLoading => "reader-search-loading",
            Phrase::SearchFound => "reader-search-found",
            Phrase::SearchNone => "reader-search-none",
            Phrase::SearchFailed => "reader-search-failed",
            Phrase::SearchMore => "reader-search-more",
            Phrase::SitemapTitle => "reader-sitemap",
            Phrase::SitemapDescription => "reader-sitemap-description",
            Phrase::OtherData => "reader-other-data",
            Phrase::ExampleData => "reader-example-data",
            Phrase::DocIndexNo => "reader-doc-index-no",
            Phrase::DocTopic => "reader-doc-topic",
            Phrase::DocIssuer => "reader-doc-issuer",
            Phrase::DocNumber => "reader-doc-number",
            Phrase::DocWritten => "reader-doc-written",
            Phrase::DocPublished => "reader-doc-published",
            Phrase::DocValidity => "reader-doc-validity",
            Phrase::OtherTopic => "reader-other-topic",
            Phrase::Undated => "reader-undated",
            Phrase::FeedCorrection => "reader-feed-correction",
            Phrase::FigureSourceButton => "reader-figure-source-button",
            Phrase::FigureSourceGlyph => "reader-figure-source-glyph",
            Phrase::BetweenFigures => "reader-between-figures",
            Phrase::CorrectedMark => "reader-corrected-mark",
            Phrase::Colon => "reader-colon",
            Phrase::TotalRowColumn => "reader-total-row-column",
            Phrase::TotalRowYes => "reader-total-row-yes",
        }
    }
}

/// Every phrase in both languages, made from the catalogue once: pages ask for them thousands of times.
static PHRASES: LazyLock<[Vec<String>; 2]> =
    LazyLock::new(|| [phrases(Lang::En), phrases(Lang::Zh)]);

fn phrases(lang: Lang) -> Vec<String> {
    Phrase::ALL.iter().map(|p| message(*p).text(lang)).collect()
}

/// The search page's script puts in the count and the query where `{n}` and `{q}` stand.
fn message(p: Phrase) -> Message {
    let placeholder = |name: &str| Arg::Figure(format!("{{{name}}}"));
    match p {
        Phrase::SearchFound => Message::new(p.id())
            .arg("n", placeholder("n"))
            .arg("q", placeholder("q")),
        Phrase::SearchNone => Message::new(p.id()).arg("q", placeholder("q")),
        _ => Message::new(p.id()),
    }
}

/// The catalogue's language for a page whose `lang` is `lang`: Chinese for `zh…`, English for every other.
pub fn page_lang(lang: &str) -> Lang {
    if is_zh(lang) { Lang::Zh } else { Lang::En }
}

/// The phrase in the language of a page whose `lang` is `lang`.
pub fn t(lang: &str, p: Phrase) -> &'static str {
    let i = match page_lang(lang) {
        Lang::En => 0,
        Lang::Zh => 1,
    };
    PHRASES[i][p as usize].as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_is_listed_in_its_place() {
        for (i, p) in Phrase::ALL.iter().enumerate() {
            assert_eq!(*p as usize, i, "{p:?}");
        }
    }

    #[test]
    fn the_search_phrases_keep_the_scripts_placeholders() {
        assert_eq!(t("en", Phrase::SearchFound), "{n} results for “{q}”");
        assert_eq!(
            t("zh-CN", Phrase::SearchNone),
            "没有找到与“{q}”相关的页面。请换一个词试试，或查看网站地图。"
        );
        assert_eq!(t("en", Phrase::Source), "Source: ");
        assert_eq!(t("fr", Phrase::Home), "Home");
    }
}
