#!/usr/bin/env bash
# Big-page benchmark: the sample site with one newsletter issue of SIZE MB
# (default 20) in each SHAPE (default prose paragraph lists table), made by
# bench/bigpage (deterministic: the same bytes every time). For each shape
# it prints each run's wall time, user CPU and peak RSS of a clean
# `gen build`, interleaved with $BASE's when set (another gen binary,
# e.g. the previous release's).
# usage: bench/big.sh [SHAPE...]   (SIZE=20 RUNS=3 BASE=/path/to/gen)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZE=${SIZE:-20}
SHAPES=${*:-prose paragraph lists table}
GEN=${GEN:-$PWD/bin/gen}
[ -x "$GEN" ] || go build -o "$GEN" ./cmd/gen
TIME=/usr/bin/time
if ! "$TIME" -f %M true >/dev/null 2>&1; then
  echo "GNU time is missing (apt-get install time): it measures peak memory" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); one ${SIZE} MB issue, $RUNS runs"
for shape in $SHAPES; do
  site=$work/$shape
  go run ./bench/bigpage -shape "$shape" -size "$SIZE" -out "$site"
  for i in $(seq "$RUNS"); do
    for bin in "$GEN" ${BASE:+"$BASE"}; do
      rm -rf "$site/public"
      if ! "$TIME" -f '%e %U %M' -o "$work/time" "$bin" build --quiet --no-cache --source "$site" >/dev/null 2>"$work/err"; then
        echo "failed: $bin on $shape" >&2
        head -5 "$work/err" >&2
        exit 1
      fi
      read -r wall user rss < "$work/time"
      printf '%-10s run %d  %-30s %6.2f s wall  %6.2f s user  %5d MB peak RSS\n' "$shape" "$i" "$bin" "$wall" "$user" $((rss / 1024))
    done
  done
done
