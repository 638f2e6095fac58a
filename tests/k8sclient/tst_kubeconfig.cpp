// SPDX-License-Identifier: Apache-2.0
#include "helpers/textfiles.h"
#include "k8sclient/base64.h"
#include "k8sclient/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kedascope::k8s;
using kedascope::test::str;
using kedascope::test::writeText;

namespace {

const QString kDataDir = QStringLiteral(KEDASCOPE_TEST_DATA "/kubeconfig");
const char kSecretToken[] = "tok-9f3e1c7a-never-print-me";
const char kPem[] = "-----BEGIN CERTIFICATE-----\nZmFrZQ==\n-----END CERTIFICATE-----\n";

// A kubeconfig with one cluster, one user and one context, all named after `tag`.
QByteArray simpleConfig(const QByteArray &tag, const QByteArray &currentContext = {})
{
    QByteArray text = "apiVersion: v1\nkind: Config\n";
    if (!currentContext.isNull())
        text += "current-context: \"" + currentContext + "\"\n";
    text +=
        "clusters:\n- name: cluster-" + tag + "\n  cluster:\n    server: https://" + tag + ".example:6443\n";
    text += "users:\n- name: user-" + tag + "\n  user:\n    token: token-" + tag + "\n";
    text += "contexts:\n- name: ctx-" + tag + "\n  context:\n    cluster: cluster-" + tag +
            "\n    user: user-" + tag + "\n";
    return text;
}

// Which context names a loaded config holds, in order.
QStringList contextNames(const Kubeconfig &config)
{
    QStringList names;
    for (const auto &context : config.contexts())
        names << QString::fromStdString(context.name);
    return names;
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

private slots:
    void missingHomeConfigIsEmpty();
    void precedence_data();
    void precedence();
    void readsTheProcessEnvironment();
    void mergesFirstDefinitionWins();
    void relativePathsFollowTheFile();
    void namespaceDefault_data();
    void namespaceDefault();
    void resolvesEveryField();
    void contextWithoutUserIsAnonymous();
    void base64_data();
    void base64();
    void missingExplicitFile();
    void malformedYamlReportsLineAndColumn_data();
    void malformedYamlReportsLineAndColumn();
    void malformedFileInKubeconfigList();
    void badInput_data();
    void badInput();
    void unreadableCertificateFile();
};

void TestKubeconfig::missingHomeConfigIsEmpty()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto config = Kubeconfig::load({{}, std::string(), str(home.path())});
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().message.c_str());
    QVERIFY(config->files().empty());
    QVERIFY(config->contexts().empty());

    auto resolved = config->resolve();
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, Error::Kind::Config);
    QVERIFY2(QString::fromStdString(resolved.error().message).contains(QLatin1String("no context")),
             resolved.error().message.c_str());
}

void TestKubeconfig::precedence_data()
{
    QTest::addColumn<bool>("explicitGiven");
    QTest::addColumn<bool>("envGiven");
    QTest::addColumn<bool>("envFileExists");
    QTest::addColumn<QString>("expectedContext"); // empty: nothing was read

    QTest::newRow("explicit beats env and home") << true << true << true << "ctx-explicit";
    QTest::newRow("env beats home") << false << true << true << "ctx-env";
    QTest::newRow("home when env is unset") << false << false << false << "ctx-home";
    // kubectl does not fall back to ~/.kube/config when KUBECONFIG names only missing files.
    QTest::newRow("env with only missing files reads nothing") << false << true << false << QString();
}

