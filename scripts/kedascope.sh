#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# One entry point for a fresh Debian 12 machine:
#   sh scripts/kedascope.sh demo   install what is missing, build, start Kedascope on the demo cluster
#   sh scripts/kedascope.sh test   install what is missing, build, run every test
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build="${KEDASCOPE_BUILD_DIR:-$here/build}"

packages="build-essential cmake ninja-build ccache pkg-config
qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
libcpprest-dev libssl-dev libboost-dev zlib1g-dev libyaml-cpp-dev prometheus-cpp-dev libsimdjson-dev rapidjson-dev
xvfb xauth ca-certificates prometheus"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    missing=""
    for p in $packages; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    command -v kubectl >/dev/null 2>&1 || missing="$missing kubernetes-client"
    if [ -n "$missing" ]; then
        echo "Installing:$missing"
        as_root apt-get update -q
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
    fi
}

configure_and_build() {
    werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEDASCOPE_WERROR=$werror
    cmake --build "$build" -j2
}

case "${1:-}" in
demo)
    install_missing
    configure_and_build
    shift
    exec "$build/bin/kedascope" --demo "$@"
    ;;
test)
    install_missing
    configure_and_build
    cd "$build"
    exec ctest --output-on-failure -j2 --timeout 600
    ;;
*)
    echo "usage: sh scripts/kedascope.sh demo|test" >&2
    exit 2
    ;;
esac
