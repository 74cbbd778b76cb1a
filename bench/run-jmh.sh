#!/usr/bin/env bash
# Runs the JMH benchmarks (all, or those matching a regex): bench/run-jmh.sh AssessmentBenchmark
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -DskipTests -pl bench -am install
java -cp "bench/target/handover-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" org.handover.bench.BenchMain "${@:-.*}"
