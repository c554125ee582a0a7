#!/usr/bin/env bash
# The size benchmarks of issue 16 in one command: bench/run.sh [RUNS]   (default 3 runs; builds nothing)
#
# Uses target/kyosei-vision.jar (run `mvn -B package -DskipTests` first; JAR=... for another build). Makes three
# files: the bundled sample (65 cards: two editions of 33 and 32), and synthetic files of 1,000 and 10,000 cards
# (`generate-synthetic --plans 2 --revisions 1`: two editions, one revision each, like the sample). Then times whole
# processes (wall and max RSS from /usr/bin/time, else wall only) of:
#   check, export-json, import-json (the exported JSON into a new file), diff (edition 1 → 2, the sample 2 → 3, json),
#   kpi-report (the newest edition, json), export-pdf (policy area 医療 of the newest edition: the sample prints 2
#   cards, 1k 13, 10k 141, since synthetic plans have more areas and cards per area)
# alternating the sizes in every run, RUNS runs; the table gives the median and the ratio to the sample in the same
# run. The load average is recorded at start and end (2 cores shared: compare ratios, not milliseconds).
#
# Then every bench/*Bench.java (except ReliabilityBench, which needs the test classes) is run as
#   java -cp JAR bench/XBench.java ARGS   (EditBench: the 10k file; OpenSearchBench: 65 1000 10000;
#   OpenWindowBench: --runs RUNS and the three files; others: none)
# and what it prints (Markdown; the files are theirs to copy, not to change) is added under its name: open, search and edit are measured that way (helpers 16a/16b).
#
# Output: the Markdown report on standard output and in target/bench/results-<date>.md (OUT=... to change).
set -euo pipefail
RUNS=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$root/target/kyosei-vision.jar}
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 2; }
stamp=$(date +%Y-%m-%dT%H%M)
OUT=${OUT:-$root/target/bench/results-$stamp.md}
mkdir -p "$(dirname "$OUT")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
JAVA=(java -Dkyosei.home="$work/home" -Dkyosei.lang=ja -jar "$JAR")
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=

load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_START=$(load)

echo "making the files…" >&2
"${JAVA[@]}" init "$work/s65.kyosei" --with-sample >/dev/null
"${JAVA[@]}" generate-synthetic "$work/s1k.kyosei" --cards 1000 --plans 2 --revisions 1 --seed 1 >/dev/null
"${JAVA[@]}" generate-synthetic "$work/s10k.kyosei" --cards 10000 --plans 2 --revisions 1 --seed 1 >/dev/null
SIZES=(s65 s1k s10k)
declare -A OLD=([s65]=2 [s1k]=1 [s10k]=1) NEW=([s65]=3 [s1k]=2 [s10k]=2)
for s in "${SIZES[@]}"; do
    "${JAVA[@]}" export-json "$work/$s.kyosei" -o "$work/$s.json" >/dev/null
done

# the command line of an operation on a size, as words
command_of() { # op size
    local f="$work/$2.kyosei"
    case $1 in
        check) echo check "$f" ;;
        export-json) echo export-json "$f" -o "$work/out-$2.json" ;;
        import-json) rm -f "$work/imp-$2.kyosei"; echo import-json "$work/imp-$2.kyosei" "$work/$2.json" ;;
        diff) echo diff "$f" --from "${OLD[$2]}" --to "${NEW[$2]}" -o "$work/diff-$2.json" ;;
        kpi-report) echo kpi-report "$f" --plan "${NEW[$2]}" -o "$work/kpi-$2.json" ;;
        export-pdf) echo export-pdf "$f" --area 医療 -o "$work/sheets-$2.pdf" ;;
    esac
}
OPS=(check export-json import-json diff kpi-report export-pdf)

raw="$work/raw.tsv"
: >"$raw"
for run in $(seq 1 "$RUNS"); do
    for op in "${OPS[@]}"; do
        for s in "${SIZES[@]}"; do
            # shellcheck disable=SC2046
            args=$(command_of "$op" "$s")
            start=$(date +%s%N)
            if [ -n "$TIME" ]; then
                $TIME -f "%M" -o "$work/rss" "${JAVA[@]}" $args >"$work/out-$op-$s.txt" 2>"$work/err" || {
                    echo "$op $s failed:" >&2; cat "$work/err" >&2; exit 1; }
                rss=$(tail -1 "$work/rss")
            else
                "${JAVA[@]}" $args >"$work/out-$op-$s.txt" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
                rss=0
            fi
            end=$(date +%s%N)
            printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$op" "$s" $(((end - start) / 1000000)) "$rss" >>"$raw"
            echo "run $run $op $s: $(((end - start) / 1000000)) ms, ${rss} KB" >&2
        done
    done
done
LOAD_END=$(load)
printed=$(for s in "${SIZES[@]}"; do printf '%s: %s; ' "$s" "$(grep -o '[0-9,]* ページ、カード [0-9,]* 件' "$work/out-export-pdf-$s.txt" || echo '?')"; done)

{
    echo "### Whole processes, $(date '+%Y-%m-%d %H:%M'), $RUNS runs (median), load $LOAD_START → $LOAD_END"
    echo
    echo "Files: sample 65 cards ($(du -k "$work/s65.kyosei" | cut -f1) KB), 1k ($(du -k "$work/s1k.kyosei" | cut -f1) KB),"
    echo "10k ($(du -k "$work/s10k.kyosei" | cut -f1) KB). export-pdf prints area 医療 of the newest edition ($printed)."
    echo "Times in ms (ratio to the sample in the same runs); RSS = max resident set in MB."
    echo
    python3 - "$raw" <<'PY'
import sys, statistics, collections
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
wall = collections.defaultdict(list); rss = collections.defaultdict(list)
for run, op, size, ms, kb in rows:
    wall[(op, size)].append(int(ms)); rss[(op, size)].append(int(kb))
ops = list(dict.fromkeys(r[1] for r in rows)); sizes = ['s65', 's1k', 's10k']
print('| operation | 65 (sample) | 1k | 10k | RSS 65 / 1k / 10k MB |')
print('|---|---:|---:|---:|---|')
for op in ops:
    base = statistics.median(wall[(op, 's65')])
    cells = []
    for s in sizes:
        m = statistics.median(wall[(op, s)])
        cells.append(f'{m:,.0f}' + ('' if s == 's65' else f' ({m / base:.1f}×)'))
    mem = ' / '.join(f'{statistics.median(rss[(op, s)]) / 1024:.0f}' for s in sizes)
    print(f'| {op} | ' + ' | '.join(cells) + f' | {mem} |')
PY
    for b in "$root"/bench/*Bench.java; do
        [ -e "$b" ] || continue
        name=$(basename "$b" .java)
        [ "$name" = ReliabilityBench ] && continue
        echo
        echo "### $name (load $(load))"
        echo
        # each benchmark's own arguments: EditBench edits the 10k file (and the sample it makes itself);
        # OpenSearchBench builds its files from card counts; the others take none
        case $name in
            EditBench) bargs=("$work/s10k.kyosei");;
            OpenSearchBench) bargs=(65 1000 10000);;
            # the window's open (issue 16 round 2): the three files, in fresh JVMs under xvfb-run without DISPLAY
            OpenWindowBench) bargs=(--runs "$RUNS" "$work/s65.kyosei" "$work/s1k.kyosei" "$work/s10k.kyosei");;
            *) bargs=();;
        esac
        java -Dbench.dir="$root/bench" -cp "$JAR" "$b" "${bargs[@]}" || echo "(failed)"
    done
} | tee "$OUT"
echo "written: $OUT" >&2
