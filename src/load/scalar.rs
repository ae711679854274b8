//! A single YAML value whose type the schema decides later. Datasets declare column types separately from the rows,
//! so rows are read loosely here and checked against their columns in `validate`, where the error can name both.

use serde::Deserialize;

/// One plain YAML value. Lists and mappings are refused by the parser with a located error.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Integer(i64),
    Number(f64),
    Bool(bool),
    Text(String),
    Empty(()),
}

impl Scalar {
    /// The value as an editor wrote it, for row keys and text columns.
    pub fn as_text(&self) -> String {
        match self {
            Scalar::Integer(i) => i.to_string(),
            Scalar::Number(f) => f.to_string(),
            Scalar::Bool(b) => b.to_string(),
            Scalar::Text(s) => s.clone(),
            Scalar::Empty(()) => String::new(),
        }
    }
}
