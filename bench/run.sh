#!/usr/bin/env bash
# The whole-run benchmark: builds tarikh in release mode, generates the synthetic corpus, times
# `tarikh extract` over it several times with /usr/bin/time -v, and compares it with one plain
# scan of the corpus for every gazetteer name (`rg -c -F -f ALIASES DIR`) timed in the same run.
# It also checks that one thread and all threads write the same bytes.
#
#   bench/run.sh                     # 20,000 articles (about 100 MB), 5 runs
#   bench/run.sh --runs 3            # fewer runs
#   bench/run.sh --articles 2000     # a smaller corpus
#   bench/run.sh --big               # 200,000 articles (about 1 GB), 3 runs
#   bench/run.sh --growth            # peak memory of one run on N and on 3N articles (N =
#                                    # --articles, 20,000 by default), and their ratio
#
# Needs /usr/bin/time and rg: `apt-get install -y time ripgrep` on Debian. No timing is asserted
# anywhere; the figures are printed for the README's performance section.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=20000
runs=5
seed=1
growth=no
while [ $# -gt 0 ]; do
    case "$1" in
        --articles) articles="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --big) articles=200000; runs=3; shift ;;
        --growth) growth=yes; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "bench/run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

for tool in /usr/bin/time rg; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench/run.sh: $tool is missing; on Debian: apt-get install -y time ripgrep" >&2
        exit 2
    fi
done

cargo build --release --quiet --bin tarikh --example gen_corpus --example aliases
bin=target/release/tarikh
work=target/bench
corpus="$work/corpus-$articles-$seed"
mkdir -p "$work"
if [ ! -f "$corpus/.bytes" ]; then
    rm -rf "$corpus"
    echo "generating $articles articles (seed $seed) into $corpus" >&2
    target/release/examples/gen_corpus --articles "$articles" --seed "$seed" --out "$corpus" > "$work/bytes.tmp"
    mv "$work/bytes.tmp" "$corpus/.bytes"
fi
bytes=$(cat "$corpus/.bytes")

# The memory growth (issue 17: a corpus ten times larger may peak at no more than twice the
# memory): one run on the corpus and one on a corpus three times larger, peak RSS of each.
if [ "$growth" = yes ]; then
    big="$work/corpus-$((articles * 3))-$seed"
    if [ ! -f "$big/.bytes" ]; then
        rm -rf "$big"
        echo "generating $((articles * 3)) articles (seed $seed) into $big" >&2
        target/release/examples/gen_corpus --articles "$((articles * 3))" --seed "$seed" --out "$big" > "$work/bytes.tmp"
        mv "$work/bytes.tmp" "$big/.bytes"
    fi
    for c in "$corpus" "$big"; do
        /usr/bin/time -v "$bin" extract --corpus "$c" -o "$work/timeline-growth.csv" --quiet 2> "$work/time.txt"
        kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
        echo "$c $(cat "$c/.bytes") $kb"
    done | awk '{ printf "corpus       %s, %.1f MB: peak RSS %.0f MiB\n", $1, $2 / 1e6, $3 / 1024; mb[NR] = $2 / 1e6; rss[NR] = $3 / 1024 }
        END { printf "growth       x%.1f corpus -> x%.2f peak RSS, %.0f MiB per 100 MB added\n", mb[2] / mb[1], rss[2] / rss[1], (rss[2] - rss[1]) / (mb[2] - mb[1]) * 100 }'
    exit 0
fi
target/release/examples/aliases > "$work/aliases.txt"

# median of the numbers on standard input
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# seconds from /usr/bin/time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.03"
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
field() { awk -F': ' -v k="$2" '$0 ~ k { gsub(/^[ \t]+/, "", $2); print $2 }' "$1"; }

: > "$work/extract.s"; : > "$work/rss.kb"; : > "$work/rg.s"; : > "$work/cpu.pct"
for i in $(seq "$runs"); do
    /usr/bin/time -v "$bin" extract --corpus "$corpus" -o "$work/timeline.csv" --quiet 2> "$work/time.txt"
    wall "$work/time.txt" >> "$work/extract.s"
    field "$work/time.txt" "Maximum resident set size" >> "$work/rss.kb"
    field "$work/time.txt" "Percent of CPU" | tr -d % >> "$work/cpu.pct"
    /usr/bin/time -v rg -c -F -f "$work/aliases.txt" "$corpus" > /dev/null 2> "$work/time.txt" || true
    wall "$work/time.txt" >> "$work/rg.s"
done

RAYON_NUM_THREADS=1 "$bin" extract --corpus "$corpus" -o "$work/timeline-1thread.csv" --quiet
if cmp -s "$work/timeline.csv" "$work/timeline-1thread.csv"; then same=yes; else same=NO; fi

t=$(median < "$work/extract.s")
r=$(median < "$work/rg.s")
rss=$(median < "$work/rss.kb")
cpu=$(median < "$work/cpu.pct")
awk -v n="$articles" -v b="$bytes" -v t="$t" -v r="$r" -v rss="$rss" -v cpu="$cpu" -v runs="$runs" \
    -v cores="$(nproc)" -v same="$same" -v all="$(tr '\n' ' ' < "$work/extract.s")" -v rgall="$(tr '\n' ' ' < "$work/rg.s")" 'BEGIN {
    printf "machine      %d cores\n", cores
    printf "corpus       %d articles, %.1f MB\n", n, b / 1e6
    printf "extract      median %.2f s of %d runs (%s), %.1f MB/s, CPU %d%%\n", t, runs, all, b / 1e6 / t, cpu
    printf "peak RSS     %.0f MiB (median)\n", rss / 1024
    printf "rg -c -F -f  median %.2f s (%s), %d aliases\n", r, rgall, 0
    printf "ratio        extract / rg = %.1f\n", t / r
    printf "1 thread = all threads: %s\n", same
}' | sed "s/, 0 aliases/, $(wc -l < "$work/aliases.txt") aliases/"
