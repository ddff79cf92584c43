//! The rubric as plain, validated data: categories, criteria and their scoring rules.

use serde::Serialize;

use crate::i18n::Text;
use crate::stats::Aggregate;
use crate::tickets::TicketQuery;

/// The largest magnitude a number in a rubric, an evidence file or `--weight`
/// may have: weights, scale, thresholds, `linear` ends, rating ranges and
/// observed values. No real evaluation comes near it, and within it every
/// sum, product and difference the engine forms stays finite.
pub const MAX_MAGNITUDE: f64 = 1e12;

/// The most characters any one text (a name, a source, a note) may have:
/// what an XLSX cell holds, so every export can carry every text whole.
pub const MAX_TEXT: usize = 32_767;

/// The largest weight: [`MAX_MAGNITUDE`].
pub const MAX_WEIGHT: f64 = MAX_MAGNITUDE;

/// A validated rubric. Built by [`crate::load::rubric`]; every invariant the
/// scoring engine relies on (finite weights, monotonic bands, …) holds.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Rubric {
    pub id: String,
    pub name: String,
    pub version: String,
    pub description: String,
    /// Every criterion scores on `0..=scale`. Default 5.
    pub scale: f64,
    /// What a criterion without evidence does to a vendor. Default `zero`.
    pub missing: MissingPolicy,
    /// What each basis of evidence, and a benefit held only under a
    /// condition, keeps of its score (`discount = { … }`; `claimed_factor`
    /// is the old spelling of `discount.claimed`).
    pub discount: Discounts,
    /// Points of the scale a criterion loses when its claim is contradicted
    /// by the observation beside it. Default 0: flagged, not penalised.
    pub contradiction_penalty: f64,
    /// The rubrics this one extends, nearest first (`based_on`, written by
    /// `extends` resolution): evidence collected for any of them is accepted.
    pub based_on: Vec<String>,
    /// Criteria of those rubrics that this one removed (`removed`, written by
    /// `extends` resolution): their evidence is not scored, and only warned about.
    pub removed: Vec<String>,
    pub categories: Vec<Category>,
    /// Named weight overrides (`[profiles.NAME]`).
    pub profiles: Vec<Profile>,
    /// What changed the rubric's own weights for this run, in order:
    /// "profile `startup`", "--weight p0_first_response=6". Empty: as written.
    pub adjustments: Vec<String>,
    /// How uncertain the weights are (`[uncertainty]`, then the command
    /// line), for the confidence analysis. Default: exact.
    pub uncertainty: WeightUncertainty,
    /// The rubric's name and description in other languages.
    #[serde(skip)]
    #[schemars(skip)]
    pub translations: Translations,
}

/// A rubric's own text in other languages, by language tag (`zh-CN`), as
/// written beside the English: `names = { zh-CN = "P0 首次响应" }`, and
/// likewise `shorts`, `helps`, `descriptions`. What people read picks the
/// run's language (`--lang`); ids, JSON and CSV keep the rubric's own text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Translations {
    pub names: Vec<(String, String)>,
    pub shorts: Vec<(String, String)>,
    pub helps: Vec<(String, String)>,
    pub descriptions: Vec<(String, String)>,
    /// A criterion's unit (`units = { zh-CN = "分钟" }`).
    pub units: Vec<(String, String)>,
    /// A choice's options or a checklist's items, each with its text in
    /// other languages (`labels = { zh-CN = { "7x24" = "7×24 小时" } }`).
    pub labels: Vec<(String, Vec<(String, String)>)>,
}

impl Translations {
    /// The name in the run's language, else `name`.
    pub fn name<'a>(&'a self, name: &'a str) -> &'a str {
        crate::i18n::pick(&self.names, name)
    }

    /// The short name in the run's language, else `short`.
    pub fn short<'a>(&'a self, short: &'a str) -> &'a str {
        crate::i18n::pick(&self.shorts, short)
    }

    /// A unit with a leading space (` minutes`, ` 分钟`) in any language; empty without one.
    pub fn unit_text(&self, unit: Option<&str>) -> crate::i18n::Text {
        match unit {
            Some(unit) => {
                let spaced: Vec<(String, String)> =
                    self.units.iter().map(|(lang, text)| (lang.clone(), format!(" {text}"))).collect();
                crate::i18n::Text::translated(format!(" {unit}"), &spaced)
            }
            None => crate::i18n::Text::verbatim(""),
        }
    }

