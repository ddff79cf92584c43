//! `extends = "…"`: a rubric built on another. The parent chain is merged as
//! TOML tables — categories and criteria matched by `id`, the child's keys
//! winning — then `remove = [ids]` applied, and the flattened text is checked
//! by the ordinary, strict rubric loader.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::de::{DeTable, DeValue};
use toml::{Spanned, Table, Value};

use super::{parse, read_text};
use crate::diagnostic::{Diagnostic, Diagnostics, Source};
use crate::i18n::Text;

/// How many rubrics a chain of `extends` may hold, the rubric itself
/// included. Real chains are two or three deep; the limit keeps a
/// generated or looping chain from exhausting the stack.
pub const MAX_DEPTH: usize = 16;

/// One rubric of an `extends` chain as read: where errors in the merged
/// rubric are traced back to.
#[derive(Debug, Clone)]
pub struct Ancestor {
    /// As shown in messages: the path as given, or `<built-in rubric NAME>`.
    pub name: String,
    pub text: String,
    /// The file, canonical, for a rubric read from disk.
    pub path: Option<PathBuf>,
}

/// A rubric with what it extends merged in.
pub struct Resolved {
    /// The merged TOML, or the rubric's own text when it extends nothing.
    pub text: String,
    /// The chain, the rubric itself first; empty when it extends nothing.
    pub lineage: Vec<Ancestor>,
}

/// Where a rubric's text came from, to resolve a relative `extends` and to
/// detect cycles.
#[derive(Debug, Clone)]
pub enum Origin {
    Builtin(String),
    /// `path` is canonical (to tell one file from another); `shown` is the
    /// path as the user would write it, relative to where they started.
    File {
        path: PathBuf,
        shown: PathBuf,
    },
}

impl PartialEq for Origin {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Origin::Builtin(a), Origin::Builtin(b)) => a == b,
            (Origin::File { path: a, .. }, Origin::File { path: b, .. }) => a == b,
            _ => false,
        }
    }
}

impl Origin {
    fn label(&self) -> String {
        match self {
            Origin::Builtin(name) => format!("built-in {name}"),
            Origin::File { shown, .. } => shown.display().to_string(),
        }
    }

    fn canonical(&self) -> Option<PathBuf> {
        match self {
            Origin::File { path, .. } => Some(path.clone()),
            Origin::Builtin(_) => None,
        }
    }
}

/// Only the keys this module reads, with their places. `extends` is read as
/// any value so that a list or a number is refused here, at its place,
/// rather than left for the strict loader to call an unknown key.
#[derive(Deserialize)]
struct Links {
    extends: Option<Spanned<Value>>,
    remove: Option<Spanned<Value>>,
}

/// The rubric text with every parent merged in, or the text itself when it
/// extends nothing (so locations stay exact in the common case). `None`
/// after reporting a problem.
pub fn resolve(source: &Source, origin: &Origin, diagnostics: &mut Diagnostics) -> Option<Resolved> {
    let unchanged = || Resolved { text: source.text.to_string(), lineage: Vec::new() };
    let links: Links = match parse(source) {
        Ok(links) => links,
        Err(_) => return Some(unchanged()), // the strict loader reports it
    };
    if links.extends.is_none() {
        return Some(unchanged());
    }
    let mut lineage =
        vec![Ancestor { name: source.name.to_string(), text: source.text.to_string(), path: origin.canonical() }];
    let table = resolved_table(source, origin, &mut vec![origin.clone()], &mut lineage, diagnostics)?;
    Some(Resolved { text: toml::to_string(&table).unwrap_or_default(), lineage })
}

