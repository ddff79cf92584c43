//! How sure is the ranking: flip points of every weight (exact), rank
//! acceptability over the declared uncertainty (SMAA-2), and a verdict a
//! committee can read. A stage beside scoring: it reads the rubric and
//! evidence the scorecard was made from, and the scorecard itself.

pub mod flip;
pub mod smaa;

use serde::Serialize;

use crate::evidence::VendorEvidence;
use crate::i18n::Text;
use crate::intervals::{Method, Uncertainty};
use crate::rubric::{Rubric, WeightUncertainty};
use crate::scorecard::Scorecard;

pub use self::flip::{flip_points, Flip, Flips, WeightFlips};
use self::smaa::{Model, Pins, Tally};

/// Samples by default: the standard error of any acceptability is at most
/// 0.5 / √10 000 = 0.005.
pub const DEFAULT_SAMPLES: u64 = 10_000;

/// Samples for each of the smaller runs (confidence factors, what matters
/// most), at most the main run's.
pub const SIDE_SAMPLES: u64 = 10_000;

/// How many of the winner's and its rival's uncertain figures are each
/// held still in turn to see what matters most: those that can move a
/// total furthest (their score's spread × their share of the total).
pub const CANDIDATES: usize = 8;

/// A pairwise probability at or above this separates two vendors.
pub const SEPARATED: f64 = 0.95;

/// Below [`SEPARATED`] but at or above this, the race is a close call.
pub const CLOSE: f64 = 0.75;

/// The most vendors `--confidence` compares: its pairwise figures grow
/// with the square of the vendors, and no shortlist is longer.
pub const MAX_VENDORS: usize = 100;

/// How a run is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub samples: u64,
    pub seed: u64,
    /// Sampling threads; 0: one per core.
    pub threads: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { samples: DEFAULT_SAMPLES, seed: 1, threads: 0 }
    }
}

/// Everything the analysis found, as the scorecard carries it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Confidence {
    pub samples: u64,
    pub seed: u64,
    /// The largest Monte-Carlo standard error of any probability below: 0.5 / √samples.
    pub standard_error: f64,
    /// The weights' declared uncertainty, and in words.
    pub weights: WeightUncertainty,
    pub weights_described: crate::i18n::Text,
    /// How many figures carry an interval that moves their score.
    pub uncertain_figures: usize,
    pub verdict: Verdict,
    /// Vendors that cannot be told apart, best first; each tier is
    /// separated from the next (the one above beats the one below in at
    /// least 95 % of samples).
    pub tiers: Vec<Vec<String>>,
    /// Vendors disqualified in every sample.
    pub always_disqualified: Vec<String>,
    /// Per vendor, in the scorecard's order.
    pub vendors: Vec<VendorConfidence>,
    /// The uncertain evidence (and the weights) whose uncertainty matters
    /// most to the verdict, most first.
    pub matters_most: Vec<Influence>,
    /// Every weight's flip points, most sensitive first.
    pub flip_points: Vec<WeightFlips>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Verdict {
    /// `clear_winner`, `close_call`, `cannot_be_told_apart` or `no_qualified_vendor`.
    pub kind: &'static str,
    /// One sentence.
    pub text: crate::i18n::Text,
    pub winner: Option<String>,
    /// The vendor that beats the winner most often.
    pub rival: Option<String>,
    /// How often the winner beats its rival.
    pub beats_rival: Option<f64>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct VendorConfidence {
    pub vendor: String,
    /// Its rank in the scorecard.
    pub rank: usize,
    /// `rank_acceptability[r]`: the probability of rank r + 1 (ties share a rank).
    pub rank_acceptability: Vec<f64>,
    /// The probability of being disqualified.
    pub disqualified: f64,
    /// The best and worst rank it takes in any sample (`None`: always disqualified).
    pub rank_range: Option<(usize, usize)>,
    /// The probability of ranking above each other vendor.
    pub beats: Vec<(String, f64)>,
    /// The typical weights that make it first: each criterion's average
    /// share of the total over the samples where it ranks first.
    pub central_weights: Option<Vec<(String, f64)>>,
    /// The probability of ranking first with its central weights, over the
    /// evidence's uncertainty alone.
    pub confidence_factor: Option<f64>,
}

/// One source of uncertainty and how much it moves the verdict.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Influence {
    /// `None` for the weights.
    pub vendor: Option<String>,
    pub criterion: Option<String>,
    /// In words: "Quillstack's P0 first response (p90 of 7 tickets; 95 % interval at least 35, no upper bound)".
    pub about: crate::i18n::Text,
    /// How often the winner beats its rival with it as is, and with it
    /// exactly as measured (held at the value `compare` scores).
    pub beats_rival: f64,
    pub beats_rival_if_known: f64,
    /// What would narrow it.
    pub advice: crate::i18n::Text,
}

