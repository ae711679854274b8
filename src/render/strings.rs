//! The few words the generator itself writes into pages (the theme carries its own). Chinese first, English for
//! sites whose `language` is not Chinese.

use super::format::is_zh;

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
    }
}
