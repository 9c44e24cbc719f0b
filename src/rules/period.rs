//! What an interim run judges (docs/rules.md, Interim runs; R27).
//!
//! A run with `--as-of D` before December 31 of the year shows each unit
//! what it has lost so far: the ledger as it stood at D, judged only on what
//! was due by D.
//!
//! - Rows dated after D do not exist at D ([`at`], [`exists_at`]): they are
//!   left out of every clause and of R5's count of departments per case.
//! - Quarterly items (Z1.1, Z2.1, Z4.1) judge the quarters ended by D,
//!   monthly items (Z2.2 a and b) the months ended by D
//!   ([`quarter_ended`], [`month_ended`]); the others are pending, named
//!   by one zero-amount entry per clause ([`pending_quarters_note`],
//!   [`pending_months_note`]).
//! - Yearly requirements (Z1.2's count, Z2.2 c and d, Z3.3, D1's count,
//!   D2.1, D2.2) are pending until the year ends: no shortfall, a
//!   zero-amount entry with the progress ([`progress`]).
//!
//! A run at December 31 (or later) is never interim: every function here
//! then lets everything through.

use super::{Context, UnitRecords};
use crate::model::{kinds, Ledger, Warning};
use crate::schema;
use chrono::NaiveDate;
use std::borrow::Cow;

/// Whether a row dated `date` exists at the as-of date: always outside
/// an interim run, else when `date` is not after D (R27).
pub fn exists_at(ctx: &Context, date: NaiveDate) -> bool {
    !ctx.interim || date <= ctx.as_of
}

/// Whether a 工作总结 row exists at the as-of date: one sent after D
/// (报送日期 given and after D) does not, in an interim run.
fn summary_exists(ctx: &Context, sent: Option<NaiveDate>) -> bool {
    sent.is_none_or(|s| exists_at(ctx, s))
}

/// The last day of quarter `q` (1..4) of `year`.
pub fn quarter_end(year: i32, q: u8) -> NaiveDate {
    let month = u32::from(q.clamp(1, 4)) * 3;
    month_end(year, month as u8)
}

/// The last day of month `m` (1..12) of `year`.
pub fn month_end(year: i32, m: u8) -> NaiveDate {
    let m = u32::from(m.clamp(1, 12));
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, m + 1, 1)
    };
    next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
}

/// Whether quarter `q` has ended by the as-of date (a quarter ends on its
/// last day); always outside an interim run.
pub fn quarter_ended(ctx: &Context, q: u8) -> bool {
    !ctx.interim || quarter_end(ctx.year, q) <= ctx.as_of
}

/// Whether month `m` has ended by the as-of date; always outside an
/// interim run.
pub fn month_ended(ctx: &Context, m: u8) -> bool {
    !ctx.interim || month_end(ctx.year, m) <= ctx.as_of
}

/// The quarters 1..4 not yet ended at the as-of date (empty outside an
/// interim run).
pub fn pending_quarters(ctx: &Context) -> Vec<u8> {
    (1..=4).filter(|q| !quarter_ended(ctx, *q)).collect()
}

/// The months 1..12 not yet ended at the as-of date.
pub fn pending_months(ctx: &Context) -> Vec<u8> {
    (1..=12).filter(|m| !month_ended(ctx, *m)).collect()
}

/// `第3、4季度`.
pub fn quarters_text(qs: &[u8]) -> String {
    let list: Vec<String> = qs.iter().map(|q| q.to_string()).collect();
    format!("第{}季度", list.join("、"))
}

/// `7月至12月`, `12月`.
pub fn months_text(ms: &[u8]) -> String {
    match ms {
        [] => String::new(),
        [m] => format!("{m}月"),
        [first, .., last] if usize::from(last - first) + 1 == ms.len() => {
            format!("{first}月至{last}月")
        }
        _ => ms
            .iter()
            .map(|m| format!("{m}月"))
            .collect::<Vec<_>>()
            .join("、"),
    }
}

/// The reason of the zero-amount entry for the pending quarters:
/// `第3、4季度尚未结束，按满分暂计`; `None` when none is pending.
pub fn pending_quarters_note(ctx: &Context) -> Option<String> {
    let qs = pending_quarters(ctx);
    (!qs.is_empty()).then(|| {
        format!(
            "{}尚未结束（截至{}），按满分暂计（R27）",
            quarters_text(&qs),
            ctx.as_of
        )
    })
}

/// The reason of the zero-amount entry for the pending months:
/// `7月至12月尚未结束，按满分暂计`; `None` when none is pending.
pub fn pending_months_note(ctx: &Context) -> Option<String> {
    let ms = pending_months(ctx);
    (!ms.is_empty()).then(|| {
        format!(
            "{}尚未结束（截至{}），按满分暂计（R27）",
            months_text(&ms),
            ctx.as_of
        )
    })
}

/// The reason of the zero-amount entry of a yearly requirement pending
/// in an interim run: `全年须开展6次，截至2017-06-30已开展3次，年底计分`.
pub fn progress(ctx: &Context, required: &str, done: &str) -> String {
    format!("{required}，截至{}{done}，年底计分（R27）", ctx.as_of)
}

