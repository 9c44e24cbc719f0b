//! One reader per LEDGER.md sheet: cells → model records, with the
//! sheet-specific checks (duplicates, one 主办 per case, the 二次转办 chain,
//! ranges, coverage of 沟通机制 and 满意度调查) and the year filter.

use super::cells::{self, Val};
use super::roster::{self, suggest};
use super::{read_sheet, Book, Columns, LedgerError, Problem, RowReader};
use crate::model::*;
use crate::schema::{self, Kind, SheetSpec};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// Everything one run of the reader collects.
struct Reading<'b> {
    book: &'b mut Book,
    names: Vec<String>,
    year: i32,
    roster: Roster,
    problems: Vec<Problem>,
    warnings: Vec<Warning>,
    counts: Vec<SheetCount>,
}

/// Reads every sheet, in LEDGER.md order.
pub(crate) fn read_ledger(book: &mut Book, year: i32) -> Result<Ledger, LedgerError> {
    let names = book.sheet_names();
    let mut r = Reading {
        book,
        names,
        year,
        roster: Roster::default(),
        problems: Vec::new(),
        warnings: Vec::new(),
        counts: Vec::new(),
    };
    r.check_ambiguous_sheets();
    let roster_from_sheet = r.read_roster();
    for spec in schema::SHEETS {
        if r.actual_name(spec.name).is_none() {
            r.problems.push(Problem {
                place: spec.name.to_string(),
                column: None,
                value: None,
                message: format!(
                    "缺少工作表「{}」：台账须包含该工作表（没有记录时也须保留表头行）",
                    spec.name
                ),
            });
        }
    }
    let mut ledger = Ledger {
        year,
        roster_from_sheet,
        ..Ledger::default()
    };
    let (hotline, hotline_other) = r.hotline();
    ledger.hotline = hotline;
    ledger.hotline_other_years = hotline_other;
    ledger.transfers_other_years = r.rest(&mut ledger);
    if !r.problems.is_empty() {
        return Err(LedgerError::Invalid {
            problems: r.problems,
            warnings: r.warnings,
        });
    }
    ledger.roster = r.roster;
    ledger.counts = r.counts;
    ledger.warnings = r.warnings;
    Ok(ledger)
}

impl Reading<'_> {
    /// Every sheet but 单位名单 and 热线工单, into `ledger`; returns the
    /// 转办件 rows of other years.
    fn rest(&mut self, ledger: &mut Ledger) -> Vec<TransferRow> {
        let r = self;
        let (transfers, transfers_other) = r.transfers();
        ledger.transfers = transfers;
        ledger.meetings = r.meetings();
        ledger.salons = r.salons();
        ledger.communication = r.communication();
        ledger.summaries = r.summaries();
        ledger.monthly_reports = r.monthly_reports();
        ledger.info = r.info();
        ledger.typical_cases = r.typical_cases();
        ledger.inspections = r.inspections();
        ledger.measures = r.measures();
        ledger.outreach = r.outreach();
        ledger.practices = r.practices();
        ledger.surveys = r.surveys();
        transfers_other
    }
}

fn in_range(d: Decimal, min: &str, max: &str) -> bool {
    let (min, max): (Decimal, Decimal) = (
        min.parse().unwrap_or_default(),
        max.parse().unwrap_or_default(),
    );
    d >= min && d <= max
}

/// The range check of a `Kind::Number` column of the schema.
fn number_of(spec: &SheetSpec, header: &str) -> impl Fn(&Val) -> Result<Decimal, String> {
    let (min, max) = match spec.column(header).map(|c| c.kind) {
        Some(Kind::Number { min, max }) => (min, max),
        _ => ("-1e27", "1e27"),
    };
    move |v: &Val| {
        let n = cells::number(v)?;
        if in_range(n, min, max) {
            Ok(n)
        } else {
            Err(format!("超出范围（应在{min}–{max}之间）"))
        }
    }
}

