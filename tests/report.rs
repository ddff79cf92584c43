//! The HTML report (`--export-html`): the same inputs give the same bytes,
//! and its charts have the structure their numbers demand.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn export(dir: &Path, name: &str, extra: &[&str]) -> String {
    let target = dir.join(name);
    let output = Command::new(env!("CARGO_BIN_EXE_vendorcard"))
        .args(["compare", "samples/", "--as-of", "2026-11-20", "--format", "json", "--export-html"])
        .arg(&target)
        .args(extra)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    std::fs::write(dir.join(format!("{name}.json")), &output.stdout).unwrap();
    std::fs::read_to_string(target).unwrap()
}

fn scorecard(dir: &Path, name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap()).unwrap()
}

/// Every element `<rect class="{class}" …>` with its attributes.
fn elements<'a>(html: &'a str, class: &str) -> Vec<&'a str> {
    let start = format!("<rect class=\"{class}\"");
    html.match_indices(&start).map(|(at, _)| &html[at..at + html[at..].find('>').unwrap()]).collect()
}

fn attr(element: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    let at = element.find(&key).unwrap_or_else(|| panic!("no {name} in {element}")) + key.len();
    element[at..at + element[at..].find('"').unwrap()].to_string()
}

fn number(element: &str, name: &str) -> f64 {
    attr(element, name).parse().unwrap()
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let first = export(dir.path(), "a.html", &["--confidence"]);
    let second = export(dir.path(), "b.html", &["--confidence"]);
    assert!(first == second, "two runs differ");
    assert!(first.starts_with("<!DOCTYPE html>"));
    // Self-contained: no script, nothing fetched.
    for banned in ["<script", "http://", "https://", "@import", "<link", "url(http"] {
        let allowed =
            banned == "http://" && first.matches(banned).count() == first.matches("http://www.w3.org/2000/svg").count();
        assert!(!first.contains(banned) || allowed, "the report holds {banned}");
    }
}

#[test]
fn the_points_bars_have_one_segment_per_vendor_and_category_in_proportion() {
    let dir = tempfile::tempdir().unwrap();
    let html = export(dir.path(), "r.html", &[]);
    let card = scorecard(dir.path(), "r.html");
    let vendors = card["vendors"].as_array().unwrap();
    let categories = card["categories"].as_array().unwrap().len();
    let segments = elements(&html, "segment");
    assert_eq!(segments.len(), vendors.len() * categories);
    // 6 px a point (vendorcard::render::report::bars::PER_POINT); coordinates are written to 0.01 px.
    for vendor in vendors {
        let name = vendor["vendor"].as_str().unwrap();
        let mine: Vec<&&str> = segments.iter().filter(|s| attr(s, "data-vendor") == name).collect();
        assert_eq!(mine.len(), categories, "{name}");
        let mut x = number(mine[0], "x");
        for (segment, category) in mine.iter().zip(vendor["categories"].as_array().unwrap()) {
            let points = category["contribution"].as_f64().unwrap();
            assert!((number(segment, "width") - 6.0 * points).abs() < 0.5, "{name}: {segment}");
            assert!((number(segment, "x") - x).abs() < 0.5, "segments touch: {segment}");
            x += number(segment, "width");
        }
        let total = vendor["total"].as_f64().unwrap();
        assert!((x - number(mine[0], "x") - 6.0 * total).abs() < 0.5, "{name}: the bar is the total");
    }
}

#[test]
fn the_heat_map_has_a_cell_per_criterion_and_vendor_marked_by_basis() {
    let dir = tempfile::tempdir().unwrap();
    let html = export(dir.path(), "r.html", &[]);
    let card = scorecard(dir.path(), "r.html");
    let vendors = card["vendors"].as_array().unwrap();
    let criteria: usize =
        card["categories"].as_array().unwrap().iter().map(|c| c["criteria"].as_array().unwrap().len()).sum();
    let cells = elements(&html, "cell");
    assert_eq!(cells.len(), criteria * vendors.len());
    for vendor in vendors {
        for category in vendor["categories"].as_array().unwrap() {
            for criterion in category["criteria"].as_array().unwrap() {
                let cell = cells
                    .iter()
                    .find(|c| {
                        attr(c, "data-vendor") == vendor["vendor"] && attr(c, "data-criterion") == criterion["id"]
                    })
                    .unwrap();
                let expected = match (criterion["state"].as_str().unwrap(), criterion["basis"].as_str()) {
                    ("scored", Some(basis)) => basis,
                    ("excluded", _) => "excluded",
                    _ => "missing",
                };
                assert_eq!(attr(cell, "data-basis"), expected, "{cell}");
            }
        }
    }
}

