// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Ui {

/// A window-modal question before something destructive: Cancel is the default (Enter does not
/// destroy), the destructive button names the action; `confirmed` runs only after it is clicked.
void askBeforeDestroying(QWidget* parent, const QString& title, const QString& text, const QString& actionText,
                         std::function<void()> confirmed);

} // namespace Ui
