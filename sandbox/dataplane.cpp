// SPDX-License-Identifier: MIT
#include "dataplane.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
QString ident(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), u"\"\""_s) + QLatin1Char('"');
}

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), u"''"_s) + QLatin1Char('\'');
}

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
} // namespace

bool PostgresAddress::fromUri(const QString& uri, PostgresAddress* out)
{
    const QUrl url(uri);
    if (!url.isValid() || (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1) || url.host().isEmpty())
        return false;
    out->host = url.host();
    out->port = url.port(5432);
    out->user = url.userName();
    out->password = url.password();
    const QString db = url.path().mid(1);
    out->database = db.isEmpty() ? u"postgres"_s : db;
    return true;
}

QSqlDatabase PostgresAddress::connect(const QString& connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    db.setConnectOptions(u"options=--client_min_messages=warning"_s);
    db.open();
    return db;
}

DataPlane::DataPlane(PostgresAddress admin)
    : m_admin(std::move(admin))
    , m_connection(u"sandbox-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DataPlane::~DataPlane()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool DataPlane::open(QString* error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = u"Qt's PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql"_s;
        return false;
    }
    QSqlDatabase db = m_admin.connect(m_connection);
    if (!db.isOpen()) {
        *error = u"cannot connect to PostgreSQL at %1:%2: %3"_s.arg(m_admin.host).arg(m_admin.port).arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (q.exec(u"SHOW server_version_num"_s) && q.next())
        m_serverVersion = q.value(0).toInt();
    return true;
}

QString DataPlane::physicalRole(const QString& branchId, const QString& role)
{
    return role.left(40) + QLatin1Char('_') + branchId.right(8);
}

QString DataPlane::newDatabaseName(const QString& branchId, const QString& database) const
{
    return u"b_"_s + branchId.right(8) + QLatin1Char('_') + database.left(30) + QLatin1Char('_')
        + QString::number(QRandomGenerator::global()->generate(), 36);
}

bool DataPlane::adminExec(const QString& statement, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(statement)) {
        *error = q.lastError().text() + u" (in: "_s + statement.left(200) + u")"_s;
        return false;
    }
    return true;
}

QString DataPlane::openConnectionTo(const QString& physicalDatabase, QString* error)
{
    const QString name = m_connection + u"-"_s + physicalDatabase;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::cloneDatabase(m_connection, name);
    db.setDatabaseName(physicalDatabase);
    if (!db.isOpen() && !db.open()) {
        *error = db.lastError().text();
        return {};
    }
    return name;
}

