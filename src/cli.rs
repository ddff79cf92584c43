//! The command-line definition (clap); converted into [`crate::options`] before use.

use std::path::PathBuf;

use crate::date::{Age, Date};

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

/// Score SDK and communication-cloud vendors on their after-sales support.
///
/// Write what you observed about each vendor (drill tickets, SLA drafts,
/// docs, reference calls) into one TOML evidence file per vendor, then
/// compare them against a rubric: the built-in `sdk-support` one, or your own.
#[derive(Debug, Parser)]
#[command(name = "vendorcard", version, max_term_width = 100)]
#[command(after_help = EXAMPLES)]
pub struct Cli {
    /// When to colour the output [auto: on a terminal, unless NO_COLOR is set, CLICOLOR=0 or
    /// TERM=dumb; CLICOLOR_FORCE=1 colours even when piped]
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    /// Print no notes or progress on standard error, only errors (and what was asked for)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// The language of what people read: tables, notes, explanations, diagnostics, the report
    /// and workbook [default: VENDORCARD_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else
    /// en]. JSON, CSV, ids and exit codes are the same in every language
    #[arg(long, value_enum, value_name = "LANG", global = true)]
    pub lang: Option<crate::i18n::Lang>,

    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "\
Examples:
  vendorcard compare samples/
  vendorcard compare samples/ --detail --drivers
  vendorcard compare samples/ --confidence --export-html report.html
  vendorcard check samples/ --max-age 180d
  vendorcard explain \"Quillstack Cloud\" samples/
  vendorcard tickets samples/
  vendorcard rubrics show sdk-support > my-rubric.toml

Every subcommand has its own --help with examples; `vendorcard man --dir DIR` writes a manual
page for each. Documentation: docs/ in the source (formats.md, tickets.md, confidence.md).";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score every vendor and print a ranked comparison
    #[command(after_help = "\
Examples:
  vendorcard compare samples/                        the ranking, with a legend
  vendorcard compare samples/ --detail               one row per criterion
  vendorcard compare samples/ --drivers              what decides each neighbouring pair
  vendorcard compare samples/ --confidence           how sure the ranking is
  vendorcard compare samples/ --rubric rtc-sdk --profile launch
  vendorcard compare samples/ --weight documentation=20 --weight response_speed=30
  vendorcard compare samples/ --format json | jq '.vendors[0].vendor'
  vendorcard compare samples/ --export-xlsx scores.xlsx --export-html report.html
  vendorcard compare samples/ --export-csv scores.csv --csv-delimiter ';'

Exports are written all together or not at all, and never replace a file without --force.
For Excel, prefer --export-xlsx: live formulas, and no encoding or delimiter to get wrong.")]
    Compare(CompareArgs),
    /// Validate the rubric and evidence files and report every problem; score nothing
    #[command(after_help = "\
Examples:
  vendorcard check samples/
  vendorcard check samples/ --strict --max-age 6mo      fail on warnings; flag evidence over 6 months old
  vendorcard check samples/ --format json               one JSON object per problem, for CI annotations
  vendorcard check my-evidence/ --rubric my-rubric.toml

Exit status: 0 when nothing is wrong (warnings allowed without --strict), 1 when something is.")]
    Check(CheckArgs),
    /// Show how every number of one vendor's score was reached
    ///
    /// For every criterion: the evidence, how it was aggregated, which band or
    /// rule gave the score, the shares and points, gate, source and whether the
    /// evidence was verified or only claimed; then the category subtotals and
    /// the total.
    #[command(after_help = "\
Examples:
  vendorcard explain \"Quillstack Cloud\" samples/
  vendorcard explain Aurora samples/                     a name's beginning is suggested when unique
  vendorcard explain \"Aurora Signal\" samples/ --confidence
  vendorcard explain \"Aurora Signal\" samples/ --format markdown > aurora.md")]
    Explain(ExplainArgs),
    /// Print what each vendor's ticket logs measure, per severity, next to its SLA
    ///
    /// Reads the `[[tickets]]` logs named by the evidence files and prints first
    /// response and resolution figures per severity with the committed targets
    /// side by side, so a log can be sanity-checked before it is scored.
    #[command(after_help = "\
