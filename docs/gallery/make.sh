#!/usr/bin/env bash
# Renders the README's gallery with the demo: one view per theme and language.
# Usage (from the repository, after building the dev preset): docs/gallery/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
app=build/dev/app/desktop/nest-desktop
out=docs/gallery
shot() { # theme lang view
    local tmp
    tmp=$(mktemp -d)
    HOME="$tmp/home" QT_QPA_PLATFORM=offscreen "$app" --demo --data-dir "$tmp/data" \
        --theme "$1" --lang "$2" --screenshot "$tmp/shots" >/dev/null 2>&1
    cp "$tmp/shots/view-$3.png" "$out/$3-$1-$2.png"
    rm -rf "$tmp"
}
shot light en dashboard
shot dark ko market
shot light ar governance
shot dark ja community
