//! `vendorcard rubrics diff A B`: what changed between two rubrics, for
//! reviewing a rubric change before the next evaluation. Pure.

use crate::evidence::format_number;
use crate::i18n::Text;
use crate::rubric::{Criterion, Gate, NumberScoring, Profile, Rubric, Rule};
use crate::t;

/// One line per change, in rubric order, then every category's and
/// criterion's share of the total that moved, the largest move first; empty
/// when nothing that affects scoring or reading changed.
pub fn diff(old: &Rubric, new: &Rubric) -> Vec<String> {
    let mut changes = definitions(old, new);
    let moved = shares(old, new);
    if !moved.is_empty() {
        changes.push(t!("diff-shares"));
        changes.extend(moved.into_iter().map(|line| format!("  {line}")));
    }
    changes
}

/// `(kind, id) → share of the total`, categories and criteria, in rubric order.
fn share_table(rubric: &Rubric) -> Vec<(&'static str, String, f64)> {
    let mut table = Vec::new();
    for category in crate::score::nominal_weights(rubric) {
        table.push(("category", category.id.clone(), category.share));
        for criterion in &category.criteria {
            table.push(("criterion", criterion.id.clone(), criterion.global_share));
        }
    }
    table
}

/// Every share that moved (added and removed ones from or to 0), the
/// largest change first, ties in rubric order.
fn shares(old: &Rubric, new: &Rubric) -> Vec<String> {
    let (before, after) = (share_table(old), share_table(new));
    let share_in = |table: &[(&str, String, f64)], kind: &str, id: &str| {
        table.iter().find(|(k, i, _)| *k == kind && i == id).map(|(_, _, share)| *share)
    };
    let mut ids: Vec<(&str, &str)> = after.iter().map(|(k, id, _)| (*k, id.as_str())).collect();
    ids.extend(
        before
            .iter()
            .map(|(k, id, _)| (*k, id.as_str()))
            .filter(|key| !after.iter().any(|(k, id, _)| (*k, id.as_str()) == *key)),
    );
    let mut moved: Vec<(f64, String)> = ids
        .into_iter()
        .filter_map(|(kind, id)| {
            let (a, b) = (share_in(&before, kind, id), share_in(&after, kind, id));
            let change = b.unwrap_or(0.0) - a.unwrap_or(0.0);
            (change.abs() >= 5e-5).then(|| {
                let show = |share: Option<f64>| share.map_or("–".to_string(), |s| format!("{:.2}%", 100.0 * s));
                let kind =
                    crate::i18n::message(if kind == "category" { "level-category" } else { "level-criterion" }, &[]);
                let padding = " ".repeat(9usize.saturating_sub(crate::render::text::display_width(&kind)));
                let line = t!(
                    "diff-share",
                    kind = format!("{kind}{padding}"),
                    id = id,
                    before = show(a),
                    after = show(b),
                    change = format!("{:+.2}", 100.0 * change)
                );
                (change, line)
            })
        })
        .collect();
    // Stable: equal changes keep rubric order.
    moved.sort_by(|x, y| y.0.abs().total_cmp(&x.0.abs()));
    moved.into_iter().map(|(_, line)| line).collect()
}

/// The rubric's own settings and its categories, criteria and profiles, in order.
fn definitions(old: &Rubric, new: &Rubric) -> Vec<String> {
    let mut changes = Vec::new();
    let mut changed = |what: &str, before: String, after: String| {
        if before != after {
            changes.push(format!("~ {what}: {before} → {after}"));
        }
    };
    changed("id", old.id.clone(), new.id.clone());
    changed("version", old.version.clone(), new.version.clone());
    changed("name", old.name.clone(), new.name.clone());
    changed("scale", format_number(old.scale), format_number(new.scale));
    changed("missing", format!("{:?}", old.missing).to_lowercase(), format!("{:?}", new.missing).to_lowercase());
    changed("description", format!("\"{}\"", old.description), format!("\"{}\"", new.description));
    for (key, before, after) in [
        ("discount.claimed", old.discount.claimed, new.discount.claimed),
        ("discount.reference", old.discount.reference, new.discount.reference),
        ("discount.conditional", old.discount.conditional, new.discount.conditional),
        ("contradiction_penalty", old.contradiction_penalty, new.contradiction_penalty),
    ] {
        changed(key, format_number(before), format_number(after));
    }
    profiles(&old.profiles, &new.profiles, &mut changes);

    for category in &new.categories {
        match old.categories.iter().find(|c| c.id == category.id) {
            None => changes.push(t!(
                "diff-category-added",
                id = &category.id,
                name = category.translations.name(&category.name),
                weight = format_number(category.weight),
                count = category.criteria.len().to_string()
            )),
            Some(before) => {
                if before.weight != category.weight {
                    changes.push(t!(
                        "diff-category-weight",
                        id = &category.id,
                        before = format_number(before.weight),
                        after = format_number(category.weight)
                    ));
                }
                if before.name != category.name {
                    changes.push(t!(
                        "diff-category-name",
                        id = &category.id,
                        before = &before.name,
                        after = &category.name
                    ));
                }
                if before.help != category.help {
                    changes.push(t!("diff-category-description", id = &category.id));
                }
            }
        }
    }
    for category in &old.categories {
        if !new.categories.iter().any(|c| c.id == category.id) {
            changes.push(t!(
                "diff-category-removed",
                id = &category.id,
                name = category.translations.name(&category.name)
            ));
        }
    }

    for (category, criterion) in new.criteria() {
        match old.criteria().find(|(_, c)| c.id == criterion.id) {
            None => changes.push(t!(
                "diff-criterion-added",
                id = &criterion.id,
                name = criterion.translations.name(&criterion.name),
                category = &category.id,
                rule = describe(&criterion.rule),
                weight = format_number(criterion.weight)
            )),
            Some((old_category, before)) => {
                let mut parts = Vec::new();
                if old_category.id != category.id {
                    parts.push(t!("diff-moved", from = &old_category.id, to = &category.id));
                }
                compare(before, criterion, &mut parts);
                if !parts.is_empty() {
                    changes.push(t!(
                        "diff-criterion-changed",
                        id = &criterion.id,
                        parts = crate::i18n::clauses(&parts)
                    ));
                }
            }
        }
    }
    for (category, criterion) in old.criteria() {
        if new.criterion(&criterion.id).is_none() {
            changes.push(t!(
                "diff-criterion-removed",
                id = &criterion.id,
                name = criterion.translations.name(&criterion.name),
                category = &category.id
            ));
        }
    }
    changes
}

