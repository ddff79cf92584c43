//! The comparison as an Excel workbook procurement can keep working in.
//!
//! Every derived number is a live formula over the Weights sheet and the
//! criterion scores, so editing a weight in Excel or LibreOffice recomputes
//! shares, category scores, totals, coverage and ranks — the same arithmetic
//! as the engine, `missing = "exclude"` renormalisation included:
//!
//! - Weights: one row per category and criterion; column G is the input.
//! - Criteria: one row per vendor and criterion. The score (0..=scale) is a
//!   value: it comes from the evidence, not from weights. Its weight is
//!   looked up from Weights, counted only when the criterion is included,
//!   and its share is its counted weight over the category's.
//! - Categories: one row per vendor and category: the score is the counted
//!   weighted mean of its criteria, the share its weight over the vendor's
//!   counted categories, points = 100 × share × score ÷ scale.
//! - Summary: totals sum the points, ranks count better totals.
//!
//! Rows find each other through numeric keys (vendor #, category #,
//! criterion #) with SUMIFS, never through ids or names — a name could hold
//! `*`, `?` or a leading `<`, which SUMIFS reads as a pattern — and never
//! through fixed row numbers, so sorting or filtering a sheet breaks nothing.
//!
//! Each formula carries the value the engine computed as its cached result,
//! so a viewer that does not recalculate still shows the right numbers.
//! Text is always written as a string cell, never as a formula.

use anyhow::{Context, Result};
use rust_xlsxwriter::{
    column_number_to_name, Chart, ChartFormat, ChartSolidFill, ChartType, Color, ConditionalFormat3ColorScale,
    ConditionalFormatDataBar, ConditionalFormatFormula, ConditionalFormatType, DataValidation, DataValidationRule,
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet,
};

use super::Render;
use crate::evidence::Observation;
use crate::provenance::Provenance;
use crate::rubric::MissingPolicy;
use crate::scorecard::{CategoryScore, CategoryWeights, CriterionScore, CriterionWeights, EvidenceState, Scorecard};

pub struct XlsxRender;

impl Render for XlsxRender {
    fn render(&self, scorecard: &Scorecard) -> Result<Vec<u8>> {
        check_text_fits(scorecard)?;
        check_sheets_fit(scorecard)?;
        let mut workbook = Workbook::new();
        if let Some(provenance) = &scorecard.provenance {
            // The evaluation date, not the clock: the same inputs give the same bytes.
            let date = ExcelDateTime::parse_from_str(&provenance.evaluated_on)?;
            workbook.set_properties(
                &DocProperties::new()
                    .set_title(super::text::visible(&crate::t!("xlsx-doc-title", rubric = scorecard.rubric.label())))
                    .set_creation_datetime(&date),
            );
        }
        let layout = Layout::of(scorecard);
        let styles = Styles::new();
        decision(&mut Sheet::add(&mut workbook, &sheet_name("sheet-decision"))?, scorecard, &layout, &styles)?;
        summary(&mut Sheet::add(&mut workbook, &sheet_name("sheet-summary"))?, scorecard, &layout, &styles)?;
        categories(&mut Sheet::add(&mut workbook, &sheet_name("sheet-categories"))?, scorecard, &layout, &styles)?;
        criteria(&mut Sheet::add(&mut workbook, &sheet_name("sheet-criteria"))?, scorecard, &layout, &styles)?;
        weights(&mut Sheet::add(&mut workbook, &sheet_name("sheet-weights"))?, scorecard, &layout, &styles)?;
        evidence(&mut Sheet::add(&mut workbook, &sheet_name("sheet-evidence"))?, scorecard, &styles)?;
        if let Some(found) = &scorecard.confidence {
            confidence(&mut Sheet::add(&mut workbook, &sheet_name("sheet-confidence"))?, scorecard, found, &styles)?;
        }
        if let Some(provenance) = &scorecard.provenance {
            files(&mut Sheet::add(&mut workbook, &sheet_name("sheet-files"))?, provenance, &styles)?;
        }
        workbook.save_to_buffer().context("building the XLSX workbook")
    }
}

/// The most characters an XLSX cell holds.
const CELL_LIMIT: usize = crate::rubric::MAX_TEXT;

/// Rows and columns a worksheet holds (Excel's limits, which LibreOffice shares).
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// Refuses a comparison too large for a worksheet — before any position is
/// narrowed to the writer's `u16` columns or `u32` rows, where it would wrap.
fn check_sheets_fit(scorecard: &Scorecard) -> Result<()> {
    let vendors = scorecard.vendors.len() as u64;
    let categories = scorecard.categories.len() as u64;
    let criteria: u64 = scorecard.categories.iter().map(|c| c.criteria.len() as u64).sum();
    let evidence: u64 =
        scorecard.vendors.iter().flat_map(|v| v.criteria()).filter(|(_, c)| c.evidence.is_some()).count() as u64;
    let needs = [
        ("rows on the Criteria sheet (vendors × criteria)", vendors * criteria + 1, MAX_ROWS),
        ("rows on the Categories sheet (vendors × categories)", vendors * categories + 1, MAX_ROWS),
        ("rows on the Evidence sheet", evidence + 1, MAX_ROWS),
        ("columns on the Summary sheet (one per category)", categories + 16, MAX_COLUMNS),
    ];
    for (what, needed, limit) in needs {
        if needed > limit {
            anyhow::bail!(
                "the workbook would need {needed} {what}, more than a worksheet holds ({limit}); \
                 export CSV or JSON instead, or compare fewer vendors at a time"
            );
        }
    }
    Ok(())
}

/// Refuses, naming vendor, criterion and file, evidence text no cell can hold
/// — rather than cut it short or fail on an anonymous cell.
fn check_text_fits(scorecard: &Scorecard) -> Result<()> {
    for vendor in &scorecard.vendors {
        for (_, criterion) in vendor.criteria() {
            let fields = [
                ("evidence", criterion.evidence.as_ref().map(|e| scorecard.observation_text(&criterion.id, e))),
                ("source", criterion.source.as_ref().map(crate::i18n::Text::to_string)),
                ("note", criterion.note.as_ref().map(crate::i18n::Text::to_string)),
            ];
            for (field, text) in fields {
                let length = text.map_or(0, |t| t.chars().count());
                if length > CELL_LIMIT {
                    anyhow::bail!(
                        "{}: the {field} of `{}` for {} has {length} characters, more than an XLSX cell holds \
                         ({CELL_LIMIT}); shorten it, or export CSV or JSON instead",
                        vendor.file,
                        criterion.id,
                        vendor.vendor
                    );
                }
            }
        }
    }
    Ok(())
}

