// SPDX-License-Identifier: Apache-2.0
#include "helpers/textfiles.h"
#include "k8sclient/age.h"
#include "k8sclient/credentials.h"
#include "k8sclient/execplugin.h"
#include "k8sclient/kubeconfig.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace kedascope::k8s;
using kedascope::test::str;
using kedascope::test::writeText;

namespace {

const char kSecretToken[] = "tok-5d1e77b2-never-print-me";
const char kV1[] = "client.authentication.k8s.io/v1";
const char kV1beta1[] = "client.authentication.k8s.io/v1beta1";
const char kCertPem[] = "-----BEGIN CERTIFICATE-----\nZXhlYyBjZXJ0\n-----END CERTIFICATE-----\n";
const char kKeyPem[] = "-----BEGIN EC PRIVATE KEY-----\nZXhlYyBrZXk=\n-----END EC PRIVATE KEY-----\n";

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A fake exec plugin: a real shell script, run as a real process.
QString writePlugin(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = writeText(dir.filePath(name), "#!/bin/sh\n" + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// Shell text that prints `json` on stdout.
QByteArray printJson(const QByteArray &json)
{
    return "cat <<'JSON'\n" + json + "\nJSON\n";
}

QByteArray tokenCredential(const char *apiVersion, const QByteArray &token, const QDateTime &expiry = {})
{
    QByteArray status = "\"token\": \"" + token + "\"";
    if (expiry.isValid())
        status += ", \"expirationTimestamp\": \"" + expiry.toUTC().toString(Qt::ISODate).toLatin1() + "\"";
    return "{\"apiVersion\": \"" + QByteArray(apiVersion) +
           "\", \"kind\": \"ExecCredential\", \"status\": {" + status + "}}";
}

ConnectionConfig execConfig(const QString &command, const char *apiVersion = kV1)
{
    ConnectionConfig config;
    config.contextName = "test";
    config.userName = "plugin-user";
    config.server = "https://127.0.0.1:6443";
    ExecConfig exec;
    exec.apiVersion = apiVersion;
    exec.command = str(command);
    exec.interactiveMode = "Never";
    config.exec = exec;
    return config;
}

// A plugin in `dir` that appends a line to `runLog` on every run, then runs `body`.
ConnectionConfig loggingPluginConfig(const QTemporaryDir &dir, const QString &runLog, const QByteArray &body)
{
    ConnectionConfig config =
        execConfig(writePlugin(dir, QStringLiteral("plugin"), "echo run >> \"$RUN_LOG\"\n" + body));
    config.exec->env.emplace_back("RUN_LOG", str(runLog));
    return config;
}

int countLines(const QString &path)
{
    return int(readText(path).count('\n'));
}

QString errorOf(const Result<Credentials> &result)
{
    return result.ok() ? QStringLiteral("(no error)") : QString::fromStdString(result.error().message);
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void staticCredentials_data();
    void staticCredentials();
    void tokenFileIsReadAgainWhenItChanges();
    void tokenFileErrors();
    void execToken_data();
    void execToken();
    void execClientCertificate();
    void execResultIsCachedUntilExpiry();
    void execRunsAgainWhenExpired_data();
    void execRunsAgainWhenExpired();
    void execRefreshesAsTimePasses();
    void execInfoAndEnvironment();
    void execInfoWithClusterInfo();
    void execFromKubeconfigRelativeCommand();
    void missingCommandShowsInstallHint_data();
    void missingCommandShowsInstallHint();
    void failingPluginShowsStderr();
    void badPluginOutput_data();
    void badPluginOutput();
    void unsupportedApiVersions_data();
    void unsupportedApiVersions();
    void hangingPluginIsStopped();
    void pluginLeavingAChildBehindIsNotWaitedFor();
    void interactiveModeAlwaysIsRefused();
    void rfc3339_data();
    void rfc3339();
    void concurrentCallersShareOneRun();
};

void TestCredentials::staticCredentials_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedHeader");
    QTest::addColumn<bool>("expectClientCert");

    QTest::newRow("none") << "none" << QString() << false;
    QTest::newRow("bearer token") << "token" << QStringLiteral("Bearer ") + QLatin1String(kSecretToken)
                                  << false;
    QTest::newRow("basic") << "basic"
                           << QStringLiteral("Basic ") +
                                  QString::fromLatin1(QByteArray("admin:p@ss:word").toBase64())
                           << false;
    QTest::newRow("client certificate") << "cert" << QString() << true;
    QTest::newRow("certificate and token")
        << "cert+token" << QStringLiteral("Bearer ") + QLatin1String(kSecretToken) << true;
}

void TestCredentials::staticCredentials()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedHeader);
    QFETCH(bool, expectClientCert);