fn resolved_table(
    source: &Source,
    origin: &Origin,
    chain: &mut Vec<Origin>,
    lineage: &mut Vec<Ancestor>,
    diagnostics: &mut Diagnostics,
) -> Option<Table> {
    let mut table: Table = match parse(source) {
        Ok(table) => table,
        Err(diagnostic) => {
            diagnostics.push(*diagnostic);
            return None;
        }
    };
    let links: Links = parse(source).ok()?;
    let Some(extends) = &links.extends else { return Some(table) };
    let Some(name) = extends.get_ref().as_str() else {
        let found = match extends.get_ref() {
            Value::Array(parents) => Text::new("extends-found-list").arg("n", parents.len().to_string()),
            other if other.type_str().starts_with(['a', 'e', 'i', 'o', 'u']) => {
                Text::new("extends-found-an").arg("type", other.type_str())
            }
            other => Text::new("extends-found-a").arg("type", other.type_str()),
        };
        diagnostics.push(
            source
                .error(extends.span(), Text::new("extends-one").part("found", found))
                .with_help(Text::new("extends-one-help")),
        );
        return None;
    };
    let extends = Spanned::new(extends.span(), name.to_string());
    table.remove("extends");
    let remove = table.remove("remove");

    let parent = match locate_parent(extends.get_ref(), origin) {
        Some(parent) => parent,
        None => {
            diagnostics.push(
                source.error(extends.span(), Text::new("extends-unknown").arg("name", extends.get_ref())).with_help(
                    Text::new("extends-unknown-help")
                        .arg("names", crate::builtin::names().collect::<Vec<_>>().join(", ")),
                ),
            );
            return None;
        }
    };
    if chain.contains(&parent) {
        let cycle: Vec<String> = chain.iter().chain([&parent]).map(Origin::label).collect();
        diagnostics.push(
            source
                .error(extends.span(), Text::new("extends-cycle"))
                .with_help(Text::new("extends-cycle-help").arg("cycle", cycle.join(" → "))),
        );
        return None;
    }
    if chain.len() >= MAX_DEPTH {
        let labels: Vec<String> = chain.iter().chain([&parent]).map(Origin::label).collect();
        let shown = if labels.len() > 6 {
            format!("{} → … → {}", labels[..3].join(" → "), labels[labels.len() - 3..].join(" → "))
        } else {
            labels.join(" → ")
        };
        diagnostics.push(
            source
                .error(extends.span(), Text::new("extends-deep").arg("max", MAX_DEPTH.to_string()))
                .with_help(Text::new("extends-deep-help").arg("chain", shown)),
        );
        return None;
    }
    let (name, text) = match &parent {
        Origin::Builtin(name) => (format!("<built-in rubric {name}>"), crate::builtin::get(name)?.to_string()),
        Origin::File { path, shown } => match read_text(path, "what-rubric") {
            Ok(text) => (shown.display().to_string(), text),
            Err(message) => {
                diagnostics.push(source.error(extends.span(), message));
                return None;
            }
        },
    };
    chain.push(parent.clone());
    lineage.push(Ancestor { name: name.clone(), text: text.clone(), path: parent.canonical() });
    let base = resolved_table(&Source { name: &name, text: &text }, &parent, chain, lineage, diagnostics)?;
    chain.pop();

    // Record the lineage and what it dropped, so that evidence collected for
    // a parent is accepted and its removed criteria are told from typos.
    let lineage: Vec<Value> = base
        .get("id")
        .into_iter()
        .chain(base.get("based_on").and_then(Value::as_array).into_iter().flatten())
        .cloned()
        .collect();
    let mut removed: Vec<Value> = base.get("removed").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut merged = merge(base, table);
    merged.insert("based_on".into(), Value::Array(lineage));
    if let Some(remove) = remove {
        let at = links.remove.as_ref().map_or(extends.span(), Spanned::span);
        let before = criterion_ids(&merged);
        remove_ids(source, &mut merged, &remove, at, diagnostics)?;
        let after = criterion_ids(&merged);
        removed.extend(before.into_iter().filter(|id| !after.contains(id)).map(Value::String));
    }
    if !removed.is_empty() {
        merged.insert("removed".into(), Value::Array(removed));
    }
    Some(merged)
}

/// A built-in name, or a path relative to the extending rubric's folder.
fn locate_parent(name: &str, origin: &Origin) -> Option<Origin> {
    if let Some(builtin) = crate::builtin::names().find(|n| *n == name) {
        return Some(Origin::Builtin(builtin.to_string()));
    }
    let (folder, shown_folder) = match origin {
        Origin::File { path, shown } => (
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
            shown.parent().map(Path::to_path_buf).unwrap_or_default(),
        ),
        Origin::Builtin(_) => (PathBuf::new(), PathBuf::new()),
    };
    let path = folder.join(name);
    let shown = shown_folder.join(name);
    path.is_file().then(|| Origin::File { path: std::fs::canonicalize(&path).unwrap_or(path), shown })
}

/// The child's keys over the parent's; `category` and `criterion` arrays
/// merged element by element where the `id`s match, appended where new.
fn merge(mut base: Table, child: Table) -> Table {
    for (key, value) in child {
        let Some(slot) = base.get_mut(&key) else {
            base.insert(key, value);
            continue;
        };
        // Replaced in place, so the parent's key order (and the file's reading order) stays.
        *slot = match (std::mem::replace(slot, Value::Boolean(false)), value) {
            (Value::Array(parent), Value::Array(child)) if key == "category" || key == "criterion" => {
                Value::Array(merge_by_id(parent, child))
            }
            (Value::Table(parent), Value::Table(child)) if key == "profiles" => Value::Table(merge(parent, child)),
            (_, value) => value,
        };
    }
    base
}

