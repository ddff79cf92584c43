//! Stochastic multicriteria acceptability analysis (SMAA-2, Lahdelma &
//! Salminen 2001), with the rubric applied in every sample exactly as
//! `compare` applies it.
//!
//! Everything that does not change between samples is worked out once
//! ([`Model::new`]): each criterion's score for each vendor, after bands,
//! discounts and penalties, and for an uncertain figure a table of its
//! score (and gate) at each of [`LEVELS`] equally likely values. A sample
//! then draws the weights, picks one table entry per uncertain figure (one
//! byte of randomness each), takes each vendor's total as one dot product
//! of contiguous arrays, and ranks — no allocation. Samples run in chunks
//! of [`CHUNK`], each with its own random streams, on every core; chunks
//! are merged in order, so the result depends on the seed alone.

use crate::evidence::{EvidenceItem, Observation, VendorEvidence};
use crate::intervals::LEVELS;
use crate::rubric::{MissingPolicy, Rubric, WeightSpread};
use crate::score::{criterion_outcome, TIE_TOLERANCE};

/// Samples per chunk: the unit of work and of random streams.
pub const CHUNK: u64 = 8192;

/// One way a weight (or group of weights) is drawn.
#[derive(Debug, Clone)]
enum Draw {
    /// As written (a group below may set it).
    Fixed,
    Uniform {
        low: f64,
        high: f64,
    },
    /// A uniform split of `total` among `slots`; sorted: the largest to the first slot.
    Split {
        slots: Vec<usize>,
        total: f64,
        sorted: bool,
    },
}

/// An uncertain figure of one vendor: its criterion, and where its tables start.
#[derive(Debug, Clone, Copy)]
struct Uncertain {
    criterion: usize,
    table: usize,
    /// Whether the criterion has a gate whose outcome varies with the figure.
    gated: bool,
    /// The score and gate `compare` gives it (the figure as written or measured).
    point: f64,
    point_gate: bool,
}

#[derive(Debug, Clone)]
struct VendorModel {
    /// Every criterion's score; for an uncertain figure, its point score.
    scores: Vec<f64>,
    uncertain: Vec<Uncertain>,
    /// Which criteria count (`missing = "exclude"` drops those without
    /// evidence); `None`: all of them.
    present: Option<Vec<bool>>,
    /// Disqualified whatever is drawn: a gate failed on exact evidence, or
    /// missing evidence under `missing = "fail"` or on a gated criterion.
    always_out: bool,
    seed: u64,
}

/// The rubric and evidence, ready to sample.
#[derive(Debug, Clone)]
pub struct Model {
    /// Criterion index ranges of each category, in rubric order.
    categories: Vec<std::ops::Range<usize>>,
    criteria: usize,
    /// The weights as written: categories first, then criteria.
    nominal: Vec<f64>,
    draws: Vec<Draw>,
    vendors: Vec<VendorModel>,
    scores: Vec<f64>,
    gates: Vec<bool>,
    points_per_score: f64,
}

/// Counts over many samples.
#[derive(Debug, Clone)]
pub struct Tally {
    pub samples: u64,
    /// `ranks[v × n + r]`: samples in which vendor v ranked r + 1 (ties share a rank).
    pub ranks: Vec<u64>,
    /// Samples in which vendor v was disqualified.
    pub out: Vec<u64>,
    /// `beats[v × n + u]`: samples in which v ranked strictly above u.
    pub beats: Vec<u64>,
    /// Σ of each criterion's share of the total over the samples in which v ranked first.
    pub central: Vec<f64>,
}

impl Tally {
    fn new(vendors: usize, criteria: usize) -> Tally {
        Tally {
            samples: 0,
            ranks: vec![0; vendors * vendors],
            out: vec![0; vendors],
            beats: vec![0; vendors * vendors],
            central: vec![0.0; vendors * criteria],
        }
    }

    fn add(&mut self, other: &Tally) {
        self.samples += other.samples;
        let sum = |a: &mut [u64], b: &[u64]| a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        sum(&mut self.ranks, &other.ranks);
        sum(&mut self.out, &other.out);
        sum(&mut self.beats, &other.beats);
        self.central.iter_mut().zip(&other.central).for_each(|(x, y)| *x += y);
    }
}

