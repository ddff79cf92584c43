//! Known answers for ticket-log metrics, worked out by hand from
//! tests/fixtures/tickets/known.csv (17 tickets, no P3).
//!
//! Times are local (+08:00) unless marked. The SLA runs on business hours,
//! Mon–Fri 09:00–18:00 +08:00; 2026-10-02 is a Friday, 10-03/04 the weekend.
//!
//! | ticket | sev | first response (wall min) | resolved (wall min)  | reopens | hand-offs |
//! |--------|-----|---------------------------|----------------------|---------|-----------|
//! | T1     | P0  | 10:00→10:12 = 12          | →12:00 = 120         | 0       | 1         |
//! | T2     | P0  | `20` (minutes)            | →17:00 = 180         | 0       | 2         |
//! | T3     | P0  | 01:00Z = 09:00 → 09:45 = 45 | →15:00 = 360       | 1       | 3         |
//! | T4     | P0  | Sat 02:00→02:09 = 9       | →05:00 = 180         | 0       | 0         |
//! | T5     | P0  | 08:00→08:30 = 30          | open                 | 0       | 1         |
//! | T6     | P0  | unanswered                | open                 | 0       | blank     |
//! | T7     | P1  | 09:30→10:30 = 60          | →next day = 1440     | 0       | 1         |
//! | T8     | P1  | Fri 17:00→Mon 10:00 = 3900 | →Mon 17:00 = 4320   | 2       | 4         |
//! | T9     | P1  | 10:00→13:00 = 180         | →+2 days = 2880      | 0       | 2         |
//! | T10    | P1  | 16:00→16:30 = 30          | "Solved", no time    | 0       | 0         |
//! | T11    | P1  | `90`                      | `2000`               | 1       | 1         |
//! | T12    | P2  | 11:00→13:00 = 120         | →+1 day = 1440       | 0       | 0         |
//! | T13    | P2  | Fri 17:00→Mon 10:00 = 3900 | →Mon 12:00 = 4020   | 0       | 1         |
//! | T14    | P2  | 09:00→18:00 = 540         | →+3 days = 4320      | 1       | 2         |
//! | T15    | P2  | 10:00→12:00 = 120         | open                 | 0       | 1         |
//! | T16    | P2  | 12:00→15:00 = 180         | →18:00 = 360         | 0       | 1         |
//! | T17    | P2  | 09:00→11:00 = 120         | →+2 days = 2880      | 0       | 3         |

use std::path::PathBuf;

use vendorcard::load::{load_inputs, Loaded};
use vendorcard::options::{Inputs, RubricSource};
use vendorcard::score::score;
use vendorcard::stats::Aggregate;
use vendorcard::tickets::{Metric, TicketQuery, TicketStats, TimeUnit};

const DIR: &str = "tests/fixtures/tickets";

fn load() -> Loaded {
    let inputs = Inputs::new(
        RubricSource::File(PathBuf::from(format!("{DIR}/rubric.toml"))),
        vec![PathBuf::from(format!("{DIR}/vendor.toml"))],
        "2026-10-10".parse().unwrap(),
    );
    let loaded = load_inputs(&inputs);
    assert!(!loaded.diagnostics.has_errors(), "{:#?}", loaded.diagnostics.0);
    loaded
}

fn stats() -> TicketStats {
    load().tickets.remove(0).stats
}

fn measure(
    stats: &TicketStats,
    metric: Metric,
    severity: Option<&str>,
    stat: Aggregate,
    unit: TimeUnit,
) -> Option<f64> {
    let query =
        TicketQuery { metric, severity: severity.map(String::from), stat: Some(stat), unit, scope: Default::default() };
    stats.measure(&query, Aggregate::Median).value
}

fn assert_close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a measured value");
    assert!((actual - expected).abs() < 1e-9, "{actual} ≠ {expected}");
}

