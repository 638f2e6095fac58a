// SPDX-License-Identifier: Apache-2.0
// kedascope-ctl run as a user runs it, against the real sim: output, errors and exit codes as kubectl's.
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsContexts();
    void printsATableWithThePrinterColumns();
    void printsNamesJsonAndYaml();
    void getsOneObjectByName();
    void reportsErrorsAsKubectl_data();
    void reportsErrorsAsKubectl();
    void saysWhenNothingIsFound();
    void neverPrintsTheToken();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList &arguments);

    std::unique_ptr<kedascope::test::RunningSim> m_sim;
};

TestCtl::Run TestCtl::ctl(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(KEDASCOPE_BIN_DIR "/kedascope-ctl"));
    process.setArguments(QStringList{QStringLiteral("--kubeconfig"), QString::fromStdString(m_sim->kubeconfigPath())} +
                         arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCtl::initTestCase()
{
    m_sim = std::make_unique<kedascope::test::RunningSim>(kedascope::test::RunningSim::Options{6, 2});
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
}

void TestCtl::listsContexts()
{
    const Run run = ctl({QStringLiteral("contexts")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith(QStringLiteral("CURRENT")));
    QVERIFY(lines[0].contains(QStringLiteral("AUTHINFO")));
    const auto current = lines.filter(QRegularExpression(QStringLiteral("^\\*")));
    QCOMPARE(current.size(), 1);
    QVERIFY(current[0].contains(QStringLiteral("sim-admin")));
}

void TestCtl::printsATableWithThePrinterColumns()
{
    const Run run = ctl({QStringLiteral("get"), QStringLiteral("so"), QStringLiteral("-A")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    const QStringList header = lines[0].split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(header.mid(0, 2), (QStringList{QStringLiteral("NAMESPACE"), QStringLiteral("NAME")}));
    for (const char *column : {"SCALETARGETKIND", "SCALETARGETNAME", "MIN", "MAX", "READY", "ACTIVE", "FALLBACK",
                               "PAUSED", "TRIGGERS", "AGE"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    // Every row names a namespace and an object and ends with an age such as "5s".
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("^\\S+\\s+\\S+\\s.*\\b\\d+[smhdy]$"))),
                 qPrintable(line));
}

void TestCtl::printsNamesJsonAndYaml()
{
    const Run names = ctl({QStringLiteral("get"), QStringLiteral("scaledobjects"), QStringLiteral("-A"),
                           QStringLiteral("-o"), QStringLiteral("name")});
    QCOMPARE(names.exitCode, 0);
    const QStringList lines = names.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QStringLiteral("scaledobject.keda.sh/")), qPrintable(line));

    const Run json = ctl({QStringLiteral("get"), QStringLiteral("so"), QStringLiteral("-A"), QStringLiteral("-o"),
                          QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject list = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(list.value(QStringLiteral("kind")).toString(), QStringLiteral("List"));
    const QJsonArray items = list.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 6);
    for (const auto &item : items) {
        QCOMPARE(item.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ScaledObject"));
        QCOMPARE(item.toObject().value(QStringLiteral("apiVersion")).toString(), QStringLiteral("keda.sh/v1alpha1"));
    }

    const Run yaml = ctl({QStringLiteral("get"), QStringLiteral("so"), QStringLiteral("-A"), QStringLiteral("-o"),
                          QStringLiteral("yaml")});
    QCOMPARE(yaml.exitCode, 0);
    QVERIFY(yaml.out.startsWith(QStringLiteral("apiVersion: v1\n")));
    QVERIFY(yaml.out.contains(QStringLiteral("\nkind: List\n")));
    QCOMPARE(yaml.out.count(QStringLiteral("kind: ScaledObject")), 6);
}

void TestCtl::getsOneObjectByName()
{
    const Run json = ctl({QStringLiteral("get"), QStringLiteral("so"), QStringLiteral("-A"), QStringLiteral("-o"),
                          QStringLiteral("json")});
    const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("items"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("metadata"))
                                  .toObject();
    const QString name = first.value(QStringLiteral("name")).toString();
    const QString ns = first.value(QStringLiteral("namespace")).toString();
    QVERIFY(!name.isEmpty() && !ns.isEmpty());

    const Run one = ctl({QStringLiteral("get"), QStringLiteral("so"), name, QStringLiteral("-n"), ns,
                         QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(one.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(one.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("ScaledObject"));
    QCOMPARE(object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(), name);

    const Run table = ctl({QStringLiteral("get"), QStringLiteral("so"), name, QStringLiteral("--namespace=") + ns});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
}

void TestCtl::reportsErrorsAsKubectl_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrPattern");
    QTest::newRow("missing object") << QStringList{QStringLiteral("get"), QStringLiteral("so"),
                                                   QStringLiteral("nope"), QStringLiteral("-n"),
                                                   QStringLiteral("default")}
                                    << QStringLiteral(
                                           "^Error from server \\(NotFound\\): scaledobjects.keda.sh \"nope\" not found");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("get"), QStringLiteral("pods")}
                                  << QStringLiteral("^error: the server doesn't have a resource type \"pods\"");
    QTest::newRow("unknown context") << QStringList{QStringLiteral("--context"), QStringLiteral("prod"),
                                                    QStringLiteral("get"), QStringLiteral("so")}
                                     << QStringLiteral("^error: .*\"?prod\"?");
    QTest::newRow("bad output") << QStringList{QStringLiteral("get"), QStringLiteral("so"), QStringLiteral("-o"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("^error: unable to match a printer");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("get"), QStringLiteral("so"), QStringLiteral("--bogus")}
                                  << QStringLiteral("^error: unknown flag: --bogus");
    QTest::newRow("no type") << QStringList{QStringLiteral("get")} << QStringLiteral("^error: You must specify");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("^error: unknown command \"frobnicate\"");
}

void TestCtl::reportsErrorsAsKubectl()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrPattern);
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QRegularExpression(stderrPattern)), qPrintable(run.err));
}

void TestCtl::saysWhenNothingIsFound()
{
    const Run run = ctl({QStringLiteral("get"), QStringLiteral("sj"), QStringLiteral("-n"),
                         QStringLiteral("no-such-namespace")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QStringLiteral("No resources found in no-such-namespace namespace.\n"));
}

void TestCtl::neverPrintsTheToken()
{
    QFile file(QString::fromStdString(m_sim->kubeconfigPath()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString config = QString::fromUtf8(file.readAll());
    const auto match = QRegularExpression(QStringLiteral("token: \"?([A-Za-z0-9._-]{16,})")).match(config);
    QVERIFY2(match.hasMatch(), "the sim's kubeconfig has a bearer token");
    const QString token = match.captured(1);
    for (const QStringList &args :
         {QStringList{QStringLiteral("--context"), QStringLiteral("sim-token"), QStringLiteral("get"),
                      QStringLiteral("so"), QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("yaml")},
          QStringList{QStringLiteral("--context"), QStringLiteral("sim-viewer"), QStringLiteral("get"),
                      QStringLiteral("so"), QStringLiteral("missing")},
          QStringList{QStringLiteral("contexts")}}) {
        const Run run = ctl(args);
        QVERIFY(!run.out.contains(token));
        QVERIFY(!run.err.contains(token));
    }
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
