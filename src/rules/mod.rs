//! The regulation as code: one pure function per clause of the 细则.
//!
//! Records in ([`crate::model`]), a [`ClauseResult`] out: the clause score
//! and its audit entries. Nothing here reads or writes a file; nothing here
//! knows calamine or rust_xlsxwriter.
//!
//! Arithmetic (docs/rules.md): amounts are exact [`Decimal`]s; every clause (and
//! every part of Z1.3 and Z2.2) is floored at 0; a score that is not a
//! multiple of 0.01 is rounded half away from zero. Every deduction, every
//! mark not earned and every zero-amount decision is an [`AuditEntry`]
//! whose amount is what was actually taken, so for every unit and clause
//! `marks − Σ amounts = score` exactly. [`Tally`] keeps that invariant.

pub mod appeals;
pub mod clauses;
pub mod dept;
pub mod overdue;
pub mod period;
pub mod readings;
#[cfg(test)]
mod testkit;
pub mod town;

pub use clauses::ClauseId;

use crate::calendar::Calendar;
use crate::model::{Appeal, Category, Decision, Ledger, Roster, UnitId, Warning};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::HashMap;

/// Rounds to 2 decimals, half away from zero (四舍五入).
pub fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Formats an amount as the workbook shows it: `2.50`.
pub fn fmt2(d: Decimal) -> String {
    let mut r = round2(d);
    r.rescale(2);
    r.to_string()
}

/// A decimal literal checked at compile time: `dec!(2.5)`.
pub use rust_decimal_macros::dec;

/// A decimal written as text, for tests' worked examples (`"47.50"`).
#[cfg(test)]
pub(crate) fn parse_dec(s: &str) -> Decimal {
    s.parse().expect("a decimal")
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub unit: UnitId,
    pub clause: ClauseId,
    /// Why, in Chinese.
    pub reason: String,
    /// `热线工单!17`, or the aggregate, e.g. `诉求月报: 3月 无记录`.
    pub source: String,
    /// The record id (工单编号, 编号, 举措名称) where there is one.
    pub record: Option<String>,
    /// The record's own date (转办日期 of a case or 转办件, the date of a
    /// meeting, salon or typical case, 制定日期 of a measure); `None` for
    /// an aggregate (a missing quarter, the year's count).
    pub date: Option<NaiveDate>,
    /// The arithmetic behind the amount, for the analyst
    /// (`10×(1−0)÷3 = 3.33`); the reason itself stays a plain sentence.
    pub calc: Option<String>,
    /// What was actually taken, ≥ 0, two decimals.
    pub amount: Decimal,
}

/// What an audit entry says about its record besides the reason: the
/// record id, the record's date and the arithmetic. `None` (no record) and
/// `Some(id)` convert into it, so `deduct(…, Some(&r.id))` reads as before.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rec {
    pub id: Option<String>,
    pub date: Option<NaiveDate>,
    pub calc: Option<String>,
}

impl Rec {
    /// A record with an id (工单编号, 编号, 举措名称).
    pub fn id(id: &str) -> Rec {
        Rec {
            id: Some(id.to_string()),
            ..Rec::default()
        }
    }

    /// No record id (an aggregate, or a record without one).
    pub fn none() -> Rec {
        Rec::default()
    }

    /// The record's own date.
    pub fn on(mut self, date: NaiveDate) -> Rec {
        self.date = Some(date);
        self
    }

    /// The record's own date, when it has one.
    pub fn on_opt(mut self, date: Option<NaiveDate>) -> Rec {
        self.date = date;
        self
    }

    /// The arithmetic behind the amount.
    pub fn calc(mut self, calc: impl Into<String>) -> Rec {
        self.calc = Some(calc.into());
        self
    }

    /// A further step of the arithmetic (an appeal's), after the record's
    /// own: `2个工作日，属1–3个工作日档：5.00；申诉核减：5.00−2.00 = 3.00`.
    fn then_calc(&mut self, step: impl Into<String>) {
        let step = step.into();
        self.calc = Some(match self.calc.take() {
            Some(c) => format!("{c}；{step}"),
            None => step,
        });
    }
}

impl From<Option<&str>> for Rec {
    fn from(id: Option<&str>) -> Rec {
        Rec {
            id: id.map(str::to_string),
            ..Rec::default()
        }
    }
}

