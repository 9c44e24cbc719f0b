//! A sheet's header row and its data rows: the header found (below a
//! title row too), checked against the sheet's spec (typos, duplicates,
//! ignored columns), and each data row handed to its reader as a
//! [`RowReader`] that converts and checks cells with their place.

use super::cells::{self, Val};
use super::open::{Book, Incoming};
use super::{limits, shown_value, Problem};
use crate::schema::{Need, SheetSpec};

thread_local! {
    /// Bytes of text kept in records by this thread's current read.
    static KEPT_TEXT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Starts the count of kept text for a new read.
pub(super) fn reset_kept_text() {
    KEPT_TEXT.with(|k| k.set(0));
}

/// Excel column letters of a 0-based column index: 0 → A, 26 → AA.
pub fn column_letters(mut col: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// `热线工单`, or `热线.xlsx:热线工单` when the run reads several files:
/// the start of every place in a sheet.
pub(crate) fn sheet_place(file: Option<&str>, sheet: &str) -> String {
    match file {
        Some(file) => format!("{file}:{sheet}"),
        None => sheet.to_string(),
    }
}

/// The columns of one sheet (one file's copy of it) as found in its
/// header row.
#[derive(Debug, Clone)]
pub(crate) struct Columns {
    /// The file holding this copy, when the run reads several.
    pub file: Option<&'static str>,
    pub sheet: &'static str,
    /// For each column of the spec, its 0-based sheet column, if present.
    pub at: Vec<Option<u32>>,
    pub spec: &'static SheetSpec,
    /// Header cells that are no column of the sheet: (column, header).
    pub ignored: Vec<(u32, String)>,
    next: std::cell::Cell<usize>,
}

impl Columns {
    /// True when the header row has the column.
    pub fn has(&self, header: &str) -> bool {
        self.spec
            .columns
            .iter()
            .position(|c| c.header == header)
            .is_some_and(|i| self.at[i].is_some())
    }

    /// The spec index of a header. Readers ask for a row's columns in
    /// nearly the same order every row, so the column after the last one
    /// asked is tried first (a profile showed the plain search).
    fn index(&self, header: &str) -> usize {
        let columns = self.spec.columns;
        let guess = self.next.get() % columns.len().max(1);
        // The same constant is usually passed: its address is compared
        // before its text.
        let is = |c: &crate::schema::Column| std::ptr::eq(c.header, header) || c.header == header;
        let i = if columns.get(guess).is_some_and(is) {
            guess
        } else {
            columns
                .iter()
                .position(is)
                .unwrap_or_else(|| panic!("{} has no column {header}", self.spec.name))
        };
        self.next.set(i + 1);
        i
    }

    /// `热线工单!D17` for a column and 1-based row; `热线工单!17` when the
    /// (optional) column is absent.
    pub fn place(&self, header: &str, row: u32) -> String {
        let sheet = sheet_place(self.file, self.sheet);
        match self.at[self.index(header)] {
            Some(c) => format!("{sheet}!{}{}", column_letters(c), row),
            None => format!("{sheet}!{row}"),
        }
    }
}

/// One data row being read: its cells by spec column, and the problems it
/// adds to. `ok` turns false at the first problem, so the caller builds a
/// record only from a fully valid row.
pub(crate) struct RowReader<'a> {
    pub row: u32,
    cols: &'a Columns,
    cells: &'a [Option<Val>],
    problems: &'a mut Vec<Problem>,
    pub ok: bool,
    is_1904: bool,
}

impl<'a> RowReader<'a> {
    /// The non-blank value of a column, if any.
    pub fn raw(&self, header: &str) -> Option<&'a Val> {
        self.cells[self.cols.index(header)]
            .as_ref()
            .filter(|v| !v.is_blank())
    }

    pub fn place(&self, header: &str) -> String {
        self.cols.place(header, self.row)
    }

    /// The row's place as a record keeps it.
    pub fn at(&self, sheet: &'static str) -> crate::model::Place {
        crate::model::Place::new(self.cols.file, sheet, self.row)
    }

    /// Records a problem with the column's cell.
    pub fn fail(&mut self, header: &str, message: impl Into<String>) {
        let value = self.raw(header).map(shown_value);
        self.problems.push(Problem {
            place: self.place(header),
            column: Some(header.to_string()),
            value,
            message: message.into(),
        });
        self.ok = false;
    }

    /// Converts a column's value; `None` when empty or wrong (a problem is
    /// recorded when wrong, or when empty and `required`).
    pub fn get<T>(
        &mut self,
        header: &str,
        required: bool,
        convert: impl FnOnce(&Val) -> Result<T, String>,
    ) -> Option<T> {
        let Some(v) = self.raw(header) else {
            let i = self.cols.index(header);
            if required
                && self.cols.at[i].is_none()
                && self.cols.spec.columns[i].need == Need::Required
            {
                // The header lacks a required column: that is one error at
                // the header, not one at every row.
                self.ok = false;
            } else if required {
                self.fail(header, "必填，不能为空");
            }
            return None;
        };
        if let Some(message) = cells::unusable(v) {
            self.fail(header, message);
            return None;
        }
        match convert(v) {
            Ok(t) => Some(t),
            Err(message) => {
                self.fail(header, message);
                None
            }
        }
    }

    /// Text kept in a record (ids, names, titles), counted against
    /// [`limits::MAX_KEPT_TEXT`].
    pub fn text(&mut self, header: &str, required: bool) -> Option<String> {
        self.get(header, required, |v| {
            let t = cells::text(v).unwrap_or_default();
            let kept = KEPT_TEXT.with(|k| {
                let n = k.get().saturating_add(t.len());
                k.set(n);
                n
            });
            if kept > limits::MAX_KEPT_TEXT {
                return Err(format!(
                    "台账中的文字总量超过上限{}MB（同一段长文字被大量重复？）：文件异常，拒绝读取",
                    limits::MAX_KEPT_TEXT >> 20
                ));
            }
            Ok(t)
        })
    }

    pub fn date(&mut self, header: &str, required: bool) -> Option<chrono::NaiveDate> {
        let is_1904 = self.is_1904;
        self.get(header, required, |v| cells::date(v, is_1904))
    }

    pub fn flag(&mut self, header: &str, required: bool) -> Option<bool> {
        self.get(header, required, cells::flag)
    }
}

