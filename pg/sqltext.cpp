// SPDX-License-Identifier: MIT
#include "sqltext.h"

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

} // namespace Pg
