// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/scalertemplate.h"

#include "k8sclient/yamljson.h"

namespace kedascope::k8s::keda {

namespace {

std::string exampleValue(const ScalerField &field)
{
    if (!field.defaultValue.empty())
        return field.defaultValue;
    if (!field.placeholder.empty())
        return field.placeholder;
    if (!field.allowed.empty())
        return field.allowed.front();
    return '<' + field.name + '>';
}

json::Value objectMeta(const std::string &name, const std::string &ns, json::Allocator &alloc)
{
    json::Value metadata(rapidjson::kObjectType);
    json::setString(metadata, "name", name, alloc);
    if (!ns.empty())
        json::setString(metadata, "namespace", ns, alloc);
    return metadata;
}

json::Document kedaObject(const std::string &kind, const std::string &name, const std::string &ns)
{
    json::Document object(rapidjson::kObjectType);
    auto &alloc = object.GetAllocator();
    json::setString(object, "apiVersion", "keda.sh/v1alpha1", alloc);
    json::setString(object, "kind", kind, alloc);
    json::setMember(object, "metadata", objectMeta(name, ns, alloc), alloc);
    return object;
}

void addTrigger(json::Value &spec, const ScalerType &scaler, const TemplateOptions &options, json::Allocator &alloc)
{
    json::Document trigger = triggerTemplate(scaler, options);
    json::Value triggers(rapidjson::kArrayType);
    triggers.PushBack(json::Value(trigger, alloc), alloc);
    json::setMember(spec, "triggers", std::move(triggers), alloc);
}

} // namespace

json::Document triggerTemplate(const ScalerType &scaler, const TemplateOptions &options)
{
    json::Document trigger(rapidjson::kObjectType);
    auto &alloc = trigger.GetAllocator();
    json::setString(trigger, "type", scaler.type, alloc);
    if (!scaler.metricTypes.empty())
        json::setString(trigger, "metricType", scaler.metricTypes.front(), alloc);
    json::Value metadata(rapidjson::kObjectType);
    for (const auto &field : scaler.fields) {
        const bool fromAuthentication = !options.authenticationRef.empty() && scaler.isAuthParameter(field.name);
        if (!field.required || field.secret || fromAuthentication)
            continue;
        json::setString(metadata, field.name, exampleValue(field), alloc);
    }
    // The target and its activation threshold are what a user tunes first, so they are shown even when optional.
    for (const auto &field : scaler.fields) {
        if (field.activationField.empty())
            continue;
        for (const ScalerField *shown : {&field, scaler.field(field.activationField)})
            if (shown && !metadata.HasMember(shown->name.c_str()))
                json::setString(metadata, shown->name, exampleValue(*shown), alloc);
    }
    json::setMember(trigger, "metadata", std::move(metadata), alloc);
    if (!options.authenticationRef.empty()) {
        json::Value ref(rapidjson::kObjectType);
        json::setString(ref, "name", options.authenticationRef, alloc);
        json::setMember(trigger, "authenticationRef", std::move(ref), alloc);
    }
    return trigger;
}

std::string scaledObjectTemplate(const ScalerType &scaler, const TemplateOptions &options)
{
    json::Document object = kedaObject("ScaledObject", options.name, options.ns);
    auto &alloc = object.GetAllocator();
    json::Value spec(rapidjson::kObjectType);
    json::Value target(rapidjson::kObjectType);
    if (!options.targetKind.empty()) {
        if (options.targetKind == "Deployment" || options.targetKind == "StatefulSet")
            json::setString(target, "apiVersion", "apps/v1", alloc);
        json::setString(target, "kind", options.targetKind, alloc);
    }
    json::setString(target, "name", options.targetName, alloc);
    json::setMember(spec, "scaleTargetRef", std::move(target), alloc);
    const bool resourceOnly = scaler.type == "cpu" || scaler.type == "memory";
    json::setMember(spec, "minReplicaCount", json::Value(resourceOnly ? 1 : 0), alloc);
    json::setMember(spec, "maxReplicaCount", json::Value(100), alloc);
    addTrigger(spec, scaler, options, alloc);
    json::setMember(object, "spec", std::move(spec), alloc);
    return jsonToYaml(object);
}

std::string scaledJobTemplate(const ScalerType &scaler, const TemplateOptions &options)
{
    json::Document object = kedaObject("ScaledJob", options.name, options.ns);
    auto &alloc = object.GetAllocator();
    json::Value spec(rapidjson::kObjectType);
    json::Value container(rapidjson::kObjectType);
    json::setString(container, "name", "worker", alloc);
    json::setString(container, "image", "<image>", alloc);
    json::Value containers(rapidjson::kArrayType);
    containers.PushBack(container, alloc);
    json::Value podSpec(rapidjson::kObjectType);
    json::setMember(podSpec, "containers", std::move(containers), alloc);
    json::setString(podSpec, "restartPolicy", "Never", alloc);
    json::Value podTemplate(rapidjson::kObjectType);
    json::setMember(podTemplate, "spec", std::move(podSpec), alloc);
    json::Value jobTarget(rapidjson::kObjectType);
    json::setMember(jobTarget, "template", std::move(podTemplate), alloc);
    json::setMember(spec, "jobTargetRef", std::move(jobTarget), alloc);
    json::setMember(spec, "maxReplicaCount", json::Value(100), alloc);
    addTrigger(spec, scaler, options, alloc);
    json::setMember(object, "spec", std::move(spec), alloc);
    return jsonToYaml(object);
}

std::string triggerAuthenticationTemplate(const ScalerType &scaler, const std::string &name,
                                          const std::string &secretName, const std::string &ns)
{
    json::Document object = kedaObject("TriggerAuthentication", name, ns);
    auto &alloc = object.GetAllocator();
    json::Value refs(rapidjson::kArrayType);
    for (const auto &field : scaler.fields) {
        if (!field.secret)
            continue;
        json::Value ref(rapidjson::kObjectType);
        json::setString(ref, "parameter", field.name, alloc);
        json::setString(ref, "name", secretName, alloc);
        json::setString(ref, "key", field.name, alloc);
        refs.PushBack(ref, alloc);
    }
    if (refs.Empty())
        return {};
    json::Value spec(rapidjson::kObjectType);
    json::setMember(spec, "secretTargetRef", std::move(refs), alloc);
    json::setMember(object, "spec", std::move(spec), alloc);
    return jsonToYaml(object);
}

} // namespace kedascope::k8s::keda
