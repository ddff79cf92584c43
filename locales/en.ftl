# vendorcard's messages in English. Every key here is in every other
# catalogue (src/i18n.rs tests it); `{ $name }` is filled by the program.
# Fluent trims a message's leading spaces: `{" "}` keeps one.

## Notes on standard error

note-warnings = note: the inputs have { $count } { $count ->
    [one] warning
   *[other] warnings
  } (missing or unsourced evidence, claimed gates); `vendorcard check` lists them
note-wrote = wrote { $path }
note-wrote-pages = wrote { $count } manual pages to { $dir }

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
report-tip-segment = { $vendor }: { $category } { $points } points
report-tip-cell = { $vendor }, { $criterion }: { $score } of { $scale } ({ $basis })
report-service-title = SLA targets against the measured times
report-tip-box = { $severity } { $what }: middle half { $low }–{ $high }
report-tip-p90 = p90 { $value }
report-tip-target = target { $value }

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
xlsx-gate-outcome = { $gate }: { $verdict }
xlsx-gate-outcome-passed = passed
xlsx-gate-outcome-failed = FAILED
file-role-rubric = rubric
file-role-evidence = evidence
file-role-calendar = calendar
file-role-ticket-log = ticket log
file-role-status-changes = status changes
xlsx-doc-title = vendorcard comparison — { $rubric }
rubric-builtin = built-in { $name }

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
init-option = { $option } ({ $number })
init-option-labelled = { $option } ({ $label }, { $number })
suggest-shape-sheet = sheet `{ $sheet }` of { $sheets }
suggest-shape-csv = { $encoding }, { $delimiter }-separated
suggest-comma = comma
suggest-semicolon = semicolon
suggest-tab = tab
suggest-bar = bar
suggest-head = [[tickets]] table for { $file } ({ $shape }, { $count } tickets),
    suggested by `vendorcard init --tickets`. Check each line marked REVIEW,
    then paste the table into the vendor's evidence file (docs/tickets.md).
suggest-encoding = detected from the bytes: REVIEW
suggest-sheet = of { $sheets }
suggest-preset = the header matches { $name }'s export
suggest-missing-columns = no column recognised as { $roles }; add them to `columns` if the export has them
suggest-format = how `{ $example }` writes its times
suggest-format-unknown = no known layout reads `{ $example }`; write its strftime layout
suggest-zone-beijing = Beijing time, as Chinese help desks export
suggest-zone-guess = a guess
suggest-zone = the zone the export's times are written in ({ $why })
suggest-verified = true when your team filed and exported these tickets itself
suggest-severity = the rubric severity (P0 most urgent … P3) of each value
suggest-not-recognised = not recognised
suggest-status = what each status means: resolved, open or pending
suggest-tickets = { $count ->
    [one] { $count } ticket
   *[other] { $count } tickets
  }
writing-reading = reading '{ $path }': { $error }
suggest-not-file = '{ $path }' is not a regular file
suggest-sheet-empty = sheet `{ $name }` is empty
suggest-no-header = '{ $path }' has no readable header: { $error }
suggest-not-csv = '{ $path }' is not readable CSV: { $error }

