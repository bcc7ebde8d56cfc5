#!/usr/bin/env bash
# Builds with a CMake preset (dev, ci or asan) and runs the whole suite headless (headless.sh:
# offscreen Qt, a private D-Bus session with an unlocked gnome-keyring, a private HOME).
set -euo pipefail
preset="${1:-dev}"
cd "$(dirname "$0")/.."

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

if [ "$preset" = asan ]; then
    # Leaks fail the run too; UBSan findings stop the test that hit them.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
fi
exec tests/headless.sh ctest --test-dir "build/$preset" --output-on-failure -j "$(nproc)"
