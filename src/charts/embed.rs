//! A chart in a page and in a file of its own. In the page it is a `<figure>`: the caption, the SVG inline (an
//! `<img>` would hide its title and description from some screen readers), the note and source, the numbers as a real
//! table in a `<details>`, and links to the data. The file `charts/ID.svg` carries title, subtitle and source inside
//! the picture, since no page is around it there.

use super::describe::describe;
use super::plot::{Plot, rows_in_order};
use super::svg::Labels;
use super::{Frame, svg};
use crate::diagnostics::Diagnostic;
use crate::format;
use crate::format::strings::{Phrase, t};
use crate::format::table::grid;
use crate::html::markup::escape;
use crate::html::url::encode_path;
use crate::messages::msg;
use crate::model::chart::{Chart, ChartKind, type_name};
use crate::model::{Dataset, Row, Site};

/// The two layouts a page carries, in SVG units, and the theme shows one of: charts keep their 17-unit text, and
/// the theme sizes each picture in rem so that text comes out between 16 and 24 px (at least 18 px in 大字 mode).
/// The narrow one is for phones, where a 400-unit picture would shrink its text to 13 px; the wide one fills a
/// desktop column. Text cannot reflow inside an SVG, so one picture cannot serve both.
pub const NARROW: f64 = 270.0;
pub const WIDE: f64 = 640.0;

fn plot(site: &Site, c: &Chart, lang: &str) -> Plot {
    Plot::from_chart(c, &site.datasets[c.dataset], lang)
}

/// The drawing library's reason is for the maintainers; the editor gets what to do.
fn failed(c: &Chart, _why: &str) -> Diagnostic {
    Diagnostic::error(&c.rel, 0, 0, msg!("render-chart-failed"))
}

/// The source line in words, without markup: `来源：… · 数据截至2023年10月31日`.
fn source_text(c: &Chart, d: &Dataset, lang: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let source = c.source.as_deref().unwrap_or(&d.source);
    if !source.is_empty() {
        parts.push(format!("{}{source}", t(lang, Phrase::Source)));
    }
    if let Some(a) = &d.as_of {
        parts.push(format!(
            "{}{}",
            t(lang, Phrase::AsOf),
            format::date(a, lang)
        ));
    }
    parts
}

/// The picture written to `charts/ID.svg`.
pub fn file(site: &Site, index: usize, lang: &str) -> Result<Vec<u8>, Diagnostic> {
    let c = &site.charts[index];
    let d = &site.datasets[c.dataset];
    let p = plot(site, c, lang);
    let desc = describe(&p);
    let mut footer = Vec::new();
    if !c.note.is_empty() {
        footer.push(c.note.clone());
    }
    let source = source_text(c, d, lang);
    if !source.is_empty() {
        footer.push(source.join(" · "));
    }
    let frame = Frame {
        title: c.title.clone(),
        subtitle: c.subtitle.clone(),
        footer,
    };
    let labels = Labels {
        id: &format!("chart-{}", c.id),
        title: &c.title,
        desc: &desc,
    };
    svg(&p, labels, Some(&frame))
        .map(String::into_bytes)
        .map_err(|e| failed(c, &e.0))
}

