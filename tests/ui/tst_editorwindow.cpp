// SPDX-License-Identifier: Apache-2.0
// The editor window: its form and YAML kept in step, bad YAML, KEDA's examples, and Diff, Dry run and
// Apply against the real in-process kedascope-sim over HTTPS on 127.0.0.1, also as the console opens it.
#include "models/contextlistmodel.h"
#include "models/draftstore.h"
#include "models/editorsession.h"
#include "models/kubeclusterconnection.h"
#include "models/manifestdocument.h"
#include "models/objectroles.h"
#include "models/scaledobjectroles.h"
#include "support/testsupport.h"
#include "ui/cleanyaml.h"
#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/editorformstack.h"
#include "ui/editoritemtable.h"
#include "ui/editorlauncher.h"
#include "ui/editormessagebar.h"
#include "ui/editorscaledjobform.h"
#include "ui/editorscaledobjectform.h"
#include "ui/editortriggerauthform.h"
#include "ui/editortriggerform.h"
#include "ui/editortriggerlist.h"
#include "ui/editortriggerspage.h"
#include "ui/editorwindow.h"
#include "ui/yamlview.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/json.h"
#include "k8sclient/kubeconfig.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

#include <memory>
#include <optional>
#include <string>
#include <thread>

using namespace kedascope;
using models::path;
using Kind = models::ObjectOutcome::Kind;
using Mode = models::ManifestRun::Mode;
using Severity = k8s::ManifestIssue::Severity;

namespace {

constexpr int timeoutMs = 20000;

const char ordersYaml[] = "apiVersion: keda.sh/v1alpha1\n"
                          "kind: ScaledObject\n"
                          "metadata:\n"
                          "  name: orders\n"
                          "  namespace: default\n"
                          "spec:\n"
                          "  scaleTargetRef:\n"
                          "    name: orders\n"
                          "  maxReplicaCount: 10\n"
                          "  triggers:\n"
                          "    - type: prometheus\n"
                          "      metadata:\n"
                          "        serverAddress: http://prometheus.monitoring:9090\n"
                          "        query: sum(rate(orders_total[1m]))\n"
                          "        threshold: \"10\"\n";

QString orders(const QString &name = QStringLiteral("orders"))
{
    return QString::fromLatin1(ordersYaml)
        .replace(QLatin1String("name: orders\n  namespace"),
                 QStringLiteral("name: %1\n  namespace").arg(name));
}

QString readFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(filePath));
    return QString::fromUtf8(file.readAll());
}

ui::EditorScaledObjectForm *scaledObjectForm(ui::EditorWindow &editor)
{
    return editor.forms()->currentWidget() == editor.forms()->scaledObjectForm()
               ? editor.forms()->scaledObjectForm()
               : nullptr;
}

QSpinBox *spinOf(ui::EditorWindow &editor, const QString &field)
{
    ui::EditorScaledObjectForm *form = scaledObjectForm(editor);
    return form ? qobject_cast<QSpinBox *>(form->fieldWidget(path(field))) : nullptr;
}

ui::EditorTriggerForm *triggerForm(ui::EditorWindow &editor)
{
    ui::EditorScaledObjectForm *form = scaledObjectForm(editor);
    return form ? form->triggers()->form() : nullptr;
}

QLineEdit *metadataEdit(ui::EditorWindow &editor, const QString &key)
{
    ui::EditorTriggerForm *form = triggerForm(editor);
    return form ? qobject_cast<QLineEdit *>(form->metadataWidget(key)) : nullptr;
}

// Replaces what the line edit holds by typing, as a user would.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Puts the YAML view's cursor at the end of the first line holding `lineText`.
bool moveToEndOf(ui::YamlView *view, const QString &lineText)
{
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text() == lineText) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock);
            view->setTextCursor(cursor);
            return true;
        }
    }
    return false;
}

QStringList issueTexts(const ui::EditorWindow &editor)
{
    QStringList texts;
    for (int row = 0; row < editor.issueList()->count(); ++row)
        texts << editor.issueList()->item(row)->text();
    return texts;
}

int errorCount(const models::EditorSession &session, int index)
{
    int errors = 0;
    for (const auto &issue : session.issues(index))
        errors += issue.severity == Severity::Error;
    return errors;
}

k8s::Kubeconfig::LoadOptions loadOptions(const test::RunningSim &sim)
{
    k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = sim.kubeconfigPath();
    return options;
}

std::shared_ptr<k8s::ApiClient> clientFor(const test::RunningSim &sim, const std::string &context)
{
    return test::clientFor(sim.kubeconfigPath(), context);
}

// The run came to one outcome of `kind`, and the result pane says `said`.
bool reported(const ui::EditorWindow &editor, const models::ManifestRun &run, Kind kind, const QString &said)
{
    const QString text = editor.results()->toPlainText();
    if (run.outcomes.size() == 1 && run.outcomes[0].kind == kind && text.contains(said))
        return true;
    qWarning("expected one outcome of kind %d saying \"%s\"; got %d outcome(s), the first of kind %d:\n%s",
             int(kind), qPrintable(said), int(run.outcomes.size()),
             run.outcomes.empty() ? -1 : int(run.outcomes[0].kind), qPrintable(text));
    return false;
}

// Another user of the cluster, calling from a thread of its own (its calls block).
class Admin
{
public:
    explicit Admin(const test::RunningSim &sim) : m_client(clientFor(sim, "sim-admin")) {}

