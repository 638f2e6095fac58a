// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedaformula.h"

#include <QtTest>

#include <cmath>

using namespace kedascope::k8s::keda;

namespace {

std::variant<std::optional<double>, FormulaError> run(const QByteArray &text,
                                                      const FormulaVariables &variables)
{
    auto parsed = Formula::parse(text.toStdString());
    if (auto *error = std::get_if<FormulaError>(&parsed))
        return *error;
    return std::get<Formula>(parsed).evaluate(variables);
}

const FormulaVariables &sampleVariables()
{
    static const FormulaVariables variables = {
        {"trig_one", 5.0}, {"trig_two", 10.0}, {"queue", 42.0}, {"lag", 7.5}, {"broken", std::nullopt}};
    return variables;
}

} // namespace

class TestKedaFormula : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data();
    void evaluates();
    void reportsErrorsWithPosition_data();
    void reportsErrorsWithPosition();
    void nilCoalescingRoutesAroundFailedTriggers();
    void namesListsTriggersInOrder();
    void validationBindsTriggerNamesToDummies();
};

void TestKedaFormula::evaluates_data()
{
    QTest::addColumn<QByteArray>("formula");
    QTest::addColumn<double>("expected");

    // The formula examples of keda-docs content/docs/2.20/concepts/scaling-deployments.md
    // ("Scaling Modifiers"): sum of two triggers, a ternary, and a comparison chain.
    QTest::newRow("docs-sum") << QByteArray("trig_one + trig_two") << 15.0;
    QTest::newRow("docs-ternary") << QByteArray("trig_one > 2 ? trig_one + trig_two : 1") << 15.0;
    QTest::newRow("docs-ternary-else") << QByteArray("trig_one < 2 ? trig_one + trig_two : 1") << 1.0;
    QTest::newRow("average") << QByteArray("(trig_one + trig_two) / 2") << 7.5;
    QTest::newRow("precedence") << QByteArray("1 + 2 * 3") << 7.0;
    QTest::newRow("parentheses") << QByteArray("(1 + 2) * 3") << 9.0;
    QTest::newRow("modulo-of-ints") << QByteArray("7 % 4") << 3.0;
    QTest::newRow("modulo-of-int-conversion") << QByteArray("int(queue) % 5") << 2.0;
    QTest::newRow("power-right-assoc") << QByteArray("2 ** 3 ** 2") << 512.0;
    QTest::newRow("caret-power") << QByteArray("2 ^ 10") << 1024.0;
    QTest::newRow("unary-minus-binds-after-power") << QByteArray("-2 ** 2") << -4.0;
    QTest::newRow("unary-minus") << QByteArray("-trig_one + 1") << -4.0;
    QTest::newRow("division-is-float") << QByteArray("7 / 2") << 3.5;
    QTest::newRow("and-or") << QByteArray("queue > 10 && lag < 10 || false ? 1 : 0") << 1.0;
    QTest::newRow("word-operators") << QByteArray("not (queue > 10) or lag == 7.5 ? 3 : 4") << 3.0;
    QTest::newRow("not-equal") << QByteArray("queue != 42 ? 1 : 2") << 2.0;
    QTest::newRow("nested-ternary") << QByteArray("queue > 100 ? 3 : queue > 10 ? 2 : 1") << 2.0;
    QTest::newRow("min") << QByteArray("min(queue, lag, 100)") << 7.5;
    QTest::newRow("max") << QByteArray("max(queue, lag)") << 42.0;
    QTest::newRow("abs") << QByteArray("abs(trig_one - trig_two)") << 5.0;
    QTest::newRow("ceil") << QByteArray("ceil(lag)") << 8.0;
    QTest::newRow("floor") << QByteArray("floor(lag)") << 7.0;
    QTest::newRow("round") << QByteArray("round(lag)") << 8.0;
    QTest::newRow("float-wrapper") << QByteArray("float(queue > 1 ? 4 : 2)") << 4.0;
    QTest::newRow("scientific") << QByteArray("1.5e2 + .5") << 150.5;
    QTest::newRow("underscores") << QByteArray("1_000 / 10") << 100.0;
    QTest::newRow("coalesce-value") << QByteArray("queue ?? 3") << 42.0;
    QTest::newRow("coalesce-nil") << QByteArray("broken ?? lag") << 7.5;
    QTest::newRow("coalesce-binds-tightest") << QByteArray("broken ?? 2 * 3") << 6.0;
}

void TestKedaFormula::evaluates()
{
    QFETCH(QByteArray, formula);
    QFETCH(double, expected);
    const auto result = run(formula, sampleVariables());
    if (const auto *error = std::get_if<FormulaError>(&result))
        QFAIL(error->toString().c_str());
    const auto &value = std::get<std::optional<double>>(result);
    QVERIFY(value.has_value());
    QCOMPARE(*value, expected);
}

