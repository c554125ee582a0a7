#!/usr/bin/env bash
# A longer run of the seeded UI monkey (src/test/java/jp/kyoseivision/ui/UiMonkeyTest.java): random keys, shortcuts,
# clicks and typed values over the main window, the comparison window, the KPI window and the print preview, on a
# copy of the bundled sample, headless (Monocle). It fails on any uncaught exception or unexpected logged error, and
# checks that the file is whole and valid at the end.
#   bench/monkey.sh EVENTS SEED [trace]
# e.g. bench/monkey.sh 5000 1      (about 10 minutes on a shared 2-core machine)
#      bench/monkey.sh 5000 1 trace   (prints every event with the focused control to the test output, to find
#                                      the last actions before a failure)
# Prints events, seed, duration and the result; the full test output stays in target/surefire-reports.
# Needs the dependencies in ~/.m2 (runs Maven offline); MVN overrides the Maven command.
set -uo pipefail
events=${1:?usage: bench/monkey.sh EVENTS SEED [trace]}
seed=${2:?usage: bench/monkey.sh EVENTS SEED [trace]}
trace=false; [ "${3:-}" = trace ] && trace=true
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s)
echo "UI monkey: events $events, seed $seed, trace $trace, started $(date -u +%Y-%m-%dT%H:%M:%SZ)," \
  "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
${MVN:-mvn} -B -q -o test -Dtest=UiMonkeyTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmonkey.events="$events" -Dmonkey.seed="$seed" -Dmonkey.trace="$trace" >"$log" 2>&1
rc=$?
secs=$(( $(date +%s) - start ))
if [ $rc -eq 0 ]; then
  result=PASS
else
  result=FAIL
  # the assertion names the event and the seed; the trace follows it
  grep -E "after event|seed|Exception|Error|^\s+at " "$log" | head -80
fi
printf 'events %s, seed %s, duration %dm%02ds (%d s), result %s, load average %s\n' \
  "$events" "$seed" $((secs / 60)) $((secs % 60)) "$secs" "$result" "$(cut -d' ' -f1-3 /proc/loadavg)"
[ $rc -eq 0 ] || { echo "full output: target/surefire-reports/jp.kyoseivision.ui.UiMonkeyTest*.txt"; exit 1; }
