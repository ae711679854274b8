//! The few words the generator itself writes into pages (the theme carries its own). Chinese first, English for
//! sites whose `language` is not Chinese.

use super::is_zh;

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
}

pub fn t(lang: &str, p: Phrase) -> &'static str {
    let zh = is_zh(lang);
    match p {
        Phrase::Home => {
            if zh {
                "首页"
            } else {
                "Home"
            }
        }
        Phrase::Catalogue => {
            if zh {
                "数据目录"
            } else {
                "Data catalogue"
            }
        }
        Phrase::CatalogueDescription => {
            if zh {
                "本站发布的全部数据集，均可下载CSV和JSON格式。"
            } else {
                "Every dataset published on this site, with CSV and JSON downloads."
            }
        }
        Phrase::Source => {
            if zh {
                "来源："
            } else {
                "Source: "
            }
        }
        Phrase::AsOf => {
            if zh {
                "数据截至"
            } else {
                "Data as of "
            }
        }
        Phrase::ViewDataset => {
            if zh {
                "查看数据集"
            } else {
                "View the dataset"
            }
        }
        Phrase::NotFound => {
            if zh {
                "页面未找到"
            } else {
                "Page not found"
            }
        }
        Phrase::NotFoundDescription => {
            if zh {
                "您访问的页面不存在或已被移动。"
            } else {
                "The page you asked for does not exist or has moved."
            }
        }
        Phrase::NoData => {
            if zh {
                "无数据"
            } else {
                "no data"
            }
        }
        Phrase::Suppressed => {
            if zh {
                "为保护个人信息不予公布"
            } else {
                "withheld to protect people"
            }
        }
        Phrase::Unit => {
            if zh {
                "单位："
            } else {
                "Unit: "
            }
        }
        Phrase::Total => {
            if zh {
                "合计"
            } else {
                "Total"
            }
        }
        Phrase::ChartData => {
            if zh {
                "图表数据（表格）"
            } else {
                "The chart's data as a table"
            }
        }
        Phrase::DownloadData => {
            if zh {
                "下载数据："
            } else {
                "Download the data: "
            }
        }
        Phrase::ChartImage => {
            if zh {
                "SVG图片"
            } else {
                "SVG image"
            }
        }
        Phrase::Search => {
            if zh {
                "搜索"
            } else {
                "Search"
            }
        }
        Phrase::SearchDescription => {
            if zh {
                "搜索本站的全部页面和数据集。"
            } else {
                "Search every page and dataset on this site."
            }
        }
        Phrase::SearchLabel => {
            if zh {
                "搜索本站"
            } else {
                "Search this site"
            }
        }
        Phrase::SearchButton => {
            if zh {
                "搜索"
            } else {
                "Search"
            }
        }
        Phrase::SearchNoScript => {
            if zh {
                "站内搜索需要浏览器运行JavaScript，当前无法使用。您可以在网站地图中按栏目查看全部页面和数据集。"
            } else {
                "Search needs JavaScript, which is not running in this browser. The site map lists every page and dataset by section."
            }
        }
        Phrase::SearchLoading => {
            if zh {
                "正在搜索……"
            } else {
                "Searching…"
            }
        }
        Phrase::SearchFound => {
            if zh {
                "“{q}”共找到 {n} 个结果"
            } else {
                "{n} results for “{q}”"
            }
        }
        Phrase::SearchNone => {
            if zh {
                "没有找到与“{q}”相关的页面。请换一个词试试，或查看网站地图。"
            } else {
                "Nothing found for “{q}”. Try another word, or browse the site map."
            }
        }
        Phrase::SearchFailed => {
            if zh {
                "搜索索引未能加载，请稍后再试，或查看网站地图。"
            } else {
                "The search index could not be loaded. Try again later, or browse the site map."
            }
        }
        Phrase::SearchMore => {
            if zh {
                "显示更多结果"
            } else {
                "Show more results"
            }
        }
        Phrase::SitemapTitle => {
            if zh {
                "网站地图"
            } else {
                "Site map"
            }
        }
        Phrase::SitemapDescription => {
            if zh {
                "本站全部页面和数据集，按栏目排列。"
            } else {
                "Every page and dataset on this site, by section."
            }
        }
    }
}
