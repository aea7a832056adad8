#!/usr/bin/env bash
# Instruction profile of `tarikh extract` on a slice of the bench corpus, for machines without
# hardware counters or shared with other work: callgrind counts instructions, so two binaries
# compare exactly however loaded the machine is (time them too: instructions are not cycles).
#
#   bench/profile.sh                       # 400 articles (about 2 MB) of the bench corpus
#   bench/profile.sh --articles 1000       # a larger slice
#   bench/profile.sh --base /tmp/tarikh-main   # also profile another binary, and print the
#                                          # per-function rises and falls (this build minus base);
#                                          # repeat --base to compare with several in one run
#   bench/profile.sh --phases              # also the inclusive count of each stage (what it
#                                          # calls included), per article as above
#
# One thread (RAYON_NUM_THREADS=1), and one run on a one-article slice whose count is taken off,
# so that the figures are per article and leave the start-up (loading the gazetteers) aside.
# Self cost is summed per function over the places the compiler inlined it into, which is what
# callgrind_annotate lists apart. Needs valgrind (`apt-get install -y valgrind`) and the bench
# corpus (`bench/run.sh` generates it). Nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=400
bases=()
top=40
phases=""
while [ $# -gt 0 ]; do
    case "$1" in
        --articles) articles="$2"; shift 2 ;;
        --base) bases+=("$2"); shift 2 ;;
        --top) top="$2"; shift 2 ;;
        --phases) phases=yes; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "bench/profile.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
command -v valgrind >/dev/null || { echo "bench/profile.sh: valgrind is missing; on Debian: apt-get install -y valgrind" >&2; exit 2; }
corpus=target/bench/corpus-20000-1
[ -d "$corpus" ] || { echo "bench/profile.sh: no bench corpus; run bench/run.sh first" >&2; exit 2; }
cargo build --release --quiet --bin tarikh
# The build cargo just made: under CARGO_TARGET_DIR when it is set (a worktree sharing no target).
binary="${CARGO_TARGET_DIR:-target}/release/tarikh"
work=target/bench/profile
rm -rf "$work" && mkdir -p "$work/slice" "$work/one"
mapfile -t files < <(find -L "$corpus" -name '*.txt' | sort)
cp -t "$work/slice" "${files[@]:0:$articles}"
cp -t "$work/one" "${files[0]}"
echo "slice: $(ls "$work/slice" | wc -l) articles, $(cat "$work"/slice/*.txt | wc -c) bytes" >&2

# Self cost per function (summed over inlined copies) of one callgrind run.
profile() { # binary corpus out
    RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$3.cg" "$1" extract --corpus "$2" -o "$3.csv" --quiet 2> /dev/null
    callgrind_annotate --auto=no --threshold=100 "$3.cg" 2> /dev/null | awk '/^ *[0-9,]+ \(/ {
        c = $1; gsub(",", "", c); line = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\)  /, "", line); sub(/ \[.*\]$/, "", line)
        s[substr(line, index(line, ":") + 1)] += c } END { for (f in s) printf "%.0f\t%s\n", s[f], f }' | sort -t$'\t' -k2 > "$3.fn"
}
# Per-article cost: the slice's run minus the one-article run, per function.
per_article() { # prefix
    awk -F'\t' 'NR == FNR { one[$2] = $1; next } { printf "%.0f\t%s\n", $1 - one[$2], $2 }' "$1-one.fn" "$1-slice.fn" | sort -t$'\t' -k1,1 -rn
}
run() { # binary prefix
    profile "$1" "$work/slice" "$2-slice"
    profile "$1" "$work/one" "$2-one"
    per_article "$2" > "$2.per"
}
run "$binary" "$work/this"
bytes=$(cat "$work"/slice/*.txt | wc -c)
total=$(awk -F'\t' '$2 == "PROGRAM TOTALS" { print $1 }' "$work/this.per")
echo "this build: $total instructions for $bytes bytes beyond start-up ($(awk -v t="$total" -v b="$bytes" 'BEGIN { printf "%.0f", t / b }') per byte)"
awk -F'\t' -v t="$total" -v top="$top" '$2 != "PROGRAM TOTALS" && n++ < top { printf "%12d %5.1f%%  %s\n", $1, 100 * $1 / t, substr($2, 1, 140) }' "$work/this.per"
# Inclusive cost per stage: the largest figure callgrind_annotate gives a function (its
# inlined copies are listed per source file; the largest holds the rest), slice minus one.
stage_costs() { # callgrind-file
    callgrind_annotate --inclusive=yes --threshold=100 "$1" 2> /dev/null | awk '/^ *[0-9,]+ \(/ {
        c = $1; gsub(",", "", c); line = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\)  /, "", line); sub(/ \[.*\]$/, "", line)
        f = substr(line, index(line, ":") + 1); if (c + 0 > m[f] + 0) m[f] = c + 0 } END { for (f in m) printf "%.0f\t%s\n", m[f], f }'
}
if [ -n "$phases" ]; then
    stage_costs "$work/this-slice.cg" > "$work/this-slice.inc"
    stage_costs "$work/this-one.cg" > "$work/this-one.inc"
    echo "stages (inclusive, per article as above):"
    for f in text::Document::new text::normalize::normalize text::clean::LineCleaner::rule_for text::segment::split_sentences \
        text::lexmatch::PhraseBank::scan gazetteer::matcher::Gazetteer::find_in gazetteer::candidates::NameContext::find \
        dates::ArticleDates::analyse dates::find::find_expressions dates::find::Parser::best_at dates::dateline::mark_date_lines \
        dates::anchor::find_anchor_and_weekday events::build::build_events events::visit_end::visit_told_by_its_end_ar \
        text::lang::LanguageWords::detect merge::merge_article pipeline::reduce_article_spilling \
        pipeline::corpus_step::corpus_events_with cli::extract::write_timeline; do
        awk -F'\t' -v f="tarikh::$f" 'NR == FNR { if ($2 == f) one = $1; next } $2 == f { printf "%12d  %s\n", $1 - one, f }' "$work/this-one.inc" "$work/this-slice.inc"
    done
fi
for base in "${bases[@]}"; do
    run "$base" "$work/base"
    btotal=$(awk -F'\t' '$2 == "PROGRAM TOTALS" { print $1 }' "$work/base.per")
    cmp -s "$work/this-slice.csv" "$work/base-slice.csv" && same=yes || same=NO
    echo "base $base: $btotal instructions; this / base = $(awk -v a="$total" -v b="$btotal" 'BEGIN { printf "%.3f", a / b }'); same timeline: $same"
    # Over the functions of either build (one new in this build counts from zero in the base),
    # the rises and the falls apart: a list sorted one way only hides the other's end.
    awk -F'\t' 'NR == FNR { this[$2] = $1; next } { base[$2] = $1 } END {
            for (f in this) if (f != "PROGRAM TOTALS") printf "%.0f\t%s\n", this[f] - base[f], f
            for (f in base) if (!(f in this)) printf "%.0f\t%s\n", -base[f], f
        }' "$work/this.per" "$work/base.per" > "$work/diff.per"
    echo "largest rises (this build minus base):"
    sort -t$'\t' -k1,1 -rn "$work/diff.per" | awk -F'\t' 'NR <= 15 && $1 > 0 { printf "%12d  %s\n", $1, substr($2, 1, 140) }'
    echo "largest falls (this build minus base):"
    sort -t$'\t' -k1,1 -n "$work/diff.per" | awk -F'\t' 'NR <= 15 && $1 < 0 { printf "%12d  %s\n", $1, substr($2, 1, 140) }'
done
