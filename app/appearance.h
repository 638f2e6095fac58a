// SPDX-License-Identifier: Apache-2.0
#pragma once

class QApplication;

namespace kedascope::app {

// Fusion with a dark palette, for users who ask for it and for the dark screenshots.
void useDarkPalette(QApplication &app);

} // namespace kedascope::app
