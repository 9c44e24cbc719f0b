//! `make-ledger`: a deterministic generator of realistic 台账 workbooks.
//!
//! It writes one `.xlsx` ledger for an assessment year (2017 by default) in
//! the shape docs/ledger.md fixes, for the 51 units of the built-in roster (the
//! 39 departments of 昆政办发〔2017〕148号, A组 20 and B组 19 in the
//! regulation's order, and the 12 区镇). It writes no `单位名单` sheet, so
//! the reader applies its built-in roster. Sheet names and header order come
//! from `ksfk::schema::SHEETS`.
//!
//! ```text
//! cargo run --release --example make-ledger -- --seed 2017 --scale 1 -o examples/ledger-2017.xlsx
//! ```
//!
//! * `--seed S` seeds the PRNG (splitmix64, in this file). The same seed,
//!   scale and year give a byte-identical file (fixed document dates; the
//!   zip entries are already stamped 1980-01-01 by rust_xlsxwriter).
//! * `--scale N` multiplies the row-count-driven sheets (热线工单, 转办件,
//!   信息报送 and the 满意度调查 answers): scale 1 ≈ 3,000 热线工单 rows,
//!   7 ≈ 20k, 70 ≈ 200k. The per-unit annual sheets (例会, 沙龙, 沟通机制,
//!   工作总结, 诉求月报, 典型案例, 督查, 服务举措, 政企互动, 提效实践) keep
//!   their size.
//! * `--year Y` picks the year (default 2017); the as-of date is Y-12-31.
//!
//! What the data exercises (every value stays valid per docs/ledger.md):
//! * 热线工单: ~10% multi-unit cases (one 主办, 1–2 协办, including 区镇主办
//!   with department 协办); completions on time, late by 1–3, 4–10 and 11+
//!   working days (2017 holiday schedule), some 延期至, explicit 逾期扣分 in
//!   the clause's range only on rows that are overdue at Y-12-31, open rows
//!   (overdue, and not yet due in late December); 回访结果 → 二次转办结果 →
//!   免责评判 chains, a few 免责评判 left empty (待评判).
//! * 转办件: all four 来源, multi-department and 联席会议交办 items with
//!   问题解决, department rows failing one, two or all three duties;
//!   numeric 督办 ids; a shuffled column order.
//! * 例会 with empty quarters and meetings lacking 议题/记录; 4–9 沙龙 per
//!   区镇, some lacking 资料 etc.; one 沟通机制 row per 区镇 with a few 否;
//!   missing 工作总结 quarters; 诉求月报 with 零申报 and missing months;
//!   信息报送 for all units (departments below 6, 区镇 missing months);
//!   典型案例 (some 区镇 none, some 质量扣分); 督查 得分 2.5/2.0/1.5 with some
//!   否; 服务举措 (区镇 0–4 with 完成比例 as 80%, 0.6 or empty; departments
//!   1–3 with 未实施/未报送, 扣分 and 同时为特色服务); 政企互动 reaching 8–12
//!   区镇; 提效实践 (a few B组 units with nothing implemented);
//!   满意度调查 answers spread so that departments fall below their group
//!   average by less and by more than 5.
//! * How people type: real Excel dates mixed with `2017-03-05`, `2017/3/5`,
//!   `2017.3.5`, `2017年3月5日`; flags as 是/否 and sometimes Y/N, √/×, 有/无,
//!   1/0, TRUE/FALSE; roster aliases (商务局, 开发区, 花桥 …); 牵头/配合;
//!   extra 备注 columns; padded headers and unit names; rows dated in the
//!   neighbouring years (the year filter warns); an empty row.
//!
//! A one-line summary of the rows written per sheet goes to stderr.

use chrono::{Datelike, NaiveDate};
use clap::Parser;
use ksfk::calendar::Calendar;
use ksfk::model::{Category, Handling};
use ksfk::rules::overdue::{judge, State};
use ksfk::schema::{self, Kind, SheetSpec};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------
// The built-in roster, as docs/ledger.md specifies it.

/// The 12 区镇 and the departments of A组 and B组, in the regulation's order.
pub use ksfk::ledger::roster::{GROUP_A, GROUP_B, TOWNS};

/// The built-in aliases (docs/ledger.md: "Built-in aliases at least").
pub const ALIASES: [(&str, &[&str]); 6] = [
    ("商务局（招商服务中心）", &["商务局", "招商服务中心"]),
    ("人民银行（外汇管理局）", &["人民银行", "外汇管理局"]),
    ("昆山开发区", &["开发区"]),
    ("昆山高新区", &["高新区"]),
    ("花桥经济开发区", &["花桥", "花桥开发区"]),
    ("旅游度假区", &["度假区"]),
];

/// Relative 热线 volume of the 区镇 (same order as [`TOWNS`]).
const TOWN_WEIGHTS: [u32; 12] = [18, 14, 10, 4, 8, 8, 6, 5, 6, 3, 2, 2];

/// Departments that receive more 热线 cases than the default weight of 2.
const DEPT_WEIGHTS: [(&str, u32); 22] = [
    ("市场监管局", 14),
    ("人社局", 11),
    ("住建局", 8),
    ("环保局", 8),
    ("国土局", 7),
    ("规划局", 6),
    ("供电公司", 6),
    ("公安局", 5),
    ("国税局", 6),
    ("地税局", 5),
    ("经信委", 4),
    ("商务局（招商服务中心）", 4),
    ("城管局", 4),
    ("政务办", 4),
    ("安监局", 4),
    ("发改委", 3),
    ("科技局", 3),
    ("海关", 3),
    ("交通局", 3),
    ("住房公积金管理中心", 3),
    ("消防大队", 3),
    ("出入境检验检疫局", 3),
];

// ---------------------------------------------------------------------------
// Command line.

#[derive(Parser, Debug)]
#[command(about = "Generate a realistic, deterministic ksfk ledger workbook")]
struct Args {
    /// PRNG seed.
    #[arg(long, default_value_t = 2017)]
    seed: u64,
    /// Multiplier for 热线工单, 转办件, 信息报送 and 满意度调查 rows.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
    scale: u32,
    /// Assessment year.
    #[arg(long, default_value_t = 2017, value_parser = clap::value_parser!(i32).range(2005..=2025))]
    year: i32,
    /// Output workbook.
    #[arg(short = 'o', long = "output", default_value = "ledger.xlsx")]
    output: PathBuf,
    /// Stress form (benchmark): every date written as text (`2017-03-05`
    /// and the other typed forms), never as an Excel date.
    #[arg(long)]
    text_dates: bool,
    /// Stress form (benchmark): the share of 热线工单 and 转办件 rows
    /// completed late (default: 2% and 5%), e.g. 0.7 for an audit-heavy
    /// ledger.
    #[arg(long, value_parser = parse_rate)]
    late_rate: Option<f64>,
}

fn parse_rate(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!("--late-rate takes a share from 0 to 1, not {s}")),
    }
}

/// How a stress ledger departs from the realistic default (benchmark).
#[derive(Debug, Clone, Copy, Default)]
pub struct Stress {
    /// Every date as typed text.
    pub text_dates: bool,
    /// Share of late rows in 热线工单 and 转办件 (default 2% and 5%).
    pub late_rate: Option<f64>,
}

