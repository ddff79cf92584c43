//! Honest intervals for figures measured from a handful of tickets, and the
//! distributions the confidence analysis samples them from.
//!
//! A proof-of-concept yields five to fifteen drill tickets per severity. At
//! those sizes a percentile bootstrap under-covers badly (Hesterberg 2015),
//! so vendorcard uses the distribution-free intervals instead:
//!
//! - a percentile (median, p90, p95) of n times: the order-statistic
//!   interval. The number of the n tickets at or below the true p-quantile
//!   is Binomial(n, p), so `[x(l), x(u)]` with `l = ppf(α/2)` and
//!   `u = isf(α/2) + 1` (1-based ranks of the sorted times) covers it with
//!   probability at least 1 − α, whatever the distribution of times. Where
//!   `l` falls below the first ticket or `u` past the last, the tickets cannot
//!   bound the quantile on that side (7 tickets never bound a p90 from above:
//!   P(all 7 below it) = 0.9⁷ = 0.48);
//! - a rate (k of n: SLA adherence, resolution rate): the Wilson score
//!   interval (Brown, Cai & DasGupta 2001).
//!
//! Both are checked against SciPy's `quantile_test(...).confidence_interval`
//! and statsmodels' `proportion_confint(method="wilson")` by
//! `benches/crosscheck.py`, to 1e-9.
//!
//! The confidence analysis samples each uncertain figure from the
//! distribution whose central intervals, at every level, are these
//! intervals (a confidence distribution), tabulated at [`LEVELS`] equally
//! likely levels.

use crate::i18n::Text;
use serde::Serialize;

/// The confidence level of every interval shown.
pub const LEVEL: f64 = 0.95;

/// How many equally likely values tabulate an uncertain figure's
/// distribution: level i stands for the probability band
/// `[i / LEVELS, (i + 1) / LEVELS)` and holds the value at its middle.
pub const LEVELS: usize = 256;

/// What an uncertain figure rests on, and its interval.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Uncertainty {
    #[serde(flatten)]
    pub method: Method,
    /// The confidence level of `low` and `high`: [`LEVEL`].
    pub level: f64,
    /// The interval's ends in the criterion's unit; `None` where the
    /// evidence cannot bound the figure on that side.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The figure at each of [`LEVELS`] equally likely levels, ascending:
    /// what the confidence analysis samples. Where an end is open the table
    /// stops at the most extreme value observed (said in the output).
    #[serde(skip)]
    pub levels: Vec<f64>,
}

/// How an interval was found.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Method {
    /// A percentile of `n` times measured from tickets; `open` of them
    /// still running (counted as taking longer than every resolved one at
    /// the upper end, at their age so far at the lower).
    OrderStatistic { quantile: f64, n: u64, open: u64 },
    /// `successes` of `trials`, in %.
    Wilson { successes: u64, trials: u64 },
    /// A typed `range = [a, b]`: uniform between its ends.
    Range,
    /// The evaluators' ratings: uniform between the lowest and the highest.
    Raters { raters: usize },
}

impl Uncertainty {
    /// `30–55 minutes`, `at least 35 minutes, no upper bound`: the interval
    /// with `format` for numbers and `unit` (" minutes", or "") once, in any language.
    pub fn describe(&self, format: impl Fn(f64) -> String, unit: impl Into<Text>) -> Text {
        let unit = unit.into();
        match (self.low, self.high) {
            (Some(low), Some(high)) => {
                Text::new("interval-both").arg("low", format(low)).arg("high", format(high)).part("unit", unit)
            }
            (Some(low), None) => Text::new("interval-low").arg("low", format(low)).part("unit", unit),
            (None, Some(high)) => Text::new("interval-high").arg("high", format(high)).part("unit", unit),
            (None, None) => Text::new("interval-none"),
        }
    }

    /// "95% interval" for a confidence interval; "range" for a typed range
    /// or the evaluators' spread, which carry no confidence level.
    pub fn label(&self) -> Text {
        Text::new(if self.is_confidence_interval() { "interval-label-95" } else { "interval-label-range" })
    }

    /// An interval at a confidence level (order statistics, Wilson), not a range given or rated.
    pub fn is_confidence_interval(&self) -> bool {
        matches!(self.method, Method::OrderStatistic { .. } | Method::Wilson { .. })
    }

