#!/usr/bin/env bash
# Runs each fuzz target of fuzz/ for a bounded time with cargo fuzz (libFuzzer, coverage-guided).
#
#   scripts/fuzz.sh                 every target, 60 s each
#   scripts/fuzz.sh 120 dataset     one target, 120 s
#
# Targets: front_matter (a page file, then the whole pipeline), dataset (a dataset YAML file, then the pipeline),
# shortcodes ({{ value(...) }} splitting), privacy (the personal-data detector and redaction), markdown (Markdown
# to HTML). What each does is in fuzz/src/lib.rs.
#
# Needs a nightly toolchain and cargo-fuzz (`rustup toolchain install nightly`, `cargo install cargo-fuzz`). Without
# them it says so and runs the stable fallback instead, tests/fuzz_smoke.rs with SUNLIGHT_FUZZ_CASES generated
# inputs per target (20000 unless set), which is what CI runs with its small default.
#
# One process per target, one at a time, at most 2 GB of memory and 10 s per input (an input that takes longer is
# reported as a hang). New interesting inputs collect in fuzz/corpus/TARGET (not committed; the committed seeds are
# fuzz/seeds/TARGET). A crash or hang is saved under fuzz/artifacts/TARGET/; copy it to fuzz/regressions/TARGET/
# (tests/fuzz_smoke.rs replays every file there), fix the cause, and add a test beside the code that failed.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

seconds="${1:-60}"
shift || true
all=(front_matter dataset shortcodes privacy markdown)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: cargo fuzz needs a nightly toolchain and cargo-fuzz (rustup toolchain install nightly; cargo install cargo-fuzz)" >&2
  echo "fuzz.sh: running the stable fallback instead: tests/fuzz_smoke.rs" >&2
  SUNLIGHT_FUZZ_CASES="${SUNLIGHT_FUZZ_CASES:-20000}" exec cargo test --test fuzz_smoke -- "${targets[@]}"
fi

failed=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  echo "fuzz.sh: $t for ${seconds}s"
  if ! cargo +nightly fuzz run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1; then
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failed: ${failed[*]}; the inputs are in fuzz/artifacts/" >&2
  exit 1
fi
echo "fuzz.sh: no crash in ${targets[*]}"
