// SPDX-License-Identifier: Apache-2.0
#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kedascope::app {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtCatalog = new QTranslator(&app);
    if (qtCatalog->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtCatalog);
    // English holds the plural forms of the source texts, so it is also what any other language falls back to.
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("kedascope"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral("kedascope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

} // namespace kedascope::app