/// Runs the whole analysis. `vendors` is what `card` was scored from.
pub fn analyse(rubric: &Rubric, vendors: &[VendorEvidence], card: &Scorecard, settings: Settings) -> Confidence {
    let ordered: Vec<&VendorEvidence> =
        card.vendors.iter().filter_map(|scored| vendors.iter().find(|v| v.vendor == scored.vendor)).collect();
    let model = Model::new(rubric, &ordered);
    let threads = match settings.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    let samples = settings.samples.max(1);
    let tally = model.run(samples, settings.seed, &Pins::default(), threads);
    let n = ordered.len();
    let names: Vec<String> = ordered.iter().map(|v| v.vendor.clone()).collect();
    let criteria: Vec<String> = rubric.criteria().map(|(_, c)| c.id.clone()).collect();
    let probability = |count: u64| count as f64 / tally.samples as f64;
    let side = SIDE_SAMPLES.min(samples);

    let mut out = Vec::with_capacity(n);
    for (v, name) in names.iter().enumerate() {
        let ranks: Vec<f64> = (0..n).map(|r| probability(tally.ranks[v * n + r])).collect();
        let taken: Vec<usize> = (0..n).filter(|r| tally.ranks[v * n + r] > 0).collect();
        let firsts = tally.ranks[v * n];
        let central = (firsts > 0).then(|| {
            let sums = &tally.central[v * criteria.len()..(v + 1) * criteria.len()];
            sums.iter().map(|s| s / firsts as f64).collect::<Vec<f64>>()
        });
        let confidence_factor = central.as_ref().map(|shares| {
            let pins = Pins { shares: Some(shares.clone()), ..Pins::default() };
            let run = model.run(side, settings.seed, &pins, threads);
            run.ranks[v * n] as f64 / run.samples as f64
        });
        out.push(VendorConfidence {
            vendor: name.clone(),
            rank: card.vendors[v].rank,
            rank_acceptability: ranks,
            disqualified: probability(tally.out[v]),
            rank_range: taken.first().map(|first| (first + 1, taken.last().copied().unwrap_or(*first) + 1)),
            beats: (0..n)
                .filter(|u| *u != v)
                .map(|u| (names[u].clone(), probability(tally.beats[v * n + u])))
                .collect(),
            central_weights: central.map(|c| criteria.iter().cloned().zip(c).collect()),
            confidence_factor,
        });
    }

    let beats = |tally: &Tally, v: usize, u: usize| tally.beats[v * n + u] as f64 / tally.samples as f64;
    let can_win: Vec<usize> = (0..n).filter(|v| tally.out[*v] < tally.samples).collect();
    let winner = (!card.vendors.is_empty() && card.vendors[0].status == crate::scorecard::Status::Qualified)
        .then_some(0)
        .or_else(|| can_win.first().copied());
    let rival = winner.and_then(|w| {
        (0..n).filter(|u| *u != w).max_by(|a, b| beats(&tally, *a, w).total_cmp(&beats(&tally, *b, w)).then(b.cmp(a)))
    });
    let verdict = verdict(&names, &tally, winner, rival, model.is_exact());

    // Tiers: down the scorecard's order, a new tier where the vendor above is separated from the next.
    let mut tiers: Vec<Vec<String>> = Vec::new();
    let mut previous: Option<usize> = None;
    for v in can_win.iter().copied() {
        match previous {
            Some(p) if beats(&tally, p, v) < SEPARATED => tiers.last_mut().expect("a tier").push(names[v].clone()),
            _ => tiers.push(vec![names[v].clone()]),
        }
        previous = Some(v);
    }
    let always_disqualified = (0..n).filter(|v| tally.out[*v] == tally.samples).map(|v| names[v].clone()).collect();

    let matters_most = match (winner, rival) {
        (Some(w), Some(r)) if !model.is_exact() => {
            influences(rubric, &model, &ordered, &names, settings.seed, side, threads, (w, r))
        }
        _ => Vec::new(),
    };

    Confidence {
        samples: tally.samples,
        seed: settings.seed,
        standard_error: 0.5 / (tally.samples as f64).sqrt(),
        weights: rubric.uncertainty.clone(),
        weights_described: rubric.uncertainty.describe(false),
        uncertain_figures: model.uncertain_figures().len(),
        verdict,
        tiers,
        always_disqualified,
        vendors: out,
        matters_most,
        flip_points: flip_points(card),
    }
}

fn verdict(names: &[String], tally: &Tally, winner: Option<usize>, rival: Option<usize>, exact: bool) -> Verdict {
    let n = names.len();
    let Some(w) = winner else {
        return Verdict {
            kind: "no_qualified_vendor",
            text: Text::new("verdict-none"),
            winner: None,
            rival: None,
            beats_rival: None,
        };
    };
    let first = tally.ranks[w * n] as f64 / tally.samples as f64;
    let name = &names[w];
    let Some(r) = rival else {
        return Verdict {
            kind: "clear_winner",
            text: Text::new("verdict-only").arg("name", name),
            winner: Some(name.clone()),
            rival: None,
            beats_rival: None,
        };
    };
    let p = tally.beats[w * n + r] as f64 / tally.samples as f64;
    let (kind, text) = if p >= SEPARATED {
        let exact = if exact { Text::new("verdict-exact") } else { Text::verbatim("") };
        (
            "clear_winner",
            Text::new("verdict-clear")
                .arg("name", name)
                .arg("first", pct(first))
                .arg("rival", &names[r])
                .arg("beats", pct(p))
                .part("exact", exact),
        )
    } else if p >= CLOSE {
        (
            "close_call",
            Text::new("verdict-close")
                .arg("name", name)
                .arg("first", pct(first))
                .arg("rival", &names[r])
                .arg("beats", pct(p)),
        )
    } else {
        (
            "cannot_be_told_apart",
            Text::new("verdict-apart")
                .arg("name", name)
                .arg("rival", &names[r])
                .arg("beats", pct(p))
                .arg("first", pct(first)),
        )
    };
    Verdict { kind, text, winner: Some(name.clone()), rival: Some(names[r].clone()), beats_rival: Some(p) }
}

