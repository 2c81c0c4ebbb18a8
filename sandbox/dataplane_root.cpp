// SPDX-License-Identifier: MIT
// Root branches' databases: tables made from the schema metadata, filled with sample rows.
#include "dataplane.h"

#include <pg/sqltext.h>

#include <QHash>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {

/// A column's sample value for row `i`, from its name and type; foreign keys point at rows of
/// the referenced table, which has `parentRows` rows.
QString sampleValue(const SchemaTable& table, const SchemaColumn& c, int parentRows)
{
    static const char* firstNames = "(ARRAY['Ada','Ben','Chloe','Dmitri','Elena','Farid','Grace','Hiro','Ines','Jonas',"
                                    "'Kemal','Lena','Mateo','Nora','Omar','Priya','Quinn','Rosa','Sven','Tara'])";
    static const char* lastNames = "(ARRAY['Andersson','Brown','Costa','Dubois','Eriksen','Fischer','Garcia','Hansen',"
                                   "'Ivanova','Jensen','Kowalski','Lopez','Moreau','Novak','Okafor','Petrov','Rossi',"
                                   "'Silva','Tanaka','Weber'])";
    const QString n = c.name.toLower();
    const QString t = c.type.toLower();
    for (const SchemaConstraint& k : table.constraints) {
        if (k.type == "foreign_key"_L1 && k.columns.contains(c.name))
            return u"1 + (i %% %1)"_s.arg(std::max(1, parentRows)).replace(u"%%"_s, u"%"_s);
    }
    if (n == "id"_L1)
        return u"i"_s;
    if (t == "inet"_L1)
        return u"('10.0.' || (i / 256) % 256 || '.' || i % 256)::inet"_s;
    if (n.contains("email"_L1))
        return u"'user' || i || '@example.com'"_s;
    if (n == "first_name"_L1)
        return QString::fromLatin1(firstNames) + u"[1 + i % 20]"_s;
    if (n == "last_name"_L1)
        return QString::fromLatin1(lastNames) + u"[1 + (i / 20) % 20]"_s;
    if (n.contains("name"_L1) || n == "title"_L1)
        return QString::fromLatin1(firstNames) + u"[1 + i % 20] || ' ' || "_s + QString::fromLatin1(lastNames)
            + u"[1 + (i / 20) % 20]"_s;
    if (n.contains("phone"_L1))
        return u"'+1-555-' || lpad((i % 10000)::text, 4, '0')"_s;
    if (n.contains("address"_L1))
        return u"(i % 900 + 100) || ' Main Street, Springfield'"_s;
    if (n.contains("national_id"_L1))
        return u"lpad((i * 7919 % 1000000000)::text, 9, '0')"_s;
    if (n == "sku"_L1)
        return u"'SKU-' || lpad(i::text, 6, '0')"_s;
    if (t == "date"_L1)
        return u"date '1950-01-01' + (i * 37 % 20000)"_s;
    if (t.startsWith("timestamp"_L1))
        return u"now() - i * interval '1 hour'"_s;
    if (t == "integer"_L1 || t == "bigint"_L1 || t == "smallint"_L1 || t == "numeric"_L1)
        return u"(i * 31 % 1000)"_s;
    if (t == "boolean"_L1)
        return u"(i % 2 = 0)"_s;
    return u"'" + c.name + u" ' || i"_s;
}

/// The tables in dependency order: those referenced by foreign keys first.
QList<SchemaTable> dependencyOrder(QList<SchemaTable> pending)
{
    QList<SchemaTable> ordered;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            const bool ready = std::all_of(it->constraints.cbegin(), it->constraints.cend(), [&](const SchemaConstraint& k) {
                return k.type != "foreign_key"_L1 || k.referencedTable == it->name
                    || std::any_of(ordered.cbegin(), ordered.cend(), [&](const SchemaTable& t) { return t.name == k.referencedTable; });
            });
            if (ready) {
                ordered.append(*it);
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        if (pending.size() == before) { // a cycle: keep the rest as they are
            ordered.append(pending);
            pending.clear();
        }
    }
    return ordered;
}