void TestKubeconfig::precedence()
{
    QFETCH(bool, explicitGiven);
    QFETCH(bool, envGiven);
    QFETCH(bool, envFileExists);
    QFETCH(QString, expectedContext);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString explicitPath =
        writeText(dir.filePath(QStringLiteral("explicit.yaml")), simpleConfig("explicit", "ctx-explicit"));
    QString envPath = dir.filePath(QStringLiteral("env.yaml"));
    if (envFileExists)
        envPath = writeText(envPath, simpleConfig("env", "ctx-env"));
    writeText(dir.filePath(QStringLiteral("home/.kube/config")), simpleConfig("home", "ctx-home"));

    Kubeconfig::LoadOptions options;
    if (explicitGiven)
        options.explicitPath = str(explicitPath);
    options.kubeconfigEnv = envGiven ? str(envPath) : std::string();
    options.home = str(dir.filePath(QStringLiteral("home")));

    auto config = Kubeconfig::load(options);
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().message.c_str());
    QCOMPARE(QString::fromStdString(config->currentContext()), expectedContext);
    QCOMPARE(config->files().size(), std::size_t(expectedContext.isEmpty() ? 0 : 1));
    if (!expectedContext.isEmpty()) {
        auto resolved = config->resolve();
        QVERIFY2(resolved.ok(), resolved.ok() ? "" : resolved.error().message.c_str());
        QCOMPARE(QString::fromStdString(resolved->contextName), expectedContext);
    }
}

void TestKubeconfig::readsTheProcessEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString envPath =
        writeText(dir.filePath(QStringLiteral("from-env.yaml")), simpleConfig("env", "ctx-env"));
    writeText(dir.filePath(QStringLiteral("home/.kube/config")), simpleConfig("home", "ctx-home"));
    // Restores an environment variable as it was, set or not.
    auto restorer = [](const char *name) {
        const bool wasSet = qEnvironmentVariableIsSet(name);
        const QByteArray old = qgetenv(name);
        return [=] { wasSet ? qputenv(name, old) : qunsetenv(name); };
    };
    const auto restoreKubeconfig = restorer("KUBECONFIG");
    const auto restoreHome = restorer("HOME");
    qputenv("HOME", QFile::encodeName(dir.filePath(QStringLiteral("home"))));

    qputenv("KUBECONFIG", QFile::encodeName(envPath));
    auto fromEnv = Kubeconfig::load();
    qunsetenv("KUBECONFIG");
    auto fromHome = Kubeconfig::load();

    restoreKubeconfig();
    restoreHome();
    QVERIFY(fromEnv.ok());
    QCOMPARE(fromEnv->currentContext(), std::string("ctx-env"));
    QVERIFY(fromHome.ok());
    QCOMPARE(fromHome->currentContext(), std::string("ctx-home"));
}

