//! Small hand-made results shared by the report tests.

use super::RunInfo;
use crate::model::{kinds, Category, SheetCount, UnitId, Warning};
use crate::rules::{parse_dec, round2, AuditEntry, ClauseId, ClauseResult};
use crate::score::{Points, Results, UnitResult};
use chrono::NaiveDate;
use rust_decimal::Decimal;

pub fn entry(
    unit: u32,
    clause: ClauseId,
    reason: &str,
    record: Option<&str>,
    amount: &str,
) -> AuditEntry {
    AuditEntry {
        unit: UnitId(unit),
        clause,
        reason: reason.to_string(),
        source: "热线工单!17".to_string(),
        record: record.map(str::to_string),
        date: record.map(|_| NaiveDate::from_ymd_opt(2017, 3, 1).unwrap_or_default()),
        calc: record
            .filter(|r| *r == "GD-003")
            .map(|_| "10×(1−0)÷3 = 3.33".to_string()),
        amount: parse_dec(amount),
    }
}

/// Full marks everywhere except the entries given, which must belong to
/// the unit's category.
fn unit(i: u32, name: &str, category: Category, rank: u32, entries: Vec<AuditEntry>) -> UnitResult {
    let clauses: Vec<ClauseResult> = ClauseId::of(category)
        .iter()
        .map(|c| {
            let mine: Vec<AuditEntry> =
                entries.iter().filter(|e| e.clause == *c).cloned().collect();
            let taken: Decimal = mine.iter().map(|e| e.amount).sum();
            ClauseResult {
                clause: *c,
                score: c.marks() - taken,
                entries: mine,
                appeals: Default::default(),
            }
        })
        .collect();
    let total = clauses.iter().map(|c| c.score).sum();
    UnitResult {
        unit: UnitId(i),
        name: name.to_string(),
        category,
        clauses,
        total,
        rank,
        points: None,
    }
}

/// 区镇 昆山开发区: Z1.1 −0.50 (one entry) and Z3.2 −1.00 (two entries
/// of 0.50) and a 0.00 note → total 100 − 1.50 = 98.50.
/// A组 商务局: D1 −2.50 → 97.50. B组 a name with forbidden characters.
/// 折算分 always linear (total × weight / 100), whatever the method.
pub fn sample(points: Points) -> Results {
    let town = unit(
        0,
        "昆山开发区",
        Category::Town,
        1,
        vec![
            entry(0, ClauseId::Z1_1, "第2季度无计次例会", None, "0.5"),
            entry(0, ClauseId::Z3_2, "逾期3个工作日", Some("GD-001"), "0.5"),
            entry(0, ClauseId::Z3_2, "回访不满意", Some("GD-002"), "0.5"),
            entry(0, ClauseId::Z3_2, "免责，不扣分", Some("GD-003"), "0"),
        ],
    );
    let a = unit(
        1,
        "商务局（招商服务中心）",
        Category::GroupA,
        1,
        vec![entry(1, ClauseId::D1, "信息报送5条，少1条", None, "2.5")],
    );
    let b = unit(2, "B/组:单位", Category::GroupB, 1, vec![]);
    let mut units = vec![town, a, b];
    for u in &mut units {
        u.points = match u.category {
            Category::Town => points
                .town
                .map(|p| round2(u.total * p / Decimal::ONE_HUNDRED)),
            _ => points
                .dept
                .map(|p| round2(u.total * p / Decimal::ONE_HUNDRED)),
        };
    }
    Results {
        year: 2017,
        as_of: NaiveDate::from_ymd_opt(2017, 12, 31).unwrap_or_default(),
        interim: false,
        points,
        units,
        warnings: vec![Warning::new(
            kinds::OUT_OF_YEAR,
            Some("昆山开发区"),
            "热线工单!9",
            "转办日期不在2017年，不计分",
        )],
        appeals: vec![],
        appeal_problems: vec![],
    }
}

pub fn info() -> RunInfo {
    RunInfo {
        inputs: vec![crate::model::InputFile {
            name: "台账2017.xlsx".to_string(),
            sha256: "ab".repeat(32),
        }],
        version: "0.1.0".to_string(),
        counts: vec![
            SheetCount {
                file: None,
                sheet: "热线工单",
                rows: 12,
                left_out: 1,
            },
            SheetCount {
                file: None,
                sheet: "例会",
                rows: 4,
                left_out: 0,
            },
        ],
        year_inferred: false,
    }
}