/// What one run holds still.
#[derive(Debug, Clone, Default)]
pub struct Pins {
    /// The weights, as each criterion's share of the total (for confidence factors).
    pub shares: Option<Vec<f64>>,
    /// The weights as written.
    pub nominal_weights: bool,
    /// One vendor's uncertain figure at its point value: (vendor, criterion).
    pub figure: Option<(usize, usize)>,
}

impl Model {
    /// `vendors` in the order the result reports them.
    pub fn new(rubric: &Rubric, vendors: &[&VendorEvidence]) -> Model {
        let mut categories = Vec::new();
        let mut nominal: Vec<f64> = rubric.categories.iter().map(|c| c.weight).collect();
        for category in &rubric.categories {
            let start = nominal.len() - rubric.categories.len();
            categories.push(start..start + category.criteria.len());
            nominal.extend(category.criteria.iter().map(|c| c.weight));
        }
        let criteria = nominal.len() - rubric.categories.len();
        let draws = draws(rubric, &nominal);
        let mut scores = Vec::new();
        let mut gates = Vec::new();
        let models = vendors
            .iter()
            .map(|vendor| {
                let mut model = VendorModel {
                    scores: Vec::with_capacity(criteria),
                    uncertain: Vec::new(),
                    present: None,
                    always_out: false,
                    seed: fnv(&vendor.vendor),
                };
                let mut present = Vec::with_capacity(criteria);
                for (index, (_, criterion)) in rubric.criteria().enumerate() {
                    let item = vendor.items.get(&criterion.id);
                    let outcome = item.and_then(|item| criterion_outcome(rubric, criterion, item));
                    let Some((score, gate)) = outcome else {
                        model.scores.push(0.0);
                        present.push(rubric.missing != MissingPolicy::Exclude);
                        model.always_out |= rubric.missing == MissingPolicy::Fail || criterion.gate.is_some();
                        continue;
                    };
                    present.push(true);
                    model.scores.push(score);
                    let item = item.expect("an outcome has an item");
                    let table = item.uncertainty.as_ref().map(|u| {
                        u.levels
                            .iter()
                            .map(|value| {
                                criterion_outcome(rubric, criterion, &at_value(item, *value)).unwrap_or((0.0, false))
                            })
                            .collect::<Vec<_>>()
                    });
                    match table {
                        Some(table) if table.len() == LEVELS && table.iter().any(|entry| *entry != table[0]) => {
                            let gated = criterion.gate.is_some() && table.iter().any(|(_, g)| *g != table[0].1);
                            model.always_out |= criterion.gate.is_some() && !gated && !table[0].1;
                            model.uncertain.push(Uncertain {
                                criterion: index,
                                table: scores.len(),
                                gated,
                                point: score,
                                point_gate: gate,
                            });
                            scores.extend(table.iter().map(|(s, _)| *s));
                            gates.extend(table.iter().map(|(_, g)| *g));
                        }
                        // Every value scores the same: exact, as far as the rubric can tell.
                        Some(table) if !table.is_empty() => {
                            *model.scores.last_mut().expect("pushed") = table[0].0;
                            model.always_out |= !table[0].1;
                        }
                        _ => model.always_out |= !gate,
                    }
                }
                if present.iter().any(|p| !p) {
                    model.present = Some(present);
                }
                model
            })
            .collect();
        Model {
            categories,
            criteria,
            nominal,
            draws,
            vendors: models,
            scores,
            gates,
            points_per_score: 100.0 / rubric.scale,
        }
    }

    pub fn vendors(&self) -> usize {
        self.vendors.len()
    }

    pub fn criteria(&self) -> usize {
        self.criteria
    }

    /// Whether anything is drawn at all.
    pub fn is_exact(&self) -> bool {
        self.vendors.iter().all(|v| v.uncertain.is_empty()) && self.draws.iter().all(|d| matches!(d, Draw::Fixed))
    }

    /// Whether any weight is drawn.
    pub fn weights_uncertain(&self) -> bool {
        self.draws.iter().any(|d| !matches!(d, Draw::Fixed))
    }

    /// (vendor, criterion) of every uncertain figure.
    pub fn uncertain_figures(&self) -> Vec<(usize, usize)> {
        let mut all = Vec::new();
        for (v, vendor) in self.vendors.iter().enumerate() {
            all.extend(vendor.uncertain.iter().map(|u| (v, u.criterion)));
        }
        all
    }