void TestKubeconfig::mergesFirstDefinitionWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The first file sets no current-context; the second does; the third one's is ignored.
    const QString first = writeText(dir.filePath(QStringLiteral("a/first.yaml")), R"(
apiVersion: v1
kind: Config
current-context: ""
clusters:
- name: shared
  cluster: {server: "https://first.example"}
users:
- name: shared-user
  user: {token: first-token}
contexts:
- name: shared-ctx
  context: {cluster: shared, user: shared-user, namespace: first-ns}
)");
    const QString second = writeText(dir.filePath(QStringLiteral("b/second.yaml")), R"(
apiVersion: v1
kind: Config
current-context: second-ctx
clusters:
- name: shared
  cluster: {server: "https://second.example", insecure-skip-tls-verify: true}
- name: only-second
  cluster: {server: "https://only-second.example"}
users:
- name: shared-user
  user: {token: second-token}
contexts:
- name: shared-ctx
  context: {cluster: only-second, user: shared-user, namespace: second-ns}
- name: second-ctx
  context: {cluster: shared, user: shared-user}
)");
    const QString third =
        writeText(dir.filePath(QStringLiteral("third.yaml")), simpleConfig("third", "ctx-third"));
    const QString missing = dir.filePath(QStringLiteral("missing.yaml"));

    const std::string env = ":" + str(first) + "::" + str(missing) + ":" + str(second) + ":" + str(third) +
                            ":" + str(first) + ":";
    auto config = Kubeconfig::load({{}, env, str(dir.path())});
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().message.c_str());

    const std::vector<std::string> expectedFiles{str(first), str(second), str(third)};
    QCOMPARE(config->files(), expectedFiles);
    QCOMPARE(config->currentContext(), std::string("second-ctx"));
    QCOMPARE(contextNames(*config), QStringList({QStringLiteral("shared-ctx"), QStringLiteral("second-ctx"),
                                                 QStringLiteral("ctx-third")}));
    QCOMPARE(config->findContext("shared-ctx")->sourceFile, str(first));

    auto shared = config->resolve("shared-ctx");
    QVERIFY2(shared.ok(), shared.ok() ? "" : shared.error().message.c_str());
    QCOMPARE(shared->server, std::string("https://first.example"));
    QCOMPARE(shared->defaultNamespace, std::string("first-ns"));
    QCOMPARE(shared->token, std::string("first-token"));
    QCOMPARE(shared->sourceFile, str(first));

    // The current context comes from the second file, but its cluster is the first file's "shared",
    // taken whole: no fields of the second file's "shared" leak into it.
    auto current = config->resolve();
    QVERIFY2(current.ok(), current.ok() ? "" : current.error().message.c_str());
    QCOMPARE(current->contextName, std::string("second-ctx"));
    QCOMPARE(current->server, std::string("https://first.example"));
    QVERIFY(!current->insecureSkipTlsVerify);

    auto fromThird = config->resolve("ctx-third");
    QVERIFY(fromThird.ok());
    QCOMPARE(fromThird->server, std::string("https://third.example:6443"));
}

void TestKubeconfig::relativePathsFollowTheFile()
{
    // Copied to a temporary folder, loaded while the working directory is elsewhere.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = kDataDir + QStringLiteral("/relative");
    for (const QString &name : {QStringLiteral("config"), QStringLiteral("pki/ca.crt"),
                                QStringLiteral("pki/client.crt"), QStringLiteral("pki/client.key")}) {
        QFile in(source + QLatin1Char('/') + name);
        QVERIFY(in.open(QIODevice::ReadOnly));
        writeText(dir.filePath(QStringLiteral("kube/") + name), in.readAll());
    }
    QTemporaryDir elsewhere;
    const QString oldCwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(elsewhere.path()));

    Kubeconfig::LoadOptions options;
    options.explicitPath =
        str(QDir(elsewhere.path()).relativeFilePath(dir.filePath(QStringLiteral("kube/config"))));
    QVERIFY(!QDir::isAbsolutePath(QString::fromStdString(options.explicitPath)));
    auto config = Kubeconfig::load(options);
    auto files = config.ok() ? config->resolve("files") : config.error();
    auto tokenFile = config.ok() ? config->resolve("token-file") : config.error();
    auto exec = config.ok() ? config->resolve("exec") : config.error();
    auto execOnPath = config.ok() ? config->resolve("exec-on-path") : config.error();
    QVERIFY(QDir::setCurrent(oldCwd));

    QVERIFY2(config.ok(), config.ok() ? "" : config.error().message.c_str());
    const QString kube = QDir(dir.path()).absolutePath() + QStringLiteral("/kube");
    QCOMPARE(config->files(), std::vector<std::string>{str(kube + QStringLiteral("/config"))});

    QVERIFY2(files.ok(), files.ok() ? "" : files.error().message.c_str());
    auto fileText = [&](const QString &name) {
        QFile file(kube + QLatin1Char('/') + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
    };
    QCOMPARE(files->caPem, fileText(QStringLiteral("pki/ca.crt")));
    QCOMPARE(files->clientCertPem, fileText(QStringLiteral("pki/client.crt")));
    QCOMPARE(files->clientKeyPem, fileText(QStringLiteral("pki/client.key")));
    QCOMPARE(files->defaultNamespace, std::string("keda"));

    QVERIFY(tokenFile.ok());
    QCOMPARE(tokenFile->tokenFile, str(kube + QStringLiteral("/secrets/token")));
    QVERIFY(exec.ok());
    QCOMPARE(exec->exec->command, str(kube + QStringLiteral("/bin/credential-plugin")));
    QVERIFY(execOnPath.ok());
    QCOMPARE(execOnPath->exec->command, std::string("kubelogin"));
}

