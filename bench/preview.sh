#!/usr/bin/env bash
# Preview latency: the real gen serve binary on the sample site, an article
# open in headless Chromium, and saves that each add a paragraph, 0.3 s and
# 0.8 s apart; timed from each write to the first frame showing its text.
# Prints the median and p95 of 20 saves (target at 0.3 s apart: median
# <= 300 ms, every save's text shown) and the load average while measuring.
# usage: bench/preview.sh [saves]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null && ! command -v google-chrome >/dev/null; then
  echo "skipping the preview benchmark: Chromium is missing (apt-get install -y chromium)"
  exit 0
fi
GEN_PREVIEW_SAVES=${1:-20} go test ./internal/serve/browsertest -run '^$' -bench '^BenchmarkSaveToScreen$' -benchtime 1x -count 1 |
  grep -vE '^((goos|goarch|pkg|cpu):|PASS$|ok )'
