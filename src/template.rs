//! `vendorcard init`: an evidence-file template for a rubric, every criterion
//! explained and ready to fill. Pure: rubric in, TOML text out.
//!
//! Lines starting `## ` explain; lines starting `# ` are TOML to uncomment and
//! fill. Left as it is, the template is a valid evidence file with no evidence.

use crate::date::Date;
use crate::evidence::format_number;
use crate::rubric::{Criterion, Gate, NumberScoring, Rubric, Rule};

/// The evaluator named in the template's ratings, to be renamed.
const EVALUATOR: &str = "you";

/// The template; `tickets` is a `[[tickets]]` table (from `init --tickets`)
/// to put in place of the commented example.
pub fn evidence_template(rubric: &Rubric, vendor: &str, today: Date, tickets: Option<&str>) -> String {
    let mut out = String::new();
    let mut explain = |text: &str| {
        for line in wrap(text, 76) {
            out.push_str(&format!("## {line}\n"));
        }
    };
    // A comment holds no control characters: the name is shown there as it would be in a table.
    explain(&format!(
        "Evidence for {vendor}, to be scored with rubric {} {} ({}).",
        rubric.id, rubric.version, rubric.name
    ));
    explain(
        "For each criterion you have evidence for, uncomment its [evidence.…] block (the lines starting \"# \") \
         and put in what you observed. Leave out what you have not observed: the rubric's `missing` policy decides \
         what that costs. `vendorcard check` lists whatever is still wrong.",
    );
    out.push_str(&format!("vendor = {}\n", toml_string(vendor)));
    out.push_str(&format!("rubric = {}\n", toml_string(&rubric.id)));
    out.push_str(&format!("collected = {today}\n"));
    out.push_str(&format!(
        "evaluators = [\"{EVALUATOR}\"]  ## who gave the ratings below: rename, add your colleagues\n"
    ));
    for category in &rubric.categories {
        out.push_str(&format!("\n## === {}\n", category.name));
        if let Some(help) = &category.help {
            for line in wrap(help, 76) {
                out.push_str(&format!("## {line}\n"));
            }
        }
        for criterion in &category.criteria {
            out.push('\n');
            item(&mut out, criterion, rubric.scale);
        }
    }
    if let Some(tickets) = tickets {
        out.push_str("\n## === Ticket logs (see docs/tickets.md)\n");
        out.push_str(tickets);
        out.push_str(
            "\n## The vendor's commitments, to measure the log against:\n\
             # [sla]\n\
             # first_response = { P0 = \"15m\", P1 = \"1h\", P2 = \"8h\", P3 = \"24h\" }\n\
             # hours = \"7x24\"\n",
        );
        return out;
    }
    out.push_str(
        "\n## === Ticket logs (optional; see docs/tickets.md)\n\
         ## A help-desk export measures the criteria marked \"measured from ticket logs\".\n\
         # [[tickets]]\n\
         # file = \"tickets.csv\"\n\
         # preset = \"zendesk\"\n\
         # severity = { urgent = \"P0\", high = \"P1\", normal = \"P2\", low = \"P3\" }\n\
         # timezone = \"+08:00\"\n\
         # verified = true\n\
         \n\
         # [sla]\n\
         # first_response = { P0 = \"15m\", P1 = \"1h\", P2 = \"8h\", P3 = \"24h\" }\n\
         # hours = \"7x24\"\n",
    );
    out
}

fn item(out: &mut String, criterion: &Criterion, scale: f64) {
    let unit = criterion.unit.as_deref().map(|u| format!(" in {u}")).unwrap_or_default();
    let mut what = match &criterion.rule {
        Rule::Number { aggregate, scoring } => {
            let rule = match scoring {
                NumberScoring::Bands { bands, .. } => {
                    let bands: Vec<String> =
                        bands.iter().map(|(t, s)| format!("{}→{}", format_number(*t), format_number(*s))).collect();
                    format!("bands {}", bands.join(", "))
                }
                NumberScoring::Linear { best, worst } => {
                    format!("linear, best {} to worst {}", format_number(*best), format_number(*worst))
                }
            };
            format!("a number{unit} (several: their {}); {rule}", aggregate.name())
        }
        Rule::Flag { .. } => "true or false".to_string(),
        Rule::Choice { options } => {
            let listed: Vec<String> = options.iter().map(|(o, s)| format!("{o} ({})", format_number(*s))).collect();
            format!("one of: {}", listed.join(", "))
        }
        Rule::Checklist { items } => {
            let listed: Vec<String> = items.iter().map(|(i, w)| format!("{i} ({})", format_number(*w))).collect();
            format!("the items present, of: {} (weights)", listed.join(", "))
        }
        Rule::Rating { range: (low, high), .. } => {
            format!("ratings by evaluator, {} to {}", format_number(*low), format_number(*high))
        }
        Rule::Cost { currency, per, .. } => format!("a price in {currency} per {per}, lower is better"),
    };
    match criterion.gate {
        Some(Gate::MinScore(minimum)) => what.push_str(&format!(
            "; GATE: a score under {} of {} disqualifies",
            format_number(minimum),
            format_number(scale)
        )),
        Some(Gate::MustBeTrue) => what.push_str("; GATE: must be true"),
        None => {}
    }
    if criterion.from_tickets.is_some() {
        what.push_str("; measured from ticket logs when this file names any");
    }
    for line in wrap(&format!("{} — {what}.", criterion.name), 76) {
        out.push_str(&format!("## {line}\n"));
    }
    if let Some(help) = &criterion.help {
        for line in wrap(help, 76) {
            out.push_str(&format!("## {line}\n"));
        }
    }
    out.push_str(&format!("# [evidence.{}]\n", toml_key(&criterion.id)));
    out.push_str(&format!("# {}\n", example(&criterion.rule)));
    out.push_str("# source = \"\"      ## where it came from: ticket numbers, SLA section, call date\n");
    out.push_str("# basis = \"claimed\"  ## observed (your team saw it), claimed (the vendor says so), reference (a third party)\n");
}

/// A valid value line for the kind, in the middle of its range, to be replaced.
fn example(rule: &Rule) -> String {
    match rule {
        Rule::Number { scoring, .. } => {
            let middle = match scoring {
                NumberScoring::Bands { bands, .. } => bands[bands.len() / 2].0,
                NumberScoring::Linear { best, worst } => (best + worst) / 2.0,
            };
            format!("values = [{}]", format_number(middle))
        }
        Rule::Flag { .. } => "value = false".into(),
        Rule::Choice { options } => format!("value = {}", toml_string(&options[options.len() / 2].0)),
        Rule::Checklist { .. } => "items = []".into(),
        Rule::Rating { range: (low, high), .. } => {
            format!("ratings = {{ {EVALUATOR} = {} }}", format_number(((low + high) / 2.0).round()))
        }
        Rule::Cost { currency, per, .. } => {
            format!("cost = {{ amount = 0, currency = {}, per = {} }}", toml_string(currency), toml_string(per))
        }
    }
}

/// A TOML basic string.
/// A TOML key: bare where TOML allows it, else quoted.
fn toml_key(key: &str) -> String {
    let bare = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if bare {
        key.to_string()
    } else {
        toml_string(key)
    }
}

/// A TOML basic string: quotes and backslashes escaped, and every control
/// character (which TOML does not allow raw) as `\uXXXX`.
pub(crate) fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Words into comment lines of at most `width` characters. A comment holds
/// no control characters: they are shown as in a table (see [`crate::render::text`]).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for word in crate::render::text::visible(&text).split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