/// Reads one sheet: finds its columns by the header in row 1 and calls
/// `on_row` for every non-empty data row. Returns `None` (with problems
/// recorded) when the header is unusable.
pub(crate) fn read_sheet(
    book: &mut Book,
    file: Option<&'static str>,
    actual_name: &str,
    spec: &'static SheetSpec,
    problems: &mut Vec<Problem>,
    mut on_row: impl FnMut(&mut RowReader),
) -> Option<Columns> {
    let is_1904 = book.is_1904();
    let mut state = SheetState::new(spec, file);
    let mut cells: Vec<Option<Val>> = vec![None; spec.columns.len()];
    let result = book.for_each_cell(actual_name, |r, c, v| match v {
        Incoming::Value(v) => state.push(r, c, v, problems, &mut cells, is_1904, &mut on_row),
        Incoming::Again => problems.push(Problem {
            place: format!("{}!{}{}", sheet_place(file, spec.name), column_letters(c), r + 1),
            column: None,
            value: None,
            message: "工作表的XML中该单元格出现了两次（或该行重复、行的顺序错乱）：读哪一个值无法确定，文件已损坏或被改动。请在Excel或WPS中打开后另存一份再试".into(),
        }),
    });
    if let Err(message) = result {
        problems.push(Problem {
            place: sheet_place(file, spec.name),
            column: None,
            value: None,
            message,
        });
        return None;
    }
    state.finish(problems, &mut cells, is_1904, &mut on_row)
}

/// How many leading rows are kept to look for a header below a title row.
const HEADER_SEARCH_ROWS: u32 = 6;

