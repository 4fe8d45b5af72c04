#!/usr/bin/env bash
# Builds the libFuzzer harnesses in their own clang-15 tree (ASan + UBSan + coverage; only the harnesses
# and the libraries they link) and runs each for a bounded time under ctest (tests/fuzz/README.md).
#   scripts/fuzz.sh             label fuzz: STATION_FUZZ_SECONDS (25 s) each, as CI does
#   scripts/fuzz.sh extended    label fuzz-extended: STATION_FUZZ_LONG_SECONDS (600 s) each
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${FUZZ_BUILD_DIR:-build-fuzz}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
# Warnings are errors in the GCC build (CI); clang's own extra warnings do not fail the fuzz tree.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-15 -DCMAKE_CXX_COMPILER=clang++-15 "${launcher[@]}" \
    -DSTATION_BUILD_GUI=OFF -DSTATION_BUILD_TESTS=OFF -DSTATION_SANITIZE=ON -DSTATION_BUILD_FUZZERS=ON \
    -DSTATION_WERROR=OFF >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target fuzzers
label='^fuzz$'
if [ "${1:-}" = "extended" ]; then
    label='^fuzz-extended$'
fi
summary="$BUILD_DIR/tests/fuzz/fuzz-summary.txt"
rm -f "$summary"
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" -L "$label" || status=$?
[ -f "$summary" ] && sort "$summary"
exit "$status"
