//! The comparison as rows and columns of text, shared by the terminal and Markdown renderers.

use super::{one_decimal, percent, percent_one_decimal};
use crate::evidence::{format_number, format_rounded};
use crate::scorecard::{CriterionScore, EvidenceState, Scorecard, Status, VendorScore};

/// A table in plain text cells plus the notes printed under it.
pub struct TableModel {
    pub header: Vec<String>,
    /// Whether each column holds numbers (right-aligned).
    pub numeric: Vec<bool>,
    pub rows: Vec<Row>,
    pub notes: Vec<String>,
    /// The one column that wraps in a narrow terminal (names); the others
    /// keep their content width.
    pub wrapping: usize,
    /// A status column a narrow terminal may drop: disqualified rows then
    /// carry a ✗ in the column after it (see [`compact`]).
    pub status: Option<usize>,
}

/// The model without its status column, disqualified rows marked ✗ in the
/// column that followed it (the total); `None` for a model without one.
pub fn compact(model: &TableModel) -> Option<TableModel> {
    let status = model.status?;
    let drop = |cells: &[String]| -> Vec<String> {
        cells.iter().enumerate().filter(|(i, _)| *i != status).map(|(_, c)| c.clone()).collect()
    };
    let rows = model
        .rows
        .iter()
        .map(|row| {
            let mut cells = drop(&row.cells);
            if let (Emphasis::Failed, Some(cell)) = (row.emphasis, cells.get_mut(status)) {
                cell.push('✗');
            }
            Row { cells, emphasis: row.emphasis }
        })
        .collect();
    let mut notes = model.notes.clone();
    notes.insert(1.min(notes.len()), "✗ after a total: disqualified (the reason is below).".to_string());
    Some(TableModel {
        header: drop(&model.header),
        numeric: model.numeric.iter().enumerate().filter(|(i, _)| *i != status).map(|(_, n)| *n).collect(),
        rows,
        notes,
        wrapping: if model.wrapping > status { model.wrapping - 1 } else { model.wrapping },
        status: None,
    })
}

pub struct Row {
    pub cells: Vec<String>,
    pub emphasis: Emphasis,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    None,
    /// The top-ranked qualified vendor, or a total line.
    Strong,
    /// A disqualified vendor.
    Failed,
    /// A category subtotal in the detail view.
    Heading,
}

/// The summary or detail table, with the drivers notes when asked for.
pub fn model(scorecard: &Scorecard, detail: bool, drivers: Option<f64>) -> TableModel {
    let mut model = if detail { self::detail(scorecard) } else { summary(scorecard) };
    if let Some(margin) = drivers {
        model.notes.extend(self::drivers(scorecard, margin));
    }
    model
}

/// How many neighbouring pairs, from the top, and how many criteria each.
const DRIVER_PAIRS: usize = 3;
const DRIVER_CRITERIA: usize = 3;

/// "What drives the ranking": for each neighbouring pair of qualified
/// vendors from the top, the margin in points and the criteria whose
/// contributions differ most between them.
pub fn drivers(scorecard: &Scorecard, margin: f64) -> Vec<String> {
    let qualified: Vec<&VendorScore> = scorecard.vendors.iter().filter(|v| v.status == Status::Qualified).collect();
    let disqualified: Vec<&VendorScore> =
        scorecard.vendors.iter().filter(|v| v.status == Status::Disqualified).collect();
    let mut notes = vec![String::new(), "What drives the ranking (points of the 0–100 total):".to_string()];
    match (qualified.as_slice(), disqualified.first()) {
        ([], _) => notes.push("  no vendor qualifies: nothing to rank".into()),
        // One qualified vendor: what sets it apart from the best disqualified one.
        ([only], Some(best_out)) => pair_notes(&mut notes, only, best_out, margin),
        ([_], None) => notes.push("  one vendor: nothing to compare".into()),
        _ => {
            for pair in qualified.windows(2).take(DRIVER_PAIRS) {
                pair_notes(&mut notes, pair[0], pair[1], margin);
            }
        }
    }
    if qualified.len() < 2 && !disqualified.is_empty() {
        notes.push(
            "  What each disqualified vendor would need to qualify (the smallest change per failed gate):".into(),
        );
        for vendor in disqualified {
            for failure in &vendor.failed_gates {
                notes.push(format!(
                    "    {}: `{}` {}; to pass: {}",
                    vendor.vendor, failure.criterion, failure.reason, failure.to_pass
                ));
            }
        }
    }
    if qualified.len() > 1 {
        let computed;
        let flips = match &scorecard.confidence {
            Some(confidence) => &confidence.flip_points,
            None => {
                computed = crate::confidence::flip_points(scorecard);
                &computed
            }
        };
        notes.extend(flip_notes(flips, DRIVER_PAIRS));
    }
    notes
}

