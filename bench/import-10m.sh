#!/usr/bin/env bash
# Whole-process import benchmark: DuckDB read_csv + region-month GROUP BY vs Handover's full
# event import of the same generated UCDP-GED-columned CSV, in one run. Results go in bench/RESULTS.md.
# Usage: bench/import-10m.sh [--events N] [--rounds R] [--file F] [--store S]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f bench/target/handover-bench-*.jar ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q -pl bench -am package -DskipTests
fi
CP="$(ls bench/target/handover-bench-*.jar):bench/target/lib/*"
exec java -Xmx4g -cp "$CP" org.handover.bench.imports.ImportBenchmark "$@"
