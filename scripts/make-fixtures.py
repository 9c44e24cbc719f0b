"""Makes the fixtures that rust_xlsxwriter cannot write; the files are
committed, so this runs only when a fixture must change:

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install openpyxl msoffcrypto-tool
    cargo build && /tmp/venv/bin/python scripts/make-fixtures.py

Each starts from `ksfk template` (so the sheets and headers are the real
ones) and is saved by openpyxl, i.e. by another program than ksfk; some are
then saved again by LibreOffice (`soffice`, for cached formula values and
for the .xls and .ods forms) or encrypted with msoffcrypto-tool. The fuzz
seeds (fuzz/seeds/) are made from these fixtures too.

| fixture | what it is |
|---|---|
| epoch-1904.xlsx | the 1904 date system (openpyxl) |
| full.xlsx | a valid ledger with rows in every sheet (openpyxl) |
| full.xls, full.ods | full.xlsx converted by LibreOffice |
| full-libreoffice.xlsx | full.xlsx saved again by LibreOffice: shared strings, as Excel, WPS and LibreOffice write them (ksfk's own .xlsx reader must read it as calamine does) |
| encrypted.xlsx | full.xlsx with the password `ksfk` (msoffcrypto-tool) |
| formulas.xlsx | valid formula cells, hidden rows and columns, trailing spaces, numbers as text; recalculated and saved by LibreOffice |
| formula-errors.xlsx | formula cells whose cached values are #N/A, #REF!, #DIV/0! |
| merged-title.xlsx | a merged title row above the header of 例会 |
| full.xlsb | full.xlsx's values written as .xlsb by `write_xlsb` below (no program at hand writes .xlsb: LibreOffice cannot) |
"""
import datetime
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KSFK = os.environ.get("KSFK", os.path.join(ROOT, "target", "debug", "ksfk"))


def template():
    """A fresh `ksfk template`, opened with openpyxl."""
    tmp = os.path.join(tempfile.mkdtemp(), "template.xlsx")
    subprocess.run([KSFK, "template", "-o", tmp], check=True, stdout=subprocess.DEVNULL)
    return openpyxl.load_workbook(tmp)


def fill_coverage(wb):
    """The rows docs/ledger.md's coverage rules ask for: a 沟通机制 row for each
    区镇 and a 满意度调查 row for each unit (names from 单位名单)."""
    roster = [(r[0], r[1]) for r in wb["单位名单"].iter_rows(min_row=2, values_only=True) if r[0]]
    comm = wb["沟通机制"]
    survey = wb["满意度调查"]
    for name, category in roster:
        if category == "区镇":
            comm.append([name] + ["是"] * 6)
        survey.append([name, None, 90])
    return wb


def epoch_1904(path):
    wb = fill_coverage(template())
    wb.epoch = CALENDAR_MAC_1904
    info = wb["信息报送"]
    info.append(["周庄镇", datetime.date(2017, 3, 5), "1904年的日期", "是"])
    info.append(["周庄镇", datetime.date(2021, 1, 1), "年度外", "是"])
    for row in info.iter_rows(min_row=2):
        row[1].number_format = "yyyy-mm-dd"
    wb.save(path)


D = datetime.date


def date_format(ws, column):
    for row in ws.iter_rows(min_row=2):
        row[column].number_format = "yyyy-mm-dd"


def full(path):
    """A valid 2017 ledger with rows in every sheet (a town, an A组 and a
    B组 department)."""
    wb = fill_coverage(template())
    wb["热线工单"].append(["RX1", "周庄镇", "主办", D(2017, 3, 1), D(2017, 3, 10), None, D(2017, 3, 5), None, "满意"])
    wb["热线工单"].append(["RX2", "公安局", None, D(2017, 4, 1), D(2017, 4, 10), None, D(2017, 4, 12)])
    date_format(wb["热线工单"], 3)
    date_format(wb["热线工单"], 4)
    date_format(wb["热线工单"], 6)
    wb["转办件"].append(["ZB1", "中心转办", "发改委", "主办", D(2017, 5, 2), D(2017, 5, 20), None, D(2017, 5, 18), None, "是", "是", "是"])
    wb["转办件"].append(["ZB2", "督办", "周庄镇", None, D(2017, 6, 1), D(2017, 6, 30), None, D(2017, 6, 20)])
    for c in (4, 5, 7):
        date_format(wb["转办件"], c)
    wb["例会"].append(["周庄镇", D(2017, 3, 5), "是", "是"])
    date_format(wb["例会"], 1)
    wb["沙龙"].append(["周庄镇", D(2017, 5, 5)] + ["是"] * 7)
    date_format(wb["沙龙"], 1)
    wb["工作总结"].append(["周庄镇", 1, D(2017, 4, 5)])
    date_format(wb["工作总结"], 2)
    wb["诉求月报"].append(["周庄镇", 1, "已报送"])
    wb["诉求月报"].append(["周庄镇", 2, "零申报"])
    wb["信息报送"].append(["周庄镇", D(2017, 4, 1), "一条信息", "是"])
    date_format(wb["信息报送"], 1)
    wb["典型案例"].append(["周庄镇", D(2017, 7, 1), "典型案例一", 0.5])
    date_format(wb["典型案例"], 1)
    wb["督查"].append(["周庄镇", 1, 2, "是", "是"])
    wb["服务举措"].append(["周庄镇", "新举措一", D(2017, 2, 1), "是", "是", 80])
    wb["服务举措"].append(["公安局", "服务举措一", D(2017, 2, 1), "是", "是", None, None, "是"])
    date_format(wb["服务举措"], 2)
    wb["政企互动"].append(["发改委", D(2017, 8, 1), "周庄镇", "政策宣讲"])
    date_format(wb["政企互动"], 1)
    wb["提效实践"].append(["公安局", D(2017, 9, 1), "一窗通办", "是"])
    date_format(wb["提效实践"], 1)
    wb.save(path)


