//! The rules' shared test kit: dates, places, survey rows and the checks
//! every clause's worked example makes (the audit identity above all).

use super::{parse_dec, ClauseResult, Outcome};
use crate::model::{Place, SurveyAnswer, UnitId};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A date of 2017.
pub(crate) fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2017, m, day).unwrap()
}

/// The mid-year date of the interim examples.
pub(crate) fn june() -> NaiveDate {
    d(6, 30)
}

/// A row of a sheet of the one-file ledger.
pub(crate) fn at(sheet: &'static str, row: u32) -> Place {
    Place::new(None, sheet, row)
}

/// A 满意度调查 answer.
pub(crate) fn survey(row: u32, unit: UnitId, score: &str) -> SurveyAnswer {
    SurveyAnswer {
        place: at("满意度调查", row),
        unit,
        score: parse_dec(score),
    }
}

/// Decimals written as text.
pub(crate) fn decs(xs: &[&str]) -> Vec<Decimal> {
    xs.iter().map(|x| parse_dec(x)).collect()
}

/// The amounts of a clause's entries, in order.
pub(crate) fn amounts(o: &Outcome) -> Vec<Decimal> {
    o.result.entries.iter().map(|e| e.amount).collect()
}

/// Reasons and amounts of a clause, in order.
pub(crate) fn listed(o: &Outcome) -> Vec<(String, Decimal)> {
    o.result
        .entries
        .iter()
        .map(|e| (e.reason.to_string(), e.amount))
        .collect()
}

/// The audit identity of a clause (marks − Σ amounts = score, the score
/// within its marks) and its entries' shape: amounts ≥ 0 to two decimals,
/// each of the clause and of one unit.
pub(crate) fn assert_invariant(r: &ClauseResult) {
    let marks = r.clause.marks();
    assert_eq!(
        marks - r.deducted(),
        r.score,
        "{}: {:#?}",
        r.clause,
        r.entries
    );
    assert!(r.score >= Decimal::ZERO && r.score <= marks, "{}", r.clause);
    for e in &r.entries {
        assert!(e.amount >= Decimal::ZERO, "{e:?}");
        assert_eq!(super::round2(e.amount), e.amount, "{e:?}");
        assert_eq!(e.clause, r.clause);
        assert_eq!(Some(e.unit), r.entries.first().map(|f| f.unit), "{e:?}");
    }
}
