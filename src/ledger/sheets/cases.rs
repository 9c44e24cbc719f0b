//! 热线工单 and 转办件: one row per case and unit, with the checks across
//! rows (one 主办 per case, no (id, unit) twice, the 二次转办 chain).

use super::*;
use crate::schema::column;

impl Reading<'_> {
    pub(super) fn hotline(&mut self) -> Vec<HotlineRow> {
        let mut rows: Vec<HotlineRow> = Vec::new();
        // Ids of rows that could not be read: their cases are not checked
        // for one 主办 (the unreadable row may be it).
        let mut incomplete: HashSet<String> = HashSet::default();
        let Some(cols) = self.sheet(schema::HOTLINE, |r, roster| {
            let id = r.text(column::工单编号, true);
            let unit = unit(r, column::承办单位, roster);
            let role = role(r);
            let handling = handling(r, Some(unit.map(|u| roster.get(u).category)));
            let visit = satisfaction(r, column::回访结果);
            let second = satisfaction(r, column::二次转办结果);
            let verdict = r.get(column::免责评判, false, |v| {
                Ok(match cells::choice(v, schema::VERDICTS)? {
                    "免责" => Verdict::Exempt,
                    _ => Verdict::NotExempt,
                })
            });
            if second.is_some() && visit != Some(Satisfaction::Dissatisfied) {
                r.fail(
                    column::二次转办结果,
                    "只有回访结果为不满意时才能填写二次转办结果",
                );
            }
            if verdict.is_some() && second != Some(Satisfaction::Dissatisfied) {
                r.fail(
                    column::免责评判,
                    "只有二次转办结果为不满意时才能填写免责评判",
                );
            }
            if let (Some(id), false) = (&id, r.ok) {
                incomplete.insert(id.clone());
            }
            if let (Some(id), Some(unit), Some(handling), true) = (id, unit, handling, r.ok) {
                rows.push(HotlineRow {
                    place: r.at(schema::HOTLINE),
                    id,
                    unit,
                    role,
                    handling,
                    visit,
                    second_visit: second,
                    verdict,
                });
            }
        }) else {
            return Default::default();
        };
        self.check_cases(
            &cols,
            column::工单编号,
            "工单",
            &incomplete,
            rows.iter().map(|r| (&r.id, r.unit, r.role, r.place)),
        );
        rows
    }

    /// Duplicate (id, unit) rows and exactly one 主办 per case.
    pub(super) fn check_cases<'a>(
        &mut self,
        cols: &Copies,
        id_header: &str,
        what: &str,
        incomplete: &HashSet<String>,
        rows: impl Iterator<Item = (&'a String, UnitId, Role, Place)>,
    ) {
        let mut seen: HashMap<(&str, UnitId), Place> = HashMap::default();
        // Per case: its first row, how many 主办 rows, the first two of them
        // (no list per case: a million cases cost no million allocations).
        let mut cases: HashMap<&str, (Place, u32, Place, Place)> = HashMap::default();
        let mut order: Vec<&str> = Vec::new();
        for (id, unit, role, row) in rows {
            if let Some(first) = seen.get(&(id.as_str(), unit)) {
                let first = *first;
                self.duplicate(
                    cols,
                    column::承办单位,
                    row,
                    first,
                    &format!("{id_header}与承办单位"),
                );
                continue;
            }
            seen.insert((id.as_str(), unit), row);
            let case = cases.entry(id.as_str()).or_insert_with(|| {
                order.push(id.as_str());
                (row, 0, row, row)
            });
            if role == Role::Lead {
                case.1 += 1;
                match case.1 {
                    1 => case.2 = row,
                    2 => case.3 = row,
                    _ => {}
                }
            }
        }
        for id in order {
            if incomplete.contains(id) {
                continue;
            }
            let (first, leads, first_lead, second_lead) = cases[id];
            if leads == 0 {
                self.problems.push(Problem {
                    place: cols.place(column::主协办, first),
                    column: Some(column::主协办.into()),
                    value: None,
                    message: format!("{what}{id}没有主办单位：同一{id_header}须恰有一行为主办"),
                });
            } else if leads > 1 {
                self.problems.push(Problem {
                    place: cols.place(column::主协办, second_lead),
                    column: Some(column::主协办.into()),
                    value: Some("主办".into()),
                    message: format!(
                        "{what}{id}有{}个主办单位（{}已是主办）：同一{id_header}只能有一个主办",
                        leads,
                        first_lead.row_from(&second_lead)
                    ),
                });
            }
        }
    }

    pub(super) fn transfers(&mut self) -> Vec<TransferRow> {
        let mut rows: Vec<(TransferRow, Option<Val>)> = Vec::new();
        let mut dept_penalty_rows: Vec<(Place, UnitId)> = Vec::new();
        let mut incomplete: HashSet<String> = HashSet::default();
        let Some(cols) = self.sheet(schema::TRANSFERS, |r, roster| {
            let id = r.text(column::编号, true);
            let source = r.get(column::来源, true, |v| {
                let s = cells::choice(v, schema::SOURCES)?;
                Ok(TransferSource::ALL
                    .into_iter()
                    .find(|t| t.label() == s)
                    .unwrap_or(TransferSource::Center))
            });
            let unit = unit(r, column::承办单位, roster);
            let category = unit.map(|u| roster.get(u).category);
            let role = role(r);
            let is_dept = category.is_some_and(Category::is_department);
            // 逾期扣分 is read on 区镇 rows (and checked as a number on a row
            // whose unit is unknown), not on department rows.
            let handling = handling(r, (!is_dept).then_some(category));
            if let (Some(u), true) = (unit, is_dept && r.raw(column::逾期扣分).is_some()) {
                dept_penalty_rows.push((r.at(schema::TRANSFERS), u));
            }
            let duties = if is_dept {
                (
                    r.flag(column::按期沟通, true),
                    r.flag(column::初步处理意见, true),
                    r.flag(column::反馈结果, true),
                )
            } else {
                if category.is_none() {
                    // Unknown unit: its other cells are still checked.
                    for h in [
                        column::按期沟通,
                        column::初步处理意见,
                        column::反馈结果,
                        column::问题解决,
                    ] {
                        r.flag(h, false);
                    }
                }
                (None, None, None)
            };
            if let (Some(id), false) = (&id, r.ok) {
                incomplete.insert(id.clone());
            }
            let solved = r.raw(column::问题解决).cloned();
            if let (Some(id), Some(source), Some(unit), Some(handling), true) =
                (id, source, unit, handling, r.ok)
            {
                rows.push((
                    TransferRow {
                        place: r.at(schema::TRANSFERS),
                        id,
                        source,
                        unit,
                        role,
                        handling,
                        contacted: duties.0,
                        opinion: duties.1,
                        feedback: duties.2,
                        solved: None,
                    },
                    solved,
                ));
            }
        }) else {
            return Default::default();
        };
        for (row, unit) in dept_penalty_rows {
            let roster = &self.roster;
            self.warnings
                .push_with(kinds::UNUSED_PENALTY, || {
                    Warning::new(
                        kinds::UNUSED_PENALTY,
                        Some(&roster.get(unit).name),
                        cols.place(column::逾期扣分, row),
                        "部门的转办件不按逾期扣分（D3.1只看沟通、处理意见、反馈和问题解决），该逾期扣分不使用",
                    )
                });
        }
        self.check_cases(
            &cols,
            column::编号,
            "转办件",
            &incomplete,
            rows.iter().map(|(r, _)| (&r.id, r.unit, r.role, r.place)),
        );
        // 问题解决 is required on the department rows of an item with two or
        // more department rows (R5) or from 联席会议交办.
        let mut dept_rows: HashMap<&str, u32> = HashMap::default();
        for (r, _) in &rows {
            if self.roster.get(r.unit).category.is_department() {
                *dept_rows.entry(r.id.as_str()).or_insert(0) += 1;
            }
        }
        let needs: Vec<bool> = rows
            .iter()
            .map(|(r, _)| {
                self.roster.get(r.unit).category.is_department()
                    && (dept_rows.get(r.id.as_str()).copied().unwrap_or(0) >= 2
                        || r.source == TransferSource::JointMeeting)
            })
            .collect();
        for ((r, raw), need) in rows.iter_mut().zip(needs) {
            if !need {
                continue;
            }
            // A cell no column can use was reported with its row.
            if raw.as_ref().and_then(cells::unusable).is_some() {
                continue;
            }
            let place = cols.place(column::问题解决, r.place);
            match raw.as_ref().map(cells::flag) {
                Some(Ok(b)) => r.solved = Some(b),
                Some(Err(message)) => self.problems.push(Problem {
                    place,
                    column: Some(column::问题解决.into()),
                    value: raw.as_ref().map(crate::ledger::shown_value),
                    message,
                }),
                None => self.problems.push(Problem {
                    place,
                    column: Some(column::问题解决.into()),
                    value: None,
                    message: "必填：多部门办理或联席会议交办的事项，部门行须填写问题解决".into(),
                }),
            }
        }
        rows.into_iter().map(|(r, _)| r).collect()
    }
}