    // The object as JSON, or empty when it cannot be read.
    QByteArray get(const QString &ns, const QString &name) const
    {
        QByteArray bytes;
        std::thread reader([&] {
            const auto object =
                m_client->get(k8s::resources::scaledObjects(), ns.toStdString(), name.toStdString());
            if (object)
                bytes = QByteArray::fromStdString(k8s::json::serialize(object.value()));
        });
        reader.join();
        return bytes;
    }

    // A field of the object ("spec.triggers.0.metadata.threshold": numbers index arrays), or null.
    QVariant field(const QString &ns, const QString &name, const QString &field) const
    {
        const QByteArray bytes = get(ns, name);
        auto document = k8s::json::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
        const k8s::json::Value *value = document ? &*document : nullptr;
        for (const QString &part : field.split(u'.')) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            if (value && isIndex && value->IsArray())
                value = index < int(value->Size()) ? &(*value)[rapidjson::SizeType(index)] : nullptr;
            else
                value = value ? k8s::json::find(*value, part.toStdString()) : nullptr;
        }
        if (!value)
            return {};
        if (value->IsString())
            return QString::fromStdString(value->GetString());
        if (value->IsInt64())
            return qlonglong(value->GetInt64());
        return QStringLiteral("<other>");
    }

    QVariant maxReplicas(const QString &name) const
    {
        return field(QStringLiteral("default"), name, QStringLiteral("spec.maxReplicaCount"));
    }
    QVariant threshold(const QString &name) const
    {
        return field(QStringLiteral("default"), name, QStringLiteral("spec.triggers.0.metadata.threshold"));
    }

    // Server-side apply under a field manager of its own, taking the fields over.
    bool applyAs(const std::string &manager, const QString &ns, const QString &name,
                 const std::string &body) const
    {
        bool ok = false;
        std::thread writer([&] {
            k8s::PatchOptions options;
            options.fieldManager = manager;
            options.force = true;
            ok = bool(m_client->apply(k8s::resources::scaledObjects(), ns.toStdString(), name.toStdString(),
                                      body, options));
        });
        writer.join();
        return ok;
    }

private:
    std::shared_ptr<k8s::ApiClient> m_client;
};

} // namespace

class TestEditorWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void formEditsRewriteTheYamlAndStringsStayStrings();
    void typedYamlUpdatesTheForm();
    void metricTypeDefaultWritesNothing();
    void badYamlNamesLineAndColumnAndLosesNothing();
    void formEditAsksBeforeDroppingComments();
    void unsavedTextSurvivesAsADraft();
    void examplesOpenInTheirFormAndValidate_data();
    void examplesOpenInTheirFormAndValidate();
    void appliesCreatesThenUnchangedThenUpdated();
    void dryRunChangesNothingOnTheServer();
    void conflictIsListedAndForcedOnlyOnRequest();
    void editFromTheConsoleShowsTheLiveObjectsCleanYaml();

private:
    std::unique_ptr<ui::EditorWindow> newEditor(const QString &text, bool connected = false);
    // Runs `action` on the editor and waits for its runFinished.
    models::ManifestRun runAndWait(ui::EditorWindow &editor, const std::function<void()> &action);

    QTemporaryDir m_home;
    std::unique_ptr<models::DraftStore> m_drafts;
    std::unique_ptr<test::RunningSim> m_sim;
    std::unique_ptr<models::KubeClusterConnection> m_connection;
    std::unique_ptr<Admin> m_admin;
};

void TestEditorWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(m_home.path()).filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("KedascopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editorwindow"));
    QSettings().clear();
    qRegisterMetaType<ui::EditorWindow *>();
    m_drafts = std::make_unique<models::DraftStore>(QDir(m_home.path()).filePath(QStringLiteral("drafts")));

    m_sim = std::make_unique<test::RunningSim>(test::RunningSim::Options{3, 1});
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
    m_connection = std::make_unique<models::KubeClusterConnection>(clientFor(*m_sim, "sim-admin"));
    m_admin = std::make_unique<Admin>(*m_sim);
}

void TestEditorWindow::cleanupTestCase()
{
    m_connection.reset();
    m_sim.reset();
}

std::unique_ptr<ui::EditorWindow> TestEditorWindow::newEditor(const QString &text, bool connected)
{
    auto editor = std::make_unique<ui::EditorWindow>(m_drafts.get());
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    if (connected) {
        models::KubeClusterConnection *connection = m_connection.get();
        editor->setCluster(
            QStringLiteral("sim-admin"), [connection] { return connection; }, QStringLiteral("default"));
    }
    editor->openText(text, {}, QStringLiteral("test"));
    editor->show();
    return editor;
}

models::ManifestRun TestEditorWindow::runAndWait(ui::EditorWindow &editor,
                                                 const std::function<void()> &action)
{
    QSignalSpy finished(&editor, &ui::EditorWindow::runFinished);
    action();
    // A refusal finishes at once, inside action().
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        qWarning("no runFinished within %d ms", timeoutMs);
    return finished.isEmpty() ? models::ManifestRun() : finished.last().at(0).value<models::ManifestRun>();
}

