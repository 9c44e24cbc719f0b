"""Interoperability checks run by .ci/run (after `cargo test`), with a
program other than ksfk on the other side of each file:

1. Template round trip: `ksfk template`, then openpyxl fills in the rows
   LEDGER.md's coverage rules ask for (as an analyst would in Excel/WPS),
   saves, and `ksfk check` must pass with no error.
2. The result workbook read back with openpyxl: sheet order, 汇总 headers,
   numeric scores with format 0.00, and totals equal to the JSON's.
3. LibreOffice: if `soffice` is installed, the result workbook converts to
   PDF without error.

    python3 scripts/interop.py            # needs openpyxl; KSFK=path/to/ksfk
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

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
    check("sheet order", names[0] == "汇总" and names[-3:] == ["扣分明细", "警告", "说明"], names)
    ws = wb["汇总"]
    headers = [c.value for c in ws[1]]
    clauses = ["Z1.1", "Z1.2", "Z1.3", "Z2.1", "Z2.2", "Z3.1", "Z3.2", "Z3.3", "Z4.1", "Z4.2",
               "D1", "D2.1", "D2.2", "D3.1", "D3.2", "D4"]
    expected = ["单位", "类别", *clauses, "总分", "排名", "折算分"]
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


def libreoffice(tmp, workbook):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("skip  LibreOffice not installed (scripts/render.sh installs it)")
        return
    r = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, workbook],
                       capture_output=True, text=True, timeout=300)
    pdf = os.path.join(tmp, os.path.splitext(os.path.basename(workbook))[0] + ".pdf")
    check("LibreOffice converts the result workbook to PDF",
          r.returncode == 0 and os.path.exists(pdf) and os.path.getsize(pdf) > 1000, r.stderr[:500])


def main():
    with tempfile.TemporaryDirectory() as tmp:
        filled = template_round_trip(tmp)
        out = result_workbook(tmp, filled)
        libreoffice(tmp, out)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
