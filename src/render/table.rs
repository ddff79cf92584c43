//! The comparison as rows and columns of text, shared by the terminal and Markdown renderers.

use super::{one_decimal, percent, percent_one_decimal};
use crate::evidence::{format_number, format_rounded};
use crate::scorecard::{CriterionScore, EvidenceState, Scorecard, Status, VendorScore};
use crate::t;

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
    notes.insert(1.min(notes.len()), t!("table-compact-disqualified"));
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
    let mut notes = vec![String::new(), t!("drivers-heading")];
    match (qualified.as_slice(), disqualified.first()) {
        ([], _) => notes.push(format!("  {}", t!("drivers-none-qualifies"))),
        // One qualified vendor: what sets it apart from the best disqualified one.
        ([only], Some(best_out)) => pair_notes(scorecard, &mut notes, only, best_out, margin),
        ([_], None) => notes.push(format!("  {}", t!("drivers-one-vendor"))),
        _ => {
            for pair in qualified.windows(2).take(DRIVER_PAIRS) {
                pair_notes(scorecard, &mut notes, pair[0], pair[1], margin);
            }
        }
    }
    if qualified.len() < 2 && !disqualified.is_empty() {
        notes.push(format!("  {}", t!("drivers-to-qualify")));
        for vendor in disqualified {
            for failure in &vendor.failed_gates {
                notes.push(format!(
                    "    {}",
                    t!(
                        "drivers-to-pass",
                        vendor = &vendor.vendor,
                        criterion = &failure.criterion,
                        reason = &failure.reason,
                        to_pass = &failure.to_pass
                    )
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
        notes.extend(flip_notes(scorecard, flips, DRIVER_PAIRS));
    }
    notes
}

/// The flip points of the `limit` most sensitive weights, and how many
/// weights no plausible change can flip.
pub fn flip_notes(scorecard: &Scorecard, flips: &[crate::confidence::WeightFlips], limit: usize) -> Vec<String> {
    let mut notes = vec![format!("  {}", t!("flip-heading"))];
    let flipping: Vec<_> = flips.iter().filter(|w| w.top.nearest().is_some()).collect();
    for weights in flipping.iter().take(limit) {
        let Some(flip) = weights.top.nearest() else { continue };
        let percent = flip.percent.map(|p| t!("flip-percent", percent = format!("{p:+.0}%"))).unwrap_or_default();
        let (name, level) = weight_name(scorecard, weights);
        notes.push(format!(
            "    {}",
            t!(
                "flip-point",
                name = name,
                level = level,
                from = format_rounded(weights.weight),
                to = format_rounded(flip.weight),
                percent = percent,
                overtakes = &flip.overtakes,
                overtaken = &flip.overtaken
            )
        ));
    }
    let steady = flips.len() - flipping.len();
    if flipping.is_empty() {
        notes.push(format!("    {}", t!("flip-none", times = format_number(crate::confidence::flip::PLAUSIBLE))));
    } else if steady > 0 {
        notes.push(format!(
            "    {}",
            t!("flip-steady", count = steady, times = format_number(crate::confidence::flip::PLAUSIBLE))
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
        t!(
            "confidence-samples",
            samples = confidence.samples.to_string(),
            seed = confidence.seed.to_string(),
            error = pct(confidence.standard_error)
        ),
        t!("confidence-uncertain", weights = &confidence.weights_described, count = confidence.uncertain_figures),
        t!("confidence-verdict", verdict = &confidence.verdict.text),
    ];
    let mut header: Vec<String> = vec![t!("table-vendor")];
    header.extend((1..=n).map(|rank| t!("confidence-rank", rank = rank)));
    header.extend([t!("confidence-disqualified"), t!("confidence-ranks"), t!("confidence-factor")]);
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
    let mut notes = vec![t!("confidence-columns"), t!("confidence-factor-note")];
    let tiers: Vec<String> = confidence
        .tiers
        .iter()
        .enumerate()
        .map(|(i, tier)| format!("{}. {}", i + 1, crate::i18n::list(tier)))
        .collect();
    let out = if confidence.always_disqualified.is_empty() {
        String::new()
    } else {
        t!("confidence-always-out", vendors = crate::i18n::list(&confidence.always_disqualified))
    };
    let separated = pct(crate::confidence::SEPARATED);
    notes.push(match (tiers.is_empty(), out.is_empty()) {
        (true, _) => t!("confidence-no-tiers", out = out),
        (false, true) => t!("confidence-tiers", separated = separated, tiers = tiers.join(" · ")),
        (false, false) => {
            crate::i18n::clauses(&[t!("confidence-tiers", separated = separated, tiers = tiers.join(" · ")), out])
        }
    });
    if confidence.verdict.rival.is_none() {
        // One vendor, or none, can win: nothing to narrow.
    } else if !confidence.matters_most.is_empty() {
        let winner = confidence.verdict.winner.as_deref().unwrap_or_default();
        let rival = confidence.verdict.rival.as_deref().unwrap_or_default();
        notes.push(t!("confidence-matters", winner = winner, rival = rival));
        for influence in &confidence.matters_most {
            notes.push(format!(
                "  {}",
                t!(
                    "confidence-matters-item",
                    about = &influence.about,
                    now = pct(influence.beats_rival),
                    known = pct(influence.beats_rival_if_known),
                    advice = &influence.advice
                )
            ));
        }
    } else if confidence.uncertain_figures > 0 || !confidence.weights.is_exact() {
        notes.push(t!("confidence-matters-nothing"));
    }
    if scorecard.vendors.iter().filter(|v| v.status == Status::Qualified).count() < 2 {
        notes.push(t!("confidence-no-flips"));
    } else {
        notes.extend(flip_notes(scorecard, &confidence.flip_points, 5).into_iter().map(|n| n[2..].to_string()));
    }
    Some(ConfidenceView { heading, table: TableModel { header, numeric, rows, notes, wrapping: 0, status: None } })
}

/// The margin between two vendors and the criteria that differ most.
fn pair_notes(scorecard: &Scorecard, notes: &mut Vec<String>, ahead: &VendorScore, behind: &VendorScore, margin: f64) {
    let gap = ahead.total - behind.total;
    let verdict = if behind.status == Status::Disqualified {
        t!("drivers-behind-disqualified")
    } else if gap < margin {
        t!("drivers-no-clear-winner", margin = format_number(margin))
    } else {
        String::new()
    };
    let behind_label = match behind.status {
        Status::Qualified => format!("{}. {}", behind.rank, behind.vendor),
        Status::Disqualified => t!("drivers-best-disqualified", vendor = &behind.vendor),
    };
    let ahead_label = format!("{}. {}", ahead.rank, ahead.vendor);
    let line = if gap >= 0.0 {
        t!("drivers-leads", ahead = ahead_label, behind = behind_label, gap = one_decimal(gap), verdict = verdict)
    } else {
        t!("drivers-trails", ahead = ahead_label, behind = behind_label, gap = one_decimal(-gap), verdict = verdict)
    };
    notes.push(format!("  {line}"));
    let mut differences: Vec<(&str, f64, f64)> = ahead
        .criteria()
        .zip(behind.criteria())
        .map(|((_, a), (_, b))| (a.id.as_str(), a.contribution, b.contribution))
        .filter(|(_, a, b)| (a - b).abs() > 1e-9)
        .collect();
    differences.sort_by(|x, y| (y.1 - y.2).abs().total_cmp(&(x.1 - x.2).abs()));
    for (id, a, b) in differences.into_iter().take(DRIVER_CRITERIA) {
        let name = scorecard.criterion_name(id);
        notes.push(format!(
            "      {:+.1}  {}",
            a - b,
            t!("drivers-difference", name = name, ahead = one_decimal(a), behind = one_decimal(b))
        ));
    }
}

/// One row per vendor: rank, vendor, status, total, category scores, coverage.
pub fn summary(scorecard: &Scorecard) -> TableModel {
    let mut header: Vec<String> = vec!["#".into(), t!("table-vendor"), t!("table-status"), t!("table-total")];
    header.extend(scorecard.categories.iter().map(|c| c.short_label().to_string()));
    header.push(t!("table-coverage"));
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
                status_label(vendor.status),
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
    let mut notes = vec![t!(
        "legend-rubric",
        id = &scorecard.rubric.id,
        version = &scorecard.rubric.version,
        name = scorecard.rubric.label(),
        scale = scale
    )];
    // Two spaces after the widest short name, by display width (a Chinese
    // character takes two columns); Markdown reads the two spaces as the key's end.
    let key = scorecard.categories.iter().map(|c| super::text::display_width(c.short_label())).max().unwrap_or(0);
    for category in &scorecard.categories {
        let pad = " ".repeat(key - super::text::display_width(category.short_label()));
        notes.push(format!(
            "  {}{pad}  {}",
            category.short_label(),
            t!("legend-category", name = category.label(), share = percent(category.share))
        ));
    }
    notes.push(t!("legend-coverage"));
    notes.extend(basis_note(scorecard));
    notes.extend(adjustment_note(scorecard));
    notes.extend(failed_gate_notes(scorecard));
    notes.extend(disagreement_notes(scorecard));
    let contradictions = contradiction_notes(scorecard, false);
    if !contradictions.is_empty() {
        notes.extend(contradictions);
        notes.push(format!("  {}", t!("note-contradicted-more")));
    }
    TableModel { header, numeric, rows, notes, wrapping: 1, status: Some(2) }
}

/// One row per criterion (grouped under category subtotals), one column per vendor.
pub fn detail(scorecard: &Scorecard) -> TableModel {
    let mut header = vec![t!("detail-criterion"), t!("detail-weight")];
    header.extend(scorecard.vendors.iter().map(|v| v.vendor.clone()));
    let mut numeric = vec![false, true];
    numeric.extend(scorecard.vendors.iter().map(|_| true));

    let mut cells = vec![t!("detail-rank"), String::new()];
    cells.extend(scorecard.vendors.iter().map(|v| match v.status {
        Status::Qualified => v.rank.to_string(),
        Status::Disqualified => format!("{} ✗", v.rank),
    }));
    let mut rows = vec![Row { cells, emphasis: Emphasis::Heading }];
    for (index, category) in scorecard.categories.iter().enumerate() {
        let mut cells = vec![category.label().to_string(), percent(category.share)];
        cells.extend(scorecard.vendors.iter().map(|vendor| {
            let score = &vendor.categories[index];
            if score.excluded {
                t!("detail-excluded")
            } else {
                format!("{} ({})", one_decimal(score.score), one_decimal(score.contribution))
            }
        }));
        rows.push(Row { cells, emphasis: Emphasis::Heading });
        for (criterion_index, criterion) in category.criteria.iter().enumerate() {
            let mut cells = vec![format!("  {}", criterion.label()), percent_one_decimal(criterion.global_share)];
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
                    EvidenceState::Missing => format!("{}{gate}", t!("detail-missing")),
                    EvidenceState::Excluded => format!("{}{gate}", t!("detail-excluded")),
                }
            }));
            rows.push(Row { cells, emphasis: Emphasis::None });
        }
    }
    let mut cells = vec![t!("table-total"), "100%".to_string()];
    cells.extend(scorecard.vendors.iter().map(|v| one_decimal(v.total)));
    rows.push(Row { cells, emphasis: Emphasis::Strong });

    let scale = format_number(scorecard.rubric.scale);
    let mut notes =
        vec![t!("detail-legend", id = &scorecard.rubric.id, version = &scorecard.rubric.version, scale = scale)];
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
                t!(
                    "note-disqualified",
                    vendor = &vendor.vendor,
                    criterion = &failure.criterion,
                    name = scorecard.criterion_name(&failure.criterion),
                    reason = &failure.reason
                )
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
                    Some(t!("note-spread", id = &c.id, spread = format_number(ratings.spread)))
                })
                .collect();
            (!split.is_empty())
                .then(|| t!("note-disagree", vendor = &vendor.vendor, criteria = crate::i18n::list(&split)))
        })
        .collect()
}

