// SPDX-License-Identifier: MIT
// The data plane's connection to its PostgreSQL and the plain per-branch operations: roles,
// dropping, sizes. Root creation, copies, schema reads and anonymization have their own files.
#include "dataplane.h"

#include <pg/sqltext.h>

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

DataPlane::DataPlane(PostgresAddress admin)
    : m_admin(std::move(admin))
{
}

DataPlane::~DataPlane()
{
    // The clones per database first: the admin connection removes only its own name.
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (!m_connection.isEmpty() && name.startsWith(m_connection + u'-')) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

bool DataPlane::open(QString* error)
{
    m_adminConnection = std::make_unique<Pg::Connection>(m_admin, u"sandbox-admin"_s, u"options=--client_min_messages=warning"_s);
    if (!m_adminConnection->isOpen()) {
        *error = u"cannot connect to PostgreSQL at %1:%2: %3"_s.arg(m_admin.host, QString::number(m_admin.port), m_adminConnection->error());
        return false;
    }
    m_connection = m_adminConnection->name();
    QSqlQuery q(m_adminConnection->database());
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
        *error = q.lastError().text() + u" (in: "_s + Pg::withoutSecrets(statement).left(200) + u")"_s;
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
                *error = q.lastError().text() + u" (in: "_s + Pg::withoutSecrets(s).left(200) + u")"_s;
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
                           Pg::quotedLiteral(name), Pg::quotedIdentifier(name), Pg::quotedLiteral(role.password)),
                       error))
            return false;
    }
    return true;
}

bool DataPlane::grantBranchAccess(const BranchRecord& branch, QString* error)
{
    // PostgreSQL lets every role connect to a new database; a Neon branch's databases are
    // reached by that branch's roles only.
    QStringList roles;
    for (const Role& role : branch.roles)
        roles.append(Pg::quotedIdentifier(physicalRole(branch.branch.id, role.name)));
    for (const DatabaseRecord& d : branch.databases) {
        if (d.physical.isEmpty())
            continue;
        const QString database = Pg::quotedIdentifier(d.physical);
        if (!adminExec(u"REVOKE ALL ON DATABASE %1 FROM PUBLIC"_s.arg(database), error))
            return false;
        if (!roles.isEmpty()
            && !adminExec(u"GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2"_s.arg(database, roles.join(u", "_s)), error))
            return false;
    }
    return true;
}

bool DataPlane::dropBranch(const BranchRecord& branch, QString* error)
{
    for (const DatabaseRecord& d : branch.databases) {
        if (!dropDatabase(d, error))
            return false;
    }
    for (const Role& role : branch.roles) {
        if (!adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(Pg::quotedIdentifier(physicalRole(branch.branch.id, role.name))), error))
            return false;
    }
    return true;
}

QString DataPlane::currentLsn()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(u"SELECT pg_current_wal_insert_lsn()::text"_s) && q.next())
        return q.value(0).toString();
    return {};
}

qint64 DataPlane::sizeOf(const BranchRecord& branch)
{
    qint64 total = 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const DatabaseRecord& d : branch.databases) {
        if (!d.physical.isEmpty() && q.exec(u"SELECT pg_database_size(%1)"_s.arg(Pg::quotedLiteral(d.physical))) && q.next())
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

} // namespace Sandbox
