//! Reads a rubric file (SPEC §2) and checks every rule the scoring engine relies on.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::{allowed, parse, Entries};
use crate::diagnostic::{Diagnostics, Source};
use crate::evidence::format_number;
use crate::i18n::Text;
use crate::rubric::{
    carries_weight, Better, Category, Criterion, Discounts, Gate, MissingPolicy, NumberScoring, Profile, Rubric, Rule,
    Translations, MAX_MAGNITUDE, MAX_WEIGHT,
};
use crate::stats::Aggregate;
use crate::tickets::{Metric, TicketQuery, TimeUnit};

const KINDS: [&str; 6] = ["number", "flag", "choice", "checklist", "rating", "cost"];

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rubric")]
struct RawRubric {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    name: Spanned<String>,
    #[schemars(with = "String")]
    version: Spanned<String>,
    #[serde(default)]
    description: String,
    #[schemars(with = "Option<f64>")]
    scale: Option<Spanned<f64>>,
    #[schemars(with = "Option<String>")]
    missing: Option<Spanned<String>>,
    #[schemars(with = "Option<f64>")]
    claimed_factor: Option<Spanned<f64>>,
    /// `discount = { claimed = 0.6, reference = 0.9, conditional = 0.8 }`
    #[schemars(with = "Option<std::collections::BTreeMap<String, f64>>")]
    discount: Option<Spanned<Entries<Spanned<String>, Spanned<f64>>>>,
    #[schemars(with = "Option<f64>")]
    contradiction_penalty: Option<Spanned<f64>>,
    /// The ids of the rubrics this one extends, nearest first.
    #[serde(default)]
    based_on: Vec<String>,
    /// Criterion ids those rubrics have and this one removed.
    #[serde(default)]
    removed: Vec<String>,
    #[serde(default)]
    category: Vec<RawCategory>,
    /// `[profiles.NAME]`: category or criterion id → weight.
    #[serde(default)]
    #[schemars(with = "std::collections::BTreeMap<String, std::collections::BTreeMap<String, f64>>")]
    profiles: Entries<Spanned<String>, Entries<Spanned<String>, Spanned<f64>>>,
    /// How uncertain the weights are, for `--confidence`.
    #[schemars(with = "Option<RawUncertainty>")]
    uncertainty: Option<Spanned<RawUncertainty>>,
    /// The name in other languages: `names = { zh-CN = "SDK 供应商售后支持" }`.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    names: Option<Entries<String, String>>,
    /// The description in other languages.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    descriptions: Option<Entries<String, String>>,
}

/// `[uncertainty]`: `weights = "±20%"`, `ranges = { id = [low, high] }`,
/// `order = [["speed", "depth", "docs"]]`.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Uncertainty")]
struct RawUncertainty {
    #[schemars(with = "Option<String>")]
    weights: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "std::collections::BTreeMap<String, [f64; 2]>")]
    ranges: Entries<Spanned<String>, Spanned<[f64; 2]>>,
    #[serde(default)]
    #[schemars(with = "Vec<Vec<String>>")]
    order: Vec<Spanned<Vec<String>>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Category")]
