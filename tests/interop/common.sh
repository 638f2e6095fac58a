# SPDX-License-Identifier: Apache-2.0
# Shared by the kubectl interop scripts (POSIX sh, sourced): arguments, a temporary folder, starting and
# stopping kedascope-sim, the `k` kubectl wrapper and pass/fail counting.
# Usage: interop_tag=<tmp folder tag>; . common.sh   (reads the caller's arguments: <build/bin dir> <kubectl>)

bin_dir=$1
kubectl_bin=${2:-kubectl}
if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/kedascope-sim" ]; then
    echo "usage: sh $(basename "$0") <bin dir with kedascope-sim> <kubectl>" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/${interop_tag:?}.XXXXXX") || exit 1
sim_pid=
watch_pid=
cleanup() {
    [ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

passed=0
failed=0
pass() {
    passed=$((passed + 1))
    echo "ok: $1"
}
fail() {
    failed=$((failed + 1))
    echo "FAILED: $1" >&2
    [ -f "$tmp/out" ] && sed 's/^/    /' "$tmp/out" >&2
    echo "$passed passed, $failed failed"
    exit 1
}
# Prints the tally; the exit status says whether everything passed.
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# Starts kedascope-sim on a free port with extra arguments "$2...", waits (bounded, 15 s) for its
# kubeconfig and points KUBECONFIG at it; fails the test called $1 when the sim exits or never writes it.
start_sim() {
    what=$1
    shift
    "$bin_dir/kedascope-sim" --listen 127.0.0.1:0 --kubeconfig-out "$tmp/kubeconfig" "$@" \
        >"$tmp/sim.out" 2>"$tmp/sim.err" &
    sim_pid=$!
    i=0
    while [ ! -s "$tmp/kubeconfig" ] && [ $i -lt 150 ]; do
        if ! kill -0 "$sim_pid" 2>/dev/null; then
            cp "$tmp/sim.err" "$tmp/out"
            fail "$what (it exited)"
        fi
        i=$((i + 1))
        sleep 0.1
    done
    [ -s "$tmp/kubeconfig" ] || fail "start kedascope-sim (no kubeconfig after 15 s)"
    KUBECONFIG="$tmp/kubeconfig"
    export KUBECONFIG
}

k() {
    "$kubectl_bin" --cache-dir "$tmp/cache" --request-timeout=20s "$@"
}
