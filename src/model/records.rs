//! The typed records of each ledger sheet, every value already checked.

use super::*;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// 主办 (also 牵头) or 协办 (also 配合).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Lead,
    Assist,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Lead => "主办",
            Role::Assist => "协办",
        }
    }
}

/// A satisfaction answer: 回访结果 and 二次转办结果.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Satisfaction {
    Satisfied,
    Basic,
    Dissatisfied,
}

impl Satisfaction {
    pub fn label(self) -> &'static str {
        match self {
            Satisfaction::Satisfied => "满意",
            Satisfaction::Basic => "基本满意",
            Satisfaction::Dissatisfied => "不满意",
        }
    }
}

/// 免责评判 of a case still dissatisfied after 二次转办.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Exempt,
    NotExempt,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Exempt => "免责",
            Verdict::NotExempt => "不免责",
        }
    }
}

/// The deadline-and-completion part shared by 热线工单 and 转办件 rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handling {
    /// 转办日期.
    pub forwarded: NaiveDate,
    /// 办理时限.
    pub deadline: NaiveDate,
    /// 延期至: approved extension.
    pub extended: Option<NaiveDate>,
    /// 办结日期: empty while open.
    pub completed: Option<NaiveDate>,
    /// 逾期扣分: the center's assessed overdue deduction.
    pub penalty: Option<Decimal>,
}

impl Handling {
    /// 办理延期的，以延期时限计分: the extension if any, else the deadline.
    pub fn effective_deadline(&self) -> NaiveDate {
        self.extended.unwrap_or(self.deadline)
    }
}

/// 热线工单: one row per (case, unit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HotlineRow {
    pub place: Place,
    /// 工单编号.
    pub id: String,
    pub unit: UnitId,
    pub role: Role,
    pub handling: Handling,
    pub visit: Option<Satisfaction>,
    pub second_visit: Option<Satisfaction>,
    pub verdict: Option<Verdict>,
}

/// 来源 of a 转办件.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferSource {
    Center,
    Supervision,
    Leader,
    JointMeeting,
}

impl TransferSource {
    pub fn label(self) -> &'static str {
        match self {
            TransferSource::Center => "中心转办",
            TransferSource::Supervision => "督办",
            TransferSource::Leader => "市领导交办",
            TransferSource::JointMeeting => "联席会议交办",
        }
    }

    pub const ALL: [TransferSource; 4] = [
        TransferSource::Center,
        TransferSource::Supervision,
        TransferSource::Leader,
        TransferSource::JointMeeting,
    ];
}

/// 转办件: one row per (item, unit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferRow {
    pub place: Place,
    /// 编号.
    pub id: String,
    pub source: TransferSource,
    pub unit: UnitId,
    pub role: Role,
    pub handling: Handling,
    /// 按期沟通 (department rows; `None` on 区镇 rows).
    pub contacted: Option<bool>,
    /// 初步处理意见.
    pub opinion: Option<bool>,
    /// 反馈结果.
    pub feedback: Option<bool>,
    /// 问题解决, where docs/ledger.md requires it (else `None`).
    pub solved: Option<bool>,
}

/// 例会.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub place: Place,
    pub unit: UnitId,
    pub date: NaiveDate,
    pub has_topic: bool,
    pub has_minutes: bool,
}

/// 沙龙.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Salon {
    pub place: Place,
    pub unit: UnitId,
    pub date: NaiveDate,
    pub has_theme: bool,
    pub has_plan: bool,
    pub has_summary: bool,
    pub has_materials: bool,
    pub has_records: bool,
    pub has_publicity: bool,
    pub invited_center: bool,
}

/// 沟通机制: one row per 区镇.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Communication {
    pub place: Place,
    pub unit: UnitId,
    pub platform: bool,
    pub chat_group: bool,
    pub published_contacts: bool,
    pub follows_zqt: bool,
    pub promotes_zqt: bool,
    pub liaison: bool,
}

/// 工作总结.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub place: Place,
    pub unit: UnitId,
    pub quarter: u8,
    pub sent: Option<NaiveDate>,
}

/// 状态 of a 诉求月报.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportStatus {
    Sent,
    Nil,
}

impl ReportStatus {
    pub fn label(self) -> &'static str {
        match self {
            ReportStatus::Sent => "已报送",
            ReportStatus::Nil => "零申报",
        }
    }
}