void TestKubeconfig::namespaceDefault_data()
{
    QTest::addColumn<QByteArray>("contextBody");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none set") << QByteArray("{cluster: c, user: u}") << "default";
    QTest::newRow("empty") << QByteArray("{cluster: c, user: u, namespace: \"\"}") << "default";
    QTest::newRow("set") << QByteArray("{cluster: c, user: u, namespace: keda-system}") << "keda-system";
}

void TestKubeconfig::namespaceDefault()
{
    QFETCH(QByteArray, contextBody);
    QFETCH(QString, expected);
    const QByteArray text = "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]\n"
                            "users: [{name: u, user: {}}]\n"
                            "contexts: [{name: x, context: " +
                            contextBody + "}]\ncurrent-context: x\n";
    auto config = Kubeconfig::fromYaml(text.toStdString(), "/virtual/config");
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().message.c_str());
    auto resolved = config->resolve();
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : resolved.error().message.c_str());
    QCOMPARE(QString::fromStdString(resolved->defaultNamespace), expected);
}

void TestKubeconfig::resolvesEveryField()
{
    const QByteArray pem64 = QByteArray(kPem).toBase64();
    const QByteArray text = R"(
apiVersion: v1
kind: Config
current-context: token
clusters:
- name: tls
  cluster:
    server: https://10.0.0.1:6443/prefix
    certificate-authority-data: )" +
                            pem64 + R"(
    tls-server-name: api.internal
    proxy-url: http://127.0.0.1:3128
- name: insecure
  cluster:
    server: https://127.0.0.1:6443
    insecure-skip-tls-verify: true
users:
- name: token-user
  user:
    token: )" + QByteArray(kSecretToken) +
                            R"(
    client-certificate-data: )" +
                            pem64 + R"(
    client-key-data: )" + pem64 +
                            R"(
- name: basic-user
  user: {username: admin, password: "p@ss:word"}
- name: exec-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: /usr/local/bin/aws
      args: [eks, get-token, --cluster-name, "0755"]
      env:
      - {name: AWS_PROFILE, value: prod}
      - {name: EMPTY}
      installHint: install the AWS CLI
      provideClusterInfo: true
      interactiveMode: Never
- name: exec-beta
  user:
    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: kubelogin}