enum Phase {
    /// Collecting the first rows to find the header.
    Header(Vec<(u32, Vec<(u32, Val)>)>),
    Data(Columns),
    /// The header is unusable; the sheet's rows are not read.
    Skip,
}

struct SheetState {
    spec: &'static SheetSpec,
    file: Option<&'static str>,
    phase: Phase,
    current: Option<u32>,
    /// `(sheet column, spec column)` of the header's known columns, in the
    /// data phase: a
    /// short list, not a vector indexed by the sheet column (a header cell
    /// claiming column 1,650,000,000 made that 26 GB; found by fuzzing).
    map: Vec<(u32, usize)>,
    any: bool,
    rows: usize,
}

impl SheetState {
    fn new(spec: &'static SheetSpec, file: Option<&'static str>) -> SheetState {
        SheetState {
            spec,
            file,
            phase: Phase::Header(Vec::new()),
            current: None,
            map: Vec::new(),
            any: false,
            rows: 0,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        r: u32,
        c: u32,
        v: Val,
        problems: &mut Vec<Problem>,
        cells: &mut [Option<Val>],
        is_1904: bool,
        on_row: &mut impl FnMut(&mut RowReader),
    ) {
        if self.current != Some(r) {
            self.end_row(problems, cells, is_1904, on_row);
            self.current = Some(r);
        }
        match &mut self.phase {
            Phase::Header(rows) => {
                if r >= HEADER_SEARCH_ROWS {
                    self.resolve_header(problems, cells, is_1904, on_row, true);
                    return self.data_cell(c, v, cells);
                }
                match rows.last_mut() {
                    Some((last, row)) if *last == r => row.push((c, v)),
                    _ => rows.push((r, vec![(c, v)])),
                }
            }
            Phase::Data(_) => self.data_cell(c, v, cells),
            Phase::Skip => {}
        }
    }

    fn data_cell(&mut self, c: u32, v: Val, cells: &mut [Option<Val>]) {
        if !matches!(self.phase, Phase::Data(_)) {
            return;
        }
        if !v.is_blank() {
            self.any = true;
        }
        if let Some((_, i)) = self.map.iter().find(|(col, _)| *col == c) {
            cells[*i] = Some(v);
        }
    }

    /// The current row is complete: in the data phase, hand it on.
    fn end_row(
        &mut self,
        problems: &mut Vec<Problem>,
        cells: &mut [Option<Val>],
        is_1904: bool,
        on_row: &mut impl FnMut(&mut RowReader),
    ) {
        if let (Phase::Data(cols), Some(r)) = (&self.phase, self.current) {
            if self.any && (self.rows >= limits::MAX_ROWS || problems.len() >= limits::MAX_PROBLEMS)
            {
                let message = if self.rows >= limits::MAX_ROWS {
                    format!("数据超过{}行，超出上限：其余行未读取", limits::MAX_ROWS)
                } else {
                    format!(
                        "错误已超过{}处：其余行未检查，请先改正以上错误",
                        limits::MAX_PROBLEMS
                    )
                };
                problems.push(Problem {
                    place: format!("{}!{}", sheet_place(cols.file, cols.sheet), r + 1),
                    column: None,
                    value: None,
                    message,
                });
                self.phase = Phase::Skip;
                return;
            }
            if self.any {
                self.rows += 1;
                let before = problems.len();
                let mut reader = RowReader {
                    row: r + 1,
                    cols,
                    cells,
                    problems,
                    ok: true,
                    is_1904,
                };
                on_row(&mut reader);
                // A cell no column can use (a formula without a cached
                // value, an error value, overlong text) is an error in
                // every column of the sheet, also one this row does not
                // read (a department-only column on a 区镇 row, say).
                for (i, cell) in cells.iter().enumerate() {
                    let Some(v) = cell else { continue };
                    let Some(message) = cells::unusable(v) else {
                        continue;
                    };
                    let header = cols.spec.columns[i].header;
                    let place = cols.place(header, r + 1);
                    if !problems[before..].iter().any(|p| p.place == place) {
                        problems.push(Problem {
                            place,
                            column: Some(header.to_string()),
                            value: Some(shown_value(v)),
                            message,
                        });
                    }
                }
            }
            cells.iter_mut().for_each(|c| *c = None);
            self.any = false;
        } else if matches!(self.phase, Phase::Header(_)) && self.current == Some(0) {
            // Row 1 is complete: if it is a good header, start reading data.
            self.resolve_header(problems, cells, is_1904, on_row, false);
        }
    }

    /// Decides on the header once row 1 is complete (`force` = the search
    /// window is over). Rows collected after row 1 are then replayed.
    fn resolve_header(
        &mut self,
        problems: &mut Vec<Problem>,
        cells: &mut [Option<Val>],
        is_1904: bool,
        on_row: &mut impl FnMut(&mut RowReader),
        force: bool,
    ) {
        let Phase::Header(rows) = &mut self.phase else {
            return;
        };
        let rows = std::mem::take(rows);
        let first = rows.iter().find(|(r, _)| *r == 0);
        let found = first
            .map(|(_, cells)| header_map(cells))
            .unwrap_or_default();
        let missing: Vec<&str> = self
            .spec
            .columns
            .iter()
            .filter(|c| c.need == Need::Required)
            .filter(|c| !found.iter().any(|(_, h)| h == c.header))
            .map(|c| c.header)
            .collect();
        if !missing.is_empty() && !force && rows.iter().all(|(r, _)| *r == 0) {
            // Row 1 is not a good header; keep collecting to see whether a
            // header stands lower (a title row above it).
            self.phase = Phase::Header(rows);
            return;
        }
        if !missing.is_empty() {
            let lower = rows.iter().find(|(r, cells)| {
                *r > 0 && {
                    let m = header_map(cells);
                    self.spec
                        .columns
                        .iter()
                        .filter(|c| c.need == Need::Required)
                        .all(|c| m.iter().any(|(_, h)| h == c.header))
                }
            });
            if let Some((r, _)) = lower {
                problems.push(Problem {
                    place: format!("{}!1", sheet_place(self.file, self.spec.name)),
                    column: None,
                    value: None,
                    message: format!(
                        "表头必须在第1行，但表头在第{}行：请删除上方的标题行（或合并的标题单元格）",
                        r + 1
                    ),
                });
                self.phase = Phase::Skip;
                return;
            }
        }
        let (at, ignored) = check_header(self.file, self.spec, &found, problems);
        for (i, c) in at.iter().enumerate() {
            if let Some(c) = c {
                self.map.push((*c, i));
            }
        }
        self.phase = Phase::Data(Columns {
            file: self.file,
            sheet: self.spec.name,
            at,
            spec: self.spec,
            ignored,
            next: std::cell::Cell::new(0),
        });
        // Replay rows collected below the header.
        let keep_current = self.current;
        for (r, row) in rows.into_iter().filter(|(r, _)| *r > 0) {
            self.current = Some(r);
            for (c, v) in row {
                self.data_cell(c, v, cells);
            }
            self.end_row(problems, cells, is_1904, on_row);
        }
        self.current = keep_current;
    }

    fn finish(
        mut self,
        problems: &mut Vec<Problem>,
        cells: &mut [Option<Val>],
        is_1904: bool,
        on_row: &mut impl FnMut(&mut RowReader),
    ) -> Option<Columns> {
        if matches!(self.phase, Phase::Header(_)) {
            self.resolve_header(problems, cells, is_1904, on_row, true);
        } else {
            self.end_row(problems, cells, is_1904, on_row);
        }
        match self.phase {
            Phase::Data(cols) => Some(cols),
            _ => None,
        }
    }
}

/// Checks a header row (docs/ledger.md, General reading rules) and finds the
/// sheet's columns in it: two cells of one name are an error at the later;
/// a cell one or two characters away from a column that is missing
/// (`办结日其`) is an error at that cell with the suggestion; a missing
/// required column is an error at the closest header cell, if any, else at
/// row 1. Returns each spec column's sheet column and the cells ignored.
fn check_header(
    file: Option<&str>,
    spec: &SheetSpec,
    found: &[(u32, String)],
    problems: &mut Vec<Problem>,
) -> (Vec<Option<u32>>, Vec<(u32, String)>) {
    let sheet = sheet_place(file, spec.name);
    let place = |c: u32| format!("{sheet}!{}1", column_letters(c));
    let mut at: Vec<Option<u32>> = vec![None; spec.columns.len()];
    let mut unmatched: Vec<(u32, String)> = Vec::new();
    let mut seen: Vec<(&str, u32)> = Vec::new();
    for (c, h) in found {
        if let Some((_, first)) = seen.iter().find(|(s, _)| s == h) {
            problems.push(Problem {
                place: place(*c),
                column: Some(h.clone()),
                value: None,
                message: format!(
                    "表头中「{h}」出现了两次（第一次在{}）：请删除或改名其中一列",
                    place(*first)
                ),
            });
            continue;
        }
        seen.push((h, *c));
        match spec.columns.iter().position(|col| col.header == h) {
            Some(i) => at[i] = Some(*c),
            None => unmatched.push((*c, h.clone())),
        }
    }
    let missing: Vec<usize> = (0..spec.columns.len())
        .filter(|i| at[*i].is_none())
        .collect();
    let chars = |s: &str| s.chars().count();
    // Typos of missing columns.
    let mut claimed: Vec<usize> = Vec::new();
    let mut ignored = Vec::new();
    for (c, h) in unmatched.iter() {
        let near = missing
            .iter()
            .map(|i| (strsim::levenshtein(h, spec.columns[*i].header), *i))
            .filter(|(d, i)| *d <= 2 && *d < chars(spec.columns[*i].header))
            .min();
        match near {
            Some((d, i)) => {
                let col = &spec.columns[i];
                let need = if col.need == Need::Required {
                    "必需的列"
                } else {
                    "列"
                };
                problems.push(Problem {
                    place: place(*c),
                    column: None,
                    value: Some(h.clone()),
                    message: format!(
                        "表头「{h}」不是本表的列，与本表缺少的{need}「{}」只差{d}个字：是否应为「{}」？请改正列名（否则该列会被忽略）",
                        col.header, col.header
                    ),
                });
                claimed.push(i);
            }
            None => ignored.push((*c, h.clone())),
        }
    }
    // Missing required columns not claimed by a typo.
    let mut far: Vec<&str> = Vec::new();
    let mut used: Vec<u32> = Vec::new();
    for i in missing {
        let col = &spec.columns[i];
        if col.need != Need::Required || claimed.contains(&i) {
            continue;
        }
        let closest = ignored
            .iter()
            .map(|(c, h)| (strsim::levenshtein(h, col.header), *c, h))
            .filter(|(d, _, h)| *d < chars(col.header).max(chars(h)))
            .min();
        match closest {
            Some((_, c, h)) => {
                used.push(c);
                problems.push(Problem {
                place: place(c),
                column: None,
                value: Some(h.clone()),
                message: format!(
                    "第1行（表头）缺少必需的列「{}」：最接近的表头是「{h}」，如果就是该列，请改为「{}」",
                    col.header, col.header
                ),
                })
            }
            None => far.push(col.header),
        }
    }
    // A cell named in an error is not also listed as ignored.
    ignored.retain(|(c, _)| !used.contains(c));
    if !far.is_empty() {
        problems.push(Problem {
            place: format!("{sheet}!1"),
            column: None,
            value: None,
            message: format!(
                "第1行（表头）缺少必需的列：{}（列名须与台账格式一致）",
                far.join("、")
            ),
        });
    }
    (at, ignored)
}

/// `(column, normalized header)` of a header row's text cells.
fn header_map(cells: &[(u32, Val)]) -> Vec<(u32, String)> {
    cells
        .iter()
        .filter_map(|(c, v)| cells::text(v).map(|t| (*c, cells::normalize_header(&t))))
        .filter(|(_, h)| !h.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16383), "XFD");
    }
}
