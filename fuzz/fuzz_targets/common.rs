//! Invariants every fuzz target checks on whatever it manages to score and render.

use vendorcard::render::{CsvRender, CsvShape, JsonRender, MarkdownRender, Render, TerminalRender, XlsxRender};
use vendorcard::scorecard::Scorecard;

/// Scores must keep the engine's promises, and every format must render;
/// human-facing outputs must hold no control character but the line breaks
/// (and the colour escapes) they write themselves, and every Markdown table
/// row must have as many cells as its header.
pub fn check_and_render(card: &Scorecard) {
    card.verify().expect("the engine's promises hold");
    for vendor in &card.vendors {
        assert!((-1e-9..=100.0 + 1e-9).contains(&vendor.total), "total {}", vendor.total);
        let sum: f64 = vendor.criteria().map(|(_, c)| c.contribution).sum();
        assert!((sum - vendor.total).abs() < 1e-6, "contributions {sum} vs total {}", vendor.total);
    }
    for (detail, width) in [(false, 100), (true, 60), (false, 40)] {
        let text = TerminalRender { detail, drivers: Some(2.0), color: false, width }.render(card).unwrap();
        assert_human(&String::from_utf8(text).unwrap());
    }
    let coloured = TerminalRender { detail: false, drivers: None, color: true, width: 80 }.render(card).unwrap();
    let coloured = String::from_utf8(coloured).unwrap();
    assert_human(&strip_colour(&coloured));
    for detail in [false, true] {
        let markdown = String::from_utf8(MarkdownRender { detail, drivers: Some(2.0) }.render(card).unwrap()).unwrap();
        assert_human(&markdown);
        assert_table_shape(&markdown);
    }
    for render in [
        Box::new(CsvRender { shape: CsvShape::Summary, neutralise: true }) as Box<dyn Render>,
        Box::new(CsvRender { shape: CsvShape::Long, neutralise: true }),
        Box::new(JsonRender),
        Box::new(XlsxRender),
    ] {
        render.render(card).expect("rendering a scorecard in memory cannot fail");
    }
}

/// No control character other than a line break.
pub fn assert_human(text: &str) {
    if let Some(c) = text.chars().find(|c| c.is_control() && *c != '\n') {
        panic!("control character U+{:04X} in human output:\n{text}", c as u32);
    }
}

fn strip_colour(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            assert_eq!(chars.next(), Some('['), "only colour escapes:\n{text}");
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    assert_eq!(c, 'm', "only colour escapes:\n{text}");
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Every line of the table starts and ends with `|`, with as many unescaped
/// `|` as the header line.
fn assert_table_shape(markdown: &str) {
    let pipes = |line: &str| {
        let mut count = 0;
        let mut escaped = false;
        for c in line.chars() {
            match c {
                '\\' if !escaped => escaped = true,
                '|' if !escaped => count += 1,
                _ => escaped = false,
            }
            if c != '\\' {
                escaped = false;
            }
        }
        count
    };
    let mut lines = markdown.lines().take_while(|line| !line.is_empty());
    let header = lines.next().expect("a header line");
    let expected = pipes(header);
    for line in lines {
        assert!(line.starts_with('|') && line.ends_with('|'), "table line: {line}");
        assert_eq!(pipes(line), expected, "cells in `{line}`");
    }
}
