//! Appeals (申诉, docs/rules.md "Appeals"): after scoring, each appeal is checked
//! against the nominal deductions of its unit and clause that the
//! [`Tally`](super::Tally) recorded, and its effect is summed up.
//!
//! The waiver itself happens in the tally, before the floor; this module
//! only finds the appeals that were wrong (docs/ledger.md, 申诉) — one that
//! matches nothing, two on one deduction, a 部分成立 on more than one
//! deduction, a 核减分值 not less than the deduction — and describes what
//! each appeal did, for 说明, the JSON and `explain`. Pure: no file.

use super::{fmt2, round2, ClauseId, ClauseResult};
use crate::model::{Appeal, Decision, UnitId};
use rust_decimal::Decimal;

/// A wrong appeal, at its 申诉 cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppealProblem {
    /// `申诉!C5`.
    pub place: String,
    pub column: &'static str,
    pub value: Option<String>,
    pub message: String,
}

/// What one appeal did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppealEffect {
    /// Index in `Ledger::appeals`.
    pub index: usize,
    pub appeal: Appeal,
    pub unit: UnitId,
    pub unit_name: String,
    pub clause: ClauseId,
    /// How many nominal deductions it matched.
    pub matched: usize,
    /// Σ nominal amounts of those deductions.
    pub nominal: Decimal,
    /// What the decision waives of them (成立: all; 部分成立: 核减分值;
    /// 不成立: 0), before the clause's floor.
    pub waived: Decimal,
    /// The clause score without any appeal, and with them.
    pub before: Decimal,
    pub after: Decimal,
}

impl AppealEffect {
    /// `免扣2项扣分（原应扣10.00）；Z3.2得分 0.00 → 5.00`.
    pub fn describe(&self) -> String {
        let what = match self.appeal.decision {
            Decision::Upheld => {
                format!("免扣{}项扣分（原应扣{}）", self.matched, fmt2(self.nominal))
            }
            Decision::Partly(cut) => {
                format!("核减{}（原应扣{}）", fmt2(cut), fmt2(self.nominal))
            }
            Decision::Rejected => {
                format!("维持{}项扣分（原应扣{}）", self.matched, fmt2(self.nominal))
            }
        };
        let score = if self.before == self.after {
            format!("{}得分{}未变", self.clause, fmt2(self.after))
        } else {
            format!(
                "{}得分 {} → {}",
                self.clause,
                fmt2(self.before),
                fmt2(self.after)
            )
        };
        format!("{what}；{score}")
    }
}

