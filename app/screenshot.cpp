// SPDX-License-Identifier: Apache-2.0
#include "app/screenshot.h"

#include "ui/consolewindow.h"
#include "ui/contexttab.h"

#include <QApplication>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace kedascope::app {

void saveScreenshotWhenReady(ui::ConsoleWindow *window, const QString &path)
{
    QTimer::singleShot(60000, window, [] {
        std::fprintf(stderr, "kedascope: the table did not fill within a minute; no screenshot\n");
        QApplication::exit(1);
    });
    QObject::connect(window, &ui::ConsoleWindow::firstTableFilled, window,
                     [window, path](ui::ContextTab *tab) {
                         QObject::connect(tab, &ui::ContextTab::detailsShown, window, [window, path] {
                             // One more turn of the event loop so that the details' layout has settled.
                             QTimer::singleShot(300, window, [window, path] {
                                 const bool saved = window->grab().save(path, "PNG");
                                 if (!saved)
                                     std::fprintf(stderr, "kedascope: cannot write %s\n", qPrintable(path));
                                 QApplication::exit(saved ? 0 : 1);
                             });
                         });
                         tab->table()->selectRow(0);
                     });
}

} // namespace kedascope::app
