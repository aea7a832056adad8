#!/usr/bin/env bash
# Score one probe folder (pages, expected.csv, manifest.csv) from the text and with its manifest:
#   scripts/dev/score_probe.sh BINARY tests/fixtures/probe28 TAG
# writes OUT/TAG-probeN-{text,manifest}.{csv,txt} (OUT: $SCORES, default /tmp/tarikh-scores) and
# prints one line per run. The binary runs from the current directory, so that its lexicons and
# gazetteers are the ones beside it.
set -euo pipefail
bin=$(readlink -f "$1"); probe=$(readlink -f "$2"); tag=$3; name=$(basename "$probe")
out=${SCORES:-/tmp/tarikh-scores}; mkdir -p "$out"
for mode in text manifest; do
    work=$(mktemp -d); mkdir "$work/corpus"; cp "$probe"/*.txt "$work/corpus/"
    [ "$mode" = manifest ] && cp "$probe/manifest.csv" "$work/corpus/index.csv"
    "$bin" extract --corpus "$work/corpus" -o "$work/t.csv" --quiet
    cp "$work/t.csv" "$out/$tag-$name-$mode.csv"
    "$bin" eval --gold "$probe/expected.csv" "$work/t.csv" --verbose > "$out/$tag-$name-$mode.txt"
    echo "$name $mode: $(grep -E '^P=' "$out/$tag-$name-$mode.txt" | tail -1)"
    rm -rf "$work"
done
