#!/usr/bin/env bash
# Writes the GENERATED illustrative world on PRIO-GRID cells (bench/GeneratedWorld), imports it with
# the manifest it writes, and exports it as `handover export` writes any theater (Parquet and CSV:
# regions with their gid, neighbours, events, measurements), timing each step (whole process).
# The world's benchmark set is written beside its files as input/generated-benchmarks.yaml (GENERATED,
# not in the manifest): give it to `handover export --benchmarks` or `handover scale --benchmarks`.
# Usage: bench/world.sh [CELLS] [MONTHS] [DIR]   (default 65000 240 target/world-65000)
# The figures go to bench/RESULTS.md; nothing of the output is real data.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cells="${1:-65000}"
months="${2:-240}"
dir="${3:-bench/target/world-$cells}"
if [ ! -f bench/target/handover-bench-*.jar ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q -B -DskipTests -pl bench -am package
fi
CP="$(ls bench/target/handover-bench-*.jar):bench/target/lib/*"
mkdir -p "$dir"
step() {
  local label="$1"; shift
  local t0 t1
  t0=$(date +%s%N); "$@"; t1=$(date +%s%N)
  printf '%-10s %8d ms\n' "$label" "$(( (t1 - t0) / 1000000 ))" >&2
}
step generate java -Xmx8g -cp "$CP" org.handover.bench.WorldFiles "$cells" "$months" 42 "$dir/input"
rm -f "$dir/world.duckdb" "$dir/world.duckdb.wal"
export HANDOVER_JAVA_OPTS="${HANDOVER_JAVA_OPTS:--Xmx8g}"
step import ./handover import --db "$dir/world.duckdb" --manifest "$dir/input/theater.yaml"
rm -rf "$dir/export"
step export ./handover export --db "$dir/world.duckdb" --out "$dir/export"
ls -l "$dir/export" >&2
