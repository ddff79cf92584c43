//! Any bytes as a rubric and an evidence file: loading must report problems,
//! never panic, and whatever loads must score and render without panicking,
//! keeping the invariants of `common::check_and_render`.
//!
//! Input: `<rubric>\n#%%\n<evidence>`. Without the separator the whole input is
//! evidence for the built-in rubric, so seeds can be plain evidence files.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use vendorcard::diagnostic::{Diagnostics, Source};
use vendorcard::load::evidence::parse_evidence;
use vendorcard::load::rubric::parse_rubric;
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
        common::assert_human(&diagnostic.render(false));
    }
    let (Some(rubric), Some(parsed)) = (rubric, parsed) else { return };
    common::check_and_render(&score(&rubric, &[parsed.evidence]));
});
