# vendorcard's messages in English. Every key here is in every other
# catalogue (src/i18n.rs tests it); `{ $name }` is filled by the program.
# Fluent trims a message's leading spaces: `{" "}` keeps one.

## Notes on standard error

note-warnings = note: the inputs have { $count } { $count ->
    [one] warning
   *[other] warnings
  } (missing or unsourced evidence, claimed gates); `vendorcard check` lists them

## The comparison table

table-vendor = Vendor
table-status = Status
table-total = Total
table-coverage = Coverage
status-qualified = qualified
status-disqualified = disqualified
table-compact-disqualified = ✗ after a total: disqualified (the reason is below).
legend-rubric = Rubric { $id } { $version } ({ $name }). Total 0–100; category scores 0–{ $scale }.
legend-category = { $name } — { $share } of the total
legend-coverage = Coverage: share of the rubric's weight backed by any evidence / by verified evidence (observed by you, not claimed by the vendor).
legend-basis = Coverage by basis (observed/claimed/reference): { $vendors }.
note-adjusted = Weights adjusted for this run: { $adjustments }. The shares shown are the effective ones.
note-disqualified = { $vendor } is disqualified: `{ $criterion }` { $reason }.
note-spread = `{ $id }` (spread { $spread })
note-disagree = ≠ { $vendor }: evaluators disagree on { $criteria }.
note-contradicted = Contradicted claims: { $count } (what was observed scores, not what was claimed):
note-contradicted-vendor = { $vendor }: { $count } { $count ->
    [one] claim
   *[other] claims
  } contradicted — { $claims }.
note-contradicted-more = (`explain VENDOR` or --detail says what was claimed and what was observed.)
cost-only = {" "}(only { $condition })
note-condition = `{ $id }` only { $condition }
note-conditions = † { $vendor }: { $conditions }.
note-costs = Costs of { $vendor } (as quoted): { $costs }.
note-mixed-currencies = Mixed currencies ({ $currencies }): shown as quoted, never converted; compare them at a rate you choose.

## --detail

detail-criterion = Criterion
detail-weight = Weight
detail-rank = Rank
detail-excluded = excluded
detail-missing = missing
detail-legend = Rubric { $id } { $version }. Cells: score 0–{ $scale } (points it adds to the 0–100 total). Weight: share of the total. ✗: gate failed, vendor disqualified. ≠: evaluators disagree. !: the vendor's claim is contradicted. †: holds only under a condition (below).

## --drivers and flip points

drivers-heading = What drives the ranking (points of the 0–100 total):
drivers-none-qualifies = no vendor qualifies: nothing to rank
drivers-one-vendor = one vendor: nothing to compare
drivers-to-qualify = What each disqualified vendor would need to qualify (the smallest change per failed gate):
drivers-to-pass = { $vendor }: `{ $criterion }` { $reason }; to pass: { $to_pass }
drivers-behind-disqualified = {" "}— disqualified, so ranked below whatever its total
drivers-no-clear-winner = {" "}— no clear winner (under { $margin } points)
drivers-best-disqualified = the best disqualified vendor, { $vendor }
drivers-leads = { $ahead } leads { $behind } by { $gap }{ $verdict }
drivers-trails = { $ahead } trails { $behind } by { $gap }{ $verdict }
drivers-difference = { $name } ({ $ahead } vs { $behind })
flip-heading = Flip points (exact: the smallest change of one weight that changes the winner):
level-category = category
level-criterion = criterion
flip-point = { $name } ({ $level }) weight { $from } → { $to }{ $percent }: { $overtakes } overtakes { $overtaken }
flip-percent = {" "}({ $percent })
flip-none = none: no single weight, from 0 to { $times }× its value, changes the winner
flip-steady = { $count } other { $count ->
    [one] weight
   *[other] weights
  } cannot change the winner anywhere from 0 to { $times }× { $count ->
    [one] its value
   *[other] their values
  }

## --confidence

confidence-samples = How sure is the ranking: { $samples } samples (seed { $seed }); every probability below is within ±{ $error } (one standard error).
confidence-uncertain = Uncertain: { $weights }; { $count } measured, ranged or rated { $count ->
    [one] figure
   *[other] figures
  } with intervals that move a score.
