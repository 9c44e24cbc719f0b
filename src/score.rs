//! All units: run each unit's clauses, add up totals, rank within each
//! category, convert to points (docs/rules.md, Results).

use crate::calendar::Calendar;
use crate::model::{kinds, Category, Findings, Ledger, UnitId, Warning};
use crate::rules::appeals::{AppealEffect, AppealProblem};
use crate::rules::{self, round2, ClauseResult, Context};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// `--points-method`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PointsMethod {
    /// converted = total × P / 100.
    #[default]
    Linear,
    /// converted = total ÷ (highest total in the category) × P (R24).
    Top,
}

impl PointsMethod {
    pub fn label(self) -> &'static str {
        match self {
            PointsMethod::Linear => "linear",
            PointsMethod::Top => "top",
        }
    }
}

/// Points conversion (折算): `--points-town`, `--points-dept`, `--points-method`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Points {
    pub town: Option<Decimal>,
    pub dept: Option<Decimal>,
    pub method: PointsMethod,
}

impl Points {
    /// True when a 折算分 column is asked for.
    pub fn any(&self) -> bool {
        self.town.is_some() || self.dept.is_some()
    }

    fn weight(&self, category: Category) -> Option<Decimal> {
        if category == Category::Town {
            self.town
        } else {
            self.dept
        }
    }
}

/// One unit's results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitResult {
    pub unit: UnitId,
    pub name: String,
    pub category: Category,
    /// In 细则 order.
    pub clauses: Vec<ClauseResult>,
    pub total: Decimal,
    /// Rank within the category; ties share the rank (1, 2, 2, 4).
    pub rank: u32,
    /// 折算分, when a points option covers the category.
    pub points: Option<Decimal>,
}

/// The results of a run.
#[derive(Debug, Clone)]
pub struct Results {
    pub year: i32,
    pub as_of: NaiveDate,
    /// An interim run (docs/rules.md, Interim runs): `as_of` before December 31
    /// of the year. Every output that shows totals says so
    /// ([`Results::interim_label`]).
    pub interim: bool,
    pub points: Points,
    /// In 汇总 order: 区镇, A组, B组, each in roster order.
    pub units: Vec<UnitResult>,
    /// Warnings (reader's, then the rules' in 汇总 order), then notes;
    /// grouped by kind, at most `Findings::CAP` listed of a kind.
    pub warnings: Vec<Warning>,
    /// What each 申诉 did, in ledger order.
    pub appeals: Vec<AppealEffect>,
    /// Appeals that match no deduction, or are wrong otherwise: ledger
    /// errors, found only once the deductions are known.
    pub appeal_problems: Vec<AppealProblem>,
}

impl Results {
    /// `暂计（截至2017-06-30）` in an interim run, where totals are shown.
    pub fn interim_label(&self) -> Option<String> {
        self.interim
            .then(|| format!("暂计（截至{}）", self.as_of.format("%Y-%m-%d")))
    }
}

/// Scores every roster unit.
pub fn score(ledger: &Ledger, as_of: NaiveDate, points: &Points) -> Results {
    // The built-in schedule, with the 节假日 sheet's dates (docs/ledger.md).
    let days: Vec<(NaiveDate, bool)> = ledger.holidays.iter().map(|h| (h.date, h.off)).collect();
    let calendar = Calendar::with_sheet(&days);
    let ctx = Context::new(ledger, as_of, &calendar);
    let groups = rules::group_by_unit(ledger);
    let mut warnings = Findings::default();
    warnings.extend(ledger.warnings.iter().cloned());
    warnings.extend(rules::period::left_out_notes(ledger, as_of));
    let mut units = Vec::with_capacity(ledger.roster.len());
    for unit in ledger.roster.summary_order() {
        let recs = &groups[unit.id.index()];
        let outcomes = if unit.category == Category::Town {
            rules::town::score(unit, recs, &ctx)
        } else {
            rules::dept::score(unit, recs, &ctx)
        };
        let mut clauses = Vec::with_capacity(outcomes.len());
        for o in outcomes {
            warnings.extend(o.warnings);
            clauses.push(o.result);
        }
        let total = clauses.iter().map(|c| c.score).sum();
        units.push(UnitResult {
            unit: unit.id,
            name: unit.name.clone(),
            category: unit.category,
            clauses,
            total,
            rank: 0,
            points: None,
        });
    }
    for year in calendar.unknown_years_used() {
        warnings.push(Warning::new(
            kinds::UNKNOWN_HOLIDAYS,
            None,
            format!("{year}年"),
            format!("本工具没有{year}年的国务院节假日安排，该年逾期天数按周一至周五计算工作日；可在台账的「节假日」表中填入该年的放假和调休安排"),
        ));
    }
    let (appeals, appeal_problems) = rules::appeals::check(
        &ledger.appeals,
        |unit, clause| {
            units
                .iter()
                .find(|u| u.unit == unit)
                .and_then(|u| u.clauses.iter().find(|c| c.clause == clause))
        },
        |unit| ledger.roster.get(unit).name.clone(),
    );
    rank_and_convert(&mut units, points);
    Results {
        year: ledger.year,
        as_of,
        interim: ctx.interim,
        points: points.clone(),
        units,
        warnings: warnings.finish(ledger.year),
        appeals,
        appeal_problems,
    }
}

