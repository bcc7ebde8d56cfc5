#!/usr/bin/env bash
# Builds with a CMake preset (dev, ci or asan) and runs the whole suite headless: offscreen Qt,
# a private D-Bus session with an unlocked gnome-keyring as the Secret Service, a private HOME.
set -euo pipefail
preset="${1:-dev}"
cd "$(dirname "$0")/.."

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
if [ "$preset" = asan ]; then
    # Leaks fail the run too; UBSan findings stop the test that hit them.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
fi
jobs="$(nproc)"
run_ctest="ctest --test-dir build/$preset --output-on-failure -j $jobs"
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    dbus-run-session -- sh -c "echo -n nest | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec $run_ctest"
else
    echo "run.sh: no dbus-run-session/gnome-keyring: keychain tests run without a Secret Service"
    $run_ctest
fi