/// The flip points of the `limit` most sensitive weights, and how many
/// weights no plausible change can flip.
pub fn flip_notes(flips: &[crate::confidence::WeightFlips], limit: usize) -> Vec<String> {
    let mut notes =
        vec!["  Flip points (exact: the smallest change of one weight that changes the winner):".to_string()];
    let flipping: Vec<_> = flips.iter().filter(|w| w.top.nearest().is_some()).collect();
    for weights in flipping.iter().take(limit) {
        let Some(flip) = weights.top.nearest() else { continue };
        let percent = flip.percent.map(|p| format!(" ({p:+.0}%)")).unwrap_or_default();
        notes.push(format!(
            "    {} ({}) weight {} → {}{percent}: {} overtakes {}",
            weights.name,
            weights.level,
            format_rounded(weights.weight),
            format_rounded(flip.weight),
            flip.overtakes,
            flip.overtaken
        ));
    }
    let steady = flips.len() - flipping.len();
    if flipping.is_empty() {
        notes.push(format!(
            "    none: no single weight, from 0 to {}× its value, changes the winner",
            format_number(crate::confidence::flip::PLAUSIBLE)
        ));
    } else if steady > 0 {
        notes.push(format!(
            "    {steady} other weight{} cannot change the winner anywhere from 0 to {}× {}",
            if steady == 1 { "" } else { "s" },
            format_number(crate::confidence::flip::PLAUSIBLE),
            if steady == 1 { "its value" } else { "their values" }
        ));
    }
    notes
}

/// The `--confidence` section: a heading, then a table of each vendor's
/// chance of each rank, with the verdict, tiers, what matters most and the
/// flip points as its notes.
pub struct ConfidenceView {
    pub heading: Vec<String>,
    pub table: TableModel,
}

