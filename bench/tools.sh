# Sourced by the benchmarks that time gen with GNU time: GEN is the gen
# binary (built when missing) and TIME the GNU time that measures peak memory.
GEN=${GEN:-$PWD/bin/gen}
[ -x "$GEN" ] || go build -o "$GEN" ./cmd/gen
TIME=/usr/bin/time
if ! "$TIME" -f %M true >/dev/null 2>&1; then
  echo "GNU time is missing (apt-get install time): it measures peak memory" >&2
  exit 1
fi