void TestEditorWindow::metricTypeDefaultWritesNothing()
{
    auto editor = newEditor(orders());
    QComboBox *metricType = triggerForm(*editor)->metricTypeBox();
    QCOMPARE(metricType->currentText(), QStringLiteral("Default (AverageValue)"));
    metricType->setFocus();
    QTest::keyClick(metricType, Qt::Key_Down);
    QTest::keyClick(metricType, Qt::Key_Down);
    QCOMPARE(metricType->currentText(), QStringLiteral("Value"));
    QVERIFY2(editor->yamlView()->toPlainText().contains(QStringLiteral("metricType: Value\n")),
             qPrintable(editor->yamlView()->toPlainText()));
    // Back to the default: the field goes, the YAML is what it was.
    QTest::keyClick(metricType, Qt::Key_Up);
    QTest::keyClick(metricType, Qt::Key_Up);
    QCOMPARE(metricType->currentText(), QStringLiteral("Default (AverageValue)"));
    QCOMPARE(editor->yamlView()->toPlainText(), orders());
}

void TestEditorWindow::formEditsRewriteTheYamlAndStringsStayStrings()
{
    auto editor = newEditor(orders());
    QCOMPARE(editor->documentList()->count(), 1);
    QCOMPARE(editor->yamlView()->toPlainText(), orders());
    QVERIFY(scaledObjectForm(*editor));
    QSpinBox *maximum = spinOf(*editor, QStringLiteral("spec.maxReplicaCount"));
    QVERIFY(maximum);
    QCOMPARE(maximum->value(), 10);
    QCOMPARE(triggerForm(*editor)->typeBox()->currentText(), QStringLiteral("prometheus"));
    QLineEdit *threshold = metadataEdit(*editor, QStringLiteral("threshold"));
    QLineEdit *activation = metadataEdit(*editor, QStringLiteral("activationThreshold"));
    QVERIFY(threshold && activation);
    QCOMPARE(threshold->text(), QStringLiteral("10"));
    QCOMPARE(activation->text(), QString());

    // Typed into the form: the YAML is rewritten, the numbers the user typed stay strings.
    typeInto(threshold, QStringLiteral("0"));
    typeInto(activation, QStringLiteral("5"));
    maximum->setFocus();
    maximum->selectAll();
    QTest::keyClicks(maximum, QStringLiteral("25"));
    QCOMPARE(maximum->value(), 25);
    const QString expected = QStringLiteral("apiVersion: keda.sh/v1alpha1\n"
                                            "kind: ScaledObject\n"
                                            "metadata:\n"
                                            "  name: orders\n"
                                            "  namespace: default\n"
                                            "spec:\n"
                                            "  scaleTargetRef:\n"
                                            "    name: orders\n"
                                            "  maxReplicaCount: 25\n"
                                            "  triggers:\n"
                                            "    - type: prometheus\n"
                                            "      metadata:\n"
                                            "        serverAddress: http://prometheus.monitoring:9090\n"
                                            "        query: sum(rate(orders_total[1m]))\n"
                                            "        threshold: \"0\"\n"
                                            "        activationThreshold: \"5\"\n");
    QCOMPARE(editor->yamlView()->toPlainText(), expected);
    QCOMPARE(editor->session()->text(), expected);
    QVERIFY(editor->isModified());
    QVERIFY(editor->windowTitle().startsWith(QStringLiteral("test[*]")));

    // Read back as YAML, the strings are strings and the count is a number.
    models::ManifestDocument reread;
    QVERIFY(reread.load(editor->yamlView()->toPlainText()));
    const QVariant zero = reread.value(path(QStringLiteral("spec.triggers[0].metadata.threshold")));
    QCOMPARE(zero.typeId(), int(QMetaType::QString));
    QCOMPARE(zero.toString(), QStringLiteral("0"));
    QCOMPARE(reread.value(path(QStringLiteral("spec.triggers[0].metadata.activationThreshold"))).typeId(),
             int(QMetaType::QString));
    QCOMPARE(reread.value(path(QStringLiteral("spec.maxReplicaCount"))), QVariant(qlonglong(25)));

    // Emptying a field removes it from the YAML.
    typeInto(activation, QString());
    QVERIFY(!editor->yamlView()->toPlainText().contains(QLatin1String("activationThreshold")));
    // A form edit is one undo step in the YAML view.
    editor->yamlView()->undo();
    QCOMPARE(editor->yamlView()->toPlainText(), expected);
    QTRY_COMPARE(activation->text(), QStringLiteral("5"));
}