#[test]
fn first_response_times_per_severity() {
    let stats = stats();
    let m = |severity, stat| measure(&stats, Metric::FirstResponse, Some(severity), stat, TimeUnit::Minutes);
    // P0 answered: 12, 20, 45, 9, 30 → sorted 9, 12, 20, 30, 45 (T6 unanswered, left out).
    assert_close(m("P0", Aggregate::Median), 20.0);
    // p90: h = (5 − 1) × 0.9 = 3.6 → 30 + 0.6 × (45 − 30) = 39.
    assert_close(m("P0", Aggregate::P90), 39.0);
    // mean: (9 + 12 + 20 + 30 + 45) / 5 = 116 / 5 = 23.2.
    assert_close(m("P0", Aggregate::Mean), 23.2);
    assert_close(m("P0", Aggregate::Min), 9.0);
    assert_close(m("P0", Aggregate::Max), 45.0);
    // P1: 30, 60, 90, 180, 3900. p90: h = 3.6 → 180 + 0.6 × 3720 = 2412. Median 90 min = 1.5 h.
    assert_close(m("P1", Aggregate::P90), 2412.0);
    assert_close(measure(&stats, Metric::FirstResponse, Some("P1"), Aggregate::Median, TimeUnit::Hours), 1.5);
    // P2: 120, 120, 120, 180, 540, 3900. Median h = 2.5 → 120 + 0.5 × 60 = 150;
    // p90 h = 4.5 → 540 + 0.5 × 3360 = 2220; mean 4980 / 6 = 830.
    assert_close(m("P2", Aggregate::Median), 150.0);
    assert_close(m("P2", Aggregate::P90), 2220.0);
    assert_close(m("P2", Aggregate::Mean), 830.0);
    // No P3 tickets at all: nothing to measure.
    assert_eq!(m("P3", Aggregate::Median), None);
}

#[test]
fn resolution_times_and_rates() {
    let stats = stats();
    // P0 resolved with a time: 120, 180, 360, 180 → sorted 120, 180, 180, 360; median 180.
    assert_close(measure(&stats, Metric::Resolution, Some("P0"), Aggregate::Median, TimeUnit::Minutes), 180.0);
    // P1: 1440, 2000, 2880, 4320 min; median (2000 + 2880) / 2 = 2440 min = 2440 / 1440 days.
    assert_close(measure(&stats, Metric::Resolution, Some("P1"), Aggregate::Median, TimeUnit::Days), 2440.0 / 1440.0);
    let rate = |metric, severity| measure(&stats, metric, severity, Aggregate::Median, TimeUnit::Minutes);
    // P0: T1–T4 resolved of 6 (T5, T6 open) → 4 / 6.
    assert_close(rate(Metric::ResolutionRate, Some("P0")), 100.0 * 4.0 / 6.0);
    // P1: all 5, T10 by its "Solved" status.
    assert_close(rate(Metric::ResolutionRate, Some("P1")), 100.0);
    // All: 4 + 5 + 5 = 14 of 17.
    assert_close(rate(Metric::ResolutionRate, None), 100.0 * 14.0 / 17.0);
    // Within 48 h (2880 min, inclusive): P0 all 4; P1 1440, 2880, 2000 (not 4320) = 3;
    // P2 1440, 360, 2880 (not 4020, 4320) = 3 → 10 of 17 (open tickets count against it).
    assert_close(rate(Metric::ResolvedWithin(48.0), None), 100.0 * 10.0 / 17.0);
    // Reopened: T3, T8, T11, T14 → 4 of 17.
    assert_close(rate(Metric::ReopenRate, None), 100.0 * 4.0 / 17.0);
    // Hand-offs: 16 tickets with a count (T6 blank); P0 1+2+3+0+1 = 7, P1 1+4+2+0+1 = 8,
    // P2 0+1+2+1+1+3 = 8 → 23 / 16 = 1.4375.
    assert_close(rate(Metric::Handoffs, None), 1.4375);
    assert_close(rate(Metric::Tickets, None), 17.0);
    assert_close(rate(Metric::Tickets, Some("P2")), 6.0);
}

