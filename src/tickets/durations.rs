//! Ticket durations stored compactly and queried without copies.
//!
//! A help desk writes times to the second, so a duration is a whole number
//! of seconds: four bytes (a `u32` holds 136 years; a duration is refused
//! past ten). A duration that is not a whole number of seconds (a minutes
//! column with `12.345`, a timestamp with milliseconds) switches the list
//! to `f64` minutes, so no figure is ever rounded. Either way a value reads
//! back as the very `f64` of minutes it was pushed as: `s / 60` and the
//! `ms / 60000` it came from are the same quotient, correctly rounded.
//!
//! Once a log is read, each list is sorted in place ([`Durations::seal`]);
//! the figures of several severities together are then read by merging the
//! sorted lists as they are, never by copying them into one.

use crate::stats::{radix_sort, Aggregate, Bound};

/// Durations in minutes: whole seconds while every value is one.
#[derive(Debug, Clone, PartialEq)]
pub enum Durations {
    Seconds(Vec<u32>),
    Minutes(Vec<f64>),
}

impl Default for Durations {
    fn default() -> Self {
        Durations::Seconds(Vec::new())
    }
}

/// The whole seconds `minutes` is, when it is exactly that.
fn whole_seconds(minutes: f64) -> Option<u32> {
    let seconds = (minutes * 60.0).round();
    ((0.0..=f64::from(u32::MAX)).contains(&seconds) && seconds / 60.0 == minutes).then_some(seconds as u32)
}

fn minutes(seconds: u32) -> f64 {
    f64::from(seconds) / 60.0
}

impl Durations {
    pub fn len(&self) -> usize {
        match self {
            Durations::Seconds(s) => s.len(),
            Durations::Minutes(m) => m.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn push(&mut self, value: f64) {
        match self {
            Durations::Seconds(seconds) => match whole_seconds(value) {
                Some(s) => seconds.push(s),
                None => {
                    let mut all: Vec<f64> = seconds.iter().map(|s| minutes(*s)).collect();
                    all.push(value);
                    *self = Durations::Minutes(all);
                }
            },
            Durations::Minutes(all) => all.push(value),
        }
    }

    /// Appends `other`'s values.
    pub fn extend(&mut self, other: &Durations) {
        match (&mut *self, other) {
            (Durations::Seconds(mine), Durations::Seconds(more)) => mine.extend_from_slice(more),
            (Durations::Minutes(mine), more) => mine.extend(more.iter()),
            (Durations::Seconds(mine), Durations::Minutes(more)) => {
                let all = mine.iter().map(|s| minutes(*s)).chain(more.iter().copied()).collect();
                *self = Durations::Minutes(all);
            }
        }
    }

    /// Every value, in minutes, in stored order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = f64> + '_> {
        match self {
            Durations::Seconds(s) => Box::new(s.iter().map(|s| minutes(*s))),
            Durations::Minutes(m) => Box::new(m.iter().copied()),
        }
    }

    fn get(&self, i: usize) -> f64 {
        match self {
            Durations::Seconds(s) => minutes(s[i]),
            Durations::Minutes(m) => m[i],
        }
    }

    /// Sorts the values ascending (radix sort: linear time) and gives back
    /// spare room. Every query below expects a sealed list.
    pub fn seal(&mut self) {
        match self {
            Durations::Seconds(s) => {
                radix_sort(s);
                s.shrink_to_fit();
            }
            Durations::Minutes(m) => {
                // Durations are never negative, so their bits sort like their values.
                let mut keys: Vec<u64> = m.iter().map(|v| v.max(0.0).to_bits()).collect();
                radix_sort(&mut keys);
                *m = keys.into_iter().map(f64::from_bits).collect();
            }
        }
    }

    /// How many values are at most `limit` minutes.
    fn at_most(&self, limit: f64) -> usize {
        match self {
            Durations::Seconds(s) => s.partition_point(|s| minutes(*s) <= limit),
            Durations::Minutes(m) => m.partition_point(|m| *m <= limit),
        }
    }

    /// The sum of the values in minutes: exact over whole seconds.
    fn sum(&self) -> f64 {
        match self {
            Durations::Seconds(s) => s.iter().map(|s| u64::from(*s)).sum::<u64>() as f64 / 60.0,
            Durations::Minutes(m) => m.iter().sum(),
        }
    }
}

/// Several sealed lists read as one sorted sample: one severity (a single
/// list) or every severity of a scope together.
#[derive(Debug, Clone, Copy)]
pub struct Sample<'a> {
    parts: &'a [&'a Durations],
}

