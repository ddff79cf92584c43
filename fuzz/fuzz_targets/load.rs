//! Any bytes as a rubric and an evidence file: loading must report problems,
//! never panic, and whatever loads must score and render without panicking.
//!
//! Input: `<rubric>\n#%%\n<evidence>`. Without the separator the whole input is
//! evidence for the built-in rubric, so seeds can be plain evidence files.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vendorcard::diagnostic::{Diagnostics, Source};
use vendorcard::load::evidence::parse_evidence;
use vendorcard::load::rubric::parse_rubric;
use vendorcard::render::{CsvRender, CsvShape, JsonRender, MarkdownRender, Render, TerminalRender, XlsxRender};
use vendorcard::score::score;

const SEPARATOR: &str = "\n#%%\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let builtin = vendorcard::builtin::get(vendorcard::builtin::DEFAULT).unwrap();
    let (rubric_text, evidence_text) = text.split_once(SEPARATOR).unwrap_or((builtin, text));

    let mut diagnostics = Diagnostics::default();
    let rubric = parse_rubric(&Source { name: "rubric.toml", text: rubric_text }, &mut diagnostics);
    let parsed = rubric.as_ref().and_then(|rubric| {
        parse_evidence(&Source { name: "evidence.toml", text: evidence_text }, rubric, &mut diagnostics)
    });
    // Rendering every diagnostic exercises the snippet code on arbitrary spans.
    for diagnostic in &diagnostics.0 {
        let _ = diagnostic.render(true);
    }
    let (Some(rubric), Some(parsed)) = (rubric, parsed) else { return };

    let card = score(&rubric, &[parsed.evidence]);
    for vendor in &card.vendors {
        assert!((-1e-9..=100.0 + 1e-9).contains(&vendor.total), "total {}", vendor.total);
    }
    let renders: [Box<dyn Render>; 7] = [
        Box::new(TerminalRender { detail: false, drivers: None, color: false, width: Some(100) }),
        Box::new(TerminalRender { detail: true, drivers: Some(2.0), color: true, width: Some(60) }),
        Box::new(CsvRender { shape: CsvShape::Summary, neutralise: true }),
        Box::new(CsvRender { shape: CsvShape::Long, neutralise: true }),
        Box::new(JsonRender),
        Box::new(MarkdownRender { detail: true, drivers: Some(2.0) }),
        // Fuzz inputs stay far below the one limit an XLSX cell has (32,767 characters).
        Box::new(XlsxRender),
    ];
    for render in renders {
        render.render(&card).expect("rendering a scorecard in memory cannot fail");
    }
});
