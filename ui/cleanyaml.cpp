// SPDX-License-Identifier: Apache-2.0
#include "ui/cleanyaml.h"

#include "k8sclient/json.h"
#include "k8sclient/yamljson.h"

#include <string_view>

namespace kedascope::ui {

namespace {

void removeMember(k8s::json::Value &object, const char *name)
{
    if (object.IsObject() && object.HasMember(name))
        object.RemoveMember(name);
}

} // namespace

QString objectYaml(const QByteArray &json)
{
    const auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document)
        return {};
    return QString::fromStdString(k8s::jsonToYaml(*document));
}

QString cleanObjectYaml(const QByteArray &json)
{
    auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document || !document->IsObject())
        return {};
    removeMember(*document, "status");
    if (document->HasMember("metadata")) {
        auto &metadata = (*document)["metadata"];
        for (const char *name :
             {"managedFields", "uid", "resourceVersion", "creationTimestamp", "generation", "selfLink"})
            removeMember(metadata, name);
        if (metadata.IsObject() && metadata.HasMember("annotations")) {
            auto &annotations = metadata["annotations"];
            removeMember(annotations, "kubectl.kubernetes.io/last-applied-configuration");
            if (annotations.IsObject() && annotations.MemberCount() == 0)
                metadata.RemoveMember("annotations");
        }
    }
    return QString::fromStdString(k8s::jsonToYaml(*document));
}

} // namespace kedascope::ui
