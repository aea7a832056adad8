#!/usr/bin/env bash
# Run every fuzz target for a bounded time (default 60 s each), seeded with the bundled corpus.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain RUSTC_BOOTSTRAP=1 lets it
# build with the sanitizer flags. Crashes land in fuzz/artifacts/<target>/ and fail the script.
#   fuzz/run.sh            # 60 s per target
#   fuzz/run.sh 600        # 10 minutes per target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
for target in decode normalize dates pipeline; do
  mkdir -p "fuzz/corpus/$target"
  cp -n corpus/*.txt "fuzz/corpus/$target/" 2>/dev/null || true
  echo "== $target: ${seconds}s"
  cargo fuzz run -O "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 2>&1 | grep -E "^(#[0-9]+.*DONE|Done|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)" || true
  if ls "fuzz/artifacts/$target"/* >/dev/null 2>&1; then
    echo "crash or timeout found for $target: see fuzz/artifacts/$target" >&2
    exit 1
  fi
done
echo "fuzzing: no crash in ${seconds}s per target"