fn merge_by_id(mut parent: Vec<Value>, child: Vec<Value>) -> Vec<Value> {
    for item in child {
        let id = item.get("id").cloned();
        match parent.iter_mut().find(|p| id.is_some() && p.get("id") == id.as_ref()) {
            Some(slot) => {
                if let (Value::Table(existing), Value::Table(update)) = (slot.clone(), item) {
                    *slot = Value::Table(merge(existing, update));
                }
            }
            None => parent.push(item),
        }
    }
    parent
}

/// `remove = ["id", …]`: drops categories or criteria by id; an id that is
/// in no parent is an error (a typo would otherwise keep what was meant to go).
fn remove_ids(
    source: &Source,
    table: &mut Table,
    remove: &Value,
    at: Range<usize>,
    diagnostics: &mut Diagnostics,
) -> Option<()> {
    let ids: Vec<&str> = remove.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let categories = table.get_mut("category").and_then(Value::as_array_mut)?;
    for id in ids {
        let before = count(categories);
        categories.retain(|c| c.get("id").and_then(Value::as_str) != Some(id));
        for category in categories.iter_mut() {
            if let Some(criteria) = category.get_mut("criterion").and_then(Value::as_array_mut) {
                criteria.retain(|c| c.get("id").and_then(Value::as_str) != Some(id));
            }
        }
        if count(categories) == before {
            diagnostics.push(
                source
                    .error(at.clone(), Text::new("remove-unknown").arg("id", id))
                    .with_help(Text::new("remove-unknown-help")),
            );
            return None;
        }
    }
    Some(())
}

/// Categories plus criteria, to tell whether a removal removed anything.
/// Every criterion id of a rubric table, in order.
fn criterion_ids(table: &Table) -> Vec<String> {
    let categories = table.get("category").and_then(Value::as_array).into_iter().flatten();
    let criteria = categories.filter_map(|c| c.get("criterion").and_then(Value::as_array)).flatten();
    criteria.filter_map(|c| c.get("id").and_then(Value::as_str)).map(str::to_string).collect()
}

fn count(categories: &[Value]) -> usize {
    categories.len()
        + categories.iter().filter_map(|c| c.get("criterion").and_then(Value::as_array)).map(Vec::len).sum::<usize>()
}

/// One step from a table to a value inside it: a key, or an element of an
/// array — by its `id` where it has one (categories and criteria are matched
/// by id across the chain), else by position.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Id(String),
    Index(usize),
}

/// Moves `diagnostic`, located in the merged text of an `extends` chain, to
/// the rubric of the chain that wrote the key or value it points at (the
/// rubric itself first, then its parents). Left as it is when no rubric of
/// the chain has that key (`based_on`, written by the merge).
pub fn relocate(diagnostic: &mut Diagnostic, merged: &str, lineage: &[Ancestor]) {
    let Some(location) = &diagnostic.location else { return };
    let line_start: usize = merged.split_inclusive('\n').take(location.line - 1).map(str::len).sum();
    let offset = line_start + location.underline.start;
    let Ok(table) = DeTable::parse(merged) else { return };
    let mut path = Vec::new();
    let Some(on_key) = find(table.get_ref(), offset, &mut path) else { return };
    for ancestor in lineage {
        let Ok(table) = DeTable::parse(&ancestor.text) else { continue };
        if let Some(span) = follow(table.get_ref(), &path, on_key) {
            let source = Source { name: &ancestor.name, text: &ancestor.text };
            diagnostic.file = ancestor.name.clone();
            diagnostic.location = Some(source.locate(span));
            return;
        }
    }
}

/// The path to the deepest key or value of `table` that holds `offset`;
/// `Some(true)` when it is a key.
fn find(table: &DeTable, offset: usize, path: &mut Vec<Step>) -> Option<bool> {
    for (key, value) in table.iter() {
        if key.span().contains(&offset) {
            path.push(Step::Key(key.get_ref().to_string()));
            return Some(true);
        }
        if value.span().contains(&offset) || contains(value.get_ref(), offset) {
            path.push(Step::Key(key.get_ref().to_string()));
            return Some(find_in_value(value.get_ref(), offset, path).unwrap_or(false));
        }
    }
    None
}

