//! `vendorcard init --tickets FILE`: reads a help-desk export as it is and
//! writes the `[[tickets]]` table that reads it — encoding, delimiter,
//! column roles (from the presets' layouts and English and Chinese header
//! names), timestamp layout, and severity and status maps, with every guess
//! marked for review.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;

use encoding_rs::{Encoding, UTF_8};
use jiff::tz::TimeZone;

use super::clock::{Layout, TimeReader};
use super::source;
use super::vocabulary::{guess_severity, guess_status, HEADER_NAMES};
use super::{Columns, Preset, Statuses, TicketLog, COLUMN_KEYS};
use crate::t;
use crate::template::toml_string;

/// How many rows are looked at for values and layouts (the distinct
/// severities and statuses of a real export appear early).
const SAMPLE_ROWS: usize = 100_000;

/// Timestamp layouts tried on the `opened` column, in order.
const FORMATS: [&str; 11] = [
    "%d/%b/%y %I:%M %p",
    "%Y年%m月%d日 %H:%M:%S",
    "%Y年%m月%d日 %H:%M",
    "%Y.%m.%d %H:%M",
    "%d.%m.%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%d/%m/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%Y/%m/%d %I:%M %p",
];

/// What was read from the export.
struct Export {
    /// `None`: UTF-8.
    encoding: Option<&'static Encoding>,
    delimiter: u8,
    sheet: Option<String>,
    sheets: Vec<String>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    rows_total: usize,
}

