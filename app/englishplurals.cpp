// SPDX-License-Identifier: MIT
#include "englishplurals.h"

#include <QRegularExpression>

QString EnglishPlurals::translate(const char*, const char* sourceText, const char*, int n) const
{
    if (n < 0 || !sourceText)
        return {};
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(QLatin1String("(s)")) && !text.contains(QLatin1String("(es)")))
        return {};
    // "child branch(es)" → "child branches" / "child branch"; "day(s)" → "days" / "day".
    static const QRegularExpression suffix(QStringLiteral("\\((e?s)\\)"));
    return text.replace(suffix, n == 1 ? QString() : QStringLiteral("\\1"));
}
