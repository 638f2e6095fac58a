// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/schemaerrors.h"

#include "k8sclient/escaping.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kedascope::k8s::schema {

std::string goQuote(std::string_view text)
{
    return "\"" + backslashEscaped(text) + "\"";
}

std::string formatNumber(double number)
{
    if (std::isnan(number))
        return "NaN";
    if (std::isinf(number))
        return number > 0 ? "+Inf" : "-Inf";
    // Go's %v of a float64 is %g with the shortest precision that reads back, exponent at >= 1e21.
    char buffer[40];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, number);
        if (std::strtod(buffer, nullptr) == number)
            break;
    }
    const double magnitude = std::fabs(number);
    if (magnitude >= 1e-4 && magnitude < 1e21 && std::string_view(buffer).find('e') != std::string_view::npos)
        std::snprintf(buffer, sizeof buffer, "%.0f", number);
    return buffer;
}

std::string describeValue(const json::Value &value)
{
    if (value.IsNull())
        return "null";
    if (value.IsBool())
        return value.GetBool() ? "true" : "false";
    if (value.IsInt64())
        return std::to_string(value.GetInt64());
    if (value.IsUint64())
        return std::to_string(value.GetUint64());
    if (value.IsNumber())
        return formatNumber(value.GetDouble());
    if (value.IsString())
        return goQuote(std::string_view(value.GetString(), value.GetStringLength()));
    return json::serialize(value);
}

std::string typeNameOf(const json::Value &value)
{
    if (value.IsNull())
        return "null";
    if (value.IsBool())
        return "boolean";
    if (value.IsInt64() || value.IsUint64())
        return "integer";
    if (value.IsNumber())
        return "number";
    if (value.IsString())
        return "string";
    if (value.IsArray())
        return "array";
    return "object";
}

FieldError required(const std::string &path, const std::string &detail)
{
    return {path, "FieldValueRequired", detail.empty() ? "Required value" : "Required value: " + detail};
}

FieldError invalid(const std::string &path, const std::string &valueText, const std::string &detail)
{
    return {path, "FieldValueInvalid", "Invalid value: " + valueText + ": " + detail};
}

FieldError typeInvalid(const std::string &path, const std::string &valueText, const std::string &detail)
{
    return {path, "FieldValueTypeInvalid", "Invalid value: " + valueText + ": " + detail};
}

FieldError notSupported(const std::string &path, const std::string &valueText,
                        const std::vector<std::string> &supported)
{
    std::string message = "Unsupported value: " + valueText;
    if (!supported.empty()) {
        message += ": supported values: ";
        for (size_t i = 0; i < supported.size(); ++i)
            message += (i ? ", " : "") + goQuote(supported[i]);
    }
    return {path, "FieldValueNotSupported", message};
}

FieldError unknownField(const std::string &parentPath, const std::string &name)
{
    return {childPath(parentPath, name), "FieldUnknown", "unknown field " + goQuote(name)};
}

FieldError tooLong(const std::string &path, long long maxLength)
{
    return {path, "FieldValueTooLong",
            "Too long: may not be more than " + std::to_string(maxLength) +
                (maxLength == 1 ? " byte" : " bytes")};
}

FieldError tooMany(const std::string &path, long long actual, long long maxItems)
{
    return {path, "FieldValueTooMany",
            "Too many: " + std::to_string(actual) + ": must have at most " + std::to_string(maxItems) +
                " items"};
}

FieldError duplicate(const std::string &path, const std::string &valueText)
{
    return {path, "FieldValueDuplicate", "Duplicate value: " + valueText};
}

std::string childPath(const std::string &parent, std::string_view name)
{
    if (parent.empty())
        return std::string(name);
    std::string path = parent;
    path += '.';
    path += name;
    return path;
}

std::string indexPath(const std::string &parent, size_t index)
{
    return parent + "[" + std::to_string(index) + "]";
}

} // namespace kedascope::k8s::schema
