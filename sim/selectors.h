// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kedascope::sim {

// A label or field selector as the API server parses them:
// "a=b", "a==b", "a!=b", "a in (x,y)", "a notin (x)", "a", "!a".
class Selector
{
public:
    static k8s::Result<Selector> parseLabels(const std::string &text);
    // Field selectors only know =, == and != on the given field names.
    static k8s::Result<Selector> parseFields(const std::string &text,
                                             const std::vector<std::string> &knownFields);

    bool empty() const { return m_requirements.empty(); }
    bool matches(const std::map<std::string, std::string> &values) const;
    // The same requirements on keys mapped through `rename` (a served field label to a stored one).
    Selector withKeysRenamed(const std::function<std::string(const std::string &)> &rename) const;

private:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, NotExists };
    struct Requirement
    {
        std::string key;
        Op op = Op::Equals;
        std::vector<std::string> values;
    };
    // "a!=b", "a==b" or "a=b" into `r`; false when the term has no '='.
    static bool parseComparison(const std::string &term, Requirement &r);

    std::vector<Requirement> m_requirements;
};

} // namespace kedascope::sim