/// Column positions, one module per sheet; formulas below are written with them.
mod col {
    pub mod summary {
        pub const VENDOR_NO: u16 = 0;
        pub const RANK: u16 = 1;
        pub const VENDOR: u16 = 2;
        pub const STATUS: u16 = 3;
        pub const TOTAL: u16 = 4;
        /// One column per category from here.
        pub const FIRST_CATEGORY: u16 = 5;
    }
    pub mod categories {
        pub const VENDOR_NO: u16 = 0;
        pub const VENDOR: u16 = 1;
        pub const CATEGORY_NO: u16 = 2;
        pub const CATEGORY: u16 = 3;
        pub const NAME: u16 = 4;
        pub const WEIGHT: u16 = 5;
        pub const CRITERIA_WEIGHT: u16 = 6;
        pub const COUNTED: u16 = 7;
        pub const SHARE: u16 = 8;
        pub const SCORE: u16 = 9;
        pub const POINTS: u16 = 10;
    }
    pub mod criteria {
        pub const VENDOR_NO: u16 = 0;
        pub const VENDOR: u16 = 1;
        pub const STATUS: u16 = 2;
        pub const CATEGORY_NO: u16 = 3;
        pub const CATEGORY: u16 = 4;
        pub const CRITERION_NO: u16 = 5;
        pub const CRITERION: u16 = 6;
        pub const NAME: u16 = 7;
        pub const KIND: u16 = 8;
        pub const EVIDENCE: u16 = 9;
        pub const AGGREGATE: u16 = 10;
        pub const SCORE: u16 = 11;
        pub const STATE: u16 = 12;
        pub const INCLUDED: u16 = 13;
        pub const WEIGHT: u16 = 14;
        pub const COUNTED: u16 = 15;
        pub const WEIGHTED: u16 = 16;
        pub const SHARE: u16 = 17;
        pub const CATEGORY_SHARE: u16 = 18;
        pub const POINTS: u16 = 19;
        pub const NOMINAL_SHARE: u16 = 20;
        pub const HAS_EVIDENCE: u16 = 21;
        pub const VERIFIED: u16 = 22;
        pub const CLAIMED_FACTOR: u16 = 23;
        pub const GATE: u16 = 24;
    }
    pub mod weights {
        pub const CATEGORY_NO: u16 = 0;
        pub const CRITERION_NO: u16 = 1;
        pub const LEVEL: u16 = 2;
        pub const CATEGORY: u16 = 3;
        pub const CRITERION: u16 = 4;
        pub const NAME: u16 = 5;
        pub const WEIGHT: u16 = 6;
        pub const COUNTED: u16 = 7;
        pub const SHARE_OF_CATEGORY: u16 = 8;
        pub const SHARE_OF_TOTAL: u16 = 9;
        pub const KIND: u16 = 10;
        pub const GATE: u16 = 11;
    }
}

/// How many data rows each formula-bearing sheet has (row 0 is the header).
struct Layout {
    vendors: u32,
    weights: u32,
    categories: u32,
    criteria: u32,
}

impl Layout {
    fn of(scorecard: &Scorecard) -> Layout {
        let vendors = scorecard.vendors.len() as u32;
        let category_count = scorecard.categories.len() as u32;
        let criterion_count: u32 = scorecard.categories.iter().map(|c| c.criteria.len() as u32).sum();
        Layout {
            vendors,
            weights: category_count + criterion_count,
            categories: vendors * category_count,
            criteria: vendors * criterion_count,
        }
    }

    /// `Sheet!$X$2:$X$n`: one column of a sheet's data rows.
    fn column(sheet: &str, col: u16, rows: u32) -> String {
        let name = column_number_to_name(col);
        // A name that is not plain ASCII letters (a Chinese one) is quoted, as Excel writes it.
        let sheet = if sheet.chars().all(|c| c.is_ascii_alphanumeric()) {
            sheet.to_string()
        } else {
            format!("'{}'", sheet.replace('\'', "''"))
        };
        format!("{sheet}!${name}$2:${name}${}", rows.max(1) + 1)
    }

    fn weights(&self, col: u16) -> String {
        Layout::column(&sheet_name("sheet-weights"), col, self.weights)
    }

    fn categories(&self, col: u16) -> String {
        Layout::column(&sheet_name("sheet-categories"), col, self.categories)
    }

    fn criteria(&self, col: u16) -> String {
        Layout::column(&sheet_name("sheet-criteria"), col, self.criteria)
    }

    fn summary(&self, col: u16) -> String {
        Layout::column(&sheet_name("sheet-summary"), col, self.vendors)
    }
}

/// `X7`: a cell on the same sheet, by 0-based row.
fn at(col: u16, row: u32) -> String {
    format!("{}{}", column_number_to_name(col), row + 1)
}

/// `part / whole`, 0 when the whole is 0 — the engine's `share`.
fn ratio(part: &str, whole: &str) -> String {
    format!("IF({whole}>0,{part}/{whole},0)")
}

/// A formula's cached result: the engine's figure, in full precision.
fn cached(value: f64) -> String {
    value.to_string()
}

struct Styles {
    header: Format,
    text: Format,
    integer: Format,
    total: Format,
    /// Scores, aggregates and points.
    two_decimals: Format,
    share: Format,
    coverage: Format,
    /// 1 shows as "yes", 0 as "no"; still a number for SUMIFS.
    yes_no: Format,
    input: Format,
    note: Format,
}

impl Styles {
    fn new() -> Styles {
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xD9E1F2))
                .set_border_bottom(FormatBorder::Thin),
            text: Format::new(),
            // Keys and ranks, centred so they do not run into the names beside them.
            integer: Format::new().set_num_format("0").set_align(FormatAlign::Center),
            total: Format::new().set_num_format("0.0"),
            two_decimals: Format::new().set_num_format("0.00"),
            share: Format::new().set_num_format("0.0%"),
            coverage: Format::new().set_num_format("0%"),
            yes_no: Format::new().set_num_format("\"yes\";\"yes\";\"no\""),
            input: Format::new()
                .set_background_color(Color::RGB(0xFFF2CC))
                .set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(0xBF9000)),
            note: Format::new().set_italic(),
        }
    }
}

fn context(sheet: &str, col: u16, row: u32) -> String {
    format!("writing cell {} of the {sheet} sheet", at(col, row))
}

/// A worksheet with the context every write error should carry. Written
/// row by row in the writer's constant-memory mode: each row goes to a
/// temporary file once the next one starts, so 5,000 vendors take no more
/// memory than five. That mode keeps no cells to autofit from, so the
/// sheet measures its columns as it writes them, the way the writer's
/// autofit would.
struct Sheet<'a> {
    sheet: &'a mut Worksheet,
    name: String,
    /// Each column's widest cell so far, in pixels (padding included).
    widths: Vec<u32>,
}

/// The widest a fitted column gets, in pixels, so notes do not run off the page.
const MAX_FITTED_WIDTH: u32 = 360;

