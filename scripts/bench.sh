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
cases=${CASES:-"1k 10k 10k-1thread 10k-charts100 10k-charts1000 records 100k latency rows3000"}

need=()
# Only the cases beside Hugo need it.
if [[ " $cases " =~ \ (1k|10k|100k)\  ]]; then command -v hugo >/dev/null || need+=(hugo); fi
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

# rows_site NAME ROWS: the example site (this repository) with a ROWS-row dataset and one _row.md over it; ROWS 0
# is the example site alone.
rows_site() {
  local dir="$work/$1" n=$2
  [ -f "$dir/.done" ] && return
  rm -rf "$dir" && mkdir -p "$dir"
  cp -r site.yaml content data charts themes static "$dir/"
  if [ "$n" -gt 0 ]; then
    mkdir -p "$dir/content/bench-rows"
    printf -- '---\ntitle: 测点\n---\n虚构的测点。\n' >"$dir/content/bench-rows/_index.md"
    printf -- '---\ntitle: "{{ row.label }}概况（虚构示例）"\ndescription: "{{ row.label }}的数字"\nper_row: bench-rows\n---\n%s\n\n## 说明\n\n%s\n' \
      '{{ row.label }}有{{ value("households") }}{{ value("persons") }}，{{ row.persons.label }}以{{ row.persons.unit }}计。' \
      '以上数字为虚构示例。' >"$dir/content/bench-rows/_row.md"
    { printf 'title: 测点（虚构示例）\nsource: 虚构示例数据\nexample: true\ncolumns:\n'
      printf '  - {key: site, label: 测点}\n  - {key: households, label: 户数, unit: 户, type: integer}\n'
      printf '  - {key: persons, label: 人数, unit: 人, type: integer}\nrows:\n'
      awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) printf "  - {site: 第%d测点, households: %d, persons: %d}\n", i, i * 7 % 1000, i * 13 % 2000 }'
    } >"$dir/data/bench-rows.yaml"
  fi
  touch "$dir/.done"
}

# user_cpu LABEL SITE: RUNS builds; prints the median user CPU and wall time (user CPU is the steady figure on a
# shared machine) and stores them in $user and $wall.
user_cpu() {
  local label=$1 s=$2
  : >"$work/u.txt"
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%U %e" -o "$work/time.txt" "$sunlight" build --root "$work/$s" --out "$work/out" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt"; exit 1; }
    cat "$work/time.txt" >>"$work/u.txt"
  done
  user=$(cut -d' ' -f1 "$work/u.txt" | median)
  wall=$(cut -d' ' -f2 "$work/u.txt" | median)
  printf '%-22s user %6.2f s, wall %6.2f s\n' "$label" "$user" "$(cut -d' ' -f2 "$work/u.txt" | median)"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(hugo version 2>/dev/null | cut -d' ' -f1-2)"
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
    rows3000)
      rows_site example 0; rows_site rows3000 3000
      user_cpu "example site" example; base=$user; base_wall=$wall
      user_cpu "+ 3,000 per-row pages" rows3000
      printf '%-22s wall %+6.2f s (target < 1 s), user %+6.2f s\n' "3,000 per-row pages" \
        "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN {print a - b}')" "$(awk -v a="$user" -v b="$base" 'BEGIN {print a - b}')" ;;
    *) echo "unknown case $c" >&2; exit 2 ;;
  esac
done
rm -rf "$work/out"
