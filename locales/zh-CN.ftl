# vendorcard 的简体中文文案。键与 en.ftl 一一对应（src/i18n.rs 有测试）；
# `{ $name }` 由程序填入。Fluent 会去掉开头的空格，需要时写 `{" "}`。

## 标准错误输出上的提示

note-warnings = 提示：输入中有 { $count } 条警告（缺少证据或未注明来源、仅凭厂商自述通过门槛等）；`vendorcard check` 会逐条列出

## 对比表

table-vendor = 厂商
table-status = 状态
table-total = 总分
table-coverage = 证据覆盖
status-qualified = 合格
status-disqualified = 否决
table-compact-disqualified = 总分后的 ✗：该厂商被否决（原因见下）。
legend-rubric = 评分表 { $id } { $version }（{ $name }）。总分 0–100；各维度 0–{ $scale } 分。
legend-category = { $name }，占总分 { $share }
legend-coverage = 证据覆盖：有证据支撑的权重占比 / 其中经我方核实（实测，而非厂商自述）的占比。
legend-basis = 按证据来源的覆盖（实测/厂商自述/客户背调）：{ $vendors }。
note-adjusted = 本次运行调整了权重：{ $adjustments }。表中占比为调整后的实际占比。
note-disqualified = { $vendor } 被否决：`{ $criterion }` { $reason }。
note-spread = `{ $id }`（分差 { $spread }）
note-disagree = ≠ { $vendor }：评审人对 { $criteria } 意见不一。
note-contradicted = 与实测不符的承诺共 { $count } 项（按实测计分，不按承诺）：
note-contradicted-vendor = { $vendor }：{ $count } 项承诺与实测不符 — { $claims }。
note-contradicted-more = （承诺与实测的具体内容见 `vendorcard explain 厂商名` 或 --detail。）
cost-only = （仅限 { $condition }）
note-condition = `{ $id }` 仅限 { $condition }
note-conditions = † { $vendor }：{ $conditions }。
note-costs = { $vendor } 的费用（按报价）：{ $costs }。
note-mixed-currencies = 报价币种不一（{ $currencies }）：按原币种列出，未做换算；请按你选定的汇率比较。

## --detail

detail-criterion = 评分项
detail-weight = 权重
detail-rank = 排名
detail-excluded = 不计入
detail-missing = 缺证据
detail-legend = 评分表 { $id } { $version }。单元格：得分 0–{ $scale }（括号内为计入 0–100 总分的分数）。权重：占总分的比例。✗：未过门槛，厂商被否决。≠：评审人意见不一。!：厂商承诺与实测不符。†：仅在特定条件下成立（见下）。

## --drivers 与翻转点

drivers-heading = 排名由什么决定（按 0–100 总分计）：
drivers-none-qualifies = 没有合格厂商，无从排名
drivers-one-vendor = 只有一家厂商，无从比较
drivers-to-qualify = 被否决的厂商要合格需做到什么（每个未过的门槛所需的最小改变）：
drivers-to-pass = { $vendor }：`{ $criterion }` { $reason }；要通过：{ $to_pass }
drivers-behind-disqualified = {" "}— 已被否决，无论总分多少都排在合格厂商之后
drivers-no-clear-winner = {" "}— 难分高下（差距不足 { $margin } 分）
drivers-best-disqualified = 被否决厂商中得分最高的 { $vendor }
drivers-leads = { $ahead } 领先 { $behind } { $gap } 分{ $verdict }
drivers-trails = { $ahead } 落后 { $behind } { $gap } 分{ $verdict }
drivers-difference = { $name }（{ $ahead } 对 { $behind }）
flip-heading = 翻转点（精确值：单项权重改变多少会换冠军）：
level-category = 维度
level-criterion = 评分项
flip-point = { $name }（{ $level }）权重 { $from } → { $to }{ $percent }：{ $overtakes } 反超 { $overtaken }
flip-percent = （{ $percent }）
flip-none = 无：任何单项权重在原值 0 到 { $times } 倍之间变化都不会换冠军
flip-steady = 其余 { $count } 项权重在原值 0 到 { $times } 倍之间怎么变都不会换冠军