impl<'a> Sample<'a> {
    pub fn new(parts: &'a [&'a Durations]) -> Sample<'a> {
        Sample { parts }
    }

    pub fn len(&self) -> usize {
        self.parts.iter().map(|p| p.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many values are at most `limit` minutes.
    pub fn at_most(&self, limit: f64) -> usize {
        self.parts.iter().map(|p| p.at_most(limit)).sum()
    }

    /// Every value, ascending.
    pub fn sorted(&self) -> Merged<'a> {
        Merged::new(self.parts.iter().map(|p| (*p, false)).collect())
    }

    /// min, median, mean, p90, p95 and max, in the order of
    /// [`SUMMARY_ORDER`]; `None` when empty. Percentiles are
    /// `PERCENTILE.INC` (see [`crate::stats::percentile`]).
    pub fn summary(&self) -> [Option<f64>; 6] {
        let n = self.len();
        if n == 0 {
            return [None; 6];
        }
        let last = (n - 1) as f64;
        let qs = [0.5, 0.9, 0.95];
        // The ranks each percentile interpolates between, ascending.
        let mut ranks: Vec<usize> =
            qs.iter().flat_map(|q| [(last * q).floor() as usize, (last * q).ceil() as usize]).collect();
        ranks.extend([0, n - 1]);
        ranks.sort_unstable();
        ranks.dedup();
        let mut at = Vec::with_capacity(ranks.len());
        match self.parts.iter().filter(|p| !p.is_empty()).collect::<Vec<_>>()[..] {
            [one] => at.extend(ranks.iter().map(|r| (*r, one.get(*r)))),
            _ => {
                let mut wanted = ranks.iter().peekable();
                for (i, (value, _)) in self.sorted().enumerate() {
                    while wanted.peek().is_some_and(|r| **r == i) {
                        at.push((i, value));
                        wanted.next();
                    }
                    if wanted.peek().is_none() {
                        break;
                    }
                }
            }
        }
        let value = |rank: usize| at.iter().find(|(r, _)| *r == rank).map_or(f64::NAN, |(_, v)| *v);
        let percentile = |q: f64| {
            let h = last * q;
            let (lower, upper) = (value(h.floor() as usize), value(h.ceil() as usize));
            // The arithmetic of `stats::percentile`, so the figures are identical.
            lower + (h - h.floor()) * (upper - lower)
        };
        let mean = self.parts.iter().map(|p| p.sum()).sum::<f64>() / n as f64;
        [
            Some(value(0)),
            Some(percentile(0.5)),
            Some(mean),
            Some(percentile(0.9)),
            Some(percentile(0.95)),
            Some(value(n - 1)),
        ]
    }
}

/// The aggregates a summary holds, in order.
pub const SUMMARY_ORDER: [Aggregate; 6] =
    [Aggregate::Min, Aggregate::Median, Aggregate::Mean, Aggregate::P90, Aggregate::P95, Aggregate::Max];

/// The figure `aggregate` of a summary.
pub fn pick<T: Copy>(summary: &[Option<T>; 6], aggregate: Aggregate) -> Option<T> {
    summary[SUMMARY_ORDER.iter().position(|a| *a == aggregate).unwrap_or(0)]
}

/// The values of sealed lists in ascending order, each with its list's
/// flag (a resolution time, or the age of a ticket still open): at equal
/// values, unflagged lists first. A merge, not a copy: each list's next
/// value waits as a key (its whole seconds when every list holds seconds,
/// else the bits of its minutes, which order like them), the least of a
/// few found by a scan, of many by a heap.
pub struct Merged<'a> {
    lists: Vec<(&'a Durations, bool)>,
    next: Vec<usize>,
    /// Each list's next key (`u64::MAX` once it is used up), with its flag.
    heads: Vec<(u64, bool)>,
    seconds: bool,
    heap: std::collections::BinaryHeap<std::cmp::Reverse<((u64, bool), usize)>>,
}

