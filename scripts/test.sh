#!/usr/bin/env bash
# Installs what is missing, builds, proves the engine libraries build without QtWidgets, and runs the
# whole test suite with ctest, after the libFuzzer harnesses ran for a bounded time (scripts/fuzz.sh).
# STATION_SANITIZE=1 runs the suite under AddressSanitizer + UBSan instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# The suite is as strict as CI everywhere: warnings are errors in every tree it builds (a warning that only
# CI turned into an error once failed a landing nobody could reproduce locally).
werror=(-DSTATION_WERROR=ON)

if [ "${STATION_SANITIZE:-0}" = "1" ]; then
    BUILD_DIR=build-asan BUILD_TYPE=Debug ./scripts/build.sh -DSTATION_SANITIZE=ON
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    exec ctest --test-dir build-asan --output-on-failure -j2 -LE bench
fi

# Layering: core, db, exports, stations, services (and the CLI) must build where QtWidgets is not even
# configured.
BUILD_DIR=build-headless ./scripts/build.sh -DSTATION_BUILD_GUI=OFF -DSTATION_BUILD_TESTS=OFF "${werror[@]}"

# Fuzzed parsers (tests/fuzz/README.md): their own clang-15 tree; each harness runs ~25 s under ctest.
./scripts/fuzz.sh

./scripts/build.sh "${werror[@]}"
exec ctest --test-dir build --output-on-failure -j2 -LE bench
