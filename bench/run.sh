#!/usr/bin/env bash
# make bench: every benchmark, each against its reference tool where installed.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
# The preview benchmark runs on the sample site: it needs no corpus.
echo "== preview"
bash bench/preview.sh || status=1
# So does the big-page one: it writes its own issue into a copy of it.
echo "== big pages"
bash bench/big.sh || status=1
# The corpus generator is optional outside data beside the repository.
SHARED=${SHARED:-../shared/bench}
if [ ! -f "$SHARED/mkcorpus.py" ]; then
  echo "skipping the corpus benchmarks: $SHARED/mkcorpus.py (the 10,000-file corpus generator) is missing; set SHARED to its folder"
  exit $status
fi
export SHARED
for b in build lint rebuild; do
  if [ -f "bench/$b.sh" ]; then
    echo "== $b"
    bash "bench/$b.sh" || status=1
  fi
done
exit $status