pub fn confidence(scorecard: &Scorecard) -> Option<ConfidenceView> {
    use crate::confidence::pct;
    let confidence = scorecard.confidence.as_ref()?;
    let n = confidence.vendors.len();
    let heading = vec![
        String::new(),
        format!(
            "How sure is the ranking: {} samples (seed {}); every probability below is within ±{} (one standard error).",
            confidence.samples,
            confidence.seed,
            pct(confidence.standard_error)
        ),
        format!(
            "Uncertain: {}; {} measured, ranged or rated figure{} with intervals that move a score.",
            confidence.weights_described,
            confidence.uncertain_figures,
            if confidence.uncertain_figures == 1 { "" } else { "s" }
        ),
        format!("Verdict — {}.", confidence.verdict.text),
    ];
    let ordinal = |r: usize| match r {
        1 => "1st".to_string(),
        2 => "2nd".to_string(),
        3 => "3rd".to_string(),
        r => format!("{r}th"),
    };
    let mut header: Vec<String> = vec!["Vendor".into()];
    header.extend((1..=n).map(ordinal));
    header.extend(["Disq.", "Ranks", "Conf. factor"].map(String::from));
    let mut numeric = vec![false];
    numeric.extend((0..n + 3).map(|_| true));
    let share = |p: f64| if p == 0.0 { "–".to_string() } else { pct(p) };
    let rows = confidence
        .vendors
        .iter()
        .zip(&scorecard.vendors)
        .map(|(v, scored)| {
            let mut cells = vec![v.vendor.clone()];
            cells.extend(v.rank_acceptability.iter().map(|p| share(*p)));
            cells.push(share(v.disqualified));
            cells.push(match v.rank_range {
                Some((best, worst)) if best == worst => best.to_string(),
                Some((best, worst)) => format!("{best}–{worst}"),
                None => "–".into(),
            });
            cells.push(v.confidence_factor.map_or("–".into(), |f| format!("{f:.2}")));
            Row { cells, emphasis: emphasis(scorecard, scored.rank, scored.status) }
        })
        .collect();
    let mut notes = vec![
        "Each column: the share of samples in which the vendor takes that rank (ties share a rank) or is disqualified."
            .to_string(),
        "Confidence factor: how often it ranks first with its own typical winning weights (its central weights)."
            .to_string(),
    ];
    let tiers: Vec<String> =
        confidence.tiers.iter().enumerate().map(|(i, tier)| format!("{}. {}", i + 1, tier.join(", "))).collect();
    let out = if confidence.always_disqualified.is_empty() {
        String::new()
    } else {
        format!("disqualified in every sample: {}", confidence.always_disqualified.join(", "))
    };
    notes.push(match (tiers.is_empty(), out.is_empty()) {
        (true, _) => format!("Tiers: none, no vendor qualifies; {out}."),
        (false, true) => format!(
            "Tiers (a tier beats the next in at least {} of samples; within one, vendors cannot be told apart): {}",
            pct(crate::confidence::SEPARATED),
            tiers.join(" · ")
        ),
        (false, false) => format!(
            "Tiers (a tier beats the next in at least {} of samples; within one, vendors cannot be told apart): {}; {out}",
            pct(crate::confidence::SEPARATED),
            tiers.join(" · ")
        ),
    });
    if confidence.verdict.rival.is_none() {
        // One vendor, or none, can win: nothing to narrow.
    } else if !confidence.matters_most.is_empty() {
        let winner = confidence.verdict.winner.as_deref().unwrap_or_default();
        let rival = confidence.verdict.rival.as_deref().unwrap_or_default();
        notes.push(format!(
            "What matters most (how often {winner} beats {rival}, as is → were it exactly as measured):"
        ));
        for influence in &confidence.matters_most {
            notes.push(format!(
                "  {}: {} → {}; would narrow it: {}",
                influence.about,
                pct(influence.beats_rival),
                pct(influence.beats_rival_if_known),
                influence.advice
            ));
        }
    } else if confidence.uncertain_figures > 0 || !confidence.weights.is_exact() {
        notes.push(
            "What matters most: no single uncertain figure, held at what was measured, would make the verdict clearer."
                .into(),
        );
    }
    if scorecard.vendors.iter().filter(|v| v.status == Status::Qualified).count() < 2 {
        notes.push(
            "Flip points: with fewer than two qualified vendors no weight can change the winner (gates do not depend on weights)."
                .into(),
        );
    } else {
        notes.extend(flip_notes(&confidence.flip_points, 5).into_iter().map(|n| n[2..].to_string()));
    }
    Some(ConfidenceView { heading, table: TableModel { header, numeric, rows, notes, wrapping: 0, status: None } })
}

/// The margin between two vendors and the criteria that differ most.
fn pair_notes(notes: &mut Vec<String>, ahead: &VendorScore, behind: &VendorScore, margin: f64) {
    let gap = ahead.total - behind.total;
    let verdict = if behind.status == Status::Disqualified {
        " — disqualified, so ranked below whatever its total".to_string()
    } else if gap < margin {
        format!(" — no clear winner (under {} points)", format_number(margin))
    } else {
        String::new()
    };
    let behind_label = match behind.status {
        Status::Qualified => format!("{}. {}", behind.rank, behind.vendor),
        Status::Disqualified => format!("the best disqualified vendor, {}", behind.vendor),
    };
    let (word, gap) = if gap >= 0.0 { ("leads", gap) } else { ("trails", -gap) };
    notes.push(format!("  {}. {} {word} {behind_label} by {}{verdict}", ahead.rank, ahead.vendor, one_decimal(gap)));
    let mut differences: Vec<(&str, f64, f64)> = ahead
        .criteria()
        .zip(behind.criteria())
        .map(|((_, a), (_, b))| (a.name.as_str(), a.contribution, b.contribution))
        .filter(|(_, a, b)| (a - b).abs() > 1e-9)
        .collect();
    differences.sort_by(|x, y| (y.1 - y.2).abs().total_cmp(&(x.1 - x.2).abs()));
    for (name, a, b) in differences.into_iter().take(DRIVER_CRITERIA) {
        notes.push(format!("      {:+.1}  {name} ({} vs {})", a - b, one_decimal(a), one_decimal(b)));
    }
}

