//! Renderers: each turns a finished scorecard into bytes, reading nothing else.

mod csv;
pub mod explain;
mod json;
mod markdown;
pub(crate) mod table;
mod terminal;
pub mod tickets;

pub use self::csv::{CsvRender, CsvShape};
pub use self::json::JsonRender;
pub use self::markdown::MarkdownRender;
pub use self::terminal::TerminalRender;

use crate::scorecard::Scorecard;

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

/// One decimal, for scores and points in tables.
fn one_decimal(value: f64) -> String {
    format!("{value:.1}")
}
