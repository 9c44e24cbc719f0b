#!/usr/bin/env bash
# Makes the release archives from a checkout of the repository:
#
#   dist/ksfk-<version>-windows-x86_64.zip     for the analyst's Windows PC
#   dist/ksfk-<version>-linux-x86_64.tar.gz
#
#     scripts/release.sh
#
# The Windows build is cross-compiled for x86_64-pc-windows-gnu with
# MinGW-w64 as the linker (.cargo/config.toml). What it needs is installed
# when missing: the Rust target with rustup, and the Debian package
# gcc-mingw-w64-x86-64 with apt-get (when run as root; otherwise the script
# says what to install). Both binaries are built without debug information
# and stripped.
#
# The zip holds one folder, ksfk-<version>-windows-x86_64\, with:
#   ksfk.exe            the program
#   拖入台账计分.bat     drop a ledger on it: scores it, result beside the ledger
#   检查台账.bat         drop a ledger: checks it (asks a date, Enter = the whole year)
#   年中暂计.bat         drop a ledger: interim score (asks a date, Enter = last month's end)
#   年终计分.bat         drop a ledger: year-end score with the per-unit workbooks
#   比较两次结果.bat     drop one or two results (or a folder): ksfk diff
#   使用说明.txt         the Chinese quick start (UTF-8 with BOM, CRLF)
#   示例台账-2017.xlsx   the example ledger (examples/ledger-2017.xlsx)
#   空白台账.xlsx        a blank ledger written by `ksfk template`
# The .bat and .txt are kept in scripts/release/ byte for byte as shipped
# (.gitattributes keeps their CRLF). The tarball holds the Linux binary, the
# same two ledgers, README.md and docs/.
#
# Before it finishes, the script opens both archives again and checks that
# they hold exactly these files, in the right form (BOM, CRLF, chcp 65001,
# a 64-bit Windows executable, file names flagged as UTF-8 in the zip), and
# that no test-only DLL (scripts/wine/) slipped in. scripts/wine-test.sh
# then runs the zip's ksfk.exe under Wine.
#
# Archives are reproducible in form: entries sorted, times set to the last
# commit's (or SOURCE_DATE_EPOCH), owners and modes normalised.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\([^"]*\)".*/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || { echo "release.sh: no version in Cargo.toml" >&2; exit 1; }
win_target=x86_64-pc-windows-gnu
linux_target=x86_64-unknown-linux-gnu
target_dir=${CARGO_TARGET_DIR:-target}
win_name=ksfk-$version-windows-x86_64
linux_name=ksfk-$version-linux-x86_64
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

# --- tools -----------------------------------------------------------------
rustup target add "$win_target" >/dev/null
if ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends gcc-mingw-w64-x86-64 >/dev/null
  else
    echo "release.sh: the MinGW-w64 linker is missing; install it with" >&2
    echo "  sudo apt-get install gcc-mingw-w64-x86-64" >&2
    exit 1
  fi
fi

# --- build -----------------------------------------------------------------
export CARGO_PROFILE_RELEASE_DEBUG=0 CARGO_PROFILE_RELEASE_STRIP=symbols
cargo build --release --locked --target "$win_target"
cargo build --release --locked --target "$linux_target"
exe=$target_dir/$win_target/release/ksfk.exe
bin=$target_dir/$linux_target/release/ksfk

# --- stage -----------------------------------------------------------------
mkdir -p dist
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
w=$stage/$win_name
l=$stage/$linux_name
mkdir -p "$w" "$l/docs"
cp "$exe" "$w/ksfk.exe"
helpers=(拖入台账计分.bat 检查台账.bat 年中暂计.bat 年终计分.bat 比较两次结果.bat)
cp scripts/release/使用说明.txt "$w/"
for h in "${helpers[@]}"; do cp "scripts/release/$h" "$w/"; done
cp examples/ledger-2017.xlsx "$w/示例台账-2017.xlsx"
"$bin" template -o "$w/空白台账.xlsx" >/dev/null
cp "$bin" "$l/ksfk"
cp "$w/示例台账-2017.xlsx" "$w/空白台账.xlsx" README.md "$l/"
cp -R docs/. "$l/docs/"