Examples:
  vendorcard tickets samples/
  vendorcard tickets samples/aurora-signal.toml --tag drill
  vendorcard tickets samples/ --window 2026-11-11T00:00+08:00/2026-11-12T00:00+08:00
  vendorcard tickets samples/ --format json > tickets.json")]
    Tickets(TicketsArgs),
    /// Start an evidence file for a vendor, or a rubric of your own
    ///
    /// `--vendor NAME` prints an evidence template for the rubric: every
    /// criterion with its help, kind, unit, options or items and gate, as
    /// commented TOML to uncomment and fill. `--rubric-from NAME` prints a
    /// built-in rubric to copy and adapt.
    #[command(after_help = "\
Examples:
  vendorcard init --vendor \"Aurora Signal\" --out evidence/aurora.toml
  vendorcard init --vendor Yunque --tickets yunque-export.xlsx --out evidence/yunque.toml
  vendorcard init --tickets helpdesk-export.csv                 only the [[tickets]] table
  vendorcard init --rubric-from rtc-sdk --out my-rubric.toml")]
    Init(InitArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    ///
    /// The script asks vendorcard itself what fits where the cursor is, so it
    /// completes subcommands and options, built-in rubric names (--rubric,
    /// rubrics show), the rubric's profile ids (--profile), criterion and
    /// category ids (--weight) and the vendor names of `explain`.
    #[command(after_help = "\
Examples:
  source <(vendorcard completions bash)                          bash, this shell only
  vendorcard completions bash > ~/.local/share/bash-completion/completions/vendorcard
  vendorcard completions zsh > ~/.zfunc/_vendorcard              with fpath+=(~/.zfunc) in ~/.zshrc
  vendorcard completions fish > ~/.config/fish/completions/vendorcard.fish")]
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write one for every subcommand
    #[command(after_help = "\
Examples:
  vendorcard man | man -l -                            read the top page now
  vendorcard man compare | man -l -                    one subcommand's page
  vendorcard man --dir ~/.local/share/man/man1         every page; then `man vendorcard-compare`")]
    Man(ManArgs),
    /// Print the JSON Schema (draft 2020-12) of an output or an input file
    ///
    /// For editors and pipelines: the schemas of the JSON that `compare`,
    /// `explain`, `tickets` and `check` print, and of the rubric and evidence
    /// TOML files. With Taplo or VS Code's Even Better TOML, a first line
    /// `#:schema ./evidence.schema.json` in a TOML file gives completion and
    /// checking as you type.
    #[command(after_help = "\
Examples:
  vendorcard schema evidence > evidence.schema.json     then `#:schema ./evidence.schema.json` atop an evidence file
  vendorcard schema scorecard > scorecard.schema.json   for `compare --format json` and --export-json
  vendorcard schema diagnostic                          one line of `check --format json`")]
    Schema {
        /// Which schema
        what: SchemaKind,
    },
    /// List the built-in rubrics, print one, or compare two
    #[command(after_help = "\
Examples:
  vendorcard rubrics                                    the built-in rubrics
  vendorcard rubrics show sdk-support > my-rubric.toml  one to copy and adapt
  vendorcard rubrics show my-rubric.toml --resolved     with everything it extends merged in
  vendorcard rubrics diff sdk-support my-rubric.toml    what a team's rubric changed")]
    Rubrics {
        #[command(subcommand)]
        action: Option<RubricsAction>,
    },
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Only this subcommand's page (e.g. compare, or `rubrics show`)
    #[arg(value_name = "SUBCOMMAND", conflicts_with = "dir")]
    pub command: Vec<String>,

    /// Write every page (vendorcard.1, vendorcard-compare.1, …) into DIR instead
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// With --dir: replace pages that already exist
    #[arg(long, requires = "dir")]
    pub force: bool,
}

/// `vendorcard schema WHAT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// `compare --format json` and `--export-json`
    Scorecard,
    /// `explain --format json`
    Explain,
    /// `tickets --format json`
    Tickets,
    /// Each line of `check --format json`
    Diagnostic,
    /// A rubric file (TOML)
    Rubric,
    /// An evidence file (TOML)
    Evidence,
}

