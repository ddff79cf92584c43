//! The comparison as a terminal table (comfy-table).

use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle, Width,
};

use super::table::{self, Emphasis, TableModel};
use super::Render;
use crate::scorecard::Scorecard;

/// Rules above and below the header and at the bottom, no vertical lines:
/// a dozen columns fit in 100 terminal columns.
const STYLE: TableStyle = TableStyle::new()
    .top_border(LineStyle::none().fill('─').junction('─'))
    .header_separator(LineStyle::none().fill('─').junction('─'))
    .bottom_border(LineStyle::none().fill('─').junction('─'));

pub struct TerminalRender {
    pub detail: bool,
    /// Add the "what drives the ranking" notes, flagging margins under this many points.
    pub drivers: Option<f64>,
    pub color: bool,
    /// Fixed width in columns; `None` asks the terminal.
    pub width: Option<u16>,
}

impl Render for TerminalRender {
    fn render(&self, scorecard: &Scorecard) -> anyhow::Result<Vec<u8>> {
        Ok(self.text(&table::model(scorecard, self.detail, self.drivers)).into_bytes())
    }
}

impl TerminalRender {
    /// Any table model as terminal text: the table, then its notes wrapped to its width.
    pub fn text(&self, model: &TableModel) -> String {
        let table = self.table(model).to_string();
        let width = table.lines().map(|line| line.chars().count()).max().unwrap_or(0).max(MIN_NOTE_WIDTH);
        let mut out = table;
        out.push('\n');
        for note in &model.notes {
            wrap(note, width, &mut out);
        }
        out
    }

    fn table(&self, model: &TableModel) -> Table {
        let mut table = Table::new();
        table.load_style(STYLE).set_content_arrangement(ContentArrangement::Dynamic);
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        if let Some(width) = self.width {
            table.set_width(width);
        }
        table.set_header(model.header.iter().map(|h| Cell::new(h).add_attribute(Attribute::Bold)));
        for row in &model.rows {
            table.add_row(row.cells.iter().map(|text| {
                let cell = Cell::new(text);
                match (self.color, row.emphasis) {
                    (false, _) | (true, Emphasis::None) => cell,
                    (true, Emphasis::Strong) => cell.fg(Color::Green).add_attribute(Attribute::Bold),
                    (true, Emphasis::Failed) => cell.fg(Color::Red),
                    (true, Emphasis::Heading) => cell.add_attribute(Attribute::Bold),
                }
            }));
        }
        for (index, numeric) in model.numeric.iter().enumerate() {
            let Some(column) = table.column_mut(index) else { continue };
            // One space between columns; none before the first.
            let padding = u16::from(index > 0);
            column.set_padding((padding, 0));
            if *numeric {
                column.set_cell_alignment(CellAlignment::Right);
            }
            // Only the names column gives way to a narrow terminal. The others
            // are as wide as their cells, or the longest word of their header:
            // a long header wraps between words, figures never wrap.
            if index != model.wrapping {
                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(fixed_width(model, index) + padding)));
            }
        }
        table
    }
}

/// Notes wrap at the table's width, but never narrower than this.
const MIN_NOTE_WIDTH: usize = 60;

/// Appends `note` to `out` in lines of at most `width` characters (a longer
/// word gets a line of its own), continuation lines indented under the text.
fn wrap(note: &str, width: usize, out: &mut String) {
    if note.chars().count() <= width {
        // Kept as written, aligned spaces and all.
        out.push_str(note);
        out.push('\n');
        return;
    }
    let indent = note.len() - note.trim_start().len() + 2;
    let mut line = note[..indent - 2].to_string();
    let mut fresh = true;
    for word in note.split_whitespace() {
        let length = line.chars().count();
        if !fresh && length + 1 + word.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line = " ".repeat(indent);
            fresh = true;
        }
        if !fresh {
            line.push(' ');
        }
        line.push_str(word);
        fresh = false;
    }
    out.push_str(&line);
    out.push('\n');
}

/// The widest cell of a column, or its header's longest word if wider.
fn fixed_width(model: &TableModel, index: usize) -> u16 {
    let cells = model.rows.iter().filter_map(|row| row.cells.get(index));
    let header_words = model.header[index].split_whitespace();
    let widest = cells.map(String::as_str).chain(header_words).map(|text| text.chars().count()).max();
    u16::try_from(widest.unwrap_or(1)).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn notes_wrap_between_words_with_a_hanging_indent() {
        let mut out = String::new();
        wrap("  Speed: share of the weight backed by evidence", 20, &mut out);
        // Each line ≤ 20 characters; continuation lines are indented 2 more than the first.
        assert_eq!(out, "  Speed: share of\n    the weight\n    backed by\n    evidence\n");
        let mut out = String::new();
        wrap("  Docs     fits", 20, &mut out);
        assert_eq!(out, "  Docs     fits\n");
        let mut out = String::new();
        wrap("a unbreakable-word-longer-than-width b", 10, &mut out);
        assert_eq!(out, "a\n  unbreakable-word-longer-than-width\n  b\n");
    }
}
