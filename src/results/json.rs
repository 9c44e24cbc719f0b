//! The `--json` file of `ksfk score` read back (docs/outputs.md: `units`, each
//! with `name`, `category`, `total`, `rank`, `points`, `deductions`).

use super::{Entry, ResultSet, UnitLine};
use rust_decimal::Decimal;
use serde_json::Value;

pub(super) fn read(bytes: &[u8]) -> Result<ResultSet, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "既不是结果工作簿（.xlsx），也不是 JSON 文本".to_string())?;
    let v = match serde_json::from_str::<Strict>(text.trim_start_matches('\u{feff}')) {
        Ok(Strict(v)) => v,
        Err(e) if e.is_data() => return Err(format!("JSON 有误：{e}")),
        Err(_) => return Err("既不是结果工作簿（.xlsx），也不是 JSON 文本".to_string()),
    };
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
    let basis = match (
        v.get("year").and_then(Value::as_i64),
        v.get("as_of").and_then(Value::as_str),
    ) {
        (Some(year), Some(as_of)) => i32::try_from(year)
            .ok()
            .zip(as_of.parse().ok())
            .map(|(year, as_of)| super::Basis { year, as_of }),
        _ => None,
    };
    Ok(ResultSet { units: out, basis })
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

/// A JSON value as serde_json reads it, except that a key given twice in
/// one object is an error: serde_json keeps the last silently, as a cell
/// given twice would be (`"total": "91.00", "total": "50.00"`).
struct Strict(Value);

impl<'de> serde::Deserialize<'de> for Strict {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Strict, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::from(n))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::from(n))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        Ok(Value::from(n))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_string()))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let Strict(v) = map.next_value()?;
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "键「{key}」在同一对象中出现了两次，无法确定取哪一个"
                )));
            }
            object.insert(key, v);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_given_twice_is_an_error_not_the_last_value() {
        let twice =
            r#"{"units": [{"name": "甲镇", "total": "91.00", "total": "50.00"}]}"#.as_bytes();
        let err = read(twice).unwrap_err();
        assert!(err.contains("键「total」") && err.contains("两次"), "{err}");
        let err = read(br#"{"units": [], "units": []}"#).unwrap_err();
        assert!(err.contains("键「units」"), "{err}");
        // The same key in two objects is fine.
        assert!(read(br#"{"units": [], "x": {"units": 1}}"#).is_ok());
    }
}
