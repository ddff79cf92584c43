//! The commands: load, score, render — in that order, each step on plain data.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;

use clap::CommandFactory;

use crate::builtin;
use crate::cli::{self, Cli};
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::i18n::Text;
use crate::load::{load_inputs, load_rubric, read_text, rubric_text, Loaded};
use crate::options::{
    Action, CheckOptions, CompareOptions, ExplainOptions, InitOptions, InitWhat, RubricSource, TicketsOptions,
    UsageError,
};
use crate::output::{eprint_line, is_broken_pipe, note, write_stdout, Transaction};
use crate::render;
use crate::render::text::visible;
use crate::score::score;

/// Runs the parsed command line; the exit code for success or checked failure.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let action = Action::from_cli(cli)?;
    crate::progress::start();
    match action {
        Action::Compare(options) => compare(options),
        Action::Check(options) => check(options),
        Action::Tickets(options) => tickets(options),
        Action::Explain(options) => explain(options),
        Action::ListRubrics => list_rubrics(),
        Action::DiffRubrics(old, new) => diff_rubrics(&old, &new),
        Action::Init(options) => init(options),
        Action::Completions(shell) => {
            write_stdout(&completion_script(shell)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Action::Man(options) => man(options),
        Action::Schema(what) => {
            write_stdout(crate::schema::schema(what).as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Action::ShowRubric { rubric, resolved } => show_rubric(&rubric, resolved),
    }
}

/// `rubrics show`: the rubric as written, or flattened with what it extends.
fn show_rubric(rubric: &RubricSource, resolved: bool) -> Result<ExitCode> {
    let text = match (rubric, resolved) {
        (RubricSource::Builtin(name), false) => builtin::get(name).unwrap_or_default().to_string(),
        (RubricSource::File(path), false) => read_text(path, "what-rubric")?,
        (_, true) => {
            let mut diagnostics = Diagnostics::default();
            match rubric_text(rubric, &mut diagnostics) {
                Some(resolved) if !diagnostics.has_errors() => resolved.text,
                _ => return Ok(refuse(diagnostics, false, "refused-nothing-shown")),
            }
        }
    };
    write_stdout(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Prints a command-line parsing error (or `--help`, `--version`) the way
/// clap does, except that a value the user typed that holds control
/// characters is shown with visible symbols, not sent to the terminal.
pub fn usage(error: clap::Error) -> ExitCode {
    let typed_controls = std::env::args_os().any(|arg| {
        let arg = arg.to_string_lossy();
        visible(&arg) != arg
    });
    if !error.use_stderr() || !typed_controls {
        error.exit();
    }
    // Without colour: clap's styled text would carry the typed escapes through.
    for line in error.render().to_string().lines() {
        eprint_line(&visible(line));
    }
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// Prints `error` the way a user should see it and picks the exit code:
/// 0 for a closed output pipe, 2 for a usage error, 1 for anything else.
pub fn report(error: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(error) {
        return ExitCode::SUCCESS;
    }
    // Messages quote what the user typed (a vendor, a path): shown, never obeyed by the terminal.
    eprint_line(&format!("{}: {}", crate::t!("level-error"), visible(&format!("{error:#}"))));
    if error.chain().any(|cause| cause.downcast_ref::<UsageError>().is_some()) {
        eprint_line(&format!("\n{}", crate::t!("usage-more-help")));
        return ExitCode::from(2);
    }
    ExitCode::from(1)
}

fn compare(options: CompareOptions) -> Result<ExitCode> {
    let Loaded { rubric, vendors, diagnostics, provenance, read, .. } = load_inputs(&options.inputs);
    let warnings = diagnostics.0.iter().filter(|d| d.severity == Severity::Warning).count();
    let rubric = match rubric {
        Some(rubric) if !diagnostics.has_errors() => rubric,
        _ => return Ok(refuse(diagnostics, options.color_diagnostics, "refused-nothing-scored")),
    };
    crate::progress::stage(&crate::t!("progress-scoring"), "");
    let mut scorecard = score(&rubric, &vendors);
    scorecard.provenance = provenance;
    scorecard.verify()?;
    if let Some(settings) = options.confidence {
        confidence_fits(scorecard.vendors.len())?;
        crate::progress::stage(&crate::t!("progress-sampling"), &crate::t!("progress-samples"));
        scorecard.confidence = Some(crate::confidence::analyse(&rubric, &vendors, &scorecard, settings));
    }

    // One transaction: every target checked, everything rendered and staged,
    // standard output written, and only then the files renamed into place —
    // so any failure on the way leaves every file as it was.
    let targets =
        Transaction::prepare(options.exports.iter().map(|e| e.path.as_path()), &read, options.replace_existing)?;
    crate::progress::stage(&crate::t!("progress-rendering"), "");
    let stdout = options.stdout.render(&scorecard)?;
    let exports = options.exports.iter().map(|export| export.render.render(&scorecard)).collect::<Result<Vec<_>>>()?;
    let staged = targets.stage(exports.iter().map(Vec::as_slice))?;
    if warnings > 0 {
        note(&crate::t!("note-warnings", count = warnings));
    }
    match write_stdout(&stdout) {
        // The reader of a pipe had enough (`| head`); the files asked for are still written.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    staged.commit()?;
    Ok(ExitCode::SUCCESS)
}

fn init(options: InitOptions) -> Result<ExitCode> {
    let mut read = Vec::new();
    let text = match &options.what {
        InitWhat::Rubric(name) => builtin::get(name).unwrap_or_default().to_string(),
        InitWhat::Tickets(export) => {
            read.extend(std::fs::canonicalize(&export.path).ok());
            suggest_tickets(export, options.out.as_deref())?
        }
        InitWhat::Evidence { vendor, rubric, tickets } => {
            let mut diagnostics = Diagnostics::default();
            let (Some(rubric), _) = load_rubric(rubric, &mut diagnostics) else {
                return Ok(refuse(diagnostics, false, "refused-no-template"));
            };
            if let RubricSource::File(path) = rubric_source_file(&options) {
                read.extend(std::fs::canonicalize(path).ok());
            }
            let table = match tickets {
                Some(export) => {
                    read.extend(std::fs::canonicalize(&export.path).ok());
                    Some(suggest_tickets(export, options.out.as_deref())?)
                }
                None => None,
            };
            crate::template::evidence_template(&rubric, vendor, crate::date::today(), table.as_deref())
        }
    };
    match &options.out {
        Some(path) => {
            let staged =
                Transaction::prepare([path.as_path()], &read, options.replace_existing)?.stage([text.as_bytes()])?;
            staged.commit()?;
            note(&crate::t!("note-wrote", path = visible(&path.display().to_string()).as_ref()));
        }
        None => write_stdout(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The `[[tickets]]` table for an export, naming it as the evidence file
/// at `out` will find it: relative to that file's folder (a `file` in an
/// evidence file is). Without `out`, as given, for an evidence file in the
/// current folder.
fn suggest_tickets(export: &crate::options::TicketsExport, out: Option<&std::path::Path>) -> Result<String> {
    let file = match out {
        Some(out) => relative_path(&export.path, out.parent().unwrap_or(std::path::Path::new(""))),
        None => None,
    };
    let file = file.unwrap_or_else(|| export.path.display().to_string());
    crate::tickets::suggest::suggest(&export.path, &file, export.sheet.as_deref()).map_err(anyhow::Error::msg)
}

/// `target` as a path relative to the folder `from` (`../exports/x.csv`),
/// when both resolve.
fn relative_path(target: &std::path::Path, from: &std::path::Path) -> Option<String> {
    let from = if from.as_os_str().is_empty() { std::path::Path::new(".") } else { from };
    let (target, from) = (std::fs::canonicalize(target).ok()?, std::fs::canonicalize(from).ok()?);
    let common = target.components().zip(from.components()).take_while(|(a, b)| a == b).count();
    let mut relative = std::path::PathBuf::new();
    for _ in from.components().skip(common) {
        relative.push("..");
    }
    relative.extend(target.components().skip(common));
    Some(relative.display().to_string())
}

/// The rubric `init --vendor` reads, to keep `--out` from replacing it.
fn rubric_source_file(options: &InitOptions) -> &RubricSource {
    match &options.what {
        InitWhat::Evidence { rubric, .. } => rubric,
        InitWhat::Rubric(_) | InitWhat::Tickets(_) => &RubricSource::Builtin(builtin::DEFAULT),
    }
}

fn explain(options: ExplainOptions) -> Result<ExitCode> {
    let loaded = load_inputs(&options.inputs);
    let Some(rubric) = loaded.rubric.as_ref().filter(|_| !loaded.diagnostics.has_errors()) else {
        return Ok(refuse(loaded.diagnostics, options.color_diagnostics, "refused-nothing-explained"));
    };
    let mut card = score(rubric, &loaded.vendors);
    card.provenance = loaded.provenance.clone();
    card.verify()?;
    if let Some(settings) = options.confidence {
        confidence_fits(card.vendors.len())?;
        crate::progress::stage(&crate::t!("progress-sampling"), &crate::t!("progress-samples"));
        card.confidence = Some(crate::confidence::analyse(rubric, &loaded.vendors, &card, settings));
    }
    let wanted = options.vendor.trim();
    // Names that differ only in case or spaces are one vendor (the loader refuses two such files).
    let found = card.vendors.iter().find(|v| crate::load::vendor_key(&v.vendor) == crate::load::vendor_key(wanted));
    let Some(vendor) = found else {
        let names: Vec<&str> = card.vendors.iter().map(|v| v.vendor.as_str()).collect();
        // A near miss of the whole name, or of its beginning ("Quilstack" for "Quillstack Cloud").
        let lower = wanted.to_lowercase();
        let prefix = |name: &str| name.to_lowercase().chars().take(lower.chars().count()).collect::<String>();
        let near = crate::diagnostic::closest(wanted, names.iter().copied()).or_else(|| {
            let prefixes: Vec<String> = names.iter().map(|n| prefix(n)).collect();
            let best = crate::diagnostic::closest(&lower, prefixes.iter().map(String::as_str))?;
            names.iter().copied().find(|n| prefix(n) == best)
        });
        let vendors = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
        let message = match near {
            Some(best) => Text::new("usage-no-vendor-hint").arg("best", best),
            None => Text::new("usage-no-vendor"),
        };
        return Err(UsageError(message.arg("wanted", wanted).arg("vendors", vendors)).into());
    };
    let out = match options.format {
        cli::ExplainFormat::Json => render::explain::json(&card, vendor)?,
        cli::ExplainFormat::Text => render::explain::text(&render::explain::explain(&card, vendor)),
        cli::ExplainFormat::Markdown => render::explain::markdown(&render::explain::explain(&card, vendor)),
    };
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// `--confidence` on a shortlist, not on thousands of vendors.
fn confidence_fits(vendors: usize) -> Result<()> {
    if vendors > crate::confidence::MAX_VENDORS {
        return Err(UsageError(
            Text::new("usage-confidence-vendors")
                .arg("max", crate::confidence::MAX_VENDORS.to_string())
                .arg("vendors", vendors.to_string()),
        )
        .into());
    }
    Ok(())
}

/// Prints the errors among `diagnostics` (warnings would bury them; `check`
/// shows both) and says what was not done; exit code 1.
fn refuse(diagnostics: Diagnostics, color: bool, consequence: &str) -> ExitCode {
    let errors: Vec<_> = diagnostics.0.into_iter().filter(|d| d.severity == Severity::Error).collect();
    print_diagnostics(&errors, color);
    eprint_line(&format!(
        "{}: {}",
        crate::t!("level-error"),
        crate::t!(
            "refused",
            summary = Diagnostics(errors).to_string(),
            consequence = crate::i18n::message(consequence, &[])
        )
    ));
    ExitCode::from(1)
}

fn tickets(options: TicketsOptions) -> Result<ExitCode> {
    let loaded = load_inputs(&options.inputs);
    if loaded.diagnostics.has_errors() {
        return Ok(refuse(loaded.diagnostics, options.color_diagnostics, "refused-no-tickets"));
    }
    if loaded.tickets.is_empty() {
        return Err(Text::new("no-ticket-logs").arg("files", loaded.files.to_string()).into());
    }
    let reports = render::tickets::report(&loaded.tickets, options.inputs.scope.as_ref());
    let out = if options.json {
        let document =
            render::tickets::TicketsJson { format_version: render::tickets::TICKETS_FORMAT_VERSION, vendors: reports };
        let mut json = serde_json::to_string_pretty(&document)?;
        json.push('\n');
        json
    } else {
        render::tickets::text(&reports, &options.terminal)
    };
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn check(options: CheckOptions) -> Result<ExitCode> {
    let loaded = load_inputs(&options.inputs);
    let mut diagnostics = loaded.diagnostics.0;
    // Errors first, each group in the order found.
    diagnostics.sort_by_key(|d| d.severity);
    if options.json {
        let mut out = String::new();
        for diagnostic in &diagnostics {
            out.push_str(&serde_json::to_string(&diagnostic.json())?);
            out.push('\n');
        }
        write_stdout(out.as_bytes())?;
    } else {
        print_diagnostics(&diagnostics, options.color_diagnostics);
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    let failed = errors > 0 || (options.strict && warnings > 0);
    // The verdict is a note when all is well (`--quiet` drops it), an error when not.
    let say = if failed { eprint_line } else { note };
    let rubric = match &options.inputs.rubric {
        RubricSource::Builtin(name) => crate::t!("check-builtin-rubric", name = *name),
        RubricSource::File(path) => crate::t!("check-rubric-file", path = path.display().to_string()),
    };
    say(&visible(&format!(
        "{}: {}",
        if failed { crate::t!("level-error") } else { crate::t!("check-ok") },
        crate::t!(
            "check-verdict",
            rubric = rubric,
            files = loaded.files,
            errors = errors,
            warnings = warnings,
            strict = if options.strict && warnings > 0 { crate::t!("check-strict") } else { String::new() }
        )
    )));
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn diff_rubrics(old: &RubricSource, new: &RubricSource) -> Result<ExitCode> {
    let mut diagnostics = Diagnostics::default();
    let (before, _) = load_rubric(old, &mut diagnostics);
    let (after, _) = load_rubric(new, &mut diagnostics);
    let (Some(before), Some(after)) = (before, after) else {
        return Ok(refuse(diagnostics, false, "refused-nothing-compared"));
    };
    let changes = crate::rubric_diff::diff(&before, &after);
    // Ids, names and versions come from the rubric files: shown, not obeyed.
    let mut out = format!(
        "{} {} → {} {}\n",
        visible(&before.id),
        visible(&before.version),
        visible(&after.id),
        visible(&after.version)
    );
    if changes.is_empty() {
        out.push_str(&format!("{}\n", crate::t!("diff-no-changes")));
    }
    for change in changes {
        out.push_str(&format!("  {}\n", visible(&change.to_string())));
    }
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn list_rubrics() -> Result<ExitCode> {
    let mut out = String::new();
    for (name, text) in builtin::RUBRICS {
        let mut diagnostics = Diagnostics::default();
        let source = crate::diagnostic::Source { name, text };
        match crate::load::rubric::parse_rubric(&source, &mut diagnostics) {
            Some(rubric) => writeln!(
                out,
                "{name:<14} {}  {}",
                rubric.version,
                crate::t!(
                    "rubrics-line",
                    title = rubric.translations.name(&rubric.name),
                    categories = rubric.categories.len().to_string(),
                    criteria = rubric.criteria().count().to_string(),
                    default = if *name == builtin::DEFAULT { crate::t!("rubrics-default") } else { String::new() }
                )
            )?,
            None => writeln!(out, "{name:<14} {}", crate::t!("rubrics-broken", diagnostics = diagnostics.to_string()))?,
        }
    }
    out.push_str(&format!("\n{}\n", crate::t!("rubrics-hint")));
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn print_diagnostics(diagnostics: &[Diagnostic], color: bool) {
    for diagnostic in diagnostics {
        eprint_line(&format!("{}\n", diagnostic.render(color)));
    }
}

/// `man`: one page (the top level's, or a subcommand's) on standard output,
/// or with `--dir` every page, written together or not at all.
fn man(options: crate::options::ManOptions) -> Result<ExitCode> {
    let Some(dir) = options.dir else {
        let mut command = Cli::command().disable_help_subcommand(true);
        command.build();
        for name in &options.command {
            let Some(sub) = command.find_subcommand(name).cloned() else {
                let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
                return Err(UsageError(
                    Text::new("usage-no-subcommand")
                        .arg("name", name)
                        .arg("command", command.get_display_name().unwrap_or("vendorcard").replace('-', " "))
                        .arg("names", names.join(", ")),
                )
                .into());
            };
            command = sub;
        }
        write_stdout(&manual_page(command)?.1)?;
        return Ok(ExitCode::SUCCESS);
    };
    let pages = manual_pages()?;
    let paths: Vec<std::path::PathBuf> = pages.iter().map(|(name, _)| dir.join(name)).collect();
    let staged = Transaction::prepare(paths.iter().map(|p| p.as_path()), &[], options.replace_existing)?
        .stage(pages.iter().map(|(_, page)| page.as_slice()))?;
    staged.commit()?;
    note(&crate::t!("note-wrote-pages", count = pages.len(), dir = visible(&dir.display().to_string()).as_ref()));
    Ok(ExitCode::SUCCESS)
}

/// Every manual page, named as `man` finds them: `vendorcard.1`, and
/// `vendorcard-compare.1`, `vendorcard-rubrics-show.1`, … which the pages
/// above them name under SUBCOMMANDS.
pub fn manual_pages() -> Result<Vec<(String, Vec<u8>)>> {
    fn walk(command: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            walk(sub, pages)?;
        }
        pages.push(manual_page(command)?);
        Ok(())
    }
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    walk(command, &mut pages)?;
    pages.reverse();
    Ok(pages)
}

/// The variable through which a completion script asks what fits; named for
/// vendorcard so that a `COMPLETE` some other tool sets is left alone.
pub const COMPLETE_VAR: &str = "VENDORCARD_COMPLETE";

/// The script that registers vendorcard's completion with `shell`: it asks
/// `vendorcard` (found on `PATH`) what fits, through `VENDORCARD_COMPLETE=<shell>`, so
/// rubric names, profile ids and vendor names come from the data.
pub fn completion_script(shell: clap_complete::Shell) -> Result<Vec<u8>> {
    use clap_complete::env::EnvCompleter;
    let completer: &dyn EnvCompleter = match shell {
        clap_complete::Shell::Bash => &clap_complete::env::Bash,
        clap_complete::Shell::Zsh => &clap_complete::env::Zsh,
        clap_complete::Shell::Fish => &clap_complete::env::Fish,
        clap_complete::Shell::Elvish => &clap_complete::env::Elvish,
        clap_complete::Shell::PowerShell => &clap_complete::env::Powershell,
        _ => anyhow::bail!("no completion for {shell}"),
    };
    let mut script = Vec::new();
    completer.write_registration(COMPLETE_VAR, "vendorcard", "vendorcard", "vendorcard", &mut script)?;
    Ok(script)
}

/// One manual page and its file name. The `.TH` line names the program and
/// version as its source and today as its date (clap_mangen leaves the date
/// out and puts the subcommand's name there); a blank line between two
/// breaks becomes one paragraph space, which `mandoc -T lint` asks for.
fn manual_page(command: clap::Command) -> Result<(String, Vec<u8>)> {
    let man = clap_mangen::Man::new(command)
        .source(format!("vendorcard {}", env!("CARGO_PKG_VERSION")))
        .date(crate::date::today().to_string())
        .manual("vendorcard manual");
    let mut page = Vec::new();
    man.render(&mut page)?;
    let page = String::from_utf8(page)?.replace("\n.br\n\n.br\n", "\n.sp\n");
    Ok((man.get_filename(), page.into_bytes()))
}
