//! The comparison as a terminal table (comfy-table).

use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, LineStyle, Table,
    TableStyle, Width,
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
    pub color: bool,
    /// Fixed width in columns; `None` asks the terminal.
    pub width: Option<u16>,
}

impl Render for TerminalRender {
    fn render(&self, scorecard: &Scorecard) -> anyhow::Result<Vec<u8>> {
        let model = if self.detail { table::detail(scorecard) } else { table::summary(scorecard) };
        let mut out = self.table(&model).to_string();
        out.push('\n');
        for note in &model.notes {
            out.push_str(note);
            out.push('\n');
        }
        Ok(out.into_bytes())
    }
}

impl TerminalRender {
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

/// The widest cell of a column, or its header's longest word if wider.
fn fixed_width(model: &TableModel, index: usize) -> u16 {
    let cells = model.rows.iter().filter_map(|row| row.cells.get(index));
    let header_words = model.header[index].split_whitespace();
    let widest = cells.map(String::as_str).chain(header_words).map(|text| text.chars().count()).max();
    u16::try_from(widest.unwrap_or(1)).unwrap_or(u16::MAX)
}