confidence-verdict = Verdict — { $verdict }.
confidence-rank = { $rank ->
    [1] 1st
    [2] 2nd
    [3] 3rd
   *[other] { $rank }th
  }
confidence-disqualified = Disq.
confidence-ranks = Ranks
confidence-factor = Conf. factor
confidence-columns = Each column: the share of samples in which the vendor takes that rank (ties share a rank) or is disqualified.
confidence-factor-note = Confidence factor: how often it ranks first with its own typical winning weights (its central weights).
confidence-always-out = disqualified in every sample: { $vendors }
confidence-no-tiers = Tiers: none, no vendor qualifies; { $out }.
confidence-tiers = Tiers (a tier beats the next in at least { $separated } of samples; within one, vendors cannot be told apart): { $tiers }
confidence-matters = What matters most (how often { $winner } beats { $rival }, as is → were it exactly as measured):
confidence-matters-item = { $about }: { $now } → { $known }; would narrow it: { $advice }
confidence-matters-nothing = What matters most: no single uncertain figure, held at what was measured, would make the verdict clearer.
confidence-no-flips = Flip points: with fewer than two qualified vendors no weight can change the winner (gates do not depend on weights).

## explain

explain-heading = { $vendor }: rank { $rank } of { $count }, { $status }, total { $total } of 100
explain-origin = Rubric { $id } { $version } ({ $name }), SHA-256 { $hash }…; evidence { $file }{ $evidence }; evaluated { $date } by vendorcard { $tool }.
explain-origin-bare = Rubric { $id } { $version } ({ $name }); evidence { $file }.
explain-coverage = Coverage: { $coverage } of the rubric's weight has evidence, { $verified } verified (observed by the team, not claimed by the vendor){ $basis }.
explain-by-basis = ; { $observed } observed, { $claimed } claimed, { $reference } from references
explain-category-excluded = excluded: no evidence for any criterion
explain-category = { $score } of { $scale } × { $share } of the total = { $points } points
explain-total = Total: { $sum } = { $total } points of 100.
explain-gates-passed = Gates: all passed.
explain-disqualified = Disqualified: `{ $criterion }` { $reason }.
explain-claimed-only = Claimed only by the vendor, not verified ({ $count }): { $ids }.
explain-reference-only = Reported by a reference (third party), not observed by the team ({ $count }): { $ids }.
explain-contradicted = Claims contradicted ({ $count }): { $claims }.
explain-costs = Costs as quoted (never converted): { $costs }.
explain-rank-in = rank { $rank } in { $share }
explain-disqualified-in = disqualified in { $share }
explain-acceptability = Rank acceptability ({ $samples } samples, seed { $seed }, ±{ $error } at most; { $weights }): { $ranks }.
explain-ranks-above = Ranks above: { $vendors }.
explain-confidence-factor = Confidence factor (first with its central weights): { $factor }.
explain-criterion = { $name } (`{ $id }`, { $share } of the total)
explain-markdown-header = Criterion | Share of total | How it was scored | Points
explain-pair = { $what }: { $value }
fact-evidence = evidence
fact-aggregate = aggregate
fact-interval = interval
fact-evaluators = evaluators
fact-rule = rule
fact-condition = condition
fact-cost = cost
fact-discount = discount
fact-claim = claim
fact-penalty = penalty
fact-points = points
fact-gate = gate
fact-source = source
fact-date = date
fact-note = note
evidence-none-excluded = none: left out, the other weights renormalised
evidence-none = none: scores 0
evidence-verified = verified
evidence-reference = reported by a reference (third party), not observed by the team
evidence-claimed = claimed by the vendor, not verified
evidence-value = { $value } ({ $provenance })
stat-min = min
stat-max = max
stat-mean = mean
stat-median = median
stat-p90 = p90
stat-p95 = p95
aggregate-value = { $stat } of { $count } = { $value }
interval-close = ; { $count } tickets would bound it on both sides
interval-value = { $label }: { $shown } ({ $basis }{ $closing }); --confidence samples the score over it
evaluators-disagree = {" "}— evaluators disagree
evaluators-value = ratings from { $min } to { $max }: spread { $spread } (threshold { $threshold }){ $flag }
rule-lower-better = lower
rule-higher-better = higher
rule-band = bands, { $better } is better: { $value } { $side } { $threshold } → { $score }
rule-no-band = bands, { $better } is better: { $value } falls in no band → 0
rule-linear = linear, { $scale } at { $best } to 0 at { $worst }: { $value } → { $score }
rule-choice = option `{ $option }` → { $score }
rule-checklist = { $present } of { $total } item weight present: { $scale } × { $present }/{ $total } = { $score }
rule-rating = rating mapped from { $low }–{ $high }: { $scale } × ({ $value } − { $low }) / ({ $high } − { $low }) = { $score }
condition-only = only { $condition }
discount-claimed-only = claimed only
discount-conditional = conditional
basis-observed = observed
basis-claimed = claimed
basis-reference = reference
claim-contradicted = CONTRADICTED by the observation, which is what scores
claim-holds = not contradicted by the observation
claim-value = { $claim }: { $verdict }
claim-value-sourced = { $claim } ({ $source }): { $verdict }
penalty-value = claim contradicted: − { $penalty } (contradiction_penalty) = { $score }
points-value = 100 × { $score }/{ $scale } × { $share } of the category × { $category } category share = { $points }
gate-min-score = score at least { $minimum }
gate-must-be-true = must be true
gate-passed = passed
gate-failed = FAILED — disqualifies

