//! `vendorcard rubrics diff A B`: what changed between two rubrics, for
//! reviewing a rubric change before the next evaluation. Pure.

use crate::evidence::format_number;
use crate::rubric::{Criterion, Gate, NumberScoring, Rubric, Rule};

/// One line per change, in rubric order; empty when nothing that affects
/// scoring or reading changed.
pub fn diff(old: &Rubric, new: &Rubric) -> Vec<String> {
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
    changed("claimed_factor", format_number(old.claimed_factor), format_number(new.claimed_factor));

    for category in &new.categories {
        match old.categories.iter().find(|c| c.id == category.id) {
            None => changes.push(format!(
                "+ category {} \"{}\" (weight {}, {} criteria)",
                category.id,
                category.name,
                format_number(category.weight),
                category.criteria.len()
            )),
            Some(before) => {
                if before.weight != category.weight {
                    changes.push(format!(
                        "~ category {}: weight {} → {}",
                        category.id,
                        format_number(before.weight),
                        format_number(category.weight)
                    ));
                }
                if before.name != category.name {
                    changes
                        .push(format!("~ category {}: name \"{}\" → \"{}\"", category.id, before.name, category.name));
                }
            }
        }
    }
    for category in &old.categories {
        if !new.categories.iter().any(|c| c.id == category.id) {
            changes.push(format!("- category {} \"{}\"", category.id, category.name));
        }
    }

    for (category, criterion) in new.criteria() {
        match old.criteria().find(|(_, c)| c.id == criterion.id) {
            None => changes.push(format!(
                "+ criterion {} \"{}\" in {} ({}, weight {})",
                criterion.id,
                criterion.name,
                category.id,
                describe(&criterion.rule),
                format_number(criterion.weight)
            )),
            Some((old_category, before)) => {
                let mut parts = Vec::new();
                if old_category.id != category.id {
                    parts.push(format!("moved {} → {}", old_category.id, category.id));
                }
                compare(before, criterion, &mut parts);
                if !parts.is_empty() {
                    changes.push(format!("~ criterion {}: {}", criterion.id, parts.join("; ")));
                }
            }
        }
    }
    for (category, criterion) in old.criteria() {
        if new.criterion(&criterion.id).is_none() {
            changes.push(format!("- criterion {} \"{}\" (was in {})", criterion.id, criterion.name, category.id));
        }
    }
    changes
}

fn compare(before: &Criterion, after: &Criterion, parts: &mut Vec<String>) {
    let mut field = |name: &str, a: String, b: String| {
        if a != b {
            parts.push(format!("{name} {a} → {b}"));
        }
    };
    field("weight", format_number(before.weight), format_number(after.weight));
    field("rule", describe(&before.rule), describe(&after.rule));
    field("gate", gate(before.gate), gate(after.gate));
    field("name", format!("\"{}\"", before.name), format!("\"{}\"", after.name));
    field("unit", before.unit.clone().unwrap_or("none".into()), after.unit.clone().unwrap_or("none".into()));
    field(
        "from_tickets",
        format!("{:?}", before.from_tickets.as_ref().map(|q| q.metric)),
        format!("{:?}", after.from_tickets.as_ref().map(|q| q.metric)),
    );
}

fn gate(gate: Option<Gate>) -> String {
    match gate {
        None => "none".into(),
        Some(Gate::MinScore(minimum)) => format!("≥ {}", format_number(minimum)),
        Some(Gate::MustBeTrue) => "must be true".into(),
    }
}

/// A criterion's rule in a line, to compare and to show.
fn describe(rule: &Rule) -> String {
    let pairs = |list: &[(String, f64)]| {
        list.iter().map(|(name, value)| format!("{name}={}", format_number(*value))).collect::<Vec<_>>().join(", ")
    };
    match rule {
        Rule::Number { aggregate, scoring: NumberScoring::Bands { better, bands } } => {
            let bands: Vec<String> =
                bands.iter().map(|(t, s)| format!("[{}, {}]", format_number(*t), format_number(*s))).collect();
            let better = match better {
                crate::rubric::Better::Lower => "lower",
                crate::rubric::Better::Higher => "higher",
            };
            format!("number {} bands {} ({better} is better)", aggregate.name(), bands.join(" "))
        }
        Rule::Number { aggregate, scoring: NumberScoring::Linear { best, worst } } => {
            format!("number {} linear {} → {}", aggregate.name(), format_number(*best), format_number(*worst))
        }
        Rule::Flag { yes, no } => format!("flag yes={} no={}", format_number(*yes), format_number(*no)),
        Rule::Choice { options } => format!("choice {{{}}}", pairs(options)),
        Rule::Checklist { items } => format!("checklist {{{}}}", pairs(items)),
        Rule::Rating { range: (low, high), aggregate, disagreement } => format!(
            "rating {}–{} {} (disagreement {})",
            format_number(*low),
            format_number(*high),
            aggregate.name(),
            format_number(*disagreement)
        ),
    }
}
