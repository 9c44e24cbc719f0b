//! Department clauses D1–D4 (细则 二、对相关部门的考核), for A组 and B组.
//!
//! One function per row of the 细则 table (R1: each row scored on its own,
//! floored at 0), each returning an [`Outcome`]: the clause result with its
//! audit entries, and the warnings it raised (未到期, 待评判, …). Every
//! deduction goes through a [`Tally`](super::Tally), so `marks − Σ amounts = score`.

use super::{dec, fmt2, ClauseId, Context, Outcome, Rec, UnitRecords};
use super::{overdue, period};
use crate::model::{kinds, Category, Role, Satisfaction, TransferSource, Unit, Verdict, Warning};
use rust_decimal::Decimal;

/// Scores every department clause of `unit`, in 细则 order
/// ([`ClauseId::DEPT`]: D1, D2.1, D2.2, D3.1, D3.2, D4).
pub fn score(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Vec<Outcome> {
    vec![
        d1(unit, recs, ctx),
        d2_1(unit, recs, ctx),
        d2_2(unit, recs, ctx),
        d3_1(unit, recs, ctx),
        d3_2(unit, recs, ctx),
        d4(unit, recs, ctx),
    ]
}

fn warning(
    kind: crate::model::Kind,
    unit: &Unit,
    place: impl Into<String>,
    message: impl Into<String>,
) -> Warning {
    Warning::new(kind, Some(&unit.name), place, message)
}

/// D1 信息工作, 15分.
///
/// 细则：积极关注昆山政企通（企业服务公众微信号），全年向企业发展服务中心报送涉企信息不少于6条，每少一条扣2.5分。
///
/// Readings: none.
///
/// n = the unit's 信息报送 rows of the year; −2.5 × max(0, 6 − n), as one
/// entry whose reason says how many were sent (at most 15, so the floor
/// never binds).
///
/// Interim (R27): the count of six is a yearly requirement: pending, a
/// zero-amount entry with the progress.
pub fn d1(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::D1);
    let n = recs.info.len();
    if ctx.interim && n < 6 {
        t.note(
            period::progress(ctx, "全年须报送信息不少于6条", &format!("已报送{n}条")),
            format!("信息报送: 截至{}{n}条", ctx.as_of),
            None,
        );
    } else if n < 6 {
        let missing = 6 - n;
        t.deduct(
            dec!(2.5) * Decimal::from(missing),
            format!("全年报送信息{n}条，少于6条，少{missing}条，每少一条扣2.50"),
            format!("信息报送: 全年{n}条"),
            Rec::none().calc(format!(
                "2.50×{missing} = {}",
                fmt2(dec!(2.5) * Decimal::from(missing))
            )),
        );
    }
    t.finish().into()
}

/// D2.1 特色服务：服务举措, 20分.
///
/// 细则：制定企业服务举措不少于2项，少制定一项扣15分，制定未实施未报送实施成果每项扣2.5-10分。
///
/// Readings: R1 (scored apart from D2.2, floored at 0 on its own), R17,
/// R29 (A组: a measure marked 同时为特色服务 is judged by D2.2's coverage,
/// not deducted here), R19 (B组: such a measure may be D2.2's practice).
///
/// n = the unit's 服务举措 rows of the year: −15 for each measure missing
/// below two (one entry each). Then each measure with 已实施 否 or
/// 已报送成果 否: −扣分 when the ledger gives one, else 10 when not
/// implemented and 2.5 when implemented but not reported (R17). A measure
/// with 同时为特色服务 是 is judged under D2.2 instead (如列入企业服务举措的，
/// 完成情况按本项要求计分，不重复扣分): a zero entry "按特色服务计分，不重复扣分"
/// citing R29 (A组) or R19 (B组). Floor 0 (no measure at all: 20 − 30 → 0).
///
/// Interim (R27): the whole clause (the count of measures, their
/// implementation and reported results) is a yearly requirement: pending,
/// a zero-amount entry with the progress.
pub fn d2_1(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::D2_1);
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
                "全年须制定服务举措不少于2项并实施、报送实施成果",
                &format!("已制定{n}项（已实施并报送成果{done}项）"),
            ),
            format!("服务举措: 截至{}{n}项", ctx.as_of),
            None,
        );
        return t.finish().into();
    }
    for k in n..2 {
        t.deduct(
            dec!(15),
            format!("全年制定服务举措{n}项，少于2项，少制定第{}项扣15.00", k + 1),
            format!("服务举措: 全年{n}项"),
            None,
        );
    }
    for m in &recs.measures {
        let status = match (m.implemented, m.reported) {
            (true, true) => continue,
            (false, false) => "未实施、未报送实施成果",
            (false, true) => "未实施",
            (true, false) => "已实施但未报送实施成果",
        };
        let place = m.place.to_string();
        if m.also_featured {
            // A组: judged by D2.2's coverage (R29); B组: it may be the practice (R19).
            let how = match unit.category {
                Category::GroupB => "（见D2.2，R19）",
                _ => "（见D2.2惠及区镇全覆盖的要求，R29）",
            };
            t.note(
                format!("举措{status}，同时为特色服务：按特色服务计分，不重复扣分{how}"),
                place,
                Rec::id(&m.name).on(m.date),
            );
            continue;
        }
        let (amount, how) = match m.penalty {
            Some(p) => (p, format!("按台账扣分扣{}", fmt2(p))),
            None if !m.implemented => (dec!(10), "按默认扣分（R17）扣10.00".to_string()),
            None => (dec!(2.5), "按默认扣分（R17）扣2.50".to_string()),
        };
        t.deduct(
            amount,
            format!("举措{status}，{how}"),
            place,
            Rec::id(&m.name).on(m.date),
        );
    }
    t.finish().into()
}

/// D2.2 特色服务：助推企业发展, 20分.
///
/// 细则：开展特色服务，助推企业发展（如列入企业服务举措的，完成情况按本项要求计分，不重复扣分）（A组）根据企业的需求，主动开展各类形式的政企互动活动，送政策、送信息、送服务进区镇全覆盖，年内每少惠及一个区镇的，扣2.5分。（B组）通过优化平台、科学管理、提速审批等做法，切实提升企业服务效率效能，全年不少于一项实践，未实施扣5分。
///
/// Readings: R1 (scored apart from D2.1, floored at 0 on its own), R18, R19,
/// R29 (A组: a measure marked 同时为特色服务 is judged here by coverage).
///
/// A组: for each roster 区镇 (roster order) with no 政企互动 row of the
/// unit in the year, −2.5 (R18); floor 0. B组: −5 when the year has
/// neither a 提效实践 row with 已实施 是 nor a measure with 同时为特色服务 是
/// and 已实施 是 (R19); when only such a measure satisfies it, a zero entry
/// says so.
///
/// Interim (R27): A组's coverage and B组's practice are yearly
/// requirements: pending, a zero-amount entry with the progress, unless
/// already met.
pub fn d2_2(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::D2_2);
    let mut warnings = Vec::new();
    if ctx.interim && unit.category.is_department() {
        if let Some(reason) = d2_2_progress(unit, recs, ctx) {
            t.note(reason, format!("特色服务: 截至{}", ctx.as_of), None);
            return Outcome {
                result: t.finish(),
                warnings,
            };
        }
    }
    match unit.category {
        Category::GroupA => {
            let reached: std::collections::HashSet<_> =
                recs.outreach.iter().map(|o| o.town).collect();
            for town in ctx.roster.of_category(Category::Town) {
                if reached.contains(&town.id) {
                    continue;
                }
                t.deduct(
                    dec!(2.5),
                    format!(
                        "全年未开展进{}的政企互动活动，每少惠及一个区镇扣2.50",
                        town.name
                    ),
                    format!("政企互动: {} 无记录", town.name),
                    None,
                );
            }
        }
        Category::GroupB => {
            let practice = recs.practices.iter().any(|p| p.implemented);
            let featured = recs
                .measures
                .iter()
                .find(|m| m.also_featured && m.implemented);
            match (practice, featured) {
                (true, _) => {}
                (false, Some(m)) => t.note(
                    format!(
                        "全年没有已实施的提效实践（{}条）；已实施且同时为特色服务的服务举措「{}」视同实践（R19），不扣分",
                        recs.practices.len(),
                        m.name
                    ),
                    m.place.to_string(),
                    Rec::id(&m.name).on(m.date),
                ),
                (false, None) => {
                    let n = recs.practices.len();
                    t.deduct(
                        dec!(5),
                        format!(
                            "全年没有已实施的提效实践（提效实践{n}条，均未实施），也没有已实施且同时为特色服务的服务举措，扣5.00"
                        ),
                        format!("提效实践: 全年{n}条，已实施0条"),
                        None,
                    );
                }
            }
        }
        Category::Town => warnings.push(warning(
            kinds::NOT_APPLICABLE,
            unit,
            unit.name.clone(),
            "D2.2只适用于A组、B组部门，区镇不按此条计分",
        )),
    }
    Outcome {
        result: t.finish(),
        warnings,
    }
}

