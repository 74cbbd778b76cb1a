#!/usr/bin/env bash
# Load test of handover serve (bench/RESULTS.md, "Web application"): builds a database from the
# built-in data, adds a viewer, starts the server with a GC log, and offers RATE requests per second
# for SECONDS to each endpoint in turn with WebLoad (constant arrival rate, HdrHistogram).
# usage: bench/web-load.sh [RATE] [SECONDS] [OUTDIR]
# TOGETHER=1 offers both endpoints in turn in one run (the soak: bench/web-load.sh 200 1800).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rate=${1:-200}; seconds=${2:-60}; out=${3:-$home/bench/results/web-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
port=${PORT:-18181}
db="$out/h.duckdb"
(cd "$home" && ./mvnw -q -B -o -DskipTests -pl bench -am install) >&2
[ -f "$db" ] || "$home/handover" example --db "$db" > "$out/example.txt" 2>&1
printf 'load-test-password\n' | "$home/handover" users add load --role viewer --db "$db" >/dev/null 2>&1 || true
HANDOVER_JAVA_OPTS="-Xmx1g -Xlog:gc*:file=$out/gc.log:time,uptime" "$home/handover" serve --db "$db" --port "$port" > "$out/server.txt" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 1; done
cp="$home/bench/target/handover-bench-0.1.0-SNAPSHOT.jar:$home/bench/target/lib/*"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" | tee "$out/load.txt"
paths=("/api/assessment?as_of=2007-06" "/api/regions/Basra?as_of=2007-06")
if [ "${TOGETHER:-0}" = 1 ]; then
  java -cp "$cp" org.handover.bench.WebLoad "http://127.0.0.1:$port" load load-test-password "$rate" "$seconds" "${paths[@]}" | tee -a "$out/load.txt"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
else
  for path in "${paths[@]}"; do
    java -cp "$cp" org.handover.bench.WebLoad "http://127.0.0.1:$port" load load-test-password "$rate" "$seconds" "$path" | tee -a "$out/load.txt"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
  done
fi
