#!/usr/bin/env bash
# Benchmark: the 32 bundled measure sheets to PDF — export-pdf as a whole process vs LibreOffice headless
# converting the same sheets (a flat ODF text with the same tables, texts and font), both measured in this one run;
# then the warm
# in-process time. `java -jar` runs export-pdf in a second JVM with C1, the serial GC and a class-data archive
# written by its first run (app/FastStart.java): the untimed first run below writes it. When the app image exists
# (installer/build-app-image.sh), its launcher is alternated too. Not a test: results go to docs/benchmarks.md by hand.
#   bench/pdf/run.sh [RUNS]      (needs target/kyosei-vision.jar: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=target/kyosei-vision.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v soffice >/dev/null || { echo "LibreOffice missing: apt-get install -y libreoffice-writer-nogui" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" init "$work/sample.kyosei" --with-sample >/dev/null
java -cp "$jar" bench/pdf/PdfBench.java fodt "$work/sheets.fodt"
# a private LibreOffice profile: created on the first (untimed) run, reused after
lo_run() { timeout -s KILL 300 soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
  --outdir "$work/lo" "$work/sheets.fodt" >/dev/null 2>&1; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one untimed run each: the JVM's and LibreOffice's files in the page cache, LibreOffice's profile created
java -jar "$jar" export-pdf "$work/sample.kyosei" -o "$work/kv.pdf" >/dev/null
lo_run

img=target/installer/kyosei-vision/bin/kyosei-vision
[ -x "$img" ] && "$img" export-pdf "$work/sample.kyosei" -o "$work/img.pdf" >/dev/null 2>&1 || img=""
kv=(); lo=(); kvcpu=(); locpu=(); im=(); imcpu=()
cpu() { awk '{printf "%d", ($1 + $2) * 1000}' "$1"; }   # user + system seconds → ms
for i in $(seq "$runs"); do
  t=$(date +%s%N)
  /usr/bin/time -o "$work/t" -f "%U %S" java -jar "$jar" export-pdf "$work/sample.kyosei" -o "$work/kv.pdf" >/dev/null
  kv+=("$(ms "$t")"); kvcpu+=("$(cpu "$work/t")")
  t=$(date +%s%N)
  /usr/bin/time -o "$work/t" -f "%U %S" timeout -s KILL 300 soffice -env:UserInstallation="file://$work/profile" \
    --headless --convert-to pdf --outdir "$work/lo" "$work/sheets.fodt" >/dev/null 2>&1
  lo+=("$(ms "$t")"); locpu+=("$(cpu "$work/t")")
  if [ -n "$img" ]; then
    t=$(date +%s%N)
    /usr/bin/time -o "$work/t" -f "%U %S" "$img" export-pdf "$work/sample.kyosei" -o "$work/img.pdf" >/dev/null 2>&1
    im+=("$(ms "$t")"); imcpu+=("$(cpu "$work/t")")
  fi
done
kvpages=$(pdfinfo "$work/kv.pdf" 2>/dev/null | awk '/^Pages/{print $2}' || true)
lopages=$(pdfinfo "$work/lo/sheets.pdf" 2>/dev/null | awk '/^Pages/{print $2}' || true)   # poppler-utils
echo "load average before: $load"
echo "export-pdf (whole process, $kvpages pages): wall ${kv[*]} ms, median $(printf '%s\n' "${kv[@]}" | median) ms;" \
  "CPU ${kvcpu[*]} ms, median $(printf '%s\n' "${kvcpu[@]}" | median) ms"
echo "LibreOffice headless ($lopages pages):      wall ${lo[*]} ms, median $(printf '%s\n' "${lo[@]}" | median) ms;" \
  "CPU ${locpu[*]} ms, median $(printf '%s\n' "${locpu[@]}" | median) ms"
[ -n "$img" ] && echo "app image export-pdf:          wall ${im[*]} ms, median $(printf '%s\n' "${im[@]}" | median) ms;" \
  "CPU ${imcpu[*]} ms, median $(printf '%s\n' "${imcpu[@]}" | median) ms"
kvm=$(printf '%s\n' "${kv[@]}" | median); lom=$(printf '%s\n' "${lo[@]}" | median)
echo "export-pdf / LibreOffice (wall medians): $(awk -v a="$kvm" -v b="$lom" 'BEGIN {printf "%.2f", a / b}')"
/usr/bin/time -f "export-pdf peak RSS: %M KiB" java -jar "$jar" export-pdf "$work/sample.kyosei" -o "$work/kv.pdf" >/dev/null
/usr/bin/time -o "$work/lo.time" -f "LibreOffice peak RSS: %M KiB" soffice -env:UserInstallation="file://$work/profile" \
  --headless --convert-to pdf --outdir "$work/lo" "$work/sheets.fodt" >/dev/null 2>&1
cat "$work/lo.time"
echo "in-process:"
java -cp "$jar" bench/pdf/PdfBench.java warm 40
