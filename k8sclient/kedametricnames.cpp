// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedametricnames.h"

#include <cctype>
#include <cstdio>
#include <vector>

namespace kedascope::k8s::keda {

namespace {

std::string metadataString(const json::Value &trigger, const char *key)
{
    return json::stringAt(trigger, std::string("metadata.") + key);
}

// Go's url.QueryEscape: unreserved bytes stay, space becomes '+', the rest %XX.
std::string queryEscape(const std::string &text)
{
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else if (c == ' ') {
            out += '+';
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", unsigned(c));
            out += escaped;
        }
    }
    return out;
}

// The cron scaler's parseCronTimeFormat.
std::string cronPart(const std::string &schedule)
{
    std::string out;
    for (const char c : schedule) {
        if (c == ' ')
            continue;
        if (c == '*')
            out += 'x';
        else if (c == '/')
            out += "Sl";
        else if (c == '?')
            out += "Qm";
        else
            out += c;
    }
    return out;
}

// The queue name is the third segment of the queue URL's path ("/<account>/<queue>").
std::optional<std::string> sqsQueueName(const std::string &url)
{
    const auto scheme = url.find("://");
    const auto pathStart = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (pathStart == std::string::npos)
        return std::nullopt;
    std::string path = url.substr(pathStart);
    const auto query = path.find_first_of("?#");
    if (query != std::string::npos)
        path.resize(query);
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        const auto slash = path.find('/', start);
        parts.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    if (parts.size() != 3 || parts[2].empty())
        return std::nullopt;
    return parts[2];
}

std::optional<std::string> scalerMetricName(const std::string &type, const json::Value &trigger)
{
    if (type == "rabbitmq")
        return "rabbitmq-" + queryEscape(metadataString(trigger, "queueName"));
    if (type == "kafka" || type == "apache-kafka") {
        const std::string topic = metadataString(trigger, "topic");
        if (!topic.empty())
            return "kafka-" + topic;
        return "kafka-" + metadataString(trigger, "consumerGroup") + "-topics";
    }
    if (type == "prometheus")
        return std::string("prometheus");
    if (type == "aws-sqs-queue") {
        const auto queue = sqsQueueName(metadataString(trigger, "queueURL"));
        if (!queue)
            return std::nullopt;
        return "aws-sqs-" + *queue;
    }
    if (type == "cron") {
        return "cron-" + metadataString(trigger, "timezone") + "-" +
               cronPart(metadataString(trigger, "start")) + "-" + cronPart(metadataString(trigger, "end"));
    }
    if (type == "azure-servicebus") {
        const std::string queue = metadataString(trigger, "queueName");
        const bool regex = metadataString(trigger, "useRegex") == "true";
        if (regex)
            return std::string("azure-servicebus-") + (queue.empty() ? "topic" : "queue") + "-regex";
        return "azure-servicebus-" + (queue.empty() ? metadataString(trigger, "topicName") : queue);
    }
    return std::nullopt;
}

} // namespace

bool isResourceTrigger(const std::string &triggerType)
{
    return triggerType == "cpu" || triggerType == "memory";
}

std::string normalizeMetricName(std::string name)
{
    for (char &c : name) {
        if (c == '/' || c == '.' || c == ':' || c == '%' || c == '(' || c == ')')
            c = '-';
    }
    return name;
}

std::optional<std::string> externalMetricName(const json::Value &trigger, int index)
{
    const std::string type = json::stringAt(trigger, "type");
    if (isResourceTrigger(type))
        return std::nullopt;
    const auto scalerName = scalerMetricName(type, trigger);
    if (!scalerName)
        return std::nullopt;
    return "s" + std::to_string(index) + "-" + normalizeMetricName(*scalerName);
}

ScaledObjectMetricNames scaledObjectMetricNames(const json::Value &scaledObject)
{
    ScaledObjectMetricNames out;
    const json::Value *triggers = json::find(scaledObject, "spec.triggers");
    if (triggers != nullptr && triggers->IsArray()) {
        for (rapidjson::SizeType i = 0; i < triggers->Size(); ++i) {
            const std::string type = json::stringAt((*triggers)[i], "type");
            if (isResourceTrigger(type)) {
                out.resource.push_back(type);
            } else if (const auto name = externalMetricName((*triggers)[i], int(i))) {
                out.external.push_back(*name);
            }
        }
    }
    const json::Value *modifiers = json::find(scaledObject, "spec.advanced.scalingModifiers");
    if (modifiers != nullptr && modifiers->IsObject() && modifiers->MemberCount() > 0)
        out.hpa.push_back(compositeMetricName);
    else
        out.hpa = out.external;
    out.hpa.insert(out.hpa.end(), out.resource.begin(), out.resource.end());
    return out;
}

std::optional<TriggerTargetKeys> triggerTargetKeys(const std::string &triggerType)
{
    if (triggerType == "rabbitmq")
        return TriggerTargetKeys{"value", "queueLength", "activationValue", 20.0};
    if (triggerType == "kafka" || triggerType == "apache-kafka")
        return TriggerTargetKeys{"lagThreshold", {}, "activationLagThreshold", 10.0};
    if (triggerType == "prometheus")
        return TriggerTargetKeys{"threshold", {}, "activationThreshold", std::nullopt};
    if (triggerType == "aws-sqs-queue")
        return TriggerTargetKeys{"queueLength", {}, "activationQueueLength", 5.0};
    if (triggerType == "azure-servicebus")
        return TriggerTargetKeys{"messageCount", {}, "activationMessageCount", 5.0};
    if (triggerType == "cpu" || triggerType == "memory")
        return TriggerTargetKeys{"value", {}, {}, std::nullopt};
    if (triggerType == "cron")
        return TriggerTargetKeys{"desiredReplicas", {}, {}, std::nullopt};
    return std::nullopt;
}

} // namespace kedascope::k8s::keda