struct RawCategory {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    name: Spanned<String>,
    short: Option<String>,
    #[schemars(with = "f64")]
    weight: Spanned<f64>,
    help: Option<String>,
    #[serde(default)]
    criterion: Vec<RawCriterion>,
    /// The name in other languages: `names = { zh-CN = "响应速度" }`.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    names: Option<Entries<String, String>>,
    /// The short column header in other languages.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    shorts: Option<Entries<String, String>>,
    /// The help text in other languages.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    helps: Option<Entries<String, String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Criterion")]
struct RawCriterion {
    #[schemars(with = "String")]
    id: Spanned<String>,
    #[schemars(with = "String")]
    name: Spanned<String>,
    #[schemars(with = "String")]
    kind: Spanned<String>,
    #[schemars(with = "f64")]
    weight: Spanned<f64>,
    help: Option<String>,
    #[schemars(with = "Option<String>")]
    unit: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    better: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    aggregate: Option<Spanned<String>>,
    /// Read as lists, not pairs: a pair silently drops a third element.
    #[schemars(with = "Option<Vec<Vec<f64>>>")]
    bands: Option<Spanned<Vec<Spanned<Vec<f64>>>>>,
    #[schemars(with = "Option<RawLinear>")]
    linear: Option<Spanned<RawLinear>>,
    #[schemars(with = "Option<serde_json::Value>")]
    gate: Option<Spanned<toml::Value>>,
    #[schemars(with = "Option<f64>")]
    yes: Option<Spanned<f64>>,
    #[schemars(with = "Option<f64>")]
    no: Option<Spanned<f64>>,
    #[schemars(with = "Option<std::collections::BTreeMap<String, f64>>")]
    options: Option<Spanned<Entries<Spanned<String>, Spanned<f64>>>>,
    #[schemars(with = "Option<std::collections::BTreeMap<String, f64>>")]
    items: Option<Spanned<Entries<Spanned<String>, Spanned<f64>>>>,
    #[schemars(with = "Option<Vec<f64>>")]
    range: Option<Spanned<Vec<f64>>>,
    #[schemars(with = "Option<f64>")]
    disagreement: Option<Spanned<f64>>,
    #[schemars(with = "Option<RawTicketQuery>")]
    from_tickets: Option<Spanned<RawTicketQuery>>,
    /// A `cost` criterion's currency and period.
    #[schemars(with = "Option<String>")]
    currency: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    per: Option<Spanned<String>>,
    /// The name in other languages: `names = { zh-CN = "P0 首次响应" }`.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    names: Option<Entries<String, String>>,
    /// The help text in other languages.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    helps: Option<Entries<String, String>>,
    /// The unit in other languages: `units = { zh-CN = "分钟" }`.
    #[schemars(with = "Option<std::collections::BTreeMap<String, String>>")]
    units: Option<Entries<String, String>>,
    /// Options' or items' text in other languages: `labels = { zh-CN = { "7x24" = "7×24 小时" } }`.
    #[schemars(with = "Option<std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>>")]
    labels: Option<Entries<String, Entries<Spanned<String>, String>>>,
}

/// `from_tickets = { metric = "first_response", severity = "P0", stat = "p90", unit = "minutes" }`
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "TicketQuery")]
struct RawTicketQuery {
    #[schemars(with = "String")]
    metric: Spanned<String>,
    severity: Option<String>,
    #[schemars(with = "Option<String>")]
    stat: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    unit: Option<Spanned<String>>,
    #[schemars(with = "Option<f64>")]
    hours: Option<Spanned<f64>>,
    /// `{ from = 2026-11-11T00:00:00+08:00, to = 2026-11-12T00:00:00+08:00 }`
    #[schemars(with = "Option<RawWindow>")]
    window: Option<Spanned<RawWindow>>,
    #[schemars(with = "Option<String>")]
    tag: Option<Spanned<String>>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Window")]
struct RawWindow {
    #[schemars(with = "String")]
    from: Spanned<toml::value::Datetime>,
    #[schemars(with = "String")]
    to: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Linear")]
struct RawLinear {
    best: f64,
    worst: f64,
}

/// Parses and validates a rubric. Every problem found is added to
/// `diagnostics`; the rubric is returned only if none of them is an error.
pub fn parse_rubric(source: &Source, diagnostics: &mut Diagnostics) -> Option<Rubric> {
    let raw: RawRubric = match parse(source) {
        Ok(raw) => raw,
        Err(diagnostic) => {
            diagnostics.push(*diagnostic);
            return None;
        }
    };
    let mut check = Checker { source, diagnostics, errors: 0 };
    let rubric = check.rubric(raw);
    (check.errors == 0).then_some(rubric)
}

struct Checker<'a, 'b> {
    source: &'a Source<'a>,
    diagnostics: &'b mut Diagnostics,
    errors: usize,
}

impl Checker<'_, '_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<Text>, help: Option<Text>) {
        let mut diagnostic = self.source.error(span, message);
        diagnostic.help = help;
        self.diagnostics.push(diagnostic);
        self.errors += 1;
    }

    /// A weight must be a finite number from 0 to [`MAX_WEIGHT`].
    fn weight(&mut self, weight: &Spanned<f64>, what: Text) -> f64 {
        let value = *weight.get_ref();
        if !(value.is_finite() && (0.0..=MAX_WEIGHT).contains(&value)) {
            self.error(
                weight.span(),
                Text::new("weight-range")
                    .part("what", what)
                    .arg("max", format_number(MAX_WEIGHT))
                    .arg("value", format_number(value)),
                Some(Text::new("weight-range-help")),
            );
        }
        value
    }

    /// A number the engine computes with must be finite and within
    /// ±[`MAX_MAGNITUDE`], so every sum and difference stays finite.
    fn magnitude(&mut self, span: Range<usize>, value: f64, what: Text) -> bool {
        let ok = value.is_finite() && value.abs() <= MAX_MAGNITUDE;
        if !ok {
            self.error(
                span,
                Text::new("magnitude-range")
                    .part("what", what)
                    .arg("max", format_number(MAX_MAGNITUDE))
                    .arg("value", format_number(value)),
                Some(Text::new("magnitude-range-help")),
            );
        }
        ok
    }

    /// A score must lie within 0..=scale.
    fn score(&mut self, span: Range<usize>, value: f64, scale: f64, what: Text) -> f64 {
        if !(0.0..=scale).contains(&value) {
            let message = Text::new("score-range")
                .part("what", what)
                .arg("value", value.to_string())
                .arg("scale", scale.to_string());
            self.error(span, message, None);
        }
        value
    }

    /// Ids and names must fit the spreadsheet cells exports put them in.
    fn text(&mut self, text: &Spanned<String>) {
        if let Some(problem) = super::evidence::too_long(text.get_ref()) {
            self.error(text.span(), problem, Some(Text::new("shorten-it")));
        }
    }

