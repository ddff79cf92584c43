//! `--lang`: what people read follows the language; what machines read does not.

use std::fs;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_vendorcard");

/// The binary in the repository root, with no language in its environment but `env`.
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR")).env("NO_COLOR", "1");
    for name in ["VENDORCARD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn json_and_csv_are_byte_identical_in_every_language() {
    let runs: [&[&str]; 8] = [
        &["compare", "samples/", "--format", "json"],
        &["compare", "samples/", "--format", "json", "--confidence", "--samples", "1000"],
        &["compare", "samples/", "--format", "csv"],
        &["compare", "samples/", "--format", "csv", "--csv-shape", "long"],
        &["explain", "Aurora Signal", "samples/", "--format", "json"],
        &["tickets", "samples/", "--format", "json"],
        &["check", "samples/", "--format", "json", "--max-age", "30d"],
        &["schema", "scorecard"],
    ];
    for args in runs {
        let args: Vec<&str> = args.iter().copied().chain(["--as-of", "2026-11-20"]).collect();
        let args: Vec<&str> = if args[0] == "schema" { args[..2].to_vec() } else { args };
        let english = run(&args, &[("LANG", "en_US.UTF-8")]);
        assert!(!english.stdout.is_empty(), "{args:?}");
        for chinese in [run(&[&args[..], &["--lang", "zh-CN"]].concat(), &[]), run(&args, &[("LANG", "zh_CN.UTF-8")])] {
            assert_eq!(english.status.code(), chinese.status.code(), "{args:?}");
            assert!(english.stdout == chinese.stdout, "{args:?}: the output differs between languages");
        }
    }
    // Export files too, written by one run with every export.
    let dir = tempfile::tempdir().unwrap();
    let export = |lang: &str| {
        let csv = dir.path().join(format!("{lang}.csv"));
        let json = dir.path().join(format!("{lang}.json"));
        let output = run(
            &[
                "compare",
                "samples/",
                "--as-of",
                "2026-11-20",
                "--lang",
                lang,
                "--export-csv",
                csv.to_str().unwrap(),
                "--export-json",
                json.to_str().unwrap(),
            ],
            &[],
        );
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        (fs::read(csv).unwrap(), fs::read(json).unwrap(), output.stdout)
    };
    let (en_csv, en_json, en_table) = export("en");
    let (zh_csv, zh_json, zh_table) = export("zh-CN");
    assert!(en_csv == zh_csv && en_json == zh_json);
    // While the table, for people, is not.
    assert_ne!(en_table, zh_table);
}

