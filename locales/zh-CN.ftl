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
note-disqualified = { $vendor } 被否决：{ $name }{ $reason }。
note-spread = `{ $id }`（分差 { $spread }）
note-disagree = ≠ { $vendor }：评审人对 { $criteria } 意见不一。
note-contradicted = 与实测不符的承诺共 { $count } 项（按实测计分，不按承诺）：
note-contradicted-vendor = { $vendor }：{ $count } 项承诺与实测不符 — { $claims }。
note-contradicted-more = （承诺与实测的具体内容见 `vendorcard explain 厂商名` 或 --detail。）
cost-only = （仅限 { $condition }）
note-condition = { $name }仅限 { $condition }
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
explain-disqualified = 否决：{ $name }{ $reason }。
explain-claimed-only = 仅有厂商自述、未经核实（{ $count } 项）：{ $names }。
explain-reference-only = 来自客户背调（第三方）、非团队实测（{ $count } 项）：{ $names }。
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
rule-choice = 选项“{ $option }”→ { $score }
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
to-pass-option = 选项“{ $option }”或更好
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

## Figures measured from ticket logs
ticket-logs-source = 工单日志 { $logs }：{ $basis }
typed-evidence-unused = `{ $id }` 手填的证据不会被采用
typed-evidence-unused-help = 它由工单日志实测：{ $basis }
time-unit-minutes = 分钟
time-unit-hours = 小时
time-unit-days = 天
of-tickets-severity = { $severity } 工单
of-tickets-severity-within = { $within }的 { $severity } 工单
of-tickets-all = 工单
of-tickets-all-within = { $within }的工单
basis-not-read = 没有读取{ $scope }的工单日志
basis-no-tickets = 日志中没有{ $tickets }
basis-first-response = { $tickets }共 { $n } 张，已回复 { $answered } 张，取{ $stat }，单位：{ $unit }
basis-resolution = { $tickets }共 { $n } 张，已解决 { $times } 张，取{ $stat }，单位：{ $unit }
basis-resolution-open = { $tickets }共 { $n } 张，已解决 { $times } 张，另有 { $open } 张未关闭（按已开时长删失，Kaplan–Meier 估计），取{ $stat }，单位：{ $unit }
basis-at-least = 至少 { $value } { $unit }（{ $open } 张仍未关闭）：这是下限，未关闭的工单只会更久
basis-resolution-rate = { $tickets }共 { $n } 张，已解决 { $resolved } 张，单位：%
basis-resolved-within = { $tickets }共 { $n } 张，{ $hours } 小时内解决 { $resolved } 张，单位：%
basis-sla-none = 这些{ $tickets }没有 SLA { $what }时限
basis-sla = { $tickets }共 { $n } 张，{ $met } 张达到 SLA { $what }时限，单位：%
basis-reopen-rate = 有重开次数的{ $tickets }共 { $n } 张，重开过的 { $reopened } 张，单位：%
basis-handoffs = 有流转次数的{ $tickets }共 { $n } 张，取平均值
basis-tickets = { $tickets }共 { $n } 张
basis-first-contact = 有回复次数的已解决{ $tickets }共 { $n } 张，客服至多回复一次即解决的 { $first_contact } 张，单位：%
basis-flags-none = 这些{ $tickets }没有可对照的工单系统 SLA 判定
basis-flags = { $tickets }的工单系统 SLA 判定共 { $n } 条，与重新计算一致的 { $agree } 条（{ $favour } 条偏向厂商，{ $against } 条不利于厂商），单位：%
open-since-not-number = `open_since` 只用于数值型评分项；`{ $id }` 不是
open-since-unit = `open_since` 需要以天或小时计的评分项；`{ $id }` 的单位是 `{ $unit }`
no-unit = 无单位
open-since-not-date = `open_since = { $since }` 不是日期；应写成 open_since = 2026-10-01
open-since-no-date = `open_since` 需要知道问题哪一天仍未关闭：证据项的 `date` 或文件的 `collected`
open-since-after = `open_since = { $since }` 晚于证据收集日 { $as_of }
open-since-note = 自 { $since } 起仍未关闭：截至 { $as_of } 已 { $age }，这是下限
open-age-days = { $n } 天
open-age-hours = { $n } 小时
open-since-help = 在以天或小时计的数值型评分项上写 `open_since = 2026-10-01`，并以证据项的 `date` 或文件的 `collected` 作为问题仍未关闭的那一天

## Business clocks
clock-calendar = { $days } { $from }–{ $to } { $zone }
clock-holidays = { $label }，{ $holidays } 个节假日
clock-holidays-workdays = { $label }，{ $holidays } 个节假日，{ $workdays } 个调休上班日
clock-named = { $name }（{ $label }）
sla-hours-severity = { $severity } { $clock }
sla-hours-others = 其他级别 { $clock }

## Rubric translations
labels-unknown = `labels.{ $lang }` 中的 `{ $value }` 不是本评分项的选项或清单项
labels-unknown-help = `labels` 用来给本评分项已有的 `options` 或 `items` 提供其他语言的文字

## Evidence values
value-true = 是
value-false = 否
cost-per = { $amount } { $currency }/{ $per }
cost-once = 一次性 { $amount } { $currency }
period-month = 月
period-year = 年
period-day = 天
period-hour = 小时
period-incident = 次
cost-of = { $name }：{ $cost }{ $condition }

