//! Checked options: the command line turned, once, into what the rest of the program needs.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::builtin;
use crate::cli::{self, Cli, ColorWhen, Command, Format, RubricsAction};
use crate::date::{Age, Date};
use crate::i18n::Text;
use crate::render::{CsvRender, CsvShape, JsonRender, MarkdownRender, Render, TerminalRender, XlsxRender};

/// A mistake in how the tool was called (exit code 2), as opposed to bad input (1).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub crate::i18n::Text);

pub enum Action {
    Compare(CompareOptions),
    Check(CheckOptions),
    Tickets(TicketsOptions),
    Explain(ExplainOptions),
    ListRubrics,
    DiffRubrics(RubricSource, RubricSource),
    Completions(clap_complete::Shell),
    Init(InitOptions),
    /// The manual: one page to standard output, or every page into a folder.
    Man(ManOptions),
    Schema(cli::SchemaKind),
    ShowRubric {
        rubric: RubricSource,
        resolved: bool,
    },
}

/// `man`: the page of the top level or of one subcommand, or every page into `dir`.
pub struct ManOptions {
    /// The subcommand's path (`["rubrics", "show"]`); empty for the top level.
    pub command: Vec<String>,
    pub dir: Option<PathBuf>,
    pub replace_existing: bool,
}

/// Where the rubric comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricSource {
    Builtin(&'static str),
    File(PathBuf),
}

pub struct Inputs {
    pub rubric: RubricSource,
    /// Evidence files and folders, as given.
    pub evidence: Vec<PathBuf>,
    /// `--max-age`, and the date ages are judged from: warn about evidence
    /// older than that. `None`: no age check.
    pub max_age: Option<(Age, Date)>,
    /// The evaluation date (`--as-of`, default today), recorded in exports.
    pub evaluated_on: Date,
    /// Leave unreadable ticket-log rows out (counted) instead of failing.
    pub skip_bad_rows: bool,
    /// Keep only this evaluator's ratings (`--evaluator`).
    pub evaluator: Option<String>,
    /// `--reuse-evidence`: score evidence collected for another built-in rubric.
    pub reuse_evidence: bool,
    /// Hash ticket logs for provenance (exports need it; the tickets report does not).
    pub hash_ticket_logs: bool,
    /// `--profile`: a weight profile of the rubric.
    pub profile: Option<String>,
    /// `--weight ID=N`, in order, applied after the profile.
    pub weights: Vec<(String, f64)>,
    /// `--as-of` when given: tickets still open are censored at the end of
    /// that day unless their log says when it was exported.
    pub as_of: Option<Date>,
    /// `tickets --window/--tag`: the tickets the report is about.
    pub scope: Option<crate::tickets::Scope>,
    /// `--weight-uncertainty`, `--weight-range`, `--weight-order`: over the rubric's `[uncertainty]`.
    pub uncertainty: UncertaintyArgs,
}

/// The weights' uncertainty as the command line declares it.
#[derive(Debug, Clone, Default)]
pub struct UncertaintyArgs {
    pub spread: Option<crate::rubric::WeightSpread>,
    pub ranges: Vec<(String, f64, f64)>,
    pub orders: Vec<Vec<String>>,
}

impl Inputs {
    /// Evidence scored against `rubric` as of `evaluated_on`, with every
    /// option at its default (no age check, no skipped rows, every
    /// evaluator, the rubric's own weights, ticket logs hashed).
    pub fn new(rubric: RubricSource, evidence: Vec<PathBuf>, evaluated_on: Date) -> Inputs {
        Inputs {
            rubric,
            evidence,
            max_age: None,
            evaluated_on,
            skip_bad_rows: false,
            evaluator: None,
            reuse_evidence: false,
            hash_ticket_logs: true,
            profile: None,
            weights: Vec::new(),
            as_of: None,
            scope: None,
            uncertainty: UncertaintyArgs::default(),
        }
    }
}