    /// What it rests on: "order statistics of 7 tickets", "Wilson, 9 of 12".
    pub fn basis(&self) -> Text {
        match &self.method {
            Method::OrderStatistic { n, open: 0, .. } => Text::new("interval-basis-order").arg("n", n.to_string()),
            Method::OrderStatistic { n, open, .. } => {
                Text::new("interval-basis-order-open").arg("n", n.to_string()).arg("open", open.to_string())
            }
            Method::Wilson { successes, trials } => Text::new("interval-basis-wilson")
                .arg("successes", successes.to_string())
                .arg("trials", trials.to_string()),
            Method::Range => Text::new("interval-basis-range"),
            Method::Raters { raters } => Text::new("interval-basis-raters").arg("raters", raters.to_string()),
        }
    }

    /// For a percentile: how many tickets close the interval when it is
    /// open (`Some(needed)`), else `None`.
    pub fn tickets_to_close(&self) -> Option<u64> {
        let Method::OrderStatistic { quantile, n, .. } = self.method else { return None };
        let tail = (1.0 - LEVEL) / 2.0;
        // Closed above once P(every ticket below the quantile) = pⁿ ≤ α/2; below, (1 − p)ⁿ ≤ α/2.
        let needed = |p: f64| (tail.ln() / p.ln()).ceil() as u64;
        let needed = needed(quantile).max(needed(1.0 - quantile));
        (self.low.is_none() || self.high.is_none()).then_some(needed.max(n + 1))
    }

    /// A typed `range = [low, high]`.
    pub fn range(low: f64, high: f64) -> Uncertainty {
        let levels = (0..LEVELS).map(|i| low + (high - low) * middle(i)).collect();
        Uncertainty { method: Method::Range, level: LEVEL, low: Some(low), high: Some(high), levels }
    }

    /// Ratings from several evaluators: uniform between the lowest and highest.
    /// `None` when they agree (or there is one).
    pub fn raters(ratings: &[f64]) -> Option<Uncertainty> {
        let low = ratings.iter().copied().fold(f64::INFINITY, f64::min);
        let high = ratings.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (ratings.len() > 1 && high > low)
            .then(|| Uncertainty { method: Method::Raters { raters: ratings.len() }, ..Uncertainty::range(low, high) })
    }

    /// `successes` of `trials` as a percentage with its Wilson interval.
    pub fn wilson(successes: u64, trials: u64) -> Option<Uncertainty> {
        if trials == 0 {
            return None;
        }
        let z = normal_quantile(1.0 - (1.0 - LEVEL) / 2.0);
        let levels = (0..LEVELS).map(|i| 100.0 * wilson_bound(successes, trials, normal_quantile(middle(i)))).collect();
        Some(Uncertainty {
            method: Method::Wilson { successes, trials },
            level: LEVEL,
            low: Some(100.0 * wilson_bound(successes, trials, -z)),
            high: Some(100.0 * wilson_bound(successes, trials, z)),
            levels,
        })
    }

    /// The `quantile` of `n` values, with `open` of them still running.
    /// `low(rank)` is the value of 1-based rank `rank` with the running ones
    /// at their age so far; `high(rank)` the same with them past every
    /// finished one (infinite). Values in the criterion's unit.
    pub fn order_statistic(
        quantile: f64,
        n: u64,
        open: u64,
        low: impl Fn(u64) -> f64,
        high: impl Fn(u64) -> f64,
    ) -> Option<Uncertainty> {
        if n == 0 {
            return None;
        }
        let binomial = Binomial::new(n, quantile);
        let tail = (1.0 - LEVEL) / 2.0;
        let (low_rank, high_rank) = (binomial.ppf(tail), binomial.isf(tail) + 1);
        let finite = |value: f64| Some(value).filter(|v| v.is_finite());
        // Levels below the middle read the lower side (ppf), above it the upper (isf + 1):
        // at α/2 and 1 − α/2 they are the interval's ends. Ranks past the sample stop at its ends.
        let levels = (0..LEVELS)
            .map(|i| {
                let u = middle(i);
                if u < 0.5 {
                    low(binomial.ppf(u).clamp(1, n))
                } else {
                    high((binomial.isf(1.0 - u) + 1).clamp(1, n))
                }
            })
            .collect();
        Some(Uncertainty {
            method: Method::OrderStatistic { quantile, n, open },
            level: LEVEL,
            low: (low_rank >= 1).then(|| low(low_rank)),
            high: if high_rank <= n { finite(high(high_rank)) } else { None },
            levels,
        })
    }
}

/// The middle of level `i`'s probability band.
fn middle(i: usize) -> f64 {
    (i as f64 + 0.5) / LEVELS as f64
}

