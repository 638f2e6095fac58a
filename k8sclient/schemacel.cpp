// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/schemacel.h"

#include <cctype>
#include <memory>
#include <variant>
#include <vector>

namespace kedascope::k8s::schema {

namespace {

struct CelError
{
};

struct Null
{
};

using CelValue = std::variant<Null, bool, long long, double, std::string, const json::Value *>;

} // namespace

struct CelExpr
{
    enum class Op { Literal, Self, Select, Has, Size, Not, Negate, And, Or, Compare, Add, Sub, Ternary };
    Op op = Op::Literal;
    CelValue literal;
    std::string name; // field for Select/Has, operator for Compare
    std::vector<std::unique_ptr<CelExpr>> args;
};

namespace {

CelValue fromJson(const json::Value &value)
{
    if (value.IsNull())
        return Null{};
    if (value.IsBool())
        return value.GetBool();
    if (value.IsInt64())
        return static_cast<long long>(value.GetInt64());
    if (value.IsNumber())
        return value.GetDouble();
    if (value.IsString())
        return std::string(value.GetString(), value.GetStringLength());
    return &value;
}

using Expr = CelExpr;
using ExprPtr = std::unique_ptr<CelExpr>;

ExprPtr makeExpr(Expr::Op op, std::vector<ExprPtr> args = {}, std::string name = {})
{
    auto expr = std::make_unique<Expr>();
    expr->op = op;
    expr->args = std::move(args);
    expr->name = std::move(name);
    return expr;
}

class Parser
{
public:
    explicit Parser(const std::string &text) : m_text(text) {}

    ExprPtr parseAll()
    {
        ExprPtr expr = parseTernary();
        skipSpace();
        if (m_pos != m_text.size())
            throw CelError{};
        return expr;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }

    bool accept(const char *token)
    {
        skipSpace();
        const std::string_view t(token);
        if (m_text.compare(m_pos, t.size(), t) != 0)
            return false;
        // "<" must not eat "<=", "!" must not eat "!="
        if (t.size() == 1 && (t == "<" || t == ">" || t == "!" || t == "=") && m_pos + 1 < m_text.size() &&
            m_text[m_pos + 1] == '=')
            return false;
        m_pos += t.size();
        return true;
    }

    void expect(const char *token)
    {
        if (!accept(token))
            throw CelError{};
    }

    std::string identifier()
    {
        skipSpace();
        const size_t start = m_pos;
        while (m_pos < m_text.size() &&
               (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '_'))
            ++m_pos;
        if (start == m_pos || std::isdigit(static_cast<unsigned char>(m_text[start])))
            throw CelError{};
        return m_text.substr(start, m_pos - start);
    }

    ExprPtr parseTernary()
    {
        ExprPtr condition = parseOr();
        if (!accept("?"))
            return condition;
        ExprPtr whenTrue = parseTernary();
        expect(":");
        ExprPtr whenFalse = parseTernary();
        std::vector<ExprPtr> args;
        args.push_back(std::move(condition));
        args.push_back(std::move(whenTrue));
        args.push_back(std::move(whenFalse));
        return makeExpr(Expr::Op::Ternary, std::move(args));
    }

    ExprPtr parseOr()
    {
        ExprPtr left = parseAnd();
        while (accept("||")) {
            std::vector<ExprPtr> args;
            args.push_back(std::move(left));
            args.push_back(parseAnd());
            left = makeExpr(Expr::Op::Or, std::move(args));
        }
        return left;
    }

    ExprPtr parseAnd()
    {
        ExprPtr left = parseComparison();
        while (accept("&&")) {
            std::vector<ExprPtr> args;
            args.push_back(std::move(left));
            args.push_back(parseComparison());
            left = makeExpr(Expr::Op::And, std::move(args));
        }
        return left;
    }

    ExprPtr parseComparison()
    {
        ExprPtr left = parseAdditive();
        for (const char *op : {"<=", ">=", "==", "!=", "<", ">"}) {
            if (accept(op)) {
                std::vector<ExprPtr> args;
                args.push_back(std::move(left));
                args.push_back(parseAdditive());
                return makeExpr(Expr::Op::Compare, std::move(args), op);
            }
        }
        return left;
    }

