//! Reading rubric and evidence files into validated plain data, with every
//! problem located by file, line and column.

pub mod evidence;
pub mod extends;
pub mod rubric;
pub mod tickets;

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::io::Read;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use crate::diagnostic::{Diagnostic, Diagnostics, Location, Source};
use crate::evidence::VendorEvidence;
use crate::i18n::Text;
use crate::options::{Inputs, RubricSource};
use crate::provenance::{sha256_hex, FileOrigin, Provenance, RubricOrigin};
use crate::rubric::Rubric;
use crate::tickets::{Sla, TicketStats};

/// Larger input files are refused before reading: no real rubric or
/// evidence file comes near this, and it bounds memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a text file, refusing oversized or non-UTF-8 files with a clear
/// error. `what` is the message key of what the file is (`what-rubric`); the
/// error is a [`Text`], so each output says it in its own language.
pub fn read_text(path: &Path, what: &'static str) -> Result<String, Text> {
    let shown = path.display().to_string();
    let failed = |error: std::io::Error| read_failed(what, path, &error);
    let file = fs::File::open(path).map_err(failed)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(failed)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let mib = (MAX_FILE_BYTES / 1024 / 1024).to_string();
        return Err(Text::new("read-too-large").part("what", Text::new(what)).arg("path", &shown).arg("mib", mib));
    }
    String::from_utf8(bytes).map_err(|error| {
        // Say where: the text before the first bad byte is valid, so count in it.
        let valid = std::str::from_utf8(&error.as_bytes()[..error.utf8_error().valid_up_to()]).unwrap_or_default();
        let line = valid.matches('\n').count() + 1;
        let column = crate::diagnostic::display_column(valid.rsplit('\n').next().unwrap_or_default());
        Text::new("read-not-utf8")
            .part("what", Text::new(what))
            .arg("path", &shown)
            .arg("line", line.to_string())
            .arg("column", column.to_string())
    })
}

/// "reading rubric 'x': No such file or directory (os error 2)", with `what`
/// the message key of what the file is (`what-ticket-log`).
pub(crate) fn read_failed(what: &'static str, path: &Path, error: &std::io::Error) -> Text {
    Text::new("read-failed")
        .part("what", Text::new(what))
        .arg("path", path.display().to_string())
        .part("error", io_text(error))
}

/// An I/O error as the system says it in English, and in words of each
/// language for the ones people meet (a path that does not exist).
pub(crate) fn io_text(error: &std::io::Error) -> Text {
    let key = match error.kind() {
        std::io::ErrorKind::NotFound => "io-not-found",
        std::io::ErrorKind::PermissionDenied => "io-permission-denied",
        std::io::ErrorKind::IsADirectory => "io-is-a-directory",
        _ => return Text::verbatim(error.to_string()),
    };
    Text::new(key).arg("system", error.to_string())
}

/// Parses TOML into `T`, turning a syntax or shape error into a located diagnostic.
/// The diagnostic is boxed: it is the rare path and far larger than most `T`.
pub(crate) fn parse<T: for<'de> Deserialize<'de>>(source: &Source) -> Result<T, Box<Diagnostic>> {
    toml::from_str(source.text).map_err(|error| {
        let message = tidy_message(error.message());
        let unknown = unknown_field(&message);
        // The parser's words in English; a translation of the ones people meet most.
        let text = match (&unknown, message.strip_prefix("missing key `")) {
            (Some((wrong, expected)), _) => Text::new("toml-unknown-key")
                .arg("message", &message)
                .arg("key", *wrong)
                .arg("expected", expected.iter().map(|e| format!("`{e}`")).collect::<Vec<_>>().join("、")),
            (None, Some(rest)) => {
                Text::new("toml-missing-key").arg("message", &message).arg("key", rest.trim_end_matches('`'))
            }
            (None, None) => match toml_problem(&message) {
                Some(key) => Text::new("toml-known").part("what", Text::new(key)).arg("message", &message),
                None => Text::new("toml-other").arg("message", &message),
            },
        };
        let diagnostic = match error.span() {
            Some(span) => source.error(span, text),
            None => source.file_error(text),
        };
        match unknown {
            Some((wrong, expected)) => {
                let suggested = diagnostic.clone().suggest(wrong, expected.iter().copied());
                if suggested.help.is_some() {
                    suggested
                } else {
                    diagnostic.with_help(Text::new("toml-unknown-key-help").arg("list", expected.join(", ")))
                }
            }
            None => diagnostic,
        }
        .into()
    })
}

