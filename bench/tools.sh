# Sourced by the benchmarks that time gen with GNU time: GEN is the gen
# binary and TIME the GNU time that measures peak memory. Without GEN the
# tree's own gen is built every time (go build only relinks what changed),
# so a script run on its own never times a binary older than its themes.
if [ -z "${GEN:-}" ]; then
  GEN=$PWD/bin/gen
  go build -o "$GEN" ./cmd/gen
fi
TIME=/usr/bin/time
if ! "$TIME" -f %M true >/dev/null 2>&1; then
  echo "GNU time is missing (apt-get install time): it measures peak memory" >&2
  exit 1
fi