    fn rubric(&mut self, raw: RawRubric) -> Rubric {
        if raw.id.get_ref().trim().is_empty() {
            self.error(raw.id.span(), Text::new("rubric-id-empty"), None);
        }
        let texts: Vec<&Spanned<String>> =
            [&raw.id, &raw.name]
                .into_iter()
                .chain(raw.category.iter().flat_map(|c| {
                    [&c.id, &c.name].into_iter().chain(c.criterion.iter().flat_map(|k| [&k.id, &k.name]))
                }))
                .collect();
        for text in texts {
            self.text(text);
        }
        let scale = match &raw.scale {
            Some(scale)
                if !(scale.get_ref().is_finite() && (f64::MIN_POSITIVE..=MAX_MAGNITUDE).contains(scale.get_ref())) =>
            {
                self.error(
                    scale.span(),
                    Text::new("scale-range").arg("max", format_number(MAX_MAGNITUDE)),
                    Some(Text::new("scale-range-help")),
                );
                5.0
            }
            Some(scale) => *scale.get_ref(),
            None => 5.0,
        };
        let missing = match &raw.missing {
            None => MissingPolicy::Zero,
            Some(missing) => MissingPolicy::parse(missing.get_ref()).unwrap_or_else(|| {
                let help = allowed(MissingPolicy::NAMES, missing.get_ref());
                self.error(missing.span(), Text::new("unknown-missing").arg("value", missing.get_ref()), Some(help));
                MissingPolicy::Zero
            }),
        };
        let (discount, contradiction_penalty) = self.discounts(&raw, scale);
        if raw.category.is_empty() {
            self.diagnostics
                .push(self.source.file_error(Text::new("no-categories")).with_help(Text::new("no-categories-help")));
            self.errors += 1;
        }

        let mut category_ids: HashMap<String, Range<usize>> = HashMap::new();
        let mut criterion_ids: HashMap<String, Range<usize>> = HashMap::new();
        let mut categories = Vec::new();
        // Where an all-zero rubric is pointed at: its first category weight.
        let first_weight = raw.category.first().map(|c| c.weight.span());
        for raw_category in raw.category {
            let id = raw_category.id.get_ref().clone();
            if let Some(first) = category_ids.get(&id) {
                let line = self.source.locate(first.clone()).line;
                self.error(
                    raw_category.id.span(),
                    Text::new("duplicate-category").arg("id", &id),
                    Some(Text::new("duplicate-category-help").arg("id", &id).arg("line", line.to_string())),
                );
            }
            category_ids.entry(id.clone()).or_insert(raw_category.id.span());
            if crate::render::summary_csv_columns().any(|column| column == id) {
                self.error(
                    raw_category.id.span(),
                    Text::new("category-reserved").arg("id", &id),
                    Some(Text::new("category-reserved-help")),
                );
            }
            let weight = self.weight(&raw_category.weight, Text::new("what-category"));
            if raw_category.criterion.is_empty() {
                self.error(
                    raw_category.id.span(),
                    Text::new("category-empty").arg("id", &id),
                    Some(Text::new("category-empty-help")),
                );
            }
            let mut criteria = Vec::new();
            for raw_criterion in raw_category.criterion {
                let criterion_id = raw_criterion.id.get_ref().clone();
                if let Some(first) = criterion_ids.get(&criterion_id) {
                    let line = self.source.locate(first.clone()).line;
                    self.error(
                        raw_criterion.id.span(),
                        Text::new("duplicate-criterion").arg("id", &criterion_id),
                        Some(
                            Text::new("duplicate-criterion-help")
                                .arg("id", &criterion_id)
                                .arg("line", line.to_string()),
                        ),
                    );
                }
                criterion_ids.entry(criterion_id).or_insert(raw_criterion.id.span());
                if let Some(criterion) = self.criterion(raw_criterion, scale) {
                    criteria.push(criterion);
                }
            }
            if !criteria.is_empty() && weight > 0.0 && criteria.iter().all(|c| c.weight == 0.0) {
                self.diagnostics.push(
                    self.source
                        .warning(raw_category.weight.span(), Text::new("category-zero-criteria").arg("id", &id))
                        .with_help(Text::new("category-zero-criteria-help")),
                );
            }
            let name = raw_category.name.into_inner();
            let short = raw_category.short.unwrap_or_else(|| abbreviate(&name));
            let translations = Translations {
                names: entries(raw_category.names),
                shorts: entries(raw_category.shorts),
                helps: entries(raw_category.helps),
                ..Default::default()
            };
            categories.push(Category { id, name, short, weight, help: raw_category.help, criteria, translations });
        }

        let counted = carries_weight(&categories);
        if self.errors == 0 && !counted {
            if let Some(span) = first_weight {
                self.error(span, Text::new("all-weights-zero"), Some(Text::new("all-weights-zero-help")));
            }
        }

        let profiles = self.profiles(&raw.profiles, &categories);
        let uncertainty = raw.uncertainty.as_ref().map(|u| self.uncertainty(u)).unwrap_or_default();
        let mut rubric = Rubric {
            id: raw.id.into_inner(),
            name: raw.name.into_inner(),
            version: raw.version.into_inner(),
            description: raw.description,
            scale,
            missing,
            discount,
            contradiction_penalty,
            based_on: raw.based_on,
            removed: raw.removed,
            profiles,
            adjustments: Vec::new(),
            categories,
            uncertainty: Default::default(),
            translations: Translations {
                names: entries(raw.names),
                descriptions: entries(raw.descriptions),
                ..Default::default()
            },
        };
        if let (Some(raw), 0) = (&raw.uncertainty, self.errors) {
            match uncertainty.check(&rubric) {
                Ok(()) => rubric.uncertainty = uncertainty,
                Err((id, message)) => {
                    // At the range naming the id, or the order holding it.
                    let table = raw.span();
                    let raw = raw.get_ref();
                    let span = raw
                        .ranges
                        .0
                        .iter()
                        .find(|(key, _)| *key.get_ref() == id)
                        .map(|(key, _)| key.span())
                        .or_else(|| raw.order.iter().find(|o| o.get_ref().contains(&id)).map(|o| o.span()))
                        .unwrap_or(table);
                    self.error(
                        span,
                        Text::new("uncertainty-error").part("message", message),
                        Some(Text::new("uncertainty-error-help")),
                    )
                }
            }
        }
        rubric
    }