thread_local! {
    /// Dates as text only (set by [`write_stress_ledger`] for its run).
    static TEXT_DATES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn main() {
    let args = Args::parse();
    let started = std::time::Instant::now();
    let stress = Stress {
        text_dates: args.text_dates,
        late_rate: args.late_rate,
    };
    match write_stress_ledger(args.seed, args.scale, args.year, &args.output, stress) {
        Ok(summary) => {
            eprintln!(
                "make-ledger: {} (seed {}, scale {}, {:.1}s): {}",
                args.output.display(),
                args.seed,
                args.scale,
                started.elapsed().as_secs_f64(),
                summary
                    .iter()
                    .map(|(s, n)| format!("{s} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        Err(e) => {
            eprintln!("make-ledger: 写入 {} 失败：{e}", args.output.display());
            std::process::exit(1);
        }
    }
}

// ---------------------------------------------------------------------------
// PRNG: splitmix64, with only exact arithmetic on top (no transcendental
// functions, so the output is the same on every platform).

#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }

    /// Index chosen with the given weights.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|w| *w as u64).sum();
        let mut x = self.below(total);
        for (i, w) in weights.iter().enumerate() {
            if x < *w as u64 {
                return i;
            }
            x -= *w as u64;
        }
        weights.len() - 1
    }

    /// Approximately standard normal (Irwin–Hall of 4 uniforms).
    pub fn normal(&mut self) -> f64 {
        let s: f64 = (0..4).map(|_| self.unit()).sum();
        (s - 2.0) * 1.732_050_807_568_877_2
    }

    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            xs.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------
// Units and their profiles.

#[derive(Debug, Clone)]
pub struct Unit {
    pub name: &'static str,
    pub category: Category,
    pub aliases: &'static [&'static str],
    /// Relative share of 热线 cases.
    weight: u32,
    /// Multiplies every failure probability: 0.5 careful … 2.5 sloppy.
    sloppy: f64,
    /// Target mean of the unit's survey answers.
    survey_mean: f64,
}

impl Unit {
    fn is_town(&self) -> bool {
        self.category == Category::Town
    }
}

/// The 51 units in roster order (区镇, A组, B组) with seeded profiles.
pub fn roster(seed: u64) -> Vec<Unit> {
    let mut rng = Rng::new(seed, 1);
    let alias = |n: &str| -> &'static [&'static str] {
        ALIASES
            .iter()
            .find(|(c, _)| *c == n)
            .map(|(_, a)| *a)
            .unwrap_or(&[])
    };
    let mut units = Vec::new();
    for (i, name) in TOWNS.iter().enumerate() {
        units.push(Unit {
            name,
            category: Category::Town,
            aliases: alias(name),
            weight: TOWN_WEIGHTS[i],
            sloppy: 1.0,
            survey_mean: 0.0,
        });
    }
    for (group, names) in [
        (Category::GroupA, &GROUP_A[..]),
        (Category::GroupB, &GROUP_B[..]),
    ] {
        for name in names {
            let weight = DEPT_WEIGHTS
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, w)| *w)
                .unwrap_or(2);
            units.push(Unit {
                name,
                category: group,
                aliases: alias(name),
                weight,
                sloppy: 1.0,
                survey_mean: 0.0,
            });
        }
    }
    for u in units.iter_mut() {
        u.sloppy = *rng.pick(&[0.5, 0.7, 1.0, 1.0, 1.0, 1.3, 1.6, 2.5]);
    }
    // Survey means. 区镇 spread freely; within each department group a few
    // units sit well below the rest (more than 5 under the group average)
    // and a few slightly below (less than 5 under it).
    for u in units.iter_mut().filter(|u| u.is_town()) {
        u.survey_mean = 82.0 + rng.unit() * 12.0;
    }
    for group in [Category::GroupA, Category::GroupB] {
        let mut idx: Vec<usize> = (0..units.len())
            .filter(|i| units[*i].category == group)
            .collect();
        rng.shuffle(&mut idx);
        for (k, i) in idx.into_iter().enumerate() {
            let offset = match k {
                0..=2 => -(7.0 + rng.unit() * 5.0),
                3..=6 => -(1.5 + rng.unit() * 2.5),
                _ => 0.5 + rng.unit() * 5.0,
            };
            units[i].survey_mean = 89.0 + offset;
        }
    }
    units
}

// ---------------------------------------------------------------------------
// Working days (precomputed from ksfk's calendar).

struct Days {
    start: NaiveDate,
    work: Vec<bool>,
}

impl Days {
    fn new(cal: &Calendar, year: i32) -> Days {
        let start = ymd(year - 1, 1, 1);
        let end = ymd(year + 2, 12, 31);
        let work = start
            .iter_days()
            .take_while(|d| *d <= end)
            .map(|d| cal.is_working_day(d))
            .collect();
        Days { start, work }
    }

    fn is_working(&self, d: NaiveDate) -> bool {
        let i = (d - self.start).num_days();
        if i >= 0 && (i as usize) < self.work.len() {
            self.work[i as usize]
        } else {
            !matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
        }
    }

    /// The date `n` working days after `d` (a working day itself).
    fn add(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut x = d;
        let mut c = 0;
        while c < n {
            x = next(x);
            if self.is_working(x) {
                c += 1;
            }
        }
        x
    }

    /// Working days of a range, inclusive.
    fn between(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        from.iter_days()
            .take_while(|d| *d <= to)
            .filter(|d| self.is_working(*d))
            .collect()
    }

