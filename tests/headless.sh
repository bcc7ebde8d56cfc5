#!/usr/bin/env bash
# Runs a command as the test suite runs: offscreen Qt, a private HOME, and a private D-Bus
# session with an unlocked gnome-keyring as the Secret Service (the keychain). Used by run.sh and
# for the benchmarks that run the whole desktop client (nest-bench soak, nest-bench startup).
set -euo pipefail
export HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    exec dbus-run-session -- sh -c 'echo -n nest | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
fi
echo "headless.sh: no dbus-run-session/gnome-keyring: running without a Secret Service" >&2
exec "$@"
