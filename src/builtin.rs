//! Rubrics embedded in the binary, so `compare` works without a rubric file.

/// The rubric used when `--rubric` is not given.
pub const DEFAULT: &str = "sdk-support";

/// A built-in rubric's text with the shared SLA-terms criteria appended:
/// each rubric file ends in the category they belong to, so one definition
/// serves all three (TOML adds `[[category.criterion]]` to the last category).
macro_rules! with_sla_terms {
    ($file:literal) => {
        concat!(include_str!($file), "\n", include_str!("../rubrics/shared/sla-terms.toml"))
    };
}

/// Name and TOML text of every built-in rubric.
pub const RUBRICS: &[(&str, &str)] = &[
    ("sdk-support", with_sla_terms!("../rubrics/sdk-support.toml")),
    ("im-enterprise", with_sla_terms!("../rubrics/im-enterprise.toml")),
    ("rtc-sdk", with_sla_terms!("../rubrics/rtc-sdk.toml")),
];

pub fn get(name: &str) -> Option<&'static str> {
    RUBRICS.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

pub fn names() -> impl Iterator<Item = &'static str> + Clone {
    RUBRICS.iter().map(|(name, _)| *name)
}
