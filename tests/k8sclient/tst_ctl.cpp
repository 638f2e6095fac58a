// SPDX-License-Identifier: Apache-2.0
// kedascope-ctl run as a user runs it, against the real sim: output, errors and exit codes as kubectl's.
#include "helpers/simconnection.h"
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
    void pauseDryRunChangesNothing();
    void pausesAndResumesANamespace();
    void resumesOnlyExpiredPauses();
    void pauseUsageErrorsExitWithTwo_data();
    void pauseUsageErrorsExitWithTwo();
    void pauseFailuresNameTheReason();

private:
    // namespace -> name -> the object's annotations, from `get so -A -o json`.
    QMap<QString, QMap<QString, QJsonObject>> annotationsByObject();
    QString firstNamespace();
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

QMap<QString, QMap<QString, QJsonObject>> TestCtl::annotationsByObject()
{
    QMap<QString, QMap<QString, QJsonObject>> out;
    const Run json = ctl({QStringLiteral("get"), QStringLiteral("so"), QStringLiteral("-A"), QStringLiteral("-o"),
                          QStringLiteral("json")});
    const QJsonArray items =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
    for (const auto &item : items) {
        const QJsonObject metadata = item.toObject().value(QStringLiteral("metadata")).toObject();
        out[metadata.value(QStringLiteral("namespace")).toString()][metadata.value(QStringLiteral("name")).toString()] =
            metadata.value(QStringLiteral("annotations")).toObject();
    }
    return out;
}

QString TestCtl::firstNamespace()
{
    const auto objects = annotationsByObject();
    return objects.isEmpty() ? QString() : objects.firstKey();
}

void TestCtl::pauseDryRunChangesNothing()
{
    const auto before = annotationsByObject();
    const QString ns = firstNamespace();
    const Run run = ctl({QStringLiteral("pause"), QStringLiteral("-n"), ns, QStringLiteral("--all"),
                         QStringLiteral("--replicas"), QStringLiteral("2"), QStringLiteral("--for"), QStringLiteral("2h"),
                         QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), before.value(ns).size() + 1); // every ScaledObject and the namespace's ScaledJob
    QCOMPARE(lines.filter(QStringLiteral(" would pause (hold at 2 replicas; replicas ")).size(), before.value(ns).size());
    QCOMPARE(lines.filter(QStringLiteral("unchanged: a ScaledJob can only be paused entirely")).size(), 1);
    QCOMPARE(annotationsByObject(), before);
}

void TestCtl::pausesAndResumesANamespace()
{
    const auto before = annotationsByObject();
    const QString ns = firstNamespace();
    const Run paused = ctl({QStringLiteral("pause"), QStringLiteral("-n"), ns, QStringLiteral("--all"),
                            QStringLiteral("--kind"), QStringLiteral("so"), QStringLiteral("--freeze"),
                            QStringLiteral("--for"), QStringLiteral("2h")});
    QCOMPARE(paused.exitCode, 0);
    QVERIFY2(paused.err.isEmpty(), qPrintable(paused.err));
    const QStringList lines = paused.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), before.value(ns).size());
    for (const QString &line : lines)
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral(
                     "^scaledobject\\.keda\\.sh/\\S+/\\S+ paused \\(freeze; replicas stays at \\d+\\) until \\S+Z$"))),
                 qPrintable(line));
    for (const auto &annotations : annotationsByObject().value(ns)) {
        QCOMPARE(annotations.value(QStringLiteral("autoscaling.keda.sh/paused")).toString(), QStringLiteral("true"));
        QVERIFY(annotations.contains(QStringLiteral("kedascope.io/pause-until")));
    }

    const Run listed = ctl({QStringLiteral("get"), QStringLiteral("so"), QStringLiteral("-n"), ns,
                            QStringLiteral("--paused")});
    QCOMPARE(listed.exitCode, 0);
    const QStringList table = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(table.size(), before.value(ns).size() + 1);
    QCOMPARE(table[0].split(QLatin1Char(' '), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("NAME"), QStringLiteral("MODE"), QStringLiteral("SINCE"), QStringLiteral("UNTIL"),
                          QStringLiteral("BY")}));
    // The seeded object paused with paused-replicas "0" still shows that (it wins over freeze).
    QVERIFY2(table.filter(QRegularExpression(QStringLiteral("(frozen|hold at 0 replicas) .*\\(in 11[89]m\\)\\s+kedascope$")))
                .size() == table.size() - 1, qPrintable(listed.out));

    const Run resumed = ctl({QStringLiteral("resume"), QStringLiteral("-n"), ns, QStringLiteral("--all"),
                             QStringLiteral("--kind"), QStringLiteral("so")});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.out.count(QStringLiteral(" resumed\n")), before.value(ns).size());
    QCOMPARE(annotationsByObject(), before);
}

