// SPDX-License-Identifier: Apache-2.0
// Pieces of the console that need no cluster: clean YAML and the state badges.
#include "models/objectroles.h"
#include "ui/cleanyaml.h"
#include "ui/statebadgedelegate.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace kedascope;
using models::ConditionStatus;

class TestUiParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanYamlDropsServerFields();
    void badgeWords_data();
    void badgeWords();
    void badgesPaintInTheirColour();
};

void TestUiParts::cleanYamlDropsServerFields()
{
    const QByteArray json =
        R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"orders",
        "namespace":"shop","uid":"1234","resourceVersion":"77","generation":3,
        "creationTimestamp":"2025-01-01T00:00:00Z","selfLink":"/x",
        "managedFields":[{"manager":"kubectl"}],
        "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}",
                       "autoscaling.keda.sh/paused-replicas":"0"},
        "labels":{"team":"a"}},
        "spec":{"scaleTargetRef":{"name":"orders"},"triggers":[{"type":"cpu","metadata":{"value":"60"}}]},
        "status":{"conditions":[{"type":"Ready","status":"True"}]}})";
    const QString clean = ui::cleanObjectYaml(json);
    for (const char *gone : {"uid", "resourceVersion", "generation", "creationTimestamp", "selfLink",
                             "managedFields", "last-applied-configuration", "status", "conditions"})
        QVERIFY2(!clean.contains(QLatin1String(gone)), gone);
    QVERIFY(clean.contains(QStringLiteral("name: orders")));
    QVERIFY(clean.contains(QStringLiteral("team: a")));
    // An annotation value that reads as a number stays a string.
    QVERIFY2(clean.contains(QStringLiteral("autoscaling.keda.sh/paused-replicas: \"0\"")), qPrintable(clean));
    QVERIFY(clean.contains(QStringLiteral("type: cpu")));

    const QByteArray onlyLastApplied =
        R"({"metadata":{"name":"x","annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}"}}})";
    QVERIFY(!ui::cleanObjectYaml(onlyLastApplied).contains(QStringLiteral("annotations")));
    QVERIFY(ui::objectYaml(json).contains(QStringLiteral("resourceVersion")));
    QVERIFY(ui::cleanObjectYaml("not json").isEmpty());
}

void TestUiParts::badgeWords_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("word");
    using Kind = ui::StateBadgeDelegate::Kind;
    QTest::newRow("ready") << int(Kind::Ready) << int(ConditionStatus::True) << QStringLiteral("Ready");
    QTest::newRow("not ready") << int(Kind::Ready) << int(ConditionStatus::False)
                               << QStringLiteral("Not ready");
    QTest::newRow("active") << int(Kind::Active) << int(ConditionStatus::True) << QStringLiteral("Active");
    QTest::newRow("idle") << int(Kind::Active) << int(ConditionStatus::False) << QStringLiteral("Idle");
    QTest::newRow("fallback") << int(Kind::Fallback) << int(ConditionStatus::True)
                              << QStringLiteral("Fallback");
    QTest::newRow("no fallback") << int(Kind::Fallback) << int(ConditionStatus::False) << QString();
    QTest::newRow("paused") << int(Kind::Paused) << int(ConditionStatus::True) << QStringLiteral("Paused");
    QTest::newRow("unknown") << int(Kind::Paused) << int(ConditionStatus::Unknown)
                             << QStringLiteral("Unknown");
    QTest::newRow("absent") << int(Kind::Ready) << int(ConditionStatus::Absent) << QString();
}

void TestUiParts::badgeWords()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, word);
    ui::StateBadgeDelegate delegate(static_cast<ui::StateBadgeDelegate::Kind>(kind));
    QCOMPARE(delegate.badgeText(status), word);
}

void TestUiParts::badgesPaintInTheirColour()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), int(ConditionStatus::False), models::ConditionStatusRole);
    model.setData(model.index(0, 0), QStringLiteral("ScalerFailed: no connection"), Qt::ToolTipRole);
    QTableView view;
    auto *delegate = new ui::StateBadgeDelegate(ui::StateBadgeDelegate::Kind::Ready, &view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.resize(300, 100);
    view.resizeColumnsToContents();
    QVERIFY(view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(QStringLiteral("Not ready")));
    const QImage image = view.viewport()->grab().toImage();
    const QColor red = delegate->badgeColor(int(ConditionStatus::False));
    bool found = false;
    for (int x = 0; x < view.columnWidth(0) && !found; ++x)
        for (int y = 0; y < view.rowHeight(0) && !found; ++y)
            found = image.pixelColor(x, y) == red;
    QVERIFY2(found, "the pill's outline is drawn in the state's colour");
}

QTEST_MAIN(TestUiParts)
#include "tst_uiparts.moc"