/// The catalogue key of a TOML syntax error the parser reports often, from
/// its English words before ", expected …" (`string values must be quoted`).
fn toml_problem(message: &str) -> Option<&'static str> {
    let what = message.split(", expected").next().unwrap_or(message).trim();
    Some(match what {
        "string values must be quoted" => "toml-unquoted",
        "invalid basic string" | "invalid literal string" => "toml-unclosed-string",
        "duplicate key" => "toml-duplicate-key",
        "unclosed table" => "toml-unclosed-table",
        "unclosed array" => "toml-unclosed-array",
        "unclosed inline table" => "toml-unclosed-inline-table",
        "key with no value" => "toml-key-no-value",
        "unexpected key or value" => "toml-one-per-line",
        "invalid date" => "toml-invalid-date",
        "invalid time" => "toml-invalid-time",
        "invalid float" | "invalid integer" => "toml-invalid-number",
        "invalid boolean" => "toml-invalid-boolean",
        "unquoted keys cannot be empty" => "toml-empty-key",
        _ => return None,
    })
}

/// serde speaks Rust (`f64`, `a sequence`); users wrote TOML.
fn tidy_message(message: &str) -> String {
    // The parser's own guard against stack exhaustion, in words a user can act on.
    if message.contains("recurse further") || message.trim() == "recursion limit" {
        return "nested too deeply: no rubric or evidence file needs this many levels of tables or arrays".into();
    }
    message
        .replace("unknown field", "unknown key")
        .replace("missing field", "missing key")
        .replace("expected a TOML datetime", "expected a TOML date such as 2026-10-14, written without quotes")
        .replace("expected f64", "expected a number")
        .replace("expected i64", "expected an integer")
        .replace("expected a sequence", "expected an array")
        .replace("expected a map", "expected a table")
        .replace("expected a boolean", "expected true or false")
}

/// From "unknown field `x`, expected `a` or `b`": `x` and `[a, b]`.
fn unknown_field(message: &str) -> Option<(&str, Vec<&str>)> {
    let rest = message.strip_prefix("unknown key ")?;
    let mut quoted = rest.split('`').skip(1).step_by(2);
    let wrong = quoted.next()?;
    Some((wrong, quoted.collect()))
}

/// "allowed: a, b, c", led by "did you mean" when one is close to `wrong`.
pub(crate) fn allowed<'a>(names: impl IntoIterator<Item = &'a str> + Clone, wrong: &str) -> Text {
    allowed_as(names, wrong, "allowed-values")
}

/// [`allowed`], naming what the names are: "profiles: a, b" (`what` is a message key).
pub(crate) fn allowed_as<'a>(
    names: impl IntoIterator<Item = &'a str> + Clone,
    wrong: &str,
    what: &'static str,
) -> Text {
    let list = names.clone().into_iter().collect::<Vec<_>>().join(", ");
    let text = match crate::diagnostic::closest(wrong, names) {
        Some(best) => Text::new("allowed-did-you-mean").arg("best", best),
        None => Text::new("allowed-list"),
    };
    text.part("what", Text::new(what)).arg("list", list)
}

