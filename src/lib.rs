//! vendorcard: score vendors' after-sales support from collected evidence against a TOML rubric.
//!
//! The pipeline, one module a step: [`cli`] → [`options`] → [`load`] (rubric,
//! evidence) → [`score`] (pure) → [`scorecard`] → [`render`] / [`output`].

pub mod app;
pub mod builtin;
pub mod cli;
pub mod complete;
pub mod confidence;
pub mod date;
pub mod diagnostic;
pub mod evidence;
pub mod i18n;
pub mod intervals;
pub mod load;
pub mod options;
pub mod output;
pub mod progress;
pub mod provenance;
pub mod render;
pub mod rubric;
pub mod rubric_diff;
pub mod schema;
pub mod score;
pub mod scorecard;
pub mod stats;
pub mod template;
pub mod tickets;
