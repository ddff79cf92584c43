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
