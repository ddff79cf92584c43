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
            Self::Median => percentiles(&mut values.to_vec(), &[0.5])[0],
            Self::P90 => percentiles(&mut values.to_vec(), &[0.9])[0],
            Self::P95 => percentiles(&mut values.to_vec(), &[0.95])[0],
        })
    }
}

/// Several percentiles of `values` at once (each as [`percentile`]), by
/// selection rather than a full sort: linear time, which matters for a
/// million ticket durations. `values` is reordered.
pub fn percentiles(values: &mut [f64], qs: &[f64]) -> Vec<f64> {
    if values.is_empty() {
        return vec![f64::NAN; qs.len()];
    }
    let last = (values.len() - 1) as f64;
    let position = |q: f64| last * q;
    let mut ranks: Vec<usize> =
        qs.iter().flat_map(|q| [position(*q).floor() as usize, position(*q).ceil() as usize]).collect();
    ranks.sort_unstable();
    ranks.dedup();
    // After selecting rank k, everything before it is ≤ and everything after
    // ≥ values[k]: the next, higher rank is selected among the rest.
    let mut start = 0;
    for k in ranks {
        if k == start && start > 0 {
            // The next rank right after one just selected: the smallest of the
            // rest, by a scan (a percentile's upper neighbour is usually this).
            let smallest = (start..values.len()).min_by(|a, b| values[*a].total_cmp(&values[*b])).unwrap_or(start);
            values.swap(start, smallest);
        } else {
            values[start..].select_nth_unstable_by(k - start, f64::total_cmp);
        }
        start = k + 1;
    }
    qs.iter()
        .map(|q| {
            let h = position(*q);
            let (lower, upper) = (values[h.floor() as usize], values[h.ceil() as usize]);
            // Same arithmetic as `percentile`, so the figures are identical.
            lower + (h - h.floor()) * (upper - lower)
        })
        .collect()
}

/// Percentile `q` (0..=1) with linear interpolation between closest ranks:
/// Excel's `PERCENTILE.INC`, numpy's default, Hyndman–Fan type 7. The
/// reference definition, by sorting; [`percentiles`] gives the same figures
/// faster. `values` must not be empty.
pub fn percentile(values: &[f64], q: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_unstable_by(f64::total_cmp);
    let h = (sorted.len() - 1) as f64 * q;
    let (lower, upper) = (h.floor() as usize, h.ceil() as usize);
    sorted[lower] + (h - lower as f64) * (sorted[upper] - sorted[lower])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_gives_the_same_percentiles_as_sorting() {
        // A fixed pseudo-random sequence with ties, odd and even lengths.
        let mut x: u64 = 12345;
        for n in [1, 2, 3, 10, 101, 1000] {
            let values: Vec<f64> = (0..n)
                .map(|_| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((x >> 33) % 500) as f64 / 4.0
                })
                .collect();
            let qs = [0.0, 0.25, 0.5, 0.9, 0.95, 1.0];
            let fast = percentiles(&mut values.clone(), &qs);
            for (q, got) in qs.iter().zip(fast) {
                assert_eq!(got, percentile(&values, *q), "n = {n}, q = {q}");
            }
        }
    }

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
