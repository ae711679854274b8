#!/usr/bin/env bash
# Sunlight at scale, side by side with Hugo, on synthetic sites from examples/synth.rs (docs/performance.md).
# Every figure is the median of RUNS builds (default 3) into a fresh output folder; peak memory is the maximum
# resident set from /usr/bin/time -v. Sunlight and Hugo alternate run by run, so both meet the same machine load.
#
#   scripts/bench.sh [WORKDIR] [RUNS]        default WORKDIR /tmp/sunlight-bench; CASES="1k 10k ..." picks cases
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/sunlight-bench}
runs=${2:-3}
cases=${CASES:-"1k 10k 10k-1thread 10k-charts100 10k-charts1000 records 100k latency"}

need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi
cargo build --release --quiet --bin sunlight --example synth
sunlight=$PWD/target/release/sunlight
synth=$PWD/target/release/examples/synth
mkdir -p "$work"

# site NAME ARGS...: generates the site once (it is deterministic) unless it is there already.
site() {
  local name=$1; shift
  [ -f "$work/$name/.done" ] || { "$synth" "$work/$name" "$@" && touch "$work/$name/.done"; }
}

# measure LABEL COMMAND...: RUNS timed runs; prints "LABEL median_s peak_MiB" and stores them in $sec and $mib.
measure_once() {
  rm -rf "$work/out"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt"; exit 1; }
  cat "$work/time.txt"
}
div() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# pair LABEL SITE HUGO_SITE [ENV]: Sunlight and Hugo alternately, RUNS times each.
pair() {
  local label=$1 s=$2 h=$3
  : >"$work/s.txt"; : >"$work/h.txt"
  for _ in $(seq "$runs"); do
    measure_once "$sunlight" build --root "$work/$s" --out "$work/out" >>"$work/s.txt"
    (cd "$work/$h" && measure_once hugo --quiet -d "$work/out") >>"$work/h.txt"
  done
  local st sm ht hm
  st=$(cut -d' ' -f1 "$work/s.txt" | median); sm=$(cut -d' ' -f2 "$work/s.txt" | median)
  ht=$(cut -d' ' -f1 "$work/h.txt" | median); hm=$(cut -d' ' -f2 "$work/h.txt" | median)
  printf '%-22s sunlight %6.2f s %6.0f MiB | hugo %6.2f s %6.0f MiB | ratio %.2f\n' "$label" "$st" \
    "$(div "$sm" 1024)" "$ht" "$(div "$hm" 1024)" "$(div "$st" "$ht")"
}

# alone LABEL SITE [VAR=VALUE]: Sunlight only.
alone() {
  local label=$1 s=$2; shift 2
  : >"$work/s.txt"
  for _ in $(seq "$runs"); do
    measure_once env "$@" "$sunlight" build --root "$work/$s" --out "$work/out" >>"$work/s.txt"
  done
  printf '%-22s sunlight %6.2f s %6.0f MiB\n' "$label" "$(cut -d' ' -f1 "$work/s.txt" | median)" \
    "$(div "$(cut -d' ' -f2 "$work/s.txt" | median)" 1024)"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(hugo version | cut -d' ' -f1-2)"
for c in $cases; do
  case $c in
    1k) site s1k --pages 1000 --hugo "$work/h1k"; pair "1,000 pages" s1k h1k ;;
    10k) site s10k --pages 10000 --hugo "$work/h10k"; pair "10,000 pages" s10k h10k ;;
    10k-1thread) site s10k --pages 10000 --hugo "$work/h10k"; alone "10,000 pages, 1 thread" s10k RAYON_NUM_THREADS=1 ;;
    10k-charts100) site s10kc100 --pages 10000 --charts 100; alone "10,000 + 100 charts" s10kc100 ;;
    10k-charts1000) site s10kc --pages 10000 --charts 1000; alone "10,000 + 1,000 charts" s10kc ;;
    records) site r1m --pages 100 --records 1000000; alone "1,000,000 records" r1m ;;
    100k) site s100k --pages 100000 --hugo "$work/h100k"; pair "100,000 pages" s100k h100k ;;
    latency)
      site s10k --pages 10000 --hugo "$work/h10k"
      SUNLIGHT_BENCH_SITE="$work/s10k" cargo test --release --quiet --test serve -- --ignored --nocapture \
        save_to_reload_latency_on_a_synthetic_site 2>&1 | grep -E 'save→' ;;
    *) echo "unknown case $c" >&2; exit 2 ;;
  esac
done
rm -rf "$work/out"
