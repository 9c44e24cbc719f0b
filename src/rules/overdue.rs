//! Overdue: the state of a 热线工单 or 转办件 row at the as-of date.
//!
//! docs/rules.md, "Assessment date and overdue": the effective deadline is
//! 延期至 if given, else 办理时限 (办理延期的，以延期时限计分); a 办结日期
//! later than `--as-of` counts as open (R2); a row is overdue when completed
//! after its effective deadline, or open with the as-of date after it. Days
//! overdue are working days (R3) after the deadline up to and including the
//! completion date (or the as-of date), at least 1 (Reading K1). The default
//! deduction tier is R4.

use super::{dec, fmt2, Context, Rec, Tally};
use crate::calendar::Calendar;
use crate::model::{kinds, Category, Handling, Place, Unit, Warning};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The state of a row at the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Completed on or before its effective deadline.
    OnTime,
    /// Open, and the as-of date is not after its effective deadline.
    NotYetDue { deadline: NaiveDate },
    /// Completed late, or still open past the deadline.
    Overdue(Overdue),
}

/// How late a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overdue {
    pub deadline: NaiveDate,
    /// The completion date, or `None` when open at the as-of date.
    pub completed: Option<NaiveDate>,
    /// Working days late, at least 1.
    pub working_days: u32,
}

impl Overdue {
    /// `逾期3个工作日（时限2017-03-01，办结2017-03-06）`.
    pub fn describe(&self, as_of: NaiveDate) -> String {
        match self.completed {
            Some(c) => format!(
                "逾期{}个工作日（时限{}，办结{}）",
                self.working_days, self.deadline, c
            ),
            None => format!(
                "逾期{}个工作日（时限{}，截至{}未办结）",
                self.working_days, self.deadline, as_of
            ),
        }
    }
}

/// Judges a row at `as_of`.
pub fn judge(h: &Handling, as_of: NaiveDate, calendar: &Calendar) -> State {
    let deadline = h.effective_deadline();
    let completed = h.completed.filter(|c| *c <= as_of);
    let end = match completed {
        Some(c) if c <= deadline => return State::OnTime,
        Some(c) => c,
        None if as_of <= deadline => return State::NotYetDue { deadline },
        None => as_of,
    };
    let working_days = calendar.working_days_between(deadline, end).max(1);
    State::Overdue(Overdue {
        deadline,
        completed,
        working_days,
    })
}

/// The date a row falls due: its effective deadline (延期至, else 办理时限).
pub fn due_date(h: &Handling, _calendar: &Calendar) -> NaiveDate {
    h.effective_deadline()
}

/// The 办结日期 of a row completed after `as_of`: the row is open at D,
/// and its visit results (回访结果, 二次转办结果, 免责评判) follow a
/// completion that had not happened yet (R2).
pub fn completed_after(h: &Handling, as_of: NaiveDate) -> Option<NaiveDate> {
    h.completed.filter(|c| *c > as_of)
}

/// The reason of the zero-amount entry for visit results not used (R2).
pub fn visit_unused(done: NaiveDate, as_of: NaiveDate) -> String {
    format!("办结日期{done}在{as_of}之后，截至{as_of}未办结，回访结果暂不采用（R2）")
}

/// The default deduction tier (R4) for `working_days` late: 1–3, 4–10 and
/// 11+ working days take the low, middle and high end of the range
/// (区镇 0.5 / 1.0 / 1.5; departments 5 / 10 / 15).
pub fn default_penalty(category: Category, working_days: u32) -> Decimal {
    let town = category == Category::Town;
    match (working_days, town) {
        (0..=3, true) => dec("0.5"),
        (4..=10, true) => dec("1.0"),
        (_, true) => dec("1.5"),
        (0..=3, false) => dec("5"),
        (4..=10, false) => dec("10"),
        (_, false) => dec("15"),
    }
}

/// The default tier (R4) `working_days` fall in, in words.
pub fn tier_label(working_days: u32) -> &'static str {
    match working_days {
        0..=3 => "1–3个工作日",
        4..=10 => "4–10个工作日",
        _ => "11个工作日及以上",
    }
}

pub use crate::schema::penalty_range;

/// The amount to deduct for an overdue row and the words explaining it:
/// the ledger's 逾期扣分 when given, else the default tier.
pub fn penalty(h: &Handling, category: Category, o: &Overdue) -> (Decimal, String) {
    match h.penalty {
        Some(p) => (p, format!("按台账逾期扣分{}", fmt2(p))),
        None => {
            let p = default_penalty(category, o.working_days);
            (p, format!("按默认档次（R4）扣{}", fmt2(p)))
        }
    }
}