## init: the evidence template
init-option = { $option }（{ $number }）
init-option-labelled = { $option }（{ $label }，{ $number }）
suggest-shape-sheet = 共 { $sheets } 个工作表中的 `{ $sheet }`
suggest-shape-csv = { $encoding }，{ $delimiter }分隔
suggest-comma = 逗号
suggest-semicolon = 分号
suggest-tab = 制表符
suggest-bar = 竖线
suggest-head = { $file } 的 [[tickets]] 表（{ $shape }，{ $count } 张工单），
    由 `vendorcard init --tickets` 生成。请逐行核对标有 REVIEW 的行，
    再把这张表粘贴到该厂商的证据文件中（见 docs/tickets.md）。
suggest-encoding = 根据文件字节推断：REVIEW
suggest-sheet = 工作表：{ $sheets }
suggest-preset = 表头与 { $name } 的导出格式一致
suggest-missing-columns = 没有识别出 { $roles } 列；如果导出文件里有，请加到 `columns` 中
suggest-format = 按 `{ $example }` 的时间写法
suggest-format-unknown = 没有已知的格式能读出 `{ $example }`；请写出它的 strftime 格式
suggest-zone-beijing = 北京时间，国内工单系统按此导出
suggest-zone-guess = 推测
suggest-zone = 导出文件中时间所用的时区（{ $why }）
suggest-verified = 工单由你的团队自己提交并导出时填 true
suggest-severity = 每个值对应的评分表级别（P0 最紧急 … P3）
suggest-not-recognised = 未能识别
suggest-status = 每个状态的含义：resolved（已解决）、open（未关闭）或 pending（挂起）
suggest-tickets = { $count } 张工单
writing-reading = 读取 '{ $path }' 失败：{ $error }
suggest-not-file = '{ $path }' 不是普通文件
suggest-sheet-empty = 工作表 `{ $name }` 是空的
suggest-no-header = '{ $path }' 没有可读取的表头：{ $error }
suggest-not-csv = '{ $path }' 无法按 CSV 读取：{ $error }

