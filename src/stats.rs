//! Aggregates over observation lists, defined so a spreadsheet reproduces them.

use serde::Serialize;

/// How several observations of one criterion become one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
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

    /// The quantile a median or percentile is; `None` for min, max and mean.
    pub fn quantile(self) -> Option<f64> {
        match self {
            Self::Median => Some(0.5),
            Self::P90 => Some(0.9),
            Self::P95 => Some(0.95),
            Self::Min | Self::Max | Self::Mean => None,
        }
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

/// Percentile `q` of `n` sorted values read by 0-based rank through
/// `value`: rank h = (n − 1)·q, linear between the ranks either side
/// (`PERCENTILE.INC`). The one arithmetic of every percentile here, so the
/// figures are identical whichever way the values are stored.
pub fn interpolate(n: usize, q: f64, value: impl Fn(usize) -> f64) -> f64 {
    let h = (n - 1) as f64 * q;
    let (lower, upper) = (value(h.floor() as usize), value(h.ceil() as usize));
    lower + (h - h.floor()) * (upper - lower)
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
    qs.iter().map(|q| interpolate(values.len(), *q, |rank| values[rank])).collect()
}

/// Percentile `q` (0..=1) with linear interpolation between closest ranks:
/// Excel's `PERCENTILE.INC`, numpy's default, Hyndman–Fan type 7. The
/// reference definition, by sorting; [`percentiles`] gives the same figures
/// faster. `values` must not be empty.
pub fn percentile(values: &[f64], q: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_unstable_by(f64::total_cmp);
    interpolate(sorted.len(), q, |rank| sorted[rank])
}

/// A figure of durations some of which are still running (right-censored):
/// exact, or a lower bound when it rests on tickets not yet resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    pub value: f64,
    /// The true figure is at least `value` (it depends on the open tickets).
    pub at_least: bool,
}

/// The Kaplan–Meier estimate of a duration's distribution from `done`
/// (durations observed to end) and `open` (durations still running: only
/// known to be at least this long), as a weighted sample: each observed
/// duration with its probability mass, and, when the longest observation
/// is still running, the mass left over, at that duration (a lower bound).
///
/// Computed as Efron's "redistribute to the right": every observation starts
/// with mass 1/n; a running one passes its mass on equally to every
/// observation after it. At equal times, ended durations come first (the
/// usual convention: a ticket still open at t was at risk at t).
#[derive(Debug, Clone, PartialEq)]
pub struct KaplanMeier {
    /// (duration, mass) of the ended durations, ascending.
    pub points: Vec<(f64, f64)>,
    /// (duration, mass) left on the longest observation when it is still running.
    pub tail: Option<(f64, f64)>,
    pub open: usize,
}

impl KaplanMeier {
    pub fn new(done: &[f64], open: &[f64]) -> KaplanMeier {
        // Durations are never negative, so an f64's bits order like its value
        // with the sign bit free: shifted left, the lowest bit says "still
        // running", which sorts it after an ended duration of the same length.
        // Plain integers, radix-sorted: a million tickets in a few milliseconds.
        let key = |t: f64, running: bool| (t.max(0.0).to_bits() << 1) | u64::from(running);
        let mut all: Vec<u64> = done.iter().map(|t| key(*t, false)).chain(open.iter().map(|t| key(*t, true))).collect();
        radix_sort(&mut all);
        let value = |key: u64| f64::from_bits(key >> 1);
        let n = all.len();
        let mut survival = 1.0;
        let mut points = Vec::with_capacity(done.len());
        for (i, key) in all.iter().enumerate() {
            if key & 1 == 0 {
                // S(t) drops by S(t−) / (number still at risk).
                let mass = survival / (n - i) as f64;
                survival -= mass;
                points.push((value(*key), mass));
            }
        }
        let tail = match all.last() {
            Some(key) if key & 1 == 1 => Some((value(*key), survival)),
            _ => None,
        };
        KaplanMeier { points, tail, open: open.len() }
    }

    /// The estimated share of durations ended by `t` (1 − S(t)).
    pub fn ended_by(&self, t: f64) -> f64 {
        self.points.iter().take_while(|(at, _)| *at <= t).map(|(_, mass)| mass).sum()
    }

