"""The producer matrix (issue #25, docs/ledger.md "Every format is read
exactly or refused"): the same ledger written by every producer at hand, in
every format each writes, must score exactly as the original, or be refused
with exit 1 and a Chinese message that names the file and says to save it
as .xlsx. A file that scores differently, a refusal without that message,
a crash, or a producer expected to be read that is refused, fails the run.

The ledger's values are read once with openpyxl (the "model": every cell
of every sheet, as text, number, boolean or date) and written again by each
producer at its place; LibreOffice and Gnumeric convert the original file
instead, as an analyst's "save as" does. Dates are written as dates. The
source is the example ledger cut to about a third of its big sheets' rows
(`cut`: every kind of value stays; written again by openpyxl, and that
file is "the original"), or all of it with --whole.

    scripts/producers.sh                     # installs the producers, then runs this
    python3 scripts/producers.py [--source LEDGER] [--only NAME] [--keep DIR]
    python3 scripts/producers.py --fixtures  # rewrites fixtures/producers/

Needs (scripts/producers.sh installs them): openpyxl, xlsxwriter, xlwt,
pyexcelerate, pylightxl, pandas, odfpy, odfdo, odswriter in this Python;
node with `xlsx` (SheetJS), `exceljs`, `excel4node` and `xlsx-populate`
under $PRODUCERS_NODE; soffice, ssconvert, java/javac with jxl and POI, perl
with Spreadsheet::WriteExcel and Excel::Writer::XLSX, cc with libxlsxwriter.
A producer whose program is missing is skipped with a note (and fails the
run with --require-all, as CI runs it). Apache POI's XSSF and SXSSF cannot
run with Debian's POI 4.0.1 (its poi-ooxml-schemas lacks the compiled
XMLBeans type system): they are reported as skipped, with that reason.
Two producers run at a time (--jobs).
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
HERE = os.path.join(ROOT, "scripts", "producers")
KSFK = os.environ.get("KSFK", os.path.join(ROOT, "target", "debug", "ksfk"))
NODE_DIR = os.environ.get("PRODUCERS_NODE", os.path.join(ROOT, "target", "producers", "node"))
JARS = ["jxl", "poi", "poi-ooxml", "poi-ooxml-schemas", "xmlbeans", "commons-collections4",
        "commons-compress", "commons-codec", "commons-math3"]
CLASSPATH = ":".join(f"/usr/share/java/{j}.jar" for j in JARS)


# ---------------------------------------------------------------------------
# The model: the ledger's cells, read once.

def read_model(path):
    """Every sheet of `path` as rows of cells: None, str, int/float,
    {"b": bool} or {"d": "YYYY-MM-DD"} (a date cell)."""
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True, read_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            cells = [cell_of(v) for v in row]
            while cells and cells[-1] is None:
                cells.pop()
            rows.append(cells)
        while rows and not rows[-1]:
            rows.pop()
        sheets.append({"name": ws.title, "rows": rows})
    wb.close()
    return {"sheets": sheets}


def cell_of(v):
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, datetime.datetime):
        if v.time() != datetime.time(0):
            raise ValueError(f"a date with a time of day: {v}")
        return {"d": v.date().isoformat()}
    if isinstance(v, datetime.date):
        return {"d": v.isoformat()}
    raise ValueError(f"unexpected cell value {v!r}")


def value_of(c):
    """A model cell as a Python value (dates as datetime.date)."""
    if isinstance(c, dict):
        return c["b"] if "b" in c else datetime.date.fromisoformat(c["d"])
    return c


def cells(model):
    """(sheet, row, col, value) of every non-empty cell, rows in order."""
    for s, sheet in enumerate(model["sheets"]):
        for r, row in enumerate(sheet["rows"]):
            for c, v in enumerate(row):
                if v is not None:
                    yield s, r, c, v


def write_cells_file(model, path):
    """The model as lines for the Java, C and Perl producers:
    `S<TAB>index<TAB>name`, then `C<TAB>sheet<TAB>row<TAB>col<TAB>type<TAB>value`
    with type s (text), n (number), b (0/1) or d (YYYY-MM-DD)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, sheet in enumerate(model["sheets"]):
            f.write(f"S\t{i}\t{esc(sheet['name'])}\n")
        for s, r, c, v in cells(model):
            if isinstance(v, str):
                t, text = "s", esc(v)
            elif isinstance(v, dict) and "b" in v:
                t, text = "b", "1" if v["b"] else "0"
            elif isinstance(v, dict):
                t, text = "d", v["d"]
            else:
                t, text = "n", repr(v)
            f.write(f"C\t{s}\t{r}\t{c}\t{t}\t{text}\n")