/// The `[[tickets]]` table for the export at `path`, named in it as `file`
/// (relative to the evidence file), with `## REVIEW` on every guess.
pub fn suggest(path: &Path, file: &str, sheet: Option<&str>) -> Result<String, String> {
    let export = read_export(path, sheet)?;
    let header: Vec<&str> = export.header.iter().map(|h| h.trim()).collect();
    let preset = Preset::NAMES.iter().filter_map(|name| Preset::parse(name)).find(|preset| {
        let columns = preset.columns();
        let wanted = [&columns.opened, &columns.first_response, &columns.resolved, &columns.severity];
        wanted.iter().all(|name| name.as_ref().is_none_or(|name| header.contains(&name.as_str())))
    });
    let columns = match preset {
        Some(preset) => preset.columns(),
        None => roles(&header),
    };
    let position = |name: &Option<String>| name.as_ref().and_then(|name| header.iter().position(|h| h == name));
    let distinct = |column: Option<usize>| -> BTreeMap<String, usize> {
        let mut values = BTreeMap::new();
        for row in &export.rows {
            if let Some(value) = column.and_then(|i| row.get(i)).map(|v| v.trim()).filter(|v| !v.is_empty()) {
                if values.len() < 200 || values.contains_key(value) {
                    *values.entry(value.to_string()).or_insert(0) += 1;
                }
            }
        }
        values
    };
    let opened: Vec<&str> = position(&columns.opened)
        .map(|i| {
            export
                .rows
                .iter()
                .filter_map(|row| row.get(i))
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .take(500)
                .collect()
        })
        .unwrap_or_default();
    let layout = match preset {
        Some(preset) => Some(preset.layout()),
        None => timestamp_layout(&opened),
    };
    let has_offset = opened.iter().any(|value| {
        let tail = value.as_bytes().get(10..).unwrap_or_default();
        tail.ends_with(b"Z") || tail.contains(&b'+') || tail.iter().skip(3).any(|b| *b == b'-')
    });
    let chinese = export.header.iter().any(|h| h.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));

    let mut out = String::new();
    // GB18030 reads everything GBK does: name the one the table sets.
    let encoding_name = export.encoding.map_or("UTF-8".to_string(), |e| {
        if e == encoding_rs::GBK {
            "GB18030".to_string()
        } else {
            e.name().to_string()
        }
    });
    let shape = match &export.sheet {
        Some(sheet) => t!("suggest-shape-sheet", sheet = sheet, sheets = export.sheets.len().to_string()),
        None => t!(
            "suggest-shape-csv",
            encoding = encoding_name,
            delimiter = crate::i18n::message(delimiter_name(export.delimiter), &[])
        ),
    };
    let head = t!("suggest-head", file = file, shape = shape, count = export.rows_total.to_string());
    for line in head.lines() {
        let _ = writeln!(out, "## {line}");
    }
    let _ = writeln!(out, "[[tickets]]");
    let _ = writeln!(out, "file = {}", toml_string(file));
    if let Some(encoding) = export.encoding {
        let label = if encoding == encoding_rs::GBK { "gb18030".to_string() } else { encoding.name().to_lowercase() };
        let _ = writeln!(out, "encoding = {}  ## {}", toml_string(&label), t!("suggest-encoding"));
    }
    if export.sheet.is_none() && export.delimiter != b',' {
        let _ = writeln!(out, "delimiter = {}", toml_string(source::shown_delimiter(export.delimiter)));
    }
    if let (Some(sheet), true) = (&export.sheet, export.sheets.len() > 1) {
        let _ = writeln!(
            out,
            "sheet = {}  ## {}",
            toml_string(sheet),
            t!("suggest-sheet", sheets = export.sheets.join(", "))
        );
    }
    match preset {
        Some(preset) => {
            let name = Preset::NAMES[preset as usize];
            let _ = writeln!(out, "preset = \"{name}\"  ## {}", t!("suggest-preset", name = name));
        }
        None => {
            let mapped: Vec<String> = COLUMN_KEYS
                .iter()
                .filter_map(|key| columns.get(key).map(|header| format!("{key} = {}", toml_string(header))))
                .collect();
            let _ = writeln!(out, "columns = {{ {} }}", mapped.join(", "));
            let missing: Vec<&str> = COLUMN_KEYS.iter().copied().filter(|key| columns.get(key).is_none()).collect();
            if !missing.is_empty() {
                let _ = writeln!(out, "## REVIEW: {}", t!("suggest-missing-columns", roles = missing.join(", ")));
            }
        }
    }
    match (&layout, preset) {
        (_, Some(_)) | (Some(Layout::Iso), None) => {}
        (Some(Layout::Format(format)), None) => {
            let _ = writeln!(
                out,
                "format = {}  ## {}",
                toml_string(format),
                t!("suggest-format", example = *opened.first().unwrap_or(&""))
            );
        }
        (None, None) => {
            let example = opened.first().unwrap_or(&"");
            let _ = writeln!(
                out,
                "format = \"%Y-%m-%d %H:%M\"  ## REVIEW: {}",
                t!("suggest-format-unknown", example = *example)
            );
        }
    }
    if !has_offset {
        let (zone, why) =
            if chinese { ("+08:00", t!("suggest-zone-beijing")) } else { ("UTC", t!("suggest-zone-guess")) };
        let _ = writeln!(out, "timezone = \"{zone}\"  ## REVIEW: {}", t!("suggest-zone", why = why));
    }
    let _ = writeln!(out, "verified = true  ## REVIEW: {}", t!("suggest-verified"));

    let severities = distinct(position(&columns.severity));
    if !severities.is_empty() {
        let _ = writeln!(out, "\n[tickets.severity]  ## REVIEW: {}", t!("suggest-severity"));
        // Most urgent first; values not recognised last.
        let mut ordered: Vec<(&String, &usize)> = severities.iter().collect();
        ordered.sort_by_key(|(value, _)| guess_severity(value).unwrap_or("P9"));
        for (value, count) in ordered {
            match guess_severity(value) {
                Some(severity) => {
                    let _ = writeln!(out, "{} = \"{severity}\"  ## {}", toml_string(value), tickets(*count));
                }
                None => {
                    let _ = writeln!(
                        out,
                        "{} = {}  ## {}; REVIEW: {}",
                        toml_string(value),
                        toml_string(value),
                        tickets(*count),
                        t!("suggest-not-recognised")
                    );
                }
            }
        }
    }
    let known: Statuses = preset.map(Preset::statuses).unwrap_or_else(Statuses::common);
    let statuses: Vec<(String, usize)> =
        distinct(position(&columns.status)).into_iter().filter(|(value, _)| known.get(value).is_none()).collect();
    if !statuses.is_empty() {
        let _ = writeln!(out, "\n[tickets.status]  ## REVIEW: {}", t!("suggest-status"));
        for (value, count) in &statuses {
            match guess_status(value) {
                Some(class) => {
                    let _ = writeln!(out, "{} = \"{}\"  ## {}", toml_string(value), class.name(), tickets(*count));
                }
                None => {
                    let _ = writeln!(
                        out,
                        "{} = \"open\"  ## {}; REVIEW: {}",
                        toml_string(value),
                        tickets(*count),
                        t!("suggest-not-recognised")
                    );
                }
            }
        }
    }
    Ok(out)
}

/// `1 ticket`, `12 tickets`.
fn tickets(count: usize) -> String {
    t!("suggest-tickets", count = count)
}

/// Column roles from header names, each header used once.
fn roles(header: &[&str]) -> Columns {
    let mut columns = Columns::default();
    let mut used = vec![false; header.len()];
    for (role, names) in HEADER_NAMES {
        // `first_response_at` reads as `first response at`.
        let normal = |h: &str| h.to_lowercase().replace('_', " ");
        let found =
            names.iter().find_map(|name| header.iter().enumerate().position(|(i, h)| !used[i] && normal(h) == *name));
        if let Some(i) = found {
            used[i] = true;
            columns.set(role, header[i].to_string());
        }
    }
    columns
}

