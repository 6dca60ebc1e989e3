#!/usr/bin/env bash
# The debrief report in a real browser: plays a scripted game as the Song, writes its report
# with `chanyuan report` in English and in Chinese, renders each page with headless Chromium
# and fails when a page is blank or its charts are missing. Installs Debian's chromium (and
# the Noto CJK fonts the Chinese page is drawn with) with apt-get when run as root; skips,
# saying so, when they are missing and cannot be installed.
#   bash scripts/report-check.sh [OUT_DIR]   (keeps the reports and their screenshots,
#   page-en.png and page-zh-Hans.png, in OUT_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
bin="$CARGO_TARGET_DIR/release/chanyuan"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "report check failed: $*" >&2; exit 1; }

[ -x "$bin" ] || cargo build --release --locked --no-default-features

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
# What the check needs on a fresh Debian machine: the browser, and Python to read its PNG.
need=""
[ -n "$browser" ] || need="$need chromium"
command -v python3 >/dev/null || need="$need python3"
# The Chinese page is drawn with the reader's own fonts: Noto CJK, as a Debian reader would have.
{ command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; } || need="$need fonts-noto-cjk"
if [ -n "$need" ]; then
    if [ "$(id -u)" = 0 ]; then
        step "installing:$need"
        if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need) >"${TMPDIR:-/tmp}/chanyuan-apt-chromium.log" 2>&1; then
            tail -20 "${TMPDIR:-/tmp}/chanyuan-apt-chromium.log"; fail "could not install:$need"
        fi
        browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
    else
        echo "report check skipped: missing$need (as root: apt-get install$need)"
        exit 0
    fi
fi

out="${1:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "$out" ] || out="$tmp/out"
mkdir -p "$out"

step "a scripted game as the Song, and its debrief report"
# The Guard to Chanzhou, the emperor across the river, history's sums by Cao Liyong; then
# the turns pass until the game ends (a list of orders may not run past its end).
for n in $(seq 20 -1 1); do
    {
        printf '[\n  [Move(army: "song_guard", to: "chanzhou_south")],\n  [Policy(policy: "personal_expedition")],\n'
        printf '  [SendEnvoy(to: "liao", terms: [(clause: "annual_payment", params: {"silver": Amount(100000), "silk": Amount(200000)})])],\n'
        for _ in $(seq 1 "$n"); do printf '  [],\n'; done
        printf ']\n'
    } > "$tmp/actions.ron"
    if "$bin" play --side song --seed 3 --actions "$tmp/actions.ron" --save "$out/game.ron" >"$tmp/play.txt" 2>&1; then
        break
    fi
done
[ -f "$out/game.ron" ] || { tail -5 "$tmp/play.txt"; fail "the scripted game was not saved"; }
# The page in English and in Chinese, each checked and shot: page-en.png, page-zh-Hans.png.
for lang in en zh-Hans; do
"$bin" report "$out/game.ron" -o "$out/$lang" --lang "$lang"
html="$out/$lang/game-debrief.html"
png="$out/page-$lang.png"
[ -s "$html" ] && [ -s "$out/$lang/game-debrief.md" ] || fail "no page or no Markdown copy ($lang)"
grep -q "<html lang=\"$lang\">" "$html" || fail "the page does not say it is in $lang"

charts=$(grep -o '<svg' "$html" | wc -l)
# The courts' lines are drawn 3 pixels wide; the axes' ticks are polylines too, but thin.
lines=$(grep -o '<polyline[^>]*stroke-width="3"' "$html" | wc -l)
[ "$charts" -ge 4 ] || fail "$charts charts in the page, not 4"
[ "$lines" -ge 8 ] || fail "$lines lines in the charts, not one a court in each"
if grep -Eio "(src|href)=[\"'][^\"']*http" "$html"; then fail "the page fetches from the network"; fi
if grep -qi '<script' "$html"; then fail "the page carries a script"; fi
echo "$lang: $charts charts, $lines lines, nothing fetched"

step "the page in headless Chromium ($lang)"
HOME="$tmp" timeout 180 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size=1100,4000 --screenshot="$png" "file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")" \
    >"$tmp/chromium.log" 2>&1 || { tail -20 "$tmp/chromium.log"; fail "chromium could not render the page"; }
[ -s "$png" ] || fail "chromium wrote no screenshot"

# The screenshot is not one colour, and the charts' lines are there in the courts' colours
# (read from the page's legend swatches): Python's standard library alone reads the PNG.
python3 - "$png" "$html" <<'PY'
import re, struct, sys, zlib

png, html = sys.argv[1], sys.argv[2]
data = open(png, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, kind = 8, b"", 0, 0, 0
while pos < len(data):
    (size,) = struct.unpack(">I", data[pos:pos + 4]); tag = data[pos + 4:pos + 8]
    body = data[pos + 8:pos + 8 + size]; pos += 12 + size
    if tag == b"IHDR":
        width, height, depth, kind, _, _, interlace = struct.unpack(">IIBBBBB", body)
        assert depth == 8 and interlace == 0, "an 8-bit, non-interlaced PNG is expected"
    elif tag == b"IDAT":
        idat += body
channels = {2: 3, 6: 4}[kind]
raw = zlib.decompress(idat)
stride = width * channels
rows, prev, at = [], bytearray(stride), 0
for _ in range(height):
    f = raw[at]; line = bytearray(raw[at + 1:at + 1 + stride]); at += 1 + stride
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b = prev[i]; c = prev[i - channels] if i >= channels else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + ((a + b) >> 1)) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line)); prev = line
counts = {}
for line in rows:
    for i in range(0, stride, channels):
        px = line[i:i + 3]
        counts[px] = counts.get(px, 0) + 1
if len(counts) < 20:
    sys.exit(f"the page is blank: {len(counts)} colour(s) in the screenshot")
page = open(html, encoding="utf-8").read()
colours = {tuple(map(int, m)) for m in re.findall(r"border-top-color: rgb\((\d+),(\d+),(\d+)\)", page)}
if len(colours) < 2:
    sys.exit("the page names no court colours for its charts")
for rgb in sorted(colours):
    n = counts.get(bytes(rgb), 0)
    # Each chart's line is 3 pixels thick across some 400: over two thousand pixels in four
    # charts, where the captions' swatches alone make some 350.
    if n < 1000:
        sys.exit(f"the charts' lines in rgb{rgb} are missing from the screenshot ({n} pixels)")
    print(f"rgb{rgb}: {n} pixels of chart lines")
print(f"{len(counts)} colours in a {width}x{height} screenshot")
PY
echo "the debrief report renders with its charts: $png"
done
