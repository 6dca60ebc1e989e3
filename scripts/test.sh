#!/usr/bin/env bash
# The test command: builds the game with and without the window, runs the test suite,
# checks the command line (validate, simulate, play, replay) and runs the real window once
# under a virtual screen with software Vulkan, screenshotting every screen; renders a debrief
# report in headless Chromium (scripts/report-check.sh).
# Installs what it needs with apt-get when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
bin="$CARGO_TARGET_DIR/release/chanyuan"
step() { printf '\n== %s\n' "$*"; }

# What the window check needs on a fresh Debian machine: a virtual X server and Mesa's
# software Vulkan (lavapipe); the X client libraries winit opens at run time.
need=""
have_lib() { ldconfig -p 2>/dev/null | grep "$1" >/dev/null; }
command -v Xvfb >/dev/null && command -v xvfb-run >/dev/null || need="$need xvfb"
command -v xauth >/dev/null || need="$need xauth"
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || need="$need mesa-vulkan-drivers"
have_lib libvulkan.so.1 || need="$need libvulkan1"
have_lib libxkbcommon-x11.so.0 || need="$need libxkbcommon-x11-0"
have_lib libXcursor.so.1 || need="$need libxcursor1"
have_lib libXrandr.so.2 || need="$need libxrandr2"
have_lib libXi.so.6 || need="$need libxi6"
have_lib libX11-xcb.so.1 || need="$need libx11-xcb1"
if [ -n "$need" ]; then
    step "installing:$need"
    if [ "$(id -u)" = 0 ]; then
        if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need) >"${TMPDIR:-/tmp}/chanyuan-apt.log" 2>&1; then
            tail -20 "${TMPDIR:-/tmp}/chanyuan-apt.log"; echo "could not install:$need" >&2; exit 1
        fi
    else
        echo "please install:$need (the window check needs them)" >&2
    fi
fi

step "build: the rules core and command line, without the window"
cargo build --release --locked --no-default-features
step "build: the game with its window"
cargo build --release --locked

step "command line: validate, simulate twice, play and replay"
"$bin" validate levels/chanyuan_1004.ron
a=$("$bin" simulate --seed 7)
b=$("$bin" simulate --seed 7)
[ "$a" = "$b" ] || { echo "simulate is not deterministic"; exit 1; }
echo "simulate --seed 7 twice: identical"
"$bin" simulate --seed 1 --games 1000
tmp=$(mktemp -d)
printf '[\n  [Move(army: "song_guard", to: "chanzhou_south")],\n  [Policy(policy: "personal_expedition")],\n  [],\n]\n' > "$tmp/actions.ron"
"$bin" play --side song --seed 3 --actions "$tmp/actions.ron" --save "$tmp/save.ron" | tail -3
"$bin" replay "$tmp/save.ron"
if "$bin" validate tests/data/broken-example.ron >/dev/null 2>&1; then echo "a broken file validated"; exit 1; fi
# Courts are the scenario's: a Song-Xia war played as the Xia, its texts in its own names.
printf '[\n  [],\n  [],\n]\n' > "$tmp/xia.ron"
"$bin" play --scenario tests/data/song_xia.ron --side xia --seed 2 --actions "$tmp/xia.ron" --save "$tmp/xia-save.ron" > "$tmp/xia.txt"
"$bin" simulate --scenario tests/data/song_xia.ron --seed 1 --games 200 >> "$tmp/xia.txt" 2>&1
if grep -q "Liao" "$tmp/xia.txt"; then grep -n "Liao" "$tmp/xia.txt" | head; echo "the Song-Xia war speaks of the Liao"; exit 1; fi
"$bin" replay "$tmp/xia-save.ron"
echo "the Song-Xia war, played as the Xia: no word of the Liao"
# A lesson, hot-seat: each list is the turn of the court whose turn it is (Song, then Liao).
"$bin" validate levels/lessons
printf '[\n  [Policy(policy: "personal_expedition")],\n  [],\n  [],\n  [],\n]\n' > "$tmp/lesson.ron"
"$bin" play --lesson levels/lessons/chanzhou_11th_month.ron --actions "$tmp/lesson.ron" --save "$tmp/lesson-save.ron" | tail -2
"$bin" replay "$tmp/lesson-save.ron"
if "$bin" play --lesson levels/lessons/chanzhou_11th_month.ron --seed 1 --actions "$tmp/lesson.ron" 2>/dev/null; then echo "--seed beside --lesson was taken"; exit 1; fi
"$bin" simulate --scenario levels/renegotiation_1042.ron --seed 1 --games 300 2>/dev/null | grep "treaty sworn between\|still at war"

step "the window: an automatic run under Xvfb with software Vulkan"
shots="$CARGO_TARGET_DIR/autoplay"
rm -rf "$shots"
if command -v xvfb-run >/dev/null; then
    # Each scenario once, the Liao court in one of them, so both sides are seen in the window,
    # and one in Chinese so that every screen is drawn in both languages.
    for run in chanyuan_1004.ron:song:en renegotiation_1042.ron:liao:zh-Hans mods/hostage_exchange/mod.ron:song:en; do
        IFS=: read -r file side lang <<< "$run"
        scenario=levels/$file
        name=$(basename "$(dirname "$scenario")")-$(basename "$scenario" .ron)-$side-$lang
        echo "-- $scenario as the $side, in $lang"
        # A virtual screen slow to come up under load is tried once more before failing.
        for attempt in 1 2; do
            if CHANYUAN_DATA="$tmp/data" timeout 900 xvfb-run -a -s "-screen 0 1280x800x24" \
                "$bin" --scenario "$scenario" --side "$side" --lang "$lang" --autoplay "$shots/$name" 2>"$tmp/window.log"; then
                break
            fi
            if [ "$attempt" = 2 ] || ! grep -q "XOpenDisplayFailed\|nothing answers on" "$tmp/window.log"; then
                tail -30 "$tmp/window.log"; echo "the window check failed for $scenario"; exit 1
            fi
            echo "the virtual screen did not answer; trying again"
        done
    done
else
    echo "xvfb-run is missing: cannot check the window"; exit 1
fi

step "the debrief report: a scripted game's report rendered by headless Chromium"
bash scripts/report-check.sh

step "the test suite"
cargo test --release --locked
