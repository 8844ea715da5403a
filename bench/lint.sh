#!/usr/bin/env bash
# Lint benchmark: `gen lint --format json` on the 10,000-file corpus, and Vale
# with its default style on the same files when vale is installed.
# Target: gen's wall time at most 0.05 × Vale's. Each tool runs RUNS times
# (default 3), interleaved, and the best wall time of each is compared, so
# a burst of load on a shared machine does not decide the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
RUNS=${RUNS:-3}
GEN=${GEN:-bin/gen}
[ -x "$GEN" ] || go build -o "$GEN" ./cmd/gen

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "${SHARED:-../shared/bench}/mkcorpus.py" "$tmp/corpus" "$N"

ms() { date +%s%N | cut -c1-13; }

# time_gen prints one run's wall time in ms.
time_gen() {
  local start code
  start=$(ms)
  set +e
  "$GEN" lint --format json "$tmp/corpus" > "$tmp/gen.json"
  code=$?
  set -e
  if [ "$code" -gt 1 ]; then
    echo "gen lint failed (exit $code)" >&2
    exit 1
  fi
  echo $(( $(ms) - start ))
}

vale=$(command -v vale || true)
if [ -z "$vale" ] && [ -x "$(go env GOPATH)/bin/vale" ]; then
  vale="$(go env GOPATH)/bin/vale"
fi
if [ -n "$vale" ]; then
  mkdir -p "$tmp/styles"
  cat > "$tmp/.vale.ini" <<INI
StylesPath = $tmp/styles
MinAlertLevel = suggestion
[*.md]
BasedOnStyles = Vale
INI
fi

# time_vale prints one run's wall time in ms.
time_vale() {
  local start vcode
  start=$(ms)
  set +e
  "$vale" --config "$tmp/.vale.ini" --output JSON --no-exit "$tmp/corpus" > "$tmp/vale.json" 2> "$tmp/vale.err"
  vcode=$?
  set -e
  if [ "$vcode" -ne 0 ]; then
    echo "vale failed (exit $vcode):" >&2
    head -5 "$tmp/vale.err" >&2
    exit 1
  fi
  echo $(( $(ms) - start ))
}

gen_runs=() vale_runs=()
for _ in $(seq "$RUNS"); do
  gen_runs+=("$(time_gen)")
  [ -n "$vale" ] && vale_runs+=("$(time_vale)")
done
best() { printf '%s\n' "$@" | sort -n | head -1; }
files=$(grep -c '"path":' "$tmp/gen.json" || true)
gen_ms=$(best "${gen_runs[@]}")
echo "gen lint: $files files in ${gen_ms} ms, best of $RUNS (runs: ${gen_runs[*]} ms; $(nproc) CPUs)"
if [ -z "$vale" ]; then
  echo "vale: not installed (go install github.com/errata-ai/vale/v3/cmd/vale@v3.19.0); no comparison"
  exit 0
fi
vale_ms=$(best "${vale_runs[@]}")
echo "vale (default style): $files files in ${vale_ms} ms, best of $RUNS (runs: ${vale_runs[*]} ms)"
awk -v g="$gen_ms" -v v="$vale_ms" 'BEGIN {
  r = g / v
  printf "ratio gen/vale: %.4f (target <= 0.05): %s\n", r, (r <= 0.05 ? "ok" : "SLOWER THAN TARGET")
}'
