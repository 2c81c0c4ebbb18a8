// SPDX-License-Identifier: MIT
#include "sqltext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Pg {

QString quotedIdentifier(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QString qualifiedName(const QString& schema, const QString& name)
{
    return quotedIdentifier(schema) + u'.' + quotedIdentifier(name);
}

QString quotedLiteral(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

QString withoutSecrets(const QString& sql)
{
    static const QRegularExpression password(u"(\\bPASSWORD\\s+)(?:'(?:[^']|'')*'?|\\S+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uriPassword(u"(://[^:/@\\s]*:)[^@\\s]*@"_s);
    QString out = sql;
    out.replace(password, u"\\1'***'"_s);
    out.replace(uriPassword, u"\\1***@"_s);
    return out;
}

} // namespace Pg
