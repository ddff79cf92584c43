//! `vendorcard schema`: every JSON output and every sample input validates
//! against its schema, and the schemas are strict enough to catch a typo.
//!
//! The validator is Python's `jsonschema` (Draft 2020-12), an implementation
//! independent of the schemars that generates the schemas; TOML is read with
//! Python's `tomllib`. The test skips without them unless
//! `VENDORCARD_REQUIRE_TOOLS=1` (set by `.ci/run`, which installs them).

use std::fs;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_vendorcard");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn run(args: &[&str]) -> (Option<i32>, Vec<u8>) {
    let output = Command::new(BIN).args(args).current_dir(ROOT).env("NO_COLOR", "1").output().unwrap();
    (output.status.code(), output.stdout)
}

fn python_has_jsonschema() -> bool {
    let found =
        Command::new("python3").args(["-c", "import jsonschema, tomllib"]).output().is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("VENDORCARD_REQUIRE_TOOLS").is_some() {
        panic!("python3 with jsonschema is required (VENDORCARD_REQUIRE_TOOLS is set); .ci/run installs it");
    }
    if !found {
        eprintln!("skipped: python3 with jsonschema is not installed");
    }
    found
}

/// Validates each (schema, document file, kind) and returns the Python script's report:
/// one line per document, `ok NAME` or `invalid NAME: why`.
const VALIDATE: &str = r#"
import datetime, json, sys, tomllib
from jsonschema import Draft202012Validator

def plain(value):
    # TOML dates and times are strings in JSON, as editors' TOML schemas read them.
    if isinstance(value, (datetime.date, datetime.time, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value

for line in sys.stdin:
    schema_file, document, kind = line.rstrip("\n").split("\t")
    schema = json.load(open(schema_file))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    if kind == "toml":
        documents = [plain(tomllib.load(open(document, "rb")))]
    elif kind == "jsonl":
        documents = [json.loads(l) for l in open(document) if l.strip()]
    else:
        documents = [json.load(open(document))]
    problems = [e for d in documents for e in validator.iter_errors(d)]
    if problems:
        first = problems[0]
        print(f"invalid {document}: {first.message} at {list(first.absolute_path)}")
    else:
        print(f"ok {document} ({len(documents)})")
"#;

#[test]
fn every_json_output_and_sample_file_validates_against_its_schema() {
    if !python_has_jsonschema() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name).display().to_string();
    for kind in ["scorecard", "explain", "tickets", "diagnostic", "rubric", "evidence"] {
        let (code, schema) = run(&["schema", kind]);
        assert_eq!(code, Some(0));
        let parsed: serde_json::Value = serde_json::from_slice(&schema).unwrap();
        assert_eq!(parsed["$schema"], "https://json-schema.org/draft/2020-12/schema", "{kind}");
        fs::write(at(&format!("{kind}.schema.json")), schema).unwrap();
    }
    let outputs: [(&str, &[&str]); 7] = [
        ("compare.json", &["compare", "samples/", "--format", "json", "--as-of", "2026-11-20"]),
        (
            "compare-confidence.json",
            &["compare", "samples/", "--format", "json", "--confidence", "--samples", "1000", "--as-of", "2026-11-20"],
        ),
        ("explain.json", &["explain", "Aurora Signal", "samples/", "--format", "json"]),
        (
            "explain-confidence.json",
            &["explain", "Vortexa Live", "samples/", "--format", "json", "--confidence", "--samples", "1000"],
        ),
        ("tickets.json", &["tickets", "samples/", "--format", "json"]),
        (
            "check-samples.jsonl",
            &["check", "samples/", "--format", "json", "--max-age", "30d", "--as-of", "2026-11-20"],
        ),
        (
            "check-error.jsonl",
            &[
                "check",
                "--format",
                "json",
                "tests/bad_inputs/sla-bad-target/acme.toml",
                "--rubric",
                "tests/bad_inputs/tiny.toml",
            ],
        ),
    ];
    let mut jobs = String::new();
    for (name, args) in outputs {
        let (_, stdout) = run(args);
        assert!(!stdout.is_empty(), "{name}: nothing printed");
        fs::write(at(name), stdout).unwrap();
        let (schema, kind) = match name.split(['.', '-']).next().unwrap() {
            "compare" => ("scorecard", "json"),
            "check" => ("diagnostic", "jsonl"),
            other => (other, "json"),
        };
        jobs.push_str(&format!("{}\t{}\t{kind}\n", at(&format!("{schema}.schema.json")), at(name)));
    }
    // Every JSON output carries its layout version.
    for name in ["compare.json", "explain.json", "tickets.json"] {
        let json: serde_json::Value = serde_json::from_slice(&fs::read(at(name)).unwrap()).unwrap();
        assert_eq!(json["format_version"], 1, "{name}");
    }
    let mut inputs = Vec::new();
    for entry in fs::read_dir(Path::new(ROOT).join("samples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "toml") {
            inputs.push((path.display().to_string(), "evidence"));
        }
    }
    // The built-in rubrics as a user copies them (the shared SLA terms in place).
    for name in ["sdk-support", "rtc-sdk", "im-enterprise"] {
        let (code, text) = run(&["rubrics", "show", name]);
        assert_eq!(code, Some(0));
        fs::write(at(&format!("{name}.toml")), text).unwrap();
        inputs.push((at(&format!("{name}.toml")), "rubric"));
    }
    inputs.sort();
    assert!(inputs.len() >= 8, "{inputs:?}");
    for (path, schema) in &inputs {
        jobs.push_str(&format!("{}\t{path}\ttoml\n", at(&format!("{schema}.schema.json"))));
    }
    // Strict enough to matter: a misspelt key, a wrong type and a missing key are each refused.
    let aurora = fs::read_to_string(Path::new(ROOT).join("samples/aurora-signal.toml")).unwrap();
    let typo = aurora.replacen("vendor = ", "vendr = ", 1);
    fs::write(at("typo.toml"), typo).unwrap();
    let rubric = fs::read_to_string(Path::new(ROOT).join("rubrics/sdk-support.toml")).unwrap();
    fs::write(at("weight-text.toml"), rubric.replacen("weight = 25", "weight = \"25\"", 1)).unwrap();
    fs::write(at("partial.toml"), "id = \"x\"\nname = \"X\"\n").unwrap();
    // An extending rubric holds only what it changes: nothing is required of it.
    fs::write(
        at("extends.toml"),
        "extends = \"sdk-support\"\nversion = \"2\"\n[[category]]\nid = \"documentation\"\nweight = 5\n",
    )
    .unwrap();
    for (name, schema) in [
        ("typo.toml", "evidence"),
        ("weight-text.toml", "rubric"),
        ("partial.toml", "rubric"),
        ("extends.toml", "rubric"),
    ] {
        jobs.push_str(&format!("{}\t{}\ttoml\n", at(&format!("{schema}.schema.json")), at(name)));
    }

    let mut child = Command::new("python3")
        .args(["-c", VALIDATE])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(jobs.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{report}{}", String::from_utf8_lossy(&output.stderr));
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines.len(), jobs.lines().count(), "{report}");
    for line in &lines {
        let refused = ["typo.toml", "weight-text.toml", "partial.toml"].iter().any(|bad| line.contains(bad));
        if refused {
            assert!(line.starts_with("invalid "), "the schema should refuse it: {line}");
        } else {
            assert!(line.starts_with("ok "), "{line}");
        }
    }
    // The vendorcard loader agrees about the files the schema refused.
    let (code, _) = run(&["check", &at("typo.toml")]);
    assert_eq!(code, Some(1));
}
