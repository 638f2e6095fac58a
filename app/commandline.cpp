// SPDX-License-Identifier: Apache-2.0
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace kedascope::app {

CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "A console for KEDA: see, chart, pause and edit ScaledObjects "
                       "and ScaledJobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        QCoreApplication::translate("CommandLine",
                                    "Path to the kubeconfig file to use, instead of $KUBECONFIG."),
        QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption context(
        QStringLiteral("context"),
        QCoreApplication::translate("CommandLine", "The kubeconfig context to open."),
        QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption ns(QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
                                QCoreApplication::translate("CommandLine", "The namespace to show."),
                                QCoreApplication::translate("CommandLine", "namespace"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Start the built-in demo cluster and connect to it."));
    const QCommandLineOption demoObjects(
        QStringLiteral("demo-scaled-objects"),
        QCoreApplication::translate(
            "CommandLine", "How many ScaledObjects the demo cluster holds (0: the built-in demo scenario)."),
        QCoreApplication::translate("CommandLine", "count"), QStringLiteral("0"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "Save a picture of the window once its table is filled, then quit."),
        QCoreApplication::translate("CommandLine", "file.png"));
    const QCommandLineOption screenshotView(
        QStringLiteral("screenshot-view"),
        QCoreApplication::translate("CommandLine",
                                    "What the screenshot shows: console, charts, fleet, events or editor."),
        QCoreApplication::translate("CommandLine", "view"), QStringLiteral("console"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("CommandLine", "Seconds of live data to collect before the screenshot."),
        QCoreApplication::translate("CommandLine", "seconds"), QStringLiteral("0"));
    const QCommandLineOption screenshotObject(
        QStringLiteral("screenshot-object"),
        QCoreApplication::translate("CommandLine", "The object to select for the screenshot (default: the first row)."),
        QCoreApplication::translate("CommandLine", "name"));
    const QCommandLineOption dark(QStringLiteral("dark"),
                                  QCoreApplication::translate("CommandLine", "Use a dark colour scheme."));
    parser.addOptions({kubeconfig, context, ns, demo, demoObjects, screenshot, screenshotView, screenshotDelay,
                       screenshotObject, dark});
    parser.process(app);

    CommandLine result;
    result.kubeconfig = parser.value(kubeconfig);
    result.context = parser.value(context);
    result.ns = parser.value(ns);
    result.demo = parser.isSet(demo);
    result.screenshot = parser.value(screenshot);
    result.screenshotView = parser.value(screenshotView);
    result.screenshotObject = parser.value(screenshotObject);
    result.screenshotDelaySeconds = std::max(0, parser.value(screenshotDelay).toInt());
    if (!QStringList{QStringLiteral("console"), QStringLiteral("charts"), QStringLiteral("fleet"),
                     QStringLiteral("events"), QStringLiteral("editor")}
             .contains(result.screenshotView)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("CommandLine", "Unknown screenshot view: %1")
                                    .arg(result.screenshotView)));
        std::exit(2);
    }
    result.dark = parser.isSet(dark);
    bool ok = false;
    result.demoScaledObjects = parser.value(demoObjects).toInt(&ok);
    if (!ok || result.demoScaledObjects < 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "CommandLine", "--demo-scaled-objects takes a whole number, not \"%1\".")
                                    .arg(parser.value(demoObjects))));
        std::exit(2);
    }
    return result;
}

} // namespace kedascope::app
