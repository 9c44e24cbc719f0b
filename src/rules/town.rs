//! 区镇 clauses Z1.1–Z4.2 (细则 一、对各区镇的考核).
//!
//! One pure function per row of the 细则 table (docs/rules.md, 区镇): the unit's
//! in-year records in, an [`Outcome`] out. Every deduction, every mark not
//! earned and every zero-amount decision an analyst needs to trace a score
//! is an audit entry made through [`Tally`](super::Tally), so `marks − Σ amounts = score`
//! holds for each clause exactly (floors and rounding included).

use super::{dec, fmt2, ClauseId, ClauseResult, Context, Outcome, Rec, UnitRecords};
use super::{overdue, period};
use crate::model::{kinds, ReportStatus, Satisfaction, Unit, Warning};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// A clause function of this module.
type ClauseFn = fn(&Unit, &UnitRecords, &Context) -> Outcome;

/// The clause functions in `ClauseId::TOWN` order.
const CLAUSE_FNS: [(ClauseId, ClauseFn); 10] = [
    (ClauseId::Z1_1, z1_1),
    (ClauseId::Z1_2, z1_2),
    (ClauseId::Z1_3, z1_3),
    (ClauseId::Z2_1, z2_1),
    (ClauseId::Z2_2, z2_2),
    (ClauseId::Z3_1, z3_1),
    (ClauseId::Z3_2, z3_2),
    (ClauseId::Z3_3, z3_3),
    (ClauseId::Z4_1, z4_1),
    (ClauseId::Z4_2, z4_2),
];

/// Scores every 区镇 clause of `unit`, in 细则 order (`ClauseId::TOWN`).
pub fn score(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Vec<Outcome> {
    CLAUSE_FNS.iter().map(|(_, f)| f(unit, recs, ctx)).collect()
}

/// The quarter (1..4) of a date.
fn quarter_of(date: NaiveDate) -> u8 {
    // month() is 1..=12, so the quotient is 0..=3.
    (date.month0() / 3 + 1) as u8
}

/// `5月、7月`.
fn month_list(months: &[u8]) -> String {
    months
        .iter()
        .map(|m| format!("{m}月"))
        .collect::<Vec<_>>()
        .join("、")
}

/// A percentage or fraction without trailing zeros: `50`, `0.5`, `87.5`.
fn plain(d: Decimal) -> String {
    d.normalize().to_string()
}

/// The entries of a clause with parts (Z1.3, Z2.2) that a part's floor
/// stopped name R1, which floors each part on its own: the floor's words
/// (`应扣0.50，本项已扣至0，实扣0.00`) end their reason and gain
/// `；各部分分别扣至0，R1`.
fn part_floors_cite_r1(mut result: ClauseResult) -> ClauseResult {
    for e in &mut result.entries {
        if let Some(head) = e.reason.strip_suffix('）') {
            if head.contains("本项已扣至0") {
                e.reason = format!("{head}；各部分分别扣至0，R1）");
            }
        }
    }
    result
}

fn outcome(result: ClauseResult, warnings: Vec<Warning>) -> Outcome {
    Outcome { result, warnings }
}

/// Z1.1 建立企业服务例会制度 (2分).
///
/// 细则: "每季度不少于1次，全年不少于4次，要有议题、有会议记录，每少1次扣0.5分"
///
/// Readings: R6 (a meeting without 议题 or 会议记录 is not counted).
///
/// Arithmetic: a 例会 row counts only with 有议题 and 有会议记录 both 是; its
/// quarter is that of its date. Each quarter 1..4 with no counted meeting
/// costs 0.5 (an extra meeting in one quarter does not make up for an empty
/// one). Uncounted meetings are zero-amount entries (未计次). Floor 0.
///
/// Interim (R27): only the quarters ended by D are judged; the others are
/// pending, named by one zero-amount entry.
pub fn z1_1(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::Z1_1);
    for q in (1..=4u8).filter(|q| period::quarter_ended(ctx, *q)) {
        let in_quarter: Vec<_> = recs
            .meetings
            .iter()
            .filter(|m| quarter_of(m.date) == q)
            .collect();
        for m in in_quarter
            .iter()
            .filter(|m| !(m.has_topic && m.has_minutes))
        {
            let lacking = match (m.has_topic, m.has_minutes) {
                (false, false) => "无议题、无会议记录",
                (false, true) => "无议题",
                _ => "无会议记录",
            };
            t.note(
                format!("未计次：{}（{}例会，R6）", lacking, m.date),
                m.place.to_string(),
                Rec::none().on(m.date),
            );
        }
        let counted = in_quarter
            .iter()
            .filter(|m| m.has_topic && m.has_minutes)
            .count();
        if counted == 0 {
            let reason = if in_quarter.is_empty() {
                format!("第{q}季度未召开企业服务例会，扣0.50")
            } else {
                format!(
                    "第{q}季度无计次例会（{}次例会均未计次，R6），扣0.50",
                    in_quarter.len()
                )
            };
            t.deduct(
                dec!(0.5),
                reason,
                format!("例会: 第{q}季度 无计次记录"),
                None,
            );
        }
    }
    if let Some(pending) = period::pending_quarters_note(ctx) {
        t.note(pending, "例会: 未结束的季度", None);
    }
    t.finish().into()
}

/// Z1.2 开展企业服务宣传活动 (15分).
///
/// 细则: "自行组织涉企沙龙活动，有主题、有计划、有总结，提供资料、图片、视频等材料，
/// 全年不少于6次，每少一次扣2.5分，无台账记录、无对外宣传每次扣0.5分，
/// 无联系企业发展服务中心派员参于沙龙活动每次扣0.25分。"
///
/// Readings: R7 (a salon counts only with 有主题, 有计划, 有总结 and
/// 有活动资料), R8 (the per-salon deductions apply to every salon
/// recorded, counted toward the six or not; 无台账记录 and 无对外宣传 are two
/// failings, 0.5 each).
///
/// Arithmetic: for every salon, counted or not, 有台账记录 否 −0.5,
/// 有对外宣传 否 −0.5, 已联系中心派员 否 −0.25; a salon that falls short of R7
/// is also a zero-amount entry (未计次), so it never costs less than a
/// counted one. Then −2.5 for each of the max(0, 6 − counted) missing
/// salons. Floor 0.
///
/// Interim (R27): the salons held by D pay their own failings as at year
/// end; the count of six is pending (a zero-amount entry with the
/// progress).
pub fn z1_2(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::Z1_2);
    let mut counted = 0usize;
    for s in &recs.salons {
        let src = s.place.to_string();
        let lacking: Vec<&str> = [
            (s.has_theme, "无主题"),
            (s.has_plan, "无计划"),
            (s.has_summary, "无总结"),
            (s.has_materials, "无活动资料"),
        ]
        .iter()
        .filter(|(ok, _)| !ok)
        .map(|(_, w)| *w)
        .collect();
        // R8: the per-salon deductions whether the salon counts or not.
        let r8 = if lacking.is_empty() {
            counted += 1;
            "（R8）"
        } else {
            t.note(
                format!("未计次：{}（{}沙龙，R7）", lacking.join("、"), s.date),
                src.clone(),
                Rec::none().on(s.date),
            );
            "（未计次的沙龙同样按次扣分，R8）"
        };
        if !s.has_records {
            t.deduct(
                dec!(0.5),
                format!("{}沙龙无台账记录，扣0.50{r8}", s.date),
                src.clone(),
                Rec::none().on(s.date),
            );
        }
        if !s.has_publicity {
            t.deduct(
                dec!(0.5),
                format!("{}沙龙无对外宣传，扣0.50{r8}", s.date),
                src.clone(),
                Rec::none().on(s.date),
            );
        }
        if !s.invited_center {
            t.deduct(
                dec!(0.25),
                format!("{}沙龙未联系企业发展服务中心派员，扣0.25{r8}", s.date),
                src,
                Rec::none().on(s.date),
            );
        }
    }
    if ctx.interim && counted < 6 {
        let uncounted = recs.salons.len() - counted;
        let extra = if uncounted > 0 {
            format!("（另有{uncounted}次未计次，R7）")
        } else {
            String::new()
        };
        t.note(
            period::progress(ctx, "全年须开展6次", &format!("已开展{counted}次{extra}")),
            format!("沙龙: 截至{}计次{counted}次", ctx.as_of),
            None,
        );
        return t.finish().into();
    }
    for k in counted + 1..=6 {
        t.deduct(
            dec!(2.5),
            format!("全年计次沙龙{counted}次，少于6次：缺第{k}次，扣2.50"),
            format!("沙龙: 全年计次{counted}次"),
            Rec::none(),
        );
    }
    t.finish().into()
}

/// Z1.3 建立和完善政企沟通信息制度 (8分).
///
/// 细则: "建立和完善政企沟通网络服务专业平台得2分，建立微信群或QQ群得2分，
/// 未向辖区企业广泛发布涉企部门的服务内容及联系方式，扣0.5分；积极关注并推广
/// 昆山政企通（企业服务公众微信号），得2分，无关注扣1.5分，无推广扣1分；
/// 研究确定本区镇企业服务班子分管领导、具体落实部门和联络员，做好相关信息的
/// 上报，如遇人员变动，及时联系更新，得2分。"
///
/// Readings: R1 (each part floored on its own).
///
/// Arithmetic: the unit's 沟通机制 row. Part a (4): 网络服务平台 否 −2,
/// 微信或QQ群 否 −2, 发布服务内容及联系方式 否 −0.5. Part b (2): 关注政企通
/// 否 −1.5, 推广政企通 否 −1. Part c (2): 确定分管领导及联络员 否 −2. Each
/// part floored at 0. No row: every part 0 (无沟通机制记录).
pub fn z1_3(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let clause = ClauseId::Z1_3;
    let mut a = ctx.part(unit.id, clause, dec!(4), "（a）");
    let mut b = ctx.part(unit.id, clause, dec!(2), "（b）");
    let mut c = ctx.part(unit.id, clause, dec!(2), "（c）");
    match recs.communication.first() {
        None => {
            let src = "沟通机制: 无记录";
            a.deduct(dec!(4), "无沟通机制记录，本项不得分", src, None);
            b.deduct(dec!(2), "无沟通机制记录，本项不得分", src, None);
            c.deduct(dec!(2), "无沟通机制记录，本项不得分", src, None);
        }
        Some(r) => {
            let src = r.place.to_string();
            if !r.platform {
                a.deduct(
                    dec!(2),
                    "未建立政企沟通网络服务专业平台，不得2分",
                    src.clone(),
                    None,
                );
            }
            if !r.chat_group {
                a.deduct(dec!(2), "未建立微信群或QQ群，不得2分", src.clone(), None);
            }
            if !r.published_contacts {
                a.deduct(
                    dec!(0.5),
                    "未向辖区企业发布涉企部门服务内容及联系方式，扣0.50",
                    src.clone(),
                    None,
                );
            }
            if !r.follows_zqt {
                b.deduct(dec!(1.5), "未关注昆山政企通，扣1.50", src.clone(), None);
            }
            if !r.promotes_zqt {
                b.deduct(dec!(1), "未推广昆山政企通，扣1.00", src.clone(), None);
            }
            if !r.liaison {
                c.deduct(
                    dec!(2),
                    "未确定企业服务分管领导、具体落实部门和联络员，不得2分",
                    src,
                    None,
                );
            }
        }
    }
    part_floors_cite_r1(ClauseResult::from_parts(clause, vec![a, b, c])).into()
}

