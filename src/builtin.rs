//! Rubrics embedded in the binary, so `compare` works without a rubric file.

/// The rubric used when `--rubric` is not given.
pub const DEFAULT: &str = "sdk-support";

/// Name and TOML text of every built-in rubric.
pub const RUBRICS: &[(&str, &str)] = &[
    ("sdk-support", include_str!("../rubrics/sdk-support.toml")),
    ("im-enterprise", include_str!("../rubrics/im-enterprise.toml")),
    ("rtc-sdk", include_str!("../rubrics/rtc-sdk.toml")),
];

pub fn get(name: &str) -> Option<&'static str> {
    RUBRICS.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

pub fn names() -> impl Iterator<Item = &'static str> + Clone {
    RUBRICS.iter().map(|(name, _)| *name)
}
