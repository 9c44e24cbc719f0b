//! Typed records of the ledger workbook (docs/ledger.md), as the rules see them.
//!
//! The ledger reader (`crate::ledger`) builds these from cells and has
//! already checked every value, so a record is always valid: dates are
//! dates, flags are `bool`, units are resolved to a [`UnitId`] of the
//! [`Roster`]. Every record keeps its [`Place`] (sheet and 1-based row), so
//! a deduction can name the ledger row it came from.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::fmt;

/// The three categories the regulation assesses and ranks apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// 区镇: the 4 区 and 8 镇.
    Town,
    /// A组: departments focused on economic development and policy support.
    GroupA,
    /// B组: departments focused on approvals and law enforcement.
    GroupB,
}

impl Category {
    /// The label used in the ledger, the workbook and the JSON.
    pub fn label(self) -> &'static str {
        match self {
            Category::Town => "区镇",
            Category::GroupA => "A组",
            Category::GroupB => "B组",
        }
    }

    /// Parses the ledger label (`区镇`, `A组`, `B组`; also `a组`, `A`).
    pub fn parse(s: &str) -> Option<Category> {
        match s.trim() {
            "区镇" => Some(Category::Town),
            "A组" | "a组" | "A" | "a" => Some(Category::GroupA),
            "B组" | "b组" | "B" | "b" => Some(Category::GroupB),
            _ => None,
        }
    }

    /// True for the two department groups.
    pub fn is_department(self) -> bool {
        !matches!(self, Category::Town)
    }

    /// All categories in 汇总 order.
    pub const ALL: [Category; 3] = [Category::Town, Category::GroupA, Category::GroupB];
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Index of a unit in the [`Roster`] (32 bits: a roster of 65,537 units
/// once wrapped a 16-bit id onto the first unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnitId(pub u32);

impl UnitId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One assessed unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub category: Category,
    pub aliases: Vec<String>,
}

/// The units assessed in a run: the built-in roster or the `单位名单` sheet.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    units: Vec<Unit>,
    /// Names, then aliases, to the unit (a name wins over an alias).
    index: HashMap<String, UnitId>,
}

impl Roster {
    /// Builds a roster from (name, category, aliases) in the given order.
    /// Callers have checked names and aliases for duplicates.
    pub fn new(entries: Vec<(String, Category, Vec<String>)>) -> Roster {
        let units = entries
            .into_iter()
            .enumerate()
            .map(|(i, (name, category, aliases))| Unit {
                id: UnitId(u32::try_from(i).unwrap_or(u32::MAX)),
                name,
                category,
                aliases,
            })
            .collect::<Vec<Unit>>();
        let mut index = HashMap::default();
        for u in &units {
            index.insert(name_key(&u.name), u.id);
        }
        for u in &units {
            for a in &u.aliases {
                index.entry(name_key(a)).or_insert(u.id);
            }
        }
        Roster { units, index }
    }

    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    pub fn get(&self, id: UnitId) -> &Unit {
        &self.units[id.index()]
    }

    pub fn len(&self) -> usize {
        self.units.len()
    }

    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Units in 汇总 order: 区镇 first, then A组, then B组, each in roster order.
    pub fn summary_order(&self) -> Vec<&Unit> {
        Category::ALL
            .iter()
            .flat_map(|c| self.units.iter().filter(move |u| u.category == *c))
            .collect()
    }

    /// Units of one category, in roster order.
    pub fn of_category(&self, category: Category) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.category == category)
    }

    /// Finds a unit by name or alias (already trimmed); half-width and
    /// full-width brackets are alike (`商务局(招商服务中心)`).
    pub fn find(&self, name: &str) -> Option<&Unit> {
        self.index.get(&name_key(name)).map(|id| self.get(*id))
    }
}

/// A unit name as the roster compares it: half-width brackets read as
/// full-width ones.
pub fn name_key(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect()
}

/// Where a record stands in the ledger: its file (when the run reads
/// several), its sheet and 1-based Excel row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    /// The file name (never its folder) when more than one file is read;
    /// `None` when the ledger is one workbook.
    pub file: Option<&'static str>,
    pub sheet: &'static str,
    pub row: u32,
}

impl Place {
    pub fn new(file: Option<&'static str>, sheet: &'static str, row: u32) -> Place {
        Place { file, sheet, row }
    }

    pub fn file(&self) -> Option<&'static str> {
        self.file
    }

    pub fn sheet(&self) -> &'static str {
        self.sheet
    }

    /// `第17行`, or `热线.xlsx第17行` when `self` lies in another file than
    /// `from` (the other row of a duplicate, named from the later one).
    pub fn row_from(&self, from: &Place) -> String {
        match self.file {
            Some(file) if self.file != from.file => format!("{file}第{}行", self.row),
            _ => format!("第{}行", self.row),
        }
    }
}