/// Z2.1 季度企业服务工作总结 (5分).
///
/// 细则: "每季度撰写总结，少报一次扣1.25分。"
///
/// Readings: none.
///
/// Arithmetic: each quarter 1..4 with no 工作总结 row −1.25 (报送日期 does
/// not matter: a fourth-quarter summary is often sent in January).
///
/// Interim (R27): only the quarters ended by D are judged, and a summary
/// sent after D does not exist yet; the other quarters are pending.
pub fn z2_1(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::Z2_1);
    for q in (1..=4u8).filter(|q| period::quarter_ended(ctx, *q)) {
        if !recs.summaries.iter().any(|s| s.quarter == q) {
            t.deduct(
                dec!(1.25),
                format!("第{q}季度未报送工作总结，扣1.25"),
                format!("工作总结: 第{q}季度 无记录"),
                None,
            );
        }
    }
    if let Some(pending) = period::pending_quarters_note(ctx) {
        t.note(pending, "工作总结: 未结束的季度", None);
    }
    t.finish().into()
}

/// Z2.2 定期报送企业服务工作信息 (10分).
///
/// 细则: "每月报送本区域属地企业投诉反映事项处理情况，得5分，零申报一次扣0.25分，
/// 少报一次扣0.5分。每月向企业发展服务中心报送信息不少于1条，全年不少于12条，
/// 得2分；全年挖掘典型案例或典型人物不少于1个，得2分，未报送不得分，报送质量
/// 不达标扣0.5-1.5分；全年被中心录用信息4条及以上得1分。"
///
/// Readings: R1 (each part floored on its own), R9 (part b all or
/// nothing), R10 (the best typical case counts).
///
/// Arithmetic: part a (5): each 诉求月报 month 零申报 −0.25, each month
/// 1..12 with no row −0.5, floor 0. Part b (2): 2 when every month 1..12
/// has a 信息报送 row and the year has at least 12, else 0. Part c (2): no
/// 典型案例 row → 0; else 2 − the smallest 质量扣分 among its rows (empty =
/// 0). Part d (1): 1 when at least 4 信息报送 rows have 录用 是, else 0.
///
/// Interim (R27): parts a and b judge only the months ended by D (part b:
/// a row in each ended month, and at least as many rows by D as ended
/// months); the other months are pending (one zero-amount entry for the
/// clause, naming them). Parts c and d are yearly requirements: pending, with a
/// zero-amount entry giving the progress, unless already met.
pub fn z2_2(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let clause = ClauseId::Z2_2;
    let ended: Vec<u8> = (1..=12u8)
        .filter(|m| period::month_ended(ctx, *m))
        .collect();
    let pending = period::pending_months_note(ctx);

    let mut a = ctx.part(unit.id, clause, dec!(5), "（a）");
    for m in ended.iter().copied() {
        match recs.monthly_reports.iter().find(|r| r.month == m) {
            None => a.deduct(
                dec!(0.5),
                format!("{m}月未报送诉求月报（少报），扣0.50"),
                format!("诉求月报: {m}月 无记录"),
                None,
            ),
            Some(r) if r.status == ReportStatus::Nil => a.deduct(
                dec!(0.25),
                format!("{m}月诉求月报为零申报，扣0.25"),
                r.place.to_string(),
                None,
            ),
            Some(_) => {}
        }
    }

    let mut b = ctx.part(unit.id, clause, dec!(2), "（b）");
    let n_info = recs.info.len();
    let n_ended = ended.len();
    let missing: Vec<u8> = ended
        .iter()
        .copied()
        .filter(|m| !recs.info.iter().any(|i| i.date.month() == u32::from(*m)))
        .collect();
    if !missing.is_empty() || n_info < n_ended {
        let gap = if missing.is_empty() {
            String::new()
        } else {
            format!("，缺{}", month_list(&missing))
        };
        if ctx.interim {
            b.deduct(
                dec!(2),
                format!(
                    "信息报送未做到截至{}已结束的{n_ended}个月每月不少于1条、合计不少于{n_ended}条（已报送{n_info}条{gap}），不得2分（R9，R27）",
                    ctx.as_of
                ),
                format!("信息报送: 截至{}共{n_info}条{gap}", ctx.as_of),
                None,
            );
        } else {
            b.deduct(
                dec!(2),
                format!(
                    "信息报送未做到每月不少于1条、全年不少于12条（全年{n_info}条{gap}），不得2分（R9）"
                ),
                format!("信息报送: 全年{n_info}条{gap}"),
                None,
            );
        }
    }

    let mut c = ctx.part(unit.id, clause, dec!(2), "（c）");
    let best_ok = recs
        .typical_cases
        .iter()
        .any(|tc| tc.quality_penalty.unwrap_or(Decimal::ZERO).is_zero());
    if ctx.interim && !best_ok {
        let n = recs.typical_cases.len();
        c.note(
            period::progress(
                ctx,
                "全年须报送典型案例或典型人物不少于1个（质量达标）",
                &format!("已报送{n}个"),
            ),
            format!("典型案例: 截至{}{n}个", ctx.as_of),
            None,
        );
    } else if recs.typical_cases.is_empty() {
        c.deduct(
            dec!(2),
            "全年未报送典型案例或典型人物，不得2分",
            "典型案例: 全年无记录",
            None,
        );
    } else {
        // The best case: the smallest 质量扣分 (empty = 0), first in ledger order.
        let penalty = |p: Option<Decimal>| p.unwrap_or(Decimal::ZERO);
        let mut best = recs.typical_cases[0];
        for tc in &recs.typical_cases[1..] {
            if penalty(tc.quality_penalty) < penalty(best.quality_penalty) {
                best = tc;
            }
        }
        let p = penalty(best.quality_penalty);
        if p > Decimal::ZERO {
            let title = best
                .title
                .as_deref()
                .map(|s| format!("《{s}》"))
                .unwrap_or_default();
            let of_n = if recs.typical_cases.len() > 1 {
                format!("（{}个中质量最好的一个，R10）", recs.typical_cases.len())
            } else {
                String::new()
            };
            c.deduct(
                p,
                format!("典型案例{title}报送质量不达标{of_n}，扣{}", fmt2(p)),
                best.place.to_string(),
                Rec::none().on(best.date),
            );
        }
    }

    let mut d = ctx.part(unit.id, clause, dec!(1), "（d）");
    let adopted = recs.info.iter().filter(|i| i.adopted).count();
    if ctx.interim && adopted < 4 {
        d.note(
            period::progress(
                ctx,
                "全年须被中心录用信息4条",
                &format!("已录用{adopted}条"),
            ),
            format!("信息报送: 截至{}录用{adopted}条", ctx.as_of),
            None,
        );
    } else if adopted < 4 {
        d.deduct(
            dec!(1),
            format!("全年被中心录用信息{adopted}条，少于4条，不得1分"),
            format!("信息报送: 全年录用{adopted}条"),
            None,
        );
    }

    let mut parts = vec![a, b, c, d];
    if let Some(p) = pending {
        // One entry for the clause: parts a and b wait for the same months.
        let mut months = ctx.part(unit.id, clause, Decimal::ZERO, "（a）（b）");
        months.note(p, "诉求月报、信息报送: 未结束的月份", None);
        parts.insert(2, months);
    }
    part_floors_cite_r1(ClauseResult::from_parts(clause, parts)).into()
}

/// Z3.1 完成市领导和联席会议交办的事项 (15分).
///
/// 细则: "转办件、督办件按时限完成的，得15分，逾期每次扣0.5-1.5分
/// （办理延期的，以延期时限计分）。"
///
/// Readings: R2 (as-of judges completion), R3 (working days), R4 (default
/// tier), R11 (all 转办件 rows of the 区镇, whatever their 来源).
///
/// Arithmetic: every 转办件 row of the unit judged at the as-of date
/// against 延期至 or 办理时限: overdue → −逾期扣分, or the default tier
/// 0.5 / 1.0 / 1.5 for 1–3 / 4–10 / 11+ working days late, once per row.
/// Open and not yet due → a warning (未到期), no deduction. Floor 0.
pub fn z3_1(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let clause = ClauseId::Z3_1;
    let mut t = ctx.tally(unit.id, clause);
    let mut warnings = Vec::new();
    for r in &recs.transfers {
        let what = format!("转办件（{}）", r.source.label());
        overdue::charge(
            &mut t,
            &mut warnings,
            ctx,
            unit,
            &what,
            &r.id,
            r.place,
            &r.handling,
        );
    }
    outcome(t.finish(), warnings)
}

/// Z3.2 企业服务热线 (15分).
///
/// 细则: "快速反应，及时妥善处办企业服务热线转发的企业需求，逾期每次扣0.5-1.5分
/// （办理延期的，以延期时限计分）；企业对解决结果不满意的，每次扣0.5分"
///
/// Readings: R2, R3, R4 (overdue as in Z3.1), R12 (−0.5 once per row whose
/// final answer is 不满意).
///
/// Arithmetic: every 热线工单 row of the unit: overdue → −逾期扣分 or the
/// default tier (as in Z3.1). The final answer is 二次转办结果 when given,
/// else 回访结果; 不满意 → −0.5 once per row. A row 不满意 at 回访 but
/// satisfied after 二次转办 costs nothing (zero-amount entry). The 免责
/// review is for departments only. A row completed after the as-of date
/// is open at D and its visit results are not used (R2). Floor 0.
pub fn z3_2(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let clause = ClauseId::Z3_2;
    let mut t = ctx.tally(unit.id, clause);
    let mut warnings = Vec::new();
    for r in &recs.hotline {
        overdue::charge(
            &mut t,
            &mut warnings,
            ctx,
            unit,
            "热线工单",
            &r.id,
            r.place,
            &r.handling,
        );
        let src = r.place.to_string();
        if let Some(done) = overdue::completed_after(&r.handling, ctx.as_of) {
            if r.visit == Some(Satisfaction::Dissatisfied) {
                t.note(
                    overdue::visit_unused(done, ctx.as_of),
                    src,
                    Rec::id(&r.id).on(r.handling.forwarded),
                );
            }
            continue;
        }
        let exempt_note = if r.verdict.is_some() {
            "；免责评判只适用于部门"
        } else {
            ""
        };
        match (r.visit, r.second_visit) {
            (_, Some(Satisfaction::Dissatisfied)) => t.deduct(
                dec!(0.5),
                format!("回访不满意，二次转办结果仍不满意，扣0.50（R12{exempt_note}）"),
                src,
                Rec::id(&r.id).on(r.handling.forwarded),
            ),
            (Some(Satisfaction::Dissatisfied), None) => t.deduct(
                dec!(0.5),
                format!("回访结果不满意（无二次转办结果），扣0.50（R12{exempt_note}）"),
                src,
                Rec::id(&r.id).on(r.handling.forwarded),
            ),
            (Some(Satisfaction::Dissatisfied), Some(second)) => t.note(
                format!(
                    "回访不满意，二次转办结果{}，以二次转办结果为准，不扣分（R12）",
                    second.label()
                ),
                src,
                Rec::id(&r.id).on(r.handling.forwarded),
            ),
            _ => {}
        }
    }
    outcome(t.finish(), warnings)
}