/// A clause's score and the audit entries that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseResult {
    pub clause: ClauseId,
    pub score: Decimal,
    pub entries: Vec<AuditEntry>,
    /// How the unit's appeals on this clause met its nominal deductions
    /// (empty without appeals); checked by [`appeals::check`].
    pub appeals: AppealTrace,
}

/// An appeal handed to the tally of its unit and clause: its index in
/// `Ledger::appeals`, and the appeal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppealRef {
    pub index: usize,
    pub appeal: Appeal,
}

impl AppealRef {
    /// Whether the appeal names this deduction: its 编号 (when given) is the
    /// deduction's record id and its 来源 (when given) the deduction's source.
    fn matches(&self, record: Option<&str>, source: &str) -> bool {
        let a = &self.appeal;
        (a.record.is_some() || a.source.is_some())
            && a.record.as_deref().is_none_or(|r| Some(r) == record)
            && a.source.as_deref().is_none_or(|s| s == source)
    }
}

/// The nominal deductions of a clause that has appeals, and which appeal
/// matched which of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppealTrace {
    /// (编号, 来源, nominal amount) of every deduction, in order; recorded
    /// only when the clause has appeals.
    pub deductions: Vec<(Option<String>, String, Decimal)>,
    /// (appeal index, index into `deductions`) of every match.
    pub matches: Vec<(usize, usize)>,
    /// The clause score as if there were no appeal.
    pub unappealed: Decimal,
}

impl ClauseResult {
    /// Joins the parts of a clause with parts (Z1.3, Z2.2), each already
    /// floored at its own marks.
    pub fn from_parts(clause: ClauseId, parts: Vec<Tally>) -> ClauseResult {
        let mut score = Decimal::ZERO;
        let mut entries = Vec::new();
        let mut appeals = AppealTrace::default();
        for part in parts {
            let r = part.finish();
            score += r.score;
            entries.extend(r.entries);
            let offset = appeals.deductions.len();
            appeals.deductions.extend(r.appeals.deductions);
            appeals
                .matches
                .extend(r.appeals.matches.into_iter().map(|(a, d)| (a, d + offset)));
            appeals.unappealed += r.appeals.unappealed;
        }
        ClauseResult {
            clause,
            score,
            entries,
            appeals,
        }
    }

    /// Σ amounts of the entries.
    pub fn deducted(&self) -> Decimal {
        self.entries.iter().map(|e| e.amount).sum()
    }
}

/// Deductions against the marks of one clause (or one part), floored at 0.
///
/// `deduct` records the nominal amount but takes at most what is left;
/// when the floor stops it, the reason says `应扣X，本项已扣至0，实扣Y`.
///
/// Appeals (docs/rules.md, Appeals) act here, before the floor: a tally made by
/// [`Context::tally`] holds the unit's appeals on its clause, and each
/// deduction they name is waived (成立), reduced by 核减分值 (部分成立) or
/// kept with a zero-amount entry beside it (不成立) as it is made, so the
/// floor applies to what remains.
#[derive(Debug, Clone)]
pub struct Tally {
    unit: UnitId,
    clause: ClauseId,
    marks: Decimal,
    /// Prefix for reasons, e.g. `（a）` for a part.
    label: String,
    taken: Decimal,
    entries: Vec<AuditEntry>,
    /// The unit's appeals on this clause, in ledger order.
    appeals: Vec<AppealRef>,
    trace: AppealTrace,
    /// What would have been taken without any appeal.
    taken_unappealed: Decimal,
}

impl Tally {
    /// A tally over the clause's full marks.
    pub fn new(unit: UnitId, clause: ClauseId) -> Tally {
        Tally::part(unit, clause, clause.marks(), "")
    }

    /// A tally over one part of a clause with its own marks.
    pub fn part(unit: UnitId, clause: ClauseId, marks: Decimal, label: &str) -> Tally {
        Tally {
            unit,
            clause,
            marks,
            label: label.to_string(),
            taken: Decimal::ZERO,
            entries: Vec::new(),
            appeals: Vec::new(),
            trace: AppealTrace::default(),
            taken_unappealed: Decimal::ZERO,
        }
    }

    /// The same tally, acting on `appeals` (those of its unit and clause).
    pub fn with_appeals(mut self, appeals: Vec<AppealRef>) -> Tally {
        self.appeals = appeals;
        self
    }

    /// What is left of the marks.
    pub fn remaining(&self) -> Decimal {
        self.marks - self.taken
    }

