//! Hostile text in every field a person reads: the sample vendors, scored,
//! with their names, sources and notes replaced by fuzz input (control
//! characters, Markdown, formulas, bidirectional overrides), rendered in
//! every format under the invariants of `common::check_and_render`.
//!
//! Input: text fields separated by NUL bytes.

#![no_main]

mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use vendorcard::scorecard::Scorecard;

fn samples() -> &'static Scorecard {
    static CARD: OnceLock<Scorecard> = OnceLock::new();
    CARD.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/known-answer");
        let inputs = vendorcard::options::Inputs::new(
            vendorcard::options::RubricSource::File(format!("{dir}/rubric.toml").into()),
            vec![format!("{dir}/evidence").into()],
            "2026-11-23".parse().unwrap(),
        );
        let loaded = vendorcard::load::load_inputs(&inputs);
        vendorcard::score::score(loaded.rubric.as_ref().unwrap(), &loaded.vendors)
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut fields = text.split('\0').cycle();
    let mut card = samples().clone();
    for vendor in &mut card.vendors {
        vendor.vendor = fields.next().unwrap_or_default().to_string();
        for category in &mut vendor.categories {
            category.name = fields.next().unwrap_or_default().to_string();
            for criterion in &mut category.criteria {
                criterion.source = Some(fields.next().unwrap_or_default().to_string());
                criterion.note = Some(fields.next().unwrap_or_default().to_string());
            }
        }
    }
    for category in &mut card.categories {
        category.id = fields.next().unwrap_or_default().to_string();
        category.short = fields.next().unwrap_or_default().to_string();
    }
    card.rubric.name = fields.next().unwrap_or_default().to_string();
    common::check_and_render(&card);
});