## Diagnostics: evidence files
age-undated = { $count } 项证据没有日期，无法检查是否过时
age-undated-help = 在文件开头加上 `collected = YYYY-MM-DD`，或给每项证据加上 `date`
vendor-empty = `vendor` 不能为空
text-too-long-help = 请缩短；更长的内容应放进证据所指向的文件
rubric-mismatch = 这份证据是按评分表 `{ $theirs }` 收集的，但当前使用的评分表是 `{ $ours }`
rubric-mismatch-help = 用 `--rubric` 指定 `{ $theirs }` 评分表来计分；或加上 --reuse-evidence，只对两个评分表共有的评分项计分；如果是笔误，请改正 `rubric`
evaluator-twice = 评审人 `{ $name }` 重复列出
not-scored-kind = `{ $id }`（原评分表中为 { $theirs }，此处为 { $ours }）
not-scored-value = `{ $id }`（其取值不是本评分表定义的）
removed-not-scored = `{ $id }` 不计分：评分表 `{ $rubric }` 从 `{ $parent }`（这份证据按它收集）中删除了这一项
removed-not-scored-help = 如果是有意删除，无需处理；否则请查看评分表中的 `remove`
disagreement-help = 评审人一起把打分过一遍，或用 --evaluator 名字 查看每位评审人的结果
condition-empty = `condition` 为空
condition-empty-help = 写明享受该权益所需的版本或套餐（如 "enterprise tier"），或者删掉这一行
claim-contradicted-warning = 厂商对 `{ $id }` 的承诺（{ $claimed }）与实测（{ $observed }）不符
claim-contradicted-warning-help = 按实测计分；compare、explain 和所有导出都会列出这处不符（评分表的 `contradiction_penalty` 还可以扣分）
reuse-not-scored = 按 `{ $other }` 收集的 { $count } 项证据在评分表 `{ $rubric }` 下不计分：{ $items }
reuse-not-scored-help = --reuse-evidence 只对两个评分表都定义、且类型相同的评分项计分；`vendorcard rubrics diff { $other } { $rubric }` 可查看两者的差异
reuse-not-builtin = --reuse-evidence 只对按内置评分表收集的证据计分，而 `{ $name }` 不是内置评分表
reuse-not-builtin-help = 内置评分表：{ $names }；或者让 `{ $rubric }` 扩展（extends）证据所写的评分表
unknown-basis = 未知的证据来源 `{ $name }`
unknown-basis-help = { $allowed }；observed：团队实测，claimed：厂商自述，reference：第三方（客户背调）
basis-verified = `basis = "{ $basis }"` 与 `verified` 矛盾，后者表示 { $other }
basis-verified-help = `verified` 是 `basis` 的旧写法；两者保留一个即可
cost-negative = 费用不能为负数，实际为 { $amount }
cost-amount-help = 金额要写成数字：`amount = 1200`
currency-code = `currency` 必须是 USD、CNY、EUR 这样的简短代码
currency-code-help = 写厂商报价所用的币种；vendorcard 从不换算币种
range-not-number = `range` 只用于数值型评分项；`{ $id }` 是 { $kind }
range-not-number-help = 打分自带评审人之间的分差，工单数据自带区间；请删掉 `range`
range-help = 写出这个数可能的最低值和最高值：`range = [20, 45]`
range-two = `range` 需要两个数，实际有 { $count } 个
range-reversed = `range` 从 { $low } 降到 { $high }
range-reversed-help = 小的一端写在前面：`range = [low, high]`
range-outside = 计分所用的数 { $value }（各值的{ $stat }）不在 `range` [{ $low }, { $high }] 之内
range-outside-help = range 说明这个数可能偏差多少，所以必须包含它
claim-on-claimed = `{ $id }` 的证据本身就是厂商自述
claim-on-claimed-help = `claim` 应写在团队实测（或客户背调）的证据旁边：给这项证据写上 `basis = "observed"`，或者把承诺的值移到上一层并删掉 `claim`
claim-key = `claim` 里不能有 `{ $key }`
claim-key-help = claim 记录厂商的说法：value、values、items（或 cost）、source、note、date
log-twice = `{ $file }` 这个工单日志在本文件中已经写过
log-twice-help = 第 { $line } 行写的是同一个文件；每个日志只读一次，请删掉其中一个
unknown-preset = 未知的工单日志预设 `{ $name }`
unknown-column-role = 未知的列角色 `{ $name }`
log-needs-columns = 工单日志需要 `preset` 或 `columns = {"{"} opened = "…", … {"}"}`
log-presets = 可用的预设：{ $names }
encoding-spreadsheet = `encoding` 只用于 CSV 日志；电子表格自带编码
remove-it = 删掉它
unknown-encoding = 未知的编码 `{ $name }`
unknown-encoding-help = 请用 WHATWG 编码名：gb18030、gbk、big5、shift_jis、euc-kr、utf-16le、utf-16be、windows-1252 等
delimiter-spreadsheet = `delimiter` 只用于 CSV 日志
not-a-delimiter = `{ $value }` 不能作为分隔符
not-a-delimiter-help = 写一个字符：delimiter = ";"、","、"|"，制表符写 "\t"
sheet-csv = `sheet` 只用于电子表格日志（.xlsx、.xls、.ods）
sheet-csv-help = 删掉它，或者改写成电子表格文件
what-status-meaning = 状态含义
what-sla-verdict = SLA 判定
not-a-meaning = `{ $value }` 不是有效的{ $what }
exported-not-date = `exported = { $value }` 不是日期或日期时间
exported-not-date-help = 例如写成 exported = 2026-10-20T18:00:00+08:00，只写日期则表示当天结束时
changes-need-id = 状态变更日志需要工单日志的 `id` 列
changes-need-id-help = 请映射它：columns = {"{"} id = "<表头>" {"}"}（两个日志都按 id 标识工单）
paused-and-changes = `paused` 列和状态变更日志只能二选一
paused-and-changes-help = 状态变更日志能精确计算挂起时长；请删掉 `paused` 列的映射
clock-type = { $what } 必须是 "7x24"、日历名称或表，实际为 { $found }
calendar-reserved = `{ $name }` 不能用作日历名称
calendar-reserved-help = `7x24` 表示全天候计时，`default` 是其他级别所用的键；请换一个名称
calendar-table = 日历必须是一个表，实际为 { $found }
calendar-error = 日历 `{ $name }`：{ $message }
calendar-help = 日历包含 days = "mon-fri"、from = "09:00"、to = "18:00"、timezone = "Asia/Shanghai"，以及可选的 holidays = [2026-10-01, …]（节假日）、workdays = [2026-10-10]（调休上班日）和 ics = "holidays.ics"
calendar-key-string = `{ $key }` 必须是字符串
calendar-needs = 日历需要 `{ $key }`
unknown-key-allowed = 未知的键 `{ $key }`；{ $allowed }
hours-order = 工作时间的结束必须晚于开始，实际为 { $from } 至 { $to }
ics-file = `ics` 必须是文件名
ics-read = 读取节假日日历 '{ $path }' 失败：{ $error }
ics-error = 节假日日历：{ $message }
ics-help = .ics 文件中应是全天事件：每个事件是一个节假日；SUMMARY 含“补班”或 workday 的是调休上班日
holiday-and-workday = { $date } 既是节假日又是调休上班日
date-list = `{ $key }` 必须是日期列表，例如 { $key } = [2026-10-01, 2026-10-02]
date-list-item = `{ $key }` 中的 `{ $value }` 不是日期；应写成 { $key } = [2026-10-01, 2026-10-02]
text-too-long = 这段文字有 { $length } 个字符，超过了电子表格单元格的上限（{ $max }）
must-be-date = `{ $key }` 必须是日期，实际为 `{ $value }`
must-be-date-help = 写成 `{ $key } = 2026-10-14`（TOML 日期，不加引号）
hours-help = 写 `hours = "7x24"`、某个 [calendars.名称] 表的名称、`hours = {"{"} days = "mon-fri", from = "09:00", to = "18:00", timezone = "+08:00" {"}"}`，或按级别分别写：`hours = {"{"} P0 = "7x24", default = "beijing" {"}"}`
clock-unknown-none = { $what }：`{ $name }` 既不是 7x24，也不是日历；本文件没有 [calendars.{ $name }] 表
clock-unknown = { $what }：`{ $name }` 既不是 7x24，也不是本文件中的日历（{ $names }）
prefixed = { $what }：{ $message }
ratings-disagree = 评审人对 `{ $id }` 意见不一：{ $ratings }（分差 { $spread }，阈值 { $threshold }）
number-range = 应为 ±{ $max } 以内的数，实际为 { $value }
number-finite = 应为有限的数，实际为 { $value }
number-expected = 应为数字，实际为{ $found }
describe-string = 字符串 "{ $value }"
describe-array = 数组
describe-table = 表
shape-number = `value = 12` 或 `values = [12, 18, 25]`
shape-flag = `value = true` 或 `value = false`
shape-choice = `value = "<选项>"`
shape-checklist = `items = ["<清单项>", …]`
shape-rating = `ratings = {"{"} <评审人> = 4, … {"}"}`
shape-cost = `cost = {"{"} amount = 1200, currency = "USD", per = "month" {"}"}`
write-shape = 应写成 { $shape }
wrong-shape = `{ $id }` 是 `{ $kind }` 类型的评分项；{ $found } 不符合
no-value = `{ $id }` 的证据没有取值
two-values = `{ $id }` 的证据同时给了 `{ $first }` 和 `{ $second }`；只能给一个
values-empty-help = 至少列出一个观测值，或删掉这项证据表示缺证据
values-numbers-help = `{ $id }` 的每个观测值都是数字
not-an-option = `{ $value }` 不是 `{ $id }` 的选项
not-an-item = `{ $value }` 不是清单 `{ $id }` 中的项
item-twice = 清单项 `{ $name }` 重复列出
list-evaluators = 在文件开头列出评审人：`evaluators = ["{ $name }"]`
not-an-evaluator = `{ $name }` 不在 `evaluators` 列表中
rating-outside = 打分 { $value } 超出了 `{ $id }` 的范围 { $low }..={ $high }
rating-outside-help = `{ $id }` 的打分范围是 { $low } 到 { $high }
cost-mismatch = `{ $id }` 按 { $currency }/{ $per } 计分；这一项是 { $cost }
ratings-empty-help = 至少给出一位评审人的打分，或删掉这项证据表示缺证据
cost-mismatch-help = vendorcard 从不换算币种或计费周期：请自行换算，把所用汇率写在 `note` 里，并在 `source` 中保留厂商的原始报价

