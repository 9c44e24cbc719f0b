//! `ksfk diff`: two results in, the changes out (docs/outputs.md, `ksfk diff`).
//! Pure: it works on the results model ([`crate::results::ResultSet`]),
//! never on cells or files.
//!
//! Units are matched by name. A unit is listed when its total, rank or
//! points changed, when its audit entries changed, or when it is in only
//! one of the two results. Entries are matched by (clause, 来源, 编号);
//! within one such key (a hotline row's overdue and 不满意 deductions
//! share it) identical entries pair first, then entries with the same
//! reason before any appeal or floor wording, then the rest in order. An
//! entry is listed when it was added, removed, or its amount changed.

use crate::results::{Entry, ResultSet, UnitLine};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// A unit's total, rank and points in one result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub total: Decimal,
    pub rank: u32,
    pub points: Option<Decimal>,
}

impl Standing {
    fn of(u: &UnitLine) -> Standing {
        Standing {
            total: u.total,
            rank: u.rank,
            points: u.points,
        }
    }
}

/// How an entry changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Added,
    Removed,
    Changed,
}

impl Change {
    pub fn label(self) -> &'static str {
        match self {
            Change::Added => "新增",
            Change::Removed => "删除",
            Change::Changed => "变更",
        }
    }

    /// The JSON word.
    pub fn key(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
        }
    }
}

/// One changed audit entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryChange {
    pub change: Change,
    pub clause: String,
    pub source: String,
    pub record: Option<String>,
    /// (amount, reason) in the old and the new result.
    pub old: Option<(Decimal, String)>,
    pub new: Option<(Decimal, String)>,
}

/// One changed unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitChange {
    pub name: String,
    pub category: String,
    /// `None` when the unit is not in that result.
    pub old: Option<Standing>,
    pub new: Option<Standing>,
    pub entries: Vec<EntryChange>,
}

/// Every change between two results, units in the new result's order, then
/// units found only in the old one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    pub units: Vec<UnitChange>,
}

impl UnitChange {
    /// Whether the unit's total, rank or points changed (or it is in only
    /// one of the two results), as against a unit whose audit entries
    /// changed but whose score did not (a rejected appeal adds a
    /// zero-amount entry).
    pub fn score_changed(&self) -> bool {
        self.old != self.new
    }
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// The units whose score changed, then those whose entries changed
    /// only, each in the diff's order.
    pub fn grouped(&self) -> (Vec<&UnitChange>, Vec<&UnitChange>) {
        self.units.iter().partition(|u| u.score_changed())
    }
}

/// Compares two results.
/// A line saying the two results were scored for different years, or one
/// as an interim and the other at another date: `None` when they match or
/// a file does not say.
pub fn basis_note(old: &ResultSet, new: &ResultSet) -> Option<String> {
    let (o, n) = (old.basis?, new.basis?);
    if o == n {
        return None;
    }
    let what = if o.year != n.year {
        "考核年度不同"
    } else {
        "考核基准日不同，得分的口径不同"
    };
    Some(format!(
        "注意：两次结果的{what}（旧：{}；新：{}）",
        o.label(),
        n.label()
    ))
}

pub fn diff(old: &ResultSet, new: &ResultSet) -> Diff {
    let mut units = Vec::new();
    for n in &new.units {
        let o = old.units.iter().find(|o| o.name == n.name);
        let entries = o
            .map(|o| entries(&o.entries, &n.entries))
            .unwrap_or_default();
        let old_standing = o.map(Standing::of);
        let new_standing = Some(Standing::of(n));
        if old_standing != new_standing || !entries.is_empty() {
            units.push(UnitChange {
                name: n.name.clone(),
                category: n.category.clone(),
                old: old_standing,
                new: new_standing,
                entries,
            });
        }
    }
    for o in &old.units {
        if !new.units.iter().any(|n| n.name == o.name) {
            units.push(UnitChange {
                name: o.name.clone(),
                category: o.category.clone(),
                old: Some(Standing::of(o)),
                new: None,
                entries: Vec::new(),
            });
        }
    }
    Diff { units }
}

type Key<'a> = (&'a str, &'a str, Option<&'a str>);

fn key(e: &Entry) -> Key<'_> {
    (&e.clause, &e.source, e.record.as_deref())
}

/// The reason without the words an appeal or a floor adds to it.
fn base_reason(reason: &str) -> &str {
    let mut r = reason;
    for cut in ["；申诉", "（应扣", "（含得分四舍五入调整"] {
        if let Some(i) = r.find(cut) {
            r = &r[..i];
        }
    }
    r
}

