#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The real kubectl against kedascope-sim: discovery, tables, watch, annotate, patch, server-side apply
# (with and without server dry-run), validation errors, delete, RBAC wording and scale.
# Usage: sh kubectl_against_sim.sh <build/bin dir> <kubectl path>

interop_tag=kubectl-sim
# shellcheck source=tests/interop/common.sh
. "$(dirname "$0")/common.sh"

# Waits (bounded, 20 s) until file $1 contains the text $2 at least $3 times (default 1).
wait_for_text() {
    want=${3:-1}
    i=0
    while [ $i -lt 200 ]; do
        if [ -f "$1" ]; then
            count=$(grep -c -- "$2" "$1" 2>/dev/null)
            [ "${count:-0}" -ge "$want" ] && return 0
        fi
        i=$((i + 1))
        sleep 0.1
    done
    return 1
}

"$bin_dir/kedascope-sim" --scaled-objects many >"$tmp/out" 2>&1
status=$?
[ "$status" -eq 2 ] || fail "bad arguments exit 2 (got $status)"
grep -- '--scaled-objects' "$tmp/out" >/dev/null || fail "bad arguments are named on stderr"
pass "bad arguments exit 2"

start_sim "start kedascope-sim" --scaled-objects 20 --namespaces 3
wait_for_text "$tmp/sim.out" "kedascope-sim listening on https://127.0.0.1:" || fail "sim prints its listening line"
pass "start kedascope-sim"

# Discovery
k api-resources >"$tmp/out" 2>&1 || fail "kubectl api-resources"
grep -E '^scaledobjects +so +keda.sh/v1alpha1 +true +ScaledObject' "$tmp/out" >/dev/null ||
    fail "api-resources lists scaledobjects with short name so"
grep -E '^horizontalpodautoscalers +hpa +autoscaling/v2' "$tmp/out" >/dev/null || fail "api-resources lists hpa"
pass "api-resources"

# Table with the CRD's printer columns and the NAMESPACE column
k get so -A >"$tmp/out" 2>&1 || fail "kubectl get so -A"
head -n 1 "$tmp/out" | grep -E '^NAMESPACE +NAME +SCALETARGETKIND +SCALETARGETNAME +MIN +MAX +READY +ACTIVE +FALLBACK +PAUSED +TRIGGERS' >/dev/null ||
    fail "get so -A shows the printer columns"
[ "$(grep -c '^team-00[0-2] ' "$tmp/out")" -eq 20 ] || fail "get so -A lists 20 ScaledObjects with their namespace"
pass "get so -A (Table)"

k get so orders-consumer-0000 -n team-000 -o json >"$tmp/out" 2>&1 || fail "get so -o json"
grep '"hpaName": "keda-hpa-orders-consumer-0000"' "$tmp/out" >/dev/null || fail "get so -o json has status.hpaName"
pass "get so -o json"

# Watch in the background sees a change made by annotate
k get so -n team-000 -w >"$tmp/watch.out" 2>&1 &
watch_pid=$!
wait_for_text "$tmp/watch.out" "email-sender-0012" || fail "get so -w lists the objects first"
k annotate so email-sender-0012 -n team-000 kedascope.test/watched=yes >"$tmp/out" 2>&1 || fail "annotate add"
wait_for_text "$tmp/watch.out" "email-sender-0012" 2 || fail "get so -w sees the annotate change"
kill "$watch_pid" 2>/dev/null
wait "$watch_pid" 2>/dev/null
watch_pid=
pass "get so -w sees a change"

k get so email-sender-0012 -n team-000 -o 'jsonpath={.metadata.annotations.kedascope\.test/watched}' >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "yes" ] || fail "annotate add is stored"
k annotate so email-sender-0012 -n team-000 kedascope.test/watched- >"$tmp/out" 2>&1 || fail "annotate remove"
k get so email-sender-0012 -n team-000 -o 'jsonpath={.metadata.annotations}' >"$tmp/out" 2>&1
grep 'kedascope.test/watched' "$tmp/out" >/dev/null && fail "annotate remove is stored"
pass "annotate add and remove"

# Merge patch and status subresource
k patch so email-sender-0012 -n team-000 --type merge -p '{"spec":{"maxReplicaCount":33}}' >"$tmp/out" 2>&1 ||
    fail "patch --type merge"
k get so email-sender-0012 -n team-000 -o 'jsonpath={.spec.maxReplicaCount}' >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "33" ] || fail "patch --type merge is stored"
pass "patch --type merge"

k patch so email-sender-0012 -n team-000 --subresource status --type merge \
    -p '{"status":{"originalReplicaCount":7},"spec":{"maxReplicaCount":99}}' >"$tmp/out" 2>&1 ||
    fail "patch --subresource status"
k get so email-sender-0012 -n team-000 -o 'jsonpath={.status.originalReplicaCount}/{.spec.maxReplicaCount}' >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "7/33" ] || fail "patch --subresource status changes only the status"
pass "patch --subresource status"

# Server-side apply, with and without server dry-run
cat >"$tmp/so.yaml" <<'EOF'
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: interop-so
  namespace: team-001