    /// The weighted sample, the tail (if any) last, with whether each point is a lower bound.
    fn sample(&self) -> impl Iterator<Item = (f64, f64, bool)> + '_ {
        self.points.iter().map(|(t, m)| (*t, *m, false)).chain(self.tail.map(|(t, m)| (t, m, true)))
    }

    /// `aggregate` of the estimated distribution; `None` when there is no
    /// observation. Percentiles generalise `PERCENTILE.INC` (type 7): it
    /// places the i-th of n sorted values at (i − 1) ÷ (n − 1), which is the
    /// mass before it divided by (1 − the last value's mass); here the masses
    /// are the Kaplan–Meier ones, so with nothing running the figure is the
    /// plain percentile. The mean is Σ mass × duration, the minimum and
    /// maximum the first and last points. A figure that rests on the tail
    /// with a positive share is a lower bound: the open tickets can only take
    /// longer than they have so far.
    pub fn aggregate(&self, aggregate: Aggregate) -> Option<Bound> {
        let first = self.sample().next()?;
        let last = self.tail.map(|(t, m)| (t, m, true)).or_else(|| self.points.last().map(|(t, m)| (*t, *m, false)))?;
        let count = self.points.len() + usize::from(self.tail.is_some());
        let bound = |(value, _, at_least): (f64, f64, bool)| Some(Bound { value, at_least });
        let q = match aggregate {
            Aggregate::Min => return bound(first),
            Aggregate::Max => return bound(last),
            Aggregate::Mean => {
                let value = self.sample().map(|(t, m, _)| t * m).sum();
                return Some(Bound { value, at_least: self.tail.is_some_and(|(_, m)| m > 0.0) });
            }
            Aggregate::Median => 0.5,
            Aggregate::P90 => 0.9,
            Aggregate::P95 => 0.95,
        };
        let spread = 1.0 - last.1;
        if count == 1 || spread <= 0.0 {
            return bound(last);
        }
        let mut before = 0.0;
        let mut previous = first;
        for (i, point) in self.sample().enumerate() {
            let position = if i + 1 == count { 1.0 } else { before / spread };
            if position >= q {
                if i == 0 || position == q {
                    return bound(point);
                }
                let previous_position = (before - previous.1) / spread;
                let fraction = (q - previous_position) / (position - previous_position);
                return Some(Bound { value: previous.0 + fraction * (point.0 - previous.0), at_least: point.2 });
            }
            before += point.1;
            previous = point;
        }
        bound(last)
    }
}

/// A key a radix sort orders: its bits, most significant last.
pub trait RadixKey: Copy + Ord + Default {
    const BITS: u32;
    fn bits(self) -> u64;
}

impl RadixKey for u32 {
    const BITS: u32 = 32;
    fn bits(self) -> u64 {
        u64::from(self)
    }
}

impl RadixKey for u64 {
    const BITS: u32 = 64;
    fn bits(self) -> u64 {
        self
    }
}