impl<'a> Sheet<'a> {
    fn add(workbook: &'a mut Workbook, name: &str) -> Result<Sheet<'a>> {
        let sheet = workbook.add_worksheet_with_constant_memory().map_err(|error| {
            anyhow::anyhow!(
                "the XLSX export writes each sheet through a temporary file in {} and could not create one ({error}); \
                 set TMPDIR to a writable folder",
                std::env::temp_dir().display()
            )
        })?;
        sheet.set_name(name)?;
        // Printed: A4 landscape, one page wide, the header row on every page,
        // the sheet's name at the top and "Page N of M" at the foot.
        sheet
            .set_paper_size(9)
            .set_landscape()
            .set_print_fit_to_pages(1, 0)
            .set_header("&L&A")
            .set_footer(crate::t!("xlsx-page-footer"));
        sheet.set_repeat_rows(0, 0)?;
        Ok(Sheet { sheet, name: name.to_string(), widths: Vec::new() })
    }

    /// Columns the formulas need and a reader does not (keys, flags, products):
    /// grouped and collapsed, so they stay in the sheet but off the screen and the page.
    fn hide_helpers(&mut self, columns: &[u16]) -> Result<()> {
        // One group per run of neighbouring columns: a group's collapse mark sits on the
        // column after it, which must not be a helper of its own.
        let mut sorted = columns.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let mut runs: Vec<(u16, u16)> = Vec::new();
        for col in sorted {
            match runs.last_mut() {
                Some((_, last)) if *last + 1 == col => *last = col,
                _ => runs.push((col, col)),
            }
        }
        for (first, last) in runs {
            self.sheet.group_columns_collapsed(first, last)?;
        }
        Ok(())
    }

    /// Widens column `col` for a cell of `pixels` (0: adds nothing).
    fn measure(&mut self, col: u16, pixels: u32) {
        let col = usize::from(col);
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0);
        }
        self.widths[col] = self.widths[col].max(pixels.min(MAX_FITTED_WIDTH));
    }

    /// The width autofit gives a text: its widest line, padded. The autofit
    /// table knows Latin letters; a Chinese character is drawn about twice
    /// as wide as the letter it counts it as, so each one adds that again.
    fn text_width(text: &str) -> u32 {
        let width = |line: &str| {
            let wide = super::text::display_width(line).saturating_sub(line.chars().count());
            rust_xlsxwriter::utility::cell_autofit_width(line) + 8 * wide as u32
        };
        text.lines().map(width).max().unwrap_or(0)
    }

    /// A string cell: never read as a formula, whatever it starts with.
    fn text(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<()> {
        let name = &self.name;
        self.sheet.write_string_with_format(row, col, text, format).with_context(|| context(name, col, row))?;
        self.measure(col, Self::text_width(text));
        Ok(())
    }

    fn number(&mut self, row: u32, col: u16, value: f64, format: &Format) -> Result<()> {
        let name = &self.name;
        self.sheet.write_number_with_format(row, col, value, format).with_context(|| context(name, col, row))?;
        self.measure(col, 7 * value.to_string().len() as u32 + 7);
        Ok(())
    }

    fn formula(&mut self, row: u32, col: u16, formula: &str, result: String, format: &Format) -> Result<()> {
        // A formula is as wide as its result, unless that is 0 or blank.
        let width = if result.is_empty() || result == "0" { 0 } else { Self::text_width(&result) };
        let formula = Formula::new(format!("={formula}")).set_result(result);
        let name = &self.name;
        self.sheet.write_formula_with_format(row, col, formula, format).with_context(|| context(name, col, row))?;
        self.measure(col, width);
        Ok(())
    }

    /// The header row, frozen (with the first `frozen_columns`), with an autofilter over `rows` data rows.
    fn header(&mut self, titles: &[String], rows: u32, frozen_columns: u16, styles: &Styles) -> Result<()> {
        for (col, title) in titles.iter().enumerate() {
            self.text(0, col as u16, title, &styles.header)?;
            // Room for the filter's drop-down arrow.
            self.measure(col as u16, Self::text_width(title) + 16);
        }
        self.sheet.set_freeze_panes(1, frozen_columns)?;
        let last_col = titles.len().saturating_sub(1) as u16;
        self.sheet.autofilter(0, 0, rows, last_col)?;
        Ok(())
    }

    /// Scores in columns `first..=last` of `rows` data rows, red through yellow to green over `0..=scale`.
    fn color_scores(&mut self, first: u16, last: u16, rows: u32, scale: f64) -> Result<()> {
        if rows > 0 {
            let colors = ConditionalFormat3ColorScale::new()
                .set_minimum(ConditionalFormatType::Number, 0)
                .set_midpoint(ConditionalFormatType::Number, scale / 2.0)
                .set_maximum(ConditionalFormatType::Number, scale);
            self.sheet.add_conditional_format(1, first, rows, last, &colors)?;
        }
        Ok(())
    }

    /// Column widths from the contents written so far.
    fn fit(&mut self) -> Result<()> {
        for (col, pixels) in self.widths.iter().enumerate() {
            if *pixels > 0 {
                self.sheet.set_column_autofit_width(col as u16, *pixels)?;
            }
        }
        Ok(())
    }
}

/// Column headers in the run's language: each English header is the key
/// `xlsx-<its words>` of the catalogue (`Vendor #` → `xlsx-vendor-no`), kept as
/// written where the catalogue has no such key.
fn titles(names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|name| {
            let words = name.to_lowercase().replace('#', "no").replace('×', "x");
            let slug: Vec<&str> = words.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
            let key = format!("xlsx-{}", slug.join("-"));
            let shown = crate::i18n::message(&key, &[]);
            if shown == key {
                name.to_string()
            } else {
                shown
            }
        })
        .collect()
}

/// A sheet's name in the run's language.
fn sheet_name(key: &str) -> String {
    crate::i18n::message(key, &[])
}

fn summary(sheet: &mut Sheet, scorecard: &Scorecard, layout: &Layout, styles: &Styles) -> Result<()> {
    use col::summary::*;
    let categories = scorecard.categories.len() as u16;
    let coverage_col = FIRST_CATEGORY + categories;
    let verified_col = coverage_col + 1;
    let gates_col = coverage_col + 2;
    let file_col = coverage_col + 3;
    let mut header = titles(&["Vendor #", "Rank", "Vendor", "Status", "Total"]);
    header.extend(scorecard.categories.iter().map(|c| c.label().to_string()));
    header.extend(titles(&["Coverage", "Verified coverage", "Failed gates", "Evidence file"]));
    sheet.header(&header, layout.vendors, VENDOR + 1, styles)?;

    let status = layout.summary(STATUS);
    let totals = layout.summary(TOTAL);
    for (index, vendor) in scorecard.vendors.iter().enumerate() {
        let row = index as u32 + 1;
        let key = at(VENDOR_NO, row);
        sheet.number(row, VENDOR_NO, f64::from(row), &styles.integer)?;
        let rank = format!(
            "1+SUMPRODUCT(({status}={s})*({totals}>{t}+1E-9))+IF({s}=\"{out}\",SUMPRODUCT(({status}=\"{ok}\")*1),0)",
            s = at(STATUS, row),
            t = at(TOTAL, row),
            // The Status cells say it in the run's language; the formula compares those words.
            out = super::table::status_label(crate::scorecard::Status::Disqualified),
            ok = super::table::status_label(crate::scorecard::Status::Qualified),
        );
        sheet.formula(row, RANK, &rank, cached(vendor.rank as f64), &styles.integer)?;
        sheet.text(row, VENDOR, &vendor.vendor, &styles.text)?;
        sheet.text(row, STATUS, &super::table::status_label(vendor.status), &styles.text)?;
        let total = format!(
            "SUMIFS({},{},{key})",
            layout.categories(col::categories::POINTS),
            layout.categories(col::categories::VENDOR_NO)
        );
        sheet.formula(row, TOTAL, &total, cached(vendor.total), &styles.total)?;
        for (k, category) in vendor.categories.iter().enumerate() {
            // Blank when none of the category counts for this vendor (all of it excluded).
            let of_category = |col| {
                format!(
                    "SUMIFS({},{},{key},{},{})",
                    layout.categories(col),
                    layout.categories(col::categories::VENDOR_NO),
                    layout.categories(col::categories::CATEGORY_NO),
                    k + 1
                )
            };
            let formula = format!(
                "IF({}>0,{},\"\")",
                of_category(col::categories::CRITERIA_WEIGHT),
                of_category(col::categories::SCORE)
            );
            let result = if counted_criteria_weight(category, &scorecard.categories[k]) > 0.0 {
                cached(category.score)
            } else {
                String::new()
            };
            sheet.formula(row, FIRST_CATEGORY + k as u16, &formula, result, &styles.two_decimals)?;
        }
        for (col, flag, value) in [
            (coverage_col, col::criteria::HAS_EVIDENCE, vendor.coverage),
            (verified_col, col::criteria::VERIFIED, vendor.verified_coverage),
        ] {
            let formula = format!(
                "SUMIFS({},{},{key},{},1)",
                layout.criteria(col::criteria::NOMINAL_SHARE),
                layout.criteria(col::criteria::VENDOR_NO),
                layout.criteria(flag)
            );
            sheet.formula(row, col, &formula, cached(value), &styles.coverage)?;
        }
        let gates: Vec<String> = vendor
            .failed_gates
            .iter()
            .map(|f| format!("{}: {}", scorecard.criterion_name(&f.criterion), f.reason))
            .collect();
        sheet.text(row, gates_col, &gates.join("; "), &styles.text)?;
        let file = scorecard.provenance.as_ref().and_then(|p| p.evidence_of(&vendor.vendor)).map(|e| e.file.as_str());
        sheet.text(row, file_col, file.unwrap_or(&vendor.file), &styles.text)?;
    }

    sheet.color_scores(FIRST_CATEGORY, coverage_col - 1, layout.vendors, scorecard.rubric.scale)?;
    if layout.vendors > 0 {
        let last = layout.vendors;
        let bar = ConditionalFormatDataBar::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_maximum(ConditionalFormatType::Number, 100);
        sheet.sheet.add_conditional_format(1, TOTAL, last, TOTAL, &bar)?;
        let disqualified = ConditionalFormatFormula::new()
            .set_rule(
                format!(
                    "=${}2=\"{}\"",
                    column_number_to_name(STATUS),
                    super::table::status_label(crate::scorecard::Status::Disqualified)
                )
                .as_str(),
            )
            .set_format(Format::new().set_font_color(Color::RGB(0x9C0006)).set_background_color(Color::RGB(0xFFC7CE)));
        sheet.sheet.add_conditional_format(1, VENDOR_NO, last, STATUS, &disqualified)?;
    }
    sheet.fit()?;
    sheet.hide_helpers(&[VENDOR_NO])?;

    // Notes under the table: what the numbers mean and where they come from.
    let mut row = layout.vendors + 2;
    if layout.vendors > 0 {
        let leader = format!("IFERROR(INDEX({},MATCH(1,{},0)),\"\")", layout.summary(VENDOR), layout.summary(RANK));
        let first = scorecard.vendors.first().map(|v| v.vendor.clone()).unwrap_or_default();
        sheet.text(row, VENDOR_NO, &crate::t!("xlsx-ranked-first"), &styles.header)?;
        sheet.formula(row, VENDOR, &leader, first, &styles.text)?;
        row += 2;
    }
    for line in notes(scorecard) {
        sheet.text(row, VENDOR_NO, &line, &styles.note)?;
        row += 1;
    }
    Ok(())
}

