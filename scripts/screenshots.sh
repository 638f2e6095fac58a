#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Writes the README's screenshots from a real window: kedascope --demo under Xvfb at 1280x800,
# light and dark. Builds nothing: pass the directory holding bin/kedascope (default: build/).
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
    XDG_CONFIG_HOME="$settings" LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        "$app" --demo --screenshot "$out/$name.png" "$@"
    echo "wrote $out/$name.png"
}

shoot console-light -style Fusion
shoot console-dark --dark
