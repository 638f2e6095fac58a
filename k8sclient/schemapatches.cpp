// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/schemapatches.h"

#include <cstdlib>
#include <string>
#include <vector>

namespace kedascope::k8s::schema {

namespace {

constexpr const char *kSpecSchema = "/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties";
constexpr const char *kPodSpec = "/jobTargetRef/properties/template/properties/spec/properties";
constexpr const char *kBehavior =
    "/advanced/properties/horizontalPodAutoscalerConfig/properties/behavior/properties";

// resources/crds/patches/*.yaml as data: paths are relative to the CRD's spec schema properties.
struct ReleasePatch
{
    const char *crdFile;
    const char *op;
    std::string path;
    const char *jsonValue;
};

const std::vector<ReleasePatch> &releasePatches()
{
    static const std::vector<ReleasePatch> patches = {
        // kedacore/keda#4976: HPA stabilization windows are limited to one hour.
        {"keda.sh_scaledobjects.yaml", "add",
         std::string(kBehavior) + "/scaleDown/properties/stabilizationWindowSeconds/minimum", "0"},
        {"keda.sh_scaledobjects.yaml", "add",
         std::string(kBehavior) + "/scaleDown/properties/stabilizationWindowSeconds/maximum", "3600"},
        {"keda.sh_scaledobjects.yaml", "add",
         std::string(kBehavior) + "/scaleUp/properties/stabilizationWindowSeconds/minimum", "0"},
        {"keda.sh_scaledobjects.yaml", "add",
         std::string(kBehavior) + "/scaleUp/properties/stabilizationWindowSeconds/maximum", "3600"},
        // kedacore/keda#927: container ports need a protocol in ScaledJob pod templates.
        {"keda.sh_scaledjobs.yaml", "add",
         std::string(kPodSpec) + "/containers/items/properties/ports/items/required/-", "\"protocol\""},
        {"keda.sh_scaledjobs.yaml", "add",
         std::string(kPodSpec) + "/ephemeralContainers/items/properties/ports/items/required/-",
         "\"protocol\""},
        {"keda.sh_scaledjobs.yaml", "add",
         std::string(kPodSpec) + "/initContainers/items/properties/ports/items/required/-", "\"protocol\""},
        // kedacore/keda#1311: the job template's metadata keeps what the user wrote.
        {"keda.sh_scaledjobs.yaml", "add",
         "/jobTargetRef/properties/template/properties/metadata/x-kubernetes-preserve-unknown-fields",
         "true"},
        // metricType is a ScaledObject-only trigger field.
        {"keda.sh_scaledjobs.yaml", "remove", "/triggers/items/properties/metricType", nullptr},
    };
    return patches;
}

std::string unescapeToken(std::string token)
{
    for (size_t pos = token.find('~'); pos != std::string::npos; pos = token.find('~', pos + 1)) {
        if (pos + 1 < token.size() && (token[pos + 1] == '0' || token[pos + 1] == '1'))
            token.replace(pos, 2, token[pos + 1] == '0' ? "~" : "/");
    }
    return token;
}

std::vector<std::string> splitPointer(std::string_view pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    size_t start = 1;
    while (true) {
        const size_t slash = pointer.find('/', start);
        tokens.push_back(unescapeToken(std::string(pointer.substr(start, slash - start))));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return tokens;
}

bool parseIndex(const std::string &token, size_t &index)
{
    if (token.empty() || token.find_first_not_of("0123456789") != std::string::npos)
        return false;
    index = std::strtoul(token.c_str(), nullptr, 10);
    return true;
}

json::Value *child(json::Value &parent, const std::string &token)
{
    if (parent.IsObject()) {
        auto it = parent.FindMember(json::Value(rapidjson::StringRef(token.data(), token.size())));
        return it == parent.MemberEnd() ? nullptr : &it->value;
    }
    size_t index = 0;
    if (parent.IsArray() && parseIndex(token, index) && index < parent.Size())
        return &parent[static_cast<rapidjson::SizeType>(index)];
    return nullptr;
}

} // namespace

Status applyJsonPatchOperation(json::Value &root, std::string_view op, std::string_view pointer,
                               const json::Value *value, json::Allocator &alloc)
{
    const std::vector<std::string> tokens = splitPointer(pointer);
    auto fail = [&](const std::string &why) {
        return Error::make(Error::Kind::Invalid, std::string(op) + " " + std::string(pointer) + ": " + why);
    };
    if (tokens.empty())
        return fail("the root cannot be patched");
    json::Value *parent = &root;
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        parent = child(*parent, tokens[i]);
        if (!parent)
            return fail("path not found at \"" + tokens[i] + "\"");
    }
    const std::string &last = tokens.back();
    if ((op == "add" || op == "replace") && !value)
        return fail("no value");
    if (parent->IsObject()) {
        auto it = parent->FindMember(json::Value(rapidjson::StringRef(last.data(), last.size())));
        if (op == "remove" || op == "replace") {
            if (it == parent->MemberEnd())
                return fail("no such member");
            if (op == "remove")
                parent->EraseMember(it);
            else
                it->value.CopyFrom(*value, alloc);
            return success();
        }
        if (op != "add")
            return fail("unsupported operation");
        if (it != parent->MemberEnd())
            it->value.CopyFrom(*value, alloc);
        else
            parent->AddMember(json::Value(last, alloc), json::Value(*value, alloc), alloc);
        return success();
    }
    if (!parent->IsArray())
        return fail("parent is neither an object nor an array");
    size_t index = 0;
    if (op == "add" && last == "-") {
        parent->PushBack(json::Value(*value, alloc), alloc);
        return success();
    }
    if (!parseIndex(last, index) || index > parent->Size() || (op != "add" && index == parent->Size()))
        return fail("index out of range");
    if (op == "remove") {
        parent->Erase(parent->Begin() + index);
    } else if (op == "replace") {
        (*parent)[static_cast<rapidjson::SizeType>(index)].CopyFrom(*value, alloc);
    } else if (op == "add") {
        parent->PushBack(json::Value(rapidjson::kNullType), alloc);
        for (size_t i = parent->Size() - 1; i > index; --i)
            (*parent)[static_cast<rapidjson::SizeType>(i)].Swap(
                (*parent)[static_cast<rapidjson::SizeType>(i - 1)]);
        (*parent)[static_cast<rapidjson::SizeType>(index)].CopyFrom(*value, alloc);
    } else {
        return fail("unsupported operation");
    }
    return success();
}

Status applyReleasePatches(std::string_view crdFile, json::Document &crd)
{
    for (const ReleasePatch &patch : releasePatches()) {
        if (crdFile != patch.crdFile)
            continue;
        std::optional<json::Document> value;
        if (patch.jsonValue) {
            value = json::parse(patch.jsonValue);
            if (!value)
                return Error::make(Error::Kind::Invalid, "bad value in release patch " + patch.path);
        }
        const std::string pointer = std::string(kSpecSchema) + patch.path;
        Status status =
            applyJsonPatchOperation(crd, patch.op, pointer, value ? &*value : nullptr, crd.GetAllocator());
        if (!status)
            return status;
    }
    return success();
}

} // namespace kedascope::k8s::schema