contexts:
- {name: token, context: {cluster: tls, user: token-user, namespace: apps}}
- {name: basic, context: {cluster: insecure, user: basic-user}}
- {name: exec, context: {cluster: insecure, user: exec-user}}
- {name: exec-beta, context: {cluster: insecure, user: exec-beta}}
)";
    auto config = Kubeconfig::fromYaml(text.toStdString(), "/virtual/kube/config");
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().message.c_str());

    auto token = config->resolve();
    QVERIFY2(token.ok(), token.ok() ? "" : token.error().message.c_str());
    QCOMPARE(token->contextName, std::string("token"));
    QCOMPARE(token->clusterName, std::string("tls"));
    QCOMPARE(token->userName, std::string("token-user"));
    QCOMPARE(token->sourceFile, std::string("/virtual/kube/config"));
    QCOMPARE(token->server, std::string("https://10.0.0.1:6443/prefix"));
    QCOMPARE(token->defaultNamespace, std::string("apps"));
    QCOMPARE(token->caPem, std::string(kPem));
    QCOMPARE(token->tlsServerName, std::string("api.internal"));
    QCOMPARE(token->proxyUrl, std::string("http://127.0.0.1:3128"));
    QVERIFY(!token->insecureSkipTlsVerify);
    QCOMPARE(token->token, std::string(kSecretToken));
    QCOMPARE(token->clientCertPem, std::string(kPem));
    QCOMPARE(token->clientKeyPem, std::string(kPem));
    QVERIFY(!token->exec);

    auto basic = config->resolve("basic");
    QVERIFY(basic.ok());
    QVERIFY(basic->insecureSkipTlsVerify);
    QVERIFY(basic->caPem.empty());
    QCOMPARE(basic->username, std::string("admin"));
    QCOMPARE(basic->password, std::string("p@ss:word"));
    QVERIFY(basic->token.empty());

    auto exec = config->resolve("exec");
    QVERIFY2(exec.ok(), exec.ok() ? "" : exec.error().message.c_str());
    QVERIFY(exec->exec);
    QCOMPARE(exec->exec->apiVersion, std::string("client.authentication.k8s.io/v1"));
    QCOMPARE(exec->exec->command, std::string("/usr/local/bin/aws"));
    QCOMPARE(exec->exec->args, (std::vector<std::string>{"eks", "get-token", "--cluster-name", "0755"}));
    QCOMPARE(exec->exec->env.size(), std::size_t(2));
    QCOMPARE(exec->exec->env[0], (std::pair<std::string, std::string>{"AWS_PROFILE", "prod"}));
    QCOMPARE(exec->exec->env[1], (std::pair<std::string, std::string>{"EMPTY", ""}));
    QCOMPARE(exec->exec->installHint, std::string("install the AWS CLI"));
    QVERIFY(exec->exec->provideClusterInfo);
    QCOMPARE(exec->exec->interactiveMode, std::string("Never"));

    // v1beta1 defaults interactiveMode to IfAvailable, as client-go does.
    auto beta = config->resolve("exec-beta");
    QVERIFY2(beta.ok(), beta.ok() ? "" : beta.error().message.c_str());
    QCOMPARE(beta->exec->interactiveMode, std::string("IfAvailable"));
    QVERIFY(!beta->exec->provideClusterInfo);
}

void TestKubeconfig::contextWithoutUserIsAnonymous()
{
    auto config = Kubeconfig::fromYaml("clusters: [{name: c, cluster: {server: 'https://127.0.0.1:6443'}}]\n"
                                       "contexts: [{name: anonymous, context: {cluster: c}}]\n",
                                       "/virtual/config");
    QVERIFY(config.ok());
    auto resolved = config->resolve("anonymous");
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : resolved.error().message.c_str());
    QVERIFY(resolved->userName.empty());
    QVERIFY(resolved->token.empty() && resolved->tokenFile.empty() && resolved->username.empty());
    QVERIFY(resolved->clientCertPem.empty() && !resolved->exec);
}

void TestKubeconfig::base64_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("one byte") << QByteArray("YQ==") << true << QByteArray("a");
    QTest::newRow("two bytes") << QByteArray("YWI=") << true << QByteArray("ab");
    QTest::newRow("three bytes") << QByteArray("YWJj") << true << QByteArray("abc");
    QTest::newRow("binary") << QByteArray("AP8Q/w==") << true << QByteArray("\x00\xff\x10\xff", 4);
    QTest::newRow("wrapped lines") << QByteArray("YWJj\nZGVm\r\nZw==\n") << true << QByteArray("abcdefg");
    QTest::newRow("missing padding") << QByteArray("YQ") << false << QByteArray();
    QTest::newRow("url alphabet") << QByteArray("AP8Q_w==") << false << QByteArray();
    QTest::newRow("padding inside") << QByteArray("YQ==YWJj") << false << QByteArray();
    QTest::newRow("space") << QByteArray("YW Jj") << false << QByteArray();
}

void TestKubeconfig::base64()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    const auto result = base64::decode(encoded.toStdString());
    QCOMPARE(result.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(QByteArray::fromStdString(*result), decoded);
    QCOMPARE(QByteArray::fromStdString(base64::encode(*result)), decoded.toBase64());
}

