//! Cell values → dates, flags, numbers, ids and units, following the
//! general reading rules of docs/ledger.md. Each conversion returns the Chinese
//! explanation of what is wrong; the caller adds the place.

use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt;

/// A cell value as the reader keeps it: calamine's value, detached from
/// the workbook and with dates still unresolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A cell Excel stores as a date (its epoch already applied).
    Date(NaiveDate),
    /// An ISO 8601 date or date-time (OpenDocument).
    IsoDate(String),
    /// An error value such as `#N/A`.
    Error(String),
    /// A formula cell with no cached value (a file written by a program
    /// and never recalculated): its formula's start, when known.
    Formula(Option<String>),
    /// Text longer than an Excel cell can hold ([`MAX_CELL_CHARS`]): its
    /// start and its length in characters.
    TooLong {
        start: String,
        chars: usize,
    },
}

/// The most characters an Excel cell holds.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Characters of a long value shown in a message.
pub const SHOWN_CHARS: usize = 80;

/// A text cell's value: its text, or [`Val::TooLong`] beyond Excel's limit
/// (so that a huge string repeated over many cells is never copied whole).
pub fn text_val(s: &str) -> Val {
    if s.len() <= MAX_CELL_CHARS {
        return Val::Text(s.to_string());
    }
    let chars = s.chars().count();
    if chars <= MAX_CELL_CHARS {
        return Val::Text(s.to_string());
    }
    Val::TooLong {
        start: s.chars().take(SHOWN_CHARS).collect(),
        chars,
    }
}

/// [`text_val`] of a text the reader owns already (an inline string): kept,
/// not copied, when it is within Excel's limit.
pub fn text_val_owned(s: String) -> Val {
    if s.len() <= MAX_CELL_CHARS {
        return Val::Text(s);
    }
    text_val(&s)
}

/// The message for a cell that no column can use, read or not: an error
/// value, a formula without a cached value, text beyond Excel's limit.
pub fn unusable(v: &Val) -> Option<String> {
    match v {
        Val::Error(e) => Some(format!(
            "单元格是错误值{e}（公式出错）：请改正公式或填入数值"
        )),
        Val::Formula(_) => Some(
            "单元格是公式，但没有计算结果（文件由程序生成、从未重新计算）：请在Excel或WPS中打开该文件、保存后再试，或填入数值"
                .to_string(),
        ),
        Val::TooLong { chars, .. } => Some(format!(
            "单元格文字有{chars}字，超过Excel单元格的上限{MAX_CELL_CHARS}字：文件异常，请检查该单元格"
        )),
        _ => None,
    }
}

impl Val {
    /// True for text that is empty after trimming.
    pub fn is_blank(&self) -> bool {
        matches!(self, Val::Text(s) if trim(s).is_empty())
    }
}

impl fmt::Display for Val {
    /// The value as the user typed it, for messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Val::Text(s) => f.write_str(s),
            Val::Int(i) => write!(f, "{i}"),
            Val::Float(x) => write!(f, "{}", float_text(*x)),
            Val::Bool(b) => f.write_str(if *b { "TRUE" } else { "FALSE" }),
            Val::Date(d) => write!(f, "{d}"),
            Val::IsoDate(s) => f.write_str(s),
            Val::Error(e) => f.write_str(e),
            Val::Formula(Some(formula)) if formula.starts_with('=') => f.write_str(formula),
            Val::Formula(Some(formula)) => write!(f, "={formula}"),
            Val::Formula(None) => f.write_str("（公式）"),
            Val::TooLong { start, chars } => write!(f, "{start}……（共{chars}字）"),
        }
    }
}

/// Trims ASCII and Unicode white space, including the full-width space
/// U+3000 and line breaks.
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}')
}

/// A header as written in row 1, trimmed; inner line breaks and spaces
/// (also full-width) are dropped too, so `办理\n时限` finds 办理时限.
pub fn normalize_header(s: &str) -> String {
    s.chars()
        .filter(|c| !(c.is_whitespace() || *c == '\u{3000}' || *c == '\u{feff}'))
        .collect()
}