# ---------------------------------------------------------------------------
# The producers. Each writes the model (or converts the source) to `out`.

def py_openpyxl(ctx, out):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = [wb.create_sheet(s["name"]) for s in ctx.model["sheets"]]
    for s, r, c, v in cells(ctx.model):
        cell = sheets[s].cell(row=r + 1, column=c + 1, value=value_of(v))
        if isinstance(v, dict) and "d" in v:
            cell.number_format = "yyyy-mm-dd"
    wb.save(out)


def py_xlsxwriter(ctx, out):
    import xlsxwriter
    wb = xlsxwriter.Workbook(out)
    dates = wb.add_format({"num_format": "yyyy-mm-dd"})
    sheets = [wb.add_worksheet(s["name"]) for s in ctx.model["sheets"]]
    for s, r, c, v in cells(ctx.model):
        ws = sheets[s]
        if isinstance(v, str):
            ws.write_string(r, c, v)
        elif isinstance(v, dict) and "b" in v:
            ws.write_boolean(r, c, v["b"])
        elif isinstance(v, dict):
            ws.write_datetime(r, c, value_of(v), dates)
        else:
            ws.write_number(r, c, v)
    wb.close()


def py_pyexcelerate(ctx, out):
    from pyexcelerate import Workbook
    wb = Workbook()
    for sheet in ctx.model["sheets"]:
        width = max((len(r) for r in sheet["rows"]), default=0)
        data = [[value_of(v) for v in row] + [None] * (width - len(row)) for row in sheet["rows"]]
        wb.new_sheet(sheet["name"], data=data)
    wb.save(out)


def py_xlwt(ctx, out):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheets = [wb.add_sheet(s["name"]) for s in ctx.model["sheets"]]
    for s, r, c, v in cells(ctx.model):
        if isinstance(v, dict) and "d" in v:
            sheets[s].write(r, c, value_of(v), dates)
        else:
            sheets[s].write(r, c, value_of(v))
    wb.save(out)


def py_pandas_odf(ctx, out):
    import pandas as pd
    with pd.ExcelWriter(out, engine="odf") as w:
        for sheet in ctx.model["sheets"]:
            width = max((len(r) for r in sheet["rows"]), default=0)
            data = [[value_of(v) for v in row] + [None] * (width - len(row)) for row in sheet["rows"]]
            pd.DataFrame(data, dtype=object).to_excel(w, sheet_name=sheet["name"], header=False, index=False)


class Unavailable(Exception):
    """A producer that is installed but cannot run here, for a known reason."""


def py_odfdo(ctx, out):
    from odfdo import Document, Row, Table
    doc = Document("spreadsheet")
    doc.body.clear()
    for sheet in ctx.model["sheets"]:
        table = Table(sheet["name"])
        for row in sheet["rows"]:
            r = Row()
            for c, v in enumerate(row):
                if v is not None:
                    r.set_value(c, value_of(v))
            table.append_row(r)
        doc.body.append(table)
    # pretty: indented XML, whitespace between the cells of a row.
    doc.save(out, pretty=True)


def py_odswriter(ctx, out):
    import odswriter
    with open(out, "wb") as f, odswriter.writer(f) as w:
        for sheet in ctx.model["sheets"]:
            s = w.new_sheet(sheet["name"])
            for row in sheet["rows"]:
                s.writerow([value_of(v) for v in row])


def py_pylightxl(ctx, out):
    import pylightxl
    db = pylightxl.Database()
    for sheet in ctx.model["sheets"]:
        db.add_ws(ws=sheet["name"])
        ws = db.ws(ws=sheet["name"])
        for r, row in enumerate(sheet["rows"]):
            for c, v in enumerate(row):
                if v is None:
                    continue
                # pylightxl writes no date cells: a date is its ISO text.
                v = v["d"] if isinstance(v, dict) and "d" in v else value_of(v)
                ws.update_index(row=r + 1, col=c + 1, val=v)
    pylightxl.writexl(db=db, fn=out)


