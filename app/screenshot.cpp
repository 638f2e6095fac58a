// SPDX-License-Identifier: Apache-2.0
#include "app/screenshot.h"

#include "ui/charttimewindow.h"
#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/editortriggerspage.h"
#include "ui/editorwindow.h"
#include "ui/monitoringcontroller.h"
#include "ui/objectchartpanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace kedascope::app {

namespace {

QDockWidget *dockFor(ui::MonitoringController *monitoring, const QString &view)
{
    if (!monitoring)
        return nullptr;
    if (view == QLatin1String("charts"))
        return monitoring->chartsDock();
    if (view == QLatin1String("fleet"))
        return monitoring->fleetDock();
    if (view == QLatin1String("events"))
        return monitoring->eventsDock();
    return nullptr;
}

void save(QWidget *widget, const QString &path)
{
    const bool saved = widget->grab().save(path, "PNG");
    if (!saved)
        std::fprintf(stderr, "kedascope: cannot write %s\n", qPrintable(path));
    QApplication::exit(saved ? 0 : 1);
}

ui::EditorWindow *openEditor()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *editor = qobject_cast<ui::EditorWindow *>(top); editor && editor->isVisible())
            return editor;
    return nullptr;
}

// Shows the scene's view; the editor opens once the live object is read, so it is looked for later.
void open(ui::ConsoleWindow *window, const QString &view)
{
    auto *monitoring = window->findChild<ui::MonitoringController *>();
    if (QDockWidget *dock = dockFor(monitoring, view)) {
        dock->show();
        dock->raise();
        window->resizeDocks({dock}, {window->height() / 2}, Qt::Vertical);
        // The last five minutes: what a short demo run has data for.
        if (dock == monitoring->chartsDock())
            monitoring->charts()->timeWindow()->setPreset(ui::ChartTimeWindow::FiveMinutes);
    } else if (view == QLatin1String("editor")) {
        if (auto *edit = window->findChild<QAction *>(QStringLiteral("editObject")))
            edit->trigger();
    }
}

QWidget *subjectOf(ui::ConsoleWindow *window, const QString &view)
{
    if (view != QLatin1String("editor"))
        return window;
    ui::EditorWindow *editor = openEditor();
    if (editor) {
        editor->setGeometry(window->geometry());
        editor->raise();
        // The triggers page shows what the form adds over the YAML: the scaler catalog's typed fields.
        for (QTabWidget *pages : editor->findChildren<QTabWidget *>())
            for (int page = 0; pages->isVisible() && page < pages->count(); ++page)
                if (qobject_cast<ui::EditorTriggersPage *>(pages->widget(page)))
                    pages->setCurrentIndex(page);
    }
    return editor;
}

bool selectRow(QTableView *table, const QString &name)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (name.isEmpty() || model->index(row, 0).data().toString() == name) {
            table->selectRow(row);
            return true;
        }
    return false;
}

} // namespace

void saveScreenshotWhenReady(ui::ConsoleWindow *window, const QString &path, const ScreenshotScene &scene)
{
    auto *giveUp = new QTimer(window);
    giveUp->setSingleShot(true);
    QObject::connect(giveUp, &QTimer::timeout, window, [] {
        std::fprintf(stderr, "kedascope: the table did not fill within a minute; no screenshot\n");
        QApplication::exit(1);
    });
    giveUp->start(60000);
    QObject::connect(window, &ui::ConsoleWindow::firstTableFilled, window, [window, path, scene, giveUp](ui::ContextTab *tab) {
        QObject::connect(tab, &ui::ContextTab::detailsShown, window, [window, path, scene, giveUp] {
            if (!giveUp->isActive())
                return; // already on its way
            giveUp->stop();
            open(window, scene.view);
            // At least one more turn of the event loop, so that layouts settle.
            QTimer::singleShot(1000 + scene.delaySeconds * 1000, window, [window, path, scene] {
                QWidget *subject = subjectOf(window, scene.view);
                if (!subject) {
                    std::fprintf(stderr, "kedascope: the %s view did not open; no screenshot\n", qPrintable(scene.view));
                    QApplication::exit(1);
                    return;
                }
                QTimer::singleShot(500, subject, [subject, path] { save(subject, path); });
            });
        });
        if (!selectRow(tab->table(), scene.object))
            std::fprintf(stderr, "kedascope: no row named %s; nothing selected\n", qPrintable(scene.object));
    });
}

} // namespace kedascope::app