    ExprPtr parseAdditive()
    {
        ExprPtr left = parseUnary();
        while (true) {
            Expr::Op op;
            if (accept("+"))
                op = Expr::Op::Add;
            else if (accept("-"))
                op = Expr::Op::Sub;
            else
                return left;
            std::vector<ExprPtr> args;
            args.push_back(std::move(left));
            args.push_back(parseUnary());
            left = makeExpr(op, std::move(args));
        }
    }

    ExprPtr parseUnary()
    {
        if (accept("!")) {
            std::vector<ExprPtr> args;
            args.push_back(parseUnary());
            return makeExpr(Expr::Op::Not, std::move(args));
        }
        if (accept("-")) {
            std::vector<ExprPtr> args;
            args.push_back(parseUnary());
            return makeExpr(Expr::Op::Negate, std::move(args));
        }
        return parsePrimary();
    }

    ExprPtr parseSelectChain(ExprPtr base)
    {
        while (accept(".")) {
            std::vector<ExprPtr> args;
            args.push_back(std::move(base));
            base = makeExpr(Expr::Op::Select, std::move(args), identifier());
        }
        return base;
    }

    ExprPtr parsePrimary()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            throw CelError{};
        const char c = m_text[m_pos];
        if (accept("(")) {
            ExprPtr inner = parseTernary();
            expect(")");
            return inner;
        }
        if (std::isdigit(static_cast<unsigned char>(c))) {
            const size_t start = m_pos;
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
                ++m_pos;
            auto expr = makeExpr(Expr::Op::Literal);
            expr->literal = std::stoll(m_text.substr(start, m_pos - start));
            return expr;
        }
        if (c == '"' || c == '\'') {
            const size_t end = m_text.find(c, m_pos + 1);
            if (end == std::string::npos)
                throw CelError{};
            auto expr = makeExpr(Expr::Op::Literal);
            expr->literal = m_text.substr(m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return expr;
        }
        const std::string word = identifier();
        if (word == "true" || word == "false") {
            auto expr = makeExpr(Expr::Op::Literal);
            expr->literal = word == "true";
            return expr;
        }
        if (word == "null")
            return makeExpr(Expr::Op::Literal);
        if (word == "self")
            return parseSelectChain(makeExpr(Expr::Op::Self));
        if (word == "has") {
            expect("(");
            ExprPtr target = parsePrimary();
            expect(")");
            if (target->op != Expr::Op::Select)
                throw CelError{};
            target->op = Expr::Op::Has;
            return target;
        }
        if (word == "size") {
            expect("(");
            std::vector<ExprPtr> args;
            args.push_back(parseTernary());
            expect(")");
            return makeExpr(Expr::Op::Size, std::move(args));
        }
        throw CelError{};
    }