## Diagnostics: shared
allowed-did-you-mean = 是不是想写 `{ $best }`？{ $what }：{ $list }
allowed-list = { $what }：{ $list }
allowed-values = 可用的值
allowed-profiles = 可用的配置
allowed-evaluators = 评审人
allowed-builtin = 内置评分表

## Diagnostics: rubric files
weight-range = { $what }的权重必须是 0 到 { $max } 之间的数，实际为 { $value }
weight-range-help = 权重是相对值：0 表示保留该项但不计分
what-category = 维度
what-criterion = 评分项
what-profile = 配置
what-item = 清单项 `{ $name }`
what-yes-score = `yes` 分值
what-no-score = `no` 分值
what-option-score = 选项 `{ $name }` 的分值
what-band-threshold = 分档阈值
what-band-score = 分档分值
magnitude-range = { $what }必须是 ±{ $max } 以内的数，实际为 { $value }
magnitude-range-help = 评分表用不到这么大的数；请检查是否写错
score-range = { $what } { $value } 超出了评分表的分值范围 0..={ $scale }
shorten-it = 请缩短
rubric-id-empty = 评分表的 `id` 不能为空
scale-range = `scale` 必须是不超过 { $max } 的正数
scale-range-help = 常用的满分是 5、10 或 100
unknown-missing = 未知的缺证据策略 `{ $value }`
no-categories = 评分表没有任何维度
no-categories-help = 添加一个 [[category]] 表，其中至少有一个 [[category.criterion]]
duplicate-category = 维度 id `{ $id }` 重复
duplicate-category-help = 第一个 `{ $id }` 在第 { $line } 行；维度 id 不能重复
category-reserved = 维度 id `{ $id }` 是保留字：汇总 CSV 自己就有一列 `{ $id }`
category-reserved-help = 请给维度改名；每个维度在 CSV 中都有一列以其 id 命名
category-empty = 维度 `{ $id }` 下没有评分项
category-empty-help = 在它下面添加 [[category.criterion]] 表，或删掉它
duplicate-criterion = 评分项 id `{ $id }` 重复
duplicate-criterion-help = 第一个 `{ $id }` 在第 { $line } 行；证据按评分项 id 对应，所以 id 在整个评分表中不能重复
category-zero-criteria = 维度 `{ $id }` 下所有评分项的权重都是 0
category-zero-criteria-help = 在它的某个评分项有权重之前，该维度按权重 0 计
all-weights-zero = 评分表中所有权重都是 0，什么都不会计分
all-weights-zero-help = 至少给一个维度及其下的一个评分项设置正的权重
uncertainty-error = {"["}uncertainty]：{ $message }
uncertainty-error-help = `weights`、`ranges` 和 `order` 的写法见 docs/confidence.md
weights-spread-help = 例如 `weights = "±20%"`
profile-ambiguous = `{ $key }` 既是维度又是评分项
profile-ambiguous-help = 给其中一个改名，使配置没有歧义
profile-unknown-id = 配置 `{ $profile }`：没有名为 `{ $key }` 的维度或评分项
not-for-kind = `{ $name }` 不适用于 `{ $kind }` 类型的评分项
not-for-kind-help = 删掉它，或修改 `kind`；{ $fields }
discount-range = `{ $name }` 折扣必须大于 0 且不超过 1，实际为 { $value }
discount-range-help = 例如 `{ $name } = 0.8`：这类证据保留 80% 的得分；1 表示不打折
discount-both = `discount` 和 `claimed_factor` 只能写一个
discount-both-help = 第 { $line } 行的 `claimed_factor` 是 `discount.claimed` 的旧写法；请删掉它
unknown-discount = 未知的折扣 `{ $name }`
penalty-range = `contradiction_penalty` 必须在 0 到满分（{ $scale }）之间，实际为 { $value }
penalty-range-help = 它是厂商承诺与实测不符时评分项被扣的分
unknown-aggregate = 未知的汇总方式 `{ $name }`
kind-fields = number 可用 bands|linear、better、aggregate、unit、from_tickets；flag 可用 yes、no；choice 可用 options；checklist 可用 items；rating 可用 range、aggregate、disagreement；cost 可用 currency、per、bands|linear
checklist-zero = 清单项的权重之和为 0
checklist-zero-help = 至少给一个清单项设置正的权重
rating-range = `range` 必须是 ±{ $max } 以内的两个数，小的在前
rating-range-help = 例如 `range = [1, 5]`
disagreement-range = `disagreement` 必须是正的打分分差，实际为 { $value }
disagreement-range-help = 例如 `disagreement = 2`：打分相差 2 分及以上时标出
unknown-kind = 未知的评分项类型 `{ $kind }`
gate-bool = true/false 门槛只适用于 `flag` 评分项，而且只能是 `true`
gate-bool-help = 改用最低分，例如 `gate = 2`
gate-range = 门槛 { $minimum } 超出了评分表的分值范围 0..={ $scale }
gate-range-help = 门槛是厂商在该评分项上必须达到的最低分
gate-type = `gate` 必须是最低分或 `true`，实际为 { $found }
hours-not-applicable = `hours` 只适用于 `metric = "resolved_within"`
hours-range = `hours` 必须是 0 到 { $max } 之间的数
resolved-within-hours = `resolved_within` 需要 `hours`
resolved-within-hours-help = 例如 `from_tickets = {"{"} metric = "resolved_within", hours = 48 {"}"}`
unknown-metric = 未知的工单指标 `{ $name }`
unknown-stat = 未知的统计量 `{ $name }`
unknown-unit = 未知的单位 `{ $name }`
time-only-field = `{ $field }` 只适用于时长指标 `first_response` 和 `resolution`
window-offset = `{ $value }` 不是带时区偏移的日期时间
window-offset-help = 例如写成 2026-11-11T00:00:00+08:00：时间窗口必须说明所在时区
window-order = 时间窗口的结束必须晚于开始
tag-empty = `tag` 不能为空
needs-field = 这个评分项需要 `{ $field }`
needs-field-help = 例如 `{ $field } = {"{"} first = 1, second = 2 {"}"}`
field-empty = `{ $field }` 不能为空
cost-better = `cost` 评分项总是 `better = "lower"`
cost-better-help = 删掉 `better`
cost-needs = `cost` 评分项需要 `{ $name }`
cost-needs-help = 例如 `{ $name } = "{ $example }"`：其他 { $name } 的费用会被拒绝，绝不换算
unknown-period = 未知的计费周期 `{ $name }`
better-value = `better` 必须是 "lower" 或 "higher"，实际为 `{ $found }`
bands-need-better = 带 `bands` 的 `number` 评分项需要 `better = "lower"` 或 `"higher"`
bands-need-better-help = 它说明取值应落在每个阈值的哪一侧
what-linear-end = `linear` 的两端
linear-same = `linear` 需要两个不同的有限数，实际为 best = { $best }、worst = { $worst }
linear-same-help = `best` 得满分，`worst` 得 0 分
linear-better = `linear` 与 `better` 矛盾：best 和 worst 指向相反的方向
linear-better-help = 删掉 `better`（linear 已经说明了哪个方向更好），或交换 best 与 worst
bands-and-linear = `bands` 和 `linear` 只能写一个
needs-bands = `{ $kind }` 评分项需要 `bands` 或 `linear`
needs-bands-help = 例如 `bands = [[15, 5], [30, 4], [60, 3]]` 或 `linear = {"{"} best = 15, worst = 240 {"}"}`
band-not-finite = 非有限的阈值
band-numbers = { $count } 个数
band-shape = 每一档写作 `[阈值, 分值]`，实际为{ $found }
band-shape-help = 例如 `[30, 4]`：取值在 30 以内得 4 分
bands-must-rise = 各档阈值必须严格递增（better = "lower"：最好的一档写在最前）
bands-must-fall = 各档阈值必须严格递减（better = "higher"：最好的一档写在最前）
bands-order-help = 这一档的阈值 { $threshold } 排在 { $previous } 之后
band-scores-rise = 各档分值不能逐档上升
band-scores-rise-help = 更差的取值反而得分更高：{ $previous } 之后是 { $score }
extends-found-list = 含 { $n } 项的列表
extends-found-an = { $type }
extends-found-a = { $type }
extends-one = `extends` 只能写一个评分表（内置名称或文件），实际为：{ $found }
extends-one-help = 一个评分表只能基于一个父评分表：要合并两个，就让其中一个扩展另一个，或者扩展一个、再按 id 加入另一个的评分项
extends-unknown = `extends` 写的既不是内置评分表，也不是文件：`{ $name }`
extends-unknown-help = 内置评分表：{ $names }；文件路径相对于本评分表所在位置
extends-cycle = `extends` 形成了循环
extends-cycle-help = { $cycle }：评分表不能基于它自己
extends-deep = `extends` 的层级超过了 { $max } 层
extends-deep-help = { $chain }：请基于更靠近底层的评分表，或用 `vendorcard rubrics show --resolved` 展平这条链
remove-unknown = `remove` 写的 `{ $id }` 不是父评分表中的维度或评分项
remove-unknown-help = 用 `vendorcard rubrics show --resolved` 核对 id
weight-range-order = `{ $id }` 的权重区间必须从 0 或以上开始，到更大的数结束
weight-range-twice = `{ $id }` 有两个权重区间
order-short = 重要性排序至少需要两个 id，实际为 `{ $order }`
order-levels = `{ $order }` 排列了不同层级的 id：排序只能在维度之间，或在同一维度的评分项之间
order-twice = `{ $id }` 既在重要性排序中又有区间，或出现在两个排序中
weight-spread-bad = 应为 `±N%`（每个权重的浮动范围，N 在 0 到 100 之间）、`unknown` 或 `exact`，实际为 `{ $text }`
reweight-bad = `{ $id }` 的权重必须是不小于 0 的有限数，实际为 { $weight }
reweight-ambiguous = `{ $id }` 既是维度又是评分项；请在评分表中给其中一个改名
reweight-all-zero = 按这些权重，所有权重都是 0，什么都不会计分
no-such-id = 评分表 `{ $rubric }` 中没有维度或评分项 `{ $id }`
no-such-id-hint = 评分表 `{ $rubric }` 中没有维度或评分项 `{ $id }`；是不是想写 `{ $best }`？