impl fmt::Display for Place {
    /// `热线工单!17`: the sheet and the row number as Excel shows it;
    /// `热线.xlsx:热线工单!17` when several files are read.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = self.file {
            write!(f, "{file}:")?;
        }
        write!(f, "{}!{}", self.sheet, self.row)
    }
}

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

/// How many rows a ledger sheet held (in one file, when the run reads
/// several), and how many were left out of scoring because they fall
/// outside `--year`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetCount {
    /// The file name when more than one file is read (as in [`Place`]).
    pub file: Option<&'static str>,
    pub sheet: &'static str,
    pub rows: usize,
    pub left_out: usize,
}

/// Whether a run judged at `as_of` is interim (docs/rules.md, Interim runs):
/// `as_of` before December 31 of `year`. A run at December 31 (or after)
/// never is.
pub fn is_interim(year: i32, as_of: NaiveDate) -> bool {
    NaiveDate::from_ymd_opt(year, 12, 31).is_some_and(|end| as_of < end)
}

/// One ledger file read by the run: its name (not its folder) and its
/// SHA-256 (lowercase hex), as 说明 lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub name: String,
    pub sha256: String,
}

/// How much a finding that is not an error matters (docs/outputs.md, Warnings
/// and notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// 警告: may change a score or needs the analyst's action; `--strict`
    /// fails on it.
    Warning,
    /// 提示: rows outside the year, ignored columns; never fails a run.
    Note,
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::Warning => "警告",
            Level::Note => "提示",
        }
    }
}

/// What a finding (警告 or 提示) is about. Each kind has one level, so a
/// kind and its level can never disagree; the kinds are listed in the
/// order the outputs show them (those that change scores first, then the
/// notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A 免责 review still pending (警告).
    Pending,
    /// A case 不满意 at 回访 whose 二次转办 result is still empty (警告).
    SecondPending,
    /// A case not yet due at the as-of date (警告).
    NotDue,
    /// The department rows of one 转办件 item disagree on 问题解决 (警告).
    SolvedDiffer,
    /// A 逾期扣分 that is not used (警告).
    UnusedPenalty,
    /// A cell left empty and read as done (警告).
    EmptyAsDone,
    /// A unit with no survey score (警告).
    NoSurvey,
    /// A row of a unit whose category the sheet does not score (警告).
    WrongCategory,
    /// A year whose holiday schedule ksfk does not know (警告).
    UnknownHolidays,
    /// A 节假日 row that contradicts the built-in schedule (警告).
    HolidayOverride,
    /// A clause that does not apply (警告).
    NotApplicable,
    /// A row whose own date lies after the year (警告: mistyped?).
    AfterYear,
    /// A header cell that is no column of its sheet (提示).
    IgnoredColumn,
    /// A row dated outside the year (提示).
    OutOfYear,
    /// Rows dated after the as-of date of an interim run, left out (提示).
    AfterAsOf,
}

impl Kind {
    /// 类型 as the 警告 sheet and the JSON show it.
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Pending => "待评判",
            Kind::SecondPending => "待二次转办",
            Kind::NotDue => "未到期",
            Kind::SolvedDiffer => "问题解决不一致",
            Kind::UnusedPenalty => "逾期扣分未使用",
            Kind::EmptyAsDone => "未填按已做到",
            Kind::NoSurvey => "缺少满意度调查",
            Kind::WrongCategory => "类别不计分",
            Kind::UnknownHolidays => "节假日未知",
            Kind::HolidayOverride => "节假日与内置不同",
            Kind::NotApplicable => "条款不适用",
            Kind::AfterYear => "日期在年度之后",
            Kind::IgnoredColumn => "忽略的列",
            Kind::OutOfYear => "不在年度内",
            Kind::AfterAsOf => "截止日后",
        }
    }

    pub const fn level(self) -> Level {
        match self {
            Kind::IgnoredColumn | Kind::OutOfYear | Kind::AfterAsOf => Level::Note,
            _ => Level::Warning,
        }
    }
}

