#!/usr/bin/env bash
# Browser check of the visual timeline: render the seed timeline, open it in headless Chromium,
# check that every event of the CSV is on the page and that the type and person filters work,
# and take screenshots (desktop and phone width).
#
#   tests/browser/check.sh [TARIKH_BINARY]          # default target/release/tarikh
#   SCREENSHOTS=docs tests/browser/check.sh         # refresh the committed screenshots
#
# Without Chromium it says so and exits 0, unless TARIKH_REQUIRE_BROWSER=1 (as in .ci/run),
# where it fails. Debian's package is `chromium` (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${1:-target/release/tarikh}
timeline=${TIMELINE:-output/timeline.csv}
shots=${SCREENSHOTS:-target/browser}

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    if [ "${TARIKH_REQUIRE_BROWSER:-0}" = 1 ]; then
        echo "browser check: FAILED: no chromium (apt-get install -y chromium)" >&2
        exit 1
    fi
    echo "browser check: skipped, no chromium on this machine (apt-get install -y chromium)"
    exit 0
fi
[ -x "$bin" ] || { echo "browser check: no binary $bin (cargo build --release)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$shots"
page="$work/timeline.html"
"$bin" render "$timeline" -o "$page"

# Headless, offline, with a fresh profile each time (the flags this machine needs; see
# the machine notes: without the networking flags Chromium keeps trying to reach Google).
chrome() {
    local profile
    profile=$(mktemp -d "$work/profile.XXXX")
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$profile" "$@" 2>>"$work/chromium.log"
}

failures=0
fail() { echo "  FAIL: $*"; failures=$((failures + 1)); }

# The ids of the CSV: first column, BOM and CR removed, header skipped.
mapfile -t ids < <(sed '1s/^\xEF\xBB\xBF//' "$timeline" | tr -d '\r' | tail -n +2 | cut -d, -f1 | sed "s/^'//")
# The cards of a dumped DOM, one line each: "id type hidden|shown".
cards() {
    grep -o '<article [^>]*>' "$1" | sed -E 's/.*data-event-id="([^"]*)" data-type="([^"]*)".*/\1 \2 &/' |
        awk '{ print $1, $2, (index($0, "hidden=") ? "hidden" : "shown") }'
}

echo "browser check: $(basename "$browser") $("$browser" --version 2>/dev/null | head -1), ${#ids[@]} events in $timeline"

# 1. Every event of the CSV is on the page, shown.
chrome --dump-dom "file://$page" >"$work/all.html"
cards "$work/all.html" >"$work/all.txt"
for id in "${ids[@]}"; do
    grep -q "^$id [a-z]* shown$" "$work/all.txt" || fail "event $id is not shown on the page"
done
[ "$(wc -l <"$work/all.txt")" -eq "${#ids[@]}" ] || fail "$(wc -l <"$work/all.txt") cards for ${#ids[@]} events"
grep -q "${#ids[@]} of ${#ids[@]} events shown" "$work/all.html" || fail "the count does not say all events are shown"

# 2. Filter by type from the address: only that type is shown.
type=$(awk '{ print $2 }' "$work/all.txt" | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }')
chrome --dump-dom "file://$page#type=$type" >"$work/type.html"
cards "$work/type.html" >"$work/type.txt"
wrong=$(awk -v t="$type" '($2 == t) != ($3 == "shown")' "$work/type.txt")
[ -z "$wrong" ] || fail "type filter $type: $wrong"
n=$(awk -v t="$type" '$2 == t' "$work/type.txt" | wc -l)
grep -q "$n of ${#ids[@]} events shown" "$work/type.html" || fail "type filter $type: count is not $n"
echo "  type filter '$type': $n of ${#ids[@]} shown"

# 3. Filter by person: only cards naming that person are shown.
person=$(sed '1s/^\xEF\xBB\xBF//' "$timeline" | tr -d '\r' | tail -n +2 | grep -o 'Yair Lapid' | head -1 || true)
person=${person:-$(grep -o 'data-people="[^";]*' "$work/all.html" | sed 's/data-people="//' | grep . | head -1)}
encoded=$(printf '%s' "$person" | sed 's/ /%20/g')
chrome --dump-dom "file://$page#person=$encoded" >"$work/person.html"
shown=$(grep -o '<article [^>]*>' "$work/person.html" | grep -v 'hidden=' || true)
hidden=$(grep -o '<article [^>]*>' "$work/person.html" | grep 'hidden=' || true)
[ -n "$shown" ] || fail "person filter '$person' shows nothing"
if grep -v -q "data-people=\"\([^\"]*; \)\?$person\(; [^\"]*\)\?\"" <<<"$shown"; then fail "person filter '$person' shows others"; fi
if [ -n "$hidden" ] && grep -q "data-people=\"\([^\"]*; \)\?$person\(; [^\"]*\)\?\"" <<<"$hidden"; then fail "person filter '$person' hides theirs"; fi
echo "  person filter '$person': $(grep -c . <<<"$shown") shown"

# 4. Screenshots: desktop and phone width.
chrome --screenshot="$shots/timeline.png" --window-size=1280,2200 "file://$page" >/dev/null
chrome --screenshot="$shots/timeline-phone.png" --window-size=390,1600 "file://$page" >/dev/null
for png in "$shots/timeline.png" "$shots/timeline-phone.png"; do
    [ -s "$png" ] || fail "no screenshot $png"
done
echo "  screenshots: $shots/timeline.png, $shots/timeline-phone.png"

if [ "$failures" -gt 0 ]; then
    echo "browser check: $failures failed (chromium log: kept below)"
    tail -5 "$work/chromium.log" || true
    exit 1
fi
echo "browser: 3 passed, 0 failed"
