//! `--json FILE`: the results as JSON (docs/outputs.md). Amounts are decimal
//! strings with exactly two decimals, so no float noise reaches a reader;
//! clause keys keep 细则 order; the text is pretty-printed and ends with a
//! newline. Same results, same bytes.

use crate::model::{Decision, Warning};
use crate::rules::appeals::AppealEffect;
use crate::rules::{fmt2, ClauseResult};
use crate::score::{Results, UnitResult};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

#[derive(Serialize)]
struct Doc<'a> {
    year: i32,
    as_of: String,
    /// docs/rules.md, Interim runs: `true` when the totals are 暂计.
    interim: bool,
    units: Vec<UnitJson<'a>>,
    appeals: Vec<AppealJson<'a>>,
    warnings: Vec<WarningJson<'a>>,
}

/// One 申诉 and what it did.
#[derive(Serialize)]
struct AppealJson<'a> {
    /// `申诉!5`.
    place: String,
    unit: &'a str,
    clause: &'static str,
    record: Option<&'a str>,
    source: Option<&'a str>,
    /// 成立, 部分成立, 不成立.
    decision: &'static str,
    /// 核减分值 (部分成立 only).
    cut: Option<String>,
    reference: Option<&'a str>,
    reason: &'a str,
    /// Nominal deductions matched, their sum, and what the decision waives.
    matched: usize,
    nominal: String,
    waived: String,
    /// The clause score without any appeal, and with them.
    clause_before: String,
    clause_after: String,
    effect: String,
}

fn appeal_json(e: &AppealEffect) -> AppealJson<'_> {
    let a = &e.appeal;
    AppealJson {
        place: a.place.to_string(),
        unit: &e.unit_name,
        clause: e.clause.id(),
        record: a.record.as_deref(),
        source: a.source.as_deref(),
        decision: a.decision.label(),
        cut: match a.decision {
            Decision::Partly(c) => Some(fmt2(c)),
            _ => None,
        },
        reference: a.reference.as_deref(),
        reason: &a.reason,
        matched: e.matched,
        nominal: fmt2(e.nominal),
        waived: fmt2(e.waived),
        clause_before: fmt2(e.before),
        clause_after: fmt2(e.after),
        effect: e.describe(),
    }
}

#[derive(Serialize)]
struct UnitJson<'a> {
    name: &'a str,
    category: &'static str,
    clauses: Clauses<'a>,
    total: String,
    rank: u32,
    points: Option<String>,
    deductions: Vec<DeductionJson<'a>>,
}

/// `{ "Z1.1": "2.00", … }` in the order of the unit's clauses (细则 order).
struct Clauses<'a>(&'a [ClauseResult]);

impl Serialize for Clauses<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for c in self.0 {
            map.serialize_entry(c.clause.id(), &fmt2(c.score))?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct DeductionJson<'a> {
    clause: &'static str,
    reason: &'a str,
    source: &'a str,
    record: Option<&'a str>,
    amount: String,
}

#[derive(Serialize)]
struct WarningJson<'a> {
    /// `警告` or `提示`.
    level: &'static str,
    /// 类型, e.g. `待评判`, `不在年度内`.
    kind: &'static str,
    unit: Option<&'a str>,
    place: &'a str,
    message: &'a str,
}

fn unit_json(u: &UnitResult) -> UnitJson<'_> {
    UnitJson {
        name: &u.name,
        category: u.category.label(),
        clauses: Clauses(&u.clauses),
        total: fmt2(u.total),
        rank: u.rank,
        points: u.points.map(fmt2),
        deductions: u
            .clauses
            .iter()
            .flat_map(|c| &c.entries)
            .map(|e| DeductionJson {
                clause: e.clause.id(),
                reason: &e.reason,
                source: &e.source,
                record: e.record.as_deref(),
                amount: fmt2(e.amount),
            })
            .collect(),
    }
}

fn warning_json(w: &Warning) -> WarningJson<'_> {
    WarningJson {
        level: w.level().label(),
        kind: w.kind.label(),
        unit: w.unit.as_deref(),
        place: &w.place,
        message: &w.message,
    }
}

