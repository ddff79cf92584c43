//! The report: one self-contained HTML file (inline CSS and SVG, no
//! script, no network, no external fonts) that a CTO looks at and a
//! procurement officer files. Read from the scorecard alone; the same
//! scorecard gives the same bytes.
//!
//! Sections, in order: the decision; why (points by category, and a
//! criterion × vendor heat map with the evidence basis marked); how sure
//! (flip-point tornado, rank acceptability); the audit trail (every
//! vendor's `explain`, collapsible).

use std::fmt::Write as _;

use super::svg::{colour, escape, num, Svg};
use super::{one_decimal, percent, Render};
use crate::evidence::Basis;
use crate::scorecard::{EvidenceState, Scorecard, Status, VendorScore};
use crate::t;

pub struct HtmlRender;

/// Small grey axis text.
const GREY: &str = r##" font-size="11" fill="#444""##;

impl Render for HtmlRender {
    fn render(&self, scorecard: &Scorecard) -> anyhow::Result<Vec<u8>> {
        Ok(report(scorecard).into_bytes())
    }
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       margin: 0 auto; max-width: 1100px; padding: 24px; color: #111; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #0072B2; padding-bottom: .2em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
.lead { font-size: 1.15em; }
.meta { color: #444; font-size: .9em; }
table { border-collapse: collapse; margin: .5em 0; max-width: 100%; }
th, td { border-bottom: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
th { background: #eef3fa; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
figure { margin: 1em 0; max-width: 100%; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .9em; color: #333; margin-top: .3em; }
.verdict { border-left: 4px solid #0072B2; padding: .4em .8em; background: #f4f8fc; }
.warn { border-left: 4px solid #D55E00; padding: .4em .8em; background: #fdf3ec; }
.signoff { width: 100%; table-layout: fixed; }
.signoff td { height: 2.4em; }
details { border: 1px solid #ccc; border-radius: 4px; padding: .3em .6em; margin: .4em 0; }
details pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85em; }
@media print { details pre { font-size: 7.5pt; } }
summary { cursor: pointer; font-weight: 600; }
svg text { font-family: inherit; }
@page { margin: 14mm 12mm 16mm; @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 9pt; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  details { border: none; padding: 0; }
  details > summary { list-style: none; }
  figure, table, .verdict, .warn { break-inside: avoid; }
}
"#;

/// The whole report.
pub fn report(card: &Scorecard) -> String {
    let mut out = String::new();
    let title = t!("report-title", rubric = card.rubric.label());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        crate::i18n::lang().tag(),
        escape(&title),
        STYLE.replace(r#""page " counter(page) " of " counter(pages)"#, &t!("report-page-counter"))
    );
    decision(&mut out, card);
    why(&mut out, card);
    promised(&mut out, card);
    how_sure(&mut out, card);
    audit(&mut out, card);
    out.push_str("</body>\n</html>\n");
    out
}

fn qualified(card: &Scorecard) -> Vec<&VendorScore> {
    card.vendors.iter().filter(|v| v.status == Status::Qualified).collect()
}

/// Page 1: who won and by how much, how sure, who is out and why, what
/// was contradicted, what the totals rest on, and a place to sign.
fn decision(out: &mut String, card: &Scorecard) {
    out.push_str("<section id=\"decision\">\n");
    let _ = writeln!(out, "<h1>{}</h1>", t!("report-h1", rubric = escape(card.rubric.label())));
    let qualified = qualified(card);
    match qualified.as_slice() {
        [] => {
            let _ = writeln!(out, "<p class=\"lead warn\">{}</p>", t!("report-none-qualifies"));
        }
        [only] => {
            let _ = writeln!(
                out,
                "<p class=\"lead\">{}</p>",
                t!("report-only", vendor = escape(&only.vendor), total = one_decimal(only.total))
            );
        }
        [first, second, ..] => {
            let _ = writeln!(
                out,
                "<p class=\"lead\">{}</p>",
                t!(
                    "report-first",
                    vendor = escape(&first.vendor),
                    total = one_decimal(first.total),
                    gap = points(first.total - second.total),
                    second = escape(&second.vendor),
                    second_total = one_decimal(second.total)
                )
            );
        }
    }
    if let Some(confidence) = &card.confidence {
        let _ = writeln!(
            out,
            "<p class=\"verdict\">{}</p>",
            t!(
                "report-how-sure",
                verdict = escape(&capitalise(&confidence.verdict.text.to_string())),
                samples = confidence.samples.to_string(),
                weights = escape(&confidence.weights_described.to_string())
            )
        );
    } else {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", t!("report-not-analysed"));
    }
    let _ = writeln!(
        out,
        "<table><thead><tr><th class=\"n\">{}</th><th>{}</th><th>{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        t!("detail-rank"),
        t!("table-vendor"),
        t!("table-status"),
        t!("table-total"),
        t!("report-evidence-column"),
        t!("report-claimed-column")
    );
    for vendor in &card.vendors {
        let _ = writeln!(
            out,
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            vendor.rank,
            escape(&vendor.vendor),
            super::table::status_label(vendor.status),
            one_decimal(vendor.total),
            percent(vendor.coverage),
            percent(vendor.coverage_by_basis.claimed),
        );
    }
    out.push_str("</tbody></table>\n");
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", t!("report-coverage-note"));
    let disqualified: Vec<&VendorScore> = card.vendors.iter().filter(|v| v.status == Status::Disqualified).collect();
    if !disqualified.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul>", t!("report-disqualified"));
        for vendor in disqualified {
            let gates: Vec<String> = vendor
                .failed_gates
                .iter()
                .map(|g| {
                    t!(
                        "report-gate",
                        criterion = card.criterion_name(&g.criterion),
                        reason = &g.reason,
                        to_pass = &g.to_pass
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "<li><strong>{}</strong> — {}</li>",
                escape(&vendor.vendor),
                escape(&crate::i18n::clauses(&gates))
            );
        }
        out.push_str("</ul>\n");
    }
    let contradicted: Vec<&VendorScore> = card.vendors.iter().filter(|v| !v.contradictions.is_empty()).collect();
    if !contradicted.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul>", t!("report-contradicted"));
        for vendor in contradicted {
            let listed: Vec<String> = vendor
                .contradictions
                .iter()
                .map(|c| {
                    c.describe_named(
                        &c.criterion
                            .as_deref()
                            .map_or_else(|| c.about.to_string(), |id| card.criterion_name(id).to_string()),
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "<li><strong>{}</strong>{}</li>",
                escape(&vendor.vendor),
                escape(&t!("report-listed", items = crate::i18n::clauses(&listed)))
            );
        }
        out.push_str("</ul>\n");
    }
    let evaluators = card.evaluators();
    out.push_str("<p class=\"meta\">");
    if let Some(provenance) = &card.provenance {
        let evaluated = crate::date::parse_date(&provenance.evaluated_on)
            .map_or_else(|_| provenance.evaluated_on.clone(), crate::i18n::date);
        out.push_str(&t!(
            "report-evaluated",
            date = escape(&evaluated),
            tool = escape(provenance.version),
            id = escape(&card.rubric.id),
            version = escape(&card.rubric.version),
            name = escape(card.rubric.label()),
            hash = escape(&provenance.rubric.sha256)
        ));
    } else {
        out.push_str(&t!("report-rubric", id = escape(&card.rubric.id), version = escape(&card.rubric.version)));
    }
    if !evaluators.is_empty() {
        out.push_str(&t!("report-evaluators", names = escape(&crate::i18n::list(&evaluators))));
    }
    if !card.rubric.adjustments.is_empty() {
        out.push_str(&t!("report-adjusted", adjustments = escape(&card.rubric.adjustments.join("; "))));
    }
    out.push_str("</p>\n");
    let _ = write!(
        out,
        "<h3>{}</h3>\n<table class=\"signoff\"><thead><tr><th>{}</th><th>{}</th><th>{}</th>\
         <th>{}</th></tr></thead><tbody>\n<tr><td>{}</td><td></td><td></td><td></td></tr>\n\
         <tr><td>{}</td><td></td><td></td><td></td></tr>\n<tr><td>{}</td><td></td><td></td><td></td></tr>\n\
         </tbody></table>\n</section>\n",
        t!("report-signoff"),
        t!("report-role"),
        t!("report-name"),
        t!("report-signature"),
        t!("report-date"),
        t!("report-tech-lead"),
        t!("report-procurement"),
        t!("report-approver")
    );
}

/// Page 2: the points behind each total, and every criterion's score.
fn why(out: &mut String, card: &Scorecard) {
    let _ = writeln!(out, "<section id=\"why\">\n<h2>{}</h2>", t!("report-why"));
    out.push_str(&stacked_bars(card));
    out.push_str(&heat_map(card));
    out.push_str("</section>\n");
}

/// Layout of the points chart.
pub mod bars {
    /// Left margin for vendor names, pixels per point, row height.
    pub const LABEL: f64 = 200.0;
    pub const PER_POINT: f64 = 6.0;
    pub const ROW: f64 = 26.0;
    pub const TOP: f64 = 28.0;
}

/// One bar per vendor, one segment per category, its length the
/// category's points (contributions add up to the total exactly).
pub fn stacked_bars(card: &Scorecard) -> String {
    use bars::*;
    let rows = card.vendors.len() as f64;
    let legend_rows = card.categories.len() as f64;
    let height = TOP + rows * ROW + 34.0 + legend_rows * 18.0;
    let width = LABEL + 100.0 * PER_POINT + 60.0;
    let mut svg = Svg::new(width, height, &t!("report-bars-title"));
    // Axis: 0 to 100 points, gridlines every 20.
    for tick in (0..=100).step_by(20) {
        let x = LABEL + f64::from(tick) * PER_POINT;
        svg.line((x, TOP - 6.0), (x, TOP + rows * ROW), "#ddd", "");
        svg.text(x, TOP - 10.0, "middle", &tick.to_string(), GREY);
    }
    svg.text(LABEL + 50.0 * PER_POINT, 12.0, "middle", &t!("report-points-axis"), GREY);
    for (row, vendor) in card.vendors.iter().enumerate() {
        let y = TOP + row as f64 * ROW + 4.0;
        let out = vendor.status == Status::Disqualified;
        let label = if out { t!("report-disqualified-vendor", vendor = &vendor.vendor) } else { vendor.vendor.clone() };
        svg.text(LABEL - 8.0, y + 13.0, "end", &label, r#" font-size="13""#);
        let mut x = LABEL;
        for (index, category) in vendor.categories.iter().enumerate() {
            let length = category.contribution * PER_POINT;
            let fill = colour(index);
            svg.raw(&format!(
                r#"<rect class="segment" data-vendor="{}" data-category="{}" data-points="{}" x="{}" y="{}" width="{}" height="18" fill="{fill}"{}><title>{}</title></rect>"#,
                escape(&vendor.vendor),
                escape(&category.id),
                num(category.contribution),
                num(x),
                num(y),
                num(length),
                if out { r#" fill-opacity="0.45""# } else { "" },
                escape(&t!(
                    "report-tip-segment",
                    vendor = &vendor.vendor,
                    category = card.category_name(&category.id),
                    points = num(category.contribution)
                )),
            ));
            x += length;
        }
        svg.text(x + 6.0, y + 13.0, "start", &one_decimal(vendor.total), r#" font-size="12" font-weight="600""#);
    }
    let legend_top = TOP + rows * ROW + 20.0;
    for (index, category) in card.categories.iter().enumerate() {
        let (x, y) = (LABEL, legend_top + index as f64 * 18.0);
        svg.rect(x, y, 12.0, 12.0, &colour(index), "");
        svg.text(
            x + 17.0,
            y + 10.5,
            "start",
            &t!("report-category-share", name = short(category.label(), 36), share = percent(category.share)),
            r#" font-size="11""#,
        );
    }
    figure(svg.finish(), &t!("report-bars-caption"))
}

/// Layout of the heat map.
pub mod heat {
    pub const NAME: f64 = 280.0;
    pub const CELL_W: f64 = 100.0;
    pub const CELL_H: f64 = 22.0;
    pub const TOP: f64 = 64.0;
}

/// Criteria down, vendors across, each cell shaded by score and marked by
/// what backs its evidence (a pattern and a letter, so it survives a
/// black-and-white printer).
pub fn heat_map(card: &Scorecard) -> String {
    use heat::*;
    let scale = card.rubric.scale;
    let criteria: Vec<(&str, &str)> =
        card.categories.iter().flat_map(|c| c.criteria.iter().map(|k| (k.id.as_str(), k.label()))).collect();
    let width = NAME + card.vendors.len() as f64 * CELL_W + 10.0;
    let height = TOP + criteria.len() as f64 * CELL_H + 96.0;
    let mut svg = Svg::new(width, height, &t!("report-heat-title"));
    svg.raw(
        r##"<defs><pattern id="claimed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="1.2" stroke-opacity="0.55"/></pattern><pattern id="reference" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.1" fill="#000" fill-opacity="0.55"/></pattern></defs>"##,
    );
    for (column, vendor) in card.vendors.iter().enumerate() {
        let x = NAME + column as f64 * CELL_W + CELL_W / 2.0;
        svg.text(x, TOP - 8.0, "middle", &short(&vendor.vendor, 15), r#" font-size="11" font-weight="600""#);
    }
    for (row, (_, name)) in criteria.iter().enumerate() {
        let y = TOP + row as f64 * CELL_H;
        svg.text(NAME - 8.0, y + 15.0, "end", &short(name, 40), r#" font-size="11""#);
    }
    for (column, vendor) in card.vendors.iter().enumerate() {
        let x = NAME + column as f64 * CELL_W;
        for (row, (_, scored)) in vendor.criteria().enumerate() {
            let y = TOP + row as f64 * CELL_H;
            let (basis, mark) = match (scored.state, scored.basis) {
                (EvidenceState::Scored, Some(Basis::Observed)) => ("observed", ""),
                (EvidenceState::Scored, Some(Basis::Claimed)) => ("claimed", "c"),
                (EvidenceState::Scored, Some(Basis::Reference)) => ("reference", "r"),
                (EvidenceState::Excluded, _) => ("excluded", "–"),
                _ => ("missing", "×"),
            };
            let fraction = if scale > 0.0 { (scored.score / scale).clamp(0.0, 1.0) } else { 0.0 };
            let fill = shade(fraction);
            svg.raw(&format!(
                r##"<rect class="cell" data-vendor="{}" data-criterion="{}" data-basis="{basis}" x="{}" y="{}" width="{}" height="{}" fill="{fill}" stroke="#fff"><title>{}</title></rect>"##,
                escape(&vendor.vendor),
                escape(&scored.id),
                num(x),
                num(y),
                num(CELL_W),
                num(CELL_H),
                escape(&t!(
                    "report-tip-cell",
                    vendor = &vendor.vendor,
                    criterion = card.criterion_name(&scored.id),
                    score = num(scored.score),
                    scale = num(scale),
                    basis = match (scored.state, scored.basis) {
                        (EvidenceState::Scored, Some(basis)) => super::table::basis_label(basis),
                        (EvidenceState::Excluded, _) => t!("detail-excluded"),
                        _ => t!("detail-missing"),
                    }
                )),
            ));
            if basis == "claimed" || basis == "reference" {
                svg.rect(x, y, CELL_W, CELL_H, &format!("url(#{basis})"), "");
            }
            let ink = if fraction > 0.55 { "#fff" } else { "#111" };
            let label = if matches!(basis, "missing" | "excluded") {
                mark.to_string()
            } else {
                format!("{}{mark}", one_decimal(scored.score))
            };
            svg.text(x + CELL_W / 2.0, y + 15.0, "middle", &label, &format!(r#" font-size="11" fill="{ink}""#));
        }
    }
    let legend = TOP + criteria.len() as f64 * CELL_H + 22.0;
    let keys = [
        ("observed", t!("report-legend-observed")),
        ("claimed", t!("report-legend-claimed")),
        ("reference", t!("report-legend-reference")),
        ("missing", t!("report-legend-missing")),
    ];
    for (index, (basis, text)) in keys.iter().enumerate() {
        let (x, y) = (NAME - 150.0, legend + index as f64 * 18.0);
        svg.rect(x, y - 10.0, 14.0, 14.0, &shade(0.5), "");
        if matches!(*basis, "claimed" | "reference") {
            svg.rect(x, y - 10.0, 14.0, 14.0, &format!("url(#{basis})"), "");
        }
        svg.text(x + 19.0, y + 1.0, "start", text, r#" font-size="11""#);
    }
    figure(svg.finish(), &t!("report-heat-caption", scale = num(scale)))
}

/// Light to dark blue by a fraction of the scale.
fn shade(fraction: f64) -> String {
    let (light, dark) = ((0xf1, 0xf6, 0xfc), (0x08, 0x3d, 0x77));
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * fraction).round() as u8;
    format!("#{:02x}{:02x}{:02x}", mix(light.0, dark.0), mix(light.1, dark.1), mix(light.2, dark.2))
}

/// Page 3: each vendor's SLA targets against the times its tickets show
/// on each target's own clock.
fn promised(out: &mut String, card: &Scorecard) {
    let _ = writeln!(out, "<section id=\"promised\">\n<h2>{}</h2>", t!("report-promised"));
    let measured: Vec<&VendorScore> = card.vendors.iter().filter(|v| !v.service_levels.is_empty()).collect();
    if measured.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t!("report-promised-none"));
    }
    if !measured.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t!("report-promised-how"));
    }
    for vendor in measured {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&vendor.vendor));
        out.push_str(&service_chart(vendor));
    }
    out.push_str("</section>\n");
}

/// Minutes on a log scale (of 1 + minutes, so 0 has a place): where `minutes` falls.
fn log_position(minutes: f64, max: f64, width: f64) -> f64 {
    width * (1.0 + minutes.max(0.0)).log10() / (1.0 + max).log10()
}

/// A duration as people say it: `45 min`, `4 h`, `3 d` (`45 分钟`, `4 小时`, `3 天`).
fn duration(minutes: f64) -> String {
    match minutes {
        m if m < 90.0 => t!("report-minutes", n = num(m.round())),
        m if m < 48.0 * 60.0 => t!("report-hours", n = num((m / 60.0 * 10.0).round() / 10.0)),
        m => t!("report-days", n = num((m / 1440.0 * 10.0).round() / 10.0)),
    }
}

/// One row per target: the box of the middle half of the tickets' times,
/// whiskers to the fastest and slowest, the median and p90 with their 95 %
/// intervals, and the target as a red line.
pub fn service_chart(vendor: &VendorScore) -> String {
    let levels = &vendor.service_levels;
    let (label, width, top, row) = (230.0, 560.0, 34.0, 34.0);
    let max = levels
        .iter()
        .flat_map(|l| [l.quartiles[4], l.target, l.p90_interval.as_ref().and_then(|i| i.high).unwrap_or(0.0)])
        .fold(60.0, f64::max)
        * 1.15;
    let height = top + levels.len() as f64 * row + 30.0;
    let mut svg = Svg::new(label + width + 200.0, height, &t!("report-service-title"));
    let x = |minutes: f64| label + log_position(minutes, max, width);
    for tick in [0.0, 5.0, 15.0, 60.0, 240.0, 1440.0, 4.0 * 1440.0, 14.0 * 1440.0, 60.0 * 1440.0] {
        if tick > max {
            break;
        }
        svg.line((x(tick), top - 6.0), (x(tick), top + levels.len() as f64 * row), "#e3e3e3", "");
        svg.text(x(tick), top - 10.0, "middle", &duration(tick), GREY);
    }
    for (index, level) in levels.iter().enumerate() {
        let y = top + index as f64 * row;
        let middle = y + row / 2.0;
        let what = if level.what == "first response" { t!("sla-first-response") } else { t!("sla-resolution") };
        svg.text(label - 8.0, middle - 2.0, "end", &format!("{} {what}", level.severity), r#" font-size="12""#);
        svg.text(
            label - 8.0,
            middle + 11.0,
            "end",
            &t!("report-tickets-on", count = level.tickets.to_string(), clock = short(&level.clock.to_string(), 22)),
            GREY,
        );
        let [min, q1, median, q3, high] = level.quartiles;
        svg.line((x(min), middle), (x(high), middle), "#555", "");
        svg.raw(&format!(
            r##"<rect class="box" data-severity="{}" data-what="{}" x="{}" y="{}" width="{}" height="12" fill="#cfe0f1" stroke="#0072B2"><title>{}</title></rect>"##,
            escape(&level.severity),
            level.what,
            num(x(q1)),
            num(middle - 6.0),
            num(x(q3) - x(q1)),
            escape(&t!("report-tip-box", severity = &level.severity, what = &what, low = duration(q1), high = duration(q3))),
        ));
        svg.line((x(median), middle - 6.0), (x(median), middle + 6.0), "#0072B2", r#" stroke-width="2.5""#);
        for (interval, dy) in [(&level.median_interval, -9.0), (&level.p90_interval, 9.0)] {
            if let Some(interval) = interval {
                let low = interval.low.unwrap_or(min);
                let high_end = interval.high.unwrap_or(max);
                let dash =
                    if interval.high.is_none() || interval.low.is_none() { r#" stroke-dasharray="3 2""# } else { "" };
                svg.line((x(low), middle + dy), (x(high_end), middle + dy), "#333", dash);
            }
        }
        svg.raw(&format!(
            r##"<path d="M {} {} l 4 4 l -4 4 l -4 -4 z" fill="#D55E00"><title>{}</title></path>"##,
            num(x(level.p90)),
            num(middle + 5.0),
            escape(&t!("report-tip-p90", value = duration(level.p90)))
        ));
        svg.raw(&format!(
            r##"<line class="target" data-minutes="{}" x1="{}" y1="{}" x2="{}" y2="{}" stroke="#D55E00" stroke-width="2"><title>{}</title></line>"##,
            num(level.target),
            num(x(level.target)),
            num(y + 3.0),
            num(x(level.target)),
            num(y + row - 3.0),
            escape(&t!("report-tip-target", value = duration(level.target)))
        ));
        svg.text(
            label + width + 10.0,
            middle + 4.0,
            "start",
            &t!(
                "report-target-met",
                target = duration(level.target),
                met = level.met.to_string(),
                due = level.due.to_string()
            ),
            r#" font-size="11""#,
        );
    }
    figure(svg.finish(), &t!("report-service-caption", vendor = &vendor.vendor))
}

/// Page 4: the flip-point tornado and the rank acceptability, when the
/// confidence analysis ran.
fn how_sure(out: &mut String, card: &Scorecard) {
    let _ = writeln!(out, "<section id=\"how-sure\">\n<h2>{}</h2>", t!("report-how-sure-heading"));
    let flips = match &card.confidence {
        Some(confidence) => confidence.flip_points.clone(),
        None => crate::confidence::flip_points(card),
    };
    if qualified(card).len() >= 2 {
        out.push_str(&tornado(card, &flips));
    } else {
        let _ = writeln!(out, "<p>{}</p>", t!("report-gates-decide"));
    }
    match &card.confidence {
        Some(confidence) => {
            let _ = writeln!(
                out,
                "<p class=\"verdict\">{}.</p>",
                escape(&capitalise(&confidence.verdict.text.to_string()))
            );
            out.push_str(&acceptability(card));
        }
        None => {
            let _ = writeln!(out, "<p class=\"meta\">{}</p>", t!("report-no-acceptability"));
        }
    }
    out.push_str("</section>\n");
}

/// The flip points of the weights that can change the winner, most
/// sensitive first: a bar from the decrease to the increase that would.
pub fn tornado(card: &Scorecard, flips: &[crate::confidence::WeightFlips]) -> String {
    let shown: Vec<&crate::confidence::WeightFlips> =
        flips.iter().filter(|w| w.top.nearest().is_some()).take(10).collect();
    if shown.is_empty() {
        return format!("<p>{}</p>\n", t!("report-no-flips"));
    }
    // −100 % … +300 % on a linear axis; further changes are drawn to the edge and labelled.
    let (label, per_percent, top, row) = (260.0, 1.3, 30.0, 24.0);
    let zero = label + 100.0 * per_percent;
    let height = top + shown.len() as f64 * row + 20.0;
    let mut svg = Svg::new(label + 400.0 * per_percent + 120.0, height, &t!("report-tornado-title"));
    for tick in [-100, -50, 0, 100, 200, 300] {
        let x = zero + f64::from(tick) * per_percent;
        svg.line((x, top - 6.0), (x, top + shown.len() as f64 * row), if tick == 0 { "#333" } else { "#ddd" }, "");
        svg.text(x, top - 10.0, "middle", &format!("{tick:+}%").replace("+0%", "0%"), GREY);
    }
    for (index, weights) in shown.iter().enumerate() {
        let y = top + index as f64 * row + 3.0;
        svg.text(
            label - 8.0,
            y + 13.0,
            "end",
            &{
                let (name, level) = super::table::weight_name(card, weights);
                t!("report-weight-level", name = short(name, 34), level = level)
            },
            r#" font-size="12""#,
        );
        let reach = |flip: &Option<crate::confidence::Flip>| {
            flip.as_ref().and_then(|f| f.percent).map(|p| p.clamp(-100.0, 300.0))
        };
        if let Some(down) = reach(&weights.top.down) {
            svg.rect(zero + down * per_percent, y, -down * per_percent, 16.0, &colour(5), r#" class="flip-down""#);
        }
        if let Some(up) = reach(&weights.top.up) {
            svg.rect(zero, y, up * per_percent, 16.0, &colour(0), r#" class="flip-up""#);
        }
        let nearest = weights.top.nearest().expect("shown ones have one");
        svg.text(
            zero + 300.0 * per_percent + 8.0,
            y + 13.0,
            "start",
            &format!("{} → {}", num(weights.weight), num(nearest.weight)),
            GREY,
        );
    }
    figure(svg.finish(), &t!("report-tornado-caption"))
}

/// Each vendor's chance of each rank, as a bar of 100 %.
pub fn acceptability(card: &Scorecard) -> String {
    let Some(confidence) = &card.confidence else { return String::new() };
    let n = confidence.vendors.len();
    let (label, width, top, row) = (200.0, 600.0, 28.0, 26.0);
    let height = top + n as f64 * row + 40.0;
    let mut svg = Svg::new(label + width + 40.0, height, &t!("report-acceptability-title"));
    for tick in (0..=100).step_by(25) {
        let x = label + f64::from(tick) / 100.0 * width;
        svg.text(x, top - 10.0, "middle", &format!("{tick}%"), GREY);
    }
    for (index, vendor) in confidence.vendors.iter().enumerate() {
        let y = top + index as f64 * row + 4.0;
        svg.text(label - 8.0, y + 13.0, "end", &vendor.vendor, r#" font-size="13""#);
        let mut x = label;
        let parts = vendor
            .rank_acceptability
            .iter()
            .enumerate()
            .map(|(r, p)| (t!("report-rank", rank = (r + 1).to_string()), r < 2, *p, rank_shade(r, n)));
        let out = (t!("status-disqualified"), false, vendor.disqualified, "#bbbbbb".to_string());
        for (what, dark, p, fill) in parts.chain([out]) {
            if p <= 0.0 {
                continue;
            }
            svg.raw(&format!(
                r##"<rect class="acceptability" x="{}" y="{}" width="{}" height="18" fill="{fill}" stroke="#fff"><title>{}</title></rect>"##,
                num(x),
                num(y),
                num(p * width),
                escape(&t!("report-rank-share", vendor = &vendor.vendor, what = what, share = crate::confidence::pct(p)))
            ));
            if p * width > 34.0 {
                let ink = if dark { "#fff" } else { "#111" };
                svg.text(
                    x + p * width / 2.0,
                    y + 13.0,
                    "middle",
                    &crate::confidence::pct(p),
                    &format!(r#" font-size="11" fill="{ink}""#),
                );
            }
            x += p * width;
        }
    }
    let legend = top + n as f64 * row + 22.0;
    for r in 0..n.min(5) {
        let x = label + r as f64 * 110.0;
        svg.rect(x, legend - 10.0, 12.0, 12.0, &rank_shade(r, n), "");
        svg.text(x + 16.0, legend, "start", &t!("report-rank", rank = (r + 1).to_string()), r#" font-size="11""#);
    }
    figure(
        svg.finish(),
        &t!(
            "report-acceptability-caption",
            samples = confidence.samples.to_string(),
            error = crate::confidence::pct(confidence.standard_error)
        ),
    )
}

/// Rank 1 darkest, fading with the rank.
fn rank_shade(rank: usize, ranks: usize) -> String {
    shade(1.0 - rank as f64 / ranks.max(2) as f64 * 0.85)
}

/// Page 5: every vendor's `explain`, folded.
fn audit(out: &mut String, card: &Scorecard) {
    let _ = writeln!(out, "<section id=\"audit\">\n<h2>{}</h2>\n<p>{}</p>", t!("report-audit"), t!("report-audit-how"));
    for vendor in &card.vendors {
        let text = super::explain::text(&super::explain::explain(card, vendor));
        let _ = writeln!(
            out,
            "<details open><summary>{}</summary>\n<pre>{}</pre>\n</details>",
            escape(&t!(
                "report-audit-vendor",
                vendor = &vendor.vendor,
                rank = vendor.rank.to_string(),
                total = one_decimal(vendor.total)
            )),
            escape(&text)
        );
    }
    out.push_str("</section>\n");
}

/// A chart with its caption above it, so a chart taller than what is left
/// of a printed page never leaves its caption behind.
fn figure(svg: String, caption: &str) -> String {
    format!("<figure><figcaption>{}</figcaption>{svg}</figure>\n", escape(caption))
}

fn points(gap: f64) -> String {
    if (gap - 1.0).abs() < 0.05 {
        t!("report-one-point", points = one_decimal(gap))
    } else {
        t!("report-points", points = one_decimal(gap))
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// At most `limit` columns of display width (a Chinese character takes
/// two), an ellipsis where cut; the full name is in the tables and the
/// audit trail, and in each chart element's tooltip.
fn short(text: &str, limit: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= limit {
        return text.to_string();
    }
    let (mut out, mut width) = (String::new(), 0);
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        // Room for the ellipsis.
        if width + w + 1 > limit {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    out
}