    /// Deducts `nominal`, or what is left of the marks if less; an appeal
    /// naming the deduction acts on it first.
    pub fn deduct(
        &mut self,
        nominal: Decimal,
        reason: impl Into<String>,
        source: impl Into<String>,
        record: impl Into<Rec>,
    ) {
        let source = source.into();
        let mut record: Rec = record.into();
        let mut reason = format!("{}{}", self.label, reason.into());
        let unappealed = nominal
            .min(self.marks - self.taken_unappealed)
            .max(Decimal::ZERO);
        self.taken_unappealed += unappealed;
        let mut due = nominal;
        let mut rejected = None;
        if let Some(a) = self.match_appeals(nominal, record.id.as_deref(), &source) {
            let at = a.reference_label();
            match a.decision {
                Decision::Upheld => {
                    due = Decimal::ZERO;
                    record.then_calc("申诉成立，免扣：0.00");
                    reason.push_str(&format!(
                        "；申诉成立{at}：原应扣{}，免扣；理由：{}",
                        fmt2(nominal),
                        a.reason
                    ));
                }
                // 核减分值 not less than the deduction is an error found
                // by `appeals::check`; nothing is written then. The value
                // applied is the one shown, to two decimals.
                Decision::Partly(cut) if round2(cut) < nominal => {
                    let cut = round2(cut);
                    due = nominal - cut;
                    record.then_calc(format!(
                        "申诉核减：{}−{} = {}",
                        fmt2(nominal),
                        fmt2(cut),
                        fmt2(due)
                    ));
                    reason.push_str(&format!(
                        "；申诉部分成立{at}：原应扣{}，核减{}，实扣{}；理由：{}",
                        fmt2(nominal),
                        fmt2(cut),
                        fmt2(due),
                        a.reason
                    ));
                }
                Decision::Partly(_) => {}
                Decision::Rejected => {
                    rejected = Some(format!("{}申诉不成立{at}：{}", self.label, a.reason));
                }
            }
        }
        let remaining = self.remaining();
        let actual = due.min(remaining).max(Decimal::ZERO);
        if actual < due {
            reason.push_str(&format!(
                "（应扣{}，本项已扣至0，实扣{}）",
                fmt2(due),
                fmt2(actual)
            ));
        }
        self.taken += actual;
        // An appeal's entries (成立, 部分成立, 不成立) name the deduction's
        // record and its date like the deduction itself; the 不成立 entry
        // is a zero-amount decision without arithmetic of its own.
        let rejected_rec = rejected.as_ref().map(|_| Rec {
            calc: None,
            ..record.clone()
        });
        self.push(reason, source.clone(), record, actual);
        if let (Some(r), Some(rec)) = (rejected, rejected_rec) {
            self.push(r, source, rec, Decimal::ZERO);
        }
    }

    /// Records the deduction for the appeal check and returns the first
    /// appeal (in ledger order) that names it.
    fn match_appeals(
        &mut self,
        nominal: Decimal,
        record: Option<&str>,
        source: &str,
    ) -> Option<Appeal> {
        if self.appeals.is_empty() {
            return None;
        }
        let d = self.trace.deductions.len();
        self.trace
            .deductions
            .push((record.map(str::to_string), source.to_string(), nominal));
        let mut first = None;
        for a in &self.appeals {
            if a.matches(record, source) {
                self.trace.matches.push((a.index, d));
                if first.is_none() {
                    first = Some(a.appeal.clone());
                }
            }
        }
        first
    }

    /// A zero-amount decision (免责, 不重复扣分, ...).
    pub fn note(
        &mut self,
        reason: impl Into<String>,
        source: impl Into<String>,
        record: impl Into<Rec>,
    ) {
        let reason = format!("{}{}", self.label, reason.into());
        self.push(reason, source.into(), record.into(), Decimal::ZERO);
    }

    fn push(&mut self, reason: String, source: String, record: Rec, amount: Decimal) {
        self.entries.push(AuditEntry {
            unit: self.unit,
            clause: self.clause,
            reason,
            source,
            record: record.id,
            date: record.date,
            calc: record.calc,
            amount,
        });
    }