    /// A random working day in `from..=to` (or `from` when there is none).
    fn random(&self, rng: &mut Rng, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = (to - from).num_days().max(0);
        let mut d = from + chrono::Days::new(rng.range(0, span) as u64);
        while !self.is_working(d) && d > from {
            d = d.pred_opt().unwrap_or(d);
        }
        d
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn next(d: NaiveDate) -> NaiveDate {
    d.succ_opt().unwrap_or(d)
}

fn month_end(y: i32, m: u32) -> NaiveDate {
    if m == 12 {
        ymd(y, 12, 31)
    } else {
        ymd(y, m + 1, 1).pred_opt().unwrap_or(NaiveDate::MIN)
    }
}

// ---------------------------------------------------------------------------
// Cells, and how people type them.

#[derive(Debug, Clone, Default)]
enum Cell {
    #[default]
    Empty,
    Text(String),
    Num(f64),
    /// A number shown as a percentage (`0%`).
    Pct(f64),
    Date(NaiveDate),
    Bool(bool),
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// A date as a real Excel date most of the time, else as typed text.
fn date(rng: &mut Rng, d: NaiveDate) -> Cell {
    let weights = if TEXT_DATES.with(|t| t.get()) {
        [0, 14, 8, 7, 7]
    } else {
        [64, 14, 8, 7, 7]
    };
    match rng.weighted(&weights) {
        0 => Cell::Date(d),
        1 => text(format!("{}-{:02}-{:02}", d.year(), d.month(), d.day())),
        2 => text(format!("{}/{}/{}", d.year(), d.month(), d.day())),
        3 => text(format!("{}.{}.{}", d.year(), d.month(), d.day())),
        _ => text(format!("{}年{}月{}日", d.year(), d.month(), d.day())),
    }
}

/// A flag: 是/否 mostly, sometimes Y/N, √/×, 有/无, 1/0, TRUE/FALSE.
fn flag(rng: &mut Rng, v: bool) -> Cell {
    let (t, f) = match rng.weighted(&[84, 4, 4, 3, 2, 1, 1, 1]) {
        0 => ("是", "否"),
        1 => ("Y", "N"),
        2 => ("√", "×"),
        3 => ("有", "无"),
        4 => return Cell::Num(if v { 1.0 } else { 0.0 }),
        5 => ("1", "0"),
        6 => return Cell::Bool(v),
        _ => ("y", "n"),
    };
    text(if v { t } else { f })
}

/// A unit name: canonical, sometimes an alias, rarely with stray spaces.
fn unit_name(rng: &mut Rng, u: &Unit) -> Cell {
    let name = if !u.aliases.is_empty() && rng.chance(0.15) {
        *rng.pick(u.aliases)
    } else {
        u.name
    };
    if rng.chance(0.01) {
        text(format!("{name} "))
    } else if rng.chance(0.003) {
        text(format!("　{name}"))
    } else {
        text(name)
    }
}

/// A number, sometimes typed as text.
fn number(rng: &mut Rng, v: f64) -> Cell {
    if rng.chance(0.12) {
        text(fmt_num(v))
    } else {
        Cell::Num(v)
    }
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

// ---------------------------------------------------------------------------
// Sheet writer: rows are set by header, written in the sheet's column order.

struct Formats {
    header: Format,
    date: Format,
    pct: Format,
}

struct Out {
    ws: Worksheet,
    name: &'static str,
    /// Schema headers, then extra columns.
    headers: Vec<&'static str>,
    /// Output column of `headers[i]`.
    pos: Vec<u16>,
    cells: Vec<Cell>,
    row: u32,
    written: u64,
}

impl Out {
    /// A sheet with the schema's columns plus `extra`, in schema order or in
    /// `order` (a permutation of the header names). `padded` replaces the
    /// header text written for a column (a header typed with spaces).
    fn new(
        mut ws: Worksheet,
        spec: &SheetSpec,
        extra: &[&'static str],
        order: Option<&[&str]>,
        padded: &[(&str, &str)],
        f: &Formats,
    ) -> Result<Out, XlsxError> {
        let mut headers: Vec<&'static str> = spec.columns.iter().map(|c| c.header).collect();
        headers.extend_from_slice(extra);
        let pos: Vec<u16> = match order {
            None => (0..headers.len() as u16).collect(),
            Some(order) => headers
                .iter()
                .map(|h| {
                    order
                        .iter()
                        .position(|o| o == h)
                        .map(|p| p as u16)
                        .ok_or_else(|| XlsxError::ParameterError(format!("order misses {h}")))
                })
                .collect::<Result<_, _>>()?,
        };
        ws.set_name(spec.name)?;
        for (h, p) in headers.iter().zip(&pos) {
            let shown = padded
                .iter()
                .find(|(k, _)| k == h)
                .map(|(_, v)| *v)
                .unwrap_or(h);
            ws.write_string_with_format(0, *p, shown, &f.header)?;
            // CJK characters are two columns wide; values set the minimum.
            let chars = h.chars().count() as f64;
            let value = match spec.column(h).map(|c| c.kind) {
                Some(Kind::Unit | Kind::Town) => 16.0,
                Some(Kind::Date) => 12.0,
                Some(Kind::Text) => 14.0,
                _ => 8.0,
            };
            ws.set_column_width(*p, (chars * 2.1 + 2.0).max(value))?;
        }
        ws.set_freeze_panes(1, 0)?;
        let n = headers.len();
        Ok(Out {
            ws,
            name: spec.name,
            headers,
            pos,
            cells: vec![Cell::Empty; n],
            row: 1,
            written: 0,
        })
    }

    fn set(&mut self, header: &str, cell: Cell) {
        match self.headers.iter().position(|h| *h == header) {
            Some(i) => self.cells[i] = cell,
            None => panic!("{}: no column {header}", self.name),
        }
    }

    fn end_row(&mut self, f: &Formats) -> Result<(), XlsxError> {
        let r = self.row;
        for (i, cell) in self.cells.iter_mut().enumerate() {
            let c = self.pos[i];
            match std::mem::take(cell) {
                Cell::Empty => {}
                Cell::Text(s) => {
                    self.ws.write_string(r, c, s)?;
                }
                Cell::Num(v) => {
                    self.ws.write_number(r, c, v)?;
                }
                Cell::Pct(v) => {
                    self.ws.write_number_with_format(r, c, v, &f.pct)?;
                }
                Cell::Bool(b) => {
                    self.ws.write_boolean(r, c, b)?;
                }
                Cell::Date(d) => {
                    let dt =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    self.ws.write_datetime_with_format(r, c, &dt, &f.date)?;
                }
            }
        }
        self.row += 1;
        self.written += 1;
        Ok(())
    }

    /// Leaves an empty row (the reader skips it).
    fn blank_row(&mut self) {
        self.row += 1;
    }
}

// ---------------------------------------------------------------------------
// Text material.

#[rustfmt::skip]
const FIRMS_CORE: [&str; 30] = [
    "华鼎", "恒信", "立盛", "富仕", "龙腾", "瑞德", "新宇", "天合", "鸿运", "金泰", "中科", "汇川", "博瑞", "嘉和", "同创", "宏达",
    "永丰", "正新", "凯捷", "联达", "维信", "东升", "丰源", "长荣", "亚太", "万和", "友达", "精英", "铭泰", "沪昆",
];
#[rustfmt::skip]
const FIRMS_TRADE: [&str; 16] = [
    "精密机械", "电子科技", "光电", "新材料", "食品", "物流", "纺织", "模具", "医疗器械", "环保科技", "汽车零部件", "智能装备", "包装材料",
    "化工", "软件", "五金制品",
];
const FIRMS_SUFFIX: [&str; 4] = ["有限公司", "股份有限公司", "有限公司", "科技有限公司"];

fn firm(rng: &mut Rng) -> String {
    let place = *rng.pick(&["昆山", "昆山", "昆山市", "苏州", ""]);
    format!(
        "{place}{}{}{}",
        rng.pick(&FIRMS_CORE),
        rng.pick(&FIRMS_TRADE),
        rng.pick(&FIRMS_SUFFIX)
    )
    .replace("科技科技", "科技")
}

const INFO_ACTIONS: [&str; 16] = [
    "开展企业服务月活动",
    "召开重点企业座谈会",
    "举办惠企政策宣讲会",
    "走访规上企业问需求",
    "推进审批提速增效",
    "助力企业对接资本市场",
    "开展安全生产专题培训",
    "组织银企对接会",
    "推行“一窗受理”",
    "开展减税降费政策解读",
    "帮助企业破解用工难题",
    "落实企业挂钩联系制度",
    "开展知识产权服务进企业",
    "优化营商环境工作动态",
    "解决企业用电扩容诉求",
    "开展“企业服务日”活动",
];

const CASE_STORIES: [&str; 8] = [
    "协调解决厂房产权办证难题",
    "帮助企业申报高新技术企业",
    "上门服务化解劳资纠纷",
    "企业服务专员一线服务纪实",
    "多部门联动解决企业用地问题",
    "助力外资企业增资扩股",
    "快速办结企业排污许可",
    "协调供电扩容保障投产",
];

const SALON_TOPICS: [&str; 10] = [
    "高新技术企业认定政策解读",
    "企业融资对接",
    "人力资源与用工管理",
    "知识产权保护",
    "跨境电商与外贸新政",
    "安全生产与环保合规",
    "税收优惠政策宣讲",
    "智能制造转型升级",
    "两岸企业交流",
    "企业上市辅导",
];

const MEASURE_NAMES: [&str; 16] = [
    "企业服务“直通车”",
    "重点企业挂钩联系制度",
    "审批事项“不见面”办理",
    "企业诉求“首问负责”",
    "惠企政策“一站式”兑现",
    "项目代办帮办服务",
    "企业服务专员制度",
    "中小企业融资服务平台",
    "涉企检查“双随机”",
    "企业用工保障行动",
    "外资企业服务包",
    "科技型企业培育计划",
    "企业安全生产帮扶",
    "重大项目全程跟踪服务",
    "企业服务满意度回访",
    "政策“点对点”推送",
];

const PRACTICE_NAMES: [&str; 10] = [
    "并联审批流程再造",
    "网上办事大厅优化",
    "施工许可提速",
    "“多证合一”改革",
    "联合验收一次办结",
    "涉企执法清单管理",
    "容缺受理机制",
    "不动产登记提速",
    "企业开办3个工作日办结",
    "信用分类监管",
];

const OUTREACH_TOPICS: [&str; 10] = [
    "政策送上门",
    "惠企政策宣讲",
    "企业服务进区镇",
    "金融服务下基层",
    "人才政策进园区",
    "外贸形势分析会",
    "科技项目申报辅导",
    "稳岗补贴政策解读",
    "出口退税辅导",
    "知识产权巡回讲座",
];

// ---------------------------------------------------------------------------
// The workbook.

/// Generates the ledger and saves it to `path`. Returns rows written per
/// sheet, in `schema::SHEETS` order.
pub fn write_ledger(
    seed: u64,
    scale: u32,
    year: i32,
    path: &Path,
) -> Result<Vec<(&'static str, u64)>, XlsxError> {
    write_stress_ledger(seed, scale, year, path, Stress::default())
}

/// [`write_ledger`] in a stress form (benchmark): text dates, more late rows.
pub fn write_stress_ledger(
    seed: u64,
    scale: u32,
    year: i32,
    path: &Path,
    stress: Stress,
) -> Result<Vec<(&'static str, u64)>, XlsxError> {
    TEXT_DATES.with(|t| t.set(stress.text_dates));
    let units = roster(seed);
    let cal = Calendar::new();
    let days = Days::new(&cal, year);
    let g = Gen {
        seed,
        scale,
        year,
        units: &units,
        cal: &cal,
        days: &days,
        as_of: ymd(year, 12, 31),
        late_rate: stress.late_rate,
    };
    let f = Formats {
        header: Format::new().set_bold().set_background_color("#DDEBF7"),
        date: Format::new().set_num_format("yyyy-mm-dd"),
        pct: Format::new().set_num_format("0%"),
    };

    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(year as u16 + 1, 1, 15)?.and_hms(9, 0, 0)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(format!("{year}年度企业服务考核台账"))
            .set_author("市企业发展服务中心")
            .set_comment("make-ledger 生成的示例台账")
            .set_creation_datetime(&created),
    );

    let mut summary = Vec::new();
    for spec in schema::SHEETS {
        let big = matches!(
            spec.name,
            schema::HOTLINE | schema::TRANSFERS | schema::INFO | schema::SURVEY
        );
        let ws = new_worksheet(&mut workbook, big)?;
        let out = match spec.name {
            schema::HOTLINE => g.hotline(ws, spec, &f)?,
            schema::TRANSFERS => g.transfers(ws, spec, &f)?,
            schema::MEETINGS => g.meetings(ws, spec, &f)?,
            schema::SALONS => g.salons(ws, spec, &f)?,
            schema::COMMUNICATION => g.communication(ws, spec, &f)?,
            schema::SUMMARIES => g.summaries(ws, spec, &f)?,
            schema::MONTHLY => g.monthly(ws, spec, &f)?,
            schema::INFO => g.info(ws, spec, &f)?,
            schema::TYPICAL => g.typical(ws, spec, &f)?,
            schema::INSPECTIONS => g.inspections(ws, spec, &f)?,
            schema::MEASURES => g.measures(ws, spec, &f)?,
            schema::OUTREACH => g.outreach(ws, spec, &f)?,
            schema::PRACTICES => g.practices(ws, spec, &f)?,
            schema::SURVEY => g.survey(ws, spec, &f)?,
            other => {
                return Err(XlsxError::ParameterError(format!(
                    "make-ledger 不认识的工作表：{other}"
                )))
            }
        };
        summary.push((out.name, out.written));
        workbook.push_worksheet(out.ws);
    }
    workbook.save(path)?;
    Ok(summary)
}

/// A new worksheet. Every sheet is written row by row in order, so the
/// scale-driven sheets (`big`) use rust_xlsxwriter's constant-memory mode
/// and the memory of a stress ledger stays flat.
fn new_worksheet(workbook: &mut Workbook, big: bool) -> Result<Worksheet, XlsxError> {
    Ok(if big {
        workbook.new_worksheet_with_constant_memory()?
    } else {
        Worksheet::new()
    })
}

struct Gen<'a> {
    seed: u64,
    scale: u32,
    year: i32,
    units: &'a [Unit],
    cal: &'a Calendar,
    days: &'a Days,
    as_of: NaiveDate,
    /// [`Stress::late_rate`].
    late_rate: Option<f64>,
}

/// One row's handling, decided by [`Gen::handling`].
struct Handled {
    deadline: NaiveDate,
    extended: Option<NaiveDate>,
    completed: Option<NaiveDate>,
    /// Working days overdue at the as-of date, when overdue.
    overdue: Option<u32>,
}

impl<'a> Gen<'a> {
    fn rng(&self, stream: u64) -> Rng {
        Rng::new(self.seed, stream)
    }

    fn towns(&self) -> impl Iterator<Item = &'a Unit> {
        self.units.iter().filter(|u| u.is_town())
    }

    fn depts(&self) -> impl Iterator<Item = &'a Unit> {
        self.units.iter().filter(|u| !u.is_town())
    }

    fn of(&self, c: Category) -> impl Iterator<Item = &'a Unit> {
        self.units.iter().filter(move |u| u.category == c)
    }

