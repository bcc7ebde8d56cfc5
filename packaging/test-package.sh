#!/usr/bin/env bash
# Builds the Debian package from a configured build directory, checks its metadata, installs it
# with apt as a user would, runs both programs from the installed files, and removes it again.
# Needs root (apt). Usage: packaging/test-package.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/ci}"

appstreamcli validate --no-net packaging/org.nest.Desktop.metainfo.xml
desktop-file-validate packaging/org.nest.Desktop.desktop

rm -f "$build"/nest-desktop_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/nest-desktop_*.deb)
echo "test-package: built $deb"
dpkg-deb -c "$deb" | grep -q ' ./usr/share/metainfo/org.nest.Desktop.metainfo.xml$'

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq nest-desktop >/dev/null' EXIT
/usr/bin/nest-server --version
QT_QPA_PLATFORM=offscreen /usr/bin/nest-desktop --version
man -w nest-server >/dev/null && man -w nest-desktop >/dev/null
test -f /usr/share/icons/hicolor/256x256/apps/org.nest.Desktop.png
test -f /lib/systemd/system/nest-server.service
echo "test-package: installed and ran nest-desktop and nest-server from the package"
