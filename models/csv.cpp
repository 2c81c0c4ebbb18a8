// SPDX-License-Identifier: MIT
#include "csv.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

QString csvSafeField(const QString& field)
{
    if (field.isEmpty() || !u"=+-@\t\r"_s.contains(field.front()))
        return field;
    static const QRegularExpression number(u"\\A[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\z"_s);
    return number.match(field).hasMatch() ? field : u"'"_s + field;
}

QByteArray csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& raw : fields) {
        const QString f = csvSafeField(raw);
        const bool plain = !f.contains(QLatin1Char(',')) && !f.contains(QLatin1Char('"')) && !f.contains(QLatin1Char('\n'))
                           && !f.contains(QLatin1Char('\r'));
        quoted.append(plain ? f : QLatin1Char('"') + QString(f).replace(u"\""_s, u"\"\""_s) + QLatin1Char('"'));
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace Models
