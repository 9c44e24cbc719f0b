#!/usr/bin/env bash
# Renders the example's results the way a person sees them printed, for the
# README and docs/outputs.md: LibreOffice prints the result workbook, one
# per-unit workbook and a `ksfk diff` workbook to PDF, and pdftoppm turns
# one page of each kind of sheet into a PNG under docs/:
#
#   summary.png         汇总, first page (A4 landscape, title in the page header)
#   summary-legend.png  汇总, last page: the legend of the clause items
#   public.png          公示, first page (区镇 on a page of its own)
#   public-end.png      公示, last page: B组, 公示期 and the signature for the stamp
#   chart.png           图表, first page (总分 of the 区镇, every unit labelled)
#   unit-sheet.png      住建局's score sheet, first page (--per-unit)
#   unit-entries.png    昆山开发区's third page: its entries, headers repeated
#   details.png         扣分明细, first page
#   warnings.png        警告, first page
#   notes.png           说明, first page
#   diff.png            ksfk diff's 扣分变动 (year-end against 暂计 at 09-30)
#
# Pages are found by their page header (the sheet's subject on the left).
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
"$KSFK" score "$tmp/ledger.xlsx" --year 2017 --as-of 2017-09-30 -o "$tmp/interim.xlsx" >/dev/null 2>&1
"$KSFK" diff "$tmp/interim.xlsx" "$tmp/result.xlsx" -o "$tmp/diff.xlsx" >/dev/null 2>&1
cp "$tmp/units/2017-住建局.xlsx" "$tmp/unit.xlsx"
(cd "$tmp" && timeout 600 soffice --headless --convert-to pdf result.xlsx unit.xlsx diff.xlsx >/dev/null 2>&1)

# pages PDF PREFIX: the pages whose first line (the page header) starts
# with PREFIX.
pages() {
  local n
  n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for p in $(seq 1 "$n"); do
    local first
    first=$(pdftotext -layout -f "$p" -l "$p" "$1" - | awk 'NF {sub(/^ +/, ""); print; exit}')
    case "$first" in
      "$2"*) echo "$p" ;;
    esac
  done
}

# shot PDF PAGE NAME: docs/NAME.png at 110 dpi (an A4 page is about
# 1290 × 910 pixels, the text legible).
shot() {
  if [ -z "$2" ]; then
    echo "render.sh: no page for docs/$3.png" >&2
    exit 1
  fi
  pdftoppm -r 110 -f "$2" -l "$2" -png -singlefile "$1" "docs/$3"
  echo "docs/$3.png: page $2 of $(basename "$1")"
}

r="$tmp/result.pdf"
summary=$(pages "$r" "汇总")
shot "$r" "$(echo "$summary" | head -1)" summary
shot "$r" "$(echo "$summary" | tail -1)" summary-legend
public=$(pages "$r" "昆山市2017年度服务企业发展考核结果")
shot "$r" "$(echo "$public" | head -1)" public
shot "$r" "$(echo "$public" | tail -1)" public-end
shot "$r" "$(pages "$r" "总分图表" | head -1)" chart
shot "$r" "$(pages "$r" "昆山开发区（区镇）" | sed -n 3p)" unit-entries
shot "$r" "$(pages "$r" "扣分明细" | head -1)" details
shot "$r" "$(pages "$r" "警告" | head -1)" warnings
shot "$r" "$(pages "$r" "说明" | head -1)" notes
shot "$tmp/unit.pdf" 1 unit-sheet
shot "$tmp/diff.pdf" "$(pages "$tmp/diff.pdf" "扣分变动" | head -1)" diff