/// The first sheet: the decision, with the winner and its lead as live
/// formulas over the Summary sheet, each vendor's points by category as
/// live formulas over the Categories sheet, and a stacked bar chart bound to
/// those cells — edit a weight and the winner, the lead and the chart follow.
fn decision(sheet: &mut Sheet, scorecard: &Scorecard, layout: &Layout, styles: &Styles) -> Result<()> {
    use col::summary::{RANK, TOTAL, VENDOR, VENDOR_NO};
    let ranks = layout.summary(RANK);
    let by_rank = |rank: u32, col: u16| format!("INDEX({},MATCH({rank},{ranks},0))", layout.summary(col));
    let first = scorecard.vendors.first();
    let lead = match scorecard.vendors.get(1).zip(first) {
        Some((second, first)) if second.rank == 2 => cached(first.total - second.total),
        _ => String::new(),
    };
    sheet.text(0, 0, &crate::t!("xlsx-decision"), &styles.header)?;
    sheet.text(0, 1, scorecard.rubric.label(), &styles.header)?;
    let winner = first.map(|v| v.vendor.clone()).unwrap_or_default();
    let lines = [
        (crate::t!("xlsx-ranked-first"), format!("IFERROR({},\"\")", by_rank(1, VENDOR)), winner, &styles.text),
        (
            crate::t!("xlsx-its-total"),
            format!("IFERROR({},\"\")", by_rank(1, TOTAL)),
            first.map(|v| cached(v.total)).unwrap_or_default(),
            &styles.total,
        ),
        (
            crate::t!("xlsx-lead"),
            format!("IFERROR({}-{},\"\")", by_rank(1, TOTAL), by_rank(2, TOTAL)),
            lead,
            &styles.total,
        ),
    ];
    let mut row = 1;
    for (label, formula, result, format) in lines {
        sheet.text(row, 0, &label, &styles.text)?;
        sheet.formula(row, 1, &formula, result, format)?;
        row += 1;
    }
    let verdict = match &scorecard.confidence {
        Some(confidence) => {
            crate::t!(
                "xlsx-verdict",
                verdict = &confidence.verdict.text,
                samples = confidence.samples.to_string(),
                weights = &confidence.weights_described
            )
        }
        None => crate::t!("xlsx-not-analysed"),
    };
    let disqualified: Vec<String> = scorecard
        .vendors
        .iter()
        .filter(|v| v.status == crate::scorecard::Status::Disqualified)
        .map(|v| {
            let gates: Vec<&str> = v.failed_gates.iter().map(|g| scorecard.criterion_name(&g.criterion)).collect();
            format!("{} ({})", v.vendor, crate::i18n::list(&gates.iter().map(|g| g.to_string()).collect::<Vec<_>>()))
        })
        .collect();
    let contradicted: usize = scorecard.vendors.iter().map(|v| v.contradictions.len()).sum();
    let rubric = match &scorecard.provenance {
        Some(p) => format!(
            "{} {} ({}), SHA-256 {}",
            scorecard.rubric.id,
            scorecard.rubric.version,
            scorecard.rubric.label(),
            p.rubric.sha256
        ),
        None => format!("{} {} ({})", scorecard.rubric.id, scorecard.rubric.version, scorecard.rubric.label()),
    };
    let evaluated = scorecard.provenance.as_ref().map(|p| p.evaluated_on.to_string()).unwrap_or_default();
    for (label, value) in [
        (crate::t!("xlsx-how-sure"), verdict),
        (
            crate::t!("report-disqualified"),
            if disqualified.is_empty() { crate::t!("xlsx-none") } else { crate::i18n::clauses(&disqualified) },
        ),
        (crate::t!("xlsx-contradicted-claims"), crate::t!("xlsx-contradicted-count", count = contradicted.to_string())),
        (crate::t!("xlsx-rubric"), rubric),
        (crate::t!("xlsx-evaluated"), evaluated),
        (crate::t!("xlsx-evaluators"), crate::i18n::list(&scorecard.evaluators())),
    ] {
        sheet.text(row, 0, &label, &styles.text)?;
        sheet.text(row, 1, &value, &styles.text)?;
        row += 1;
    }

    // Points by category: the chart's data, live.
    row += 1;
    let table = row;
    let mut header = titles(&["Vendor"]);
    header.extend(scorecard.categories.iter().map(|c| c.label().to_string()));
    header.extend(titles(&["Total", "Coverage", "Verified coverage"]));
    for (col, title) in header.iter().enumerate() {
        sheet.text(table, col as u16, title, &styles.header)?;
    }
    let categories = scorecard.categories.len() as u16;
    let (coverage_col, verified_col) =
        (col::summary::FIRST_CATEGORY + categories, col::summary::FIRST_CATEGORY + categories + 1);
    for (index, vendor) in scorecard.vendors.iter().enumerate() {
        let row = table + 1 + index as u32;
        sheet.text(row, 0, &vendor.vendor, &styles.text)?;
        for (k, category) in vendor.categories.iter().enumerate() {
            let points = format!(
                "SUMIFS({},{},{},{},{})",
                layout.categories(col::categories::POINTS),
                layout.categories(col::categories::VENDOR_NO),
                index + 1,
                layout.categories(col::categories::CATEGORY_NO),
                k + 1
            );
            sheet.formula(row, 1 + k as u16, &points, cached(category.contribution), &styles.total)?;
        }
        // Total and coverage: the Summary sheet's live cells for this vendor.
        let of_summary =
            |col: u16| format!("SUMIFS({},{},{})", layout.summary(col), layout.summary(VENDOR_NO), index + 1);
        sheet.formula(row, 1 + categories, &of_summary(TOTAL), cached(vendor.total), &styles.total)?;
        sheet.formula(row, 2 + categories, &of_summary(coverage_col), cached(vendor.coverage), &styles.coverage)?;
        let verified = cached(vendor.verified_coverage);
        sheet.formula(row, 3 + categories, &of_summary(verified_col), verified, &styles.coverage)?;
    }
    let last = table + scorecard.vendors.len() as u32;
    if !scorecard.vendors.is_empty() {
        let mut chart = Chart::new(ChartType::BarStacked);
        chart.title().set_name(&crate::t!("xlsx-chart-title"));
        chart.x_axis().set_name(&crate::t!("xlsx-chart-axis")).set_min(0).set_max(100);
        let decision = sheet_name("sheet-decision");
        chart.y_axis().set_reverse();
        for k in 0..scorecard.categories.len() {
            let col = 1 + k as u16;
            let color = super::svg::PALETTE[k % super::svg::PALETTE.len()];
            chart
                .add_series()
                .set_name((decision.as_str(), table, col))
                .set_categories((decision.as_str(), table + 1, 0, last, 0))
                .set_values((decision.as_str(), table + 1, col, last, col))
                .set_format(ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(Color::RGB(color))));
        }
        chart.set_width(760).set_height(120 + 34 * scorecard.vendors.len().min(40) as u32);
        sheet.sheet.insert_chart(last + 2, 0, &chart)?;
    }
    // Below the chart: where to sign.
    let mut row = last + 4 + (120 + 34 * scorecard.vendors.len().min(40) as u32) / 20;
    let header = [
        crate::t!("report-signoff"),
        crate::t!("report-name"),
        crate::t!("report-signature"),
        crate::t!("report-date"),
    ];
    for (col, title) in header.iter().enumerate() {
        sheet.text(row, col as u16, title, &styles.header)?;
    }
    for role in [crate::t!("report-tech-lead"), crate::t!("report-procurement"), crate::t!("report-approver")] {
        row += 1;
        sheet.text(row, 0, &role, &styles.text)?;
    }
    sheet.fit()?;
    sheet.sheet.set_active(true);
    Ok(())
}