    ConnectionConfig config;
    if (kind.contains(QLatin1String("token")))
        config.token = kSecretToken;
    if (kind == QLatin1String("basic")) {
        config.username = "admin";
        config.password = "p@ss:word";
    }
    if (kind.startsWith(QLatin1String("cert"))) {
        config.clientCertPem = kCertPem;
        config.clientKeyPem = kKeyPem;
    }
    auto provider = CredentialProvider::create(config);
    auto credentials = provider->current();
    QVERIFY2(credentials.ok(), qPrintable(errorOf(credentials)));
    QCOMPARE(QString::fromStdString(credentials->authorizationHeader), expectedHeader);
    QCOMPARE(credentials->clientCertPem, std::string(expectClientCert ? kCertPem : ""));
    QCOMPARE(credentials->clientKeyPem, std::string(expectClientCert ? kKeyPem : ""));
    QVERIFY(!credentials->expiry);
}

void TestCredentials::tokenFileIsReadAgainWhenItChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeText(dir.filePath(QStringLiteral("token")), "first-token\n");
    ConnectionConfig config;
    config.tokenFile = str(path);
    auto provider = CredentialProvider::create(config);

    auto credentials = provider->current();
    QVERIFY2(credentials.ok(), qPrintable(errorOf(credentials)));
    QCOMPARE(credentials->authorizationHeader, std::string("Bearer first-token"));

    // A new size is a change.
    writeText(path, "  second-token-longer \n");
    credentials = provider->current();
    QVERIFY2(credentials.ok(), qPrintable(errorOf(credentials)));
    QCOMPARE(credentials->authorizationHeader, std::string("Bearer second-token-longer"));

    // Same size, later modification time: a change.
    QFile file(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    writeText(path, "  third--token-longer \n");
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(modified.addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    credentials = provider->current();
    QCOMPARE(credentials->authorizationHeader, std::string("Bearer third--token-longer"));

    // Same size and time: the cached token stays until invalidate().
    writeText(path, "  forth--token-longer \n");
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(modified.addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    credentials = provider->current();
    QCOMPARE(credentials->authorizationHeader, std::string("Bearer third--token-longer"));
    provider->invalidate();
    credentials = provider->current();
    QCOMPARE(credentials->authorizationHeader, std::string("Bearer forth--token-longer"));
}

void TestCredentials::tokenFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConnectionConfig config;
    config.userName = "file-user";
    config.tokenFile = str(dir.filePath(QStringLiteral("absent-token")));
    auto missing = CredentialProvider::create(config)->current();
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::Auth);
    QVERIFY2(errorOf(missing).contains(QString::fromStdString(config.tokenFile)),
             qPrintable(errorOf(missing)));

    config.tokenFile = str(writeText(dir.filePath(QStringLiteral("empty-token")), " \n"));
    auto empty = CredentialProvider::create(config)->current();
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Auth);
    QVERIFY2(errorOf(empty).contains(QLatin1String("holds no token")), qPrintable(errorOf(empty)));
}

void TestCredentials::execToken_data()
{
    QTest::addColumn<QByteArray>("apiVersion");
    QTest::newRow("v1") << QByteArray(kV1);
    QTest::newRow("v1beta1") << QByteArray(kV1beta1);
}