def java(lib):
    def produce(ctx, out):
        try:
            run(["java", "-Duser.timezone=UTC", "-cp", f"{ctx.java_classes}:{CLASSPATH}", "Producers",
                 lib, ctx.cells_file, out])
        except RuntimeError as e:
            if "TypeSystemHolder" in str(e):
                raise Unavailable("Debian's poi-ooxml-schemas 4.0.1 lacks its compiled XMLBeans type "
                                  "system (NoClassDefFoundError …TypeSystemHolder): POI cannot write .xlsx here")
            raise
    return produce


def perl(lib):
    def produce(ctx, out):
        run(["perl", os.path.join(HERE, "producers.pl"), lib, ctx.cells_file, out])
    return produce


def node(lib, book_type, *options):
    def produce(ctx, out):
        env = dict(os.environ, TZ="UTC", NODE_PATH=os.path.join(NODE_DIR, "node_modules"))
        run(["node", os.path.join(HERE, "producers.js"), lib, book_type, ctx.model_file, out, *options], env=env)
    return produce


def libxlsxwriter(ctx, out):
    run([ctx.c_producer, ctx.cells_file, out])


def soffice(filter_name):
    def produce(ctx, out):
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "ledger.xlsx")
            shutil.copy(ctx.source, src)
            ext = os.path.splitext(out)[1][1:]
            run(["soffice", f"-env:UserInstallation=file://{d}/profile", "--headless",
                 "--convert-to", f"{ext}:{filter_name}", "--outdir", d, src])
            shutil.move(os.path.join(d, "ledger." + ext), out)
    return produce


def ssconvert(exporter):
    def produce(ctx, out):
        run(["ssconvert", "--export-type=" + exporter, ctx.source, out])
    return produce