/// The Wilson score bound of `successes` of `trials` at signed `z`: the
/// lower end of the interval for negative `z`, the upper for positive, the
/// observed rate at 0. Increasing in `z`, from 0 to 1.
pub fn wilson_bound(successes: u64, trials: u64, z: f64) -> f64 {
    let n = trials as f64;
    let rate = successes as f64 / n;
    let z2 = z * z;
    let centre = rate + z2 / (2.0 * n);
    let half = z * (rate * (1.0 - rate) / n + z2 / (4.0 * n * n)).sqrt();
    ((centre + half) / (1.0 + z2 / n)).clamp(0.0, 1.0)
}

/// Binomial(n, p) where its probabilities are not negligible: the
/// cumulative probabilities from `first` on.
pub struct Binomial {
    first: u64,
    cdf: Vec<f64>,
}

impl Binomial {
    /// Masses by the ratio of neighbours outward from the mode, then
    /// normalised: no factorials, exact to rounding for any n. Terms under
    /// 1e-20 of the mode's are left out (their sum is far below 1e-15).
    pub fn new(n: u64, p: f64) -> Binomial {
        let mode = (((n + 1) as f64 * p).floor() as u64).min(n);
        let odds = p / (1.0 - p);
        let (mut below, mut above) = (Vec::new(), Vec::new());
        let mut mass = 1.0;
        let mut k = mode;
        while k > 0 {
            mass *= k as f64 / (n - k + 1) as f64 / odds;
            if mass < 1e-20 {
                break;
            }
            k -= 1;
            below.push(mass);
        }
        let first = mode - below.len() as u64;
        mass = 1.0;
        k = mode;
        while k < n {
            mass *= (n - k) as f64 / (k + 1) as f64 * odds;
            if mass < 1e-20 {
                break;
            }
            k += 1;
            above.push(mass);
        }
        let masses: Vec<f64> = below.into_iter().rev().chain([1.0]).chain(above).collect();
        let total: f64 = masses.iter().sum();
        let mut running = 0.0;
        let cdf = masses
            .iter()
            .map(|m| {
                running += m / total;
                running
            })
            .collect();
        Binomial { first, cdf }
    }

    /// P(B ≤ k).
    pub fn cdf(&self, k: u64) -> f64 {
        if k < self.first {
            0.0
        } else {
            self.cdf.get((k - self.first) as usize).copied().unwrap_or(1.0)
        }
    }

    /// The smallest k with P(B ≤ k) ≥ q.
    pub fn ppf(&self, q: f64) -> u64 {
        self.first + self.cdf.partition_point(|c| *c < q) as u64
    }

    /// The smallest k with P(B > k) ≤ q.
    pub fn isf(&self, q: f64) -> u64 {
        self.first + self.cdf.partition_point(|c| 1.0 - *c > q) as u64
    }
}

/// Φ⁻¹(p), the standard normal quantile, by Wichura's algorithm AS 241
/// (PPND16): about 1e-16 relative error over (0, 1).
pub fn normal_quantile(p: f64) -> f64 {
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        return q * poly(&A, r) / poly(&B, r);
    }
    let r = if q < 0.0 { p } else { 1.0 - p };
    let r = (-r.ln()).sqrt();
    let value = if r <= 5.0 {
        let r = r - 1.6;
        poly(&C, r) / poly(&D, r)
    } else {
        let r = r - 5.0;
        poly(&E, r) / poly(&F, r)
    };
    if q < 0.0 {
        -value
    } else {
        value
    }
}

/// Σ coefficients[i] · xⁱ, by Horner's rule.
fn poly(coefficients: &[f64; 8], x: f64) -> f64 {
    coefficients.iter().rev().fold(0.0, |sum, c| sum * x + c)
}