#[derive(Debug, Subcommand)]
pub enum RubricsAction {
    /// List the built-in rubrics (the default)
    List,
    /// Print a rubric as TOML: a built-in one to copy and adapt, or a file
    Show {
        /// A built-in rubric's name (e.g. sdk-support) or a rubric file
        #[arg(value_name = "NAME|FILE", add = ArgValueCompleter::new(crate::complete::rubric))]
        name: String,
        /// Print it with everything it `extends` merged in, as it is scored
        #[arg(long)]
        resolved: bool,
    },
    /// What changed from rubric OLD to rubric NEW: categories and criteria added
    /// or removed, weights, rules (bands, linear, options, items), gates
    Diff {
        /// The earlier rubric: a file or a built-in name
        #[arg(value_name = "OLD", add = ArgValueCompleter::new(crate::complete::rubric))]
        old: String,
        /// The later rubric: a file or a built-in name
        #[arg(value_name = "NEW", add = ArgValueCompleter::new(crate::complete::rubric))]
        new: String,
    },
}

/// Where the evidence and rubric come from; shared by `compare` and `check`.
#[derive(Debug, Args)]
#[command(next_help_heading = "Inputs")]
pub struct InputArgs {
    /// Evidence files, or folders whose *.toml files are evidence (one per vendor)
    #[arg(required = true, value_name = "EVIDENCE")]
    pub evidence: Vec<PathBuf>,

    /// A rubric file, or the name of a built-in rubric (see `vendorcard rubrics`)
    #[arg(long, value_name = "FILE|NAME", default_value = crate::builtin::DEFAULT, add = ArgValueCompleter::new(crate::complete::rubric))]
    pub rubric: String,

    /// Warn about evidence older than AGE: 180d, 26w, 6mo (calendar months) or 1y
    ///
    /// An item's own `date` counts, else its file's `collected` date; evidence
    /// with neither is reported as undated. Off by default. The units are the
    /// ones every duration in vendorcard uses: `m` is minutes, `mo` months.
    #[arg(long, value_name = "AGE", value_parser = crate::date::Age::parse)]
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
    #[arg(long, value_name = "NAME", help_heading = "Weights", add = ArgValueCompleter::new(crate::complete::profile))]
    pub profile: Option<String>,

    /// Override one weight for this run: a category or criterion id, `=`, the weight
    /// (repeatable; applied after --profile), e.g. --weight documentation=20
    #[arg(long = "weight", value_name = "ID=N", value_parser = parse_weight, help_heading = "Weights", add = ArgValueCompleter::new(crate::complete::weight_id))]
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
    let date = crate::date::parse_date(text).map_err(|e| e.to_string())?;
    if !(1900..=9999).contains(&date.year()) {
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
    #[arg(long, value_enum, default_value_t = Format::Table, help_heading = "Output")]
    pub format: Format,

    /// One row per criterion, with each vendor's score and contribution, not one row per vendor
    #[arg(long, help_heading = "Output")]
    pub detail: bool,

    /// Shape of CSV output: one row per vendor, or one per vendor and criterion
    /// [default: summary, or long with --detail]
    #[arg(long, value_enum, value_name = "SHAPE", help_heading = "Output")]
    pub csv_shape: Option<CsvShape>,

    /// Also write the comparison as CSV to FILE (shape from --csv-shape)
    #[arg(long, value_name = "FILE", help_heading = "Export")]
    pub export_csv: Option<PathBuf>,

    /// Also write the whole scorecard as JSON to FILE
    #[arg(long, value_name = "FILE", help_heading = "Export")]
    pub export_json: Option<PathBuf>,

    /// Also write the comparison as a Markdown table to FILE
    #[arg(long, value_name = "FILE", help_heading = "Export")]
    pub export_markdown: Option<PathBuf>,

    /// Also write an Excel workbook to FILE: a Decision sheet (winner, lead and points by
    /// category as live formulas, with a chart), then Summary, Categories, Criteria,
    /// Weights, Evidence (and Confidence, with --confidence) and Files sheets; totals and
    /// ranks are live formulas over the Weights sheet (edit a weight, the ranking recomputes)
    #[arg(long, value_name = "FILE", help_heading = "Export")]
    pub export_xlsx: Option<PathBuf>,

    /// Also write the report to FILE: one self-contained HTML page (no script, no network)
    /// that prints to clean A4 or Letter pages — the decision, why (points by category, a criterion
    /// heat map), how sure (flip points; rank acceptability with --confidence), and every
    /// vendor's audit trail
    #[arg(long, value_name = "FILE", help_heading = "Export")]
    pub export_html: Option<PathBuf>,

    /// Replace export files that already exist (without it, they are left alone)
    #[arg(long, help_heading = "Export")]
    pub force: bool,

    /// Write CSV text cells as they are, without neutralising leading = + - @ (formula injection)
    #[arg(long, help_heading = "CSV")]
    pub raw_csv: bool,

    /// Start CSV with a UTF-8 byte-order mark, so Excel reads non-ASCII names right
    /// [default: export (--export-csv files get one; standard output does not)]
    #[arg(long, value_enum, value_name = "WHEN", help_heading = "CSV")]
    pub csv_bom: Option<BomWhen>,

    /// The CSV field separator: `,` (the default), `;` (what Excel expects where the
    /// decimal separator is a comma: most of Europe) or `tab`
    #[arg(long, value_name = "CHAR", value_parser = csv_delimiter, help_heading = "CSV")]
    pub csv_delimiter: Option<u8>,

    /// Under the table, show what drives the ranking: for each neighbouring pair of
    /// qualified vendors, the margin in points and the criteria that make it
    #[arg(long, help_heading = "Output")]
    pub drivers: bool,

    /// With --drivers: a margin under this many points is flagged "no clear winner"
    #[arg(long, value_name = "POINTS", default_value_t = 2.0, requires = "drivers", help_heading = "Output")]
    pub margin: f64,

    #[command(flatten)]
    pub confidence: ConfidenceArgs,
}

/// How sure the ranking is (docs/confidence.md).
#[derive(Debug, Args)]
#[command(next_help_heading = "Confidence")]
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
    #[arg(long, value_name = "ID=LOW..HIGH", requires = "confidence", value_parser = weight_range, add = ArgValueCompleter::new(crate::complete::weight_id))]
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
    #[arg(long, help_heading = "Output")]
    pub strict: bool,

