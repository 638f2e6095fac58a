// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedapause.h"

#include <cerrno>
#include <climits>
#include <cstdlib>

namespace kedascope::k8s::keda {

namespace {

std::optional<std::string> annotation(const json::Value &object, const char *name)
{
    const json::Value *annotations = json::find(object, "metadata.annotations");
    if (annotations == nullptr || !annotations->IsObject())
        return std::nullopt;
    const auto it = annotations->FindMember(name);
    if (it == annotations->MemberEnd() || !it->value.IsString())
        return std::nullopt;
    return std::string(it->value.GetString());
}

bool boolAnnotation(const json::Value &object, const char *name, std::string *raw = nullptr)
{
    const auto value = annotation(object, name);
    if (!value)
        return false;
    if (raw != nullptr)
        *raw = *value;
    return parseGoBool(*value).value_or(true);
}

std::optional<int> parseInt32(const std::string &text)
{
    if (text.empty())
        return std::nullopt;
    errno = 0;
    char *end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (*end != '\0' || errno == ERANGE || value < INT_MIN || value > INT_MAX)
        return std::nullopt;
    return int(value);
}

} // namespace

std::optional<bool> parseGoBool(const std::string &text)
{
    if (text == "1" || text == "t" || text == "T" || text == "TRUE" || text == "true" || text == "True")
        return true;
    if (text == "0" || text == "f" || text == "F" || text == "FALSE" || text == "false" || text == "False")
        return false;
    return std::nullopt;
}

PauseSpec PauseSpec::fromScaledObject(const json::Value &so)
{
    PauseSpec out;
    if (const auto replicas = annotation(so, pausedReplicasAnnotation)) {
        out.hasPausedReplicas = true;
        out.pausedReplicasText = *replicas;
        out.pausedReplicas = parseInt32(*replicas);
    }
    out.paused = boolAnnotation(so, pausedAnnotation, &out.pausedText);
    out.pausedScaleIn = boolAnnotation(so, pausedScaleInAnnotation);
    out.pausedScaleOut = boolAnnotation(so, pausedScaleOutAnnotation);
    out.forceActivation = boolAnnotation(so, forceActivationAnnotation);
    return out;
}

} // namespace kedascope::k8s::keda
