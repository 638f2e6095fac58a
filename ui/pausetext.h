// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/pauseoutcome.h"
#include "k8sclient/pauseplan.h"

#include <QCoreApplication>
#include <QString>

namespace kedascope::ui {

// How the pause dialogs word plans and outcomes, translated.
class PauseText
{
    Q_DECLARE_TR_FUNCTIONS(PauseText)
public:
    static QString object(const k8s::pause::ObjectRef &ref);    // "ScaledObject shop/worker"
    static QString mode(const k8s::pause::PauseRequest &request, bool scaledJob);
    static QString current(const k8s::pause::PlannedChange &change);
    static QString becomes(const k8s::pause::PlannedChange &change);
    static QString until(const k8s::pause::PlannedChange &change);
    static QString result(k8s::pause::Outcome::Kind kind);
    static QString details(const k8s::pause::Outcome &outcome);
    // "Paused 3 objects.", "Partial failure: paused 48 of 50 objects; 2 failed, ...".
    static QString summary(const k8s::pause::RunReport &report, k8s::pause::Action action);
};

} // namespace kedascope::ui