    /// How far an uncertain figure can move its vendor's total, in points
    /// at the rubric's own weights: the spread of its scores × its share.
    pub fn swing(&self, vendor: usize, criterion: usize) -> f64 {
        let Some(figure) = self.vendors[vendor].uncertain.iter().find(|u| u.criterion == criterion) else {
            return 0.0;
        };
        let table = &self.scores[figure.table..figure.table + LEVELS];
        let spread = table.iter().copied().fold(f64::NEG_INFINITY, f64::max)
            - table.iter().copied().fold(f64::INFINITY, f64::min);
        let k = self.categories.len();
        let category = self.categories.iter().position(|r| r.contains(&criterion)).unwrap_or(0);
        let range = &self.categories[category];
        let within: f64 = self.nominal[k + range.start..k + range.end].iter().sum();
        let categories: f64 = (0..k)
            .filter(|j| {
                self.nominal[k + self.categories[*j].start..k + self.categories[*j].end].iter().sum::<f64>() > 0.0
            })
            .map(|j| self.nominal[j])
            .sum();
        if within <= 0.0 || categories <= 0.0 {
            return 0.0;
        }
        self.points_per_score * spread * self.nominal[category] / categories * self.nominal[k + criterion] / within
    }

    /// `samples` samples from `seed`, on `threads` threads.
    pub fn run(&self, samples: u64, seed: u64, pins: &Pins, threads: usize) -> Tally {
        let chunks = samples.div_ceil(CHUNK);
        let next = std::sync::atomic::AtomicU64::new(0);
        let mut done: Vec<(u64, Tally)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads.clamp(1, chunks.max(1) as usize))
                .map(|_| {
                    scope.spawn(|| {
                        let mut mine = Vec::new();
                        let mut work = Work::new(self);
                        loop {
                            let chunk = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            if chunk >= chunks {
                                break mine;
                            }
                            let size = CHUNK.min(samples - chunk * CHUNK);
                            mine.push((chunk, work.chunk(self, seed, chunk, size, pins)));
                            crate::progress::advance(size);
                        }
                    })
                })
                .collect();
            workers.into_iter().flat_map(|w| w.join().expect("a sampling thread panicked")).collect()
        });
        done.sort_by_key(|(chunk, _)| *chunk);
        let mut tally = Tally::new(self.vendors.len(), self.criteria);
        for (_, part) in &done {
            tally.add(part);
        }
        tally
    }
}

/// One thread's buffers, reused for every sample.
struct Work {
    weights: Vec<f64>,
    shares: Vec<f64>,
    scores: Vec<Vec<f64>>,
    totals: Vec<f64>,
    qualified: Vec<bool>,
    ranks: Vec<usize>,
    exponentials: Vec<f64>,
}

impl Work {
    fn new(model: &Model) -> Work {
        Work {
            weights: model.nominal.clone(),
            shares: vec![0.0; model.criteria],
            scores: model.vendors.iter().map(|v| v.scores.clone()).collect(),
            totals: vec![0.0; model.vendors.len()],
            qualified: vec![true; model.vendors.len()],
            ranks: vec![0; model.vendors.len()],
            exponentials: Vec::new(),
        }
    }

    fn chunk(&mut self, model: &Model, seed: u64, chunk: u64, size: u64, pins: &Pins) -> Tally {
        let n = model.vendors.len();
        let mut tally = Tally::new(n, model.criteria);
        tally.samples = size;
        let mut weight_rng = Rng::new(seed, chunk, 0);
        let mut vendor_rngs: Vec<Rng> = model.vendors.iter().map(|v| Rng::new(seed, chunk, v.seed)).collect();
        if let Some(shares) = &pins.shares {
            self.shares.copy_from_slice(shares);
        } else if pins.nominal_weights || !model.weights_uncertain() {
            self.weights.copy_from_slice(&model.nominal);
            self.normalise(model);
        }
        let draw_weights = pins.shares.is_none() && !pins.nominal_weights && model.weights_uncertain();
        for _ in 0..size {
            if draw_weights {
                self.draw_weights(model, &mut weight_rng);
                self.normalise(model);
            }
            for (v, vendor) in model.vendors.iter().enumerate() {
                let mut qualified = !vendor.always_out;
                let scores = &mut self.scores[v];
                let rng = &mut vendor_rngs[v];
                // A figure held still is drawn all the same (the streams stay aligned), then set.
                let pinned = pins.figure.filter(|(pinned, _)| *pinned == v).map_or(usize::MAX, |(_, c)| c);
                let mut bits = 0u64;
                for (i, figure) in vendor.uncertain.iter().enumerate() {
                    if i % 8 == 0 {
                        bits = rng.next();
                    }
                    let at = figure.table + (bits & 0xff) as usize;
                    bits >>= 8;
                    let (score, gate) = if figure.criterion == pinned {
                        (figure.point, figure.point_gate)
                    } else {
                        (model.scores[at], !figure.gated || model.gates[at])
                    };
                    scores[figure.criterion] = score;
                    qualified &= gate;
                }
                self.qualified[v] = qualified;
                self.totals[v] = match &vendor.present {
                    None => model.points_per_score * dot(&self.shares, scores),
                    Some(present) => model.points_per_score * renormalised(model, &self.shares, scores, present),
                };
            }
            self.tally(model, &mut tally);
        }
        tally
    }

