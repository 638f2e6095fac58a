// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <memory>
#include <optional>
#include <string>

namespace kedascope::k8s::schema {

struct CelExpr;

// The small part of CEL that KEDA's x-kubernetes-validations rules use: `self` and its fields,
// has(), size(), integer/string/bool literals, comparisons, + and -, !, &&, ||, ?:.
class CelProgram
{
public:
    // nullptr when the rule uses anything else (it is then not enforced).
    static std::shared_ptr<const CelProgram> compile(const std::string &rule);
    // nullopt when the rule cannot be evaluated on `self` (wrong types, missing field).
    std::optional<bool> evaluate(const json::Value &self) const;

    explicit CelProgram(std::unique_ptr<CelExpr> root);
    ~CelProgram();

private:
    std::unique_ptr<CelExpr> m_root;
};

// compile() and evaluate() in one step.
std::optional<bool> evaluateCelRule(const std::string &rule, const json::Value &self);

} // namespace kedascope::k8s::schema