## --confidence

confidence-samples = 排名有多可靠：抽样 { $samples } 次（随机种子 { $seed }）；下列每个概率的误差在 ±{ $error } 以内（一个标准误）。
confidence-uncertain = 不确定来源：{ $weights }；另有 { $count } 个实测、给定区间或打分的数值，其区间会影响得分。
confidence-verdict = 结论 — { $verdict }。
confidence-rank = 第{ $rank }名
confidence-disqualified = 否决
confidence-ranks = 名次范围
confidence-factor = 置信因子
confidence-columns = 各列：厂商在多大比例的抽样中排在该名次（并列共享名次）或被否决。
confidence-factor-note = 置信因子：按它自己典型的获胜权重（中心权重）打分时，排第一的频率。
confidence-always-out = 所有抽样中均被否决：{ $vendors }
confidence-no-tiers = 梯队：无，没有合格厂商；{ $out }。
confidence-tiers = 梯队（前一梯队至少在 { $separated } 的抽样中胜过后一梯队；同一梯队内分不出高下）：{ $tiers }
confidence-matters = 最关键的因素（{ $winner } 胜过 { $rival } 的频率：现状 → 若该数值就是实测值）：
confidence-matters-item = { $about }：{ $now } → { $known }；如何收窄：{ $advice }
confidence-matters-nothing = 最关键的因素：把任何一个不确定的数值固定为实测值，结论都不会更明确。
confidence-no-flips = 翻转点：合格厂商不足两家，改哪个权重都换不了冠军（门槛与权重无关）。

## explain

