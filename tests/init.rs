//! `init` templates that `check` accepts once filled; completions and the
//! manual page.

use std::fs;
use std::process::{Command, Output};

use tempfile::TempDir;

fn vendorcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vendorcard")).args(args).env("NO_COLOR", "1").output().expect("the binary runs")
}

/// Uncomments every `[evidence.…]` block: its header and the `# key = …` lines under it.
fn fill(template: &str) -> String {
    let mut in_block = false;
    template
        .lines()
        .map(|line| {
            if let Some(header) = line.strip_prefix("# [evidence.") {
                in_block = true;
                return format!("[evidence.{header}");
            }
            if line.is_empty() {
                in_block = false;
            }
            match line.strip_prefix("# ") {
                Some(rest) if in_block && !rest.starts_with('#') => rest.to_string(),
                _ => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_built_in_rubric_gives_a_template_check_accepts_empty_and_filled() {
    for name in vendorcard::builtin::names() {
        let dir = TempDir::new().unwrap();
        let template_path = dir.path().join("nimbus.toml");
        let template_arg = template_path.display().to_string();
        let output = vendorcard(&["init", "--vendor", "Nimbus \"RTC\"", "--rubric", name, "--out", &template_arg]);
        assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        let template = fs::read_to_string(&template_path).unwrap();

        // As written: valid, with nothing scored yet (warnings only).
        let check = vendorcard(&["check", &template_arg, "--rubric", name]);
        assert_eq!(check.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&check.stderr));

        // Filled in: every criterion has evidence, and check has no error.
        let filled = fill(&template);
        let blocks = filled.lines().filter(|l| l.starts_with("[evidence.")).count();
        let criteria = template.matches("# [evidence.").count();
        assert_eq!(blocks, criteria);
        let filled_path = dir.path().join("filled.toml");
        fs::write(&filled_path, &filled).unwrap();
        let filled_arg = filled_path.display().to_string();
        let check = vendorcard(&["check", &filled_arg, "--rubric", name]);
        let err = String::from_utf8_lossy(&check.stderr);
        assert_eq!(check.status.code(), Some(0), "{name}: {err}");
        assert!(!err.contains("no evidence for"), "{name}: every criterion is filled\n{err}");
        // And it scores: the vendor name survived TOML quoting.
        let json: serde_json::Value =
            serde_json::from_slice(&vendorcard(&["compare", &filled_arg, "--rubric", name, "--format", "json"]).stdout)
                .unwrap();
        assert_eq!(json["vendors"][0]["vendor"], "Nimbus \"RTC\"");

        // --out never replaces a file without --force.
        let again = vendorcard(&["init", "--vendor", "Other", "--rubric", name, "--out", &template_arg]);
        assert_eq!(again.status.code(), Some(1));
        assert_eq!(fs::read_to_string(&template_path).unwrap(), template);
    }
}

#[test]
fn init_rubric_from_prints_a_built_in_rubric() {
    let output = vendorcard(&["init", "--rubric-from", "sdk-support"]);
    assert!(output.status.success());
    // The file as written, then the SLA-terms criteria every built-in rubric shares.
    let mut expected = fs::read_to_string("rubrics/sdk-support.toml").unwrap();
    expected.push('\n');
    expected.push_str(&fs::read_to_string("rubrics/shared/sla-terms.toml").unwrap());
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
    assert_eq!(vendorcard(&["init"]).status.code(), Some(2), "needs --vendor or --rubric-from");
    assert_eq!(vendorcard(&["init", "--rubric-from", "nope"]).status.code(), Some(2));
}

#[test]
fn bash_completions_load_and_the_man_page_renders() {
    let script = vendorcard(&["completions", "bash"]);
    assert!(script.status.success());
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("vendorcard.bash");
    fs::write(&path, &script.stdout).unwrap();
    let loaded = Command::new("bash")
        .arg("-c")
        .arg(format!("source '{}' && complete -p vendorcard", path.display()))
        .output()
        .expect("bash runs");
    assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
    assert!(String::from_utf8_lossy(&loaded.stdout).contains("-F _clap_complete_vendorcard vendorcard"));
    // Every subcommand is offered, by the binary the script calls back (tests/shell.rs completes values).
    let offered = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["--", "vendorcard", ""])
        .env("VENDORCARD_COMPLETE", "fish")
        .output()
        .unwrap();
    let offered = String::from_utf8(offered.stdout).unwrap();
    for command in ["compare", "check", "explain", "tickets", "init", "rubrics", "schema", "man"] {
        assert!(offered.lines().any(|l| l.starts_with(command)), "{command} missing from the completions:\n{offered}");
    }

    let man = String::from_utf8(vendorcard(&["man"]).stdout).unwrap();
    assert!(man.contains(".TH vendorcard 1") && man.contains(".SH NAME"), "{man}");
}

#[test]
fn every_built_in_rubric_loads_cleanly_and_explains_every_criterion() {
    use vendorcard::diagnostic::Diagnostics;
    use vendorcard::load::load_rubric;
    use vendorcard::options::RubricSource;

    let mut shared = Vec::new();
    for name in vendorcard::builtin::names() {
        let mut diagnostics = Diagnostics::default();
        let (rubric, _) = load_rubric(&RubricSource::Builtin(name), &mut diagnostics);
        assert!(diagnostics.0.is_empty(), "{name}: {:#?}", diagnostics.0);
        let rubric = rubric.unwrap();
        assert_eq!(rubric.id, name);
        assert!(rubric.categories.len() >= 6, "{name}");
        for (category, criterion) in rubric.criteria() {
            let help = criterion.help.as_deref().unwrap_or("");
            assert!(help.len() > 40, "{name}: `{}` in `{}` needs a help line", criterion.id, category.id);
            // Every option and checklist item reads in Chinese too (`labels`).
            let values: Vec<&str> = match &criterion.rule {
                vendorcard::rubric::Rule::Choice { options } => options.iter().map(|(o, _)| o.as_str()).collect(),
                vendorcard::rubric::Rule::Checklist { items } => items.iter().map(|(i, _)| i.as_str()).collect(),
                _ => Vec::new(),
            };
            for value in values {
                let label = criterion.translations.label(value).in_lang(vendorcard::i18n::Lang::ZhCn);
                assert!(label != value, "{name}: option `{value}` of `{}` has no zh-CN label", criterion.id);
            }
        }
        // The P0 response gate is in every built-in rubric.
        assert!(rubric.criterion("p0_first_response").is_some_and(|c| c.gate.is_some()), "{name}");
        // So are the SLA terms, defined once: the same criteria, weights and rules in each.
        let sla_terms: Vec<serde_json::Value> = SLA_TERMS
            .iter()
            .map(|id| {
                serde_json::to_value(rubric.criterion(id).unwrap_or_else(|| panic!("{name} lacks {id}"))).unwrap()
            })
            .collect();
        shared.push((name, sla_terms));
    }
    for (name, terms) in &shared[1..] {
        assert_eq!(terms, &shared[0].1, "{name}'s SLA terms differ from {}'s", shared[0].0);
    }
    assert!(shared[0].1[0]["gate"] == "must_be_true", "a written SLA is a gate: {}", shared[0].1[0]);
}

/// The criteria of rubrics/shared/sla-terms.toml.
const SLA_TERMS: [&str; 6] = [
    "written_sla",
    "sla_availability",
    "availability_measurement",
    "maintenance_windows",
    "recovery_time",
    "sla_compensation",
];

/// A criterion id that is no bare TOML key (a space, a dot) is quoted in
/// the template, so the filled template still names that criterion.
#[test]
fn a_template_quotes_ids_that_are_not_bare_keys() {
    let dir = TempDir::new().unwrap();
    let rubric = fs::read_to_string("tests/bad_inputs/tiny.toml")
        .unwrap()
        .replace("id = \"p0_first_response\"", "id = \"p0 first.response\"");
    let rubric_path = dir.path().join("rubric.toml");
    fs::write(&rubric_path, rubric).unwrap();
    let rubric_arg = rubric_path.display().to_string();
    let output = vendorcard(&["init", "--vendor", "Nimbus", "--rubric", &rubric_arg]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let template = String::from_utf8(output.stdout).unwrap();
    assert!(template.contains("# [evidence.\"p0 first.response\"]"), "{template}");
    let filled = dir.path().join("filled.toml");
    fs::write(&filled, fill(&template)).unwrap();
    let check = vendorcard(&["check", filled.to_str().unwrap(), "--rubric", &rubric_arg]);
    let err = String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(0), "{err}");
    assert!(!err.contains("no evidence for"), "every criterion is filled\n{err}");
}