    /// `[uncertainty]`, read; its ids are checked once the rubric is built.
    fn uncertainty(&mut self, raw: &Spanned<RawUncertainty>) -> crate::rubric::WeightUncertainty {
        let raw = raw.get_ref();
        let spread = match &raw.weights {
            None => crate::rubric::WeightSpread::Exact,
            Some(text) => crate::rubric::WeightSpread::parse(text.get_ref()).unwrap_or_else(|message| {
                self.error(text.span(), message, Some(Text::new("weights-spread-help")));
                crate::rubric::WeightSpread::Exact
            }),
        };
        let ranges = raw.ranges.0.iter().map(|(id, ends)| (id.get_ref().clone(), ends.get_ref()[0], ends.get_ref()[1]));
        crate::rubric::WeightUncertainty {
            spread,
            ranges: ranges.collect(),
            orders: raw.order.iter().map(|o| o.get_ref().clone()).collect(),
        }
    }

    /// `[profiles.NAME]` tables: every id must name a category or a criterion
    /// (not both), every weight be finite and 0 or more.
    fn profiles(
        &mut self,
        raw: &Entries<Spanned<String>, Entries<Spanned<String>, Spanned<f64>>>,
        categories: &[Category],
    ) -> Vec<Profile> {
        let category_ids: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
        let criterion_ids: Vec<&str> =
            categories.iter().flat_map(|c| c.criteria.iter().map(|k| k.id.as_str())).collect();
        let mut profiles = Vec::new();
        for (name, weights) in &raw.0 {
            let mut checked = Vec::new();
            for (id, weight) in &weights.0 {
                let key = id.get_ref().as_str();
                match (category_ids.contains(&key), criterion_ids.contains(&key)) {
                    (true, true) => self.error(
                        id.span(),
                        Text::new("profile-ambiguous").arg("key", key),
                        Some(Text::new("profile-ambiguous-help")),
                    ),
                    (false, false) => {
                        let help = allowed(category_ids.iter().chain(&criterion_ids).copied(), key);
                        self.error(
                            id.span(),
                            Text::new("profile-unknown-id").arg("profile", name.get_ref()).arg("key", key),
                            Some(help),
                        );
                    }
                    _ => {
                        let value = self.weight(weight, Text::new("what-profile"));
                        checked.push((key.to_string(), value));
                    }
                }
            }
            profiles.push(Profile { name: name.get_ref().clone(), weights: checked });
        }
        profiles
    }

    /// Rejects `field` if present: it does not apply to `kind`.
    fn not_for<T>(&mut self, field: &Option<Spanned<T>>, name: &str, kind: &str) {
        if let Some(field) = field {
            self.error(
                field.span(),
                Text::new("not-for-kind").arg("name", name).arg("kind", kind),
                Some(Text::new("not-for-kind-help").part("fields", Text::new("kind-fields"))),
            );
        }
    }

    /// `discount = { … }` (or the older `claimed_factor`) and `contradiction_penalty`.
    fn discounts(&mut self, raw: &RawRubric, scale: f64) -> (Discounts, f64) {
        let mut discount = Discounts::default();
        let factor = |checker: &mut Self, span: Range<usize>, name: &str, value: f64| {
            if value.is_finite() && value > 0.0 && value <= 1.0 {
                return value;
            }
            checker.error(
                span,
                Text::new("discount-range").arg("name", name).arg("value", format_number(value)),
                Some(Text::new("discount-range-help").arg("name", name)),
            );
            1.0
        };
        if let Some(old) = &raw.claimed_factor {
            discount.claimed = factor(self, old.span(), "claimed_factor", *old.get_ref());
        }
        if let Some(table) = &raw.discount {
            if let Some(old) = &raw.claimed_factor {
                let line = self.source.locate(old.span()).line;
                self.error(
                    table.span(),
                    Text::new("discount-both"),
                    Some(Text::new("discount-both-help").arg("line", line.to_string())),
                );
            }
            for (key, value) in &table.get_ref().0 {
                let slot = match key.get_ref().as_str() {
                    "claimed" => &mut discount.claimed,
                    "reference" => &mut discount.reference,
                    "conditional" => &mut discount.conditional,
                    other => {
                        let help = allowed(Discounts::KEYS, other);
                        self.error(key.span(), Text::new("unknown-discount").arg("name", other), Some(help));
                        continue;
                    }
                };
                *slot = factor(self, value.span(), key.get_ref(), *value.get_ref());
            }
        }
        let penalty = match &raw.contradiction_penalty {
            None => 0.0,
            Some(points) => {
                let value = *points.get_ref();
                if !(value.is_finite() && (0.0..=scale).contains(&value)) {
                    self.error(
                        points.span(),
                        Text::new("penalty-range").arg("scale", format_number(scale)).arg("value", value.to_string()),
                        Some(Text::new("penalty-range-help")),
                    );
                }
                value
            }
        };
        (discount, penalty)
    }