pub struct CompareOptions {
    pub inputs: Inputs,
    /// `--confidence`: how the analysis runs.
    pub confidence: Option<crate::confidence::Settings>,
    pub stdout: Box<dyn Render>,
    pub exports: Vec<Export>,
    /// Replace existing export files (`--force`).
    pub replace_existing: bool,
    /// Colour diagnostics on standard error.
    pub color_diagnostics: bool,
}

pub struct Export {
    pub path: PathBuf,
    pub render: Box<dyn Render>,
}

/// `init`: what to write, and where.
pub struct InitOptions {
    pub what: InitWhat,
    /// `None`: standard output.
    pub out: Option<PathBuf>,
    pub replace_existing: bool,
}

pub enum InitWhat {
    /// An evidence template; with `tickets`, carrying the table that reads that export.
    Evidence {
        vendor: String,
        rubric: RubricSource,
        tickets: Option<TicketsExport>,
    },
    /// Only the `[[tickets]]` table for an export.
    Tickets(TicketsExport),
    Rubric(&'static str),
}

/// `init --tickets FILE [--sheet NAME]`.
pub struct TicketsExport {
    pub path: PathBuf,
    pub sheet: Option<String>,
}

pub struct ExplainOptions {
    pub inputs: Inputs,
    /// `--confidence`: show the vendor's rank acceptability.
    pub confidence: Option<crate::confidence::Settings>,
    pub vendor: String,
    pub format: cli::ExplainFormat,
    pub color_diagnostics: bool,
}

pub struct TicketsOptions {
    pub inputs: Inputs,
    /// JSON instead of tables.
    pub json: bool,
    pub terminal: TerminalRender,
    pub color_diagnostics: bool,
}

pub struct CheckOptions {
    pub inputs: Inputs,
    /// Warnings count as errors.
    pub strict: bool,
    /// JSON Lines on standard output instead of snippets on standard error.
    pub json: bool,
    /// Colour diagnostics on standard error.
    pub color_diagnostics: bool,
}

/// Width of tables when standard output is not a terminal, so that output
/// piped to a file is the same on every machine.
pub const PIPED_TABLE_WIDTH: u16 = 100;

impl Action {
    pub fn from_cli(cli: Cli) -> Result<Self, UsageError> {
        crate::output::set_quiet(cli.quiet);
        crate::i18n::set(crate::i18n::Lang::choose(cli.lang));
        let (color, color_diagnostics) = use_color(cli.color);
        Ok(match cli.command {
            Command::Compare(args) => Action::Compare(compare_options(args, color, color_diagnostics)?),
            Command::Check(args) => Action::Check(CheckOptions {
                inputs: inputs(args.input)?,
                strict: args.strict,
                json: args.format == cli::CheckFormat::Json,
                color_diagnostics,
            }),
            Command::Explain(args) => Action::Explain(ExplainOptions {
                confidence: confidence_settings(&args.confidence),
                inputs: with_uncertainty(inputs(args.input)?, &args.confidence),
                vendor: args.vendor,
                format: args.format,
                color_diagnostics,
            }),
            Command::Tickets(args) => Action::Tickets(TicketsOptions {
                inputs: Inputs {
                    hash_ticket_logs: false,
                    scope: (args.window.is_some() || args.tag.is_some())
                        .then(|| crate::tickets::Scope { window: args.window, tag: args.tag.clone() }),
                    ..inputs(args.input)?
                },
                json: args.format == cli::TicketsFormat::Json,
                terminal: TerminalRender { detail: false, drivers: None, color, width: table_width() },
                color_diagnostics,
            }),
            Command::Completions { shell } => Action::Completions(shell),
            Command::Init(args) => Action::Init(InitOptions {
                what: {
                    let tickets = args.tickets.map(|path| TicketsExport { path, sheet: args.sheet });
                    match (args.vendor, args.rubric_from, tickets) {
                        (_, Some(name), _) => InitWhat::Rubric(builtin_name(&name)?),
                        (Some(vendor), None, tickets) => {
                            InitWhat::Evidence { vendor, rubric: rubric_source(&args.rubric)?, tickets }
                        }
                        (None, None, Some(tickets)) => InitWhat::Tickets(tickets),
                        (None, None, None) => return Err(UsageError(Text::new("usage-init-needs"))),
                    }
                },
                // `--out -` is standard output, as without --out.
                out: args.out.filter(|out| out.as_os_str() != "-"),
                replace_existing: args.force,
            }),
            Command::Man(args) => {
                Action::Man(ManOptions { command: args.command, dir: args.dir, replace_existing: args.force })
            }
            Command::Schema { what } => Action::Schema(what),
            Command::Rubrics { action: None | Some(RubricsAction::List) } => Action::ListRubrics,
            Command::Rubrics { action: Some(RubricsAction::Show { name, resolved }) } => {
                Action::ShowRubric { rubric: rubric_source(&name)?, resolved }
            }
            Command::Rubrics { action: Some(RubricsAction::Diff { old, new }) } => {
                Action::DiffRubrics(rubric_source(&old)?, rubric_source(&new)?)
            }
        })
    }
}

fn compare_options(args: cli::CompareArgs, color: bool, color_diagnostics: bool) -> Result<CompareOptions, UsageError> {
    let shape = match (args.csv_shape, args.detail) {
        (Some(cli::CsvShape::Long), _) | (None, true) => CsvShape::Long,
        (Some(cli::CsvShape::Summary), _) | (None, false) => CsvShape::Summary,
    };
    if !(args.margin.is_finite() && args.margin >= 0.0) {
        return Err(UsageError(Text::new("usage-margin").arg("margin", args.margin.to_string())));
    }
    if args.drivers && matches!(args.format, Format::Csv | Format::Json) {
        return Err(UsageError(Text::new("usage-drivers")));
    }
    let drivers = args.drivers.then_some(args.margin);
    let csv_wanted = args.format == Format::Csv || args.export_csv.is_some();
    if !csv_wanted && (args.csv_bom.is_some() || args.csv_delimiter.is_some()) {
        return Err(UsageError(Text::new("usage-csv-options")));
    }
    let delimiter = args.csv_delimiter.unwrap_or(b',');
    let bom = args.csv_bom.unwrap_or(cli::BomWhen::Export);
    let csv = |bom: bool| Box::new(CsvRender { shape, neutralise: !args.raw_csv, bom, delimiter }) as Box<dyn Render>;
    let stdout: Box<dyn Render> = match args.format {
        Format::Table => Box::new(TerminalRender { detail: args.detail, drivers, color, width: table_width() }),
        Format::Csv => csv(bom == cli::BomWhen::Always),
        Format::Json => Box::new(JsonRender),
        Format::Markdown => Box::new(MarkdownRender { detail: args.detail, drivers }),
    };
    let mut exports = Vec::new();
    if let Some(path) = args.export_csv {
        exports.push(Export { path, render: csv(bom != cli::BomWhen::Never) });
    }
    if let Some(path) = args.export_json {
        exports.push(Export { path, render: Box::new(JsonRender) });
    }
    if let Some(path) = args.export_markdown {
        exports.push(Export { path, render: Box::new(MarkdownRender { detail: args.detail, drivers }) });
    }
    if let Some(path) = args.export_xlsx {
        exports.push(Export { path, render: Box::new(XlsxRender) });
    }
    if let Some(path) = args.export_html {
        exports.push(Export { path, render: Box::new(crate::render::HtmlRender) });
    }
    if exports.iter().any(|export| export.path.as_os_str() == "-") {
        return Err(UsageError(Text::new("usage-export-dash")));
    }
    Ok(CompareOptions {
        confidence: confidence_settings(&args.confidence),
        inputs: with_uncertainty(inputs(args.input)?, &args.confidence),
        stdout,
        exports,
        replace_existing: args.force,
        color_diagnostics,
    })
}

/// `--confidence` and its settings.
fn confidence_settings(args: &cli::ConfidenceArgs) -> Option<crate::confidence::Settings> {
    args.confidence.then(|| crate::confidence::Settings {
        samples: args.samples.unwrap_or(crate::confidence::DEFAULT_SAMPLES),
        seed: args.seed,
        threads: 0,
    })
}

fn with_uncertainty(inputs: Inputs, args: &cli::ConfidenceArgs) -> Inputs {
    Inputs {
        uncertainty: UncertaintyArgs {
            spread: args.weight_uncertainty,
            ranges: args.weight_range.clone(),
            orders: args.weight_order.clone(),
        },
        ..inputs
    }
}

fn inputs(args: cli::InputArgs) -> Result<Inputs, UsageError> {
    let evaluated_on = args.as_of.unwrap_or_else(crate::date::today);
    Ok(Inputs {
        max_age: args.max_age.map(|age| (age, evaluated_on)),
        skip_bad_rows: args.skip_bad_rows,
        evaluator: args.evaluator,
        reuse_evidence: args.reuse_evidence,
        profile: args.profile,
        weights: args.weights,
        as_of: args.as_of,
        ..Inputs::new(rubric_source(&args.rubric)?, args.evidence, evaluated_on)
    })
}

/// `--rubric`: a path if it looks like one or exists, else a built-in name.
pub fn rubric_source(value: &str) -> Result<RubricSource, UsageError> {
    let path = Path::new(value);
    if value.ends_with(".toml") || value.contains(std::path::MAIN_SEPARATOR) || value.contains('/') || path.exists() {
        return Ok(RubricSource::File(path.to_path_buf()));
    }
    builtin_name(value).map(RubricSource::Builtin)
}

fn builtin_name(name: &str) -> Result<&'static str, UsageError> {
    builtin::names().find(|n| *n == name).ok_or_else(|| {
        UsageError(
            Text::new("usage-no-rubric")
                .arg("name", name)
                .part("allowed", crate::load::allowed_as(builtin::names(), name, "allowed-builtin")),
        )
    })
}

