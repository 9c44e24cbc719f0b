#!/usr/bin/env bash
# Renders the 汇总 sheet of the example's result workbook to docs/summary.png
# (for the README) the way a person sees it: LibreOffice prints the workbook
# to PDF, pdftoppm turns the first page (汇总 and its chart, fit to one
# A4 landscape page) into a PNG. Installs LibreOffice and poppler if missing.
#
#     scripts/render.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq libreoffice-calc-nogui fonts-noto-cjk poppler-utils >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo build --release -q
cp examples/ledger-2017.xlsx "$tmp/ledger.xlsx"
./target/release/ksfk score "$tmp/ledger.xlsx" --year 2017 -o "$tmp/result.xlsx" >/dev/null 2>&1
(cd "$tmp" && timeout 300 soffice --headless --convert-to pdf result.xlsx >/dev/null 2>&1)
# 150 dpi, cropped to the table and the chart.
pdftoppm -r 150 -f 1 -l 1 -x 95 -y 100 -W 1530 -H 660 -png -singlefile "$tmp/result.pdf" docs/summary
echo "wrote docs/summary.png"
