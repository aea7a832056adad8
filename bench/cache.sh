#!/usr/bin/env bash
# Incremental runs: `tarikh extract` on a copy of the generated corpus without a cache, with a
# cold cache, with a warm one, after one article is added and after one is removed (3 runs
# each, wall seconds and peak RSS in KiB from /usr/bin/time), then checks that each wrote the
# bytes of a run without the cache over the same corpus.
# Run bench/run.sh first: it builds tarikh and generates target/bench/corpus-20000-1.
#
#   bench/cache.sh [CORPUS]
#   bench/cache.sh --instructions [CORPUS]   # also the instructions of one warm run and of
#                                            # one run after an article is added (callgrind:
#                                            # the same however loaded the machine is)
#   bench/cache.sh --instructions --cold [CORPUS]   # and of one cold run (slow: ten times the
#                                                   # others), for the ratio one added / cold
#
# With TARIKH_PHASES=1 in the environment, each cached run also prints where its time went.
# TARIKH_BIN=PATH measures another build (a saved binary of the base, say) and
# TARIKH_CACHE_WORK=DIR works in DIR rather than target/bench/cache-run, so that two builds can
# be measured side by side without one rebuilding or overwriting what the other reads.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${TARIKH_BIN:-target/release/tarikh}   # another build (a saved base binary) to compare
instructions=no
if [ "${1:-}" = --instructions ]; then
    instructions=yes
    shift
    cold_instructions=no
    if [ "${1:-}" = --cold ]; then cold_instructions=yes; shift; fi
    command -v valgrind >/dev/null || { echo "bench/cache.sh: valgrind is missing; on Debian: apt-get install -y valgrind" >&2; exit 2; }
fi
src="${1:-target/bench/corpus-20000-1}"
work=${TARIKH_CACHE_WORK:-target/bench/cache-run}
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
if [ "$instructions" = yes ]; then
    # Instructions (all threads) of a warm run, and of a run after one more article is added,
    # from copies of the cache as it is now.
    counted() { # label, cache copy, the cache copied (the run's by default)
        rm -rf "$work/$2" && cp -r "${3:-$work/cache}" "$work/$2"
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" extract --corpus "$work/corpus" -o "$work/counted.csv" --quiet --cache "$work/$2" 2>&1 \
            | awk -v l="$1" '/Collected/ { gsub(/,/, "", $NF); print l, $NF }'
        rm -rf "$work/$2"
    }
    warm_i=$(counted warm cache-counted | awk '{ print $2 }')
    cp "$first" "$(dirname "$first")/added-4-$(basename "$first")"
    added_i=$(counted added cache-counted | awk '{ print $2 }')
    rm "$(dirname "$first")/added-4-$(basename "$first")"
    awk -v w="$warm_i" -v a="$added_i" 'BEGIN { printf "instructions warm %.2f G, one added %.2f G (%.1f x warm)\n", w / 1e9, a / 1e9, a / w }'
    if [ "$cold_instructions" = yes ]; then
        # (A cold run: from an empty cache.)
        rm -rf "$work/cache-empty" && mkdir -p "$work/cache-empty"
        cold_i=$(counted cold cache-counted "$work/cache-empty" | awk '{ print $2 }')
        rm -rf "$work/cache-empty"
        awk -v c="$cold_i" -v a="$added_i" 'BEGIN { printf "instructions cold %.2f G, one added / cold %.3f\n", c / 1e9, a / c }'
    fi
fi
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
