//! The comparison as CSV for spreadsheets, in a summary or a long shape.
//!
//! Written column by column on purpose, not derived with serde: the headers
//! are a documented, stable interface (docs/formats.md), and only text cells
//! may be neutralised against formula injection — numbers must stay numbers.

use super::Render;
use crate::scorecard::{EvidenceState, Scorecard};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvShape {
    /// One row per vendor.
    Summary,
    /// One row per vendor and criterion.
    Long,
}

pub struct CsvRender {
    pub shape: CsvShape,
    /// Prefix `'` to text cells a spreadsheet would run as a formula.
    pub neutralise: bool,
    /// Start with a UTF-8 byte-order mark (Excel reads the file as UTF-8 only then).
    pub bom: bool,
    /// The field separator: `,` by default, `;` for Excel where the decimal separator is a comma.
    pub delimiter: u8,
}

enum Field {
    Text(String),
    Number(f64),
    Empty,
}

/// Summary columns before and after the one column per category (named by category id).
pub const SUMMARY_LEADING: [&str; 4] = ["rank", "vendor", "status", "total"];
pub const SUMMARY_TRAILING: [&str; 6] =
    ["coverage", "verified_coverage", "failed_gates", "claimed_coverage", "reference_coverage", "contradicted_claims"];

pub const LONG_COLUMNS: [&str; 28] = [
    "rank",
    "vendor",
    "status",
    "category",
    "criterion",
    "kind",
    "evidence",
    "aggregate",
    "unit",
    "score",
    "scale",
    "criterion_share",
    "category_share",
    "contribution",
    "missing",
    "excluded",
    "verified",
    "gate_passed",
    "source",
    "note",
    "basis",
    "date",
    "condition",
    "cost_amount",
    "cost_currency",
    "cost_per",
    "claim",
    "contradicted",
];

/// Provenance columns after either shape's own, when the scorecard carries
/// provenance: every row says which rubric and evidence file it rests on.
pub const PROVENANCE_COLUMNS: [&str; 7] = [
    "rubric_id",
    "rubric_version",
    "rubric_sha256",
    "evidence_file",
    "evidence_sha256",
    "evaluated_on",
    "vendorcard_version",
];

fn provenance_header(scorecard: &Scorecard) -> impl Iterator<Item = String> {
    let columns: &[&str] = if scorecard.provenance.is_some() { &PROVENANCE_COLUMNS } else { &[] };
    columns.iter().map(|h| h.to_string())
}

/// The provenance cells of `vendor`'s rows.
fn provenance_cells(scorecard: &Scorecard, vendor: &str) -> Vec<Field> {
    let Some(provenance) = &scorecard.provenance else { return Vec::new() };
    let evidence = provenance.evidence_of(vendor);
    vec![
        text(&scorecard.rubric.id),
        text(&scorecard.rubric.version),
        text(&provenance.rubric.sha256),
        evidence.map_or(Field::Empty, |e| text(&e.file)),
        evidence.map_or(Field::Empty, |e| text(&e.sha256)),
        text(&provenance.evaluated_on),
        text(provenance.version),
    ]
}

impl Render for CsvRender {
    fn render(&self, scorecard: &Scorecard) -> anyhow::Result<Vec<u8>> {
        let start = if self.bom { "\u{feff}".as_bytes().to_vec() } else { Vec::new() };
        let mut writer = csv::WriterBuilder::new().delimiter(self.delimiter).from_writer(start);
        let (header, rows) = match self.shape {
            CsvShape::Summary => summary(scorecard),
            CsvShape::Long => long(scorecard),
        };
        // Header cells are text too: a category id can start with `=`.
        writer.write_record(header.into_iter().map(|name| self.cell(Field::Text(name))))?;
        for row in rows {
            writer.write_record(row.into_iter().map(|field| self.cell(field)))?;
        }
        // `into_inner` flushes and reports what a drop would swallow.
        Ok(writer.into_inner().map_err(|e| e.into_error())?)
    }
}

impl CsvRender {
    fn cell(&self, field: Field) -> String {
        match field {
            Field::Text(text) if self.neutralise && is_formula_like(&text) => format!("'{text}"),
            Field::Text(text) => text,
            Field::Number(value) => number(value),
            Field::Empty => String::new(),
        }
    }
}

/// Ten decimals, trailing zeros trimmed: exact enough to reproduce every
/// figure, without binary floating-point noise (`4.999999999999999`).
fn number(value: f64) -> String {
    super::trimmed(value, 10)
}

/// OWASP CSV injection: a text cell starting with one of these may be run as a formula.
fn is_formula_like(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r', '\n'])
}

fn text(value: impl Into<String>) -> Field {
    Field::Text(value.into())
}

fn optional_text(value: &Option<String>) -> Field {
    value.as_ref().map_or(Field::Empty, |v| Field::Text(v.clone()))
}

/// A message in English, as every CSV is.
fn optional_english(value: &Option<crate::i18n::Text>) -> Field {
    value.as_ref().map_or(Field::Empty, |v| Field::Text(v.english()))
}

