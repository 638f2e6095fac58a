// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace kedascope::test {

std::string str(const QString &text);

// Writes `text` to `path`, creating its folder; the absolute path. Aborts the test when it cannot.
QString writeText(const QString &path, const QByteArray &text);

} // namespace kedascope::test
