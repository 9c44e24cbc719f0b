//! Overdue: the state of a 热线工单 or 转办件 row at the as-of date.
//!
//! docs/rules.md, "Assessment date and overdue": the effective deadline is
//! 延期至 if given, else 办理时限 (办理延期的，以延期时限计分); a 办结日期
//! later than `--as-of` counts as open (R2); a row is overdue when completed
//! after its effective deadline, or open with the as-of date after it. Days
//! overdue are working days (R3) after the deadline up to and including the
//! completion date (or the as-of date), at least 1 (Reading K1). An
//! effective deadline on a non-working day moves to the next working day
//! (R25); a case completed, or still open at an as-of date, on a
//! non-working day after its deadline is late by 0 working days and charged
//! as 1, and its words say exactly that. The default deduction tier is R4.

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
    /// The effective deadline as written (延期至, else 办理时限).
    pub deadline: NaiveDate,
    /// The completion date, or `None` when open at the as-of date.
    pub completed: Option<NaiveDate>,
    /// Working days late as charged: at least 1.
    pub working_days: u32,
    /// The deadline moved off a non-working day (R25); `deadline` itself
    /// when that is a working day.
    pub due: NaiveDate,
    /// The working days the calendar gives after `due` up to the completion
    /// (or the as-of date): 0 when that day is a non-working day right
    /// after the deadline.
    pub counted: u32,
}

/// `星期六`.
fn weekday_name(d: NaiveDate) -> &'static str {
    use chrono::{Datelike, Weekday};
    match d.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

impl Overdue {
    /// `逾期3个工作日（时限2017-03-01，办结2017-03-06）`; a deadline moved by
    /// R25 reads `时限2017-03-04（星期六，顺延至2017-03-06）`, and a day
    /// late that is no working day reads
    /// `逾期（时限2017-03-03，办结2017-03-04）：办结于非工作日（2017-03-04，星期六），按1个工作日计`.
    pub fn describe(&self, as_of: NaiveDate) -> String {
        let limit = if self.due == self.deadline {
            format!("时限{}", self.deadline)
        } else {
            format!(
                "时限{}（{}，顺延至{}，R25）",
                self.deadline,
                weekday_name(self.deadline),
                self.due
            )
        };
        let end = self.completed.unwrap_or(as_of);
        let state = match self.completed {
            Some(c) => format!("办结{c}"),
            None => format!("截至{as_of}未办结"),
        };
        if self.counted == 0 {
            let what = if self.completed.is_some() {
                "办结于非工作日"
            } else {
                "截止日为非工作日"
            };
            format!(
                "逾期（{limit}，{state}）：{what}（{end}，{}），按1个工作日计",
                weekday_name(end)
            )
        } else {
            format!("逾期{}个工作日（{limit}，{state}）", self.working_days)
        }
    }
}

/// The date a row falls due: its effective deadline (延期至, else 办理时限),
/// moved to the next working day when it falls on a non-working day (R25).
pub fn due_date(h: &Handling, calendar: &Calendar) -> NaiveDate {
    let mut due = h.effective_deadline();
    // No run of days off is longer than a few weeks; the bound only guards
    // against a calendar without working days.
    for _ in 0..366 {
        if calendar.is_working_day(due) {
            break;
        }
        match due.succ_opt() {
            Some(next) => due = next,
            None => break,
        }
    }
    due
}