#[test]
fn the_decision_page_names_every_vendor_and_the_rubric() {
    let dir = tempfile::tempdir().unwrap();
    let html = export(dir.path(), "r.html", &["--confidence"]);
    let decision = &html[html.find("<section id=\"decision\">").unwrap()..html.find("<section id=\"why\">").unwrap()];
    for name in ["Aurora Signal", "云雀通信 Yunque", "Quillstack Cloud", "PennyPush", "Vortexa Live"] {
        assert!(decision.contains(name), "{name} is not on the decision page");
    }
    assert!(decision.contains("ranks first with 92.4 points of 100, 5.6 points ahead of 云雀通信 Yunque (86.8)"));
    assert!(decision.contains("How sure:</strong> Clear winner"));
    assert!(decision.contains("SHA-256 <code>"));
    assert!(decision.contains("Sign-off"));
    // The audit trail holds every vendor's explain, folded.
    assert_eq!(html.matches("<details open>").count(), 5);
    // One rank-acceptability segment per rank (or disqualification) a vendor takes in any sample.
    let card = scorecard(dir.path(), "r.html");
    let taken: usize = card["confidence"]["vendors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let ranks =
                v["rank_acceptability"].as_array().unwrap().iter().filter(|p| p.as_f64().unwrap() > 0.0).count();
            ranks + usize::from(v["disqualified"].as_f64().unwrap() > 0.0)
        })
        .sum();
    assert_eq!(elements(&html, "acceptability").len(), taken);
}

/// Chromium, when installed (`.ci/run` installs Debian's `chromium` and sets
/// VENDORCARD_REQUIRE_CHROMIUM=1, so there the test fails rather than skips).
fn chromium() -> Option<std::path::PathBuf> {
    let found =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].iter().map(std::path::PathBuf::from).find(|p| p.exists());
    if found.is_none() {
        assert!(
            std::env::var_os("VENDORCARD_REQUIRE_CHROMIUM").is_none(),
            "VENDORCARD_REQUIRE_CHROMIUM is set but Chromium is not installed"
        );
        eprintln!("skipped: Chromium is not installed (apt-get install chromium)");
    }
    found
}

/// Headless Chromium with the flags a closed network needs, on a fresh profile.
fn headless(chromium: &Path, profile: &Path, args: &[String]) -> std::process::Output {
    Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("Chromium runs")
}

#[test]
fn chromium_renders_prints_and_lays_out_the_report() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let html = export(dir.path(), "report.html", &["--confidence"]);
    // The page rendered is the one every run makes: byte-identical across two runs.
    assert!(html == export(dir.path(), "again.html", &["--confidence"]), "two runs differ");
    let page = format!("file://{}", dir.path().join("report.html").display());
    let profile = dir.path().join("profile");

    // A full-page screenshot and a PDF print succeed; the page logs nothing to the console.
    let png = dir.path().join("report.png");
    let pdf = dir.path().join("report.pdf");
    let shot = headless(
        &chromium,
        &profile,
        &[format!("--screenshot={}", png.display()), "--window-size=1280,6000".into(), page.clone()],
    );
    assert!(
        std::fs::metadata(&png).map(|m| m.len() > 10_000).unwrap_or(false),
        "{}",
        String::from_utf8_lossy(&shot.stderr)
    );
    let print = headless(
        &chromium,
        &profile,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
            "--enable-logging=stderr".into(),
            "--v=0".into(),
            page.clone(),
        ],
    );
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF") && bytes.len() > 10_000, "{}", String::from_utf8_lossy(&print.stderr));
    let log = String::from_utf8_lossy(&print.stderr);
    let console: Vec<&str> =
        log.lines().filter(|l| l.contains(":CONSOLE(") || l.contains("Failed to load resource")).collect();
    assert!(console.is_empty(), "the page logged: {console:?}");

    // Nothing overflows the page at a desktop width (1280 px) and at the width an A4 page
    // prints (210 mm − 24 mm of margins = 186 mm ≈ 703 px): a probe copy of the report
    // measures every element after layout and writes what it found into the title.
    let probe = html.replace(
        "</body>",
        "<script>const w = document.documentElement.clientWidth; const over = [...document.querySelectorAll('body *')]\
         .filter(e => e.getBoundingClientRect().right > w + 1).map(e => e.tagName + '.' + (e.id || e.className.baseVal || e.className));\
         document.title = 'overflow:' + over.length + ':' + over.slice(0, 5).join(',');</script></body>",
    );
    let probe_path = dir.path().join("probe.html");
    std::fs::write(&probe_path, probe).unwrap();
    for width in [1280, 703] {
        let dump = headless(
            &chromium,
            &profile,
            &[format!("--window-size={width},2000"), "--dump-dom".into(), format!("file://{}", probe_path.display())],
        );
        let dom = String::from_utf8_lossy(&dump.stdout);
        let title = dom.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or_default();
        assert!(title.starts_with("overflow:0:"), "at {width} px: {title}");
        // Every vendor's name is in the text of the decision page as laid out.
        let decision = dom.split("<section id=\"decision\">").nth(1).unwrap().split("</section>").next().unwrap();
        for name in ["Aurora Signal", "云雀通信 Yunque", "Quillstack Cloud", "PennyPush", "Vortexa Live"] {
            assert!(decision.contains(name), "{name} at {width} px");
        }
    }
}