explain-heading = { $vendor }：{ $count } 家中排第 { $rank }，{ $status }，总分 { $total }（满分 100）
explain-origin = 评分表 { $id } { $version }（{ $name }），SHA-256 { $hash }…；证据 { $file }{ $evidence }；由 vendorcard { $tool } 于 { $date } 评估。
explain-origin-bare = 评分表 { $id } { $version }（{ $name }）；证据 { $file }。
explain-coverage = 证据覆盖：评分表中 { $coverage } 的权重有证据，{ $verified } 经我方核实（团队实测，而非厂商自述）{ $basis }。
explain-by-basis = ；其中实测 { $observed }，厂商自述 { $claimed }，客户背调 { $reference }
explain-category-excluded = 不计入：该维度下所有评分项均无证据
explain-category = { $score }/{ $scale } 分 × 占总分 { $share } = { $points } 分
explain-total = 总分：{ $sum } = { $total } 分（满分 100）。
explain-gates-passed = 门槛：全部通过。
explain-disqualified = 否决：`{ $criterion }` { $reason }。
explain-claimed-only = 仅有厂商自述、未经核实（{ $count } 项）：{ $ids }。
explain-reference-only = 来自客户背调（第三方）、非团队实测（{ $count } 项）：{ $ids }。
explain-contradicted = 与实测不符的承诺（{ $count } 项）：{ $claims }。
explain-costs = 费用（按报价原币种，未换算）：{ $costs }。
explain-rank-in = 第 { $rank } 名 { $share }
explain-disqualified-in = 被否决 { $share }
explain-acceptability = 各名次的概率（抽样 { $samples } 次，随机种子 { $seed }，误差至多 ±{ $error }；{ $weights }）：{ $ranks }。
explain-ranks-above = 排在对方之前的概率：{ $vendors }。
explain-confidence-factor = 置信因子（按其中心权重打分时排第一的频率）：{ $factor }。
explain-criterion = { $name }（`{ $id }`，占总分 { $share }）
explain-markdown-header = 评分项 | 占总分 | 计分过程 | 得分
explain-pair = { $what }：{ $value }
fact-evidence = 证据
fact-aggregate = 汇总
fact-interval = 区间
fact-evaluators = 评审人
fact-rule = 规则
fact-condition = 条件
fact-cost = 费用
fact-discount = 折扣
fact-claim = 承诺
fact-penalty = 扣分
fact-points = 得分
fact-gate = 门槛
fact-source = 来源
fact-date = 日期
fact-note = 备注
evidence-none-excluded = 无：不计入，其余权重按比例补足
evidence-none = 无：计 0 分
evidence-verified = 已核实
evidence-reference = 来自客户背调（第三方），非团队实测
evidence-claimed = 厂商自述，未经核实
evidence-value = { $value }（{ $provenance }）
stat-min = 最小值
stat-max = 最大值
stat-mean = 平均值
stat-median = 中位数
stat-p90 = P90
stat-p95 = P95
aggregate-value = { $count } 个观测值的{ $stat } = { $value }
interval-close = ；再有 { $count } 张工单才能得到两端都有界的区间
interval-value = { $label }：{ $shown }（{ $basis }{ $closing }）；--confidence 在此区间内抽样计分
evaluators-disagree = {" "}— 评审人意见不一
evaluators-value = 打分从 { $min } 到 { $max }：分差 { $spread }（阈值 { $threshold }）{ $flag }
rule-lower-better = 越低越好
rule-higher-better = 越高越好
rule-band = 分档，{ $better }：{ $value } { $side } { $threshold } → { $score }
rule-no-band = 分档，{ $better }：{ $value } 不落在任何一档 → 0
rule-linear = 线性，{ $best } 得 { $scale } 分、{ $worst } 得 0 分：{ $value } → { $score }
rule-choice = 选项 `{ $option }` → { $score }
rule-checklist = 具备的项目权重 { $present }/{ $total }：{ $scale } × { $present }/{ $total } = { $score }
rule-rating = 打分区间 { $low }–{ $high } 折算：{ $scale } × ({ $value } − { $low }) / ({ $high } − { $low }) = { $score }
condition-only = 仅限 { $condition }
discount-claimed-only = 仅厂商自述
discount-conditional = 附带条件
basis-observed = 实测
basis-claimed = 厂商自述
basis-reference = 客户背调
claim-contradicted = 与实测不符，按实测计分
claim-holds = 与实测相符
claim-value = { $claim }：{ $verdict }
claim-value-sourced = { $claim }（{ $source }）：{ $verdict }
penalty-value = 承诺与实测不符：− { $penalty }（contradiction_penalty）= { $score }
points-value = 100 × { $score }/{ $scale } × 占维度 { $share } × 维度占总分 { $category } = { $points }
gate-min-score = 得分至少 { $minimum }
gate-must-be-true = 必须为“是”
gate-passed = 通过
gate-failed = 未通过 — 一票否决

## 评分引擎给出的结论（JSON 与 CSV 中为英文，其余按运行语言）

gate-no-evidence = 门槛项没有证据
gate-missing-fail = 没有证据（评分表的缺证据策略为 "fail"）
gate-false = 必须为“是”，证据为“否”
gate-below = 得分 { $score } 低于门槛 { $minimum }（满分 { $scale }）
to-pass-any = 为它提供任意证据
to-pass-true = 证明其为“是”的证据
to-pass-false = 证明其为“否”的证据
to-pass-no-value = 任何取值都达不到门槛分
to-pass-no-band = 任何取值都达不到门槛分：评分表的分档无法通过该门槛
to-pass-now = （当前 { $value }）
to-pass-at-most = { $what }不超过 { $value }{ $now }
to-pass-at-least = { $what }至少 { $value }{ $now }
to-pass-price = 价格（{ $currency }/{ $per }）
to-pass-no-option = 没有哪个选项达到门槛分
to-pass-option = 选项 `{ $option }` 或更好
to-pass-items = 具备的项目权重至少 { $weight }（清单总权重 { $total }）
to-pass-rating = { $stat }打分至少 { $value }{ $now }
sla-first-response = 首次响应
sla-resolution = 解决
sla-about = { $severity } { $what }
sla-claimed = { $severity } { $what }时限 { $target }（{ $clock }）
sla-observed = { $due } 张工单中 { $late } 张超时（达标率 { $met }）
sla-source = { $file } 的 {"["}sla]；工单日志 { $logs }
contradiction-claim = `{ $about }`：承诺 { $claimed }，实测 { $observed }
contradiction-sla = {"["}sla] { $claimed }：{ $observed }
contradiction-claim-named = { $name }：承诺 { $claimed }，实测 { $observed }

