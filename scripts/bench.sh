#!/usr/bin/env bash
# Benchmark of ksfk at city and stress scale (BENCHMARKS.md).
#
#     scripts/bench.sh [RUNS]        # default 5 runs per measurement
#
# Makes two kinds of stress ledger, each at two sizes (scale 7 ≈ 20k and
# scale 70 ≈ 200k 热线工单 rows, other sheets in proportion, all 51 units):
#   inline  the example generator with every date typed as text and 70% of
#           热线工单/转办件 rows late (an audit trail of ~150k entries at
#           200k rows), strings inline in the sheets, as scripts and some
#           exports write them;
#   shared  the same file re-saved by LibreOffice (a shared-string table,
#           as Excel, WPS and LibreOffice write); skipped, and said so,
#           when LibreOffice is not installed.
# Then it measures, RUNS times each, wall time and peak memory (GNU time's
# maximum resident set size) of:
#   bare    examples/bare-read: calamine opens the workbook and touches every
#           cell of every sheet, nothing else;
#   floor   examples/bare-read --floor: zip inflate plus quick-xml events
#           over every worksheet and sharedStrings.xml, nothing kept;
#   check   ksfk check;
#   score   ksfk score writing the workbook, the JSON and the per-unit
#           workbooks.
# Runs are paired: each round runs the four commands on one ledger back to
# back. It prints the medians and checks the targets, each the median of
# the per-round ratios (absolute seconds are not comparable on a noisy
# machine, and ratios of runs made minutes apart are not either),
# for each kind:
#   score(200k) ≤ 3 × bare(200k);  peak memory of score(200k) ≤ 400 MiB;
#   peak memory of score(20k) ≤ 100 MiB;  score(200k) / score(20k) ≤ 11.
# Every figure is printed with the machine, the date and the commit.
# Exit status 1 when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

cargo build --release -q --bin ksfk --example make-ledger --example bare-read
bin=target/release
dir=target/bench
mkdir -p "$dir"
kinds=(inline)
for scale in 7 70; do
  l="$dir/inline-s$scale.xlsx"
  [ -f "$l" ] || "$bin/examples/make-ledger" --seed 2017 --scale "$scale" \
    --text-dates --late-rate 0.7 -o "$l"
done
if command -v soffice >/dev/null 2>&1; then
  kinds+=(shared)
  for scale in 7 70; do
    l="$dir/shared-s$scale.xlsx"
    if [ ! -f "$l" ]; then
      rm -rf "$dir/lo" && mkdir -p "$dir/lo"
      soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" \
        --outdir "$dir/lo" "$dir/inline-s$scale.xlsx" >/dev/null 2>&1
      mv "$dir/lo/inline-s$scale.xlsx" "$l"
    fi
  done
else
  echo "LibreOffice (soffice) is not installed: the shared-string kind is skipped." >&2
fi

# once NAME COMMAND… → appends "NAME seconds peak_KiB" to $dir/runs.txt
once() {
  local name=$1; shift
  rm -rf "$dir/out"; mkdir -p "$dir/out"
  /usr/bin/time -o "$dir/time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || {
    echo "bench: failed: $*" >&2; exit 1; }
  echo "$name $(tail -1 "$dir/time.txt")" >>"$dir/runs.txt"
}

# Paired runs: each round runs bare, floor, check and score of one ledger
# back to back, so a ratio compares runs made under the same load of a
# shared machine; the ratios are the medians of the per-round ratios.
: >"$dir/runs.txt"
for kind in "${kinds[@]}"; do
  for scale in 7 70; do
    l="$dir/$kind-s$scale.xlsx"
    for round in $(seq "$runs"); do
      once "bare-$kind-s$scale" "$bin/examples/bare-read" "$l"
      once "floor-$kind-s$scale" "$bin/examples/bare-read" --floor "$l"
      once "check-$kind-s$scale" "$bin/ksfk" check "$l" --year 2017
      once "score-$kind-s$scale" "$bin/ksfk" score "$l" --year 2017 -o "$dir/out/r.xlsx" \
        --json "$dir/out/r.json" --per-unit "$dir/out/units" --force
      echo "round $round of $kind-s$scale done" >&2
    done
  done
done
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# field NAME COLUMN → that column of NAME's runs, one per line, in order
field() { awk -v k="$1" -v f="$2" '$1==k {print $f}' "$dir/runs.txt"; }
results=$(
  for name in $(awk '{print $1}' "$dir/runs.txt" | awk '!seen[$0]++'); do
    echo "$name $(field "$name" 2 | median) $(field "$name" 3 | median)"
    printf '%-16s runs: %s\n' "$name" "$(field "$name" 2 | tr '\n' ' ')" >&2
  done
)
# ratio A B → median over rounds of A's time ÷ B's time
ratio() { paste <(field "$1" 2) <(field "$2" 2) | awk '{printf "%.4f\n", $1/$2}' | median; }

echo
echo "machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u '+%F %H:%M UTC'); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ uncommitted changes)')"
for kind in "${kinds[@]}"; do
  for scale in 7 70; do
    l="$dir/$kind-s$scale.xlsx"
    "$bin/ksfk" score "$l" --year 2017 -o "$dir/out/r.xlsx" --json "$dir/out/r.json" --force >/dev/null 2>&1
    entries=$(python3 -c "import json,sys; print(sum(len(u['deductions']) for u in json.load(open(sys.argv[1]))['units']))" "$dir/out/r.json")
    sst=$(unzip -l "$l" xl/sharedStrings.xml 2>/dev/null | awk '$4=="xl/sharedStrings.xml" {printf "%.1f MB", $1/1e6}')
    echo "$kind-s$scale.xlsx: $(du -h "$l" | cut -f1), shared strings ${sst:-none}, $entries audit entries"
  done
done
printf '\n%-18s %10s %12s\n' "measure" "median s" "peak MiB"
echo "$results" | awk '{printf "%-18s %10.2f %12.1f\n", $1, $2, $3/1024}'
get() { echo "$results" | awk -v k="$1" -v f="$2" '$1==k {print $f}'; }
fail=0
check() { if awk "BEGIN {exit !($2)}"; then echo "ok    $1"; else echo "MISS  $1"; fail=1; fi; }
echo
for kind in "${kinds[@]}"; do
  s70=$(get "score-$kind-s70" 2); s7=$(get "score-$kind-s7" 2)
  bare=$(printf '%.2f' "$(ratio "score-$kind-s70" "bare-$kind-s70")")
  floor=$(printf '%.2f' "$(ratio "score-$kind-s70" "floor-$kind-s70")")
  mem=$(awk -v m="$(get "score-$kind-s70" 3)" 'BEGIN {printf "%.1f", m/1024}')
  linear=$(awk -v a="$s70" -v b="$s7" 'BEGIN {printf "%.2f", a/b}')
  mem7=$(awk -v m="$(get "score-$kind-s7" 3)" 'BEGIN {printf "%.1f", m/1024}')
  echo "$kind: score(200k) / XML floor(200k) = $floor (for information)"
  check "$kind: score(200k) / bare calamine(200k) = $bare ≤ 3" "$bare <= 3"
  check "$kind: peak memory of score(200k) = $mem MiB ≤ 400" "$mem <= 400"
  check "$kind: peak memory of score(20k) = $mem7 MiB ≤ 100" "$mem7 <= 100"
  check "$kind: score(200k) / score(20k) = $linear ≤ 11" "$linear <= 11"
done
exit $fail
