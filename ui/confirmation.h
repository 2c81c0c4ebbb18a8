// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Ui {

/// A window-modal question before something destructive: Cancel is the default (Enter does not
/// destroy), the destructive button names the action; `confirmed` runs only after it is clicked.
void askBeforeDestroying(QWidget* parent, const QString& title, const QString& text, const QString& actionText,
                         std::function<void()> confirmed);

/// The same question before a change to many things at once (not destructive, but not to be
/// made by a stray Enter either): `changes` lists each, one a line; Cancel is the default.
void askBeforeChanging(QWidget* parent, const QString& title, const QString& text, const QStringList& changes,
                       const QString& actionText, bool destructive, std::function<void()> confirmed);

} // namespace Ui