/// `0.8125` → `81%`; below 1 % or above 99 % with one decimal, and never
/// rounded to 0 % or 100 % when it is not: `<0.1%`, `>99.9%`.
pub fn pct(p: f64) -> String {
    let percent = 100.0 * p;
    match percent {
        _ if percent > 0.0 && percent < 0.05 => "<0.1%".into(),
        _ if percent > 99.95 && percent < 100.0 => ">99.9%".into(),
        _ if (percent > 0.0 && percent < 1.0) || (percent > 99.0 && percent < 100.0) => format!("{percent:.1}%"),
        _ => format!("{percent:.0}%"),
    }
}

/// For the winner and its rival's uncertain figures, and the weights: how
/// much more decisive the race would be with each exactly as measured (common
/// random numbers: the same seed and streams, one thing held still).
#[allow(clippy::too_many_arguments)]
fn influences(
    rubric: &Rubric,
    model: &Model,
    ordered: &[&VendorEvidence],
    names: &[String],
    seed: u64,
    samples: u64,
    threads: usize,
    (w, r): (usize, usize),
) -> Vec<Influence> {
    let n = names.len();
    let beats = |pins: &Pins| {
        let run = model.run(samples, seed, pins, threads);
        run.beats[w * n + r] as f64 / run.samples as f64
    };
    let base = beats(&Pins::default());
    let decisive = |p: f64| (p - 0.5).abs();
    let criteria: Vec<&crate::rubric::Criterion> = rubric.criteria().map(|(_, c)| c).collect();
    let mut found = Vec::new();
    let mut candidates: Vec<(usize, usize)> =
        model.uncertain_figures().into_iter().filter(|(v, _)| *v == w || *v == r).collect();
    candidates.sort_by(|a, b| model.swing(b.0, b.1).total_cmp(&model.swing(a.0, a.1)));
    candidates.truncate(CANDIDATES);
    for (v, c) in candidates {
        let known = beats(&Pins { figure: Some((v, c)), ..Pins::default() });
        let criterion = criteria[c];
        let Some(uncertainty) = ordered[v].items.get(&criterion.id).and_then(|i| i.uncertainty.as_ref()) else {
            continue;
        };
        let unit = criterion.translations.unit_text(criterion.unit.as_deref());
        let interval = uncertainty.describe(crate::evidence::format_rounded, unit);
        let name = Text::translated(&criterion.name, &criterion.translations.names);
        found.push(Influence {
            vendor: Some(names[v].clone()),
            criterion: Some(criterion.id.clone()),
            about: Text::new("influence-figure")
                .arg("vendor", &names[v])
                .part("criterion", name.clone())
                .part("basis", uncertainty.basis())
                .part("label", uncertainty.label())
                .part("interval", interval),
            beats_rival: base,
            beats_rival_if_known: known,
            advice: advice(&names[v], name, uncertainty),
        });
    }
    if model.weights_uncertain() {
        let known = beats(&Pins { nominal_weights: true, ..Pins::default() });
        found.push(Influence {
            vendor: None,
            criterion: None,
            about: Text::new("influence-weights").part("described", rubric.uncertainty.describe(true)),
            beats_rival: base,
            beats_rival_if_known: known,
            advice: Text::new("advice-weights"),
        });
    }
    found.retain(|i| decisive(i.beats_rival_if_known) > decisive(i.beats_rival) + 0.005);
    found.sort_by(|a, b| decisive(b.beats_rival_if_known).total_cmp(&decisive(a.beats_rival_if_known)));
    found.truncate(5);
    found
}

/// What would narrow an uncertain figure.
fn advice(vendor: &str, criterion: Text, uncertainty: &Uncertainty) -> Text {
    let about = |key: &'static str| Text::new(key).arg("vendor", vendor).part("criterion", criterion.clone());
    match &uncertainty.method {
        Method::OrderStatistic { n, .. } => match uncertainty.tickets_to_close() {
            Some(needed) => about("advice-drill-close").arg("needed", needed.to_string()).arg("n", n.to_string()),
            None => about("advice-drill").arg("n", n.to_string()),
        },
        Method::Wilson { trials, .. } => about("advice-wilson").arg("n", trials.to_string()),
        Method::Range => about("advice-range"),
        Method::Raters { raters } => about("advice-raters").arg("raters", raters.to_string()),
    }
}
