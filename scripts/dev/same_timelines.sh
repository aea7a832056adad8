#!/usr/bin/env bash
# Whether two builds give the same timelines (every event, undated ones too) on the corpus and
# every fixture folder, from the text and with the folder's manifest where it has one:
#   scripts/dev/same_timelines.sh OLD_BINARY NEW_BINARY
# OLD runs from $OLD_REPO (a checkout of the old commit, for its lexicons; default: here), NEW
# from the current directory. Prints the differing runs (SHOW lines of each diff) and a count.
set -uo pipefail
old=$(readlink -f "$1"); new=$(readlink -f "$2"); here=$PWD; runs=0; differ=0
for folder in corpus tests/fixtures/*/; do
    ls "$folder"/*.txt > /dev/null 2>&1 || continue
    for mode in text manifest; do
        manifest=""
        for m in "$folder/manifest.csv" "$folder/index.csv"; do [ -f "$m" ] && manifest=$m && break; done
        [ "$mode" = manifest ] && [ -z "$manifest" ] && continue
        work=$(mktemp -d); mkdir "$work/c"; cp "$folder"/*.txt "$work/c/"
        [ "$mode" = manifest ] && cp "$manifest" "$work/c/index.csv"
        (cd "${OLD_REPO:-$here}" && "$old" extract --corpus "$work/c" -o "$work/a.csv" --quiet --all-events --undated 2> /dev/null)
        "$new" extract --corpus "$work/c" -o "$work/b.csv" --quiet --all-events --undated 2> /dev/null
        runs=$((runs + 1))
        if ! cmp -s "$work/a.csv" "$work/b.csv"; then
            differ=$((differ + 1)); echo "DIFF $(basename "$folder") $mode"
            diff "$work/a.csv" "$work/b.csv" | head -"${SHOW:-6}" | cut -c1-250
        fi
        rm -rf "$work"
    done
done
echo "compared $runs runs, $differ differ"
