//! 单位名单: the roster, when the ledger brings its own.

use super::*;
use crate::schema::column;

impl Reading<'_> {
    /// `单位名单`, or the built-in roster. Returns true when the sheet was used.
    pub(super) fn read_roster(&mut self) -> bool {
        // In two files it is an error already (`check_files`); the first
        // copy is read so the rest of the ledger is still checked.
        let Some((book, actual)) = self.copies(schema::ROSTER).into_iter().next() else {
            self.roster = roster::builtin();
            return false;
        };
        let file = self.books[book].file;
        let mut entries: Vec<(String, Category, Vec<String>, u32)> = Vec::new();
        let mut rows = 0;
        let cols = read_sheet(
            &mut self.books[book].book,
            file,
            &actual,
            &schema::ROSTER_SHEET,
            &mut self.problems,
            |r| {
                rows += 1;
                let name = r.text(column::单位名称, true);
                let category = r.get(column::类别, true, |v| {
                    Category::parse(&cells::text(v).unwrap_or_default())
                        .ok_or_else(|| "应为区镇、A组或B组".to_string())
                });
                let aliases = r
                    .text(column::别名, false)
                    .map(|a| roster::split_aliases(&a))
                    .unwrap_or_default();
                if let (Some(n), Some(c), true) = (name, category, r.ok) {
                    entries.push((n, c, aliases, r.row));
                }
            },
        );
        self.counts.push(SheetCount {
            file,
            sheet: schema::ROSTER,
            rows,
            left_out: 0,
        });
        if let Some(cols) = &cols {
            self.note_ignored(cols);
        }
        // Names compare with half-width and full-width brackets alike.
        let mut seen: HashMap<String, u32> = HashMap::default();
        let mut kept = Vec::new();
        for (name, category, aliases, row) in entries {
            let mut ok = true;
            for (word, header) in std::iter::once((&name, column::单位名称))
                .chain(aliases.iter().map(|a| (a, column::别名)))
            {
                if let Some(first) = seen.get(&name_key(word)) {
                    if let Some(cols) = &cols {
                        self.problems.push(Problem {
                            place: cols.place(header, row),
                            column: Some(header.to_string()),
                            value: Some(crate::ledger::excerpt(word)),
                            message: format!(
                                "单位名称或别名重复：第{first}行已有「{}」",
                                crate::ledger::excerpt(word)
                            ),
                        });
                    }
                    ok = false;
                } else {
                    seen.insert(name_key(word), row);
                }
            }
            if ok {
                kept.push((name, category, aliases));
            }
        }
        if kept.is_empty() && cols.is_some() {
            self.problems.push(Problem {
                place: schema::ROSTER.to_string(),
                column: None,
                value: None,
                message: "单位名单中没有任何单位：请填写单位，或删除该工作表以使用内置名单".into(),
            });
        }
        self.roster = Roster::new(kept);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{problems, read, s};

    /// The ledger's own roster replaces the built-in one; a name given
    /// twice (as a name or an alias) is an error at its cell.
    #[test]
    fn a_roster_sheet_replaces_the_built_in_one() {
        let unit = |name: &str, category: &str, alias: &str| {
            vec![
                ("单位名称", s(name)),
                ("类别", s(category)),
                ("别名", s(alias)),
            ]
        };
        let p = problems(read(&[
            ("单位名单", unit("甲镇", "区镇", "甲")),
            ("单位名单", unit("乙局", "A组", "甲")),
        ]));
        assert!(
            p.iter()
                .any(|m| m.starts_with("单位名单!C3") && m.contains("第2行已有「甲」")),
            "{p:#?}"
        );
    }
}
