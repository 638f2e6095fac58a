// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedaadmission.h"

#include "k8sclient/kedaformula.h"
#include "k8sclient/kedametricnames.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <set>

namespace kedascope::k8s::keda {

namespace {

constexpr size_t maxLabelValueLength = 63;
const char *const transferHpaOwnershipAnnotation = "scaledobject.keda.sh/transfer-hpa-ownership";
const char *const hpaOwnershipValidationAnnotation = "validations.keda.sh/hpa-ownership";

std::map<std::string, std::string> stringMap(const json::Value *object)
{
    std::map<std::string, std::string> out;
    if (object == nullptr || !object->IsObject())
        return out;
    for (const auto &member : object->GetObject()) {
        if (member.value.IsString())
            out[member.name.GetString()] = member.value.GetString();
    }
    return out;
}

const json::Value *arrayAt(const json::Value &root, std::string_view path)
{
    const json::Value *value = json::find(root, path);
    return value != nullptr && value->IsArray() ? value : nullptr;
}

// Go's %q for the plain names KEDA quotes.
std::string quoted(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string triggerField(size_t index, const std::string &rest = {})
{
    return "spec.triggers[" + std::to_string(index) + "]" + (rest.empty() ? "" : "." + rest);
}

// A resource.Quantity above zero ("100m", "0.5", "1Gi").
bool positiveQuantity(const json::Value *value)
{
    if (value == nullptr)
        return false;
    if (value->IsNumber())
        return value->GetDouble() > 0;
    if (!value->IsString())
        return false;
    const char *text = value->GetString();
    char *end = nullptr;
    const double number = std::strtod(text, &end);
    return end != text && number > 0;
}

// Shared by ScaledObject and ScaledJob; KEDA's message says "ScaledObject" for both.
std::optional<AdmissionDenial> verifyTriggers(const json::Value &object)
{
    const json::Value *triggers = arrayAt(object, "spec.triggers");
    if (triggers == nullptr)
        return std::nullopt;
    std::set<std::string> names;
    for (rapidjson::SizeType i = 0; i < triggers->Size(); ++i) {
        const json::Value &trigger = (*triggers)[i];
        const std::string type = json::stringAt(trigger, "type");
        const json::Value *cached = json::find(trigger, "useCachedMetrics");
        if (cached != nullptr && cached->IsBool() && cached->GetBool() &&
            (type == "cpu" || type == "memory" || type == "cron")) {
            return AdmissionDenial{"property \"useCachedMetrics\" is not supported for " + quoted(type) +
                                       " scaler",
                                   triggerField(i, "useCachedMetrics"), "incorrect-triggers"};
        }
        const std::string name = json::stringAt(trigger, "name");
        if (!name.empty() && !names.insert(name).second) {
            return AdmissionDenial{
                "triggerName " + quoted(name) +
                    " is defined multiple times in the ScaledObject, but it must be unique",
                triggerField(i, "name"), "incorrect-triggers"};
        }
    }
    return std::nullopt;
}

std::optional<AdmissionDenial> verifyReplicaCount(const json::Value &so)
{
    const auto min = json::intAt(so, "spec.minReplicaCount");
    const auto max = json::intAt(so, "spec.maxReplicaCount");
    const auto idle = json::intAt(so, "spec.idleReplicaCount");
    // KEDA compares the HPA's minimum (an explicit 0 becomes 1) and only when minReplicaCount is set.
    const long long minReplicas = min ? (*min > 0 ? *min : 1) : 0;
    const long long maxReplicas = max.value_or(100);
    if (minReplicas > maxReplicas) {
        return AdmissionDenial{"MinReplicaCount=" + std::to_string(minReplicas) +
                                   " must be less than MaxReplicaCount=" + std::to_string(maxReplicas),
                               "spec.minReplicaCount", "incorrect-replicas"};
    }
    if (idle && *idle >= minReplicas) {
        return AdmissionDenial{"IdleReplicaCount=" + std::to_string(*idle) +
                                   " must be less than MinReplicaCount=" + std::to_string(minReplicas),
                               "spec.idleReplicaCount", "incorrect-replicas"};
    }
    return std::nullopt;
}

bool usesScalingModifiers(const json::Value &so)
{
    const json::Value *modifiers = json::find(so, "spec.advanced.scalingModifiers");
    return modifiers != nullptr && modifiers->IsObject() && modifiers->MemberCount() > 0;
}

std::optional<AdmissionDenial> verifyFallback(const json::Value &so)
{
    const json::Value *fallback = json::find(so, "spec.fallback");
    if (fallback == nullptr || !fallback->IsObject())
        return std::nullopt;
    const long long threshold = json::intAt(*fallback, "failureThreshold").value_or(0);
    const long long replicas = json::intAt(*fallback, "replicas").value_or(0);
    if (threshold < 0 || replicas < 0) {
        return AdmissionDenial{"FailureThreshold=" + std::to_string(threshold) + " & Replicas=" +
                                   std::to_string(replicas) + " must both be greater than or equal to 0",
                               "spec.fallback", "incorrect-fallback"};
    }
    // The two messages below are this project's wording: the KEDA source stored for reference predates
    // fallback for Value metrics and behavior scalingModifiers.
    if (json::stringAt(*fallback, "behavior") == "scalingModifiers" &&
        json::stringAt(so, "spec.advanced.scalingModifiers.formula").empty()) {
        return AdmissionDenial{
            "fallback behavior \"scalingModifiers\" requires spec.advanced.scalingModifiers.formula",
            "spec.fallback.behavior", "incorrect-fallback"};
    }
    if (usesScalingModifiers(so))
        return std::nullopt;
    if (const json::Value *triggers = arrayAt(so, "spec.triggers")) {
        for (const auto &trigger : triggers->GetArray()) {
            if (!isResourceTrigger(json::stringAt(trigger, "type")))
                return std::nullopt;
        }
    }
    return AdmissionDenial{
        "at least one trigger (that is not cpu or memory) has to be defined for the fallback to be "
        "enabled",
        "spec.fallback", "incorrect-fallback"};
}

std::string hpaNameOf(const json::Value &so)
{
    const std::string custom = json::stringAt(so, "spec.advanced.horizontalPodAutoscalerConfig.name");
    return custom.empty() ? "keda-hpa-" + json::stringAt(so, "metadata.name") : custom;
}

std::optional<AdmissionDenial> verifyName(const json::Value &so)
{
    const std::string name = json::stringAt(so, "metadata.name");
    const std::string max = std::to_string(maxLabelValueLength);
    if (name.size() > maxLabelValueLength) {
        return AdmissionDenial{
            "scaledobject name " + quoted(name) + " is " + std::to_string(name.size()) +
                " characters long; must be no more than " + max +
                " characters because it is used as the \"scaledobject.keda.sh/name\" label value",
            "metadata.name", "name-too-long"};
    }
    const std::string hpaName = hpaNameOf(so);
    if (hpaName.size() > maxLabelValueLength) {
        return AdmissionDenial{
            "HPA name " + quoted(hpaName) + " derived from scaledobject is " +
                std::to_string(hpaName.size()) + " characters long; must be no more than " + max +
                " characters; set spec.advanced.horizontalPodAutoscalerConfig.name to a shorter "
                "name or shorten the scaledobject name",
            "spec.advanced.horizontalPodAutoscalerConfig.name", "hpa-name-too-long"};
    }
    return std::nullopt;
}

// Go's strconv.ParseFloat error text, for KEDA's target message.
std::optional<std::string> parseFloatError(const std::string &text, double &out)
{
    errno = 0;
    char *end = nullptr;
    out = std::strtod(text.c_str(), &end);
    if (text.empty() || end == text.c_str() || *end != '\0' ||
        std::isspace(static_cast<unsigned char>(text[0])))
        return "strconv.ParseFloat: parsing " + quoted(text) + ": invalid syntax";
    if (errno == ERANGE)
        return "strconv.ParseFloat: parsing " + quoted(text) + ": value out of range";
    return std::nullopt;
}

std::optional<AdmissionDenial> verifyScalingModifiers(const json::Value &so)
{
    const std::string formula = json::stringAt(so, "spec.advanced.scalingModifiers.formula");
    const std::string target = json::stringAt(so, "spec.advanced.scalingModifiers.target");
    const std::string field = "spec.advanced.scalingModifiers";
    if (formula.empty())
        return AdmissionDenial{"error ScalingModifiers.Formula is mandatory", field + ".formula",
                               "scaling-modifiers"};
    // KEDA compiles float(<formula>), so its positions count the six characters of "float(".
    const std::string compiled = formula.rfind("float(", 0) == 0 ? formula : "float(" + formula + ")";
    const std::string formulaPrefix = "error validating formula in ScalingModifiers\n";
    if (target.empty()) {
        return AdmissionDenial{formulaPrefix + "formula is given but target is empty", field + ".target",
                               "scaling-modifiers"};
    }
    std::vector<std::string> names;
    if (const json::Value *triggers = arrayAt(so, "spec.triggers")) {
        for (const auto &trigger : triggers->GetArray()) {
            const std::string name = json::stringAt(trigger, "name");
            if (!isResourceTrigger(json::stringAt(trigger, "type")) && !name.empty())
                names.push_back(name);
        }
    }
    if (const auto error = validateFormula(compiled, names))
        return AdmissionDenial{formulaPrefix + error->toString(), field + ".formula", "scaling-modifiers"};
    const std::string targetPrefix = "error validating target in ScalingModifiers\n";
    double number = 0;
    const auto parseError = parseFloatError(target, number);
    if (parseError || number <= 0) {
        return AdmissionDenial{
            targetPrefix + "error converting target for scalingModifiers (string->float) to valid target: " +
                parseError.value_or("%!w(<nil>)"),
            field + ".target", "scaling-modifiers"};
    }
    if (json::stringAt(so, "spec.advanced.scalingModifiers.metricType") == "Utilization") {
        return AdmissionDenial{targetPrefix +
                                   "error trigger type is Utilization, but it needs to be AverageValue or "
                                   "Value for external metrics",
                               field + ".metricType", "scaling-modifiers"};
    }
    return std::nullopt;
}

std::optional<AdmissionDenial> verifyScaledObjects(const json::Value &so, const AdmissionClusterView &cluster)
{
    const std::string name = json::stringAt(so, "metadata.name");
    const std::string ns = json::stringAt(so, "metadata.namespace");
    const ScaledObjectSummary incoming = ScaledObjectSummary::fromJson(so);
    for (const auto &other : cluster.scaledObjects(ns)) {
        if (other.name == name)
            continue;
        if (other.target.typeName() == incoming.target.typeName() &&
            other.target.name == incoming.target.name) {
            return AdmissionDenial{"the workload '" + other.target.name + "' of type '" +
                                       incoming.target.typeName() +
                                       "' is already managed by the ScaledObject '" + other.name + "'",
                                   "spec.scaleTargetRef", "other-scaled-object"};
        }
        if (other.hpaName == incoming.hpaName) {
            return AdmissionDenial{
                "the HPA '" + other.hpaName + "' is already managed by the ScaledObject '" + other.name + "'",
                "spec.advanced.horizontalPodAutoscalerConfig.name", "other-scaled-object-hpa"};
        }
    }
    if (usesScalingModifiers(so))
        return verifyScalingModifiers(so);
    return std::nullopt;
}

std::optional<AdmissionDenial> verifyHpas(const json::Value &so, const AdmissionClusterView &cluster)
{
    const std::string name = json::stringAt(so, "metadata.name");
    const ScaledObjectSummary incoming = ScaledObjectSummary::fromJson(so);
    const auto annotations = stringMap(json::find(so, "metadata.annotations"));
    const auto transfer = annotations.find(transferHpaOwnershipAnnotation);
    const std::string customHpaName = json::stringAt(so, "spec.advanced.horizontalPodAutoscalerConfig.name");
    for (const auto &hpa : cluster.horizontalPodAutoscalers(json::stringAt(so, "metadata.namespace"))) {
        const auto check = hpa.annotations.find(hpaOwnershipValidationAnnotation);
        if (check != hpa.annotations.end() && check->second == "false")
            continue;
        if (hpa.target.typeName() != incoming.target.typeName() || hpa.target.name != incoming.target.name)
            continue;
        bool owned = false;
        for (const auto &[kind, ownerName] : hpa.owners)
            owned = owned || (kind == "ScaledObject" && ownerName == name);
        if (owned)
            continue;
        if (transfer != annotations.end() && transfer->second == "true") {
            if (customHpaName == hpa.name)
                continue;
            return AdmissionDenial{
                "the existing hpa '" + hpa.name + "' for workload '" + incoming.target.name + "' of type '" +
                    incoming.target.typeName() +
                    "' must be specified by name in advanced settings to enable ownership transfer",
                "spec.advanced.horizontalPodAutoscalerConfig.name", "transfer-ownership-missing-hpa-name"};
        }
        return AdmissionDenial{"the workload '" + incoming.target.name + "' of type '" +
                                   incoming.target.typeName() + "' is already managed by the hpa '" +
                                   hpa.name + "'",
                               "spec.scaleTargetRef", "other-hpa"};
    }
    return std::nullopt;
}

std::optional<AdmissionDenial> verifyCpuMemoryScalers(const json::Value &so,
                                                      const AdmissionClusterView &cluster, bool dryRun)
{
    if (dryRun)
        return std::nullopt;
    const json::Value *triggers = arrayAt(so, "spec.triggers");
    if (triggers == nullptr)
        return std::nullopt;
    const std::string ns = json::stringAt(so, "metadata.namespace");
    const ScaledObjectSummary incoming = ScaledObjectSummary::fromJson(so);
    std::optional<std::vector<ContainerResources>> containers;
    for (rapidjson::SizeType i = 0; i < triggers->Size(); ++i) {
        const json::Value &trigger = (*triggers)[i];
        const std::string type = json::stringAt(trigger, "type");
        if (!isResourceTrigger(type))
            continue;
        if (!containers) {
            const std::string typeName = incoming.target.typeName();
            if (typeName != "apps/v1.Deployment" && typeName != "apps/v1.StatefulSet")
                return std::nullopt;
            containers = cluster.workloadContainers(ns, incoming.target);
            if (!containers) {
                const std::string resource =
                    incoming.target.kind == "Deployment" ? "deployments" : "statefulsets";
                return AdmissionDenial{resource + ".apps " + quoted(incoming.target.name) + " not found",
                                       "spec.scaleTargetRef.name", "missing-requests"};
            }
        }
        const std::string containerName = json::stringAt(trigger, "metadata.containerName");
        for (const auto &container : *containers) {
            if (!containerName.empty() && container.name != containerName)
                continue;
            const bool set = type == "cpu" ? container.cpu : container.memory;
            if (!set && !cluster.limitRangeDefaults(ns, type)) {
                return AdmissionDenial{"the scaledobject has a " + type + " trigger but the container " +
                                           container.name + " doesn't have the " + type + " request defined",
                                       triggerField(i), "missing-requests"};
            }
        }
        bool onlyResourceTriggers = true;
        for (const auto &other : triggers->GetArray())
            onlyResourceTriggers = onlyResourceTriggers && isResourceTrigger(json::stringAt(other, "type"));
        if (onlyResourceTriggers && json::intAt(so, "spec.minReplicaCount").value_or(0) == 0) {
            return AdmissionDenial{
                "scaledobject has only cpu/memory triggers AND minReplica is 0 (scale to zero "
                "doesn't work in this case)",
                "spec.minReplicaCount", "scale-to-zero-requirements-not-met"};
        }
    }
    return std::nullopt;
}

std::optional<std::string> nonEmptyIfSet(const json::Value &object, std::string_view path)
{
    const json::Value *value = json::find(object, path);
    if (value == nullptr || !value->IsString())
        return std::nullopt;
    return std::string(value->GetString());
}

} // namespace

WorkloadRef WorkloadRef::fromScaleTargetRef(const json::Value &ref)
{
    WorkloadRef out;
    const std::string apiVersion = json::stringAt(ref, "apiVersion");
    const std::string kind = json::stringAt(ref, "kind");
    if (!apiVersion.empty())
        out.apiVersion = apiVersion;
    if (!kind.empty())
        out.kind = kind;
    out.name = json::stringAt(ref, "name");
    return out;
}

ScaledObjectSummary ScaledObjectSummary::fromJson(const json::Value &so)
{
    ScaledObjectSummary out;
    out.name = json::stringAt(so, "metadata.name");
    if (const json::Value *ref = json::find(so, "spec.scaleTargetRef"))
        out.target = WorkloadRef::fromScaleTargetRef(*ref);
    out.hpaName = hpaNameOf(so);
    return out;
}

HpaSummary HpaSummary::fromJson(const json::Value &hpa)
{
    HpaSummary out;
    out.name = json::stringAt(hpa, "metadata.name");
    if (const json::Value *ref = json::find(hpa, "spec.scaleTargetRef"))
        out.target = WorkloadRef::fromScaleTargetRef(*ref);
    if (const json::Value *owners = arrayAt(hpa, "metadata.ownerReferences")) {
        for (const auto &owner : owners->GetArray())
            out.owners.emplace_back(json::stringAt(owner, "kind"), json::stringAt(owner, "name"));
    }
    out.annotations = stringMap(json::find(hpa, "metadata.annotations"));
    return out;
}

std::vector<ContainerResources> containerResources(const json::Value &workload)
{
    std::vector<ContainerResources> out;
    const json::Value *containers = arrayAt(workload, "spec.template.spec.containers");
    if (containers == nullptr)
        return out;
    for (const auto &container : containers->GetArray()) {
        ContainerResources resources;
        resources.name = json::stringAt(container, "name");
        for (const char *kind : {"requests", "limits"}) {
            const std::string base = std::string("resources.") + kind + ".";
            resources.cpu = resources.cpu || positiveQuantity(json::find(container, base + "cpu"));
            resources.memory = resources.memory || positiveQuantity(json::find(container, base + "memory"));
        }
        out.push_back(resources);
    }
    return out;
}

std::optional<AdmissionDenial> validateScaledObject(const json::Value &so,
                                                    const AdmissionClusterView &cluster, bool dryRun)
{
    if (auto denial = verifyReplicaCount(so))
        return denial;
    if (auto denial = verifyTriggers(so))
        return denial;
    if (auto denial = verifyFallback(so))
        return denial;
    if (auto denial = verifyName(so))
        return denial;
    if (auto denial = verifyScaledObjects(so, cluster))
        return denial;
    if (auto denial = verifyHpas(so, cluster))
        return denial;
    return verifyCpuMemoryScalers(so, cluster, dryRun);
}

bool isFinalizerRemoval(const json::Value &oldObject, const json::Value &newObject)
{
    const auto count = [](const json::Value &object) {
        const json::Value *finalizers = json::find(object, "metadata.finalizers");
        return finalizers != nullptr && finalizers->IsArray() ? finalizers->Size() : 0u;
    };
    const json::Value *oldSpec = json::find(oldObject, "spec");
    const json::Value *newSpec = json::find(newObject, "spec");
    const bool sameSpec = (oldSpec == nullptr && newSpec == nullptr) ||
                          (oldSpec != nullptr && newSpec != nullptr && *oldSpec == *newSpec);
    return sameSpec && count(newObject) < count(oldObject);
}

std::optional<AdmissionDenial> validateScaledJob(const json::Value &scaledJob)
{
    return verifyTriggers(scaledJob);
}

std::optional<AdmissionDenial> validateTriggerAuthentication(const json::Value &ta)
{
    const auto deny = [](std::string message, std::string field) {
        return AdmissionDenial{std::move(message), std::move(field), "invalid-spec"};
    };
    if (const json::Value *identity = json::find(ta, "spec.podIdentity");
        identity != nullptr && identity->IsObject()) {
        const std::string provider = json::stringAt(*identity, "provider");
        if (provider == "azure-workload") {
            const auto identityId = nonEmptyIfSet(*identity, "identityId");
            if (identityId && identityId->empty()) {
                return deny(
                    "identityId of PodIdentity should not be empty. If it's set, identityId has to be "
                    "different than \"\"",
                    "spec.podIdentity.identityId");
            }
            const auto authorityHost = nonEmptyIfSet(*identity, "identityAuthorityHost");
            const auto tenantId = nonEmptyIfSet(*identity, "identityTenantId");
            if (authorityHost && !authorityHost->empty()) {
                if (!tenantId || tenantId->empty()) {
                    return deny("identityTenantID of PodIdentity should not be nil or empty when "
                                "identityAuthorityHost of PodIdentity is set",
                                "spec.podIdentity.identityTenantId");
                }
            } else if (tenantId && tenantId->empty()) {
                return deny(
                    "identityTenantId of PodIdentity should not be empty. If it's set, identityTenantId has "
                    "to be different than \"\"",
                    "spec.podIdentity.identityTenantId");
            }
        } else if (provider == "aws") {
            const auto roleArn = nonEmptyIfSet(*identity, "roleArn");
            const bool workloadOwner = json::stringAt(*identity, "identityOwner") == "workload";
            if (roleArn && !roleArn->empty() && workloadOwner) {
                return deny("roleArn of PodIdentity can't be set if KEDA isn't identityOwner",
                            "spec.podIdentity.roleArn");
            }
            const auto externalId = nonEmptyIfSet(*identity, "externalID");
            if (externalId && !externalId->empty() && (!roleArn || roleArn->empty()))
                return deny("externalID of PodIdentity requires roleArn to be set",
                            "spec.podIdentity.externalID");
        } else {
            return std::nullopt; // KEDA stops here for every other provider
        }
    }
    if (const json::Value *oauth = json::find(ta, "spec.oauth2"); oauth != nullptr && oauth->IsObject()) {
        const std::string type = json::stringAt(*oauth, "type");
        if (type != "clientCredentials")
            return deny("oauth2.type must be 'clientCredentials', got '" + type + "'", "spec.oauth2.type");
        if (json::stringAt(*oauth, "clientId").empty())
            return deny("oauth2.clientId is required when oauth2 is configured", "spec.oauth2.clientId");
        const std::string tokenUrl = json::stringAt(*oauth, "tokenUrl");
        if (tokenUrl.empty())
            return deny("oauth2.tokenUrl is required when oauth2 is configured", "spec.oauth2.tokenUrl");
        const auto scheme = tokenUrl.find("://");
        const std::string schemeName = scheme == std::string::npos ? "" : tokenUrl.substr(0, scheme);
        const bool hasHost =
            scheme != std::string::npos && scheme + 3 < tokenUrl.size() && tokenUrl[scheme + 3] != '/';
        if ((schemeName != "http" && schemeName != "https") || !hasHost)
            return deny("oauth2.tokenUrl must be a valid http or https URL", "spec.oauth2.tokenUrl");
    }
    return std::nullopt;
}

Error admissionError(const AdmissionDenial &denial, const std::string &kind)
{
    std::string webhook = "vscaledobject.kb.io";
    if (kind == "ScaledJob")
        webhook = "vscaledjob.kb.io";
    else if (kind == "TriggerAuthentication")
        webhook = "vstriggerauthentication.kb.io";
    else if (kind == "ClusterTriggerAuthentication")
        webhook = "vsclustertriggerauthentication.kb.io";
    Error error;
    error.kind = Error::Kind::Api;
    error.code = 403;
    error.reason = "Forbidden";
    error.message = "admission webhook \"" + webhook + "\" denied the request: " + denial.message;
    return error;
}

} // namespace kedascope::k8s::keda
