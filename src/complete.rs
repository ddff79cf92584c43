//! Shell completion that knows the data: clap_complete's dynamic engine
//! calls back into vendorcard (`VENDORCARD_COMPLETE=bash vendorcard -- …`) and these
//! functions say what fits where the cursor is: built-in rubric names
//! beside files, the profile ids and weight ids of the rubric named on the
//! line so far (the default one otherwise), and the vendors of the evidence
//! named on the line (or of the `*.toml` files in the current folder).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use clap_complete::engine::{CompletionCandidate, PathCompleter, ValueCompleter};

use crate::diagnostic::Diagnostics;

/// What the user typed so far: the words after `--` in the completion call.
fn typed() -> Vec<String> {
    let args: Vec<String> = std::env::args().collect();
    let start = args.iter().position(|a| a == "--").map_or(args.len(), |i| i + 1);
    args[start..].to_vec()
}

/// The value of `--NAME VALUE` or `--NAME=VALUE` in the typed words.
fn typed_option(words: &[String], name: &str) -> Option<String> {
    let long = format!("--{name}");
    let joined = format!("--{name}=");
    words.iter().enumerate().find_map(|(i, word)| {
        if let Some(value) = word.strip_prefix(&joined) {
            Some(value.to_string())
        } else if *word == long {
            words.get(i + 1).cloned()
        } else {
            None
        }
    })
}

fn starting_with(current: &OsStr, values: impl IntoIterator<Item = String>) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    values.into_iter().filter(|v| v.starts_with(current.as_ref())).map(CompletionCandidate::new).collect()
}

/// `--rubric`, `rubrics show`, `rubrics diff`: built-in names, then files.
pub fn rubric(current: &OsStr) -> Vec<CompletionCandidate> {
    let mut candidates: Vec<CompletionCandidate> = starting_with(current, crate::builtin::names().map(String::from))
        .into_iter()
        .map(|c| c.help(Some("built-in rubric".into())))
        .collect();
    candidates.extend(PathCompleter::any().complete(current));
    candidates
}

/// `init --rubric-from`: built-in names only.
pub fn builtin(current: &OsStr) -> Vec<CompletionCandidate> {
    starting_with(current, crate::builtin::names().map(String::from))
}

/// The rubric named on the line (`--rubric`), or the default one.
fn typed_rubric() -> Option<crate::rubric::Rubric> {
    let name = typed_option(&typed(), "rubric").unwrap_or_else(|| crate::builtin::DEFAULT.to_string());
    let source = crate::options::rubric_source(&name).ok()?;
    crate::load::load_rubric(&source, &mut Diagnostics::default()).0
}

/// `--profile`: the rubric's profile ids.
pub fn profile(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(rubric) = typed_rubric() else { return Vec::new() };
    starting_with(current, rubric.profiles.iter().map(|p| p.name.clone()))
}

/// `--weight`, `--weight-range`: `ID=` for every category and criterion id.
pub fn weight_id(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(rubric) = typed_rubric() else { return Vec::new() };
    let categories = rubric.categories.iter().map(|c| (format!("{}=", c.id), format!("category: {}", c.name)));
    let criteria = rubric.criteria().map(|(_, c)| (format!("{}=", c.id), c.name.clone()));
    let typed = current.to_string_lossy();
    categories
        .chain(criteria)
        .filter(|(id, _)| id.starts_with(typed.as_ref()))
        .map(|(id, name)| CompletionCandidate::new(id).help(Some(name.into())))
        .collect()
}

/// `explain VENDOR`: the `vendor = …` of every evidence file named on the
/// line, else of the `*.toml` files in the current folder.
pub fn vendor(current: &OsStr) -> Vec<CompletionCandidate> {
    let words = typed();
    let mut paths: Vec<PathBuf> = words.iter().skip(1).map(PathBuf::from).filter(|p| p.exists()).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let mut names = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|entry| entry.path())
                .filter(|p| p.extension() == Some(OsStr::new("toml")))
                .collect();
            files.sort();
            names.extend(files.iter().filter_map(|file| vendor_of(file)));
        } else {
            names.extend(vendor_of(&path));
        }
    }
    names.dedup();
    starting_with(current, names)
}

/// The `vendor = …` of an evidence file, if it has one.
fn vendor_of(file: &Path) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Named {
        vendor: String,
    }
    let text = std::fs::read_to_string(file).ok()?;
    let named: Named = toml::from_str(&text).ok()?;
    Some(named.vendor)
}
