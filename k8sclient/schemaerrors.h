// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/crdschema.h"
#include "k8sclient/json.h"

#include <string>
#include <string_view>
#include <vector>

// FieldErrors worded as the API server's field.Error and kube-openapi's validation messages.
namespace kedascope::k8s::schema {

// Go's %q of a string.
std::string goQuote(std::string_view text);
// How the API server prints a value after "Invalid value: " (strings quoted, numbers as Go's %v,
// objects and arrays as JSON).
std::string describeValue(const json::Value &value);
// kube-openapi's name for the type of a JSON value: null, boolean, integer, number, string, array, object.
std::string typeNameOf(const json::Value &value);
// Go's %v of a float64 (3600, 0.5, 1e+21).
std::string formatNumber(double number);

FieldError required(const std::string &path, const std::string &detail = {});
FieldError invalid(const std::string &path, const std::string &valueText, const std::string &detail);
FieldError typeInvalid(const std::string &path, const std::string &valueText, const std::string &detail);
FieldError notSupported(const std::string &path, const std::string &valueText,
                        const std::vector<std::string> &supported);
FieldError unknownField(const std::string &parentPath, const std::string &name);
FieldError tooLong(const std::string &path, long long maxLength);
FieldError tooMany(const std::string &path, long long actual, long long maxItems);
FieldError duplicate(const std::string &path, const std::string &valueText);

std::string childPath(const std::string &parent, std::string_view name);
std::string indexPath(const std::string &parent, size_t index);

} // namespace kedascope::k8s::schema
