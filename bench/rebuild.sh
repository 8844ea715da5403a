#!/usr/bin/env bash
# Rebuild latency benchmark: gen serve on the 10,000-file corpus
# (../shared/bench/mkcorpus.py); a one-paragraph edit to one article, timed
# from the saved file to the reload event reaching a connected tab.
# Prints p50 and p95 over 20 edits (target p50 <= 50 ms).
# usage: bench/rebuild.sh [N files]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. bench/site.sh
make_site "$work" "$N"

GEN_BENCH_SITE="$work/gen-site" go test ./internal/serve -run '^$' -bench '^BenchmarkRebuildLatency$' -benchtime 1x -count 1 |
  grep -vE '^((goos|goarch|pkg|cpu):|PASS$|ok )'