void TestKubeconfig::missingExplicitFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = str(dir.filePath(QStringLiteral("nowhere/config")));
    writeText(dir.filePath(QStringLiteral("env.yaml")), simpleConfig("env", "ctx-env"));
    auto config = Kubeconfig::load({path, str(dir.filePath(QStringLiteral("env.yaml"))), str(dir.path())});
    QVERIFY(!config.ok());
    QCOMPARE(config.error().kind, Error::Kind::Config);
    QVERIFY2(config.error().message.find(path) != std::string::npos, config.error().message.c_str());
    QVERIFY2(config.error().message.find("does not exist") != std::string::npos,
             config.error().message.c_str());
}

void TestKubeconfig::malformedYamlReportsLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expectedPrefix"); // after "FILE:"
    QTest::newRow("map indentation")
        << QByteArray(
               "apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user:\n    token: abc\n   bad: indent\n")
        << "7:4: end of map not found";
    QTest::newRow("tab") << QByteArray("apiVersion: v1\nclusters:\n- name: a\n\tcluster: {}\n")
                         << "4:1: illegal tab when looking for indentation";
    QTest::newRow("unclosed flow list")
        << QByteArray("apiVersion: v1\nclusters:\n- name: a\n  cluster:\n    server: [unclosed\n")
        << "6:1: end of sequence flow not found";
}

void TestKubeconfig::malformedYamlReportsLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expectedPrefix);
    auto config = Kubeconfig::fromYaml(text.toStdString(), "/virtual/broken.yaml");
    QVERIFY(!config.ok());
    QCOMPARE(config.error().kind, Error::Kind::Config);
    QCOMPARE(QString::fromStdString(config.error().message),
             QStringLiteral("/virtual/broken.yaml:") + expectedPrefix);
}

void TestKubeconfig::malformedFileInKubeconfigList()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good =
        writeText(dir.filePath(QStringLiteral("good.yaml")), simpleConfig("good", "ctx-good"));
    const QString broken = kDataDir + QStringLiteral("/malformed.yaml");
    auto config = Kubeconfig::load({{}, str(good) + ":" + str(broken), str(dir.path())});
    QVERIFY(!config.ok());
    QCOMPARE(config.error().kind, Error::Kind::Config);
    QCOMPARE(config.error().message, str(QDir::cleanPath(broken)) + ":7:4: end of map not found");
}