# (name, file name, producer, needs, expected): `needs` names what must be
# installed; `expected` is "score" (must score as the original) or
# "refuse" (may score, or be refused with the save-as message).
PRODUCERS = [
    ("openpyxl", "openpyxl.xlsx", py_openpyxl, "py:openpyxl", "score"),
    ("XlsxWriter", "xlsxwriter.xlsx", py_xlsxwriter, "py:xlsxwriter", "score"),
    ("pyexcelerate", "pyexcelerate.xlsx", py_pyexcelerate, "py:pyexcelerate", "score"),
    ("xlwt", "xlwt.xls", py_xlwt, "py:xlwt", "score"),
    ("pandas+odfpy", "pandas-odfpy.ods", py_pandas_odf, "py:odf", "score"),
    ("odfdo (pretty)", "odfdo.ods", py_odfdo, "py:odfdo", "score"),
    ("odswriter", "odswriter.ods", py_odswriter, "py:odswriter", "score"),
    ("pylightxl", "pylightxl.xlsx", py_pylightxl, "py:pylightxl", "score"),
    ("libxlsxwriter", "libxlsxwriter.xlsx", libxlsxwriter, "c", "score"),
    ("JExcelApi", "jexcelapi.xls", java("jxl"), "java", "score"),
    ("Apache POI HSSF", "poi-hssf.xls", java("hssf"), "java", "score"),
    ("Apache POI XSSF", "poi-xssf.xlsx", java("xssf"), "java", "score"),
    ("Apache POI SXSSF", "poi-sxssf.xlsx", java("sxssf"), "java", "score"),
    ("Spreadsheet::WriteExcel", "writeexcel.xls", perl("writeexcel"), "perl:Spreadsheet::WriteExcel", "score"),
    ("Excel::Writer::XLSX", "excel-writer-xlsx.xlsx", perl("xlsx"), "perl:Excel::Writer::XLSX", "score"),
    ("SheetJS", "sheetjs.xlsx", node("sheetjs", "xlsx"), "node:xlsx", "score"),
    ("SheetJS", "sheetjs.xlsb", node("sheetjs", "xlsb"), "node:xlsx", "score"),
    ("SheetJS shared strings", "sheetjs-sst.xlsb", node("sheetjs", "xlsb", "sst"), "node:xlsx", "score"),
    ("SheetJS", "sheetjs.xls", node("sheetjs", "biff8"), "node:xlsx", "score"),
    ("SheetJS", "sheetjs.ods", node("sheetjs", "ods"), "node:xlsx", "score"),
    ("SheetJS BIFF5", "sheetjs-biff5.xls", node("sheetjs", "biff5"), "node:xlsx", "refuse"),
    ("SheetJS BIFF2", "sheetjs-biff2.xls", node("sheetjs", "biff2"), "node:xlsx", "refuse"),
    ("SheetJS BIFF4", "sheetjs-biff4.xls", node("sheetjs", "biff4"), "node:xlsx", "refuse"),
    ("SheetJS XML 2003", "sheetjs-xml2003.xls", node("sheetjs", "xlml"), "node:xlsx", "refuse"),
    ("SheetJS HTML", "sheetjs-html.xls", node("sheetjs", "html"), "node:xlsx", "refuse"),
    ("SheetJS flat ODS", "sheetjs-fods.ods", node("sheetjs", "fods"), "node:xlsx", "refuse"),
    ("ExcelJS", "exceljs.xlsx", node("exceljs", "xlsx"), "node:exceljs", "score"),
    ("excel4node", "excel4node.xlsx", node("excel4node", "xlsx"), "node:excel4node", "score"),
    ("xlsx-populate", "xlsx-populate.xlsx", node("xlsx-populate", "xlsx"), "node:xlsx-populate", "score"),
    ("LibreOffice", "libreoffice.xlsx", soffice("Calc MS Excel 2007 XML"), "soffice", "score"),
    ("LibreOffice", "libreoffice.xls", soffice("MS Excel 97"), "soffice", "score"),
    ("LibreOffice", "libreoffice.ods", soffice("calc8"), "soffice", "score"),
    ("Gnumeric", "gnumeric.xlsx", ssconvert("Gnumeric_Excel:xlsx2"), "ssconvert", "score"),
    ("Gnumeric 2007", "gnumeric-2007.xlsx", ssconvert("Gnumeric_Excel:xlsx"), "ssconvert", "score"),
    ("Gnumeric", "gnumeric.xls", ssconvert("Gnumeric_Excel:excel_biff8"), "ssconvert", "score"),
    ("Gnumeric Excel 95", "gnumeric-95.xls", ssconvert("Gnumeric_Excel:excel_biff7"), "ssconvert", "refuse"),
    ("Gnumeric 95+97", "gnumeric-dsf.xls", ssconvert("Gnumeric_Excel:excel_dsf"), "ssconvert", "score"),
    ("Gnumeric", "gnumeric.ods", ssconvert("Gnumeric_OpenCalc:openoffice"), "ssconvert", "score"),
    ("Gnumeric ODF ext", "gnumeric-ext.ods", ssconvert("Gnumeric_OpenCalc:odf"), "ssconvert", "score"),
]


def run(cmd, env=None):
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} exited {r.returncode}: {(r.stderr or r.stdout).strip()[-600:]}")
    return r


def available(needs):
    """None when `needs` is installed, else why not."""
    kind, _, what = needs.partition(":")
    if kind == "py":
        try:
            __import__(what)
            return None
        except ImportError:
            return f"Python module {what} missing"
    if kind == "node":
        ok = os.path.isdir(os.path.join(NODE_DIR, "node_modules", what)) and shutil.which("node")
        return None if ok else f"npm package {what} missing under {NODE_DIR}"
    if kind == "perl":
        r = subprocess.run(["perl", f"-M{what}", "-e1"], capture_output=True)
        return None if r.returncode == 0 else f"Perl module {what} missing"
    if kind == "java":
        ok = shutil.which("javac") and all(os.path.exists(f"/usr/share/java/{j}.jar") for j in ("jxl", "poi"))
        return None if ok else "javac, jxl or POI missing"
    if kind == "c":
        ok = shutil.which("cc") and os.path.exists("/usr/include/xlsxwriter.h")
        return None if ok else "cc or libxlsxwriter missing"
    return None if shutil.which(kind) else f"{kind} missing"


class Context:
    pass