/// One row per vendor: rank, vendor, status, total, category scores, coverage.
pub fn summary(scorecard: &Scorecard) -> TableModel {
    let mut header: Vec<String> = ["#", "Vendor", "Status", "Total"].map(String::from).to_vec();
    header.extend(scorecard.categories.iter().map(|c| c.short.clone()));
    header.push("Coverage".to_string());
    let mut numeric = vec![true, false, false, true];
    numeric.extend(scorecard.categories.iter().map(|_| true));
    numeric.push(true);

    let rows = scorecard
        .vendors
        .iter()
        .map(|vendor| {
            let mut cells = vec![
                vendor.rank.to_string(),
                vendor.vendor.clone(),
                vendor.status.label().to_string(),
                one_decimal(vendor.total),
            ];
            cells.extend(vendor.categories.iter().map(|c| {
                if c.excluded {
                    "–".to_string()
                } else {
                    one_decimal(c.score)
                }
            }));
            cells.push(format!("{}/{}", percent(vendor.coverage), percent(vendor.verified_coverage)));
            Row { cells, emphasis: emphasis(scorecard, vendor.rank, vendor.status) }
        })
        .collect();

    let scale = format_number(scorecard.rubric.scale);
    let mut notes = vec![format!(
        "Rubric {} {} ({}). Total 0–100; category scores 0–{scale}.",
        scorecard.rubric.id, scorecard.rubric.version, scorecard.rubric.name
    )];
    // Two spaces after the widest short name, by display width (a Chinese
    // character takes two columns); Markdown reads the two spaces as the key's end.
    let key = scorecard.categories.iter().map(|c| display_width(&c.short)).max().unwrap_or(0);
    for category in &scorecard.categories {
        let pad = " ".repeat(key - display_width(&category.short));
        notes.push(format!("  {}{pad}  {} — {} of the total", category.short, category.name, percent(category.share)));
    }
    notes.push(
        "Coverage: share of the rubric's weight backed by any evidence / by verified evidence (observed by you, not claimed by the vendor)."
            .into(),
    );
    notes.extend(basis_note(scorecard));
    notes.extend(adjustment_note(scorecard));
    notes.extend(failed_gate_notes(scorecard));
    notes.extend(disagreement_notes(scorecard));
    let contradictions = contradiction_notes(scorecard, false);
    if !contradictions.is_empty() {
        notes.extend(contradictions);
        notes.push("  (`explain VENDOR` or --detail says what was claimed and what was observed.)".into());
    }
    TableModel { header, numeric, rows, notes, wrapping: 1, status: Some(2) }
}