fn compare(before: &Criterion, after: &Criterion, parts: &mut Vec<String>) {
    let mut field = |name: &'static str, a: String, b: String| {
        if a != b {
            parts.push(
                Text::new("diff-field").part("field", Text::new(name)).arg("before", a).arg("after", b).to_string(),
            );
        }
    };
    field("diff-weight", format_number(before.weight), format_number(after.weight));
    field("diff-rule", describe(&before.rule), describe(&after.rule));
    field("diff-gate", gate(before.gate), gate(after.gate));
    field("diff-name", format!("\"{}\"", before.name), format!("\"{}\"", after.name));
    let unit = |unit: &Option<String>| unit.clone().unwrap_or_else(|| t!("diff-none"));
    field("diff-unit", unit(&before.unit), unit(&after.unit));
    field(
        "diff-from-tickets",
        format!("{:?}", before.from_tickets.as_ref().map(|q| q.metric)),
        format!("{:?}", after.from_tickets.as_ref().map(|q| q.metric)),
    );
    if before.help != after.help {
        parts.push(t!("diff-description"));
    }
}

/// Profiles added, removed, or with different weights.
fn profiles(old: &[Profile], new: &[Profile], changes: &mut Vec<String>) {
    let weights = |profile: &Profile| {
        profile.weights.iter().map(|(id, w)| format!("{id}={}", format_number(*w))).collect::<Vec<_>>().join(", ")
    };
    for profile in new {
        match old.iter().find(|p| p.name == profile.name) {
            None => changes.push(t!("diff-profile-added", name = &profile.name, weights = weights(profile))),
            Some(before) if weights(before) != weights(profile) => changes.push(t!(
                "diff-profile-changed",
                name = &profile.name,
                before = weights(before),
                after = weights(profile)
            )),
            Some(_) => {}
        }
    }
    for profile in old.iter().filter(|p| !new.iter().any(|n| n.name == p.name)) {
        changes.push(t!("diff-profile-removed", name = &profile.name, weights = weights(profile)));
    }
}

fn gate(gate: Option<Gate>) -> String {
    match gate {
        None => t!("diff-none"),
        Some(Gate::MinScore(minimum)) => format!("≥ {}", format_number(minimum)),
        Some(Gate::MustBeTrue) => t!("gate-must-be-true"),
    }
}

/// A criterion's rule in a line, to compare and to show.
fn describe(rule: &Rule) -> String {
    let pairs = |list: &[(String, f64)]| {
        list.iter().map(|(name, value)| format!("{name}={}", format_number(*value))).collect::<Vec<_>>().join(", ")
    };
    match rule {
        Rule::Number { aggregate, scoring } => format!("number {} {}", aggregate.name(), scoring_text(scoring)),
        Rule::Flag { yes, no } => format!("flag yes={} no={}", format_number(*yes), format_number(*no)),
        Rule::Choice { options } => format!("choice {{{}}}", pairs(options)),
        Rule::Checklist { items } => format!("checklist {{{}}}", pairs(items)),
        Rule::Cost { currency, per, scoring } => format!("cost in {currency} per {per}, {}", scoring_text(scoring)),
        Rule::Rating { range: (low, high), aggregate, disagreement } => format!(
            "rating {}–{} {} (disagreement {})",
            format_number(*low),
            format_number(*high),
            aggregate.name(),
            format_number(*disagreement)
        ),
    }
}

/// `bands [15, 5] [30, 4] (lower is better)` or `linear 15 → 240`.
fn scoring_text(scoring: &NumberScoring) -> String {
    match scoring {
        NumberScoring::Bands { better, bands } => {
            let bands: Vec<String> =
                bands.iter().map(|(t, s)| format!("[{}, {}]", format_number(*t), format_number(*s))).collect();
            let better = match better {
                crate::rubric::Better::Lower => "lower",
                crate::rubric::Better::Higher => "higher",
            };
            format!("bands {} ({better} is better)", bands.join(" "))
        }
        NumberScoring::Linear { best, worst } => format!("linear {} → {}", format_number(*best), format_number(*worst)),
    }
}