void TestEditorWindow::typedYamlUpdatesTheForm()
{
    auto editor = newEditor(orders());
    ui::YamlView *yaml = editor->yamlView();
    QSpinBox *maximum = spinOf(*editor, QStringLiteral("spec.maxReplicaCount"));
    QSpinBox *minimum = spinOf(*editor, QStringLiteral("spec.minReplicaCount"));
    QVERIFY(maximum && minimum);
    QCOMPARE(minimum->value(), minimum->minimum()); // not set

    // Typed key by key: the count follows the text once it parses.
    yaml->setFocus();
    QVERIFY(moveToEndOf(yaml, QStringLiteral("  maxReplicaCount: 10")));
    QTest::keyClick(yaml, Qt::Key_Backspace);
    QTest::keyClick(yaml, Qt::Key_Backspace);
    QTest::keyClicks(yaml, QStringLiteral("7"));
    QCOMPARE(maximum->value(), 7);
    QTest::keyClick(yaml, Qt::Key_Return);
    QTest::keyClicks(yaml, QStringLiteral("  minReplicaCount: 2"));
    QCOMPARE(minimum->value(), 2);
    QVERIFY(moveToEndOf(yaml, QStringLiteral("        threshold: \"10\"")));
    QTest::keyClick(yaml, Qt::Key_Left);
    QTest::keyClicks(yaml, QStringLiteral("5"));
    QCOMPARE(metadataEdit(*editor, QStringLiteral("threshold"))->text(), QStringLiteral("105"));

    // The user's text stays as typed: typing never regenerates it.
    QString typed = orders();
    typed.replace(QLatin1String("  maxReplicaCount: 10\n"),
                  QLatin1String("  maxReplicaCount: 7\n  minReplicaCount: 2\n"));
    typed.replace(QLatin1String("threshold: \"10\""), QLatin1String("threshold: \"105\""));
    QCOMPARE(yaml->toPlainText(), typed);

    // A whole new text (pasted): a second trigger appears in the list and in the form.
    QString pasted = orders();
    pasted += QStringLiteral("    - type: cron\n"
                             "      name: office-hours\n"
                             "      metadata:\n"
                             "        timezone: Europe/Berlin\n"
                             "        start: 0 8 * * *\n"
                             "        end: 0 18 * * *\n"
                             "        desiredReplicas: \"3\"\n");
    yaml->selectAll();
    yaml->insertPlainText(pasted);
    QCOMPARE(yaml->toPlainText(), pasted);
    ui::EditorTriggersPage *triggers = scaledObjectForm(*editor)->triggers();
    QCOMPARE(triggers->list()->list()->count(), 2);
    QCOMPARE(triggers->list()->list()->item(1)->text(), QStringLiteral("cron — office-hours"));
    QCOMPARE(maximum->value(), 10);
    QCOMPARE(minimum->value(), minimum->minimum());
    triggers->list()->setCurrentIndex(1);
    QCOMPARE(triggerForm(*editor)->typeBox()->currentText(), QStringLiteral("cron"));
    QCOMPARE(metadataEdit(*editor, QStringLiteral("timezone"))->text(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(metadataEdit(*editor, QStringLiteral("desiredReplicas"))->text(), QStringLiteral("3"));

    // A kind change in the text switches the form page.
    QString job = pasted;
    job.replace(QLatin1String("kind: ScaledObject"), QLatin1String("kind: ScaledJob"));
    yaml->selectAll();
    yaml->insertPlainText(job);
    QCOMPARE(editor->forms()->currentWidget(), editor->forms()->scaledJobForm());
    QCOMPARE(editor->documentList()->item(0)->text(), QStringLiteral("scaledjob.keda.sh/orders"));
}

void TestEditorWindow::badYamlNamesLineAndColumnAndLosesNothing()
{
    auto editor = newEditor(orders());
    ui::YamlView *yaml = editor->yamlView();
    QSpinBox *maximum = spinOf(*editor, QStringLiteral("spec.maxReplicaCount"));
    QVERIFY(maximum);
    maximum->setValue(12);
    QLineEdit *threshold = metadataEdit(*editor, QStringLiteral("threshold"));
    typeInto(threshold, QStringLiteral("30"));
    const QString good = yaml->toPlainText();
    const QByteArray goodJson = editor->document()->jsonBytes();
    QVERIFY(editor->parseStatus()->text().contains(QStringLiteral("parses")));

    // An unclosed flow sequence on line 8, typed over the form's edits.
    QString broken = good;
    broken.replace(QLatin1String("    name: orders\n  maxReplicaCount"),
                   QLatin1String("    name: [orders\n  maxReplicaCount"));
    QVERIFY(broken != good);
    yaml->selectAll();
    yaml->insertPlainText(broken);
    const auto error = editor->document()->parseError();
    QVERIFY(error);
    const QString where = QStringLiteral("Line %1, column %2").arg(error->line).arg(error->column);
    // yaml-cpp notices the unclosed "[" where the next mapping key starts.
    QCOMPARE(error->line, 9);
    QCOMPARE(error->column, 18);
    QCOMPARE(error->message, QStringLiteral("end of sequence flow not found"));
    QVERIFY2(editor->parseStatus()->text().contains(where) &&
                 editor->parseStatus()->text().contains(error->message),
             qPrintable(editor->parseStatus()->text()));
    QCOMPARE(editor->issueList()->count(), 1);
    QVERIFY2(editor->issueList()->item(0)->text().startsWith(where + QStringLiteral(": ")),
             qPrintable(editor->issueList()->item(0)->text()));
    QCOMPARE(yaml->markers().size(), 1);
    QCOMPARE(yaml->markers().first().line, error->line);

    // Nothing is lost: the text as typed, the last good object in the form (read-only meanwhile).
    QCOMPARE(yaml->toPlainText(), broken);
    QCOMPARE(editor->session()->text(), broken);
    QCOMPARE(editor->document()->jsonBytes(), goodJson);
    QVERIFY(!editor->forms()->isEnabled());
    QCOMPARE(maximum->value(), 12);
    QCOMPARE(threshold->text(), QStringLiteral("30"));

    // Nothing is sent while the text does not parse; the refusal says where.
    const models::ManifestRun refused = runAndWait(*editor, [&] { editor->apply(); });
    QVERIFY(refused.stoppedBeforeApply);
    QVERIFY(refused.outcomes.empty());
    QVERIFY2(editor->results()->toPlainText().contains(
                 QStringLiteral("line %1, column %2").arg(error->line).arg(error->column)),
             qPrintable(editor->results()->toPlainText()));

    // Clicking the problem goes to its place in the text.
    editor->issueList()->setCurrentRow(0);
    Q_EMIT editor->issueList()->itemClicked(editor->issueList()->item(0));
    QCOMPARE(yaml->textCursor().blockNumber() + 1, error->line);

    // Fixed: the form follows again.
    yaml->selectAll();
    yaml->insertPlainText(good);
    QVERIFY(!editor->document()->parseError());
    QVERIFY(editor->forms()->isEnabled());
    QCOMPARE(editor->document()->jsonBytes(), goodJson);
    QVERIFY(editor->parseStatus()->text().contains(QStringLiteral("parses")));
    editor->validate();
    QCOMPARE(errorCount(*editor->session(), 0), 0);
}

void TestEditorWindow::formEditAsksBeforeDroppingComments()
{
    const QString file =
        QStringLiteral(KEDASCOPE_TEST_DATA "/manifests/01-sample-go-rabbitmq-deploy-consumer.yaml");
    const QString original = readFile(file);
    ui::EditorWindow editor(m_drafts.get());
    editor.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(editor.openFile(file));
    editor.show();
    editor.setCurrentDocument(2);
    QCOMPARE(editor.document()->kind(), QStringLiteral("ScaledObject"));
    const QString commented = editor.yamlView()->toPlainText();
    QVERIFY(commented.contains(QStringLiteral("# Optional. Default: 30 seconds")));
    QSpinBox *maximum = spinOf(editor, QStringLiteral("spec.maxReplicaCount"));
    QVERIFY(maximum);
    QCOMPARE(maximum->value(), 30);

    // The form edit waits for an answer; the text keeps its comments meanwhile.
    maximum->setValue(31);
    QVERIFY(editor.messageBar()->isVisibleTo(&editor));
    QVERIFY(editor.messageBar()->text().contains(QStringLiteral("comments")));
    QCOMPARE(editor.yamlView()->toPlainText(), commented);
    QPushButton *keep = editor.messageBar()->button(QStringLiteral("keepText"));
    QVERIFY(keep && editor.messageBar()->button(QStringLiteral("rewriteYaml")));
    keep->click();
    QCOMPARE(maximum->value(), 30);
    QCOMPARE(editor.document()->value(path(QStringLiteral("spec.maxReplicaCount"))), QVariant(qlonglong(30)));
    QCOMPARE(editor.yamlView()->toPlainText(), commented);
    QCOMPARE(editor.session()->text(), original);

    // Rewritten on request: only this document's text changes.
    maximum->setValue(32);
    QPushButton *rewrite = editor.messageBar()->button(QStringLiteral("rewriteYaml"));
    QVERIFY(rewrite);
    rewrite->click();
    const QString rewritten = editor.yamlView()->toPlainText();
    QVERIFY2(rewritten.contains(QStringLiteral("  maxReplicaCount: 32\n")), qPrintable(rewritten));
    QVERIFY(!rewritten.contains(QLatin1Char('#')));
    QVERIFY(!editor.messageBar()->isVisibleTo(&editor));
    const QString text = editor.session()->text();
    QVERIFY(text.startsWith(QStringLiteral("# Source: kedacore/sample-go-rabbitmq")));
    QVERIFY(text.contains(
        QStringLiteral("            - \"amqp://user:PASSWORD@rabbitmq.default.svc.cluster.local:5672\"\n")));
    QVERIFY(text.contains(rewritten));
    QCOMPARE(text.count(QStringLiteral("\n---\n")), original.count(QStringLiteral("\n---\n")));
}

void TestEditorWindow::unsavedTextSurvivesAsADraft()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    models::DraftStore drafts(directory.path());
    auto *editor = new ui::EditorWindow(&drafts);
    editor->openText(orders(), {}, QStringLiteral("orders draft"));
    editor->show();
    typeInto(metadataEdit(*editor, QStringLiteral("threshold")), QStringLiteral("0"));
    const QString edited = editor->yamlView()->toPlainText();
    QVERIFY(edited.contains(QStringLiteral("threshold: \"0\"")));
    const QString id = editor->draftId();
    // Autosaved shortly after the edit, and held by its editor, so not offered to anyone else.
    QTRY_VERIFY(QFile::exists(QDir(directory.path()).filePath(id + QStringLiteral(".yaml"))));
    QVERIFY(drafts.orphaned().isEmpty());

    // The editor goes without anyone deciding (a crash or the application quitting): the draft stays.
    delete editor;
    const QList<models::Draft> left = drafts.orphaned();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, id);
    QCOMPARE(left.first().text, edited);
    QCOMPARE(left.first().title, QStringLiteral("orders draft"));

    // Restored: the text, the form and the modified state come back.
    QPointer<ui::EditorWindow> restored = new ui::EditorWindow(&drafts);
    restored->restoreDraft(left.first());
    restored->show();
    QCOMPARE(restored->yamlView()->toPlainText(), edited);
    QCOMPARE(metadataEdit(*restored, QStringLiteral("threshold"))->text(), QStringLiteral("0"));
    QVERIFY(restored->isModified());
    QVERIFY(drafts.orphaned().isEmpty());

    // Closing asks; Discard closes the window and drops the draft.
    restored->close();
    QVERIFY(restored);
    QMessageBox *question = restored->closeQuestion();
    QVERIFY(question);
    question->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!restored);
    QVERIFY(drafts.orphaned().isEmpty());
    QVERIFY(QDir(directory.path()).entryList(QDir::Files).isEmpty());
}

