#!/usr/bin/env bash
# Runs one fuzz target for a bounded time and prints one summary line; used by `./dev fuzz` and
# by the CTest tests of tests/fuzz/CMakeLists.txt.
#
#   run-target.sh [--fresh] BINARY SECONDS SEED_CORPUS WORK_CORPUS FINDINGS_DIR
#
# WORK_CORPUS starts as a copy of SEED_CORPUS (--fresh: always, else only when it does not exist
# yet, so that longer runs build on each other); new inputs go there, never into the repository.
# A crash, sanitizer report, leak, timeout or out-of-memory input is written to FINDINGS_DIR and
# the script exits 1 with the report's first lines. Exit 2: the target could not run at all.
set -uo pipefail

fresh=false
if [[ "${1:-}" == "--fresh" ]]; then
    fresh=true
    shift
fi
[[ $# -eq 5 ]] || {
    echo "usage: $0 [--fresh] BINARY SECONDS SEED_CORPUS WORK_CORPUS FINDINGS_DIR" >&2
    exit 2
}
binary=$1 seconds=$2 seeds=$3 work=$4 findings=$5
name=$(basename "$binary")
name=${name#fuzz_}
[[ -x "$binary" ]] || {
    echo "fuzz $name: $binary is missing: build the fuzz preset first" >&2
    exit 2
}
[[ -d "$seeds" ]] || {
    echo "fuzz $name: no seed corpus at $seeds" >&2
    exit 2
}

if $fresh || [[ ! -d "$work" ]]; then
    rm -rf "$work"
    mkdir -p "$work"
    cp -- "$seeds"/* "$work"/ 2>/dev/null || true
fi
mkdir -p "$findings"
log="$work.log"
before=$(find "$work" -type f | wc -l)
# The target's dictionary (tests/fuzz/dict): the tokens its reader compares against.
dict=()
dict_file="$(dirname "$0")/dict/$name.dict"
[[ -f "$dict_file" ]] && dict=(-dict="$dict_file")

# -timeout: one input taking longer than this is a finding (a hang). -rss_limit_mb: the default.
# Leak checking stays on: a leak is a finding like any other sanitizer report.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_stack_use_after_return=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    "$binary" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
    "${dict[@]}" -artifact_prefix="$findings/$name-" "$work" >"$log" 2>&1
status=$?

stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n1; }
executions=$(stat number_of_executed_units)
per_second=$(stat average_exec_per_sec)
new_units=$(stat new_units_added)
after=$(find "$work" -type f | wc -l)
coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
# Slow units (over 10 s, written for information) are not findings; -timeout decides that.
crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | grep -v -- '-slow-unit-' | tail -n1)
slow=$(grep -c -- '-slow-unit-' "$log")

printf 'fuzz %-14s %8s runs  %6s exec/s  corpus %4s -> %-4s (%s new)  cov %s  %ss%s\n' \
    "$name" "${executions:-?}" "${per_second:-?}" "$before" "$after" "${new_units:-?}" \
    "${coverage:-?}" "$seconds" "$([[ $slow -gt 0 ]] && echo "  ($slow slow inputs)")"
if [[ $status -ne 0 || -n "$crash" ]]; then
    echo "fuzz $name: FINDING (exit $status)${crash:+: $crash}"
    grep -m1 -A25 -E '==[0-9]+==ERROR|runtime error:|==pacewise-fuzz==|ERROR: libFuzzer|Qt: ' \
        "$log" | sed 's/^/    /'
    echo "    full log: $log"
    [[ -n "$crash" ]] && echo "    reproduce: $binary $crash"
    exit 1
fi
exit 0
