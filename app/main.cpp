// SPDX-License-Identifier: Apache-2.0
#include "app/commandline.h"
#include "app/democluster.h"
#include "app/translations.h"

#include "models/contextlistmodel.h"
#include "ui/contextwindow.h"

#include "k8sclient/kubeconfig.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>

namespace {

QString describeFiles(const kedascope::k8s::Kubeconfig &config)
{
    QStringList files;
    for (const auto &file : config.files())
        files << QDir::toNativeSeparators(QString::fromStdString(file));
    return files.isEmpty() ? QString() : QApplication::translate("Main", "Kubeconfig: %1").arg(files.join(QStringLiteral(", ")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kedascope"));
    QApplication::setOrganizationName(QStringLiteral("Kedascope"));
    QApplication::setApplicationVersion(QStringLiteral(KEDASCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kedascope.svg")));
    kedascope::app::installTranslations(app);

    const auto options = kedascope::app::parseCommandLine(app);

    kedascope::models::ContextListModel contexts;
    kedascope::ui::ContextWindow window(&contexts);
    kedascope::app::DemoCluster demo;

    QString problem;
    QString preferredContext = options.context;
    if (options.demo) {
        problem = demo.start(options.demoScaledObjects);
        if (problem.isEmpty()) {
            contexts.setKubeconfig(demo.kubeconfig());
            window.setSourceDescription(QApplication::translate("Main", "Demo cluster (kedascope-sim, in-process)"));
        }
    } else {
        kedascope::k8s::Kubeconfig::LoadOptions load;
        load.explicitPath = options.kubeconfig.toStdString();
        auto config = kedascope::k8s::Kubeconfig::load(load);
        if (!config) {
            problem = QString::fromStdString(config.error().message);
        } else {
            contexts.setKubeconfig(config.value());
            window.setSourceDescription(describeFiles(config.value()));
            if (config->contexts().empty())
                problem = QApplication::translate(
                    "Main", "No kubeconfig context was found. Run \"kedascope --demo\" to try the built-in demo "
                            "cluster, or pass --kubeconfig.");
        }
        if (preferredContext.isEmpty())
            preferredContext = QSettings().value(QStringLiteral("lastContext")).toString();
    }
    window.setProblem(problem);
    if (!preferredContext.isEmpty() && contexts.rowOfContext(preferredContext) < 0 && !options.context.isEmpty())
        window.setProblem(QApplication::translate("Main", "The context \"%1\" is not in the kubeconfig.")
                              .arg(options.context));

    QObject::connect(&window, &kedascope::ui::ContextWindow::refreshRequested, &contexts,
                     &kedascope::models::ContextListModel::probeAll);
    contexts.probeAll();
    window.show();
    if (!preferredContext.isEmpty())
        window.selectContext(preferredContext);
    if (!options.demo && !options.context.isEmpty())
        QSettings().setValue(QStringLiteral("lastContext"), options.context);
    return app.exec();
}