def soffice(src, fmt, outdir):
    """Converts `src` with LibreOffice into `outdir`; returns the new path."""
    profile = "file://" + tempfile.mkdtemp()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])


def converted(src, fmt, path):
    """`src` saved by LibreOffice as `fmt` (xls, ods, xlsx) at `path`."""
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in.xlsx"))
    out = soffice(os.path.join(tmp, "in.xlsx"), fmt, os.path.join(tmp, "out"))
    shutil.move(out, path)


def encrypted(src, path):
    import msoffcrypto

    with open(src, "rb") as f:
        office = msoffcrypto.OfficeFile(f)
        office.load_key(password="ksfk")
        with open(path, "wb") as out:
            office.encrypt("ksfk", out)


def formulas(path):
    """Cells as people leave them, all valid: formula cells (their cached
    values are read), a hidden row and a hidden column (read as data),
    trailing spaces, numbers stored as text. LibreOffice recalculates the
    formulas and saves their cached values.

    信息报送: row 2 日期 =DATE(2017,3,5), 录用 =IF(1>0,"是","否");
    row 3 (hidden) 日期 =DATE(2016,12,31) (left out of 2017: a warning
    names 信息报送!3); column C 标题 hidden.
    满意度调查: 周庄镇's 得分 =45*2; 锦溪镇's 得分 is the text "88 ".
    工作总结: 季度 is the text "2" and 单位 is "周庄镇 " (trailing space)."""
    wb = template()
    roster = [(r[0], r[1]) for r in wb["单位名单"].iter_rows(min_row=2, values_only=True) if r[0]]
    for name, category in roster:
        if category == "区镇":
            wb["沟通机制"].append([name] + ["是"] * 6)
    survey = wb["满意度调查"]
    for name, _ in roster:
        if name == "周庄镇":
            survey.append([name + "  ", None, "=45*2"])
        elif name == "锦溪镇":
            survey.append([name, None, "88 "])
        else:
            survey.append([name, None, 90])
    info = wb["信息报送"]
    info.append(["周庄镇", "=DATE(2017,3,5)", "公式日期", '=IF(1>0,"是","否")'])
    info.append(["周庄镇", "=DATE(2016,12,31)", "隐藏行", "是"])
    info.row_dimensions[3].hidden = True
    info.column_dimensions["C"].hidden = True
    date_format(info, 1)
    wb["工作总结"].append(["周庄镇 ", "2", None])
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "formulas.xlsx")
    wb.save(src)
    converted(src, "xlsx:Calc MS Excel 2007 XML", path)


def formula_errors(path):
    """Formula cells whose cached values are errors, in used columns, and
    one in an extra column (备注, ignored):
    信息报送!B2 =NA() → #N/A; 满意度调查!C3 (发改委... the 2nd unit) =#REF!
    is written as a formula to a deleted sheet; 督查!C2 =1/0 → #DIV/0!;
    例会!E2 (备注) =NA()."""
    wb = fill_coverage(template())
    wb["信息报送"].append(["周庄镇", "=NA()", "出错的日期", "是"])
    wb["督查"].append(["周庄镇", 1, "=1/0", "是", "是"])
    wb["例会"]["E1"] = "备注"
    wb["例会"].append(["周庄镇", D(2017, 3, 5), "是", "是", "=NA()"])
    date_format(wb["例会"], 1)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "errors.xlsx")
    wb.save(src)
    out = os.path.join(tmp, "errors-lo.xlsx")
    converted(src, "xlsx:Calc MS Excel 2007 XML", out)
    # #REF!: LibreOffice cannot be made to keep a formula to a deleted
    # cell, so the survey sheet's C3 is set by hand as Excel saves it.
    set_cell_xml(out, path, "满意度调查", "C3", '<c r="C3" t="e"><f>#REF!*2</f><v>#REF!</v></c>')


