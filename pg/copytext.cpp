// SPDX-License-Identifier: MIT
#include "copytext.h"

#include <QDate>
#include <algorithm>
#include <cstring>
#include <QDateTime>

namespace Pg::CopyText {

QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> out;
    fields(line, out);
    return out;
}

void fields(QByteArrayView line, QList<QByteArrayView>& out)
{
    out.clear();
    // A tab inside a value is written as \t: every tab byte separates two fields.
    const char* const end = line.data() + line.size();
    const char* start = line.data();
    while (const char* tab = static_cast<const char*>(std::memchr(start, '\t', size_t(end - start)))) {
        out.append(QByteArrayView(start, tab - start));
        start = tab + 1;
    }
    out.append(QByteArrayView(start, end - start));
}

namespace {
int digitValue(char c, int base)
{
    const int v = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : 99;
    return v < base ? v : -1;
}

/// The escape at `field[i]` (after the backslash); appends its byte and returns the next index.
qsizetype unescape(QByteArrayView field, qsizetype i, QByteArray& out)
{
    const char c = field.at(i);
    switch (c) {
    case 'b': out += '\b'; return i + 1;
    case 'f': out += '\f'; return i + 1;
    case 'n': out += '\n'; return i + 1;
    case 'r': out += '\r'; return i + 1;
    case 't': out += '\t'; return i + 1;
    case 'v': out += '\v'; return i + 1;
    default: break;
    }
    const int base = c == 'x' ? 16 : 8;
    qsizetype j = c == 'x' ? i + 1 : i;
    const qsizetype end = std::min(field.size(), j + (base == 16 ? 2 : 3));
    int value = 0;
    qsizetype k = j;
    for (; k < end && digitValue(field.at(k), base) >= 0; ++k)
        value = value * base + digitValue(field.at(k), base);
    if (k == j) { // not a number: the character itself (\\ and any other)
        out += c;
        return i + 1;
    }
    out += char(value);
    return k;
}
} // namespace

std::optional<QString> decode(QByteArrayView field)
{
    if (field == "\\N")
        return std::nullopt;
    if (!field.contains('\\'))
        return QString::fromUtf8(field); // nothing escaped: most fields
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size();) {
        if (field.at(i) == '\\' && i + 1 < field.size())
            i = unescape(field, i + 1, out);
        else
            out += field.at(i++);
    }
    return QString::fromUtf8(out);
}

QByteArray encode(const QVariant& value)
{
    if (value.isNull())
        return "\\N";
    QByteArray text;
    switch (value.typeId()) {
    case QMetaType::Bool: text = value.toBool() ? "t" : "f"; break;
    case QMetaType::QDate: text = value.toDate().toString(Qt::ISODate).toUtf8(); break;
    case QMetaType::QDateTime: text = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8(); break;
    case QMetaType::QByteArray: text = "\\x" + value.toByteArray().toHex(); break;
    default: text = value.toString().toUtf8();
    }
    const auto escaped = [](char c) { return c == '\\' || c == '\t' || c == '\n' || c == '\r'; };
    if (std::none_of(text.cbegin(), text.cend(), escaped))
        return text; // nothing to escape: most values
    QByteArray out;
    out.reserve(text.size());
    for (char c : std::as_const(text)) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace Pg::CopyText
