//! The comparison as a terminal table (comfy-table).
//!
//! Colour is decided once (`crate::options`, through anstream) and painted
//! here with anstyle. comfy-table is built without its terminal stack, so it
//! never colours on its own: emphasised words are wrapped in invisible
//! zero-width markers that it measures as nothing, and the markers become
//! escape sequences once the table is laid out.

use anstyle::{AnsiColor, Style};
use comfy_table::{Cell, CellAlignment, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle, Width};

use super::table::{self, Emphasis, Row, TableModel};
use super::text::{display_width as columns, visible};
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
    /// Width in terminal columns: the terminal's, or a fixed width when piped.
    pub width: u16,
}

impl Render for TerminalRender {
    fn render(&self, scorecard: &Scorecard) -> anyhow::Result<Vec<u8>> {
        let mut out = self.text(&table::model(scorecard, self.detail, self.drivers));
        if let Some(view) = table::confidence(scorecard) {
            // The section's lines as wide as the comparison above, not its own narrower table.
            let above = out.lines().map(|line| columns(&strip_ansi(line))).max().unwrap_or(0);
            let width = above.max(MIN_NOTE_WIDTH).min(usize::from(self.width).max(MIN_NOTE_WIDTH));
            for line in &view.heading {
                wrap(&visible(line), width, &mut out);
            }
            out.push_str(&self.text_with_notes_at(&view.table, width));
        }
        Ok(out.into_bytes())
    }
}

impl TerminalRender {
    /// Any table model as terminal text: the table, then its notes wrapped to
    /// its width. Text from the inputs is shown with visible control
    /// characters (see [`super::text`]). A table too wide for the terminal
    /// drops to a narrower layout, then to one block per row: words are
    /// never broken.
    pub fn text(&self, model: &TableModel) -> String {
        self.text_with_notes_at(model, 0)
    }

    /// [`Self::text`], its notes wrapped at `note_width` columns at least.
    fn text_with_notes_at(&self, model: &TableModel, note_width: usize) -> String {
        let model = visible_model(model);
        let width = usize::from(self.width);
        let compact = table::compact(&model);
        // Whole names on one line first, with every column, then without the
        // status column; then names wrapped between words; then one block a row.
        let layouts =
            [(Some(&model), true), (compact.as_ref(), true), (Some(&model), false), (compact.as_ref(), false)];
        let chosen = layouts.into_iter().find_map(|(layout, whole)| layout.filter(|l| fits_names(l, width, whole)));
        if let Some(layout) = chosen {
            return self.with_notes(paint_marks(&self.table(layout).to_string()), layout, width, note_width);
        }
        self.with_notes(self.vertical(&model, width), &model, width, note_width)
    }

    fn with_notes(&self, body: String, model: &TableModel, width: usize, at_least: usize) -> String {
        let drawn = body.lines().map(|line| columns(&strip_ansi(line))).max().unwrap_or(0).max(at_least);
        let note_width = drawn.max(MIN_NOTE_WIDTH).min(width.max(MIN_NOTE_WIDTH));
        let mut out = body;
        out.push('\n');
        for note in &model.notes {
            wrap(note, note_width, &mut out);
        }
        out
    }

    fn table(&self, model: &TableModel) -> Table {
        let mut table = Table::new();
        table.load_style(STYLE).set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(self.width);
        table.set_header(model.header.iter().map(|h| Cell::new(self.mark(h, Emphasis::Heading))));
        for row in &model.rows {
            table.add_row(row.cells.iter().map(|text| Cell::new(self.mark(text, row.emphasis))));
        }
        for (index, numeric) in model.numeric.iter().enumerate() {
            let Some(column) = table.column_mut(index) else { continue };
            // One space between columns; none before the first.
            let padding = u16::from(index > 0);
            column.set_padding((padding, 0));
            if *numeric {
                column.set_cell_alignment(CellAlignment::Right);
            }
            // Only the names column gives way to a narrow terminal, and never
            // below its longest word. The others are as wide as their cells,
            // or the longest word of their header: a long header wraps between
            // words, figures never wrap.
            let constraint = if index == model.wrapping {
                ColumnConstraint::LowerBoundary(Width::Fixed(longest_word(model, index) + padding))
            } else {
                ColumnConstraint::Absolute(Width::Fixed(fixed_width(model, index) + padding))
            };
            column.set_constraint(constraint);
        }
        table
    }