/// The lines under the Summary table.
fn notes(scorecard: &Scorecard) -> Vec<String> {
    use crate::t;
    let rubric = &scorecard.rubric;
    let mut lines = vec![
        t!(
            "legend-rubric",
            id = &rubric.id,
            version = &rubric.version,
            name = rubric.label(),
            scale = super::trimmed(rubric.scale, 4)
        ),
        if rubric.adjustments.is_empty() {
            t!("xlsx-weights-as-written")
        } else {
            t!("xlsx-weights-adjusted", adjustments = rubric.adjustments.join("; "))
        },
        t!("xlsx-formulas-note"),
        match rubric.missing {
            MissingPolicy::Zero => t!("xlsx-missing-zero"),
            MissingPolicy::Exclude => t!("xlsx-missing-exclude"),
            MissingPolicy::Fail => t!("xlsx-missing-fail"),
        },
    ];
    for (factor, key) in [
        (rubric.discount.claimed, "xlsx-discount-claimed"),
        (rubric.discount.reference, "xlsx-discount-reference"),
        (rubric.discount.conditional, "xlsx-discount-conditional"),
    ] {
        if factor < 1.0 {
            lines.push(crate::i18n::Text::new(key).arg("factor", super::trimmed(factor, 4)).to_string());
        }
    }
    if rubric.contradiction_penalty > 0.0 {
        lines.push(t!("xlsx-penalty", points = super::trimmed(rubric.contradiction_penalty, 4)));
    }
    lines.extend(
        super::table::contradiction_notes(scorecard, true).into_iter().map(|line| line.trim_start().to_string()),
    );
    lines.extend(super::table::condition_and_cost_notes(scorecard));
    if let Some(provenance) = &scorecard.provenance {
        lines.push(t!(
            "xlsx-evaluated-note",
            date = &provenance.evaluated_on,
            tool = provenance.tool,
            version = provenance.version,
            source = rubric_source(&provenance.rubric.source),
            hash = &provenance.rubric.sha256
        ));
    }
    lines
}

/// A criterion's weight as it counts for one vendor: 0 when excluded.
fn counted_weight(criterion: &CriterionScore, nominal: &CriterionWeights) -> f64 {
    if criterion.state == EvidenceState::Excluded {
        0.0
    } else {
        nominal.weight
    }
}

/// What a vendor's category counts of its criteria's weight: 0 when all are excluded.
fn counted_criteria_weight(category: &CategoryScore, nominal: &CategoryWeights) -> f64 {
    category.criteria.iter().zip(&nominal.criteria).map(|(c, n)| counted_weight(c, n)).sum()
}

