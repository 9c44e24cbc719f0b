"""Interoperability checks run by .ci/run (after `cargo test`), with a
program other than ksfk on the other side of each file:

1. Template round trip: `ksfk template`, then openpyxl fills in the rows
   docs/ledger.md's coverage rules ask for (as an analyst would in Excel/WPS),
   saves, and `ksfk check` must pass with no error.
2. The result workbook read back with openpyxl: sheet order, 汇总 headers,
   numeric scores with format 0.00, and totals equal to the JSON's.
3. The example ledger's results read back with openpyxl as a person would
   print them: every audit entry of a unit, zero-amount ones included, on
   its sheet with its record id; every wrapped cell's row height fits its
   text (2 columns per CJK character); page headers and footers naming the
   unit and the year, with page numbers; 汇总 one page wide with its header
   row repeated and a note on every clause header; the per-unit workbooks
   `<year>-<单位>.xlsx` with the unit's sheet and 说明.
4. LibreOffice: if `soffice` and poppler are installed, the result
   workbook, a per-unit workbook and a `ksfk diff` workbook print to PDF,
   and the pages read as OUTPUT.md (Printing) asks: no blank page, a page
   header or footer with the year (the diff: its title) and 第N页，共M页 on
   every page, no CJK text under 9 points, 公示 with each category on one
   page and ending with 公示期 and the center's name, 汇总 with the
   clause items' names, the column headers on every page of the unit
   sheets (after their first page of entries), 扣分明细 and 警告, and no
   figure running into the text beside it (`5.00共2条记录`).

    python3 scripts/interop.py            # needs openpyxl; KSFK=path/to/ksfk
"""
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import openpyxl
from openpyxl.utils import get_column_letter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KSFK = os.environ.get("KSFK", os.path.join(ROOT, "target", "debug", "ksfk"))
passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name} {detail}")


def ksfk(*args):
    return subprocess.run([KSFK, *args], capture_output=True, text=True)


def fill_coverage(wb):
    roster = [(r[0], r[1]) for r in wb["单位名单"].iter_rows(min_row=2, values_only=True) if r[0]]
    comm, survey = wb["沟通机制"], wb["满意度调查"]
    for name, category in roster:
        if category == "区镇":
            comm.append([name] + ["是"] * 6)
        survey.append([name, None, 88])


def template_round_trip(tmp):
    t = os.path.join(tmp, "template.xlsx")
    r = ksfk("template", "-o", t, "--year", "2017")
    check("template written", r.returncode == 0, r.stderr)
    r = ksfk("check", t, "--year", "2017")
    lines = [l.strip() for l in r.stderr.splitlines() if l.startswith("  ")]
    only_coverage = all(l.startswith("沟通机制 ") or l.startswith("满意度调查 ") for l in lines)
    check("fresh template: only coverage errors", r.returncode == 1 and lines and only_coverage, r.stderr[:500])
    wb = openpyxl.load_workbook(t)
    fill_coverage(wb)
    filled = os.path.join(tmp, "filled.xlsx")
    wb.save(filled)
    r = ksfk("check", filled, "--year", "2017")
    check("template filled by openpyxl passes check", r.returncode == 0, r.stderr[:500])
    return filled


def result_workbook(tmp, ledger):
    out = os.path.join(tmp, "result.xlsx")
    js = os.path.join(tmp, "result.json")
    r = ksfk("score", ledger, "--year", "2017", "-o", out, "--json", js, "--points-town", "5")
    check("score", r.returncode == 0, r.stderr[:500])
    wb = openpyxl.load_workbook(out)
    names = wb.sheetnames
    check("sheet order", names[:3] == ["汇总", "公示", "图表"] and names[-3:] == ["扣分明细", "警告", "说明"], names)
    ws = wb["汇总"]
    headers = [c.value for c in ws[1]]
    expected = ["单位", "类别", *CLAUSES, "总分", "排名", "折算分"]
    check("汇总 headers", headers == expected, headers)
    data = json.load(open(js, encoding="utf-8"))
    total_col = headers.index("总分") + 1
    rows = list(ws.iter_rows(min_row=2, values_only=False))
    check("one row per unit", len(rows) == len(data["units"]), len(rows))
    same = True
    for row, unit in zip(rows, data["units"]):
        cell = row[total_col - 1]
        if row[0].value != unit["name"] or not isinstance(cell.value, (int, float)):
            same = False
        elif abs(cell.value - float(unit["total"])) > 1e-9 or cell.number_format != "0.00":
            same = False
    check("汇总 totals are numbers (0.00) equal to the JSON", same)
    return out