bool DataPlane::exec(const QString& physicalDatabase, const QStringList& statements, QString* error)
{
    const QString name = openConnectionTo(physicalDatabase, error);
    if (name.isEmpty())
        return false;
    bool ok = true;
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        for (const QString& s : statements) {
            if (!q.exec(s)) {
                *error = q.lastError().text() + u" (in: "_s + s.left(200) + u")"_s;
                ok = false;
                break;
            }
        }
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool DataPlane::createRoles(const BranchRecord& branch, QString* error)
{
    for (const Role& role : branch.roles) {
        const QString name = physicalRole(branch.branch.id, role.name);
        if (!adminExec(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
                       "CREATE ROLE %2 LOGIN PASSWORD %3; ELSE ALTER ROLE %2 LOGIN PASSWORD %3; END IF; END $$"_s.arg(
                           literal(name), ident(name), literal(role.password)),
                       error))
            return false;
    }
    return true;
}

bool DataPlane::createRoot(BranchRecord& branch, int rows, QString* error)
{
    if (!createRoles(branch, error))
        return false;
    for (DatabaseRecord& d : branch.databases) {
        const QString owner = physicalRole(branch.branch.id, d.database.ownerName);
        d.physical = newDatabaseName(branch.branch.id, d.database.name);
        if (!adminExec(u"CREATE DATABASE %1 OWNER %2"_s.arg(ident(d.physical), ident(owner)), error))
            return false;
        // Tables in dependency order: those referenced by foreign keys first.
        QList<SchemaTable> ordered;
        QList<SchemaTable> pending = d.tables;
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
        QStringList statements{u"SET ROLE %1"_s.arg(ident(owner))};
        QHash<QString, int> rowsOf;
        for (const SchemaTable& t : std::as_const(ordered)) {
            QStringList columns, values, names;
            for (const SchemaColumn& c : t.columns)
                columns.append(ident(c.name) + QLatin1Char(' ') + c.type + (c.nullable.value_or(true) ? QString() : u" NOT NULL"_s));
            for (const SchemaConstraint& k : t.constraints) {
                QStringList cols;
                for (const QString& c : k.columns)
                    cols.append(ident(c));
                if (k.type == "primary_key"_L1)
                    columns.append(u"CONSTRAINT %1 PRIMARY KEY (%2)"_s.arg(ident(k.name), cols.join(u", "_s)));
                else if (k.type == "unique"_L1)
                    columns.append(u"CONSTRAINT %1 UNIQUE (%2)"_s.arg(ident(k.name), cols.join(u", "_s)));
                else if (k.type == "foreign_key"_L1)
                    columns.append(u"CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3.%4 (%5)"_s.arg(
                        ident(k.name), cols.join(u", "_s), ident(k.referencedSchema), ident(k.referencedTable),
                        k.referencedColumns.join(u", "_s)));
            }
            const QString qualified = ident(t.schema) + QLatin1Char('.') + ident(t.name);
            if (t.schema != "public"_L1)
                statements.append(u"CREATE SCHEMA IF NOT EXISTS %1"_s.arg(ident(t.schema)));
            statements.append(u"CREATE TABLE %1 (%2)"_s.arg(qualified, columns.join(u", "_s)));
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
            for (const SchemaColumn& c : t.columns) {
                names.append(ident(c.name));
                values.append(sampleValue(t, c, parentRows));
            }
            statements.append(u"INSERT INTO %1 (%2) SELECT %3 FROM generate_series(1, %4) AS i"_s.arg(
                qualified, names.join(u", "_s), values.join(u", "_s)).arg(count));
        }
        statements.append(u"RESET ROLE"_s);
        statements.append(u"ANALYZE"_s);
        if (!exec(d.physical, statements, error))
            return false;
    }
    return true;
}

bool DataPlane::copyDatabase(const QString& from, const QString& to, QString* error)
{
    // PostgreSQL 15's default strategy writes the whole copy to the WAL; copying the files is
    // several times faster for the sandbox's databases (and durability is not its concern).
    const QString create = u"CREATE DATABASE %1 TEMPLATE %2%3"_s.arg(ident(to), ident(from),
                                                                      m_serverVersion >= 150000 ? u" STRATEGY = FILE_COPY"_s
                                                                                                : QString());
    if (adminExec(create, error))
        return true;
    // PostgreSQL copies a template only while nobody is connected to it; Neon branches from a
    // busy parent, so the sandbox briefly disconnects the parent's sessions and tries again.
    QString ignored;
    adminExec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %1 AND pid <> pg_backend_pid()"_s.arg(
                  literal(from)),
              &ignored);
    return adminExec(create, error);
}

bool DataPlane::copyBranch(const BranchRecord& source, BranchRecord& target, bool schemaOnly, QString* error)
{
    if (!createRoles(target, error))
        return false;
    for (DatabaseRecord& d : target.databases) {
        const auto from = std::find_if(source.databases.cbegin(), source.databases.cend(),
                                       [&](const DatabaseRecord& s) { return s.database.name == d.database.name; });
        if (from == source.databases.cend() || from->physical.isEmpty()) {
            *error = u"the source branch has no database %1"_s.arg(d.database.name);
            return false;
        }
        d.physical = newDatabaseName(target.branch.id, d.database.name);
        if (!copyDatabase(from->physical, d.physical, error))
            return false;
        QStringList statements;
        for (const Role& role : source.roles) {
            const QString to = physicalRole(target.branch.id, role.name);
            statements.append(u"REASSIGN OWNED BY %1 TO %2"_s.arg(ident(physicalRole(source.branch.id, role.name)), ident(to)));
        }
        statements.append(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(
            ident(d.physical), ident(physicalRole(target.branch.id, d.database.ownerName))));
        if (schemaOnly) {
            statements.append(u"DO $$ DECLARE t record; BEGIN FOR t IN SELECT schemaname, tablename FROM pg_tables "
                              "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') LOOP "
                              "EXECUTE format('TRUNCATE %I.%I RESTART IDENTITY CASCADE', t.schemaname, t.tablename); "
                              "END LOOP; END $$"_s);
        }
        if (!exec(d.physical, statements, error))
            return false;
    }
    // REASSIGN OWNED also hands over shared objects: the source's own databases went along.
    return restoreOwners(source, error);
}

bool DataPlane::restoreOwners(const BranchRecord& branch, QString* error)
{
    for (const DatabaseRecord& d : branch.databases) {
        if (!d.physical.isEmpty()
            && !adminExec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(ident(d.physical),
                                                                 ident(physicalRole(branch.branch.id, d.database.ownerName))),
                          error))
            return false;
    }
    return true;
}

