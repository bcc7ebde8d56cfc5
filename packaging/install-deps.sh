#!/usr/bin/env bash
# Installs the Debian 12 packages Nest Desktop needs to build, test and run. Needs root.
set -euo pipefail

build_deps=(
    cmake ninja-build g++ pkg-config ccache git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-websockets-dev qt6-httpserver-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libsodium-dev libqt6sql6-sqlite libsimdjson-dev libqt6svg6
)
# Headless runs and tests: X server, a Secret Service for the keychain, fonts for CJK/Arabic.
test_deps=(
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 fonts-noto-cjk fonts-noto-core
    clang-format clang libclang-rt-14-dev
    appstream desktop-file-utils man-db dpkg-dev qt6-qpa-plugins openssl
)

missing=()
for pkg in "${build_deps[@]}" "${test_deps[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
