// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedaformula.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace kedascope::k8s::keda {

struct Formula::Node
{
    enum class Kind { Number, Bool, Nil, Name, Unary, Binary, Ternary, Call };
    Kind kind = Kind::Nil;
    int column = 0;
    double number = 0;
    bool boolean = false; // a Bool's value; for a Number: written as an integer
    std::string text;     // name, operator or function
    std::vector<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const Formula::Node>;
using Kind = Formula::Node::Kind;

struct Token
{
    enum class Type { Number, Name, Operator, End };
    Type type = Type::End;
    std::string text;
    double number = 0;
    int column = 0;
};

struct Failure
{
    FormulaError error;
};

[[noreturn]] void fail(std::string message, int column)
{
    throw Failure{FormulaError{std::move(message), column}};
}

std::vector<Token> tokenize(const std::string &text)
{
    static const char *const operators[] = {"**", "??", "==", "!=", "<=", ">=", "&&",   "||",
                                            "+",  "-",  "*",  "/",  "%",  "^",  "<",    ">",
                                            "!",  "?",  ":",  "(",  ")",  ",",  nullptr};
    std::vector<Token> tokens;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const int column = int(i) + 1;
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) ||
            (c == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
            std::string digits;
            size_t j = i;
            while (j < text.size() &&
                   (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '.' || text[j] == '_' ||
                    ((text[j] == '+' || text[j] == '-') && (text[j - 1] == 'e' || text[j - 1] == 'E')))) {
                if (text[j] != '_')
                    digits += text[j];
                ++j;
            }
            char *end = nullptr;
            const double value = std::strtod(digits.c_str(), &end);
            if (end == nullptr || *end != '\0')
                fail("invalid number " + digits, column);
            tokens.push_back({Token::Type::Number, digits, value, column});
            i = j;
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$') {
            size_t j = i;
            while (j < text.size() &&
                   (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_' || text[j] == '$'))
                ++j;
            tokens.push_back({Token::Type::Name, text.substr(i, j - i), 0, column});
            i = j;
            continue;
        }
        bool matched = false;
        for (const char *const *op = operators; *op != nullptr; ++op) {
            const std::string candidate(*op);
            if (text.compare(i, candidate.size(), candidate) == 0) {
                tokens.push_back({Token::Type::Operator, candidate, 0, column});
                i += candidate.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            fail(std::string("unexpected character '") + c + "'", column);
    }
    tokens.push_back({Token::Type::End, {}, 0, int(text.size()) + 1});
    return tokens;
}

// Binary operators and their expr-lang precedence; `right` for right-associative ones.
struct BinaryOperator
{
    const char *spelling;
    const char *canonical;
    int precedence;
    bool right;
};

constexpr BinaryOperator binaryOperators[] = {
    {"||", "||", 10, false}, {"or", "||", 10, false},  {"&&", "&&", 15, false}, {"and", "&&", 15, false},
    {"==", "==", 20, false}, {"!=", "!=", 20, false},  {"<", "<", 20, false},   {">", ">", 20, false},
    {"<=", "<=", 20, false}, {">=", ">=", 20, false},  {"+", "+", 30, false},   {"-", "-", 30, false},
    {"*", "*", 60, false},   {"/", "/", 60, false},    {"%", "%", 60, false},   {"**", "**", 100, true},
    {"^", "**", 100, true},  {"??", "??", 500, false},
};

constexpr int notPrecedence = 50;
constexpr int signPrecedence = 90;

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    NodePtr parseAll()
    {
        NodePtr root = parseTernary();
        if (peek().type != Token::Type::End)
            fail("unexpected token " + describe(peek()), peek().column);
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    Token take() { return m_tokens[m_pos++]; }
    bool isOperator(const char *text) const
    {
        return (peek().type == Token::Type::Operator || peek().type == Token::Type::Name) &&
               peek().text == text;
    }

    static std::string describe(const Token &token)
    {
        switch (token.type) {
        case Token::Type::End:
            return "EOF";
        case Token::Type::Number:
            return "Number(\"" + token.text + "\")";
        case Token::Type::Name:
            return "Identifier(\"" + token.text + "\")";
        case Token::Type::Operator:
            return "Operator(\"" + token.text + "\")";
        }
        return {};
    }

    void expect(const char *text)
    {
        if (!(peek().type == Token::Type::Operator && peek().text == text))
            fail(std::string("unexpected token ") + describe(peek()) + ", expected \"" + text + "\"",
                 peek().column);
        take();
    }

    NodePtr parseTernary()
    {
        NodePtr condition = parseBinary(0);
        if (!isOperator("?"))
            return condition;
        const int column = take().column;
        NodePtr whenTrue = parseTernary();
        expect(":");
        NodePtr whenFalse = parseTernary();
        auto node = std::make_shared<Formula::Node>();
        node->kind = Kind::Ternary;
        node->column = column;
        node->children = {condition, whenTrue, whenFalse};
        return node;
    }

    const BinaryOperator *binaryAtCursor() const
    {
        const Token &token = peek();
        if (token.type != Token::Type::Operator && token.type != Token::Type::Name)
            return nullptr;
        for (const auto &op : binaryOperators) {
            if (token.text == op.spelling)
                return &op;
        }
        return nullptr;
    }

    NodePtr parseBinary(int minPrecedence)
    {
        NodePtr left = parseUnary();
        while (const BinaryOperator *op = binaryAtCursor()) {
            if (op->precedence < minPrecedence)
                break;
            const int column = take().column;
            NodePtr right = parseBinary(op->right ? op->precedence : op->precedence + 1);
            auto node = std::make_shared<Formula::Node>();
            node->kind = Kind::Binary;
            node->column = column;
            node->text = op->canonical;
            node->children = {left, right};
            left = node;
        }
        return left;
    }

    NodePtr parseUnary()
    {
        const Token &token = peek();
        const bool isNot = (token.type == Token::Type::Operator && token.text == "!") ||
                           (token.type == Token::Type::Name && token.text == "not");
        const bool isSign = token.type == Token::Type::Operator && (token.text == "-" || token.text == "+");
        if (!isNot && !isSign)
            return parsePrimary();
        const Token op = take();
        NodePtr operand = parseBinary(isNot ? notPrecedence : signPrecedence);
        auto node = std::make_shared<Formula::Node>();
        node->kind = Kind::Unary;
        node->column = op.column;
        node->text = isNot ? "!" : op.text;
        node->children = {operand};
        return node;
    }

    NodePtr parsePrimary()
    {
        const Token token = take();
        auto node = std::make_shared<Formula::Node>();
        node->column = token.column;
        switch (token.type) {
        case Token::Type::Number:
            node->kind = Kind::Number;
            node->number = token.number;
            node->boolean = token.text.find_first_of(".eE") == std::string::npos; // an int literal
            return node;
        case Token::Type::Name:
            if (token.text == "true" || token.text == "false") {
                node->kind = Kind::Bool;
                node->boolean = token.text == "true";
                return node;
            }
            if (token.text == "nil") {
                node->kind = Kind::Nil;
                return node;
            }
            node->text = token.text;
            if (isOperator("(")) {
                take();
                node->kind = Kind::Call;
                if (!isOperator(")")) {
                    node->children.push_back(parseTernary());
                    while (isOperator(",")) {
                        take();
                        node->children.push_back(parseTernary());
                    }
                }
                expect(")");
                return node;
            }
            node->kind = Kind::Name;
            return node;
        case Token::Type::Operator:
            if (token.text == "(") {
                NodePtr inner = parseTernary();
                expect(")");
                return inner;
            }
            break;
        case Token::Type::End:
            break;
        }
        fail("unexpected token " + describe(token), token.column);
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
};

// A value during evaluation; expr-lang keeps int apart from float64 (its % takes ints only).
struct Val
{
    FormulaValue value;
    bool integer = false;

    bool isNumber() const { return std::holds_alternative<double>(value); }
    bool isBool() const { return std::holds_alternative<bool>(value); }
    bool isNil() const { return std::holds_alternative<std::monostate>(value); }
    double number() const { return std::get<double>(value); }
};

Val numberVal(double value, bool integer)
{
    return Val{value, integer};
}

std::string typeName(const Val &val)
{
    if (val.isNil())
        return "nil";
    if (val.isBool())
        return "bool";
    return val.integer ? "int" : "float64";
}

class Evaluator
{
public:
    explicit Evaluator(const FormulaVariables &variables) : m_variables(variables) {}

    Val eval(const Formula::Node &node) const
    {
        switch (node.kind) {
        case Kind::Number:
            return numberVal(node.number, node.boolean);
        case Kind::Bool:
            return Val{node.boolean};
        case Kind::Nil:
            return Val{};
        case Kind::Name: {
            const auto it = m_variables.find(node.text);
            if (it == m_variables.end())
                fail("unknown name " + node.text, node.column);
            if (!it->second)
                return Val{};
            return numberVal(*it->second, false);
        }
        case Kind::Unary:
            return unary(node);
        case Kind::Binary:
            return binary(node);
        case Kind::Ternary: {
            const Val condition = eval(*node.children[0]);
            if (!condition.isBool())
                fail("non-bool expression (type " + typeName(condition) + ") used as condition", node.column);
            return eval(*node.children[std::get<bool>(condition.value) ? 1 : 2]);
        }
        case Kind::Call:
            return call(node);
        }
        return Val{};
    }

private:
    Val unary(const Formula::Node &node) const
    {
        const Val operand = eval(*node.children[0]);
        if (node.text == "!") {
            if (!operand.isBool())
                fail("invalid operation: ! (mismatched type " + typeName(operand) + ")", node.column);
            return Val{!std::get<bool>(operand.value)};
        }
        if (!operand.isNumber())
            fail("invalid operation: " + node.text + " (mismatched type " + typeName(operand) + ")",
                 node.column);
        return numberVal(node.text == "-" ? -operand.number() : operand.number(), operand.integer);
    }

    Val logical(const Formula::Node &node) const
    {
        const std::string &op = node.text;
        const Val left = eval(*node.children[0]);
        if (!left.isBool())
            fail("invalid operation: " + op + " (mismatched type " + typeName(left) + ")", node.column);
        if (std::get<bool>(left.value) == (op == "||"))
            return left;
        const Val right = eval(*node.children[1]);
        if (!right.isBool())
            fail("invalid operation: " + op + " (mismatched type " + typeName(right) + ")", node.column);
        return right;
    }

    Val binary(const Formula::Node &node) const
    {
        const std::string &op = node.text;
        if (op == "??") {
            const Val left = eval(*node.children[0]);
            return left.isNil() ? eval(*node.children[1]) : left;
        }
        if (op == "&&" || op == "||")
            return logical(node);
        const Val left = eval(*node.children[0]);
        const Val right = eval(*node.children[1]);
        if (op == "==" || op == "!=") {
            const bool equal = left.value == right.value;
            return Val{op == "==" ? equal : !equal};
        }
        if (!left.isNumber() || !right.isNumber())
            fail("invalid operation: " + op + " (mismatched types " + typeName(left) + " and " +
                     typeName(right) + ")",
                 node.column);
        const double a = left.number();
        const double b = right.number();
        const bool integers = left.integer && right.integer;
        if (op == "<")
            return Val{a < b};
        if (op == "<=")
            return Val{a <= b};
        if (op == ">")
            return Val{a > b};
        if (op == ">=")
            return Val{a >= b};
        if (op == "+")
            return numberVal(a + b, integers);
        if (op == "-")
            return numberVal(a - b, integers);
        if (op == "*")
            return numberVal(a * b, integers);
        if (op == "/")
            return numberVal(a / b, false);
        if (op == "%") {
            if (!integers) {
                fail("invalid operation: % (mismatched types " + typeName(left) + " and " + typeName(right) +
                         ")",
                     node.column);
            }
            if (b == 0)
                fail("integer divide by zero", node.column);
            return numberVal(std::fmod(a, b), true);
        }
        return numberVal(std::pow(a, b), false);
    }

    Val call(const Formula::Node &node) const
    {
        std::vector<Val> args;
        for (const auto &child : node.children) {
            Val arg = eval(*child);
            if (!arg.isNumber())
                fail("invalid argument for " + node.text + " (type " + typeName(arg) + ")", child->column);
            args.push_back(arg);
        }
        const std::string &name = node.text;
        if (name == "min" || name == "max") {
            if (args.empty())
                fail("not enough arguments to call " + name, node.column);
            Val best = args.front();
            bool integers = true;
            for (const auto &arg : args) {
                integers = integers && arg.integer;
                if (name == "min" ? arg.number() < best.number() : arg.number() > best.number())
                    best = arg;
            }
            return numberVal(best.number(), integers);
        }
        static const char *const unaryFunctions[] = {"abs", "ceil", "floor", "round", "float", "int"};
        if (std::find(std::begin(unaryFunctions), std::end(unaryFunctions), name) == std::end(unaryFunctions))
            fail("unknown func " + name, node.column);
        if (args.size() != 1)
            fail((args.empty() ? "not enough arguments to call " : "too many arguments to call ") + name,
                 node.column);
        const double x = args.front().number();
        if (name == "abs")
            return numberVal(std::fabs(x), args.front().integer);
        if (name == "ceil")
            return numberVal(std::ceil(x), false);
        if (name == "floor")
            return numberVal(std::floor(x), false);
        if (name == "round")
            return numberVal(std::round(x), false);
        if (name == "int")
            return numberVal(std::trunc(x), true);
        return numberVal(x, false);
    }

    const FormulaVariables &m_variables;
};

void collectNames(const Formula::Node &node, std::vector<std::string> &names)
{
    if (node.kind == Kind::Name && std::find(names.begin(), names.end(), node.text) == names.end())
        names.push_back(node.text);
    for (const auto &child : node.children)
        collectNames(*child, names);
}

} // namespace

std::string FormulaError::toString() const
{
    return message + " (1:" + std::to_string(column) + ")";
}

std::variant<Formula, FormulaError> Formula::parse(const std::string &text)
{
    try {
        Parser parser(tokenize(text));
        Formula formula;
        formula.m_text = text;
        formula.m_root = parser.parseAll();
        return formula;
    } catch (const Failure &failure) {
        return failure.error;
    }
}

std::variant<std::optional<double>, FormulaError> Formula::evaluate(const FormulaVariables &variables) const
{
    try {
        const Val value = Evaluator(variables).eval(*m_root);
        if (value.isNil())
            return std::optional<double>();
        if (value.isBool())
            return FormulaError{"expected float64, but got bool", 1};
        return std::optional<double>(value.number());
    } catch (const Failure &failure) {
        return failure.error;
    }
}

std::vector<std::string> Formula::names() const
{
    std::vector<std::string> names;
    collectNames(*m_root, names);
    return names;
}

std::optional<FormulaError> validateFormula(const std::string &text,
                                            const std::vector<std::string> &triggerNames)
{
    auto parsed = Formula::parse(text);
    if (auto *error = std::get_if<FormulaError>(&parsed))
        return *error;
    FormulaVariables dummies;
    for (const auto &name : triggerNames)
        dummies[name] = -1.0;
    auto result = std::get<Formula>(parsed).evaluate(dummies);
    if (auto *error = std::get_if<FormulaError>(&result))
        return *error;
    return std::nullopt;
}

} // namespace kedascope::k8s::keda