    /// The score (rounded to 2 decimals) and entries whose rounded amounts
    /// add up to `marks − score` exactly (Reading K2: a rounding difference
    /// goes to the last non-zero entry, and its reason says so).
    pub fn finish(mut self) -> ClauseResult {
        let score = round2(self.marks - self.taken);
        for e in &mut self.entries {
            e.amount = round2(e.amount);
        }
        let sum: Decimal = self.entries.iter().map(|e| e.amount).sum();
        let diff = (self.marks - score) - sum;
        if !diff.is_zero() {
            if let Some(e) = self.entries.iter_mut().rev().find(|e| !e.amount.is_zero()) {
                e.amount += diff;
                e.reason
                    .push_str(&format!("（含得分四舍五入调整{}）", fmt2(diff)));
            }
        }
        self.trace.unappealed = round2(self.marks - self.taken_unappealed);
        ClauseResult {
            clause: self.clause,
            score,
            entries: self.entries,
            appeals: self.trace,
        }
    }
}

/// The 问题解决 of one 转办件 item's department rows of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SolvedRows {
    /// The unit of the first such row, in ledger order.
    pub first: UnitId,
    /// Rows with 问题解决 是.
    pub yes: u32,
    /// Rows with 问题解决 否.
    pub no: u32,
}

/// What every clause may need besides the unit's own records: the year,
/// the as-of date, the calendar, the roster, and facts across units.
pub struct Context<'a> {
    pub year: i32,
    /// `--as-of`: the date 热线工单 and 转办件 are judged at (R2).
    pub as_of: NaiveDate,
    pub calendar: &'a Calendar,
    pub roster: &'a Roster,
    /// 工单编号 → department rows of the case, any year (R5).
    pub hotline_departments: HashMap<&'a str, u32>,
    /// 编号 → department rows of the 转办件 item, any year (R5).
    pub transfer_departments: HashMap<&'a str, u32>,
    /// 编号 → the 问题解决 of the item's department rows of the year that
    /// have one (D3.1's second sentence, R21).
    pub transfer_solved: HashMap<&'a str, SolvedRows>,
    /// Each unit's survey score (mean of its rows, 2 decimals), by unit index.
    pub survey: Vec<Option<Decimal>>,
    /// Each category's mean survey score (R22), in [`Category::ALL`] order:
    /// computed once, not once per unit (a roster of 20,000 units took a
    /// minute).
    pub group_survey: [Option<Decimal>; 3],
    /// An interim run (docs/rules.md, Interim runs): `as_of` before December 31
    /// of the year. A unit with no survey rows then has Z4.2 / D4 pending
    /// at full marks.
    pub interim: bool,
    /// The 申诉 rows by unit and clause, in ledger order.
    pub appeals: HashMap<(UnitId, ClauseId), Vec<AppealRef>>,
}