void TestCtl::resumesOnlyExpiredPauses()
{
    const auto before = annotationsByObject();
    const QString ns = firstNamespace();
    const QStringList names = before.value(ns).keys();
    QVERIFY(names.size() >= 2);
    const QString expiring = ns + QLatin1Char('/') + names[0];
    const QString running = ns + QLatin1Char('/') + names[1];
    QCOMPARE(ctl({QStringLiteral("pause"), expiring, running, QStringLiteral("--scale-in"), QStringLiteral("--for"),
                  QStringLiteral("1h")})
                 .exitCode,
             0);
    // The planned end of one of them passes (as if an hour went by).
    auto client = kedascope::test::simApiClient(*m_sim, "sim-admin");
    QVERIFY(client.ok());
    QVERIFY(client.value()
                ->patch(kedascope::k8s::resources::scaledObjects(), ns.toStdString(), names[0].toStdString(),
                        kedascope::k8s::PatchType::Merge,
                        R"({"metadata":{"annotations":{"kedascope.io/pause-until":"2020-01-01T00:00:00Z"}}})")
                .ok());

    const Run dry = ctl({QStringLiteral("resume"), QStringLiteral("--expired"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    QVERIFY(dry.out.contains(QStringLiteral("/") + expiring + QStringLiteral(" would resume")));

    const Run run = ctl({QStringLiteral("resume"), QStringLiteral("--expired")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("scaledobject.keda.sh/") + expiring + QStringLiteral(" resumed\n"));
    const auto after = annotationsByObject();
    QCOMPARE(after.value(ns).value(names[0]), before.value(ns).value(names[0]));
    QCOMPARE(after.value(ns).value(names[1]).value(QStringLiteral("autoscaling.keda.sh/paused-scale-in")).toString(),
             QStringLiteral("true"));

    const Run none = ctl({QStringLiteral("resume"), QStringLiteral("--expired")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QCOMPARE(none.err, QStringLiteral("No objects to resume\n"));
    QCOMPARE(ctl({QStringLiteral("resume"), running}).exitCode, 0);
    QCOMPARE(annotationsByObject(), before);
}

void TestCtl::pauseUsageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString object = QStringLiteral("team-a/worker");
    QTest::newRow("nothing named") << QStringList{QStringLiteral("pause")} << QStringLiteral("name objects");
    QTest::newRow("two modes") << QStringList{QStringLiteral("pause"), object, QStringLiteral("--freeze"),
                                              QStringLiteral("--replicas"), QStringLiteral("2")}
                               << QStringLiteral("choose one of --replicas");
    QTest::newRow("bad duration") << QStringList{QStringLiteral("pause"), object, QStringLiteral("--for"),
                                                 QStringLiteral("2x")}
                                  << QStringLiteral("--for takes a duration");
    QTest::newRow("past end") << QStringList{QStringLiteral("pause"), object, QStringLiteral("--until"),
                                             QStringLiteral("2000-01-01T00:00:00Z")}
                              << QStringLiteral("is in the past");
    QTest::newRow("bad name") << QStringList{QStringLiteral("pause"), QStringLiteral("worker")}
                              << QStringLiteral("is not NAMESPACE/NAME");
    QTest::newRow("negative replicas") << QStringList{QStringLiteral("pause"), object, QStringLiteral("--replicas"),
                                                      QStringLiteral("-1")}
                                       << QStringLiteral("--replicas takes a count");
    QTest::newRow("expired and names") << QStringList{QStringLiteral("resume"), QStringLiteral("--expired"), object}
                                       << QStringLiteral("not several");
    QTest::newRow("pause has no --expired") << QStringList{QStringLiteral("pause"), QStringLiteral("--expired")}
                                            << QStringLiteral("unknown flag: --expired");
}

void TestCtl::pauseUsageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto before = annotationsByObject();
    const Run run = ctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")) && run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Exit codes: 0 all done")));
    QCOMPARE(annotationsByObject(), before);
}

void TestCtl::pauseFailuresNameTheReason()
{
    const auto before = annotationsByObject();
    const QString ns = firstNamespace();
    const QString object = ns + QLatin1Char('/') + before.value(ns).firstKey();

    const Run forbidden = ctl({QStringLiteral("--context"), QStringLiteral("sim-viewer"), QStringLiteral("pause"),
                               object, QStringLiteral("--freeze")});
    QCOMPARE(forbidden.exitCode, 1);
    QVERIFY(forbidden.out.isEmpty());
    QVERIFY2(forbidden.err.contains(QStringLiteral("failed: Forbidden: ")) &&
                 forbidden.err.contains(QStringLiteral("(missing permission: patch scaledobjects.keda.sh in namespace \"") +
                                        ns + QStringLiteral("\")")),
             qPrintable(forbidden.err));
    QVERIFY(forbidden.err.contains(QStringLiteral("error: paused 0 of 1; 1 failed, 0 conflicted")));

    const Run missing = ctl({QStringLiteral("pause"), ns + QStringLiteral("/no-such-object")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("failed: NotFound: ")), qPrintable(missing.err));

    const Run unreachable = ctl({QStringLiteral("--context"), QStringLiteral("prod"), QStringLiteral("resume"),
                                 QStringLiteral("--expired")});
    QCOMPARE(unreachable.exitCode, 4);
    QCOMPARE(annotationsByObject(), before);
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