## Findings of the scoring engine (English in JSON and CSV, the run's language elsewhere)

gate-no-evidence = no evidence for a gated criterion
gate-missing-fail = no evidence (the rubric's missing policy is "fail")
gate-false = must be true, evidence says false
gate-below = score { $score } is below the gate of { $minimum } (of { $scale })
to-pass-any = any evidence for it
to-pass-true = evidence that it is true
to-pass-false = evidence that it is false
to-pass-no-value = no value reaches the gate's score
to-pass-no-band = no value reaches the gate's score: the rubric's bands cannot pass it
to-pass-now = {" "}(now { $value })
to-pass-at-most = { $what } of at most { $value }{ $now }
to-pass-at-least = { $what } of at least { $value }{ $now }
to-pass-price = a price in { $currency } per { $per }
to-pass-no-option = no option reaches the gate's score
to-pass-option = option `{ $option }` or better
to-pass-items = items worth at least { $weight } of the checklist's weight { $total }
to-pass-rating = a { $stat } rating of at least { $value }{ $now }
sla-first-response = first response
sla-resolution = resolution
sla-about = { $severity } { $what }
sla-claimed = { $severity } { $what } within { $target } ({ $clock })
sla-observed = { $late } of { $due } { $due ->
    [one] ticket
   *[other] tickets
  } missed it ({ $met } met)
sla-source = {"["}sla] of { $file }; ticket logs { $logs }
contradiction-claim = `{ $about }`: claimed { $claimed }, observed { $observed }
contradiction-sla = {"["}sla] { $claimed }: { $observed }
contradiction-claim-named = { $name }: claimed { $claimed }, observed { $observed }

## tickets

tickets-verified = verified
tickets-not-verified = not verified
tickets-no-sla = no [sla] in the evidence file
tickets-clock = SLA clock { $clock }
tickets-vendor = { $vendor }: { $files } ({ $verified }); { $clock }
tickets-scope = Only tickets { $scope }
tickets-skipped = { $count } unreadable rows skipped (--skip-bad-rows)
tickets-severity = Severity
tickets-tickets = Tickets
tickets-answered = Answered
tickets-median = Median
tickets-p90 = p90
tickets-sla-target = SLA target
tickets-clock-column = Clock
tickets-met-sla = Met SLA
tickets-resolved = Resolved
tickets-open = Open
tickets-within-48h = Within 48h
tickets-first-contact = 1st contact
tickets-reopened = Reopened
tickets-handoffs = Hand-offs
tickets-target = Target
tickets-compared = Compared
tickets-agree = Agree
tickets-vendor-met = Vendor says met, breached
tickets-vendor-breached = Vendor says breached, met
tickets-first-response-heading = First response (wall clock; unanswered tickets are not in the times, and miss the SLA)
tickets-resolution-heading = Resolution (wall clock; Kaplan–Meier times with open tickets censored at their age, ≥ a lower bound;
    open tickets count against the rates)