CLAUSES = ["Z1.1", "Z1.2", "Z1.3", "Z2.1", "Z2.2", "Z3.1", "Z3.2", "Z3.3", "Z4.1", "Z4.2",
           "D1", "D2.1", "D2.2", "D3.1", "D3.2", "D4"]


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def lines_needed(text, width):
    """Lines a text takes in a column `width` characters wide: each
    paragraph at least one line, 2 columns per CJK character."""
    width = max(int(width), 1)
    return sum(max(1, math.ceil(display_width(p) / width)) for p in str(text).split("\n"))


def column_widths(ws):
    widths = {}
    for dim in ws.column_dimensions.values():
        if dim.width:
            for i in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
                widths[i] = dim.width
    return widths


def unfit_wrapped_cells(ws):
    """Wrapped cells whose row is too low for their text, as `A1 (needs N
    lines, height H)`."""
    widths = column_widths(ws)
    merged = {}
    for rng in ws.merged_cells.ranges:
        merged[(rng.min_row, rng.min_col)] = range(rng.min_col, rng.max_col + 1)
    bad = []
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.value, str) or not (c.alignment and c.alignment.wrap_text):
                continue
            cols = merged.get((c.row, c.column), [c.column])
            width = sum(widths.get(i, 8.43) for i in cols)
            need = lines_needed(c.value, width)
            height = ws.row_dimensions[c.row].height or 15
            if need > 1 and height < 15 * need:
                bad.append(f"{c.coordinate} (needs {need} lines, height {height})")
    return bad


def entry_rows(ws):
    """The rows of a unit sheet's entry list, below the header
    条款 扣分 日期 编号 事由 计算 台账位置."""
    rows = list(ws.iter_rows(values_only=True))
    for i, r in enumerate(rows):
        if r[:7] == ("条款", "扣分", "日期", "编号", "事由", "计算", "台账位置"):
            out = []
            for e in rows[i + 1:]:
                if not e[0] or str(e[0]).split(" ")[0] not in CLAUSES:
                    break
                out.append(e)
            return out
    return None


def header_footer_ok(ws, *words):
    header = " ".join(filter(None, [ws.oddHeader.left.text, ws.oddHeader.center.text,
                                    ws.oddHeader.right.text]))
    footer = " ".join(filter(None, [ws.oddFooter.left.text, ws.oddFooter.center.text,
                                    ws.oddFooter.right.text]))
    both = header + " " + footer
    return all(w in both for w in words) and "&P" in both and "&N" in both