def cut(model, every):
    """The ledger with about one in `every` rows of its big sheets: the
    热线工单 and 转办件 rows of one case in `every` (a case's rows kept
    together), and of 信息报送 and 满意度调查 one row in `every` besides
    each unit's first. Every kind of value stays, and the ledger stays
    valid; the matrix runs about three times faster."""
    sheets = []
    for sheet in model["sheets"]:
        rows = sheet["rows"]
        if not rows or every <= 1:
            sheets.append(sheet)
            continue
        header = [h.strip() if isinstance(h, str) else h for h in rows[0]]
        key = {"热线工单": "工单编号", "转办件": "编号", "信息报送": "单位", "满意度调查": "单位"}
        if sheet["name"] not in key or key[sheet["name"]] not in header:
            sheets.append(sheet)
            continue
        col = header.index(key[sheet["name"]])
        by_case = sheet["name"] in ("热线工单", "转办件")
        order, kept = {}, [rows[0]]
        for i, row in enumerate(rows[1:]):
            k = row[col] if col < len(row) else None
            first = k not in order
            if first:
                order[k] = len(order)
            if not row or (order[k] % every == 0 if by_case else first or i % every == 0):
                kept.append(row)
        sheets.append({"name": sheet["name"], "rows": kept})
    return {"sheets": sheets}


def prepare(ctx, every=1):
    """Writes the model files (of the source cut by `every`, which is then
    written again by openpyxl as the source) and builds the Java and C
    producers."""
    ctx.model = read_model(ctx.source)
    if every > 1:
        ctx.model = cut(ctx.model, every)
        ctx.source = os.path.join(ctx.work, "source-" + os.path.basename(ctx.source))
        py_openpyxl(ctx, ctx.source)
    ctx.model_file = os.path.join(ctx.work, "model.json")
    with open(ctx.model_file, "w", encoding="utf-8") as f:
        json.dump(ctx.model, f, ensure_ascii=False)
    ctx.cells_file = os.path.join(ctx.work, "cells.tsv")
    write_cells_file(ctx.model, ctx.cells_file)
    ctx.java_classes = os.path.join(ctx.work, "java")
    if available("java") is None:
        os.makedirs(ctx.java_classes, exist_ok=True)
        run(["javac", "-nowarn", "-cp", CLASSPATH, "-d", ctx.java_classes, os.path.join(HERE, "Producers.java")])
    ctx.c_producer = os.path.join(ctx.work, "libxlsxwriter-producer")
    if available("c") is None:
        run(["cc", "-O1", "-o", ctx.c_producer, os.path.join(HERE, "producer.c"), "-lxlsxwriter"])


# ---------------------------------------------------------------------------
# Scoring.

def score(path, out_dir):
    """(exit code, JSON text or None, stderr) of `ksfk score` on `path`."""
    base = os.path.join(out_dir, os.path.basename(path))
    r = subprocess.run([KSFK, "score", path, "--year", "2017", "--json", base + ".json",
                        "-o", base + ".result.xlsx", "--force"], capture_output=True, text=True, timeout=600)
    text = None
    if r.returncode == 0:
        with open(base + ".json", encoding="utf-8") as f:
            text = f.read()
    return r.returncode, text, r.stderr


def proper_refusal(name, err):
    """Whether `err` refuses file `name` as docs/ledger.md asks: in Chinese,
    naming the file, saying to save it as .xlsx."""
    return (name in err and "另存" in err and ".xlsx" in err
            and any("\u4e00" <= ch <= "\u9fff" for ch in err.split(name, 1)[1][:40]))


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}: {y.strip()[:120]} (original: {x.strip()[:120]})"
    return f"{len(lb)} lines (original: {len(la)})"