impl Reading<'_> {
    /// The workbook's name for a sheet (names are compared trimmed).
    fn actual_name(&self, name: &str) -> Option<String> {
        self.names.iter().find(|n| cells::trim(n) == name).cloned()
    }

    /// Two sheets whose names both match one ledger sheet after trimming
    /// (`" 热线工单"` beside `"热线工单"`, or the same name twice in the
    /// workbook's list): an error naming both, never a silent choice.
    fn check_ambiguous_sheets(&mut self) {
        let wanted = std::iter::once(schema::ROSTER)
            .chain(std::iter::once("申诉"))
            .chain(schema::SHEETS.iter().map(|s| s.name));
        for name in wanted {
            let found: Vec<&String> = self
                .names
                .iter()
                .filter(|n| cells::trim(n) == name)
                .collect();
            if found.len() > 1 {
                let listed: Vec<String> = found.iter().map(|n| format!("「{n}」")).collect();
                self.problems.push(Problem {
                    place: name.to_string(),
                    column: None,
                    value: None,
                    message: format!(
                        "工作簿中有{}个工作表都是「{name}」：{}（名称去掉首尾空格后相同，或同名）：无法确定读哪一个，请删除或改名多余的工作表",
                        found.len(),
                        listed.join("、")
                    ),
                });
            }
        }
    }

    /// Reads one sheet, counting its rows; `None` if the sheet is missing.
    fn sheet(
        &mut self,
        name: &str,
        on_row: impl FnMut(&mut RowReader, &Roster),
    ) -> Option<Columns> {
        let spec = schema::sheet(name);
        let actual = self.actual_name(name)?;
        let roster = &self.roster;
        let mut on_row = on_row;
        let mut rows = 0;
        let cols = read_sheet(self.book, &actual, spec, &mut self.problems, |r| {
            rows += 1;
            on_row(r, roster)
        });
        self.counts.push(SheetCount {
            sheet: spec.name,
            rows,
            left_out: 0,
        });
        cols
    }

    /// Whether a record dated `date` (in column `header` of `place`) counts
    /// for the year; a warning names every row left out.
    fn keep(&mut self, place: Place, header: &str, date: NaiveDate) -> bool {
        if date.year() == self.year {
            return true;
        }
        if let Some(c) = self
            .counts
            .iter_mut()
            .rev()
            .find(|c| c.sheet == place.sheet)
        {
            c.left_out += 1;
        }
        self.warnings.push(Warning {
            place: place.to_string(),
            message: format!("{header}{date}不在{}年，该行不计入本年度考核", self.year),
        });
        false
    }

    /// Keeps the records of the year (see [`Reading::keep`]).
    fn filter_year<T>(
        &mut self,
        rows: Vec<T>,
        header: &str,
        key: impl Fn(&T) -> (Place, NaiveDate),
    ) -> Vec<T> {
        rows.into_iter()
            .filter(|t| {
                let (place, date) = key(t);
                self.keep(place, header, date)
            })
            .collect()
    }

    fn warn_category(&mut self, place: Place, unit: UnitId, allowed: &[Category], what: &str) {
        let u = self.roster.get(unit);
        if !allowed.contains(&u.category) {
            self.warnings.push(Warning {
                place: place.to_string(),
                message: format!(
                    "{}是{}，{}只对{}计分，该行不计分",
                    u.name,
                    u.category,
                    what,
                    allowed
                        .iter()
                        .map(|c| c.label())
                        .collect::<Vec<_>>()
                        .join("、")
                ),
            });
        }
    }

    fn duplicate(&mut self, cols: &Columns, header: &str, row: u32, first: u32, what: &str) {
        self.problems.push(Problem {
            place: cols.place(header, row),
            column: Some(header.to_string()),
            value: None,
            message: format!("{what}重复：与第{first}行相同，每个只能有一行"),
        });
    }

    /// `单位名单`, or the built-in roster. Returns true when the sheet was used.
    fn read_roster(&mut self) -> bool {
        let Some(actual) = self.actual_name(schema::ROSTER) else {
            self.roster = roster::builtin();
            return false;
        };
        let mut entries: Vec<(String, Category, Vec<String>, u32)> = Vec::new();
        let mut rows = 0;
        let cols = read_sheet(
            self.book,
            &actual,
            &schema::ROSTER_SHEET,
            &mut self.problems,
            |r| {
                rows += 1;
                let name = r.text("单位名称", true);
                let category = r.get("类别", true, |v| {
                    Category::parse(&cells::text(v).unwrap_or_default())
                        .ok_or_else(|| "应为区镇、A组或B组".to_string())
                });
                let aliases = r
                    .text("别名", false)
                    .map(|a| roster::split_aliases(&a))
                    .unwrap_or_default();
                if let (Some(n), Some(c), true) = (name, category, r.ok) {
                    entries.push((n, c, aliases, r.row));
                }
            },
        );
        self.counts.push(SheetCount {
            sheet: schema::ROSTER,
            rows,
            left_out: 0,
        });
        let mut seen: FastMap<String, u32> = FastMap::default();
        let mut kept = Vec::new();
        for (name, category, aliases, row) in entries {
            let mut ok = true;
            for (word, header) in
                std::iter::once((&name, "单位名称")).chain(aliases.iter().map(|a| (a, "别名")))
            {
                if let Some(first) = seen.get(word) {
                    if let Some(cols) = &cols {
                        self.problems.push(Problem {
                            place: cols.place(header, row),
                            column: Some(header.to_string()),
                            value: Some(super::excerpt(word)),
                            message: format!(
                                "单位名称或别名重复：第{first}行已有「{}」",
                                super::excerpt(word)
                            ),
                        });
                    }
                    ok = false;
                } else {
                    seen.insert(word.clone(), row);
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

    fn hotline(&mut self) -> (Vec<HotlineRow>, Vec<HotlineRow>) {
        let mut rows: Vec<HotlineRow> = Vec::new();
        let Some(cols) = self.sheet(schema::HOTLINE, |r, roster| {
            let id = r.text("工单编号", true);
            let unit = unit(r, "承办单位", roster);
            let role = role(r);
            let handling = handling(r, unit.map(|u| roster.get(u).category));
            let visit = satisfaction(r, "回访结果");
            let second = satisfaction(r, "二次转办结果");
            let verdict = r.get("免责评判", false, |v| {
                Ok(match cells::choice(v, schema::VERDICTS)? {
                    "免责" => Verdict::Exempt,
                    _ => Verdict::NotExempt,
                })
            });
            if second.is_some() && visit != Some(Satisfaction::Dissatisfied) {
                r.fail("二次转办结果", "只有回访结果为不满意时才能填写二次转办结果");
            }
            if verdict.is_some() && second != Some(Satisfaction::Dissatisfied) {
                r.fail("免责评判", "只有二次转办结果为不满意时才能填写免责评判");
            }
            if let (Some(id), Some(unit), Some(handling), true) = (id, unit, handling, r.ok) {
                rows.push(HotlineRow {
                    place: Place {
                        sheet: schema::HOTLINE,
                        row: r.row,
                    },
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
            "工单编号",
            "工单",
            rows.iter().map(|r| (&r.id, r.unit, r.role, r.place.row)),
        );
        let (this, other): (Vec<_>, Vec<_>) = rows
            .into_iter()
            .partition(|r| r.handling.forwarded.year() == self.year);
        for r in &other {
            self.keep(r.place, "转办日期", r.handling.forwarded);
        }
        (this, other)
    }

    /// Duplicate (id, unit) rows and exactly one 主办 per case.
    fn check_cases<'a>(
        &mut self,
        cols: &Columns,
        id_header: &str,
        what: &str,
        rows: impl Iterator<Item = (&'a String, UnitId, Role, u32)>,
    ) {
        let mut seen: FastMap<(&str, UnitId), u32> = FastMap::default();
        let mut cases: FastMap<&str, (u32, Vec<u32>)> = FastMap::default();
        let mut order: Vec<&str> = Vec::new();
        for (id, unit, role, row) in rows {
            if let Some(first) = seen.get(&(id.as_str(), unit)) {
                let first = *first;
                self.duplicate(
                    cols,
                    "承办单位",
                    row,
                    first,
                    &format!("{id_header}与承办单位"),
                );
                continue;
            }
            seen.insert((id.as_str(), unit), row);
            let case = cases.entry(id.as_str()).or_insert_with(|| {
                order.push(id.as_str());
                (row, Vec::new())
            });
            if role == Role::Lead {
                case.1.push(row);
            }
        }
        for id in order {
            let (first, leads) = &cases[id];
            if leads.is_empty() {
                self.problems.push(Problem {
                    place: cols.place("主协办", *first),
                    column: Some("主协办".into()),
                    value: None,
                    message: format!("{what}{id}没有主办单位：同一{id_header}须恰有一行为主办"),
                });
            } else if leads.len() > 1 {
                self.problems.push(Problem {
                    place: cols.place("主协办", leads[1]),
                    column: Some("主协办".into()),
                    value: Some("主办".into()),
                    message: format!(
                        "{what}{id}有{}个主办单位（第{}行已是主办）：同一{id_header}只能有一个主办",
                        leads.len(),
                        leads[0]
                    ),
                });
            }
        }
    }

    fn transfers(&mut self) -> (Vec<TransferRow>, Vec<TransferRow>) {
        let mut rows: Vec<(TransferRow, Option<Val>)> = Vec::new();
        let mut dept_penalty_rows: Vec<u32> = Vec::new();
        let Some(cols) = self.sheet(schema::TRANSFERS, |r, roster| {
            let id = r.text("编号", true);
            let source = r.get("来源", true, |v| {
                let s = cells::choice(v, schema::SOURCES)?;
                Ok(TransferSource::ALL
                    .into_iter()
                    .find(|t| t.label() == s)
                    .unwrap_or(TransferSource::Center))
            });
            let unit = unit(r, "承办单位", roster);
            let category = unit.map(|u| roster.get(u).category);
            let role = role(r);
            let is_dept = category.is_some_and(Category::is_department);
            let handling = handling(r, category.filter(|c| !c.is_department()));
            if is_dept && r.raw("逾期扣分").is_some() {
                dept_penalty_rows.push(r.row);
            }
            let duties = if is_dept {
                (
                    r.flag("按期沟通", true),
                    r.flag("初步处理意见", true),
                    r.flag("反馈结果", true),
                )
            } else {
                (None, None, None)
            };
            let solved = r.raw("问题解决").cloned();
            if let (Some(id), Some(source), Some(unit), Some(handling), true) =
                (id, source, unit, handling, r.ok)
            {
                rows.push((
                    TransferRow {
                        place: Place {
                            sheet: schema::TRANSFERS,
                            row: r.row,
                        },
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
        for row in dept_penalty_rows {
            self.warnings.push(Warning {
                place: cols.place("逾期扣分", row),
                message: "部门的转办件不按逾期扣分（D3.1只看沟通、处理意见、反馈和问题解决），该逾期扣分不使用".into(),
            });
        }
        self.check_cases(
            &cols,
            "编号",
            "转办件",
            rows.iter()
                .map(|(r, _)| (&r.id, r.unit, r.role, r.place.row)),
        );
        // 问题解决 is required on the department rows of an item with two or
        // more department rows (R5) or from 联席会议交办.
        let mut dept_rows: FastMap<&str, u32> = FastMap::default();
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
            let place = cols.place("问题解决", r.place.row);
            match raw.as_ref().map(cells::flag) {
                Some(Ok(b)) => r.solved = Some(b),
                Some(Err(message)) => self.problems.push(Problem {
                    place,
                    column: Some("问题解决".into()),
                    value: raw.as_ref().map(super::shown_value),
                    message,
                }),
                None => self.problems.push(Problem {
                    place,
                    column: Some("问题解决".into()),
                    value: None,
                    message: "必填：多部门办理或联席会议交办的事项，部门行须填写问题解决".into(),
                }),
            }
        }
        let (this, other): (Vec<_>, Vec<_>) = rows
            .into_iter()
            .map(|(r, _)| r)
            .partition(|r| r.handling.forwarded.year() == self.year);
        for r in &other {
            self.keep(r.place, "转办日期", r.handling.forwarded);
        }
        (this, other)
    }

    fn meetings(&mut self) -> Vec<Meeting> {
        let mut rows = Vec::new();
        self.sheet(schema::MEETINGS, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let has_topic = r.flag("有议题", true);
            let has_minutes = r.flag("有会议记录", true);
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
            self.warn_category(m.place, m.unit, &[Category::Town], "例会");
        }
        self.filter_year(rows, "日期", |m| (m.place, m.date))
    }

    fn salons(&mut self) -> Vec<Salon> {
        let mut rows = Vec::new();
        self.sheet(schema::SALONS, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let f: Vec<Option<bool>> = [
                "有主题",
                "有计划",
                "有总结",
                "有活动资料",
                "有台账记录",
                "有对外宣传",
                "已联系中心派员",
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
            self.warn_category(s.place, s.unit, &[Category::Town], "沙龙");
        }
        self.filter_year(rows, "日期", |s| (s.place, s.date))
    }

    fn communication(&mut self) -> Vec<Communication> {
        let mut rows = Vec::new();
        let cols = self.sheet(schema::COMMUNICATION, |r, roster| {
            let unit = unit(r, "单位", roster);
            let f: Vec<Option<bool>> = [
                "网络服务平台",
                "微信或QQ群",
                "发布服务内容及联系方式",
                "关注政企通",
                "推广政企通",
                "确定分管领导及联络员",
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
        let mut seen: FastMap<UnitId, u32> = FastMap::default();
        let mut kept = Vec::new();
        for c in rows {
            if let Some(first) = seen.get(&c.unit) {
                let first = *first;
                self.duplicate(&cols, "单位", c.place.row, first, "区镇");
                continue;
            }
            seen.insert(c.unit, c.place.row);
            self.warn_category(c.place, c.unit, &[Category::Town], "沟通机制");
            kept.push(c);
        }
        // Coverage only when the sheet's rows were all readable, so one bad
        // unit name is not reported twice.
        let towns: Vec<(UnitId, String)> = self
            .roster
            .of_category(Category::Town)
            .map(|u| (u.id, u.name.clone()))
            .collect();
        for (id, name) in towns {
            if !seen.contains_key(&id) {
                self.problems.push(Problem {
                    place: schema::COMMUNICATION.to_string(),
                    column: Some("单位".into()),
                    value: None,
                    message: format!("缺少区镇「{name}」的记录：每个区镇须有一行沟通机制"),
                });
            }
        }
        kept
    }

    fn summaries(&mut self) -> Vec<Summary> {
        let mut rows = Vec::new();
        let cols = self.sheet(schema::SUMMARIES, |r, roster| {
            let unit = unit(r, "单位", roster);
            let quarter = r.get("季度", true, |v| cells::int_in(v, 1, 4));
            let sent = r.date("报送日期", false);
            if let (Some(unit), Some(quarter), true) = (unit, quarter, r.ok) {
                rows.push(Summary {
                    place: place(schema::SUMMARIES, r),
                    unit,
                    quarter: quarter as u8,
                    sent,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, "季度", "单位与季度", |s| {
                (s.unit, s.quarter, s.place.row)
            });
        }
        for s in &rows {
            self.warn_category(s.place, s.unit, &[Category::Town], "工作总结");
        }
        rows
    }

    /// Reports rows repeating a (unit, period) key; the later row is named.
    fn unique<T>(
        &mut self,
        cols: &Columns,
        rows: &[T],
        header: &str,
        what: &str,
        key: impl Fn(&T) -> (UnitId, u8, u32),
    ) {
        let mut seen: FastMap<(UnitId, u8), u32> = FastMap::default();
        for t in rows {
            let (unit, period, row) = key(t);
            if let Some(first) = seen.get(&(unit, period)) {
                let first = *first;
                self.duplicate(cols, header, row, first, what);
            } else {
                seen.insert((unit, period), row);
            }
        }
    }

    fn monthly_reports(&mut self) -> Vec<MonthlyReport> {
        let mut rows = Vec::new();
        let cols = self.sheet(schema::MONTHLY, |r, roster| {
            let unit = unit(r, "单位", roster);
            let month = r.get("月份", true, |v| cells::int_in(v, 1, 12));
            let status = r.get("状态", true, |v| {
                Ok(match cells::choice(v, schema::REPORT_STATUS)? {
                    "零申报" => ReportStatus::Nil,
                    _ => ReportStatus::Sent,
                })
            });
            if let (Some(unit), Some(month), Some(status)) = (unit, month, status) {
                rows.push(MonthlyReport {
                    place: place(schema::MONTHLY, r),
                    unit,
                    month: month as u8,
                    status,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, "月份", "单位与月份", |m| {
                (m.unit, m.month, m.place.row)
            });
        }
        for m in &rows {
            self.warn_category(m.place, m.unit, &[Category::Town], "诉求月报");
        }
        rows
    }

    fn info(&mut self) -> Vec<InfoItem> {
        let mut rows = Vec::new();
        self.sheet(schema::INFO, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let title = r.text("标题", false);
            let adopted = r.flag("录用", true);
            if let (Some(unit), Some(date), Some(adopted)) = (unit, date, adopted) {
                rows.push(InfoItem {
                    place: place(schema::INFO, r),
                    unit,
                    date,
                    title,
                    adopted,
                });
            }
        });
        self.filter_year(rows, "日期", |i| (i.place, i.date))
    }

    fn typical_cases(&mut self) -> Vec<TypicalCase> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::TYPICAL), "质量扣分");
        self.sheet(schema::TYPICAL, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let title = r.text("标题", false);
            let quality_penalty = r.get("质量扣分", false, &check);
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
            self.warn_category(t.place, t.unit, &[Category::Town], "典型案例");
        }
        self.filter_year(rows, "日期", |t| (t.place, t.date))
    }

    fn inspections(&mut self) -> Vec<Inspection> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::INSPECTIONS), "得分");
        let cols = self.sheet(schema::INSPECTIONS, |r, roster| {
            let unit = unit(r, "单位", roster);
            let quarter = r.get("季度", true, |v| cells::int_in(v, 1, 4));
            let score = r.get("得分", true, &check);
            let has_records = r.flag("有台账记录", true);
            let has_report = r.flag("有汇报材料", true);
            if let (Some(unit), Some(quarter), Some(score), Some(has_records), Some(has_report)) =
                (unit, quarter, score, has_records, has_report)
            {
                rows.push(Inspection {
                    place: place(schema::INSPECTIONS, r),
                    unit,
                    quarter: quarter as u8,
                    score,
                    has_records,
                    has_report,
                });
            }
        });
        if let Some(cols) = cols {
            self.unique(&cols, &rows, "季度", "单位与季度", |i| {
                (i.unit, i.quarter, i.place.row)
            });
        }
        for i in &rows {
            self.warn_category(i.place, i.unit, &[Category::Town], "督查");
        }
        rows
    }

    fn measures(&mut self) -> Vec<Measure> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::MEASURES), "扣分");
        self.sheet(schema::MEASURES, |r, roster| {
            let unit = unit(r, "单位", roster);
            let name = r.text("举措名称", true);
            let date = r.date("制定日期", true);
            let implemented = r.flag("已实施", true);
            let reported = r.flag("已报送成果", true);
            let completion = r.get("完成比例", false, cells::percent);
            let penalty = r.get("扣分", false, &check);
            let also_featured = r.flag("同时为特色服务", false);
            if let (Some(unit), Some(name), Some(date), Some(implemented), Some(reported), true) =
                (unit, name, date, implemented, reported, r.ok)
            {
                rows.push(Measure {
                    place: place(schema::MEASURES, r),
                    unit,
                    name,
                    date,
                    implemented,
                    reported,
                    completion,
                    penalty,
                    also_featured: also_featured.unwrap_or(false),
                });
            }
        });
        self.filter_year(rows, "制定日期", |m| (m.place, m.date))
    }

    fn outreach(&mut self) -> Vec<Outreach> {
        let mut rows = Vec::new();
        self.sheet(schema::OUTREACH, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let town = r.get("区镇", true, |v| {
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
            self.warn_category(o.place, o.unit, &[Category::GroupA], "政企互动");
        }
        self.filter_year(rows, "日期", |o| (o.place, o.date))
    }

    fn practices(&mut self) -> Vec<Practice> {
        let mut rows = Vec::new();
        self.sheet(schema::PRACTICES, |r, roster| {
            let unit = unit(r, "单位", roster);
            let date = r.date("日期", true);
            let name = r.text("名称", false);
            let implemented = r.flag("已实施", true);
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
            self.warn_category(p.place, p.unit, &[Category::GroupB], "提效实践");
        }
        self.filter_year(rows, "日期", |p| (p.place, p.date))
    }

    fn surveys(&mut self) -> Vec<SurveyAnswer> {
        let mut rows = Vec::new();
        let check = number_of(schema::sheet(schema::SURVEY), "得分");
        let mut bad_rows = false;
        let cols = self.sheet(schema::SURVEY, |r, roster| {
            let unit = unit(r, "单位", roster);
            let score = r.get("得分", true, &check);
            match (unit, score) {
                (Some(unit), Some(score)) => rows.push(SurveyAnswer {
                    place: place(schema::SURVEY, r),
                    unit,
                    score,
                }),
                _ => bad_rows = true,
            }
        });
        if cols.is_some() {
            let mut covered = vec![false; self.roster.len()];
            for s in &rows {
                covered[s.unit.index()] = true;
            }
            for u in self.roster.units() {
                if !covered[u.id.index()] && !bad_rows {
                    self.problems.push(Problem {
                        place: schema::SURVEY.to_string(),
                        column: Some("单位".into()),
                        value: None,
                        message: format!(
                            "缺少单位「{}」的满意度调查结果：每个单位至少须有一行",
                            u.name
                        ),
                    });
                }
            }
        }
        rows
    }
}

fn place(sheet: &'static str, r: &RowReader) -> Place {
    Place { sheet, row: r.row }
}

/// The message for a unit name the roster does not know.
fn unknown_unit(roster: &Roster, name: &str, only: Option<Category>) -> String {
    let mut s = suggest(roster, name);
    if let Some(c) = only {
        s.retain(|n| roster.find(n).is_some_and(|u| u.category == c));
    }
    if s.is_empty() {
        "不在单位名单中：请使用名单中的单位名称或别名".to_string()
    } else {
        format!("不在单位名单中：是否应为「{}」？", s.join("」或「"))
    }
}

/// A required unit column resolved against the roster.
fn unit(r: &mut RowReader, header: &str, roster: &Roster) -> Option<UnitId> {
    r.get(header, true, |v| {
        let name = cells::text(v).unwrap_or_default();
        roster
            .find(&name)
            .map(|u| u.id)
            .ok_or_else(|| unknown_unit(roster, &name, None))
    })
}

/// 主协办: empty = 主办.
fn role(r: &mut RowReader) -> Role {
    r.get("主协办", false, |v| {
        Ok(match cells::choice(v, schema::ROLES)? {
            "协办" | "配合" => Role::Assist,
            _ => Role::Lead,
        })
    })
    .unwrap_or(Role::Lead)
}

fn satisfaction(r: &mut RowReader, header: &str) -> Option<Satisfaction> {
    r.get(header, false, |v| {
        Ok(match cells::choice(v, schema::SATISFACTION)? {
            "满意" => Satisfaction::Satisfied,
            "基本满意" => Satisfaction::Basic,
            _ => Satisfaction::Dissatisfied,
        })
    })
}

/// The dates and 逾期扣分 of a 热线工单 or 转办件 row, with their order
/// checked. `penalty_category` is the unit's category when its 逾期扣分 is
/// used (and so range-checked), `None` when it is not read.
fn handling(r: &mut RowReader, penalty_category: Option<Category>) -> Option<Handling> {
    let forwarded = r.date("转办日期", true);
    let deadline = r.date("办理时限", true);
    let extended = r.date("延期至", false);
    let completed = r.date("办结日期", false);
    let penalty = match penalty_category {
        Some(c) => {
            let (min, max) = schema::penalty_range(c);
            r.get("逾期扣分", false, |v| {
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
        r.fail("办理时限", format!("办理时限早于转办日期{forwarded}"));
    }
    if completed.is_some_and(|c| c < forwarded) {
        r.fail("办结日期", format!("办结日期早于转办日期{forwarded}"));
    }
    if extended.is_some_and(|e| e < deadline) {
        r.fail("延期至", format!("延期时限早于办理时限{deadline}"));
    }
    Some(Handling {
        forwarded,
        deadline,
        extended,
        completed,
        penalty,
    })
}