/// Up to this many lists are merged by scanning their heads.
const SCANNED: usize = 8;

impl<'a> Merged<'a> {
    pub fn new(lists: Vec<(&'a Durations, bool)>) -> Merged<'a> {
        let lists: Vec<(&Durations, bool)> = lists.into_iter().filter(|(l, _)| !l.is_empty()).collect();
        let seconds = lists.iter().all(|(l, _)| matches!(l, Durations::Seconds(_)));
        let mut merged =
            Merged { next: vec![0; lists.len()], heads: Vec::new(), seconds, lists, heap: Default::default() };
        merged.heads = (0..merged.lists.len()).map(|i| (merged.key(i, 0), merged.lists[i].1)).collect();
        if merged.lists.len() > SCANNED {
            merged.heap = merged.heads.iter().enumerate().map(|(i, head)| std::cmp::Reverse((*head, i))).collect();
        }
        merged
    }

    /// The key of value `at` of list `list`.
    #[inline]
    fn key(&self, list: usize, at: usize) -> u64 {
        match self.lists[list].0 {
            Durations::Seconds(s) if self.seconds => u64::from(s[at]),
            durations => durations.get(at).max(0.0).to_bits(),
        }
    }

    /// Takes the next value of list `i`, and makes way for the one after.
    #[inline]
    fn take(&mut self, i: usize) -> (f64, bool) {
        let (values, flag) = self.lists[i];
        let at = self.next[i];
        self.next[i] += 1;
        let key = self.heads[i].0;
        self.heads[i].0 = if at + 1 < values.len() { self.key(i, at + 1) } else { u64::MAX };
        // With every list in seconds the key is the value in seconds.
        let value = if self.seconds { key as f64 / 60.0 } else { values.get(at) };
        (value, flag)
    }
}

impl Iterator for Merged<'_> {
    type Item = (f64, bool);

    fn next(&mut self) -> Option<(f64, bool)> {
        if self.lists.len() > SCANNED {
            let std::cmp::Reverse((_, i)) = self.heap.pop()?;
            let item = self.take(i);
            if self.next[i] < self.lists[i].0.len() {
                self.heap.push(std::cmp::Reverse((self.heads[i], i)));
            }
            return Some(item);
        }
        let mut least = None;
        for (i, head) in self.heads.iter().enumerate() {
            if head.0 != u64::MAX && least.is_none_or(|(_, best)| head < best) {
                least = Some((i, head));
            }
        }
        let (i, _) = least?;
        Some(self.take(i))
    }
}

/// The Kaplan–Meier aggregates of time to resolution from sealed lists of
/// resolution times (`done`) and of ages of tickets still open (`open`), in
/// the order of [`SUMMARY_ORDER`]. See [`crate::stats::KaplanMeier`].
pub fn censored_summary(done: &[&Durations], open: &[&Durations]) -> [Option<Bound>; 6] {
    let n: usize = done.iter().chain(open).map(|d| d.len()).sum();
    let events = || Merged::new(done.iter().map(|d| (*d, false)).chain(open.iter().map(|d| (*d, true))).collect());
    let figures = crate::stats::weighted_aggregates(|| crate::stats::kaplan_meier(events(), n), &SUMMARY_ORDER);
    [figures[0], figures[1], figures[2], figures[3], figures[4], figures[5]]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::percentile;

    fn sealed(values: &[f64]) -> Durations {
        let mut d = Durations::default();
        values.iter().for_each(|v| d.push(*v));
        d.seal();
        d
    }

    #[test]
    fn whole_seconds_stay_compact_and_read_back_exactly() {
        let d = sealed(&[1.5, 0.25, 12.0, 100.0 / 60.0]);
        assert!(matches!(d, Durations::Seconds(_)));
        // 100 s is 100/60 minutes, the same f64 as (100 000 ms) / 60 000.
        assert_eq!(d.iter().collect::<Vec<_>>(), [0.25, 1.5, 100_000.0 / 60_000.0, 12.0]);
        // 12.345 minutes is 740.7 s: not whole, so the list keeps minutes.
        let d = sealed(&[1.0, 12.345]);
        assert_eq!(d, Durations::Minutes(vec![1.0, 12.345]));
    }

    #[test]
    fn several_lists_summarise_like_one() {
        let a = [3.0, 9.0, 1.0, 4.5];
        let b = [2.0, 7.25, 7.25];
        let c = [11.0 + 1.0 / 3.0];
        let (da, db, dc, empty) = (sealed(&a), sealed(&b), sealed(&c), Durations::default());
        let parts = [&da, &db, &empty, &dc];
        let summary = Sample::new(&parts).summary();
        let all: Vec<f64> = a.iter().chain(&b).chain(&c).copied().collect();
        // By hand: sorted 1, 2, 3, 4.5, 7.25, 7.25, 9, 11⅓; the median sits
        // halfway between ranks 3 and 4: (4.5 + 7.25) / 2 = 5.875.
        assert_eq!(summary[1], Some(5.875));
        for (i, q) in [(1, 0.5), (3, 0.9), (4, 0.95)] {
            assert_eq!(summary[i], Some(percentile(&all, q)));
        }
        assert_eq!((summary[0], summary[5]), (Some(1.0), Some(11.0 + 1.0 / 3.0)));
        assert!((summary[2].unwrap() - all.iter().sum::<f64>() / 8.0).abs() < 1e-12);
        assert_eq!(Sample::new(&parts).at_most(7.25), 6);
    }

    #[test]
    fn the_censored_summary_of_several_lists_is_the_estimate_of_them_all() {
        // Ties within and across lists, a resolution time equal to an open
        // age (resolved first), lists of one, and the longest still open.
        let done = [vec![3.0, 1.0, 4.0, 1.5], vec![4.0, 9.0], vec![2.5]];
        let open = [vec![4.0, 2.0], vec![], vec![12.0]];
        let sealed_done: Vec<Durations> = done.iter().map(|d| sealed(d)).collect();
        let sealed_open: Vec<Durations> = open.iter().map(|d| sealed(d)).collect();
        let summary =
            censored_summary(&sealed_done.iter().collect::<Vec<_>>(), &sealed_open.iter().collect::<Vec<_>>());
        let all_done: Vec<f64> = done.concat();
        let all_open: Vec<f64> = open.concat();
        let reference = crate::stats::KaplanMeier::new(&all_done, &all_open);
        for (i, aggregate) in SUMMARY_ORDER.iter().enumerate() {
            assert_eq!(summary[i], reference.aggregate(*aggregate), "{aggregate:?}");
        }
        // The longest observation (12) is open: the maximum is a lower bound.
        assert_eq!(summary[5], Some(Bound { value: 12.0, at_least: true }));
    }

    #[test]
    fn lists_in_seconds_and_in_minutes_merge_by_value() {
        let seconds = sealed(&[3.0, 1.0, 2.5]);
        let minutes = sealed(&[2.0001, 12.345, 1.0]);
        assert!(matches!((&seconds, &minutes), (Durations::Seconds(_), Durations::Minutes(_))));
        let parts = [&seconds, &minutes];
        let merged: Vec<f64> = Sample::new(&parts).sorted().map(|(v, _)| v).collect();
        assert_eq!(merged, [1.0, 1.0, 2.0001, 2.5, 3.0, 12.345]);
        // Sorted: 1, 1, 2.0001, 2.5, 3, 12.345; the median is halfway between 2.0001 and 2.5.
        assert_eq!(Sample::new(&parts).summary()[1], Some(2.0001 + 0.5 * (2.5 - 2.0001)));
    }

    #[test]
    fn merging_many_lists_uses_the_heap_and_keeps_order() {
        let lists: Vec<Durations> = (0..20).map(|i| sealed(&[f64::from(i % 7), f64::from(i) + 0.5])).collect();
        let parts: Vec<&Durations> = lists.iter().collect();
        let merged: Vec<f64> = Sample::new(&parts).sorted().map(|(v, _)| v).collect();
        let mut expected: Vec<f64> = lists.iter().flat_map(|l| l.iter()).collect();
        expected.sort_by(f64::total_cmp);
        assert_eq!(merged, expected);
    }
}
