#!/usr/bin/env bash
# Whole-process timings of the handover command on the built-in data: the median of N runs each of
# `assess --as-of 2007-06` and `report --as-of 2007-06` (a fresh JVM every time, as a user runs it).
# Usage: bench/whole-process.sh [N]   (default 7). Results go to the terminal; record them in bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-7}"
db="$(mktemp -d)/bench.duckdb"
./handover example --db "$db" >/dev/null 2>&1
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
run() {
  local label="$1"; shift
  local times=()
  for _ in $(seq "$n"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=("$(( (t1 - t0) / 1000000 ))")
  done
  printf '%-40s median %6d ms   runs: %s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
run "handover assess --as-of 2007-06" ./handover assess --db "$db" --as-of 2007-06
run "handover report --as-of 2007-06" ./handover report --db "$db" --as-of 2007-06 --out "$(dirname "$db")/report.html"
