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
