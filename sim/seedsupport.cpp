// SPDX-License-Identifier: Apache-2.0
#include "sim/seedsupport.h"

#include "k8sclient/age.h"
#include "sim/apistatus.h"
#include "sim/managedfields.h"
#include "sim/objectstore.h"

#include <stdexcept>

namespace kedascope::sim {

std::string timeAgo(int seconds)
{
    return k8s::formatTimestamp(std::chrono::system_clock::now() - std::chrono::seconds(seconds));
}

void putSeed(ObjectStore &store, const std::string &resource, const std::string &ns, const std::string &name,
             const std::string &text, std::string *uid, const SeedWriters &writers)
{
    auto result = store.write(
        resource, ns, name, ObjectStore::WriteMode::CreateOrUpdate, false,
        [&](const Record &) -> k8s::Result<json::Document> {
            std::string parseError;
            auto doc = json::parse(text, &parseError);
            if (!doc)
                throw std::logic_error("seed object is not JSON: " + parseError + ": " + text.substr(0, 200));
            auto &alloc = doc->GetAllocator();
            const std::string apiVersion = json::stringAt(*doc, "apiVersion");
            const std::string time = k8s::formatTimestamp(std::chrono::system_clock::now());
            json::Value entries(rapidjson::kArrayType);
            auto addEntry = [&](const std::string &manager, const char *subresource) {
                json::Value entry(rapidjson::kObjectType);
                json::setString(entry, "manager", manager, alloc);
                json::setString(entry, "operation", "Update", alloc);
                json::setString(entry, "apiVersion", apiVersion, alloc);
                json::setString(entry, "time", time, alloc);
                json::setString(entry, "fieldsType", "FieldsV1", alloc);
                entry.AddMember("fieldsV1", fieldsV1Of(*doc, subresource, alloc), alloc);
                if (*subresource)
                    json::setString(entry, "subresource", subresource, alloc);
                entries.PushBack(entry, alloc);
            };
            addEntry(writers.spec, "");
            if (!writers.status.empty() && doc->HasMember("status"))
                addEntry(writers.status, "status");
            json::ensureObject(*doc, "metadata", alloc).AddMember("managedFields", entries, alloc);
            return std::move(*doc);
        },
        [] { return apiError(404, "NotFound", "not found"); },
        [] { return apiError(409, "AlreadyExists", ""); });
    if (uid && result) {
        const auto &j = result.value()->json;
        const auto pos = j.find("\"uid\":\"");
        if (pos != std::string::npos)
            *uid = j.substr(pos + 7, 36);
    }
}

} // namespace kedascope::sim
