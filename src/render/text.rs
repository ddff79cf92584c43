//! The one rule for text that comes from the inputs (vendor names, sources,
//! notes, ids, severity values from a ticket log) wherever a person reads it.
//!
//! | output | control characters and line breaks | other |
//! |---|---|---|
//! | terminal (tables, `explain`, `tickets`, errors, diagnostics) | shown as visible symbols: ESC as `␛`, a line break as `␊`; bidirectional overrides, line separators and invisible characters as `<U+202E>` | — |
//! | Markdown | the same visible symbols, so data never starts a line | `\|*<>[]\` escaped; a line that would open a heading, quote, list or code block is escaped |
//! | CSV | kept exactly (the CSV quoting holds them) | a text cell starting `= + - @`, tab, CR or LF gets a leading `'`, header cells included (`--raw-csv` turns it off) |
//! | XLSX | kept exactly (the writer stores them as `_xHHHH_`) | text is always a string cell, never a formula |
//! | JSON | kept exactly (JSON escapes them) | — |
//! | `init` templates | TOML escapes (`\u001B`) inside strings; visible symbols in comments | — |
//!
//! So no input can move the cursor, retitle or clear a terminal, or change
//! the structure of a document, and the machine-readable exports keep the
//! data as it was written.

use std::borrow::Cow;
use std::ops::Range;

/// Whether `c` must not reach a terminal or a document as it is: C0 and C1
/// controls, DEL; the bidirectional marks, embeddings, overrides and
/// isolates that can reorder what a reader sees; the line and paragraph
/// separators some terminals and editors break lines at; and the invisible
/// characters that make two names look alike (zero-width space, word joiner,
/// the invisible operators, byte-order mark). Zero-width joiners stay: emoji and some scripts need them.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
        )
}

/// `text` with every unsafe character replaced by a visible stand-in: the
/// Unicode control pictures (`␛`, `␇`, `␊`, `␉`, `␡`) for C0 controls and
/// DEL, `<U+XXXX>` for the rest.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\0'..='\u{1F}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')),
            '\u{7F}' => out.push('\u{2421}'),
            c if is_unsafe(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`visible`] for a source line shown under a diagnostic, keeping tabs
/// (the snippet renderer lays them out) and moving `span`, a byte range of
/// `text`, to the same characters of the result.
pub fn visible_span(text: &str, span: Range<usize>) -> (String, Range<usize>) {
    let mut out = String::with_capacity(text.len());
    let (mut start, mut end) = (None, None);
    for (i, c) in text.char_indices() {
        if i == span.start {
            start = Some(out.len());
        }
        if i == span.end {
            end = Some(out.len());
        }
        let mut buffer = [0u8; 4];
        match c {
            '\t' => out.push(c),
            c => out.push_str(&visible(c.encode_utf8(&mut buffer))),
        }
    }
    let start = start.unwrap_or(out.len());
    (out.clone(), start..end.unwrap_or(out.len()).max(start))
}

/// Markdown-escapes text for a table cell or inside a line: visible stand-ins
/// for control characters (a line break cannot start a new block), then a
/// backslash before the characters that would break a cell or start markup.
/// Not `` ` `` or `_`: ids are quoted as code spans (`written_sla`), where a
/// backslash would show, and GFM never reads intraword `_` as emphasis.
pub fn markdown(text: &str) -> String {
    let text = visible(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '|' | '*' | '<' | '>' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// [`markdown`] for text that starts a line: also escapes what would open a
/// block there — a heading (`#`), a list (`-`, `+`, `1.`, `1)`), a quote, a
/// code fence, a setext underline (`=`) or a table row.
pub fn markdown_line(text: &str) -> String {
    let escaped = markdown(text);
    let trimmed = escaped.trim_start();
    // `1.` or `1)` opens an ordered list only before a space or the end of the line.
    let ordered = |end: usize| {
        let marker = &trimmed[end..];
        end > 0 && marker.starts_with(['.', ')']) && marker[1..].chars().next().is_none_or(char::is_whitespace)
    };
    let opens_block = trimmed.starts_with(['#', '-', '+', '=', '`', '~'])
        || ordered(trimmed.find(|c: char| !c.is_ascii_digit()).unwrap_or(trimmed.len()));
    if !opens_block {
        return escaped;
    }
    let indent = escaped.len() - trimmed.len();
    let at = indent + trimmed.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
    format!("{}\\{}", &escaped[..at], &escaped[at..])
}

/// Columns `text` takes in a terminal: two for a CJK character, none for a combining mark.
pub fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// A word cut before and after each wide (CJK) character, where a line of
/// Chinese may break, except before closing punctuation (`，。：）`), which
/// stays with what it follows. A word of Latin letters stays whole.
pub fn break_points(word: &str) -> Vec<&str> {
    let wide = |c: char| unicode_width::UnicodeWidthChar::width(c) == Some(2);
    let mut pieces = Vec::new();
    let (mut start, mut previous_wide) = (0, false);
    for (i, c) in word.char_indices() {
        if i > start && !closes(c) && (wide(c) || previous_wide) {
            pieces.push(&word[start..i]);
            start = i;
        }
        previous_wide = wide(c);
    }
    pieces.push(&word[start..]);
    pieces
}

/// Chinese punctuation that never starts a line.
pub fn closes(c: char) -> bool {
    "，。、：；！？）》」』”’".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(visible("Acme"), "Acme");
        assert_eq!(visible("A\u{1b}]0;pwned\u{7}B"), "A␛]0;pwned␇B");
        assert_eq!(visible("two\nlines\r\n"), "two␊lines␍␊");
        assert_eq!(visible("tab\tDEL\u{7f}"), "tab␉DEL␡");
        assert_eq!(visible("C1\u{9b}2J"), "C1<U+009B>2J");
        assert_eq!(visible("abc\u{202e}fed"), "abc<U+202E>fed");
        // Two names that would look alike do not.
        assert_eq!(visible("Ac\u{200b}me\u{feff}"), "Ac<U+200B>me<U+FEFF>");
        assert_eq!(visible("one\u{2028}two"), "one<U+2028>two");
        // Non-ASCII text stays as it is.
        assert_eq!(visible("声网 Zürich"), "声网 Zürich");
    }

    #[test]
    fn a_span_follows_its_characters_when_they_are_made_visible() {
        // `\u{9b}` (2 bytes) becomes `<U+009B>` (8), the tab stays: `x` moves from 8..9 to 14..15.
        let (text, span) = visible_span("a\u{9b}\tb = x", 8..9);
        assert_eq!(span, 14..15);
        assert_eq!(text, "a<U+009B>\tb = x");
        assert_eq!(&text[span], "x");
        let (text, span) = visible_span("ab", 2..2);
        assert_eq!((text.as_str(), span), ("ab", 2..2));
    }

    #[test]
    fn markdown_cannot_break_a_table_or_start_a_block() {
        assert_eq!(markdown("a|b\n# c"), "a\\|b␊# c");
        assert_eq!(markdown_line("# Heading"), "\\# Heading");
        assert_eq!(markdown_line("  1. Aurora leads"), "  1\\. Aurora leads");
        assert_eq!(markdown_line("12) x"), "12\\) x");
        assert_eq!(markdown_line("- item"), "\\- item");
        assert_eq!(markdown_line("2026 was fine"), "2026 was fine");
        assert_eq!(markdown_line("2.70 of 5"), "2.70 of 5");
        assert_eq!(markdown_line("7."), "7\\.");
        assert_eq!(markdown_line("Plain"), "Plain");
    }
}
