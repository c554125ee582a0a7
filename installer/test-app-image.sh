#!/usr/bin/env bash
# Checks the app image built by installer/build-app-image.sh on the OS it was built on (Linux, macOS, Windows in
# Git Bash; .github/workflows/installers.yml runs it on each): the launcher and its bundled runtime start, print
# the version of the pom, and run a real command on a real file — the SQLite driver's native library, the Japanese
# locale data and the bundled sample all work inside the trimmed runtime. Then the window opens on the sample and
# closes once shown (needs a display: xvfb-run is used on Linux when there is none): JavaFX loads from the runtime
# without the "Unsupported JavaFX configuration" warning. Nothing may be unpacked at run time (AppLocker blocks
# DLLs in %TEMP%): java.io.tmpdir is a plain file, so sqlite-jdbc cannot unpack its library there (it deletes
# what it unpacked at exit, so looking afterwards would not do) and every command fails if it tries; user.home
# is an empty folder that must hold no .openjfx afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  Linux*) app=target/installer/kyosei-vision/bin/kyosei-vision;;
  Darwin*) app="target/installer/Kyosei Vision.app/Contents/MacOS/Kyosei Vision";;
  *) app="target/installer/Kyosei Vision/Kyosei Vision.exe";;
esac
[ -x "$app" ] || { echo "FAIL: no launcher at $app (run installer/build-app-image.sh)"; exit 1; }
# a path as the JVM wants it (Windows: C:\…; Git Bash converts arguments, but not JAVA_TOOL_OPTIONS)
jvm_path() { if command -v cygpath >/dev/null; then cygpath -w "$1"; else echo "$1"; fi; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home"; echo 'not a folder' > "$tmp/jtmp"
# every run: java.io.tmpdir unusable, and a home of its own, so anything unpacked is seen
isolated="-Djava.io.tmpdir=$(jvm_path "$tmp/jtmp") -Duser.home=$(jvm_path "$tmp/home") -Dkyosei.home=$(jvm_path "$tmp/kyosei")"

want="Kyosei Vision $(grep -m1 '<version>' pom.xml | sed 's:.*<version>\(.*\)</version>.*:\1:')"
got=$(env -u DISPLAY JAVA_TOOL_OPTIONS="$isolated" "$app" --version 2>/dev/null | tr -d '\r')
[ "$got" = "$want" ] || { echo "FAIL: --version printed '$got', expected '$want'"; exit 1; }
env -u DISPLAY JAVA_TOOL_OPTIONS="$isolated" "$app" init "$tmp/t.kyosei" --with-sample >/dev/null 2>"$tmp/init.err" \
  || { echo "FAIL: init failed (sqlite-jdbc not loaded from the image, org.sqlite.lib.path?)"; cat "$tmp/init.err"; exit 1; }
# kpi-report of the 2nd vision: the bundled data holds 33 cards graded FY2019–2023 (docs/kpi-report-format.md)
# in Japanese (JAVA_TOOL_OPTIONS reaches the bundled JVM): FY2019 must read 令和元年度 (2019)
out=$(env -u DISPLAY JAVA_TOOL_OPTIONS="$isolated -Duser.language=ja" "$app" kpi-report "$tmp/t.kyosei" --plan 2 --format csv 2>/dev/null | tr -d '\r')
echo "$out" | grep -q '^1,休日・夜間診療体制確保事業,.*,令和元年度 (2019),100,100,' || { echo "FAIL: kpi-report from the app image has no 和暦 (locale data missing?)"; echo "$out" | head -3; exit 1; }
echo "app image OK: '$got'; init + kpi-report on the bundled sample ran ($(echo "$out" | wc -l) CSV lines)"

# the window: opened on the sample, closed once shown (-Dkyosei.exitWhenShown); the first frame with the file
# open writes the start-up time to -Dkyosei.startupFile
window=("$app" --file "$tmp/t.kyosei")
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then window=(xvfb-run -a "${window[@]}"); else window=(); fi
fi
if [ ${#window[@]} -gt 0 ]; then
  JAVA_TOOL_OPTIONS="$isolated -Dkyosei.exitWhenShown=true -Dkyosei.startupFile=$(jvm_path "$tmp/shown")" \
    "${window[@]}" >"$tmp/window.out" 2>"$tmp/window.err" || { echo "FAIL: the window run ended with $?"; cat "$tmp/window.err"; exit 1; }
  [ -f "$tmp/shown" ] || { echo "FAIL: the window was not shown with the file open"; cat "$tmp/window.err"; exit 1; }
  if grep -q 'Unsupported JavaFX configuration' "$tmp/window.err"; then
    echo "FAIL: JavaFX did not load as modules from the runtime:"; grep 'Unsupported JavaFX' "$tmp/window.err"; exit 1
  fi
  echo "window OK: shown with the sample open after $(tr -d '\r\n' < "$tmp/shown") ms, no JavaFX configuration warning"
else
  echo "window not checked: no display and no xvfb-run"
fi

unpacked=$(find "$tmp/home" \( -name 'sqlite-*' -o -name '.openjfx' -o -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -print)
[ -z "$unpacked" ] || { echo "FAIL: unpacked at run time (AppLocker would block these on Windows):"; echo "$unpacked"; exit 1; }
echo "nothing unpacked at run time: ran with java.io.tmpdir unusable, no ~/.openjfx"