    /// Forward dates: `n` working days of the year, sorted, plus a few from
    /// late December of the year before and early January of the year after.
    fn forward_dates(
        &self,
        rng: &mut Rng,
        n: usize,
        before: usize,
        after: usize,
    ) -> Vec<NaiveDate> {
        let y = self.year;
        let pool = self.days.between(ymd(y, 1, 1), ymd(y, 12, 31));
        let mut idx: Vec<u32> = (0..n)
            .map(|_| rng.below(pool.len() as u64) as u32)
            .collect();
        idx.sort_unstable();
        let prev = self.days.between(ymd(y - 1, 12, 18), ymd(y - 1, 12, 31));
        let nxt = self.days.between(ymd(y + 1, 1, 2), ymd(y + 1, 1, 12));
        let mut a: Vec<NaiveDate> = (0..before).map(|_| *rng.pick(&prev)).collect();
        a.sort_unstable();
        let mut c: Vec<NaiveDate> = (0..after).map(|_| *rng.pick(&nxt)).collect();
        c.sort_unstable();
        a.into_iter()
            .chain(idx.into_iter().map(|i| pool[i as usize]))
            .chain(c)
            .collect()
    }

    /// Deadline, extension and completion of one row, with how late it is
    /// at the as-of date (judged by ksfk's own overdue rule).
    fn handling(
        &self,
        rng: &mut Rng,
        u: &Unit,
        fwd: NaiveDate,
        limit: u32,
        late_rate: f64,
    ) -> Handled {
        let deadline = self.days.add(fwd, limit);
        let extended = rng
            .chance(0.04)
            .then(|| self.days.add(deadline, rng.range(5, 15) as u32));
        let eff = extended.unwrap_or(deadline);
        let s = u.sloppy;
        let mut completed = if rng.chance(late_rate * s) {
            // Late by 1–3, 4–10 or 11+ working days.
            let n = match rng.weighted(&[55, 30, 15]) {
                0 => rng.range(1, 3),
                1 => rng.range(4, 10),
                _ => rng.range(11, 30),
            };
            Some(self.days.add(eff, n as u32))
        } else if rng.chance(0.006 * s) {
            None
        } else if extended.is_some() && rng.chance(0.6) {
            // The extension was needed: done after 办理时限, within 延期至.
            Some(self.days.random(rng, next(deadline), eff))
        } else {
            Some(self.days.random(rng, fwd, eff))
        };
        // Completed after the year's end: often not yet entered.
        if completed.is_some_and(|c| c > self.as_of) && rng.chance(0.6) {
            completed = None;
        }
        let h = Handling {
            forwarded: fwd,
            deadline,
            extended,
            completed,
            penalty: None,
        };
        let overdue = match judge(&h, self.as_of, self.cal) {
            State::Overdue(o) => Some(o.working_days),
            _ => None,
        };
        Handled {
            deadline,
            extended,
            completed,
            overdue,
        }
    }