bool DataPlane::replaceBranch(const BranchRecord& source, BranchRecord& target, BranchRecord* backup, QString* error)
{
    if (backup) {
        // The backup takes over the current databases, under its own roles.
        if (!createRoles(*backup, error))
            return false;
        for (DatabaseRecord& d : backup->databases) {
            QStringList statements;
            for (const Role& role : target.roles)
                statements.append(u"REASSIGN OWNED BY %1 TO %2"_s.arg(ident(physicalRole(target.branch.id, role.name)),
                                                                      ident(physicalRole(backup->branch.id, role.name))));
            statements.append(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(
                ident(d.physical), ident(physicalRole(backup->branch.id, d.database.ownerName))));
            if (!exec(d.physical, statements, error))
                return false;
        }
    } else {
        for (const DatabaseRecord& d : std::as_const(target.databases)) {
            if (!adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(ident(d.physical)), error))
                return false;
        }
    }
    target.databases = source.databases;
    for (DatabaseRecord& d : target.databases)
        d.database.branchId = target.branch.id;
    return copyBranch(source, target, false, error);
}

bool DataPlane::dropBranch(const BranchRecord& branch, QString* error)
{
    for (const DatabaseRecord& d : branch.databases) {
        if (!d.physical.isEmpty() && !adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(ident(d.physical)), error))
            return false;
    }
    for (const Role& role : branch.roles) {
        if (!adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(ident(physicalRole(branch.branch.id, role.name))), error))
            return false;
    }
    return true;
}

QString DataPlane::currentLsn()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(u"SELECT pg_current_wal_lsn()::text"_s) && q.next())
        return q.value(0).toString();
    return {};
}

qint64 DataPlane::sizeOf(const BranchRecord& branch)
{
    qint64 total = 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const DatabaseRecord& d : branch.databases) {
        if (!d.physical.isEmpty() && q.exec(u"SELECT pg_database_size(%1)"_s.arg(literal(d.physical))) && q.next())
            total += q.value(0).toLongLong();
    }
    return total;
}

QHash<QString, qint64> DataPlane::databaseSizes()
{
    QHash<QString, qint64> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(u"SELECT datname, pg_database_size(oid) FROM pg_database WHERE datallowconn"_s)) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

bool DataPlane::addMissingColumns(const BranchRecord& parent, const BranchRecord& child, QString* error)
{
    for (const DatabaseRecord& d : child.databases) {
        const auto p = std::find_if(parent.databases.cbegin(), parent.databases.cend(),
                                    [&](const DatabaseRecord& x) { return x.database.name == d.database.name; });
        if (p == parent.databases.cend())
            continue;
        QStringList statements;
        for (const SchemaTable& t : d.tables) {
            const auto pt = std::find_if(p->tables.cbegin(), p->tables.cend(),
                                         [&](const SchemaTable& x) { return x.schema == t.schema && x.name == t.name; });
            if (pt == p->tables.cend())
                continue;
            for (const SchemaColumn& c : t.columns) {
                if (std::none_of(pt->columns.cbegin(), pt->columns.cend(), [&](const SchemaColumn& x) { return x.name == c.name; }))
                    statements.append(u"ALTER TABLE %1.%2 ADD COLUMN %3 %4"_s.arg(ident(t.schema), ident(t.name), ident(c.name), c.type));
            }
        }
        if (!statements.isEmpty()) {
            statements.prepend(u"SET ROLE %1"_s.arg(ident(physicalRole(child.branch.id, d.database.ownerName))));
            if (!exec(d.physical, statements, error))
                return false;
        }
    }
    return true;
}

} // namespace Sandbox

namespace Sandbox {

bool materializeState(State& state, DataPlane& data, QString* error)
{
    constexpr int maxBranches = 400;
    int missing = 0;
    for (const BranchRecord& b : std::as_const(state.branches)) {
        if (std::any_of(b.databases.cbegin(), b.databases.cend(), [](const DatabaseRecord& d) { return d.physical.isEmpty(); }))
            ++missing;
    }
    if (missing == 0)
        return true;
    if (missing > maxBranches) {
        *error = u"%1 branches are too many to give each real databases (at most %2); the data plane is off for this state"_s
                     .arg(missing)
                     .arg(maxBranches);
        return false;
    }
    auto done = [](const BranchRecord& b) {
        return std::all_of(b.databases.cbegin(), b.databases.cend(), [](const DatabaseRecord& d) { return !d.physical.isEmpty(); });
    };
    for (ProjectRecord& project : state.projects) {
        bool progress = true;
        while (progress) {
            progress = false;
            for (const QString& id : std::as_const(project.branchIds)) {
                BranchRecord& b = state.branches[id];
                if (done(b))
                    continue;
                if (b.branch.parentId.isEmpty()) {
                    if (!data.createRoot(b, b.isOriginalRoot ? 2000 : 0, error))
                        return false;
                } else {
                    const BranchRecord& parent = state.branches[b.branch.parentId];
                    if (!done(parent))
                        continue;
                    const BranchRecord parentCopy = parent;
                    if (!data.copyBranch(parentCopy, b, false, error) || !data.addMissingColumns(parentCopy, b, error))
                        return false;
                }
                b.branch.logicalSize = data.sizeOf(b);
                progress = true;
            }
        }
    }
    return true;
}

} // namespace Sandbox