    fn aggregate(&mut self, raw: &Option<Spanned<String>>, default: Aggregate) -> Aggregate {
        let Some(raw) = raw else { return default };
        Aggregate::parse(raw.get_ref()).unwrap_or_else(|| {
            let help = allowed(Aggregate::NAMES, raw.get_ref());
            self.error(raw.span(), Text::new("unknown-aggregate").arg("name", raw.get_ref()), Some(help));
            default
        })
    }

    fn criterion(&mut self, raw: RawCriterion, scale: f64) -> Option<Criterion> {
        let errors_before = self.errors;
        let weight = self.weight(&raw.weight, Text::new("what-criterion"));
        let kind = raw.kind.get_ref().as_str();
        let rule = match kind {
            "number" => self.number_rule(&raw, scale),
            "flag" => {
                self.not_for_kind(&raw, kind);
                let yes = raw
                    .yes
                    .as_ref()
                    .map_or(scale, |y| self.score(y.span(), *y.get_ref(), scale, Text::new("what-yes-score")));
                let no = raw
                    .no
                    .as_ref()
                    .map_or(0.0, |n| self.score(n.span(), *n.get_ref(), scale, Text::new("what-no-score")));
                Rule::Flag { yes, no }
            }
            "choice" => {
                self.not_for_kind(&raw, kind);
                let options = self.named_values(&raw.options, "options", raw.kind.span(), |checker, name, value| {
                    checker.score(
                        value.span(),
                        *value.get_ref(),
                        scale,
                        Text::new("what-option-score").arg("name", name),
                    )
                });
                Rule::Choice { options }
            }
            "checklist" => {
                self.not_for_kind(&raw, kind);
                let items = self.named_values(&raw.items, "items", raw.kind.span(), |checker, name, value| {
                    checker.weight(value, Text::new("what-item").arg("name", name))
                });
                if let Some(table) = &raw.items {
                    if !items.is_empty() && items.iter().map(|(_, w)| w).sum::<f64>() <= 0.0 {
                        self.error(table.span(), Text::new("checklist-zero"), Some(Text::new("checklist-zero-help")));
                    }
                }
                Rule::Checklist { items }
            }
            "cost" => self.cost_rule(&raw, scale),
            "rating" => {
                self.not_for_kind(&raw, kind);
                let range = match &raw.range {
                    None => (1.0, 5.0),
                    Some(range) => match range.get_ref().as_slice() {
                        [low, high] if low < high && [low, high].iter().all(|x| x.abs() <= MAX_MAGNITUDE) => {
                            (*low, *high)
                        }
                        _ => {
                            self.error(
                                range.span(),
                                Text::new("rating-range").arg("max", format_number(MAX_MAGNITUDE)),
                                Some(Text::new("rating-range-help")),
                            );
                            (1.0, 5.0)
                        }
                    },
                };
                let aggregate = self.aggregate(&raw.aggregate, Aggregate::Mean);
                let disagreement = match &raw.disagreement {
                    None => (range.1 - range.0) / 2.0,
                    Some(points) => {
                        let value = *points.get_ref();
                        if !(value.is_finite() && value > 0.0 && value <= MAX_MAGNITUDE) {
                            self.error(
                                points.span(),
                                Text::new("disagreement-range").arg("value", value.to_string()),
                                Some(Text::new("disagreement-range-help")),
                            );
                        }
                        value
                    }
                };
                Rule::Rating { range, aggregate, disagreement }
            }
            other => {
                let help = allowed(KINDS, other);
                self.error(raw.kind.span(), Text::new("unknown-kind").arg("kind", other), Some(help));
                return None;
            }
        };
        let gate = raw.gate.as_ref().and_then(|gate| match (gate.get_ref(), &rule) {
            (toml::Value::Boolean(true), Rule::Flag { .. }) => Some(Gate::MustBeTrue),
            (toml::Value::Boolean(_), _) => {
                self.error(gate.span(), Text::new("gate-bool"), Some(Text::new("gate-bool-help")));
                None
            }
            (toml::Value::Integer(_) | toml::Value::Float(_), _) => {
                let minimum = gate.get_ref().as_float().or(gate.get_ref().as_integer().map(|i| i as f64))?;
                if !(minimum.is_finite() && (0.0..=scale).contains(&minimum)) {
                    self.error(
                        gate.span(),
                        Text::new("gate-range").arg("minimum", minimum.to_string()).arg("scale", scale.to_string()),
                        Some(Text::new("gate-range-help")),
                    );
                }
                Some(Gate::MinScore(minimum))
            }
            (other, _) => {
                self.error(gate.span(), Text::new("gate-type").arg("found", other.type_str()), None);
                None
            }
        });
        let from_tickets = raw.from_tickets.as_ref().and_then(|query| self.ticket_query(query));
        let labels = self.labels(raw.labels, &rule);
        (self.errors == errors_before).then(|| Criterion {
            id: raw.id.into_inner(),
            name: raw.name.into_inner(),
            weight,
            help: raw.help,
            unit: raw.unit.map(Spanned::into_inner),
            gate,
            rule,
            from_tickets,
            translations: Translations {
                names: entries(raw.names),
                helps: entries(raw.helps),
                units: entries(raw.units),
                labels,
                ..Default::default()
            },
        })
    }

