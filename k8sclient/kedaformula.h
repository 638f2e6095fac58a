// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kedascope::k8s::keda {

// The subset of expr-lang (github.com/expr-lang/expr) that a ScaledObject's
// `advanced.scalingModifiers.formula` uses: numbers, trigger names, + - * / % ** ^, parentheses,
// == != < <= > >=, && || ! (and, or, not), the ternary `c ? a : b`, nil coalescing `a ?? b`,
// true/false/nil and the functions min, max, abs, ceil, floor, round, float, int.
// Precedence follows expr-lang: ?? binds tightest, then ** ^, unary - +, * / %, unary ! not,
// + -, comparisons, && and, || or, and ?: is lowest.

struct FormulaError
{
    std::string message;
    int column = 0; // 1-based position in the formula

    // expr-lang's form: "unknown name foo (1:5)".
    std::string toString() const;
};

// A formula value: nil (a failed trigger under fallback behavior scalingModifiers), a number or a bool.
using FormulaValue = std::variant<std::monostate, double, bool>;

// Trigger name -> value; std::nullopt stands for nil.
using FormulaVariables = std::map<std::string, std::optional<double>>;

class Formula
{
public:
    struct Node;

    static std::variant<Formula, FormulaError> parse(const std::string &text);

    // Evaluates to a number as KEDA does (it wraps the formula in float(...)): a bool result or an
    // unknown name is an error. std::nullopt for nil (every operand of a ?? chain was nil).
    std::variant<std::optional<double>, FormulaError> evaluate(const FormulaVariables &variables) const;
    // The names the formula reads, in order of first use.
    std::vector<std::string> names() const;
    const std::string &text() const { return m_text; }

private:
    std::string m_text;
    std::shared_ptr<const Node> m_root;
};

// KEDA's webhook check: the formula must parse and evaluate with every non-cpu/memory trigger name
// bound to a dummy -1. Returns the error, or std::nullopt when the formula is valid.
std::optional<FormulaError> validateFormula(const std::string &text,
                                            const std::vector<std::string> &triggerNames);

} // namespace kedascope::k8s::keda