    fn draw_weights(&mut self, model: &Model, rng: &mut Rng) {
        for (slot, draw) in model.draws.iter().enumerate() {
            match draw {
                Draw::Fixed => {}
                Draw::Uniform { low, high } => self.weights[slot] = low + (high - low) * rng.unit(),
                Draw::Split { slots, total, sorted } => {
                    // Normalised exponentials are uniform on the simplex.
                    self.exponentials.clear();
                    self.exponentials.extend(slots.iter().map(|_| -(1.0 - rng.unit()).ln()));
                    let sum: f64 = self.exponentials.iter().sum();
                    if *sorted {
                        self.exponentials.sort_by(|a, b| b.total_cmp(a));
                    }
                    for (slot, e) in slots.iter().zip(&self.exponentials) {
                        self.weights[*slot] = total * e / sum;
                    }
                }
            }
        }
    }

    /// Each criterion's share of the total: its category's weight over the
    /// weighted categories', times its own over its category's.
    fn normalise(&mut self, model: &Model) {
        let k = model.categories.len();
        let mut category_total = 0.0;
        for (category, range) in model.categories.iter().enumerate() {
            let sum: f64 = self.weights[k + range.start..k + range.end].iter().sum();
            if sum > 0.0 {
                category_total += self.weights[category];
            }
        }
        for (category, range) in model.categories.iter().enumerate() {
            let sum: f64 = self.weights[k + range.start..k + range.end].iter().sum();
            let factor =
                if sum > 0.0 && category_total > 0.0 { self.weights[category] / category_total / sum } else { 0.0 };
            for c in range.clone() {
                self.shares[c] = self.weights[k + c] * factor;
            }
        }
    }

    fn tally(&mut self, model: &Model, tally: &mut Tally) {
        let n = model.vendors.len();
        // Each pair compared once: how many rank above each vendor, and who beats whom.
        self.ranks.iter_mut().for_each(|r| *r = 0);
        for v in 0..n {
            let (qualified, total) = (self.qualified[v], self.totals[v]);
            for u in v + 1..n {
                let (other, other_total) = (self.qualified[u], self.totals[u]);
                let v_above = qualified && (!other || total > other_total + TIE_TOLERANCE);
                let u_above = other && (!qualified || other_total > total + TIE_TOLERANCE);
                self.ranks[u] += usize::from(v_above);
                self.ranks[v] += usize::from(u_above);
                tally.beats[v * n + u] += u64::from(v_above);
                tally.beats[u * n + v] += u64::from(u_above);
            }
        }
        for v in 0..n {
            if !self.qualified[v] {
                tally.out[v] += 1;
                continue;
            }
            let above = self.ranks[v];
            tally.ranks[v * n + above] += 1;
            if above == 0 {
                let central = &mut tally.central[v * model.criteria..(v + 1) * model.criteria];
                central.iter_mut().zip(&self.shares).for_each(|(sum, share)| *sum += share);
            }
        }
    }
}

/// Σ aᵢbᵢ, in four lanes so the compiler can vectorise it.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut lanes = [0.0; 4];
    let (a_chunks, b_chunks) = (a.chunks_exact(4), b.chunks_exact(4));
    let tail: f64 = a_chunks.remainder().iter().zip(b_chunks.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in a_chunks.zip(b_chunks) {
        for lane in 0..4 {
            lanes[lane] += x[lane] * y[lane];
        }
    }
    lanes.iter().sum::<f64>() + tail
}