/// Ranks within each category and fills in 折算分.
/// Linear after one sort: a unit's rank is 1 + the number of totals above
/// it, found by binary search in the totals sorted high to low.
fn rank_and_convert(units: &mut [UnitResult], points: &Points) {
    for category in Category::ALL {
        let mut totals: Vec<Decimal> = units
            .iter()
            .filter(|u| u.category == category)
            .map(|u| u.total)
            .collect();
        totals.sort_unstable_by(|a, b| b.cmp(a));
        let best = totals.first().copied().unwrap_or_default();
        for u in units.iter_mut().filter(|u| u.category == category) {
            let above = totals.partition_point(|t| *t > u.total);
            u.rank = 1 + u32::try_from(above).unwrap_or(u32::MAX);
            u.points = points.weight(category).map(|p| match points.method {
                PointsMethod::Linear => round2(u.total * p / Decimal::ONE_HUNDRED),
                PointsMethod::Top if best.is_zero() => Decimal::ZERO,
                // total × P ÷ best, dividing last: 64.16 × 3 ÷ 96 = 2.005
                // → 2.01 (dividing first truncates the quotient: 2.00).
                PointsMethod::Top => round2(u.total * p / best),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dec;
    use crate::rules::parse_dec;

    fn unit(i: u32, category: Category, total: &str) -> UnitResult {
        UnitResult {
            unit: UnitId(i),
            name: format!("U{i}"),
            category,
            clauses: vec![],
            total: parse_dec(total),
            rank: 0,
            points: None,
        }
    }

    #[test]
    fn ties_share_rank_and_skip_the_next() {
        let mut units = vec![
            unit(0, Category::GroupA, "90"),
            unit(1, Category::GroupA, "95"),
            unit(2, Category::GroupA, "90"),
            unit(3, Category::GroupA, "80"),
            unit(4, Category::GroupB, "70"),
        ];
        rank_and_convert(&mut units, &Points::default());
        let ranks: Vec<u32> = units.iter().map(|u| u.rank).collect();
        assert_eq!(ranks, vec![2, 1, 2, 4, 1]);
        assert!(units.iter().all(|u| u.points.is_none()));
    }

    #[test]
    fn points_linear_and_top() {
        let mut units = vec![
            unit(0, Category::Town, "98.5"),
            unit(1, Category::Town, "80"),
            unit(2, Category::GroupB, "90"),
        ];
        let linear = Points {
            town: Some(dec!(5)),
            dept: None,
            method: PointsMethod::Linear,
        };
        rank_and_convert(&mut units, &linear);
        // 98.5 × 5 / 100 = 4.925 → 4.93 (half away from zero).
        assert_eq!(units[0].points, Some(dec!(4.93)));
        assert_eq!(units[1].points, Some(dec!(4.00)));
        assert_eq!(units[2].points, None);
        let top = Points {
            town: Some(dec!(5)),
            dept: Some(dec!(3)),
            method: PointsMethod::Top,
        };
        rank_and_convert(&mut units, &top);
        // 80 ÷ 98.5 × 5 = 4.0609… → 4.06; the best gets the full weight.
        assert_eq!(units[0].points, Some(dec!(5)));
        assert_eq!(units[1].points, Some(dec!(4.06)));
        assert_eq!(units[2].points, Some(dec!(3)));
    }

    #[test]
    fn top_points_divide_last() {
        // 64.16 × 3 ÷ 96 = 2.005 → 2.01 (docs/rules.md, Results); dividing first,
        // 64.16 ÷ 96 = 0.668333… truncated to 28 digits, gave 2.00.
        let mut units = vec![
            unit(0, Category::GroupA, "96"),
            unit(1, Category::GroupA, "64.16"),
        ];
        let top = Points {
            town: None,
            dept: Some(dec!(3)),
            method: PointsMethod::Top,
        };
        rank_and_convert(&mut units, &top);
        assert_eq!(units[0].points, Some(dec!(3)));
        assert_eq!(units[1].points, Some(dec!(2.01)));
    }
}
