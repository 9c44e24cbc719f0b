#!/usr/bin/env bash
# Renders the example's results the way a person sees them printed, for the
# README: LibreOffice prints the result workbook and one per-unit workbook
# to PDF, pdftoppm turns pages into PNGs:
#
#   docs/summary.png     the first page of 汇总 (A4 landscape, one page wide)
#   docs/chart.png       the first page of 图表 (总分 of the 区镇, every unit labelled)
#   docs/unit-sheet.png  the first page of 住建局's score sheet (--per-unit)
#
# Installs LibreOffice, the Noto CJK fonts and poppler if missing.
#
#     scripts/render.sh                 # builds ksfk (release)
#     KSFK=path/to/ksfk scripts/render.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq libreoffice-calc-nogui fonts-noto-cjk poppler-utils >/dev/null
fi
if [ -z "${KSFK:-}" ]; then
  cargo build --release -q
  KSFK="${CARGO_TARGET_DIR:-target}/release/ksfk"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp examples/ledger-2017.xlsx "$tmp/ledger.xlsx"
"$KSFK" score "$tmp/ledger.xlsx" --year 2017 -o "$tmp/result.xlsx" --per-unit "$tmp/units" >/dev/null 2>&1
cp "$tmp/units/2017-住建局.xlsx" "$tmp/unit.xlsx"
(cd "$tmp" && timeout 300 soffice --headless --convert-to pdf result.xlsx unit.xlsx >/dev/null 2>&1)
# 110 dpi: an A4 page is about 1290 × 910 pixels, the text legible.
pdftoppm -r 110 -f 1 -l 1 -png -singlefile "$tmp/result.pdf" docs/summary
# 图表 follows 汇总 and 公示: its first page is the one with the chart's
# title (the page header says 总分图表 too).
pages=$(pdfinfo "$tmp/result.pdf" | awk '/^Pages:/ {print $2}')
chart=""
for p in $(seq 1 "$pages"); do
  if pdftotext -f "$p" -l "$p" "$tmp/result.pdf" - | grep -q "总分图表"; then
    chart=$p
    break
  fi
done
if [ -z "$chart" ]; then
  echo "render.sh: no page of 图表 in the PDF" >&2
  exit 1
fi
pdftoppm -r 110 -f "$chart" -l "$chart" -png -singlefile "$tmp/result.pdf" docs/chart
pdftoppm -r 110 -f 1 -l 1 -png -singlefile "$tmp/unit.pdf" docs/unit-sheet
echo "wrote docs/summary.png, docs/chart.png, docs/unit-sheet.png"