/// The unit's records as they stood at the as-of date: in an interim run,
/// without the rows dated after D (日期, 转办日期, 制定日期, and 工作总结's
/// 报送日期 when given). Outside an interim run, the records as they are.
pub fn at<'r, 'a>(recs: &'r UnitRecords<'a>, ctx: &Context) -> Cow<'r, UnitRecords<'a>> {
    if !ctx.interim {
        return Cow::Borrowed(recs);
    }
    let mut r = recs.clone();
    r.hotline.retain(|x| exists_at(ctx, x.handling.forwarded));
    r.transfers.retain(|x| exists_at(ctx, x.handling.forwarded));
    r.meetings.retain(|x| exists_at(ctx, x.date));
    r.salons.retain(|x| exists_at(ctx, x.date));
    r.summaries.retain(|x| summary_exists(ctx, x.sent));
    r.info.retain(|x| exists_at(ctx, x.date));
    r.typical_cases.retain(|x| exists_at(ctx, x.date));
    r.measures.retain(|x| exists_at(ctx, x.date));
    r.outreach.retain(|x| exists_at(ctx, x.date));
    r.practices.retain(|x| exists_at(ctx, x.date));
    Cow::Owned(r)
}

/// The notes of an interim run that count, per sheet, the rows of the
/// year left out because they are dated after the as-of date
/// (place `例会`, `3行日期在2017-06-30之后，暂计考核（截至2017-06-30）不计入（R27）`).
/// Empty outside an interim run.
pub fn left_out_notes(ledger: &Ledger, as_of: NaiveDate) -> Vec<Warning> {
    if !crate::model::is_interim(ledger.year, as_of) {
        return Vec::new();
    }
    let after = |d: NaiveDate| d > as_of;
    let count = |it: &mut dyn Iterator<Item = NaiveDate>| it.filter(|d| after(*d)).count();
    let sheets: [(&str, &str, usize); 10] = [
        (
            schema::HOTLINE,
            "转办日期",
            count(&mut ledger.hotline.iter().map(|r| r.handling.forwarded)),
        ),
        (
            schema::TRANSFERS,
            "转办日期",
            count(&mut ledger.transfers.iter().map(|r| r.handling.forwarded)),
        ),
        (
            schema::MEETINGS,
            "日期",
            count(&mut ledger.meetings.iter().map(|r| r.date)),
        ),
        (
            schema::SALONS,
            "日期",
            count(&mut ledger.salons.iter().map(|r| r.date)),
        ),
        (
            schema::SUMMARIES,
            "报送日期",
            count(&mut ledger.summaries.iter().filter_map(|r| r.sent)),
        ),
        (
            schema::INFO,
            "日期",
            count(&mut ledger.info.iter().map(|r| r.date)),
        ),
        (
            schema::TYPICAL,
            "日期",
            count(&mut ledger.typical_cases.iter().map(|r| r.date)),
        ),
        (
            schema::MEASURES,
            "制定日期",
            count(&mut ledger.measures.iter().map(|r| r.date)),
        ),
        (
            schema::OUTREACH,
            "日期",
            count(&mut ledger.outreach.iter().map(|r| r.date)),
        ),
        (
            schema::PRACTICES,
            "日期",
            count(&mut ledger.practices.iter().map(|r| r.date)),
        ),
    ];
    sheets
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(sheet, header, n)| {
            Warning::new(
                kinds::AFTER_AS_OF,
                None,
                sheet.to_string(),
                format!("{n}行{header}在{as_of}之后，暂计考核（截至{as_of}）不计入（R27）"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, InfoItem, Place, Roster, UnitId};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2017, m, day).unwrap()
    }

    #[test]
    fn period_ends_and_texts() {
        assert_eq!(quarter_end(2017, 2), d(6, 30));
        assert_eq!(quarter_end(2017, 4), d(12, 31));
        assert_eq!(month_end(2017, 2), d(2, 28));
        assert_eq!(months_text(&[7, 8, 9, 10, 11, 12]), "7月至12月");
        assert_eq!(months_text(&[12]), "12月");
        assert_eq!(quarters_text(&[3, 4]), "第3、4季度");
    }

    #[test]
    fn rows_after_d_are_counted_per_sheet_in_an_interim_run() {
        let roster = Roster::new(vec![("发改委".to_string(), Category::GroupA, vec![])]);
        let info = |row: u32, date| InfoItem {
            place: Place::new(None, "信息报送", row),
            unit: UnitId(0),
            date,
            title: None,
            adopted: false,
        };
        let ledger = Ledger {
            year: 2017,
            roster,
            info: vec![info(2, d(6, 30)), info(3, d(7, 1)), info(4, d(9, 1))],
            ..Ledger::default()
        };
        let notes = left_out_notes(&ledger, d(6, 30));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].kind, kinds::AFTER_AS_OF);
        assert_eq!(
            notes[0].message,
            "2行日期在2017-06-30之后，暂计考核（截至2017-06-30）不计入（R27）"
        );
        assert_eq!(notes[0].place, "信息报送");
        assert!(left_out_notes(&ledger, d(12, 31)).is_empty());
    }
}