void TestKubeconfig::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("context"); // resolved when the file loads; empty: current-context
    QTest::addColumn<bool>("failsToLoad");
    QTest::addColumn<QStringList>("expectedParts");

    const QByteArray cluster = "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:6443'}}]\n";
    const QByteArray user = "users: [{name: u, user: {token: " + QByteArray(kSecretToken) + "}}]\n";
    const QByteArray context = "contexts: [{name: ctx, context: {cluster: c, user: u}}]\n";
    const QString file = QStringLiteral("/virtual/bad.yaml");

    QTest::newRow("clusters not a list")
        << QByteArray("clusters: {name: c}\n" + user + context) << QString() << true
        << QStringList{file + QStringLiteral(":1:11:"), QStringLiteral("\"clusters\" must be a list")};
    QTest::newRow("context without name")
        << QByteArray(cluster + user + "contexts:\n- context: {cluster: c, user: u}\n") << QString() << true
        << QStringList{file + QStringLiteral(":4:3:"), QStringLiteral("contexts[0] has no name")};
    QTest::newRow("user entry not a mapping")
        << QByteArray(cluster + "users:\n- just-a-name\n" + context) << QString() << true
        << QStringList{file, QStringLiteral("users[0] must be a mapping")};
    QTest::newRow("cluster body not a mapping")
        << QByteArray("clusters: [{name: c, cluster: [1, 2]}]\n" + user + context) << QString() << true
        << QStringList{file, QStringLiteral("clusters[0] (\"c\"): \"cluster\" must be a mapping")};
    QTest::newRow("server not a string")
        << QByteArray("clusters: [{name: c, cluster: {server: {host: x}}}]\n" + user + context) << QString()
        << true << QStringList{file, QStringLiteral("clusters[0] (\"c\"): \"server\" must be a string")};
    QTest::newRow("name used twice") << QByteArray(
                                            cluster + user +
                                            "contexts:\n- {name: ctx, context: {cluster: c, user: u}}\n"
                                            "- {name: ctx, context: {cluster: c, user: u}}\n")
                                     << QString() << true
                                     << QStringList{file + QStringLiteral(":5:3:"),
                                                    QStringLiteral("contexts[1] (\"ctx\")"),
                                                    QStringLiteral("used twice")};
    QTest::newRow("top level is a list") << QByteArray("- a\n- b\n") << QString() << true
                                         << QStringList{file, QStringLiteral("must be a mapping")};
    QTest::newRow("unknown context") << QByteArray(cluster + user + context) << QStringLiteral("prod")
                                     << false
                                     << QStringList{QStringLiteral("context \"prod\""),
                                                    QStringLiteral("known contexts: \"ctx\""), file};
    QTest::newRow("no current context")
        << QByteArray(cluster + user + context) << QString() << false
        << QStringList{QStringLiteral("current-context is not set"), QStringLiteral("\"ctx\"")};
    QTest::newRow("missing cluster")
        << QByteArray(user + "contexts: [{name: ctx, context: {cluster: gone, user: u}}]\n")
        << QStringLiteral("ctx") << false
        << QStringList{QStringLiteral("context \"ctx\""), QStringLiteral("cluster \"gone\"")};
    QTest::newRow("missing user")
        << QByteArray(cluster + user + "contexts: [{name: ctx, context: {cluster: c, user: nobody}}]\n")
        << QStringLiteral("ctx") << false
        << QStringList{QStringLiteral("context \"ctx\""), QStringLiteral("user \"nobody\"")};
    QTest::newRow("no server") << QByteArray("clusters: [{name: c, cluster: {}}]\n" + user + context)
                               << QStringLiteral("ctx") << false
                               << QStringList{QStringLiteral("cluster \"c\""),
                                              QStringLiteral("has no server")};
    QTest::newRow("bad base64 CA") << QByteArray("clusters: [{name: c, cluster: {server: 'https://h', "
                                                 "certificate-authority-data: 'no*base64'}}]\n" +
                                                 user + context)
                                   << QStringLiteral("ctx") << false
                                   << QStringList{
                                          QStringLiteral("context \"ctx\""),
                                          QStringLiteral("certificate-authority-data is not valid base64")};
    QTest::newRow("bad base64 client key")
        << QByteArray(cluster + "users: [{name: u, user: {client-certificate-data: " +
                      QByteArray(kPem).toBase64() + ", client-key-data: 'LS0tLS1CRUdJTi@'}}]\n" + context)
        << QStringLiteral("ctx") << false
        << QStringList{QStringLiteral("context \"ctx\""),
                       QStringLiteral("client-key-data is not valid base64")};
    QTest::newRow("client cert data not PEM")
        << QByteArray(cluster + "users: [{name: u, user: {client-certificate-data: " +
                      QByteArray("not a certificate").toBase64() +
                      ", client-key-data: " + QByteArray(kPem).toBase64() + "}}]\n" + context)
        << QStringLiteral("ctx") << false
        << QStringList{QStringLiteral("context \"ctx\""),
                       QStringLiteral("client-certificate-data does not decode to PEM")};
    QTest::newRow("certificate without key")
        << QByteArray(cluster + "users: [{name: u, user: {client-certificate-data: " +
                      QByteArray(kPem).toBase64() + "}}]\n" + context)
        << QStringLiteral("ctx") << false
        << QStringList{QStringLiteral("user \"u\""), QStringLiteral("without its key")};
    QTest::newRow("auth-provider")
        << QByteArray(cluster +
                      "users: [{name: gke-user, user: {auth-provider: {name: gcp, config: {access-token: " +
                      QByteArray(kSecretToken) + "}}}}]\n" +
                      "contexts: [{name: ctx, context: {cluster: c, user: gke-user}}]\n")
        << QStringLiteral("ctx") << false
        << QStringList{
               QStringLiteral("user gke-user uses auth-provider \"gcp\", which is not supported; use an exec "
                              "credential plugin (e.g. gke-gcloud-auth-plugin)")};
    QTest::newRow("token and basic auth")
        << QByteArray(cluster + "users: [{name: u, user: {token: " + QByteArray(kSecretToken) +
                      ", username: a, password: b}}]\n" + context)
        << QStringLiteral("ctx") << false << QStringList{QStringLiteral("only one authentication method")};
    QTest::newRow("exec v1 without interactiveMode")
        << QByteArray(cluster +
                      "users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: "
                      "x}}}]\n" +
                      context)
        << QStringLiteral("ctx") << false << QStringList{QStringLiteral("interactiveMode must be set")};
    QTest::newRow("exec without command")
        << QByteArray(
               cluster +
               "users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1beta1}}}]\n" +
               context)
        << QStringLiteral("ctx") << false << QStringList{QStringLiteral("exec has no command")};
    QTest::newRow("invalid namespace")
        << QByteArray(cluster + user +
                      "contexts: [{name: ctx, context: {cluster: c, user: u, namespace: Bad_NS}}]\n")
        << QStringLiteral("ctx") << false << QStringList{QStringLiteral("namespace \"Bad_NS\"")};
}

