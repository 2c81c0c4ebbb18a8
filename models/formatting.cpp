// SPDX-License-Identifier: MIT
#include "formatting.h"

#include <QLocale>

#include <algorithm>

namespace Models::Formatting {

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString localShort(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

namespace {
bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString hex(char16_t c, int digits)
{
    return QString::number(uint(c), 16).rightJustified(digits, QLatin1Char('0'));
}
} // namespace

QString printable(const QString& text)
{
    const auto unsafe = [](QChar ch) {
        const char16_t c = ch.unicode();
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
    };
    if (std::none_of(text.cbegin(), text.cend(), unsafe))
        return text; // the usual case: no copy
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!unsafe(ch))
            out += ch;
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c < 0x80)
            out += QStringLiteral("\\x") + hex(c, 2);
        else
            out += QStringLiteral("\\u") + hex(c, 4);
    }
    return out;
}

} // namespace Models::Formatting
