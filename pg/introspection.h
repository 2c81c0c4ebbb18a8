// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStringList>

namespace Pg {

class Connection;

/// The user tables that hold rows, as `schema.table` (ordinary tables and partitions, not
/// partitioned parents, whose rows live in their partitions; system
/// schemas and PostgreSQL Anonymizer's `anon` left out), sorted. `ok` false and the
/// connection's error() set when the catalog could not be read.
QStringList userTables(Connection& connection, bool* ok);
/// Foreign keys: `schema.table` → the `schema.table`s it references.
QHash<QString, QStringList> foreignKeyReferences(Connection& connection, bool* ok);
/// Orders tables so that every table comes after the tables it references (cycles keep their
/// given order). `references`: table → the tables it references.
QStringList foreignKeyOrder(const QStringList& tables, const QHash<QString, QStringList>& references);

} // namespace Pg