/// The terminal's width when standard output is one, else a fixed width.
fn table_width() -> u16 {
    let stdout = std::io::stdout();
    match stdout.is_terminal().then(|| terminal_size::terminal_size_of(&stdout)).flatten() {
        Some((terminal_size::Width(width), _)) if width > 0 => width,
        _ => PIPED_TABLE_WIDTH,
    }
}

/// Whether to colour standard output and standard error: one decision, the
/// one clap's own help makes, through `anstream` (`auto`: a terminal, unless
/// `NO_COLOR` is set, `CLICOLOR=0`, or `TERM=dumb`; `CLICOLOR_FORCE=1`
/// colours a pipe too). `--color always|never` overrides all of them.
fn use_color(when: ColorWhen) -> (bool, bool) {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    // anstream colours a terminal whenever `CI` is set, even with TERM=dumb; a
    // dumb terminal gets none here unless CLICOLOR_FORCE asks for it.
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb") && !set("CLICOLOR_FORCE");
    let choice = match when {
        ColorWhen::Always => colorchoice::ColorChoice::Always,
        ColorWhen::Never => colorchoice::ColorChoice::Never,
        ColorWhen::Auto if dumb => colorchoice::ColorChoice::Never,
        ColorWhen::Auto => colorchoice::ColorChoice::Auto,
    };
    choice.write_global();
    let colours = |choice: anstream::ColorChoice| choice != anstream::ColorChoice::Never;
    (
        colours(anstream::AutoStream::choice(&std::io::stdout())),
        colours(anstream::AutoStream::choice(&std::io::stderr())),
    )
}