void TestCredentials::execToken()
{
    QFETCH(QByteArray, apiVersion);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QString plugin =
        writePlugin(dir, QStringLiteral("plugin"),
                    printJson(tokenCredential(apiVersion.constData(), kSecretToken, expiry)));
    auto credentials = CredentialProvider::create(execConfig(plugin, apiVersion.constData()))->current();
    QVERIFY2(credentials.ok(), qPrintable(errorOf(credentials)));
    QCOMPARE(credentials->authorizationHeader, std::string("Bearer ") + kSecretToken);
    QVERIFY(credentials->clientCertPem.empty());
    QVERIFY(credentials->expiry);
    const auto expected = std::chrono::system_clock::from_time_t(expiry.toSecsSinceEpoch());
    QVERIFY(*credentials->expiry == expected);
}

void TestCredentials::execClientCertificate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray json =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("apiVersion"), QLatin1String(kV1)},
                          {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                          {QStringLiteral("status"),
                           QJsonObject{
                               {QStringLiteral("clientCertificateData"), QLatin1String(kCertPem)},
                               {QStringLiteral("clientKeyData"), QLatin1String(kKeyPem)},
                               {QStringLiteral("expirationTimestamp"),
                                QStringLiteral("2099-01-02T03:04:05.123456+01:00")},
                           }},
                      })
            .toJson();
    const QString plugin = writePlugin(dir, QStringLiteral("plugin"), printJson(json));
    auto credentials = CredentialProvider::create(execConfig(plugin))->current();
    QVERIFY2(credentials.ok(), qPrintable(errorOf(credentials)));
    QVERIFY(credentials->authorizationHeader.empty());
    QCOMPARE(credentials->clientCertPem, std::string(kCertPem));
    QCOMPARE(credentials->clientKeyPem, std::string(kKeyPem));
    QVERIFY(credentials->expiry);
    const QDateTime expected =
        QDateTime::fromString(QStringLiteral("2099-01-02T02:04:05.123Z"), Qt::ISODateWithMs);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(credentials->expiry->time_since_epoch());
    QCOMPARE(qint64(millis.count()), expected.toMSecsSinceEpoch());
}

void TestCredentials::execResultIsCachedUntilExpiry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString runs = dir.filePath(QStringLiteral("runs"));
    auto provider = CredentialProvider::create(loggingPluginConfig(
        dir, runs,
        printJson(tokenCredential(kV1, kSecretToken, QDateTime::currentDateTimeUtc().addSecs(3600)))));

    for (int i = 0; i < 3; ++i) {
        auto credentials = provider->current();
        QVERIFY2(credentials.ok(), qPrintable(errorOf(credentials)));
        QCOMPARE(credentials->authorizationHeader, std::string("Bearer ") + kSecretToken);
    }
    QCOMPARE(countLines(runs), 1);

    provider->invalidate();
    QVERIFY(provider->current().ok());
    QCOMPARE(countLines(runs), 2);
    QVERIFY(provider->current().ok());
    QCOMPARE(countLines(runs), 2);
}

void TestCredentials::execRunsAgainWhenExpired_data()
{
    QTest::addColumn<int>("expiresInSeconds");
    QTest::newRow("already expired") << -60;
    QTest::newRow("expires this second") << 0;
}

void TestCredentials::execRunsAgainWhenExpired()
{
    QFETCH(int, expiresInSeconds);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString runs = dir.filePath(QStringLiteral("runs"));
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
    auto provider = CredentialProvider::create(
        loggingPluginConfig(dir, runs, printJson(tokenCredential(kV1, "t", expiry))));

    QVERIFY(provider->current().ok());
    QCOMPARE(countLines(runs), 1);
    QVERIFY(provider->current().ok());
    QCOMPARE(countLines(runs), 2);
}