/// The kinds under their old names, for the places that make findings.
pub mod kinds {
    use super::Kind;
    pub const PENDING: Kind = Kind::Pending;
    pub const SECOND_PENDING: Kind = Kind::SecondPending;
    pub const NOT_DUE: Kind = Kind::NotDue;
    pub const SOLVED_DIFFER: Kind = Kind::SolvedDiffer;
    pub const UNUSED_PENALTY: Kind = Kind::UnusedPenalty;
    pub const EMPTY_AS_DONE: Kind = Kind::EmptyAsDone;
    pub const NO_SURVEY: Kind = Kind::NoSurvey;
    pub const WRONG_CATEGORY: Kind = Kind::WrongCategory;
    pub const UNKNOWN_HOLIDAYS: Kind = Kind::UnknownHolidays;
    pub const HOLIDAY_OVERRIDE: Kind = Kind::HolidayOverride;
    pub const NOT_APPLICABLE: Kind = Kind::NotApplicable;
    pub const AFTER_YEAR: Kind = Kind::AfterYear;
    pub const IGNORED_COLUMN: Kind = Kind::IgnoredColumn;
    pub const OUT_OF_YEAR: Kind = Kind::OutOfYear;
    pub const AFTER_AS_OF: Kind = Kind::AfterAsOf;
}

/// A finding that is not an error: a warning (警告) or a note (提示).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// 类型, which decides the level.
    pub kind: Kind,
    /// The unit concerned, where there is one.
    pub unit: Option<String>,
    /// `热线工单!17`, `热线工单!D17`, a sheet, or empty for a summary row.
    pub place: String,
    pub message: String,
    /// 0 for a finding of its own; for the row that stands for findings
    /// not listed one by one (past [`Findings::CAP`] of one kind), how many.
    pub omitted: usize,
}

impl Warning {
    /// A finding of `kind`, at the kind's level.
    pub fn new(
        kind: Kind,
        unit: Option<&str>,
        place: impl Into<String>,
        message: impl Into<String>,
    ) -> Warning {
        Warning {
            kind,
            unit: unit.map(str::to_string),
            place: place.into(),
            message: message.into(),
            omitted: 0,
        }
    }

    /// 警告 or 提示, as the kind says.
    pub fn level(&self) -> Level {
        self.kind.level()
    }

    pub fn is_warning(&self) -> bool {
        self.level() == Level::Warning
    }

    /// How many findings this row stands for.
    pub fn count(&self) -> usize {
        self.omitted.max(1)
    }
}

impl fmt::Display for Warning {
    /// `热线工单!17: 待评判：…` (the kind is in the 警告 sheet and JSON).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.place, self.message)
        }
    }
}

/// `95000` → `95,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Collects findings with memory bounded per kind: the first
/// [`Findings::CAP`] of each kind are kept one by one, the rest only
/// counted (docs/outputs.md: "up to 10,000 of one kind").
#[derive(Debug, Clone, Default)]
pub struct Findings {
    listed: Vec<Warning>,
    /// (kind, listed, omitted) per kind, in order of first sight.
    per_kind: Vec<(Kind, usize, usize)>,
}

impl Findings {
    pub const CAP: usize = 10_000;

    /// Adds a finding; a row standing for findings not listed (from an
    /// earlier `finish`) adds to the count of its kind.
    pub fn push(&mut self, w: Warning) {
        let i = match self.per_kind.iter().position(|(k, _, _)| *k == w.kind) {
            Some(i) => i,
            None => {
                self.per_kind.push((w.kind, 0, 0));
                self.per_kind.len() - 1
            }
        };
        let entry = &mut self.per_kind[i];
        if w.omitted > 0 {
            entry.2 += w.omitted;
        } else if entry.1 < Self::CAP {
            entry.1 += 1;
            self.listed.push(w);
        } else {
            entry.2 += 1;
        }
    }

    /// Adds the finding `make` builds, building it only when it will be
    /// listed (a million rows outside the year cost a count, not a million
    /// messages).
    pub fn push_with(&mut self, kind: Kind, make: impl FnOnce() -> Warning) {
        match self.per_kind.iter_mut().find(|(k, _, _)| *k == kind) {
            Some(entry) if entry.1 >= Self::CAP => entry.2 += 1,
            _ => self.push(make()),
        }
    }

    /// True when no finding was added.
    pub fn is_empty(&self) -> bool {
        self.per_kind.is_empty()
    }

    pub fn extend(&mut self, ws: impl IntoIterator<Item = Warning>) {
        for w in ws {
            self.push(w);
        }
    }

    /// The findings: warnings first, then notes, each in the order found;
    /// after the listed findings of a kind past the cap, one row saying how
    /// many more there are (`另有95,000行不在2017年，未逐行列出`).
    pub fn finish(self, year: i32) -> Vec<Warning> {
        let mut out = Vec::with_capacity(self.listed.len() + self.per_kind.len());
        let mut per_kind = self.per_kind.clone();
        // Warnings first, and among them the kinds that change scores (a
        // pending 免责 review must not hide among rows outside the year):
        // the order of [`Kind`].
        per_kind.sort_by_key(|(k, _, _)| *k);
        for (kind, _, omitted) in &per_kind {
            out.extend(self.listed.iter().filter(|w| w.kind == *kind).cloned());
            if *omitted > 0 {
                let message = if *kind == Kind::OutOfYear {
                    format!("另有{}行不在{year}年，未逐行列出", thousands(*omitted))
                } else {
                    format!(
                        "另有{}条「{}」，未逐行列出",
                        thousands(*omitted),
                        kind.label()
                    )
                };
                out.push(Warning {
                    kind: *kind,
                    unit: None,
                    place: String::new(),
                    message,
                    omitted: *omitted,
                });
            }
        }
        out
    }
}