## Diagnostics: files
read-failed = 读取{ $what } '{ $path }' 失败：{ $error }
read-too-large = { $what } '{ $path }' 超过 { $mib } MiB，不予读取
read-not-utf8 = { $what } '{ $path }' 不是 UTF-8 文本：第 { $line } 行第 { $column } 列有非 UTF-8 字节；请把文件另存为 UTF-8
io-not-found = 文件或目录不存在
io-permission-denied = 没有读取权限
io-is-a-directory = 这是一个文件夹，不是文件
what-rubric = 评分表
what-evidence-file = 证据文件
what-evidence = 证据
what-folder = 文件夹
folder-empty = 文件夹 '{ $path }' 中没有 *.toml 证据文件
no-profiles = 它没有 [profiles.…] 表
unknown-profile = 评分表 `{ $rubric }` 没有配置 `{ $name }`；{ $known }
vendor-same = 写的是同一家厂商
vendor-same-but-case = 写的是 `{ $first }`，仅大小写或空格不同，是同一家厂商
vendor-twice = 厂商 `{ $vendor }` 已经有证据文件
vendor-twice-help = { $place } { $same }；请合并这两个文件，或给其中一家改名
no-such-evaluator = 没有哪个证据文件列出了评审人 `{ $name }`
toml-unknown-key = 未知的键 `{ $key }`；此处可用的键：{ $expected }
toml-missing-key = 缺少键 `{ $key }`
toml-other = TOML 有误：{ $message }
toml-unknown-key-help = 删掉它；此处可用的键：{ $list }
toml-known = { $what }（解析器原文：{ $message }）
toml-unquoted = 字符串值必须加引号
toml-unclosed-string = 字符串没有结束的引号
toml-duplicate-key = 键重复
toml-unclosed-table = 表头缺少 `]`
toml-unclosed-array = 数组缺少 `]`
toml-unclosed-inline-table = 内联表缺少 `{"}"}`
toml-key-no-value = 键没有值
toml-one-per-line = 一行只能写一个键值对
toml-invalid-date = 日期无效
toml-invalid-time = 时间无效
toml-invalid-number = 数字无效
toml-invalid-boolean = 布尔值无效（应为 true 或 false）
toml-empty-key = 键不能为空