def example_results(tmp):
    """The example ledger scored, with --per-unit, read back as printed."""
    ledger = os.path.join(ROOT, "examples", "ledger-2017.xlsx")
    out = os.path.join(tmp, "example-result.xlsx")
    js = os.path.join(tmp, "example-result.json")
    units_dir = os.path.join(tmp, "units")
    r = ksfk("score", ledger, "--year", "2017", "-o", out, "--json", js, "--per-unit", units_dir)
    check("score the example ledger", r.returncode == 0, r.stderr[:500])
    data = json.load(open(js, encoding="utf-8"))
    wb = openpyxl.load_workbook(out)
    summary = wb["汇总"]
    unit_sheets = [n for n in wb.sheetnames if n not in ("汇总", "图表", "公示", "扣分明细", "警告", "说明")]
    check("one sheet per unit", len(unit_sheets) == len(data["units"]), len(unit_sheets))

    missing, counts, unfit, untitled, no_hf = [], [], [], [], []
    for name, unit in zip(unit_sheets, data["units"]):
        ws = wb[name]
        title = str(ws["A1"].value or "")
        if not (title.startswith(unit["name"]) and unit["category"] in title and str(data["year"]) in title):
            untitled.append(name)
        listed = entry_rows(ws) or []
        if len(listed) != len(unit["deductions"]):
            counts.append(f"{name}: {len(listed)} rows, {len(unit['deductions'])} entries")
        for d, e in zip(unit["deductions"], listed):
            same = (str(e[0]).split(" ")[0] == d["clause"] and abs(float(e[1]) - float(d["amount"])) < 1e-9
                    and (e[3] or None) == d["record"] and e[4] == d["reason"] and e[6] == d["source"])
            if not same:
                missing.append(f"{name}: {d['clause']} {d['record']} {d['amount']}")
        unfit += [f"{name}!{c}" for c in unfit_wrapped_cells(ws)]
        if not header_footer_ok(ws, unit["name"][:20], str(data["year"])):
            no_hf.append(name)
    zero = sum(1 for u in data["units"] for d in u["deductions"] if float(d["amount"]) == 0)
    check("every unit sheet titled with unit, category and year", not untitled, untitled[:5])
    check("one entry row per audit entry on each unit sheet", not counts, counts[:5])
    check(f"every audit entry (zero-amount: {zero}) on its unit sheet with its record id",
          not missing and zero > 0, missing[:5])
    check("unit sheets: header/footer with unit, year and page numbers", not no_hf, no_hf[:5])
    for name in ("汇总", "扣分明细", "说明"):
        unfit += [f"{name}!{c}" for c in unfit_wrapped_cells(wb[name])]
        check(f"{name}: header/footer with year and page numbers",
              header_footer_ok(wb[name], str(data["year"])))
    check("every wrapped cell's row height fits its text", not unfit, unfit[:5])

    ps = summary.page_setup
    fit = summary.sheet_properties.pageSetUpPr and summary.sheet_properties.pageSetUpPr.fitToPage
    check("汇总 prints one page wide over as many pages as needed",
          fit and int(ps.fitToWidth or 1) == 1 and int(ps.fitToHeight) == 0, (fit, ps.fitToWidth, ps.fitToHeight))
    check("汇总 repeats its header row", summary.print_title_rows in ("1:1", "$1:$1"), summary.print_title_rows)
    notes = {c.value: (c.comment.text if c.comment else "") for c in summary[1] if c.value in CLAUSES}
    check("every clause header of 汇总 carries its item's name as a note",
          len(notes) == len(CLAUSES) and all(n.startswith(k + " ") and len(n) > len(k) + 2 for k, n in notes.items()),
          notes)

    # Every sheet prints on A4 with page numbers, its header rows repeated,
    # and no cell font under 9 points.
    setup = []
    for ws in wb.worksheets:
        if str(ws.page_setup.paperSize) != "9":
            setup.append(f"{ws.title}: paper {ws.page_setup.paperSize}")
        if not header_footer_ok(ws, str(data["year"])):
            setup.append(f"{ws.title}: header/footer")
        small = {c.coordinate for row in ws.iter_rows() for c in row
                 if c.value is not None and c.font is not None and c.font.sz and c.font.sz < 9}
        if small:
            setup.append(f"{ws.title}: fonts under 9 points in {sorted(small)[:3]}")
    for name in ("扣分明细", "警告"):
        if wb[name].print_title_rows not in ("1:1", "$1:$1"):
            setup.append(f"{name}: print titles {wb[name].print_title_rows}")
    for name in unit_sheets:
        ws = wb[name]
        rows = list(ws.iter_rows(values_only=True))
        header = next(i for i, r in enumerate(rows, 1) if r[:2] == ("条款", "扣分"))
        if ws.print_title_rows not in (f"{header}:{header}", f"${header}:${header}"):
            setup.append(f"{name}: print titles {ws.print_title_rows}, entries' headers in row {header}")
    check("every sheet: A4, page numbers, header rows repeated, fonts of 9 points or more", not setup, setup[:5])

    files = sorted(os.listdir(units_dir))
    want = sorted(f"{data['year']}-{u['name']}.xlsx" for u in data["units"]
                  if not any(ch in u["name"] for ch in '/\\:*?"<>|'))
    check("per-unit files are <year>-<单位>.xlsx", files == want, (files[:3], want[:3]))
    bad = []
    for u in data["units"][:5] + data["units"][-3:]:
        path = os.path.join(units_dir, f"{data['year']}-{u['name']}.xlsx")
        pw = openpyxl.load_workbook(path)
        listed = entry_rows(pw[pw.sheetnames[0]]) or []
        ids = {e[3] for e in listed if e[3]}
        if (len(pw.sheetnames) != 2 or pw.sheetnames[1] != "说明" or len(listed) != len(u["deductions"])
                or any(d["record"] and d["record"] not in ids for d in u["deductions"])):
            bad.append(u["name"])
        bad += [f"{u['name']}: {c}" for c in unfit_wrapped_cells(pw["说明"])]
    check("per-unit workbooks: the unit's sheet with every entry, and 说明", not bad, bad[:5])
    return out, units_dir, data


def soffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(tmp, workbook):
    """The workbook printed by LibreOffice (all sheets, in order), or None."""
    outdir = os.path.join(tmp, "pdf")
    os.makedirs(outdir, exist_ok=True)
    r = subprocess.run([soffice(), "--headless", "--convert-to", "pdf", "--outdir", outdir, workbook],
                       capture_output=True, text=True, timeout=600)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(workbook))[0] + ".pdf")
    ok = r.returncode == 0 and os.path.exists(pdf) and os.path.getsize(pdf) > 1000
    check(f"LibreOffice prints {os.path.basename(workbook)} to PDF", ok, r.stderr[:500])
    return pdf if ok else None


PAGE_NUMBER = re.compile(r"第\s*(\d+)\s*页，共\s*(\d+)\s*页")


def pdf_pages(pdf):
    """Per page: its text lines (pdftotext -layout), and the sizes of its
    CJK characters in points (the width of each all-CJK word divided by its
    characters: a CJK glyph is as wide as the font is large)."""
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = [[l.strip() for l in p.splitlines() if l.strip()] for p in text.split("\f")]
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    sizes = []
    for page in bbox.split("<page ")[1:]:
        found = []
        for x0, x1, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page):
            if len(word) >= 2 and all(unicodedata.east_asian_width(c) == "W" and c not in "，；：（）、。“”【】" for c in word):
                found.append((float(x1) - float(x0)) / len(word))
        sizes.append(found)
    return [(lines, size) for lines, size in zip(pages, sizes)]


def body(lines, header_words):
    """A page's lines less its page header (the first line) and footer (the
    page number), and less lines made only of column headers."""
    out = []
    for i, l in enumerate(lines):
        if i == 0 or PAGE_NUMBER.search(l):
            continue
        if set(l.split()) <= header_words:
            continue
        out.append(l)
    return out


COLUMN_HEADERS = {"条款", "扣分", "日期", "编号", "事由", "计算", "台账位置", "单位", "类别", "考核项目",
                  "来源", "级别", "类型", "位置", "内容", "变动", "原扣分", "新扣分", "原事由", "新事由", "名次", "总分"}


def printed_pages_ok(name, pages, words):
    """Every page: A4-printed text never under 9 points, a page header or
    footer with `words` and 第N页，共M页, and something on it (no blank
    page, and no page holding only repeated headers)."""
    small, unnamed, blank = [], [], []
    for n, (lines, sizes) in enumerate(pages, 1):
        if not lines:
            blank.append(n)
            continue
        text = "\n".join(lines)
        if not PAGE_NUMBER.search(text) or not all(w in text for w in words):
            unnamed.append(n)
        if not body(lines, COLUMN_HEADERS):
            blank.append(n)
        if sizes and min(sizes) < 8.9:
            small.append(f"p{n}: {min(sizes):.1f}pt")
    check(f"{name}: no blank page", not blank, blank[:10])
    check(f"{name}: every page has its header/footer with page numbers", not unnamed, unnamed[:10])
    check(f"{name}: no text below 9 points", not small, small[:10])


def glued(pages):
    """Lines where a figure runs straight into the start of the text in the
    next column, as the issue saw them: `5.00共2条记录` (扣分说明),
    `2.50RX2017-00054：…`, `1.50热线工单逾期…` (扣分变动's reasons)."""
    pattern = r"\d\.\d\d(共\d+条|[A-Z]{2}\d{4}|热线工单|转办件|回访)"
    return [l for lines, _ in pages for l in lines if re.search(pattern, l)]


