#!/usr/bin/env bash
# Benchmark of ksfk at city and stress scale (BENCHMARKS.md).
#
#     scripts/bench.sh [RUNS]        # default 5 runs per measurement
#
# Makes two stress ledgers with the example generator (scale 7 ≈ 20k and
# scale 70 ≈ 200k 热线工单 rows, other sheets in proportion, all 51 units),
# then measures, RUNS times each, wall time and peak memory (GNU time's
# maximum resident set size) of:
#   bare    examples/bare-read: calamine opens the workbook and touches every
#           cell of every sheet, nothing else (the baseline);
#   check   ksfk check;
#   score   ksfk score writing the workbook, the JSON and the per-unit
#           workbooks.
# It prints the medians and checks the targets, each a ratio measured in
# this same run (absolute seconds are not comparable on a noisy machine):
#   score(200k) ≤ 1.5 × bare(200k); peak memory of score(200k) ≤ 150 MiB;
#   8 ≤ score(200k) / score(20k) ≤ 12.
# Exit status 1 when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

cargo build --release -q --bin ksfk --example make-ledger --example bare-read
bin=target/release
dir=target/bench
mkdir -p "$dir"
for scale in 7 70; do
  [ -f "$dir/ledger-s$scale.xlsx" ] ||
    "$bin/examples/make-ledger" --seed 2017 --scale "$scale" -o "$dir/ledger-s$scale.xlsx"
done

# measure NAME COMMAND… → prints "NAME median_seconds median_peak_KiB"
measure() {
  local name=$1; shift
  local times=() mems=()
  for _ in $(seq "$runs"); do
    rm -rf "$dir/out"; mkdir -p "$dir/out"
    /usr/bin/time -o "$dir/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
    local line
    line=$(tail -1 "$dir/time.txt")
    times+=("${line% *}"); mems+=("${line#* }")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  m=$(printf '%s\n' "${mems[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$name $t $m"
  printf '%-12s runs: %s\n' "$name" "${times[*]}" >&2
}

results=$(
  for scale in 7 70; do
    l="$dir/ledger-s$scale.xlsx"
    measure "bare-s$scale" "$bin/examples/bare-read" "$l"
    measure "check-s$scale" "$bin/ksfk" check "$l" --year 2017
    measure "score-s$scale" "$bin/ksfk" score "$l" --year 2017 -o "$dir/out/r.xlsx" \
      --json "$dir/out/r.json" --per-unit "$dir/out/units" --force
  done
)

echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F); commit $(git rev-parse --short HEAD)"
for scale in 7 70; do
  rows=$("$bin/ksfk" check "$dir/ledger-s$scale.xlsx" --year 2017 2>/dev/null | awk '$1=="热线工单" {print $2}')
  echo "ledger-s$scale.xlsx: $(du -h "$dir/ledger-s$scale.xlsx" | cut -f1), 热线工单 $rows rows"
done
printf '\n%-10s %10s %12s\n' "measure" "median s" "peak MiB"
echo "$results" | awk '{printf "%-10s %10.2f %12.1f\n", $1, $2, $3/1024}'
get() { echo "$results" | awk -v k="$1" -v f="$2" '$1==k {print $f}'; }
ratio=$(awk -v a="$(get score-s70 2)" -v b="$(get bare-s70 2)" 'BEGIN {printf "%.2f", a/b}')
mem=$(awk -v m="$(get score-s70 3)" 'BEGIN {printf "%.1f", m/1024}')
linear=$(awk -v a="$(get score-s70 2)" -v b="$(get score-s7 2)" 'BEGIN {printf "%.2f", a/b}')
fail=0
check() { if awk "BEGIN {exit !($2)}"; then echo "ok    $1"; else echo "MISS  $1"; fail=1; fi; }
echo
check "score(200k) / bare(200k) = $ratio ≤ 1.5" "$ratio <= 1.5"
check "peak memory of score(200k) = $mem MiB ≤ 150" "$mem <= 150"
check "score(200k) / score(20k) = $linear in 8..12" "$linear >= 8 && $linear <= 12"
exit $fail
