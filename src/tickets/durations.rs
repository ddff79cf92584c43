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
//! the figures of several severities together are then read from the
//! sorted lists as they are, by searches (a value by its rank, the
//! Kaplan–Meier estimate run by run), never by copying them into one —
//! except past eight lists, which are merged into one first.

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
    // The nearest whole second by a cast (`round` is a library call on the
    // x86-64 baseline), kept only if it is exactly the value.
    let seconds = (minutes * 60.0 + 0.5) as u64;
    (seconds <= u64::from(u32::MAX) && seconds as f64 / 60.0 == minutes).then_some(seconds as u32)
}

fn minutes(seconds: u32) -> f64 {
    f64::from(seconds) / 60.0
}

/// A duration as a row gives it: minutes, and the exact milliseconds when
/// it is the time between two timestamps.
#[derive(Debug, Clone, Copy)]
pub struct Elapsed {
    pub minutes: f64,
    pub millis: Option<i64>,
}

impl Elapsed {
    /// The milliseconds, exact from timestamps, else the minutes' nearest.
    pub fn millis(self) -> i64 {
        self.millis.unwrap_or_else(|| (self.minutes * 60_000.0).round() as i64)
    }
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

    /// [`Self::push`], without working out again the whole seconds a time
    /// between two timestamps already has.
    pub fn push_elapsed(&mut self, elapsed: Elapsed) {
        match (&mut *self, elapsed.millis) {
            (Durations::Seconds(seconds), Some(millis)) if millis % 1000 == 0 => match u32::try_from(millis / 1000) {
                // `s / 60` is `ms / 60 000`, the minutes: the same quotient, correctly rounded.
                Ok(s) => seconds.push(s),
                Err(_) => self.push(elapsed.minutes),
            },
            _ => self.push(elapsed.minutes),
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
}

/// How the values of several lists compare as `u64` keys: their whole
/// seconds when every list holds seconds, else the bits of their minutes
/// (durations are never negative, so the bits order like the values).
#[derive(Debug, Clone, Copy)]
pub struct Keys {
    seconds: bool,
}

impl Keys {
    pub fn of<'a>(mut lists: impl Iterator<Item = &'a &'a Durations>) -> Keys {
        Keys { seconds: lists.all(|l| matches!(l, Durations::Seconds(_))) }
    }

    /// The value, in minutes, of `key`.
    fn value(self, key: u64) -> f64 {
        if self.seconds {
            key as f64 / 60.0
        } else {
            f64::from_bits(key)
        }
    }
}

impl Durations {
    /// The key of value `i`.
    #[inline]
    fn key(&self, i: usize, keys: Keys) -> u64 {
        match self {
            Durations::Seconds(s) if keys.seconds => u64::from(s[i]),
            durations => durations.get(i).max(0.0).to_bits(),
        }
    }

    /// How many values have a key at most `limit`.
    fn at_most_key(&self, limit: u64, keys: Keys) -> usize {
        self.after(0, limit, keys)
    }

