//! The comparison as a GitHub-flavoured Markdown table, for decision documents.

use super::table::{self, Emphasis};
use super::text::{markdown, markdown as escape, markdown_line, visible};
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
    out.push_str(&notes(&model.notes));
    out
}

/// The notes under a table as Markdown that keeps their shape once rendered:
/// a line the terminal indents becomes a list item nested as deep as its
/// indent, and a key the terminal aligns with spaces (`Speed    Response
/// speed`, `+2.0  Resolution rate`) is set in bold before the rest, since
/// HTML collapses the spaces. Every line is escaped so that its own text
/// (`1. Aurora leads`) never opens a list.
fn notes(notes: &[String]) -> String {
    let mut out = String::new();
    let mut in_list = false;
    for note in notes {
        let text = note.trim_start();
        let indent = note.len() - text.len();
        if text.is_empty() {
            out.push('\n');
            in_list = false;
        } else if indent == 0 {
            if in_list {
                // Else the line would continue the list item above.
                out.push('\n');
                in_list = false;
            }
            out.push_str(&markdown_line(text));
            out.push_str("  \n");
        } else {
            // Two spaces: an item; four or more: an item under it.
            let depth = indent.min(4) / 2;
            let item = match text.split_once("  ") {
                Some((key, rest)) if !key.is_empty() => {
                    format!("**{}** {}", markdown(key), markdown(rest.trim_start()))
                }
                _ => markdown_line(text),
            };
            out.push_str(&format!("{}- {item}\n", "  ".repeat(depth - 1)));
            in_list = true;
        }
    }
    out
}

fn line(cells: impl Iterator<Item = String>) -> String {
    format!("| {} |\n", cells.collect::<Vec<_>>().join(" | "))
}