spec:
  scaleTargetRef:
    name: interop-worker
  minReplicaCount: 1
  maxReplicaCount: 8
  triggers:
  - type: rabbitmq
    metadata:
      queueName: interop
      mode: QueueLength
      value: "5"
EOF
k apply --server-side --dry-run=server -f "$tmp/so.yaml" >"$tmp/out" 2>&1 || fail "apply --server-side --dry-run=server"
grep 'serverside-applied (server dry run)' "$tmp/out" >/dev/null || fail "dry-run apply reports a server dry run"
if k get so interop-so -n team-001 >"$tmp/out" 2>&1; then
    fail "dry-run apply stored nothing"
fi
grep 'NotFound' "$tmp/out" >/dev/null || fail "dry-run apply stored nothing (NotFound expected)"
pass "apply --server-side --dry-run=server changes nothing"

k apply --server-side -f "$tmp/so.yaml" >"$tmp/out" 2>&1 || fail "apply --server-side"
grep 'scaledobject.keda.sh/interop-so serverside-applied' "$tmp/out" >/dev/null || fail "apply --server-side output"
k get so interop-so -n team-001 -o json --show-managed-fields >"$tmp/out" 2>&1 || fail "get applied object"
grep '"manager": "kubectl"' "$tmp/out" >/dev/null || fail "apply records the kubectl field manager"
grep '"operation": "Apply"' "$tmp/out" >/dev/null || fail "apply records operation Apply"
pass "apply --server-side creates"

sed 's/maxReplicaCount: 8/maxReplicaCount: 12/' "$tmp/so.yaml" >"$tmp/so2.yaml"
k apply --server-side -f "$tmp/so2.yaml" >"$tmp/out" 2>&1 || fail "apply --server-side update"
k get so interop-so -n team-001 -o 'jsonpath={.spec.maxReplicaCount}' >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "12" ] || fail "apply --server-side update is stored"
pass "apply --server-side updates"

# Invalid manifests are refused, naming the field
sed 's/minReplicaCount: 1/minReplicaCount: 20/' "$tmp/so.yaml" >"$tmp/invalid.yaml"
if k apply --server-side -f "$tmp/invalid.yaml" >"$tmp/out" 2>&1; then
    fail "min > max is refused"
fi
grep 'minReplicaCount must be less than or equal to maxReplicaCount' "$tmp/out" >/dev/null ||
    fail "min > max refusal names the rule"
grep 'is invalid' "$tmp/out" >/dev/null || fail "min > max refusal says invalid"
pass "invalid manifest (min > max) refused"

sed 's/  minReplicaCount: 1/  minReplicaCount: 1\n  bogusField: 3/' "$tmp/so.yaml" >"$tmp/bogus.yaml"
if k apply --server-side -f "$tmp/bogus.yaml" >"$tmp/out" 2>&1; then
    fail "unknown field is refused"
fi
grep 'unknown field "spec.bogusField"' "$tmp/out" >/dev/null || fail "unknown field refusal names spec.bogusField"
pass "invalid manifest (unknown field) refused"

k apply --server-side --validate=warn --dry-run=server -f "$tmp/bogus.yaml" >"$tmp/out" 2>&1 ||
    fail "apply --validate=warn accepts an unknown field"
grep 'Warning: unknown field "spec.bogusField"' "$tmp/out" >/dev/null ||
    fail "kubectl shows the server's Warning header for the dropped field"
pass "unknown field dropped with a warning under --validate=warn"

# RBAC wording for the read-only user
if k --context sim-viewer patch so email-sender-0012 -n team-000 --type merge \
    -p '{"spec":{"maxReplicaCount":5}}' >"$tmp/out" 2>&1; then
    fail "viewer patch is refused"
fi
grep 'scaledobjects.keda.sh "email-sender-0012" is forbidden: User "viewer" cannot patch resource "scaledobjects" in API group "keda.sh" in the namespace "team-000"' \
    "$tmp/out" >/dev/null || fail "viewer patch refusal has the RBAC wording"
k --context sim-viewer get so -n team-000 >"$tmp/out" 2>&1 || fail "viewer can read"
pass "viewer: read allowed, patch forbidden"

# Delete
k delete so interop-so -n team-001 >"$tmp/out" 2>&1 || fail "delete"
grep 'scaledobject.keda.sh "interop-so" deleted' "$tmp/out" >/dev/null || fail "delete output"
if k get so interop-so -n team-001 >"$tmp/out" 2>&1; then
    fail "deleted object is gone"
fi
pass "delete"

# Scale through the /scale subresource
k scale deploy email-sender-0012 -n team-000 --replicas 4 >"$tmp/out" 2>&1 || fail "scale deploy"
k get deploy email-sender-0012 -n team-000 -o 'jsonpath={.spec.replicas}' >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "4" ] || fail "scale deploy is stored"
k get deploy -n team-000 >"$tmp/out" 2>&1 || fail "get deploy"
head -n 1 "$tmp/out" | grep -E '^NAME +READY +UP-TO-DATE +AVAILABLE +AGE' >/dev/null || fail "get deploy columns"
pass "scale deploy"

rm -f "$tmp/out"
finish