#[test]
fn the_language_comes_from_the_flag_then_vendorcard_lang_then_the_locale() {
    let header = |args: &[&str], env: &[(&str, &str)]| {
        let output = run(&[&["compare", "samples/"][..], args].concat(), env);
        stdout(&output).lines().nth(1).unwrap_or_default().to_string()
    };
    let english = |line: String| line.contains("Vendor") && !line.contains("厂商");
    let chinese = |line: String| line.contains("厂商") && !line.contains("Vendor");
    assert!(english(header(&[], &[])), "no language set: English");
    assert!(chinese(header(&[], &[("LANG", "zh_CN.UTF-8")])));
    assert!(chinese(header(&[], &[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")])), "LC_ALL before LANG");
    assert!(english(header(&[], &[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")])), "LC_ALL=C is English");
    assert!(
        chinese(header(&[], &[("VENDORCARD_LANG", "zh-CN"), ("LC_ALL", "C")])),
        "VENDORCARD_LANG before the locale"
    );
    assert!(english(header(&["--lang", "en"], &[("VENDORCARD_LANG", "zh-CN")])), "--lang before everything");
    assert!(chinese(header(&["--lang", "zh"], &[])), "zh is zh-CN");
    assert_eq!(run(&["compare", "samples/", "--lang", "fr"], &[]).status.code(), Some(2));
}

/// The comparison in Chinese, as a Chinese team reads it: category and
/// criterion names from the rubric's `names`/`shorts`, headings and notes
/// from locales/zh-CN.ftl, columns aligned by display width.
#[test]
fn the_comparison_in_chinese() {
    let table = run(&["compare", "samples/", "--as-of", "2026-11-20", "--lang", "zh-CN"], &[]);
    assert!(table.status.success());
    let text = stdout(&table);
    // Every line of the table is as wide as its rules, counting a Chinese character as two columns.
    let rule = unicode_width::UnicodeWidthStr::width(text.lines().next().unwrap());
    for line in text.lines().take(9) {
        assert_eq!(unicode_width::UnicodeWidthStr::width(line), rule, "{line:?}");
    }
    insta::assert_snapshot!("compare-zh-CN", text);
    let detail =
        run(&["compare", "samples/", "--as-of", "2026-11-20", "--lang", "zh-CN", "--detail", "--drivers"], &[]);
    insta::assert_snapshot!("compare-detail-drivers-zh-CN", stdout(&detail));
    // The note on standard error too.
    assert!(String::from_utf8_lossy(&table.stderr).starts_with("提示：输入中有 12 条警告"));
}

/// `explain` and `tickets` in Chinese: labels aligned by display width, the
/// engine's findings (a missed SLA target, a failed gate) in Chinese too.
#[test]
fn explain_and_tickets_in_chinese() {
    let explain = run(&["explain", "Vortexa Live", "samples/", "--as-of", "2026-11-20", "--lang", "zh-CN"], &[]);
    assert!(explain.status.success(), "{}", String::from_utf8_lossy(&explain.stderr));
    let text = stdout(&explain);
    assert!(text.starts_with("Vortexa Live：5 家中排第 5，否决，总分 71.36（满分 100）"), "{text}");
    assert!(text.contains("否决：书面服务等级协议（SLA）必须为“是”，证据为“否”。"), "{text}");
    // Every fact's text starts in the same column, in display columns.
    let starts: Vec<usize> = text
        .lines()
        .filter(|l| l.starts_with("    ") && !l.starts_with("     "))
        .map(|l| {
            let label = l.trim_start().split(' ').next().unwrap();
            4 + unicode_width::UnicodeWidthStr::width(label) + l[4 + label.len()..].len()
                - l[4 + label.len()..].trim_start().len()
        })
        .collect();
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}");
    insta::assert_snapshot!("explain-zh-CN", text);
    let tickets = run(&["tickets", "samples/aurora-signal.toml", "--lang", "zh-CN"], &[]);
    assert!(tickets.status.success());
    insta::assert_snapshot!("tickets-zh-CN", stdout(&tickets));
}

/// `init` in Chinese: the template's comments are Chinese (the default
/// rubric's help texts included), and the template is still a valid
/// evidence file that `check` reads; the English template is unchanged.
#[test]
fn init_writes_a_chinese_template_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("agora.toml");
    let written = run(&["init", "--vendor", "声网 Agora", "--lang", "zh-CN", "--out", out.to_str().unwrap()], &[]);
    assert!(written.status.success(), "{}", String::from_utf8_lossy(&written.stderr));
    let template = std::fs::read_to_string(&out).unwrap();
    assert!(template.starts_with("## 声网 Agora 的证据，按评分表 sdk-support"), "{template}");
    for chinese in
        ["## === 响应速度", "## P0 首次响应 — 一个数值（单位：分钟）", "一票否决", "## 从提交 P0（生产故障）演练工单"]
    {
        assert!(template.contains(chinese), "{chinese} missing:\n{template}");
    }
    // No English help or frame is left in the default rubric's template.
    for english in ["Minutes from filing", "uncomment", "where it came from", "GATE"] {
        assert!(!template.contains(english), "{english} left in:\n{template}");
    }
    // Every comment line fits 80 display columns ("## " and 76 of text).
    for line in template.lines().filter(|l| l.starts_with("## ")) {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "{line}");
    }
    let check = run(&["check", out.to_str().unwrap()], &[]);
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    // Every built-in rubric's template: no English sentence left in a comment.
    for rubric in ["sdk-support", "rtc-sdk", "im-enterprise"] {
        let template = stdout(&run(&["init", "--vendor", "X", "--rubric", rubric, "--lang", "zh-CN"], &[]));
        for line in template.lines().filter(|l| l.starts_with("## ")) {
            assert!(![" the ", " of ", " and ", " to "].iter().any(|w| line.contains(w)), "{rubric}: {line}");
        }
    }
}

/// `init --tickets` in Chinese: the same [[tickets]] table as in English,
/// line for line, with its comments (the REVIEW notes) in Chinese.
#[test]
fn init_tickets_suggests_the_same_table_with_chinese_notes() {
    let suggest = |lang: &str| stdout(&run(&["init", "--tickets", "samples/yunque-tickets.csv", "--lang", lang], &[]));
    let (english, chinese) = (suggest("en"), suggest("zh-CN"));
    let code = |text: &str| -> Vec<String> {
        text.lines().map(|line| line.split("##").next().unwrap_or("").trim_end().to_string()).collect()
    };
    assert_eq!(code(&chinese), code(&english), "the TOML differs by language");
    assert!(chinese.contains("北京时间"), "{chinese}");
    let han = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for line in chinese.lines().filter(|l| l.contains("##")) {
        let note = line.split("##").nth(1).unwrap_or("");
        assert!(han(note), "an English note: {line}");
    }
}
