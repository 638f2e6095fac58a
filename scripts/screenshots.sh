#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Writes the README's screenshots from a real window: kedascope --demo under Xvfb at 1280x800,
# light and dark: the console, its charts, fleet and events docks, and the editor. Builds nothing: pass the directory holding bin/kedascope (default: build/).
#   sh scripts/screenshots.sh [BUILD_DIR]
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build="${1:-$here/build}"
app="$build/bin/kedascope"
out="$here/docs/screenshots"
[ -x "$app" ] || { echo "screenshots.sh: $app is missing; build the kedascope target first" >&2; exit 1; }
mkdir -p "$out"

# A settings directory of its own, so neither the user's layout nor ours leaks in or out.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT INT TERM

shoot() {
    name=$1
    shift
    home=$(mktemp -d "$settings/$name.XXXXXX") # two shots at once must not share their settings
    XDG_CONFIG_HOME="$home" LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        "$app" --demo --screenshot "$out/$name.png" "$@"
    echo "wrote $out/$name.png"
}

shoot console-light -style Fusion
shoot console-dark --dark
shoot editor-light -style Fusion --screenshot-view editor --screenshot-object orders-consumer --screenshot-delay 2
shoot fleet-light -style Fusion --screenshot-view fleet --screenshot-delay 90
# Five and a half minutes of the demo: its Kafka scaler fails from minute four on, for a while.
shoot charts-light -style Fusion --screenshot-view charts --screenshot-object payment-processor --screenshot-delay 330 &
shoot events-dark --dark --screenshot-view events --screenshot-delay 330 &
wait