/// The ASCII forms of what Chinese input methods type in numbers, dates,
/// months and quarters (docs/ledger.md): digits `０-９`, `．`, `－`, `／`, `％`
/// (also the full-width letters, `Ｑ２`).
pub fn ascii_forms(s: &str) -> std::borrow::Cow<'_, str> {
    let wide = |c: char| ('\u{FF01}'..='\u{FF5E}').contains(&c);
    if !s.chars().any(wide) {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| {
            if wide(c) {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect::<String>()
        .into()
}

/// `1024.0` → `1024`; other floats in their shortest form.
fn float_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Text of a cell (ids, names, titles): trimmed; a number as its integer
/// text when it is whole (`1024`, not `1024.0`). `None` when empty.
pub fn text(v: &Val) -> Option<String> {
    let s = match v {
        Val::Text(s) => trim(s).to_string(),
        Val::Int(i) => i.to_string(),
        Val::Float(x) => float_text(*x),
        Val::Bool(b) => (if *b { "TRUE" } else { "FALSE" }).to_string(),
        other => other.to_string(),
    };
    (!s.is_empty()).then_some(s)
}

/// Excel serial → date. The 1900 epoch counts the phantom 1900-02-29, so
/// serials from 61 on are days since 1899-12-30.
pub fn serial_to_date(serial: f64, is_1904: bool) -> Option<NaiveDate> {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let base = if is_1904 {
        NaiveDate::from_ymd_opt(1904, 1, 1)?
    } else if days >= 61 {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 31)?
    };
    base.checked_add_signed(Duration::days(days))
}

const DATE_FORMS: &str = "2017-03-05、2017/3/5、2017.3.5、2017年3月5日或Excel日期";

/// A date: an Excel date, a serial number whose date lies in 1990..2100,
/// or text in one of the four forms of docs/ledger.md. Every date, whatever its
/// form, must lie in 1990..2100: a year outside is a typo (`2107`), and
/// overdue days are counted on the official calendar of those years.
pub fn date(v: &Val, is_1904: bool) -> Result<NaiveDate, String> {
    let d = any_date(v, is_1904)?;
    if (1990..=2100).contains(&d.year()) {
        Ok(d)
    } else {
        Err("日期不在1990–2100年之间（年份是否录错？）".to_string())
    }
}

fn any_date(v: &Val, is_1904: bool) -> Result<NaiveDate, String> {
    match v {
        Val::Date(d) => Ok(*d),
        Val::Int(_) | Val::Float(_) => {
            let serial = match v {
                Val::Int(i) => *i as f64,
                Val::Float(x) => *x,
                _ => unreachable!("matched above"),
            };
            match serial_to_date(serial, is_1904) {
                Some(d) if (1990..=2100).contains(&d.year()) => Ok(d),
                _ => Err(format!(
                    "数字不是1990–2100年间的Excel日期（应为{DATE_FORMS}）"
                )),
            }
        }
        Val::Text(s) => {
            let t = ascii_forms(trim(s));
            parse_text_date(&t).ok_or_else(|| {
                if is_month_day(&t) {
                    format!("日期缺少年份：请写出年份，如2017年{t}或2017-03-05")
                } else {
                    format!("无法识别的日期（应为{DATE_FORMS}）")
                }
            })
        }
        Val::IsoDate(s) => s
            .get(..10)
            .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
            .ok_or_else(|| format!("无法识别的日期（应为{DATE_FORMS}）")),
        Val::Bool(_) | Val::Error(_) | Val::Formula(_) | Val::TooLong { .. } => {
            Err(unusable(v).unwrap_or_else(|| format!("不是日期（应为{DATE_FORMS}）")))
        }
    }
}

/// `3月5日`, `3-5`, `3/5`, `3.5`: a month and day without the year.
fn is_month_day(s: &str) -> bool {
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = s.strip_suffix('日').or_else(|| s.strip_suffix('号')) {
        return rest
            .split_once('月')
            .is_some_and(|(m, d)| short(m) && short(d));
    }
    ['-', '/', '.']
        .into_iter()
        .any(|sep| s.split_once(sep).is_some_and(|(m, d)| short(m) && short(d)))
}

/// `2017-03-05`, `2017/3/5`, `2017.3.5`, `2017年3月5日` (one- or two-digit
/// month and day; four-digit year).
pub fn parse_text_date(s: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = if let Some(rest) = s.strip_suffix('日') {
        let (y, rest) = rest.split_once('年')?;
        let (m, d) = rest.split_once('月')?;
        vec![y, m, d]
    } else {
        let sep = ['-', '/', '.'].into_iter().find(|c| s.contains(*c))?;
        let parts: Vec<&str> = s.split(sep).collect();
        if parts.len() != 3 {
            return None;
        }
        parts
    };
    let digits = |p: &str, min: usize, max: usize| {
        (p.len() >= min && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let y = digits(parts[0], 4, 4)?;
    let m = digits(parts[1], 1, 2)?;
    let d = digits(parts[2], 1, 2)?;
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

const FLAG_FORMS: &str = "是/否、Y/N、TRUE/FALSE、有/无、√/×、1/0";

/// A flag: 是/否, Y/N, TRUE/FALSE (any case, text or Excel boolean),
/// 有/无, 没有 (否), √/×, ✓/✔ (是), ✗/✘ (否), 1/0 (number or text; also
/// full-width).
pub fn flag(v: &Val) -> Result<bool, String> {
    let bad = || format!("不是是/否值（可填{FLAG_FORMS}）");
    match v {
        Val::Bool(b) => Ok(*b),
        Val::Int(1) => Ok(true),
        Val::Int(0) => Ok(false),
        Val::Float(x) if *x == 1.0 => Ok(true),
        Val::Float(x) if *x == 0.0 => Ok(false),
        Val::Text(s) => match ascii_forms(trim(s)).to_ascii_uppercase().as_str() {
            "是" | "Y" | "TRUE" | "有" | "√" | "✓" | "✔" | "1" => Ok(true),
            "否" | "N" | "FALSE" | "无" | "没有" | "×" | "✗" | "✘" | "0" => Ok(false),
            _ => Err(bad()),
        },
        _ => Err(bad()),
    }
}

/// Converts a float from a numeric cell to an exact decimal without binary
/// noise (`0.1 + 0.2` stored by Excel reads as 0.3).
fn float_decimal(x: f64) -> Option<Decimal> {
    let d = Decimal::try_from(x).ok()?;
    Some(d.round_dp(9).normalize())
}

/// Plain decimal notation: digits, one optional point, an optional minus;
/// no exponent, no thousands separators.
pub fn parse_plain_decimal(s: &str) -> Option<Decimal> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let ok = (!int.is_empty() || !frac.is_empty())
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && body.len() <= 28;
    if !ok {
        return None;
    }
    s.parse::<Decimal>().ok().map(|d| d.normalize())
}

/// A number: a numeric cell or numeric text in plain decimal notation.
pub fn number(v: &Val) -> Result<Decimal, String> {
    let bad = || "不是数字（应为数值或如12.5的数字文本，不含千位分隔符或指数）".to_string();
    match v {
        Val::Int(i) => Ok(Decimal::from(*i)),
        Val::Float(x) => float_decimal(*x).ok_or_else(bad),
        Val::Text(s) => parse_plain_decimal(&ascii_forms(trim(s))).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// A number within `min..=max`.
pub fn number_in(v: &Val, min: Decimal, max: Decimal) -> Result<Decimal, String> {
    let n = number(v)?;
    if n < min || n > max {
        return Err(format!("超出范围（应在{min}–{max}之间）"));
    }
    Ok(n)
}

/// 完成比例 in percent (0..100): `80`, `80%` or `0.8` for eighty percent.
/// Text with `%` is a percentage as written; otherwise a value of at most 1
/// is a fraction and a value above 1 a percentage; above 100 is an error.
pub fn percent(v: &Val) -> Result<Decimal, String> {
    let bad = || "不是百分比（可填80、80%或0.8）".to_string();
    let range = || "超出范围（完成比例应在0–100%之间）".to_string();
    let text = match v {
        Val::Text(s) => Some(ascii_forms(trim(s)).into_owned()),
        _ => None,
    };
    let value = match (&text, v) {
        (Some(t), _) if t.ends_with('%') => {
            let body = trim(&t[..t.len() - 1]);
            let p = parse_plain_decimal(body).ok_or_else(bad)?;
            if p < Decimal::ZERO || p > Decimal::ONE_HUNDRED {
                return Err(range());
            }
            return Ok(p);
        }
        (_, v) => number(v).map_err(|_| bad())?,
    };
    if value < Decimal::ZERO {
        return Err(range());
    }
    let p = if value <= Decimal::ONE {
        value * Decimal::ONE_HUNDRED
    } else {
        value
    };
    if p > Decimal::ONE_HUNDRED {
        return Err(range());
    }
    Ok(p.normalize())
}

/// A whole number within `min..=max` (季度 1..4, 月份 1..12).
pub fn int_in(v: &Val, min: u32, max: u32) -> Result<u32, String> {
    let bad = || format!("应为{min}–{max}的整数");
    let n = number(v).map_err(|_| bad())?;
    if n.fract() != Decimal::ZERO {
        return Err(bad());
    }
    match n.to_u32() {
        Some(i) if (min..=max).contains(&i) => Ok(i),
        _ => Err(bad()),
    }
}

/// 一 … 十二 as a number.
fn chinese_number(s: &str) -> Option<u32> {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: &str| DIGITS.iter().position(|x| *x == d).map(|i| i as u32);
    match s.chars().count() {
        1 if s == "十" => Some(10),
        1 => digit(s),
        2 => {
            let (a, b) = s.split_at(s.char_indices().nth(1)?.0);
            match (a, b) {
                ("十", b) => digit(b).map(|d| 10 + d),
                (a, "十") => digit(a).map(|d| d * 10),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The number in a period written with words around it: `第2季度`,
/// `二季度`, `Q2`, `3月`, `03`, full-width too; a number cell as such.
fn period(
    v: &Val,
    prefixes: &[&str],
    suffixes: &[&str],
    min: u32,
    max: u32,
) -> Result<u32, String> {
    if let Val::Text(s) = v {
        let t = ascii_forms(trim(s)).to_string();
        let mut core = t.as_str();
        for p in prefixes {
            if let Some(rest) = core.strip_prefix(p) {
                core = rest;
                break;
            }
        }
        for x in suffixes {
            if let Some(rest) = core.strip_suffix(x) {
                core = rest;
                break;
            }
        }
        let core = trim(core);
        if let Some(n) = chinese_number(core) {
            return if (min..=max).contains(&n) {
                Ok(n)
            } else {
                Err(format!("应为{min}–{max}的整数"))
            };
        }
        return int_in(&Val::Text(core.to_string()), min, max);
    }
    int_in(v, min, max)
}

/// 季度 1..4, also `第2季度`, `2季度`, `二季度`, `第二季度`, `Q2`.
pub fn quarter(v: &Val) -> Result<u32, String> {
    period(v, &["第", "Q", "q"], &["季度", "季"], 1, 4)
        .map_err(|_| "应为1–4的季度（可写2、第2季度、二季度或Q2）".to_string())
}

/// 月份 1..12, also `3月`, `03`, `三月`.
pub fn month(v: &Val) -> Result<u32, String> {
    period(v, &[], &["月份", "月"], 1, 12)
        .map_err(|_| "应为1–12的月份（可写3、03或3月）".to_string())
}

/// One of a fixed list of words, after trimming.
pub fn choice<'a>(v: &Val, options: &[&'a str]) -> Result<&'a str, String> {
    let t = text(v).unwrap_or_default();
    options
        .iter()
        .find(|o| **o == t)
        .copied()
        .ok_or_else(|| format!("应为{}之一", options.join("、")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn t(s: &str) -> Val {
        Val::Text(s.to_string())
    }

    #[test]
    fn dates_in_every_form() {
        assert_eq!(date(&t("2017-03-05"), false), Ok(d(2017, 3, 5)));
        assert_eq!(date(&t("2017/3/5"), false), Ok(d(2017, 3, 5)));
        assert_eq!(date(&t(" 2017.3.5 "), false), Ok(d(2017, 3, 5)));
        assert_eq!(date(&t("2017年3月5日"), false), Ok(d(2017, 3, 5)));
        // 2017-03-05 is serial 42799 in the 1900 epoch, 41337 in 1904.
        assert_eq!(date(&Val::Float(42799.0), false), Ok(d(2017, 3, 5)));
        assert_eq!(date(&Val::Float(41337.0), true), Ok(d(2017, 3, 5)));
        assert_eq!(date(&Val::Date(d(2017, 3, 5)), false), Ok(d(2017, 3, 5)));
        assert!(
            date(&Val::Int(2024), false).is_err(),
            "2024 is 1905, not a date"
        );
        assert!(date(&t("42799"), false).is_err(), "a serial typed as text");
        assert!(date(&t("2017-02-30"), false).is_err());
        assert!(date(&t("3/5/2017"), false).is_err());
        assert!(date(&t("2017-03-05 10:00"), false).is_err());
        assert!(date(&Val::Bool(true), false).is_err());
        assert!(date(&t("2107-03-05"), false).is_err(), "a typo for 2017");
        assert!(date(&Val::Date(d(1900, 1, 1)), false).is_err());
    }

    #[test]
    fn flags_in_every_spelling() {
        for yes in ["是", "Y", "y", "TRUE", "True", "有", "√", "1", " 是 "] {
            assert_eq!(flag(&t(yes)), Ok(true), "{yes}");
        }
        for no in ["否", "N", "n", "FALSE", "false", "无", "×", "0"] {
            assert_eq!(flag(&t(no)), Ok(false), "{no}");
        }
        assert_eq!(flag(&Val::Bool(true)), Ok(true));
        assert_eq!(flag(&Val::Float(0.0)), Ok(false));
        assert_eq!(flag(&Val::Int(1)), Ok(true));
        assert!(flag(&t("yes")).is_err());
        assert!(flag(&Val::Int(2)).is_err());
    }

    #[test]
    fn numbers_and_percentages() {
        assert_eq!(number(&t("12.5")), Ok("12.5".parse().unwrap()));
        assert_eq!(number(&Val::Float(0.1 + 0.2)), Ok("0.3".parse().unwrap()));
        assert!(number(&t("1,000")).is_err());
        assert!(number(&t("1e3")).is_err());
        assert!(number(&t("")).is_err());
        let p = |v: Val| percent(&v).map(|x| x.to_string());
        assert_eq!(p(t("80")), Ok("80".into()));
        assert_eq!(p(t("80%")), Ok("80".into()));
        assert_eq!(p(Val::Float(0.8)), Ok("80".into()));
        assert_eq!(p(t("0.5%")), Ok("0.5".into()));
        assert_eq!(p(t("1")), Ok("100".into()));
        assert!(percent(&t("120")).is_err());
        assert!(percent(&t("-5")).is_err());
        assert_eq!(int_in(&Val::Float(3.0), 1, 4), Ok(3));
        assert!(int_in(&Val::Float(3.5), 1, 4).is_err());
        assert!(int_in(&t("5"), 1, 4).is_err());
    }

    #[test]
    fn full_width_forms_read_as_ascii() {
        assert_eq!(number(&t("８０")), Ok("80".parse().unwrap()));
        assert_eq!(number(&t("２．５")), Ok("2.5".parse().unwrap()));
        assert_eq!(number(&t("－１")), Ok("-1".parse().unwrap()));
        assert_eq!(date(&t("２０１７－３－５"), false), Ok(d(2017, 3, 5)));
        assert_eq!(date(&t("２０１７／３／５"), false), Ok(d(2017, 3, 5)));
        assert_eq!(date(&t("２０１７．３．５"), false), Ok(d(2017, 3, 5)));
        assert_eq!(date(&t("２０１７年３月５日"), false), Ok(d(2017, 3, 5)));
        let p = |v: &str| percent(&t(v)).map(|x| x.to_string());
        assert_eq!(p("８０％"), Ok("80".into()));
        assert_eq!(p("８０%"), Ok("80".into()));
        assert_eq!(p("0.5％"), Ok("0.5".into()));
        assert_eq!(flag(&t("１")), Ok(true));
    }

    #[test]
    fn a_date_without_its_year_asks_for_it() {
        for s in ["3月5日", "３月５日", "3-5", "3/5", "3.5"] {
            let e = date(&t(s), false).unwrap_err();
            assert!(e.contains("缺少年份"), "{s}: {e}");
        }
        let e = date(&t("明天"), false).unwrap_err();
        assert!(!e.contains("缺少年份"), "{e}");
    }

    #[test]
    fn quarters_and_months_in_every_spelling() {
        for q in [
            "2",
            "第2季度",
            "2季度",
            "二季度",
            "第二季度",
            "Q2",
            "q2",
            "Ｑ２",
            "第２季度",
            " 2 ",
        ] {
            assert_eq!(quarter(&t(q)), Ok(2), "{q}");
        }
        assert_eq!(quarter(&Val::Float(4.0)), Ok(4));
        assert_eq!(quarter(&t("第四季度")), Ok(4));
        for bad in ["5", "第五季度", "Q0", "季度", "2.5"] {
            assert!(quarter(&t(bad)).is_err(), "{bad}");
        }
        for m in ["3", "03", "3月", "03月", "３月", "三月"] {
            assert_eq!(month(&t(m)), Ok(3), "{m}");
        }
        assert_eq!(month(&t("十二月")), Ok(12));
        assert_eq!(month(&t("12月")), Ok(12));
        assert!(month(&t("13月")).is_err());
        assert!(month(&t("0")).is_err());
    }

    #[test]
    fn flags_from_symbols_and_words() {
        for yes in ["✓", "✔"] {
            assert_eq!(flag(&t(yes)), Ok(true), "{yes}");
        }
        for no in ["✗", "✘", "没有"] {
            assert_eq!(flag(&t(no)), Ok(false), "{no}");
        }
    }

    #[test]
    fn ids_and_headers() {
        assert_eq!(text(&Val::Float(1024.0)), Some("1024".to_string()));
        assert_eq!(text(&Val::Int(7)), Some("7".to_string()));
        assert_eq!(text(&t("  ")), None);
        assert_eq!(normalize_header("\u{3000}办理\n时限 "), "办理时限");
    }
}
