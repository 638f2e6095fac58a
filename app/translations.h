// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCoreApplication;

namespace kedascope::app {

// Installs Qt's own catalog and Kedascope's for the user's preferred UI languages.
void installTranslations(QCoreApplication &app);

} // namespace kedascope::app
