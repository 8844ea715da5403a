#!/usr/bin/env bash
# make bench: every benchmark, each against its reference tool where installed.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for b in build lint rebuild; do
  if [ -f "bench/$b.sh" ]; then
    echo "== $b"
    bash "bench/$b.sh" || status=1
  fi
done
exit $status
