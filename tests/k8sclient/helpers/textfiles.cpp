// SPDX-License-Identifier: Apache-2.0
#include "textfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kedascope::test {

std::string str(const QString &text)
{
    return text.toStdString();
}

QString writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return QFileInfo(path).absoluteFilePath();
}

} // namespace kedascope::test