/// The first layout that reads every sampled value.
fn timestamp_layout(values: &[&str]) -> Option<Layout> {
    let reads = |layout: &Layout| {
        let reader = TimeReader::new(layout.clone(), TimeZone::UTC);
        !values.is_empty() && values.iter().all(|v| reader.parse(v).is_ok())
    };
    if reads(&Layout::Iso) {
        return Some(Layout::Iso);
    }
    FORMATS.iter().map(|f| Layout::Format(f.to_string())).find(|layout| reads(layout))
}

/// The message key of a delimiter's name.
fn delimiter_name(delimiter: u8) -> &'static str {
    match delimiter {
        b';' => "suggest-semicolon",
        b'\t' => "suggest-tab",
        b'|' => "suggest-bar",
        _ => "suggest-comma",
    }
}

/// "reading 'x': No such file …", in the run's language.
fn reading(path: &Path, error: &std::io::Error) -> String {
    crate::i18n::Text::new("writing-reading")
        .arg("path", path.display().to_string())
        .part("error", crate::load::io_text(error))
        .to_string()
}

fn read_export(path: &Path, sheet: Option<&str>) -> Result<Export, String> {
    let metadata = std::fs::metadata(path).map_err(|e| reading(path, &e))?;
    if !metadata.is_file() {
        return Err(t!("suggest-not-file", path = path.display().to_string()));
    }
    if source::is_spreadsheet(path) {
        let read = source::read_sheet(path, sheet).map_err(|e| e.to_string())?;
        let name = read.name.clone();
        let sheets = calamine_sheets(path);
        let mut rows = read.rows().filter(|row| !row.iter().all(String::is_empty));
        let header = rows.next().ok_or_else(|| t!("suggest-sheet-empty", name = &name))?;
        let rows: Vec<Vec<String>> = rows.take(SAMPLE_ROWS).collect();
        let rows_total = rows.len() + read.rows().skip(SAMPLE_ROWS + 1).count();
        return Ok(Export { encoding: None, delimiter: b',', sheet: Some(name), sheets, header, rows, rows_total });
    }
    // The encoding: a BOM, else UTF-8 if the bytes are, else what they look like.
    let mut head = Vec::new();
    std::fs::File::open(path).and_then(|f| f.take(1 << 20).read_to_end(&mut head)).map_err(|e| reading(path, &e))?;
    let encoding = match Encoding::for_bom(&head) {
        Some((encoding, _)) => Some(encoding).filter(|e| *e != UTF_8),
        None => match std::str::from_utf8(&head) {
            Ok(_) => None,
            // Cut inside a character at the 1 MiB mark: still UTF-8.
            Err(e) if e.error_len().is_none() => None,
            Err(_) => {
                let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(&head, head.len() < 1 << 20);
                Some(detector.guess(None, chardetng::Utf8Detection::Allow))
            }
        },
    };
    let log = TicketLog {
        path: path.to_path_buf(),
        file: path.display().to_string(),
        columns: Columns::default(),
        layout: Layout::Iso,
        encoding,
        delimiter: None,
        sheet: None,
        statuses: Statuses::common(),
        severity: None,
        zone: TimeZone::UTC,
        verified: false,
        verdicts: Default::default(),
        exported: None,
        changes: None,
    };
    let unreadable = |e: std::io::Error| reading(path, &e);
    let header_line = source::header_line(&log).map_err(unreadable)?;
    let text = source::open_text(&log, false).map_err(unreadable)?;
    let delimiter = source::sniff_delimiter(&header_line);
    let mut reader = csv::ReaderBuilder::new().flexible(true).delimiter(delimiter).from_reader(text);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| t!("suggest-no-header", path = path.display().to_string(), error = e.to_string()))?
        .iter()
        .map(str::to_string)
        .collect();
    let mut rows = Vec::new();
    let mut rows_total = 0;
    for record in reader.records() {
        let record =
            record.map_err(|e| t!("suggest-not-csv", path = path.display().to_string(), error = e.to_string()))?;
        rows_total += 1;
        if rows.len() < SAMPLE_ROWS {
            rows.push(record.iter().map(str::to_string).collect());
        }
    }
    Ok(Export { encoding, delimiter, sheet: None, sheets: Vec::new(), header, rows, rows_total })
}

fn calamine_sheets(path: &Path) -> Vec<String> {
    use calamine::Reader;
    calamine::open_workbook_auto(path).map(|workbook| workbook.sheet_names()).unwrap_or_default()
}
