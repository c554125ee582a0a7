#!/usr/bin/env bash
# Start-up time of the window with the bundled sample open, under a private Xvfb: the app writes the milliseconds
# from its process start (as the OS counts it: on Linux from /proc, store.ProcessClock; ProcessHandle's start is
# up to 1 s early there) to the first laid-out frame with the file open, and to the first frame of the window
# itself (busy bar in the status bar, file not yet read)
# (-Dkyosei.startupFile, given through JAVA_TOOL_OPTIONS so that it reaches an app image's JVM too).
#   bench/startup.sh RUNS -- COMMAND...   (the command gets --file bench-startup.kyosei appended)
# e.g. bench/startup.sh 5 -- java -jar target/kyosei-vision.jar
#      bench/startup.sh 5 -- target/installer/kyosei-vision/bin/kyosei-vision
# Each run is a new JVM; the page cache stays warm after the first run ("cold" here = a cold JVM, not a cold disk).
# COLD_DISK=1 (root only) empties the page cache before every run: jar, runtime and file are read from disk again.
# Also printed: the CPU time (user + system, all threads) of the process by then, which other load on the machine
# disturbs less than wall time, and the load average.
# Baseline, alternated with the app in the same run: an empty JavaFX window (bench/startup/EmptyWindow.java,
# compiled here) started the same way — for `java OPTS -jar JAR` it is `java OPTS -cp JAR:… EmptyWindow`; for an
# app image's launcher, the image's own runtime with the launcher's JVM options (JavaFX from its modules).
# The ratio app/empty of the medians is printed. EMPTY=0 skips the baseline.
set -euo pipefail
runs=$1; shift; [ "$1" = "--" ] && shift
tmp=$(mktemp -d)
java -jar "$(dirname "$0")/../target/kyosei-vision.jar" init "$tmp/bench-startup.kyosei" --with-sample >/dev/null
for n in $(seq 50 99); do [ -e /tmp/.X11-unix/X$n ] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1440x900x24 >/dev/null 2>&1 & xpid=$!
trap 'kill $xpid 2>/dev/null; rm -rf "$tmp"' EXIT
sleep 0.5
here=$(cd "$(dirname "$0")" && pwd)
empty=()
if [ "${EMPTY:-1}" = 1 ]; then
  # compiled against the shaded jar (JavaFX inside); the same class runs on an app image's runtime
  mkdir -p "$tmp/cls"; javac -cp "$here/../target/kyosei-vision.jar" -d "$tmp/cls" "$here/startup/EmptyWindow.java"
  args=("$@"); jar=""
  for k in "${!args[@]}"; do [ "${args[$k]}" = -jar ] && jar=${args[$((k + 1))]}; done
  if [ -n "$jar" ]; then
    for ((k = 0; k < ${#args[@]}; k++)); do
      if [ "${args[$k]}" = -jar ]; then empty+=(-cp "$jar:$tmp/cls" EmptyWindow); break; fi
      empty+=("${args[$k]}")
    done
  elif [ -x "$(dirname "$1")/../lib/runtime/bin/java" ]; then
    rt="$(dirname "$1")/../lib/runtime"
    cfg=$(ls "$(dirname "$1")"/../lib/app/*.cfg | head -1)
    mapfile -t opts < <(sed -n 's/^java-options=//p' "$cfg" | grep -v 'SharedArchiveFile\|APPDIR')
    empty=("$rt/bin/java" "${opts[@]}" -cp "$tmp/cls" EmptyWindow)
  fi
fi
times=(); cpus=(); firsts=(); etimes=()
for i in $(seq "$runs"); do
  if [ "${COLD_DISK:-0}" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  rm -f "$tmp/shown" "$tmp/shown.first"
  DISPLAY=$disp XDG_DATA_HOME="$tmp" JAVA_TOOL_OPTIONS="-Dkyosei.startupFile=$tmp/shown" \
    "$@" --file "$tmp/bench-startup.kyosei" >/dev/null 2>&1 & apid=$!
  for _ in $(seq 600); do [ -s "$tmp/shown" ] && break; sleep 0.05; done
    # java -jar starts the work in a second JVM (app/FastStart.java): its CPU time is added
  kids=$(cat /proc/$apid/task/*/children 2>/dev/null || true)
  cpu=$(for p in $apid $kids; do cat /proc/$p/stat 2>/dev/null; done | sed 's/^.*) //' \
    | awk -v hz="$(getconf CLK_TCK)" '{t += $12 + $13} END {print int(t * 1000 / hz)}')
  times+=("$(cat "$tmp/shown" 2>/dev/null || echo 0)"); cpus+=("$cpu")
  firsts+=("$(cat "$tmp/shown.first" 2>/dev/null || echo 0)")
  kill "$apid"; wait "$apid" 2>/dev/null || true
  sleep 0.5
  if [ ${#empty[@]} -gt 0 ]; then
    if [ "${COLD_DISK:-0}" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
    rm -f "$tmp/empty"
    DISPLAY=$disp JAVA_TOOL_OPTIONS="-Dkyosei.startupFile=$tmp/empty" "${empty[@]}" >/dev/null 2>&1 & epid=$!
    for _ in $(seq 600); do [ -s "$tmp/empty" ] && break; sleep 0.05; done
    etimes+=("$(cat "$tmp/empty" 2>/dev/null || echo 0)")
    kill "$epid"; wait "$epid" 2>/dev/null || true
    sleep 0.5
  fi
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "runs, process start → window with the file (ms): ${times[*]}; CPU by then (ms): ${cpus[*]}"
echo "first frame of the window, before the file is read (ms): ${firsts[*]}; median $(median "${firsts[@]}") ms"
echo "median: $(median "${times[@]}") ms, min: $(printf '%s\n' "${times[@]}" | sort -n | head -1) ms; CPU median: $(median "${cpus[@]}") ms; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ${#etimes[@]} -gt 0 ]; then
  em=$(median "${etimes[@]}"); am=$(median "${times[@]}")
  echo "empty JavaFX window, same start (ms): ${etimes[*]}; median $em ms; app/empty: $(awk -v a="$am" -v e="$em" 'BEGIN {printf "%.2f", a / e}')×"
fi
