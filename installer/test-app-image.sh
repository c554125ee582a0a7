#!/usr/bin/env bash
# Checks the app image built by installer/build-app-image.sh, headless (no DISPLAY): the launcher and its bundled
# runtime start, print the version of the pom, and run a real command on a real file — the SQLite driver's native
# library, the Japanese locale data and the bundled sample all work inside the trimmed runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
app=target/installer/kyosei-vision/bin/kyosei-vision
[ -x "$app" ] || { echo "FAIL: no launcher at $app (run installer/build-app-image.sh)"; exit 1; }
want="Kyosei Vision $(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)"
got=$(env -u DISPLAY "$app" --version)
[ "$got" = "$want" ] || { echo "FAIL: --version printed '$got', expected '$want'"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
env -u DISPLAY "$app" init "$tmp/t.kyosei" --with-sample >/dev/null
# kpi-report of the 2nd vision: the bundled data holds 33 cards graded FY2019–2023 (docs/kpi-report-format.md)
# in Japanese (JAVA_TOOL_OPTIONS reaches the bundled JVM): FY2019 must read 令和元年度 (2019)
out=$(env -u DISPLAY JAVA_TOOL_OPTIONS=-Duser.language=ja "$app" kpi-report "$tmp/t.kyosei" --plan 2 --format csv 2>/dev/null)
echo "$out" | grep -q '^1,休日・夜間診療体制確保事業,.*,令和元年度 (2019),100,100,' || { echo "FAIL: kpi-report from the app image has no 和暦 (locale data missing?)"; echo "$out" | head -3; exit 1; }
echo "app image OK: '$got'; init + kpi-report on the bundled sample ran ($(echo "$out" | wc -l) CSV lines)"