fn find_in_value(value: &DeValue, offset: usize, path: &mut Vec<Step>) -> Option<bool> {
    match value {
        DeValue::Table(table) => find(table, offset, path),
        DeValue::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                if item.span().contains(&offset) || contains(item.get_ref(), offset) {
                    path.push(step_to(item.get_ref(), index));
                    return Some(find_in_value(item.get_ref(), offset, path).unwrap_or(false));
                }
            }
            None
        }
        _ => None,
    }
}

/// Whether any key or value inside `value` holds `offset` (a table's own
/// span may be only its header).
fn contains(value: &DeValue, offset: usize) -> bool {
    match value {
        DeValue::Table(table) => table.iter().any(|(key, value)| {
            key.span().contains(&offset) || value.span().contains(&offset) || contains(value.get_ref(), offset)
        }),
        DeValue::Array(items) => {
            items.iter().any(|item| item.span().contains(&offset) || contains(item.get_ref(), offset))
        }
        _ => false,
    }
}

fn step_to(item: &DeValue, index: usize) -> Step {
    match item {
        DeValue::Table(table) => {
            match table.iter().find(|(key, _)| key.get_ref() == "id").map(|(_, id)| id.get_ref()) {
                Some(DeValue::String(id)) => Step::Id(id.to_string()),
                _ => Step::Index(index),
            }
        }
        _ => Step::Index(index),
    }
}

/// The span of the key (`on_key`) or value at `path` in `table`, if it is there.
fn follow(table: &DeTable, path: &[Step], on_key: bool) -> Option<Range<usize>> {
    let (Step::Key(name), rest) = path.split_first()? else { return None };
    let (key, value) = table.iter().find(|(key, _)| key.get_ref() == name)?;
    if rest.is_empty() {
        return Some(if on_key { key.span() } else { value.span() });
    }
    follow_value(value, rest, on_key)
}

fn follow_value(value: &Spanned<DeValue>, path: &[Step], on_key: bool) -> Option<Range<usize>> {
    match (value.get_ref(), path.first()?) {
        (DeValue::Table(table), Step::Key(_)) => follow(table, path, on_key),
        (DeValue::Array(items), step @ (Step::Id(_) | Step::Index(_))) => {
            let item = items.iter().enumerate().find(|(index, item)| step_to(item.get_ref(), *index) == *step)?.1;
            if path.len() == 1 {
                return Some(item.span());
            }
            follow_value(item, &path[1..], on_key)
        }
        _ => None,
    }
}

/// Completes the rubric schema for extending rubrics: `extends` and
/// `remove` are allowed at the top, and a rubric with `extends` holds only
/// what it changes, so there nothing is required at any depth (the
/// definitions are copied as `Partial…` without their `required` lists).
pub fn add_to_schema(schema: &mut schemars::Schema) {
    use serde_json::{json, Map, Value};
    let Some(root) = schema.as_object_mut() else { return };
    if let Some(Value::Object(properties)) = root.get_mut("properties") {
        properties.insert(
            "extends".into(),
            json!({"type": "string", "description": "The rubric this one builds on: a built-in name or a file, relative to this one"}),
        );
        properties.insert(
            "remove".into(),
            json!({"type": "array", "items": {"type": "string"}, "description": "Ids of the parent's categories or criteria to leave out"}),
        );
    }
    fn partial(value: &Value) -> Value {
        match value {
            Value::Object(map) => Value::Object(
                map.iter()
                    .filter(|(key, _)| key.as_str() != "required")
                    .map(|(key, value)| match (key.as_str(), value) {
                        ("$ref", Value::String(target)) => {
                            (key.clone(), Value::String(target.replace("#/$defs/", "#/$defs/Partial")))
                        }
                        _ => (key.clone(), partial(value)),
                    })
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.iter().map(partial).collect()),
            other => other.clone(),
        }
    }
    let mut definitions = match root.remove("$defs") {
        Some(Value::Object(definitions)) => definitions,
        _ => Map::new(),
    };
    let partial_definitions: Vec<(String, Value)> =
        definitions.iter().map(|(name, definition)| (format!("Partial{name}"), partial(definition))).collect();
    definitions.extend(partial_definitions);
    let keep = ["$schema", "title", "description"];
    let strict: Map<String, Value> =
        root.iter().filter(|(k, _)| !keep.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect();
    root.retain(|key, _| keep.contains(&key.as_str()));
    let strict = Value::Object(strict);
    root.insert("if".into(), json!({"type": "object", "required": ["extends"]}));
    root.insert("then".into(), partial(&strict));
    root.insert("else".into(), strict);
    root.insert("$defs".into(), Value::Object(definitions));
}
