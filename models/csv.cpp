// SPDX-License-Identifier: MIT
#include "csv.h"

using namespace Qt::StringLiterals;

namespace Models {

QByteArray csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields) {
        const bool plain = !f.contains(QLatin1Char(',')) && !f.contains(QLatin1Char('"')) && !f.contains(QLatin1Char('\n'))
                           && !f.contains(QLatin1Char('\r'));
        quoted.append(plain ? f : QLatin1Char('"') + QString(f).replace(u"\""_s, u"\"\""_s) + QLatin1Char('"'));
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace Models
