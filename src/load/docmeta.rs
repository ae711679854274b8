//! The front-matter and dataset keys of public documents and corrections as written: `revisions:` entries and a
//! dataset's `temporal:` period. Read loosely (dates as any scalar) so `validate::docmeta` can say what is wrong at
//! the value's line and column.

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::scalar::Scalar;
use crate::messages::{Message, msg};
use crate::model::docmeta::Licence;

/// One entry of `revisions:` as written: `{date: 2024-01-15, what: …, why: …}`, and for a dataset optionally the
/// corrected cell (`row`, `column`) and the value it had (`previous`). Chinese keys are accepted too.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRevision {
    #[serde(alias = "日期")]
    pub date: Spanned<Scalar>,
    #[serde(alias = "内容")]
    pub what: String,
    #[serde(default, alias = "原因")]
    pub why: String,
    #[serde(default, alias = "行")]
    pub row: Option<Spanned<Scalar>>,
    #[serde(default, alias = "列")]
    pub column: Option<Spanned<String>>,
    #[serde(default, alias = "原值")]
    pub previous: Option<Spanned<Scalar>>,
}

/// `temporal: {start: 2023-01-01, end: 2023-10-31}`: the period a dataset's figures cover.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTemporal {
    pub start: Spanned<Scalar>,
    pub end: Spanned<Scalar>,
}

/// What is wrong with a licence.
pub fn licence_problem(l: &Licence) -> Option<Message> {
    if l.name.trim().is_empty() {
        return Some(msg!("licence-no-name"));
    }
    if !(l.url.starts_with("https://") || l.url.starts_with("http://"))
        || l.url
            .contains(|c: char| c.is_whitespace() || "<>\"'`".contains(c))
    {
        return Some(msg!("licence-bad-url", url = &l.url));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licences_need_a_name_and_a_web_address() {
        let ok = Licence {
            name: "CC BY 4.0".into(),
            url: "https://creativecommons.org/licenses/by/4.0/".into(),
        };
        assert!(licence_problem(&ok).is_none());
        let bad = Licence {
            url: "javascript:alert(1)".into(),
            ..ok.clone()
        };
        assert!(licence_problem(&bad).is_some());
        let unnamed = Licence {
            name: " ".into(),
            ..ok
        };
        assert!(licence_problem(&unnamed).is_some());
    }
}
