#!/usr/bin/env bash
# make bench: every benchmark, each against its reference tool where installed.
set -uo pipefail
cd "$(dirname "$0")/.."
# The corpus generator is optional outside data beside the repository.
SHARED=${SHARED:-../shared/bench}
if [ ! -f "$SHARED/mkcorpus.py" ]; then
  echo "skipping the benchmarks: $SHARED/mkcorpus.py (the 10,000-file corpus generator) is missing; set SHARED to its folder"
  exit 0
fi
export SHARED
status=0
for b in build lint rebuild; do
  if [ -f "bench/$b.sh" ]; then
    echo "== $b"
    bash "bench/$b.sh" || status=1
  fi
done
exit $status
