#!/usr/bin/env bash
# Installs the Debian 12 packages the station needs to build, run and test. Idempotent: only what is
# missing is installed. Runs apt-get as root, or through sudo.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
    libtss2-dev tpm2-tools swtpm swtpm-tools
    libssl-dev openssl libsqlite3-dev sqlite3 libqrencode-dev
    postgresql-15 libpq-dev
    xvfb xauth poppler-utils zbar-tools fonts-wqy-microhei
    python3
    help2man lintian desktop-file-utils appstream
    clang-15 libfuzzer-15-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo" >&2
        exit 1
    fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
