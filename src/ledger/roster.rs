//! The units assessed: the built-in roster of the regulation, or the
//! ledger's `单位名单` sheet; and the closest-name suggestions for a unit
//! name the roster does not know.

use crate::model::{Category, Roster};

/// The 12 区镇 (docs/ledger.md): 4 区, then 8 镇.
pub const TOWNS: [&str; 12] = [
    "昆山开发区",
    "昆山高新区",
    "花桥经济开发区",
    "旅游度假区",
    "张浦镇",
    "周市镇",
    "陆家镇",
    "巴城镇",
    "千灯镇",
    "淀山湖镇",
    "周庄镇",
    "锦溪镇",
];

/// A组 (20), as the regulation writes them, in its order.
pub const GROUP_A: [&str; 20] = [
    "发改委",
    "经信委",
    "教育局",
    "科技局",
    "民政局",
    "司法局",
    "人社局",
    "农委",
    "商务局（招商服务中心）",
    "文广新局",
    "旅游局",
    "总工会",
    "工商联",
    "台办",
    "海关",
    "出入境检验检疫局",
    "人民银行（外汇管理局）",
    "银监办",
    "国税局",
    "地税局",
];

/// B组 (19), as the regulation writes them, in its order.
pub const GROUP_B: [&str; 19] = [
    "公安局",
    "财政局",
    "国土局",
    "住建局",
    "规划局",
    "物价局",
    "城管局",
    "交通局",
    "水利局",
    "卫计委",
    "环保局",
    "安监局",
    "市场监管局",
    "民防局",
    "政务办",
    "供电公司",
    "气象局",
    "消防大队",
    "住房公积金管理中心",
];

/// Built-in aliases (docs/ledger.md): alias → canonical name.
pub const ALIASES: [(&str, &str); 9] = [
    ("商务局", "商务局（招商服务中心）"),
    ("招商服务中心", "商务局（招商服务中心）"),
    ("人民银行", "人民银行（外汇管理局）"),
    ("外汇管理局", "人民银行（外汇管理局）"),
    ("开发区", "昆山开发区"),
    ("高新区", "昆山高新区"),
    ("花桥", "花桥经济开发区"),
    ("花桥开发区", "花桥经济开发区"),
    ("度假区", "旅游度假区"),
];

/// The built-in roster: 区镇, then A组, then B组, each in the regulation's
/// order, with the built-in aliases.
pub fn builtin() -> Roster {
    let entry = |name: &str, category| {
        let aliases = ALIASES
            .iter()
            .filter(|(_, canonical)| *canonical == name)
            .map(|(alias, _)| alias.to_string())
            .collect();
        (name.to_string(), category, aliases)
    };
    let entries = TOWNS
        .iter()
        .map(|n| entry(n, Category::Town))
        .chain(GROUP_A.iter().map(|n| entry(n, Category::GroupA)))
        .chain(GROUP_B.iter().map(|n| entry(n, Category::GroupB)))
        .collect();
    Roster::new(entries)
}

/// Splits a 别名 cell on `、` `,` `;` `，` (and `；`).
pub fn split_aliases(s: &str) -> Vec<String> {
    s.split(['、', ',', ';', '，', '；'])
        .map(|a| super::cells::trim(a).to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

/// Up to three roster names closest to `name`: names or aliases that
/// contain it or are contained in it first, then by edit similarity.
pub fn suggest(roster: &Roster, name: &str) -> Vec<String> {
    let mut scored: Vec<(u32, &str)> = Vec::new();
    for unit in roster.units() {
        let best = std::iter::once(unit.name.as_str())
            .chain(unit.aliases.iter().map(String::as_str))
            .map(|candidate| similarity(name, candidate))
            .max()
            .unwrap_or(0);
        if best >= 40 {
            scored.push((best, unit.name.as_str()));
        }
    }
    // Highest score first; roster order breaks ties (stable sort).
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    scored
        .into_iter()
        .take(3)
        .map(|(_, n)| n.to_string())
        .collect()
}

/// 0..=100: 100 for containment, else normalized Levenshtein on chars.
fn similarity(a: &str, b: &str) -> u32 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    if a.contains(b) || b.contains(a) {
        return 100;
    }
    (strsim::normalized_levenshtein(a, b) * 100.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_roster_has_51_units_in_three_groups() {
        let r = builtin();
        assert_eq!(r.len(), 51);
        assert_eq!(r.of_category(Category::Town).count(), 12);
        assert_eq!(r.of_category(Category::GroupA).count(), 20);
        assert_eq!(r.of_category(Category::GroupB).count(), 19);
        assert_eq!(
            r.find("招商服务中心").unwrap().name,
            "商务局（招商服务中心）"
        );
        assert_eq!(r.find("度假区").unwrap().name, "旅游度假区");
        assert!(r.find("城市管理办事处").is_none());
    }

    #[test]
    fn suggestions() {
        let r = builtin();
        assert_eq!(suggest(&r, "昆山市公安局")[0], "公安局");
        assert_eq!(suggest(&r, "周庄")[0], "周庄镇");
        assert_eq!(suggest(&r, "锦西镇")[0], "锦溪镇");
        assert!(suggest(&r, "完全无关的名字啊").is_empty());
        assert_eq!(
            split_aliases("花桥、花桥开发区,x；y"),
            vec!["花桥", "花桥开发区", "x", "y"]
        );
    }
}
