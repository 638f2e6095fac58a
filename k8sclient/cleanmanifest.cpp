// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/cleanmanifest.h"

#include "k8sclient/yamljson.h"

namespace kedascope::k8s {

namespace {

void removeMember(json::Value &object, const char *name)
{
    if (object.IsObject() && object.HasMember(name))
        object.RemoveMember(name);
}

} // namespace

void cleanManifest(json::Value &object)
{
    if (!object.IsObject())
        return;
    removeMember(object, "status");
    json::Value *metadata = json::find(object, "metadata");
    if (!metadata || !metadata->IsObject())
        return;
    for (const char *name :
         {"managedFields", "uid", "resourceVersion", "creationTimestamp", "generation", "selfLink"})
        removeMember(*metadata, name);
    json::Value *annotations = json::find(*metadata, "annotations");
    if (annotations && annotations->IsObject()) {
        removeMember(*annotations, "kubectl.kubernetes.io/last-applied-configuration");
        if (annotations->MemberCount() == 0)
            metadata->RemoveMember("annotations");
    }
}

std::string cleanManifestYaml(const json::Value &object)
{
    json::Document copy;
    copy.CopyFrom(object, copy.GetAllocator());
    cleanManifest(copy);
    return jsonToYaml(copy);
}

std::string cleanManifestYaml(std::string_view jsonText)
{
    auto document = json::parse(jsonText);
    if (!document || !document->IsObject())
        return {};
    cleanManifest(*document);
    return jsonToYaml(*document);
}

} // namespace kedascope::k8s
