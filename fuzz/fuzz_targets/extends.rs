//! Any bytes as a chain of rubric files that `extends` one another (or a
//! built-in rubric): resolution must end, report problems located in real
//! files, and never panic — including cycles and chains past the depth limit.
//!
//! Input: files separated by `\n#%%\n`, written as r0.toml, r1.toml, …; r0 is loaded.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vendorcard::diagnostic::Diagnostics;
use vendorcard::load::load_rubric;
use vendorcard::options::RubricSource;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let dir = tempfile::tempdir().unwrap();
    for (index, file) in text.split("\n#%%\n").take(24).enumerate() {
        std::fs::write(dir.path().join(format!("r{index}.toml")), file).unwrap();
    }
    let mut diagnostics = Diagnostics::default();
    let (rubric, _) = load_rubric(&RubricSource::File(dir.path().join("r0.toml")), &mut diagnostics);
    for diagnostic in &diagnostics.0 {
        let shown = diagnostic.render(false);
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "{shown}");
    }
    if let Some(rubric) = rubric {
        let card = vendorcard::score::score(&rubric, &[]);
        card.verify().unwrap();
    }
});