/// 诉求月报.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlyReport {
    pub place: Place,
    pub unit: UnitId,
    pub month: u8,
    pub status: ReportStatus,
}

/// 信息报送.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InfoItem {
    pub place: Place,
    pub unit: UnitId,
    pub date: NaiveDate,
    pub title: Option<String>,
    pub adopted: bool,
}

/// 典型案例.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypicalCase {
    pub place: Place,
    pub unit: UnitId,
    pub date: NaiveDate,
    pub title: Option<String>,
    /// 质量扣分, 0.5..1.5.
    pub quality_penalty: Option<Decimal>,
}

/// 督查.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    pub place: Place,
    pub unit: UnitId,
    pub quarter: u8,
    /// 得分, 0..2.5.
    pub score: Decimal,
    pub has_records: bool,
    pub has_report: bool,
}

/// 服务举措.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub place: Place,
    pub unit: UnitId,
    pub name: String,
    pub date: NaiveDate,
    pub implemented: bool,
    pub reported: bool,
    /// 完成比例 in percent, 0..100.
    pub completion: Option<Decimal>,
    /// 扣分, 2.5..10 (departments).
    pub penalty: Option<Decimal>,
    /// 同时为特色服务.
    pub also_featured: bool,
}

/// 政企互动.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outreach {
    pub place: Place,
    pub unit: UnitId,
    pub date: NaiveDate,
    /// The 区镇 reached.
    pub town: UnitId,
}

/// 提效实践.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    pub place: Place,
    pub unit: UnitId,
    pub date: NaiveDate,
    pub name: Option<String>,
    pub implemented: bool,
}

/// 满意度调查: one enterprise's answer, or a unit's overall score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyAnswer {
    pub place: Place,
    pub unit: UnitId,
    /// 得分, 0..100.
    pub score: Decimal,
}

/// 申诉's 决定.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// 成立: the matched deductions are waived.
    Upheld,
    /// 部分成立: 核减分值 of the one matched deduction is waived.
    Partly(Decimal),
    /// 不成立: nothing changes; the decision is recorded.
    Rejected,
}

impl Decision {
    pub fn label(self) -> &'static str {
        match self {
            Decision::Upheld => "成立",
            Decision::Partly(_) => "部分成立",
            Decision::Rejected => "不成立",
        }
    }
}

/// 申诉: one appeal decided by the center (docs/ledger.md, 申诉). It names a
/// deduction as 扣分明细 shows it; the rules match it to the nominal
/// deductions of that unit and clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appeal {
    pub place: Place,
    pub unit: UnitId,
    /// The clause id as 扣分明细 shows it (`Z3.2`), one of
    /// `schema::CLAUSE_IDS`, of the unit's category.
    pub clause: &'static str,
    /// 编号: the record id the deduction names.
    pub record: Option<String>,
    /// 来源: the deduction's source as 扣分明细 shows it.
    pub source: Option<String>,
    pub decision: Decision,
    /// 文号.
    pub reference: Option<String>,
    /// 理由.
    pub reason: String,
    /// Cell places for errors found when the appeal is matched:
    /// 编号 (or 来源 when 编号 is empty), 决定, 核减分值.
    pub at_key: String,
    pub at_decision: String,
    pub at_cut: String,
}

impl Appeal {
    /// `（文号）`, or nothing without one.
    pub fn reference_label(&self) -> String {
        self.reference
            .as_deref()
            .map(|r| format!("（{r}）"))
            .unwrap_or_default()
    }

    /// `编号GD-1`, `来源「例会: 第2季度 无计次记录」`, or both.
    pub fn target(&self) -> String {
        let mut parts = Vec::new();
        if let Some(r) = &self.record {
            parts.push(format!("编号{r}"));
        }
        if let Some(s) = &self.source {
            parts.push(format!("来源「{s}」"));
        }
        parts.join("、")
    }
}

/// A row of 节假日: a date the State Council's schedule makes a day off
/// (`休`) or a working day (`班`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayRow {
    pub place: Place,
    pub date: NaiveDate,
    /// True for `休`, false for `班`.
    pub off: bool,
    /// 说明.
    pub note: Option<String>,
}

/// A 热线工单 or 转办件 row dated outside the year: only what R5's count
/// of departments per case needs, so that a million such rows cost little.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherYearRow {
    /// 工单编号 or 编号.
    pub id: String,
    pub unit: UnitId,
}
