#!/usr/bin/env bash
# Runs the Windows release under Wine and compares it with the Linux release:
#
#     scripts/release.sh && scripts/wine-test.sh [WINDOWS.zip LINUX.tar.gz]
#
# (default: the two archives of this version in dist/). It tests what ships:
# the zip is unpacked into a folder with a Chinese name and a space, and:
#
#   1. ksfk.exe --version prints what the Linux build prints;
#   2. score on the zip's example ledger, kept as `考核 数据\台账 2017.xlsx`
#      and given as a full Windows path, with -o (a full path), --json and
#      --per-unit (a folder ksfk makes), all Chinese names with spaces:
#      exit 0; the JSON is byte for byte the Linux build's on the same
#      input; the result workbook and the per-unit workbooks hold the same
#      parts with the same bytes (the zip entries differ only in the "made
#      by" system);
#   3. check on a bad ledger (fixtures/formula-errors.xlsx, three #N/A-style
#      cells): exit 1, the Chinese error with its place, the same text as
#      the Linux build, and no file written;
#   4. template writes the zip's 空白台账.xlsx again, part for part;
#   5. 拖入台账计分.bat, run by Wine's cmd with a ledger "dropped" on it (its
#      full path as %1): it ends as `ksfk.exe score <that ledger>` run by hand
#      does (same exit status, same messages, a result beside the ledger when
#      it succeeds), so it found ksfk.exe and passed the path intact;
#   6. each helper of the analyst's year, run by Wine's cmd with what was
#      dropped as its arguments and the answers to its prompts piped in (a
#      date or Enter, then the key for `pause`): 检查台账.bat (Enter = the
#      whole year; a date = checked as of it; nothing written), 年中暂计.bat
#      (a date: 考核结果-2017-暂计截至0630.xlsx; Enter: as of last month's
#      end), 年终计分.bat on a folder, twice (the result and 各单位-2017 with
#      a workbook per unit, then 考核结果-2017 (2).xlsx and 各单位-2017 (2),
#      the first ones untouched), and 比较两次结果.bat (two results dropped
#      together in either order, one alone compared with the earlier one,
#      and their folder): the exit status, the files, and every file
#      written listed by its full Windows path.
#
# Wine 8 (Debian 12) has no bcryptprimitives.dll, which Rust's standard
# library imports on Windows; without it ksfk.exe fails to load (c0000135).
# For this test only, a stub of it (scripts/wine/bcryptprimitives.c) is
# built with MinGW and put beside the unpacked ksfk.exe. It never ships:
# Windows 10 and 11 have the real one, and release.sh refuses a zip with it.
#
# Headless and quiet: a fresh WINEPREFIX in a temporary folder, WINEDEBUG=-all,
# no Mono/Gecko (console programs need no X display). Installs Wine (Debian's
# wine64, or wine) and MinGW when they are missing and it runs as root.
# Takes about 15 s after the installs, most of it creating the Wine prefix.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
start=$(date +%s)

version=$(sed -n 's/^version = "\([^"]*\)".*/\1/p' Cargo.toml | head -n 1)
zip=${1:-dist/ksfk-$version-windows-x86_64.zip}
tarball=${2:-dist/ksfk-$version-linux-x86_64.tar.gz}
for f in "$zip" "$tarball"; do
  [ -f "$f" ] || { echo "wine-test.sh: $f is missing (run scripts/release.sh)" >&2; exit 1; }
done
zip=$(realpath "$zip")
tarball=$(realpath "$tarball")

# --- tools -----------------------------------------------------------------
find_wine() {
  for w in wine64 wine /usr/lib/wine/wine64; do
    if command -v "$w" >/dev/null 2>&1; then command -v "$w"; return; fi
  done
}
need=()
[ -n "$(find_wine)" ] || need+=("$(apt-cache show wine64 >/dev/null 2>&1 && echo wine64 || echo wine)")
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need+=(gcc-mingw-w64-x86-64)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "wine-test.sh: missing ${need[*]}; install with: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi
wine=$(find_wine)
wineserver=$(command -v wineserver 2>/dev/null || echo "$(dirname "$(realpath "$wine")")/wineserver64")
[ -x "$wineserver" ] || wineserver=/usr/lib/wine/wineserver64

