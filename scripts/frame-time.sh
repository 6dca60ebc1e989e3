#!/usr/bin/env bash
# Frame times of the window under the software renderer the tests use (Xvfb, Mesa's lavapipe):
# an empty Bevy + egui window as the yardstick, then the game's map still, while the camera
# pans and while the last turn's march is shown over and over; then the map left idle, for
# its CPU and memory. Prints the median and 95th percentile of each, `ratio: R` (the case's
# median over the empty window's, from the same run), idle CPU and resident memory, and
# writes them with the machine into docs/PERFORMANCE.md.
# Usage: bash scripts/frame-time.sh [SECONDS]   (needs xvfb-run and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
seconds="${1:-10}"
cargo build --release --locked
bin="$CARGO_TARGET_DIR/release/chanyuan"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CHANYUAN_DATA="$tmp/data"
run() { # mode
    xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --scenario levels/chanyuan_1004.ron --side song \
        --measure "$1" --seconds "$seconds" --frame-log "$tmp/$1.txt" >"$tmp/$1.log" 2>&1 \
        || { tail -20 "$tmp/$1.log"; echo "the $1 measurement failed" >&2; exit 1; }
}
for mode in empty map pan animate; do
    echo "== $mode"
    run "$mode"
done
# Idle: a game in hand, nothing touched, on the map, the negotiating table and the end screen;
# CPU time over the middle of each run, and resident memory at its end.
idle=$((seconds * 2))
for mode in idle idle-table idle-end; do
    echo "== $mode"
    xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --scenario levels/chanyuan_1004.ron --side song \
        --measure "$mode" --seconds "$idle" --frame-log "$tmp/$mode.txt" >"$tmp/$mode.log" 2>&1 &
    runner=$!
    sleep 5
    pid=$(pgrep -n -f -- "--measure $mode( |$)" || true)
    if [ -n "$pid" ]; then
        ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
        t0=$(ticks); sleep "$seconds"; t1=$(ticks)
        rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
        hz=$(getconf CLK_TCK)
        echo "$mode $(python3 -c "print(f'{100.0 * ($t1 - $t0) / $hz / $seconds:.1f}')") $rss" >>"$tmp/idle-figures.txt"
    else
        echo "$mode ? ?" >>"$tmp/idle-figures.txt"
    fi
    wait "$runner" || true
done
python3 - "$tmp" "$seconds" <<'PY'
import statistics, sys, platform, os, datetime
tmp, seconds = sys.argv[1], sys.argv[2]
idle = {m: (c, r) for m, c, r in (l.split() for l in open(f"{tmp}/idle-figures.txt"))}
def mb(rss):
    return f"{int(rss) / 1024:.0f} MB" if rss.isdigit() else "?"
def times(mode):
    return [float(l) for l in open(f"{tmp}/{mode}.txt") if l.strip()]
def p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(0.95 * len(xs)))]
base = statistics.median(times("empty"))
rows = []
for mode, what in [("empty", "an empty Bevy + egui window, one panel of text"),
                   ("map", "the game's map, still"),
                   ("pan", "the map while the camera pans"),
                   ("animate", "the map while the last turn's march is shown")]:
    xs = times(mode)
    med = statistics.median(xs)
    rows.append((what, len(xs), med, p95(xs), med / base))
    print(f"{mode}: {len(xs)} frames, median {med:.1f} ms, 95th percentile {p95(xs):.1f} ms")
    if mode != "empty":
        print(f"ratio: {med / base:.2f}")
screens = [("idle", "the map"), ("idle-table", "the negotiating table"), ("idle-end", "the end screen")]
for mode, where in screens:
    cpu, rss = idle.get(mode, ("?", "?"))
    print(f"idle on {where}: {cpu}% of one core, {mb(rss)} resident")
cores = os.cpu_count()
model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
out = ["# Performance", "",
       f"Made by `bash scripts/frame-time.sh {seconds}` on {datetime.date.today()}: {model}, {cores} cores, "
       "Xvfb with Mesa's lavapipe (software Vulkan), a 1280x760 window, the 1004 campaign as the Song.", "",
       "| case | frames | median | 95th percentile | ratio to the empty window |", "|---|---|---|---|---|"]
for what, n, med, p, r in rows:
    out.append(f"| {what} | {n} | {med:.1f} ms | {p:.1f} ms | {r:.2f} |")
out += ["", f"Idle, no input for {seconds} s:", ""]
for mode, where in screens:
    cpu, rss = idle.get(mode, ("?", "?"))
    out.append(f"- on {where}: {cpu}% of one core; {mb(rss)} resident")
out += ["",
        "Targets (issue 12): the map while panning and while animating at most 1.15 times the empty",
        "window's median; idle under 5% of one core; memory no more than 204 MB resident.", "",
        "The batch simulator's speed is in the README (`bash scripts/bench.sh`)."]
open("docs/PERFORMANCE.md", "w").write("\n".join(out) + "\n")
print("wrote docs/PERFORMANCE.md")
PY