# --- archives --------------------------------------------------------------
rm -f "dist/$win_name.zip" "dist/$linux_name.tar.gz"
python3 - "$stage" "$win_name" "dist/$win_name.zip" "$epoch" <<'EOF'
import os, sys, time, zipfile
stage, name, out, epoch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip times start in 1980
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for f in sorted(os.listdir(os.path.join(stage, name))):
        # Non-ASCII names get the UTF-8 flag (bit 11) from zipfile, so
        # Windows' own "全部解压缩" shows 使用说明.txt, not mojibake.
        info = zipfile.ZipInfo(f"{name}/{f}", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 0  # MS-DOS: no Unix modes on Windows
        with open(os.path.join(stage, name, f), "rb") as src:
            z.writestr(info, src.read())
EOF
chmod 0755 "$l/ksfk"
tar -C "$stage" --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  --mode='u+rwX,go+rX,go-w' -cf - "$linux_name" | gzip -n -9 > "dist/$linux_name.tar.gz"

# --- check what was made ---------------------------------------------------
python3 - "dist/$win_name.zip" "$win_name" "dist/$linux_name.tar.gz" "$linux_name" <<'EOF'
import io, struct, sys, tarfile, zipfile
zip_path, win_name, tar_path, linux_name = sys.argv[1:5]
HELPERS = ["拖入台账计分.bat", "检查台账.bat", "年中暂计.bat", "年终计分.bat", "比较两次结果.bat"]
problems = []

def xlsx_ok(data, what):
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        names = []
    if "xl/workbook.xml" not in names:
        problems.append(f"{what}: not an xlsx workbook")

def crlf_ok(data, what):
    if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
        problems.append(f"{what}: a line ending other than CRLF")
    if not data.endswith(b"\r\n"):
        problems.append(f"{what}: does not end with CRLF")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{what}: not UTF-8")

z = zipfile.ZipFile(zip_path)
want = {f"{win_name}/{f}" for f in
        ["ksfk.exe", "使用说明.txt", "示例台账-2017.xlsx", "空白台账.xlsx"] + HELPERS}
got = set(z.namelist())
if got != want:
    problems.append(f"zip: missing {sorted(want - got)}, unexpected {sorted(got - want)}")
for info in z.infolist():
    if not info.filename.isascii() and not info.flag_bits & 0x800:
        problems.append(f"zip: {info.filename} not flagged as UTF-8")
    if "bcryptprimitives" in info.filename.lower():
        problems.append(f"zip: the test-only stub {info.filename} must never ship")
def member(f):
    name = f"{win_name}/{f}"
    return z.read(name) if name in got else None
exe = member("ksfk.exe")
if exe is not None:
    pe = struct.unpack_from("<I", exe, 0x3C)[0] if exe[:2] == b"MZ" else None
    if pe is None or exe[pe:pe + 4] != b"PE\0\0" or struct.unpack_from("<H", exe, pe + 4)[0] != 0x8664:
        problems.append("zip: ksfk.exe is not a 64-bit Windows executable")
txt = member("使用说明.txt")
if txt is not None:
    if not txt.startswith(b"\xef\xbb\xbf"):
        problems.append("zip: 使用说明.txt has no UTF-8 BOM")
    crlf_ok(txt, "zip: 使用说明.txt")
for h in HELPERS:
    bat = member(h)
    if bat is None:
        continue
    if not bat.startswith(b"@echo off\r\nchcp 65001 >nul\r\n"):
        problems.append(f"zip: {h} does not begin with @echo off and chcp 65001")
    crlf_ok(bat, f"zip: {h}")
for f in ["示例台账-2017.xlsx", "空白台账.xlsx"]:
    if member(f) is not None:
        xlsx_ok(member(f), f"zip: {f}")

t = tarfile.open(tar_path)
want = {f"{linux_name}/{f}" for f in ["ksfk", "示例台账-2017.xlsx", "空白台账.xlsx", "README.md"]}
got = {m.name for m in t.getmembers() if m.isfile()}
if not want <= got or not any(n.startswith(f"{linux_name}/docs/") for n in got):
    problems.append(f"tarball: missing {sorted(want - got)} or docs/")
elif not t.extractfile(f"{linux_name}/ksfk").read(4) == b"\x7fELF":
    problems.append("tarball: ksfk is not an ELF executable")
elif not t.getmember(f"{linux_name}/ksfk").mode & 0o111:
    problems.append("tarball: ksfk is not executable")

for p in problems:
    print(f"release.sh: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
EOF

ls -l "dist/$win_name.zip" "dist/$linux_name.tar.gz"