tmp=$(mktemp -d)
export WINEPREFIX=$tmp/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY
cleanup() {
  "$wineserver" -k >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# --- unpack both releases ----------------------------------------------------
app="$tmp/下载 文件"          # where the analyst unzipped the release
mkdir -p "$app" "$tmp/linux"
python3 - "$zip" "$app" <<'EOF'
import os, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for info in z.infolist():
    name = info.filename.split("/", 1)[1]  # drop the top folder
    with open(os.path.join(sys.argv[2], name), "wb") as out:
        out.write(z.read(info))
EOF
tar -xzf "$tarball" -C "$tmp/linux" --strip-components=1
exe="$app/ksfk.exe"
lin="$tmp/linux/ksfk"
x86_64-w64-mingw32-gcc -shared -s -o "$app/bcryptprimitives.dll" scripts/wine/bcryptprimitives.c -ladvapi32

"$wine" wineboot -i >/dev/null 2>&1 || true
"$wineserver" -w
winpath() { "$wine" winepath -w "$1" 2>/dev/null | tr -d '\r'; }
boot=$(date +%s)

failed=0
ok() { echo "ok    $1"; }
fail() { echo "FAIL  $1"; failed=1; }
run_win() { "$wine" "$exe" "$@"; }

# Compares two zip containers (xlsx) part by part; prints the differences.
same_parts() {
  python3 - "$1" "$2" <<'EOF'
import sys, zipfile
a, b = (zipfile.ZipFile(p) for p in sys.argv[1:3])
if a.namelist() != b.namelist():
    print(f"parts differ: {a.namelist()} vs {b.namelist()}")
    sys.exit(1)
bad = [n for n in a.namelist() if a.read(n) != b.read(n)]
for n in bad:
    print(f"part {n} differs")
sys.exit(1 if bad else 0)
EOF
}

# Compares two folders of xlsx files: same names, same parts.
same_folders() {
  local a=$1 b=$2 f
  if [ "$(cd "$a" && ls)" != "$(cd "$b" && ls)" ]; then
    echo "file lists differ"; return 1
  fi
  [ -n "$(ls "$a")" ] || { echo "no files"; return 1; }
  for f in "$a"/*; do
    same_parts "$f" "$b/$(basename "$f")" || return 1
  done
}

# 1. --version
v_win=$(run_win --version | tr -d '\r')
v_lin=$("$lin" --version)
if [ "$v_win" = "ksfk $version" ] && [ "$v_win" = "$v_lin" ]; then
  ok "ksfk.exe --version: $v_win"
else
  fail "ksfk.exe --version: '$v_win' (Linux: '$v_lin', want 'ksfk $version')"
fi

# 2. score under a Chinese path with a space, against the Linux build.
for side in win lin; do
  mkdir -p "$tmp/$side/考核 数据" "$tmp/$side/输出 结果"
  cp "$app/示例台账-2017.xlsx" "$tmp/$side/考核 数据/台账 2017.xlsx"
done
(
  cd "$tmp/win/考核 数据"
  set +e
  run_win score "$(winpath "$tmp/win/考核 数据/台账 2017.xlsx")" --year 2017 \
    -o "$(winpath "$tmp/win/输出 结果")\\考核结果 2017.xlsx" \
    --json "结果 2017.json" --per-unit "各单位 结果" > ../out.txt 2> ../err.txt
  echo $? > ../rc
)
(
  cd "$tmp/lin/考核 数据"
  set +e
  "$lin" score "台账 2017.xlsx" --year 2017 -o "../输出 结果/考核结果 2017.xlsx" \
    --json "结果 2017.json" --per-unit "各单位 结果" > ../out.txt 2> ../err.txt
  echo $? > ../rc
)
w="$tmp/win/考核 数据"
l="$tmp/lin/考核 数据"
if [ "$(cat "$tmp/win/rc")" = 0 ] && [ "$(cat "$tmp/lin/rc")" = 0 ]; then
  ok "score exits 0 on both"
else
  fail "score exit status: Windows $(cat "$tmp/win/rc"), Linux $(cat "$tmp/lin/rc")"
  sed 's/^/      /' "$tmp/win/err.txt" | head -n 20
fi
if grep -q "2017年度" "$tmp/win/out.txt"; then
  ok "score prints Chinese (UTF-8 when redirected)"
else
  fail "score's output lacks 2017年度: $(head -c 300 "$tmp/win/out.txt")"
fi
if [ -s "$w/结果 2017.json" ] && cmp -s "$w/结果 2017.json" "$l/结果 2017.json"; then
  ok "JSON byte for byte the Linux build's ($(wc -c < "$w/结果 2017.json") bytes)"
else
  fail "JSON differs from the Linux build's (or is missing)"
fi
result="输出 结果/考核结果 2017.xlsx"
if [ -f "$tmp/lin/$result" ] && [ -f "$tmp/win/$result" ] \
   && msg=$(same_parts "$tmp/win/$result" "$tmp/lin/$result"); then
  ok "result workbook '$result' (-o, a full Windows path): every part the same as the Linux build's"
else
  fail "result workbook: ${msg:-missing} "
fi
if msg=$(same_folders "$w/各单位 结果" "$l/各单位 结果"); then
  ok "--per-unit folder '各单位 结果': $(ls "$w/各单位 结果" | wc -l) workbooks, the same as the Linux build's"
else
  fail "--per-unit folder: $msg"
fi

# 3. check on a bad ledger: exit 1, the Chinese message with its place.
mkdir -p "$tmp/bad/有错 台账" "$tmp/badlin"
cp fixtures/formula-errors.xlsx "$tmp/bad/有错 台账/台账 有错.xlsx"
cp fixtures/formula-errors.xlsx "$tmp/badlin/台账 有错.xlsx"
set +e
(cd "$tmp/bad/有错 台账" && run_win check "台账 有错.xlsx" --year 2017 > ../out.txt 2> ../err.txt)
rc_win=$?
(cd "$tmp/badlin" && "$lin" check "台账 有错.xlsx" --year 2017 > out.txt 2> err.txt)
rc_lin=$?
set -e
if [ $rc_win = 1 ] && grep -q "信息报送!B2" "$tmp/bad/err.txt" && grep -q "错误" "$tmp/bad/err.txt" \
   && cmp -s "$tmp/bad/err.txt" "$tmp/badlin/err.txt" && [ "$(ls "$tmp/bad/有错 台账")" = "台账 有错.xlsx" ]; then
  ok "check on a bad ledger: exit 1, $(grep -m 1 "信息报送!B2" "$tmp/bad/err.txt" | sed 's/^ *//')"
else
  fail "check on a bad ledger: exit $rc_win (Linux $rc_lin), want 1 and the Linux build's message:"
  diff "$tmp/bad/err.txt" "$tmp/badlin/err.txt" | head -n 20 || true
fi

# 4. template
mkdir -p "$tmp/空白 模板"
(cd "$tmp/空白 模板" && run_win template -o "空白 台账.xlsx" > /dev/null 2>&1) || true
if msg=$(same_parts "$tmp/空白 模板/空白 台账.xlsx" "$app/空白台账.xlsx" 2>&1); then
  ok "template: the same workbook as the zip's 空白台账.xlsx"
else
  fail "template: $msg"
fi

# 5. the drag-and-drop helper: %1 is the dropped ledger's full path. The
#    bat runs first; its result (if any) is moved aside; then the same
#    command by hand, on the same path, must end the same way.
drop="$tmp/拖入 测试"
mkdir -p "$drop" "$tmp/bat"
cp "$app/示例台账-2017.xlsx" "$drop/台账 2017.xlsx"
ledger_w=$(winpath "$drop/台账 2017.xlsx")
set +e
# (Run from its folder: `cmd /c "a b.bat" "c d"` would lose its outer
# quotes to cmd's /c rule, and Wine cannot pass the ""…" "…"" form.)
(cd "$app" && timeout 120 "$wine" cmd /c 拖入台账计分.bat "$ledger_w" \
  < /dev/null > "$tmp/bat/out.txt" 2> "$tmp/bat/err.txt")
rc_bat=$?
files_bat=$(cd "$drop" && ls)
find "$drop" -mindepth 1 ! -name "台账 2017.xlsx" -exec mv -t "$tmp/bat" {} +
(cd "$tmp" && run_win score "$ledger_w" > hand-out.txt 2> hand-err.txt)
rc_hand=$?
set -e
files_hand=$(cd "$drop" && ls)
# ksfk's own lines pass through the bat unchanged (cmd's echo lines are
# not compared: without a console, Wine's cmd cannot switch to UTF-8).
missing=$(grep -vxF -f "$tmp/bat/out.txt" "$tmp/hand-out.txt" || true)
if [ $rc_bat = $rc_hand ] && [ "$files_bat" = "$files_hand" ] && [ -z "$missing" ] \
   && cmp -s "$tmp/bat/err.txt" "$tmp/hand-err.txt"; then
  if [ $rc_hand = 0 ]; then
    ok "拖入台账计分.bat: scored the dropped ledger, result beside it: $(echo "$files_bat" | tr '\n' ' ')"
  else
    ok "拖入台账计分.bat: ends as 'ksfk score <ledger>' does (exit $rc_hand: $(head -n 1 "$tmp/hand-err.txt"))"
  fi
else
  fail "拖入台账计分.bat: exit $rc_bat, files '$files_bat'; by hand: exit $rc_hand, files '$files_hand'"
  [ -z "$missing" ] || echo "      lines of ksfk's output missing from the bat's: $missing"
  diff "$tmp/bat/err.txt" "$tmp/hand-err.txt" | head -n 20 || true
fi

# 6. The helpers of the analyst's year. `helper NAME ANSWERS ARGS...` runs
#    NAME from the release folder with ARGS (Windows paths) as if dropped,
#    ANSWERS (lines, CRLF added) piped to its prompts; sets rc and leaves
#    its output in $tmp/helper/out.txt.
mkdir -p "$tmp/helper"
helper() {
  local name=$1 answers=$2
  shift 2
  set +e
  (cd "$app" && printf '%s' "$answers" | sed 's/$/\r/' | timeout 120 "$wine" cmd /c "$name" "$@" \
    > "$tmp/helper/out.txt" 2> "$tmp/helper/err.txt")
  rc=$?
  set -e
  tr -d '\r' < "$tmp/helper/out.txt" > "$tmp/helper/out.lf"
}
# Every `已写出 X` line names an existing file by its full Windows path,
# and their number is $1.
listed_ok() {
  local want=$1 n=0 line p
  while IFS= read -r line; do
    p=${line#已写出 }
    case "$p" in [A-Z]:\\*) ;; *) echo "not a full path: $p"; return 1 ;; esac
    [ -f "$("$wine" winepath -u "$p" 2>/dev/null | tr -d '\r')" ] || { echo "listed but missing: $p"; return 1; }
    n=$((n + 1))
  done < <(grep '^已写出 ' "$tmp/helper/out.lf")
  [ "$n" = "$want" ] || { echo "$n files listed, want $want"; return 1; }
}
year="$tmp/年度 台账"
mkdir -p "$year"
cp "$app/示例台账-2017.xlsx" "$year/台账 2017.xlsx"
ledger_w=$(winpath "$year/台账 2017.xlsx")
year_w=$(winpath "$year")

helper 检查台账.bat $'\n\n' "$ledger_w"
if [ $rc = 0 ] && grep -q "台账检查通过" "$tmp/helper/out.lf" && ! grep -q "暂计" "$tmp/helper/out.lf" \
   && [ "$(ls "$year")" = "台账 2017.xlsx" ]; then
  ok "检查台账.bat, Enter: the whole year checked, nothing written"
else
  fail "检查台账.bat, Enter: exit $rc, files: $(ls "$year" | tr '\n' ' ')"; head -n 20 "$tmp/helper/out.lf"; head -n 5 "$tmp/helper/err.txt"
fi
helper 检查台账.bat $'2017-06-30\n\n' "$ledger_w"
if [ $rc = 0 ] && grep -q "暂计（截至2017-06-30）" "$tmp/helper/out.lf" && [ "$(ls "$year")" = "台账 2017.xlsx" ]; then
  ok "检查台账.bat, 2017-06-30: checked as of that day, nothing written"
else
  fail "检查台账.bat, 2017-06-30: exit $rc"; head -n 20 "$tmp/helper/out.lf"
fi

helper 年中暂计.bat $'2017-06-30\n\n' "$ledger_w"
interim="$year/考核结果-2017-暂计截至0630.xlsx"
if [ $rc = 0 ] && [ -f "$interim" ] && msg=$(listed_ok 1) \
   && grep -qxF "已写出 $(winpath "$interim")" "$tmp/helper/out.lf"; then
  ok "年中暂计.bat, 2017-06-30: $(grep '^已写出 ' "$tmp/helper/out.lf")"
else
  fail "年中暂计.bat, 2017-06-30: exit $rc, ${msg:-}"; head -n 30 "$tmp/helper/out.lf"; head -n 5 "$tmp/helper/err.txt"
fi
rm -f "$interim"
helper 年中暂计.bat $'\n\n' "$ledger_w"
# Last month's end is after 2017: the run is as of it, a year-end result.
if [ $rc = 0 ] && [ -f "$year/考核结果-2017.xlsx" ] && msg=$(listed_ok 1); then
  ok "年中暂计.bat, Enter: as of last month's end: $(grep '^已写出 ' "$tmp/helper/out.lf")"
else
  fail "年中暂计.bat, Enter: exit $rc, ${msg:-}"; head -n 30 "$tmp/helper/out.lf"; head -n 5 "$tmp/helper/err.txt"
fi
rm -f "$year/考核结果-2017.xlsx"

helper 年终计分.bat $'\n' "$year_w"
n_units=$(ls "$year/各单位-2017" 2>/dev/null | wc -l)
if [ $rc = 0 ] && [ -f "$year/考核结果-2017.xlsx" ] && [ "$n_units" -ge 51 ] \
   && [ -f "$year/各单位-2017/2017-周庄镇.xlsx" ] && msg=$(listed_ok $((n_units + 1))); then
  ok "年终计分.bat on a folder: 考核结果-2017.xlsx and 各单位-2017 ($n_units workbooks), each listed by its full path"
else
  fail "年终计分.bat on a folder: exit $rc, $n_units per-unit files, ${msg:-}"; head -n 30 "$tmp/helper/out.lf"; head -n 5 "$tmp/helper/err.txt"
fi
first_sum=$(md5sum "$year/考核结果-2017.xlsx" | cut -d' ' -f1)
sleep 2
helper 年终计分.bat $'\n' "$year_w"
if [ $rc = 0 ] && [ -f "$year/考核结果-2017 (2).xlsx" ] && [ -d "$year/各单位-2017 (2)" ] \
   && [ "$(md5sum "$year/考核结果-2017.xlsx" | cut -d' ' -f1)" = "$first_sum" ] \
   && msg=$(listed_ok $((n_units + 1))) && grep -q "已存在，未改动" "$tmp/helper/out.lf"; then
  ok "年终计分.bat again: 考核结果-2017 (2).xlsx and 各单位-2017 (2), the first result untouched"
else
  fail "年终计分.bat again: exit $rc, ${msg:-}, files: $(ls "$year" | tr '\n' ' ')"; head -n 10 "$tmp/helper/out.lf"
fi

old_w=$(winpath "$year/考核结果-2017.xlsx")
new_w=$(winpath "$year/考核结果-2017 (2).xlsx")
for order in "old new" "new old"; do
  if [ "$order" = "old new" ]; then helper 比较两次结果.bat $'\n' "$old_w" "$new_w"
  else helper 比较两次结果.bat $'\n' "$new_w" "$old_w"; fi
  if [ $rc = 0 ] && grep -qxF "旧结果：$old_w" "$tmp/helper/out.lf" && grep -qxF "新结果：$new_w" "$tmp/helper/out.lf" \
     && grep -q "两份结果相同" "$tmp/helper/out.lf"; then
    ok "比较两次结果.bat, two results dropped ($order): the older is the old one"
  else
    fail "比较两次结果.bat, two results ($order): exit $rc"; head -n 10 "$tmp/helper/out.lf"; head -n 5 "$tmp/helper/err.txt"
  fi
done
helper 比较两次结果.bat $'\n' "$new_w"
if [ $rc = 0 ] && grep -qxF "旧结果：$old_w" "$tmp/helper/out.lf" && grep -qxF "新结果：$new_w" "$tmp/helper/out.lf"; then
  ok "比较两次结果.bat, one result dropped: compared with the earlier result beside it"
else
  fail "比较两次结果.bat, one result: exit $rc"; head -n 10 "$tmp/helper/out.lf"; head -n 5 "$tmp/helper/err.txt"
fi
# Several files dropped together (names with spaces and brackets): the
# ledger read, the result among them recognised and left unread.
helper 检查台账.bat $'\n' "$ledger_w" "$new_w"
if [ $rc = 0 ] && grep -q "台账检查通过" "$tmp/helper/out.lf" \
   && grep -q "未读取 考核结果-2017 (2).xlsx（ksfk 写出的结果）" "$tmp/helper/err.txt"; then
  ok "检查台账.bat, several files dropped: the ledger checked, the result among them skipped"
else
  fail "检查台账.bat, several files: exit $rc"; head -n 10 "$tmp/helper/out.lf"; head -n 5 "$tmp/helper/err.txt"
fi
helper 比较两次结果.bat $'\n' "$year_w"
if [ $rc = 0 ] && grep -qxF "旧结果：$old_w" "$tmp/helper/out.lf" && grep -qxF "新结果：$new_w" "$tmp/helper/out.lf"; then
  ok "比较两次结果.bat, the folder dropped: its two newest results compared"
else
  fail "比较两次结果.bat, a folder: exit $rc"; head -n 10 "$tmp/helper/out.lf"; head -n 5 "$tmp/helper/err.txt"
fi

end=$(date +%s)
echo "Wine run: $((end - start)) s ($((boot - start)) s to unpack and start Wine)"
if [ $failed = 0 ]; then echo "wine-test: all passed"; else echo "wine-test: FAILED"; fi
exit $failed