    /// `labels = { zh-CN = { option = "…" } }`, checked against the options
    /// or items, as (option, [(language, text)]).
    fn labels(
        &mut self,
        raw: Option<Entries<String, Entries<Spanned<String>, String>>>,
        rule: &Rule,
    ) -> Vec<(String, Vec<(String, String)>)> {
        let values: &[(String, f64)] = match rule {
            Rule::Choice { options } => options,
            Rule::Checklist { items } => items,
            _ => &[],
        };
        let mut labels: Vec<(String, Vec<(String, String)>)> =
            values.iter().map(|(value, _)| (value.clone(), Vec::new())).collect();
        for (lang, table) in raw.map(|r| r.0).unwrap_or_default() {
            for (value, text) in table.0 {
                match labels.iter_mut().find(|(id, _)| id == value.get_ref()) {
                    Some((_, translations)) => translations.push((lang.clone(), text)),
                    None => {
                        let candidates: Vec<&str> = values.iter().map(|(v, _)| v.as_str()).collect();
                        let message = Text::new("labels-unknown").arg("value", value.get_ref()).arg("lang", &lang);
                        let diagnostic = self.source.error(value.span(), message).suggest(value.get_ref(), candidates);
                        let diagnostic = match diagnostic.help {
                            Some(_) => diagnostic,
                            None => diagnostic.with_help(Text::new("labels-unknown-help")),
                        };
                        self.diagnostics.push(diagnostic);
                        self.errors += 1;
                    }
                }
            }
        }
        labels.retain(|(_, translations)| !translations.is_empty());
        labels
    }

    fn ticket_query(&mut self, raw: &Spanned<RawTicketQuery>) -> Option<TicketQuery> {
        let query = raw.get_ref();
        let name = query.metric.get_ref().as_str();
        let hours = query.hours.as_ref().map(|h| *h.get_ref());
        if let Some(span) = query.hours.as_ref().map(Spanned::span) {
            if name != "resolved_within" {
                self.error(span, Text::new("hours-not-applicable"), None);
            } else if !hours.is_some_and(|h| h.is_finite() && (0.0..=MAX_MAGNITUDE).contains(&h)) {
                self.error(span, Text::new("hours-range").arg("max", format_number(MAX_MAGNITUDE)), None);
            }
        }
        let metric = match Metric::parse(name, hours) {
            Some(metric) => metric,
            None if name == "resolved_within" => {
                self.error(
                    query.metric.span(),
                    Text::new("resolved-within-hours"),
                    Some(Text::new("resolved-within-hours-help")),
                );
                return None;
            }
            None => {
                let help = allowed(Metric::NAMES, name);
                self.error(query.metric.span(), Text::new("unknown-metric").arg("name", name), Some(help));
                return None;
            }
        };
        let stat = query.stat.as_ref().map(|stat| {
            Aggregate::parse(stat.get_ref()).unwrap_or_else(|| {
                let help = allowed(Aggregate::NAMES, stat.get_ref());
                self.error(stat.span(), Text::new("unknown-stat").arg("name", stat.get_ref()), Some(help));
                Aggregate::Median
            })
        });
        let unit = match &query.unit {
            None => TimeUnit::Minutes,
            Some(unit) => TimeUnit::parse(unit.get_ref()).unwrap_or_else(|| {
                let help = allowed(TimeUnit::NAMES, unit.get_ref());
                self.error(unit.span(), Text::new("unknown-unit").arg("name", unit.get_ref()), Some(help));
                TimeUnit::Minutes
            }),
        };
        if !metric.is_duration() {
            for (field, span) in
                [("stat", query.stat.as_ref().map(Spanned::span)), ("unit", query.unit.as_ref().map(Spanned::span))]
            {
                if let Some(span) = span {
                    self.error(span, Text::new("time-only-field").arg("field", field), None);
                }
            }
        }
        let window = query.window.as_ref().and_then(|window| {
            let raw = window.get_ref();
            let mut instant = |value: &Spanned<toml::value::Datetime>| {
                let found =
                    value.get_ref().offset.and_then(|_| value.get_ref().to_string().parse::<jiff::Timestamp>().ok());
                if found.is_none() {
                    self.error(
                        value.span(),
                        Text::new("window-offset").arg("value", value.get_ref().to_string()),
                        Some(Text::new("window-offset-help")),
                    );
                }
                found
            };
            let (from, to) = (instant(&raw.from)?, instant(&raw.to)?);
            if from >= to {
                self.error(window.span(), Text::new("window-order"), None);
                return None;
            }
            Some((from, to))
        });
        let tag = query.tag.as_ref().map(|tag| tag.get_ref().trim().to_string());
        if let Some(span) = query.tag.as_ref().filter(|t| t.get_ref().trim().is_empty()).map(Spanned::span) {
            self.error(span, Text::new("tag-empty"), None);
        }
        let scope = crate::tickets::Scope { window, tag };
        Some(TicketQuery { metric, severity: query.severity.clone(), stat, unit, scope })
    }

