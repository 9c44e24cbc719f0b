#!/usr/bin/env bash
# Fuzzes the ledger reader with cargo-fuzz (libFuzzer), on the stable
# toolchain (RUSTC_BOOTSTRAP=1 lets cargo-fuzz use its nightly flags).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS (default 60) is the total time, shared equally by the targets
# (default: ledger parts names):
#   ledger  ksfk::ledger::read_bytes on arbitrary bytes, seeded with small
#           valid .xlsx, .xls and .ods ledgers (fuzz/seeds/ledger)
#   parts   a valid .xlsx with one zip entry replaced by the input, so
#           mutations reach the XML past the zip checksums (fuzz/seeds/parts)
#   names   a valid .xlsx whose sheet names, shared strings (and their
#           claimed count) and zip entry names come from the input: the
#           sheet-name matching and the shared-string checks (fuzz/seeds/names)
# Memory is bounded (-rss_limit_mb=1024, which also caps single mallocs);
# each input has 10 s. Built without AddressSanitizer (ksfk has no unsafe
# code; overflow checks and debug assertions stay on), which runs
# about three times faster; FUZZ_SANITIZER=address brings it back. The growing corpus is kept in fuzz/corpus/TARGET
# (not committed). A crash, timeout or out-of-memory leaves its input in
# fuzz/artifacts/TARGET/ and the script exits non-zero (after running the
# other targets): turn it into a test in tests/integration/hostile.rs, then fix it.
#
# A panic is caught by the reader and reported with its place; the targets
# crash on one in ksfk's own code. One inside calamine (an upstream bug,
# which ksfk turns into a clear error) is a crash only with
# KSFK_FUZZ_STRICT=1.
#
# Installs cargo-fuzz (from crates.io, about a minute and a half) when it is
# missing. Extra libFuzzer flags can be given in FUZZ_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(ledger parts names)
fi
per=$(( seconds / ${#targets[@]} ))
if [ "$per" -lt 1 ]; then per=1; fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1}
status=0
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
    echo "fuzz.sh: $t for ${per}s" >&2
    # shellcheck disable=SC2086
    cargo fuzz run --fuzz-dir fuzz --sanitizer "${FUZZ_SANITIZER:-none}" "$t" \
        "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -max_total_time="$per" -rss_limit_mb=1024 -timeout=10 \
        -artifact_prefix="fuzz/artifacts/$t/" -print_final_stats=1 ${FUZZ_FLAGS:-} \
        || status=1
done
exit $status