void TestCredentials::execRefreshesAsTimePasses()
{
    // A token valid for four seconds is cached at first and fetched anew once it nears its end.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString runs = dir.filePath(QStringLiteral("runs"));
    const QByteArray expiry = "$(date -u -d '+4 seconds' +%Y-%m-%dT%H:%M:%SZ)";
    auto provider = CredentialProvider::create(loggingPluginConfig(
        dir, runs,
        "printf '{\"apiVersion\":\"%s\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\","
        "\"expirationTimestamp\":\"%s\"}}' \"" +
            QByteArray(kV1) + "\" \"" + expiry + "\"\n"));

    auto first = provider->current();
    QVERIFY2(first.ok(), qPrintable(errorOf(first)));
    QVERIFY(first->expiry);
    QVERIFY(provider->current().ok());
    QCOMPARE(countLines(runs), 1);
    QTRY_VERIFY_WITH_TIMEOUT(provider->current().ok() && countLines(runs) == 2, 10000);
}

void TestCredentials::execInfoAndEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plugin =
        writePlugin(dir, QStringLiteral("plugin"),
                    "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$OUT_DIR/info\"\n"
                    "printf '%s|%s|%s' \"$FROM_PARENT\" \"$FROM_CONFIG\" \"$OVERRIDDEN\" > "
                    "\"$OUT_DIR/env\"\n"
                    "printf '%s\\n' \"$@\" > \"$OUT_DIR/args\"\n"
                    "cat > \"$OUT_DIR/stdin\"\n" +
                        printJson(tokenCredential(kV1beta1, "t")));
    qputenv("FROM_PARENT", "parent-value");
    qputenv("OVERRIDDEN", "parent-loses");
    ConnectionConfig config = execConfig(plugin, kV1beta1);
    config.exec->args = {"get-token", "--name", "two words"};
    config.exec->env = {
        {"OUT_DIR", str(dir.path())}, {"FROM_CONFIG", "config-value"}, {"OVERRIDDEN", "config-wins"}};
    config.exec->interactiveMode = "IfAvailable";
    config.caPem = kCertPem;
    auto credentials = CredentialProvider::create(config)->current();
    qunsetenv("FROM_PARENT");
    qunsetenv("OVERRIDDEN");
    QVERIFY2(credentials.ok(), qPrintable(errorOf(credentials)));

    QCOMPARE(readText(dir.filePath(QStringLiteral("env"))),
             QByteArray("parent-value|config-value|config-wins"));
    QCOMPARE(readText(dir.filePath(QStringLiteral("args"))), QByteArray("get-token\n--name\ntwo words\n"));
    QCOMPARE(readText(dir.filePath(QStringLiteral("stdin"))), QByteArray());

    QJsonParseError parseError;
    const QJsonDocument info =
        QJsonDocument::fromJson(readText(dir.filePath(QStringLiteral("info"))), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject expected{
        {QStringLiteral("apiVersion"), QLatin1String(kV1beta1)},
        {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("interactive"), false}}},
    };
    QCOMPARE(info.object(), expected);
}

void TestCredentials::execInfoWithClusterInfo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plugin = writePlugin(dir, QStringLiteral("plugin"),
                                       "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$OUT_DIR/info\"\n" +
                                           printJson(tokenCredential(kV1, "t")));
    ConnectionConfig config = execConfig(plugin);
    config.server = "https://127.0.0.1:8443/base";
    config.caPem = kCertPem;
    config.tlsServerName = "api.internal";
    config.proxyUrl = "http://127.0.0.1:3128";
    config.exec->provideClusterInfo = true;
    config.exec->env = {{"OUT_DIR", str(dir.path())}};
    QVERIFY(CredentialProvider::create(config)->current().ok());

    const QJsonObject info = QJsonDocument::fromJson(readText(dir.filePath(QStringLiteral("info")))).object();
    const QJsonObject expected{
        {QStringLiteral("apiVersion"), QLatin1String(kV1)},
        {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("interactive"), false},
             {QStringLiteral("cluster"),
              QJsonObject{
                  {QStringLiteral("server"), QStringLiteral("https://127.0.0.1:8443/base")},
                  {QStringLiteral("certificate-authority-data"),
                   QString::fromLatin1(QByteArray(kCertPem).toBase64())},
                  {QStringLiteral("tls-server-name"), QStringLiteral("api.internal")},
                  {QStringLiteral("proxy-url"), QStringLiteral("http://127.0.0.1:3128")},
              }},
         }},
    };
    QCOMPARE(info, expected);
}