    /// Fields that belong to other kinds are errors, not silently ignored.
    fn not_for_kind(&mut self, raw: &RawCriterion, kind: &str) {
        if kind != "number" && kind != "cost" {
            self.not_for(&raw.bands, "bands", kind);
            self.not_for(&raw.linear, "linear", kind);
            self.not_for(&raw.better, "better", kind);
        }
        if kind != "number" {
            self.not_for(&raw.unit, "unit", kind);
            self.not_for(&raw.from_tickets, "from_tickets", kind);
        }
        if kind != "cost" {
            self.not_for(&raw.currency, "currency", kind);
            self.not_for(&raw.per, "per", kind);
        }
        if kind != "number" && kind != "rating" {
            self.not_for(&raw.aggregate, "aggregate", kind);
        }
        if kind != "flag" {
            self.not_for(&raw.yes, "yes", kind);
            self.not_for(&raw.no, "no", kind);
        }
        if kind != "choice" {
            self.not_for(&raw.options, "options", kind);
        }
        if kind != "checklist" {
            self.not_for(&raw.items, "items", kind);
        }
        if kind != "rating" {
            self.not_for(&raw.range, "range", kind);
            self.not_for(&raw.disagreement, "disagreement", kind);
        }
    }

    /// `options` / `items`: a non-empty table of name → number.
    fn named_values(
        &mut self,
        table: &Option<Spanned<Entries<Spanned<String>, Spanned<f64>>>>,
        field: &str,
        kind_span: Range<usize>,
        mut check: impl FnMut(&mut Self, &str, &Spanned<f64>) -> f64,
    ) -> Vec<(String, f64)> {
        let Some(table) = table else {
            self.error(
                kind_span,
                Text::new("needs-field").arg("field", field),
                Some(Text::new("needs-field-help").arg("field", field)),
            );
            return Vec::new();
        };
        if table.get_ref().0.is_empty() {
            self.error(table.span(), Text::new("field-empty").arg("field", field), None);
        }
        table
            .get_ref()
            .0
            .iter()
            .map(|(name, value)| (name.get_ref().clone(), check(self, name.get_ref(), value)))
            .collect()
    }

    fn number_rule(&mut self, raw: &RawCriterion, scale: f64) -> Rule {
        self.not_for_kind(raw, "number");
        let aggregate = self.aggregate(&raw.aggregate, Aggregate::Median);
        let scoring = self.number_scoring(raw, scale, "number");
        Rule::Number { aggregate, scoring }
    }

    /// `kind = "cost"`: a currency, a period, and bands or a line over the amount, lower better.
    fn cost_rule(&mut self, raw: &RawCriterion, scale: f64) -> Rule {
        self.not_for_kind(raw, "cost");
        self.not_for(&raw.aggregate, "aggregate", "cost");
        if let Some(better) = raw.better.as_ref().filter(|b| b.get_ref() != "lower") {
            self.error(better.span(), Text::new("cost-better"), Some(Text::new("cost-better-help")));
        }
        let required = |checker: &mut Self, field: &Option<Spanned<String>>, name: &str, example: &str| match field {
            Some(value) if !value.get_ref().trim().is_empty() => value.get_ref().trim().to_string(),
            _ => {
                let span = field.as_ref().map_or(raw.kind.span(), |f| f.span());
                checker.error(
                    span,
                    Text::new("cost-needs").arg("name", name),
                    Some(Text::new("cost-needs-help").arg("name", name).arg("example", example)),
                );
                String::new()
            }
        };
        let currency = required(self, &raw.currency, "currency", "USD");
        let per = required(self, &raw.per, "per", "month");
        if let Some(written) = raw
            .per
            .as_ref()
            .filter(|p| !per.is_empty() && !crate::evidence::Cost::PERIODS.contains(&p.get_ref().trim()))
        {
            let help = allowed(crate::evidence::Cost::PERIODS, written.get_ref());
            self.error(written.span(), Text::new("unknown-period").arg("name", written.get_ref()), Some(help));
        }
        let scoring = self.number_scoring(raw, scale, "cost");
        Rule::Cost { currency, per, scoring }
    }

