// SPDX-License-Identifier: MIT
// Quoting of PostgreSQL identifiers and string literals for the data plane's generated SQL.
// One small function each, so they can be swapped for the shared pg/ library's later.
#pragma once

#include <QString>

namespace Sandbox {

/// `name` as a double-quoted SQL identifier.
inline QString ident(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// `text` as a single-quoted SQL string literal.
inline QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace Sandbox