#[test]
fn every_sla_target_is_drawn_against_its_tickets() {
    let dir = tempfile::tempdir().unwrap();
    let html = export(dir.path(), "r.html", &[]);
    let card = scorecard(dir.path(), "r.html");
    let promised =
        &html[html.find("<section id=\"promised\">").unwrap()..html.find("<section id=\"how-sure\">").unwrap()];
    let levels: Vec<&Value> = card["vendors"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|v| v["service_levels"].as_array().into_iter().flatten())
        .collect();
    assert!(levels.len() > 10, "the samples have SLAs and ticket logs");
    // One box per target, one target line each, at the target's minutes.
    assert_eq!(elements(promised, "box").len(), levels.len());
    let targets: Vec<f64> = promised
        .match_indices("<line class=\"target\"")
        .map(|(at, _)| number(&promised[at..at + promised[at..].find('>').unwrap()], "data-minutes"))
        .collect();
    assert_eq!(targets, levels.iter().map(|l| l["target"].as_f64().unwrap()).collect::<Vec<_>>());
    // The measured times are on the SLA's own clock: Yunque's P1 target runs on Beijing working
    // hours (09:00–18:00, Saturday 10 October a make-up working day). Its seven P1 tickets, by hand:
    // 9 Oct 10:05→10:40 = 35; 10 Oct (Saturday, worked) 09:30→10:14 = 44; 11 Oct (Sunday: the clock
    // stands still) 10:20→11:12 = 0; 12 Oct 09:45→10:23 = 38; 13 Oct 10:10→10:57 = 47;
    // 14 Oct 11:00→11:29 = 29; 16 Oct 10:40→11:21 = 41. Sorted 0, 29, 35, 38, 41, 44, 47:
    // PERCENTILE.INC quartiles at ranks 6q: 0, 29 + 0.5 × 6 = 32, 38, 41 + 0.5 × 3 = 42.5, 47.
    let yunque = card["vendors"].as_array().unwrap().iter().find(|v| v["vendor"] == "云雀通信 Yunque").unwrap();
    let p1 = yunque["service_levels"].as_array().unwrap().iter().find(|l| l["severity"] == "P1").unwrap();
    assert!(p1["clock"].as_str().unwrap().starts_with("beijing"));
    assert_eq!(p1["quartiles"], serde_json::json!([0.0, 32.0, 38.0, 42.5, 47.0]));
    assert_eq!((p1["due"].as_u64(), p1["met"].as_u64()), (Some(7), Some(7)));
}

/// The report in Chinese, drawn by Chromium with the fonts `.ci/run` installs
/// (Debian's `fonts-noto-cjk`): every Chinese character on the page is drawn
/// with a glyph of its own, none with the missing-glyph box. A canvas in the
/// page draws each character and, as the known reference, a private-use code
/// point no font here has; a character drawn exactly like it has no glyph.
/// The check proves it can fail: a second private-use code point matches.
#[test]
fn chromium_draws_every_chinese_character_of_the_report() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let html = export(dir.path(), "zh.html", &["--confidence", "--samples", "1000", "--lang", "zh-CN"]);
    assert!(html.contains("<html lang=\"zh-CN\">") && html.contains("厂商选型结论"));
    let probe = html.replace(
        "</body>",
        "<script>\
         const chars = [...new Set([...document.body.innerText].filter(c => /[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]/.test(c)))];\
         const font = getComputedStyle(document.body).fontFamily;\
         const canvas = document.createElement('canvas'); canvas.width = 48; canvas.height = 48;\
         const g = canvas.getContext('2d');\
         const draw = c => { g.clearRect(0, 0, 48, 48); g.font = '28px ' + font; g.fillText(c, 6, 36); return g.getImageData(0, 0, 48, 48).data.join(','); };\
         const tofu = draw('\\uE000');\
         const control = draw('\\uE001') === tofu;\
         const missing = chars.filter(c => draw(c) === tofu);\
         document.title = 'glyphs:' + chars.length + ':' + control + ':' + missing.length + ':' + missing.slice(0, 20).join('');\
         </script></body>",
    );
    let probe_path = dir.path().join("probe.html");
    std::fs::write(&probe_path, probe).unwrap();
    let dump = headless(
        &chromium,
        &dir.path().join("profile"),
        &["--window-size=1280,2000".into(), "--dump-dom".into(), format!("file://{}", probe_path.display())],
    );
    let dom = String::from_utf8_lossy(&dump.stdout);
    let title = dom.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or_default();
    let parts: Vec<&str> = title.split(':').collect();
    assert_eq!(parts.first(), Some(&"glyphs"), "{title}");
    let distinct: usize = parts[1].parse().unwrap();
    assert!(distinct > 200, "the report shows {distinct} distinct Chinese characters: {title}");
    assert_eq!(parts[2], "true", "the check cannot tell a missing glyph: {title}");
    assert_eq!(parts[3], "0", "characters drawn as the missing-glyph box: {}", parts[4]);
}