fn categories(sheet: &mut Sheet, scorecard: &Scorecard, layout: &Layout, styles: &Styles) -> Result<()> {
    use col::categories::*;
    let header = titles(&[
        "Vendor #",
        "Vendor",
        "Category #",
        "Category",
        "Name",
        "Weight",
        "Criteria weight counted",
        "Weight counted",
        "Share of total",
        "Score",
        "Points",
    ]);
    sheet.header(&header, layout.categories, VENDOR + 1, styles)?;
    let scale = cached(scorecard.rubric.scale);
    let mut row = 0;
    for (v, vendor) in scorecard.vendors.iter().enumerate() {
        for (k, category) in vendor.categories.iter().enumerate() {
            row += 1;
            let cell = |col| at(col, row);
            sheet.number(row, VENDOR_NO, (v + 1) as f64, &styles.integer)?;
            sheet.text(row, VENDOR, &vendor.vendor, &styles.text)?;
            sheet.number(row, CATEGORY_NO, (k + 1) as f64, &styles.integer)?;
            sheet.text(row, CATEGORY, &category.id, &styles.text)?;
            sheet.text(row, NAME, scorecard.category_name(&category.id), &styles.text)?;
            let nominal = scorecard.categories[k].weight;
            let weight = format!(
                "SUMIFS({},{},{},{},\"category\")",
                layout.weights(col::weights::WEIGHT),
                layout.weights(col::weights::CATEGORY_NO),
                cell(CATEGORY_NO),
                layout.weights(col::weights::LEVEL)
            );
            sheet.formula(row, WEIGHT, &weight, cached(nominal), &styles.text)?;
            let of_criteria = |col| {
                format!(
                    "SUMIFS({},{},{},{},{})",
                    layout.criteria(col),
                    layout.criteria(col::criteria::VENDOR_NO),
                    cell(VENDOR_NO),
                    layout.criteria(col::criteria::CATEGORY_NO),
                    cell(CATEGORY_NO)
                )
            };
            let criteria_weight = counted_criteria_weight(category, &scorecard.categories[k]);
            sheet.formula(
                row,
                CRITERIA_WEIGHT,
                &of_criteria(col::criteria::COUNTED),
                cached(criteria_weight),
                &styles.text,
            )?;
            let counted = if criteria_weight > 0.0 { nominal } else { 0.0 };
            let formula = format!("IF({}>0,{},0)", cell(CRITERIA_WEIGHT), cell(WEIGHT));
            sheet.formula(row, COUNTED, &formula, cached(counted), &styles.text)?;
            let vendor_total =
                format!("SUMIFS({},{},{})", layout.categories(COUNTED), layout.categories(VENDOR_NO), cell(VENDOR_NO));
            sheet.formula(row, SHARE, &ratio(&cell(COUNTED), &vendor_total), cached(category.share), &styles.share)?;
            let score = ratio(&of_criteria(col::criteria::WEIGHTED), &cell(CRITERIA_WEIGHT));
            sheet.formula(row, SCORE, &score, cached(category.score), &styles.two_decimals)?;
            let points = format!("100*{}*{}/{scale}", cell(SHARE), cell(SCORE));
            sheet.formula(row, POINTS, &points, cached(category.contribution), &styles.two_decimals)?;
        }
    }
    sheet.color_scores(SCORE, SCORE, layout.categories, scorecard.rubric.scale)?;
    sheet.fit()?;
    sheet.hide_helpers(&[VENDOR_NO, CATEGORY_NO, CATEGORY, CRITERIA_WEIGHT, COUNTED])?;
    Ok(())
}

fn criteria(sheet: &mut Sheet, scorecard: &Scorecard, layout: &Layout, styles: &Styles) -> Result<()> {
    use col::criteria::*;
    let header = titles(&[
        "Vendor #",
        "Vendor",
        "Status",
        "Category #",
        "Category",
        "Criterion #",
        "Criterion",
        "Name",
        "Kind",
        "Evidence",
        "Aggregate",
        "Score",
        "State",
        "Included",
        "Weight",
        "Weight counted",
        "Weight × score",
        "Share of category",
        "Category share",
        "Points",
        "Nominal share of total",
        "Has evidence",
        "Verified",
        "Discount factor",
        "Gate",
    ]);
    sheet.header(&header, layout.criteria, CRITERION + 1, styles)?;
    let scale = cached(scorecard.rubric.scale);
    let mut row = 0;
    for (v, vendor) in scorecard.vendors.iter().enumerate() {
        let mut number = 0;
        for (k, category) in vendor.categories.iter().enumerate() {
            for (criterion, nominal) in category.criteria.iter().zip(&scorecard.categories[k].criteria) {
                row += 1;
                number += 1;
                let cell = |col| at(col, row);
                sheet.number(row, VENDOR_NO, (v + 1) as f64, &styles.integer)?;
                sheet.text(row, VENDOR, &vendor.vendor, &styles.text)?;
                sheet.text(row, STATUS, &super::table::status_label(vendor.status), &styles.text)?;
                sheet.number(row, CATEGORY_NO, (k + 1) as f64, &styles.integer)?;
                sheet.text(row, CATEGORY, &category.id, &styles.text)?;
                sheet.number(row, CRITERION_NO, f64::from(number), &styles.integer)?;
                sheet.text(row, CRITERION, &criterion.id, &styles.text)?;
                sheet.text(row, NAME, scorecard.criterion_name(&criterion.id), &styles.text)?;
                sheet.text(row, KIND, criterion.kind, &styles.text)?;
                if let Some(evidence) = &criterion.evidence {
                    sheet.text(row, EVIDENCE, &scorecard.observation_text(&criterion.id, evidence), &styles.text)?;
                }
                if let Some(aggregate) = criterion.aggregate {
                    sheet.number(row, AGGREGATE, aggregate, &styles.two_decimals)?;
                }
                sheet.number(row, SCORE, criterion.score, &styles.two_decimals)?;
                let state = match criterion.state {
                    EvidenceState::Scored => "scored",
                    EvidenceState::Missing => "missing",
                    EvidenceState::Excluded => "excluded",
                };
                sheet.text(row, STATE, state, &styles.text)?;
                let included = criterion.state != EvidenceState::Excluded;
                sheet.number(row, INCLUDED, f64::from(u8::from(included)), &styles.yes_no)?;
                let weight = format!(
                    "SUMIFS({},{},{})",
                    layout.weights(col::weights::WEIGHT),
                    layout.weights(col::weights::CRITERION_NO),
                    cell(CRITERION_NO)
                );
                sheet.formula(row, WEIGHT, &weight, cached(nominal.weight), &styles.text)?;
                let counted = counted_weight(criterion, nominal);
                sheet.formula(
                    row,
                    COUNTED,
                    &format!("{}*{}", cell(WEIGHT), cell(INCLUDED)),
                    cached(counted),
                    &styles.text,
                )?;
                sheet.formula(
                    row,
                    WEIGHTED,
                    &format!("{}*{}", cell(COUNTED), cell(SCORE)),
                    cached(counted * criterion.score),
                    &styles.two_decimals,
                )?;
                let category_counted = format!(
                    "SUMIFS({},{},{},{},{})",
                    layout.criteria(COUNTED),
                    layout.criteria(VENDOR_NO),
                    cell(VENDOR_NO),
                    layout.criteria(CATEGORY_NO),
                    cell(CATEGORY_NO)
                );
                sheet.formula(
                    row,
                    SHARE,
                    &ratio(&cell(COUNTED), &category_counted),
                    cached(criterion.share),
                    &styles.share,
                )?;
                let category_share = format!(
                    "SUMIFS({},{},{},{},{})",
                    layout.categories(col::categories::SHARE),
                    layout.categories(col::categories::VENDOR_NO),
                    cell(VENDOR_NO),
                    layout.categories(col::categories::CATEGORY_NO),
                    cell(CATEGORY_NO)
                );
                sheet.formula(row, CATEGORY_SHARE, &category_share, cached(criterion.category_share), &styles.share)?;
                let points = format!("100*{}*{}*{}/{scale}", cell(CATEGORY_SHARE), cell(SHARE), cell(SCORE));
                sheet.formula(row, POINTS, &points, cached(criterion.contribution), &styles.two_decimals)?;
                let nominal_share = format!(
                    "SUMIFS({},{},{})",
                    layout.weights(col::weights::SHARE_OF_TOTAL),
                    layout.weights(col::weights::CRITERION_NO),
                    cell(CRITERION_NO)
                );
                sheet.formula(row, NOMINAL_SHARE, &nominal_share, cached(nominal.global_share), &styles.share)?;
                let has_evidence = criterion.evidence.is_some();
                sheet.number(row, HAS_EVIDENCE, f64::from(u8::from(has_evidence)), &styles.yes_no)?;
                sheet.number(row, VERIFIED, f64::from(u8::from(criterion.verified)), &styles.yes_no)?;
                if let Some(discount) = &criterion.discount {
                    sheet.number(row, CLAIMED_FACTOR, discount.factor, &styles.text)?;
                }
                if let (Some(gate), Some(passed)) = (criterion.gate, criterion.gate_passed) {
                    let verdict = if passed {
                        crate::t!("xlsx-gate-outcome-passed")
                    } else {
                        crate::t!("xlsx-gate-outcome-failed")
                    };
                    sheet.text(
                        row,
                        GATE,
                        &crate::t!("xlsx-gate-outcome", gate = &gate.describe(), verdict = verdict),
                        &styles.text,
                    )?;
                }
            }
        }
    }
    sheet.color_scores(SCORE, SCORE, layout.criteria, scorecard.rubric.scale)?;
    sheet.fit()?;
    sheet.hide_helpers(&[
        VENDOR_NO,
        CATEGORY_NO,
        CATEGORY,
        CRITERION_NO,
        CRITERION,
        INCLUDED,
        COUNTED,
        WEIGHTED,
        NOMINAL_SHARE,
        HAS_EVIDENCE,
        VERIFIED,
    ])?;
    Ok(())
}