/// "Aurora: 2 claims contradicted — …", one line per vendor with any;
/// A contradiction in words, the criterion named as the rubric names it.
pub fn named(scorecard: &Scorecard, contradiction: &crate::scorecard::Contradiction) -> String {
    let about = contradiction
        .criterion
        .as_deref()
        .map_or_else(|| contradiction.about.to_string(), |id| scorecard.criterion_name(id).to_string());
    contradiction.describe_named(&about)
}

/// `full`: each with what was claimed and observed, else only what about.
pub fn contradiction_notes(scorecard: &Scorecard, full: bool) -> Vec<String> {
    let vendors: Vec<&VendorScore> = scorecard.vendors.iter().filter(|v| !v.contradictions.is_empty()).collect();
    let count: usize = vendors.iter().map(|v| v.contradictions.len()).sum();
    if count == 0 {
        return Vec::new();
    }
    let mut notes = vec![t!("note-contradicted", count = count)];
    for vendor in vendors {
        let n = vendor.contradictions.len();
        let listed: Vec<String> =
            vendor.contradictions.iter().map(|c| if full { named(scorecard, c) } else { c.label() }).collect();
        let claims = if full { crate::i18n::clauses(&listed) } else { crate::i18n::list(&listed) };
        notes.push(format!(
            "  ! {}",
            t!("note-contradicted-vendor", vendor = &vendor.vendor, count = n, claims = claims)
        ));
    }
    notes
}