## Figures measured from ticket logs
ticket-logs-source = ticket logs { $logs }: { $basis }
typed-evidence-unused = typed evidence for `{ $id }` is not used
typed-evidence-unused-help = the ticket logs measure it: { $basis }
time-unit-minutes = minutes
time-unit-hours = hours
time-unit-days = days
of-tickets-severity = { $severity } tickets
of-tickets-severity-within = { $severity } tickets { $within }
of-tickets-all = tickets
of-tickets-all-within = tickets { $within }
basis-not-read = the logs were not read for { $scope }
basis-no-tickets = no { $tickets } in the logs
basis-first-response = { $stat } of { $answered } answered of { $n } { $tickets }, in { $unit }
basis-resolution = { $stat } of { $times } resolved of { $n } { $tickets }, in { $unit }
basis-resolution-open = { $stat } of { $times } resolved of { $n } { $tickets }, Kaplan–Meier with { $open } still open (censored at their age), in { $unit }
basis-at-least = at least { $value } { $unit } ({ $open } still open): a lower bound, the open tickets can only take longer
basis-resolution-rate = { $resolved } resolved of { $n } { $tickets }, in %
basis-resolved-within = { $resolved } resolved within { $hours } h of { $n } { $tickets }, in %
basis-sla-none = no SLA { $what } target for these { $tickets }
basis-sla = { $met } of { $n } { $tickets } met the SLA { $what } target, in %
basis-reopen-rate = { $reopened } reopened of { $n } { $tickets } with a reopen count, in %
basis-handoffs = mean of { $n } { $tickets } with a hand-off count
basis-tickets = { $n } { $tickets }
basis-first-contact = { $first_contact } resolved with at most one agent reply of { $n } resolved { $tickets } with a reply count, in %
basis-flags-none = no help-desk SLA verdicts to compare for these { $tickets }
basis-flags = { $agree } of { $n } help-desk SLA verdicts of { $tickets } agree with the recomputation ({ $favour } in the vendor's favour, { $against } against), in %
open-since-not-number = `open_since` is for number criteria; `{ $id }` is not one
open-since-unit = `open_since` needs a criterion measured in days or hours; `{ $id }` is in `{ $unit }`
no-unit = no unit
open-since-not-date = `open_since = { $since }` is not a date; write open_since = 2026-10-01
open-since-no-date = `open_since` needs the day the case was still open: the item's `date` or the file's `collected`
open-since-after = `open_since = { $since }` is after { $as_of }, the day the evidence was collected
open-since-note = still open since { $since }: { $age } so far on { $as_of }, a lower bound
open-age-days = { $n } days
open-age-hours = { $n } hours
open-since-help = write `open_since = 2026-10-01` on a number criterion measured in days or hours, with the item's `date` or the file's `collected` date as the day it was still open

## Business clocks
clock-calendar = { $days } { $from }–{ $to } { $zone }
clock-holidays = { $label }, { $holidays ->
    [one] { $holidays } holiday
   *[other] { $holidays } holidays
  }
clock-holidays-workdays = { $label }, { $holidays ->
    [one] { $holidays } holiday
   *[other] { $holidays } holidays
  }, { $workdays ->
    [one] { $workdays } make-up working day
   *[other] { $workdays } make-up working days
  }
clock-named = { $name } ({ $label })
sla-hours-severity = { $severity } { $clock }
sla-hours-others = others { $clock }

## Rubric translations
labels-unknown = `labels.{ $lang }` names `{ $value }`, which is not an option or item of this criterion
labels-unknown-help = `labels` gives the text of the criterion's own `options` or `items` in another language

## Evidence values
value-true = true
value-false = false
cost-per = { $amount } { $currency } per { $per }
cost-once = { $amount } { $currency } once
period-month = month
period-year = year
period-day = day
period-hour = hour
period-incident = incident
cost-of = `{ $id }`: { $cost }{ $condition }

## Diagnostics: evidence files
age-undated = { $count } evidence items have no date, so their age cannot be checked
age-undated-help = add `collected = YYYY-MM-DD` at the top of the file, or a `date` to each item
vendor-empty = `vendor` must not be empty
text-too-long-help = shorten it; a longer text belongs in a file the evidence points to
rubric-mismatch = this evidence was collected for rubric `{ $theirs }`, but the rubric in use is `{ $ours }`
rubric-mismatch-help = score it with `--rubric` naming the `{ $theirs }` rubric, add --reuse-evidence to score the criteria the two rubrics share, or correct `rubric` if it was a typo
evaluator-twice = evaluator `{ $name }` is listed twice
not-scored-kind = `{ $id }` ({ $theirs } there, { $ours } here)
not-scored-value = `{ $id }` (its value is not one this rubric defines)
removed-not-scored = `{ $id }` is not scored: rubric `{ $rubric }` removes it from `{ $parent }`, for which this evidence was collected
removed-not-scored-help = nothing to do if it was removed on purpose; otherwise see `remove` in the rubric
disagreement-help = talk the ratings through, or see each evaluator's view with --evaluator NAME
condition-empty = `condition` is empty
condition-empty-help = name the tier or plan the benefit needs ("enterprise tier"), or remove it
claim-contradicted-warning = the vendor's claim for `{ $id }` ({ $claimed }) is contradicted by what was observed ({ $observed })
claim-contradicted-warning-help = the observation scores; compare, explain and every export report the contradiction (the rubric's `contradiction_penalty` can also cost it points)
reuse-not-scored = { $count ->
    [one] { $count } evidence item collected for `{ $other }` is
   *[other] { $count } evidence items collected for `{ $other }` are
  } not scored under rubric `{ $rubric }`: { $items }
reuse-not-scored-help = --reuse-evidence scores the criteria both rubrics define with the same kind; `vendorcard rubrics diff { $other } { $rubric }` shows how they differ
reuse-not-builtin = --reuse-evidence scores evidence collected for a built-in rubric, and `{ $name }` is not one
reuse-not-builtin-help = built-in rubrics: { $names }; or make `{ $rubric }` extend the rubric the evidence names
unknown-basis = unknown basis `{ $name }`
unknown-basis-help = { $allowed }; observed: your team saw it, claimed: the vendor says so, reference: a third party says so
basis-verified = `basis = "{ $basis }"` contradicts `verified`, which says { $other }
basis-verified-help = `verified` is the older spelling of `basis`; keep one of the two
cost-negative = a cost cannot be negative, found { $amount }
cost-amount-help = write the amount as a number: `amount = 1200`
currency-code = `currency` must be a short code such as USD, CNY or EUR
currency-code-help = write the currency the vendor quoted; vendorcard never converts between currencies
range-not-number = `range` is for number criteria; `{ $id }` is a { $kind }
range-not-number-help = ratings carry their evaluators' spread, and ticket figures their own intervals; remove `range`
range-help = write the lowest and highest the figure could be: `range = [20, 45]`
range-two = `range` needs two numbers, found { $count }
range-reversed = `range` runs from { $low } down to { $high }
range-reversed-help = write the lower end first: `range = [low, high]`
range-outside = the figure scored, { $value } ({ $stat } of the values), lies outside `range` [{ $low }, { $high }]
range-outside-help = the range says how far off the figure may be, so it must contain it
claim-on-claimed = the evidence for `{ $id }` is itself claimed by the vendor
claim-on-claimed-help = a `claim` goes beside what your team observed (or a reference reported): set `basis = "observed"` on the item, or move the claim's value up and drop `claim`
claim-key = a `claim` cannot have `{ $key }`
claim-key-help = a claim is what the vendor says: value, values, items (or cost), source, note, date
log-twice = `{ $file }` names a ticket log this file already names
log-twice-help = line { $line } names the same file; each log is read once, so remove one of the two
unknown-preset = unknown ticket log preset `{ $name }`
unknown-column-role = unknown column role `{ $name }`
log-needs-columns = a ticket log needs a `preset` or `columns = {"{"} opened = "…", … {"}"}`
log-presets = presets: { $names }
encoding-spreadsheet = `encoding` is for CSV logs; a spreadsheet says its own
remove-it = remove it
unknown-encoding = unknown encoding `{ $name }`
unknown-encoding-help = use a WHATWG label: gb18030, gbk, big5, shift_jis, euc-kr, utf-16le, utf-16be, windows-1252, …
delimiter-spreadsheet = `delimiter` is for CSV logs
not-a-delimiter = `{ $value }` is not a delimiter
not-a-delimiter-help = write one character: delimiter = ";", ",", "|", or "\t" for a tab
sheet-csv = `sheet` is for spreadsheet logs (.xlsx, .xls, .ods)
sheet-csv-help = remove it, or name the spreadsheet file
what-status-meaning = a status meaning
what-sla-verdict = an SLA verdict
not-a-meaning = `{ $value }` is not { $what }
exported-not-date = `exported = { $value }` is not a date or a date-time
exported-not-date-help = write e.g. exported = 2026-10-20T18:00:00+08:00, or a date for the end of that day
changes-need-id = a status-change log needs the ticket log's `id` column
changes-need-id-help = map it: columns = {"{"} id = "<header>" {"}"} (both logs name tickets by id)
paused-and-changes = a log has either a `paused` column or a status-change log, not both
paused-and-changes-help = the status-change log measures pauses exactly; remove the `paused` column mapping
clock-type = { $what } must be "7x24", a calendar's name or a table, found { $found }
calendar-reserved = `{ $name }` cannot name a calendar
calendar-reserved-help = `7x24` is the clock of every minute and `default` the key for other severities; choose another name
calendar-table = a calendar must be a table, found { $found }
calendar-error = calendar `{ $name }`: { $message }
calendar-help = a calendar has days = "mon-fri", from = "09:00", to = "18:00", timezone = "Asia/Shanghai", and optionally holidays = [2026-10-01, …], workdays = [2026-10-10] and ics = "holidays.ics"
calendar-key-string = `{ $key }` must be a string
calendar-needs = the calendar needs `{ $key }`
unknown-key-allowed = unknown key `{ $key }`; { $allowed }
hours-order = business hours must end after they start, found { $from } to { $to }
ics-file = `ics` must be a file name
ics-read = reading the holiday calendar '{ $path }': { $error }
ics-error = holiday calendar: { $message }
ics-help = an .ics file of all-day events: each is a holiday, or a make-up working day when its SUMMARY says 补班 or workday
holiday-and-workday = { $date } is both a holiday and a make-up working day
date-list = `{ $key }` must be a list of dates, e.g. { $key } = [2026-10-01, 2026-10-02]
date-list-item = `{ $value }` in `{ $key }` is not a date; write { $key } = [2026-10-01, 2026-10-02]
text-too-long = this text has { $length } characters, more than a spreadsheet cell holds ({ $max })
must-be-date = `{ $key }` must be a date, found `{ $value }`
must-be-date-help = write `{ $key } = 2026-10-14` (a TOML date, not quoted)
hours-help = write `hours = "7x24"`, the name of a [calendars.NAME] table, `hours = {"{"} days = "mon-fri", from = "09:00", to = "18:00", timezone = "+08:00" {"}"}`, or one per severity: `hours = {"{"} P0 = "7x24", default = "beijing" {"}"}`
clock-unknown-none = { $what }: `{ $name }` is neither 7x24 nor a calendar; this file has no [calendars.{ $name }] table
clock-unknown = { $what }: `{ $name }` is neither 7x24 nor a calendar of this file ({ $names })
prefixed = { $what }: { $message }
ratings-disagree = evaluators disagree on `{ $id }`: { $ratings } (spread { $spread }, threshold { $threshold })
number-range = expected a number within ±{ $max }, found { $value }
number-finite = expected a finite number, found { $value }
number-expected = expected a number, found { $found }
describe-string = the string "{ $value }"
describe-array = an array
describe-table = a table
shape-number = `value = 12` or `values = [12, 18, 25]`
shape-flag = `value = true` or `value = false`
shape-choice = `value = "<option>"`
shape-checklist = `items = ["<item>", …]`
shape-rating = `ratings = {"{"} <evaluator> = 4, … {"}"}`
shape-cost = `cost = {"{"} amount = 1200, currency = "USD", per = "month" {"}"}`
write-shape = write { $shape }
wrong-shape = `{ $id }` is a `{ $kind }` criterion; { $found } does not fit it
no-value = evidence for `{ $id }` has no value
two-values = evidence for `{ $id }` gives `{ $first }` and `{ $second }`; give exactly one
values-empty-help = list at least one observation, or remove the item to mark it missing
values-numbers-help = every observation of `{ $id }` is a number
not-an-option = `{ $value }` is not an option of `{ $id }`
not-an-item = `{ $value }` is not an item of checklist `{ $id }`
item-twice = item `{ $name }` is listed twice
list-evaluators = list who rated at the top of the file: `evaluators = ["{ $name }"]`
not-an-evaluator = `{ $name }` is not listed in `evaluators`
rating-outside = rating { $value } is outside the range { $low }..={ $high } of `{ $id }`
rating-outside-help = ratings of `{ $id }` go from { $low } to { $high }
cost-mismatch = `{ $id }` scores costs in { $currency } per { $per }; this one is { $cost }
ratings-empty-help = give at least one evaluator's rating, or remove the item to mark it missing
cost-mismatch-help = vendorcard never converts currencies or periods: convert it yourself, write the rate you used in `note`, and keep the vendor's quote in `source`

## Diagnostics: shared
allowed-did-you-mean = did you mean `{ $best }`? { $what }: { $list }
allowed-list = { $what }: { $list }
allowed-values = allowed
allowed-profiles = profiles
allowed-evaluators = evaluators
allowed-builtin = built-in rubrics

## Diagnostics: rubric files
weight-range = { $what } weight must be a number from 0 to { $max }, found { $value }
weight-range-help = weights are relative: 0 keeps the item but does not count it
what-category = category
what-criterion = criterion
what-profile = profile
what-item = item `{ $name }`
what-yes-score = `yes` score
what-no-score = `no` score
what-option-score = score of option `{ $name }`
what-band-threshold = a band threshold
what-band-score = band score
magnitude-range = { $what } must be a number within ±{ $max }, found { $value }
magnitude-range-help = no rubric needs numbers this large; check for a typo
score-range = { $what } { $value } is outside the rubric's scale 0..={ $scale }
shorten-it = shorten it
rubric-id-empty = rubric `id` must not be empty
scale-range = `scale` must be a positive number up to { $max }
scale-range-help = the usual scales are 5, 10 or 100
unknown-missing = unknown missing policy `{ $value }`
no-categories = the rubric has no categories
no-categories-help = add a [[category]] table with at least one [[category.criterion]]
duplicate-category = duplicate category id `{ $id }`
duplicate-category-help = the first `{ $id }` is on line { $line }; category ids must be unique
category-reserved = category id `{ $id }` is reserved: the summary CSV has a `{ $id }` column of its own
category-reserved-help = rename the category; each category gets a CSV column named by its id
category-empty = category `{ $id }` has no criteria
category-empty-help = add [[category.criterion]] tables under it, or remove it
duplicate-criterion = duplicate criterion id `{ $id }`
duplicate-criterion-help = the first `{ $id }` is on line { $line }; evidence is keyed by criterion id, so ids must be unique across the rubric
category-zero-criteria = every criterion of category `{ $id }` has weight 0
category-zero-criteria-help = the category counts as weight 0 until one of its criteria has weight
all-weights-zero = every weight in the rubric is 0, so nothing would be scored
all-weights-zero-help = give at least one category and one of its criteria a positive weight
uncertainty-error = {"["}uncertainty]: { $message }
uncertainty-error-help = see docs/confidence.md for `weights`, `ranges` and `order`
weights-spread-help = e.g. `weights = "±20%"`
profile-ambiguous = `{ $key }` names both a category and a criterion
profile-ambiguous-help = rename one of them so the profile is unambiguous
profile-unknown-id = profile `{ $profile }`: no category or criterion `{ $key }`
not-for-kind = `{ $name }` does not apply to a `{ $kind }` criterion
not-for-kind-help = remove it, or change `kind`; { $fields }
discount-range = the `{ $name }` discount must be more than 0 and at most 1, found { $value }
discount-range-help = e.g. `{ $name } = 0.8`: such evidence keeps 80 % of its score; 1 is no discount
discount-both = give `discount` or `claimed_factor`, not both
discount-both-help = `claimed_factor` on line { $line } is the old spelling of `discount.claimed`; remove it
unknown-discount = unknown discount `{ $name }`
penalty-range = `contradiction_penalty` must be 0 to the scale ({ $scale }), found { $value }
penalty-range-help = it is the points a criterion loses when the vendor's claim is contradicted
unknown-aggregate = unknown aggregate `{ $name }`
kind-fields = number takes bands|linear, better, aggregate, unit, from_tickets; flag takes yes, no; choice takes options; checklist takes items; rating takes range, aggregate, disagreement; cost takes currency, per, bands|linear
checklist-zero = checklist item weights sum to 0
checklist-zero-help = give at least one item a positive weight
rating-range = `range` must be two numbers within ±{ $max }, low before high
rating-range-help = for example `range = [1, 5]`
disagreement-range = `disagreement` must be a positive number of rating points, found { $value }
disagreement-range-help = e.g. `disagreement = 2`: ratings 2 points apart or more are flagged
unknown-kind = unknown criterion kind `{ $kind }`
gate-bool = a true/false gate only applies to a `flag` criterion, and must be `true`
gate-bool-help = use a minimum score instead, e.g. `gate = 2`
gate-range = gate { $minimum } is outside the rubric's scale 0..={ $scale }
gate-range-help = a gate is the minimum criterion score a vendor must reach
gate-type = `gate` must be a minimum score or `true`, found { $found }
hours-not-applicable = `hours` only applies to `metric = "resolved_within"`
hours-range = `hours` must be a number from 0 to { $max }
resolved-within-hours = `resolved_within` needs `hours`
resolved-within-hours-help = e.g. `from_tickets = {"{"} metric = "resolved_within", hours = 48 {"}"}`
unknown-metric = unknown ticket metric `{ $name }`
unknown-stat = unknown stat `{ $name }`
unknown-unit = unknown unit `{ $name }`
time-only-field = `{ $field }` only applies to the time metrics `first_response` and `resolution`
window-offset = `{ $value }` is not a date-time with an offset
window-offset-help = write e.g. 2026-11-11T00:00:00+08:00: a window must say which time zone it is in
window-order = the window must end after it starts
tag-empty = `tag` must not be empty
needs-field = this criterion needs `{ $field }`
needs-field-help = for example `{ $field } = {"{"} first = 1, second = 2 {"}"}`
field-empty = `{ $field }` must not be empty
cost-better = a `cost` criterion is always `better = "lower"`
cost-better-help = remove `better`
cost-needs = a `cost` criterion needs `{ $name }`
cost-needs-help = e.g. `{ $name } = "{ $example }"`: costs in another { $name } are refused, never converted
unknown-period = unknown period `{ $name }`
better-value = `better` must be "lower" or "higher", found `{ $found }`
bands-need-better = a `number` criterion with `bands` needs `better = "lower"` or `"higher"`
bands-need-better-help = it says which side of each threshold a value must fall
what-linear-end = each end of `linear`
linear-same = `linear` needs two different finite numbers, found best = { $best }, worst = { $worst }
linear-same-help = `best` scores the full scale, `worst` scores 0
linear-better = `linear` contradicts `better`: best and worst point the other way
linear-better-help = remove `better` (linear already says which way is better) or swap best and worst
bands-and-linear = give either `bands` or `linear`, not both
needs-bands = a `{ $kind }` criterion needs `bands` or `linear`
needs-bands-help = e.g. `bands = [[15, 5], [30, 4], [60, 3]]` or `linear = {"{"} best = 15, worst = 240 {"}"}`
band-not-finite = a threshold that is not finite
band-numbers = { $count ->
    [one] { $count } number
   *[other] { $count } numbers
  }
band-shape = a band is `[threshold, score]`, found { $found }
band-shape-help = e.g. `[30, 4]`: a value within 30 scores 4
bands-must-rise = band thresholds must strictly rise (better = "lower": the best band comes first)
bands-must-fall = band thresholds must strictly fall (better = "higher": the best band comes first)
bands-order-help = this threshold { $threshold } follows { $previous }
band-scores-rise = band scores must not rise from one band to the next
band-scores-rise-help = a worse value would score more: { $score } after { $previous }
extends-found-list = a list of { $n }
extends-found-an = an { $type }
extends-found-a = a { $type }
extends-one = `extends` takes one rubric, a built-in name or a file; found { $found }
extends-one-help = a rubric builds on one parent: to combine two, let one extend the other, or extend one and add the other's criteria by id
extends-unknown = `extends` names no built-in rubric and no file: `{ $name }`
extends-unknown-help = built-in rubrics: { $names }; a file path is relative to this rubric
extends-cycle = `extends` makes a cycle
extends-cycle-help = { $cycle }: a rubric cannot build on itself
extends-deep = `extends` goes more than { $max } rubrics deep
extends-deep-help = { $chain }: build on a rubric nearer the base, or flatten the chain with `vendorcard rubrics show --resolved`
remove-unknown = `remove` names `{ $id }`, which is no category or criterion of the parent
remove-unknown-help = check the id with `vendorcard rubrics show --resolved`
weight-range-order = the weight range of `{ $id }` must run from 0 or more up to a larger number
weight-range-twice = `{ $id }` has two weight ranges
order-short = an order of importance needs two or more ids, found `{ $order }`
order-levels = `{ $order }` orders ids of different levels: an order is among categories, or among the criteria of one category
order-twice = `{ $id }` is in an order of importance and has a range, or is in two orders
weight-spread-bad = expected `±N%` (a band on every weight, N from 0 to 100), `unknown` or `exact`, found `{ $text }`
reweight-bad = the weight of `{ $id }` must be a finite number of 0 or more, found { $weight }
reweight-ambiguous = `{ $id }` names both a category and a criterion; rename one in the rubric
reweight-all-zero = with these weights every weight is 0, so nothing would be scored
no-such-id = no category or criterion `{ $id }` in rubric `{ $rubric }`
no-such-id-hint = no category or criterion `{ $id }` in rubric `{ $rubric }`; did you mean `{ $best }`?

## Diagnostics: files
read-failed = reading { $what } '{ $path }': { $error }
read-too-large = { $what } '{ $path }' is larger than { $mib } MiB; refusing to read it
read-not-utf8 = { $what } '{ $path }' is not UTF-8 text: line { $line }, column { $column } holds a byte that is not UTF-8; save the file as UTF-8
io-not-found = { $system }
io-permission-denied = { $system }
io-is-a-directory = { $system }
what-rubric = rubric
what-evidence-file = evidence file
what-evidence = evidence
what-folder = folder
folder-empty = folder '{ $path }' holds no *.toml evidence files
no-profiles = it has no [profiles.…] tables
unknown-profile = rubric `{ $rubric }` has no profile `{ $name }`; { $known }
vendor-same = names the same vendor
vendor-same-but-case = names `{ $first }`, the same vendor but for case or spaces
vendor-twice = vendor `{ $vendor }` already has an evidence file
vendor-twice-help = { $place } { $same }; merge the two files or rename one vendor
no-such-evaluator = no evidence file lists the evaluator `{ $name }`
toml-unknown-key = { $message }
toml-missing-key = { $message }
toml-other = { $message }
toml-unknown-key-help = remove it; allowed here: { $list }
toml-known = { $message }
toml-unquoted = string values must be quoted
toml-unclosed-string = invalid basic string
toml-duplicate-key = duplicate key
toml-unclosed-table = unclosed table
toml-unclosed-array = unclosed array
toml-unclosed-inline-table = unclosed inline table
toml-key-no-value = key with no value
toml-one-per-line = unexpected key or value
toml-invalid-date = invalid date
toml-invalid-time = invalid time
toml-invalid-number = invalid number
toml-invalid-boolean = invalid boolean
toml-empty-key = unquoted keys cannot be empty

## Diagnostics: ticket logs
rows-skipped = skipped { $rows } unreadable { $rows ->
    [one] row
   *[other] rows
  } of `{ $file }`
rows-skipped-help = the first is line { $line }: { $reason }; the figures leave them out
status-unmapped-value = `{ $value }` ({ $n } { $n ->
    [one] ticket
   *[other] tickets
  })
status-unmapped-more = { $n } { $n ->
    [one] ticket
   *[other] tickets
  } with other values
status-unmapped = `{ $file }` has status values vendorcard does not know: { $values }
status-unmapped-help = those { $tickets } { $tickets ->
    [one] ticket
   *[other] tickets
  } count as open (resolved only with a resolution time); say what each means, e.g. `status = {"{"} "{ $example }" = "resolved" {"}"}` (resolved, open or pending)
favourable-one = { $severity } { $what }: { $n } ({ $ids })
favourable = the help desk marks { $tickets } SLA { $tickets ->
    [one] target
   *[other] targets
  } as met that vendorcard finds breached: { $listed }
favourable-help = the vendor's own SLA report flatters it; check those tickets by hand, and see `vendorcard tickets` for every disagreement (criteria can score it with metric sla_flag_agreement)
log-not-file = ticket log '{ $path }' is not a regular file (a folder, a device or a pipe)
log-not-file-help = export the log to a file and name that file
what-ticket-log = ticket log
header-other-delimiter = { $help }; the header line also holds `{ $delimiter }`: if that separates the columns, add `delimiter = "{ $delimiter }"`
csv-unreadable = not readable CSV: { $reason }
log-bad-byte = ticket log line { $line }: byte { $byte } is not { $encoding } text
sheet-empty = ticket log '{ $file }': sheet `{ $sheet }` is empty
column-did-you-mean = did you mean `{ $best }`? set `columns = {"{"} … {"}"}` to map the export's own names
header-has = the header has: { $names }
no-column = no column `{ $name }` in the ticket log's header
column-twice = the ticket log's header has { $count } columns named `{ $name }` (columns { $first } and { $second })
column-twice-help = rename one of them in the export, so it is clear which one is meant
no-opened-column = the ticket log has no `opened` column mapped
no-opened-column-help = name a `preset` or add `columns = {"{"} opened = "<header>" {"}"}`
no-severity = no severity
and-more = and { $n } more
severity-unmapped = severity `{ $raw }` is not in the evidence file's `severity` map ({ $known })
no-opened-time = no time in the `opened` column
handoffs-overflow = the hand-off counts add up to more than can be counted
paused-not-number = `{ $text }` is not a number of minutes on hold
paused-too-long = { $text } minutes on hold is longer than the ticket took to resolve
verdict-unknown = `{ $text }` is not an SLA verdict vendorcard knows (Within SLA, SLA Violated, breached, 超时, …); say what it means with `sla_flags = {"{"} "{ $example }" = "met" {"}"}` (met or breached)
not-minutes = `{ $text }` is not a number of minutes
time-before-opened = the { $what } time `{ $text }` is before the ticket was opened
hint-check-unit = check the column and its unit (minutes)
hint-check-date = check the date
time-too-late = the { $what } time `{ $text }` is more than ten years after the ticket was opened; { $hint }
elapsed-first-response = first response
elapsed-resolved = resolved
count-implausible = `{ $text }` is not a plausible count of { $what } (at most { $max } a ticket)
count-not = `{ $text }` is not a count of { $what }
count-reopens = reopens
count-handoffs = hand-offs
count-agent-replies = agent replies
changes-csv = the status-change log '{ $path }' must be CSV; save the sheet as CSV
changes-prefixed = status-change log: { $message }
more-bad-rows = { $n } more unreadable rows in '{ $path }' not shown
log-prefixed = ticket log '{ $file }': { $message }
no-ticket-id = no ticket id
status-unknown = status `{ $status }` is not in the log's vocabulary; say what it means with `status = {"{"} "{ $example }" = "pending" {"}"}` (resolved, open or pending)
encoding-declared-help = the file is not valid { $encoding } text here: it may be damaged, or saved in another encoding (check `encoding` in its [[tickets]] table: gb18030, big5, shift_jis, utf-16le, windows-1252, …)
encoding-damaged-help = the file is not valid { $encoding } text here; it may be damaged, or saved in another encoding: set `encoding = "…"` in its [[tickets]] table (e.g. gb18030, big5, shift_jis, windows-1252)
encoding-guess-help = it looks like { $guess } text: add `encoding = "{ $label }"` to its [[tickets]] table
sheet-unreadable-file = not a readable spreadsheet: { $error }
no-such-sheet = no sheet `{ $wanted }`; the workbook has { $sheets }
no-sheets = the workbook has no sheet
sheet-unreadable = sheet `{ $name }` is not readable: { $error }

## Diagnostics: dates, times and durations
not-an-offset = `{ $text }` is not an offset; write it as +08:00 or -05:30
not-a-zone = `{ $text }` is not a time zone; write UTC, an offset such as +08:00, or an IANA name such as Asia/Shanghai
target-too-long = `{ $text }` is more than ten years; an SLA target is minutes, hours or days
not-weekdays = `{ $text }` is not a list of weekdays; write e.g. mon-fri or mon,tue,thu
not-time-of-day = `{ $text }` is not a time of day; write HH:MM, e.g. 09:00
not-a-date = '{ $text }' is not a date; write it as YYYY-MM-DD, e.g. 2026-10-14
not-a-duration = '{ $text }' is not a duration; write a number and a unit: { $examples }
not-a-duration-fraction = '{ $text }' is not a duration; a fraction works on hours or minutes only (write 0.5d as 12h); write a number and a unit: { $examples }
duration-negative = '{ $text }' is negative; write a duration such as { $examples }
duration-months = '{ $text }' is in months or years, which have no fixed length; write the time in minutes (m), hours (h), days (d) or weeks (w), e.g. { $examples }
age-minutes = '{ $text }' is { $minutes } minutes (`m` is minutes everywhere in vendorcard): an age counts whole days, weeks, months or years; for { $minutes } calendar months write { $minutes }mo
age-time-of-day = '{ $text }' has hours, minutes or seconds: an age counts whole days, weeks, months or years; write e.g. { $examples }
age-zero = '{ $text }' is no time at all; write e.g. { $examples }
ics-duration = `{ $value }` is not a duration in days or weeks (P1D, P2W)
ics-recurring = a recurring event; list each year's holidays as separate events
ics-no-end = this VEVENT has no END:VEVENT
ics-no-events = no events (BEGIN:VEVENT … END:VEVENT) in the calendar
ics-no-start = this VEVENT has no DTSTART
ics-ends-before = the event ends ({ $end }) before it starts ({ $start })
ics-too-long = an event of { $count } days; a holiday calendar lists days, not years
ics-bad-date = `{ $value }` is not an iCalendar date (20261001) or date-time (20261001T090000)

## Usage and writing
usage-init-needs = init needs --vendor NAME, --tickets EXPORT or --rubric-from NAME
usage-margin = --margin must be 0 or more points, found { $margin }
usage-drivers = --drivers shows under a table: use it with --format table or markdown
usage-csv-options = --csv-bom and --csv-delimiter shape CSV output: add --format csv or --export-csv FILE
usage-export-dash = an export needs a file name; for standard output use --format (e.g. --format csv)
usage-no-rubric = no built-in rubric named '{ $name }' and no such file; { $allowed }
usage-no-vendor = no vendor '{ $wanted }' in the evidence; vendors: { $vendors }
usage-no-vendor-hint = no vendor '{ $wanted }' in the evidence; did you mean '{ $best }'? vendors: { $vendors }
usage-confidence-vendors = --confidence compares at most { $max } vendors and the evidence has { $vendors }; run it on the shortlist (name its evidence files)
no-ticket-logs = none of the { $files } evidence files names a ticket log; add a [[tickets]] table (docs/tickets.md)
usage-no-subcommand = no subcommand '{ $name }' in `{ $command }`; its subcommands: { $names }
usage-more-help = For more information, try '--help'.
export-over-input = '{ $path }' is one of this run's inputs (the rubric, an evidence file or a ticket log); an export must not replace it
export-same-file = '{ $earlier }' and '{ $path }' are the same file; give each export its own file
export-folder-name = '{ $path }' is a folder, not a file name; name the file to write
export-name-long = the file name of '{ $path }' has { $bytes } bytes, more than the { $max } a file system holds
export-no-folder = writing '{ $path }': no folder '{ $folder }'
export-not-folder = writing '{ $path }': '{ $folder }' is not a folder
export-dangling-link = '{ $path }' is a symbolic link to a file that does not exist; refusing to write through it
export-is-folder = '{ $path }' is a folder; name a file to write
export-not-regular = '{ $path }' is not a regular file (a device or a pipe); name a file to write
export-exists = '{ $path }' already exists; pass --force to replace it
writing = writing '{ $path }'

## Rubrics: list and diff
diff-shares = shares of the total, largest change first:
diff-share = { $kind } { $id }: { $before } → { $after } ({ $change } points)
diff-category-added = + category { $id } "{ $name }" (weight { $weight }, { $count } criteria)
diff-category-weight = ~ category { $id }: weight { $before } → { $after }
diff-category-name = ~ category { $id }: name "{ $before }" → "{ $after }"
diff-category-description = ~ category { $id }: description changed
diff-category-removed = - category { $id } "{ $name }"
diff-criterion-added = + criterion { $id } "{ $name }" in { $category } ({ $rule }, weight { $weight })
diff-moved = moved { $from } → { $to }
diff-criterion-changed = ~ criterion { $id }: { $parts }
diff-criterion-removed = - criterion { $id } "{ $name }" (was in { $category })
diff-field = { $field } { $before } → { $after }
diff-weight = weight
diff-rule = rule
diff-gate = gate
diff-name = name
diff-unit = unit
diff-from-tickets = from_tickets
diff-none = none
diff-description = description changed
diff-profile-added = + profile { $name } ({ $weights })
diff-profile-changed = ~ profile { $name }: { $before } → { $after }
diff-profile-removed = - profile { $name } ({ $weights })
rubrics-line = { $title } — { $categories } categories, { $criteria } criteria{ $default }
rubrics-default = {" "}(default)
rubrics-broken = (does not load: { $diagnostics })
rubrics-hint = Print one with `vendorcard rubrics show NAME`; use one with `--rubric NAME`.

## Progress, and workbook prompts
progress-scoring = scoring
progress-sampling = sampling weights and evidence
progress-samples = samples
progress-rendering = rendering
diff-no-changes = no changes to categories, criteria, weights, rules or gates
progress-evidence = reading evidence files
progress-files = files
progress-reading = reading { $path }
xlsx-weight-input = Edit to re-weigh: every total and rank recomputes.
xlsx-weight-error-title = Not a weight
xlsx-weight-error = A weight is a number, 0 or more.
xlsx-page-footer = &RPage &P of &N