/// Z3.3 企业服务新举措 (10分).
///
/// 细则: "制订企业服务新举措不少于2项，每少一项扣1分；年底实施完成并报送新举措
/// 实施成果，得10分，未完成按比例得分。"
///
/// Readings: R13 (a measure whose results were not reported counts as not
/// completed), R14 (proportion over the measures made; each missing measure
/// below two costs 1).
///
/// Arithmetic: n measures of the year; each measure's completion c =
/// 完成比例/100 (empty: 1 if 已实施 else 0), 0 when 已报送成果 否. Score =
/// 10 × Σc / n − max(0, 2 − n) for n ≥ 1, 0 for n = 0, floored at 0 and
/// rounded to 2 decimals. As entries: each measure with c < 1 takes
/// 10 × (1 − c) / n, each missing measure below two takes 1; n = 0 is one
/// entry of 10.
///
/// Interim (R27): the whole clause is a yearly requirement (measures
/// implemented and reported by the year end): pending, a zero-amount entry
/// with the progress.
pub fn z3_3(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::Z3_3);
    let n = recs.measures.len();
    if ctx.interim {
        let done = recs
            .measures
            .iter()
            .filter(|m| m.implemented && m.reported)
            .count();
        t.note(
            period::progress(
                ctx,
                "全年须制订新举措不少于2项，年底实施完成并报送成果",
                &format!("已制订{n}项（已实施并报送成果{done}项）"),
            ),
            format!("服务举措: 截至{}{n}项", ctx.as_of),
            None,
        );
        return t.finish().into();
    }
    if n == 0 {
        t.deduct(
            dec!(10),
            "全年无新举措，本项不得分（R14）",
            "服务举措: 全年无记录",
            None,
        );
        return t.finish().into();
    }
    let ten = dec!(10);
    let nd = Decimal::from(n as u64);
    // (measure, completion, why it is short of 1)
    let mut short = Vec::new();
    for m in &recs.measures {
        let (c, why) = if !m.reported {
            (
                Decimal::ZERO,
                "未报送实施成果，按未完成计（R13）".to_string(),
            )
        } else {
            match m.completion {
                Some(p) => {
                    let c = (p / Decimal::ONE_HUNDRED).clamp(Decimal::ZERO, Decimal::ONE);
                    (c, format!("完成比例{}%", plain(p)))
                }
                None if m.implemented => (Decimal::ONE, String::new()),
                None => (
                    Decimal::ZERO,
                    "未实施（完成比例未填），按未完成计".to_string(),
                ),
            }
        };
        if c < Decimal::ONE {
            short.push((m, c, why));
        }
    }
    // The exact total, divided once, so the entries add up to
    // 10 × Σ(1 − c) / n however the single quotients round.
    let total: Decimal = ten
        * short
            .iter()
            .map(|(_, c, _)| Decimal::ONE - c)
            .sum::<Decimal>()
        / nd;
    let mut given = Decimal::ZERO;
    for (i, (m, c, why)) in short.iter().enumerate() {
        let amount = if i + 1 == short.len() {
            total - given
        } else {
            ten * (Decimal::ONE - c) / nd
        };
        given += amount;
        t.deduct(
            amount,
            format!(
                "举措“{}”{why}；全年{n}项举措按完成比例得分，此项少得{}分（R14）",
                m.name,
                fmt2(amount)
            ),
            m.place.to_string(),
            Rec::id(&m.name).on(m.date).calc(format!(
                "10×(1−{})÷{n} = {}",
                plain(*c),
                fmt2(amount)
            )),
        );
    }
    for k in n + 1..=2 {
        t.deduct(
            Decimal::ONE,
            format!("全年制订新举措{n}项，少于2项：缺第{k}项，扣1.00（R14）"),
            format!("服务举措: 全年{n}项"),
            None,
        );
    }
    t.finish().into()
}

/// Z4.1 定期督查工作 (10分).
///
/// 细则: "每季度督查工作推动、工作规范、问题解决的情况，每次得分上限2.5分，
/// 无台账记录、汇报材料，每次扣0.5分。"
///
/// Readings: R15 (−0.5 once when 有台账记录 or 有汇报材料, or both, is 否).
///
/// Arithmetic: each quarter 1..4 is a part of 2.5: its 督查 得分 (the marks
/// not earned, 2.5 − 得分, are an entry), −0.5 once when records or report
/// materials are missing, floored at 0 per quarter. A quarter with no row
/// scores 0 (an entry of 2.5). Score = sum of the four quarters.
///
/// Interim (R27): a quarter not ended by D is pending at its full 2.5;
/// one zero-amount entry names the pending quarters.
pub fn z4_1(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let clause = ClauseId::Z4_1;
    let cap = dec!(2.5);
    let mut parts = Vec::with_capacity(4);
    for q in 1..=4u8 {
        if !period::quarter_ended(ctx, q) {
            continue;
        }
        let mut t = ctx.part(unit.id, clause, cap, &format!("第{q}季度："));
        match recs.inspections.iter().find(|i| i.quarter == q) {
            None => t.deduct(
                cap,
                "无督查记录，本季度0分",
                format!("督查: 第{q}季度 无记录"),
                None,
            ),
            Some(i) => {
                let src = i.place.to_string();
                let s = i.score.clamp(Decimal::ZERO, cap);
                if s < cap {
                    t.deduct(
                        cap - s,
                        format!(
                            "督查得分{}（本季度满分2.50），少得{}分",
                            fmt2(s),
                            fmt2(cap - s)
                        ),
                        src.clone(),
                        Rec::none().calc(format!("2.50−{} = {}", fmt2(s), fmt2(cap - s))),
                    );
                }
                if !i.has_records || !i.has_report {
                    let lacking = match (i.has_records, i.has_report) {
                        (false, false) => "无台账记录、汇报材料",
                        (false, true) => "无台账记录",
                        _ => "无汇报材料",
                    };
                    t.deduct(dec!(0.5), format!("{lacking}，扣0.50（R15）"), src, None);
                }
            }
        }
        parts.push(t);
    }
    let pending = period::pending_quarters(ctx);
    if let Some(reason) = period::pending_quarters_note(ctx) {
        let marks = cap * Decimal::from(pending.len() as u64);
        let mut t = ctx.part(unit.id, clause, marks, "");
        t.note(reason, "督查: 未结束的季度", None);
        parts.push(t);
    }
    ClauseResult::from_parts(clause, parts).into()
}

/// Z4.2 企业服务评估 (10分).
///
/// 细则: "按一定比例随机抽取企业进行服务企业满意度调查，得分上限10分。"
///
/// Readings: R16 (the survey score scaled to 10).
///
/// Arithmetic: s = the unit's survey score (mean of its 满意度调查 rows,
/// 2 decimals); score = 10 × s / 100, rounded to 2 decimals half away from
/// zero; the entry takes 10 − that. No survey score: 0 (an entry of 10);
/// in an interim run, pending at full marks (docs/rules.md, Interim runs: a
/// zero-amount entry and a warning).
pub fn z4_2(unit: &Unit, _recs: &UnitRecords, ctx: &Context) -> Outcome {
    let mut t = ctx.tally(unit.id, ClauseId::Z4_2);
    let marks = ClauseId::Z4_2.marks();
    match ctx.survey.get(unit.id.index()).copied().flatten() {
        None if ctx.interim => {
            t.note(SURVEY_PENDING, "满意度调查: 无记录", None);
            return outcome(t.finish(), vec![survey_pending(unit, ClauseId::Z4_2)]);
        }
        None => t.deduct(
            marks,
            "无满意度调查得分，本项不得分",
            "满意度调查: 无记录",
            None,
        ),
        Some(s) => {
            let earned = marks * s / Decimal::ONE_HUNDRED;
            if earned < marks {
                t.deduct(
                    marks - earned,
                    format!(
                        "满意度调查得分{}（百分制），按本项满分10分折算得{}分，少得{}分（R16）",
                        fmt2(s),
                        fmt2(earned),
                        fmt2(marks - earned)
                    ),
                    format!("满意度调查: 得分{}", fmt2(s)),
                    Rec::none().calc(format!(
                        "10×{}÷100 = {}；10−{} = {}",
                        fmt2(s),
                        plain(earned),
                        plain(earned),
                        plain(marks - earned)
                    )),
                );
            }
        }
    }
    t.finish().into()
}

/// The audit entry of a survey clause pending in an interim run.
pub const SURVEY_PENDING: &str = "满意度调查尚未进行，按满分暂计";

