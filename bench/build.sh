#!/usr/bin/env bash
# Build benchmark: gen and Hugo render the same 10,000-file corpus
# (../shared/bench/mkcorpus.py) in the same run; prints wall times and the ratio.
# usage: bench/build.sh [N files] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
RUNS=${2:-3}
GEN=${GEN:-$PWD/bin/gen}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. bench/site.sh
make_site "$work" "$N"

# median wall time in ms of a command over $RUNS runs
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

gen_ms=$(median_ms "$GEN" build --quiet --source "$work/gen-site")
pages=$(find "$work/gen-site/public" -name '*.html' | wc -l)
echo "gen build:  ${gen_ms} ms for $N files ($pages HTML files, median of $RUNS)"

if command -v hugo >/dev/null; then
  cp -r "$SHARED/hugo-site" "$work/hugo-run"
  cp -r "$work/corpus" "$work/hugo-run/content"
  hugo_ms=$(median_ms hugo --quiet --minify -s "$work/hugo-run" -d "$work/hugo-run/out")
  hpages=$(find "$work/hugo-run/out" -name '*.html' | wc -l)
  echo "hugo build: ${hugo_ms} ms for $N files ($hpages HTML files, $(hugo version | awk '{print $2}'))"
  awk -v g="$gen_ms" -v h="$hugo_ms" 'BEGIN {printf "ratio gen/hugo: %.2f\n", g / h}'
else
  echo "hugo not installed (apt-get install hugo): no ratio"
fi
