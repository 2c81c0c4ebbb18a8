// SPDX-License-Identifier: MIT
#include "about.h"

#include "codehighlighting.h"

#include <QCoreApplication>

namespace Ui {

QString aboutText()
{
    const QString highlighter = CodeHighlighting::engine() == QLatin1String("KSyntaxHighlighting")
                                    ? QCoreApplication::translate("About", "KDE's KSyntaxHighlighting")
                                    : QCoreApplication::translate("About", "Canopy's built-in highlighter "
                                                                           "(KSyntaxHighlighting for Qt 6 was not found "
                                                                           "at build time)");
    return QCoreApplication::translate(
               "About", "<h3>Canopy %1</h3>"
                        "<p>Neon projects and their branch hierarchies, as a tree.</p>"
                        "<p>Qt %2 (built with Qt %3) · schema diffs coloured by %4 · charts by Qt Charts.</p>"
                        "<p>Keys: F5 refresh · Ctrl+F find · * expand subtree · Ctrl+C copy branch id · "
                        "Ctrl+I Insight · Ctrl+Shift+L clean up.</p>"
                        "<p>MIT License · <a href=\"%5\">%5</a></p>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             highlighter, QStringLiteral(CANOPY_HOMEPAGE));
}

} // namespace Ui
