//! Findings that are not errors: warnings (警告) and notes (提示), their
//! kinds, and the bounded collection of them a run keeps.

use std::fmt;

/// How much a finding that is not an error matters (docs/outputs.md, Warnings
/// and notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// 警告: may change a score or needs the analyst's action; `--strict`
    /// fails on it.
    Warning,
    /// 提示: rows outside the year, ignored columns; never fails a run.
    Note,
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::Warning => "警告",
            Level::Note => "提示",
        }
    }
}

/// What a finding (警告 or 提示) is about. Each kind has one level, so a
/// kind and its level can never disagree; the kinds are listed in the
/// order the outputs show them (those that change scores first, then the
/// notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A 免责 review still pending (警告).
    Pending,
    /// A case 不满意 at 回访 whose 二次转办 result is still empty (警告).
    SecondPending,
    /// A case not yet due at the as-of date (警告).
    NotDue,
    /// The department rows of one 转办件 item disagree on 问题解决 (警告).
    SolvedDiffer,
    /// A 逾期扣分 that is not used (警告).
    UnusedPenalty,
    /// A cell left empty and read as done (警告).
    EmptyAsDone,
    /// A unit with no survey score (警告).
    NoSurvey,
    /// A row of a unit whose category the sheet does not score (警告).
    WrongCategory,
    /// A year whose holiday schedule ksfk does not know (警告).
    UnknownHolidays,
    /// A 节假日 row that contradicts the built-in schedule (警告).
    HolidayOverride,
    /// A clause that does not apply (警告).
    NotApplicable,
    /// A row whose own date lies after the year (警告: mistyped?).
    AfterYear,
    /// A header cell that is no column of its sheet (提示).
    IgnoredColumn,
    /// A row dated outside the year (提示).
    OutOfYear,
    /// Rows dated after the as-of date of an interim run, left out (提示).
    AfterAsOf,
}

impl Kind {
    /// 类型 as the 警告 sheet and the JSON show it.
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Pending => "待评判",
            Kind::SecondPending => "待二次转办",
            Kind::NotDue => "未到期",
            Kind::SolvedDiffer => "问题解决不一致",
            Kind::UnusedPenalty => "逾期扣分未使用",
            Kind::EmptyAsDone => "未填按已做到",
            Kind::NoSurvey => "缺少满意度调查",
            Kind::WrongCategory => "类别不计分",
            Kind::UnknownHolidays => "节假日未知",
            Kind::HolidayOverride => "节假日与内置不同",
            Kind::NotApplicable => "条款不适用",
            Kind::AfterYear => "日期在年度之后",
            Kind::IgnoredColumn => "忽略的列",
            Kind::OutOfYear => "不在年度内",
            Kind::AfterAsOf => "截止日后",
        }
    }

    pub const fn level(self) -> Level {
        match self {
            Kind::IgnoredColumn | Kind::OutOfYear | Kind::AfterAsOf => Level::Note,
            _ => Level::Warning,
        }
    }
}

/// The kinds under their old names, for the places that make findings.
pub mod kinds {
    use super::Kind;
    pub const PENDING: Kind = Kind::Pending;
    pub const SECOND_PENDING: Kind = Kind::SecondPending;
    pub const NOT_DUE: Kind = Kind::NotDue;
    pub const SOLVED_DIFFER: Kind = Kind::SolvedDiffer;
    pub const UNUSED_PENALTY: Kind = Kind::UnusedPenalty;
    pub const EMPTY_AS_DONE: Kind = Kind::EmptyAsDone;
    pub const NO_SURVEY: Kind = Kind::NoSurvey;
    pub const WRONG_CATEGORY: Kind = Kind::WrongCategory;
    pub const UNKNOWN_HOLIDAYS: Kind = Kind::UnknownHolidays;
    pub const HOLIDAY_OVERRIDE: Kind = Kind::HolidayOverride;
    pub const NOT_APPLICABLE: Kind = Kind::NotApplicable;
    pub const AFTER_YEAR: Kind = Kind::AfterYear;
    pub const IGNORED_COLUMN: Kind = Kind::IgnoredColumn;
    pub const OUT_OF_YEAR: Kind = Kind::OutOfYear;
    pub const AFTER_AS_OF: Kind = Kind::AfterAsOf;
}