void TestCredentials::execFromKubeconfigRelativeCommand()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writePlugin(dir, QStringLiteral("kube/bin/plugin"), printJson(tokenCredential(kV1, kSecretToken)));
    const QString configPath = writeText(dir.filePath(QStringLiteral("kube/config")), R"(
clusters: [{name: c, cluster: {server: 'https://127.0.0.1:6443'}}]
users:
- name: u
  user:
    exec: {apiVersion: client.authentication.k8s.io/v1, command: ./bin/plugin, interactiveMode: Never}
contexts: [{name: ctx, context: {cluster: c, user: u}}]
current-context: ctx
)");
    auto config = Kubeconfig::load({str(configPath), std::nullopt, std::nullopt});
    QVERIFY(config.ok());
    auto resolved = config->resolve();
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : resolved.error().message.c_str());
    auto credentials = CredentialProvider::create(*resolved)->current();
    QVERIFY2(credentials.ok(), qPrintable(errorOf(credentials)));
    QCOMPARE(credentials->authorizationHeader, std::string("Bearer ") + kSecretToken);
}

void TestCredentials::missingCommandShowsInstallHint_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("looked up in PATH") << QStringLiteral("kedascope-test-no-such-auth-plugin");
    QTest::newRow("a path") << QStringLiteral("/nonexistent/dir/kedascope-plugin");
}

void TestCredentials::missingCommandShowsInstallHint()
{
    QFETCH(QString, command);
    ConnectionConfig config = execConfig(command);
    config.exec->installHint =
        "It is part of the Example SDK:\n  apt install example-sdk\n(see https://example.test)";
    auto credentials = CredentialProvider::create(config)->current();
    QVERIFY(!credentials.ok());
    QCOMPARE(credentials.error().kind, Error::Kind::Auth);
    QVERIFY2(errorOf(credentials).contains(command), qPrintable(errorOf(credentials)));
    QVERIFY2(errorOf(credentials).contains(QLatin1String("not found")), qPrintable(errorOf(credentials)));
    QVERIFY2(credentials.error().message.find(config.exec->installHint) != std::string::npos,
             qPrintable(errorOf(credentials)));
}

void TestCredentials::failingPluginShowsStderr()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plugin = writePlugin(dir, QStringLiteral("plugin"),
                                       printJson(tokenCredential(kV1, kSecretToken)) +
                                           "echo\n"
                                           "for i in $(seq 1 30); do echo \"problem line $i\" >&2; done\n"
                                           "exit 3\n");
    auto credentials = CredentialProvider::create(execConfig(plugin))->current();
    QVERIFY(!credentials.ok());
    QCOMPARE(credentials.error().kind, Error::Kind::Auth);
    const QString message = errorOf(credentials);
    QVERIFY2(message.contains(plugin), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("exit code 3")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("problem line 1\n")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("problem line 20")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("problem line 21")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String(kSecretToken)), qPrintable(message));
}