## Diagnostics: ticket logs
rows-skipped = 跳过了 `{ $file }` 中 { $rows } 行无法读取的数据
rows-skipped-help = 第一行是第 { $line } 行：{ $reason }；统计时不计入这些行
status-unmapped-value = `{ $value }`（{ $n } 张工单）
status-unmapped-more = 另有 { $n } 张工单为其他值
status-unmapped = `{ $file }` 中有 vendorcard 不认识的状态值：{ $values }
status-unmapped-help = 这 { $tickets } 张工单按未关闭计（有解决时间的才算已解决）；请写明每个状态的含义，例如 `status = {"{"} "{ $example }" = "resolved" {"}"}`（可选 resolved、open 或 pending）
favourable-one = { $severity } { $what }：{ $n } 张（{ $ids }）
favourable = 工单系统把 { $tickets } 项 SLA 时限标为达标，但 vendorcard 重新计算为超时：{ $listed }
favourable-help = 厂商自己的 SLA 报告偏向自己；请逐张核对这些工单，并用 `vendorcard tickets` 查看所有不一致之处（评分项可用指标 sla_flag_agreement 计分）
log-not-file = 工单日志 '{ $path }' 不是普通文件（是文件夹、设备或管道）
log-not-file-help = 请把日志导出为文件，再写上那个文件
what-ticket-log = 工单日志
header-other-delimiter = { $help }；表头行里还有 `{ $delimiter }`：如果它才是列分隔符，请加上 `delimiter = "{ $delimiter }"`
csv-unreadable = 无法按 CSV 读取：{ $reason }
log-bad-byte = 工单日志第 { $line } 行：字节 { $byte } 不是 { $encoding } 文本
sheet-empty = 工单日志 '{ $file }'：工作表 `{ $sheet }` 是空的
column-did-you-mean = 是不是想写 `{ $best }`？可以用 `columns = {"{"} … {"}"}` 对应导出文件自己的列名
header-has = 表头中有：{ $names }
no-column = 工单日志的表头中没有 `{ $name }` 列
column-twice = 工单日志的表头中有 { $count } 列都叫 `{ $name }`（第 { $first } 列和第 { $second } 列）
column-twice-help = 在导出文件中给其中一列改名，以便分清用的是哪一列
no-opened-column = 工单日志没有映射 `opened` 列
no-opened-column-help = 写上 `preset`，或加上 `columns = {"{"} opened = "<表头>" {"}"}`
no-severity = 没有级别
and-more = 另有 { $n } 个
severity-unmapped = 级别 `{ $raw }` 不在证据文件的 `severity` 映射中（{ $known }）
no-opened-time = `opened` 列没有时间
handoffs-overflow = 流转次数之和太大，无法计数
paused-not-number = `{ $text }` 不是挂起的分钟数
paused-too-long = 挂起 { $text } 分钟，比工单的解决用时还长
verdict-unknown = `{ $text }` 不是 vendorcard 认识的 SLA 判定（Within SLA、SLA Violated、breached、超时等）；请用 `sla_flags = {"{"} "{ $example }" = "met" {"}"}` 写明它的含义（met 或 breached）
not-minutes = `{ $text }` 不是分钟数
time-before-opened = { $what }时间 `{ $text }` 早于工单创建时间
hint-check-unit = 请检查这一列及其单位（分钟）
hint-check-date = 请检查日期
time-too-late = { $what }时间 `{ $text }` 比工单创建时间晚了十年以上；{ $hint }
elapsed-first-response = 首次响应
elapsed-resolved = 解决
count-implausible = `{ $text }` 不是合理的{ $what }（每张工单最多 { $max }）
count-not = `{ $text }` 不是{ $what }
count-reopens = 重开次数
count-handoffs = 流转次数
count-agent-replies = 客服回复次数
changes-csv = 状态变更日志 '{ $path }' 必须是 CSV；请把工作表另存为 CSV
changes-prefixed = 状态变更日志：{ $message }
more-bad-rows = '{ $path }' 中另有 { $n } 行无法读取的数据未列出
log-prefixed = 工单日志 '{ $file }'：{ $message }
no-ticket-id = 没有工单号
status-unknown = 状态 `{ $status }` 不在该日志的状态表中；请用 `status = {"{"} "{ $example }" = "pending" {"}"}` 写明它的含义（resolved、open 或 pending）
encoding-declared-help = 文件在此处不是有效的 { $encoding } 文本：文件可能已损坏，或是以其他编码保存的（请检查其 [[tickets]] 表中的 `encoding`：gb18030、big5、shift_jis、utf-16le、windows-1252 等）
encoding-damaged-help = 文件在此处不是有效的 { $encoding } 文本；文件可能已损坏，或是以其他编码保存的：请在其 [[tickets]] 表中设置 `encoding = "…"`（如 gb18030、big5、shift_jis、windows-1252）
encoding-guess-help = 它看起来是 { $guess } 文本：请在其 [[tickets]] 表中加上 `encoding = "{ $label }"`
sheet-unreadable-file = 不是可读取的电子表格：{ $error }
no-such-sheet = 没有工作表 `{ $wanted }`；工作簿中有 { $sheets }
no-sheets = 工作簿中没有工作表
sheet-unreadable = 工作表 `{ $name }` 无法读取：{ $error }