fn weights(sheet: &mut Sheet, scorecard: &Scorecard, layout: &Layout, styles: &Styles) -> Result<()> {
    use col::weights::*;
    let header = titles(&[
        "Category #",
        "Criterion #",
        "Level",
        "Category",
        "Criterion",
        "Name",
        "Weight",
        "Weight counted",
        "Share of category",
        "Share of total",
        "Kind",
        "Gate",
    ]);
    sheet.header(&header, layout.weights, 0, styles)?;
    sheet.sheet.set_tab_color(Color::RGB(0xFFC000));
    let level = layout.weights(LEVEL);
    let counted = layout.weights(COUNTED);
    let categories_counted = format!("SUMIFS({counted},{level},\"category\")");
    let mut row = 0;
    let mut number = 0;
    for (k, category) in scorecard.categories.iter().enumerate() {
        row += 1;
        let cell = |col| at(col, row);
        sheet.number(row, CATEGORY_NO, (k + 1) as f64, &styles.integer)?;
        sheet.text(row, LEVEL, "category", &styles.header)?;
        sheet.text(row, CATEGORY, &category.id, &styles.header)?;
        sheet.text(row, NAME, scorecard.category_name(&category.id), &styles.header)?;
        sheet.number(row, WEIGHT, category.weight, &styles.input)?;
        // A category counts only if its criteria carry weight.
        let criteria_weight = format!(
            "SUMIFS({},{},{},{level},\"criterion\")",
            layout.weights(WEIGHT),
            layout.weights(CATEGORY_NO),
            cell(CATEGORY_NO)
        );
        let carries = category.criteria.iter().map(|c| c.weight).sum::<f64>() > 0.0;
        sheet.formula(
            row,
            COUNTED,
            &format!("IF({criteria_weight}>0,{},0)", cell(WEIGHT)),
            cached(if carries { category.weight } else { 0.0 }),
            &styles.text,
        )?;
        sheet.formula(
            row,
            SHARE_OF_TOTAL,
            &ratio(&cell(COUNTED), &categories_counted),
            cached(category.share),
            &styles.share,
        )?;
        for criterion in &category.criteria {
            row += 1;
            number += 1;
            let cell = |col| at(col, row);
            sheet.number(row, CATEGORY_NO, (k + 1) as f64, &styles.integer)?;
            sheet.number(row, CRITERION_NO, f64::from(number), &styles.integer)?;
            sheet.text(row, LEVEL, "criterion", &styles.text)?;
            sheet.text(row, CATEGORY, &category.id, &styles.text)?;
            sheet.text(row, CRITERION, &criterion.id, &styles.text)?;
            sheet.text(row, NAME, scorecard.criterion_name(&criterion.id), &styles.text)?;
            sheet.number(row, WEIGHT, criterion.weight, &styles.input)?;
            sheet.formula(row, COUNTED, &cell(WEIGHT), cached(criterion.weight), &styles.text)?;
            let in_category = format!(
                "SUMIFS({counted},{},{},{level},\"criterion\")",
                layout.weights(CATEGORY_NO),
                cell(CATEGORY_NO)
            );
            sheet.formula(
                row,
                SHARE_OF_CATEGORY,
                &ratio(&cell(COUNTED), &in_category),
                cached(criterion.share),
                &styles.share,
            )?;
            let category_counted =
                format!("SUMIFS({counted},{},{},{level},\"category\")", layout.weights(CATEGORY_NO), cell(CATEGORY_NO));
            let of_total = format!("{}*{}", cell(SHARE_OF_CATEGORY), ratio(&category_counted, &categories_counted));
            sheet.formula(row, SHARE_OF_TOTAL, &of_total, cached(criterion.global_share), &styles.share)?;
            sheet.text(row, KIND, criterion.kind, &styles.text)?;
            if let Some(gate) = criterion.gate {
                sheet.text(row, GATE, &gate.describe().to_string(), &styles.text)?;
            }
        }
    }
    if layout.weights > 0 {
        let validation = DataValidation::new()
            .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
            .set_input_title(crate::t!("xlsx-weight"))?
            .set_input_message(crate::t!("xlsx-weight-input"))?
            .set_error_title(crate::t!("xlsx-weight-error-title"))?
            .set_error_message(crate::t!("xlsx-weight-error"))?;
        sheet.sheet.add_data_validation(1, WEIGHT, layout.weights, WEIGHT, &validation)?;
    }
    sheet.fit()?;
    // The keys and ids the formulas match on; the Name column says what each row is.
    sheet.hide_helpers(&[CATEGORY_NO, CRITERION_NO, CATEGORY, CRITERION])?;
    Ok(())
}

fn evidence(sheet: &mut Sheet, scorecard: &Scorecard, styles: &Styles) -> Result<()> {
    let header = titles(&[
        "Vendor",
        "Category",
        "Criterion",
        "Name",
        "Evidence",
        "Unit",
        "Basis",
        "Source",
        "Date",
        "Note",
        "Condition",
        "Cost",
        "Currency",
        "Per",
        "Claim",
        "Contradicted",
    ]);
    let rows: Vec<_> = scorecard
        .vendors
        .iter()
        .flat_map(|vendor| vendor.criteria().map(move |(category, criterion)| (vendor, category, criterion)))
        .filter(|(_, _, criterion)| criterion.evidence.is_some())
        .collect();
    sheet.header(&header, rows.len() as u32, 1, styles)?;
    for (index, (vendor, category, criterion)) in rows.into_iter().enumerate() {
        let row = index as u32 + 1;
        let optional = |value: &Option<String>| value.clone().unwrap_or_default();
        let cost = super::table::quoted_cost(criterion);
        let contradicted = vendor.contradicted(&criterion.id);
        let cells = [
            vendor.vendor.clone(),
            category.id.clone(),
            criterion.id.clone(),
            scorecard.criterion_name(&criterion.id).to_string(),
            criterion.evidence.as_ref().map(|e| scorecard.observation_text(&criterion.id, e)).unwrap_or_default(),
            scorecard.criterion_unit(&criterion.id, criterion.unit.as_deref()).trim_start().to_string(),
            criterion.basis.map(super::table::basis_label).unwrap_or_default(),
            criterion.source.as_ref().map(crate::i18n::Text::to_string).unwrap_or_default(),
            optional(&criterion.date),
            criterion.note.as_ref().map(crate::i18n::Text::to_string).unwrap_or_default(),
            optional(&criterion.condition),
            String::new(),
            cost.map(|c| c.currency.clone()).unwrap_or_default(),
            cost.map(|c| c.per.clone()).unwrap_or_default(),
            criterion
                .claim
                .as_ref()
                .map(|c| scorecard.observation_text(&criterion.id, &c.observation))
                .unwrap_or_default(),
            String::new(),
        ];
        for (col, text) in cells.iter().enumerate() {
            if !text.is_empty() {
                sheet.text(row, col as u16, text, &styles.text)?;
            }
        }
        // Numbers stay numbers: one observed value, a yes/no flag, a price.
        match &criterion.evidence {
            Some(Observation::Numbers(values)) if values.len() == 1 => {
                sheet.number(row, EVIDENCE_COL, values[0], &styles.text)?
            }
            Some(Observation::Cost(cost)) => sheet.number(row, EVIDENCE_COL, cost.amount, &styles.text)?,
            _ => {}
        }
        if let Some(cost) = cost {
            sheet.number(row, COST_COL, cost.amount, &styles.text)?;
        }
        if criterion.claim.is_some() || contradicted {
            sheet.number(row, CONTRADICTED_COL, f64::from(u8::from(contradicted)), &styles.yes_no)?;
        }
    }
    sheet.fit()?;
    // Category and criterion ids: the Name column says what each row is.
    sheet.hide_helpers(&[1, 2])?;
    Ok(())
}

