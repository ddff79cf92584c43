//! Every case under `tests/bad_inputs/`: a folder holding a small file set and
//! an `args` file. `vendorcard <args>` runs in that folder; its exit code and
//! standard error are compared with the reviewed snapshot in
//! `tests/bad_inputs/snapshots/<case>.snap`.
//!
//! After changing a message on purpose: `INSTA_UPDATE=always cargo test --test bad_inputs`,
//! then read every changed snapshot in `git diff` before committing.

use std::fs;
use std::path::Path;
use std::process::Command;

const CASES: &str = "tests/bad_inputs";

struct Outcome {
    args: String,
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run_case(folder: &Path) -> Outcome {
    run_case_in(folder, "en", &[])
}

/// The case in `lang`, with `extra` arguments after its own.
fn run_case_in(folder: &Path, lang: &str, extra: &[&str]) -> Outcome {
    let args = fs::read_to_string(folder.join("args")).expect("every case has an args file");
    let args = args.trim().to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(args.split_whitespace())
        .args(extra)
        .current_dir(folder)
        .env("NO_COLOR", "1")
        .env("VENDORCARD_LANG", lang)
        .output()
        .expect("the binary runs");
    Outcome {
        args,
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn cases() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(CASES)
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.path().join("args").is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_bad_input_gets_its_exact_diagnostic_and_exit_code() {
    let names = cases();
    assert!(names.len() >= 30, "only {} cases", names.len());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("bad_inputs/snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for name in &names {
            let outcome = run_case(&Path::new(CASES).join(name));
            assert!(!outcome.stderr.contains("panicked"), "{name} panicked:\n{}", outcome.stderr);
            // Whatever the input holds, no control character reaches the terminal.
            let control = outcome.stderr.chars().find(|c| c.is_control() && *c != '\n');
            assert_eq!(control, None, "{name} printed a control character:\n{}", outcome.stderr);
            // The documented codes: 2 for a usage error, 1 for bad input (any error, or a
            // warning under --strict), 0 when only warnings remain.
            let expected = if name.starts_with("usage-") {
                2
            } else if name.starts_with("warn-") && !outcome.args.contains("--strict") {
                0
            } else {
                1
            };
            assert_eq!(outcome.code, Some(expected), "{name}: exit code\n{}", outcome.stderr);
            // `check` never prints to stdout, and `compare` prints nothing when it refuses.
            assert_eq!(outcome.stdout, "", "{name} wrote to stdout");
            let snapshot = format!("$ vendorcard {}\nexit code: {}\n\n{}", outcome.args, expected, outcome.stderr);
            insta::assert_snapshot!(name.as_str(), snapshot);
        }
    });
}

#[test]
fn every_error_names_file_line_and_column() {
    for name in cases() {
        let outcome = run_case(&Path::new(CASES).join(&name));
        if outcome.code != Some(1) {
            continue;
        }
        // Each `error:` diagnostic (not the closing summary line) is followed by
        // `--> file:line:col`, unless it is about a whole file (unreadable, not UTF-8,
        // missing, empty folder): then `--> file`.
        let lines: Vec<&str> = outcome.stderr.lines().collect();
        for (index, line) in lines.iter().enumerate() {
            let is_summary = line.starts_with("error: checked ") || line.ends_with("nothing was scored");
            if !line.starts_with("error: ") || is_summary {
                continue;
            }
            // An export target is no input: its errors name the file, not a line in it.
            if name.starts_with("hostile-export-") {
                assert!(line.contains('\''), "{name}: `{line}` names no file");
                continue;
            }
            let next = lines.get(index + 1).map(|l| l.trim_start()).unwrap_or("");
            assert!(next.starts_with("--> "), "{name}: no location after `{line}`");
            let location = &next[4..];
            let positioned = location.rsplitn(3, ':').take(2).all(|part| part.parse::<usize>().is_ok());
            let whole_file = [
                "not-utf8",
                "empty-folder",
                "evidence-not-found",
                "tickets-file-missing",
                "hostile-tickets-dev-zero",
                "hostile-tickets-folder",
            ]
            .contains(&name.as_str());
            // A spreadsheet log is located by sheet and cell: `log.xlsx[Sheet1]!B3`.
            let cell = location.contains("]!");
            assert!(positioned || whole_file || cell, "{name}: `{location}` has no line:column");
        }
    }
}

/// In Chinese every diagnostic, help line and verdict of every case reads in
/// Chinese (ids, paths and the parser's own words may be quoted in it), and
/// `check --format json` says exactly what it says in English. clap's own
/// errors (a value it refuses) keep its English frame, and are passed over.
#[test]
fn every_diagnostic_reads_in_chinese_and_its_json_stays_english() {
    let han = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for name in cases() {
        let folder = Path::new(CASES).join(&name);
        let chinese = run_case_in(&folder, "zh-CN", &[]);
        if chinese.stderr.contains("For more information, try '--help'.") {
            continue;
        }
        for line in chinese.stderr.lines() {
            assert!(!line.starts_with("error") && !line.starts_with("warning"), "{name}: English level in `{line}`");
            if let Some((level, message)) = line.split_once(": ") {
                if ["错误", "警告", "  = 提示"].contains(&level) {
                    assert!(han(message), "{name}: `{line}` is not in Chinese");
                }
            }
        }
        if chinese.args.starts_with("check ") {
            let json = |lang| run_case_in(&folder, lang, &["--format", "json"]).stdout;
            assert_eq!(json("zh-CN"), json("en"), "{name}: check --format json differs by language");
        }
    }
}
