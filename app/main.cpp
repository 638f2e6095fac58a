// SPDX-License-Identifier: Apache-2.0
#include "app/appearance.h"
#include "app/commandline.h"
#include "app/democluster.h"
#include "app/screenshot.h"
#include "app/translations.h"

#include "models/contextlistmodel.h"
#include "ui/consolewindow.h"

#include "k8sclient/kubeconfig.h"

#include <QApplication>
#include <QDir>
#include <QIcon>

namespace {

using kedascope::ui::ConsoleWindow;

QString describeFiles(const kedascope::k8s::Kubeconfig &config)
{
    QStringList files;
    for (const auto &file : config.files())
        files << QDir::toNativeSeparators(QString::fromStdString(file));
    return files.isEmpty()
               ? QString()
               : QApplication::translate("Main", "Kubeconfig: %1").arg(files.join(QStringLiteral(", ")));
}

// Starts the in-process demo cluster and opens its administrator context.
bool openDemo(ConsoleWindow &window, kedascope::app::DemoCluster &demo, int scaledObjects, const QString &ns)
{
    const QString problem = demo.start(scaledObjects);
    if (!problem.isEmpty()) {
        window.setProblem(problem, true);
        return false;
    }
    window.setKubeconfig(demo.kubeconfig(),
                         QApplication::translate("Main", "Demo cluster (kedascope-sim, in-process)"));
    window.setProblem({});
    window.openContext(QStringLiteral("sim-admin"), ns);
    return true;
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
    if (options.dark)
        kedascope::app::useDarkPalette(app);

    kedascope::models::ContextListModel contexts;
    ConsoleWindow window(&contexts);
    kedascope::app::DemoCluster demo;
    QObject::connect(&window, &ConsoleWindow::demoRequested, &window,
                     [&] { openDemo(window, demo, options.demoScaledObjects, QString()); });
    if (!options.screenshot.isEmpty())
        kedascope::app::saveScreenshotWhenReady(&window, options.screenshot,
                                                {options.screenshotView, options.screenshotObject,
                                                 options.screenshotDelaySeconds});

    if (options.demo) {
        openDemo(window, demo, options.demoScaledObjects, options.ns);
    } else {
        kedascope::k8s::Kubeconfig::LoadOptions load;
        load.explicitPath = options.kubeconfig.toStdString();
        auto config = kedascope::k8s::Kubeconfig::load(load);
        if (!config) {
            window.setProblem(QApplication::translate("Main", "The kubeconfig could not be read: %1")
                                  .arg(QString::fromStdString(config.error().message)),
                              true);
        } else if (config->contexts().empty()) {
            window.setKubeconfig(config.value(), describeFiles(config.value()), load);
            window.setProblem(QApplication::translate("Main",
                                                      "The kubeconfig has no context. Start the built-in "
                                                      "demo cluster to look around, or pass --kubeconfig."),
                              true);
        } else {
            window.setKubeconfig(config.value(), describeFiles(config.value()), load);
            if (!options.context.isEmpty()) {
                if (!window.openContext(options.context, options.ns))
                    window.setProblem(
                        QApplication::translate("Main", "The context \"%1\" is not in the kubeconfig.")
                            .arg(options.context));
            } else if (!window.restoreSession()) {
                window.openContext(QString::fromStdString(config->currentContext()), options.ns);
            }
        }
    }
    window.show();
    return app.exec();
}