void TestEditorWindow::examplesOpenInTheirFormAndValidate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("refusal"); // KEDA's reason; empty: valid

    const QString cpuOnly =
        QStringLiteral("scaledobject has only cpu/memory triggers AND minReplica is 0 (scale to "
                       "zero doesn't work in this case)");
    const auto row = [](const char *name, const QStringList &kinds, const QString &refusal = {}) {
        QTest::newRow(name) << QStringLiteral(KEDASCOPE_TEST_DATA "/manifests/%1").arg(QLatin1String(name))
                            << kinds << refusal;
    };
    const QString so = QStringLiteral("ScaledObject");
    const QString ta = QStringLiteral("TriggerAuthentication");
    const QString secret = QStringLiteral("Secret");
    row("01-sample-go-rabbitmq-deploy-consumer.yaml", {secret, QStringLiteral("Deployment"), so, ta});
    row("02-sample-dotnet-servicebus-workload-identity.yaml", {ta, so});
    row("03-scaledjob-rabbitmq-custom-strategy.yaml", {secret, QStringLiteral("ScaledJob")});
    row("05-scaledobject-prometheus-bearer-triggerauthentication.yaml", {secret, ta, so});
    row("07-scaledobject-cron-plus-cpu.yaml", {so});
    row("08-scaledobject-cpu-only-min0-rejected-by-webhook.yaml", {so}, cpuOnly);
    // Each example has its row; a new one added to the directory must be given one.
    QCOMPARE(
        QDir(QStringLiteral(KEDASCOPE_TEST_DATA "/manifests")).entryList({QStringLiteral("*.yaml")}).size(),
        6);
}