    /// An option or checklist item as people read it: its label in each
    /// language that has one, else the id as written.
    pub fn label(&self, value: &str) -> Text {
        let translations = self.labels.iter().find(|(id, _)| id == value).map_or(&[][..], |(_, t)| t.as_slice());
        Text::translated(value, translations)
    }

    /// The help text in the run's language, else `help`.
    pub fn help<'a>(&'a self, help: &'a str) -> &'a str {
        crate::i18n::pick(&self.helps, help)
    }
}

/// How uncertain a rubric's weights are: a spread for every weight, ranges
/// for some, orders of importance among others.
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct WeightUncertainty {
    pub spread: WeightSpread,
    /// Category or criterion id → the weights it may have, in the rubric's
    /// units: any between the ends, equally likely.
    pub ranges: Vec<(String, f64, f64)>,
    /// Orders of importance, most important first, each among categories
    /// or among the criteria of one category: the ids' weights are any that
    /// keep the order and their total, equally likely.
    pub orders: Vec<Vec<String>>,
}

impl WeightUncertainty {
    /// Whether anything about the weights is uncertain.
    pub fn is_exact(&self) -> bool {
        self.spread == WeightSpread::Exact && self.ranges.is_empty() && self.orders.is_empty()
    }

    /// In words, in any language: "±20 % on every weight; p0_first_response
    /// 4–8; speed ≥ depth"; `short` leaves out the word "weights" where the
    /// sentence around it says it ("the weights (exact)").
    pub fn describe(&self, short: bool) -> crate::i18n::Text {
        use crate::i18n::Text;
        let mut parts = vec![match (self.spread, short) {
            (WeightSpread::Exact, false) => Text::new("weights-exact"),
            (WeightSpread::Exact, true) => Text::new("weights-exact-short"),
            (WeightSpread::Band(band), _) => {
                Text::new("weights-band").arg("band", crate::evidence::format_number(band * 100.0))
            }
            (WeightSpread::Unknown, false) => Text::new("weights-unknown"),
            (WeightSpread::Unknown, true) => Text::new("weights-unknown-short"),
        }];
        for (id, low, high) in &self.ranges {
            use crate::evidence::format_number as n;
            parts.push(Text::verbatim(format!("{id} {}–{}", n(*low), n(*high))));
        }
        for order in &self.orders {
            parts.push(Text::verbatim(order.join(" ≥ ")));
        }
        Text::clauses(parts)
    }

    /// Checks every id against `rubric`: ranges within 0 … the largest
    /// weight, orders of two or more ids at one level, no id twice. An
    /// error names the id it is about, and says what is wrong.
    pub fn check(&self, rubric: &Rubric) -> Result<(), (String, Text)> {
        let level = |id: &str| -> Result<Option<usize>, (String, Text)> {
            if rubric.categories.iter().any(|c| c.id == id) {
                return Ok(None);
            }
            match rubric.categories.iter().position(|c| c.criteria.iter().any(|k| k.id == id)) {
                Some(category) => Ok(Some(category)),
                None => Err((id.to_string(), rubric.no_such_id(id))),
            }
        };
        let mut seen: Vec<&str> = Vec::new();
        for (id, low, high) in &self.ranges {
            level(id)?;
            if !(low.is_finite() && high.is_finite() && 0.0 <= *low && low <= high && *high <= MAX_WEIGHT) {
                return Err((id.clone(), Text::new("weight-range-order").arg("id", id)));
            }
            if seen.contains(&id.as_str()) {
                return Err((id.clone(), Text::new("weight-range-twice").arg("id", id)));
            }
            seen.push(id);
        }
        for order in &self.orders {
            if order.len() < 2 {
                let message = Text::new("order-short").arg("order", order.join(" >= "));
                return Err((order.first().cloned().unwrap_or_default(), message));
            }
            let first = level(&order[0])?;
            for id in order {
                if level(id)? != first {
                    return Err((id.clone(), Text::new("order-levels").arg("order", order.join(" >= "))));
                }
                if seen.contains(&id.as_str()) {
                    return Err((id.clone(), Text::new("order-twice").arg("id", id)));
                }
                seen.push(id);
            }
        }
        Ok(())
    }
}