/// The warning of a survey clause pending in an interim run (Z4.2, D4).
pub fn survey_pending(unit: &Unit, clause: ClauseId) -> Warning {
    Warning::new(
        kinds::NO_SURVEY,
        Some(&unit.name),
        "满意度调查",
        format!(
            "{}尚无满意度调查结果：{}按满分暂计（暂计考核），年终考核前须补齐",
            unit.name,
            clause.id()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Calendar;
    use crate::model::{
        Category, Communication, Handling, HotlineRow, InfoItem, Inspection, Ledger, Measure,
        Meeting, MonthlyReport, Role, Roster, Salon, Summary, TransferRow, TransferSource,
        TypicalCase, UnitId, Verdict,
    };
    use crate::rules::parse_dec;
    use crate::rules::testkit::*;
    use crate::rules::{group_by_unit, AuditEntry};

    const TOWN: UnitId = UnitId(0);
    const DEPT: UnitId = UnitId(1);

    fn year_end() -> NaiveDate {
        d(12, 31)
    }

    /// A 2-unit roster (张浦镇 = TOWN, 商务局 = DEPT) and no records.
    fn empty_ledger() -> Ledger {
        Ledger {
            year: 2017,
            roster: Roster::new(vec![
                ("张浦镇".to_string(), Category::Town, vec![]),
                ("商务局".to_string(), Category::GroupA, vec![]),
            ]),
            ..Default::default()
        }
    }

    fn meeting(row: u32, date: NaiveDate, topic: bool, minutes: bool) -> Meeting {
        Meeting {
            place: at("例会", row),
            unit: TOWN,
            date,
            has_topic: topic,
            has_minutes: minutes,
        }
    }

    /// A salon with every flag 是.
    fn salon(row: u32, date: NaiveDate) -> Salon {
        Salon {
            place: at("沙龙", row),
            unit: TOWN,
            date,
            has_theme: true,
            has_plan: true,
            has_summary: true,
            has_materials: true,
            has_records: true,
            has_publicity: true,
            invited_center: true,
        }
    }

    fn communication(row: u32) -> Communication {
        Communication {
            place: at("沟通机制", row),
            unit: TOWN,
            platform: true,
            chat_group: true,
            published_contacts: true,
            follows_zqt: true,
            promotes_zqt: true,
            liaison: true,
        }
    }

    fn summary(q: u8) -> Summary {
        Summary {
            place: at("工作总结", u32::from(q) + 1),
            unit: TOWN,
            quarter: q,
            sent: None,
        }
    }

    fn monthly(m: u8, status: ReportStatus) -> MonthlyReport {
        MonthlyReport {
            place: at("诉求月报", u32::from(m) + 1),
            unit: TOWN,
            month: m,
            status,
        }
    }

    fn info(row: u32, date: NaiveDate, adopted: bool) -> InfoItem {
        InfoItem {
            place: at("信息报送", row),
            unit: TOWN,
            date,
            title: None,
            adopted,
        }
    }

    fn typical(row: u32, penalty: Option<&str>) -> TypicalCase {
        TypicalCase {
            place: at("典型案例", row),
            unit: TOWN,
            date: d(6, 1),
            title: Some(format!("案例{row}")),
            quality_penalty: penalty.map(parse_dec),
        }
    }

    fn inspection(q: u8, score: &str, records: bool, report: bool) -> Inspection {
        Inspection {
            place: at("督查", u32::from(q) + 1),
            unit: TOWN,
            quarter: q,
            score: parse_dec(score),
            has_records: records,
            has_report: report,
        }
    }

    fn measure(
        row: u32,
        name: &str,
        implemented: bool,
        reported: bool,
        pct: Option<&str>,
    ) -> Measure {
        Measure {
            place: at("服务举措", row),
            unit: TOWN,
            name: name.to_string(),
            date: d(2, 1),
            implemented,
            reported,
            completion: pct.map(parse_dec),
            penalty: None,
            also_featured: false,
        }
    }

    fn handling(deadline: NaiveDate, done: Option<NaiveDate>) -> Handling {
        Handling {
            forwarded: d(1, 2),
            deadline,
            extended: None,
            completed: done,
            penalty: None,
        }
    }

    fn hot(row: u32, id: &str, deadline: NaiveDate, done: Option<NaiveDate>) -> HotlineRow {
        HotlineRow {
            place: at("热线工单", row),
            id: id.to_string(),
            unit: TOWN,
            role: Role::Lead,
            handling: handling(deadline, done),
            visit: Some(Satisfaction::Satisfied),
            second_visit: None,
            verdict: None,
        }
    }

    fn transfer(
        row: u32,
        id: &str,
        source: TransferSource,
        deadline: NaiveDate,
        done: Option<NaiveDate>,
    ) -> TransferRow {
        TransferRow {
            place: at("转办件", row),
            id: id.to_string(),
            source,
            unit: TOWN,
            role: Role::Lead,
            handling: handling(deadline, done),
            contacted: None,
            opinion: None,
            feedback: None,
            solved: None,
        }
    }

    /// A ledger on which 张浦镇 earns full marks in every clause.
    fn full_ledger() -> Ledger {
        let mut l = empty_ledger();
        // One counted meeting per quarter (Feb, May, Aug, Nov).
        l.meetings = (1..=4u32)
            .map(|q| meeting(q + 1, d(q * 3 - 1, 10), true, true))
            .collect();
        // Six counted salons, every flag 是.
        l.salons = (1..=6u32).map(|i| salon(i + 1, d(i, 15))).collect();
        l.communication = vec![communication(2)];
        l.summaries = (1..=4).map(summary).collect();
        l.monthly_reports = (1..=12).map(|m| monthly(m, ReportStatus::Sent)).collect();
        // One 信息报送 per month; January to April adopted.
        l.info = (1..=12u32).map(|m| info(m + 1, d(m, 5), m <= 4)).collect();
        l.typical_cases = vec![typical(2, None)];
        l.inspections = (1..=4).map(|q| inspection(q, "2.5", true, true)).collect();
        l.measures = vec![
            measure(2, "企业服务直通车", true, true, None),
            measure(3, "政策明白卡", true, true, Some("100")),
        ];
        l.surveys = vec![survey(2, TOWN, "100"), survey(3, DEPT, "80")];
        l
    }

    fn eval_at(ledger: &Ledger, as_of: NaiveDate, f: ClauseFn) -> Outcome {
        let cal = Calendar::new();
        let ctx = Context::new(ledger, as_of, &cal);
        let groups = group_by_unit(ledger);
        let o = f(ledger.roster.get(TOWN), &groups[TOWN.index()], &ctx);
        assert_invariant(&o.result);
        o
    }

    fn eval(ledger: &Ledger, f: ClauseFn) -> Outcome {
        eval_at(ledger, year_end(), f)
    }

    fn entry<'a>(o: &'a Outcome, source: &str) -> &'a AuditEntry {
        o.result
            .entries
            .iter()
            .find(|e| &*e.source == source)
            .unwrap_or_else(|| panic!("no entry from {source}: {:#?}", o.result.entries))
    }

    // ---------------------------------------------------------------- all

    #[test]
    fn full_ledger_scores_full_marks_in_order() {
        let l = full_ledger();
        let cal = Calendar::new();
        let ctx = Context::new(&l, year_end(), &cal);
        let groups = group_by_unit(&l);
        let outs = score(l.roster.get(TOWN), &groups[TOWN.index()], &ctx);
        let ids: Vec<ClauseId> = outs.iter().map(|o| o.result.clause).collect();
        assert_eq!(ids, ClauseId::TOWN.to_vec());
        for o in &outs {
            assert_invariant(&o.result);
            assert_eq!(o.result.score, o.result.clause.marks(), "{:#?}", o.result);
            assert!(o.result.entries.is_empty(), "{:#?}", o.result.entries);
            assert!(o.warnings.is_empty());
        }
        let total: Decimal = outs.iter().map(|o| o.result.score).sum();
        assert_eq!(total, dec!(100));
    }

    #[test]
    fn clause_table_order_matches_functions() {
        let ids: Vec<ClauseId> = CLAUSE_FNS.iter().map(|(c, _)| *c).collect();
        assert_eq!(ids, ClauseId::TOWN.to_vec());
    }

    // ---------------------------------------------------------------- Z1.1

    #[test]
    fn z1_1_empty_quarter_not_made_up_by_two_in_another() {
        let mut l = full_ledger();
        l.meetings = vec![
            meeting(2, d(1, 10), true, true),   // Q1 counted
            meeting(3, d(3, 20), true, true),   // Q1 counted (extra)
            meeting(4, d(8, 8), true, false),   // Q3 no minutes: not counted
            meeting(5, d(11, 11), false, true), // Q4 no topic: not counted
            meeting(6, d(12, 1), true, true),   // Q4 counted
        ];
        let o = eval(&l, z1_1);
        // Q2 empty −0.5, Q3 only an uncounted meeting −0.5: 2 − 1.0 = 1.00.
        assert_eq!(o.result.score, dec!(1.00));
        assert_eq!(amounts(&o), decs(&["0.5", "0", "0.5", "0"]));
        assert_eq!(entry(&o, "例会: 第2季度 无计次记录").amount, dec!(0.5));
        assert_eq!(entry(&o, "例会: 第3季度 无计次记录").amount, dec!(0.5));
        let q3 = entry(&o, "例会!4");
        assert!(q3.reason.starts_with("未计次：无会议记录"), "{}", q3.reason);
        assert_eq!(q3.amount, Decimal::ZERO);
        assert!(entry(&o, "例会!5").reason.starts_with("未计次：无议题"));
    }

    #[test]
    fn z1_1_no_meetings_scores_zero() {
        let mut l = full_ledger();
        l.meetings.clear();
        let o = eval(&l, z1_1);
        // 4 quarters × 0.5 = 2 = the marks.
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["0.5", "0.5", "0.5", "0.5"]));
    }

    // ---------------------------------------------------------------- Z1.2

    #[test]
    fn z1_2_a_seventh_salon_that_falls_short_never_costs_less_than_a_good_one() {
        // Six good salons, then a seventh: (a) counted, lacking only its
        // 台账 → −0.5; (b) lacking plan, 台账, publicity and invitation: not
        // counted (R7), charged per salon all the same (R8) → −1.25.
        let mut l = full_ledger();
        let mut good = salon(8, d(9, 9));
        good.has_records = false;
        l.salons.push(good);
        let o = eval(&l, z1_2);
        assert_eq!(o.result.score, dec!(14.5));
        assert_eq!(amounts(&o), decs(&["0.5"]));
        let e = entry(&o, "沙龙!8");
        assert_eq!(&*e.reason, "2017-09-09沙龙无台账记录，扣0.50（R8）");
        assert_eq!(e.date, Some(d(9, 9)));

        let mut l = full_ledger();
        let mut bad = salon(8, d(9, 9));
        bad.has_plan = false;
        bad.has_records = false;
        bad.has_publicity = false;
        bad.invited_center = false;
        l.salons.push(bad);
        let o = eval(&l, z1_2);
        // 15 − 0.5 − 0.5 − 0.25 = 13.75: six counted, no salon missing.
        assert_eq!(o.result.score, dec!(13.75));
        assert_eq!(amounts(&o), decs(&["0", "0.5", "0.5", "0.25"]));
        let reasons: Vec<&str> = o.result.entries.iter().map(|e| &*e.reason).collect();
        assert_eq!(
            reasons,
            [
                "未计次：无计划（2017-09-09沙龙，R7）",
                "2017-09-09沙龙无台账记录，扣0.50（未计次的沙龙同样按次扣分，R8）",
                "2017-09-09沙龙无对外宣传，扣0.50（未计次的沙龙同样按次扣分，R8）",
                "2017-09-09沙龙未联系企业发展服务中心派员，扣0.25（未计次的沙龙同样按次扣分，R8）",
            ]
        );
        assert!(o.result.entries.iter().all(|e| &*e.source == "沙龙!8"));
    }

    #[test]
    fn z1_2_salon_lacking_materials_does_not_count_toward_six() {
        let mut l = full_ledger();
        l.salons[5].has_materials = false;
        l.salons[5].has_records = false;
        let o = eval(&l, z1_2);
        // 5 counted: one missing −2.5; the uncounted salon's missing 台账
        // costs 0.5 all the same (R8): 15 − 0.5 − 2.5 = 12.
        assert_eq!(o.result.score, dec!(12));
        assert_eq!(amounts(&o), decs(&["0", "0.5", "2.5"]));
        assert!(o.result.entries[0].reason.starts_with("未计次：无活动资料"));
        assert!(o.result.entries[1].reason.contains("R8"));
        let e = entry(&o, "沙龙: 全年计次5次");
        assert!(e.reason.contains("缺第6次"), "{}", e.reason);
    }

    #[test]
    fn z1_2_an_uncounted_salon_costs_at_least_what_it_would_counted() {
        // Each per-salon flag pattern, on a seventh salon beside six good
        // ones: the salon failing R7 as well never costs less.
        for flags in 0..8u8 {
            let cost = |counts: bool| {
                let mut l = full_ledger();
                let mut s = salon(8, d(10, 10));
                s.has_summary = counts;
                s.has_records = flags & 1 == 0;
                s.has_publicity = flags & 2 == 0;
                s.invited_center = flags & 4 == 0;
                l.salons.push(s);
                dec!(15) - eval(&l, z1_2).result.score
            };
            assert_eq!(cost(false), cost(true), "flags {flags:03b}");
        }
    }

    #[test]
    fn z1_2_per_salon_deductions() {
        let mut l = full_ledger();
        l.salons[0].has_records = false; // −0.5
        l.salons[0].has_publicity = false; // −0.5
        l.salons[1].invited_center = false; // −0.25
        let o = eval(&l, z1_2);
        // 15 − 0.5 − 0.5 − 0.25 = 13.75.
        assert_eq!(o.result.score, dec!(13.75));
        assert_eq!(amounts(&o), decs(&["0.5", "0.5", "0.25"]));
        assert!(o.result.entries[0].reason.contains("无台账记录"));
        assert!(o.result.entries[1].reason.contains("无对外宣传"));
        assert_eq!(&*o.result.entries[2].source, "沙龙!3");
    }

    #[test]
    fn z1_2_no_salons_and_floor() {
        let mut l = full_ledger();
        l.salons.clear();
        let o = eval(&l, z1_2);
        // 6 missing × 2.5 = 15.
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o).len(), 6);

        // 13 counted salons: the first lacks only publicity (0.5), the
        // other 12 lack all three (1.25 each). After 12 salons:
        // 0.5 + 11 × 1.25 = 14.25; the 13th: records 0.5 → 14.75,
        // publicity nominal 0.5 takes 0.25 (floor), invited takes 0.
        let mut l = full_ledger();
        l.salons = (0..13u32)
            .map(|i| {
                let mut s = salon(i + 2, d(i % 12 + 1, 20));
                s.has_publicity = false;
                if i > 0 {
                    s.has_records = false;
                    s.invited_center = false;
                }
                s
            })
            .collect();
        let o = eval(&l, z1_2);
        assert_eq!(o.result.score, Decimal::ZERO);
        let a = amounts(&o);
        assert_eq!(a.len(), 1 + 12 * 3);
        assert_eq!(a[a.len() - 3], dec!(0.5));
        assert_eq!(a[a.len() - 2], dec!(0.25));
        assert_eq!(a[a.len() - 1], Decimal::ZERO);
        let reached = &o.result.entries[a.len() - 2];
        assert!(
            reached.reason.contains("应扣0.50，本项已扣至0，实扣0.25"),
            "{}",
            reached.reason
        );
        assert!(o.result.entries[a.len() - 1].reason.contains("实扣0.00"));
    }

    // ---------------------------------------------------------------- Z1.3

    #[test]
    fn z1_3_parts() {
        let mut l = full_ledger();
        l.communication[0].chat_group = false; // a −2
        l.communication[0].published_contacts = false; // a −0.5
        l.communication[0].promotes_zqt = false; // b −1
        let o = eval(&l, z1_3);
        // a 4 − 2.5 = 1.5, b 2 − 1 = 1, c 2: 4.5.
        assert_eq!(o.result.score, dec!(4.5));
        assert_eq!(amounts(&o), decs(&["2", "0.5", "1"]));
        assert!(o.result.entries[0].reason.starts_with("（a）"));
        assert!(o.result.entries[2].reason.starts_with("（b）"));
        assert!(o.result.entries.iter().all(|e| &*e.source == "沟通机制!2"));
    }

    #[test]
    fn z1_3_each_part_floored_on_its_own() {
        let mut l = full_ledger();
        let c = &mut l.communication[0];
        c.platform = false;
        c.chat_group = false;
        c.published_contacts = false;
        c.follows_zqt = false;
        c.promotes_zqt = false;
        c.liaison = false;
        let o = eval(&l, z1_3);
        // a: 2 + 2 = 4 reaches the floor, 0.5 takes 0. b: 1.5, then 1
        // takes 0.5. c: 2. Σ = 8, score 0.
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["2", "2", "0", "1.5", "0.5", "2"]));
        assert!(o.result.entries[2]
            .reason
            .contains("应扣0.50，本项已扣至0，实扣0.00"));
        assert!(o.result.entries[4]
            .reason
            .contains("应扣1.00，本项已扣至0，实扣0.50"));
        // The part floors are R1's; entries no floor stopped do not cite it.
        let cites: Vec<bool> = o
            .result
            .entries
            .iter()
            .map(|e| e.reason.ends_with("；各部分分别扣至0，R1）"))
            .collect();
        assert_eq!(cites, [false, false, true, false, true, false]);
        assert_eq!(
            &*o.result.entries[2].reason,
            "（a）未向辖区企业发布涉企部门服务内容及联系方式，扣0.50（应扣0.50，本项已扣至0，实扣0.00；各部分分别扣至0，R1）"
        );
    }

    #[test]
    fn z1_3_no_row() {
        let mut l = full_ledger();
        l.communication.clear();
        let o = eval(&l, z1_3);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["4", "2", "2"]));
        assert!(o
            .result
            .entries
            .iter()
            .all(|e| e.reason.contains("无沟通机制记录")));
    }

    // ---------------------------------------------------------------- Z2.1

    #[test]
    fn z2_1_missing_quarters() {
        let mut l = full_ledger();
        l.summaries.retain(|s| s.quarter != 3);
        let o = eval(&l, z2_1);
        assert_eq!(o.result.score, dec!(3.75));
        assert_eq!(entry(&o, "工作总结: 第3季度 无记录").amount, dec!(1.25));

        l.summaries.clear();
        let o = eval(&l, z2_1);
        // 4 × 1.25 = 5.
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o).len(), 4);
    }

    // ---------------------------------------------------------------- Z2.2

    #[test]
    fn z2_2_nil_report_versus_missing_month() {
        let mut l = full_ledger();
        l.monthly_reports[1].status = ReportStatus::Nil; // February 零申报
        l.monthly_reports.retain(|r| r.month != 3); // March missing
        let o = eval(&l, z2_2);
        // a: 5 − 0.25 − 0.5 = 4.25; b 2, c 2, d 1: 9.25.
        assert_eq!(o.result.score, dec!(9.25));
        assert_eq!(entry(&o, "诉求月报!3").amount, dec!(0.25));
        assert!(entry(&o, "诉求月报!3").reason.contains("零申报"));
        assert_eq!(entry(&o, "诉求月报: 3月 无记录").amount, dec!(0.5));
    }

    #[test]
    fn z2_2_part_a_floor() {
        let mut l = full_ledger();
        l.monthly_reports = vec![monthly(1, ReportStatus::Nil)];
        let o = eval(&l, z2_2);
        // 0.25 + months 2..10 × 0.5 = 4.75; November takes 0.25 of its
        // 0.5; December 0. a = 0; b 2 + c 2 + d 1 = 5.
        assert_eq!(o.result.score, dec!(5));
        assert_eq!(entry(&o, "诉求月报: 10月 无记录").amount, dec!(0.5));
        let nov = entry(&o, "诉求月报: 11月 无记录");
        assert_eq!(nov.amount, dec!(0.25));
        assert!(nov.reason.contains("应扣0.50，本项已扣至0，实扣0.25"));
        assert!(
            nov.reason.ends_with("；各部分分别扣至0，R1）"),
            "{}",
            nov.reason
        );
        assert!(!entry(&o, "诉求月报: 10月 无记录").reason.contains("R1"));
        assert_eq!(entry(&o, "诉求月报: 12月 无记录").amount, Decimal::ZERO);
    }

    #[test]
    fn z2_2_part_b_needs_every_month() {
        let mut l = full_ledger();
        // Twelve rows, but two in June and none in May.
        l.info[4].date = d(6, 20);
        let o = eval(&l, z2_2);
        assert_eq!(o.result.score, dec!(8));
        let e = entry(&o, "信息报送: 全年12条，缺5月");
        assert_eq!(e.amount, dec!(2));
        assert!(e.reason.starts_with("（b）"));

        // Eleven rows, July missing: also 0 (R9, no partial scale).
        let mut l = full_ledger();
        l.info.remove(6);
        l.info.remove(4); // May too
        let o = eval(&l, z2_2);
        assert_eq!(o.result.score, dec!(8));
        assert_eq!(entry(&o, "信息报送: 全年10条，缺5月、7月").amount, dec!(2));
    }

    #[test]
    fn z2_2_typical_case_quality() {
        // The best case counts (R10): penalties 1.0 and 0.5 → c = 2 − 0.5.
        let mut l = full_ledger();
        l.typical_cases = vec![typical(2, Some("1.0")), typical(3, Some("0.5"))];
        let o = eval(&l, z2_2);
        assert_eq!(o.result.score, dec!(9.5));
        let e = entry(&o, "典型案例!3");
        assert_eq!(e.amount, dec!(0.5));
        assert!(e.reason.contains("R10"), "{}", e.reason);

        // One case without 质量扣分 beats one with 1.5: c = 2.
        l.typical_cases = vec![typical(2, Some("1.5")), typical(3, None)];
        let o = eval(&l, z2_2);
        assert_eq!(o.result.score, dec!(10));
        assert!(o.result.entries.is_empty());

        // A single case with 1.5: c = 0.5.
        l.typical_cases = vec![typical(2, Some("1.5"))];
        let o = eval(&l, z2_2);
        assert_eq!(o.result.score, dec!(8.5));

        // None at all: c = 0.
        l.typical_cases.clear();
        let o = eval(&l, z2_2);
        assert_eq!(o.result.score, dec!(8));
        assert_eq!(entry(&o, "典型案例: 全年无记录").amount, dec!(2));
    }

    #[test]
    fn z2_2_part_d_adopted() {
        let mut l = full_ledger();
        l.info[3].adopted = false; // 3 adopted
        let o = eval(&l, z2_2);
        assert_eq!(o.result.score, dec!(9));
        assert_eq!(entry(&o, "信息报送: 全年录用3条").amount, dec!(1));
    }

    // ---------------------------------------------------------------- Z3.1

    #[test]
    fn z3_1_working_days_across_national_day_and_tiers() {
        use TransferSource::*;
        let mut l = full_ledger();
        // 2017: Fri 09-29; Sat 09-30 is a make-up working day; 10-01..08 off.
        l.transfers = vec![
            // 09-30 → 1 working day → 0.5
            transfer(2, "Z-01", Center, d(9, 29), Some(d(10, 5))),
            // 09-30, 10-09 → 2 → 0.5
            transfer(3, "Z-02", Supervision, d(9, 29), Some(d(10, 9))),
            // 09-30, 10-09, 10-10 → 3 → 0.5
            transfer(4, "Z-03", Leader, d(9, 29), Some(d(10, 10))),
            // + 10-11 → 4 → 1.0
            transfer(5, "Z-04", JointMeeting, d(9, 29), Some(d(10, 11))),
            // 09-30, 10-09..13 (5), 10-16..19 (4) → 10 → 1.0
            transfer(6, "Z-05", Center, d(9, 29), Some(d(10, 19))),
            // + 10-20 → 11 → 1.5
            transfer(7, "Z-06", Center, d(9, 29), Some(d(10, 20))),
            // Thu 09-28: 09-29, 09-30, 10-09..13, 10-16..20 → 12 → 1.5
            transfer(8, "Z-07", Supervision, d(9, 28), Some(d(10, 20))),
            // 2 working days, but the ledger's 逾期扣分 1.2 overrides the tier
            transfer(9, "Z-08", Leader, d(9, 29), Some(d(10, 9))),
            // on time
            transfer(10, "Z-09", Center, d(3, 1), Some(d(3, 1))),
        ];
        l.transfers[7].handling.penalty = Some(dec!(1.2));
        let o = eval(&l, z3_1);
        // 0.5 × 3 + 1.0 × 2 + 1.5 × 2 + 1.2 = 7.7 → 15 − 7.7 = 7.3.
        assert_eq!(
            amounts(&o),
            decs(&["0.5", "0.5", "0.5", "1.0", "1.0", "1.5", "1.5", "1.2"])
        );
        assert_eq!(o.result.score, dec!(7.3));
        assert!(o.warnings.is_empty());
        let e = entry(&o, "转办件!3");
        assert_eq!(e.record.as_deref(), Some("Z-02"));
        assert!(
            e.reason
                .contains("转办件（督办）逾期2个工作日（时限2017-09-29，办结2017-10-09）"),
            "{}",
            e.reason
        );
        assert!(e.reason.contains("R4"));
        let e = entry(&o, "转办件!8");
        assert!(e.reason.contains("逾期12个工作日"), "{}", e.reason);
        let e = entry(&o, "转办件!9");
        assert!(e.reason.contains("按台账逾期扣分1.20"), "{}", e.reason);
    }

    #[test]
    fn z3_1_extension_not_yet_due_and_unused_penalty() {
        let mut l = full_ledger();
        let mut ext = transfer(2, "Z-10", TransferSource::Center, d(3, 1), Some(d(3, 6)));
        ext.handling.extended = Some(d(3, 10)); // 延期至 03-10: on time
        ext.handling.penalty = Some(dec!(1.0)); // not used
        let mut open = transfer(3, "Z-11", TransferSource::Leader, d(12, 29), None);
        open.handling.extended = Some(NaiveDate::from_ymd_opt(2018, 1, 5).unwrap());
        l.transfers = vec![ext, open];
        let o = eval(&l, z3_1);
        assert_eq!(o.result.score, dec!(15));
        assert!(o.result.entries.is_empty());
        assert_eq!(o.warnings.len(), 2);
        assert_eq!(o.warnings[0].place, "转办件!2");
        assert!(
            o.warnings[0].message.contains("逾期扣分1.00未使用"),
            "{}",
            o.warnings[0]
        );
        assert_eq!(o.warnings[1].place, "转办件!3");
        assert!(
            o.warnings[1].message.starts_with("未到期"),
            "{}",
            o.warnings[1]
        );
    }

    #[test]
    fn z3_1_as_of_turns_late_completion_into_open() {
        let mut l = full_ledger();
        // Tue 06-20 deadline, completed Wed 07-05.
        l.transfers = vec![
            transfer(2, "Z-20", TransferSource::Center, d(6, 20), Some(d(7, 5))),
            // Completed 07-05 before its 07-10 deadline: on time at year end,
            // open and not yet due at 06-30.
            transfer(3, "Z-21", TransferSource::Center, d(7, 10), Some(d(7, 5))),
        ];
        // Year end: 06-21..23 (3), 06-26..30 (5), 07-03..05 (3) = 11 → 1.5.
        let o = eval(&l, z3_1);
        assert_eq!(amounts(&o), decs(&["1.5"]));
        assert!(o.result.entries[0].reason.contains("逾期11个工作日"));
        assert!(o.warnings.is_empty());
        // As of 06-30 the completion is later than the as-of date: open,
        // 8 working days late → 1.0; the second row is not yet due.
        let o = eval_at(&l, d(6, 30), z3_1);
        assert_eq!(amounts(&o), decs(&["1.0"]));
        assert_eq!(o.result.score, dec!(14));
        assert!(
            o.result.entries[0]
                .reason
                .contains("逾期8个工作日（时限2017-06-20，截至2017-06-30未办结）"),
            "{}",
            o.result.entries[0].reason
        );
        assert_eq!(o.warnings.len(), 1);
        assert!(o.warnings[0].message.starts_with("未到期"));
    }

    // ---------------------------------------------------------------- Z3.2

    #[test]
    fn z3_2_dissatisfaction_uses_final_answer() {
        use Satisfaction::*;
        let mut l = full_ledger();
        let mut rows = vec![
            hot(2, "H-01", d(3, 1), Some(d(3, 1))),    // 满意: nothing
            hot(3, "H-02", d(3, 1), Some(d(3, 1))),    // 不满意, no 二次转办: −0.5
            hot(4, "H-03", d(3, 1), Some(d(3, 1))),    // 不满意 → 不满意 (免责): −0.5
            hot(5, "H-04", d(3, 1), Some(d(3, 1))),    // 不满意 → 满意: note
            hot(6, "H-05", d(3, 1), Some(d(3, 1))),    // 不满意 → 基本满意: note
            hot(7, "H-06", d(9, 29), Some(d(10, 11))), // 4 working days → 1.0, and 不满意 −0.5
            hot(8, "H-07", d(3, 1), Some(d(3, 1))),    // not yet visited: nothing
        ];
        rows[1].visit = Some(Dissatisfied);
        rows[2].visit = Some(Dissatisfied);
        rows[2].second_visit = Some(Dissatisfied);
        rows[2].verdict = Some(Verdict::Exempt);
        rows[3].visit = Some(Dissatisfied);
        rows[3].second_visit = Some(Satisfied);
        rows[4].visit = Some(Dissatisfied);
        rows[4].second_visit = Some(Basic);
        rows[5].visit = Some(Dissatisfied);
        rows[6].visit = None;
        // A department's row of case H-03 is not the 区镇's.
        let mut dept = hot(9, "H-03", d(3, 1), Some(d(4, 1)));
        dept.unit = DEPT;
        dept.role = Role::Assist;
        rows.push(dept);
        l.hotline = rows;
        let o = eval(&l, z3_2);
        // 15 − 0.5 − 0.5 − 1.0 − 0.5 = 12.5.
        assert_eq!(o.result.score, dec!(12.5));
        assert_eq!(amounts(&o), decs(&["0.5", "0.5", "0", "0", "1.0", "0.5"]));
        let e = &o.result.entries[1];
        assert_eq!(e.record.as_deref(), Some("H-03"));
        assert_eq!(e.date, Some(l.hotline[2].handling.forwarded), "转办日期");
        assert!(e.reason.contains("免责评判只适用于部门"), "{}", e.reason);
        // The overdue entry of H-06 and the zero-amount notes carry the date too.
        assert!(o.result.entries.iter().all(|e| e.date.is_some()));
        let e = entry(&o, "热线工单!5");
        assert_eq!(e.amount, Decimal::ZERO);
        assert!(
            e.reason.contains("二次转办结果满意") && e.reason.contains("R12"),
            "{}",
            e.reason
        );
        assert!(entry(&o, "热线工单!6").reason.contains("基本满意"));
        assert!(o.result.entries[4].reason.contains("逾期4个工作日"));
        assert_eq!(
            o.result.entries[4].calc.as_deref(),
            Some("4个工作日，属4–10个工作日档：1.00")
        );
        assert!(o.result.entries.iter().all(|e| &*e.source != "热线工单!9"));
    }

    #[test]
    fn z3_2_not_yet_due_is_a_warning() {
        let mut l = full_ledger();
        l.hotline = vec![hot(
            2,
            "H-10",
            NaiveDate::from_ymd_opt(2018, 1, 8).unwrap(),
            None,
        )];
        let o = eval(&l, z3_2);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(o.warnings.len(), 1);
        assert_eq!(o.warnings[0].place, "热线工单!2");
        assert!(o.warnings[0].message.starts_with("未到期"));
    }

    #[test]
    fn z3_2_floor_with_twenty_overdue_rows() {
        let mut l = full_ledger();
        l.hotline = (0..20u32)
            .map(|i| {
                let mut r = hot(i + 2, &format!("H-{i:02}"), d(3, 1), Some(d(3, 31)));
                r.handling.penalty = Some(dec!(1.5));
                r
            })
            .collect();
        l.hotline[0].visit = Some(Satisfaction::Dissatisfied);
        let o = eval(&l, z3_2);
        // Row 1: 1.5 + 0.5 = 2.0; rows 2..9: 8 × 1.5 → 14.0; row 10 takes
        // the last 1.0 of its 1.5; rows 11..20 take 0. 30.5 nominal > 15.
        assert_eq!(o.result.score, Decimal::ZERO);
        let a = amounts(&o);
        assert_eq!(a.len(), 21);
        assert_eq!(a[9], dec!(1.5));
        assert_eq!(a[10], dec!(1.0));
        assert!(o.result.entries[10]
            .reason
            .contains("应扣1.50，本项已扣至0，实扣1.00"));
        assert_eq!(o.result.entries[10].record.as_deref(), Some("H-09"));
        assert!(a[11..].iter().all(|x| x.is_zero()));
        assert!(o.result.entries[20].reason.contains("实扣0.00"));
    }

    // ---------------------------------------------------------------- Z3.3

    #[test]
    fn z3_3_one_measure_fully_done_scores_nine() {
        let mut l = full_ledger();
        l.measures.truncate(1);
        let o = eval(&l, z3_3);
        // 10 × 1/1 − 1 × (2 − 1) = 9.
        assert_eq!(o.result.score, dec!(9));
        assert_eq!(entry(&o, "服务举措: 全年1项").amount, dec!(1));
    }

    #[test]
    fn z3_3_half_done_over_three_measures_rounds() {
        let mut l = full_ledger();
        l.measures
            .push(measure(4, "减负清单", true, true, Some("50")));
        let o = eval(&l, z3_3);
        // 10 × (1 + 1 + 0.5) / 3 = 8.333… → 8.33; entry 10 × 0.5 / 3 → 1.67.
        assert_eq!(o.result.score, dec!(8.33));
        assert_eq!(amounts(&o), decs(&["1.67"]));
        let e = &o.result.entries[0];
        assert_eq!(e.record.as_deref(), Some("减负清单"));
        assert_eq!(e.date, Some(d(2, 1)), "制定日期");
        assert!(e.reason.contains("完成比例50%"), "{}", e.reason);
        // A plain sentence; the arithmetic apart.
        assert!(!e.reason.contains('×'), "{}", e.reason);
        assert!(e
            .reason
            .contains("全年3项举措按完成比例得分，此项少得1.67分"));
        assert_eq!(e.calc.as_deref(), Some("10×(1−0.5)÷3 = 1.67"));

        // All three at 50%: 10 × 1.5 / 3 = 5.00; three entries of 1.666…
        // round to 1.67 each (5.01), so the last one is adjusted to 1.66 (K2).
        let mut l = full_ledger();
        l.measures = (0..3u32)
            .map(|i| measure(i + 2, &format!("举措{i}"), true, true, Some("50")))
            .collect();
        let o = eval(&l, z3_3);
        assert_eq!(o.result.score, dec!(5));
        assert_eq!(amounts(&o), decs(&["1.67", "1.67", "1.66"]));
        assert!(o.result.entries[2].reason.contains("四舍五入调整-0.01"));
    }

    #[test]
    fn z3_3_not_reported_and_not_implemented_count_zero() {
        let mut l = full_ledger();
        l.measures[0].reported = false; // c = 0 (R13) despite 已实施
        let o = eval(&l, z3_3);
        // 10 × (0 + 1) / 2 = 5.
        assert_eq!(o.result.score, dec!(5));
        assert!(o.result.entries[0].reason.contains("R13"));
        assert_eq!(amounts(&o), decs(&["5"]));

        let mut l = full_ledger();
        l.measures[0].implemented = false; // empty 完成比例, not implemented: c = 0
        l.measures[1].completion = Some(dec!(80)); // c = 0.8
        let o = eval(&l, z3_3);
        // 10 × (0 + 0.8) / 2 = 4; entries 10 × 1 / 2 = 5 and 10 × 0.2 / 2 = 1.
        assert_eq!(o.result.score, dec!(4));
        assert_eq!(amounts(&o), decs(&["5", "1"]));
    }

    #[test]
    fn z3_3_no_measure_and_floor() {
        let mut l = full_ledger();
        l.measures.clear();
        let o = eval(&l, z3_3);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["10"]));
        assert!(o.result.entries[0].reason.contains("全年无新举措"));

        // One measure at 5%: 10 × 0.05 − 1 = −0.5 → 0. Entries 9.5, then
        // the missing measure takes 0.5 of its 1.
        let mut l = full_ledger();
        l.measures = vec![measure(2, "举措", true, true, Some("5"))];
        let o = eval(&l, z3_3);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["9.5", "0.5"]));
        assert!(o.result.entries[1]
            .reason
            .contains("应扣1.00，本项已扣至0，实扣0.50"));
    }

    // ---------------------------------------------------------------- Z4.1

    #[test]
    fn z4_1_quarters() {
        let mut l = full_ledger();
        l.inspections = vec![
            inspection(1, "2.5", true, true),  // 2.5
            inspection(2, "2.0", true, true),  // 2.0: 0.5 not earned
            inspection(3, "2.5", false, true), // 2.5 − 0.5 = 2.0
        ]; // Q4 no row: 0
        let o = eval(&l, z4_1);
        // 2.5 + 2.0 + 2.0 + 0 = 6.5.
        assert_eq!(o.result.score, dec!(6.5));
        assert_eq!(amounts(&o), decs(&["0.5", "0.5", "2.5"]));
        let e = entry(&o, "督查!3");
        assert_eq!(
            &*e.reason,
            "第2季度：督查得分2.00（本季度满分2.50），少得0.50分"
        );
        assert_eq!(e.calc.as_deref(), Some("2.50−2.00 = 0.50"));
        assert_eq!(
            e.date, None,
            "a quarter's inspection has no date of its own"
        );
        assert!(entry(&o, "督查!4").reason.contains("无台账记录"));
        let e = entry(&o, "督查: 第4季度 无记录");
        assert_eq!(e.amount, dec!(2.5));
        assert!(e.reason.starts_with("第4季度："));
    }

    #[test]
    fn z4_1_floor_per_quarter() {
        let mut l = full_ledger();
        // Q1 得分 0.3 and both materials missing: 2.2 not earned, the 0.5
        // takes only 0.3; Q1 = 0 and nothing spills into Q2..Q4.
        l.inspections[0] = inspection(1, "0.3", false, false);
        let o = eval(&l, z4_1);
        assert_eq!(o.result.score, dec!(7.5));
        assert_eq!(amounts(&o), decs(&["2.2", "0.3"]));
        assert!(o.result.entries[1].reason.contains("无台账记录、汇报材料"));
        assert!(o.result.entries[1]
            .reason
            .contains("应扣0.50，本项已扣至0，实扣0.30"));
    }

    // ---------------------------------------------------------------- Z4.2

    #[test]
    fn z4_2_survey_mean_rounds() {
        let mut l = full_ledger();
        l.surveys = vec![
            survey(2, TOWN, "86"),
            survey(3, TOWN, "87"),
            survey(4, TOWN, "87"),
            survey(5, DEPT, "70"),
        ];
        let o = eval(&l, z4_2);
        // mean 260 / 3 = 86.666… → 86.67; 10 × 86.67 / 100 = 8.667 → 8.67.
        assert_eq!(o.result.score, dec!(8.67));
        assert_eq!(amounts(&o), decs(&["1.33"]));
        assert_eq!(&*o.result.entries[0].source, "满意度调查: 得分86.67");
    }

    #[test]
    fn z4_2_midpoint_and_missing() {
        let mut l = full_ledger();
        l.surveys = vec![survey(2, TOWN, "86.65")];
        let o = eval(&l, z4_2);
        // 8.665 → 8.67 (half away from zero); the entry 1.335 would round
        // to 1.34, so it is adjusted to 1.33 (K2).
        assert_eq!(o.result.score, dec!(8.67));
        assert_eq!(amounts(&o), decs(&["1.33"]));

        l.surveys.clear();
        let o = eval(&l, z4_2);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(entry(&o, "满意度调查: 无记录").amount, dec!(10));
        assert!(o.warnings.is_empty());
    }

    #[test]
    fn z4_2_pending_at_full_marks_in_an_interim_run() {
        // docs/rules.md, Interim runs: as of 2017-06-30 a 区镇 without survey
        // rows keeps its 10, with a zero-amount entry and a warning; one
        // with rows is scored as at year end.
        let mut l = full_ledger();
        l.surveys.clear();
        let june = NaiveDate::from_ymd_opt(2017, 6, 30).unwrap();
        let o = eval_at(&l, june, z4_2);
        assert_eq!(o.result.score, dec!(10));
        let e = entry(&o, "满意度调查: 无记录");
        assert_eq!(e.amount, Decimal::ZERO);
        assert_eq!(&*e.reason, SURVEY_PENDING);
        assert_eq!(o.warnings.len(), 1);
        assert!(o.warnings[0].message.contains("Z4.2按满分暂计"));
        l.surveys = vec![survey(2, TOWN, "80")];
        let o = eval_at(&l, june, z4_2);
        assert_eq!(o.result.score, dec!(8));
        assert!(o.warnings.is_empty());
        // December 30 is still interim; December 31 is not.
        l.surveys.clear();
        let dec30 = NaiveDate::from_ymd_opt(2017, 12, 30).unwrap();
        assert_eq!(eval_at(&l, dec30, z4_2).result.score, dec!(10));
        assert_eq!(eval(&l, z4_2).result.score, Decimal::ZERO);
    }

    // ---------------------------------------------------------------- unit

    /// A 区镇 with a realistic mix of records. By hand (docs/rules.md):
    ///
    /// - Z1.1: Q1 two counted meetings, Q2 one without minutes, Q3 and Q4
    ///   one counted each → Q2 −0.5 → 1.50
    /// - Z1.2: 7 salons, 1 without materials and without publicity (not
    ///   counted, R7, but charged −0.5 for the publicity all the same, R8),
    ///   6 counted; one counted salon without publicity −0.5 and without
    ///   inviting the center −0.25 → 13.75
    /// - Z1.3: 推广政企通 否 → b −1 → 7.00
    /// - Z2.1: Q4 summary missing → −1.25 → 3.75
    /// - Z2.2: a: February 零申报 −0.25, August missing −0.5 → 4.25;
    ///   b: 14 rows covering every month → 2; c: one case with 质量扣分 0.5
    ///   → 1.5; d: 5 adopted → 1 → 8.75
    /// - Z3.1: on time; 督办 09-29 → 10-13 (6 working days) −1.0;
    ///   市领导交办 with 逾期扣分 1.5 → 12.50
    /// - Z3.2: on time 满意; 不满意 → 二次转办满意 (0); 09-29 → 10-09
    ///   (2 working days) −0.5 and 不满意 twice −0.5; an open row due
    ///   2018-01-05 (warning only) → 14.00
    /// - Z3.3: 3 measures: done, 80 %, done but not reported →
    ///   10 × 1.8 / 3 = 6.00
    /// - Z4.1: Q1 2.5, Q2 2.0, Q3 2.5 without report −0.5, Q4 no row →
    ///   2.5 + 2.0 + 2.0 + 0 = 6.50
    /// - Z4.2: survey 90, 85.5, 88 → 87.8333… → 87.83 → 8.783 → 8.78
    ///
    /// Total: 1.5 + 13.75 + 7 + 3.75 + 8.75 + 12.5 + 14 + 6 + 6.5 + 8.78 = 82.53.
    #[test]
    fn whole_unit_realistic_mix() {
        use Satisfaction::*;
        let mut l = empty_ledger();
        l.meetings = vec![
            meeting(2, d(1, 15), true, true),
            meeting(3, d(3, 20), true, true),
            meeting(4, d(5, 10), true, false),
            meeting(5, d(7, 12), true, true),
            meeting(6, d(11, 8), true, true),
        ];
        l.salons = (1..=7u32).map(|i| salon(i + 1, d(i, 18))).collect();
        l.salons[2].has_materials = false;
        l.salons[2].has_publicity = false;
        l.salons[5].has_publicity = false;
        l.salons[5].invited_center = false;
        l.communication = vec![communication(5)];
        l.communication[0].promotes_zqt = false;
        l.summaries = (1..=3).map(summary).collect();
        l.monthly_reports = (1..=12)
            .filter(|m| *m != 8)
            .map(|m| {
                monthly(
                    m,
                    if m == 2 {
                        ReportStatus::Nil
                    } else {
                        ReportStatus::Sent
                    },
                )
            })
            .collect();
        l.info = (1..=12u32)
            .map(|m| info(m + 1, d(m, 8), m % 3 == 0))
            .collect(); // 4 adopted
        l.info.push(info(14, d(6, 21), true)); // 5th adopted
        l.info.push(info(15, d(9, 21), false));
        l.typical_cases = vec![typical(2, Some("0.5"))];
        l.transfers = vec![
            transfer(2, "ZB-1", TransferSource::Center, d(4, 10), Some(d(4, 7))),
            transfer(
                3,
                "ZB-2",
                TransferSource::Supervision,
                d(9, 29),
                Some(d(10, 13)),
            ),
            transfer(4, "ZB-3", TransferSource::Leader, d(6, 30), Some(d(8, 1))),
        ];
        l.transfers[2].handling.penalty = Some(dec!(1.5));
        let mut hotline = vec![
            hot(2, "RX-1", d(3, 1), Some(d(2, 27))),
            hot(3, "RX-2", d(5, 2), Some(d(4, 28))),
            hot(4, "RX-3", d(9, 29), Some(d(10, 9))),
            hot(
                5,
                "RX-4",
                NaiveDate::from_ymd_opt(2018, 1, 5).unwrap(),
                None,
            ),
        ];
        hotline[1].visit = Some(Dissatisfied);
        hotline[1].second_visit = Some(Satisfied);
        hotline[2].visit = Some(Dissatisfied);
        hotline[2].second_visit = Some(Dissatisfied);
        hotline[3].visit = None;
        // The department's row of another case, same sheet.
        let mut dept = hot(6, "RX-5", d(3, 1), Some(d(3, 20)));
        dept.unit = DEPT;
        hotline.push(dept);
        l.hotline = hotline;
        l.measures = vec![
            measure(2, "企业服务直通车", true, true, None),
            measure(3, "政策明白卡", true, true, Some("80")),
            measure(4, "惠企驿站", true, false, None),
        ];
        l.inspections = vec![
            inspection(1, "2.5", true, true),
            inspection(2, "2.0", true, true),
            inspection(3, "2.5", true, false),
        ];
        l.surveys = vec![
            survey(2, TOWN, "90"),
            survey(3, TOWN, "85.5"),
            survey(4, TOWN, "88"),
            survey(5, DEPT, "60"),
        ];

        let cal = Calendar::new();
        let ctx = Context::new(&l, year_end(), &cal);
        let groups = group_by_unit(&l);
        let outs = score(l.roster.get(TOWN), &groups[TOWN.index()], &ctx);
        for o in &outs {
            assert_invariant(&o.result);
        }
        let scores: Vec<Decimal> = outs.iter().map(|o| o.result.score).collect();
        assert_eq!(
            scores,
            decs(&["1.5", "13.75", "7", "3.75", "8.75", "12.5", "14", "6", "6.5", "8.78"])
        );
        let total: Decimal = scores.iter().sum();
        assert_eq!(total, dec!(82.53));
        let warnings: Vec<&Warning> = outs.iter().flat_map(|o| &o.warnings).collect();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].place, "热线工单!5");
        assert!(warnings[0].message.starts_with("未到期"));
    }
    // ------------------------------------------------------------ interim

    /// A 区镇 ledger as it stands on 2017-06-30 (R27), with rows dated
    /// after that. By hand:
    ///
    /// - Z1.1: Q1 counted, Q2 none → −0.5; Q3, Q4 pending → 1.50.
    /// - Z1.2: 3 counted salons by D, one without 台账 −0.5; the August salon
    ///   (no 台账 either) does not exist yet; the count of six is pending →
    ///   14.50.
    /// - Z2.1: Q1 sent; the Q2 summary sent 07-05 does not exist yet → −1.25
    ///   → 3.75.
    /// - Z2.2: a: June 零申报 −0.25 (July's row is for a month not ended);
    ///   b: a row in each of the six ended months, six in all → 2; c, d
    ///   pending → 4.75 + 2 + 2 + 1 = 9.75.
    /// - Z3.2: due Fri 06-09, completed 07-05: open at D, 15 working days
    ///   late → −1.5, its 不满意 visit not used; the case forwarded 07-03
    ///   does not exist → 13.50.
    /// - Z3.3: pending → 10.
    /// - Z4.1: Q1 2.0 → −0.5; Q2 no row → −2.5; Q3, Q4 pending → 7.00.
    fn june_ledger() -> Ledger {
        let mut l = empty_ledger();
        l.meetings = vec![
            meeting(2, d(2, 10), true, true),
            meeting(3, d(7, 10), true, true),
        ];
        let mut no_records = salon(3, d(3, 15));
        no_records.has_records = false;
        let mut late_salon = salon(5, d(8, 1));
        late_salon.has_records = false;
        l.salons = vec![
            salon(2, d(1, 15)),
            no_records,
            salon(4, d(5, 15)),
            late_salon,
        ];
        l.communication = vec![communication(2)];
        let mut q2 = summary(2);
        q2.sent = Some(d(7, 5));
        l.summaries = vec![summary(1), q2];
        l.monthly_reports = (1..=7)
            .map(|m| {
                let status = if m == 6 {
                    ReportStatus::Nil
                } else {
                    ReportStatus::Sent
                };
                monthly(m, status)
            })
            .collect();
        l.info = (1..=7u32)
            .map(|m| info(m + 1, d(m, if m == 7 { 3 } else { 5 }), m <= 2))
            .collect();
        l.inspections = vec![
            inspection(1, "2", true, true),
            inspection(3, "1", false, false),
        ];
        l.measures = vec![measure(2, "企业服务直通车", false, false, None)];
        let mut open = hot(2, "H1", d(6, 9), Some(d(7, 5)));
        open.handling.forwarded = d(6, 1);
        open.visit = Some(Satisfaction::Dissatisfied);
        let mut later = hot(3, "H2", d(7, 25), Some(d(7, 20)));
        later.handling.forwarded = d(7, 3);
        l.hotline = vec![open, later];
        l
    }

    #[test]
    fn interim_quarterly_items_judge_only_ended_quarters() {
        let l = june_ledger();
        let o = eval_at(&l, june(), z1_1);
        assert_eq!(o.result.score, dec!(1.50));
        assert_eq!(
            listed(&o),
            vec![
                ("第2季度未召开企业服务例会，扣0.50".to_string(), dec!(0.5)),
                (
                    "第3、4季度尚未结束（截至2017-06-30），按满分暂计（R27）".to_string(),
                    Decimal::ZERO
                ),
            ]
        );
        let o = eval_at(&l, june(), z2_1);
        assert_eq!(o.result.score, dec!(3.75));
        assert_eq!(
            listed(&o),
            vec![
                ("第2季度未报送工作总结，扣1.25".to_string(), dec!(1.25)),
                (
                    "第3、4季度尚未结束（截至2017-06-30），按满分暂计（R27）".to_string(),
                    Decimal::ZERO
                ),
            ]
        );
        let o = eval_at(&l, june(), z4_1);
        assert_eq!(o.result.score, dec!(7.00));
        assert_eq!(amounts(&o), decs(&["0.5", "2.5", "0"]));
        assert_eq!(
            entry(&o, "督查: 未结束的季度").reason.to_string(),
            "第3、4季度尚未结束（截至2017-06-30），按满分暂计（R27）"
        );
        // The same ledger at the year end: every quarter is judged.
        assert_eq!(eval(&l, z1_1).result.score, dec!(1.00));
        assert_eq!(eval(&l, z2_1).result.score, dec!(2.50));
        assert_eq!(eval(&l, z4_1).result.score, dec!(2.50));
    }

    #[test]
    fn interim_a_quarter_ends_on_its_last_day() {
        let l = june_ledger();
        // On 06-29 the second quarter has not ended: only Q1 is judged.
        let o = eval_at(&l, d(6, 29), z1_1);
        assert_eq!(o.result.score, dec!(2.00));
        assert_eq!(
            listed(&o),
            vec![(
                "第2、3、4季度尚未结束（截至2017-06-29），按满分暂计（R27）".to_string(),
                Decimal::ZERO
            )]
        );
        // On 03-31 the first quarter has ended.
        let o = eval_at(&l, d(3, 31), z4_1);
        assert_eq!(o.result.score, dec!(9.50));
    }

    #[test]
    fn interim_salons_charged_per_event_and_the_count_pending() {
        let o = eval_at(&june_ledger(), june(), z1_2);
        assert_eq!(o.result.score, dec!(14.50));
        assert_eq!(
            listed(&o),
            vec![
                (
                    "2017-03-15沙龙无台账记录，扣0.50（R8）".to_string(),
                    dec!(0.5)
                ),
                (
                    "全年须开展6次，截至2017-06-30已开展3次，年底计分（R27）".to_string(),
                    Decimal::ZERO
                ),
            ]
        );
    }

    #[test]
    fn interim_monthly_parts_and_yearly_parts_of_z2_2() {
        let o = eval_at(&june_ledger(), june(), z2_2);
        assert_eq!(o.result.score, dec!(9.75));
        assert_eq!(
            listed(&o),
            vec![
                ("（a）6月诉求月报为零申报，扣0.25".to_string(), dec!(0.25)),
                (
                    "（a）（b）7月至12月尚未结束（截至2017-06-30），按满分暂计（R27）".to_string(),
                    Decimal::ZERO
                ),
                (
                    "（c）全年须报送典型案例或典型人物不少于1个（质量达标），截至2017-06-30已报送0个，年底计分（R27）".to_string(),
                    Decimal::ZERO
                ),
                (
                    "（d）全年须被中心录用信息4条，截至2017-06-30已录用2条，年底计分（R27）".to_string(),
                    Decimal::ZERO
                ),
            ]
        );
        // Part b fails when an ended month has no row.
        let mut l = june_ledger();
        l.info.retain(|i| i.date.month() != 3);
        let o = eval_at(&l, june(), z2_2);
        assert_eq!(o.result.score, dec!(7.75));
        assert_eq!(
            entry(&o, "信息报送: 截至2017-06-30共5条，缺3月").amount,
            dec!(2)
        );
    }

    #[test]
    fn interim_z3_3_pending_and_cases_at_d() {
        let o = eval_at(&june_ledger(), june(), z3_3);
        assert_eq!(o.result.score, dec!(10));
        assert_eq!(
            listed(&o),
            vec![(
                "全年须制订新举措不少于2项，年底实施完成并报送成果，截至2017-06-30已制订1项（已实施并报送成果0项），年底计分（R27）".to_string(),
                Decimal::ZERO
            )]
        );
        let o = eval_at(&june_ledger(), june(), z3_2);
        assert_eq!(o.result.score, dec!(13.50));
        // The case forwarded after D does not exist: no 未到期 warning.
        assert!(o.warnings.is_empty(), "{:?}", o.warnings);
        assert_eq!(
            listed(&o),
            vec![
                (
                    "热线工单逾期15个工作日（时限2017-06-09，截至2017-06-30未办结），按默认档次（R4）扣1.50".to_string(),
                    dec!(1.5)
                ),
                (
                    "办结日期2017-07-05在2017-06-30之后，截至2017-06-30未办结，回访结果暂不采用（R2）".to_string(),
                    Decimal::ZERO
                ),
            ]
        );
        // At the year end the case was done late (18 working days) and
        // 不满意; the July case is on time.
        let o = eval(&june_ledger(), z3_2);
        assert_eq!(o.result.score, dec!(13.00));
    }
    #[test]
    fn z3_2_deadlines_on_non_working_days_r25() {
        let mut l = full_ledger();
        l.hotline = vec![
            // Due Fri 03-03, completed Sat 03-04: 0 working days, charged 1.
            hot(2, "H-1", d(3, 3), Some(d(3, 4))),
            // Due Sat 03-04, completed Mon 03-06: on time (R25).
            hot(3, "H-2", d(3, 4), Some(d(3, 6))),
            // Due Sun 10-01 (National Day), moved to Mon 10-09; done 10-10.
            hot(4, "H-3", d(10, 1), Some(d(10, 10))),
        ];
        let o = eval(&l, z3_2);
        assert_eq!(o.result.score, dec!(14.00));
        assert_eq!(
            listed(&o),
            vec![
                (
                    "热线工单逾期（时限2017-03-03，办结2017-03-04）：办结于非工作日（2017-03-04，星期六），按1个工作日计，按默认档次（R4）扣0.50".to_string(),
                    dec!(0.5)
                ),
                (
                    "热线工单逾期1个工作日（时限2017-10-01（星期日，顺延至2017-10-09，R25），办结2017-10-10），按默认档次（R4）扣0.50".to_string(),
                    dec!(0.5)
                ),
            ]
        );
        assert_eq!(
            o.result.entries[0].calc.as_deref(),
            Some("0个工作日，按1个工作日计，属1–3个工作日档：0.50")
        );
    }
}