void TestCredentials::badPluginOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("expected");

    const QByteArray secret(kSecretToken);
    QTest::newRow("not JSON") << QByteArray("token=" + secret) << "not print valid ExecCredential JSON";
    QTest::newRow("cut short") << QByteArray("{\"apiVersion\": \"" + QByteArray(kV1) +
                                             "\", \"status\": {\"token\": \"" + secret)
                               << "not print valid ExecCredential JSON on stdout (offset";
    QTest::newRow("empty") << QByteArray() << "not print valid ExecCredential JSON";
    QTest::newRow("no status") << QByteArray("{\"apiVersion\": \"" + QByteArray(kV1) +
                                             "\", \"kind\": \"ExecCredential\"}")
                               << "without status";
    QTest::newRow("neither token nor certificate")
        << QByteArray("{\"apiVersion\": \"" + QByteArray(kV1) +
                      "\", \"kind\": \"ExecCredential\", \"status\": {}}")
        << "neither status.token nor status.clientCertificateData";
    QTest::newRow("certificate without key")
        << QByteArray("{\"apiVersion\": \"" + QByteArray(kV1) +
                      "\", \"kind\": \"ExecCredential\", \"status\": {\"clientCertificateData\": \"x\"}}")
        << "only one of status.clientCertificateData and status.clientKeyData";
    QTest::newRow("other apiVersion")
        << tokenCredential(kV1beta1, secret)
        << "apiVersion \"client.authentication.k8s.io/v1beta1\", but the kubeconfig "
           "asks for \"client.authentication.k8s.io/v1\"";
    QTest::newRow("wrong kind") << QByteArray("{\"apiVersion\": \"" + QByteArray(kV1) +
                                              "\", \"kind\": \"Secret\", \"status\": {\"token\": \"" +
                                              secret + "\"}}")
                                << "kind is not ExecCredential";
    QTest::newRow("token not a string")
        << QByteArray("{\"apiVersion\": \"" + QByteArray(kV1) +
                      "\", \"kind\": \"ExecCredential\", \"status\": {\"token\": 12345}}")
        << "status.token is not a string";
    QTest::newRow("bad expiry") << QByteArray("{\"apiVersion\": \"" + QByteArray(kV1) +
                                              "\", \"kind\": \"ExecCredential\", \"status\": "
                                              "{\"token\": \"" +
                                              secret + "\", \"expirationTimestamp\": \"tomorrow\"}}")
                                << "not an RFC 3339 time";
}

void TestCredentials::badPluginOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outputFile = writeText(dir.filePath(QStringLiteral("output")), output);
    const QString plugin =
        writePlugin(dir, QStringLiteral("plugin"), "cat '" + QFile::encodeName(outputFile) + "'\n");
    auto credentials = CredentialProvider::create(execConfig(plugin))->current();
    QVERIFY(!credentials.ok());
    QCOMPARE(credentials.error().kind, Error::Kind::Auth);
    const QString message = errorOf(credentials);
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String(kSecretToken)), qPrintable(message));
}

void TestCredentials::unsupportedApiVersions_data()
{
    QTest::addColumn<QByteArray>("apiVersion");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v1alpha1") << QByteArray("client.authentication.k8s.io/v1alpha1") << "no longer supports";
    QTest::newRow("unknown") << QByteArray("example.com/v1") << "supported are";
}

void TestCredentials::unsupportedApiVersions()
{
    QFETCH(QByteArray, apiVersion);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString runs = dir.filePath(QStringLiteral("runs"));
    const QString plugin = writePlugin(dir, QStringLiteral("plugin"),
                                       "echo run >> " + QFile::encodeName(runs) + "\n" +
                                           printJson(tokenCredential(apiVersion.constData(), "t")));
    auto credentials = CredentialProvider::create(execConfig(plugin, apiVersion.constData()))->current();
    QVERIFY(!credentials.ok());
    QCOMPARE(credentials.error().kind, Error::Kind::Auth);
    QVERIFY2(errorOf(credentials).contains(expected), qPrintable(errorOf(credentials)));
    QVERIFY2(errorOf(credentials).contains(QLatin1String("client.authentication.k8s.io/v1 ")),
             qPrintable(errorOf(credentials)));
    QCOMPARE(countLines(runs), 0);
}

