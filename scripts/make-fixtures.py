"""Makes the fixtures that rust_xlsxwriter cannot write; the files are
committed, so this runs only when a fixture must change:

    cargo build && python3 scripts/make-fixtures.py   # needs openpyxl

Each starts from `ksfk template` (so the sheets and headers are the real
ones) and is saved by openpyxl, i.e. by another program than ksfk.
"""
import datetime
import os
import subprocess
import sys
import tempfile

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
    """The rows LEDGER.md's coverage rules ask for: a 沟通机制 row for each
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


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "fixtures")
    epoch_1904(os.path.join(out, "epoch-1904.xlsx"))