/// A total under `missing = "exclude"`: each category's score over the
/// criteria that count, each category's share over the categories that do.
fn renormalised(model: &Model, shares: &[f64], scores: &[f64], present: &[bool]) -> f64 {
    let (mut sum, mut weight) = (0.0, 0.0);
    for range in &model.categories {
        let category: f64 = shares[range.clone()].iter().sum();
        let (mut points, mut counted) = (0.0, 0.0);
        for c in range.clone() {
            if present[c] {
                points += shares[c] * scores[c];
                counted += shares[c];
            }
        }
        if counted > 0.0 {
            sum += category * points / counted;
            weight += category;
        }
    }
    if weight > 0.0 {
        sum / weight
    } else {
        0.0
    }
}

/// How each weight is drawn, from the rubric's declared uncertainty.
fn draws(rubric: &Rubric, nominal: &[f64]) -> Vec<Draw> {
    let uncertainty = &rubric.uncertainty;
    let k = rubric.categories.len();
    let slot_of = |id: &str| -> Option<usize> {
        rubric
            .categories
            .iter()
            .position(|c| c.id == id)
            .or_else(|| rubric.criteria().position(|(_, c)| c.id == id).map(|c| k + c))
    };
    let mut draws: Vec<Draw> = vec![Draw::Fixed; nominal.len()];
    let mut taken = vec![false; nominal.len()];
    for (id, low, high) in &uncertainty.ranges {
        if let Some(slot) = slot_of(id) {
            draws[slot] = Draw::Uniform { low: *low, high: *high };
            taken[slot] = true;
        }
    }
    let mut groups = Vec::new();
    for order in &uncertainty.orders {
        let slots: Vec<usize> = order.iter().filter_map(|id| slot_of(id)).collect();
        slots.iter().for_each(|s| taken[*s] = true);
        let total = slots.iter().map(|s| nominal[*s]).sum();
        groups.push(Draw::Split { slots, total, sorted: true });
    }
    // The levels: the categories, then each category's criteria.
    let mut levels = Vec::with_capacity(rubric.categories.len() + 1);
    levels.push(0..k);
    let mut start = k;
    for category in &rubric.categories {
        levels.push(start..start + category.criteria.len());
        start += category.criteria.len();
    }
    match uncertainty.spread {
        WeightSpread::Exact => {}
        WeightSpread::Band(band) => {
            for slot in (0..nominal.len()).filter(|s| !taken[*s]) {
                draws[slot] = Draw::Uniform { low: nominal[slot] * (1.0 - band), high: nominal[slot] * (1.0 + band) };
            }
        }
        WeightSpread::Unknown => {
            for level in levels {
                let slots: Vec<usize> = level.filter(|s| !taken[*s] && nominal[*s] > 0.0).collect();
                if slots.len() > 1 {
                    let total = slots.iter().map(|s| nominal[*s]).sum();
                    groups.push(Draw::Split { slots, total, sorted: false });
                }
            }
        }
    }
    // Groups go last: they write their own slots, which stay Fixed in the list above.
    draws.extend(groups);
    draws
}

/// `item` with its figure replaced by `value`, for a table entry.
fn at_value(item: &EvidenceItem, value: f64) -> EvidenceItem {
    let observation = match &item.observation {
        Observation::Ratings(_) => Observation::Ratings(vec![("sampled".into(), value)]),
        _ => Observation::Numbers(vec![value]),
    };
    EvidenceItem { observation, uncertainty: None, ..item.clone() }
}

/// FNV-1a of a vendor's name: its random streams depend on who it is, not
/// on where it is listed, so adding a vendor leaves the others' draws alone.
fn fnv(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// wyrand (Wang Yi): a 64-bit state, one multiply per number; seeded per
/// (seed, chunk, stream) through SplitMix64.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, chunk: u64, stream: u64) -> Rng {
        let mix = |mut z: u64| {
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        Rng(mix(mix(mix(seed) ^ chunk.wrapping_mul(0x9e37_79b9_7f4a_7c15)) ^ stream))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0xa076_1d64_78bd_642f);
        let t = u128::from(self.0) * u128::from(self.0 ^ 0xe703_7ed1_a0b4_28db);
        ((t >> 64) as u64) ^ (t as u64)
    }

    /// Uniform on [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}