fn boolean(value: bool) -> Field {
    text(if value { "true" } else { "false" })
}

fn summary(scorecard: &Scorecard) -> (Vec<String>, Vec<Vec<Field>>) {
    let header = SUMMARY_LEADING
        .iter()
        .map(|h| h.to_string())
        .chain(scorecard.categories.iter().map(|c| c.id.clone()))
        .chain(SUMMARY_TRAILING.iter().map(|h| h.to_string()))
        .chain(provenance_header(scorecard))
        .collect();
    let rows =
        scorecard
            .vendors
            .iter()
            .map(|vendor| {
                let mut row = vec![
                    Field::Number(vendor.rank as f64),
                    text(&vendor.vendor),
                    text(vendor.status.label()),
                    Field::Number(vendor.total),
                ];
                row.extend(vendor.categories.iter().map(|c| {
                    if c.excluded {
                        Field::Empty
                    } else {
                        Field::Number(c.score)
                    }
                }));
                row.push(Field::Number(vendor.coverage));
                row.push(Field::Number(vendor.verified_coverage));
                let gates: Vec<String> =
                    vendor.failed_gates.iter().map(|f| format!("{}: {}", f.criterion, f.reason.english())).collect();
                row.push(text(gates.join("; ")));
                row.push(Field::Number(vendor.coverage_by_basis.claimed));
                row.push(Field::Number(vendor.coverage_by_basis.reference));
                let contradicted: Vec<String> =
                    vendor.contradictions.iter().map(|c| c.describe_in(crate::i18n::Lang::En)).collect();
                row.push(text(contradicted.join("; ")));
                row.extend(provenance_cells(scorecard, &vendor.vendor));
                row
            })
            .collect();
    (header, rows)
}

fn long(scorecard: &Scorecard) -> (Vec<String>, Vec<Vec<Field>>) {
    let header = LONG_COLUMNS.iter().map(|h| h.to_string()).chain(provenance_header(scorecard)).collect();
    let mut rows = Vec::new();
    for vendor in &scorecard.vendors {
        for (category, criterion) in vendor.criteria() {
            let cost = super::table::quoted_cost(criterion);
            rows.push(vec![
                Field::Number(vendor.rank as f64),
                text(&vendor.vendor),
                text(vendor.status.label()),
                text(&category.id),
                text(&criterion.id),
                text(criterion.kind),
                criterion.evidence.as_ref().map_or(Field::Empty, |e| text(e.display())),
                criterion.aggregate.map_or(Field::Empty, Field::Number),
                optional_text(&criterion.unit),
                Field::Number(criterion.score),
                Field::Number(scorecard.rubric.scale),
                Field::Number(criterion.share),
                Field::Number(criterion.category_share),
                Field::Number(criterion.contribution),
                boolean(criterion.state != EvidenceState::Scored),
                boolean(criterion.state == EvidenceState::Excluded),
                boolean(criterion.verified),
                criterion.gate_passed.map_or(Field::Empty, boolean),
                optional_english(&criterion.source),
                optional_english(&criterion.note),
                criterion.basis.map_or(Field::Empty, |b| text(b.name())),
                optional_text(&criterion.date),
                optional_text(&criterion.condition),
                cost.map_or(Field::Empty, |c| Field::Number(c.amount)),
                cost.map_or(Field::Empty, |c| text(&c.currency)),
                cost.map_or(Field::Empty, |c| text(&c.per)),
                criterion.claim.as_ref().map_or(Field::Empty, |c| text(c.observation.display())),
                if vendor.contradicted(&criterion.id) {
                    boolean(true)
                } else {
                    criterion.claim.as_ref().map_or(Field::Empty, |_| boolean(false))
                },
            ]);
            rows.last_mut().expect("pushed above").extend(provenance_cells(scorecard, &vendor.vendor));
        }
    }
    (header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_formula_like_text_is_neutralised() {
        let render = CsvRender { shape: CsvShape::Summary, neutralise: true, bom: false, delimiter: b',' };
        assert_eq!(render.cell(text("=HYPERLINK(\"x\")")), "'=HYPERLINK(\"x\")");
        assert_eq!(render.cell(text("@SUM(A1)")), "'@SUM(A1)");
        assert_eq!(render.cell(text("\tx")), "'\tx");
        assert_eq!(render.cell(text("Nimbus RTC")), "Nimbus RTC");
        // A negative number is written from f64 and stays a number.
        assert_eq!(render.cell(Field::Number(-3.5)), "-3.5");
        let raw = CsvRender { shape: CsvShape::Summary, neutralise: false, bom: false, delimiter: b',' };
        assert_eq!(raw.cell(text("=1+1")), "=1+1");
        assert_eq!(number(4.999999999999999), "5");
        assert_eq!(number(96.13392857142856), "96.1339285714");
        assert_eq!(number(0.25), "0.25");
    }
}
