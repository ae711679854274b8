//! What a public document, a correction and a licence carry once checked: the 政府信息公开 fields of a page, the
//! `revisions:` of pages and datasets, and the licence data is published under. Kept apart from the page and
//! dataset types so every stage names them the same way.

/// The 政府信息公开 fields of a document page (索引号, 主题分类, 发文机关, 成文日期, 文号, 有效性). The 发布日期
/// is the page's own `date`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocMeta {
    pub index_no: Option<String>,
    pub topic: Option<String>,
    pub issuer: Option<String>,
    /// 成文日期, `YYYY-MM-DD`.
    pub written: Option<String>,
    pub doc_no: Option<String>,
    pub validity: Option<String>,
}

impl DocMeta {
    /// Every published string, for the privacy stage.
    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        [
            &mut self.index_no,
            &mut self.topic,
            &mut self.issuer,
            &mut self.doc_no,
            &mut self.validity,
        ]
        .into_iter()
        .flatten()
    }

    pub fn texts(&self) -> impl Iterator<Item = &String> {
        [
            &self.index_no,
            &self.topic,
            &self.issuer,
            &self.doc_no,
            &self.validity,
        ]
        .into_iter()
        .flatten()
    }
}

/// One entry of `revisions:`: when, what changed and why; for a dataset, optionally the cell and the value it
/// had before, so every place showing that cell can say it was corrected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Revision {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub what: String,
    pub why: String,
    /// Index into the dataset's rows.
    pub row: Option<usize>,
    /// Index into the dataset's columns.
    pub column: Option<usize>,
    /// The value as published before, as written in the revision.
    pub previous: Option<String>,
    /// The line of the entry in its file, for messages.
    pub line: usize,
}

impl Revision {
    /// Whether this revision corrected the figure at `row`, `column`.
    pub fn corrects(&self, row: usize, column: usize) -> bool {
        self.row == Some(row) && self.column == Some(column)
    }

    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        [&mut self.what, &mut self.why]
            .into_iter()
            .chain(self.previous.as_mut())
    }

    pub fn texts(&self) -> impl Iterator<Item = &String> {
        [&self.what, &self.why]
            .into_iter()
            .chain(self.previous.as_ref())
    }
}

/// The licence data is published under: its name and the address of its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    pub name: String,
    pub url: String,
}

/// The period a dataset covers, both ends `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Temporal {
    pub start: String,
    pub end: String,
}