void TestEditorWindow::examplesOpenInTheirFormAndValidate()
{
    QFETCH(QString, file);
    QFETCH(QStringList, kinds);
    QFETCH(QString, refusal);

    ui::EditorWindow editor(m_drafts.get());
    editor.setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    QVERIFY2(editor.openFile(file, &error), qPrintable(error));
    editor.show();
    QCOMPARE(editor.documentList()->count(), int(kinds.size()));
    QCOMPARE(editor.session()->text(), readFile(file)); // opened byte for byte
    editor.validate();
    ui::EditorFormStack *forms = editor.forms();
    for (int i = 0; i < int(kinds.size()); ++i) {
        editor.setCurrentDocument(i);
        const QString &kind = kinds.at(i);
        models::ManifestDocument *document = editor.document();
        QCOMPARE(document->kind(), kind);
        QCOMPARE(editor.yamlView()->toPlainText(), document->text());
        const int triggerCount = document->arraySize(path(QStringLiteral("spec.triggers")));
        if (kind == QLatin1String("ScaledObject")) {
            QCOMPARE(forms->currentWidget(), forms->scaledObjectForm());
            ui::EditorTriggersPage *triggers = forms->scaledObjectForm()->triggers();
            QCOMPARE(triggers->list()->list()->count(), triggerCount);
            QCOMPARE(triggers->form()->typeBox()->currentText(),
                     document->stringValue(path(QStringLiteral("spec.triggers[0].type"))));
            auto *target = forms->scaledObjectForm()->findChild<QComboBox *>(QStringLiteral("targetName"));
            QVERIFY(target);
            QCOMPARE(target->currentText(),
                     document->stringValue(path(QStringLiteral("spec.scaleTargetRef.name"))));
        } else if (kind == QLatin1String("ScaledJob")) {
            QCOMPARE(forms->currentWidget(), forms->scaledJobForm());
            QCOMPARE(forms->scaledJobForm()->triggers()->list()->list()->count(), triggerCount);
        } else if (kind == QLatin1String("TriggerAuthentication")) {
            QCOMPARE(forms->currentWidget(), forms->triggerAuthForm());
            QCOMPARE(forms->triggerAuthForm()->secretTable()->table()->rowCount(),
                     document->arraySize(path(QStringLiteral("spec.secretTargetRef"))));
        } else {
            QCOMPARE(forms->currentWidget(), forms->otherKindLabel());
            QVERIFY(forms->otherKindLabel()->text().contains(kind));
        }
        const bool refused = !refusal.isEmpty() && kind == QLatin1String("ScaledObject");
        QCOMPARE(errorCount(*editor.session(), i), refused ? 1 : 0);
    }
    // Opening and looking changes nothing.
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.session()->text(), readFile(file));

    const QStringList issues = issueTexts(editor);
    if (refusal.isEmpty()) {
        for (const QString &issue : issues)
            QVERIFY2(!issue.contains(QStringLiteral("minReplicaCount")), qPrintable(issue));
        return;
    }
    // The refusal names the field and KEDA's reason, and Apply sends nothing (no cluster is needed).
    QVERIFY2(issues.contains(QStringLiteral("spec.minReplicaCount: ") + refusal),
             qPrintable(issues.join(u'\n')));
    const models::ManifestRun run = runAndWait(editor, [&] { editor.apply(); });
    QVERIFY(run.stoppedBeforeApply);
    QVERIFY(run.outcomes.empty());
    QVERIFY2(editor.results()->toPlainText().contains(refusal), qPrintable(editor.results()->toPlainText()));
}

