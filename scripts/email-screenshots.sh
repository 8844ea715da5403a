#!/bin/sh
# Saves screenshots of a rendered newsletter email at 600px and 375px, in
# light and dark mode, using headless Chromium (apt-get install chromium).
# Usage: scripts/email-screenshots.sh [DIR]   (default: email-screenshots/)
set -eu
dir=${1:-email-screenshots}
case $dir in /*) ;; *) dir="$PWD/$dir" ;; esac
cd "$(dirname "$0")/.."
GEN_REQUIRE_TOOLS=1 go test ./internal/email/ -run '^TestScreenshots$' -count=1 -v -args -screenshots "$dir" | grep -E 'wrote|FAIL|ok' || true
ls "$dir"/*.png