/// The whole ledger of one assessment year, validated.
///
/// Rows of 热线工单 and 转办件 dated outside the year are kept apart in the
/// `*_other_years` lists: they are not scored, but they still tell how many
/// departments handle a case (docs/rules.md R5, "same id, any year"). Rows of the
/// other dated sheets outside the year are dropped (and counted).
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub year: i32,
    /// True when `--year` was omitted and the year was inferred from the
    /// ledger (docs/ledger.md, The year).
    pub year_inferred: bool,
    pub roster: Roster,
    /// True when the roster came from the `单位名单` sheet.
    pub roster_from_sheet: bool,
    pub hotline: Vec<HotlineRow>,
    pub hotline_other_years: Vec<OtherYearRow>,
    pub transfers: Vec<TransferRow>,
    pub transfers_other_years: Vec<OtherYearRow>,
    pub meetings: Vec<Meeting>,
    pub salons: Vec<Salon>,
    pub communication: Vec<Communication>,
    pub summaries: Vec<Summary>,
    pub monthly_reports: Vec<MonthlyReport>,
    pub info: Vec<InfoItem>,
    pub typical_cases: Vec<TypicalCase>,
    pub inspections: Vec<Inspection>,
    pub measures: Vec<Measure>,
    pub outreach: Vec<Outreach>,
    pub practices: Vec<Practice>,
    pub surveys: Vec<SurveyAnswer>,
    /// 申诉, in ledger order (empty without the sheet).
    pub appeals: Vec<Appeal>,
    /// 节假日, in ledger order (empty without the sheet).
    pub holidays: Vec<HolidayRow>,
    /// Rows per sheet (per file, when several), in docs/ledger.md order.
    pub counts: Vec<SheetCount>,
    /// Warnings and notes of the reader (rows outside the year, ignored
    /// columns, ...), warnings first, at most [`Findings::CAP`] of a kind.
    pub warnings: Vec<Warning>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out_of_year(row: usize) -> Warning {
        Warning::new(
            kinds::OUT_OF_YEAR,
            Some("发改委"),
            format!("信息报送!{row}"),
            "x",
        )
    }

    #[test]
    fn findings_list_warnings_first_and_cap_each_kind() {
        let mut f = Findings::default();
        for row in 0..Findings::CAP + 1_234 {
            f.push_with(kinds::OUT_OF_YEAR, || out_of_year(row));
        }
        f.push(Warning::new(
            kinds::NOT_DUE,
            Some("周庄镇"),
            "热线工单!3",
            "未到期",
        ));
        f.push(Warning::new(
            kinds::PENDING,
            Some("住建局"),
            "热线工单!2",
            "待评判",
        ));
        let list = f.finish(2017);
        assert_eq!(list.len(), 2 + Findings::CAP + 1);
        // Warnings first, the pending review before the case not yet due.
        assert_eq!(list[0].kind, kinds::PENDING);
        assert_eq!(list[1].kind, kinds::NOT_DUE);
        let last = list.last().unwrap();
        assert_eq!(last.level(), Level::Note);
        assert_eq!(last.message, "另有1,234行不在2017年，未逐行列出");
        assert_eq!(last.count(), 1_234);
        let notes: usize = list
            .iter()
            .filter(|w| !w.is_warning())
            .map(Warning::count)
            .sum();
        assert_eq!(notes, Findings::CAP + 1_234);
        // Finishing again (the reader's list, then the rules' added) keeps
        // the count.
        let mut again = Findings::default();
        again.extend(list);
        let list = again.finish(2017);
        assert_eq!(list.len(), 2 + Findings::CAP + 1);
        assert_eq!(
            list.last().unwrap().message,
            "另有1,234行不在2017年，未逐行列出"
        );
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(95_000), "95,000");
        assert_eq!(thousands(1_048_567), "1,048,567");
    }

    #[test]
    fn unit_names_with_either_brackets() {
        let r = Roster::new(vec![(
            "商务局（招商服务中心）".into(),
            Category::GroupA,
            vec!["招商(服务)".into()],
        )]);
        assert!(r.find("商务局(招商服务中心)").is_some());
        assert!(r.find("商务局（招商服务中心)").is_some());
        assert!(r.find("招商（服务）").is_some());
    }
}
