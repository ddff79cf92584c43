//! Renderers: each turns a finished scorecard into bytes, reading nothing else.

mod csv;
pub mod explain;
mod json;
mod markdown;
pub mod report;
mod svg;
pub(crate) mod table;
mod terminal;
pub mod text;
pub mod tickets;
mod xlsx;

pub use self::csv::{CsvRender, CsvShape};
pub use self::json::JsonRender;
pub use self::markdown::MarkdownRender;
pub use self::report::HtmlRender;
pub use self::terminal::TerminalRender;
pub use self::xlsx::XlsxRender;

use crate::scorecard::Scorecard;

/// The summary CSV's own columns, which a category's column (named by its
/// id) must not repeat: the loader refuses such ids.
pub fn summary_csv_columns() -> impl Iterator<Item = &'static str> {
    csv::SUMMARY_LEADING.into_iter().chain(csv::SUMMARY_TRAILING).chain(csv::PROVENANCE_COLUMNS)
}

/// One output format.
pub trait Render {
    fn render(&self, scorecard: &Scorecard) -> anyhow::Result<Vec<u8>>;
}

/// `0.8765` → `88%`.
fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// `0.05556` → `5.6%`.
fn percent_one_decimal(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// At most `places` decimals, trailing zeros dropped: `41.4`, `5`, never `-0`.
fn trimmed(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

/// One decimal, for scores and points in tables; never `-0.0` (a rounding
/// residue such as -1e-12 is zero to a reader).
fn one_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    if text == "-0.0" {
        "0.0".into()
    } else {
        text
    }
}
