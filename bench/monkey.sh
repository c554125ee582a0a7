#!/usr/bin/env bash
# A longer run of the seeded UI monkey (src/test/java/jp/kyoseivision/ui/UiMonkeyTest.java): random keys, shortcuts,
# clicks and typed values over the main window, the comparison window, the KPI window and the print preview, on a
# copy of the bundled sample, headless (Monocle). It fails on any uncaught exception or unexpected logged error, and
# checks that the file is whole and valid at the end.
#   bench/monkey.sh EVENTS SEED [trace]
# e.g. bench/monkey.sh 5000 1      (about 10 minutes on a shared 2-core machine)
#      bench/monkey.sh 5000 1 trace   (prints every event with the focused control to the test output, to find
#                                      the last actions before a failure)
# Prints events, seed, duration and the result; the whole Maven output is kept in target/monkey-EVENTS-SEED.log.
# Needs the dependencies in ~/.m2 (runs Maven offline); MVN overrides the Maven command.
# The test JVM has the pom's -Xmx1g; it stops at once on an OutOfMemoryError (instead of hanging with the FX thread
# gone) and logs its garbage collections to target/monkey-gc-PID.log, so a run that dies says why and how the heap
# grew ("heap after GC" below is the test JVM's last collection).
set -uo pipefail
events=${1:?usage: bench/monkey.sh EVENTS SEED [trace]}
seed=${2:?usage: bench/monkey.sh EVENTS SEED [trace]}
trace=false; [ "${3:-}" = trace ] && trace=true
cd "$(dirname "$0")/.."
mkdir -p target
log=target/monkey-$events-$seed.log
start=$(date +%s)
echo "UI monkey: events $events, seed $seed, trace $trace, started $(date -u +%Y-%m-%dT%H:%M:%SZ)," \
  "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f target/monkey-gc-*.log
JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -XX:+ExitOnOutOfMemoryError -Xlog:gc:file=$PWD/target/monkey-gc-%p.log" \
${MVN:-mvn} -B -q -o test -Dtest=UiMonkeyTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmonkey.events="$events" -Dmonkey.seed="$seed" -Dmonkey.trace="$trace" >"$log" 2>&1
rc=$?
secs=$(( $(date +%s) - start ))
if [ $rc -eq 0 ]; then
  result=PASS
else
  result=FAIL
  # the assertion names the event and the seed, the trace follows it; a fork that died says so at the end
  grep -E "after event|\(seed|Exception|Error|^\s+at |goodbye|Killing self|Crashed tests|OutOfMemory" "$log" \
    | grep -v "while converting value for" | head -80
  echo "--- last lines of the log:"; tail -15 "$log"
fi
# the test JVM's log is the one with the most collections
gclog=$(ls -S target/monkey-gc-*.log 2>/dev/null | head -1)
heap=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$gclog" 2>/dev/null | tail -1)
printf 'events %s, seed %s, duration %dm%02ds (%d s), result %s, heap after GC %s, load average %s\n' \
  "$events" "$seed" $((secs / 60)) $((secs % 60)) "$secs" "$result" "${heap:-?}" "$(cut -d' ' -f1-3 /proc/loadavg)"
[ $rc -eq 0 ] || { echo "full output: $log and target/surefire-reports/"; exit 1; }
