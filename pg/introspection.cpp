// SPDX-License-Identifier: MIT
#include "introspection.h"

#include "connection.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace Pg {

namespace {
/// Runs `sql` and hands every row to `row`; false (the connection's error set) on failure.
bool forEachRow(Connection& connection, const QString& sql, const std::function<void(const QSqlQuery&)>& row)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        connection.setError(q.lastError().text());
        return false;
    }
    while (q.next())
        row(q);
    return true;
}
} // namespace

QStringList userTables(Connection& connection, bool* ok)
{
    QStringList tables;
    *ok = forEachRow(connection,
        u"SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog','information_schema','anon') "
        "AND n.nspname NOT LIKE 'pg_%' ORDER BY 1"_s,
        [&tables](const QSqlQuery& q) { tables.append(q.value(0).toString()); });
    return tables;
}

QHash<QString, QStringList> foreignKeyReferences(Connection& connection, bool* ok)
{
    QHash<QString, QStringList> references;
    *ok = forEachRow(connection,
        u"SELECT cn.nspname || '.' || cl.relname, rn.nspname || '.' || rl.relname FROM pg_constraint co "
        "JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace cn ON cn.oid = cl.relnamespace "
        "JOIN pg_class rl ON rl.oid = co.confrelid JOIN pg_namespace rn ON rn.oid = rl.relnamespace "
        "WHERE co.contype = 'f'"_s,
        [&references](const QSqlQuery& q) { references[q.value(0).toString()].append(q.value(1).toString()); });
    return references;
}

QStringList foreignKeyOrder(const QStringList& tables, const QHash<QString, QStringList>& references)
{
    QStringList out;
    QSet<QString> placed;
    QSet<QString> visiting;
    const QSet<QString> known(tables.cbegin(), tables.cend());
    std::function<void(const QString&)> visit = [&](const QString& t) {
        if (placed.contains(t) || visiting.contains(t))
            return; // done, or a cycle: keep the given order
        visiting.insert(t);
        for (const QString& r : references.value(t)) {
            if (r != t && known.contains(r))
                visit(r);
        }
        visiting.remove(t);
        placed.insert(t);
        out.append(t);
    };
    for (const QString& t : tables)
        visit(t);
    return out;
}

} // namespace Pg