def matrix(args):
    ctx = Context()
    ctx.source = os.path.abspath(args.source)
    ctx.work = os.path.abspath(args.keep or tempfile.mkdtemp(prefix="ksfk-producers-"))
    os.makedirs(ctx.work, exist_ok=True)
    started = time.time()
    prepare(ctx, 1 if args.whole else 3)
    code, baseline, err = score(ctx.source, ctx.work)
    if code != 0:
        sys.exit(f"the original ledger does not score: {err}")
    def one(entry):
        name, file_name, produce, needs, expected = entry
        missing = available(needs)
        if missing:
            return f"skipped: {missing}", not args.require_all
        out = os.path.join(ctx.work, file_name)
        t0 = time.time()
        try:
            produce(ctx, out)
        except Unavailable as e:
            return f"skipped: {e}", True
        except Exception as e:  # noqa: BLE001 - reported, not hidden
            return f"producer failed: {e}", False
        code, text, err = score(out, ctx.work)
        took = time.time() - t0
        if code == 0 and text == baseline:
            return f"scores as the original ({took:.1f} s)", True
        if code == 0:
            return f"SCORES DIFFERENTLY: {first_difference(baseline, text)}", False
        if code == 1 and proper_refusal(file_name, err):
            shown = err.strip().splitlines()[-1][:160]
            if expected == "refuse":
                return f"refused: {shown}", True
            return "REFUSED, expected to score: " + shown, False
        return f"exit {code}, not a proper refusal: {err.strip()[-400:]}", False

    chosen = [p for p in PRODUCERS
              if not args.only or any(o.lower() in (p[0] + " " + p[1]).lower() for o in args.only)]
    failed = 0
    # Two at a time: the machine's two cores.
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for entry, (outcome, ok) in zip(chosen, pool.map(one, chosen)):
            failed += not ok
            print(f"{'ok  ' if ok else 'FAIL'}  {entry[0]:<24} {entry[1]:<24} {outcome}", flush=True)
    print(f"{len(chosen) - failed} passed, {failed} failed")
    print(f"({time.time() - started:.0f} s; files in {ctx.work})" if args.keep else
          f"({time.time() - started:.0f} s)")
    if not args.keep:
        shutil.rmtree(ctx.work, ignore_errors=True)
    return 1 if failed else 0


# ---------------------------------------------------------------------------
# The committed fixtures (fixtures/producers/), made from fixtures/full.xlsx.

FIXTURES = [
    ("jexcelapi-cp1252.xls", java("jxl")),
    ("gnumeric.ods", ssconvert("Gnumeric_OpenCalc:openoffice")),
    ("sheetjs.ods", node("sheetjs", "ods", "compress")),
    ("sheetjs.xlsb", node("sheetjs", "xlsb", "compress")),
]


def fixtures(args):
    """Writes the regression fixtures: fixtures/full.xlsx as each buggy
    producer writes it, and a 申诉 workbook of one 成立 appeal written by
    JExcelApi (tests/integration/producers.rs)."""
    out_dir = os.path.join(ROOT, "fixtures", "producers")
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        ctx = Context()
        ctx.work = work
        ctx.source = os.path.join(ROOT, "fixtures", "full.xlsx")
        prepare(ctx)
        for name, produce in FIXTURES:
            produce(ctx, os.path.join(out_dir, name))
        # The appeal: the first 例会 deduction of 昆山开发区 waived.
        ctx.model = {"sheets": [{"name": "申诉", "rows": [
            ["单位", "条款", "来源", "决定", "文号", "理由"],
            ["昆山开发区", "Z1.1", "例会: 第1季度 无计次记录", "成立", "昆企服〔2018〕1号", "第1季度例会因台风顺延，已提供会议记录"],
        ]}]}
        write_cells_file(ctx.model, ctx.cells_file)
        java("jxl")(ctx, os.path.join(out_dir, "appeal-jexcelapi.xls"))
    for f in sorted(os.listdir(out_dir)):
        print(f"{os.path.getsize(os.path.join(out_dir, f)):>8}  fixtures/producers/{f}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--source", default=os.path.join(ROOT, "examples", "ledger-2017.xlsx"))
    p.add_argument("--only", action="append", help="run only producers whose name or file contains this")
    p.add_argument("--keep", metavar="DIR", help="write the files to DIR and keep them")
    p.add_argument("--require-all", action="store_true", help="a producer that is not installed fails the run")
    p.add_argument("--jobs", type=int, default=2, help="producers run at once (default 2)")
    p.add_argument("--whole", action="store_true",
                   help="the whole source ledger, not about a third of its big sheets' rows")
    p.add_argument("--fixtures", action="store_true", help="rewrite fixtures/producers/ instead")
    args = p.parse_args()
    if args.fixtures:
        fixtures(args)
        return 0
    return matrix(args)


if __name__ == "__main__":
    sys.exit(main())