/// The chart as a figure for a page. `id` is unique on the page (`chart-ID`, then `chart-ID.2` if the page shows
/// the same chart again); every id inside the figure is it followed by a dot and a word.
pub fn figure(site: &Site, index: usize, lang: &str, id: &str) -> Result<String, Diagnostic> {
    let c = &site.charts[index];
    let d = &site.datasets[c.dataset];
    let base = &escape(&site.base.path);
    let p = plot(site, c, lang);
    let desc = describe(&p);
    let picture = |width: f64, class: &str, ids: &str| -> Result<String, Diagnostic> {
        let layout = p.at_width(width);
        let image = svg(
            &layout,
            Labels {
                id: ids,
                title: &c.title,
                desc: &desc,
            },
            None,
        )
        .map_err(|e| failed(c, &e.0))?;
        Ok(format!("<div class=\"{class}\">\n{image}</div>\n"))
    };
    let image = format!(
        "{}{}",
        picture(WIDE, "chart-wide", id)?,
        picture(NARROW, "chart-narrow", &format!("{id}.narrow"))?
    );
    let mut h = format!(
        "<figure class=\"chart chart-{}\" id=\"{id}\">\n<figcaption id=\"{id}.caption\"><span class=\"chart-title\">{}</span>",
        type_name(c.kind).replace('_', "-"),
        escape(&c.title)
    );
    if !c.subtitle.is_empty() {
        h.push_str(&format!(
            "<span class=\"chart-subtitle\">{}</span>",
            escape(&c.subtitle)
        ));
    }
    h.push_str("</figcaption>\n<div class=\"chart-image\">\n");
    h.push_str(&image);
    h.push_str("</div>\n");
    if !c.note.is_empty() {
        h.push_str(&format!(
            "<p class=\"chart-note\">{}</p>\n",
            escape(&c.note)
        ));
    }
    let mut source = Vec::new();
    let src = c.source.as_deref().unwrap_or(&d.source);
    if !src.is_empty() {
        source.push(format!("{}{}", t(lang, Phrase::Source), escape(src)));
    }
    if let Some(a) = &d.as_of {
        source.push(format!(
            "{}<time datetime=\"{a}\">{}</time>",
            t(lang, Phrase::AsOf),
            format::date(a, lang)
        ));
    }
    source.push(format!(
        "<a href=\"{base}{}\">{}</a>",
        encode_path(&format!("data/{}/", d.id)),
        t(lang, Phrase::ViewDataset)
    ));
    h.push_str(&format!(
        "<p class=\"chart-source\">{}</p>\n",
        source.join(" · ")
    ));
    h.push_str(&format!(
        "<details class=\"chart-data\">\n<summary>{}</summary>\n",
        t(lang, Phrase::ChartData)
    ));
    h.push_str(&grid(&table_of(c, d), lang, &format!("{id}.table"), false));
    h.push_str("</details>\n");
    h.push_str(&format!(
        "<p class=\"chart-downloads\">{}<a href=\"{base}{csv}\">CSV</a> · <a href=\"{base}{json}\">JSON</a> · <a href=\"{base}{svg}\">{}</a></p>\n</figure>\n",
        t(lang, Phrase::DownloadData),
        t(lang, Phrase::ChartImage),
        csv = encode_path(&format!("data/{}.csv", d.id)),
        json = encode_path(&format!("data/{}.json", d.id)),
        svg = encode_path(&format!("charts/{}.svg", c.id)),
    ));
    Ok(h)
}

/// The part of the dataset the chart draws, in the order drawn: its category column and its value columns (and, for
/// a figure, the column compared with), under the chart's title. Every value in the picture is in it, at full
/// precision.
pub fn table_of(c: &Chart, d: &Dataset) -> Dataset {
    let mut columns = vec![c.x];
    // Each row's unit, where the table has a unit column, so the figures under the chart keep theirs.
    columns.extend(d.unit_column.filter(|&u| u != c.x));
    columns.extend(c.series.iter().map(|s| s.column));
    if let Some(cmp) = c.figure.as_ref().and_then(|f| f.compare.as_ref())
        && !columns.contains(&cmp.column)
    {
        columns.push(cmp.column);
    }
    let rows = if c.kind == ChartKind::Figure {
        c.rows.clone()
    } else {
        rows_in_order(c, d)
    };
    Dataset {
        id: d.id.clone(),
        rel: d.rel.clone(),
        title: c.title.clone(),
        description: String::new(),
        source: String::new(),
        as_of: None,
        notes: d.notes.clone(),
        localized: Vec::new(),
        inferred: Vec::new(),
        unit_column: d
            .unit_column
            .and_then(|u| columns.iter().position(|&i| i == u)),
        hierarchy_read: false,
        period: None,
        series: None,
        period_column: None,
        about: Default::default(),
        columns: columns.iter().map(|&i| d.columns[i].clone()).collect(),
        rows: rows
            .iter()
            .map(|&r| Row {
                key: d.rows[r].key.clone(),
                cells: columns
                    .iter()
                    .map(|&i| d.rows[r].cells[i].clone())
                    .collect(),
                line: d.rows[r].line,
                level: 0,
                total: false,
            })
            .collect(),
    }
}
