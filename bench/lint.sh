#!/usr/bin/env bash
# Lint benchmark: `gen lint --format json` on the 10,000-file corpus, and Vale
# with its default style on the same files when vale is installed.
# Target: gen's wall time at most 0.05 × Vale's.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
GEN=${GEN:-bin/gen}
[ -x "$GEN" ] || go build -o "$GEN" ./cmd/gen

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 ../shared/bench/mkcorpus.py "$tmp/corpus" "$N"

ms() { date +%s%N | cut -c1-13; }

start=$(ms)
set +e
"$GEN" lint --format json "$tmp/corpus" > "$tmp/gen.json"
code=$?
set -e
gen_ms=$(( $(ms) - start ))
if [ "$code" -gt 1 ]; then
  echo "gen lint failed (exit $code)" >&2
  exit 1
fi
files=$(grep -c '"path":' "$tmp/gen.json" || true)
echo "gen lint: $files files in ${gen_ms} ms ($(nproc) CPUs)"

vale=$(command -v vale || true)
if [ -z "$vale" ] && [ -x "$(go env GOPATH)/bin/vale" ]; then
  vale="$(go env GOPATH)/bin/vale"
fi
if [ -z "$vale" ]; then
  echo "vale: not installed (go install github.com/errata-ai/vale/v3/cmd/vale@v3.19.0); no comparison"
  exit 0
fi
mkdir -p "$tmp/styles"
cat > "$tmp/.vale.ini" <<INI
StylesPath = $tmp/styles
MinAlertLevel = suggestion
[*.md]
BasedOnStyles = Vale
INI
start=$(ms)
set +e
"$vale" --config "$tmp/.vale.ini" --output JSON --no-exit "$tmp/corpus" > "$tmp/vale.json" 2> "$tmp/vale.err"
vcode=$?
set -e
vale_ms=$(( $(ms) - start ))
if [ "$vcode" -ne 0 ]; then
  echo "vale failed (exit $vcode):" >&2
  head -5 "$tmp/vale.err" >&2
  exit 1
fi
echo "vale (default style): $files files in ${vale_ms} ms"
awk -v g="$gen_ms" -v v="$vale_ms" 'BEGIN {
  r = g / v
  printf "ratio gen/vale: %.4f (target <= 0.05): %s\n", r, (r <= 0.05 ? "ok" : "SLOWER THAN TARGET")
}'
