//! The records of what units did: 例会, 沙龙, 沟通机制, 典型案例, 政企互动,
//! 提效实践.

use super::*;
use crate::schema::column;

impl Reading<'_> {
    pub(super) fn meetings(&mut self) -> Vec<Meeting> {
        let mut rows = Vec::new();
        self.sheet(schema::MEETINGS, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let date = r.date(column::日期, true);
            let has_topic = r.flag(column::有议题, true);
            let has_minutes = r.flag(column::有会议记录, true);
            if let (Some(unit), Some(date), Some(has_topic), Some(has_minutes)) =
                (unit, date, has_topic, has_minutes)
            {
                rows.push(Meeting {
                    place: place(schema::MEETINGS, r),
                    unit,
                    date,
                    has_topic,
                    has_minutes,
                });
            }
        });
        for m in &rows {
            self.warn_category(m.place, m.unit, &[Category::Town], schema::MEETINGS);
        }
        rows
    }

    pub(super) fn salons(&mut self) -> Vec<Salon> {
        let mut rows = Vec::new();
        self.sheet(schema::SALONS, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let date = r.date(column::日期, true);
            let f: Vec<Option<bool>> = [
                column::有主题,
                column::有计划,
                column::有总结,
                column::有活动资料,
                column::有台账记录,
                column::有对外宣传,
                column::已联系中心派员,
            ]
            .iter()
            .map(|h| r.flag(h, true))
            .collect();
            if let (Some(unit), Some(date), true) = (unit, date, r.ok) {
                let f: Vec<bool> = f.into_iter().map(Option::unwrap_or_default).collect();
                rows.push(Salon {
                    place: place(schema::SALONS, r),
                    unit,
                    date,
                    has_theme: f[0],
                    has_plan: f[1],
                    has_summary: f[2],
                    has_materials: f[3],
                    has_records: f[4],
                    has_publicity: f[5],
                    invited_center: f[6],
                });
            }
        });
        for s in &rows {
            self.warn_category(s.place, s.unit, &[Category::Town], schema::SALONS);
        }
        rows
    }

    pub(super) fn communication(&mut self) -> Vec<Communication> {
        let mut rows = Vec::new();
        // Units named by a row, readable or not: a unit whose row has a bad
        // flag has a row all the same.
        let mut named: HashSet<UnitId> = HashSet::default();
        let cols = self.sheet(schema::COMMUNICATION, |r, roster| {
            let unit = unit(r, column::单位, roster);
            named.extend(unit);
            let f: Vec<Option<bool>> = [
                column::网络服务平台,
                column::微信或QQ群,
                column::发布服务内容及联系方式,
                column::关注政企通,
                column::推广政企通,
                column::确定分管领导及联络员,
            ]
            .iter()
            .map(|h| r.flag(h, true))
            .collect();
            if let (Some(unit), true) = (unit, r.ok) {
                let f: Vec<bool> = f.into_iter().map(Option::unwrap_or_default).collect();
                rows.push(Communication {
                    place: place(schema::COMMUNICATION, r),
                    unit,
                    platform: f[0],
                    chat_group: f[1],
                    published_contacts: f[2],
                    follows_zqt: f[3],
                    promotes_zqt: f[4],
                    liaison: f[5],
                });
            }
        });
        let Some(cols) = cols else { return rows };
        let mut seen: HashMap<UnitId, Place> = HashMap::default();
        let mut kept = Vec::new();
        for c in rows {
            if let Some(first) = seen.get(&c.unit) {
                let first = *first;
                self.duplicate(&cols, column::单位, c.place, first, column::区镇);
                continue;
            }
            seen.insert(c.unit, c.place);
            self.warn_category(c.place, c.unit, &[Category::Town], schema::COMMUNICATION);
            kept.push(c);
        }
        // Coverage in the same run as the cells' errors (docs/ledger.md); not
        // when the sheet has no 单位 column (its header error says it).
        if !cols.has(column::单位) {
            return kept;
        }
        let towns: Vec<(UnitId, String)> = self
            .roster
            .of_category(Category::Town)
            .map(|u| (u.id, u.name.clone()))
            .collect();
        let missing: Vec<String> = towns
            .into_iter()
            .filter(|(id, _)| !named.contains(id))
            .map(|(_, name)| name)
            .collect();
        if !missing.is_empty() {
            self.problems.push(Problem {
                place: schema::COMMUNICATION.to_string(),
                column: Some(column::单位.into()),
                value: None,
                message: format!(
                    "缺少{}个区镇的记录（{}）：每个区镇须有一行沟通机制",
                    missing.len(),
                    units_text(&missing)
                ),
            });
        }
        kept
    }

    pub(super) fn typical_cases(&mut self) -> Vec<TypicalCase> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::TYPICAL), column::质量扣分);
        self.sheet(schema::TYPICAL, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let date = r.date(column::日期, true);
            let title = r.text(column::标题, false);
            let quality_penalty = r.get(column::质量扣分, false, &check);
            if let (Some(unit), Some(date), true) = (unit, date, r.ok) {
                rows.push(TypicalCase {
                    place: place(schema::TYPICAL, r),
                    unit,
                    date,
                    title,
                    quality_penalty,
                });
            }
        });
        for t in &rows {
            self.warn_category(t.place, t.unit, &[Category::Town], schema::TYPICAL);
        }
        rows
    }

    pub(super) fn outreach(&mut self) -> Vec<Outreach> {
        let mut rows = Vec::new();
        self.sheet(schema::OUTREACH, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let date = r.date(column::日期, true);
            let town = r.get(column::区镇, true, |v| {
                let name = cells::text(v).unwrap_or_default();
                match roster.find(&name) {
                    Some(u) if u.category == Category::Town => Ok(u.id),
                    Some(u) => Err(format!("{}是{}，不是名单中的区镇", u.name, u.category)),
                    None => Err(unknown_unit(roster, &name, Some(Category::Town))),
                }
            });
            if let (Some(unit), Some(date), Some(town)) = (unit, date, town) {
                rows.push(Outreach {
                    place: place(schema::OUTREACH, r),
                    unit,
                    date,
                    town,
                });
            }
        });
        for o in &rows {
            self.warn_category(o.place, o.unit, &[Category::GroupA], schema::OUTREACH);
        }
        rows
    }

    pub(super) fn practices(&mut self) -> Vec<Practice> {
        let mut rows = Vec::new();
        self.sheet(schema::PRACTICES, |r, roster| {
            let unit = unit(r, column::单位, roster);
            let date = r.date(column::日期, true);
            let name = r.text(column::名称, false);
            let implemented = r.flag(column::已实施, true);
            if let (Some(unit), Some(date), Some(implemented)) = (unit, date, implemented) {
                rows.push(Practice {
                    place: place(schema::PRACTICES, r),
                    unit,
                    date,
                    name,
                    implemented,
                });
            }
        });
        for p in &rows {
            self.warn_category(p.place, p.unit, &[Category::GroupB], schema::PRACTICES);
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{problems, read, s, C};

    #[test]
    fn meetings_are_read_with_their_flags_and_a_bad_flag_is_placed() {
        let l = read(&[(
            "例会",
            vec![
                ("单位", s("周庄镇")),
                ("日期", C::D(2017, 3, 8)),
                ("有议题", s("是")),
                ("有会议记录", s("否")),
            ],
        )])
        .unwrap();
        assert_eq!(l.meetings.len(), 1);
        let m = &l.meetings[0];
        assert_eq!(l.roster.get(m.unit).name, "周庄镇");
        assert_eq!(m.date.to_string(), "2017-03-08");
        assert!(m.has_topic && !m.has_minutes);
        assert_eq!(m.place.to_string(), "例会!2");

        let p = problems(read(&[(
            "例会",
            vec![
                ("单位", s("周庄镇")),
                ("日期", C::D(2017, 3, 8)),
                ("有议题", s("也许")),
                ("有会议记录", s("是")),
            ],
        )]));
        assert_eq!(p.len(), 1, "{p:#?}");
        assert!(
            p[0].starts_with("例会!C2 列「有议题」 值「也许」："),
            "{p:#?}"
        );
    }
}
