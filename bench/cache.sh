#!/usr/bin/env bash
# Incremental runs: `tarikh extract` on a copy of the generated corpus without a cache, with a
# cold cache, with a warm one, after one article is added and after one is removed (3 runs
# each, wall seconds and peak RSS in KiB from /usr/bin/time), then checks that each wrote the
# bytes of a run without the cache over the same corpus.
# Run bench/run.sh first: it builds tarikh and generates target/bench/corpus-20000-1.
#
#   bench/cache.sh [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/tarikh
src="${1:-target/bench/corpus-20000-1}"
work=target/bench/cache-run
rm -rf "$work" && mkdir -p "$work" && cp -r "$src" "$work/corpus"
timed() { # label, output file, extra args
    local label=$1 out=$2; shift 2
    echo "$label $(/usr/bin/time -f '%e s %M KiB' "$bin" extract --corpus "$work/corpus" -o "$work/$out" --quiet "$@" 2>&1 | tail -1)"
}
for _ in 1 2 3; do timed "no-cache" nocache.csv; done
for _ in 1 2 3; do rm -rf "$work/cache"; timed "cold    " cold.csv --cache "$work/cache"; done
for _ in 1 2 3; do timed "warm    " warm.csv --cache "$work/cache"; done
first=$(find "$work/corpus" -type f -name '*.txt' | sort | sed -n 1p)
for i in 1 2 3; do
    cp "$first" "$(dirname "$first")/added-$i-$(basename "$first")"
    timed "added   " added.csv --cache "$work/cache"
done
rm -rf "$work/cache-fresh"
"$bin" extract --corpus "$work/corpus" -o "$work/added-cold.csv" --quiet --cache "$work/cache-fresh"
# Then one article of the corpus removed at each run (not one of the copies: its reports were
# the only ones of their kind, and articles still to be dated may have borrowed from them).
for i in 2 3 4; do
    rm "$(find "$work/corpus" -type f -name '*.txt' | sort | sed -n ${i}p)"
    timed "removed " removed.csv --cache "$work/cache"
done
"$bin" extract --corpus "$work/corpus" -o "$work/removed-cold.csv" --quiet
cmp "$work/nocache.csv" "$work/cold.csv" && cmp "$work/cold.csv" "$work/warm.csv" && cmp "$work/added.csv" "$work/added-cold.csv" \
    && cmp "$work/removed.csv" "$work/removed-cold.csv" \
    && echo "same bytes: no cache = cold = warm; added (warm) = added (cold); removed (warm) = removed (no cache)"
echo "cache size: $(du -sh "$work/cache" | cut -f1)"