void TestCredentials::hangingPluginIsStopped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plugin = writePlugin(dir, QStringLiteral("plugin"),
                                       "echo 'waiting for a browser login' >&2\nsleep 30\necho late\n");
    QElapsedTimer timer;
    timer.start();
    auto result = exec::run(execConfig(plugin), std::chrono::milliseconds(700));
    QVERIFY(!result.ok());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.error().kind, Error::Kind::Auth);
    const QString message = QString::fromStdString(result.error().message);
    QVERIFY2(message.contains(QLatin1String("did not finish within 700 ms")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("waiting for a browser login")), qPrintable(message));
}

void TestCredentials::pluginLeavingAChildBehindIsNotWaitedFor()
{
    // The background sleep keeps the plugin's stdout open after the plugin itself has exited.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plugin = writePlugin(dir, QStringLiteral("plugin"),
                                       printJson(tokenCredential(kV1, kSecretToken)) + "sleep 8 &\nexit 0\n");
    QElapsedTimer timer;
    timer.start();
    auto result = exec::run(execConfig(plugin), std::chrono::seconds(20));
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(result->token, std::string(kSecretToken));
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
}

void TestCredentials::interactiveModeAlwaysIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plugin = writePlugin(dir, QStringLiteral("plugin"), printJson(tokenCredential(kV1, "t")));
    ConnectionConfig config = execConfig(plugin);
    config.exec->interactiveMode = "Always";
    auto credentials = CredentialProvider::create(config)->current();
    QVERIFY(!credentials.ok());
    QCOMPARE(credentials.error().kind, Error::Kind::Auth);
    QVERIFY2(errorOf(credentials).contains(QLatin1String("interactiveMode Always")),
             qPrintable(errorOf(credentials)));
}

void TestCredentials::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expectedMs"); // -1: invalid
    QTest::newRow("UTC") << "2026-11-22T12:00:00Z" << qint64(1795348800000);
    QTest::newRow("lower case") << "2026-11-22t12:00:00z" << qint64(1795348800000);
    QTest::newRow("fraction") << "2026-11-22T12:00:00.25Z" << qint64(1795348800250);
    QTest::newRow("nanoseconds") << "2026-11-22T12:00:00.123456789Z" << qint64(1795348800123);
    QTest::newRow("positive offset") << "2026-11-22T13:30:00+01:30" << qint64(1795348800000);
    QTest::newRow("negative offset") << "2026-11-22T07:00:00-05:00" << qint64(1795348800000);
    QTest::newRow("no zone") << "2026-11-22T12:00:00" << qint64(-1);
    QTest::newRow("date only") << "2026-11-22" << qint64(-1);
    QTest::newRow("bad month") << "2026-13-22T12:00:00Z" << qint64(-1);
    QTest::newRow("trailing text") << "2026-11-22T12:00:00Zjunk" << qint64(-1);
    QTest::newRow("empty fraction") << "2026-11-22T12:00:00.Z" << qint64(-1);
}

void TestCredentials::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(qint64, expectedMs);
    const auto parsed = parseTimestamp(str(text));
    QCOMPARE(parsed.has_value(), expectedMs >= 0);
    if (!parsed)
        return;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(parsed->time_since_epoch()).count();
    QCOMPARE(qint64(ms), expectedMs);
    if (!text.contains(QLatin1Char('.')) && text.endsWith(QLatin1Char('Z')))
        QCOMPARE(qint64(ms), QDateTime::fromString(text, Qt::ISODate).toMSecsSinceEpoch());
}

void TestCredentials::concurrentCallersShareOneRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString runs = dir.filePath(QStringLiteral("runs"));
    auto provider = CredentialProvider::create(loggingPluginConfig(
        dir, runs,
        printJson(tokenCredential(kV1, kSecretToken, QDateTime::currentDateTimeUtc().addSecs(3600)))));

    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&] {
            for (int k = 0; k < 20; ++k) {
                auto credentials = provider->current();
                if (credentials.ok() &&
                    credentials->authorizationHeader == std::string("Bearer ") + kSecretToken)
                    ++good;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(good.load(), 160);
    QCOMPARE(countLines(runs), 1);
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