    const std::string &m_text;
    size_t m_pos = 0;
};

bool asBool(const CelValue &value)
{
    if (const bool *b = std::get_if<bool>(&value))
        return *b;
    throw CelError{};
}

int compareValues(const CelValue &a, const CelValue &b)
{
    auto numeric = [](const CelValue &v, double &out) {
        if (const long long *i = std::get_if<long long>(&v)) {
            out = static_cast<double>(*i);
            return true;
        }
        if (const double *d = std::get_if<double>(&v)) {
            out = *d;
            return true;
        }
        return false;
    };
    if (std::holds_alternative<long long>(a) && std::holds_alternative<long long>(b)) {
        const long long x = std::get<long long>(a), y = std::get<long long>(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    double x = 0, y = 0;
    if (numeric(a, x) && numeric(b, y))
        return x < y ? -1 : x > y ? 1 : 0;
    if (std::holds_alternative<std::string>(a) && std::holds_alternative<std::string>(b))
        return std::get<std::string>(a).compare(std::get<std::string>(b));
    if (std::holds_alternative<bool>(a) && std::holds_alternative<bool>(b))
        return int(std::get<bool>(a)) - int(std::get<bool>(b));
    throw CelError{};
}

CelValue evaluate(const Expr &expr, const json::Value &self)
{
    switch (expr.op) {
    case Expr::Op::Literal:
        return expr.literal;
    case Expr::Op::Self:
        return fromJson(self);
    case Expr::Op::Select:
    case Expr::Op::Has: {
        const CelValue base = evaluate(*expr.args[0], self);
        const json::Value *const *object = std::get_if<const json::Value *>(&base);
        if (!object || !(*object)->IsObject())
            throw CelError{};
        auto it =
            (*object)->FindMember(json::Value(rapidjson::StringRef(expr.name.data(), expr.name.size())));
        if (expr.op == Expr::Op::Has)
            return it != (*object)->MemberEnd();
        if (it == (*object)->MemberEnd())
            throw CelError{}; // no such key
        return fromJson(it->value);
    }
    case Expr::Op::Size: {
        const CelValue value = evaluate(*expr.args[0], self);
        if (const std::string *s = std::get_if<std::string>(&value))
            return static_cast<long long>(s->size());
        if (const json::Value *const *v = std::get_if<const json::Value *>(&value))
            return static_cast<long long>((*v)->IsArray() ? (*v)->Size() : (*v)->MemberCount());
        throw CelError{};
    }
    case Expr::Op::Not:
        return !asBool(evaluate(*expr.args[0], self));
    case Expr::Op::Negate: {
        const CelValue value = evaluate(*expr.args[0], self);
        if (const long long *i = std::get_if<long long>(&value))
            return -*i;
        if (const double *d = std::get_if<double>(&value))
            return -*d;
        throw CelError{};
    }
    case Expr::Op::And:
    case Expr::Op::Or: {
        // CEL's logical operators are commutative over errors: one side decides when it can.
        const bool decisive = expr.op == Expr::Op::Or;
        bool leftFailed = false;
        try {
            if (asBool(evaluate(*expr.args[0], self)) == decisive)
                return decisive;
        } catch (const CelError &) {
            leftFailed = true;
        }
        const bool right = asBool(evaluate(*expr.args[1], self));
        if (right == decisive)
            return decisive;
        if (leftFailed)
            throw CelError{};
        return !decisive;
    }
    case Expr::Op::Compare: {
        const CelValue a = evaluate(*expr.args[0], self);
        const CelValue b = evaluate(*expr.args[1], self);
        if (expr.name == "==" || expr.name == "!=") {
            bool equal;
            if (std::holds_alternative<Null>(a) || std::holds_alternative<Null>(b))
                equal = std::holds_alternative<Null>(a) && std::holds_alternative<Null>(b);
            else
                equal = compareValues(a, b) == 0;
            return expr.name == "==" ? equal : !equal;
        }
        const int order = compareValues(a, b);
        if (expr.name == "<")
            return order < 0;
        if (expr.name == "<=")
            return order <= 0;
        if (expr.name == ">")
            return order > 0;
        return order >= 0;
    }
    case Expr::Op::Add:
    case Expr::Op::Sub: {
        const CelValue a = evaluate(*expr.args[0], self);
        const CelValue b = evaluate(*expr.args[1], self);
        const bool add = expr.op == Expr::Op::Add;
        if (std::holds_alternative<long long>(a) && std::holds_alternative<long long>(b))
            return add ? std::get<long long>(a) + std::get<long long>(b)
                       : std::get<long long>(a) - std::get<long long>(b);
        if (add && std::holds_alternative<std::string>(a) && std::holds_alternative<std::string>(b))
            return std::get<std::string>(a) + std::get<std::string>(b);
        throw CelError{};
    }
    case Expr::Op::Ternary:
        return asBool(evaluate(*expr.args[0], self)) ? evaluate(*expr.args[1], self)
                                                     : evaluate(*expr.args[2], self);
    }
    throw CelError{};
}

} // namespace

CelProgram::CelProgram(std::unique_ptr<CelExpr> root) : m_root(std::move(root)) {}

CelProgram::~CelProgram() = default;

std::shared_ptr<const CelProgram> CelProgram::compile(const std::string &rule)
{
    try {
        Parser parser(rule);
        return std::make_shared<const CelProgram>(parser.parseAll());
    } catch (const CelError &) {
        return nullptr;
    } catch (const std::exception &) {
        return nullptr;
    }
}

std::optional<bool> CelProgram::evaluate(const json::Value &self) const
{
    try {
        return asBool(schema::evaluate(*m_root, self));
    } catch (const CelError &) {
        return std::nullopt;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::optional<bool> evaluateCelRule(const std::string &rule, const json::Value &self)
{
    const auto program = CelProgram::compile(rule);
    return program ? program->evaluate(self) : std::nullopt;
}

} // namespace kedascope::k8s::schema