/// Checks every appeal against the clause results and describes its
/// effect. `clause` finds a unit's result for a clause; `name` a unit's
/// name. Problems come in ledger order.
pub fn check<'r>(
    appeals: &[Appeal],
    clause: impl Fn(UnitId, ClauseId) -> Option<&'r ClauseResult>,
    name: impl Fn(UnitId) -> String,
) -> (Vec<AppealEffect>, Vec<AppealProblem>) {
    let mut effects = Vec::new();
    let mut problems = Vec::new();
    for (index, a) in appeals.iter().enumerate() {
        let Some(id) = ClauseId::parse(a.clause) else {
            continue;
        };
        let unit_name = name(a.unit);
        let result = clause(a.unit, id);
        let trace = result.map(|r| &r.appeals);
        let matched: Vec<usize> = trace
            .map(|t| {
                t.matches
                    .iter()
                    .filter(|(i, _)| *i == index)
                    .map(|(_, d)| *d)
                    .collect()
            })
            .unwrap_or_default();
        let deductions = trace.map(|t| t.deductions.as_slice()).unwrap_or_default();
        let key_column = if a.record.is_some() {
            "编号"
        } else {
            "来源"
        };
        let key_value = a.record.clone().or_else(|| a.source.clone());
        if matched.is_empty() {
            problems.push(AppealProblem {
                place: a.at_key.clone(),
                column: key_column,
                value: key_value,
                message: format!(
                    "申诉未匹配到{unit_name}在{id}的任何扣分{}",
                    suggestion(a, deductions)
                ),
            });
            continue;
        }
        // Two appeals on one deduction: the later row is the error.
        let earlier = trace.and_then(|t| {
            t.matches
                .iter()
                .filter(|(i, d)| *i < index && matched.contains(d))
                .map(|(i, _)| *i)
                .min()
        });
        if let Some(first) = earlier {
            let d = &deductions[matched[0]];
            problems.push(AppealProblem {
                place: a.at_key.clone(),
                column: key_column,
                value: key_value.clone(),
                message: format!(
                    "与第{}行的申诉针对同一项扣分（{unit_name} {id}，来源{}{}）：一项扣分只能有一条申诉",
                    appeals[first].place.row,
                    d.1,
                    d.0.as_deref()
                        .map(|r| format!("，编号{r}"))
                        .unwrap_or_default()
                ),
            });
        }
        let nominal: Decimal = matched.iter().map(|d| deductions[*d].2).sum();
        if let Decision::Partly(cut) = a.decision {
            if matched.len() > 1 {
                problems.push(AppealProblem {
                    place: a.at_decision.clone(),
                    column: "决定",
                    value: Some("部分成立".into()),
                    message: format!(
                        "部分成立只能针对一项扣分，但该申诉匹配到{unit_name}在{id}的{}项扣分：请同时填写编号和来源，指定其中一项",
                        matched.len()
                    ),
                });
            } else if round2(cut) >= nominal {
                // Checked as applied: to two decimals, as every amount.
                let applied = if round2(cut) == cut {
                    String::new()
                } else {
                    format!("（按两位小数为{}）", fmt2(cut))
                };
                problems.push(AppealProblem {
                    place: a.at_cut.clone(),
                    column: "核减分值",
                    value: Some(cut.normalize().to_string()),
                    message: format!(
                        "核减分值{applied}不小于该项扣分的原应扣{}：核减分值须大于0且小于原扣分（全部免扣请将决定填为成立）",
                        fmt2(nominal)
                    ),
                });
            }
        }
        let waived = match a.decision {
            Decision::Upheld => nominal,
            Decision::Partly(cut) => round2(cut).min(nominal),
            Decision::Rejected => Decimal::ZERO,
        };
        effects.push(AppealEffect {
            index,
            appeal: a.clone(),
            unit: a.unit,
            unit_name,
            clause: id,
            matched: matched.len(),
            nominal,
            waived,
            before: trace.map(|t| t.unappealed).unwrap_or_default(),
            after: result.map(|r| r.score).unwrap_or_default(),
        });
    }
    (effects, problems)
}

/// `：是否应为「X」？`, the closest 编号 (or 来源) of the unit's deductions
/// on the clause; or why there is none.
fn suggestion(a: &Appeal, deductions: &[(Option<String>, String, Decimal)]) -> String {
    if deductions.is_empty() {
        return "：该单位在该条款没有扣分".to_string();
    }
    let mut candidates: Vec<&str> = match (&a.record, &a.source) {
        // The 编号 is right but the 来源 is not: suggest that record's 来源.
        (Some(r), Some(_)) if deductions.iter().any(|d| d.0.as_ref() == Some(r)) => deductions
            .iter()
            .filter(|d| d.0.as_ref() == Some(r))
            .map(|d| d.1.as_str())
            .collect(),
        (Some(_), _) => deductions.iter().filter_map(|d| d.0.as_deref()).collect(),
        (None, _) => deductions.iter().map(|d| d.1.as_str()).collect(),
    };
    candidates.dedup();
    let target = match (&a.record, &a.source) {
        (Some(r), Some(_)) if deductions.iter().any(|d| d.0.as_ref() == Some(r)) => {
            a.source.as_deref().unwrap_or_default()
        }
        (Some(r), _) => r.as_str(),
        (None, s) => s.as_deref().unwrap_or_default(),
    };
    let what =
        if a.record.is_some() && !deductions.iter().any(|d| d.0.as_ref() == a.record.as_ref()) {
            "编号"
        } else {
            "来源"
        };
    let best = candidates
        .iter()
        .map(|c| (strsim::levenshtein(target, c), *c))
        .min_by(|x, y| x.0.cmp(&y.0));
    match best {
        Some((_, c)) => format!("：是否应为{what}「{c}」？（编号和来源须与扣分明细中的一致）"),
        None => "：该单位在该条款的扣分都没有编号，请按来源填写".to_string(),
    }
}
