// SPDX-License-Identifier: MIT
// Reading the real schema of a branch's database: pg_dump's DDL and the catalog as Neon's JSON.
#include "dataplane.h"

#include "pgcluster.h"
#include <neon/credentials.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

bool DataPlane::schemaSql(const QString& physicalDatabase, QString* sql, QString* error)
{
    const PgCluster::Binaries bin = PgCluster::locate();
    if (bin.pgDump.isEmpty()) {
        *error = u"pg_dump was not found"_s;
        return false;
    }
    QProcess p;
    QProcessEnvironment env = Neon::environmentWithoutSecrets(QProcessEnvironment::systemEnvironment());
    env.insert(u"PGPASSWORD"_s, m_admin.password);
    p.setProcessEnvironment(env);
    p.start(bin.pgDump, {u"-h"_s, m_admin.host, u"-p"_s, QString::number(m_admin.port), u"-U"_s, m_admin.user,
                         u"--schema-only"_s, u"--no-owner"_s, u"--no-privileges"_s, u"--no-comments"_s,
                         u"--exclude-schema=anon"_s, u"-d"_s, physicalDatabase});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = u"pg_dump failed: "_s + QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return false;
    }
    // Keep the statements; drop the dump's comments, session settings and blank runs.
    QStringList kept;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        // (\restrict and \unrestrict carry a random key in newer pg_dump releases.)
        if (line.startsWith("--"_L1) || line.startsWith("SET "_L1) || line.startsWith("SELECT pg_catalog.set_config"_L1)
            || line.startsWith("\\restrict"_L1) || line.startsWith("\\unrestrict"_L1))
            continue;
        if (line.isEmpty() && (kept.isEmpty() || kept.last().isEmpty()))
            continue;
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.first().isEmpty())
        kept.removeFirst();
    *sql = kept.join(QLatin1Char('\n'));
    return true;
}

namespace {
QString userSchemas()
{
    return u"NOT IN ('pg_catalog', 'information_schema', 'anon', 'pg_toast')"_s;
}

/// The tables of the user schemas with their columns, in the catalog's order.
bool readColumns(QSqlQuery& q, QList<SchemaTable>* tables)
{
    if (!q.exec(u"SELECT c.table_schema, c.table_name, c.column_name, "
                "CASE WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name ELSE c.data_type END, c.is_nullable = 'YES', "
                "c.generation_expression FROM information_schema.columns c JOIN information_schema.tables t "
                "ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
                "WHERE c.table_schema %1 ORDER BY 1, 2, c.ordinal_position"_s.arg(userSchemas())))
        return false;
    while (q.next()) {
        if (tables->isEmpty() || tables->last().schema != q.value(0).toString() || tables->last().name != q.value(1).toString())
            tables->append(SchemaTable{q.value(0).toString(), q.value(1).toString(), {}, {}});
        tables->last().columns.append(
            SchemaColumn{q.value(2).toString(), q.value(3).toString(), q.value(4).toBool(), q.value(5).toString()});
    }
    return true;
}

/// Adds the constraints of `tables` with their columns, and for foreign keys the referenced
/// table and columns.
bool readConstraints(QSqlQuery& q, QList<SchemaTable>* tables)
{
    if (!q.exec(u"SELECT n.nspname, r.relname, k.conname, k.contype, "
                "array_to_string(ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, o) "
                "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o), ','), "
                "fn.nspname, fr.relname, "
                "array_to_string(ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, o) "
                "JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o), ',') "
                "FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid "
                "JOIN pg_namespace n ON n.oid = r.relnamespace "
                "LEFT JOIN pg_class fr ON fr.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fr.relnamespace "
                "WHERE k.contype IN ('p', 'u', 'f') AND n.nspname %1 ORDER BY 1, 2, 3"_s.arg(userSchemas())))
        return false;
    while (q.next()) {
        for (SchemaTable& t : *tables) {
            if (t.schema != q.value(0).toString() || t.name != q.value(1).toString())
                continue;
            SchemaConstraint k;
            k.name = q.value(2).toString();
            const QString type = q.value(3).toString();
            k.type = type == "p"_L1 ? u"primary_key"_s : type == "u"_L1 ? u"unique"_s : u"foreign_key"_s;
            k.columns = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (type == "f"_L1) {
                k.referencedSchema = q.value(5).toString();
                k.referencedTable = q.value(6).toString();
                k.referencedColumns = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
            t.constraints.append(k);
        }
    }
    return true;
}
} // namespace

bool DataPlane::schemaTables(const QString& physicalDatabase, QList<SchemaTable>* tables, QString* error)
{
    const QString name = openConnectionTo(physicalDatabase, error);
    if (name.isEmpty())
        return false;
    bool ok = true;
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        ok = readColumns(q, tables) && readConstraints(q, tables);
        if (!ok)
            *error = q.lastError().text();
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Sandbox