    /// How to print the problems found: rustc-style snippets on standard error, or one JSON
    /// object per problem on standard output (file, line, column, severity, message, help)
    #[arg(long, value_enum, default_value_t = CheckFormat::Text, help_heading = "Output")]
    pub format: CheckFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Snippets with the offending text underlined, on standard error
    Text,
    /// JSON Lines on standard output: one object per diagnostic (`vendorcard schema diagnostic`)
    Json,
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
    #[arg(long, value_name = "FILE|NAME", default_value = crate::builtin::DEFAULT, add = ArgValueCompleter::new(crate::complete::rubric))]
    pub rubric: String,

    /// Print this built-in rubric instead, to start a custom one
    #[arg(long, value_name = "NAME", add = ArgValueCompleter::new(crate::complete::builtin))]
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
    #[arg(add = ArgValueCompleter::new(crate::complete::vendor))]
    pub vendor: String,

    #[command(flatten)]
    pub input: InputArgs,

    /// What to print on standard output
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text, help_heading = "Output")]
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
    #[arg(long, value_name = "FROM/TO", value_parser = parse_window, help_heading = "Scope")]
    pub window: Option<(jiff::Timestamp, jiff::Timestamp)>,

    /// Only tickets carrying this tag (the log's `tags` column, e.g. drill)
    #[arg(long, value_name = "TAG", help_heading = "Scope")]
    pub tag: Option<String>,

    /// What to print on standard output
    #[arg(long, value_enum, default_value_t = TicketsFormat::Table, help_heading = "Output")]
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

/// `--csv-bom`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BomWhen {
    /// In --export-csv files only: they are opened in spreadsheets; a pipe feeds tools
    Export,
    /// Also on standard output (`--format csv > file.csv` for Excel)
    Always,
    /// Never (for tools that would read the mark as part of the first column's name)
    Never,
}

/// `--csv-delimiter`: one ASCII punctuation character, or `tab`.
fn csv_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if text.len() == 1 && text.as_bytes()[0].is_ascii_punctuation() && !matches!(text, "\"" | "'") => {
            Ok(text.as_bytes()[0])
        }
        _ => Err(format!("expected one punctuation character such as , ; | or the word tab, found '{text}'")),
    }
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