const A: [f64; 8] = [
    3.387_132_872_796_366_5,
    133.141_667_891_784_38,
    1_971.590_950_306_551_3,
    13_731.693_765_509_46,
    45_921.953_931_549_87,
    67_265.770_927_008_7,
    33_430.575_583_588_13,
    2_509.080_928_730_122_7,
];
const B: [f64; 8] = [
    1.0,
    42.313_330_701_600_91,
    687.187_007_492_057_9,
    5_394.196_021_424_751,
    21_213.794_301_586_597,
    39_307.895_800_092_71,
    28_729.085_735_721_943,
    5_226.495_278_852_545,
];
const C: [f64; 8] = [
    1.423_437_110_749_683_5,
    4.630_337_846_156_546,
    5.769_497_221_460_691,
    3.647_848_324_763_204_5,
    1.270_458_252_452_368_4,
    0.241_780_725_177_450_6,
    0.022_723_844_989_269_184,
    7.745_450_142_783_414e-4,
];
const D: [f64; 8] = [
    1.0,
    2.053_191_626_637_759,
    1.676_384_830_183_803_8,
    0.689_767_334_985_1,
    0.148_103_976_427_480_08,
    0.015_198_666_563_616_457,
    5.475_938_084_995_345e-4,
    1.050_750_071_644_416_9e-9,
];
const E: [f64; 8] = [
    6.657_904_643_501_103,
    5.463_784_911_164_114,
    1.784_826_539_917_291_3,
    0.296_560_571_828_504_87,
    0.026_532_189_526_576_124,
    0.001_242_660_947_388_078_4,
    2.711_555_568_743_487_6e-5,
    2.010_334_399_292_288_1e-7,
];
const F: [f64; 8] = [
    1.0,
    0.599_832_206_555_888,
    0.136_929_880_922_735_8,
    0.014_875_361_290_850_615,
    7.868_691_311_456_133e-4,
    1.846_318_317_510_054_8e-5,
    1.421_511_758_316_446e-7,
    2.044_263_103_389_939_7e-15,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_quantile_known_values() {
        // Φ⁻¹(0.975) = 1.959963984540054 (tables); Φ⁻¹(0.5) = 0; symmetric.
        assert!((normal_quantile(0.975) - 1.959_963_984_540_054).abs() < 1e-14);
        assert_eq!(normal_quantile(0.5), 0.0);
        assert!((normal_quantile(0.025) + normal_quantile(0.975)).abs() < 1e-14);
        // Φ⁻¹(1e-10) = −6.361340902404056 (the tail branch).
        assert!((normal_quantile(1e-10) + 6.361_340_902_404_056).abs() < 1e-12);
    }

    #[test]
    fn binomial_by_hand() {
        // Binomial(3, 0.5): masses 1/8, 3/8, 3/8, 1/8 → CDF 0.125, 0.5, 0.875, 1.
        let b = Binomial::new(3, 0.5);
        for (k, want) in [(0, 0.125), (1, 0.5), (2, 0.875), (3, 1.0)] {
            assert!((b.cdf(k) - want).abs() < 1e-15, "k = {k}");
        }
        assert_eq!(b.ppf(0.2), 1);
        assert_eq!(b.ppf(0.125), 0);
        // isf(0.2): P(B > 1) = 0.5, P(B > 2) = 0.125 ≤ 0.2 → 2.
        assert_eq!(b.isf(0.2), 2);
    }

    #[test]
    fn median_of_seven_by_hand() {
        // Binomial(7, 0.5) CDF: 1/128, 8/128, 29/128, 64/128, … α/2 = 0.025:
        // ppf = 1 (8/128 = 0.0625 ≥ 0.025), isf: P(B > 5) = 8/128 > 0.025,
        // P(B > 6) = 1/128 ≤ 0.025 → 6, so the ranks are 1 and 7: [min, max].
        let values = [10.0, 12.0, 15.0, 20.0, 26.0, 31.0, 41.0];
        let at = |rank: u64| values[rank as usize - 1];
        let u = Uncertainty::order_statistic(0.5, 7, 0, at, at).unwrap();
        assert_eq!((u.low, u.high), (Some(10.0), Some(41.0)));
        // The p90 of the same 7: ppf(0.025) of Binomial(7, 0.9) is 4 (P(B ≤ 4) = 0.026),
        // and no upper bound (P(B ≤ 6) = 1 − 0.9⁷ = 0.52 < 0.975).
        let u = Uncertainty::order_statistic(0.9, 7, 0, at, at).unwrap();
        assert_eq!((u.low, u.high), (Some(20.0), None));
        // ln 0.025 / ln 0.9 = 35.01: 36 tickets close it.
        assert_eq!(u.tickets_to_close(), Some(36));
        assert!(u.levels.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn wilson_by_hand() {
        // 9 of 12, z = 1.96: centre (0.75 + 3.8415/24) / (1 + 3.8415/12) = 0.9101/1.3201 = 0.6894,
        // half 1.96 × √(0.1875/12 + 3.8415/576) / 1.3201 = 1.96 × 0.14936 / 1.3201 = 0.2218.
        let u = Uncertainty::wilson(9, 12).unwrap();
        assert!((u.low.unwrap() - 46.77).abs() < 0.01, "{:?}", u.low);
        assert!((u.high.unwrap() - 91.11).abs() < 0.01, "{:?}", u.high);
        assert!(u.levels.windows(2).all(|w| w[0] <= w[1]));
        assert!((wilson_bound(9, 12, 0.0) - 0.75).abs() < 1e-15);
    }
}