## tickets

tickets-verified = 已核实
tickets-not-verified = 未核实
tickets-no-sla = 证据文件中没有 [sla]
tickets-clock = SLA 计时 { $clock }
tickets-vendor = { $vendor }：{ $files }（{ $verified }）；{ $clock }
tickets-scope = 仅统计{ $scope }的工单
tickets-skipped = 跳过了 { $count } 行无法读取的记录（--skip-bad-rows）
tickets-severity = 级别
tickets-tickets = 工单数
tickets-answered = 已响应
tickets-median = 中位数
tickets-p90 = P90
tickets-sla-target = SLA时限
tickets-clock-column = 计时
tickets-met-sla = SLA达标
tickets-resolved = 已解决
tickets-open = 未关闭
tickets-within-48h = 48小时内
tickets-first-contact = 首次解决
tickets-reopened = 重开
tickets-handoffs = 流转
tickets-target = 指标
tickets-compared = 比对数
tickets-agree = 一致
tickets-vendor-met = 厂商称达标、实为超时
tickets-vendor-breached = 厂商称超时、实为达标
tickets-first-response-heading = 首次响应（自然时间；未响应的工单不计入时长，按 SLA 超时计）
tickets-resolution-heading = 解决（自然时间；未关闭工单按已耗时删失，用 Kaplan–Meier 估计，≥ 表示下限；
    未关闭工单计入各项比率）
tickets-verdicts-heading = 帮助台自己的 SLA 判定与 vendorcard 重新计算的对比
tickets-all = 全部
scope-window = { $from } 至 { $to } 期间创建
scope-tag = 带 `{ $tag }` 标签

## HTML 报告