void TestKedaFormula::reportsErrorsWithPosition_data()
{
    QTest::addColumn<QByteArray>("formula");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown-name") << QByteArray("queue + missing")
                                  << QStringLiteral("unknown name missing (1:9)");
    QTest::newRow("unknown-function")
        << QByteArray("sqrt(queue)") << QStringLiteral("unknown func sqrt (1:1)");
    QTest::newRow("unclosed-paren") << QByteArray("(queue + 1")
                                    << QStringLiteral("unexpected token EOF, expected \")\" (1:11)");
    QTest::newRow("dangling-operator")
        << QByteArray("queue +") << QStringLiteral("unexpected token EOF (1:8)");
    QTest::newRow("bad-character") << QByteArray("queue # 2")
                                   << QStringLiteral("unexpected character '#' (1:7)");
    QTest::newRow("ternary-without-colon")
        << QByteArray("queue > 1 ? 2") << QStringLiteral("unexpected token EOF, expected \":\" (1:14)");
    QTest::newRow("bool-result") << QByteArray("queue > 1")
                                 << QStringLiteral("expected float64, but got bool (1:1)");
    QTest::newRow("non-bool-condition")
        << QByteArray("queue ? 1 : 2")
        << QStringLiteral("non-bool expression (type float64) used as condition (1:7)");
    QTest::newRow("bool-arithmetic") << QByteArray("true + 1")
                                     << QStringLiteral(
                                            "invalid operation: + (mismatched types bool and int) (1:6)");
    // expr-lang's % takes ints; trigger values are float64.
    QTest::newRow("modulo-of-float") << QByteArray("queue % 5")
                                     << QStringLiteral(
                                            "invalid operation: % (mismatched types float64 and int) (1:7)");
    QTest::newRow("too-many-arguments")
        << QByteArray("abs(1, 2)") << QStringLiteral("too many arguments to call abs (1:1)");
    QTest::newRow("nil-arithmetic") << QByteArray("broken + 1")
                                    << QStringLiteral(
                                           "invalid operation: + (mismatched types nil and int) (1:8)");
    QTest::newRow("trailing-token") << QByteArray("queue 3")
                                    << QStringLiteral("unexpected token Number(\"3\") (1:7)");
}

void TestKedaFormula::reportsErrorsWithPosition()
{
    QFETCH(QByteArray, formula);
    QFETCH(QString, expected);
    const auto result = run(formula, sampleVariables());
    const auto *error = std::get_if<FormulaError>(&result);
    QVERIFY2(error != nullptr, "the formula should fail");
    QCOMPARE(QString::fromStdString(error->toString()), expected);
}

void TestKedaFormula::nilCoalescingRoutesAroundFailedTriggers()
{
    // keda-docs reference/scaledobject-spec.md, fallback behavior scalingModifiers:
    // "best_metric ?? slower_metric ?? metric_backup ?? 8".
    const QByteArray formula("best_metric ?? slower_metric ?? metric_backup ?? 8");
    FormulaVariables variables = {{"best_metric", 3.0}, {"slower_metric", 4.0}, {"metric_backup", 5.0}};
    QCOMPARE(*std::get<std::optional<double>>(run(formula, variables)), 3.0);
    variables["best_metric"] = std::nullopt;
    QCOMPARE(*std::get<std::optional<double>>(run(formula, variables)), 4.0);
    variables["slower_metric"] = std::nullopt;
    variables["metric_backup"] = std::nullopt;
    QCOMPARE(*std::get<std::optional<double>>(run(formula, variables)), 8.0);
    // Without the literal, every trigger failing gives nil (KEDA then uses fallback.replicas).
    const auto allNil = run("best_metric ?? slower_metric", variables);
    QVERIFY(!std::get<std::optional<double>>(allNil).has_value());
}

void TestKedaFormula::namesListsTriggersInOrder()
{
    const auto parsed = Formula::parse("max(b, a) + b * c");
    const auto &formula = std::get<Formula>(parsed);
    QCOMPARE(formula.names(), (std::vector<std::string>{"b", "a", "c"}));
}

void TestKedaFormula::validationBindsTriggerNamesToDummies()
{
    QVERIFY(!validateFormula("float(a + b)", {"a", "b"}).has_value());
    const auto error = validateFormula("float(a + c)", {"a", "b"});
    QVERIFY(error.has_value());
    QCOMPARE(QString::fromStdString(error->toString()), QStringLiteral("unknown name c (1:11)"));
}

QTEST_APPLESS_MAIN(TestKedaFormula)
#include "tst_kedaformula.moc"