tickets-verdicts-heading = The help desk's own SLA verdicts against vendorcard's recomputation
tickets-all = all
scope-window = opened { $from } to { $to }
scope-tag = tagged `{ $tag }`

## The HTML report

report-title = Vendor decision — { $rubric }
report-h1 = Vendor decision: { $rubric }
report-page-counter = "page " counter(page) " of " counter(pages)
report-none-qualifies = No vendor qualifies: every vendor failed a gate.
report-only = <strong>{ $vendor }</strong> is the only qualified vendor, with { $total } points of 100.
report-first = <strong>{ $vendor }</strong> ranks first with { $total } points of 100, { $gap } ahead of { $second } ({ $second_total }).
report-one-point = { $points } point
report-points = { $points } points
report-how-sure = <strong>How sure:</strong> { $verdict } ({ $samples } samples; { $weights }).
report-not-analysed = How sure: not analysed (run with <code>--confidence</code> for a verdict and each vendor's chance of each rank).
report-evidence-column = Evidence behind the weight
report-claimed-column = Claimed only
report-coverage-note = Evidence behind the weight: the share of the rubric's weight with any evidence (the rest scores 0 or is left out, as the rubric says). Claimed only: the share resting on what the vendor says, not on what the team observed.
report-disqualified = Disqualified
report-gate = { $criterion }: { $reason } (to pass: { $to_pass })
report-contradicted = Promises the evidence contradicts
report-listed = : { $items }
report-evaluated = Evaluated { $date } by vendorcard { $tool }. Rubric { $id } { $version } ({ $name }), SHA-256 <code>{ $hash }</code>.
report-rubric = Rubric { $id } { $version }.
report-evaluators = {" "}Evaluators: { $names }.
report-adjusted = {" "}Weights adjusted for this run: { $adjustments }.
report-signoff = Sign-off
report-role = Role
report-name = Name
report-signature = Signature
report-date = Date
report-tech-lead = Technical lead
report-procurement = Procurement
report-approver = Approver
report-why = Why: where each vendor's points come from
report-bars-title = Points of the 100-point total by category, per vendor
report-disqualified-vendor = { $vendor } (disqualified)
report-category-share = { $name } ({ $share } of the total)
report-bars-caption = Each bar is a vendor's total of 100 points, split by category: a segment's length is the points that category contributes (its score × its share of the weight). Disqualified vendors are pale: they rank below every qualified vendor whatever their total.
report-heat-title = Every criterion's score per vendor, with what backs the evidence
report-heat-caption = Each cell is one criterion's score for one vendor, 0 to { $scale } (darker is better). Hatching and a "c" mark evidence only the vendor claims; dots and "r" a reference's report; "×" no evidence.
report-promised = Promised against measured
report-promised-none = No vendor's evidence holds both an <code>[sla]</code> and ticket logs to measure it against.
report-promised-how = Each row is one SLA target: the box holds the middle half of the tickets' times on the target's own clock (business hours where the SLA says so), the whiskers reach the fastest and the slowest, the blue tick is the median and the orange diamond the p90; the thin lines above and below are the 95 % intervals of the median and the p90 (dashed where the tickets cannot bound them); the red line is the target. The scale is logarithmic. Tickets still open are not drawn.
report-how-sure-heading = How sure
report-gates-decide = With fewer than two qualified vendors no weight can change the winner: gates decide.
report-no-acceptability = The rank acceptability (each vendor's chance of each rank over the uncertainty of weights and evidence) is not in this report: it was made without <code>--confidence</code>.
report-no-flips = No single weight, from 0 to 10 times its value, changes the winner.
report-tornado-title = Weight change that changes the winner
report-weight-level = { $name } ({ $level })
report-tornado-caption = Flip points: for each weight that can change the winner, how far it would have to fall (left, orange) or rise (right, blue), as a percentage of its value, before another vendor ranks first; the shortest bars are the weights the decision is most sensitive to. The figures at the right are the weight now and at the nearest flip.
report-acceptability-title = Each vendor's chance of each rank
report-rank = rank { $rank }
report-rank-share = { $vendor }: { $what } in { $share } of samples
report-acceptability-caption = Rank acceptability: the share of { $samples } samples in which each vendor takes each rank (darkest: first), or is disqualified (grey), over the declared uncertainty of weights and evidence. Each share is within ±{ $error } (one standard error).
report-audit = Audit trail
report-audit-how = How every number of every vendor was reached: the evidence, the rule that scored it, its points and its source.
report-audit-vendor = { $vendor } — rank { $rank }, { $total } points
report-points-axis = points of 100
report-tickets-on = { $count } tickets on { $clock }
report-target-met = target { $target } · met { $met } of { $due }
report-minutes = { $n } min
report-hours = { $n } h
report-days = { $n } d
report-legend-observed = observed by the team
report-legend-claimed = c: claimed by the vendor (hatched)
report-legend-reference = r: from a reference (dotted)
report-legend-missing = ×: no evidence
report-service-caption = { $vendor }: each SLA target (red) against the times its tickets show, with how many met it.

## Diagnostics

level-error = error
level-warning = warning
level-help = help
did-you-mean = did you mean `{ $best }`?
age-years = { $count } { $count ->
    [one] year
   *[other] years
  }
age-months = { $count } { $count ->
    [one] month
   *[other] months
  }
age-weeks = { $count } { $count ->
    [one] week
   *[other] weeks
  }
age-days = { $count } { $count ->
    [one] day
   *[other] days
  }
age-pair = { $first } { $rest }
age-older = { $what } is older than { $age } (as of { $as_of })
age-older-help = { $why }collect the evidence again, or raise --max-age if evidence this old is still valid
age-future = { $what } is in the future (as of { $as_of })
age-future-help = { $why }check the date for a typo
age-items-take-date = { $count ->
    [one] 1 item
   *[other] { $count } items
  } without a `date` of their own take this date;{" "}
age-collected = evidence collected { $date }
age-item = evidence for `{ $criterion }`, dated { $date },
no-such-criterion = no criterion `{ $id }` in rubric `{ $rubric }`
empty-source = empty `source` for `{ $id }`
empty-source-help = say where the evidence came from (ticket numbers, SLA section, call date) so the score can be traced
gate-not-observed = `{ $id }` is a gate, but its evidence is { $basis }
gate-not-observed-help = a gate can disqualify a vendor: check it yourself and set `basis = "observed"`
basis-observed-long = observed by the team
basis-claimed-long = claimed by the vendor
basis-reference-long = reported by a reference (third party)
missing-zero = it will score 0 (missing = "zero")
missing-exclude = it will be left out and the other weights renormalised (missing = "exclude")
missing-fail = the vendor will be disqualified (missing = "fail")
missing-zero-each = will score 0 (missing = "zero")
missing-exclude-each = will be left out and the other weights renormalised (missing = "exclude")
missing-fail-each = the vendor will be disqualified (missing = "fail")
no-evidence-one = no evidence for criterion `{ $id }`
no-evidence-one-help = { $effect }; add [evidence.{ $id }] to score it
no-evidence-many = no evidence for { $count } criteria: { $ids }
no-evidence-many-help = each { $effect }; add [evidence.<id>] tables to score them
no-evidence-tickets-help = the ticket logs have nothing to measure it ({ $basis }); add [evidence.{ $id }] to score it
sla-contradicted = the ticket logs contradict the {"["}sla]: { $claimed }: { $observed }
sla-contradicted-help = compare, explain and every export report it as a contradicted claim; `vendorcard tickets` shows each severity's figures
input-has-errors = input has { $errors } { $errors ->
    [one] error
   *[other] errors
  }
input-has-errors-warnings = input has { $errors } { $errors ->
    [one] error
   *[other] errors
  }, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
  }
