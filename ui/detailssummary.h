// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kedascope::ui {

// The details pane's summary of one KEDA object as HTML: spec, triggers, conditions.
class DetailsSummary
{
    Q_DECLARE_TR_FUNCTIONS(DetailsSummary)
public:
    static QString html(const QByteArray &json);
};

} // namespace kedascope::ui
