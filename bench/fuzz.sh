#!/usr/bin/env bash
# Fuzzes the parsers with Jazzer for longer than the build does: each target (a @FuzzTest method of
# engine's or io's *FuzzTest classes) in a JVM of its own, for MINUTES.
#   bench/fuzz.sh list                  the targets: module, class, method
#   bench/fuzz.sh TARGET MINUTES        one target, e.g. bench/fuzz.sh population 5
#   bench/fuzz.sh all MINUTES           every target in turn, MINUTES each
# Each run starts from the target's committed seeds (src/test/resources/<package>/<Class>Inputs/
# <method>) and the corpus earlier runs grew (<module>/.cifuzz-corpus, not committed). A finding
# stops the run: Jazzer writes the input to the seeds folder as crash-<sha1> (commit it with the fix:
# it is then a regression test in every build) and the log holds the stack trace. Logs go to
# bench/results/fuzz/TARGET.log; the script prints each run's executions, coverage and outcome.
# Record them, and every finding, in bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

targets() {
  for f in $(find engine/src/test io/src/test -name '*FuzzTest.java' | sort); do
    awk -v module="${f%%/*}" -v class="$(basename "$f" .java)" '
      /@FuzzTest/ { fuzz = 1; next }
      fuzz && match($0, /void [A-Za-z0-9_]+\(/) {
        print module, class, substr($0, RSTART + 5, RLENGTH - 6); fuzz = 0 }' "$f"
  done
}

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ $# -ge 1 ] || usage
if [ "$1" = list ]; then targets; exit 0; fi
[ $# -eq 2 ] && [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -gt 0 ] || usage
seconds=$(( $2 * 60 ))
if [ "$1" = all ]; then
  selected=$(targets)
else
  selected=$(targets | awk -v t="$1" '$3 == t || $2 "#" $3 == t')
  [ -n "$selected" ] || { echo "no fuzz target '$1'; bench/fuzz.sh list shows them" >&2; exit 2; }
fi

mkdir -p bench/results/fuzz
status=0
while read -r module class method; do
  log="bench/results/fuzz/$method.log"
  echo "== $module $class#$method, $2 min ($(date -u +%H:%M:%S) UTC)"
  # jazzer.internal.arg.N are libFuzzer's arguments (0 is its program name), given after the ones
  # Jazzer derives: -max_total_time wins over the @FuzzTest's maxDuration, -timeout over JUnit's
  # (an input running 30 s is a hang). JUnit's own limit would stop the whole run: raised past it.
  # -am with test-compile: io runs on this checkout's engine, never on another build's snapshot.
  if JAZZER_FUZZ=1 ./mvnw -B -ntp -o -pl "$module" -am test-compile surefire:test@fuzz \
      -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
      -Djazzer.internal.arg.2=-timeout=30 -Dfuzz.testTimeout="$((seconds + 600)) s" >"$log" 2>&1; then
    outcome="no finding"
  else
    outcome="FINDING or failure: see $log"
    status=1
  fi
  grep -a -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs' "$log" | tail -2 | sed 's/^/   /' || true
  echo "   $outcome"
done <<<"$selected"
exit $status
