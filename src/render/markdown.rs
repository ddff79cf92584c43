//! The comparison as a GitHub-flavoured Markdown table, for decision documents.

use super::table::{self, Emphasis};
use super::text::{markdown as escape, markdown_line, visible};
use super::Render;
use crate::scorecard::Scorecard;

pub struct MarkdownRender {
    pub detail: bool,
    /// Add the "what drives the ranking" notes, flagging margins under this many points.
    pub drivers: Option<f64>,
}

impl Render for MarkdownRender {
    fn render(&self, scorecard: &Scorecard) -> anyhow::Result<Vec<u8>> {
        let model = table::model(scorecard, self.detail, self.drivers);
        let mut out = table_text(&model);
        if let Some(view) = table::confidence(scorecard) {
            out.push_str("\n### How sure is the ranking\n\n");
            for line in view.heading.iter().filter(|l| !l.is_empty()) {
                out.push_str(&markdown_line(line));
                out.push_str("  \n");
            }
            out.push('\n');
            out.push_str(&table_text(&view.table));
        }
        if let Some(provenance) = &scorecard.provenance {
            out.push_str(&format!(
                "\nScored by vendorcard {} on {} with rubric `{}` {} (SHA-256 `{}`). Evidence files:\n\n",
                provenance.version,
                provenance.evaluated_on,
                visible(&scorecard.rubric.id),
                escape(&scorecard.rubric.version),
                provenance.rubric.sha256
            ));
            for file in &provenance.files {
                out.push_str(&format!(
                    "- {} — {} `{}` (SHA-256 `{}`)\n",
                    escape(&file.vendor),
                    file.role,
                    visible(&file.file),
                    file.sha256
                ));
            }
        }
        Ok(out.into_bytes())
    }
}

/// A table model as a Markdown table, its notes as lines under it.
fn table_text(model: &table::TableModel) -> String {
    let mut out = String::new();
    out.push_str(&line(model.header.iter().map(|h| escape(h))));
    out.push_str(&line(model.numeric.iter().map(|n| if *n { "---:".into() } else { "---".into() })));
    for row in &model.rows {
        let strong = matches!(row.emphasis, Emphasis::Strong | Emphasis::Heading);
        out.push_str(&line(row.cells.iter().map(|cell| {
            let text = escape(cell.trim_start());
            if strong && !text.is_empty() {
                format!("**{text}**")
            } else {
                text
            }
        })));
    }
    out.push('\n');
    for note in &model.notes {
        out.push_str(&markdown_line(note.trim_start()));
        out.push_str("  \n");
    }
    out
}

fn line(cells: impl Iterator<Item = String>) -> String {
    format!("| {} |\n", cells.collect::<Vec<_>>().join(" | "))
}