/// The spread every weight without a range of its own has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum WeightSpread {
    /// As written.
    #[default]
    Exact,
    /// Any weight within this fraction of the written one: 0.2 is ±20 %.
    Band(f64),
    /// Nothing known: at each level (categories, criteria of a category)
    /// every split of the weight is equally likely (uniform on the simplex).
    Unknown,
}

impl WeightSpread {
    /// `±20%`, `20%`, `exact` or `unknown`.
    pub fn parse(text: &str) -> Result<WeightSpread, Text> {
        let text = text.trim();
        match text {
            "exact" => return Ok(WeightSpread::Exact),
            "unknown" => return Ok(WeightSpread::Unknown),
            _ => {}
        }
        let number = text.trim_start_matches('±').trim_start_matches("+-").trim_end_matches('%').trim();
        match number.parse::<f64>() {
            Ok(percent) if text.ends_with('%') && percent > 0.0 && percent <= 100.0 => {
                Ok(WeightSpread::Band(percent / 100.0))
            }
            _ => Err(Text::new("weight-spread-bad").arg("text", text)),
        }
    }
}

/// Multipliers on a criterion's score by what backs its evidence, each in
/// (0, 1]; 1 is no discount (the default of each).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Discounts {
    /// Evidence only claimed by the vendor.
    pub claimed: f64,
    /// Evidence reported by a third party (reference customer, analyst).
    pub reference: f64,
    /// A benefit that holds only under a condition (a tier or plan).
    pub conditional: f64,
}

impl Default for Discounts {
    fn default() -> Self {
        Discounts { claimed: 1.0, reference: 1.0, conditional: 1.0 }
    }
}

impl Discounts {
    pub const KEYS: [&'static str; 3] = ["claimed", "reference", "conditional"];

    /// The factor of `basis`.
    pub fn of(&self, basis: crate::evidence::Basis) -> f64 {
        match basis {
            crate::evidence::Basis::Observed => 1.0,
            crate::evidence::Basis::Claimed => self.claimed,
            crate::evidence::Basis::Reference => self.reference,
        }
    }
}

/// The rubric's policy for a criterion that has no evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MissingPolicy {
    /// Score 0 and mark the criterion missing.
    Zero,
    /// Leave the criterion out and renormalise the shares of the rest.
    Exclude,
    /// Disqualify the vendor (its missing criteria still score 0).
    Fail,
}

