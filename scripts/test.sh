#!/usr/bin/env bash
# The test command: builds the game with and without the window, runs the test suite,
# checks the command line (validate, simulate, play, replay) and runs the real window once
# under a virtual screen with software Vulkan, screenshotting every screen.
# Installs what it needs with apt-get when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
bin="$CARGO_TARGET_DIR/release/chanyuan"
step() { printf '\n== %s\n' "$*"; }

need=""
command -v Xvfb >/dev/null || need="$need xvfb"
command -v xvfb-run >/dev/null || need="$need xvfb"
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || need="$need mesa-vulkan-drivers libvulkan1"
ldconfig -p 2>/dev/null | grep -q libxkbcommon-x11 || need="$need libxkbcommon-x11-0"
ldconfig -p 2>/dev/null | grep -q libXcursor || need="$need libxcursor1 libxrandr2 libxi6 libx11-xcb1"
if [ -n "$need" ]; then
    step "installing:$need"
    if [ "$(id -u)" = 0 ]; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need) >/dev/null
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

step "the window: an automatic run under Xvfb with software Vulkan"
shots="$CARGO_TARGET_DIR/autoplay"
rm -rf "$shots"
if command -v xvfb-run >/dev/null; then
    # Each scenario once, the Liao court in one of them, so both sides are seen in the window.
    for run in chanyuan_1004.ron:song renegotiation_1042.ron:liao mods/hostage_exchange/mod.ron:song; do
        scenario=levels/${run%%:*}; side=${run##*:}
        name=$(basename "$(dirname "$scenario")")-$(basename "$scenario" .ron)-$side
        echo "-- $scenario as the $side"
        CHANYUAN_DATA="$tmp/data" timeout 900 xvfb-run -a -s "-screen 0 1280x800x24" \
            "$bin" --scenario "$scenario" --side "$side" --autoplay "$shots/$name" 2>"$tmp/window.log" \
            || { tail -30 "$tmp/window.log"; echo "the window check failed for $scenario"; exit 1; }
    done
else
    echo "xvfb-run is missing: cannot check the window"; exit 1
fi

step "the test suite"
cargo test --release --locked