void TestKubeconfig::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, context);
    QFETCH(bool, failsToLoad);
    QFETCH(QStringList, expectedParts);

    auto config = Kubeconfig::fromYaml(text.toStdString(), "/virtual/bad.yaml");
    QCOMPARE(!config.ok(), failsToLoad);
    Error error = Error::make(Error::Kind::Cancelled, "resolved without error");
    if (!config.ok()) {
        error = config.error();
    } else if (auto resolved = config->resolve(str(context)); !resolved.ok()) {
        error = resolved.error();
    }
    const QString message = QString::fromStdString(error.message);
    QCOMPARE(error.kind, Error::Kind::Config);
    for (const QString &part : expectedParts)
        QVERIFY2(message.contains(part), qPrintable(QStringLiteral("«%1» lacks «%2»").arg(message, part)));
    QVERIFY2(!message.contains(QLatin1String(kSecretToken)), qPrintable(message));
}

void TestKubeconfig::unreadableCertificateFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeText(dir.filePath(QStringLiteral("pki/client.key")), kPem);
    const QString configPath = writeText(dir.filePath(QStringLiteral("config")), R"(
clusters: [{name: c, cluster: {server: 'https://127.0.0.1:6443'}}]
users: [{name: u, user: {client-certificate: pki/missing.crt, client-key: pki/client.key}}]
contexts: [{name: ctx, context: {cluster: c, user: u}}]
current-context: ctx
)");
    auto config = Kubeconfig::load({str(configPath), std::nullopt, std::nullopt});
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().message.c_str());
    auto resolved = config->resolve();
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, Error::Kind::Config);
    const std::string expectedPath =
        str(QDir(dir.path()).absoluteFilePath(QStringLiteral("pki/missing.crt")));
    QVERIFY2(resolved.error().message.find("\"" + expectedPath + "\"") != std::string::npos,
             resolved.error().message.c_str());
    QVERIFY2(resolved.error().message.find("client-certificate") != std::string::npos,
             resolved.error().message.c_str());

    // A folder where a file belongs is unreadable too.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("pki/missing.crt"))));
    resolved = config->resolve();
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().message.find(expectedPath) != std::string::npos,
             resolved.error().message.c_str());
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