void TestEditorWindow::appliesCreatesThenUnchangedThenUpdated()
{
    const QString name = QStringLiteral("editor-apply");
    const QString title = QStringLiteral("scaledobject.keda.sh/") + name;
    auto editor = newEditor(orders(name), true);
    QVERIFY(m_admin->get(QStringLiteral("default"), name).isEmpty());

    models::ManifestRun run = runAndWait(*editor, [&] { editor->apply(); });
    QCOMPARE(run.mode, Mode::Apply);
    QVERIFY(!run.stoppedBeforeApply);
    QVERIFY(reported(*editor, run, Kind::Created, title + QStringLiteral(" created")));
    QCOMPARE(m_admin->maxReplicas(name), QVariant(qlonglong(10)));
    QCOMPARE(m_admin->threshold(name), QVariant(QStringLiteral("10")));
    QVERIFY(m_admin->get(QStringLiteral("default"), name).contains("\"manager\":\"kedascope\""));

    run = runAndWait(*editor, [&] { editor->apply(); });
    QVERIFY(reported(*editor, run, Kind::Unchanged, title + QStringLiteral(" unchanged")));

    // Edited in the form: updated, the string still a string on the server.
    spinOf(*editor, QStringLiteral("spec.maxReplicaCount"))->setValue(14);
    typeInto(metadataEdit(*editor, QStringLiteral("threshold")), QStringLiteral("0"));
    run = runAndWait(*editor, [&] { editor->apply(); });
    QVERIFY(run.succeeded());
    QVERIFY(reported(*editor, run, Kind::Updated, title + QStringLiteral(" updated")));
    QCOMPARE(m_admin->maxReplicas(name), QVariant(qlonglong(14)));
    QCOMPARE(m_admin->threshold(name), QVariant(QStringLiteral("0")));

    // Diff: the same as on the cluster now.
    run = runAndWait(*editor, [&] { editor->diff(); });
    QVERIFY(reported(*editor, run, Kind::Compared, title + QStringLiteral(" is the same as on the cluster")));
    QVERIFY(run.outcomes[0].diff && run.outcomes[0].diff->identical());
}

void TestEditorWindow::dryRunChangesNothingOnTheServer()
{
    const QString name = QStringLiteral("editor-dry-run");
    const QString title = QStringLiteral("scaledobject.keda.sh/") + name;
    auto editor = newEditor(orders(name), true);

    // Not there yet: the dry run would create it, and nothing is created.
    models::ManifestRun run = runAndWait(*editor, [&] { editor->dryRun(); });
    QCOMPARE(run.mode, Mode::DryRun);
    QVERIFY(
        reported(*editor, run, Kind::Created, title + QStringLiteral(" would be created (server dry run)")));
    QVERIFY(m_admin->get(QStringLiteral("default"), name).isEmpty());

    run = runAndWait(*editor, [&] { editor->apply(); });
    QVERIFY(reported(*editor, run, Kind::Created, title + QStringLiteral(" created")));
    const QByteArray applied = m_admin->get(QStringLiteral("default"), name);
    QVERIFY(!applied.isEmpty());

    // Edited, dry-run: it would be updated, and the server still holds what was applied.
    spinOf(*editor, QStringLiteral("spec.maxReplicaCount"))->setValue(40);
    run = runAndWait(*editor, [&] { editor->dryRun(); });
    QVERIFY(
        reported(*editor, run, Kind::Updated, title + QStringLiteral(" would be updated (server dry run)")));
    QCOMPARE(m_admin->get(QStringLiteral("default"), name), applied);
    QCOMPARE(m_admin->maxReplicas(name), QVariant(qlonglong(10)));

    // The diff shows the one change.
    run = runAndWait(*editor, [&] { editor->diff(); });
    QVERIFY(reported(*editor, run, Kind::Compared,
                     title + QStringLiteral(" differs from the cluster in 1 field")));
    QCOMPARE(int(run.outcomes[0].diff->changes.size()), 1);
    QCOMPARE(QString::fromStdString(run.outcomes[0].diff->changes[0].path),
             QStringLiteral("spec.maxReplicaCount"));
    QVERIFY(editor->results()->toPlainText().contains(QStringLiteral("spec.maxReplicaCount: 10 → 40")));
}

