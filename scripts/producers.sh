#!/usr/bin/env bash
# The producer matrix (issue #25; scripts/producers.py says what it checks):
# installs every producer that Debian, npm and PyPI offer here — only what
# is missing — builds ksfk, and runs the matrix on the example ledger (about
# a third of its rows; --whole for all of them, 3 times longer). Every
# producer must be installed (--require-all): one that cannot be is a
# failure, not a silent skip.
#
#   scripts/producers.sh                       # as CI runs it
#   scripts/producers.sh --only sheetjs --keep /tmp/matrix
#
# About 3 minutes from nothing installed on a busy machine (1.5 min of
# installs, 1.5 min of writing and scoring, two at a time); the npm
# packages and the Python venv are kept under target/producers/
# (PRODUCERS_DIR) for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${PRODUCERS_DIR:-target/producers}
mkdir -p "$WORK"

# retry COMMAND…: a registry that does not answer once is asked twice more.
retry() {
  local n
  for n in 1 2 3; do
    "$@" && return 0
    echo "producers.sh: attempt $n failed: $*" >&2
    sleep $((n * 10))
  done
  return 1
}

# Debian: LibreOffice, Gnumeric, JExcelApi, Apache POI, the Perl writers,
# libxlsxwriter, and the compilers and runtimes they need.
need=()
for p in libreoffice-calc-nogui gnumeric libjexcelapi-java libapache-poi-java \
  libspreadsheet-writeexcel-perl libexcel-writer-xlsx-perl libxlsxwriter-dev; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
command -v javac >/dev/null || need+=(default-jdk-headless)
command -v cc >/dev/null || need+=(gcc libc6-dev)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
if ((${#need[@]})); then
  echo "producers.sh: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  retry apt-get update -qq
  retry apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# npm: SheetJS, ExcelJS, excel4node and xlsx-populate, as web systems
# bundle them.
node_packages=(xlsx@0.18.5 exceljs@4.4.0 excel4node@1.8.2 xlsx-populate@1.21.0)
for p in "${node_packages[@]}"; do
  if [ ! -d "$WORK/node/node_modules/${p%@*}" ]; then
    retry npm install --prefix "$WORK/node" --no-audit --no-fund --silent "${node_packages[@]}"
    break
  fi
done

# PyPI: the Python writers, and openpyxl to read the ledger's values.
if [ ! -x "$WORK/venv/bin/python" ]; then
  python3 -m venv "$WORK/venv"
fi
retry "$WORK/venv/bin/pip" install --quiet --disable-pip-version-check \
  openpyxl==3.1.5 XlsxWriter==3.3.1 xlwt==1.3.0 PyExcelerate==0.13.0 pandas==3.1.1 odfpy==1.4.1 \
  odfdo==3.27.3 odswriter==0.5.0 pylightxl==1.61

if [ -z "${KSFK:-}" ]; then
  cargo build --quiet --bin ksfk
fi
PRODUCERS_NODE="$WORK/node" "$WORK/venv/bin/python" scripts/producers.py --require-all "$@"