/// A finding that is not an error: a warning (警告) or a note (提示).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// 类型, which decides the level.
    pub kind: Kind,
    /// The unit concerned, where there is one.
    pub unit: Option<String>,
    /// `热线工单!17`, `热线工单!D17`, a sheet, or empty for a summary row.
    pub place: String,
    pub message: String,
    /// 0 for a finding of its own; for the row that stands for findings
    /// not listed one by one (past [`Findings::CAP`] of one kind), how many.
    pub omitted: usize,
}

impl Warning {
    /// A finding of `kind`, at the kind's level.
    pub fn new(
        kind: Kind,
        unit: Option<&str>,
        place: impl Into<String>,
        message: impl Into<String>,
    ) -> Warning {
        Warning {
            kind,
            unit: unit.map(str::to_string),
            place: place.into(),
            message: message.into(),
            omitted: 0,
        }
    }

    /// 警告 or 提示, as the kind says.
    pub fn level(&self) -> Level {
        self.kind.level()
    }

    pub fn is_warning(&self) -> bool {
        self.level() == Level::Warning
    }

    /// How many findings this row stands for.
    pub fn count(&self) -> usize {
        self.omitted.max(1)
    }
}

impl fmt::Display for Warning {
    /// `热线工单!17: 待评判：…` (the kind is in the 警告 sheet and JSON).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.place, self.message)
        }
    }
}

/// `95000` → `95,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Collects findings with memory bounded per kind: the first
/// [`Findings::CAP`] of each kind are kept one by one, the rest only
/// counted (docs/outputs.md: "up to 10,000 of one kind").
#[derive(Debug, Clone, Default)]
pub struct Findings {
    listed: Vec<Warning>,
    /// (kind, listed, omitted) per kind, in order of first sight.
    per_kind: Vec<(Kind, usize, usize)>,
}

impl Findings {
    pub const CAP: usize = 10_000;

    /// Adds a finding; a row standing for findings not listed (from an
    /// earlier `finish`) adds to the count of its kind.
    pub fn push(&mut self, w: Warning) {
        let i = match self.per_kind.iter().position(|(k, _, _)| *k == w.kind) {
            Some(i) => i,
            None => {
                self.per_kind.push((w.kind, 0, 0));
                self.per_kind.len() - 1
            }
        };
        let entry = &mut self.per_kind[i];
        if w.omitted > 0 {
            entry.2 += w.omitted;
        } else if entry.1 < Self::CAP {
            entry.1 += 1;
            self.listed.push(w);
        } else {
            entry.2 += 1;
        }
    }

    /// Adds the finding `make` builds, building it only when it will be
    /// listed (a million rows outside the year cost a count, not a million
    /// messages).
    pub fn push_with(&mut self, kind: Kind, make: impl FnOnce() -> Warning) {
        match self.per_kind.iter_mut().find(|(k, _, _)| *k == kind) {
            Some(entry) if entry.1 >= Self::CAP => entry.2 += 1,
            _ => self.push(make()),
        }
    }

    /// True when no finding was added.
    pub fn is_empty(&self) -> bool {
        self.per_kind.is_empty()
    }

    pub fn extend(&mut self, ws: impl IntoIterator<Item = Warning>) {
        for w in ws {
            self.push(w);
        }
    }

    /// The findings: warnings first, then notes, each in the order found;
    /// after the listed findings of a kind past the cap, one row saying how
    /// many more there are (`另有95,000行不在2017年，未逐行列出`).
    pub fn finish(self, year: i32) -> Vec<Warning> {
        let mut out = Vec::with_capacity(self.listed.len() + self.per_kind.len());
        let mut per_kind = self.per_kind.clone();
        // Warnings first, and among them the kinds that change scores (a
        // pending 免责 review must not hide among rows outside the year):
        // the order of [`Kind`].
        per_kind.sort_by_key(|(k, _, _)| *k);
        for (kind, _, omitted) in &per_kind {
            out.extend(self.listed.iter().filter(|w| w.kind == *kind).cloned());
            if *omitted > 0 {
                let message = if *kind == Kind::OutOfYear {
                    format!("另有{}行不在{year}年，未逐行列出", thousands(*omitted))
                } else {
                    format!(
                        "另有{}条「{}」，未逐行列出",
                        thousands(*omitted),
                        kind.label()
                    )
                };
                out.push(Warning {
                    kind: *kind,
                    unit: None,
                    place: String::new(),
                    message,
                    omitted: *omitted,
                });
            }
        }
        out
    }
}
