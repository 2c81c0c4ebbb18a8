// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf2));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::PlaceholderText, QColor(0x7b, 0x87, 0x94));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Button, QColor(0xe9, 0xed, 0xf1));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x0e, 0x7c, 0x66));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x0b, 0x6b, 0x58));
    p.setColor(QPalette::Mid, QColor(0xc3, 0xcb, 0xd3));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa5, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa5, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa5, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa5, 0xb1));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x26, 0x2b, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xdc, 0xe3, 0xea));
    p.setColor(QPalette::Base, QColor(0x14, 0x17, 0x1b));
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1e, 0x23));
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x30, 0x37));
    p.setColor(QPalette::ToolTipText, QColor(0xdc, 0xe3, 0xea));
    p.setColor(QPalette::PlaceholderText, QColor(0x7d, 0x89, 0x96));
    p.setColor(QPalette::Text, QColor(0xdc, 0xe3, 0xea));
    p.setColor(QPalette::Button, QColor(0x30, 0x36, 0x3e));
    p.setColor(QPalette::ButtonText, QColor(0xdc, 0xe3, 0xea));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x9d, 0x80));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5e, 0xd6, 0xb4));
    p.setColor(QPalette::Light, QColor(0x3a, 0x42, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x37, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x42, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x0e, 0x10, 0x13));
    p.setColor(QPalette::Shadow, QColor(0x05, 0x06, 0x07));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6a, 0x75, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6a, 0x75, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6a, 0x75, 0x80));
    return p;
}
} // namespace

void applyTheme(Theme theme)
{
    static const QString platformStyle = QApplication::style()->name();
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

Theme themeFromString(const QString& name)
{
    if (name == "light"_L1)
        return Theme::Light;
    if (name == "dark"_L1)
        return Theme::Dark;
    return Theme::System;
}

QString themeToString(Theme theme)
{
    switch (theme) {
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
    case Theme::System: break;
    }
    return u"system"_s;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor tierColor(Models::Tier tier, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tier) {
    case Models::Tier::Production: return dark ? QColor(0xf0, 0x6a, 0x5f) : QColor(0xc9, 0x3c, 0x31);
    case Models::Tier::Base: return dark ? QColor(0xb3, 0x8b, 0xf5) : QColor(0x75, 0x4b, 0xc9);
    case Models::Tier::Dev: return dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x1f, 0x7a, 0xc2);
    case Models::Tier::Preview: return dark ? QColor(0x5e, 0xd6, 0xa0) : QColor(0x16, 0x8a, 0x5a);
    case Models::Tier::Qa: return dark ? QColor(0xf5, 0xc0, 0x4f) : QColor(0xb0, 0x7a, 0x06);
    case Models::Tier::Backup: return dark ? QColor(0x8a, 0x96, 0xa3) : QColor(0x7a, 0x86, 0x93);
    case Models::Tier::Other: break;
    }
    return dark ? QColor(0x9f, 0xb0, 0xc2) : QColor(0x5f, 0x71, 0x87);
}

QColor badgeFill(Models::Badge::Kind kind, double heat, const QPalette& palette)
{
    const bool dark = isDark(palette);
    using K = Models::Badge::Kind;
    QColor c;
    switch (kind) {
    case K::Default: c = QColor(0x0e, 0x7c, 0x66); break;
    case K::Protected: c = QColor(0x75, 0x4b, 0xc9); break;
    case K::SchemaOnly: c = QColor(0x1f, 0x7a, 0xc2); break;
    case K::Anonymized: c = QColor(0x8e, 0x44, 0xad); break;
    case K::Restored: c = QColor(0x2b, 0x6c, 0xb0); break;
    case K::RestorePending: c = QColor(0xc2, 0x41, 0x0c); break;
    case K::Orphan: c = QColor(0x9a, 0x5b, 0x13); break;
    case K::Expiring: c = QColor(0xd9, 0x8a, 0x06); break;
    case K::Expired: c = QColor(0xc9, 0x3c, 0x31); break;
    case K::ComputeActive: c = QColor(0x16, 0xa3, 0x4a); break;
    case K::ComputeIdle: c = QColor(0x7a, 0x86, 0x93); break;
    case K::Stale: {
        // Heat: from amber (a few quiet days) to red (a month or more).
        const QColor cool(0xe0, 0xa1, 0x1b), hot(0xd1, 0x3b, 0x2e);
        const double t = std::clamp(heat, 0.0, 1.0);
        c = QColor::fromRgbF(float(cool.redF() + (hot.redF() - cool.redF()) * t),
                             float(cool.greenF() + (hot.greenF() - cool.greenF()) * t),
                             float(cool.blueF() + (hot.blueF() - cool.blueF()) * t));
        break;
    }
    }
    // Tinted pills: a light wash of the colour, text in the full colour.
    QColor wash = c;
    wash.setAlphaF(dark ? 0.28f : 0.14f);
    return wash;
}

QColor badgeText(Models::Badge::Kind kind, double heat, const QPalette& palette)
{
    const QColor base = badgeFill(kind, heat, palette);
    QColor solid = base;
    solid.setAlphaF(1.0f);
    return isDark(palette) ? solid.lighter(150) : solid.darker(115);
}

QIcon icon(const QString& name)
{
    return QIcon(u":/canopy/icons/"_s + name + u".svg"_s);
}

} // namespace Ui