/// The results as pretty-printed JSON with a trailing newline. Every
/// audit entry is a deduction, zero-amount ones included, as in 扣分明细.
pub fn results_json(results: &Results) -> String {
    let doc = Doc {
        year: results.year,
        as_of: results.as_of.format("%Y-%m-%d").to_string(),
        interim: results.interim,
        units: results.units.iter().map(unit_json).collect(),
        appeals: results.appeals.iter().map(appeal_json).collect(),
        warnings: results.warnings.iter().map(warning_json).collect(),
    };
    // Plain structs, strings and maps with string keys: serialization
    // cannot fail.
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures::sample;
    use crate::rules::dec;
    use crate::score::{Points, PointsMethod};
    use serde_json::Value;

    #[test]
    fn fields_and_two_decimal_strings() {
        let text = results_json(&sample(Points::default()));
        assert!(text.ends_with("}\n"));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["year"], 2017);
        assert_eq!(v["as_of"], "2017-12-31");
        let units = v["units"].as_array().unwrap();
        assert_eq!(units.len(), 3);
        let town = &units[0];
        assert_eq!(town["name"], "昆山开发区");
        assert_eq!(town["category"], "区镇");
        // 2 − 0.5 = 1.50; 15 − 1 = 14.00; total 98.50.
        assert_eq!(town["clauses"]["Z1.1"], "1.50");
        assert_eq!(town["clauses"]["Z1.2"], "15.00");
        assert_eq!(town["clauses"]["Z3.2"], "14.00");
        assert_eq!(town["total"], "98.50");
        assert_eq!(town["rank"], 1);
        assert_eq!(town["points"], Value::Null);
        let d = town["deductions"].as_array().unwrap();
        assert_eq!(d.len(), 4);
        assert_eq!(d[0]["clause"], "Z1.1");
        assert_eq!(d[0]["amount"], "0.50");
        assert_eq!(d[0]["record"], Value::Null);
        assert_eq!(d[1]["record"], "GD-001");
        assert_eq!(d[1]["source"], "热线工单!17");
        assert_eq!(d[1]["reason"], "逾期3个工作日");
        assert_eq!(d[3]["amount"], "0.00");
        assert_eq!(units[1]["category"], "A组");
        assert_eq!(units[1]["clauses"]["D1"], "12.50");
        assert_eq!(units[2]["category"], "B组");
        assert_eq!(v["warnings"][0]["place"], "热线工单!9");
        assert_eq!(v["warnings"][0]["message"], "转办日期不在2017年，不计分");
    }

    #[test]
    fn clause_keys_in_rubric_order() {
        let text = results_json(&sample(Points::default()));
        let z: Vec<usize> = [
            "\"Z1.1\"", "\"Z1.2\"", "\"Z1.3\"", "\"Z2.1\"", "\"Z2.2\"", "\"Z3.1\"", "\"Z3.2\"",
            "\"Z3.3\"", "\"Z4.1\"", "\"Z4.2\"",
        ]
        .iter()
        .map(|k| text.find(k).unwrap())
        .collect();
        assert!(z.windows(2).all(|w| w[0] < w[1]), "{z:?}");
        let d: Vec<usize> = [
            "\"D1\"", "\"D2.1\"", "\"D2.2\"", "\"D3.1\"", "\"D3.2\"", "\"D4\"",
        ]
        .iter()
        .map(|k| text.find(k).unwrap())
        .collect();
        assert!(d.windows(2).all(|w| w[0] < w[1]), "{d:?}");
    }

    #[test]
    fn points_as_strings_and_deterministic() {
        let points = Points {
            town: Some(dec!(5)),
            dept: Some(dec!(3)),
            method: PointsMethod::Linear,
        };
        let results = sample(points);
        let text = results_json(&results);
        let v: Value = serde_json::from_str(&text).unwrap();
        // 98.5 × 5 / 100 = 4.925 → 4.93; 97.5 × 3 / 100 = 2.925 → 2.93; 100 × 3 / 100 = 3.00.
        assert_eq!(v["units"][0]["points"], "4.93");
        assert_eq!(v["units"][1]["points"], "2.93");
        assert_eq!(v["units"][2]["points"], "3.00");
        assert_eq!(text, results_json(&results));
    }
}
