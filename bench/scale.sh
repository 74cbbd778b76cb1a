#!/usr/bin/env bash
# Whole-process runs of `handover scale` (the judgement inside Apache Spark) on the built-in data:
# exports the tables once, then runs the job RUNS times on each master given (default local[1] and
# local[2]), printing the wall time of each run and the load average before it.
# Usage: bench/scale.sh [RUNS] [MASTER ...]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
shift || true
masters=("$@")
[ ${#masters[@]} -eq 0 ] && masters=("local[1]" "local[2]")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$home/handover" export --out "$work/tables" --formats parquet >/dev/null
"$home/handover" scale --help >/dev/null # builds the spark module when needed, outside the timings
for master in "${masters[@]}"; do
  for i in $(seq 1 "$runs"); do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    start="$(date +%s.%N)"
    "$home/handover" scale --master "$master" --tables "$work/tables" \
      --benchmarks "$home/data/iraq/benchmarks/iraq-pic.yaml" --out "$work/out-$i" --force >/dev/null 2>&1
    end="$(date +%s.%N)"
    printf '%s run %d: %.1f s (load average before: %s)\n' "$master" "$i" "$(echo "$end - $start" | bc)" "$load"
  done
done