report-title = 厂商选型结论 — { $rubric }
report-h1 = 厂商选型结论：{ $rubric }
report-page-counter = "第 " counter(page) " 页，共 " counter(pages) " 页"
report-none-qualifies = 没有合格厂商：每家都有门槛未通过。
report-only = <strong>{ $vendor }</strong> 是唯一合格的厂商，得分 { $total }（满分 100）。
report-first = <strong>{ $vendor }</strong> 排名第一，得分 { $total }（满分 100），领先 { $second }（{ $second_total } 分）{ $gap }。
report-one-point = { $points } 分
report-points = { $points } 分
report-how-sure = <strong>可靠程度：</strong>{ $verdict }（抽样 { $samples } 次；{ $weights }）。
report-not-analysed = 可靠程度：未分析（加 <code>--confidence</code> 运行，可得到结论及各厂商取得各名次的概率）。
report-evidence-column = 有证据支撑的权重
report-claimed-column = 仅凭厂商自述
report-coverage-note = 有证据支撑的权重：评分表中有任何证据的权重占比（其余按评分表规定计 0 分或不计入）。仅凭厂商自述：其中只凭厂商说法、而非团队实测的占比。
report-disqualified = 被否决
report-gate = { $criterion }：{ $reason }（要通过：{ $to_pass }）
report-contradicted = 证据与承诺不符之处
report-listed = ：{ $items }
report-evaluated = 由 vendorcard { $tool } 于 { $date } 评估。评分表 { $id } { $version }（{ $name }），SHA-256 <code>{ $hash }</code>。
report-rubric = 评分表 { $id } { $version }。
report-evaluators = 评审人：{ $names }。
report-adjusted = 本次运行调整了权重：{ $adjustments }。
report-signoff = 签字确认
report-role = 角色
report-name = 姓名
report-signature = 签字
report-date = 日期
report-tech-lead = 技术负责人
report-procurement = 采购
report-approver = 审批人
report-why = 为什么：各厂商的分数从哪里来
report-bars-title = 各厂商 100 分总分按维度的构成
report-disqualified-vendor = { $vendor }（被否决）
report-category-share = { $name }（占总分 { $share }）
report-bars-caption = 每根条形是一家厂商的 100 分总分，按维度分段：每段的长度是该维度贡献的分数（得分 × 权重占比）。被否决的厂商颜色较浅：无论总分多少，都排在所有合格厂商之后。
report-heat-title = 各厂商每个评分项的得分及证据来源
report-heat-caption = 每格是一家厂商在一个评分项上的得分，0 到 { $scale }（颜色越深越好）。斜线和“c”表示只有厂商自述的证据；圆点和“r”表示来自客户背调；“×”表示没有证据。
report-promised = 承诺与实测
report-promised-none = 没有哪家厂商的证据同时包含 <code>[sla]</code> 和可用来核对的工单日志。
report-promised-how = 每一行是一项 SLA 时限：箱体是工单在该时限自身计时口径下（SLA 规定按工作时间的即按工作时间）耗时居中的一半，须线延伸到最快和最慢的工单，蓝色短线是中位数，橙色菱形是 P90；上下的细线是中位数和 P90 的 95% 区间（工单不足以界定时画成虚线）；红线是时限。横轴为对数刻度。未关闭的工单不画出。
report-how-sure-heading = 可靠程度
report-gates-decide = 合格厂商不足两家，改哪个权重都换不了冠军：由门槛决定。
report-no-acceptability = 本报告不含名次可接受度（在权重与证据的不确定性下各厂商取得各名次的概率）：生成时没有加 <code>--confidence</code>。
report-no-flips = 任何单项权重在原值 0 到 10 倍之间变化都不会换冠军。
report-tornado-title = 能换冠军的权重变化
report-weight-level = { $name }（{ $level }）
report-tornado-caption = 翻转点：对每个能换冠军的权重，它要下降（左，橙色）或上升（右，蓝色）原值的百分之多少，才会由另一家厂商排第一；条形越短，结论对该权重越敏感。右侧数字是该权重的现值和最近翻转点处的值。
report-acceptability-title = 各厂商取得各名次的概率
report-rank = 第 { $rank } 名
report-rank-share = { $vendor }：{ $what }，占抽样的 { $share }
report-acceptability-caption = 名次可接受度：在 { $samples } 次抽样中，各厂商取得各名次（颜色最深为第一）或被否决（灰色）的比例，已计入所声明的权重与证据的不确定性。每个比例的误差在 ±{ $error } 以内（一个标准误）。
report-audit = 审计轨迹
report-audit-how = 每家厂商每个数字的由来：证据、计分规则、得分和来源。
report-audit-vendor = { $vendor } — 第 { $rank } 名，{ $total } 分
report-points-axis = 分（满分 100）
report-tickets-on = { $count } 张工单，计时 { $clock }
report-target-met = 时限 { $target } · 达标 { $met }/{ $due }
report-minutes = { $n } 分钟
report-hours = { $n } 小时
report-days = { $n } 天
report-legend-observed = 团队实测
report-legend-claimed = c：厂商自述（斜线）
report-legend-reference = r：客户背调（圆点）
report-legend-missing = ×：没有证据
report-service-caption = { $vendor }：每项 SLA 时限（红线）与其工单实际耗时的对比，以及达标的工单数。

## 诊断信息