/// A cost as a note shows it: "`on_site_support`: 1200 USD per day (only on enterprise tier)".
pub fn cost_of(card: &Scorecard, criterion: &CriterionScore) -> Option<String> {
    let cost = quoted_cost(criterion)?;
    let condition = criterion.condition.as_ref().map(|c| t!("cost-only", condition = c)).unwrap_or_default();
    Some(t!(
        "cost-of",
        id = &criterion.id,
        name = card.criterion_name(&criterion.id),
        cost = &cost.text(),
        condition = condition
    ))
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
            .filter_map(|(_, c)| {
                c.condition.as_ref().map(|condition| {
                    t!("note-condition", id = &c.id, name = scorecard.criterion_name(&c.id), condition = condition)
                })
            })
            .collect();
        if !conditions.is_empty() {
            notes.push(t!("note-conditions", vendor = &vendor.vendor, conditions = crate::i18n::clauses(&conditions)));
        }
        let costs: Vec<String> = vendor.criteria().filter_map(|(_, c)| cost_of(scorecard, c)).collect();
        for cost in vendor.criteria().filter_map(|(_, c)| quoted_cost(c)) {
            let code = cost.currency.to_uppercase();
            if !currencies.contains(&code) {
                currencies.push(code);
            }
        }
        if !costs.is_empty() {
            notes.push(t!("note-costs", vendor = &vendor.vendor, costs = crate::i18n::clauses(&costs)));
        }
    }
    if currencies.len() > 1 {
        notes.push(t!("note-mixed-currencies", currencies = crate::i18n::list(&currencies)));
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
    Some(t!("legend-basis", vendors = crate::i18n::list(&listed)))
}

