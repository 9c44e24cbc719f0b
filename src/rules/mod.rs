//! The regulation as code: one pure function per clause of the 细则.
//!
//! Records in ([`crate::model`]), a [`ClauseResult`] out: the clause score
//! and its audit entries. Nothing here reads or writes a file; nothing here
//! knows calamine or rust_xlsxwriter.
//!
//! Arithmetic (RULES.md): amounts are exact [`Decimal`]s; every clause (and
//! every part of Z1.3 and Z2.2) is floored at 0; a score that is not a
//! multiple of 0.01 is rounded half away from zero. Every deduction, every
//! mark not earned and every zero-amount decision is an [`AuditEntry`]
//! whose amount is what was actually taken, so for every unit and clause
//! `marks − Σ amounts = score` exactly. [`Tally`] keeps that invariant.

pub mod clauses;
pub mod dept;
pub mod overdue;
pub mod readings;
pub mod town;

pub use clauses::ClauseId;

use crate::calendar::Calendar;
use crate::model::{Category, FastMap, Ledger, Roster, UnitId, Warning};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

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

/// A decimal literal: `dec("2.5")`. Only for constants written in code.
pub fn dec(s: &str) -> Decimal {
    s.parse().expect("decimal literal")
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
    /// What was actually taken, ≥ 0, two decimals.
    pub amount: Decimal,
}

/// A clause's score and the audit entries that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseResult {
    pub clause: ClauseId,
    pub score: Decimal,
    pub entries: Vec<AuditEntry>,
}

impl ClauseResult {
    /// Joins the parts of a clause with parts (Z1.3, Z2.2), each already
    /// floored at its own marks.
    pub fn from_parts(clause: ClauseId, parts: Vec<Tally>) -> ClauseResult {
        let mut score = Decimal::ZERO;
        let mut entries = Vec::new();
        for part in parts {
            let r = part.finish();
            score += r.score;
            entries.extend(r.entries);
        }
        ClauseResult {
            clause,
            score,
            entries,
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
#[derive(Debug, Clone)]
pub struct Tally {
    unit: UnitId,
    clause: ClauseId,
    marks: Decimal,
    /// Prefix for reasons, e.g. `（a）` for a part.
    label: String,
    taken: Decimal,
    entries: Vec<AuditEntry>,
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
        }
    }

    /// What is left of the marks.
    pub fn remaining(&self) -> Decimal {
        self.marks - self.taken
    }

    /// Deducts `nominal`, or what is left of the marks if less.
    pub fn deduct(
        &mut self,
        nominal: Decimal,
        reason: impl Into<String>,
        source: impl Into<String>,
        record: Option<&str>,
    ) {
        let remaining = self.remaining();
        let actual = nominal.min(remaining).max(Decimal::ZERO);
        let mut reason = format!("{}{}", self.label, reason.into());
        if actual < nominal {
            reason.push_str(&format!(
                "（应扣{}，本项已扣至0，实扣{}）",
                fmt2(nominal),
                fmt2(actual)
            ));
        }
        self.taken += actual;
        self.push(reason, source.into(), record, actual);
    }

    /// A zero-amount decision (免责, 不重复扣分, ...).
    pub fn note(
        &mut self,
        reason: impl Into<String>,
        source: impl Into<String>,
        record: Option<&str>,
    ) {
        let reason = format!("{}{}", self.label, reason.into());
        self.push(reason, source.into(), record, Decimal::ZERO);
    }

    fn push(&mut self, reason: String, source: String, record: Option<&str>, amount: Decimal) {
        self.entries.push(AuditEntry {
            unit: self.unit,
            clause: self.clause,
            reason,
            source,
            record: record.map(str::to_string),
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
        ClauseResult {
            clause: self.clause,
            score,
            entries: self.entries,
        }
    }
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
    pub hotline_departments: FastMap<&'a str, u32>,
    /// 编号 → department rows of the 转办件 item, any year (R5).
    pub transfer_departments: FastMap<&'a str, u32>,
    /// Each unit's survey score (mean of its rows, 2 decimals), by unit index.
    pub survey: Vec<Option<Decimal>>,
    /// Each category's mean survey score (R22), in [`Category::ALL`] order:
    /// computed once, not once per unit (a roster of 20,000 units took a
    /// minute).
    pub group_survey: [Option<Decimal>; 3],
}

impl<'a> Context<'a> {
    pub fn new(ledger: &'a Ledger, as_of: NaiveDate, calendar: &'a Calendar) -> Context<'a> {
        let roster = &ledger.roster;
        let is_dept = |u: UnitId| roster.get(u).category.is_department();
        let mut hotline_departments = FastMap::default();
        for r in ledger.hotline.iter().chain(&ledger.hotline_other_years) {
            if is_dept(r.unit) {
                *hotline_departments.entry(r.id.as_str()).or_insert(0) += 1;
            }
        }
        let mut transfer_departments = FastMap::default();
        for r in ledger.transfers.iter().chain(&ledger.transfers_other_years) {
            if is_dept(r.unit) {
                *transfer_departments.entry(r.id.as_str()).or_insert(0) += 1;
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
        Context {
            year: ledger.year,
            as_of,
            calendar,
            roster,
            hotline_departments,
            transfer_departments,
            survey,
            group_survey,
        }
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
