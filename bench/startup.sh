#!/usr/bin/env bash
# Start-up time of the window with the bundled sample open: from the process start until the window titled with
# the file's name is mapped (the title changes only once the file is open), under a private Xvfb.
#   bench/startup.sh RUNS -- COMMAND...   (the command gets --file bench-startup.kyosei appended)
# e.g. bench/startup.sh 5 -- java -jar target/kyosei-vision.jar
# Each run is a new JVM; the page cache stays warm after the first run ("cold" here = a cold JVM, not a cold disk).
# COLD_DISK=1 (root only) empties the page cache before every run: jar, runtime and file are read from disk again.
set -euo pipefail
runs=$1; shift; [ "$1" = "--" ] && shift
tmp=$(mktemp -d)
java -jar "$(dirname "$0")/../target/kyosei-vision.jar" init "$tmp/bench-startup.kyosei" --with-sample >/dev/null
for n in $(seq 50 99); do [ -e /tmp/.X11-unix/X$n ] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1440x900x24 >/dev/null 2>&1 & xpid=$!
trap 'kill $xpid 2>/dev/null; rm -rf "$tmp"' EXIT
sleep 0.5
times=()
for i in $(seq "$runs"); do
  if [ "${COLD_DISK:-0}" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  start=$(date +%s%N)
  DISPLAY=$disp XDG_DATA_HOME="$tmp" "$@" --file "$tmp/bench-startup.kyosei" >/dev/null 2>&1 & apid=$!
  DISPLAY=$disp xdotool search --sync --onlyvisible --name 'bench-startup' >/dev/null 2>&1
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  kill "$apid"; wait "$apid" 2>/dev/null || true
  sleep 0.5
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "runs (ms): ${times[*]}   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median: $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms, min: $(echo "$sorted" | head -1) ms"
