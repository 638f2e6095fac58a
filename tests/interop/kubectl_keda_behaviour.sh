#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# kubectl watching kedascope-sim behave like KEDA: events with KEDA's reasons (through both event
# APIs, with field selectors and --sort-by), the external metrics API through get --raw, the HPA's
# replicas moving with a queue burst, paused-replicas bringing the Deployment to 0 within two polling
# intervals with PAUSED True, scaling resuming once the annotation is removed, and KEDA's webhook
# refusing example 08 (tests/data/manifests).
# Usage: sh kubectl_keda_behaviour.sh <build/bin dir> <kubectl path>

interop_tag=kubectl-keda
# shellcheck source=tests/interop/common.sh
. "$(dirname "$0")/common.sh"

speed=4
polling=10
example08=$(cd "$(dirname "$0")/.." && pwd)/data/manifests/08-scaledobject-cpu-only-min0-rejected-by-webhook.yaml

cat >"$tmp/scenario.yaml" <<SCENARIO
podStartupSeconds: 2
sources:
  - {name: jobs, kind: queue, shape: bursts, start: 10, every: 100000, size: 600, drainPerReplica: 3}
  - {name: load, kind: gauge, shape: constant, value: 30}
  - name: broken
    kind: gauge
    shape: constant
    value: 5
    failures: [{start: 0, duration: 1000000}]
    error: "prometheus query api error: connection refused"
objects:
  - {apiVersion: v1, kind: Namespace, metadata: {name: beh}}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: worker, namespace: beh}
    spec:
      scaleTargetRef: {name: worker}
      pollingInterval: 5
      minReplicaCount: 1
      maxReplicaCount: 10
      triggers:
        - type: rabbitmq
          metadata: {protocol: amqp, queueName: jobs, mode: QueueLength, value: "10", hostFromEnv: RABBITMQ_HOST}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: steady, namespace: beh}
    spec:
      scaleTargetRef: {name: steady}
      pollingInterval: $polling
      minReplicaCount: 1
      maxReplicaCount: 6
      triggers:
        - type: prometheus
          metadata: {serverAddress: "http://prometheus:9090", query: load, threshold: "10"}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: broken, namespace: beh}
    spec:
      scaleTargetRef: {name: broken}
      pollingInterval: 5
      minReplicaCount: 1
      maxReplicaCount: 4
      triggers:
        - type: prometheus
          metadata: {serverAddress: "http://prometheus:9090", query: broken, threshold: "10"}
SCENARIO

start_sim "start kedascope-sim with a scenario" --scenario "$tmp/scenario.yaml" --speed $speed
pass "start kedascope-sim --scenario --speed $speed"

# Repeats command "$2..." (bounded: $1 tries, 0.2 s apart) until it succeeds.
retry() {
    tries=$1
    shift
    n=0
    while [ $n -lt "$tries" ]; do
        "$@" && return 0
        n=$((n + 1))
        sleep 0.2
    done
    return 1
}

events_show_activation() {
    k get events -n beh >"$tmp/out" 2>&1 && grep -q 'KEDAScalersStarted' "$tmp/out" &&
        grep -q 'KEDAScaleTargetActivated\|ScaledObjectReady' "$tmp/out"
}
retry 100 events_show_activation || fail "get events shows KEDA's reasons"
head -n 1 "$tmp/out" | grep -q 'REASON' || fail "get events prints a table"
pass "get events shows KEDA's reasons"

k get events.v1.events.k8s.io -n beh -o jsonpath='{range .items[*]}{.reportingController}{"\n"}{end}' >"$tmp/out" 2>&1 ||
    fail "get events.k8s.io events"
grep -q '^keda-operator$' "$tmp/out" || fail "events.k8s.io events are reported by keda-operator"
pass "events.k8s.io/v1 events from keda-operator"

# One stored event, two views: a field selector across namespaces finds only the failing scaler's events.
scaler_failed_listed() {
    k get events -A --field-selector reason=KEDAScalerFailed >"$tmp/out" 2>&1 || return 1
    head -n 1 "$tmp/out" | grep -q 'NAMESPACE' && grep -q 'scaledobject/broken' "$tmp/out" &&
        [ "$(tail -n +2 "$tmp/out" | grep -vc 'KEDAScalerFailed')" -eq 0 ]
}
retry 100 scaler_failed_listed || fail "get events -A --field-selector reason=KEDAScalerFailed"
pass "get events -A --field-selector reason=KEDAScalerFailed"
k get events.v1.events.k8s.io -A --field-selector reason=KEDAScalerFailed,regarding.name=broken \
    -o jsonpath='{range .items[*]}{.reportingController}/{.regarding.name}{"\n"}{end}' >"$tmp/out" 2>&1 ||
    fail "events.k8s.io field selector on reason and regarding.name"
grep -q '^keda-operator/broken$' "$tmp/out" || fail "the same event through events.k8s.io/v1"
pass "the same event through events.k8s.io/v1 (reason, regarding.name)"

