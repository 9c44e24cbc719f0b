"""Makes the fuzz seeds (committed; run again only when they must change):

    /tmp/venv/bin/python fuzz/make-seeds.py     # needs openpyxl and soffice

seeds/ledger/: small valid ledgers for the `ledger` target (whole files):
seed-min.xlsx (fixtures/full.xlsx's values only, saved by openpyxl with
inline strings, entries stored uncompressed so that mutations reach the
XML), seed-lo.xlsx (the same saved by LibreOffice: shared strings, stored),
seed-min.xls and seed-min.ods (LibreOffice conversions),
seed-min.xlsb (scripts/make-fixtures.py's xlsb writer), seed-deflated.xlsx;
seed-jexcelapi.xls, seed-gnumeric.ods and seed-sheetjs.xlsb, copies of
fixtures/producers/ (the forms src/ledger/repair.rs rewrites: CODEPAGE
1252, indented content.xml, short cell records).
seeds/parts/: for the `parts` target, one file per entry of seed-lo.xlsx
(the target's base workbook): the entry's index as one byte, then its
content.
"""
import importlib.util
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def values_only(src, dst):
    wb = openpyxl.load_workbook(src)
    out = openpyxl.Workbook()
    out.remove(out.active)
    for ws in wb:
        if ws.title == "选项":
            continue
        o = out.create_sheet(ws.title)
        for row in ws.iter_rows(values_only=True):
            if any(v is not None for v in row):
                o.append(list(row))
        for row in o.iter_rows(min_row=2):
            for c in row:
                if hasattr(c.value, "year"):
                    c.number_format = "yyyy-mm-dd"
    out.save(dst)


def rezip(src, dst, method):
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w", method) as out:
        for item in z.infolist():
            out.writestr(item.filename, z.read(item.filename), compress_type=method)


def soffice(src, fmt, outdir):
    profile = "file://" + tempfile.mkdtemp()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
        check=True,
        stdout=subprocess.DEVNULL,
    )


if __name__ == "__main__":
    tmp = tempfile.mkdtemp()
    plain = os.path.join(tmp, "seed-min.xlsx")
    values_only(os.path.join(ROOT, "fixtures", "full.xlsx"), plain)
    ledger = os.path.join(HERE, "seeds", "ledger")
    parts = os.path.join(HERE, "seeds", "parts")
    for d in (ledger, parts):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    rezip(plain, os.path.join(ledger, "seed-min.xlsx"), zipfile.ZIP_STORED)
    rezip(plain, os.path.join(ledger, "seed-deflated.xlsx"), zipfile.ZIP_DEFLATED)
    for fmt in ("xls", "ods"):
        soffice(plain, fmt, ledger)
    spec = importlib.util.spec_from_file_location("fixtures", os.path.join(ROOT, "scripts", "make-fixtures.py"))
    fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixtures)
    fixtures.write_xlsb(plain, os.path.join(ledger, "seed-min.xlsb"))
    for src, dst in [("jexcelapi-cp1252.xls", "seed-jexcelapi.xls"),
                     ("gnumeric.ods", "seed-gnumeric.ods"),
                     ("sheetjs.xlsb", "seed-sheetjs.xlsb")]:
        shutil.copy(os.path.join(ROOT, "fixtures", "producers", src), os.path.join(ledger, dst))
    lo = os.path.join(tmp, "lo")
    soffice(plain, "xlsx:Calc MS Excel 2007 XML", lo)
    rezip(os.path.join(lo, "seed-min.xlsx"), os.path.join(ledger, "seed-lo.xlsx"), zipfile.ZIP_STORED)
    with zipfile.ZipFile(os.path.join(ledger, "seed-lo.xlsx")) as z:
        for i, name in enumerate(z.namelist()):
            with open(os.path.join(parts, "seed-%02d" % i), "wb") as f:
                f.write(bytes([i]) + z.read(name))