refused = { $summary }; { $consequence }
refused-nothing-shown = nothing shown
refused-nothing-scored = nothing was scored
refused-no-template = no template written
refused-nothing-explained = nothing explained
refused-no-tickets = no ticket figures printed
refused-nothing-compared = nothing compared
check-ok = ok
check-builtin-rubric = built-in rubric { $name }
check-rubric-file = rubric '{ $path }'
check-verdict = checked { $rubric } and { $files } evidence { $files ->
    [one] file
   *[other] files
  }: { $errors } { $errors ->
    [one] error
   *[other] errors
  }, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
  }{ $strict }
check-strict = {" "}(--strict: warnings count as errors)
ticket-line-problem = ticket log line { $line }: { $problem }
ticket-line-problem-id = ticket log line { $line } (ticket { $ticket }): { $problem }
ticket-row-problem = ticket log row { $row }: { $problem }
ticket-row-problem-id = ticket log row { $row } (ticket { $ticket }): { $problem }
row-help = fix the row, or pass --skip-bad-rows to leave unreadable rows out (they are counted)
save-as-csv-help = save the export as CSV with a header row
timestamp-invalid = `{ $text }` is not a timestamp; expected e.g. 2026-10-02 14:03:00 or 2026-10-02T14:03:00+08:00
timestamp-invalid-format = `{ $text }` is not a timestamp in the format `{ $format }`

