//! The `--json` file of `ksfk score` read back (docs/outputs.md: `units`, each
//! with `name`, `category`, `total`, `rank`, `points`, `deductions`).

use super::{Entry, ResultSet, UnitLine};
use rust_decimal::Decimal;
use serde_json::Value;

pub(super) fn read(bytes: &[u8]) -> Result<ResultSet, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "既不是结果工作簿（.xlsx），也不是 JSON 文本".to_string())?;
    let v: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|_| "既不是结果工作簿（.xlsx），也不是 JSON 文本".to_string())?;
    let units = v
        .get("units")
        .and_then(Value::as_array)
        .ok_or_else(|| "JSON 中缺少字段 units（单位列表）".to_string())?;
    let mut out = Vec::with_capacity(units.len());
    for (i, u) in units.iter().enumerate() {
        let at = |field: &str| format!("JSON 中 units[{i}] 缺少字段 {field}");
        let text = |field: &str| -> Result<String, String> {
            u.get(field)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| at(field))
        };
        let name = text("name")?;
        let category = text("category")?;
        let total = decimal(u.get("total")).ok_or_else(|| at("total"))?;
        let rank = u
            .get("rank")
            .and_then(Value::as_u64)
            .and_then(|r| u32::try_from(r).ok())
            .ok_or_else(|| at("rank"))?;
        let points = match u.get("points") {
            None | Some(Value::Null) => None,
            Some(p) => Some(decimal(Some(p)).ok_or_else(|| at("points"))?),
        };
        let list = u
            .get("deductions")
            .and_then(Value::as_array)
            .ok_or_else(|| at("deductions"))?;
        let mut entries = Vec::with_capacity(list.len());
        for (j, e) in list.iter().enumerate() {
            let at = |field: &str| format!("JSON 中 units[{i}].deductions[{j}] 缺少字段 {field}");
            let text = |field: &str| -> Result<String, String> {
                e.get(field)
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or_else(|| at(field))
            };
            entries.push(Entry {
                clause: text("clause")?,
                reason: text("reason")?,
                source: text("source")?,
                record: e.get("record").and_then(Value::as_str).map(str::to_string),
                amount: decimal(e.get("amount")).ok_or_else(|| at("amount"))?,
            });
        }
        out.push(UnitLine {
            name,
            category,
            total,
            rank,
            points,
            entries,
        });
    }
    Ok(ResultSet { units: out })
}

/// A decimal string (`"98.50"`) or, leniently, a JSON number.
fn decimal(v: Option<&Value>) -> Option<Decimal> {
    match v? {
        Value::String(s) => s.trim().parse().ok(),
        Value::Number(n) => n.to_string().parse().ok(),
        _ => None,
    }
    .map(crate::rules::round2)
}
