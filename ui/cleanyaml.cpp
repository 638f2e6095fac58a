// SPDX-License-Identifier: Apache-2.0
#include "ui/cleanyaml.h"

#include "k8sclient/cleanmanifest.h"
#include "k8sclient/json.h"
#include "k8sclient/yamljson.h"

#include <string_view>

namespace kedascope::ui {

QString objectYaml(const QByteArray &json)
{
    const auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document)
        return {};
    return QString::fromStdString(k8s::jsonToYaml(*document));
}

QString cleanObjectYaml(const QByteArray &json)
{
    return QString::fromStdString(
        k8s::cleanManifestYaml(std::string_view(json.constData(), size_t(json.size()))));
}

} // namespace kedascope::ui
