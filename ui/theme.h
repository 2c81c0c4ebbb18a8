// SPDX-License-Identifier: MIT
#pragma once

#include <models/branchfacts.h>

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace Ui {

/// Light and dark palettes on the Fusion style (the same look on every desktop), or the
/// platform's own; the colours the tree draws with follow the palette in use.
enum class Theme { System, Light, Dark };

void applyTheme(Theme theme);
Theme themeFromString(const QString& name);
QString themeToString(Theme theme);
bool isDark(const QPalette& palette);

/// A tier's colour for lanes, dots and chips, readable on the palette's base colour.
QColor tierColor(Models::Tier tier, const QPalette& palette);
/// A badge's fill and text colours.
QColor badgeFill(Models::Badge::Kind kind, double heat, const QPalette& palette);
QColor badgeText(Models::Badge::Kind kind, double heat, const QPalette& palette);

/// Our SVG icons (sharp at any device-pixel ratio), by file name without extension.
QIcon icon(const QString& name);

} // namespace Ui