/// Judges a row at `as_of`.
pub fn judge(h: &Handling, as_of: NaiveDate, calendar: &Calendar) -> State {
    let deadline = h.effective_deadline();
    let due = due_date(h, calendar);
    let completed = h.completed.filter(|c| *c <= as_of);
    let end = match completed {
        Some(c) if c <= due => return State::OnTime,
        Some(c) => c,
        None if as_of <= due => return State::NotYetDue { deadline },
        None => as_of,
    };
    let counted = calendar.working_days_between(due, end);
    State::Overdue(Overdue {
        deadline,
        completed,
        working_days: counted.max(1),
        due,
        counted,
    })
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
        (0..=3, true) => dec!(0.5),
        (4..=10, true) => dec!(1.0),
        (_, true) => dec!(1.5),
        (0..=3, false) => dec!(5),
        (4..=10, false) => dec!(10),
        (_, false) => dec!(15),
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
                let days = if o.counted == 0 {
                    "0个工作日，按1个工作日计".to_string()
                } else {
                    format!("{}个工作日", o.working_days)
                };
                rec = rec.calc(format!(
                    "{days}，属{}档：{}",
                    tier_label(o.working_days),
                    fmt2(amount)
                ));
            }
            t.deduct(amount, reason, src(), rec);
        }
        State::NotYetDue { deadline } => warnings.push(Warning::new(
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
        warnings.push(Warning::new(
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
        // Deadline Fri 09-29, done Sun 10-01 (holiday): Sat 09-30 was a
        // make-up working day, so 1 working day late.
        let s = judge(&handling(d(9, 29), None, Some(d(10, 1))), d(12, 31), &cal);
        assert!(matches!(s, State::Overdue(o) if o.working_days == 1 && o.counted == 1));
        // Deadline Fri 03-03, done Sat 03-04: 0 working days, charged as 1,
        // and the words say exactly that.
        let s = judge(&handling(d(3, 3), None, Some(d(3, 4))), d(12, 31), &cal);
        let State::Overdue(o) = s else {
            panic!("{s:?}")
        };
        assert_eq!((o.working_days, o.counted), (1, 0));
        assert_eq!(
            o.describe(d(12, 31)),
            "逾期（时限2017-03-03，办结2017-03-04）：办结于非工作日（2017-03-04，星期六），按1个工作日计"
        );
        // Open at an as-of date that is a Saturday right after the deadline.
        let s = judge(&handling(d(3, 3), None, None), d(3, 4), &cal);
        let State::Overdue(o) = s else {
            panic!("{s:?}")
        };
        assert_eq!(
            o.describe(d(3, 4)),
            "逾期（时限2017-03-03，截至2017-03-04未办结）：截止日为非工作日（2017-03-04，星期六），按1个工作日计"
        );
    }

    #[test]
    fn a_deadline_on_a_non_working_day_moves_to_the_next_working_day() {
        let cal = Calendar::new();
        // R25: due Sat 03-04, done Mon 03-06: on time.
        let s = judge(&handling(d(3, 4), None, Some(d(3, 6))), d(12, 31), &cal);
        assert_eq!(s, State::OnTime);
        // Due Sat 10-07 (National Day holiday), done Sun 10-08: on time; the
        // next working day is Mon 10-09.
        let s = judge(&handling(d(10, 7), None, Some(d(10, 8))), d(12, 31), &cal);
        assert_eq!(s, State::OnTime);
        assert_eq!(due_date(&handling(d(10, 1), None, None), &cal), d(10, 9));
        // An extension on a Sunday moves too.
        let s = judge(
            &handling(d(3, 1), Some(d(3, 5)), Some(d(3, 6))),
            d(12, 31),
            &cal,
        );
        assert_eq!(s, State::OnTime);
        // Due Sat 03-04, done Tue 03-07: 1 working day after Mon 03-06.
        let s = judge(&handling(d(3, 4), None, Some(d(3, 7))), d(12, 31), &cal);
        let State::Overdue(o) = s else {
            panic!("{s:?}")
        };
        assert_eq!(o.working_days, 1);
        assert_eq!(
            o.describe(d(12, 31)),
            "逾期1个工作日（时限2017-03-04（星期六，顺延至2017-03-06，R25），办结2017-03-07）"
        );
        // Open, as of Sun 03-05: not yet due.
        let s = judge(&handling(d(3, 4), None, None), d(3, 5), &cal);
        assert_eq!(s, State::NotYetDue { deadline: d(3, 4) });
    }

    #[test]
    fn default_tiers() {
        assert_eq!(default_penalty(Category::Town, 3), dec!(0.5));
        assert_eq!(default_penalty(Category::Town, 4), dec!(1.0));
        assert_eq!(default_penalty(Category::Town, 10), dec!(1.0));
        assert_eq!(default_penalty(Category::Town, 11), dec!(1.5));
        assert_eq!(default_penalty(Category::GroupA, 1), dec!(5));
        assert_eq!(default_penalty(Category::GroupB, 4), dec!(10));
        assert_eq!(default_penalty(Category::GroupB, 11), dec!(15));
    }
}