#[test]
fn sla_adherence_runs_on_the_business_clock() {
    let stats = stats();
    let rate = |metric, severity| measure(&stats, metric, severity, Aggregate::Median, TimeUnit::Minutes);
    // P0 target 30 business minutes: T1 12 ✓, T2 20 ✓, T3 45 ✗, T4 Saturday → 0 ✓,
    // T5 08:00–08:30 before opening → 0 ✓, T6 unanswered ✗ → 4 of 6.
    assert_close(rate(Metric::FirstResponseSla, Some("P0")), 100.0 * 4.0 / 6.0);
    // P1 target 2 h: T7 60 ✓; T8 Fri 17–18 (60) + Mon 9–10 (60) = 120 ✓ (inclusive), though
    // 3900 wall minutes; T9 180 ✗; T10 30 ✓; T11 90 ✓ → 4 of 5.
    assert_close(rate(Metric::FirstResponseSla, Some("P1")), 80.0);
    // P2 target 8 h: T13 120 business minutes ✓ across the weekend, T14 540 ✗, the rest ✓ → 5 of 6.
    assert_close(rate(Metric::FirstResponseSla, Some("P2")), 100.0 * 5.0 / 6.0);
    // All severities: 4 + 4 + 5 = 13 of 17.
    assert_close(rate(Metric::FirstResponseSla, None), 100.0 * 13.0 / 17.0);
    // P0 resolution target 4 h = 240: T1 120 ✓, T2 180 ✓, T3 360 ✗, T4 weekend 0 ✓, T5 T6 open ✗ → 3 of 6.
    assert_close(rate(Metric::ResolutionSla, Some("P0")), 50.0);
    // P1 24 h = 1440: T7 Mon 09:30–18:00 (510) + Tue 09:00–09:30 (30) = 540 ✓; T8 60 + 480 = 540 ✓;
    // T9 Tue 480 + Wed 540 + Thu 60 = 1080 ✓; T10 no time ✗; T11 Fri 09:00–18:00 = 540 ✓ → 4 of 5.
    assert_close(rate(Metric::ResolutionSla, Some("P1")), 80.0);
    // P2 has no resolution target.
    assert_eq!(rate(Metric::ResolutionSla, Some("P2")), None);
}

#[test]
fn measured_figures_become_evidence_with_their_basis() {
    let loaded = load();
    let card = score(loaded.rubric.as_ref().unwrap(), &loaded.vendors);
    let vendor = &card.vendors[0];
    let criterion = |id: &str| vendor.criteria().map(|(_, c)| c).find(|c| c.id == id).unwrap();
    // p0_response: p90 of P0 = 39 min; linear best 0 worst 60 → 5 × (1 − 39/60) = 1.75.
    let p0 = criterion("p0_response");
    assert_eq!(p0.aggregate, Some(39.0));
    assert!((p0.score - 1.75).abs() < 1e-12);
    assert!(p0.verified, "the log is marked verified");
    assert_eq!(
        p0.source.as_ref().map(|s| s.english()).as_deref(),
        Some("ticket logs known.csv: p90 of 5 answered of 6 P0 tickets, in minutes")
    );
    // No P3 tickets: the typed 30 h stands in; 5 × (1 − 30/48) = 1.875.
    let p3 = criterion("p3_response");
    assert_eq!(p3.aggregate, Some(30.0));
    assert!((p3.score - 1.875).abs() < 1e-12);
    assert_eq!(p3.source.as_ref().map(|s| s.english()).as_deref(), Some("Vendor's own report"));
    // within_48h: 10/17 × 100 % → linear 100 → 5: 5 × (10/17) = 50/17.
    assert!((criterion("within_48h").score - 50.0 / 17.0).abs() < 1e-12);
    // sla_adherence: 13/17 → 5 × 13/17 = 65/17.
    assert!((criterion("sla_adherence").score - 65.0 / 17.0).abs() < 1e-12);
    // Four equal criteria: total = 100 × mean score / 5 = 5 × (1.75 + 1.875 + 50/17 + 65/17).
    let expected = 5.0 * (1.75 + 1.875 + 50.0 / 17.0 + 65.0 / 17.0);
    assert!((vendor.total - expected).abs() < 1e-9, "{} vs {expected}", vendor.total);
}