    /// The `bands` or `linear` of a `number` or `cost` criterion.
    fn number_scoring(&mut self, raw: &RawCriterion, scale: f64, kind: &str) -> NumberScoring {
        let written = if kind == "cost" { None } else { raw.better.as_ref() };
        let better = written.and_then(|better| match better.get_ref().as_str() {
            "lower" => Some(Better::Lower),
            "higher" => Some(Better::Higher),
            other => {
                let help = allowed(["lower", "higher"], other);
                self.error(better.span(), Text::new("better-value").arg("found", other), Some(help));
                None
            }
        });
        let better = if kind == "cost" { Some(Better::Lower) } else { better };
        let scoring = match (&raw.bands, &raw.linear) {
            (Some(bands), None) => {
                let Some(better) = better.or_else(|| {
                    if raw.better.is_none() {
                        self.error(
                            raw.kind.span(),
                            Text::new("bands-need-better"),
                            Some(Text::new("bands-need-better-help")),
                        );
                    }
                    None
                }) else {
                    return NumberScoring::Linear { best: 1.0, worst: 0.0 };
                };
                NumberScoring::Bands { better, bands: self.bands(bands, better, scale) }
            }
            (None, Some(linear)) => {
                let RawLinear { best, worst } = *linear.get_ref();
                if ![best, worst].iter().all(|x| x.abs() <= MAX_MAGNITUDE) {
                    self.magnitude(
                        linear.span(),
                        if best.abs() > worst.abs() { best } else { worst },
                        Text::new("what-linear-end"),
                    );
                } else if best == worst {
                    self.error(
                        linear.span(),
                        Text::new("linear-same").arg("best", best.to_string()).arg("worst", worst.to_string()),
                        Some(Text::new("linear-same-help")),
                    );
                } else if let Some(better) = better {
                    let implied = if best < worst { Better::Lower } else { Better::Higher };
                    if better != implied {
                        self.error(linear.span(), Text::new("linear-better"), Some(Text::new("linear-better-help")));
                    }
                }
                NumberScoring::Linear { best, worst }
            }
            (Some(bands), Some(_)) => {
                self.error(bands.span(), Text::new("bands-and-linear"), None);
                NumberScoring::Linear { best: 1.0, worst: 0.0 }
            }
            (None, None) => {
                self.error(
                    raw.kind.span(),
                    Text::new("needs-bands").arg("kind", kind),
                    Some(Text::new("needs-bands-help")),
                );
                NumberScoring::Linear { best: 1.0, worst: 0.0 }
            }
        };
        scoring
    }

    fn bands(&mut self, bands: &Spanned<Vec<Spanned<Vec<f64>>>>, better: Better, scale: f64) -> Vec<(f64, f64)> {
        if bands.get_ref().is_empty() {
            self.error(bands.span(), Text::new("field-empty").arg("field", "bands"), None);
        }
        let mut result: Vec<(f64, f64)> = Vec::new();
        for band in bands.get_ref() {
            let (threshold, score) = match band.get_ref().as_slice() {
                [threshold, score] if threshold.is_finite() => {
                    if !self.magnitude(band.span(), *threshold, Text::new("what-band-threshold")) {
                        continue;
                    }
                    (*threshold, *score)
                }
                _ => {
                    let found = match band.get_ref().len() {
                        2 => Text::new("band-not-finite"),
                        n => Text::new("band-numbers").count("count", n),
                    };
                    self.error(
                        band.span(),
                        Text::new("band-shape").part("found", found),
                        Some(Text::new("band-shape-help")),
                    );
                    continue;
                }
            };
            self.score(band.span(), score, scale, Text::new("what-band-score"));
            if let Some(&(previous_threshold, previous_score)) = result.last() {
                let ordered = match better {
                    Better::Lower => threshold > previous_threshold,
                    Better::Higher => threshold < previous_threshold,
                };
                if !ordered {
                    let key = match better {
                        Better::Lower => "bands-must-rise",
                        Better::Higher => "bands-must-fall",
                    };
                    self.error(
                        band.span(),
                        Text::new(key),
                        Some(
                            Text::new("bands-order-help")
                                .arg("threshold", threshold.to_string())
                                .arg("previous", previous_threshold.to_string()),
                        ),
                    );
                } else if score > previous_score {
                    self.error(
                        band.span(),
                        Text::new("band-scores-rise"),
                        Some(
                            Text::new("band-scores-rise-help")
                                .arg("score", score.to_string())
                                .arg("previous", previous_score.to_string()),
                        ),
                    );
                }
            }
            result.push((threshold, score));
        }
        result
    }
}

/// A short column header from a category name: its first word, at most 7 characters.
fn abbreviate(name: &str) -> String {
    name.split_whitespace().next().unwrap_or(name).chars().take(7).collect()
}

/// The JSON Schema of a rubric file, from the types it is read into. A
/// rubric that `extends` another also holds the keys extends.rs reads.
pub fn schema() -> schemars::Schema {
    let mut schema = crate::schema::toml_schema::<RawRubric>();
    super::extends::add_to_schema(&mut schema);
    schema.insert("title".into(), "vendorcard rubric".into());
    schema
}

/// `names = { zh-CN = "…" }` as (language, text) pairs, in the file's order.
fn entries(table: Option<Entries<String, String>>) -> Vec<(String, String)> {
    table.map(|entries| entries.0).unwrap_or_default()
}