## Confidence: the verdict, the weights' uncertainty, what matters most, intervals

verdict-none = no vendor qualifies in any sample
verdict-only = clear winner: { $name } is the only vendor
verdict-clear = clear winner: { $name } ranks first in { $first } of samples and beats { $rival } in { $beats }{ $exact }
verdict-exact = {" "}(nothing uncertain was declared: the ranking is exact under the rubric)
verdict-close = close call: { $name } ranks first in { $first } of samples; it beats { $rival } in { $beats }
verdict-apart = cannot be told apart: { $name } beats { $rival } in only { $beats } of samples (first in { $first })
weights-exact = weights exact
weights-exact-short = exact
weights-band = ±{ $band } % on every weight
weights-unknown = weights unknown, any split equally likely
weights-unknown-short = unknown, any split equally likely
influence-figure = { $vendor }'s { $criterion } ({ $basis }; { $label } { $interval })
influence-weights = the weights ({ $described })
advice-drill-close = more drill tickets for { $vendor }'s { $criterion }: { $needed } would bound it on both sides ({ $n } so far)
advice-drill = more drill tickets for { $vendor }'s { $criterion } ({ $n } so far)
advice-wilson = more tickets for { $vendor }'s { $criterion } ({ $n } so far)
advice-range = a narrower range for { $vendor }'s { $criterion }
advice-raters = the { $raters } evaluators talking { $vendor }'s { $criterion } through until they agree
advice-weights = agreeing the weights (the flip points show which matter)
interval-both = { $low }–{ $high }{ $unit }
interval-low = at least { $low }{ $unit }, no upper bound
interval-high = at most { $high }{ $unit }, no lower bound
interval-none = unbounded
interval-label-95 = 95% interval
interval-label-range = range
interval-basis-order = order statistics of { $n } tickets
interval-basis-order-open = order statistics of { $n } tickets, { $open } still open
interval-basis-wilson = Wilson interval of { $successes } of { $trials }
interval-basis-range = the range given
interval-basis-raters = the spread of { $raters } evaluators

## The workbook: column headers (keys made from the English header)

xlsx-vendor-no = Vendor #
xlsx-rank = Rank
xlsx-vendor = Vendor
xlsx-status = Status
xlsx-total = Total
xlsx-coverage = Coverage
xlsx-verified-coverage = Verified coverage
xlsx-failed-gates = Failed gates
xlsx-evidence-file = Evidence file
xlsx-category-no = Category #
xlsx-category = Category
xlsx-name = Name
xlsx-weight = Weight
xlsx-criteria-weight-counted = Criteria weight counted
xlsx-weight-counted = Weight counted
xlsx-share-of-total = Share of total
xlsx-score = Score
xlsx-points = Points
xlsx-criterion-no = Criterion #
xlsx-criterion = Criterion
xlsx-kind = Kind
xlsx-evidence = Evidence
xlsx-aggregate = Aggregate
xlsx-state = State
xlsx-included = Included
xlsx-weight-x-score = Weight × score
xlsx-share-of-category = Share of category
xlsx-category-share = Category share
xlsx-nominal-share-of-total = Nominal share of total
xlsx-has-evidence = Has evidence
xlsx-verified = Verified
xlsx-discount-factor = Discount factor
xlsx-gate = Gate
xlsx-level = Level
xlsx-unit = Unit
xlsx-basis = Basis
xlsx-source = Source
xlsx-date = Date
xlsx-note = Note
xlsx-condition = Condition
xlsx-cost = Cost
xlsx-currency = Currency
xlsx-per = Per
xlsx-claim = Claim
xlsx-contradicted = Contradicted
xlsx-p-disqualified = P(disqualified)
xlsx-best-rank = Best rank
xlsx-worst-rank = Worst rank
xlsx-confidence-factor = Confidence factor
xlsx-role = Role
xlsx-file = File
xlsx-sha-256 = SHA-256