level-error = 错误
level-warning = 警告
level-help = 提示
did-you-mean = 是不是想写 `{ $best }`？
age-years = { $count } 年
age-months = { $count } 个月
age-weeks = { $count } 周
age-days = { $count } 天
age-pair = { $first }{ $rest }
age-older = { $what }已超过 { $age }（以 { $as_of } 计）
age-older-help = { $why }请重新收集证据；如果这么旧的证据仍然有效，就调大 --max-age
age-future = { $what }晚于评估日（以 { $as_of } 计）
age-future-help = { $why }请检查日期是否写错
age-items-take-date = { $count } 项没有单独 `date` 的证据沿用此日期；
age-collected = { $date } 收集的证据
age-item = `{ $criterion }` 的证据（日期 { $date }）
no-such-criterion = 评分表 `{ $rubric }` 中没有评分项 `{ $id }`
empty-source = `{ $id }` 的 `source` 为空
empty-source-help = 写明证据从哪里来（工单号、SLA 条款、通话日期），分数才能追溯
gate-not-observed = `{ $id }` 是门槛项，但其证据{ $basis }
gate-not-observed-help = 门槛可以一票否决厂商：请自己核实，再写上 `basis = "observed"`
basis-observed-long = 来自团队实测
basis-claimed-long = 仅来自厂商自述
basis-reference-long = 来自客户背调（第三方）
missing-zero = 该项计 0 分（missing = "zero"）
missing-exclude = 该项不计入，其余权重按比例补足（missing = "exclude"）
missing-fail = 该厂商将被否决（missing = "fail"）
missing-zero-each = 计 0 分（missing = "zero"）
missing-exclude-each = 不计入，其余权重按比例补足（missing = "exclude"）
missing-fail-each = 会使该厂商被否决（missing = "fail"）
no-evidence-one = 评分项 `{ $id }` 没有证据
no-evidence-one-help = { $effect }；补上 [evidence.{ $id }] 才能计分
no-evidence-many = { $count } 个评分项没有证据：{ $ids }
no-evidence-many-help = 每项都{ $effect }；补上对应的 [evidence.<id>] 表才能计分
no-evidence-tickets-help = 工单日志中没有可用于计量的数据（{ $basis }）；补上 [evidence.{ $id }] 才能计分
sla-contradicted = 工单日志与 {"["}sla] 承诺不符：{ $claimed }：{ $observed }
sla-contradicted-help = compare、explain 及所有导出都会把它列为与实测不符的承诺；`vendorcard tickets` 可查看各级别的数据
input-has-errors = 输入有 { $errors } 个错误
input-has-errors-warnings = 输入有 { $errors } 个错误、{ $warnings } 条警告
refused = { $summary }；{ $consequence }
refused-nothing-shown = 未显示任何内容
refused-nothing-scored = 未进行评分
refused-no-template = 未写出模板
refused-nothing-explained = 未生成说明
refused-no-tickets = 未输出工单数据
refused-nothing-compared = 未进行比较
check-ok = 通过
check-builtin-rubric = 内置评分表 { $name }
check-rubric-file = 评分表 '{ $path }'
check-verdict = 已检查{ $rubric } 和 { $files } 个证据文件：{ $errors } 个错误，{ $warnings } 条警告{ $strict }
check-strict = （--strict：警告按错误计）
ticket-line-problem = 工单日志第 { $line } 行：{ $problem }
ticket-line-problem-id = 工单日志第 { $line } 行（工单 { $ticket }）：{ $problem }
ticket-row-problem = 工单日志第 { $row } 行：{ $problem }
ticket-row-problem-id = 工单日志第 { $row } 行（工单 { $ticket }）：{ $problem }
row-help = 请修正这一行，或加 --skip-bad-rows 跳过无法读取的行（会计数）
save-as-csv-help = 请把导出文件另存为带表头的 CSV
timestamp-invalid = `{ $text }` 不是时间戳；应写成 2026-10-02 14:03:00 或 2026-10-02T14:03:00+08:00 这样的格式
timestamp-invalid-format = `{ $text }` 不符合时间格式 `{ $format }`

## 可靠程度：结论、权重的不确定性、最关键的因素、区间

