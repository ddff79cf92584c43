//! Aggregates over observation lists, defined so a spreadsheet reproduces them.

use serde::Serialize;

/// How several observations of one criterion become one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    Min,
    Max,
    Mean,
    Median,
    P90,
    P95,
}

impl Aggregate {
    pub const NAMES: [&'static str; 6] = ["min", "max", "mean", "median", "p90", "p95"];

    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "min" => Self::Min,
            "max" => Self::Max,
            "mean" => Self::Mean,
            "median" => Self::Median,
            "p90" => Self::P90,
            "p95" => Self::P95,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Min => "min",
            Self::Max => "max",
            Self::Mean => "mean",
            Self::Median => "median",
            Self::P90 => "p90",
            Self::P95 => "p95",
        }
    }

    /// The aggregate of `values`, or `None` for an empty list.
    pub fn apply(self, values: &[f64]) -> Option<f64> {
        if values.is_empty() {
            return None;
        }
        Some(match self {
            Self::Min => values.iter().copied().fold(f64::INFINITY, f64::min),
            Self::Max => values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            Self::Mean => values.iter().sum::<f64>() / values.len() as f64,
            Self::Median => percentile(values, 0.5),
            Self::P90 => percentile(values, 0.9),
            Self::P95 => percentile(values, 0.95),
        })
    }
}

/// Percentile `q` (0..=1) with linear interpolation between closest ranks:
/// Excel's `PERCENTILE.INC`, numpy's default, Hyndman–Fan type 7.
/// `values` must not be empty.
pub fn percentile(values: &[f64], q: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    percentile_of_sorted(&sorted, q)
}

/// [`percentile`] of values already sorted ascending (no copy, no sort).
pub fn percentile_of_sorted(sorted: &[f64], q: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * q;
    let (lower, upper) = (h.floor() as usize, h.ceil() as usize);
    sorted[lower] + (h - lower as f64) * (sorted[upper] - sorted[lower])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentile_matches_spreadsheet_definition() {
        // [1,3,5,9]: h = 3 × 0.9 = 2.7 → 5 + 0.7 × (9 − 5) = 7.8 (Excel PERCENTILE.INC gives 7.8).
        assert!((percentile(&[9.0, 1.0, 5.0, 3.0], 0.9) - 7.8).abs() < 1e-12);
        // Median of an even count is the midpoint: (3 + 5) / 2 = 4.
        assert_eq!(Aggregate::Median.apply(&[1.0, 3.0, 5.0, 9.0]), Some(4.0));
        // p95 of [12,18,25,9]: sorted 9,12,18,25; h = 3 × 0.95 = 2.85 → 18 + 0.85 × 7 = 23.95.
        assert!((Aggregate::P95.apply(&[12.0, 18.0, 25.0, 9.0]).unwrap() - 23.95).abs() < 1e-12);
        assert_eq!(Aggregate::Mean.apply(&[1.0, 2.0, 6.0]), Some(3.0));
        assert_eq!(Aggregate::Min.apply(&[4.0, -1.0]), Some(-1.0));
        assert_eq!(Aggregate::Max.apply(&[4.0, -1.0]), Some(4.0));
        assert_eq!(Aggregate::P90.apply(&[7.0]), Some(7.0));
        assert_eq!(Aggregate::Mean.apply(&[]), None);
    }
}