    /// `text` with each word between zero-width markers of `emphasis`, when
    /// colouring: comfy-table wraps between words, so every line of a
    /// wrapped cell opens and closes its own colour.
    fn mark(&self, text: &str, emphasis: Emphasis) -> String {
        let Some(open) = marker(emphasis).filter(|_| self.color) else { return text.to_string() };
        text.split(' ')
            .map(|word| if word.is_empty() { String::new() } else { format!("{open}{word}{MARK_END}") })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// One block per row, for terminals too narrow for any table: the row's
    /// leading cells on one line, then `Header value` pairs, wrapped.
    fn vertical(&self, model: &TableModel, width: usize) -> String {
        let mut out = String::new();
        let rule = "─".repeat(width.min(MIN_NOTE_WIDTH));
        out.push_str(&rule);
        out.push('\n');
        for row in &model.rows {
            let lead: Vec<&str> =
                row.cells[..=model.wrapping].iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
            let mut title = String::new();
            wrap(&lead.join("  "), width, &mut title);
            out.push_str(&self.paint_text(title.trim_end(), row.emphasis));
            out.push('\n');
            let pairs: Vec<String> = model.header[model.wrapping + 1..]
                .iter()
                .zip(&row.cells[model.wrapping + 1..])
                .filter(|(_, cell)| !cell.trim().is_empty())
                .map(|(header, cell)| format!("{header} {}", cell.trim()))
                .collect();
            // Pairs stay whole: a line breaks between them, never inside one.
            let mut line = String::from("  ");
            for pair in pairs {
                if line.trim().is_empty() {
                    line.push(' ');
                } else if columns(&line) + 3 + columns(&pair) > width {
                    out.push_str(&line);
                    out.push('\n');
                    line = String::from("   ");
                } else {
                    line.push_str(" · ");
                }
                line.push_str(&pair);
            }
            if !line.trim().is_empty() {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out.push_str(&rule);
        out
    }

    fn paint_text(&self, text: &str, emphasis: Emphasis) -> String {
        match style(emphasis).filter(|_| self.color) {
            Some(style) => format!("{style}{text}{style:#}"),
            None => text.to_string(),
        }
    }
}

/// How each emphasis looks in colour.
fn style(emphasis: Emphasis) -> Option<Style> {
    match emphasis {
        Emphasis::None => None,
        Emphasis::Strong => Some(Style::new().bold().fg_color(Some(AnsiColor::Green.into()))),
        Emphasis::Failed => Some(Style::new().fg_color(Some(AnsiColor::Red.into()))),
        Emphasis::Heading => Some(Style::new().bold()),
    }
}

/// The invisible operators U+2061–U+2063 open an emphasis and U+2064 closes
/// it: default-ignorable, so comfy-table measures them as zero columns, and
/// never in a table's text, since [`visible`] shows them as `<U+2061>`.
fn marker(emphasis: Emphasis) -> Option<char> {
    match emphasis {
        Emphasis::None => None,
        Emphasis::Strong => Some('\u{2061}'),
        Emphasis::Failed => Some('\u{2062}'),
        Emphasis::Heading => Some('\u{2063}'),
    }
}

const MARK_END: char = '\u{2064}';

/// The laid-out table with its markers turned into escape sequences.
fn paint_marks(table: &str) -> String {
    let mut out = String::with_capacity(table.len() + table.len() / 4);
    let mut open = None;
    for c in table.chars() {
        match c {
            '\u{2061}' => open = style(Emphasis::Strong),
            '\u{2062}' => open = style(Emphasis::Failed),
            '\u{2063}' => open = style(Emphasis::Heading),
            MARK_END => {
                if let Some(style) = open.take() {
                    out.push_str(&format!("{style:#}"));
                }
                continue;
            }
            c => {
                out.push(c);
                continue;
            }
        }
        if let Some(style) = open {
            out.push_str(&format!("{style}"));
        }
    }
    out
}

/// The model with every header, cell and note passed through [`visible`].
fn visible_model(model: &TableModel) -> TableModel {
    let show = |text: &String| visible(text).into_owned();
    TableModel {
        header: model.header.iter().map(show).collect(),
        numeric: model.numeric.clone(),
        rows: model
            .rows
            .iter()
            .map(|row| Row { cells: row.cells.iter().map(show).collect(), emphasis: row.emphasis })
            .collect(),
        notes: model.notes.iter().map(show).collect(),
        wrapping: model.wrapping,
        status: model.status,
    }
}

/// Whether the table fits `width` with its names column as wide as its
/// longest name (`whole`) or its longest word.
fn fits_names(model: &TableModel, width: usize, whole: bool) -> bool {
    let columns = model.header.len();
    let needed: usize = (0..columns)
        .map(|index| {
            let padding = usize::from(index > 0);
            let content = match (index == model.wrapping, whole) {
                (true, true) => fixed_width(model, index),
                (true, false) => longest_word(model, index),
                (false, _) => fixed_width(model, index),
            };
            usize::from(content) + padding
        })
        .sum();
    // Plus the one-character gap the style leaves between columns.
    needed + columns.saturating_sub(1) <= width
}

/// The longest word of a column, header included.
fn longest_word(model: &TableModel, index: usize) -> u16 {
    let cells = model.rows.iter().filter_map(|row| row.cells.get(index)).chain(&model.header[index..=index]);
    let widest = cells.flat_map(|text| text.split_whitespace()).map(columns).max();
    u16::try_from(widest.unwrap_or(1)).unwrap_or(u16::MAX)
}

/// Without the escape sequences colour adds.
fn strip_ansi(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Notes wrap at the table's width, but never narrower than this.
const MIN_NOTE_WIDTH: usize = 60;

/// Appends `note` to `out` in lines of at most `width` characters (a longer
/// word gets a line of its own), continuation lines indented under the text.
fn wrap(note: &str, width: usize, out: &mut String) {
    if columns(note) <= width {
        // Kept as written, aligned spaces and all.
        out.push_str(note);
        out.push('\n');
        return;
    }
    let indent = note.len() - note.trim_start().len() + 2;
    let mut line = note[..indent - 2].to_string();
    let mut fresh = true;
    for word in note.split_whitespace() {
        // A line breaks between words, and between Chinese characters, which have no spaces.
        for (i, piece) in pieces(word, width.saturating_sub(indent)).into_iter().enumerate() {
            let gap = usize::from(i == 0);
            if !fresh && columns(&line) + gap + columns(piece) > width {
                out.push_str(&line);
                out.push('\n');
                line = " ".repeat(indent);
                fresh = true;
            }
            if !fresh && i == 0 {
                line.push(' ');
            }
            line.push_str(piece);
            fresh = false;
        }
    }
    out.push_str(&line);
    out.push('\n');
}

/// A word cut where a line may break inside it. Chinese has no spaces: a
/// line breaks after its punctuation (`，。、；：`), and only a run still
/// wider than `room` breaks between its characters — so a name such as
/// 云雀通信 stays whole when it can. Closing punctuation never starts a line.
fn pieces(word: &str, room: usize) -> Vec<&str> {
    let closing = super::text::closes;
    let mut runs = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        let next_closes = word[end..].chars().next().is_some_and(closing);
        if closing(c) && !next_closes && end < word.len() {
            runs.push(&word[start..end]);
            start = end;
        }
    }
    runs.push(&word[start..]);
    let mut pieces = Vec::new();
    for run in runs {
        if columns(run) <= room {
            pieces.push(run);
        } else {
            pieces.extend(super::text::break_points(run));
        }
    }
    pieces
}

/// The widest cell of a column, or its header's longest word if wider.
fn fixed_width(model: &TableModel, index: usize) -> u16 {
    let cells = model.rows.iter().filter_map(|row| row.cells.get(index));
    let header_words = model.header[index].split_whitespace();
    let widest = cells.map(String::as_str).chain(header_words).map(columns).max();
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

    #[test]
    fn chinese_wraps_between_characters_by_display_width() {
        // 19 characters of two columns each into lines of at most 12, continuation lines
        // indented 2 (10 columns of text). The line breaks after `，`; the run before it is
        // wider than 10 columns, so it also breaks between characters; `我方核实。` (10
        // columns) fits a line and stays whole.
        let mut out = String::new();
        wrap("证据覆盖有证据支撑的权重占比，我方核实。", 12, &mut out);
        assert_eq!(out, "证据覆盖有证\n  据支撑的权\n  重占比，\n  我方核实。\n");
        for line in out.lines() {
            assert!(super::columns(line) <= 12, "{line}");
        }
        // Latin words beside Chinese keep their spaces; a Chinese name that fits is not cut.
        let mut out = String::new();
        wrap("Aurora Signal 领先 2. 云雀通信 Yunque", 16, &mut out);
        assert_eq!(out, "Aurora Signal\n  领先 2.\n  云雀通信\n  Yunque\n");
        let mut out = String::new();
        // Widths: 覆盖： 6, Aurora 6, 78%、 5, 云雀通信 8: the first line would reach 26 with the
        // name, so it breaks after `、`; then 云雀通信 81%、 (16) and Quillstack (10) make 26 again.
        wrap("覆盖：Aurora 78%、云雀通信 81%、Quillstack 77%", 24, &mut out);
        assert_eq!(out, "覆盖：Aurora 78%、\n  云雀通信 81%、\n  Quillstack 77%\n");
    }
}