verdict-none = 没有厂商在任何一次抽样中合格
verdict-only = 明确胜出：{ $name } 是唯一的厂商
verdict-clear = 明确胜出：{ $name } 在 { $first } 的抽样中排第一，在 { $beats } 的抽样中胜过 { $rival }{ $exact }
verdict-exact = （没有声明任何不确定性：按评分表，排名是确定的）
verdict-close = 接近：{ $name } 在 { $first } 的抽样中排第一；在 { $beats } 的抽样中胜过 { $rival }
verdict-apart = 分不出高下：{ $name } 只在 { $beats } 的抽样中胜过 { $rival }（排第一的比例为 { $first }）
weights-exact = 权重确定
weights-exact-short = 确定
weights-band = 每个权重 ±{ $band }%
weights-unknown = 权重未知，任何分配都同样可能
weights-unknown-short = 未知，任何分配都同样可能
influence-figure = { $vendor } 的{ $criterion }（{ $basis }；{ $label } { $interval }）
influence-weights = 权重（{ $described }）
advice-drill-close = 为 { $vendor } 的{ $criterion }补充演练工单：再有 { $needed } 张才能得到两端有界的区间（目前 { $n } 张）
advice-drill = 为 { $vendor } 的{ $criterion }补充演练工单（目前 { $n } 张）
advice-wilson = 为 { $vendor } 的{ $criterion }补充工单（目前 { $n } 张）
advice-range = 把 { $vendor } 的{ $criterion }的区间收窄
advice-raters = 请 { $raters } 位评审人就 { $vendor } 的{ $criterion }讨论到意见一致
advice-weights = 先就权重达成一致（翻转点显示哪些权重要紧）
interval-both = { $low }–{ $high }{ $unit }
interval-low = 至少 { $low }{ $unit }，无上界
interval-high = 至多 { $high }{ $unit }，无下界
interval-none = 无界
interval-label-95 = 95% 区间
interval-label-range = 范围
interval-basis-order = { $n } 张工单的顺序统计量
interval-basis-order-open = { $n } 张工单的顺序统计量，其中 { $open } 张未关闭
interval-basis-wilson = { $trials } 张中 { $successes } 张的 Wilson 区间
interval-basis-range = 给定的范围
interval-basis-raters = { $raters } 位评审人的分差

## 工作簿：列标题

xlsx-vendor-no = 厂商序号
xlsx-rank = 排名
xlsx-vendor = 厂商
xlsx-status = 状态
xlsx-total = 总分
xlsx-coverage = 证据覆盖
xlsx-verified-coverage = 核实覆盖
xlsx-failed-gates = 未过门槛
xlsx-evidence-file = 证据文件
xlsx-category-no = 维度序号
xlsx-category = 维度
xlsx-name = 名称
xlsx-weight = 权重
xlsx-criteria-weight-counted = 计入的评分项权重
xlsx-weight-counted = 计入的权重
xlsx-share-of-total = 占总分
xlsx-score = 得分
xlsx-points = 分数
xlsx-criterion-no = 评分项序号
xlsx-criterion = 评分项
xlsx-kind = 类型
xlsx-evidence = 证据
xlsx-aggregate = 汇总值
xlsx-state = 状态
xlsx-included = 计入
xlsx-weight-x-score = 权重 × 得分
xlsx-share-of-category = 占维度
xlsx-category-share = 维度占比
xlsx-nominal-share-of-total = 名义占总分
xlsx-has-evidence = 有证据
xlsx-verified = 已核实
xlsx-discount-factor = 折扣系数
xlsx-gate = 门槛
xlsx-level = 层级
xlsx-unit = 单位
xlsx-basis = 证据来源
xlsx-source = 来源
xlsx-date = 日期
xlsx-note = 备注
xlsx-condition = 条件
xlsx-cost = 费用
xlsx-currency = 币种
xlsx-per = 计价周期
xlsx-claim = 承诺
xlsx-contradicted = 与实测不符
xlsx-p-disqualified = 被否决概率
xlsx-best-rank = 最好名次
xlsx-worst-rank = 最差名次
xlsx-confidence-factor = 置信因子
xlsx-role = 角色
xlsx-file = 文件
xlsx-sha-256 = SHA-256