    /// An explicit 逾期扣分 in the clause's range (区镇 0.5–1.5, departments
    /// 5–15), near the default tier for `wd` working days.
    fn penalty(&self, rng: &mut Rng, u: &Unit, wd: u32) -> Cell {
        let tier = match wd {
            0..=3 => 0usize,
            4..=10 => 1,
            _ => 2,
        };
        let v = if u.is_town() {
            let steps = [0.5, 0.8, 1.0, 1.2, 1.5];
            steps[(tier * 2 + rng.below(2) as usize).min(4)]
        } else {
            let steps = [5.0, 7.5, 10.0, 12.5, 15.0];
            steps[(tier * 2 + rng.below(2) as usize).min(4)]
        };
        number(rng, v)
    }

    fn pick_unit(&self, rng: &mut Rng, pool: &[&'a Unit], weights: &[u32]) -> &'a Unit {
        pool[rng.weighted(weights)]
    }

    // -- 热线工单 -----------------------------------------------------------

    fn hotline(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(10);
        let mut out = Out::new(ws, spec, &["备注"], None, &[], f)?;
        let sc = self.scale as usize;
        let dates = self.forward_dates(&mut rng, 2650 * sc, 8 * sc, 5 * sc);
        let towns: Vec<&Unit> = self.towns().collect();
        let tw: Vec<u32> = towns.iter().map(|u| u.weight).collect();
        let depts: Vec<&Unit> = self.depts().collect();
        let dw: Vec<u32> = depts.iter().map(|u| u.weight).collect();
        let y = self.year;
        let mut seq_prev = 2800 * sc as u64 + rng.below(150);
        let mut seq = [0u64; 2];
        for fwd in dates {
            let id = match fwd.year() {
                yy if yy < y => {
                    seq_prev += 1;
                    format!("RX{yy}-{seq_prev:05}")
                }
                yy => {
                    let s = &mut seq[(yy > y) as usize];
                    *s += 1;
                    format!("RX{yy}-{:05}", *s)
                }
            };
            // Units of the case: 主办 first.
            let town_lead = rng.chance(0.42);
            let lead = if town_lead {
                self.pick_unit(&mut rng, &towns, &tw)
            } else {
                self.pick_unit(&mut rng, &depts, &dw)
            };
            let mut case = vec![lead];
            if rng.chance(0.10) {
                let extra = if rng.chance(0.7) { 1 } else { 2 };
                while case.len() < 1 + extra {
                    let u = if town_lead || rng.chance(0.8) {
                        self.pick_unit(&mut rng, &depts, &dw)
                    } else {
                        self.pick_unit(&mut rng, &towns, &tw)
                    };
                    if !case.iter().any(|c| c.name == u.name) {
                        case.push(u);
                    }
                }
            }
            let multi = case.len() > 1;
            let limit = *rng.pick(&[5u32, 5, 5, 7, 10, 10, 15]);
            // The case's visit results (one visit per case).
            let visit = rng.weighted(&[74, 18, 8]);
            let second = (visit == 2 && rng.chance(0.85)).then(|| rng.weighted(&[45, 25, 30]));
            for (k, u) in case.iter().enumerate() {
                let h = self.handling(&mut rng, u, fwd, limit, self.late_rate.unwrap_or(0.02));
                out.set("工单编号", text(&id));
                out.set("承办单位", unit_name(&mut rng, u));
                let role = if k == 0 {
                    match (multi, rng.weighted(&[60, 36, 4])) {
                        (false, 0) => Cell::Empty,
                        (_, 2) => text("牵头"),
                        _ => text("主办"),
                    }
                } else if rng.chance(0.12) {
                    text("配合")
                } else {
                    text("协办")
                };
                out.set("主协办", role);
                out.set("转办日期", date(&mut rng, fwd));
                out.set("办理时限", date(&mut rng, h.deadline));
                if let Some(e) = h.extended {
                    out.set("延期至", date(&mut rng, e));
                }
                if let Some(c) = h.completed {
                    out.set("办结日期", date(&mut rng, c));
                }
                if let Some(wd) = h.overdue {
                    if rng.chance(0.3) {
                        let p = self.penalty(&mut rng, u, wd);
                        out.set("逾期扣分", p);
                    }
                }
                // Visited after completion, mostly.
                if h.completed.is_some() && rng.chance(0.9) {
                    let sat = |i: usize| text(schema::SATISFACTION[i]);
                    out.set("回访结果", sat(visit));
                    if let Some(s) = second {
                        out.set("二次转办结果", sat(s));
                        if s == 2 && !u.is_town() {
                            match rng.weighted(&[40, 45, 15]) {
                                0 => out.set("免责评判", text("免责")),
                                1 => out.set("免责评判", text("不免责")),
                                _ => {}
                            }
                        }
                    }
                }
                let note = if h.extended.is_some() && rng.chance(0.5) {
                    "经批准延期"
                } else if multi && k == 0 && rng.chance(0.3) {
                    "多部门联办"
                } else if rng.chance(0.015) {
                    *rng.pick(&[
                        "企业来电催办",
                        "已电话回访",
                        "涉及历史遗留问题",
                        "企业要求保密",
                    ])
                } else {
                    ""
                };
                if !note.is_empty() {
                    out.set("备注", text(note));
                }
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 转办件 -------------------------------------------------------------

    fn transfers(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(11);
        // A shuffled column order: the reader finds columns by header.
        let order = [
            "转办日期",
            "编号",
            "来源",
            "承办单位",
            "主协办",
            "办理时限",
            "延期至",
            "办结日期",
            "按期沟通",
            "初步处理意见",
            "反馈结果",
            "问题解决",
            "逾期扣分",
            "备注",
        ];
        let mut out = Out::new(ws, spec, &["备注"], Some(&order), &[], f)?;
        let sc = self.scale as usize;
        let dates = self.forward_dates(&mut rng, 290 * sc, 3 * sc, 2 * sc);
        let towns: Vec<&Unit> = self.towns().collect();
        let tw: Vec<u32> = towns.iter().map(|u| u.weight).collect();
        let depts: Vec<&Unit> = self.depts().collect();
        let dw: Vec<u32> = depts.iter().map(|u| u.weight + 2).collect();
        let mut seqs = [[0u64; 4]; 3];
        for fwd in dates {
            let src = rng.weighted(&[55, 15, 18, 12]);
            let yi = (fwd.year() - self.year + 1).clamp(0, 2) as usize;
            seqs[yi][src] += 1;
            let n = seqs[yi][src];
            let yy = fwd.year();
            let id = match src {
                0 => text(format!("ZB{yy}-{n:04}")),
                // 督办 items carry numeric ids in this ledger.
                1 => Cell::Num((yy as u64 * 1_000_000 + n) as f64),
                2 => text(format!("LD{yy}-{n:03}")),
                _ => text(format!("LX{yy}-{n:02}")),
            };
            let joint = src == 3;
            let mut item: Vec<&Unit> = Vec::new();
            let size = if joint {
                if rng.chance(0.75) {
                    rng.range(2, 4) as usize
                } else {
                    1
                }
            } else if rng.chance(0.18) {
                rng.range(2, 3) as usize
            } else {
                1
            };
            while item.len() < size {
                let u = if rng.chance(if joint { 0.15 } else { 0.28 }) {
                    self.pick_unit(&mut rng, &towns, &tw)
                } else {
                    self.pick_unit(&mut rng, &depts, &dw)
                };
                if !item.iter().any(|c| c.name == u.name) {
                    item.push(u);
                }
            }
            let dept_rows = item.iter().filter(|u| !u.is_town()).count();
            let needs_solved = dept_rows >= 2 || joint;
            let limit = *rng.pick(&[10u32, 10, 15, 15, 20]);
            for (k, u) in item.iter().enumerate() {
                let h = self.handling(&mut rng, u, fwd, limit, self.late_rate.unwrap_or(0.05));
                out.set("编号", id.clone());
                out.set("来源", text(schema::SOURCES[src]));
                out.set("承办单位", unit_name(&mut rng, u));
                let role = match (k, item.len()) {
                    (0, 1) if rng.chance(0.7) => Cell::Empty,
                    (0, _) => text(if rng.chance(0.15) { "牵头" } else { "主办" }),
                    _ => text(if rng.chance(0.15) { "配合" } else { "协办" }),
                };
                out.set("主协办", role);
                out.set("转办日期", date(&mut rng, fwd));
                out.set("办理时限", date(&mut rng, h.deadline));
                if let Some(e) = h.extended {
                    out.set("延期至", date(&mut rng, e));
                }
                if let Some(c) = h.completed {
                    out.set("办结日期", date(&mut rng, c));
                }
                if u.is_town() {
                    if let Some(wd) = h.overdue {
                        if rng.chance(0.4) {
                            let p = self.penalty(&mut rng, u, wd);
                            out.set("逾期扣分", p);
                        }
                    }
                } else {
                    // The three duties: all kept, or one, two or three failed.
                    let failed = match rng.unit() / u.sloppy.max(0.5) {
                        x if x < 0.03 => 3,
                        x if x < 0.06 => 2,
                        x if x < 0.13 => 1,
                        _ => 0,
                    };
                    let mut duties = [true; 3];
                    let mut which = [0usize, 1, 2];
                    rng.shuffle(&mut which);
                    for w in which.iter().take(failed) {
                        duties[*w] = false;
                    }
                    for (h, v) in ["按期沟通", "初步处理意见", "反馈结果"].iter().zip(duties)
                    {
                        let c = flag(&mut rng, v);
                        out.set(h, c);
                    }
                    if needs_solved {
                        let v = !rng.chance(0.16 * u.sloppy);
                        let c = flag(&mut rng, v);
                        out.set("问题解决", c);
                    } else if rng.chance(0.08) {
                        // Filled where it is ignored.
                        let c = flag(&mut rng, true);
                        out.set("问题解决", c);
                    }
                }
                if k == 0 && joint && rng.chance(0.4) {
                    out.set("备注", text("联席会议专题事项"));
                } else if h.extended.is_some() && rng.chance(0.5) {
                    out.set("备注", text("延期已报批"));
                }
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 例会 ---------------------------------------------------------------

    fn meetings(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(12);
        let mut out = Out::new(
            ws,
            spec,
            &["备注"],
            None,
            &[("有会议记录", "有会议记录　")],
            f,
        )?;
        let y = self.year;
        for (t, u) in self.towns().enumerate() {
            if t == 4 {
                out.blank_row();
            }
            if rng.chance(0.15) {
                // Last year's December meeting entered here.
                let d = self
                    .days
                    .random(&mut rng, ymd(y - 1, 12, 10), ymd(y - 1, 12, 28));
                self.meeting_row(&mut rng, &mut out, f, u, d, 0.0)?;
            }
            let monthly = rng.chance(0.4);
            for q in 0..4u32 {
                if rng.chance(0.07 * u.sloppy) {
                    continue; // no meeting this quarter
                }
                let months: Vec<u32> = if monthly {
                    (1..=3).map(|m| q * 3 + m).collect()
                } else {
                    let n = rng.weighted(&[60, 35, 5]) + 1;
                    let mut ms: Vec<u32> =
                        (0..n).map(|_| q * 3 + 1 + rng.below(3) as u32).collect();
                    ms.sort_unstable();
                    ms
                };
                for m in months {
                    let d = self.days.random(&mut rng, ymd(y, m, 1), month_end(y, m));
                    self.meeting_row(&mut rng, &mut out, f, u, d, 0.06 * u.sloppy)?;
                }
            }
        }
        Ok(out)
    }

    fn meeting_row(
        &self,
        rng: &mut Rng,
        out: &mut Out,
        f: &Formats,
        u: &Unit,
        d: NaiveDate,
        lack: f64,
    ) -> Result<(), XlsxError> {
        out.set("单位", unit_name(rng, u));
        out.set("日期", date(rng, d));
        let topic = !rng.chance(lack);
        let minutes = !rng.chance(lack);
        out.set("有议题", flag(rng, topic));
        out.set("有会议记录", flag(rng, minutes));
        if !minutes && rng.chance(0.5) {
            out.set("备注", text("会议记录未归档"));
        }
        out.end_row(f)
    }

    // -- 沙龙 ---------------------------------------------------------------

    fn salons(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(13);
        let mut out = Out::new(ws, spec, &["主题名称"], None, &[], f)?;
        let y = self.year;
        for u in self.towns() {
            let n = 4 + rng.weighted(&[1, 2, 5, 5, 3, 1]) as u32;
            let mut dates: Vec<NaiveDate> = (0..n)
                .map(|_| self.days.random(&mut rng, ymd(y, 2, 6), ymd(y, 12, 22)))
                .collect();
            dates.sort_unstable();
            let s = u.sloppy;
            for d in dates {
                out.set("单位", unit_name(&mut rng, u));
                out.set("日期", date(&mut rng, d));
                for (h, p) in [
                    ("有主题", 0.02),
                    ("有计划", 0.05),
                    ("有总结", 0.06),
                    ("有活动资料", 0.10),
                    ("有台账记录", 0.10),
                    ("有对外宣传", 0.14),
                    ("已联系中心派员", 0.20),
                ] {
                    let v = !rng.chance(p * s);
                    let c = flag(&mut rng, v);
                    out.set(h, c);
                }
                if rng.chance(0.85) {
                    out.set("主题名称", text(*rng.pick(&SALON_TOPICS)));
                }
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 沟通机制 -------------------------------------------------------------

    fn communication(
        &self,
        ws: Worksheet,
        spec: &SheetSpec,
        f: &Formats,
    ) -> Result<Out, XlsxError> {
        let mut rng = self.rng(14);
        let mut out = Out::new(ws, spec, &[], None, &[], f)?;
        for u in self.towns() {
            out.set("单位", unit_name(&mut rng, u));
            for (h, p) in [
                ("网络服务平台", 0.06),
                ("微信或QQ群", 0.04),
                ("发布服务内容及联系方式", 0.12),
                ("关注政企通", 0.08),
                ("推广政企通", 0.15),
                ("确定分管领导及联络员", 0.05),
            ] {
                let v = !rng.chance(p * u.sloppy);
                let c = flag(&mut rng, v);
                out.set(h, c);
            }
            out.end_row(f)?;
        }
        Ok(out)
    }

    // -- 工作总结 -------------------------------------------------------------

    fn summaries(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(15);
        let mut out = Out::new(ws, spec, &[], None, &[], f)?;
        let y = self.year;
        for u in self.towns() {
            for q in 1..=4u32 {
                if rng.chance(0.06 * u.sloppy) {
                    continue;
                }
                out.set("单位", unit_name(&mut rng, u));
                out.set(
                    "季度",
                    if rng.chance(0.1) {
                        text(q.to_string())
                    } else {
                        Cell::Num(q as f64)
                    },
                );
                if !rng.chance(0.1) {
                    let (yy, m) = if q == 4 { (y + 1, 1) } else { (y, q * 3 + 1) };
                    let d = self.days.random(&mut rng, ymd(yy, m, 3), ymd(yy, m, 20));
                    out.set("报送日期", date(&mut rng, d));
                }
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 诉求月报 -------------------------------------------------------------

    fn monthly(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(16);
        let mut out = Out::new(ws, spec, &[], None, &[], f)?;
        for u in self.towns() {
            for m in 1..=12u32 {
                if rng.chance(0.04 * u.sloppy) {
                    continue;
                }
                out.set("单位", unit_name(&mut rng, u));
                out.set("月份", Cell::Num(m as f64));
                let zero = rng.chance(0.15);
                out.set("状态", text(if zero { "零申报" } else { "已报送" }));
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 信息报送 -------------------------------------------------------------

    fn info(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(17);
        let mut out = Out::new(ws, spec, &[], None, &[], f)?;
        let y = self.year;
        let sc = self.scale as u64;
        for u in self.units {
            let mut dates: Vec<NaiveDate> = Vec::new();
            if u.is_town() {
                for m in 1..=12 {
                    if rng.chance(0.03 * u.sloppy * u.sloppy) {
                        continue; // a month with nothing sent
                    }
                    let n = (1 + rng.below(3)) * sc;
                    for _ in 0..n {
                        dates.push(self.days.random(&mut rng, ymd(y, m, 1), month_end(y, m)));
                    }
                }
            } else {
                let n = if rng.chance(0.22 * u.sloppy) {
                    rng.range(2, 5) as u64
                } else {
                    rng.range(6, 14) as u64
                } * sc;
                for _ in 0..n {
                    dates.push(self.days.random(&mut rng, ymd(y, 1, 9), ymd(y, 12, 29)));
                }
            }
            if rng.chance(0.1) {
                dates.push(
                    self.days
                        .random(&mut rng, ymd(y + 1, 1, 2), ymd(y + 1, 1, 20)),
                );
            }
            dates.sort_unstable();
            for d in dates {
                out.set("单位", unit_name(&mut rng, u));
                out.set("日期", date(&mut rng, d));
                if rng.chance(0.95) {
                    out.set(
                        "标题",
                        text(format!("{}{}", u.name, rng.pick(&INFO_ACTIONS))),
                    );
                }
                let adopted = rng.chance(0.35);
                out.set("录用", flag(&mut rng, adopted));
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 典型案例 -------------------------------------------------------------

    fn typical(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(18);
        let mut out = Out::new(ws, spec, &[], None, &[], f)?;
        let y = self.year;
        // Two 区镇 (seeded) sent no typical case this year.
        let mut none: Vec<&str> = self.towns().map(|u| u.name).collect();
        rng.shuffle(&mut none);
        none.truncate(2);
        for u in self.towns() {
            let n = if none.contains(&u.name) {
                0
            } else {
                rng.weighted(&[0, 6, 5, 2])
            };
            for _ in 0..n {
                let d = self.days.random(&mut rng, ymd(y, 3, 1), ymd(y, 12, 20));
                out.set("单位", unit_name(&mut rng, u));
                out.set("日期", date(&mut rng, d));
                let title = format!("{}{}", u.name, rng.pick(&CASE_STORIES));
                out.set("标题", text(title));
                if rng.chance(0.25) {
                    let v = *rng.pick(&[0.5, 1.0, 1.5]);
                    out.set("质量扣分", number(&mut rng, v));
                }
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 督查 ---------------------------------------------------------------

    fn inspections(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(19);
        let mut out = Out::new(ws, spec, &[], None, &[("得分", "得分 ")], f)?;
        for u in self.towns() {
            for q in 1..=4u32 {
                if rng.chance(0.04 * u.sloppy) {
                    continue;
                }
                out.set("单位", unit_name(&mut rng, u));
                out.set("季度", Cell::Num(q as f64));
                let score = [2.5, 2.0, 1.5, 1.0][rng.weighted(&[55, 28, 13, 4])];
                out.set("得分", number(&mut rng, score));
                let records = !rng.chance(0.07 * u.sloppy);
                let report = !rng.chance(0.08 * u.sloppy);
                out.set("有台账记录", flag(&mut rng, records));
                out.set("有汇报材料", flag(&mut rng, report));
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 服务举措 -------------------------------------------------------------

    fn measures(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(20);
        let mut out = Out::new(ws, spec, &["备注"], None, &[], f)?;
        let y = self.year;
        let lacking = self.b_without_practice();
        // One 区镇 (seeded) made no new measure this year.
        let idle = self.towns().nth(rng.below(12) as usize).map(|u| u.name);
        for u in self.units {
            let n = if Some(u.name) == idle {
                0
            } else if u.is_town() {
                rng.weighted(&[0, 3, 8, 6, 2])
            } else {
                1 + rng.weighted(&[3, 12, 5])
            };
            let mut names: Vec<&str> = MEASURE_NAMES.to_vec();
            rng.shuffle(&mut names);
            for (k, name) in names.iter().take(n).enumerate() {
                // Mostly made early in the year; a few carried from December.
                let d = if rng.chance(0.04) {
                    self.days
                        .random(&mut rng, ymd(y - 1, 12, 1), ymd(y - 1, 12, 28))
                } else {
                    self.days.random(&mut rng, ymd(y, 1, 3), ymd(y, 5, 31))
                };
                let featured = match lacking.iter().position(|l| *l == u.name) {
                    // The first B组 unit without a 提效实践 relies on a
                    // featured, implemented measure (R19).
                    Some(0) => k == 0,
                    Some(_) => false,
                    None => !u.is_town() && rng.chance(0.15),
                };
                let done = featured || !rng.chance(0.12 * u.sloppy);
                let reported = if done {
                    !rng.chance(0.1 * u.sloppy)
                } else {
                    rng.chance(0.2)
                };
                out.set("单位", unit_name(&mut rng, u));
                out.set("举措名称", text(*name));
                out.set("制定日期", date(&mut rng, d));
                out.set("已实施", flag(&mut rng, done));
                out.set("已报送成果", flag(&mut rng, reported));
                if u.is_town() {
                    let pct = if done {
                        match rng.weighted(&[45, 20, 15, 20]) {
                            0 => Cell::Empty,
                            1 => Cell::Num(*rng.pick(&[100.0, 90.0, 80.0, 85.0])),
                            2 => text(*rng.pick(&["80%", "90%", "100%", "75%"])),
                            _ => Cell::Pct(*rng.pick(&[0.6, 0.7, 0.8, 0.9, 1.0])),
                        }
                    } else if rng.chance(0.5) {
                        text(*rng.pick(&["30%", "50%", "20%"]))
                    } else {
                        Cell::Empty
                    };
                    out.set("完成比例", pct);
                } else {
                    if (!done || !reported) && !featured && rng.chance(0.45) {
                        let v = *rng.pick(&[2.5, 5.0, 7.5, 10.0]);
                        out.set("扣分", number(&mut rng, v));
                    }
                    if featured {
                        out.set("同时为特色服务", flag(&mut rng, true));
                    } else if rng.chance(0.3) {
                        out.set("同时为特色服务", flag(&mut rng, false));
                    }
                }
                if !done && rng.chance(0.5) {
                    out.set("备注", text("因上级政策调整暂缓实施"));
                }
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    /// Three B组 units with no implemented 提效实践 (seeded choice).
    fn b_without_practice(&self) -> Vec<&'static str> {
        let mut rng = self.rng(2);
        let mut b: Vec<&'static str> = self.of(Category::GroupB).map(|u| u.name).collect();
        rng.shuffle(&mut b);
        b.truncate(3);
        b
    }

    // -- 政企互动 -------------------------------------------------------------

    fn outreach(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(21);
        let mut out = Out::new(ws, spec, &[], None, &[], f)?;
        let y = self.year;
        let towns: Vec<&Unit> = self.towns().collect();
        for u in self.of(Category::GroupA) {
            let reached = 8 + rng.weighted(&[1, 1, 2, 2, 6]);
            let mut ts = towns.clone();
            rng.shuffle(&mut ts);
            let mut events: Vec<(NaiveDate, &Unit)> = Vec::new();
            for t in ts.into_iter().take(reached) {
                for _ in 0..rng.weighted(&[0, 6, 3, 1]) {
                    events.push((self.days.random(&mut rng, ymd(y, 2, 6), ymd(y, 12, 22)), t));
                }
            }
            if rng.chance(0.1) {
                let d = self
                    .days
                    .random(&mut rng, ymd(y + 1, 1, 3), ymd(y + 1, 1, 15));
                events.push((d, *rng.pick(&towns)));
            }
            events.sort_by_key(|(d, _)| *d);
            for (d, t) in events {
                out.set("单位", unit_name(&mut rng, u));
                out.set("日期", date(&mut rng, d));
                out.set("区镇", unit_name(&mut rng, t));
                if rng.chance(0.9) {
                    out.set("主题", text(*rng.pick(&OUTREACH_TOPICS)));
                }
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 提效实践 -------------------------------------------------------------

    fn practices(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(22);
        let mut out = Out::new(ws, spec, &[], None, &[], f)?;
        let y = self.year;
        let lacking = self.b_without_practice();
        for u in self.of(Category::GroupB) {
            let none = lacking.iter().position(|l| *l == u.name);
            // The second lacking unit has no row at all; the others have
            // rows, none of them implemented.
            let n = match none {
                Some(1) => 0,
                Some(_) => 1 + rng.below(2) as usize,
                None => 1 + rng.weighted(&[5, 4, 1]),
            };
            let mut names = PRACTICE_NAMES.to_vec();
            rng.shuffle(&mut names);
            for (k, name) in names.into_iter().take(n).enumerate() {
                let d = self.days.random(&mut rng, ymd(y, 1, 9), ymd(y, 11, 30));
                let done = none.is_none() && (k == 0 || rng.chance(0.7));
                out.set("单位", unit_name(&mut rng, u));
                out.set("日期", date(&mut rng, d));
                if rng.chance(0.95) {
                    out.set("名称", text(name));
                }
                out.set("已实施", flag(&mut rng, done));
                out.end_row(f)?;
            }
        }
        Ok(out)
    }

    // -- 满意度调查 ----------------------------------------------------------

    fn survey(&self, ws: Worksheet, spec: &SheetSpec, f: &Formats) -> Result<Out, XlsxError> {
        let mut rng = self.rng(23);
        let mut out = Out::new(ws, spec, &[], None, &[], f)?;
        for u in self.units {
            let n = rng.range(20, 40) as u64 * self.scale as u64;
            for _ in 0..n {
                out.set("单位", unit_name(&mut rng, u));
                if rng.chance(0.97) {
                    out.set("企业名称", text(firm(&mut rng)));
                }
                let raw = u.survey_mean + 7.0 * rng.normal();
                let half = rng.chance(0.1);
                let v = if half {
                    (raw * 2.0).round() / 2.0
                } else {
                    raw.round()
                };
                out.set("得分", number(&mut rng, v.clamp(60.0, 100.0)));
                out.end_row(f)?;
            }
        }
        Ok(out)
    }
}