/// A TOML table read as `(key, value)` pairs in file order, so keys can keep
/// their spans and listings keep the author's order.
#[derive(Debug)]
pub(crate) struct Entries<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for Entries<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Entries<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<K, V> {
            type Value = Entries<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a table")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

/// Reads and checks a rubric alone; its problems go to `diagnostics`. Also
/// returns where it came from, with the hash of its text, when it was read.
pub fn load_rubric(source: &RubricSource, diagnostics: &mut Diagnostics) -> (Option<Rubric>, Option<RubricOrigin>) {
    load_rubric_read(source, diagnostics, &mut Vec::new())
}

/// [`load_rubric`], adding every file it read (the rubric and what it
/// extends, canonical paths) to `read`.
fn load_rubric_read(
    source: &RubricSource,
    diagnostics: &mut Diagnostics,
    read: &mut Vec<PathBuf>,
) -> (Option<Rubric>, Option<RubricOrigin>) {
    let Some(RubricText { name, text, lineage }) = rubric_text(source, diagnostics) else { return (None, None) };
    if let RubricSource::File(path) = source {
        read.extend(fs::canonicalize(path).ok());
    }
    read.extend(lineage.iter().filter_map(|ancestor| ancestor.path.clone()));
    let origin = RubricOrigin {
        source: match source {
            RubricSource::Builtin(name) => format!("built-in {name}"),
            RubricSource::File(path) => path.display().to_string(),
        },
        // The rubric as used: with whatever it extends merged in.
        sha256: sha256_hex(text.as_bytes()),
    };
    let before = diagnostics.0.len();
    let rubric = rubric::parse_rubric(&Source { name: &name, text: &text }, diagnostics);
    // Problems in a merged rubric are shown in the file that wrote the key.
    for diagnostic in &mut diagnostics.0[before..] {
        extends::relocate(diagnostic, &text, &lineage);
    }
    (rubric, Some(origin))
}

/// A rubric's TOML text, with any `extends` resolved.
pub struct RubricText {
    /// The name to report problems under.
    pub name: String,
    pub text: String,
    /// The `extends` chain, the rubric itself first; empty when it extends nothing.
    pub lineage: Vec<extends::Ancestor>,
}

/// The rubric's TOML text with any `extends` resolved, and the name to
/// report problems under. `None` after reporting why.
pub fn rubric_text(source: &RubricSource, diagnostics: &mut Diagnostics) -> Option<RubricText> {
    let (name, text, origin) = match source {
        RubricSource::Builtin(name) => (
            format!("<built-in rubric {name}>"),
            crate::builtin::get(name).unwrap_or_default().to_string(),
            extends::Origin::Builtin(name.to_string()),
        ),
        RubricSource::File(path) => match read_text(path, "what-rubric") {
            Ok(text) => (
                path.display().to_string(),
                text,
                extends::Origin::File {
                    path: fs::canonicalize(path).unwrap_or_else(|_| path.clone()),
                    shown: path.clone(),
                },
            ),
            Err(error) => {
                diagnostics.push(file_problem(&path.display().to_string(), error));
                return None;
            }
        },
    };
    let resolved = extends::resolve(&Source { name: &name, text: &text }, &origin, diagnostics)?;
    if resolved.lineage.is_empty() {
        Some(RubricText { name, text, lineage: Vec::new() })
    } else {
        // What no file of the chain wrote is located in the merged text: `rubrics show --resolved` prints it.
        Some(RubricText {
            name: format!("{name} (resolved: see `vendorcard rubrics show --resolved`)"),
            text: resolved.text,
            lineage: resolved.lineage,
        })
    }
}

/// Applies `--profile`, then each `--weight`, to the rubric's weights; a
/// problem is an error diagnostic and the rubric is dropped.
fn adjust_weights(mut rubric: Rubric, inputs: &Inputs, diagnostics: &mut Diagnostics) -> Option<Rubric> {
    let mut fail = |flag: &str, message: Text| {
        diagnostics.push(Source { name: flag, text: "" }.file_error(message));
        None
    };
    if let Some(name) = &inputs.profile {
        let Some(profile) = rubric.profile(name).cloned() else {
            let names: Vec<&str> = rubric.profiles.iter().map(|p| p.name.as_str()).collect();
            let known = if names.is_empty() {
                Text::new("no-profiles")
            } else {
                allowed_as(names.iter().copied(), name, "allowed-profiles")
            };
            return fail(
                "--profile",
                Text::new("unknown-profile").arg("rubric", &rubric.id).arg("name", name).part("known", known),
            );
        };
        rubric = match rubric.reweighted(&profile.weights, format!("profile `{name}`")) {
            Ok(rubric) => rubric,
            Err(message) => return fail("--profile", message),
        };
    }
    for (id, weight) in &inputs.weights {
        let why = format!("--weight {id}={}", crate::evidence::format_number(*weight));
        rubric = match rubric.reweighted(&[(id.clone(), *weight)], why) {
            Ok(rubric) => rubric,
            Err(message) => return fail("--weight", message),
        };
    }
    // The command line's uncertainty over the rubric's: its spread replaces, its ranges and orders add.
    let asked = &inputs.uncertainty;
    let mut uncertainty = rubric.uncertainty.clone();
    if let Some(spread) = asked.spread {
        uncertainty.spread = spread;
    }
    for (id, low, high) in &asked.ranges {
        uncertainty.ranges.retain(|(other, _, _)| other != id);
        uncertainty.orders.retain(|order| !order.contains(id));
        uncertainty.ranges.push((id.clone(), *low, *high));
    }
    for order in &asked.orders {
        uncertainty.ranges.retain(|(id, _, _)| !order.contains(id));
        uncertainty.orders.retain(|other| !other.iter().any(|id| order.contains(id)));
        uncertainty.orders.push(order.clone());
    }
    if let Err((_, message)) = uncertainty.check(&rubric) {
        let flag = if asked.orders.is_empty() { "--weight-range" } else { "--weight-order" };
        return fail(flag, message);
    }
    rubric.uncertainty = uncertainty;
    Some(rubric)
}

/// Everything read from the inputs: the rubric and evidence that passed, and
/// every problem found on the way.
pub struct Loaded {
    pub rubric: Option<Rubric>,
    pub vendors: Vec<VendorEvidence>,
    pub diagnostics: Diagnostics,
    /// How many evidence files were read.
    pub files: usize,
    /// The figures of each vendor's ticket logs, for vendors that have any.
    pub tickets: Vec<VendorTickets>,
    /// The rubric and files behind the scores, when the rubric could be read.
    pub provenance: Option<Provenance>,
    /// Every file read (rubric, what it extends, evidence, ticket logs),
    /// canonical: an export must never replace one of them.
    pub read: Vec<PathBuf>,
}

/// One vendor's ticket-log figures and SLA commitments.
pub struct VendorTickets {
    pub vendor: String,
    pub stats: TicketStats,
    pub sla: Option<Sla>,
}

/// Reads the rubric and every evidence file, checking each against the
/// rubric and all of them against each other. Never stops at the first
/// problem: each one becomes a diagnostic.
pub fn load_inputs(inputs: &Inputs) -> Loaded {
    let mut diagnostics = Diagnostics::default();
    let mut read = Vec::new();
    let (rubric, rubric_origin) = load_rubric_read(&inputs.rubric, &mut diagnostics, &mut read);
    let rubric = rubric.and_then(|rubric| adjust_weights(rubric, inputs, &mut diagnostics));
    let mut files = Vec::new();
    for path in &inputs.evidence {
        match evidence_files(path, &inputs.rubric) {
            Ok(found) => files.extend(found),
            Err(error) => diagnostics.push(file_problem(&path.display().to_string(), error)),
        }
    }
    let mut loaded = Loaded {
        rubric: None,
        vendors: Vec::new(),
        diagnostics,
        files: files.len(),
        tickets: Vec::new(),
        provenance: None,
        read,
    };
    let mut origins = Vec::new();
    let Some(rubric) = rubric else {
        return loaded;
    };

    // Vendor name (compared as [`vendor_key`]) → the file and place that first named it.
    let mut first_seen: HashMap<String, (String, String, Location)> = Default::default();
    crate::progress::stage(&crate::t!("progress-evidence"), &crate::t!("progress-files"));
    for path in files {
        crate::progress::advance(1);
        let name = path.display().to_string();
        loaded.read.extend(fs::canonicalize(&path).ok());
        let text = match read_text(&path, "what-evidence-file") {
            Ok(text) => text,
            Err(error) => {
                loaded.diagnostics.push(file_problem(&name, error));
                continue;
            }
        };
        let source = Source { name: &name, text: &text };
        let Some(parsed) = evidence::parse_evidence(&source, &rubric, inputs.reuse_evidence, &mut loaded.diagnostics)
        else {
            continue;
        };
        let vendor = parsed.evidence.vendor.clone();
        if let Some((first, file, at)) = first_seen.get(&vendor_key(&vendor)) {
            let same = if *first == vendor {
                Text::new("vendor-same")
            } else {
                Text::new("vendor-same-but-case").arg("first", first)
            };
            let place = format!("{file}:{}:{}", at.line, at.column);
            loaded.diagnostics.push(
                source
                    .error(parsed.vendor_span, Text::new("vendor-twice").arg("vendor", &vendor))
                    .with_help(Text::new("vendor-twice-help").arg("place", place).part("same", same)),
            );
            continue;
        }
        if let Some((max_age, as_of)) = inputs.max_age {
            for warning in parsed.age_warnings(&source, max_age, as_of) {
                loaded.diagnostics.push(warning);
            }
        }
        first_seen
            .insert(vendor_key(&vendor), (vendor.clone(), name.clone(), source.locate(parsed.vendor_span.clone())));
        origins.push(FileOrigin {
            vendor: vendor.clone(),
            role: "evidence",
            file: name.clone(),
            sha256: sha256_hex(text.as_bytes()),
        });
        // The .ics calendars the SLA clocks were read from.
        for path in &parsed.other_inputs {
            loaded.read.extend(fs::canonicalize(path).ok());
            if let Ok(sha256) = crate::provenance::sha256_file(path) {
                let file = path.display().to_string();
                origins.push(FileOrigin { vendor: vendor.clone(), role: "calendar", file, sha256 });
            }
        }
        let mut parsed = parsed;
        if !parsed.tickets.is_empty() {
            let Some(stats) = tickets::measure_tickets(
                &source,
                &rubric,
                &mut parsed,
                &crate::tickets::ReadOptions {
                    skip_bad_rows: inputs.skip_bad_rows,
                    hash: inputs.hash_ticket_logs,
                    as_of: inputs.as_of,
                    block_bytes: crate::tickets::ReadOptions::block_bytes_from_env(),
                },
                inputs.scope.as_ref(),
                &mut loaded.diagnostics,
            ) else {
                continue;
            };
            loaded.read.extend(parsed.tickets.iter().filter_map(|(log, _)| fs::canonicalize(&log.path).ok()));
            for (file, sha256) in &stats.file_hashes {
                origins.push(FileOrigin {
                    vendor: vendor.clone(),
                    role: "ticket log",
                    file: file.clone(),
                    sha256: sha256.clone(),
                });
            }
            for changes in parsed.tickets.iter().filter_map(|(log, _)| log.changes.as_deref()) {
                loaded.read.extend(fs::canonicalize(&changes.path).ok());
                if let Some(sha256) =
                    inputs.hash_ticket_logs.then(|| crate::provenance::sha256_file(&changes.path).ok()).flatten()
                {
                    let file = changes.path.display().to_string();
                    origins.push(FileOrigin { vendor: vendor.clone(), role: "status changes", file, sha256 });
                }
            }
            loaded.tickets.push(VendorTickets {
                vendor: parsed.evidence.vendor.clone(),
                stats,
                sla: parsed.sla.clone(),
            });
        }
        if let Some(evaluator) = &inputs.evaluator {
            parsed.evidence.keep_only_evaluator(evaluator);
        }
        loaded.vendors.push(parsed.evidence);
    }
    if let Some(evaluator) = &inputs.evaluator {
        let known: Vec<&str> = loaded.vendors.iter().flat_map(|v| v.evaluators.iter().map(String::as_str)).collect();
        if !loaded.vendors.is_empty() && !known.contains(&evaluator.as_str()) {
            loaded.diagnostics.push(
                Source { name: "--evaluator", text: "" }
                    .file_error(Text::new("no-such-evaluator").arg("name", evaluator))
                    .with_help(allowed_as(known.iter().copied(), evaluator, "allowed-evaluators")),
            );
        }
    }
    loaded.provenance = rubric_origin.map(|rubric| Provenance {
        tool: "vendorcard",
        version: env!("CARGO_PKG_VERSION"),
        evaluated_on: inputs.evaluated_on.to_string(),
        rubric,
        files: origins,
    });
    loaded.rubric = Some(rubric);
    loaded
}

/// Vendor names are one vendor when they differ only in case or in spaces
/// around and between words (`"Acme"`, `" acme "`): `explain` could not tell them apart.
pub fn vendor_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn file_problem(name: &str, message: Text) -> Diagnostic {
    Source { name, text: "" }.file_error(message)
}

/// The evidence files a path stands for: the file itself, or a folder's
/// `*.toml` files in name order — not hidden ones (`.x.toml`, and the `._x.toml`
/// files macOS leaves on shared drives), and not the rubric file, if it lives there too.
fn evidence_files(path: &Path, rubric: &RubricSource) -> Result<Vec<PathBuf>, Text> {
    let failed = |what: &'static str, error: std::io::Error| read_failed(what, path, &error);
    let metadata = fs::metadata(path).map_err(|e| failed("what-evidence", e))?;
    if !metadata.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let rubric_file = match rubric {
        RubricSource::File(file) => fs::canonicalize(file).ok(),
        RubricSource::Builtin(_) => None,
    };
    let mut found = Vec::new();
    for entry in fs::read_dir(path).map_err(|e| failed("what-folder", e))? {
        let entry = entry.map_err(|e| failed("what-folder", e))?;
        let file = entry.path();
        let is_toml = file.extension().is_some_and(|e| e == "toml");
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if is_toml && !hidden && file.is_file() && fs::canonicalize(&file).ok() != rubric_file {
            found.push(file);
        }
    }
    if found.is_empty() {
        return Err(Text::new("folder-empty").arg("path", path.display().to_string()));
    }
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_message_is_split_into_key_and_candidates() {
        let parsed = unknown_field("unknown key `valu`, expected `value` or `source`");
        assert_eq!(parsed, Some(("valu", vec!["value", "source"])));
        assert_eq!(unknown_field("invalid type"), None);
    }
}
