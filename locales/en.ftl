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