/// The progress of D2.2 in an interim run, when its yearly requirement is
/// not met yet (R27).
fn d2_2_progress(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Option<String> {
    match unit.category {
        Category::GroupA => {
            let reached: std::collections::HashSet<_> =
                recs.outreach.iter().map(|o| o.town).collect();
            let towns = ctx.roster.of_category(Category::Town).count();
            let n = ctx
                .roster
                .of_category(Category::Town)
                .filter(|town| reached.contains(&town.id))
                .count();
            (n < towns).then(|| {
                period::progress(
                    ctx,
                    &format!("全年须惠及全部{towns}个区镇（政企互动）"),
                    &format!("已惠及{n}个"),
                )
            })
        }
        Category::GroupB => {
            let practice = recs.practices.iter().any(|p| p.implemented);
            let featured = recs
                .measures
                .iter()
                .any(|m| m.also_featured && m.implemented);
            (!practice && !featured).then(|| {
                period::progress(
                    ctx,
                    "全年须有不少于一项已实施的提效实践",
                    &format!("已有提效实践{}条、均未实施", recs.practices.len()),
                )
            })
        }
        Category::Town => None,
    }
}

/// D3.1 处办企业诉求：转办件, 15分.
///
/// 细则：企业发展服务中心转办件，未在规定期限内与相关企业沟通，没有初步处理意见且未向中心反馈处理结果的每件扣5分，涉及多个部门，或企业服务联席会议布置的专项任务，部门间未能有效解决问题或未合力提出解决问题方案的，牵头部门每件扣5分，配合部门每件扣2.5分。
///
/// Readings: R1, R5, R20, R21, R28, K3, K4.
///
/// Every 转办件 row of the department is judged here, whatever its 来源
/// (中心转办, 督办, 市领导交办, R28), each row on its own (K3). An item
/// with two or more department rows (same 编号, any year; 区镇 rows do not
/// count, R5) or with 来源 联席会议交办 is judged only by 问题解决 (R21):
/// 否 → 主办 −5, 协办 −2.5; when its three duties were all 否 as well, a
/// zero entry says the first sentence was not applied (no double
/// deduction). When the item's department rows of the year disagree on
/// 问题解决, one warning says so (the text judges the departments
/// together: 部门间未能有效解决问题), raised with the first of them. Every
/// other item is judged only by the three duties: −5 when 按期沟通,
/// 初步处理意见 and 反馈结果 are all 否 (R20); one or two failed duties cost
/// nothing (a zero entry names them). A missing flag is treated as done,
/// with a warning. Floor 0.
///
/// An item not yet due at the as-of date (its deadline, moved off a
/// non-working day by R25, after D) is not judged yet, by neither
/// sentence: a zero-amount entry says so (R27).
pub fn d3_1(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::D3_1);
    let mut warnings = Vec::new();
    for r in &recs.transfers {
        let place = r.place.to_string();
        let record = || Rec::id(&r.id).on(r.handling.forwarded);
        let due = overdue::due_date(&r.handling, ctx.calendar);
        if due > ctx.as_of {
            let written = r.handling.effective_deadline();
            let moved = if due != written {
                format!("，顺延至{due}")
            } else {
                String::new()
            };
            t.note(
                format!("未到期（时限{written}{moved}），年底或到期后评判（R27）"),
                place,
                record(),
            );
            continue;
        }
        let depts = ctx
            .transfer_departments
            .get(r.id.as_str())
            .copied()
            .unwrap_or(0);
        let several = depts >= 2;
        let joint = r.source == TransferSource::JointMeeting;
        // R28: a 督办 or 市领导交办 item is the department's 转办件 too.
        let source = match r.source {
            TransferSource::Supervision | TransferSource::Leader => {
                format!("来源{}，R28", r.source.label())
            }
            TransferSource::Center | TransferSource::JointMeeting => String::new(),
        };
        let duties = [
            ("按期沟通", r.contacted),
            ("初步处理意见", r.opinion),
            ("反馈结果", r.feedback),
        ];
        let failed: Vec<&str> = duties
            .iter()
            .filter(|(_, f)| *f == Some(false))
            .map(|(name, _)| *name)
            .collect();
        if several || joint {
            let kind = if several && joint {
                format!("涉及{depts}个部门的联席会议交办事项")
            } else if several && source.is_empty() {
                format!("涉及{depts}个部门的事项（R5）")
            } else if several {
                format!("涉及{depts}个部门的事项（R5；{source}）")
            } else {
                "联席会议交办的专项任务".to_string()
            };
            match r.solved {
                Some(false) => {
                    let (amount, who) = match r.role {
                        Role::Lead => (dec!(5), "牵头部门（主办）"),
                        Role::Assist => (dec!(2.5), "配合部门（协办）"),
                    };
                    t.deduct(
                        amount,
                        format!(
                            "{kind}，部门间未能有效解决问题或未合力提出解决方案（问题解决：否），{who}每件扣{}（R21：只按问题解决评判）",
                            fmt2(amount)
                        ),
                        place.clone(),
                        record(),
                    );
                }
                Some(true) => {}
                None => warnings.push(warning(
                    kinds::EMPTY_AS_DONE,
                    unit,
                    place.clone(),
                    format!(
                        "{}转办件{}为{kind}，问题解决未填，按已解决处理，未扣分",
                        unit.name, r.id
                    ),
                )),
            }
            if failed.len() == duties.len() {
                t.note(
                    format!(
                        "{kind}：按期沟通、初步处理意见、反馈结果均为否，但此类事项只按第二句（问题解决）评判，不适用第一句的每件扣5分（R21，不重复扣分）"
                    ),
                    place.clone(),
                    record(),
                );
            }
            if let Some(rows) = ctx.transfer_solved.get(r.id.as_str()) {
                if rows.yes > 0 && rows.no > 0 && rows.first == unit.id {
                    warnings.push(warning(
                        kinds::SOLVED_DIFFER,
                        unit,
                        place,
                        format!(
                            "转办件{}为{kind}，各部门行的问题解决不一致（{}行为是、{}行为否）；细则按“部门间”是否有效解决问题共同评判，现按各行分别计分（K3），请核实",
                            r.id, rows.yes, rows.no
                        ),
                    ));
                }
            }
        } else {
            let missing: Vec<&str> = duties
                .iter()
                .filter(|(_, f)| f.is_none())
                .map(|(name, _)| *name)
                .collect();
            if !missing.is_empty() {
                warnings.push(warning(
                    kinds::EMPTY_AS_DONE,
                    unit,
                    place.clone(),
                    format!(
                        "{}转办件{}的{}未填，按已做到处理",
                        unit.name,
                        r.id,
                        missing.join("、")
                    ),
                ));
            }
            let what = if source.is_empty() {
                "转办件".to_string()
            } else {
                format!("转办件（{source}）")
            };
            if failed.len() == duties.len() {
                t.deduct(
                    dec!(5),
                    format!("{what}未在规定期限内与企业沟通、没有初步处理意见且未向中心反馈处理结果（按期沟通、初步处理意见、反馈结果均为否，R20），每件扣5.00"),
                    place,
                    record(),
                );
            } else if !failed.is_empty() {
                t.note(
                    format!(
                        "{what}{}为否，但三项职责并非全部未做到，不扣分（R20）",
                        failed.join("、")
                    ),
                    place,
                    record(),
                );
            }
        }
    }
    Outcome {
        result: t.finish(),
        warnings,
    }
}

/// D3.2 处办企业诉求：热线, 15分.
///
/// 细则：快速反应，及时妥善处办企业服务热线转发的企业诉求，逾期每件扣5-15分（办理延期的，以延期时限计分）；由第三方机构对企业进行满意度回访，回访结果不满意的二次转办，企业对二次转办结果仍不满意的，由企业发展服务中心启动“二次转办不满意”免责评判程序研判，因法律法规或其他客观条件限制无法满足企业诉求的不扣分，否则单个部门处办的每件扣5分，多部门处办的牵头部门每件扣5分，配合部门每件扣2.5分。
///
/// Readings: R1, R2, R3, R4, R5.
///
/// For each 热线工单 row of the department, judged at `--as-of` (R2):
/// overdue (working days after the effective deadline, R3) → −逾期扣分, or
/// the default tier 5 / 10 / 15 for 1–3 / 4–10 / 11+ working days (R4); an
/// open row not yet due is a warning (未到期); a 逾期扣分 on a row that is
/// not overdue is not used (warning). Then, when 回访结果 and 二次转办结果
/// are both 不满意: 免责 → zero entry; 不免责 → −5 when the case has a
/// single department row (R5) or the row is 主办, −2.5 when 协办 in a
/// several-department case; no 免责评判 → warning (待评判). 回访结果
/// 不满意 with 二次转办结果 still empty → no deduction and a warning
/// (待二次转办). A row completed after the as-of date is open at D and
/// its visit results are not used (R2). Floor 0.
pub fn d3_2(unit: &Unit, recs: &UnitRecords, ctx: &Context) -> Outcome {
    let recs: &UnitRecords = &period::at(recs, ctx);
    let mut t = ctx.tally(unit.id, ClauseId::D3_2);
    let mut warnings = Vec::new();
    for r in &recs.hotline {
        let place = r.place.to_string();
        let record = || Rec::id(&r.id).on(r.handling.forwarded);
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
        if let Some(done) = overdue::completed_after(&r.handling, ctx.as_of) {
            if r.visit == Some(Satisfaction::Dissatisfied) {
                t.note(overdue::visit_unused(done, ctx.as_of), place, record());
            }
            continue;
        }
        if r.visit == Some(Satisfaction::Dissatisfied) && r.second_visit.is_none() {
            warnings.push(warning(
                kinds::SECOND_PENDING,
                unit,
                place,
                format!(
                    "待二次转办：{}热线工单{}回访结果不满意，二次转办结果未填，暂不扣分",
                    unit.name, r.id
                ),
            ));
            continue;
        }
        let dissatisfied = r.visit == Some(Satisfaction::Dissatisfied)
            && r.second_visit == Some(Satisfaction::Dissatisfied);
        if !dissatisfied {
            continue;
        }
        match r.verdict {
            Some(Verdict::Exempt) => t.note(
                "回访及二次转办结果均不满意，免责评判为免责（法律法规或客观条件限制），不扣分",
                place,
                record(),
            ),
            Some(Verdict::NotExempt) => {
                let depts = ctx
                    .hotline_departments
                    .get(r.id.as_str())
                    .copied()
                    .unwrap_or(0);
                let (amount, who) = if depts <= 1 {
                    (dec!(5), "单个部门处办（R5）".to_string())
                } else if r.role == Role::Lead {
                    (
                        dec!(5),
                        format!("{depts}个部门处办，本单位为牵头部门（主办）"),
                    )
                } else {
                    (
                        dec!(2.5),
                        format!("{depts}个部门处办，本单位为配合部门（协办）"),
                    )
                };
                t.deduct(
                    amount,
                    format!(
                        "回访及二次转办结果均不满意，免责评判为不免责，{who}，每件扣{}",
                        fmt2(amount)
                    ),
                    place,
                    record(),
                );
            }
            None => warnings.push(warning(
                kinds::PENDING,
                unit,
                place,
                format!(
                    "待评判：{}热线工单{}回访及二次转办结果均不满意，免责评判未填，暂不扣分",
                    unit.name, r.id
                ),
            )),
        }
    }
    Outcome {
        result: t.finish(),
        warnings,
    }
}

