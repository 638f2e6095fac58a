// SPDX-License-Identifier: Apache-2.0
// The built-in demo scenario: what kedascope-sim runs when given neither --scenario nor --scaled-objects.
#include "sim/scenario.h"

namespace kedascope::sim {

const std::string &demoScenarioYaml()
{
    static const std::string text = R"yaml(
podStartupSeconds: 8
sources:
  - {name: orders, kind: queue, shape: bursts, start: 20, every: 300, size: 900, drainPerReplica: 3, initial: 40}
  - {name: checkout-rps, kind: gauge, shape: sine, base: 220, amplitude: 160, period: 900}
  - {name: checkout-cpu, kind: gauge, shape: sine, base: 55, amplitude: 25, period: 600}
  - {name: emails, kind: queue, shape: bursts, start: 90, every: 420, size: 400, drainPerReplica: 2}
  - {name: storefront-hours, kind: gauge, shape: bursts, start: 60, every: 1200, width: 600, size: 4, base: 0}
  - {name: web-cpu, kind: gauge, shape: sine, base: 45, amplitude: 20, period: 480}
  - name: payments-lag
    kind: queue
    shape: sine
    base: 30
    amplitude: 25
    period: 700
    drainPerReplica: 12
    initial: 120
    failures: [{start: 240, duration: 150, every: 900}]
    error: "error getting metric for scaler payments-lag: kafka: client has run out of available brokers to talk to (Is your cluster reachable?)"
  - {name: fraud-latency, kind: gauge, shape: sine, base: 160, amplitude: 120, period: 1100}
  - {name: ledger, kind: queue, shape: constant, value: 1.5, drainPerReplica: 2}
  - {name: refunds, kind: queue, shape: bursts, start: 150, every: 600, size: 250, drainPerReplica: 1.5}
  - {name: clicks-lag, kind: queue, shape: ramp, from: 50, to: 400, duration: 1800, drainPerReplica: 60}
  - {name: report-api-p95, kind: gauge, shape: sine, base: 0.35, amplitude: 0.25, period: 800}
  - {name: reports, kind: queue, shape: bursts, start: 45, every: 360, size: 12, drainPerReplica: 0}
  - {name: invoices, kind: queue, shape: bursts, start: 100, every: 240, size: 6, drainPerReplica: 0}
bindings:
  shop/email-sender: [emails]
  shop/checkout-api: [checkout-cpu, checkout-rps]
  shop/web-frontend: [storefront-hours, web-cpu]
  payments/payment-processor: [payments-lag]
  payments/fraud-scorer: [fraud-latency]
  payments/refund-worker: [refunds]
  analytics/clickstream-ingest: [clicks-lag]
  analytics/report-api: [report-api-p95]
  analytics/etl-nightly: [storefront-hours]
  analytics/report-builder: [reports]
  payments/invoice-renderer: [invoices]
jobs:
  analytics/report-builder: {runSeconds: 90}
  payments/invoice-renderer: {runSeconds: 45}
objects:
  - {apiVersion: v1, kind: Namespace, metadata: {name: shop}}
  - {apiVersion: v1, kind: Namespace, metadata: {name: payments}}
  - {apiVersion: v1, kind: Namespace, metadata: {name: analytics}}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: orders-consumer, namespace: shop, labels: {app: orders-consumer, team: shop}}
    spec:
      scaleTargetRef: {name: orders-consumer}
      pollingInterval: 15
      cooldownPeriod: 120
      minReplicaCount: 0
      maxReplicaCount: 20
      triggers:
        - type: rabbitmq
          metadata: {protocol: amqp, queueName: orders, mode: QueueLength, value: "20", hostFromEnv: RABBITMQ_HOST}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: checkout-api, namespace: shop, labels: {app: checkout-api, team: shop}}
    spec:
      scaleTargetRef: {name: checkout-api}
      pollingInterval: 30
      minReplicaCount: 2
      maxReplicaCount: 12
      triggers:
        - type: cpu
          metricType: Utilization
          metadata: {value: "60"}
        - type: prometheus
          metadata:
            serverAddress: http://prometheus.monitoring.svc:9090
            query: sum(rate(http_requests_total{app="checkout-api"}[2m]))
            threshold: "50"
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: email-sender, namespace: shop, labels: {app: email-sender, team: shop}}
    spec:
      scaleTargetRef: {name: email-sender}
      pollingInterval: 20
      cooldownPeriod: 180
      maxReplicaCount: 10
      triggers:
        - type: aws-sqs-queue
          metadata: {queueURL: "https://sqs.eu-west-1.amazonaws.com/123456789012/emails", queueLength: "25", awsRegion: eu-west-1, identityOwner: operator}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: web-frontend, namespace: shop, labels: {app: web-frontend, team: shop}}
    spec:
      scaleTargetRef: {name: web-frontend}
      minReplicaCount: 1
      maxReplicaCount: 8
      triggers:
        - type: cron
          metadata: {timezone: Europe/Amsterdam, start: "0 8 * * *", end: "0 20 * * *", desiredReplicas: "4"}
        - type: cpu
          metricType: Utilization
          metadata: {value: "70"}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: payment-processor, namespace: payments, labels: {app: payment-processor, team: payments}}
    spec:
      scaleTargetRef: {name: payment-processor}
      pollingInterval: 15
      minReplicaCount: 1
      maxReplicaCount: 15
      fallback: {failureThreshold: 3, replicas: 6}
      triggers:
        - type: kafka
          metadata: {bootstrapServers: "kafka.payments.svc:9092", consumerGroup: payment-processor, topic: payments, lagThreshold: "10"}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: fraud-scorer, namespace: payments, labels: {app: fraud-scorer, team: payments}}
    spec:
      scaleTargetRef: {name: fraud-scorer}
      minReplicaCount: 1
      maxReplicaCount: 8
      advanced:
        horizontalPodAutoscalerConfig:
          behavior:
            scaleDown:
              stabilizationWindowSeconds: 120
              policies: [{type: Pods, value: 1, periodSeconds: 60}]
      triggers:
        - type: prometheus
          metadata:
            serverAddress: http://prometheus.monitoring.svc:9090
            query: histogram_quantile(0.95, sum(rate(fraud_score_seconds_bucket[5m])) by (le)) * 1000
            threshold: "80"
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata:
      name: ledger-writer
      namespace: payments
      labels: {app: ledger-writer, team: payments}
      annotations: {autoscaling.keda.sh/paused-replicas: "0"}
    spec:
      scaleTargetRef: {name: ledger-writer}
      maxReplicaCount: 5
      triggers:
        - type: rabbitmq
          metadata: {protocol: amqp, queueName: ledger, mode: QueueLength, value: "5", hostFromEnv: RABBITMQ_HOST}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: refund-worker, namespace: payments, labels: {app: refund-worker, team: payments}}
    spec:
      scaleTargetRef: {apiVersion: apps/v1, kind: StatefulSet, name: refund-worker}
      pollingInterval: 30
      cooldownPeriod: 240
      maxReplicaCount: 6
      triggers:
        - type: aws-sqs-queue
          metadata: {queueURL: "https://sqs.eu-west-1.amazonaws.com/123456789012/refunds", queueLength: "40", awsRegion: eu-west-1, identityOwner: operator}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: clickstream-ingest, namespace: analytics, labels: {app: clickstream-ingest, team: analytics}}
    spec:
      scaleTargetRef: {name: clickstream-ingest}
      minReplicaCount: 1
      maxReplicaCount: 24
      triggers:
        - type: kafka
          metadata: {bootstrapServers: "kafka.analytics.svc:9092", consumerGroup: clickstream, topic: clicks, lagThreshold: "50", activationLagThreshold: "10"}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: report-api, namespace: analytics, labels: {app: report-api, team: analytics}}
    spec:
      scaleTargetRef: {name: report-api}
      minReplicaCount: 1
      maxReplicaCount: 6
      triggers:
        - type: prometheus
          metricType: Value
          metadata:
            serverAddress: http://prometheus.monitoring.svc:9090
            query: histogram_quantile(0.95, sum(rate(report_api_seconds_bucket[5m])) by (le))
            threshold: "0.4"
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledObject
    metadata: {name: etl-nightly, namespace: analytics, labels: {app: etl-nightly, team: analytics}}
    spec:
      scaleTargetRef: {name: etl-nightly}
      cooldownPeriod: 60
      maxReplicaCount: 4
      triggers:
        - type: cron
          metadata: {timezone: UTC, start: "0 1 * * *", end: "0 5 * * *", desiredReplicas: "3"}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledJob
    metadata: {name: report-builder, namespace: analytics, labels: {app: report-builder, team: analytics}}
    spec:
      jobTargetRef:
        parallelism: 1
        completions: 1
        backoffLimit: 2
        template:
          spec:
            restartPolicy: Never
            containers:
              - {name: report-builder, image: "registry.example.com/report-builder:2.3.0"}
      pollingInterval: 20
      maxReplicaCount: 5
      successfulJobsHistoryLimit: 5
      failedJobsHistoryLimit: 3
      triggers:
        - type: rabbitmq
          metadata: {protocol: amqp, queueName: reports, mode: QueueLength, value: "2", hostFromEnv: RABBITMQ_HOST}
  - apiVersion: keda.sh/v1alpha1
    kind: ScaledJob
    metadata: {name: invoice-renderer, namespace: payments, labels: {app: invoice-renderer, team: payments}}
    spec:
      jobTargetRef:
        template:
          spec:
            restartPolicy: Never
            containers:
              - {name: invoice-renderer, image: "registry.example.com/invoice-renderer:1.9.1"}
      pollingInterval: 15
      maxReplicaCount: 4
      successfulJobsHistoryLimit: 4
      triggers:
        - type: aws-sqs-queue
          metadata: {queueURL: "https://sqs.eu-west-1.amazonaws.com/123456789012/invoices", queueLength: "1", awsRegion: eu-west-1, identityOwner: operator}
)yaml";
    return text;
}

} // namespace kedascope::sim