#include "anonfunctions.h"
#include "pgcluster.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Sandbox {

bool DataPlane::schemaSql(const QString& physicalDatabase, QString* sql, QString* error)
{
    const PgCluster::Binaries bin = PgCluster::locate();
    if (bin.pgDump.isEmpty()) {
        *error = u"pg_dump was not found"_s;
        return false;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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

bool DataPlane::schemaTables(const QString& physicalDatabase, QList<SchemaTable>* tables, QString* error)
{
    const QString name = openConnectionTo(physicalDatabase, error);
    if (name.isEmpty())
        return false;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        const QString userSchemas = u"NOT IN ('pg_catalog', 'information_schema', 'anon', 'pg_toast')"_s;
        ok = q.exec(u"SELECT c.table_schema, c.table_name, c.column_name, "
                    "CASE WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name ELSE c.data_type END, c.is_nullable = 'YES', "
                    "c.generation_expression FROM information_schema.columns c JOIN information_schema.tables t "
                    "ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
                    "WHERE c.table_schema %1 ORDER BY 1, 2, c.ordinal_position"_s.arg(userSchemas));
        while (ok && q.next()) {
            if (tables->isEmpty() || tables->last().schema != q.value(0).toString() || tables->last().name != q.value(1).toString())
                tables->append(SchemaTable{q.value(0).toString(), q.value(1).toString(), {}, {}});
            tables->last().columns.append(
                SchemaColumn{q.value(2).toString(), q.value(3).toString(), q.value(4).toBool(), q.value(5).toString()});
        }
        // Constraints with their columns, and for foreign keys the referenced table and columns.
        ok = ok && q.exec(u"SELECT n.nspname, r.relname, k.conname, k.contype, "
                          "array_to_string(ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, o) "
                          "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o), ','), "
                          "fn.nspname, fr.relname, "
                          "array_to_string(ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, o) "
                          "JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o), ',') "
                          "FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid "
                          "JOIN pg_namespace n ON n.oid = r.relnamespace "
                          "LEFT JOIN pg_class fr ON fr.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fr.relnamespace "
                          "WHERE k.contype IN ('p', 'u', 'f') AND n.nspname %1 ORDER BY 1, 2, 3"_s.arg(userSchemas));
        while (ok && q.next()) {
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
        if (!ok)
            *error = q.lastError().text();
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool DataPlane::anonymize(const BranchRecord& branch, QString* error)
{
    for (const DatabaseRecord& d : branch.databases) {
        QList<MaskingRule> rules;
        for (const MaskingRule& r : branch.maskingRules) {
            if (r.databaseName == d.database.name)
                rules.append(r);
        }
        if (rules.isEmpty())
            continue;
        const QString name = openConnectionTo(d.physical, error);
        if (name.isEmpty())
            return false;
        QString ignored;
        bool ok = true;
        {
            // Nobody reads half-masked rows: new connections are refused and open ones closed
            // while the rules run (this connection is already in).
            adminExec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(ident(d.physical)), &ignored);
            QSqlQuery q(QSqlDatabase::database(name, false));
            q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                   "AND pid <> pg_backend_pid()"_s);
            for (const QString& statement : anonFunctionsSql()) {
                if (!q.exec(statement)) {
                    *error = u"installing the anon functions failed: "_s + q.lastError().text();
                    ok = false;
                    break;
                }
            }
            for (const MaskingRule& r : std::as_const(rules)) {
                if (!ok)
                    break;
                const QString expression = r.maskingValue.isEmpty() ? r.maskingFunction : r.maskingValue;
                const QString qualified = ident(r.schemaName) + QLatin1Char('.') + ident(r.tableName);
                if (!q.exec(u"UPDATE %1 SET %2 = %3"_s.arg(qualified, ident(r.columnName), expression))) {
                    *error = u"masking rule for %1.%2.%3.%4 (%5) failed: %6"_s.arg(r.databaseName, r.schemaName, r.tableName,
                                                                                 r.columnName, expression, q.lastError().text());
                    ok = false;
                }
            }
        }
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        adminExec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(ident(d.physical)), &ignored);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Sandbox
