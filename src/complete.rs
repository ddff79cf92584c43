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
/// line; with none named yet (the vendor comes first), of the `*.toml` files
/// in the current folder and the folders directly in it (`samples/`).
pub fn vendor(current: &OsStr) -> Vec<CompletionCandidate> {
    let words = typed();
    let mut paths: Vec<PathBuf> = words.iter().skip(1).map(PathBuf::from).filter(|p| p.exists()).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
        paths.extend(entries(Path::new(".")).into_iter().filter(|p| {
            p.is_dir() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.') || n == "target")
        }));
    }
    let mut names = Vec::new();
    for path in paths {
        if path.is_dir() {
            let files = entries(&path).into_iter().filter(|p| p.extension() == Some(OsStr::new("toml")));
            names.extend(files.take(MAX_FILES).filter_map(|file| vendor_of(&file)));
        } else {
            names.extend(vendor_of(&path));
        }
    }
    names.sort();
    names.dedup();
    // bash puts a candidate on the line as it is: a name with a space goes in quotes
    // (zsh and fish quote for themselves). Only bash's script sets this variable.
    let bash = std::env::var_os("_CLAP_COMPLETE_COMP_TYPE").is_some();
    let typed = current.to_string_lossy();
    let bare = typed.trim_start_matches(['\'', '"']);
    names
        .into_iter()
        .filter(|name| name.starts_with(bare))
        .map(|name| match bash && name.contains(|c: char| c.is_whitespace() || "'\"$`\\".contains(c)) {
            true => CompletionCandidate::new(format!("'{}'", name.replace('\'', "'\\''"))),
            false => CompletionCandidate::new(name),
        })
        .collect()
}

/// At most this many files of a folder are read for vendor names.
const MAX_FILES: usize = 500;

/// A folder's entries, sorted.
fn entries(folder: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> =
        std::fs::read_dir(folder).into_iter().flatten().flatten().map(|entry| entry.path()).collect();
    found.sort();
    found
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