/// 主协办: empty = 主办.
pub(super) fn role(r: &mut RowReader) -> Role {
    r.get(column::主协办, false, |v| {
        Ok(match cells::choice(v, schema::ROLES)? {
            "协办" | "配合" => Role::Assist,
            _ => Role::Lead,
        })
    })
    .unwrap_or(Role::Lead)
}

pub(super) fn satisfaction(r: &mut RowReader, header: &str) -> Option<Satisfaction> {
    r.get(header, false, |v| {
        Ok(match cells::choice(v, schema::SATISFACTION)? {
            "满意" => Satisfaction::Satisfied,
            "基本满意" => Satisfaction::Basic,
            _ => Satisfaction::Dissatisfied,
        })
    })
}

/// The dates and 逾期扣分 of a 热线工单 or 转办件 row, with their order
/// checked. `penalty_category` is `None` when the 逾期扣分 is not read,
/// `Some(category)` when it is (range-checked for the unit's category; a
/// number within the widest range when the unit is unknown).
pub(super) fn handling(
    r: &mut RowReader,
    penalty_category: Option<Option<Category>>,
) -> Option<Handling> {
    let forwarded = r.date(column::转办日期, true);
    let deadline = r.date(column::办理时限, true);
    let extended = r.date(column::延期至, false);
    let completed = r.date(column::办结日期, false);
    let penalty = match penalty_category {
        Some(None) => r.get(column::逾期扣分, false, |v| {
            let n = cells::number(v)?;
            let (min, _) = schema::penalty_range(Category::Town);
            let (_, max) = schema::penalty_range(Category::GroupA);
            if n < min || n > max {
                Err(format!("超出范围（逾期扣分应在{min}–{max}之间）"))
            } else {
                Ok(n)
            }
        }),
        Some(Some(c)) => {
            let (min, max) = schema::penalty_range(c);
            r.get(column::逾期扣分, false, |v| {
                let n = cells::number(v)?;
                if n < min || n > max {
                    Err(format!("超出范围（{}的逾期扣分应在{min}–{max}之间）", c))
                } else {
                    Ok(n)
                }
            })
        }
        None => None,
    };
    let (forwarded, deadline) = (forwarded?, deadline?);
    if deadline < forwarded {
        r.fail(column::办理时限, format!("办理时限早于转办日期{forwarded}"));
    }
    if completed.is_some_and(|c| c < forwarded) {
        r.fail(column::办结日期, format!("办结日期早于转办日期{forwarded}"));
    }
    if extended.is_some_and(|e| e < deadline) {
        r.fail(column::延期至, format!("延期时限早于办理时限{deadline}"));
    }
    Some(Handling {
        forwarded,
        deadline,
        extended,
        completed,
        penalty,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{problems, read, s, C};

    fn case(id: &str, unit: &str, role: &str) -> super::super::testkit::Row {
        vec![
            ("工单编号", s(id)),
            ("承办单位", s(unit)),
            ("主协办", s(role)),
            ("转办日期", C::D(2017, 2, 20)),
            ("办理时限", C::D(2017, 3, 1)),
            ("办结日期", C::D(2017, 3, 3)),
        ]
    }

    #[test]
    fn a_case_of_two_units_is_read_with_its_places() {
        let l = read(&[
            ("热线工单", case("H1", "住建局", "主办")),
            ("热线工单", case("H1", "交通局", "协办")),
        ])
        .unwrap();
        assert_eq!(l.hotline.len(), 2);
        assert_eq!(l.hotline[0].id, "H1");
        assert_eq!(l.hotline[1].place.to_string(), "热线工单!3");
        assert_eq!(l.roster.get(l.hotline[1].unit).name, "交通局");
        assert_eq!(l.hotline[0].role, crate::model::Role::Lead);
        assert_eq!(l.hotline[1].role, crate::model::Role::Assist);
    }

    #[test]
    fn a_case_needs_exactly_one_lead_and_a_unit_once() {
        let p = problems(read(&[
            ("热线工单", case("H1", "住建局", "主办")),
            ("热线工单", case("H1", "交通局", "主办")),
            ("热线工单", case("H2", "住建局", "协办")),
            ("热线工单", case("H3", "住建局", "主办")),
            ("热线工单", case("H3", "住建局", "协办")),
        ]));
        assert_eq!(
            p,
            [
                "热线工单!B6 列「承办单位」：工单编号与承办单位重复：与第5行相同，每个只能有一行",
                "热线工单!C3 列「主协办」 值「主办」：工单H1有2个主办单位（第2行已是主办）：同一工单编号只能有一个主办",
                "热线工单!C4 列「主协办」：工单H2没有主办单位：同一工单编号须恰有一行为主办",
            ]
        );
    }
}