/// One row per criterion (grouped under category subtotals), one column per vendor.
pub fn detail(scorecard: &Scorecard) -> TableModel {
    let mut header = vec!["Criterion".to_string(), "Weight".to_string()];
    header.extend(scorecard.vendors.iter().map(|v| v.vendor.clone()));
    let mut numeric = vec![false, true];
    numeric.extend(scorecard.vendors.iter().map(|_| true));

    let mut cells = vec!["Rank".to_string(), String::new()];
    cells.extend(scorecard.vendors.iter().map(|v| match v.status {
        Status::Qualified => v.rank.to_string(),
        Status::Disqualified => format!("{} ✗", v.rank),
    }));
    let mut rows = vec![Row { cells, emphasis: Emphasis::Heading }];
    for (index, category) in scorecard.categories.iter().enumerate() {
        let mut cells = vec![category.name.clone(), percent(category.share)];
        cells.extend(scorecard.vendors.iter().map(|vendor| {
            let score = &vendor.categories[index];
            if score.excluded {
                "excluded".to_string()
            } else {
                format!("{} ({})", one_decimal(score.score), one_decimal(score.contribution))
            }
        }));
        rows.push(Row { cells, emphasis: Emphasis::Heading });
        for (criterion_index, criterion) in category.criteria.iter().enumerate() {
            let mut cells = vec![format!("  {}", criterion.name), percent_one_decimal(criterion.global_share)];
            cells.extend(scorecard.vendors.iter().map(|vendor| {
                let score = &vendor.categories[index].criteria[criterion_index];
                let gate = if score.gate_passed == Some(false) { " ✗" } else { "" };
                let split = if score.ratings.as_ref().is_some_and(|r| r.disagreement) { " ≠" } else { "" };
                let contradicted = if vendor.contradicted(&score.id) { " !" } else { "" };
                let conditional = if score.condition.is_some() { " †" } else { "" };
                let gate = format!("{conditional}{contradicted}{split}{gate}");
                match score.state {
                    EvidenceState::Scored => {
                        format!("{} ({}){gate}", one_decimal(score.score), one_decimal(score.contribution))
                    }
                    EvidenceState::Missing => format!("missing{gate}"),
                    EvidenceState::Excluded => format!("excluded{gate}"),
                }
            }));
            rows.push(Row { cells, emphasis: Emphasis::None });
        }
    }
    let mut cells = vec!["Total".to_string(), "100%".to_string()];
    cells.extend(scorecard.vendors.iter().map(|v| one_decimal(v.total)));
    rows.push(Row { cells, emphasis: Emphasis::Strong });

    let scale = format_number(scorecard.rubric.scale);
    let mut notes = vec![format!(
        "Rubric {} {}. Cells: score 0–{scale} (points it adds to the 0–100 total). Weight: share of the total. \
         ✗: gate failed, vendor disqualified. ≠: evaluators disagree. !: the vendor's claim is contradicted. \
         †: holds only under a condition (below).",
        scorecard.rubric.id, scorecard.rubric.version
    )];
    notes.extend(adjustment_note(scorecard));
    notes.extend(failed_gate_notes(scorecard));
    notes.extend(disagreement_notes(scorecard));
    notes.extend(contradiction_notes(scorecard, true));
    notes.extend(condition_and_cost_notes(scorecard));
    TableModel { header, numeric, rows, notes, wrapping: 0, status: None }
}

fn emphasis(scorecard: &Scorecard, rank: usize, status: Status) -> Emphasis {
    let top = scorecard.vendors.first().map(|v| (v.rank, v.status));
    match status {
        Status::Disqualified => Emphasis::Failed,
        Status::Qualified if top == Some((rank, Status::Qualified)) => Emphasis::Strong,
        Status::Qualified => Emphasis::None,
    }
}

fn failed_gate_notes(scorecard: &Scorecard) -> Vec<String> {
    scorecard
        .vendors
        .iter()
        .flat_map(|vendor| {
            vendor.failed_gates.iter().map(move |failure| {
                format!("{} is disqualified: `{}` {}.", vendor.vendor, failure.criterion, failure.reason)
            })
        })
        .collect()
}

/// One note per vendor whose evaluators disagree on a rating criterion.
fn disagreement_notes(scorecard: &Scorecard) -> Vec<String> {
    scorecard
        .vendors
        .iter()
        .filter_map(|vendor| {
            let split: Vec<String> = vendor
                .criteria()
                .filter_map(|(_, c)| {
                    let ratings = c.ratings.as_ref().filter(|r| r.disagreement)?;
                    Some(format!("`{}` (spread {})", c.id, format_number(ratings.spread)))
                })
                .collect();
            (!split.is_empty()).then(|| format!("≠ {}: evaluators disagree on {}.", vendor.vendor, split.join(", ")))
        })
        .collect()
}

/// "Aurora: 2 claims contradicted — …", one line per vendor with any;
/// A contradiction in words, the criterion named as the rubric names it.
pub fn named(scorecard: &Scorecard, contradiction: &crate::scorecard::Contradiction) -> String {
    let about =
        contradiction.criterion.as_deref().map_or(contradiction.about.as_str(), |id| scorecard.criterion_name(id));
    contradiction.describe_named(about)
}