/// The CREATE TABLE of a table: its columns, then its constraints.
QString createTableStatement(const SchemaTable& t)
{
    QStringList columns;
    for (const SchemaColumn& c : t.columns)
        columns.append(Pg::quotedIdentifier(c.name) + QLatin1Char(' ') + c.type + (c.nullable.value_or(true) ? QString() : u" NOT NULL"_s));
    for (const SchemaConstraint& k : t.constraints) {
        QStringList cols;
        for (const QString& c : k.columns)
            cols.append(Pg::quotedIdentifier(c));
        if (k.type == "primary_key"_L1)
            columns.append(u"CONSTRAINT %1 PRIMARY KEY (%2)"_s.arg(Pg::quotedIdentifier(k.name), cols.join(u", "_s)));
        else if (k.type == "unique"_L1)
            columns.append(u"CONSTRAINT %1 UNIQUE (%2)"_s.arg(Pg::quotedIdentifier(k.name), cols.join(u", "_s)));
        else if (k.type == "foreign_key"_L1)
            columns.append(u"CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3.%4 (%5)"_s.arg(
                Pg::quotedIdentifier(k.name), cols.join(u", "_s), Pg::quotedIdentifier(k.referencedSchema), Pg::quotedIdentifier(k.referencedTable),
                k.referencedColumns.join(u", "_s)));
    }
    return u"CREATE TABLE %1 (%2)"_s.arg(Pg::quotedIdentifier(t.schema) + QLatin1Char('.') + Pg::quotedIdentifier(t.name), columns.join(u", "_s));
}

/// The INSERT of a table's sample rows. Tables with foreign keys get more rows than `rows`;
/// `rowsOf` holds the row counts of the tables made before and learns this one's.
QString sampleRowsStatement(const SchemaTable& t, int rows, QHash<QString, int>& rowsOf)
{
    int parentRows = rows;
    for (const SchemaConstraint& k : t.constraints) {
        if (k.type == "foreign_key"_L1)
            parentRows = rowsOf.value(k.referencedTable, rows);
    }
    const int count = t.constraints.isEmpty() || std::none_of(t.constraints.cbegin(), t.constraints.cend(),
                                                              [](const SchemaConstraint& k) { return k.type == "foreign_key"_L1; })
        ? rows
        : rows * 5 / 2;
    rowsOf.insert(t.name, count);
    QStringList values, names;
    for (const SchemaColumn& c : t.columns) {
        names.append(Pg::quotedIdentifier(c.name));
        values.append(sampleValue(t, c, parentRows));
    }
    const QString qualified = Pg::quotedIdentifier(t.schema) + QLatin1Char('.') + Pg::quotedIdentifier(t.name);
    return u"INSERT INTO %1 (%2) SELECT %3 FROM generate_series(1, %4) AS i"_s.arg(
        qualified, names.join(u", "_s), values.join(u", "_s)).arg(count);
}

/// Everything that makes a root database's tables and rows, run as the database's owner.
QStringList rootDatabaseStatements(const QList<SchemaTable>& tables, const QString& owner, int rows)
{
    QStringList statements{u"SET ROLE %1"_s.arg(Pg::quotedIdentifier(owner))};
    QHash<QString, int> rowsOf;
    for (const SchemaTable& t : dependencyOrder(tables)) {
        if (t.schema != "public"_L1)
            statements.append(u"CREATE SCHEMA IF NOT EXISTS %1"_s.arg(Pg::quotedIdentifier(t.schema)));
        statements.append(createTableStatement(t));
        statements.append(sampleRowsStatement(t, rows, rowsOf));
    }
    statements.append(u"RESET ROLE"_s);
    statements.append(u"ANALYZE"_s);
    return statements;
}
} // namespace

bool DataPlane::createRoot(BranchRecord& branch, int rows, QString* error)
{
    if (!createRoles(branch, error))
        return false;
    for (DatabaseRecord& d : branch.databases) {
        const QString owner = physicalRole(branch.branch.id, d.database.ownerName);
        d.physical = newDatabaseName(branch.branch.id, d.database.name);
        if (!adminExec(u"CREATE DATABASE %1 OWNER %2"_s.arg(Pg::quotedIdentifier(d.physical), Pg::quotedIdentifier(owner)), error))
            return false;
        if (!exec(d.physical, rootDatabaseStatements(d.tables, owner, rows), error))
            return false;
    }
    if (!grantBranchAccess(branch, error))
        return false;
    startEra(branch);
    return true;
}

} // namespace Sandbox
