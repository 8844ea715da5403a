#!/usr/bin/env bash
# Rebuild latency benchmark: gen serve on the 10,000-file corpus
# (../shared/bench/mkcorpus.py); a one-paragraph edit to one article, timed
# from the saved file to the reload event reaching a connected tab.
# Prints p50 and p95 over 20 edits (target p50 <= 50 ms).
# usage: bench/rebuild.sh [N files]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
SHARED=${SHARED:-../shared/bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$SHARED/mkcorpus.py" "$work/corpus" "$N" >/dev/null
mkdir -p "$work/gen-site"
cp -r themes "$work/gen-site/"
cp -r "$work/corpus" "$work/gen-site/content"
cat > "$work/gen-site/gen.toml" <<TOML
title = "Bench"
baseURL = "https://example.com/"
paginate = 20
[lint]
failOn = "never"
TOML

GEN_BENCH_SITE="$work/gen-site" go test ./internal/serve -run '^$' -bench '^BenchmarkRebuildLatency$' -benchtime 1x -count 1 |
  grep -vE '^(goos|goarch|pkg|cpu|PASS|ok) '
