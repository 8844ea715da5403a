#!/usr/bin/env bash
# Build benchmark: gen and Hugo build the same corpus (../shared/bench/mkcorpus.py)
# side by side, interleaved in one run, at 1,000 and 10,000 files (and
# 100,000 with BENCH_LARGE=1). For each size it prints the wall time and
# peak RSS of a clean build of each (median of RUNS), their ratios, pages
# per second, and gen's warm-cache build after one article was edited.
# usage: bench/build.sh [SIZE...]   (default 1000 10000, or $SIZES; RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZES=${*:-${SIZES:-1000 10000}}
if [ "${BENCH_LARGE:-0}" = 1 ]; then SIZES="$SIZES 100000"; fi
. bench/tools.sh
HUGO=$(command -v hugo || true)
. bench/site.sh

# measure OUT CMD... runs CMD once and appends "wall_ms rss_kb" to OUT.
measure() {
  local out=$1; shift
  local t
  t=$(mktemp)
  if ! "$TIME" -f '%e %M' -o "$t" "$@" >/dev/null 2>"$t.err"; then
    echo "failed: $*" >&2
    head -5 "$t.err" >&2
    rm -f "$t" "$t.err"
    return 1
  fi
  awk '{printf "%d %d\n", $1 * 1000, $2}' "$t" >> "$out"
  rm -f "$t" "$t.err"
}

# median COLUMN FILE prints the median of a column.
median() { awk -v c="$1" '{print $c}' "$2" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Every clean build writes into a folder of its own, and nothing a run wrote
# is deleted until the benchmark ends. On ext4 without a journal, creating
# files within minutes of deleting many makes the kernel check every
# recently deleted inode on each creation (system time grows with the
# number deleted), so deleting one run's output before the next would
# measure that deletion rather than the tool. Both tools get the same
# treatment.
workdirs=()
cleanup() { if [ ${#workdirs[@]} -gt 0 ]; then rm -rf "${workdirs[@]}"; fi; }
trap cleanup EXIT

echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); runs interleaved, median of $RUNS"
[ -n "$HUGO" ] || echo "hugo not installed (apt-get install hugo): gen alone, no ratios"
for n in $SIZES; do
  work=$(mktemp -d)
  workdirs+=("$work")
  make_site "$work" "$n"
  site=$work/gen-site
  if [ -n "$HUGO" ]; then
    cp -r "$SHARED/hugo-site" "$work/hugo-run"
    cp -r "$work/corpus" "$work/hugo-run/content"
  fi
  for i in $(seq "$RUNS"); do
    measure "$work/gen" "$GEN" build --quiet --no-cache --source "$site" --destination "$work/gen-out-$i"
    if [ -n "$HUGO" ]; then
      measure "$work/hugo" "$HUGO" --quiet --minify -s "$work/hugo-run" -d "$work/hugo-out-$i"
    fi
  done
  pages=$(find "$work/gen-out-1" -name '*.html' | wc -l)
  # Warm cache: fill it once, then edit one article before each build.
  "$GEN" build --quiet --source "$site" >/dev/null 2>&1
  article=$(find "$site/content/articles" -name '*.md' | sort | sed -n 1p)
  for i in $(seq "$RUNS"); do
    printf '\nEdited for the warm-cache benchmark, run %d.\n' "$i" >> "$article"
    measure "$work/warm" "$GEN" build --quiet --source "$site"
  done
  gw=$(median 1 "$work/gen") gm=$(median 2 "$work/gen")
  ww=$(median 1 "$work/warm") wm=$(median 2 "$work/warm")
  echo "== $n files ($pages HTML pages from gen)"
  printf '  gen clean build:    %7d ms  %7d MB peak RSS  %6.0f pages/s\n' "$gw" $((gm / 1024)) "$(awk -v p="$pages" -v w="$gw" 'BEGIN {print p * 1000 / w}')"
  printf '  gen warm, 1 edit:   %7d ms  %7d MB peak RSS\n' "$ww" $((wm / 1024))
  if [ -n "$HUGO" ]; then
    hw=$(median 1 "$work/hugo") hm=$(median 2 "$work/hugo")
    hpages=$(find "$work/hugo-out-1" -name '*.html' | wc -l)
    printf '  hugo clean build:   %7d ms  %7d MB peak RSS  %6.0f pages/s (%d HTML pages, %s)\n' "$hw" $((hm / 1024)) \
      "$(awk -v p="$hpages" -v w="$hw" 'BEGIN {print p * 1000 / w}')" "$hpages" "$("$HUGO" version | awk '{print $2}')"
    awk -v gw="$gw" -v hw="$hw" -v gm="$gm" -v hm="$hm" -v ww="$ww" 'BEGIN {
      printf "  ratio gen/hugo: wall %.2f (target <= 0.35), peak RSS %.2f (target <= 0.35)\n", gw / hw, gm / hm
      printf "  ratio gen warm one-edit / hugo clean: %.3f (target <= 0.05)\n", ww / hw }'
  fi
  echo "  runs (wall_ms rss_kb): gen $(tr '\n' ' ' < "$work/gen")| warm $(tr '\n' ' ' < "$work/warm")${HUGO:+| hugo $(tr '\n' ' ' < "$work/hugo")}"
done