/// The changed entries of one unit, in the order of the keys' first
/// appearance (old first, then keys only in the new result).
fn entries(old: &[Entry], new: &[Entry]) -> Vec<EntryChange> {
    // Key → (old entries, new entries), keys in order of first appearance;
    // a unit may have tens of thousands of entries, so no scan per key.
    let mut keys: Vec<Key> = Vec::new();
    let mut groups: HashMap<Key, (Vec<&Entry>, Vec<&Entry>)> = HashMap::default();
    for (e, is_new) in old
        .iter()
        .map(|e| (e, false))
        .chain(new.iter().map(|e| (e, true)))
    {
        let k = key(e);
        let g = groups.entry(k).or_insert_with(|| {
            keys.push(k);
            (Vec::new(), Vec::new())
        });
        if is_new {
            g.1.push(e);
        } else {
            g.0.push(e);
        }
    }
    let mut out = Vec::new();
    for k in keys {
        let Some((mut o, mut n)) = groups.remove(&k) else {
            continue;
        };
        let mut pairs: Vec<(&Entry, &Entry)> = Vec::new();
        // Identical entries, then the same reason before appeal or floor
        // wording, then in order.
        type Same = fn(&Entry, &Entry) -> bool;
        let rules: [Same; 3] = [
            |a, b| a.reason == b.reason && a.amount == b.amount,
            |a, b| base_reason(&a.reason) == base_reason(&b.reason),
            |_, _| true,
        ];
        for same in rules {
            let mut i = 0;
            while i < o.len() {
                match n.iter().position(|b| same(o[i], b)) {
                    Some(j) => {
                        pairs.push((o.remove(i), n.remove(j)));
                    }
                    None => i += 1,
                }
            }
        }
        let entry = |change, a: Option<&Entry>, b: Option<&Entry>| EntryChange {
            change,
            clause: k.0.to_string(),
            source: k.1.to_string(),
            record: k.2.map(str::to_string),
            old: a.map(|e| (e.amount, e.reason.clone())),
            new: b.map(|e| (e.amount, e.reason.clone())),
        };
        // Changes in the new result's order where there is one.
        for (a, b) in pairs {
            if a.amount != b.amount {
                out.push(entry(Change::Changed, Some(a), Some(b)));
            }
        }
        for a in o {
            out.push(entry(Change::Removed, Some(a), None));
        }
        for b in n {
            out.push(entry(Change::Added, None, Some(b)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dec;
    use crate::rules::parse_dec;

    fn e(clause: &str, source: &str, record: Option<&str>, reason: &str, amount: &str) -> Entry {
        Entry {
            clause: clause.into(),
            reason: reason.into(),
            source: source.into(),
            record: record.map(str::to_string),
            amount: parse_dec(amount),
        }
    }

    fn unit(name: &str, total: &str, rank: u32, entries: Vec<Entry>) -> UnitLine {
        UnitLine {
            name: name.into(),
            category: "B组".into(),
            total: parse_dec(total),
            rank,
            points: None,
            entries,
        }
    }

    #[test]
    fn identical_results_have_no_changes() {
        let r = ResultSet {
            basis: None,
            units: vec![unit(
                "住建局",
                "75",
                11,
                vec![e("D3.2", "热线工单!2", Some("H1"), "逾期", "5")],
            )],
        };
        assert!(diff(&r, &r).is_empty());
    }

    #[test]
    fn shared_keys_pair_by_reason_and_a_rejection_is_an_addition() {
        // One hotline row: overdue 5 and 不满意 5 share (clause, 来源, 编号).
        let old = ResultSet {
            basis: None,
            units: vec![unit(
                "公安局",
                "90",
                1,
                vec![
                    e("D3.2", "热线工单!2", Some("P1"), "逾期", "5"),
                    e("D3.2", "热线工单!2", Some("P1"), "不满意", "5"),
                ],
            )],
        };
        // The overdue deduction is waived; a rejection note is added.
        let new = ResultSet {
            basis: None,
            units: vec![unit(
                "公安局",
                "95",
                1,
                vec![
                    e(
                        "D3.2",
                        "热线工单!2",
                        Some("P1"),
                        "逾期；申诉成立：原应扣5.00，免扣",
                        "0",
                    ),
                    e("D3.2", "热线工单!2", Some("P1"), "不满意", "5"),
                    e("D3.2", "热线工单!2", Some("P1"), "申诉不成立：x", "0"),
                ],
            )],
        };
        let d = diff(&old, &new);
        assert_eq!(d.units.len(), 1);
        let u = &d.units[0];
        assert!(u.score_changed());
        assert_eq!(u.old.unwrap().total, dec!(90));
        assert_eq!(u.new.unwrap().total, dec!(95));
        let kinds: Vec<Change> = u.entries.iter().map(|c| c.change).collect();
        assert_eq!(kinds, [Change::Changed, Change::Added]);
        assert_eq!(u.entries[0].old.as_ref().unwrap().1, "逾期");
        assert_eq!(u.entries[0].new.as_ref().unwrap().0, dec!(0));
        assert_eq!(u.entries[1].new.as_ref().unwrap().1, "申诉不成立：x");
    }

    #[test]
    fn rank_only_changes_and_units_in_one_result_only() {
        let old = ResultSet {
            basis: None,
            units: vec![
                unit("财政局", "80", 9, vec![]),
                unit("旧局", "70", 3, vec![]),
            ],
        };
        let new = ResultSet {
            basis: None,
            units: vec![
                unit("财政局", "80", 10, vec![]),
                unit("新局", "60", 4, vec![]),
            ],
        };
        let d = diff(&old, &new);
        let names: Vec<&str> = d.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["财政局", "新局", "旧局"]);
        assert_eq!(d.units[0].old.unwrap().rank, 9);
        assert_eq!(d.units[0].new.unwrap().rank, 10);
        assert!(d.units[1].old.is_none());
        assert!(d.units[2].new.is_none());
        assert!(d.units.iter().all(UnitChange::score_changed));
    }

    #[test]
    fn a_rejected_appeal_changes_entries_only() {
        let before = vec![e("D3.2", "热线工单!2", Some("P1"), "逾期", "5")];
        let mut after = before.clone();
        after.push(e("D3.2", "申诉!2", Some("P1"), "（a）申诉不成立：x", "0"));
        let old = ResultSet {
            basis: None,
            units: vec![
                unit("公安局", "95", 1, before.clone()),
                unit("住建局", "80", 2, vec![]),
            ],
        };
        let new = ResultSet {
            basis: None,
            units: vec![
                unit("公安局", "95", 2, after),
                unit("住建局", "96", 1, vec![]),
            ],
        };
        let d = diff(&old, &new);
        let (score, entries_only) = d.grouped();
        let names = |v: &[&UnitChange]| v.iter().map(|u| u.name.clone()).collect::<Vec<_>>();
        // 公安局's rank changed (住建局 passed it): its score changed too.
        assert_eq!(names(&score), ["公安局", "住建局"]);
        assert!(entries_only.is_empty());
        let new = ResultSet {
            basis: None,
            units: vec![
                unit("公安局", "95", 1, new.units[0].entries.clone()),
                unit("住建局", "80", 2, vec![]),
            ],
        };
        let d = diff(&old, &new);
        let (score, entries_only) = d.grouped();
        assert!(score.is_empty());
        assert_eq!(names(&entries_only), ["公安局"]);
        assert_eq!(entries_only[0].entries[0].change, Change::Added);
    }
}

#[cfg(test)]
mod basis {
    use super::*;
    use crate::results::Basis;

    fn at(year: i32, as_of: &str) -> ResultSet {
        ResultSet {
            units: Vec::new(),
            basis: Some(Basis {
                year,
                as_of: as_of.parse().unwrap(),
            }),
        }
    }

    #[test]
    fn different_years_or_an_interim_beside_a_year_end_are_said_first() {
        assert_eq!(
            basis_note(&at(2017, "2017-12-31"), &at(2017, "2017-12-31")),
            None
        );
        assert_eq!(
            basis_note(&at(2016, "2016-12-31"), &at(2017, "2017-12-31")).unwrap(),
            "注意：两次结果的考核年度不同（旧：2016年度（年终）；新：2017年度（年终））"
        );
        assert_eq!(
            basis_note(&at(2017, "2017-06-30"), &at(2017, "2017-12-31")).unwrap(),
            "注意：两次结果的考核基准日不同，得分的口径不同（旧：2017年度（暂计，截至2017-06-30）；新：2017年度（年终））"
        );
        // A file that does not say is compared as it is.
        assert_eq!(
            basis_note(&ResultSet::default(), &at(2017, "2017-06-30")),
            None
        );
    }
}