/// Says when the weights are not the rubric's own: the shares shown are the effective ones.
pub fn adjustment_note(scorecard: &Scorecard) -> Option<String> {
    let adjustments = &scorecard.rubric.adjustments;
    (!adjustments.is_empty()).then(|| t!("note-adjusted", adjustments = adjustments.join("; ")))
}

/// A weight of the flip points by name, in the run's language, and its level
/// (`category` or `criterion`).
pub fn weight_name<'a>(scorecard: &'a Scorecard, weights: &'a crate::confidence::WeightFlips) -> (&'a str, String) {
    match weights.level {
        "category" => (scorecard.category_name(&weights.id), t!("level-category")),
        _ => (scorecard.criterion_name(&weights.id), t!("level-criterion")),
    }
}

/// `observed` / `claimed` / `reference` (实测, 厂商自述, 客户背调) in the run's language.
pub fn basis_label(basis: crate::evidence::Basis) -> String {
    match basis {
        crate::evidence::Basis::Observed => t!("basis-observed"),
        crate::evidence::Basis::Claimed => t!("basis-claimed"),
        crate::evidence::Basis::Reference => t!("basis-reference"),
    }
}

/// `qualified` / `disqualified` in the run's language.
pub fn status_label(status: Status) -> String {
    match status {
        Status::Qualified => t!("status-qualified"),
        Status::Disqualified => t!("status-disqualified"),
    }
}