/// Sorts `keys` ascending: least significant digit first, 11 bits at a
/// time, each pass a stable counting sort; a digit every key shares is
/// skipped. Linear time, where a comparison sort of a million keys is the
/// slowest step of `vendorcard tickets`.
pub fn radix_sort<K: RadixKey>(keys: &mut Vec<K>) {
    const BITS: u32 = 11;
    const MASK: u64 = (1 << BITS) - 1;
    if keys.len() < 1024 {
        keys.sort_unstable();
        return;
    }
    let digits = K::BITS.div_ceil(BITS) as usize;
    let digit = |key: K, d: usize| ((key.bits() >> (d as u32 * BITS)) & MASK) as usize;
    let mut counts = vec![[0usize; 1 << BITS]; digits];
    for key in keys.iter() {
        for (d, count) in counts.iter_mut().enumerate() {
            count[digit(*key, d)] += 1;
        }
    }
    let mut scratch = vec![K::default(); keys.len()];
    for (d, count) in counts.iter().enumerate() {
        if count.contains(&keys.len()) {
            continue;
        }
        let mut next = [0usize; 1 << BITS];
        let mut start = 0;
        for (next, count) in next.iter_mut().zip(count) {
            *next = start;
            start += count;
        }
        for key in keys.iter() {
            let slot = &mut next[digit(*key, d)];
            scratch[*slot] = *key;
            *slot += 1;
        }
        std::mem::swap(keys, &mut scratch);
    }
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

#[cfg(test)]
mod kaplan_meier {
    use super::*;

    #[test]
    fn a_small_censored_sample_by_hand() {
        // Resolution times 1, 3, 4 days; one ticket open for 2 days, one for 5.
        // Sorted: 1, 2+, 3, 4, 5+ (n = 5).
        //   1: at risk 5, mass 1/5 = 0.2, S = 0.8
        //   2+: open, passes on its mass
        //   3: at risk 3, mass 0.8/3 = 0.2667, S = 0.5333
        //   4: at risk 2, mass 0.5333/2 = 0.2667, S = 0.2667
        //   5+: the tail keeps 0.2667.
        let km = KaplanMeier::new(&[1.0, 3.0, 4.0], &[2.0, 5.0]);
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert_eq!(km.points.len(), 3);
        assert!(close(km.points[1].1, 0.8 / 3.0) && close(km.points[2].1, 0.8 / 3.0));
        assert!(close(km.tail.unwrap().1, 0.8 / 3.0));
        assert!(close(km.ended_by(3.5), 0.2 + 0.8 / 3.0));
        // Positions: mass before ÷ (1 − last mass 0.2667 = 0.7333):
        //   1 → 0, 3 → 0.2/0.7333 = 0.2727, 4 → 0.4667/0.7333 = 0.6364, 5+ → 1.
        // Median 0.5 lies between 3 (0.2727) and 4 (0.6364):
        //   3 + (0.5 − 0.2727)/(0.6364 − 0.2727) × 1 = 3 + 0.625 = 3.625, exact.
        let median = km.aggregate(Aggregate::Median).unwrap();
        assert!(close(median.value, 3.625) && !median.at_least, "{median:?}");
        // p90 lies between 4 (0.6364) and the tail 5+ (1):
        //   4 + (0.9 − 0.6364)/(1 − 0.6364) × 1 = 4 + 0.725 = 4.725, at least.
        let p90 = km.aggregate(Aggregate::P90).unwrap();
        assert!(close(p90.value, 4.725) && p90.at_least, "{p90:?}");
        // Mean: 0.2 × 1 + 0.2667 × 3 + 0.2667 × 4 + 0.2667 × 5 = 0.2 + 3.2 = 3.4, at least.
        let mean = km.aggregate(Aggregate::Mean).unwrap();
        assert!(close(mean.value, 3.4) && mean.at_least);
        assert_eq!(km.aggregate(Aggregate::Max), Some(Bound { value: 5.0, at_least: true }));
        assert_eq!(km.aggregate(Aggregate::Min), Some(Bound { value: 1.0, at_least: false }));
    }

    #[test]
    fn nothing_open_is_the_plain_figure_and_nothing_ended_a_bound() {
        let done = [7.0, 1.0, 3.0, 3.0, 12.0, 5.5];
        let km = KaplanMeier::new(&done, &[]);
        for aggregate in [Aggregate::Min, Aggregate::Max, Aggregate::Mean, Aggregate::Median, Aggregate::P90] {
            let bound = km.aggregate(aggregate).unwrap();
            let plain = aggregate.apply(&done).unwrap();
            assert!((bound.value - plain).abs() < 1e-12 && !bound.at_least, "{aggregate:?}");
        }
        let all_open = KaplanMeier::new(&[], &[4.0, 9.0]);
        assert_eq!(all_open.aggregate(Aggregate::Median), Some(Bound { value: 9.0, at_least: true }));
        assert_eq!(KaplanMeier::new(&[], &[]).aggregate(Aggregate::Median), None);
    }

    #[test]
    fn radix_sort_orders_like_a_comparison_sort() {
        // Keys sharing their high digits (as durations' bits do), keys with
        // every digit different, duplicates, and the extremes.
        let mut x: u64 = 99;
        let mut next = || {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            x
        };
        for (n, mask) in [(5000, u64::MAX), (3000, 0xfff), (4096, 0x00ff_ff00_0000_0000), (1500, 0)] {
            let mut keys: Vec<u64> = (0..n).map(|_| next() & mask).collect();
            keys.extend([0, u64::MAX, 1 << 63]);
            let mut expected = keys.clone();
            expected.sort_unstable();
            radix_sort(&mut keys);
            assert_eq!(keys, expected, "{n} keys, mask {mask:#x}");
        }
    }
}
