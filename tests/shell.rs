//! At home in the shell: help, manual pages, completions, colour, quiet,
//! `check --format json`, Excel-safe CSV and Markdown that renders as meant.
//!
//! Tests that need a program from outside the project (mandoc, zsh, fish,
//! `script`, LibreOffice) skip when it is missing, unless
//! `VENDORCARD_REQUIRE_TOOLS=1` (set by `.ci/run`) makes its absence a failure.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_vendorcard");

fn vendorcard(args: &[&str]) -> Output {
    Command::new(BIN).args(args).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Whether `program` can be run; a missing one fails the test under CI.
fn have(program: &str) -> bool {
    let found =
        Command::new("sh").args(["-c", &format!("command -v {program}")]).output().is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("VENDORCARD_REQUIRE_TOOLS").is_some() {
        panic!("{program} is required (VENDORCARD_REQUIRE_TOOLS is set); .ci/run installs it");
    }
    if !found {
        eprintln!("skipped: {program} is not installed");
    }
    found
}

/// A folder on `PATH` holding only `vendorcard`, so a shell finds the binary under test.
fn bin_dir() -> PathBuf {
    Path::new(BIN).parent().unwrap().to_path_buf()
}

fn path_with_bin() -> String {
    format!("{}:{}", bin_dir().display(), std::env::var("PATH").unwrap_or_default())
}

const SUBCOMMANDS: [&[&str]; 11] = [
    &["compare"],
    &["check"],
    &["explain"],
    &["tickets"],
    &["init"],
    &["completions"],
    &["man"],
    &["schema"],
    &["rubrics"],
    &["rubrics", "show"],
    &["rubrics", "diff"],
];

#[test]
fn every_subcommand_help_has_examples_and_compare_groups_its_options() {
    for path in SUBCOMMANDS {
        let mut args: Vec<&str> = path.to_vec();
        args.push("--help");
        let output = vendorcard(&args);
        assert!(output.status.success(), "{path:?}");
        let help = text(&output.stdout);
        // `rubrics show` and `rubrics diff` are taught by `rubrics --help`'s examples.
        if path.len() == 1 {
            let examples = help.split_once("Examples:\n").map(|(_, e)| e.lines().next().unwrap_or(""));
            assert!(examples.is_some_and(|e| e.contains("vendorcard ")), "{path:?} has no examples:\n{help}");
        }
    }
    let compare = text(&vendorcard(&["compare", "--help"]).stdout);
    for heading in ["Inputs:", "Weights:", "Output:", "Export:", "CSV:", "Confidence:"] {
        assert!(compare.lines().any(|l| l == heading), "compare --help lacks the heading {heading}:\n{compare}");
    }
    // Each option under its heading: --export-xlsx among the exports, --profile among the weights.
    let under = |option: &str| {
        compare
            .lines()
            .take_while(|l| !l.trim_start().starts_with(option))
            .filter(|l| l.ends_with(':') && !l.starts_with(' '))
            .last()
            .unwrap()
    };
    assert_eq!(under("--export-xlsx"), "Export:");
    assert_eq!(under("--profile"), "Weights:");
    assert_eq!(under("--csv-delimiter"), "CSV:");
    assert_eq!(under("--samples"), "Confidence:");
    let rubrics = text(&vendorcard(&["rubrics", "--help"]).stdout);
    assert!(rubrics.contains("diff") && rubrics.contains("rubrics diff sdk-support"), "{rubrics}");
}

#[test]
fn manual_pages_cover_every_subcommand_and_name_no_missing_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = vendorcard(&["man", "--dir", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut pages: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    pages.sort();
    for expected in ["vendorcard.1", "vendorcard-compare.1", "vendorcard-rubrics-show.1", "vendorcard-schema.1"] {
        assert!(pages.iter().any(|p| p == expected), "{expected} missing from {pages:?}");
    }
    // Every `vendorcard-…(1)` a page names is a page that was written.
    for page in &pages {
        let roff = fs::read_to_string(dir.path().join(page)).unwrap();
        let mut rest = roff.as_str();
        while let Some(at) = rest.find("vendorcard\\-") {
            let name: String =
                rest[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '\\' || *c == '-').collect();
            let file = format!("{}.1", name.replace("\\-", "-"));
            assert!(pages.contains(&file), "{page} names {file}, which was not written");
            rest = &rest[at + name.len()..];
        }
    }
    // A second run without --force leaves the pages alone and says so.
    let again = vendorcard(&["man", "--dir", dir.path().to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1), "{}", text(&again.stderr));
    // One subcommand's page to standard output; an unknown one is a usage error.
    let compare = vendorcard(&["man", "compare"]);
    assert!(text(&compare.stdout).contains(".TH vendorcard-compare 1"), "{}", text(&compare.stdout));
    assert_eq!(vendorcard(&["man", "comapre"]).status.code(), Some(2));

    if have("mandoc") {
        for page in &pages {
            let lint = Command::new("mandoc")
                .args(["-T", "lint", "-W", "warning"])
                .arg(dir.path().join(page))
                .output()
                .unwrap();
            assert!(
                lint.stdout.is_empty() && lint.stderr.is_empty(),
                "{page}: {}{}",
                text(&lint.stdout),
                text(&lint.stderr)
            );
        }
    }
    if have("man") {
        let shown = Command::new("man")
            .args(["-l", "--no-hyphenation"])
            .arg(dir.path().join("vendorcard-compare.1"))
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "100")
            .output()
            .unwrap();
        let page = text(&shown.stdout);
        assert!(page.contains("--export-xlsx") && page.contains("Examples:"), "{page}");
    }
}

/// What `shell` completes for the words `line` (the last one being completed), through the
/// script `vendorcard completions SHELL` prints.
fn complete(shell: &str, line: &[&str], cwd: &Path) -> Vec<String> {
    let words = line.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(" ");
    let script = match shell {
        "bash" => format!(
            "source <(vendorcard completions bash)\nCOMP_WORDS=({words}); COMP_CWORD={}; COMP_TYPE=9\n\
             _clap_complete_vendorcard vendorcard '{}' '{}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"",
            line.len() - 1,
            line[line.len() - 1],
            line[line.len() - 2]
        ),
        // zsh: the completion function as compinit would call it, `_describe` shown instead of offered.
        "zsh" => format!(
            "compdef() {{ }}\nsource <(vendorcard completions zsh)\n\
             _describe() {{ print -l -- \"${{(@P)${{@[-1]}}}}\" }}\nwords=({words}); CURRENT={}\n\
             _clap_dynamic_completer_vendorcard",
            line.len()
        ),
        "fish" => format!("vendorcard completions fish | source\ncomplete -C \"{}\"", line.join(" ")),
        _ => unreachable!(),
    };
    let output =
        Command::new(shell).args(["-c", &script]).current_dir(cwd).env("PATH", path_with_bin()).output().unwrap();
    assert!(output.status.success(), "{shell}: {}", text(&output.stderr));
    // zsh and fish add a description after `:` or a tab.
    text(&output.stdout).lines().map(|l| l.split(['\t', ':']).next().unwrap().to_string()).collect()
}

#[test]
fn completions_offer_rubric_names_profile_ids_weight_ids_and_vendors() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("team.toml"),
        "extends = \"sdk-support\"\nversion = \"1\"\n[profiles.launch]\nresponse_speed = 40\n[profiles.lean]\ndocumentation = 5\n",
    )
    .unwrap();
    for shell in ["bash", "zsh", "fish"] {
        if !have(shell) {
            continue;
        }
        let rubric = complete(shell, &["vendorcard", "compare", "--rubric", "sdk"], &samples);
        assert!(rubric.contains(&"sdk-support".to_string()), "{shell}: {rubric:?}");
        let show = complete(shell, &["vendorcard", "rubrics", "show", "rtc"], &samples);
        assert!(show.contains(&"rtc-sdk".to_string()), "{shell}: {show:?}");
        let profiles =
            complete(shell, &["vendorcard", "compare", ".", "--rubric", "team.toml", "--profile", "l"], dir.path());
        assert_eq!(profiles, ["launch", "lean"], "{shell}");
        // bash puts a candidate on the line as it is, so a name with a space comes quoted.
        let aurora = if shell == "bash" { "'Aurora Signal'" } else { "Aurora Signal" };
        let vendors = complete(shell, &["vendorcard", "explain", "Aur"], &samples);
        assert_eq!(vendors, [aurora], "{shell}");
        // From the folder above, before the evidence is named: the folders directly inside are read.
        let vendors = complete(shell, &["vendorcard", "explain", "Aur"], samples.parent().unwrap());
        assert_eq!(vendors, [aurora], "{shell}");
    }
    // Weight ids, through the protocol the scripts use.
    let ids = Command::new(BIN)
        .args(["--", "vendorcard", "compare", ".", "--weight", "doc"])
        .env("VENDORCARD_COMPLETE", "fish")
        .current_dir(&samples)
        .output()
        .unwrap();
    let ids = text(&ids.stdout);
    assert!(ids.lines().any(|l| l.starts_with("documentation=\t")), "{ids}");
}