## Diagnostics: dates, times and durations
not-an-offset = `{ $text }` 不是时区偏移；应写成 +08:00 或 -05:30
not-a-zone = `{ $text }` 不是时区；请写 UTC、+08:00 这样的偏移，或 Asia/Shanghai 这样的 IANA 名称
target-too-long = `{ $text }` 超过十年；SLA 时限应以分钟、小时或天计
not-weekdays = `{ $text }` 不是星期列表；例如写 mon-fri 或 mon,tue,thu
not-time-of-day = `{ $text }` 不是时刻；请写成 HH:MM，例如 09:00
not-a-date = '{ $text }' 不是日期；请写成 YYYY-MM-DD，例如 2026-10-14
not-a-duration = '{ $text }' 不是时长；请写数字加单位：{ $examples }
not-a-duration-fraction = '{ $text }' 不是时长；小数只能用于小时或分钟（0.5d 应写成 12h）；请写数字加单位：{ $examples }
duration-negative = '{ $text }' 是负数；请写 { $examples } 这样的时长
duration-months = '{ $text }' 以月或年计，而月和年没有固定长度；请用分钟（m）、小时（h）、天（d）或周（w）表示，例如 { $examples }
age-minutes = '{ $text }' 是 { $minutes } 分钟（在 vendorcard 中 `m` 一律表示分钟）：时效按整天、周、月或年计；{ $minutes } 个自然月应写成 { $minutes }mo
age-time-of-day = '{ $text }' 含有小时、分钟或秒：时效按整天、周、月或年计；例如写 { $examples }
age-zero = '{ $text }' 时长为零；例如写 { $examples }
ics-duration = `{ $value }` 不是以天或周计的时长（P1D、P2W）
ics-recurring = 这是重复事件；请把每年的节假日分别列为单独的事件
ics-no-end = 这个 VEVENT 没有 END:VEVENT
ics-no-events = 日历中没有事件（BEGIN:VEVENT … END:VEVENT）
ics-no-start = 这个 VEVENT 没有 DTSTART
ics-ends-before = 事件的结束（{ $end }）早于开始（{ $start }）
ics-too-long = 事件长达 { $count } 天；节假日日历列的是日子，不是年份
ics-bad-date = `{ $value }` 不是 iCalendar 日期（20261001）或日期时间（20261001T090000）

