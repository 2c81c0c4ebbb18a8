// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// PostgreSQL access shared by the app and the sandbox: connections from Neon connection URIs,
/// read-only sampling, the anonymized COPY load, schema introspection and SQL text helpers.
namespace Pg {

/// A PostgreSQL identifier in double quotes, inner quotes doubled: safe in generated SQL.
QString quotedIdentifier(const QString& identifier);
/// `"schema"."name"`, both parts quoted.
QString qualifiedName(const QString& schema, const QString& name);
/// A string literal in single quotes, inner quotes doubled (standard_conforming_strings is on
/// in every supported PostgreSQL, so backslashes need no escaping).
QString quotedLiteral(const QString& text);
/// `sql` fit to quote in a message: the string after every PASSWORD keyword (CREATE/ALTER ROLE)
/// and the password of every `scheme://user:password@` URI replaced by `***`.
QString withoutSecrets(const QString& sql);

} // namespace Pg
