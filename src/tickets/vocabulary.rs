//! The words help desks export: what a status value means, and (for
//! `tickets --suggest`) the header names and severity values of common
//! exports, English and Chinese.

use std::collections::HashMap;

use super::Preset;

/// What a ticket's status says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusClass {
    /// Solved or closed: counts as resolved even without a resolution time.
    Resolved,
    /// Still being worked on.
    Open,
    /// Waiting for the customer or a third party. For now counted as open.
    Pending,
}

impl StatusClass {
    pub const NAMES: [&'static str; 3] = ["resolved", "open", "pending"];

    pub fn parse(name: &str) -> Option<StatusClass> {
        match name {
            "resolved" => Some(StatusClass::Resolved),
            "open" => Some(StatusClass::Open),
            "pending" => Some(StatusClass::Pending),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// Status values and what they mean, matched ignoring case and surrounding
/// spaces.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Statuses(HashMap<String, StatusClass>);

/// The statuses most exports share, for a log without a preset.
const COMMON: [(&str, StatusClass); 18] = [
    ("solved", StatusClass::Resolved),
    ("closed", StatusClass::Resolved),
    ("resolved", StatusClass::Resolved),
    ("done", StatusClass::Resolved),
    ("fixed", StatusClass::Resolved),
    ("completed", StatusClass::Resolved),
    ("new", StatusClass::Open),
    ("open", StatusClass::Open),
    ("reopened", StatusClass::Open),
    ("in progress", StatusClass::Open),
    ("to do", StatusClass::Open),
    ("assigned", StatusClass::Open),
    ("escalated", StatusClass::Open),
    ("pending", StatusClass::Pending),
    ("on-hold", StatusClass::Pending),
    ("hold", StatusClass::Pending),
    ("waiting for customer", StatusClass::Pending),
    ("waiting on customer", StatusClass::Pending),
];

impl Statuses {
    fn key(raw: &str) -> String {
        raw.trim().to_lowercase()
    }

    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, StatusClass)>) -> Statuses {
        Statuses(pairs.into_iter().map(|(raw, class)| (Self::key(raw), class)).collect())
    }

    /// The words of a log without a preset.
    pub fn common() -> Statuses {
        Statuses::from_pairs(COMMON)
    }

    /// The statuses a help desk's export uses, from its documentation
    /// (docs/tickets.md links each).
    pub fn preset(preset: Preset) -> Statuses {
        use StatusClass::*;
        match preset {
            // Zendesk Support's ticket statuses.
            Preset::Zendesk => Statuses::from_pairs([
                ("new", Open),
                ("open", Open),
                ("pending", Pending),
                ("hold", Pending),
                ("on-hold", Pending),
                ("solved", Resolved),
                ("closed", Resolved),
            ]),
            // Jira Service Management's default service-request and incident workflows.
            Preset::Jira => Statuses::from_pairs([
                ("open", Open),
                ("to do", Open),
                ("waiting for support", Open),
                ("in progress", Open),
                ("work in progress", Open),
                ("escalated", Open),
                ("reopened", Open),
                ("waiting for customer", Pending),
                ("pending", Pending),
                ("waiting for approval", Pending),
                ("resolved", Resolved),
                ("closed", Resolved),
                ("done", Resolved),
            ]),
            // Freshdesk's default ticket statuses.
            Preset::Freshdesk => Statuses::from_pairs([
                ("open", Open),
                ("pending", Pending),
                ("waiting on customer", Pending),
                ("waiting on third party", Pending),
                ("resolved", Resolved),
                ("closed", Resolved),
            ]),
        }
    }

    /// `self` with `other`'s entries added, `other` winning.
    pub fn extended(mut self, other: &Statuses) -> Statuses {
        self.0.extend(other.0.iter().map(|(k, v)| (k.clone(), *v)));
        self
    }

    pub fn get(&self, raw: &str) -> Option<StatusClass> {
        self.0.get(raw).or_else(|| self.0.get(&Self::key(raw))).copied()
    }
}

/// For `--suggest`: what a header names, from the names help desks use
/// (lower case; a header matches when it equals one, ignoring case).
pub const HEADER_NAMES: [(&str, &[&str]); 8] = [
    (
        "id",
        &[
            "id",
            "ticket id",
            "ticket",
            "issue key",
            "key",
            "ticket number",
            "工单编号",
            "工单号",
            "工单id",
            "编号",
            "单号",
        ],
    ),
    (
        "opened",
        &[
            "created at",
            "created",
            "created time",
            "opened",
            "opened at",
            "submitted",
            "创建时间",
            "提交时间",
            "开单时间",
            "受理时间",
        ],
    ),
    (
        "first_response",
        &[
            "first reply time in minutes",
            "initial response time",
            "custom field (date of first response)",
            "first response",
            "first response time",
            "first reply",
            "first replied at",
            "first response at",
            "首次响应时间",
            "首次回复时间",
            "首响时间",
            "首次响应",
        ],
    ),
    (
        "resolved",
        &[
            "full resolution time in minutes",
            "resolved time",
            "resolved",
            "resolved at",
            "solved at",
            "resolution time",
            "解决时间",
            "完成时间",
            "结单时间",
        ],
    ),
    ("severity", &["priority", "severity", "urgency", "优先级", "严重程度", "紧急程度", "级别"]),
    ("status", &["status", "state", "ticket status", "状态", "工单状态"]),
    ("reopens", &["reopens", "reopen count", "重开次数", "重新打开次数"]),
    ("handoffs", &["handoffs", "hand-offs", "handoff count", "transfers", "转派次数", "流转次数", "转交次数"]),
];

/// For `--suggest`: the rubric severity a raw value most likely stands for.
pub fn guess_severity(raw: &str) -> Option<&'static str> {
    let value = raw.trim().to_lowercase();
    let table: [(&str, &[&str]); 4] = [
        ("P0", &["p0", "urgent", "critical", "highest", "blocker", "s1", "sev1", "紧急", "特急", "致命", "最高"]),
        ("P1", &["p1", "high", "major", "s2", "sev2", "高", "严重"]),
        ("P2", &["p2", "normal", "medium", "s3", "sev3", "中", "一般", "普通"]),
        ("P3", &["p3", "low", "lowest", "minor", "s4", "sev4", "低", "轻微", "最低"]),
    ];
    table.iter().find(|(_, words)| words.contains(&value.as_str())).map(|(severity, _)| *severity)
}

/// For `--suggest`: what a raw status most likely means.
pub fn guess_status(raw: &str) -> Option<StatusClass> {
    let value = raw.trim().to_lowercase();
    let chinese: [(&str, StatusClass); 12] = [
        ("已解决", StatusClass::Resolved),
        ("已关闭", StatusClass::Resolved),
        ("已完成", StatusClass::Resolved),
        ("已结单", StatusClass::Resolved),
        ("处理中", StatusClass::Open),
        ("待处理", StatusClass::Open),
        ("新建", StatusClass::Open),
        ("已分配", StatusClass::Open),
        ("重新打开", StatusClass::Open),
        ("待客户回复", StatusClass::Pending),
        ("等待客户", StatusClass::Pending),
        ("挂起", StatusClass::Pending),
    ];
    Statuses::common().get(&value).or_else(|| chinese.iter().find(|(word, _)| *word == value).map(|(_, class)| *class))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_match_ignoring_case_and_a_map_wins_over_the_preset() {
        let zendesk = Statuses::preset(Preset::Zendesk);
        assert_eq!(zendesk.get("Solved"), Some(StatusClass::Resolved));
        assert_eq!(zendesk.get(" pending "), Some(StatusClass::Pending));
        assert_eq!(zendesk.get("已关闭"), None);
        let team = Statuses::from_pairs([("已关闭", StatusClass::Resolved), ("closed", StatusClass::Open)]);
        let merged = zendesk.extended(&team);
        assert_eq!(merged.get("已关闭"), Some(StatusClass::Resolved));
        assert_eq!(merged.get("Closed"), Some(StatusClass::Open));
    }

    #[test]
    fn guesses_cover_english_and_chinese_words() {
        assert_eq!(guess_severity("紧急"), Some("P0"));
        assert_eq!(guess_severity("Highest"), Some("P0"));
        assert_eq!(guess_severity("中"), Some("P2"));
        assert_eq!(guess_severity("whenever"), None);
        assert_eq!(guess_status("已关闭"), Some(StatusClass::Resolved));
        assert_eq!(guess_status("Waiting for customer"), Some(StatusClass::Pending));
        assert_eq!(guess_status("挂起"), Some(StatusClass::Pending));
    }
}

/// A help desk's own SLA verdict values (`Within SLA`, `SLA Violated`, …):
/// whether each says the target was met, matched ignoring case.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdicts(HashMap<String, bool>);

/// The verdict words of Freshdesk, Jira and Chinese help desks.
const VERDICTS: [(&str, bool); 22] = [
    ("within sla", true),
    ("sla met", true),
    ("met", true),
    ("achieved", true),
    ("not breached", true),
    ("on time", true),
    ("未超时", true),
    ("未违约", true),
    ("达标", true),
    ("已达标", true),
    ("按时", true),
    ("sla violated", false),
    ("violated", false),
    ("breached", false),
    ("sla breached", false),
    ("missed", false),
    ("overdue", false),
    ("超时", false),
    ("已超时", false),
    ("违约", false),
    ("未达标", false),
    ("逾期", false),
];

impl Default for Verdicts {
    fn default() -> Self {
        Verdicts(VERDICTS.iter().map(|(word, met)| (word.to_string(), *met)).collect())
    }
}

impl Verdicts {
    pub const NAMES: [&'static str; 2] = ["met", "breached"];

    /// `met` → true, `breached` → false.
    pub fn parse(name: &str) -> Option<bool> {
        match name {
            "met" => Some(true),
            "breached" => Some(false),
            _ => None,
        }
    }

    /// These words with `pairs` over them.
    pub fn extended<'a>(mut self, pairs: impl IntoIterator<Item = (&'a str, bool)>) -> Verdicts {
        self.0.extend(pairs.into_iter().map(|(word, met)| (word.trim().to_lowercase(), met)));
        self
    }

    /// Whether `raw` says the target was met; `None`: not a verdict word.
    pub fn get(&self, raw: &str) -> Option<bool> {
        self.0.get(&raw.trim().to_lowercase()).copied()
    }
}