/// `full`: each with what was claimed and observed, else only what about.
pub fn contradiction_notes(scorecard: &Scorecard, full: bool) -> Vec<String> {
    let vendors: Vec<&VendorScore> = scorecard.vendors.iter().filter(|v| !v.contradictions.is_empty()).collect();
    let count: usize = vendors.iter().map(|v| v.contradictions.len()).sum();
    if count == 0 {
        return Vec::new();
    }
    let mut notes = vec![format!("Contradicted claims: {count} (what was observed scores, not what was claimed):")];
    for vendor in vendors {
        let n = vendor.contradictions.len();
        let listed: Vec<String> =
            vendor.contradictions.iter().map(|c| if full { named(scorecard, c) } else { c.label() }).collect();
        let separator = if full { "; " } else { ", " };
        notes.push(format!(
            "  ! {}: {n} claim{} contradicted — {}.",
            vendor.vendor,
            if n == 1 { "" } else { "s" },
            listed.join(separator)
        ));
    }
    notes
}

/// A cost as a note shows it: "`on_site_support`: 1200 USD per day (only on enterprise tier)".
pub fn cost_of(criterion: &CriterionScore) -> Option<String> {
    let cost = quoted_cost(criterion)?;
    let condition = criterion.condition.as_ref().map(|c| format!(" (only {c})")).unwrap_or_default();
    Some(format!("`{}`: {}{condition}", criterion.id, cost.display()))
}

/// The cost a criterion carries: a benefit's `cost`, or a cost criterion's evidence.
pub fn quoted_cost(criterion: &CriterionScore) -> Option<&crate::evidence::Cost> {
    match (&criterion.cost, &criterion.evidence) {
        (Some(cost), _) => Some(cost),
        (None, Some(crate::evidence::Observation::Cost(cost))) => Some(cost),
        _ => None,
    }
}

/// The benefits that hold only under a condition, and every cost as
/// quoted, per vendor; a flag when the costs are in more than one currency.
pub fn condition_and_cost_notes(scorecard: &Scorecard) -> Vec<String> {
    let mut notes = Vec::new();
    let mut currencies: Vec<String> = Vec::new();
    for vendor in &scorecard.vendors {
        let conditions: Vec<String> = vendor
            .criteria()
            .filter(|(_, c)| quoted_cost(c).is_none())
            .filter_map(|(_, c)| c.condition.as_ref().map(|condition| format!("`{}` only {condition}", c.id)))
            .collect();
        if !conditions.is_empty() {
            notes.push(format!("† {}: {}.", vendor.vendor, conditions.join("; ")));
        }
        let costs: Vec<String> = vendor.criteria().filter_map(|(_, c)| cost_of(c)).collect();
        for cost in vendor.criteria().filter_map(|(_, c)| quoted_cost(c)) {
            let code = cost.currency.to_uppercase();
            if !currencies.contains(&code) {
                currencies.push(code);
            }
        }
        if !costs.is_empty() {
            notes.push(format!("Costs of {} (as quoted): {}.", vendor.vendor, costs.join("; ")));
        }
    }
    if currencies.len() > 1 {
        notes.push(format!(
            "Mixed currencies ({}): shown as quoted, never converted; compare them at a rate you choose.",
            currencies.join(", ")
        ));
    }
    notes
}

/// Per-basis coverage, when any vendor has evidence from a reference
/// (otherwise the Coverage column's any/verified says it all).
fn basis_note(scorecard: &Scorecard) -> Option<String> {
    if scorecard.vendors.iter().all(|v| v.coverage_by_basis.reference == 0.0) {
        return None;
    }
    let listed: Vec<String> = scorecard
        .vendors
        .iter()
        .map(|v| {
            let by = v.coverage_by_basis;
            format!("{} {}/{}/{}", v.vendor, percent(by.observed), percent(by.claimed), percent(by.reference))
        })
        .collect();
    Some(format!("Coverage by basis (observed/claimed/reference): {}.", listed.join(", ")))
}

/// Says when the weights are not the rubric's own: the shares shown are the effective ones.
pub fn adjustment_note(scorecard: &Scorecard) -> Option<String> {
    let adjustments = &scorecard.rubric.adjustments;
    (!adjustments.is_empty()).then(|| {
        format!("Weights adjusted for this run: {}. The shares shown are the effective ones.", adjustments.join("; "))
    })
}

/// Columns `text` takes in a terminal: two for a CJK character, none for a combining mark.
pub fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}
