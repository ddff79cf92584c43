//! `vendorcard init`: an evidence-file template for a rubric, every criterion
//! explained and ready to fill. Pure: rubric in, TOML text out.
//!
//! Lines starting `## ` explain; lines starting `# ` are TOML to uncomment and
//! fill. Left as it is, the template is a valid evidence file with no evidence.

use crate::date::Date;
use crate::evidence::format_number;
use crate::rubric::{Criterion, Gate, NumberScoring, Rubric, Rule};
use crate::t;

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
    explain(&t!(
        "init-title",
        vendor = vendor,
        id = &rubric.id,
        version = &rubric.version,
        name = rubric.translations.name(&rubric.name)
    ));
    explain(&t!("init-how"));
    out.push_str(&format!("vendor = {}\n", toml_string(vendor)));
    out.push_str(&format!("rubric = {}\n", toml_string(&rubric.id)));
    out.push_str(&format!("collected = {today}\n"));
    out.push_str(&format!("evaluators = [\"{EVALUATOR}\"]  ## {}\n", t!("init-evaluators")));
    for category in &rubric.categories {
        out.push_str(&format!("\n## === {}\n", category.translations.name(&category.name)));
        if let Some(help) = &category.help {
            for line in wrap(category.translations.help(help), 76) {
                out.push_str(&format!("## {line}\n"));
            }
        }
        for criterion in &category.criteria {
            out.push('\n');
            item(&mut out, criterion, rubric.scale);
        }
    }
    if let Some(tickets) = tickets {
        out.push_str(&format!("\n## === {}\n", t!("init-tickets")));
        out.push_str(tickets);
        out.push_str(&format!("\n## {}\n", t!("init-sla")));
        out.push_str(
            "# [sla]\n\
             # first_response = { P0 = \"15m\", P1 = \"1h\", P2 = \"8h\", P3 = \"24h\" }\n\
             # hours = \"7x24\"\n",
        );
        return out;
    }
    out.push_str(&format!("\n## === {}\n## {}\n", t!("init-tickets-optional"), t!("init-tickets-how")));
    out.push_str(
        "# [[tickets]]\n\
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
    let unit = criterion
        .unit
        .as_deref()
        .map(|u| t!("init-unit", unit = crate::i18n::pick(&criterion.translations.units, u)))
        .unwrap_or_default();
    let mut what = match &criterion.rule {
        Rule::Number { aggregate, scoring } => {
            let rule = match scoring {
                NumberScoring::Bands { bands, .. } => {
                    let bands: Vec<String> =
                        bands.iter().map(|(t, s)| format!("{}→{}", format_number(*t), format_number(*s))).collect();
                    t!("init-bands", bands = bands.join(", "))
                }
                NumberScoring::Linear { best, worst } => {
                    t!("init-linear", best = format_number(*best), worst = format_number(*worst))
                }
            };
            t!(
                "init-number",
                unit = unit,
                stat = crate::i18n::message(crate::score::stat_key(*aggregate), &[]),
                rule = rule
            )
        }
        Rule::Flag { .. } => t!("init-flag"),
        Rule::Choice { options } => t!("init-choice", options = listed(criterion, options)),
        Rule::Checklist { items } => t!("init-checklist", items = listed(criterion, items)),
        Rule::Rating { range: (low, high), .. } => {
            t!("init-rating", low = format_number(*low), high = format_number(*high))
        }
        Rule::Cost { currency, per, .. } => t!("init-cost", currency = currency, per = per),
    };
    match criterion.gate {
        Some(Gate::MinScore(minimum)) => {
            what.push_str(&t!("init-gate-min", minimum = format_number(minimum), scale = format_number(scale)))
        }
        Some(Gate::MustBeTrue) => what.push_str(&t!("init-gate-true")),
        None => {}
    }
    if criterion.from_tickets.is_some() {
        what.push_str(&t!("init-from-tickets"));
    }
    let name = criterion.translations.name(&criterion.name);
    for line in wrap(&t!("init-criterion", name = name, what = what), 76) {
        out.push_str(&format!("## {line}\n"));
    }
    if let Some(help) = &criterion.help {
        for line in wrap(criterion.translations.help(help), 76) {
            out.push_str(&format!("## {line}\n"));
        }
    }
    out.push_str(&format!("# [evidence.{}]\n", toml_key(&criterion.id)));
    out.push_str(&format!("# {}\n", example(&criterion.rule)));
    out.push_str(&format!("# source = \"\"      ## {}\n", t!("init-source")));
    out.push_str(&format!("# basis = \"claimed\"  ## {}\n", t!("init-basis")));
}

/// A valid value line for the kind, in the middle of its range, to be replaced.
/// Options or items as the template lists them: `7x24 (5)`, or with the
/// label the run's language gives it, `7x24（7×24 小时，5）`.
fn listed(criterion: &Criterion, values: &[(String, f64)]) -> String {
    let listed: Vec<String> = values
        .iter()
        .map(|(value, number)| {
            let label = criterion.translations.label(value).to_string();
            let number = format_number(*number);
            if label == *value {
                t!("init-option", option = value, number = number)
            } else {
                t!("init-option-labelled", option = value, label = label, number = number)
            }
        })
        .collect();
    crate::i18n::list(&listed)
}

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
    let columns = crate::render::text::display_width;
    for word in crate::render::text::visible(&text).split(' ') {
        // Chinese has no spaces: a line may break after each character (never before `，。`).
        for (i, piece) in crate::render::text::break_points(word).into_iter().enumerate() {
            let gap = usize::from(i == 0 && !line.is_empty());
            if !line.is_empty() && columns(&line) + gap + columns(piece) > width {
                lines.push(std::mem::take(&mut line));
            }
            if i == 0 && !line.is_empty() {
                line.push(' ');
            }
            line.push_str(piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