# --sort-by makes kubectl ask for whole objects in the Table rows (includeObject=Object).
k get events -n beh --sort-by=.lastTimestamp >"$tmp/out" 2>&1 || fail "get events --sort-by=.lastTimestamp"
! grep -q 'No resources found' "$tmp/out" && head -n 1 "$tmp/out" | grep -q 'REASON' &&
    grep -q 'KEDAScalersStarted' "$tmp/out" || fail "get events --sort-by=.lastTimestamp lists the events"
pass "get events --sort-by=.lastTimestamp"

# The external metrics API returns the current value for a ScaledObject's metric (the selector is required).
metric=/apis/external.metrics.k8s.io/v1beta1/namespaces/beh/s0-prometheus
external_value() {
    k get --raw "$metric?labelSelector=scaledobject.keda.sh%2Fname%3Dsteady" >"$tmp/out" 2>&1 &&
        grep -q '"kind":"ExternalMetricValueList"' "$tmp/out" && grep -q '"value":"30"' "$tmp/out"
}
retry 100 external_value || fail "get --raw on the external metrics API returns steady's value"
if k get --raw "$metric" >"$tmp/out" 2>&1; then
    fail "the external metrics API requires the scaledobject.keda.sh/name selector"
fi
pass "get --raw external.metrics.k8s.io/v1beta1 returns the value of s0-prometheus (30)"

# The HPA's REPLICAS column moves as the burst is worked off.
: >"$tmp/replicas"
hpa_moves() {
    k get hpa keda-hpa-worker -n beh --no-headers >"$tmp/out" 2>&1 || return 1
    awk '{print $(NF-1)}' "$tmp/out" >>"$tmp/replicas"
    [ "$(sort -u "$tmp/replicas" | wc -l)" -ge 2 ] && [ "$(sort -n "$tmp/replicas" | tail -n 1)" -ge 3 ]
}
retry 300 hpa_moves || { cp "$tmp/replicas" "$tmp/out"; fail "get hpa shows replicas moving"; }
pass "get hpa shows replicas moving ($(sort -un "$tmp/replicas" | tr '\n' ' '))"

steady_at() {
    [ "$(k get deployment steady -n beh -o jsonpath='{.spec.replicas}' 2>"$tmp/out")" = "$1" ]
}
retry 150 steady_at 3 || fail "steady runs 3 replicas before the pause"
start=$(date +%s)
k annotate so steady -n beh autoscaling.keda.sh/paused-replicas=0 >"$tmp/out" 2>&1 || fail "annotate paused-replicas"
retry 100 steady_at 0 || fail "paused-replicas=0 brings the deployment to 0"
took=$(($(date +%s) - start))
# Two polling intervals of simulated time, and one second for date's resolution.
[ "$took" -le $((2 * polling / speed + 1)) ] || fail "deployment at 0 within two polling intervals (took ${took}s)"
pass "annotate paused-replicas=0: deployment at 0 in ${took}s"

so_paused() {
    k get so steady -n beh >"$tmp/out" 2>&1 || return 1
    column=$(head -n 1 "$tmp/out" | awk '{for (i = 1; i <= NF; i++) if ($i == "PAUSED") print i}')
    [ -n "$column" ] && [ "$(tail -n 1 "$tmp/out" | awk -v c="$column" '{print $c}')" = "$1" ]
}
retry 50 so_paused True || fail "get so shows PAUSED True"
pass "get so shows PAUSED True"
retry 50 sh -c "! \"$kubectl_bin\" --cache-dir \"$tmp/cache\" get hpa keda-hpa-steady -n beh >/dev/null 2>&1" ||
    fail "the HPA is removed while paused"
pass "the HPA is removed while paused"

k annotate so steady -n beh autoscaling.keda.sh/paused-replicas- >"$tmp/out" 2>&1 || fail "remove paused-replicas"
retry 150 steady_at 3 || fail "scaling resumes once paused-replicas is removed"
retry 50 so_paused False || fail "get so shows PAUSED False after resuming"
retry 50 k get hpa keda-hpa-steady -n beh >"$tmp/out" 2>&1 || fail "the HPA is back after resuming"
pass "removing paused-replicas resumes scaling"

# KEDA's webhook: example 08 (only a cpu trigger with minReplicaCount 0) is refused by kubectl apply.
[ -f "$example08" ] || { echo "$example08 missing" >"$tmp/out"; fail "example 08 present"; }
if k apply -f "$example08" >"$tmp/out" 2>&1; then
    fail "kubectl apply of example 08 is refused"
fi
grep -q 'admission webhook "vscaledobject.kb.io" denied the request' "$tmp/out" ||
    fail "the refusal is KEDA's webhook answer"
! k get so cpu-scaledobject -n default >/dev/null 2>&1 || fail "example 08 was not stored"
pass "kubectl apply of example 08 is refused by KEDA's webhook"

finish
