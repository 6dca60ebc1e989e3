#!/usr/bin/env bash
# The speed benchmark of the batch simulator: whole games, both courts played by the computer,
# built with full optimisation (profile bench-sim). Reports games per second on all cores
# and on one. The goal: 100,000 games a minute (about 1,700 a second) on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --profile bench-sim --no-default-features --locked
bin="$CARGO_TARGET_DIR/bench-sim/chanyuan"
for scenario in levels/chanyuan_1004.ron levels/renegotiation_1042.ron; do
    echo "== $scenario"
    "$bin" simulate --scenario "$scenario" --seed 1 --games "${GAMES:-100000}" | tail -2
    "$bin" simulate --scenario "$scenario" --seed 1 --games "${GAMES:-20000}" --threads 1 2>&1 | tail -1
done