    /// The first index from `from` on whose key is past `limit` (the list is
    /// sealed): a galloping search, so walking a list in small steps costs
    /// the steps, not a search of the whole list each time.
    fn after(&self, from: usize, limit: u64, keys: Keys) -> usize {
        let len = self.len();
        let (mut low, mut step) = (from, 1);
        // Widen until past `limit`, then search the last stride.
        while low + step <= len && self.key(low + step - 1, keys) <= limit {
            low += step;
            step *= 2;
        }
        let mut high = (low + step - 1).min(len);
        while low < high {
            let middle = low + (high - low) / 2;
            if self.key(middle, keys) <= limit {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }

    /// The sum of the values at `range`, in minutes (exact over whole seconds).
    fn sum_of(&self, range: std::ops::Range<usize>) -> f64 {
        match self {
            Durations::Seconds(s) => s[range].iter().map(|s| u64::from(*s)).sum::<u64>() as f64 / 60.0,
            Durations::Minutes(m) => m[range].iter().sum(),
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
        Merged::new(self.parts.iter().map(|p| (*p, false)).collect(), Keys::of(self.parts.iter()))
    }

    /// The value of rank `rank` (from 0) of the lists together, ascending,
    /// by a search over keys rather than a merge: the least key that more
    /// than `rank` values are at most. `rank` must be below [`Self::len`].
    fn at_rank(&self, rank: usize, keys: Keys) -> f64 {
        if let [one] = self.parts.iter().filter(|p| !p.is_empty()).collect::<Vec<_>>()[..] {
            return one.get(rank);
        }
        let (mut low, mut high) = (0u64, u64::MAX);
        while low < high {
            let middle = low + (high - low) / 2;
            if self.parts.iter().map(|p| p.at_most_key(middle, keys)).sum::<usize>() > rank {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        keys.value(low)
    }

    /// min, median, mean, p90, p95 and max, in the order of
    /// [`SUMMARY_ORDER`]; `None` when empty. Percentiles are
    /// `PERCENTILE.INC` (see [`crate::stats::percentile`]).
    pub fn summary(&self) -> [Option<f64>; 6] {
        let n = self.len();
        if n == 0 {
            return [None; 6];
        }
        let keys = Keys::of(self.parts.iter());
        let parts = few(self.parts, keys);
        let parts: Vec<&Durations> = parts.iter().map(|d| d.as_ref()).collect();
        let sample = Sample::new(&parts);
        let value = |rank: usize| sample.at_rank(rank, keys);
        let percentile = |q: f64| crate::stats::interpolate(n, q, value);
        let mean = self.parts.iter().map(|p| p.sum_of(0..p.len())).sum::<f64>() / n as f64;
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

/// Sealed lists read by rank, for the order statistics behind a
/// percentile's interval: merged once (past eight lists), searched per rank.
pub struct Ranked<'a> {
    parts: Vec<std::borrow::Cow<'a, Durations>>,
    keys: Keys,
    len: usize,
}

impl<'a> Ranked<'a> {
    pub fn new(parts: &[&'a Durations]) -> Ranked<'a> {
        let keys = Keys::of(parts.iter());
        let parts = few(parts, keys);
        let len = parts.iter().map(|p| p.len()).sum();
        Ranked { parts, keys, len }
    }

    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.len
    }

    /// The value of 1-based `rank` (1: the least), in minutes; `rank` at most [`Self::len`].
    pub fn at(&self, rank: u64) -> f64 {
        let parts: Vec<&Durations> = self.parts.iter().map(|d| d.as_ref()).collect();
        Sample::new(&parts).at_rank(rank as usize - 1, self.keys)
    }
}

/// The non-empty lists of `parts`; merged into one when there are more
/// than [`SCANNED`] (a log may have a severity per ticket), so that every
/// query looks at a few lists, never at each of a hundred thousand.
fn few<'a>(parts: &[&'a Durations], keys: Keys) -> Vec<std::borrow::Cow<'a, Durations>> {
    let parts: Vec<&Durations> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    if parts.len() <= SCANNED {
        return parts.into_iter().map(std::borrow::Cow::Borrowed).collect();
    }
    let mut merged = Merged::new(parts.iter().map(|p| (*p, false)).collect(), keys);
    let one = if keys.seconds {
        // With every list in seconds, a key is the whole seconds.
        Durations::Seconds(std::iter::from_fn(|| merged.next_key()).map(|(key, _)| key as u32).collect())
    } else {
        Durations::Minutes(merged.map(|(value, _)| value).collect())
    };
    vec![std::borrow::Cow::Owned(one)]
}

/// The aggregates a summary holds, in order.
pub const SUMMARY_ORDER: [Aggregate; 6] =
    [Aggregate::Min, Aggregate::Median, Aggregate::Mean, Aggregate::P90, Aggregate::P95, Aggregate::Max];

/// The figure `aggregate` of a summary.
pub fn pick<T: Copy>(summary: &[Option<T>; 6], aggregate: Aggregate) -> Option<T> {
    summary[SUMMARY_ORDER.iter().position(|a| *a == aggregate).unwrap_or(0)]
}

/// The values of sealed lists in ascending order, each with its list's
/// flag, and at equal values unflagged lists first. A merge, not a copy:
/// each list's next value waits as a key ([`Keys`]), the least of a few
/// found by a scan, of many by a heap.
pub struct Merged<'a> {
    lists: Vec<(&'a Durations, bool)>,
    next: Vec<usize>,
    /// Each list's next key (`u64::MAX` once it is used up), with its flag.
    heads: Vec<(u64, bool)>,
    keys: Keys,
    heap: std::collections::BinaryHeap<std::cmp::Reverse<((u64, bool), usize)>>,
}

/// Up to this many lists are merged by scanning their heads.
const SCANNED: usize = 8;

impl<'a> Merged<'a> {
    pub fn new(lists: Vec<(&'a Durations, bool)>, keys: Keys) -> Merged<'a> {
        let lists: Vec<(&Durations, bool)> = lists.into_iter().filter(|(l, _)| !l.is_empty()).collect();
        let heads = lists.iter().map(|(list, flag)| (list.key(0, keys), *flag)).collect::<Vec<_>>();
        let heap = if lists.len() > SCANNED {
            heads.iter().enumerate().map(|(i, head)| std::cmp::Reverse((*head, i))).collect()
        } else {
            Default::default()
        };
        Merged { next: vec![0; lists.len()], heads, keys, lists, heap }
    }

    /// Takes the next value of list `i` as its key, and makes way for the one after.
    #[inline]
    fn take(&mut self, i: usize) -> (u64, bool) {
        let (values, flag) = self.lists[i];
        let at = self.next[i];
        self.next[i] += 1;
        let key = self.heads[i].0;
        self.heads[i].0 = if at + 1 < values.len() { values.key(at + 1, self.keys) } else { u64::MAX };
        (key, flag)
    }

    /// The next key, with its list's flag.
    fn next_key(&mut self) -> Option<(u64, bool)> {
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

impl Iterator for Merged<'_> {
    type Item = (f64, bool);

    fn next(&mut self) -> Option<(f64, bool)> {
        let (key, flag) = self.next_key()?;
        Some((self.keys.value(key), flag))
    }
}

/// A run of resolution times that share one Kaplan–Meier mass: those
/// between two tickets still open. `end` is the rank just past its last.
struct Run {
    end: usize,
    mass: f64,
}

/// The Kaplan–Meier aggregates of time to resolution from sealed lists of
/// resolution times (`done`) and of ages of tickets still open (`open`), in
/// the order of [`SUMMARY_ORDER`]: the figures of
/// [`crate::stats::KaplanMeier`] (the definition, one event at a time),
/// computed run by run.
///
/// Between two tickets still open, every ticket resolved has the same mass:
/// at-risk count m and survival S give the first S / m, the next
/// (S − S/m) / (m − 1) = S / m, and so on. So the estimate is a few runs,
/// one per open ticket, each found by a search in every sorted list, its
/// durations summed in place for the mean; a percentile is found in its run
/// by arithmetic and its duration by rank. A million resolution times cost
/// a few milliseconds, not a pass with a division per ticket.
pub fn censored_summary(done: &[&Durations], open: &[&Durations]) -> [Option<Bound>; 6] {
    let keys = Keys::of(done.iter().chain(open));
    let (done, open) = (few(done, keys), few(open, keys));
    let (done, open): (Vec<&Durations>, Vec<&Durations>) =
        (done.iter().map(|d| d.as_ref()).collect(), open.iter().map(|d| d.as_ref()).collect());
    let (done, open) = (&done[..], &open[..]);
    let ended = Sample::new(done);
    let n_done = ended.len();
    let n = n_done + Sample::new(open).len();
    if n == 0 {
        return [None; 6];
    }
    // The runs of ended durations, each up to (and with) the open ones after it.
    let mut runs: Vec<Run> = Vec::new();
    let mut at = vec![0usize; done.len()];
    let (mut before, mut survival, mut mean) = (0usize, 1.0f64, 0.0f64);
    let mut run_to = |limit: u64, at: &mut Vec<usize>, before: &mut usize| {
        let mut length = 0;
        let mut sum = 0.0;
        for (list, at) in done.iter().zip(at.iter_mut()) {
            let end = list.after(*at, limit, keys);
            sum += list.sum_of(*at..end);
            length += end - *at;
            *at = end;
        }
        if length > 0 {
            let mass = survival / (n - *before) as f64;
            mean += mass * sum;
            survival = (survival - mass * length as f64).max(0.0);
            let start = runs.last().map_or(0, |r: &Run| r.end);
            runs.push(Run { end: start + length, mass });
            *before += length;
        }
        length
    };
    let mut opens = Merged::new(open.iter().map(|d| (*d, true)).collect(), keys);
    let (mut next, mut last_open) = (opens.next_key(), None);
    while let Some((key, _)) = next {
        // Ended durations equal to an open one come before it.
        run_to(key, &mut at, &mut before);
        while next.is_some_and(|(k, _)| k == key) {
            before += 1;
            next = opens.next_key();
        }
        last_open = Some(keys.value(key));
    }
    let after_last_open = run_to(u64::MAX, &mut at, &mut before);
    // The longest observation still open keeps the mass left: a lower bound.
    let tail = last_open.filter(|_| after_last_open == 0).map(|value| (value, survival));
    if let Some((value, mass)) = tail {
        mean += value * mass;
    }
    let point = |p: usize| -> (f64, f64, bool) {
        match tail {
            Some((value, mass)) if p == n_done => (value, mass, true),
            _ => (ended.at_rank(p, keys), runs[runs.partition_point(|r| r.end <= p)].mass, false),
        }
    };
    let count = n_done + usize::from(tail.is_some());
    let (first, last) = (point(0), point(count - 1));
    let bound = |(value, _, at_least): (f64, f64, bool)| Bound { value, at_least };
    let spread = 1.0 - last.1;
    let percentile = |q: f64| -> Bound {
        if count == 1 || spread <= 0.0 {
            return bound(last);
        }
        // The first point whose position (mass before it ÷ spread; the last
        // is at 1) reaches q, and the mass before it.
        let position = |p: usize, before: f64| if p + 1 == count { 1.0 } else { before / spread };
        let mut start = 0.0;
        let mut found = None;
        for (r, run) in runs.iter().enumerate() {
            let first = if r == 0 { 0 } else { runs[r - 1].end };
            let length = run.end - first;
            let at = |j: usize| start + j as f64 * run.mass;
            // Estimated by arithmetic, then settled by the positions themselves.
            let mut j = if run.mass > 0.0 {
                ((q * spread - start) / run.mass).ceil().clamp(0.0, length as f64) as usize
            } else {
                0
            };
            while j > 0 && position(first + j - 1, at(j - 1)) >= q {
                j -= 1;
            }
            while j < length && position(first + j, at(j)) < q {
                j += 1;
            }
            if j < length {
                found = Some((first + j, at(j)));
                break;
            }
            start = at(length);
        }
        // Past every run: the open tail, at 1.
        let (p, before) = found.unwrap_or((count - 1, start));
        let here = point(p);
        let at_here = position(p, before);
        if p == 0 || at_here == q {
            return bound(here);
        }
        let previous = point(p - 1);
        let previous_position = (before - previous.1) / spread;
        let fraction = (q - previous_position) / (at_here - previous_position);
        Bound { value: previous.0 + fraction * (here.0 - previous.0), at_least: here.2 }
    };
    let mean = Bound { value: mean, at_least: tail.is_some_and(|(_, mass)| mass > 0.0) };
    [
        Some(bound(first)),
        Some(percentile(0.5)),
        Some(mean),
        Some(percentile(0.9)),
        Some(percentile(0.95)),
        Some(bound(last)),
    ]
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
        assert_like_the_definition(&summary, &all_done, &all_open);
        // The longest observation (12) is open: the maximum is a lower bound.
        assert_eq!(summary[5], Some(Bound { value: 12.0, at_least: true }));
    }

    /// `summary` is [`crate::stats::KaplanMeier`]'s estimate (one event at a
    /// time) of `done` and `open`, up to rounding: the run-by-run arithmetic
    /// sums masses in another order.
    fn assert_like_the_definition(summary: &[Option<Bound>; 6], done: &[f64], open: &[f64]) {
        let reference = crate::stats::KaplanMeier::new(done, open);
        for (i, aggregate) in SUMMARY_ORDER.iter().enumerate() {
            let (got, want) = (summary[i], reference.aggregate(*aggregate));
            let near = |a: f64, b: f64| (a - b).abs() <= 1e-12 * b.abs().max(1.0);
            let close = match (got, want) {
                // A percentile whose position is exactly the last resolution
                // time's (p90 of 11 with one open: 9/10) is that time, not a
                // bound; a rounding either way may reach for the open tail
                // just past it instead, with the same value but flagged.
                (Some(got), Some(want)) if got.at_least != want.at_least => {
                    near(got.value, want.value) && near(got.value, done.iter().copied().fold(0.0, f64::max))
                }
                (Some(got), Some(want)) => near(got.value, want.value),
                (got, want) => got == want,
            };
            assert!(close, "{aggregate:?}: {got:?}, by the definition {want:?}; done {done:?}, open {open:?}");
        }
    }

    #[test]
    fn the_censored_summary_is_the_estimate_for_any_lists() {
        // Up to 12 lists (past 8 they are merged first), of whole seconds
        // and of minutes, empty ones, many ties, open ages equal to
        // resolution times, the longest open or not.
        let mut x: u64 = 2024;
        let mut next = |range: u64| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 33) % range
        };
        for case in 0..3000 {
            let lists = 1 + next(12) as usize;
            let spread = [4, 30, 5000][case % 3];
            let mut list = |length: u64, fraction: bool| -> Vec<f64> {
                (0..next(length)).map(|_| next(spread) as f64 / 2.0 + if fraction { 0.001 } else { 0.0 }).collect()
            };
            let done: Vec<Vec<f64>> = (0..lists).map(|_| list(40, case % 7 == 0)).collect();
            let open: Vec<Vec<f64>> = (0..lists).map(|_| list(if case % 2 == 0 { 3 } else { 30 }, false)).collect();
            let sealed_done: Vec<Durations> = done.iter().map(|d| sealed(d)).collect();
            let sealed_open: Vec<Durations> = open.iter().map(|d| sealed(d)).collect();
            let summary =
                censored_summary(&sealed_done.iter().collect::<Vec<_>>(), &sealed_open.iter().collect::<Vec<_>>());
            assert_like_the_definition(&summary, &done.concat(), &open.concat());
            // The plain summary of the same lists, by rank, is the sorted one's.
            let all = done.concat();
            let plain = Sample::new(&sealed_done.iter().collect::<Vec<_>>()).summary();
            if all.is_empty() {
                assert_eq!(plain, [None; 6]);
                continue;
            }
            for (i, q) in [(0, 0.0), (1, 0.5), (3, 0.9), (4, 0.95), (5, 1.0)] {
                assert_eq!(plain[i], Some(percentile(&all, q)), "q = {q} of {all:?}");
            }
        }
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
