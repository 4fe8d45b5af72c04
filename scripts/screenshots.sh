#!/usr/bin/env bash
# Renders every screen of the station GUI in a real X window (Xvfb) and saves the PNGs into
# docs/screenshots/ (used by docs/OPERATOR_GUIDE.md). Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
cmake --build "$build" --target station-screenshots
out="$here/docs/screenshots"
mkdir -p "$out"
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1400x1000x24" "$build/tests/gui/station-screenshots" "$out"
echo "Screenshots written to $out"
