//! Typed records of the ledger workbook (LEDGER.md), as the rules see them.
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
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, non-cryptographic hasher (the Fx hash of rustc) for the maps
/// keyed by case ids and unit names. The input is the user's own ledger,
/// so hash flooding is no concern; SipHash showed up in profiles.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u16(&mut self, i: u16) {
        self.write_u64(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

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
    index: FastMap<String, UnitId>,
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
        let mut index = FastMap::default();
        for u in &units {
            index.insert(u.name.clone(), u.id);
        }
        for u in &units {
            for a in &u.aliases {
                index.entry(a.clone()).or_insert(u.id);
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

    /// Finds a unit by exact name or alias (already trimmed).
    pub fn find(&self, name: &str) -> Option<&Unit> {
        self.index.get(name).map(|id| self.get(*id))
    }
}

/// Where a record stands in the ledger: its sheet and 1-based Excel row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    pub sheet: &'static str,
    pub row: u32,
}

impl fmt::Display for Place {
    /// `热线工单!17`: the sheet and the row number as Excel shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
    /// 问题解决, where LEDGER.md requires it (else `None`).
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

/// How many rows a ledger sheet held, and how many were left out of
/// scoring because they fall outside `--year`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetCount {
    pub sheet: &'static str,
    pub rows: usize,
    pub left_out: usize,
}

/// A warning: never changes a score; `--strict` turns it into an error.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// `热线工单!17`, `热线工单!D17`, or an aggregate.
    pub place: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// The whole ledger of one assessment year, validated.
///
/// Rows of 热线工单 and 转办件 dated outside the year are kept apart in the
/// `*_other_years` lists: they are not scored, but they still tell how many
/// departments handle a case (RULES.md R5, "same id, any year"). Rows of the
/// other dated sheets outside the year are dropped (and counted).
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub year: i32,
    pub roster: Roster,
    /// True when the roster came from the `单位名单` sheet.
    pub roster_from_sheet: bool,
    pub hotline: Vec<HotlineRow>,
    pub hotline_other_years: Vec<HotlineRow>,
    pub transfers: Vec<TransferRow>,
    pub transfers_other_years: Vec<TransferRow>,
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
    /// Rows per sheet, in LEDGER.md order.
    pub counts: Vec<SheetCount>,
    /// Warnings of the reader (rows outside the year, ...).
    pub warnings: Vec<Warning>,
}