impl<'a> Context<'a> {
    pub fn new(ledger: &'a Ledger, as_of: NaiveDate, calendar: &'a Calendar) -> Context<'a> {
        let roster = &ledger.roster;
        let is_dept = |u: UnitId| roster.get(u).category.is_department();
        // R27: in an interim run a row forwarded after D does not exist at
        // D; it makes no case one of several departments (R5). (Rows of
        // other years forwarded after D are dropped by the reader.)
        let interim = crate::model::is_interim(ledger.year, as_of);
        let exists = |d: NaiveDate| !interim || d <= as_of;
        let mut hotline_departments = HashMap::default();
        let hotline = ledger
            .hotline
            .iter()
            .filter(|r| exists(r.handling.forwarded))
            .map(|r| (r.id.as_str(), r.unit));
        let other = ledger.hotline_other_years.iter();
        for (id, unit) in hotline.chain(other.map(|r| (r.id.as_str(), r.unit))) {
            if is_dept(unit) {
                *hotline_departments.entry(id).or_insert(0) += 1;
            }
        }
        let mut transfer_departments = HashMap::default();
        let transfers = ledger
            .transfers
            .iter()
            .filter(|r| exists(r.handling.forwarded))
            .map(|r| (r.id.as_str(), r.unit));
        let other = ledger.transfers_other_years.iter();
        for (id, unit) in transfers.chain(other.map(|r| (r.id.as_str(), r.unit))) {
            if is_dept(unit) {
                *transfer_departments.entry(id).or_insert(0) += 1;
            }
        }
        let mut transfer_solved: HashMap<&str, SolvedRows> = HashMap::default();
        for r in ledger
            .transfers
            .iter()
            .filter(|r| is_dept(r.unit) && exists(r.handling.forwarded))
        {
            if let Some(solved) = r.solved {
                let e = transfer_solved.entry(r.id.as_str()).or_insert(SolvedRows {
                    first: r.unit,
                    yes: 0,
                    no: 0,
                });
                if solved {
                    e.yes += 1;
                } else {
                    e.no += 1;
                }
            }
        }
        let mut sums = vec![(Decimal::ZERO, 0u32); roster.len()];
        for s in &ledger.surveys {
            let e = &mut sums[s.unit.index()];
            e.0 += s.score;
            e.1 += 1;
        }
        let survey: Vec<Option<Decimal>> = sums
            .into_iter()
            .map(|(sum, n)| (n > 0).then(|| round2(sum / Decimal::from(n))))
            .collect();
        let group_survey = Category::ALL.map(|category| {
            let scores: Vec<Decimal> = roster
                .of_category(category)
                .filter_map(|u| survey.get(u.id.index()).copied().flatten())
                .collect();
            (!scores.is_empty()).then(|| {
                let sum: Decimal = scores.iter().sum();
                round2(sum / Decimal::from(scores.len()))
            })
        });
        let mut appeals: HashMap<(UnitId, ClauseId), Vec<AppealRef>> = HashMap::default();
        for (index, a) in ledger.appeals.iter().enumerate() {
            if let Some(clause) = ClauseId::parse(a.clause) {
                appeals
                    .entry((a.unit, clause))
                    .or_default()
                    .push(AppealRef {
                        index,
                        appeal: a.clone(),
                    });
            }
        }
        Context {
            appeals,
            year: ledger.year,
            as_of,
            interim,
            calendar,
            roster,
            hotline_departments,
            transfer_departments,
            transfer_solved,
            survey,
            group_survey,
        }
    }

    /// A tally over the clause's full marks that acts on the unit's
    /// appeals on the clause.
    pub fn tally(&self, unit: UnitId, clause: ClauseId) -> Tally {
        self.part(unit, clause, clause.marks(), "")
    }

    /// A tally over one part of a clause (Z1.3, Z2.2, Z4.1's quarters) that
    /// acts on the unit's appeals on the clause.
    pub fn part(&self, unit: UnitId, clause: ClauseId, marks: Decimal, label: &str) -> Tally {
        let appeals = self
            .appeals
            .get(&(unit, clause))
            .cloned()
            .unwrap_or_default();
        Tally::part(unit, clause, marks, label).with_appeals(appeals)
    }

    /// The category of a unit.
    pub fn category(&self, unit: UnitId) -> Category {
        self.roster.get(unit).category
    }
}

/// A clause's result and the warnings it raised (未到期, 待评判, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub result: ClauseResult,
    pub warnings: Vec<Warning>,
}

impl From<ClauseResult> for Outcome {
    fn from(result: ClauseResult) -> Outcome {
        Outcome {
            result,
            warnings: Vec::new(),
        }
    }
}

/// One unit's records of the year, grouped once so that each clause reads
/// only its own unit's rows.
#[derive(Debug, Default, Clone)]
pub struct UnitRecords<'a> {
    pub hotline: Vec<&'a crate::model::HotlineRow>,
    pub transfers: Vec<&'a crate::model::TransferRow>,
    pub meetings: Vec<&'a crate::model::Meeting>,
    pub salons: Vec<&'a crate::model::Salon>,
    pub communication: Vec<&'a crate::model::Communication>,
    pub summaries: Vec<&'a crate::model::Summary>,
    pub monthly_reports: Vec<&'a crate::model::MonthlyReport>,
    pub info: Vec<&'a crate::model::InfoItem>,
    pub typical_cases: Vec<&'a crate::model::TypicalCase>,
    pub inspections: Vec<&'a crate::model::Inspection>,
    pub measures: Vec<&'a crate::model::Measure>,
    pub outreach: Vec<&'a crate::model::Outreach>,
    pub practices: Vec<&'a crate::model::Practice>,
}

/// Groups the ledger's in-year records by unit, in ledger order.
pub fn group_by_unit(ledger: &Ledger) -> Vec<UnitRecords<'_>> {
    let mut out: Vec<UnitRecords> = vec![UnitRecords::default(); ledger.roster.len()];
    macro_rules! group {
        ($field:ident) => {
            for r in &ledger.$field {
                out[r.unit.index()].$field.push(r);
            }
        };
    }
    group!(hotline);
    group!(transfers);
    group!(meetings);
    group!(salons);
    group!(communication);
    group!(summaries);
    group!(monthly_reports);
    group!(info);
    group!(typical_cases);
    group!(inspections);
    group!(measures);
    group!(outreach);
    group!(practices);
    out
}
