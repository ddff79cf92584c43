//! The command-line definition (clap); converted into [`crate::options`] before use.

use std::path::PathBuf;

use crate::date::{Age, Date};

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Score SDK and communication-cloud vendors on their after-sales support.
///
/// Write what you observed about each vendor (drill tickets, SLA drafts,
/// docs, reference calls) into one TOML evidence file per vendor, then
/// compare them against a rubric: the built-in `sdk-support` one, or your own.
#[derive(Debug, Parser)]
#[command(name = "vendorcard", version, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  vendorcard compare samples/\n  vendorcard compare samples/ --detail\n  vendorcard compare samples/ --format csv --csv-shape long > scores.csv\n  vendorcard check samples/ --max-age 180d\n  vendorcard explain \"Quillstack Cloud\" samples/\n  vendorcard tickets samples/\n  vendorcard rubrics show sdk-support > my-rubric.toml"
)]
pub struct Cli {
    /// When to colour the output (NO_COLOR in the environment means never for `auto`)
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score every vendor and print a ranked comparison
    Compare(CompareArgs),
    /// Validate the rubric and evidence files and report every problem; score nothing
    Check(CheckArgs),
    /// Show how every number of one vendor's score was reached
    ///
    /// For every criterion: the evidence, how it was aggregated, which band or
    /// rule gave the score, the shares and points, gate, source and whether the
    /// evidence was verified or only claimed; then the category subtotals and
    /// the total.
    Explain(ExplainArgs),
    /// Print what each vendor's ticket logs measure, per severity, next to its SLA
    ///
    /// Reads the `[[tickets]]` logs named by the evidence files and prints first
    /// response and resolution figures per severity with the committed targets
    /// side by side, so a log can be sanity-checked before it is scored.
    Tickets(TicketsArgs),
    /// Start an evidence file for a vendor, or a rubric of your own
    ///
    /// `--vendor NAME` prints an evidence template for the rubric: every
    /// criterion with its help, kind, unit, options or items and gate, as
    /// commented TOML to uncomment and fill. `--rubric-from NAME` prints a
    /// built-in rubric to copy and adapt.
    Init(InitArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    ///
    /// bash: `source <(vendorcard completions bash)`, or save it under
    /// ~/.local/share/bash-completion/completions/vendorcard.
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `vendorcard man > vendorcard.1 && man ./vendorcard.1`
    Man,
    /// List the built-in rubrics, or print one
    Rubrics {
        #[command(subcommand)]
        action: Option<RubricsAction>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RubricsAction {
    /// List the built-in rubrics (the default)
    List,
    /// Print a rubric as TOML: a built-in one to copy and adapt, or a file
    Show {
        /// A built-in rubric's name (e.g. sdk-support) or a rubric file
        #[arg(value_name = "NAME|FILE")]
        name: String,
        /// Print it with everything it `extends` merged in, as it is scored
        #[arg(long)]
        resolved: bool,
    },
    /// What changed from rubric OLD to rubric NEW: categories and criteria added
    /// or removed, weights, rules (bands, linear, options, items), gates
    Diff {
        /// The earlier rubric: a file or a built-in name
        #[arg(value_name = "OLD")]
        old: String,
        /// The later rubric: a file or a built-in name
        #[arg(value_name = "NEW")]
        new: String,
    },
}

/// Where the evidence and rubric come from; shared by `compare` and `check`.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Evidence files, or folders whose *.toml files are evidence (one per vendor)
    #[arg(required = true, value_name = "EVIDENCE")]
    pub evidence: Vec<PathBuf>,

    /// A rubric file, or the name of a built-in rubric (see `vendorcard rubrics`)
    #[arg(long, value_name = "FILE|NAME", default_value = crate::builtin::DEFAULT)]
    pub rubric: String,

    /// Warn about evidence older than AGE: 180d, 26w, 6m (calendar months) or 1y
    ///
    /// An item's own `date` counts, else its file's `collected` date; evidence
    /// with neither is reported as undated. Off by default.
    #[arg(long, value_name = "AGE")]
    pub max_age: Option<Age>,

    /// The evaluation date (YYYY-MM-DD), instead of today
    ///
    /// Recorded in exports (provenance) and the date --max-age counts back from;
    /// set it to re-check or reproduce an earlier evaluation.
    #[arg(long, value_name = "DATE", value_parser = parse_as_of)]
    pub as_of: Option<Date>,

    /// Leave out ticket-log rows that cannot be read, and count them, instead of failing
    #[arg(long)]
    pub skip_bad_rows: bool,

    /// Score rating criteria with this evaluator's ratings only (one person's view)
    #[arg(long, value_name = "NAME")]
    pub evaluator: Option<String>,

    /// Score evidence collected for another built-in rubric (e.g. sdk-support under rtc-sdk)
    ///
    /// The criteria whose ids and kinds match are scored; the rest get one
    /// warning per file. An id neither rubric knows is still an error (a typo).
    /// Evidence for a rubric this one extends is always accepted.
    #[arg(long)]
    pub reuse_evidence: bool,

    /// Use the rubric's weight profile NAME (`[profiles.NAME]` in the rubric)
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,

    /// Override one weight for this run: a category or criterion id, `=`, the weight
    /// (repeatable; applied after --profile), e.g. --weight documentation=20
    #[arg(long = "weight", value_name = "ID=N", value_parser = parse_weight)]
    pub weights: Vec<(String, f64)>,
}

/// `--as-of`: a date from 1900 to 9999, the years a spreadsheet date holds.
/// `FROM/TO` (or `FROM..TO`): two timestamps with offsets, FROM before TO.
fn parse_window(text: &str) -> Result<(jiff::Timestamp, jiff::Timestamp), String> {
    let (from, to) = text
        .split_once("..")
        .or_else(|| text.split_once('/'))
        .ok_or_else(|| "write the window as FROM/TO, e.g. 2026-11-11T00:00+08:00/2026-11-12T00:00+08:00".to_string())?;
    let instant = |part: &str| {
        part.trim().parse::<jiff::Timestamp>().map_err(|_| {
            format!("`{}` is not a timestamp with an offset; write e.g. 2026-11-11T00:00+08:00", part.trim())
        })
    };
    let (from, to) = (instant(from)?, instant(to)?);
    if from >= to {
        return Err("the window must end after it starts".into());
    }
    Ok((from, to))
}

fn parse_as_of(text: &str) -> Result<Date, String> {
    let date: Date = text.parse()?;
    if !(1900..=9999).contains(&date.year) {
        return Err(format!("'{text}' is outside the years 1900 to 9999 that exports can record"));
    }
    Ok(date)
}

/// `documentation=20` → ("documentation", 20.0).
fn parse_weight(text: &str) -> Result<(String, f64), String> {
    let (id, weight) =
        text.split_once('=').ok_or_else(|| format!("'{text}' is not ID=N; write e.g. --weight documentation=20"))?;
    let weight: f64 = weight
        .trim()
        .parse()
        .map_err(|_| format!("'{weight}' is not a number; write e.g. --weight documentation=20"))?;
    if !(weight.is_finite() && (0.0..=crate::rubric::MAX_WEIGHT).contains(&weight)) {
        return Err(format!(
            "a weight must be a number from 0 to {}, found {}",
            crate::evidence::format_number(crate::rubric::MAX_WEIGHT),
            crate::evidence::format_number(weight)
        ));
    }
    Ok((id.trim().to_string(), weight))
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// What to print on standard output
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// One row per criterion, with each vendor's score and contribution, not one row per vendor
    #[arg(long)]
    pub detail: bool,

    /// Shape of CSV output: one row per vendor, or one per vendor and criterion
    /// [default: summary, or long with --detail]
    #[arg(long, value_enum, value_name = "SHAPE")]
    pub csv_shape: Option<CsvShape>,

    /// Also write the comparison as CSV to FILE (shape from --csv-shape)
    #[arg(long, value_name = "FILE")]
    pub export_csv: Option<PathBuf>,

    /// Also write the whole scorecard as JSON to FILE
    #[arg(long, value_name = "FILE")]
    pub export_json: Option<PathBuf>,

    /// Also write the comparison as a Markdown table to FILE
    #[arg(long, value_name = "FILE")]
    pub export_markdown: Option<PathBuf>,

    /// Also write an Excel workbook to FILE: a Decision sheet (winner, lead and points by
    /// category as live formulas, with a chart), then Summary, Categories, Criteria,
    /// Weights, Evidence (and Confidence, with --confidence) and Files sheets; totals and
    /// ranks are live formulas over the Weights sheet (edit a weight, the ranking recomputes)
    #[arg(long, value_name = "FILE")]
    pub export_xlsx: Option<PathBuf>,

    /// Also write the report to FILE: one self-contained HTML page (no script, no network)
    /// that prints to clean A4 or Letter pages — the decision, why (points by category, a criterion
    /// heat map), how sure (flip points; rank acceptability with --confidence), and every
    /// vendor's audit trail
    #[arg(long, value_name = "FILE")]
    pub export_html: Option<PathBuf>,

    /// Replace export files that already exist (without it, they are left alone)
    #[arg(long)]
    pub force: bool,

    /// Write CSV text cells as they are, without neutralising leading = + - @ (formula injection)
    #[arg(long)]
    pub raw_csv: bool,

    /// Under the table, show what drives the ranking: for each neighbouring pair of
    /// qualified vendors, the margin in points and the criteria that make it
    #[arg(long)]
    pub drivers: bool,

    /// With --drivers: a margin under this many points is flagged "no clear winner"
    #[arg(long, value_name = "POINTS", default_value_t = 2.0, requires = "drivers")]
    pub margin: f64,

    #[command(flatten)]
    pub confidence: ConfidenceArgs,
}

/// How sure the ranking is (docs/confidence.md).
#[derive(Debug, Args)]
pub struct ConfidenceArgs {
    /// Say how sure the ranking is: a verdict, each vendor's chance of each rank over the
    /// declared uncertainty of weights and evidence (seeded Monte-Carlo, SMAA-2), and
    /// each weight's flip point (the smallest change that changes the winner)
    #[arg(long)]
    pub confidence: bool,

    /// With --confidence: Monte-Carlo samples, 100 to 100000000 [default: 10000, which keeps
    /// the standard error of every probability at or under 0.005]
    #[arg(long, value_name = "N", requires = "confidence", value_parser = samples)]
    pub samples: Option<u64>,

    /// With --confidence: the random seed; the same seed gives the same figures on any machine
    #[arg(long, value_name = "N", requires = "confidence", default_value_t = 1)]
    pub seed: u64,

    /// With --confidence: how uncertain every weight is, over the rubric's [uncertainty]:
    /// `±20%` (any weight within 20 % of its own), `unknown` (any split equally likely)
    /// or `exact`
    #[arg(long, value_name = "SPREAD", requires = "confidence", value_parser = crate::rubric::WeightSpread::parse)]
    pub weight_uncertainty: Option<crate::rubric::WeightSpread>,

    /// With --confidence: a category's or criterion's possible weights, e.g.
    /// `--weight-range p0_first_response=4..8` (repeatable)
    #[arg(long, value_name = "ID=LOW..HIGH", requires = "confidence", value_parser = weight_range)]
    pub weight_range: Vec<(String, f64, f64)>,

    /// With --confidence: an order of importance among categories, or among the criteria
    /// of one category, most important first, e.g. `--weight-order 'response>=resolution>=docs'`
    /// (repeatable)
    #[arg(long, value_name = "ORDER", requires = "confidence", value_parser = weight_order)]
    pub weight_order: Vec<Vec<String>>,
}

fn samples(text: &str) -> Result<u64, String> {
    match text.trim().replace('_', "").parse::<u64>() {
        Ok(n) if (100..=100_000_000).contains(&n) => Ok(n),
        _ => Err(format!("expected a whole number of samples from 100 to 100000000, found '{text}'")),
    }
}

fn weight_range(text: &str) -> Result<(String, f64, f64), String> {
    let help = "write ID=LOW..HIGH in the rubric's weight units, e.g. p0_first_response=4..8";
    let (id, ends) = text.split_once('=').ok_or_else(|| format!("'{text}' has no '='; {help}"))?;
    let (low, high) = ends.split_once("..").ok_or_else(|| format!("'{ends}' has no '..'; {help}"))?;
    let number = |t: &str| t.trim().parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0);
    match (number(low), number(high)) {
        (Some(low), Some(high)) if low <= high && high <= crate::rubric::MAX_WEIGHT => {
            Ok((id.trim().to_string(), low, high))
        }
        _ => Err(format!("'{ends}' is not a range of weights from low to high; {help}")),
    }
}

fn weight_order(text: &str) -> Result<Vec<String>, String> {
    let ids: Vec<String> = text.split(">=").map(|id| id.trim().to_string()).collect();
    if ids.len() < 2 || ids.iter().any(String::is_empty) {
        return Err(format!("'{text}' is not an order; write two or more ids joined by >=, e.g. speed>=depth>=docs"));
    }
    Ok(ids)
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Treat warnings as errors (exit 1 when there is any)
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The vendor the evidence file is for
    #[arg(long, value_name = "NAME", required_unless_present_any = ["rubric_from", "tickets"], conflicts_with = "rubric_from")]
    pub vendor: Option<String>,

    /// Read a help-desk export (CSV in any encoding, or .xlsx/.xls/.ods) and write
    /// the [[tickets]] table that reads it: columns, encoding, delimiter, timestamp
    /// layout, severity and status maps, each guess marked REVIEW
    ///
    /// With --vendor, the whole evidence template carries it; alone, just the table.
    #[arg(long, value_name = "EXPORT", conflicts_with = "rubric_from")]
    pub tickets: Option<PathBuf>,

    /// With --tickets: the sheet of a spreadsheet export (default: the first)
    #[arg(long, value_name = "NAME", requires = "tickets")]
    pub sheet: Option<String>,

    /// The rubric the evidence is collected for (a file or a built-in name)
    #[arg(long, value_name = "FILE|NAME", default_value = crate::builtin::DEFAULT)]
    pub rubric: String,

    /// Print this built-in rubric instead, to start a custom one
    #[arg(long, value_name = "NAME")]
    pub rubric_from: Option<String>,

    /// Write to FILE instead of standard output (never replacing a file without --force)
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Replace FILE if it exists
    #[arg(long, requires = "out")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The vendor, as named in its evidence file (`vendor = …`)
    pub vendor: String,

    #[command(flatten)]
    pub input: InputArgs,

    /// What to print on standard output
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,

    #[command(flatten)]
    pub confidence: ConfidenceArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    /// Indented text for the terminal
    Text,
    /// GitHub-flavoured Markdown, a table per category
    Markdown,
    /// The vendor's whole score as JSON
    Json,
}

#[derive(Debug, Args)]
pub struct TicketsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Only tickets opened in this window: FROM/TO, two timestamps with
    /// offsets (e.g. 2026-11-11T00:00+08:00/2026-11-12T00:00+08:00); FROM is
    /// included, TO is not
    #[arg(long, value_name = "FROM/TO", value_parser = parse_window)]
    pub window: Option<(jiff::Timestamp, jiff::Timestamp)>,

    /// Only tickets carrying this tag (the log's `tags` column, e.g. drill)
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,

    /// What to print on standard output
    #[arg(long, value_enum, default_value_t = TicketsFormat::Table)]
    pub format: TicketsFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TicketsFormat {
    /// Tables for the terminal
    Table,
    /// Every figure, per vendor and severity, as JSON
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// Comma-separated values for spreadsheets
    Csv,
    /// The whole scorecard as JSON
    Json,
    /// A GitHub-flavoured Markdown table
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvShape {
    /// One row per vendor: rank, total, category scores, coverage, failed gates
    Summary,
    /// One row per vendor and criterion: evidence, aggregate, score, shares, contribution
    Long,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