def printed(tmp, out, units_dir, data):
    """The result, a per-unit workbook and a diff workbook as LibreOffice
    prints them, read as the analyst would before sending them."""
    if not soffice() or not shutil.which("pdftotext"):
        print("skip  LibreOffice or poppler not installed (scripts/render.sh installs them)")
        return
    year = str(data["year"])
    pdf = to_pdf(tmp, out)
    if pdf:
        pages = pdf_pages(pdf)
        printed_pages_ok("result workbook", pages, [year])
        title = f"昆山市{year}年度服务企业发展考核结果"
        public = [i for i, (lines, _) in enumerate(pages) if lines and title in lines[0]]
        check("公示 prints", public, len(pages))
        text = {i: "\n".join(pages[i][0]) for i in public}
        split = []
        for category in ("区镇", "A组", "B组"):
            names = [u["name"] for u in data["units"] if u["category"] == category]
            on = {i for i in public for n in names if re.search(rf"(^|\s){re.escape(n)}(\s|$)", text[i], re.M)}
            if len(on) != 1:
                split.append(f"{category}: pages {sorted(on)}")
        check("公示: each category on one page", not split, split)
        last = text[public[-1]] if public else ""
        check("公示 ends with 公示期 and the center's name for the stamp",
              "公示期：" in last and "昆山市企业发展服务中心" in last
              and last.index("公示期：") < last.index("昆山市企业发展服务中心"), last[-300:])
        summary = "\n".join("\n".join(lines) for lines, _ in pages if lines and lines[0].startswith("汇总"))
        check("汇总 prints the clause items' names", all(c in summary for c in ("建立企业服务例会制度", "信息工作", "督查落实")))
        # The entries' headers on every page of a unit sheet after its first
        # page of 扣分记录, and on every page of 扣分明细 and 警告.
        missing = []
        for u in data["units"]:
            head = f"{u['name']}（{u['category']}）"
            mine = [i for i, (lines, _) in enumerate(pages) if lines and lines[0].startswith(head)]
            started = False
            for i in mine:
                t = "\n".join(pages[i][0])
                if started and "台账位置" not in t:
                    missing.append(f"{u['name']} p{i + 1}")
                started = started or "扣分记录：" in t
        notes = [i for i, (lines, _) in enumerate(pages) if lines and lines[0].startswith("说明")]
        started = False
        for i in notes:
            t = "\n".join(pages[i][0])
            if started and "解读" not in t:
                missing.append(f"说明 p{i + 1}")
            started = started or "解读" in t
        for sheet, header in (("扣分明细", "事由"), ("警告", "内容")):
            for i, (lines, _) in enumerate(pages):
                if lines and lines[0].startswith(sheet) and header not in "\n".join(lines):
                    missing.append(f"{sheet} p{i + 1}")
        check("column headers on every page", not missing, missing[:10])
        check("no figure touching the text beside it", not glued(pages), glued(pages)[:5])
    unit = os.path.join(units_dir, sorted(os.listdir(units_dir))[0])
    pdf = to_pdf(tmp, unit)
    if pdf:
        printed_pages_ok("per-unit workbook", pdf_pages(pdf), [year])
    old = os.path.join(tmp, "interim.xlsx")
    ledger = os.path.join(ROOT, "examples", "ledger-2017.xlsx")
    r = ksfk("score", ledger, "--year", year, "--as-of", f"{year}-09-30", "-o", old)
    diff = os.path.join(tmp, "diff.xlsx")
    r = ksfk("diff", old, out, "-o", diff)
    check("ksfk diff writes its workbook", r.returncode == 0 and os.path.exists(diff), r.stderr[:500])
    pdf = to_pdf(tmp, diff)
    if pdf:
        pages = pdf_pages(pdf)
        printed_pages_ok("diff workbook", pages, ["服务企业发展考核结果比较"])
        check("diff: no figure touching the text beside it", not glued(pages), glued(pages)[:5])


def main():
    with tempfile.TemporaryDirectory() as tmp:
        filled = template_round_trip(tmp)
        result_workbook(tmp, filled)
        out, units_dir, data = example_results(tmp)
        printed(tmp, out, units_dir, data)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