impl MissingPolicy {
    pub const NAMES: [&'static str; 3] = ["zero", "exclude", "fail"];

    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "zero" => Some(Self::Zero),
            "exclude" => Some(Self::Exclude),
            "fail" => Some(Self::Fail),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Category {
    pub id: String,
    pub name: String,
    /// Column header in narrow tables; default: derived from the name.
    pub short: String,
    /// Relative to the other categories; finite and ≥ 0.
    pub weight: f64,
    pub help: Option<String>,
    pub criteria: Vec<Criterion>,
    #[serde(skip)]
    #[schemars(skip)]
    pub translations: Translations,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    /// Relative to the other criteria of its category; finite and ≥ 0.
    pub weight: f64,
    pub help: Option<String>,
    /// Unit of `number` observations, e.g. "minutes"; display only.
    pub unit: Option<String>,
    pub gate: Option<Gate>,
    pub rule: Rule,
    /// For `number` criteria: measure the evidence from the vendor's ticket
    /// logs, when it has any (typed evidence is the fallback).
    pub from_tickets: Option<TicketQuery>,
    #[serde(skip)]
    #[schemars(skip)]
    pub translations: Translations,
}

/// A minimum a vendor must reach on one criterion to stay qualified.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Gate {
    /// The criterion score must be at least this (on `0..=scale`).
    MinScore(f64),
    /// `gate = true` on a flag: the flag must be true.
    MustBeTrue,
}

impl Gate {
    /// What the gate asks, in words: `score at least 2`, `must be true`.
    pub fn describe(self) -> Text {
        match self {
            Gate::MinScore(minimum) => {
                Text::new("gate-min-score").arg("minimum", crate::evidence::format_number(minimum))
            }
            Gate::MustBeTrue => Text::new("gate-must-be-true"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    Lower,
    Higher,
}

/// How a criterion's evidence becomes a score; one variant per `kind`.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Rule {
    Number {
        aggregate: Aggregate,
        scoring: NumberScoring,
    },
    Flag {
        yes: f64,
        no: f64,
    },
    Choice {
        /// Option name and its score, in rubric order.
        options: Vec<(String, f64)>,
    },
    Checklist {
        /// Item name and its weight, in rubric order; weights sum to > 0.
        items: Vec<(String, f64)>,
    },
    /// A price: the evidence's `cost`, in the criterion's currency and
    /// period (never converted); lower is better.
    Cost {
        currency: String,
        per: String,
        scoring: NumberScoring,
    },
    Rating {
        /// Inclusive rating range, `low < high`. Default `[1, 5]`.
        range: (f64, f64),
        aggregate: Aggregate,
        /// Evaluators disagree when their ratings span at least this many
        /// points. Default: half the range (2 on 1–5).
        disagreement: f64,
    },
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum NumberScoring {
    /// `(threshold, score)` pairs; the first band the value falls in wins,
    /// outside all bands scores 0. Thresholds are strictly monotonic in the
    /// direction of `better`, scores never rise along the list.
    Bands { better: Better, bands: Vec<(f64, f64)> },
    /// `scale` at `best`, 0 at `worst`, linear between, clamped.
    Linear { best: f64, worst: f64 },
}

impl Rule {
    pub fn kind(&self) -> &'static str {
        match self {
            Rule::Number { .. } => "number",
            Rule::Flag { .. } => "flag",
            Rule::Choice { .. } => "choice",
            Rule::Checklist { .. } => "checklist",
            Rule::Rating { .. } => "rating",
            Rule::Cost { .. } => "cost",
        }
    }
}

impl Rubric {
    /// Every criterion with the category it belongs to, in rubric order.
    pub fn criteria(&self) -> impl Iterator<Item = (&Category, &Criterion)> {
        self.categories.iter().flat_map(|category| category.criteria.iter().map(move |c| (category, c)))
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria().map(|(_, c)| c).find(|c| c.id == id)
    }

    /// The rubric with these weights: each id names a category or a
    /// criterion. `why` is recorded in `adjustments` ("profile `startup`").
    /// Errors name the unknown id, or say that every weight became 0.
    pub fn reweighted(&self, weights: &[(String, f64)], why: String) -> Result<Rubric, Text> {
        let mut rubric = self.clone();
        for (id, weight) in weights {
            if !(weight.is_finite() && *weight >= 0.0) {
                return Err(Text::new("reweight-bad").arg("id", id).arg("weight", weight.to_string()));
            }
            let category = rubric.categories.iter_mut().position(|c| c.id == *id);
            let criterion = rubric
                .categories
                .iter()
                .enumerate()
                .find_map(|(ci, c)| c.criteria.iter().position(|k| k.id == *id).map(|ki| (ci, ki)));
            match (category, criterion) {
                (Some(_), Some(_)) => return Err(Text::new("reweight-ambiguous").arg("id", id)),
                (Some(ci), None) => rubric.categories[ci].weight = *weight,
                (None, Some((ci, ki))) => rubric.categories[ci].criteria[ki].weight = *weight,
                (None, None) => return Err(self.no_such_id(id)),
            }
        }
        if !carries_weight(&rubric.categories) {
            return Err(Text::new("reweight-all-zero"));
        }
        rubric.adjustments.push(why);
        Ok(rubric)
    }

    /// "no category or criterion `x` in rubric `r`; did you mean `y`?"
    pub fn no_such_id(&self, id: &str) -> Text {
        let ids = self.categories.iter().map(|c| c.id.as_str()).chain(self.criteria().map(|(_, c)| c.id.as_str()));
        match crate::diagnostic::closest(id, ids) {
            Some(best) => Text::new("no-such-id-hint").arg("id", id).arg("rubric", &self.id).arg("best", best),
            None => Text::new("no-such-id").arg("id", id).arg("rubric", &self.id),
        }
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.name == name)
    }
}

/// Whether anything would be scored: some category with weight holds a
/// criterion with weight. The loader and `reweighted` both require it.
pub fn carries_weight(categories: &[Category]) -> bool {
    categories.iter().any(|c| c.weight > 0.0 && c.criteria.iter().any(|k| k.weight > 0.0))
}

/// A named set of weight overrides (`[profiles.NAME]`), chosen with `--profile`.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Profile {
    pub name: String,
    /// Category or criterion id → weight.
    pub weights: Vec<(String, f64)>,
}
