// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Ui {

/// The About box's text (rich text): version, the Qt it runs on and was built with, which
/// highlighter colours schema diffs, the license and where Canopy lives.
QString aboutText();

} // namespace Ui