/// The mean survey score of the roster units of `category` that have one,
/// rounded to 2 decimals half away from zero (R22); `None` when none has.
/// (Computed once in [`Context::new`].)
pub fn group_average(category: Category, ctx: &Context) -> Option<Decimal> {
    let i = Category::ALL.iter().position(|c| *c == category)?;
    ctx.group_survey[i]
}

/// D4 督查落实, 15分.
///
/// 细则：按一定比例随机抽取企业进行服务满意度调查，得分低于平均值的，低5分以内的扣2.5分，5分以上的扣5分。
///
/// Readings: R22, R23.
///
/// s = the unit's survey score (mean of its 满意度调查 rows, 2 decimals);
/// avg = [`group_average`] of the unit's own group (R22). When s < avg:
/// avg − s ≤ 5 → −2.5 (exactly 5 is 以内, R23), > 5 → −5. No survey score:
/// no deduction and a warning; in an interim run that is the pending
/// survey (docs/rules.md, Interim runs): a zero-amount entry at full marks, and
/// the group average is over the units with rows.
pub fn d4(unit: &Unit, _recs: &UnitRecords, ctx: &Context) -> Outcome {
    let mut t = ctx.tally(unit.id, ClauseId::D4);
    let mut warnings = Vec::new();
    let group = unit.category.label();
    let s = ctx.survey.get(unit.id.index()).copied().flatten();
    match (s, group_average(unit.category, ctx)) {
        (Some(s), Some(avg)) if s < avg => {
            let gap = avg - s;
            let (amount, band) = if gap <= dec!(5) {
                (dec!(2.5), "5分以内（含5分，R23）")
            } else {
                (dec!(5), "5分以上")
            };
            t.deduct(
                amount,
                format!(
                    "满意度调查得分{}，低于{group}平均值{}（R22）{}分，低{band}扣{}",
                    fmt2(s),
                    fmt2(avg),
                    fmt2(gap),
                    fmt2(amount)
                ),
                format!("满意度调查: 本单位{}，{group}平均{}", fmt2(s), fmt2(avg)),
                Rec::none().calc(format!(
                    "{}−{} = {}，{}5",
                    fmt2(avg),
                    fmt2(s),
                    fmt2(gap),
                    if gap <= dec!(5) { "≤" } else { ">" }
                )),
            );
        }
        (Some(_), _) => {}
        (None, _) if ctx.interim => {
            t.note(super::town::SURVEY_PENDING, "满意度调查: 无记录", None);
            warnings.push(super::town::survey_pending(unit, ClauseId::D4));
        }
        (None, _) => warnings.push(warning(
            kinds::NO_SURVEY,
            unit,
            "满意度调查",
            format!("{}没有满意度调查得分，D4不扣分", unit.name),
        )),
    }
    Outcome {
        result: t.finish(),
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Calendar;
    use crate::model::{
        Handling, HotlineRow, InfoItem, Ledger, Measure, OtherYearRow, Outreach, Practice, Roster,
        TransferRow, UnitId,
    };
    use crate::rules::parse_dec;
    use crate::rules::testkit::*;

    use crate::rules::group_by_unit;
    use chrono::NaiveDate;

    // The test roster: four 区镇, three A组 and three B组 departments.
    const KFQ: UnitId = UnitId(0); // 昆山开发区
    const ZP: UnitId = UnitId(1); // 张浦镇
    const ZZ: UnitId = UnitId(2); // 周庄镇
    const JX: UnitId = UnitId(3); // 锦溪镇
    const A1: UnitId = UnitId(4);
    const A2: UnitId = UnitId(5);
    const A3: UnitId = UnitId(6);
    const B1: UnitId = UnitId(7);
    const B2: UnitId = UnitId(8);
    const B3: UnitId = UnitId(9);

    type ClauseFn = fn(&Unit, &UnitRecords, &Context) -> Outcome;

    fn roster() -> Roster {
        let e = |n: &str, c| (n.to_string(), c, Vec::new());
        Roster::new(vec![
            e("昆山开发区", Category::Town),
            e("张浦镇", Category::Town),
            e("周庄镇", Category::Town),
            e("锦溪镇", Category::Town),
            e("发改委", Category::GroupA),
            e("商务局", Category::GroupA),
            e("科技局", Category::GroupA),
            e("市场监管局", Category::GroupB),
            e("税务局", Category::GroupB),
            e("住建局", Category::GroupB),
        ])
    }

    fn ledger() -> Ledger {
        Ledger {
            year: 2017,
            roster: roster(),
            ..Ledger::default()
        }
    }

    fn handling(deadline: NaiveDate, completed: Option<NaiveDate>) -> Handling {
        Handling {
            forwarded: d(1, 3),
            deadline,
            extended: None,
            completed,
            penalty: None,
        }
    }

    /// A hotline row completed on time and visited 满意.
    fn hot(row: u32, id: &str, unit: UnitId, role: Role) -> HotlineRow {
        HotlineRow {
            place: at("热线工单", row),
            id: id.to_string(),
            unit,
            role,
            handling: handling(d(3, 10), Some(d(3, 8))),
            visit: Some(Satisfaction::Satisfied),
            second_visit: None,
            verdict: None,
        }
    }

    /// The same row, dissatisfied on the visit and on 二次转办.
    fn unhappy(r: HotlineRow, verdict: Option<Verdict>) -> HotlineRow {
        HotlineRow {
            visit: Some(Satisfaction::Dissatisfied),
            second_visit: Some(Satisfaction::Dissatisfied),
            verdict,
            ..r
        }
    }

    /// A hotline row with deadline and completion date, visited 满意.
    fn late(
        row: u32,
        id: &str,
        unit: UnitId,
        deadline: NaiveDate,
        done: Option<NaiveDate>,
    ) -> HotlineRow {
        HotlineRow {
            handling: handling(deadline, done),
            ..hot(row, id, unit, Role::Lead)
        }
    }

    /// A 转办件 row completed on time with the three duties done.
    fn xfer(row: u32, id: &str, unit: UnitId, role: Role, source: TransferSource) -> TransferRow {
        TransferRow {
            place: at("转办件", row),
            id: id.to_string(),
            source,
            unit,
            role,
            handling: handling(d(3, 10), Some(d(3, 8))),
            contacted: Some(true),
            opinion: Some(true),
            feedback: Some(true),
            solved: None,
        }
    }

    /// A department 转办件 row with the three duties as given.
    fn duties(row: u32, id: &str, c: bool, o: bool, f: bool) -> TransferRow {
        TransferRow {
            contacted: Some(c),
            opinion: Some(o),
            feedback: Some(f),
            ..xfer(row, id, A1, Role::Lead, TransferSource::Center)
        }
    }

    /// A department row of a several-department or joint-meeting item.
    fn solved(
        row: u32,
        id: &str,
        unit: UnitId,
        role: Role,
        source: TransferSource,
        ok: bool,
    ) -> TransferRow {
        TransferRow {
            solved: Some(ok),
            ..xfer(row, id, unit, role, source)
        }
    }

    fn info(row: u32, unit: UnitId) -> InfoItem {
        InfoItem {
            place: at("信息报送", row),
            unit,
            date: d(3, 1),
            title: None,
            adopted: false,
        }
    }

    fn infos(unit: UnitId, n: u32) -> Vec<InfoItem> {
        (0..n).map(|i| info(2 + i, unit)).collect()
    }

    fn measure(row: u32, unit: UnitId, name: &str, implemented: bool, reported: bool) -> Measure {
        Measure {
            place: at("服务举措", row),
            unit,
            name: name.to_string(),
            date: d(2, 1),
            implemented,
            reported,
            completion: None,
            penalty: None,
            also_featured: false,
        }
    }

    fn featured(m: Measure) -> Measure {
        Measure {
            also_featured: true,
            ..m
        }
    }

    fn outreach(row: u32, unit: UnitId, town: UnitId) -> Outreach {
        Outreach {
            place: at("政企互动", row),
            unit,
            date: d(5, 1),
            town,
        }
    }

    fn practice(row: u32, unit: UnitId, implemented: bool) -> Practice {
        Practice {
            place: at("提效实践", row),
            unit,
            date: d(6, 1),
            name: None,
            implemented,
        }
    }

    fn eval_at(l: &Ledger, as_of: NaiveDate, unit: UnitId, f: ClauseFn) -> Outcome {
        let calendar = Calendar::new();
        let ctx = Context::new(l, as_of, &calendar);
        let groups = group_by_unit(l);
        let o = f(l.roster.get(unit), &groups[unit.index()], &ctx);
        assert_invariant(&o.result);
        assert!(o.result.entries.iter().all(|e| e.unit == unit));
        o
    }

    fn eval(l: &Ledger, unit: UnitId, f: ClauseFn) -> Outcome {
        eval_at(l, d(12, 31), unit, f)
    }

    fn reason(o: &Outcome, i: usize) -> &str {
        &o.result.entries[i].reason
    }

    // ---------------------------------------------------------------- D1

    #[test]
    fn d1_six_items_full_five_items_minus_2_5() {
        let mut l = ledger();
        l.info = infos(A1, 5);
        l.info.extend(infos(A2, 6));
        // A1: 6 − 5 = 1 missing → 15 − 2.5 = 12.5 (A2's items do not count).
        let o = eval(&l, A1, d1);
        assert_eq!(o.result.score, dec!(12.5));
        assert_eq!(amounts(&o), decs(&["2.5"]));
        assert!(reason(&o, 0).contains("报送信息5条"));
        assert_eq!(&*o.result.entries[0].source, "信息报送: 全年5条");
        // A2: exactly 6 → 15, no entry.
        let o = eval(&l, A2, d1);
        assert_eq!(o.result.score, dec!(15));
        assert!(o.result.entries.is_empty());
        // A3: none → 6 × 2.5 = 15 → 0.
        let o = eval(&l, A3, d1);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["15"]));
        assert!(reason(&o, 0).contains("0条"));
    }

    // -------------------------------------------------------------- D2.1

    #[test]
    fn d2_1_no_measure_floors_at_zero() {
        let l = ledger();
        // 20 − 15 − 15 → the second entry takes only the 5 left.
        let o = eval(&l, A1, d2_1);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["15", "5"]));
        assert!(reason(&o, 1).contains("应扣15.00"), "{}", reason(&o, 1));
        assert!(reason(&o, 1).contains("实扣5.00"));
        assert_eq!(&*o.result.entries[1].source, "服务举措: 全年0项");
    }

    #[test]
    fn d2_1_one_measure_costs_15() {
        let mut l = ledger();
        l.measures = vec![measure(2, A1, "举措甲", true, true)];
        // 20 − 15 × (2 − 1) = 5.
        let o = eval(&l, A1, d2_1);
        assert_eq!(o.result.score, dec!(5));
        assert_eq!(amounts(&o), decs(&["15"]));
    }

    #[test]
    fn d2_1_defaults_ledger_penalty_and_featured() {
        let mut l = ledger();
        l.measures = vec![
            // A1: not implemented → 10; implemented, not reported → 2.5: 20 − 12.5 = 7.5.
            measure(2, A1, "甲", false, false),
            measure(3, A1, "乙", true, false),
            // A2: not implemented with 扣分 6 → 6; the other done: 20 − 6 = 14.
            Measure {
                penalty: Some(dec!(6)),
                ..measure(4, A2, "丙", false, true)
            },
            measure(5, A2, "丁", true, true),
            // A3: a featured measure not implemented → 0 entry; 20.
            featured(measure(6, A3, "戊", false, false)),
            measure(7, A3, "己", true, true),
            // B1: three measures none implemented → 10 + 10 + 10 floors at 20.
            measure(8, B1, "庚", false, false),
            measure(9, B1, "辛", false, true),
            measure(10, B1, "壬", false, false),
        ];
        let o = eval(&l, A1, d2_1);
        assert_eq!(o.result.score, dec!(7.5));
        assert_eq!(amounts(&o), decs(&["10", "2.5"]));
        assert_eq!(o.result.entries[0].record.as_deref(), Some("甲"));
        assert_eq!(&*o.result.entries[1].source, "服务举措!3");
        assert!(reason(&o, 0).contains("R17"));

        let o = eval(&l, A2, d2_1);
        assert_eq!(o.result.score, dec!(14));
        assert_eq!(amounts(&o), decs(&["6"]));
        assert!(reason(&o, 0).contains("按台账扣分扣6.00"));

        let o = eval(&l, A3, d2_1);
        assert_eq!(o.result.score, dec!(20));
        assert_eq!(amounts(&o), decs(&["0"]));
        assert!(reason(&o, 0).contains("按特色服务计分，不重复扣分"));
        assert!(reason(&o, 0).contains("R29"), "{}", reason(&o, 0));

        let o = eval(&l, B1, d2_1);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["10", "10", "0"]));
        assert!(reason(&o, 2).contains("实扣0.00"));
    }

    #[test]
    fn d2_1_featured_measure_judged_in_d2_2_by_group() {
        // R29 (A组): judged by D2.2's coverage, not deducted here, even
        // when not implemented; B组 likewise, as D2.2's practice (R19).
        let mut l = ledger();
        l.measures = vec![
            featured(measure(2, A1, "送政策进区镇", false, false)),
            measure(3, A1, "普通", true, true),
            featured(measure(4, B1, "提速审批", true, false)),
            measure(5, B1, "普通", true, true),
        ];
        let o = eval(&l, A1, d2_1);
        assert_eq!(o.result.score, dec!(20));
        assert_eq!(amounts(&o), decs(&["0"]));
        assert_eq!(
            reason(&o, 0),
            "举措未实施、未报送实施成果，同时为特色服务：按特色服务计分，不重复扣分（见D2.2惠及区镇全覆盖的要求，R29）"
        );
        assert_eq!(o.result.entries[0].record.as_deref(), Some("送政策进区镇"));
        // A1 reached no 区镇: D2.2 charges the coverage, 4 × 2.5.
        let o = eval(&l, A1, d2_2);
        assert_eq!(o.result.score, dec!(10));
        let o = eval(&l, B1, d2_1);
        assert_eq!(o.result.score, dec!(20));
        assert_eq!(amounts(&o), decs(&["0"]));
        assert!(
            reason(&o, 0).ends_with("（见D2.2，R19）"),
            "{}",
            reason(&o, 0)
        );
    }

    // -------------------------------------------------------------- D2.2

    #[test]
    fn d2_2_group_a_counts_towns_reached() {
        let mut l = ledger();
        l.outreach = vec![
            outreach(2, A1, KFQ),
            outreach(3, A1, ZP),
            outreach(4, A1, ZP),
            outreach(5, A1, ZZ),
            // Another unit's visit to 锦溪镇 does not help A1.
            outreach(6, A2, JX),
        ];
        // A1 misses 锦溪镇 only: 20 − 2.5 = 17.5.
        let o = eval(&l, A1, d2_2);
        assert_eq!(o.result.score, dec!(17.5));
        assert_eq!(amounts(&o), decs(&["2.5"]));
        assert_eq!(&*o.result.entries[0].source, "政企互动: 锦溪镇 无记录");
        // A2 misses three: 20 − 7.5 = 12.5, in roster order.
        let o = eval(&l, A2, d2_2);
        assert_eq!(o.result.score, dec!(12.5));
        let sources: Vec<&str> = o.result.entries.iter().map(|e| &*e.source).collect();
        assert_eq!(
            sources,
            [
                "政企互动: 昆山开发区 无记录",
                "政企互动: 张浦镇 无记录",
                "政企互动: 周庄镇 无记录"
            ]
        );
        // A3 with only 提效实践 (a B组 sheet): all four missed, 20 − 10 = 10.
        l.practices = vec![practice(2, A3, true)];
        let o = eval(&l, A3, d2_2);
        assert_eq!(o.result.score, dec!(10));
    }

    #[test]
    fn d2_2_group_a_floor_with_nine_towns() {
        let mut entries: Vec<(String, Category, Vec<String>)> = (1..=9)
            .map(|i| (format!("镇{i}"), Category::Town, Vec::new()))
            .collect();
        entries.push(("发改委".to_string(), Category::GroupA, Vec::new()));
        let l = Ledger {
            year: 2017,
            roster: Roster::new(entries),
            ..Ledger::default()
        };
        // 9 × 2.5 = 22.5 > 20: eight entries of 2.5, the ninth takes 0.
        let o = eval(&l, UnitId(9), d2_2);
        assert_eq!(o.result.score, Decimal::ZERO);
        let mut want = vec![dec!(2.5); 8];
        want.push(Decimal::ZERO);
        assert_eq!(amounts(&o), want);
        assert!(reason(&o, 8).contains("应扣2.50"));
        assert!(reason(&o, 8).contains("实扣0.00"));
    }

    #[test]
    fn d2_2_group_b_practice_or_featured_measure() {
        let mut l = ledger();
        l.practices = vec![
            practice(2, B1, true),
            practice(3, B2, false),
            practice(4, B3, false),
        ];
        l.measures = vec![
            // B2: no implemented practice, no featured measure implemented → −5.
            featured(measure(2, B2, "未实施特色", false, false)),
            measure(3, B2, "普通举措", true, true),
            // B3: an implemented featured measure counts as the practice (R19).
            featured(measure(4, B3, "特色举措", true, false)),
        ];
        let o = eval(&l, B1, d2_2);
        assert_eq!(o.result.score, dec!(20));
        assert!(o.result.entries.is_empty());

        let o = eval(&l, B2, d2_2);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(amounts(&o), decs(&["5"]));
        assert_eq!(&*o.result.entries[0].source, "提效实践: 全年1条，已实施0条");

        let o = eval(&l, B3, d2_2);
        assert_eq!(o.result.score, dec!(20));
        assert_eq!(amounts(&o), decs(&["0"]));
        assert!(reason(&o, 0).contains("R19"));
        assert_eq!(o.result.entries[0].record.as_deref(), Some("特色举措"));

        // No 提效实践 or measure at all → −5; B组 ignores 政企互动 (an A组 sheet).
        let mut l = ledger();
        l.outreach = vec![outreach(2, B1, KFQ)];
        let o = eval(&l, B1, d2_2);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(&*o.result.entries[0].source, "提效实践: 全年0条，已实施0条");
    }

    // -------------------------------------------------------------- D3.1

    #[test]
    fn d3_1_three_duties_only_all_failed_costs() {
        let mut l = ledger();
        l.transfers = vec![
            duties(2, "Z1", false, true, true),
            duties(3, "Z2", false, false, true),
            duties(4, "Z3", false, false, false),
            duties(5, "Z4", true, true, true),
        ];
        // Only Z3 has all three failed: 15 − 5 = 10; Z1, Z2 are zero notes.
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, dec!(10));
        assert_eq!(amounts(&o), decs(&["0", "0", "5"]));
        assert!(reason(&o, 0).contains("按期沟通为否"));
        assert!(reason(&o, 1).contains("按期沟通、初步处理意见为否"));
        assert!(reason(&o, 2).contains("R20"));
        assert_eq!(o.result.entries[2].record.as_deref(), Some("Z3"));
        assert_eq!(&*o.result.entries[2].source, "转办件!4");
        assert!(o.warnings.is_empty());
    }

    #[test]
    fn d3_1_town_lead_and_one_department_is_single() {
        let mut l = ledger();
        let town = TransferRow {
            contacted: None,
            opinion: None,
            feedback: None,
            ..xfer(2, "T1", KFQ, Role::Lead, TransferSource::Leader)
        };
        let dept = TransferRow {
            contacted: Some(false),
            opinion: Some(false),
            feedback: Some(false),
            ..xfer(3, "T1", A1, Role::Assist, TransferSource::Leader)
        };
        l.transfers = vec![town, dept];
        // One department row (R5): judged by the duties, all failed → −5 even as 协办.
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, dec!(10));
        assert_eq!(amounts(&o), decs(&["5"]));
    }

    #[test]
    fn d3_1_joint_meeting_judged_by_solved_only() {
        let mut l = ledger();
        let all_failed = |r: TransferRow| TransferRow {
            contacted: Some(false),
            opinion: Some(false),
            feedback: Some(false),
            ..r
        };
        l.transfers = vec![
            // Single-department joint-meeting task, not solved: 主办 −5 (not +5 for duties).
            all_failed(solved(
                2,
                "J1",
                A1,
                Role::Lead,
                TransferSource::JointMeeting,
                false,
            )),
            // Solved, duties all failed: nothing (R21).
            all_failed(solved(
                3,
                "J2",
                A1,
                Role::Lead,
                TransferSource::JointMeeting,
                true,
            )),
        ];
        // J1: −5 by the second sentence, and a zero entry: the first
        // sentence not applied. J2: only that zero entry (R21).
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, dec!(10));
        assert_eq!(amounts(&o), decs(&["5", "0", "0"]));
        assert!(reason(&o, 0).contains("联席会议交办"));
        assert!(reason(&o, 0).contains("牵头部门"));
        let records: Vec<_> = o
            .result
            .entries
            .iter()
            .map(|e| e.record.as_deref())
            .collect();
        assert_eq!(records, [Some("J1"), Some("J1"), Some("J2")]);
        assert_eq!(
            reason(&o, 2),
            "联席会议交办的专项任务：按期沟通、初步处理意见、反馈结果均为否，但此类事项只按第二句（问题解决）评判，不适用第一句的每件扣5分（R21，不重复扣分）"
        );
        assert_eq!(&*o.result.entries[2].source, "转办件!3");
        assert!(o.warnings.is_empty());
    }

    #[test]
    fn d3_1_several_departments_lead_5_assist_2_5() {
        let mut l = ledger();
        let c = TransferSource::Center;
        let bad = |r: TransferRow| TransferRow {
            contacted: Some(false),
            opinion: Some(false),
            feedback: Some(false),
            ..r
        };
        l.transfers = vec![
            solved(2, "M1", A1, Role::Lead, c, false),
            solved(3, "M1", A2, Role::Assist, c, false),
            solved(4, "M1", B1, Role::Assist, c, false),
            // M2: A1 协办, solved, duties all failed → nothing (only 问题解决 counts).
            bad(solved(5, "M2", B1, Role::Lead, c, true)),
            bad(solved(6, "M2", A1, Role::Assist, c, true)),
        ];
        // A1: M1 −5; M2 solved, duties all failed: a zero entry (R21).
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, dec!(10));
        assert_eq!(amounts(&o), decs(&["5", "0"]));
        assert!(reason(&o, 0).contains("涉及3个部门"));
        assert!(reason(&o, 1)
            .starts_with("涉及2个部门的事项（R5）：按期沟通、初步处理意见、反馈结果均为否"));
        assert!(reason(&o, 1).contains("不重复扣分"));
        assert_eq!(o.result.entries[1].record.as_deref(), Some("M2"));
        let o = eval(&l, A2, d3_1);
        assert_eq!(o.result.score, dec!(12.5));
        assert_eq!(amounts(&o), decs(&["2.5"]));
        assert!(reason(&o, 0).contains("配合部门"));
        let o = eval(&l, B1, d3_1);
        assert_eq!(o.result.score, dec!(12.5));
    }

    #[test]
    fn d3_1_other_year_row_makes_several_departments() {
        let mut l = ledger();
        let c = TransferSource::Center;
        l.transfers = vec![
            solved(2, "W1", A1, Role::Lead, c, false),
            solved(3, "W2", A1, Role::Assist, c, false),
        ];
        // The other department rows were forwarded in 2016.
        let prev = |id: &str, unit| OtherYearRow {
            id: id.to_string(),
            unit,
        };
        l.transfers_other_years = vec![prev("W1", B2), prev("W2", B2)];
        // Several departments: W1 主办 −5, W2 协办 −2.5 → 7.5. As single-department
        // items with all duties done they would cost nothing.
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, dec!(7.5));
        assert_eq!(amounts(&o), decs(&["5", "2.5"]));
        assert!(reason(&o, 0).contains("涉及2个部门"));
    }

    #[test]
    fn d3_1_missing_flags_warn_and_floor() {
        let mut l = ledger();
        let c = TransferSource::Center;
        l.transfers = vec![
            // Duty flag missing: two failed → note, plus a warning.
            TransferRow {
                contacted: None,
                opinion: Some(false),
                feedback: Some(false),
                ..xfer(2, "N1", A1, Role::Lead, c)
            },
            // Several departments, 问题解决 missing → warning, nothing deducted.
            xfer(3, "N2", A1, Role::Lead, c),
            xfer(4, "N2", A2, Role::Assist, c),
        ];
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(amounts(&o), decs(&["0"]));
        let places: Vec<&str> = o.warnings.iter().map(|w| w.place.as_str()).collect();
        assert_eq!(places, ["转办件!2", "转办件!3"]);
        assert!(o.warnings[0].message.contains("按期沟通未填"));
        assert!(o.warnings[1].message.contains("问题解决未填"));

        // Four items with all duties failed: 5 + 5 + 5, the fourth takes 0.
        let mut l = ledger();
        l.transfers = (0..4)
            .map(|i| duties(2 + i, &format!("F{i}"), false, false, false))
            .collect();
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["5", "5", "5", "0"]));
        assert!(reason(&o, 3).contains("实扣0.00"));
    }

    #[test]
    fn d3_1_every_source_is_a_transfer_of_the_department() {
        // R28: 中心转办, 督办 and 市领导交办 rows are all judged by D3.1.
        let mut l = ledger();
        let failed = |row, id: &str, source| TransferRow {
            contacted: Some(false),
            opinion: Some(false),
            feedback: Some(false),
            ..xfer(row, id, A1, Role::Lead, source)
        };
        l.transfers = vec![
            failed(2, "S1", TransferSource::Center),
            failed(3, "S2", TransferSource::Supervision),
            failed(4, "S3", TransferSource::Leader),
            TransferRow {
                feedback: Some(true),
                ..failed(5, "S4", TransferSource::Leader)
            },
        ];
        // 15 − 5 − 5 − 5 = 0; S4 did one duty: a zero note.
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["5", "5", "5", "0"]));
        assert!(reason(&o, 0).starts_with("转办件未在规定期限内"));
        assert!(!reason(&o, 0).contains("R28"));
        assert!(
            reason(&o, 1).starts_with("转办件（来源督办，R28）未在规定期限内"),
            "{}",
            reason(&o, 1)
        );
        assert!(reason(&o, 2).starts_with("转办件（来源市领导交办，R28）"));
        assert_eq!(
            reason(&o, 3),
            "转办件（来源市领导交办，R28）按期沟通、初步处理意见为否，但三项职责并非全部未做到，不扣分（R20）"
        );
        let records: Vec<_> = o
            .result
            .entries
            .iter()
            .map(|e| e.record.as_deref())
            .collect();
        assert_eq!(records, [Some("S1"), Some("S2"), Some("S3"), Some("S4")]);
    }

    #[test]
    fn d3_1_second_sentence_never_adds_the_first() {
        // A 督办 item of two departments: both rows failed all three
        // duties. A1 主办 not solved: −5 and a zero entry; A2 协办 solved:
        // only the zero entry. Never the first sentence's −5 on top.
        let mut l = ledger();
        let bad = |r: TransferRow| TransferRow {
            contacted: Some(false),
            opinion: Some(false),
            feedback: Some(false),
            ..r
        };
        let s = TransferSource::Supervision;
        l.transfers = vec![
            bad(solved(2, "D1", A1, Role::Lead, s, false)),
            bad(solved(3, "D1", A2, Role::Assist, s, false)),
            bad(solved(4, "D2", A2, Role::Lead, s, true)),
            bad(solved(5, "D2", B1, Role::Assist, s, true)),
        ];
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, dec!(10));
        assert_eq!(amounts(&o), decs(&["5", "0"]));
        assert!(reason(&o, 0)
            .starts_with("涉及2个部门的事项（R5；来源督办，R28），部门间未能有效解决问题"));
        assert!(reason(&o, 1).contains("R21，不重复扣分"));
        let o = eval(&l, A2, d3_1);
        assert_eq!(o.result.score, dec!(12.5));
        assert_eq!(amounts(&o), decs(&["2.5", "0", "0"]));
        let records: Vec<_> = o
            .result
            .entries
            .iter()
            .map(|e| e.record.as_deref())
            .collect();
        assert_eq!(records, [Some("D1"), Some("D1"), Some("D2")]);
        let o = eval(&l, B1, d3_1);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(amounts(&o), decs(&["0"]));
        assert!(reason(&o, 0).contains("不适用第一句的每件扣5分"));
        assert!(o.warnings.is_empty());
    }

    #[test]
    fn d3_1_rows_of_one_item_that_differ_on_solved_warn_once() {
        let mut l = ledger();
        let c = TransferSource::Center;
        l.transfers = vec![
            solved(2, "X1", B1, Role::Assist, c, true),
            solved(3, "X1", A1, Role::Lead, c, false),
            solved(4, "X1", A2, Role::Assist, c, false),
            // Agreeing rows: no warning.
            solved(5, "X2", A1, Role::Lead, c, false),
            solved(6, "X2", A2, Role::Assist, c, false),
        ];
        // Each row keeps its own 问题解决 (K3): A1 −5 − 5, A2 −2.5 − 2.5, B1 0.
        let want = [(A1, "5"), (A2, "10"), (B1, "15")];
        let mut warnings = Vec::new();
        for (unit, score) in want {
            let o = eval(&l, unit, d3_1);
            assert_eq!(o.result.score, parse_dec(score), "{unit:?}");
            warnings.extend(o.warnings);
        }
        // One warning for the item, on its first department row.
        assert_eq!(warnings.len(), 1, "{warnings:#?}");
        let w = &warnings[0];
        assert_eq!(w.kind, kinds::SOLVED_DIFFER);
        assert_eq!(w.place, "转办件!2");
        assert_eq!(w.unit.as_deref(), Some("市场监管局"));
        assert!(w.message.contains("X1"), "{}", w.message);
        assert!(w.message.contains("1行为是、2行为否"), "{}", w.message);
    }

    // -------------------------------------------------------------- D3.2

    #[test]
    fn d3_2_town_lead_one_department_assist_is_single() {
        let mut l = ledger();
        l.hotline = vec![
            unhappy(hot(2, "H1", KFQ, Role::Lead), None),
            unhappy(hot(3, "H1", A1, Role::Assist), Some(Verdict::NotExempt)),
        ];
        // One department row → 单个部门处办 → −5 although 协办.
        let o = eval(&l, A1, d3_2);
        assert_eq!(o.result.score, dec!(10));
        assert_eq!(amounts(&o), decs(&["5"]));
        assert!(reason(&o, 0).contains("单个部门处办"));
        assert_eq!(o.result.entries[0].record.as_deref(), Some("H1"));
        assert_eq!(&*o.result.entries[0].source, "热线工单!3");
    }

    #[test]
    fn d3_2_several_departments_lead_5_assist_2_5() {
        let mut l = ledger();
        let ne = Some(Verdict::NotExempt);
        l.hotline = vec![
            unhappy(hot(2, "H2", A1, Role::Lead), ne),
            unhappy(hot(3, "H2", A2, Role::Assist), ne),
            unhappy(hot(4, "H2", B1, Role::Assist), ne),
        ];
        let o = eval(&l, A1, d3_2);
        assert_eq!(o.result.score, dec!(10));
        assert!(reason(&o, 0).contains("牵头部门"));
        let o = eval(&l, A2, d3_2);
        assert_eq!(o.result.score, dec!(12.5));
        assert_eq!(amounts(&o), decs(&["2.5"]));
        assert!(reason(&o, 0).contains("3个部门处办"));
        let o = eval(&l, B1, d3_2);
        assert_eq!(o.result.score, dec!(12.5));
    }

    #[test]
    fn d3_2_other_year_row_makes_several_departments() {
        let mut l = ledger();
        l.hotline = vec![unhappy(
            hot(2, "H3", A1, Role::Assist),
            Some(Verdict::NotExempt),
        )];
        l.hotline_other_years = vec![OtherYearRow {
            id: "H3".to_string(),
            unit: B2,
        }];
        // Two department rows (one in 2016): A1 协办 → −2.5, not −5.
        let o = eval(&l, A1, d3_2);
        assert_eq!(o.result.score, dec!(12.5));
        assert_eq!(amounts(&o), decs(&["2.5"]));
    }

    #[test]
    fn d3_2_exempt_pending_and_not_both_dissatisfied() {
        let mut l = ledger();
        l.hotline = vec![
            unhappy(hot(2, "E1", A1, Role::Lead), Some(Verdict::Exempt)),
            unhappy(hot(3, "E2", A1, Role::Lead), None),
            // Second visit satisfied: nothing.
            HotlineRow {
                visit: Some(Satisfaction::Dissatisfied),
                second_visit: Some(Satisfaction::Satisfied),
                ..hot(4, "E3", A1, Role::Lead)
            },
            // Not yet re-forwarded: nothing, and a warning (待二次转办).
            HotlineRow {
                visit: Some(Satisfaction::Dissatisfied),
                ..hot(5, "E4", A1, Role::Lead)
            },
        ];
        let o = eval(&l, A1, d3_2);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(amounts(&o), decs(&["0"]));
        assert!(reason(&o, 0).contains("免责"));
        assert_eq!(o.result.entries[0].record.as_deref(), Some("E1"));
        assert_eq!(
            o.result.entries[0].date,
            Some(l.hotline[0].handling.forwarded),
            "the zero-amount 免责 entry carries the case's 转办日期"
        );
        assert_eq!(o.warnings.len(), 2);
        assert!(o.warnings[0].message.starts_with("待评判"));
        assert_eq!(o.warnings[0].place, "热线工单!3");
        assert_eq!(o.warnings[1].kind, kinds::SECOND_PENDING);
        assert_eq!(o.warnings[1].place, "热线工单!5");
    }

    #[test]
    fn d3_2_dissatisfied_awaiting_second_forwarding_warns() {
        let mut l = ledger();
        l.hotline = vec![
            // 不满意 at 回访, 二次转办结果 empty: no deduction, 待二次转办.
            HotlineRow {
                visit: Some(Satisfaction::Dissatisfied),
                ..hot(2, "P1", A1, Role::Lead)
            },
            // The same, and late by 4 working days (03-10 → 03-16): −10 only.
            HotlineRow {
                visit: Some(Satisfaction::Dissatisfied),
                ..late(3, "P2", A1, d(3, 10), Some(d(3, 16)))
            },
        ];
        let o = eval(&l, A1, d3_2);
        assert_eq!(o.result.score, dec!(5));
        assert_eq!(amounts(&o), decs(&["10"]));
        assert_eq!(o.result.entries[0].record.as_deref(), Some("P2"));
        let w: Vec<(crate::model::Kind, &str)> = o
            .warnings
            .iter()
            .map(|w| (w.kind, w.place.as_str()))
            .collect();
        assert_eq!(
            w,
            [
                (kinds::SECOND_PENDING, "热线工单!2"),
                (kinds::SECOND_PENDING, "热线工单!3")
            ]
        );
        assert_eq!(
            o.warnings[0].message,
            "待二次转办：发改委热线工单P1回访结果不满意，二次转办结果未填，暂不扣分"
        );
    }

    #[test]
    fn d3_2_overdue_tiers_across_spring_festival_2017() {
        // 2017: 01-27..02-02 off; Sun 01-22 and Sat 02-04 are make-up working days.
        let mut l = ledger();
        l.hotline = vec![
            // Thu 01-26 → Fri 02-03: only 02-03 works → 1 day → 5 (Mon–Fri would give 6 → 10).
            late(2, "S1", A1, d(1, 26), Some(d(2, 3))),
            // Fri 01-20 → Tue 01-24: 22, 23, 24 → 3 → 5.
            late(3, "S2", A2, d(1, 20), Some(d(1, 24))),
            // → Wed 01-25: 22, 23, 24, 25 → 4 → 10 (Mon–Fri would give 3 → 5).
            late(4, "S3", A3, d(1, 20), Some(d(1, 25))),
            // → Wed 02-08: 22..26 (5), 02-03, 02-04, 02-06, 02-07, 02-08 → 10 → 10
            // (Mon–Fri would give 13 → 15).
            late(5, "S4", B1, d(1, 20), Some(d(2, 8))),
            // → Thu 02-09: 11 → 15.
            late(6, "S5", B2, d(1, 20), Some(d(2, 9))),
            // 2 days late with the ledger's 逾期扣分 12 → 12.
            HotlineRow {
                handling: Handling {
                    penalty: Some(dec!(12)),
                    ..handling(d(1, 20), Some(d(1, 23)))
                },
                ..hot(7, "S6", B3, Role::Lead)
            },
        ];
        let cases = [
            (A1, "5", "逾期1个工作日"),
            (A2, "5", "逾期3个工作日"),
            (A3, "10", "逾期4个工作日"),
            (B1, "10", "逾期10个工作日"),
            (B2, "15", "逾期11个工作日"),
            (B3, "12", "逾期2个工作日"),
        ];
        for (unit, amount, days) in cases {
            let o = eval(&l, unit, d3_2);
            assert_eq!(amounts(&o), decs(&[amount]), "{unit:?}");
            assert_eq!(o.result.score, dec!(15) - parse_dec(amount));
            assert!(reason(&o, 0).contains(days), "{}", reason(&o, 0));
            assert!(o.warnings.is_empty());
        }
        let o = eval(&l, A1, d3_2);
        assert!(reason(&o, 0).contains("默认档次（R4）"));
        let o = eval(&l, B3, d3_2);
        assert!(reason(&o, 0).contains("按台账逾期扣分12.00"));
    }

    #[test]
    fn d3_2_as_of_open_rows_and_unused_penalty() {
        let mut l = ledger();
        l.hotline = vec![
            // Open, due 07-10: at 06-30 not yet due → warning only.
            late(2, "O1", A1, d(7, 10), None),
            // Open, due Tue 06-20: 21, 22, 23, 26..30 → 8 → 10.
            late(3, "O2", A2, d(6, 20), None),
            // Completed 07-05 after as-of: open at 06-30, due Wed 06-28 → 29, 30 → 2 → 5.
            late(4, "O3", A3, d(6, 28), Some(d(7, 5))),
            // Extended to 03-10, done 03-06: on time; its 逾期扣分 is not used.
            HotlineRow {
                handling: Handling {
                    extended: Some(d(3, 10)),
                    penalty: Some(dec!(5)),
                    ..handling(d(3, 1), Some(d(3, 6)))
                },
                ..hot(5, "O4", B1, Role::Lead)
            },
        ];
        let as_of = d(6, 30);
        let o = eval_at(&l, as_of, A1, d3_2);
        assert_eq!(o.result.score, dec!(15));
        assert!(o.result.entries.is_empty());
        assert_eq!(o.warnings.len(), 1);
        assert!(o.warnings[0].message.starts_with("未到期"));
        assert_eq!(o.warnings[0].place, "热线工单!2");

        let o = eval_at(&l, as_of, A2, d3_2);
        assert_eq!(amounts(&o), decs(&["10"]));
        assert!(reason(&o, 0).contains("逾期8个工作日"));
        assert!(reason(&o, 0).contains("未办结"));

        let o = eval_at(&l, as_of, A3, d3_2);
        assert_eq!(amounts(&o), decs(&["5"]));
        assert!(reason(&o, 0).contains("逾期2个工作日"));

        let o = eval_at(&l, as_of, B1, d3_2);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(o.warnings.len(), 1);
        assert!(o.warnings[0].message.contains("逾期扣分5.00未使用"));

        // At year end O3 is completed 07-05: Thu 06-29, Fri 06-30, Mon 07-03..Wed 07-05 → 5 → 10.
        let o = eval(&l, A3, d3_2);
        assert_eq!(amounts(&o), decs(&["10"]));
    }

    #[test]
    fn d3_2_floor_overdue_and_not_exempt_on_one_row() {
        let mut l = ledger();
        // 11 days late (15) and not exempt in a single-department case (5): 20 > 15.
        l.hotline = vec![unhappy(
            late(2, "F1", A1, d(1, 20), Some(d(2, 9))),
            Some(Verdict::NotExempt),
        )];
        let o = eval(&l, A1, d3_2);
        assert_eq!(o.result.score, Decimal::ZERO);
        assert_eq!(amounts(&o), decs(&["15", "0"]));
        assert!(reason(&o, 1).contains("应扣5.00"));
    }

    // ---------------------------------------------------------------- D4

    #[test]
    fn d4_exactly_5_below_the_rounded_group_average() {
        let mut l = ledger();
        l.surveys = vec![
            survey(2, A1, "75.00"),
            survey(3, A2, "82.50"),
            survey(4, A3, "82.51"),
            // B组 scores do not enter the A组 average (R22).
            survey(5, B1, "50"),
        ];
        // avg = 240.01 / 3 = 80.0033… → 80.00; 80.00 − 75.00 = 5.00 → 以内 → −2.5 (R23).
        let o = eval(&l, A1, d4);
        assert_eq!(o.result.score, dec!(12.5));
        assert_eq!(amounts(&o), decs(&["2.5"]));
        assert!(reason(&o, 0).contains("75.00"));
        assert!(reason(&o, 0).contains("80.00"));
        assert_eq!(
            &*o.result.entries[0].source,
            "满意度调查: 本单位75.00，A组平均80.00"
        );
        // 82.50 and 82.51 are above: no entry.
        let o = eval(&l, A2, d4);
        assert!(o.result.entries.is_empty());
    }

    #[test]
    fn d4_5_01_below_costs_5() {
        let mut l = ledger();
        l.surveys = vec![
            survey(2, A1, "74.99"),
            survey(3, A2, "82.50"),
            survey(4, A3, "82.51"),
        ];
        // avg = 239.99 / 3 = 79.9966… → 80.00; 80.00 − 74.99 = 5.01 → −5.
        let o = eval(&l, A1, d4);
        assert_eq!(o.result.score, dec!(10));
        assert_eq!(amounts(&o), decs(&["5"]));
        assert!(reason(&o, 0).contains("5分以上"));
    }

    #[test]
    fn d4_group_average_rounds_and_skips_missing_scores() {
        let mut l = ledger();
        l.surveys = vec![
            // B1: mean of 80 and 80.01 = 80.005 → 80.01 (Context rounds).
            survey(2, B1, "80"),
            survey(3, B1, "80.01"),
            survey(4, B2, "80.00"),
            // B3 has no survey row: left out of the average, warned.
        ];
        let calendar = Calendar::new();
        let ctx = Context::new(&l, d(12, 31), &calendar);
        // (80.01 + 80.00) / 2 = 80.005 → 80.01 (half away from zero).
        assert_eq!(group_average(Category::GroupB, &ctx), Some(dec!(80.01)));
        assert_eq!(group_average(Category::GroupA, &ctx), None);
        // B2 is 0.01 below → −2.5.
        let o = eval(&l, B2, d4);
        assert_eq!(amounts(&o), decs(&["2.5"]));
        // B1 at the average: nothing.
        let o = eval(&l, B1, d4);
        assert!(o.result.entries.is_empty());
        let o = eval(&l, B3, d4);
        assert_eq!(o.result.score, dec!(15));
        assert!(o.result.entries.is_empty());
        assert_eq!(o.warnings.len(), 1);
        assert!(o.warnings[0].message.contains("住建局"));
    }

    #[test]
    fn d4_pending_in_an_interim_run_and_the_average_over_units_with_rows() {
        // As of 2017-06-30, A组: A1 75, A2 85 (A3 no rows yet). avg over
        // the two with rows = 80.00; A1 is 5.00 below → −2.5 (R23); A3
        // pending at 15 with a zero-amount entry and a warning.
        let mut l = ledger();
        l.surveys = vec![survey(2, A1, "75"), survey(3, A2, "85")];
        let june = d(6, 30);
        let o = eval_at(&l, june, A1, d4);
        assert_eq!(amounts(&o), decs(&["2.5"]));
        assert_eq!(o.result.score, dec!(12.5));
        let o = eval_at(&l, june, A2, d4);
        assert!(o.result.entries.is_empty());
        let o = eval_at(&l, june, A3, d4);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(o.result.entries.len(), 1);
        assert_eq!(
            &*o.result.entries[0].reason,
            "满意度调查尚未进行，按满分暂计"
        );
        assert_eq!(o.result.entries[0].amount, Decimal::ZERO);
        assert_eq!(o.warnings.len(), 1);
        assert!(o.warnings[0].message.contains("D4按满分暂计"));
    }

    // ------------------------------------------------------ whole units

    fn total(outcomes: &[Outcome]) -> Decimal {
        outcomes.iter().map(|o| o.result.score).sum()
    }

    fn score_unit(l: &Ledger, unit: UnitId) -> Vec<Outcome> {
        let calendar = Calendar::new();
        let ctx = Context::new(l, d(12, 31), &calendar);
        let groups = group_by_unit(l);
        let outcomes = score(l.roster.get(unit), &groups[unit.index()], &ctx);
        let ids: Vec<ClauseId> = outcomes.iter().map(|o| o.result.clause).collect();
        assert_eq!(ids, ClauseId::DEPT);
        for o in &outcomes {
            assert_invariant(&o.result);
        }
        outcomes
    }

    #[test]
    fn empty_ledger_department() {
        // D1 0, D2.1 0, D2.2 A组 20 − 4 × 2.5 = 10, D3.1 15, D3.2 15, D4 15 (no survey,
        // warned) = 55.
        let l = ledger();
        let outcomes = score_unit(&l, A1);
        let scores: Vec<Decimal> = outcomes.iter().map(|o| o.result.score).collect();
        assert_eq!(scores, decs(&["0", "0", "10", "15", "15", "15"]));
        assert_eq!(total(&outcomes), dec!(55));
    }

    #[test]
    fn whole_department_group_a() {
        let mut l = ledger();
        l.info = infos(A1, 4);
        l.measures = vec![
            measure(2, A1, "政策直通车", true, true),
            measure(3, A1, "项目代办", true, false),
            featured(measure(4, A1, "进区镇服务月", false, false)),
        ];
        l.outreach = vec![
            outreach(2, A1, KFQ),
            outreach(3, A1, ZP),
            outreach(4, A1, ZZ),
            outreach(5, A2, JX),
        ];
        let c = TransferSource::Center;
        l.transfers = vec![
            duties(2, "T1", false, false, false),
            solved(3, "T2", A2, Role::Lead, c, true),
            solved(4, "T2", A1, Role::Assist, c, false),
            duties(5, "T3", true, false, true),
        ];
        l.hotline = vec![
            late(2, "H1", A1, d(1, 20), Some(d(1, 25))),
            unhappy(hot(3, "H2", ZP, Role::Lead), None),
            unhappy(hot(4, "H2", A1, Role::Assist), Some(Verdict::Exempt)),
            hot(5, "H3", A1, Role::Lead),
        ];
        l.surveys = vec![
            survey(2, A1, "82"),
            survey(3, A1, "84"),
            survey(4, A2, "90"),
            survey(5, A3, "88"),
            survey(6, B1, "60"),
        ];
        // D1: 4 items → 15 − 2.5 × 2 = 10.
        // D2.1: 3 measures; 项目代办 implemented, not reported → −2.5 (R17); 进区镇服务月
        //       featured → 0 entry: 17.5.
        // D2.2: 锦溪镇 not reached (A2's visit does not count) → 17.5.
        // D3.1: T1 single, all duties failed → −5; T2 two departments, A1 协办 not
        //       solved → −2.5; T3 one duty failed → 0 entry: 7.5.
        // D3.2: H1 Fri 01-20 → Wed 01-25 = 4 working days (Sun 01-22 works) → −10;
        //       H2 免责 → 0 entry; H3 on time: 5.
        // D4: s = (82 + 84) / 2 = 83.00; A组 avg = (83 + 90 + 88) / 3 = 87.00;
        //     4.00 below → −2.5: 12.5.
        // Total: 10 + 17.5 + 17.5 + 7.5 + 5 + 12.5 = 70.
        let outcomes = score_unit(&l, A1);
        let scores: Vec<Decimal> = outcomes.iter().map(|o| o.result.score).collect();
        assert_eq!(scores, decs(&["10", "17.5", "17.5", "7.5", "5", "12.5"]));
        assert_eq!(total(&outcomes), dec!(70));
        let entries: usize = outcomes.iter().map(|o| o.result.entries.len()).sum();
        // D1 1, D2.1 2, D2.2 1, D3.1 3, D3.2 2, D4 1.
        assert_eq!(entries, 10);
        assert!(outcomes.iter().all(|o| o.warnings.is_empty()));
    }

    #[test]
    fn whole_department_group_b() {
        let mut l = ledger();
        l.info = infos(B1, 7);
        l.measures = vec![featured(measure(2, B1, "审批提速", true, true))];
        l.practices = vec![practice(2, B1, false)];
        let all_failed = |r: TransferRow| TransferRow {
            contacted: Some(false),
            opinion: Some(false),
            feedback: Some(false),
            ..r
        };
        l.transfers = vec![
            all_failed(solved(
                2,
                "T4",
                B1,
                Role::Lead,
                TransferSource::JointMeeting,
                false,
            )),
            TransferRow {
                unit: B1,
                ..duties(3, "T5", false, false, true)
            },
        ];
        l.hotline = vec![
            unhappy(
                HotlineRow {
                    handling: Handling {
                        penalty: Some(dec!(8)),
                        ..handling(d(1, 26), Some(d(2, 3)))
                    },
                    ..hot(2, "H4", B1, Role::Lead)
                },
                Some(Verdict::NotExempt),
            ),
            unhappy(hot(3, "H4", B2, Role::Assist), Some(Verdict::NotExempt)),
            HotlineRow {
                handling: Handling {
                    forwarded: d(12, 28),
                    ..handling(NaiveDate::from_ymd_opt(2018, 1, 10).unwrap(), None)
                },
                ..hot(4, "H5", B1, Role::Lead)
            },
        ];
        l.surveys = vec![
            survey(2, B1, "70"),
            survey(3, B2, "80"),
            survey(4, B3, "75.01"),
            survey(5, A1, "99"),
        ];
        // D1: 7 items → 15.
        // D2.1: one measure → −15; it is done, so no per-measure entry: 5.
        // D2.2: the practice is not implemented, but 审批提速 is implemented and
        //       同时为特色服务 (R19) → 0 entry: 20.
        // D3.1: T4 joint-meeting task, 主办, not solved → −5 (duties ignored); T5 two of
        //       three duties failed → 0 entry: 10.
        // D3.2: H4 1 working day late (01-26 → 02-03 across the festival) with 逾期扣分 8
        //       → −8; two department rows, B1 主办, not exempt → −5; H5 open, due
        //       2018-01-10 → 未到期 warning: 15 − 13 = 2.
        // D4: B组 avg = (70 + 80 + 75.01) / 3 = 75.0033… → 75.00; 5.00 below → −2.5: 12.5.
        // Total: 15 + 5 + 20 + 10 + 2 + 12.5 = 64.5.
        let outcomes = score_unit(&l, B1);
        let scores: Vec<Decimal> = outcomes.iter().map(|o| o.result.score).collect();
        assert_eq!(scores, decs(&["15", "5", "20", "10", "2", "12.5"]));
        assert_eq!(total(&outcomes), dec!(64.5));
        let warnings: Vec<&Warning> = outcomes.iter().flat_map(|o| &o.warnings).collect();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].message.starts_with("未到期"));
        // B2 (协办 of H4, several departments) loses 2.5 on D3.2.
        let outcomes = score_unit(&l, B2);
        assert_eq!(outcomes[4].result.score, dec!(12.5));
    }

    // ------------------------------------------------------- doc comments

    #[test]
    fn doc_comments_quote_the_regulation() {
        // Each clause function's doc comment carries the sentence of ClauseId.
        let src = include_str!("dept.rs");
        for c in ClauseId::DEPT {
            let line = format!("/// 细则：{}\n", c.info().sentence);
            assert!(src.contains(&line), "{c}: sentence not quoted");
            let head = format!("/// {} {}, ", c.id(), c.item());
            assert!(src.contains(&head), "{c}: heading missing");
        }
    }
    // ------------------------------------------------------------ interim

    #[test]
    fn interim_yearly_requirements_pending() {
        let mut l = ledger();
        let mut late_info = info(9, A1);
        late_info.date = d(7, 3);
        l.info = infos(A1, 2);
        l.info.push(late_info);
        l.measures = vec![measure(2, A1, "一站式服务", false, false)];
        l.outreach = vec![outreach(2, A1, ZP)];
        l.practices = vec![practice(2, B1, false)];
        // D1: 2 rows by D (the July row does not exist yet): pending.
        let o = eval_at(&l, june(), A1, d1);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(
            listed(&o),
            vec![(
                "全年须报送信息不少于6条，截至2017-06-30已报送2条，年底计分（R27）".to_string(),
                Decimal::ZERO
            )]
        );
        // At the year end, 3 rows: −7.5.
        assert_eq!(eval(&l, A1, d1).result.score, dec!(7.5));
        // D2.1: one measure, not implemented: all pending.
        let o = eval_at(&l, june(), A1, d2_1);
        assert_eq!(o.result.score, dec!(20));
        assert_eq!(
            listed(&o),
            vec![(
                "全年须制定服务举措不少于2项并实施、报送实施成果，截至2017-06-30已制定1项（已实施并报送成果0项），年底计分（R27）".to_string(),
                Decimal::ZERO
            )]
        );
        assert_eq!(eval(&l, A1, d2_1).result.score, Decimal::ZERO);
        // D2.2: A组 reached 1 of 4 区镇; B组 no implemented practice.
        let o = eval_at(&l, june(), A1, d2_2);
        assert_eq!(o.result.score, dec!(20));
        assert_eq!(
            listed(&o),
            vec![(
                "全年须惠及全部4个区镇（政企互动），截至2017-06-30已惠及1个，年底计分（R27）"
                    .to_string(),
                Decimal::ZERO
            )]
        );
        assert_eq!(eval(&l, A1, d2_2).result.score, dec!(12.5));
        let o = eval_at(&l, june(), B1, d2_2);
        assert_eq!(o.result.score, dec!(20));
        assert_eq!(amounts(&o), decs(&["0"]));
        assert_eq!(eval(&l, B1, d2_2).result.score, dec!(15));
    }

    #[test]
    fn interim_d3_1_items_not_due_and_rows_after_d() {
        let mut l = ledger();
        // Due 07-20: not judged at 06-30.
        let mut not_due = duties(2, "Z1", false, false, false);
        not_due.handling = handling(d(7, 20), None);
        // Due 06-20, all three duties 否: −5.
        let mut due = duties(3, "Z2", false, false, false);
        due.handling = handling(d(6, 20), Some(d(6, 19)));
        // Z3: A1 assists; A2's 主办 row is forwarded 07-10, after D. At D
        // the item has one department (R5): the first sentence, −5; at the
        // year end two, the second: 协办 −2.5.
        let mut assist = solved(4, "Z3", A1, Role::Assist, TransferSource::Center, false);
        assist.contacted = Some(false);
        assist.opinion = Some(false);
        assist.feedback = Some(false);
        let mut lead = solved(5, "Z3", A2, Role::Lead, TransferSource::Center, true);
        lead.handling.forwarded = d(7, 10);
        lead.handling.deadline = d(7, 20);
        l.transfers = vec![not_due, due, assist, lead];
        let o = eval_at(&l, june(), A1, d3_1);
        assert_eq!(o.result.score, dec!(5));
        assert_eq!(
            listed(&o),
            vec![
                (
                    "未到期（时限2017-07-20），年底或到期后评判（R27）".to_string(),
                    Decimal::ZERO
                ),
                (
                    "转办件未在规定期限内与企业沟通、没有初步处理意见且未向中心反馈处理结果（按期沟通、初步处理意见、反馈结果均为否，R20），每件扣5.00".to_string(),
                    dec!(5)
                ),
                (
                    "转办件未在规定期限内与企业沟通、没有初步处理意见且未向中心反馈处理结果（按期沟通、初步处理意见、反馈结果均为否，R20），每件扣5.00".to_string(),
                    dec!(5)
                ),
            ]
        );
        // Year end: Z1 −5, Z2 −5, Z3 协办 −2.5 (R21 note beside it).
        let o = eval(&l, A1, d3_1);
        assert_eq!(o.result.score, dec!(2.5));
    }

    #[test]
    fn interim_d3_2_completed_after_d_is_open_and_unvisited() {
        let mut l = ledger();
        let mut r = unhappy(
            late(2, "H1", A1, d(7, 31), Some(d(7, 20))),
            Some(Verdict::NotExempt),
        );
        r.handling.forwarded = d(6, 1);
        l.hotline = vec![r];
        let o = eval_at(&l, june(), A1, d3_2);
        assert_eq!(o.result.score, dec!(15));
        assert_eq!(
            listed(&o),
            vec![(
                "办结日期2017-07-20在2017-06-30之后，截至2017-06-30未办结，回访结果暂不采用（R2）"
                    .to_string(),
                Decimal::ZERO
            )]
        );
        assert_eq!(o.warnings.len(), 1);
        assert_eq!(o.warnings[0].kind, kinds::NOT_DUE);
        assert_eq!(eval(&l, A1, d3_2).result.score, dec!(10));
    }
}