## Usage and writing
usage-init-needs = init 需要 --vendor 名称、--tickets 导出文件或 --rubric-from 名称
usage-margin = --margin 必须是 0 或以上的分数，实际为 { $margin }
usage-drivers = --drivers 显示在表格下方：请与 --format table 或 markdown 一起使用
usage-csv-options = --csv-bom 和 --csv-delimiter 用于 CSV 输出：请加上 --format csv 或 --export-csv 文件
usage-export-dash = 导出需要文件名；要输出到标准输出，请用 --format（如 --format csv）
usage-no-rubric = 没有名为 '{ $name }' 的内置评分表，也没有这个文件；{ $allowed }
usage-no-vendor = 证据中没有厂商 '{ $wanted }'；已有厂商：{ $vendors }
usage-no-vendor-hint = 证据中没有厂商 '{ $wanted }'；是不是想写 '{ $best }'？已有厂商：{ $vendors }
usage-confidence-vendors = --confidence 最多比较 { $max } 家厂商，而证据中有 { $vendors } 家；请只对入围名单运行（写出它们的证据文件）
no-ticket-logs = { $files } 个证据文件都没有写工单日志；请添加 [[tickets]] 表（见 docs/tickets.md）
usage-no-subcommand = `{ $command }` 没有子命令 '{ $name }'；它的子命令有：{ $names }
usage-more-help = 更多信息请运行 '--help'。
export-over-input = '{ $path }' 是本次运行的输入之一（评分表、证据文件或工单日志）；导出不能覆盖它
export-same-file = '{ $earlier }' 和 '{ $path }' 是同一个文件；每个导出请用各自的文件
export-folder-name = '{ $path }' 是文件夹，不是文件名；请写出要生成的文件名
export-name-long = '{ $path }' 的文件名有 { $bytes } 字节，超过了文件系统允许的 { $max } 字节
export-no-folder = 写入 '{ $path }'：没有文件夹 '{ $folder }'
export-not-folder = 写入 '{ $path }'：'{ $folder }' 不是文件夹
export-dangling-link = '{ $path }' 是指向不存在文件的符号链接；拒绝通过它写入
export-is-folder = '{ $path }' 是文件夹；请写出要生成的文件名
export-not-regular = '{ $path }' 不是普通文件（是设备或管道）；请写出要生成的文件名
export-exists = '{ $path }' 已存在；加上 --force 才会替换它
writing = 写入 '{ $path }'

## The HTML report
report-tip-segment = { $vendor }：{ $category } { $points } 分
report-tip-cell = { $vendor }，{ $criterion }：{ $score }/{ $scale }（{ $basis }）
report-service-title = SLA 承诺与实测用时对比
report-tip-box = { $severity } { $what }：中间一半的工单在 { $low }–{ $high } 之间
report-tip-p90 = P90 { $value }
report-tip-target = SLA 时限 { $value }

## The workbook: column headers (keys made from the English header)
xlsx-gate-outcome = { $gate }：{ $verdict }
xlsx-gate-outcome-passed = 通过
xlsx-gate-outcome-failed = 未通过
file-role-rubric = 评分表
file-role-evidence = 证据
file-role-calendar = 日历
file-role-ticket-log = 工单日志
file-role-status-changes = 状态变更日志
xlsx-doc-title = vendorcard 厂商对比 — { $rubric }
rubric-builtin = 内置 { $name }

## Notes on standard error
note-wrote = 已写入 { $path }
note-wrote-pages = 已把 { $count } 个手册页写入 { $dir }

## Rubrics: list and diff
diff-shares = 占总分比例的变化，变化最大的在前：
diff-share = { $kind } { $id }：{ $before } → { $after }（{ $change } 个百分点）
diff-category-added = + 维度 { $id }“{ $name }”（权重 { $weight }，{ $count } 个评分项）
diff-category-weight = ~ 维度 { $id }：权重 { $before } → { $after }
diff-category-name = ~ 维度 { $id }：名称“{ $before }”→“{ $after }”
diff-category-description = ~ 维度 { $id }：说明有改动
diff-category-removed = - 维度 { $id }“{ $name }”
diff-criterion-added = + 评分项 { $id }“{ $name }”，属于 { $category }（{ $rule }，权重 { $weight }）
diff-moved = 移动：{ $from } → { $to }
diff-criterion-changed = ~ 评分项 { $id }：{ $parts }
diff-criterion-removed = - 评分项 { $id }“{ $name }”（原属 { $category }）
diff-field = { $field } { $before } → { $after }
diff-weight = 权重
diff-rule = 规则
diff-gate = 门槛
diff-name = 名称
diff-unit = 单位
diff-from-tickets = from_tickets
diff-none = 无
diff-description = 说明有改动
diff-profile-added = + 配置 { $name }（{ $weights }）
diff-profile-changed = ~ 配置 { $name }：{ $before } → { $after }
diff-profile-removed = - 配置 { $name }（{ $weights }）
rubrics-line = { $title } — { $categories } 个维度，{ $criteria } 个评分项{ $default }
rubrics-default = （默认）
rubrics-broken = （无法加载：{ $diagnostics }）
rubrics-hint = 用 `vendorcard rubrics show 名称` 查看某个评分表；用 `--rubric 名称` 使用它。

## Progress, and workbook prompts
progress-scoring = 计分
progress-sampling = 对权重和证据抽样
progress-samples = 次
progress-rendering = 生成输出
diff-no-changes = 维度、评分项、权重、规则和门槛都没有变化
progress-evidence = 读取证据文件
progress-files = 个文件
progress-reading = 读取 { $path }
xlsx-weight-input = 修改即可重新加权：所有总分和排名都会重新计算。
xlsx-weight-error-title = 不是有效的权重
xlsx-weight-error = 权重是不小于 0 的数。
xlsx-page-footer = &R第 &P 页，共 &N 页