/// Judges one 热线工单 or 转办件 row of `unit` at the as-of date, for
/// Z3.1, Z3.2 and D3.2: an overdue row is charged to `t` (its 逾期扣分, or
/// the default tier of the unit's category); an open row not yet due is a
/// warning (未到期); a 逾期扣分 on a row that is not overdue is not used,
/// and a warning says so (docs/ledger.md). `what` names the row (`热线工单`).
#[allow(clippy::too_many_arguments)]
pub fn charge(
    t: &mut Tally,
    warnings: &mut Vec<Warning>,
    ctx: &Context,
    unit: &Unit,
    what: &str,
    id: &str,
    place: Place,
    h: &Handling,
) {
    // The place as text only for a row that gets an entry or a warning:
    // most rows are on time.
    let src = || place.to_string();
    let state = judge(h, ctx.as_of, ctx.calendar);
    match state {
        State::Overdue(o) => {
            let (amount, words) = penalty(h, unit.category, &o);
            let reason = format!("{what}{}，{words}", o.describe(ctx.as_of));
            let mut rec = Rec::id(id).on(h.forwarded);
            if h.penalty.is_none() {
                rec = rec.calc(format!(
                    "{}个工作日，属{}档：{}",
                    o.working_days,
                    tier_label(o.working_days),
                    fmt2(amount)
                ));
            }
            t.deduct(amount, reason, src(), rec);
        }
        State::NotYetDue { deadline } => warnings.push(Warning::warn(
            kinds::NOT_DUE,
            Some(&unit.name),
            src(),
            format!(
                "未到期：{}{what}{id}有效时限{deadline}，截至{}未办结，暂不计逾期",
                unit.name, ctx.as_of
            ),
        )),
        State::OnTime => {}
    }
    if let (Some(p), false) = (h.penalty, matches!(state, State::Overdue(_))) {
        warnings.push(Warning::warn(
            kinds::UNUSED_PENALTY,
            Some(&unit.name),
            src(),
            format!(
                "逾期扣分{}未使用：{}{what}{id}截至{}未逾期（有效时限{}）",
                fmt2(p),
                unit.name,
                ctx.as_of,
                h.effective_deadline()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2017, m, day).unwrap()
    }

    fn handling(
        deadline: NaiveDate,
        extended: Option<NaiveDate>,
        done: Option<NaiveDate>,
    ) -> Handling {
        Handling {
            forwarded: d(1, 3),
            deadline,
            extended,
            completed: done,
            penalty: None,
        }
    }

    #[test]
    fn on_time_late_open_and_not_yet_due() {
        let cal = Calendar::new();
        let as_of = d(12, 31);
        assert_eq!(
            judge(&handling(d(3, 1), None, Some(d(3, 1))), as_of, &cal),
            State::OnTime
        );
        // Wed 03-01 → Mon 03-06: Thu, Fri, Mon = 3 working days.
        let s = judge(&handling(d(3, 1), None, Some(d(3, 6))), as_of, &cal);
        assert!(matches!(s, State::Overdue(o) if o.working_days == 3));
        // Extension to 03-10 makes it on time.
        let s = judge(
            &handling(d(3, 1), Some(d(3, 10)), Some(d(3, 6))),
            as_of,
            &cal,
        );
        assert_eq!(s, State::OnTime);
        // Open at as-of 03-02, deadline 03-01: 1 working day.
        let s = judge(&handling(d(3, 1), None, None), d(3, 2), &cal);
        assert!(matches!(s, State::Overdue(o) if o.working_days == 1 && o.completed.is_none()));
        // Completed after as-of counts as open: not yet due at 03-01.
        let s = judge(&handling(d(3, 1), None, Some(d(3, 6))), d(3, 1), &cal);
        assert_eq!(s, State::NotYetDue { deadline: d(3, 1) });
    }

    #[test]
    fn completed_on_a_holiday_is_still_one_day_late() {
        let cal = Calendar::new();
        // Deadline Fri 09-29, done Sun 10-01 (holiday; 09-30 was a make-up day).
        let s = judge(&handling(d(9, 29), None, Some(d(10, 1))), d(12, 31), &cal);
        assert!(matches!(s, State::Overdue(o) if o.working_days == 1));
        // Deadline Sat 10-07 (holiday), done Sun 10-08 (holiday): 0 → at least 1.
        let s = judge(&handling(d(10, 7), None, Some(d(10, 8))), d(12, 31), &cal);
        assert!(matches!(s, State::Overdue(o) if o.working_days == 1));
    }

    #[test]
    fn default_tiers() {
        assert_eq!(default_penalty(Category::Town, 3), dec("0.5"));
        assert_eq!(default_penalty(Category::Town, 4), dec("1.0"));
        assert_eq!(default_penalty(Category::Town, 10), dec("1.0"));
        assert_eq!(default_penalty(Category::Town, 11), dec("1.5"));
        assert_eq!(default_penalty(Category::GroupA, 1), dec("5"));
        assert_eq!(default_penalty(Category::GroupB, 4), dec("10"));
        assert_eq!(default_penalty(Category::GroupB, 11), dec("15"));
    }
}