sheet-decision = 决策
sheet-summary = 汇总
sheet-categories = 维度
sheet-criteria = 评分项
sheet-weights = 权重
sheet-evidence = 证据
sheet-confidence = 可靠程度
sheet-files = 文件
xlsx-chart-title = 各维度得分（满分 100）
xlsx-chart-axis = 占 100 分总分的分数
xlsx-decision = 厂商选型结论
xlsx-ranked-first = 排名第一
xlsx-its-total = 其总分（满分 100）
xlsx-lead = 领先第 2 名（分）
xlsx-verdict = { $verdict }（抽样 { $samples } 次；{ $weights }）
xlsx-not-analysed = 未分析（加 --confidence 运行）
xlsx-how-sure = 可靠程度
xlsx-none = 无
xlsx-contradicted-claims = 与实测不符的承诺
xlsx-contradicted-count = { $count } 项（见汇总表）
xlsx-rubric = 评分表
xlsx-evaluated = 评估日期
xlsx-evaluators = 评审人
xlsx-weights-as-written = 权重：按评分表原样。
xlsx-weights-adjusted = 本次运行调整了权重：{ $adjustments }。
xlsx-formulas-note = 总分、维度得分、占比、证据覆盖和排名都是基于“权重”表的公式：在那里修改权重（黄色单元格），它们会自动重算。状态由门槛决定，与权重无关。
xlsx-missing-zero = 缺少证据的评分项计 0 分（missing = "zero"）。
xlsx-missing-exclude = 缺少证据的评分项不计入，由其余权重按比例补足（missing = "exclude"）；见“评分项”表的“计入”列。
xlsx-missing-fail = 缺少证据的评分项计 0 分并一票否决（missing = "fail"）。
xlsx-discount-claimed = 仅有厂商自述、未经核实的证据保留其得分的 { $factor }（discount.claimed）。
xlsx-discount-reference = 来自客户背调（第三方）的证据保留其得分的 { $factor }（discount.reference）。
xlsx-discount-conditional = 仅在特定条件下成立的权益保留其得分的 { $factor }（discount.conditional）。
xlsx-penalty = 承诺与实测不符的评分项扣 { $points } 分（contradiction_penalty）。
xlsx-evaluated-note = 由 { $tool } { $version } 于 { $date } 评估；评分表 { $source }（SHA-256 { $hash }）。“文件”表列出每个输入文件及其哈希值。
xlsx-p-rank = 第 { $rank } 名概率
xlsx-p-above = 排在 { $vendor } 之前的概率
xlsx-verdict-line = 结论：{ $verdict }。
xlsx-tiers = 梯队（同一梯队内分不出高下）：{ $tiers }
xlsx-overtakes = { $overtakes } 反超 { $overtaken }

## init：证据模板

init-title = { $vendor } 的证据，按评分表 { $id } { $version }（{ $name }）评分。
init-how = 对每个有证据的评分项，取消其 [evidence.…] 块的注释（以 "# " 开头的行），填入你观察到的情况。没观察到的就不要填：缺证据的后果由评分表的 `missing` 策略决定。`vendorcard check` 会列出仍有问题的地方。
init-evaluators = 下面打分的评审人：改成你的名字，并加上同事
init-tickets = 工单日志（见 docs/tickets.md）
init-sla = 厂商的承诺，用来核对工单日志：
init-tickets-optional = 工单日志（可选；见 docs/tickets.md）
init-tickets-how = 帮助台导出的工单可计量标有“由工单日志计量”的评分项。
init-unit = （单位：{ $unit }）
init-bands = 分档 { $bands }
init-linear = 线性，最好 { $best }，最差 { $worst }
init-number = 一个数值{ $unit }（多个时取{ $stat }）；{ $rule }
init-flag = 是或否（true/false）
init-choice = 以下之一：{ $options }
init-checklist = 具备的项目，可选：{ $items }（括号内为权重）
init-rating = 各评审人打分，{ $low } 到 { $high }
init-cost = 价格（{ $currency }/{ $per }），越低越好
init-gate-min = ；门槛：得分低于 { $minimum }（满分 { $scale }）一票否决
init-gate-true = ；门槛：必须为“是”
init-from-tickets = ；证据文件给出工单日志时由日志计量
init-criterion = { $name } — { $what }。
init-source = 证据从哪里来：工单号、SLA 条款、通话日期
init-basis = observed（团队实测）、claimed（厂商自述）、reference（客户背调，第三方）
