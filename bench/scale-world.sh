#!/usr/bin/env bash
# One timed whole-process run of `handover scale` on tables already exported (e.g. the generated
# world of bench/world.sh): wall, CPU and peak memory of the process, the load average before and
# after, and the time of each Spark job from the scheduler's log (bench/log4j2-jobs.properties).
# Usage: bench/scale-world.sh TABLES BENCHMARKS OUT MASTER [scale options ...]
#   e.g. bench/scale-world.sh bench/target/world-65000/export \
#          bench/target/world-65000/input/generated-benchmarks.yaml /tmp/w65 'local[2]' \
#          --only recommendation-history
# HANDOVER_JAVA_OPTS (default -Xmx12g) sets the JVM's heap; driver and executors share it locally.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tables="$1"; set="$2"; out="$3"; master="$4"; shift 4
export HANDOVER_JAVA_OPTS="${HANDOVER_JAVA_OPTS:--Xmx12g}"
export HANDOVER_SPARK_LOG="$home/bench/log4j2-jobs.properties"
"$home/handover" scale --help >/dev/null # builds the spark module when needed, outside the timing
log="$(mktemp)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "wall %e s, user %U s, system %S s, CPU %P, peak resident %M KB" \
  "$home/handover" scale --master "$master" --tables "$tables" --benchmarks "$set" \
  --out "$out" --force "$@" 2>"$log"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "Job [0-9]+ (finished|failed)|^wall|Exception|ERROR" "$log" | sed -E 's/.*DAGScheduler: //'
rm -f "$log"
