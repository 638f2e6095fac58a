// SPDX-License-Identifier: Apache-2.0
// `kedascope-ctl apply` run as a user runs it, against the real sim: validation first, kubectl's wording,
// --diff, --dry-run, conflicts and --force-conflicts, exit codes.
#include "helpers/simconnection.h"
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace kedascope;

namespace {

QString example(const char *name)
{
    return QStringLiteral(KEDASCOPE_TEST_DATA "/manifests/") + QLatin1String(name);
}

bool writeTo(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestCtlApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusesAnInvalidFileBeforeSendingAnything();
    void appliesEveryDocumentAndThenReportsUnchanged();
    void dryRunSaysSoAndChangesNothing();
    void printsTheDiffAgainstLive();
    void stopsAtAConflictUnlessForced();
    void namespaceFlagMustAgreeWithTheFile();
    void refusesBadArguments();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run ctl(const QStringList &arguments);
    bool exists(const std::string &name);

    std::unique_ptr<test::RunningSim> m_sim;
};

TestCtlApply::Run TestCtlApply::ctl(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(KEDASCOPE_BIN_DIR "/kedascope-ctl"));
    process.setArguments(QStringList{QStringLiteral("--kubeconfig"), QString::fromStdString(m_sim->kubeconfigPath()),
                                     QStringLiteral("apply")} +
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

bool TestCtlApply::exists(const std::string &name)
{
    auto client = test::simApiClient(*m_sim, "sim-admin");
    return client && (*client)->get(k8s::resources::scaledObjects(), "default", name).ok();
}

void TestCtlApply::initTestCase()
{
    m_sim = std::make_unique<test::RunningSim>();
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
}

void TestCtlApply::refusesAnInvalidFileBeforeSendingAnything()
{
    const QString path = example("08-scaledobject-cpu-only-min0-rejected-by-webhook.yaml");
    const Run run = ctl({QStringLiteral("-f"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(path + QStringLiteral(":8:1: error: scaledobject.keda.sh/cpu-scaledobject: "
                                                    "spec.minReplicaCount: scaledobject has only cpu/memory triggers")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing was applied")));
    QVERIFY(!exists("cpu-scaledobject"));

    const QString yamlError = m_sim->tempPath(QStringLiteral("broken.yaml"));
    QVERIFY(writeTo(yamlError, "apiVersion: v1\nkind: ConfigMap\nkind: Secret\n---\napiVersion: v1\nkind: ConfigMap\n"
                               "metadata:\n  name: fine\n"));
    const Run bad = ctl({QStringLiteral("-f"), yamlError});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(yamlError + QStringLiteral(":3:1: error: mapping key \"kind\" already defined")),
             qPrintable(bad.err));
    QVERIFY(bad.out.isEmpty());
}

void TestCtlApply::appliesEveryDocumentAndThenReportsUnchanged()
{
    const QString path = example("01-sample-go-rabbitmq-deploy-consumer.yaml");
    const Run first = ctl({QStringLiteral("-f"), path});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.out, QStringLiteral("secret/rabbitmq-consumer-secret created\n"
                                       "deployment.apps/rabbitmq-consumer created\n"
                                       "scaledobject.keda.sh/rabbitmq-consumer created\n"
                                       "triggerauthentication.keda.sh/rabbitmq-consumer-trigger created\n"));
    QVERIFY(exists("rabbitmq-consumer"));
    const Run second = ctl({QStringLiteral("-f"), path});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out.count(QStringLiteral(" unchanged\n")), 4);
}

void TestCtlApply::dryRunSaysSoAndChangesNothing()
{
    const Run run = ctl({QStringLiteral("-f"), example("07-scaledobject-cron-plus-cpu.yaml"), QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("scaledobject.keda.sh/cron-scaledobject created (server dry run)\n"));
    QVERIFY(!exists("cron-scaledobject"));
    const Run server = ctl({QStringLiteral("-f"), example("07-scaledobject-cron-plus-cpu.yaml"),
                            QStringLiteral("--dry-run=server")});
    QCOMPARE(server.exitCode, 0);
    QVERIFY(!exists("cron-scaledobject"));
}

void TestCtlApply::printsTheDiffAgainstLive()
{
    QByteArray text = readAll(example("05-scaledobject-prometheus-bearer-triggerauthentication.yaml"));
    const QString path = m_sim->tempPath(QStringLiteral("05.yaml"));
    QVERIFY(writeTo(path, text));
    QCOMPARE(ctl({QStringLiteral("-f"), path}).exitCode, 0);

    text.replace("maxReplicaCount: 12", "maxReplicaCount: 20");
    QVERIFY(writeTo(path, text));
    const Run run = ctl({QStringLiteral("-f"), path, QStringLiteral("--diff"), QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("--- live/scaledobject.keda.sh/prometheus-scaledobject\n"
                                             "+++ desired/scaledobject.keda.sh/prometheus-scaledobject\n")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("\n-  maxReplicaCount: 12\n+  maxReplicaCount: 20\n")));
    QVERIFY(!run.out.contains(QStringLiteral("diff secret/")));
    QVERIFY(run.out.contains(QStringLiteral("scaledobject.keda.sh/prometheus-scaledobject configured (server dry run)\n")));
    QVERIFY(run.out.contains(QStringLiteral("secret/keda-prom-secret unchanged (server dry run)\n")));
}

void TestCtlApply::stopsAtAConflictUnlessForced()
{
    const QString path = m_sim->tempPath(QStringLiteral("02.yaml"));
    QFile::remove(path);
    QVERIFY(QFile::copy(example("02-sample-dotnet-servicebus-workload-identity.yaml"), path));
    QCOMPARE(ctl({QStringLiteral("-f"), path}).exitCode, 0);

    auto client = test::simApiClient(*m_sim, "sim-admin");
    QVERIFY(client);
    k8s::PatchOptions other;
    other.fieldManager = "ops-console";
    QVERIFY((*client)->patch(k8s::resources::scaledObjects(), "default", "order-scaler", k8s::PatchType::Merge,
                             R"({"spec":{"maxReplicaCount":4}})", other));

    const Run conflict = ctl({QStringLiteral("-f"), path});
    QCOMPARE(conflict.exitCode, 1);
    QVERIFY(conflict.out.contains(QStringLiteral("triggerauthentication.keda.sh/trigger-auth-service-bus-orders unchanged")));
    QVERIFY2(conflict.err.contains(QStringLiteral("conflict with \"ops-console\"")), qPrintable(conflict.err));
    QVERIFY(conflict.err.contains(QStringLiteral(".spec.maxReplicaCount")));
    QVERIFY(conflict.err.contains(QStringLiteral("--force-conflicts")));

    const Run forced = ctl({QStringLiteral("-f"), path, QStringLiteral("--force-conflicts")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(forced.out.contains(QStringLiteral("scaledobject.keda.sh/order-scaler configured\n")));
    auto live = (*client)->get(k8s::resources::scaledObjects(), "default", "order-scaler");
    QCOMPARE(k8s::json::intAt(*live, "spec.maxReplicaCount"), std::optional<long long>(10));
}

void TestCtlApply::namespaceFlagMustAgreeWithTheFile()
{
    const Run run = ctl({QStringLiteral("-f"), example("07-scaledobject-cron-plus-cpu.yaml"), QStringLiteral("-n"),
                         QStringLiteral("other")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the namespace from the provided object \"default\" does not match the "
                                             "namespace \"other\"")),
             qPrintable(run.err));
}

void TestCtlApply::refusesBadArguments()
{
    const Run noFile = ctl({});
    QCOMPARE(noFile.exitCode, 1);
    QVERIFY(noFile.err.contains(QStringLiteral("must specify one of -f")));
    const Run unknown = ctl({QStringLiteral("-f"), example("07-scaledobject-cron-plus-cpu.yaml"), QStringLiteral("--prune")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown argument: --prune")));
    const Run missing = ctl({QStringLiteral("-f"), m_sim->tempPath(QStringLiteral("missing.yaml"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("missing.yaml")));
    const Run help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--force-conflicts")));
}

QTEST_GUILESS_MAIN(TestCtlApply)
#include "tst_ctlapply.moc"