def set_cell_xml(src, dst, sheet, ref, xml):
    """Copies the xlsx `src` to `dst` with the cell `ref` of `sheet`
    replaced by the raw `xml`."""
    import re

    with zipfile.ZipFile(src) as z:
        wbxml = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % sheet, wbxml).group(1)
        target = re.search(r'<Relationship [^>]*Id="%s"[^>]*Target="([^"]+)"' % rid, rels) or re.search(
            r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="%s"' % rid, rels
        )
        part = "xl/" + target.group(1).lstrip("/").removeprefix("xl/")
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
            for item in z.infolist():
                data = z.read(item.filename)
                if item.filename == part:
                    text = data.decode()
                    new, n = re.subn(r'<c r="%s"[^>]*?(/>|>.*?</c>)' % ref, xml, text, count=1)
                    assert n == 1, (part, ref)
                    data = new.encode()
                out.writestr(item, data)


def merged_title(path):
    """例会 with a merged title row A1:D1 above its header."""
    wb = fill_coverage(template())
    ws = wb["例会"]
    ws.insert_rows(1)
    ws["A1"] = "2017年度区镇企业服务例会台账"
    ws.merge_cells("A1:D1")
    ws.append(["周庄镇", D(2017, 3, 5), "是", "是"])
    wb.save(path)


def xlsb_record(typ, body=b""):
    """One BIFF12 record: its type and size as 7-bit varints, then the body."""
    out = bytearray()
    if typ >= 0x80:
        out += bytes([(typ & 0x7F) | 0x80, typ >> 7])
    else:
        out.append(typ)
    n = len(body)
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            break
    return bytes(out) + body


def wide(s):
    """XLWideString: a u32 count of UTF-16 units, then the units."""
    data = s.encode("utf-16-le")
    return struct.pack("<I", len(data) // 2) + data


def write_xlsb(src, path):
    """`src`'s values as a minimal .xlsb ([MS-XLSB]): workbook.bin with one
    BrtBundleSh per sheet, each sheet's cells as BrtCellSt (text),
    BrtCellReal (numbers; dates as 1900-epoch serials) and BrtCellBool,
    no shared strings and no styles."""
    wb = openpyxl.load_workbook(src)
    sheets = [ws for ws in wb if ws.title != "选项"]
    epoch = datetime.date(1899, 12, 30)
    files = {}
    book = xlsb_record(0x0083) + xlsb_record(0x008F)
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, ws in enumerate(sheets, 1):
        book += xlsb_record(0x009C, struct.pack("<II", 0, i) + wide(f"rId{i}") + wide(ws.title))
        rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.bin"/>')
        rows = [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]
        width = max((len(r) for r in rows), default=1)
        sheet = xlsb_record(0x0081) + xlsb_record(0x0094, struct.pack("<IIII", 0, max(len(rows) - 1, 0), 0, width - 1))
        sheet += xlsb_record(0x0091)
        for r, row in enumerate(rows):
            sheet += xlsb_record(0x0000, struct.pack("<IIHBBI", r, 0, 300, 0, 0, 0))
            for c, v in enumerate(row):
                head = struct.pack("<II", c, 0)
                if v is None:
                    continue
                if isinstance(v, bool):
                    sheet += xlsb_record(0x0004, head + bytes([int(v)]))
                elif isinstance(v, (int, float)):
                    sheet += xlsb_record(0x0005, head + struct.pack("<d", v))
                elif isinstance(v, (datetime.date, datetime.datetime)):
                    d = v.date() if isinstance(v, datetime.datetime) else v
                    sheet += xlsb_record(0x0005, head + struct.pack("<d", (d - epoch).days))
                else:
                    sheet += xlsb_record(0x0006, head + wide(str(v)))
        sheet += xlsb_record(0x0092) + xlsb_record(0x0082)
        files[f"xl/worksheets/sheet{i}.bin"] = sheet
    book += xlsb_record(0x0090) + xlsb_record(0x0084)
    rels.append("</Relationships>")
    files["xl/workbook.bin"] = book
    files["xl/_rels/workbook.bin.rels"] = "".join(rels).encode()
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/>'
        "</Relationships>"
    ).encode()
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
        for i in range(1, len(sheets) + 1)
    )
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        f"{overrides}</Types>"
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.bin", "xl/_rels/workbook.bin.rels"] + [
            f"xl/worksheets/sheet{i}.bin" for i in range(1, len(sheets) + 1)
        ]:
            z.writestr(name, files[name])


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "fixtures")
    j = lambda name: os.path.join(out, name)
    epoch_1904(j("epoch-1904.xlsx"))
    full(j("full.xlsx"))
    converted(j("full.xlsx"), "xls", j("full.xls"))
    converted(j("full.xlsx"), "ods", j("full.ods"))
    converted(j("full.xlsx"), "xlsx:Calc MS Excel 2007 XML", j("full-libreoffice.xlsx"))
    encrypted(j("full.xlsx"), j("encrypted.xlsx"))
    formulas(j("formulas.xlsx"))
    formula_errors(j("formula-errors.xlsx"))
    merged_title(j("merged-title.xlsx"))
    write_xlsb(j("full.xlsx"), j("full.xlsb"))