/// Runs the binary under a pseudo-terminal (`script`), as a user at a terminal would, with `env`.
fn at_terminal(args: &str, env: &[(&str, &str)]) -> String {
    let mut command = Command::new("script");
    command
        .args(["-qec", &format!("stty cols 120; {BIN} {args}"), "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env("TERM", "xterm-256color");
    for (key, value) in env {
        command.env(key, value);
    }
    text(&command.output().unwrap().stdout)
}

const ESC: char = '\u{1b}';

#[test]
fn colour_follows_no_color_clicolor_force_and_term_dumb() {
    let table = |env: &[(&str, &str)]| {
        let mut command = Command::new(BIN);
        command.args(["compare", "samples/", "--as-of", "2026-11-20"]).current_dir(env!("CARGO_MANIFEST_DIR"));
        command.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("CLICOLOR");
        for (key, value) in env {
            command.env(key, value);
        }
        text(&command.output().unwrap().stdout)
    };
    // Piped: no colour, unless CLICOLOR_FORCE asks; NO_COLOR wins over it; --color never wins over all.
    assert!(!table(&[]).contains(ESC));
    let forced = table(&[("CLICOLOR_FORCE", "1")]);
    assert!(forced.contains(&format!("{ESC}[1m{ESC}[32mAurora")), "{forced}");
    assert!(!table(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains(ESC));
    // The coloured table is the plain one plus escape sequences: colour never moves a column.
    let plain = table(&[]);
    let stripped: String = {
        let mut out = String::new();
        let mut chars = forced.chars();
        while let Some(c) = chars.next() {
            if c == ESC {
                chars.by_ref().find(|c| c.is_ascii_alphabetic());
            } else {
                out.push(c);
            }
        }
        out
    };
    assert_eq!(stripped, plain);

    // Diagnostics on standard error, through the same decision.
    let bad = |env: &[(&str, &str)]| {
        let mut command = Command::new(BIN);
        command.args(["check", "tests/bad_inputs/sla-bad-target/acme.toml", "--rubric", "tests/bad_inputs/tiny.toml"]);
        command.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
        for (key, value) in env {
            command.env(key, value);
        }
        text(&command.output().unwrap().stderr)
    };
    assert!(!bad(&[]).contains(ESC));
    assert!(bad(&[("CLICOLOR_FORCE", "1")]).contains(ESC));
    assert!(!bad(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains(ESC));

    if !have("script") {
        return;
    }
    // At a terminal: colour by default, none with NO_COLOR or TERM=dumb, on the table and on diagnostics.
    let compare = "compare samples/ --as-of 2026-11-20";
    let check = "check tests/bad_inputs/sla-bad-target/acme.toml --rubric tests/bad_inputs/tiny.toml";
    for args in [compare, check] {
        assert!(at_terminal(args, &[]).contains(ESC), "{args}: no colour at a terminal");
        assert!(!at_terminal(args, &[("NO_COLOR", "1")]).contains(ESC), "{args}: NO_COLOR");
        // Also where `CI` is set, which anstream alone would take as leave to colour a dumb terminal.
        assert!(!at_terminal(args, &[("TERM", "dumb")]).contains(ESC), "{args}: TERM=dumb");
        assert!(!at_terminal(args, &[("TERM", "dumb"), ("CI", "true")]).contains(ESC), "{args}: TERM=dumb, CI");
        assert!(at_terminal(args, &[("TERM", "dumb"), ("CLICOLOR_FORCE", "1")]).contains(ESC), "{args}: forced");
        assert!(!at_terminal(args, &[("CLICOLOR", "0")]).contains(ESC), "{args}: CLICOLOR=0");
        assert!(!at_terminal(&format!("{args} --color never"), &[]).contains(ESC), "{args}: --color never");
    }
}

#[test]
fn quiet_drops_notes_but_not_errors() {
    let cwd = env!("CARGO_MANIFEST_DIR");
    let run = |args: &[&str]| Command::new(BIN).args(args).current_dir(cwd).env("NO_COLOR", "1").output().unwrap();
    let loud = run(&["compare", "samples/", "--as-of", "2026-11-20"]);
    assert!(text(&loud.stderr).contains("note: the inputs have"), "{}", text(&loud.stderr));
    let quiet = run(&["compare", "samples/", "--as-of", "2026-11-20", "-q"]);
    assert!(quiet.status.success());
    assert_eq!(text(&quiet.stderr), "");
    assert_eq!(quiet.stdout, loud.stdout);
    // Errors are still shown, and still fail.
    let bad = run(&[
        "--quiet",
        "check",
        "tests/bad_inputs/sla-bad-target/acme.toml",
        "--rubric",
        "tests/bad_inputs/tiny.toml",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("is not a duration"), "{}", text(&bad.stderr));
    let ok = run(&["check", "samples/", "-q"]);
    assert!(ok.status.success());
    assert!(!text(&ok.stderr).contains("ok: checked"), "{}", text(&ok.stderr));
}

#[test]
fn check_json_is_one_object_per_diagnostic_with_file_line_and_column() {
    let output = Command::new(BIN)
        .args([
            "check",
            "--format",
            "json",
            "tests/bad_inputs/sla-bad-target/acme.toml",
            "--rubric",
            "tests/bad_inputs/tiny.toml",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<serde_json::Value> =
        text(&output.stdout).lines().map(|l| serde_json::from_str(l).expect("each line is a JSON object")).collect();
    assert_eq!(lines.len(), 1, "{}", text(&output.stdout));
    let diagnostic = &lines[0];
    assert_eq!(diagnostic["format_version"], 1);
    assert_eq!(diagnostic["severity"], "error");
    assert_eq!(diagnostic["file"], "tests/bad_inputs/sla-bad-target/acme.toml");
    // `first_response = { P0 = "a quarter hour" }` is line 36; the value's quote is in column 25,
    // and `"a quarter hour"` is 16 characters, so the column after it is 41.
    assert_eq!((diagnostic["line"].as_u64(), diagnostic["column"].as_u64()), (Some(36), Some(25)));
    assert_eq!(diagnostic["end_column"], 41);
    assert!(diagnostic["message"].as_str().unwrap().contains("'a quarter hour' is not a duration"));
    assert!(diagnostic["source_line"].as_str().unwrap().contains("P0 = \"a quarter hour\""));
    // The snippets are not printed as well; the verdict still is, on standard error.
    assert!(!text(&output.stderr).contains("-->"), "{}", text(&output.stderr));
    // Warnings are objects too; a clean check prints nothing on standard output.
    let samples = Command::new(BIN)
        .args(["check", "--format", "json", "samples/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(samples.status.success());
    for line in text(&samples.stdout).lines() {
        let warning: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(warning["severity"], "warning");
        assert!(warning["file"].as_str().unwrap().starts_with("samples/"), "{warning}");
    }
}

/// Writes `bytes` to a file and converts it with LibreOffice's CSV import, the separator set as a
/// user picks it in the import dialog and the character set left for LibreOffice to detect;
/// returns the cells as LibreOffice read them.
fn libreoffice_reads(bytes: &[u8], separator: u8) -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("scores.csv"), bytes).unwrap();
    let status = Command::new("soffice")
        .args(["--headless", &format!("-env:UserInstallation=file://{}/profile", dir.path().display())])
        .arg(format!("--infilter=Text - txt - csv (StarCalc):{separator},34"))
        .args(["--convert-to", "csv:Text - txt - csv (StarCalc):9,34,76", "--outdir", "out", "scores.csv"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let converted = fs::read_to_string(dir.path().join("out/scores.csv"))
        .unwrap_or_else(|_| panic!("LibreOffice wrote nothing: {}", text(&status.stderr)));
    converted.lines().map(|l| l.split('\t').map(|c| c.trim_matches('"').to_string()).collect()).collect()
}

#[test]
fn csv_byte_order_mark_and_delimiter_open_right_in_libreoffice() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = env!("CARGO_MANIFEST_DIR");
    let export = |name: &str, extra: &[&str]| {
        let target = dir.path().join(name);
        let mut args =
            vec!["compare", "samples/", "--as-of", "2026-11-20", "-q", "--export-csv", target.to_str().unwrap()];
        args.extend(extra);
        let output = Command::new(BIN).args(&args).current_dir(cwd).output().unwrap();
        assert!(output.status.success(), "{}", text(&output.stderr));
        fs::read(target).unwrap()
    };
    let bom = b"\xEF\xBB\xBF";
    // The defaults: an export starts with the mark, standard output does not.
    let comma = export("comma.csv", &[]);
    assert!(comma.starts_with(bom));
    let stdout = Command::new(BIN)
        .args(["compare", "samples/", "--as-of", "2026-11-20", "--format", "csv"])
        .current_dir(cwd)
        .output()
        .unwrap();
    assert!(stdout.stdout.starts_with(b"rank,vendor,"));
    let stdout_bom = Command::new(BIN)
        .args(["compare", "samples/", "--as-of", "2026-11-20", "--format", "csv", "--csv-bom", "always"])
        .current_dir(cwd)
        .output()
        .unwrap();
    assert!(stdout_bom.stdout.starts_with(bom));
    assert_eq!(&stdout_bom.stdout[3..], stdout.stdout.as_slice());
    let semicolon = export("semicolon.csv", &["--csv-delimiter", ";"]);
    assert!(semicolon.starts_with(b"\xEF\xBB\xBFrank;vendor;status;total;"));
    let tab = export("tab.csv", &["--csv-delimiter", "tab", "--csv-bom", "never"]);
    assert!(tab.starts_with(b"rank\tvendor\t"));
    // CSV options without CSV output are a usage error.
    assert_eq!(vendorcard(&["compare", "samples/", "--csv-delimiter", ";"]).status.code(), Some(2));

    if !have("soffice") {
        return;
    }
    for (bytes, separator) in [(&comma, b','), (&semicolon, b';'), (&tab, b'\t')] {
        let rows = libreoffice_reads(bytes, separator);
        // The mark is read as the encoding, not as text in the first cell; the columns split.
        assert_eq!(rows[0][..4], ["rank", "vendor", "status", "total"], "separator {}", separator as char);
        let yunque = rows.iter().find(|r| r[1] == "云雀通信 Yunque").expect("the Chinese name survives");
        // A number stays a number: 86.7953781513 (written with a point, whatever the separator).
        assert!(yunque[3].starts_with("86.79"), "{yunque:?}");
    }
}

#[test]
fn markdown_drivers_and_legend_render_as_lists_not_by_spaces() {
    let output = Command::new(BIN)
        .args(["compare", "samples/", "--as-of", "2026-11-20", "--format", "markdown", "--drivers"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let markdown = text(&output.stdout);
    let mut html = String::new();
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(&markdown, pulldown_cmark::Options::ENABLE_TABLES),
    );
    // "1. Aurora Signal leads 2. …" is text, never an accidental ordered list.
    assert!(!html.contains("<ol"), "{html}");
    assert!(html.contains("<li>1. Aurora Signal leads 2. 云雀通信 Yunque by 5.6"), "{html}");
    // The legend's keys are bold list items, not columns of spaces that HTML collapses.
    assert!(html.contains("<li><strong>Speed</strong> Response speed — 25% of the total</li>"), "{html}");
    // The drivers of a pair are nested under it.
    assert!(
        html.contains("<ul>\n<li><strong>+2.0</strong> R&amp;D engineers on hard cases (5.0 vs 3.0)</li>"),
        "{html}"
    );
    // No line of the Markdown aligns text with runs of spaces.
    for line in markdown.lines().filter(|l| !l.starts_with('|')) {
        assert!(!line.trim_start().contains("  ") || line.ends_with("  "), "aligned by spaces: {line:?}");
    }
}

#[test]
fn progress_shows_at_a_terminal_on_a_long_run_and_never_in_a_pipe() {
    // A run well past the one-second mark: 600 000 samples take several seconds unoptimised
    // (about 3 s on two cores; an optimised build takes a fifth of that).
    let args = ["compare", "samples/", "--as-of", "2026-11-20", "--confidence", "--samples", "600000"];
    let output = Command::new(BIN).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    assert!(output.status.success());
    // Piped: only the note, no indicator, no escape sequence.
    let piped = text(&output.stderr);
    assert!(piped.lines().all(|l| l.starts_with("note: ")), "{piped:?}");
    assert!(!piped.contains(ESC) && !piped.contains('\r'), "{piped:?}");
    if !have("script") {
        return;
    }
    let shown = at_terminal(&args.join(" ").replace("samples/", "samples/ --color never"), &[]);
    assert!(shown.contains("sampling weights and evidence… "), "{shown:?}");
    // Cleared before the note: the note starts its own clean line.
    assert!(shown.contains("\u{1b}[2Knote: the inputs have"), "{shown:?}");
    let quiet = at_terminal(&format!("{} -q", args.join(" ")), &[]);
    assert!(!quiet.contains("sampling"), "{quiet:?}");
}
