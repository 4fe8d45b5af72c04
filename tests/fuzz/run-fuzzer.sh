#!/usr/bin/env bash
# Runs one libFuzzer harness for a bounded time over its corpora and prints what it did:
#   run-fuzzer.sh FUZZER SECONDS WORK_CORPUS [SEED_DIR...]
# New inputs go to WORK_CORPUS (the build tree); the seed directories are only read. A crash leaves its
# input as crash-* in the current directory and fails the test (libFuzzer's exit code).
set -uo pipefail
fuzzer=$1 seconds=$2
shift 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$fuzzer" -max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="$(pwd)/$(basename "$fuzzer")-" "$@" >"$log" 2>&1
rc=$?
# Seeds read, final coverage and the statistics, as libFuzzer printed them.
grep -E "INFO: seed corpus|INITED|DONE|stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|invariant" "$log" | tail -n 12
name=$(basename "$fuzzer")
execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$')
cov=$(grep -E '^#[0-9]+.*(DONE|INITED)' "$log" | tail -n 1 | grep -o 'cov: [0-9]*' | grep -o '[0-9]*$')
ft=$(grep -E '^#[0-9]+.*(DONE|INITED)' "$log" | tail -n 1 | grep -o 'ft: [0-9]*' | grep -o '[0-9]*$')
summary="fuzz summary: $name executions=${execs:-?} coverage_edges=${cov:-?} features=${ft:-?} seconds=$seconds exit=$rc"
echo "$summary"
# Collected for scripts/fuzz.sh, which prints every harness's line after ctest.
echo "$summary" >>"$(dirname "$fuzzer")/fuzz-summary.txt"
if [ "$rc" -ne 0 ]; then
    tail -n 60 "$log"
fi
exit "$rc"