sheet-decision = Decision
sheet-summary = Summary
sheet-categories = Categories
sheet-criteria = Criteria
sheet-weights = Weights
sheet-evidence = Evidence
sheet-confidence = Confidence
sheet-files = Files
xlsx-chart-title = Points of 100 by category
xlsx-chart-axis = points of the 100-point total
xlsx-decision = Vendor decision
xlsx-ranked-first = Ranked first
xlsx-its-total = Its total (of 100)
xlsx-lead = Lead over rank 2 (points)
xlsx-verdict = { $verdict } ({ $samples } samples; { $weights })
xlsx-not-analysed = not analysed (run with --confidence)
xlsx-how-sure = How sure
xlsx-none = none
xlsx-contradicted-claims = Contradicted claims
xlsx-contradicted-count = { $count } (the Summary sheet lists them)
xlsx-rubric = Rubric
xlsx-evaluated = Evaluated
xlsx-evaluators = Evaluators
xlsx-weights-as-written = Weights: as the rubric writes them.
xlsx-weights-adjusted = Weights adjusted for this run: { $adjustments }.
xlsx-formulas-note = Totals, category scores, shares, coverage and ranks are formulas over the Weights sheet: edit a weight there (the yellow cells) and they recompute. Status comes from gates, which do not depend on weights.
xlsx-missing-zero = Missing evidence scores 0 (missing = "zero").
xlsx-missing-exclude = Missing evidence is left out and the other weights share its place (missing = "exclude"); see Included on the Criteria sheet.
xlsx-missing-fail = Missing evidence scores 0 and disqualifies (missing = "fail").
xlsx-discount-claimed = Evidence the vendor claimed but nobody verified keeps { $factor } of its score (discount.claimed).
xlsx-discount-reference = Evidence from a reference (third party) keeps { $factor } of its score (discount.reference).
xlsx-discount-conditional = A benefit that holds only under a condition keeps { $factor } of its score (discount.conditional).
xlsx-penalty = A criterion whose claim the evidence contradicts loses { $points } points of its score (contradiction_penalty).
xlsx-evaluated-note = Evaluated on { $date } with { $tool } { $version }; rubric { $source } (SHA-256 { $hash }). Files lists every input with its hash.
xlsx-p-rank = P(rank { $rank })
xlsx-p-above = P(above { $vendor })
xlsx-verdict-line = Verdict: { $verdict }.
xlsx-tiers = Tiers (cannot be told apart within one): { $tiers }
xlsx-overtakes = { $overtakes } overtakes { $overtaken }

## init: the evidence template

init-title = Evidence for { $vendor }, to be scored with rubric { $id } { $version } ({ $name }).
init-how = For each criterion you have evidence for, uncomment its [evidence.…] block (the lines starting "# ") and put in what you observed. Leave out what you have not observed: the rubric's `missing` policy decides what that costs. `vendorcard check` lists whatever is still wrong.
init-evaluators = who gave the ratings below: rename, add your colleagues
init-tickets = Ticket logs (see docs/tickets.md)
init-sla = The vendor's commitments, to measure the log against:
init-tickets-optional = Ticket logs (optional; see docs/tickets.md)
init-tickets-how = A help-desk export measures the criteria marked "measured from ticket logs".
init-unit = {" "}in { $unit }
init-bands = bands { $bands }
init-linear = linear, best { $best } to worst { $worst }
init-number = a number{ $unit } (several: their { $stat }); { $rule }
init-flag = true or false
init-choice = one of: { $options }
init-checklist = the items present, of: { $items } (weights)
init-rating = ratings by evaluator, { $low } to { $high }
init-cost = a price in { $currency } per { $per }, lower is better
init-gate-min = ; GATE: a score under { $minimum } of { $scale } disqualifies
init-gate-true = ; GATE: must be true
init-from-tickets = ; measured from ticket logs when this file names any
init-criterion = { $name } — { $what }.
init-source = where it came from: ticket numbers, SLA section, call date
init-basis = observed (your team saw it), claimed (the vendor says so), reference (a third party)
