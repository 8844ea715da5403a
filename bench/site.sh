# Sourced by the benchmarks: make_site DIR N writes the deterministic corpus
# from ../shared/bench/mkcorpus.py to DIR/corpus and a gen site around it in
# DIR/gen-site (the clarity theme, 20 entries per list page like the Hugo site).
SHARED=${SHARED:-../shared/bench}

make_site() {
  local dir=$1 n=$2
  python3 "$SHARED/mkcorpus.py" "$dir/corpus" "$n" >/dev/null
  mkdir -p "$dir/gen-site"
  cp -r themes "$dir/gen-site/"
  cp -r "$dir/corpus" "$dir/gen-site/content"
  cat > "$dir/gen-site/gen.toml" <<TOML
title = "Bench"
baseURL = "https://example.com/"
paginate = 20
[newsletter]
unsubscribeURL = "https://example.com/unsubscribe/"
[lint]
failOn = "never"
TOML
}
