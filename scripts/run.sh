#!/usr/bin/env bash
# The station's main job on its embedded default: a simulated TPM fleet (swtpm) and an SQLite database
# in the user's data directory. Installs what is missing and builds first.
# With a display it opens the GUI; without one it runs the headless CLI equivalent.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec ./build/app/gui/tpm-station "$@"
fi
exec ./build/app/cli/tpm-station-cli run "$@"