void TestEditorWindow::conflictIsListedAndForcedOnlyOnRequest()
{
    const QString name = QStringLiteral("editor-conflict");
    const QString title = QStringLiteral("scaledobject.keda.sh/") + name;
    auto editor = newEditor(orders(name), true);
    QVERIFY(reported(*editor, runAndWait(*editor, [&] { editor->apply(); }), Kind::Created,
                     title + QStringLiteral(" created")));

    // Someone else takes maxReplicaCount over with a field manager of their own.
    const std::string theirs = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",)"
                               R"("metadata":{"name":"editor-conflict","namespace":"default"},)"
                               R"("spec":{"scaleTargetRef":{"name":"orders"},"maxReplicaCount":20}})";
    QVERIFY(m_admin->applyAs("ops-console", QStringLiteral("default"), name, theirs));
    QCOMPARE(m_admin->maxReplicas(name), QVariant(qlonglong(20)));

    // The editor changes that field: the conflict names it and its manager, and nothing is applied.
    spinOf(*editor, QStringLiteral("spec.maxReplicaCount"))->setValue(15);
    models::ManifestRun run = runAndWait(*editor, [&] { editor->apply(); });
    QVERIFY(!run.force);
    QVERIFY(run.hasConflicts());
    QVERIFY(run.stoppedBeforeApply);
    QVERIFY(reported(*editor, run, Kind::Conflict,
                     title + QStringLiteral(": conflict: other field managers own fields it sets")));
    const models::ObjectOutcome &outcome = run.outcomes[0];
    QCOMPARE(int(outcome.conflicts.size()), 1);
    QCOMPARE(QString::fromStdString(outcome.conflicts[0].field), QStringLiteral(".spec.maxReplicaCount"));
    QCOMPARE(QString::fromStdString(outcome.conflicts[0].manager), QStringLiteral("ops-console"));
    const QString results = editor->results()->toPlainText();
    QVERIFY2(results.contains(QStringLiteral(".spec.maxReplicaCount")) &&
                 results.contains(QStringLiteral("ops-console")),
             qPrintable(results));
    QVERIFY(editor->messageBar()->isVisibleTo(editor.get()));
    QVERIFY(editor->messageBar()->button(QStringLiteral("forceApply")));
    QCOMPARE(m_admin->maxReplicas(name), QVariant(qlonglong(20)));

    // Apply again without force: still refused.
    run = runAndWait(*editor, [&] { editor->apply(false); });
    QVERIFY(reported(*editor, run, Kind::Conflict, QStringLiteral("ops-console")));
    QCOMPARE(m_admin->maxReplicas(name), QVariant(qlonglong(20)));

    // Forcing, asked for explicitly (the message bar's button), takes the field over.
    QPushButton *force = editor->messageBar()->button(QStringLiteral("forceApply"));
    QVERIFY(force);
    run = runAndWait(*editor, [&] { force->click(); });
    QVERIFY(run.force);
    QVERIFY(run.succeeded());
    QVERIFY(reported(*editor, run, Kind::Updated, title + QStringLiteral(" updated")));
    QCOMPARE(m_admin->maxReplicas(name), QVariant(qlonglong(15)));
    QVERIFY(!editor->messageBar()->isVisibleTo(editor.get()));

    // And the editor's next plain apply is ours again, with nothing to force.
    run = runAndWait(*editor, [&] { editor->apply(); });
    QVERIFY(reported(*editor, run, Kind::Unchanged, title + QStringLiteral(" unchanged")));
}

void TestEditorWindow::editFromTheConsoleShowsTheLiveObjectsCleanYaml()
{
    auto config = k8s::Kubeconfig::load(loadOptions(*m_sim));
    QVERIFY(config.ok());
    models::ContextListModel contexts;
    auto console = std::make_unique<ui::ConsoleWindow>(&contexts);
    console->setKubeconfig(config.value(), QString(), loadOptions(*m_sim));
    console->show();
    const QString ns = QStringLiteral("team-000");
    ui::ContextTab *tab = console->openContext(QStringLiteral("sim-admin"), ns);
    QVERIFY(tab);
    QTableView *table = tab->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, timeoutMs);
    table->selectRow(1);
    const QString name =
        table->model()->index(1, models::ScaledObjectColumn::Name).data(models::NameRole).toString();
    QVERIFY(!name.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(tab->currentObject() && tab->currentObject()->name == name, timeoutMs);

    auto *launcher = console->findChild<ui::EditorLauncher *>(QStringLiteral("editorLauncher"));
    QVERIFY(launcher);
    auto *edit = console->findChild<QAction *>(QStringLiteral("editObject"));
    QVERIFY(edit);
    QSignalSpy opened(launcher, &ui::EditorLauncher::editorOpened);
    edit->trigger();
    QVERIFY(opened.wait(timeoutMs));
    QPointer<ui::EditorWindow> editor = opened.last().at(0).value<ui::EditorWindow *>();
    QVERIFY(editor);

    // The live object as clean YAML, in its form, for the context it came from.
    const QByteArray live = m_admin->get(ns, name);
    QVERIFY(!live.isEmpty());
    const QString clean = ui::cleanObjectYaml(live);
    QCOMPARE(editor->yamlView()->toPlainText(), clean);
    QVERIFY(clean.contains(QStringLiteral("name: ") + name));
    for (const char *serverSet : {"status:", "managedFields", "uid:", "resourceVersion", "creationTimestamp"})
        QVERIFY2(!clean.contains(QLatin1String(serverSet)), serverSet);
    QCOMPARE(editor->context(), QStringLiteral("sim-admin"));
    QVERIFY(editor->windowTitle().contains(name));
    QCOMPARE(editor->forms()->currentWidget(), editor->forms()->scaledObjectForm());
    QVERIFY(!editor->isModified());

    // Applied unchanged as it is; diffed as the same.
    const models::ManifestRun compared = runAndWait(*editor, [&] { editor->diff(); });
    QCOMPARE(compared.outcomes.at(0).kind, Kind::Compared);
    QVERIFY(compared.outcomes[0].liveExists);
    QVERIFY(compared.outcomes[0].diff && compared.outcomes[0].diff->identical());
    const models::ManifestRun applied = runAndWait(*editor, [&] { editor->apply(); });
    QCOMPARE(applied.outcomes.at(0).kind, Kind::Unchanged);

    editor->close();
    QTRY_VERIFY(!editor);
    console->close();
}

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