/// Evidence-sheet columns written as numbers.
const EVIDENCE_COL: u16 = 4;
const COST_COL: u16 = 11;
const CONTRADICTED_COL: u16 = 15;

/// `--confidence`: each vendor's chance of each rank and of beating each
/// other vendor, then the verdict, what matters most and the flip points.
fn confidence(
    sheet: &mut Sheet,
    scorecard: &Scorecard,
    found: &crate::confidence::Confidence,
    styles: &Styles,
) -> Result<()> {
    let n = found.vendors.len();
    let mut header = titles(&["Vendor", "Rank"]);
    header.extend((1..=n).map(|r| crate::t!("xlsx-p-rank", rank = r.to_string())));
    header.extend(titles(&["P(disqualified)", "Best rank", "Worst rank", "Confidence factor"]));
    header.extend(found.vendors.iter().map(|v| crate::t!("xlsx-p-above", vendor = &v.vendor)));
    sheet.header(&header, n as u32, 1, styles)?;
    for (index, vendor) in found.vendors.iter().enumerate() {
        let row = index as u32 + 1;
        sheet.text(row, 0, &vendor.vendor, &styles.text)?;
        sheet.number(row, 1, vendor.rank as f64, &styles.integer)?;
        let mut col = 2u16;
        for p in vendor.rank_acceptability.iter().chain([&vendor.disqualified]) {
            sheet.number(row, col, *p, &styles.share)?;
            col += 1;
        }
        if let Some((best, worst)) = vendor.rank_range {
            sheet.number(row, col, best as f64, &styles.integer)?;
            sheet.number(row, col + 1, worst as f64, &styles.integer)?;
        }
        if let Some(factor) = vendor.confidence_factor {
            sheet.number(row, col + 2, factor, &styles.two_decimals)?;
        }
        col += 3;
        for other in &found.vendors {
            if let Some((_, p)) = vendor.beats.iter().find(|(name, _)| *name == other.vendor) {
                sheet.number(row, col, *p, &styles.share)?;
            }
            col += 1;
        }
    }
    let mut row = n as u32 + 2;
    let mut line = |sheet: &mut Sheet, text: &str, format: &Format| -> Result<()> {
        let name = &sheet.name;
        sheet.sheet.write_string_with_format(row, 0, text, format).with_context(|| context(name, 0, row))?;
        row += 1;
        Ok(())
    };
    line(sheet, &crate::t!("xlsx-verdict-line", verdict = &found.verdict.text), &styles.header)?;
    line(
        sheet,
        &format!(
            "{} samples, seed {}; each probability within ±{} (one standard error). Uncertain: {}; {} figures with intervals.",
            found.samples,
            found.seed,
            crate::confidence::pct(found.standard_error),
            found.weights_described,
            found.uncertain_figures
        ),
        &styles.note,
    )?;
    let tiers: Vec<String> =
        found.tiers.iter().enumerate().map(|(i, t)| format!("{}. {}", i + 1, t.join(", "))).collect();
    line(sheet, &crate::t!("xlsx-tiers", tiers = tiers.join(" · ")), &styles.note)?;
    for influence in &found.matters_most {
        line(
            sheet,
            &format!(
                "Matters: {}: winner beats rival {} → {} were it exactly as measured; {}",
                influence.about,
                crate::confidence::pct(influence.beats_rival),
                crate::confidence::pct(influence.beats_rival_if_known),
                influence.advice
            ),
            &styles.note,
        )?;
    }
    row += 1;
    let flip_header = [
        "Weight",
        "Level",
        "Weight now",
        "Winner changes at (down)",
        "Change",
        "Winner changes at (up)",
        "Change",
        "First swap at (nearest)",
        "Swap",
    ];
    for (col, title) in flip_header.iter().enumerate() {
        sheet.text(row, col as u16, title, &styles.header)?;
    }
    for weights in &found.flip_points {
        row += 1;
        let (name, level) = super::table::weight_name(scorecard, weights);
        sheet.text(row, 0, name, &styles.text)?;
        sheet.text(row, 1, &level, &styles.text)?;
        sheet.number(row, 2, weights.weight, &styles.two_decimals)?;
        for (col, flip) in [(3u16, &weights.top.down), (5, &weights.top.up)] {
            if let Some(flip) = flip {
                sheet.number(row, col, flip.weight, &styles.two_decimals)?;
                if let Some(percent) = flip.percent {
                    sheet.number(row, col + 1, percent / 100.0, &styles.share)?;
                }
            }
        }
        if let Some(flip) = weights.any.nearest() {
            sheet.number(row, 7, flip.weight, &styles.two_decimals)?;
            sheet.text(
                row,
                8,
                &crate::t!("xlsx-overtakes", overtakes = &flip.overtakes, overtaken = &flip.overtaken),
                &styles.text,
            )?;
        }
    }
    sheet.fit()?;
    Ok(())
}

/// Where the rubric came from, as people read it: a path as written, or a
/// built-in rubric in the run's language (`built-in sdk-support`, `内置 sdk-support`).
fn rubric_source(source: &str) -> String {
    match source.strip_prefix("built-in ") {
        Some(name) => crate::t!("rubric-builtin", name = name),
        None => source.to_string(),
    }
}

fn files(sheet: &mut Sheet, provenance: &Provenance, styles: &Styles) -> Result<()> {
    let header = titles(&["Role", "Vendor", "File", "SHA-256"]);
    sheet.header(&header, provenance.files.len() as u32 + 1, 0, styles)?;
    sheet.text(1, 0, &crate::t!("file-role-rubric"), &styles.text)?;
    sheet.text(1, 2, &rubric_source(&provenance.rubric.source), &styles.text)?;
    sheet.text(1, 3, &provenance.rubric.sha256, &styles.text)?;
    for (index, file) in provenance.files.iter().enumerate() {
        let row = index as u32 + 2;
        sheet.text(
            row,
            0,
            &crate::i18n::message(&format!("file-role-{}", file.role.replace(' ', "-")), &[]),
            &styles.text,
        )?;
        sheet.text(row, 1, &file.vendor, &styles.text)?;
        sheet.text(row, 2, &file.file, &styles.text)?;
        sheet.text(row, 3, &file.sha256, &styles.text)?;
    }
    sheet.fit()?;
    Ok(())
}
