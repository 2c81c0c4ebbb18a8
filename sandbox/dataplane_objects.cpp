// SPDX-License-Identifier: MIT
// The objects a branch's API calls change in the data plane: roles (created with their
// password, the password reset, dropped), databases (created for an owner, renamed by metadata
// only, given to another owner, dropped) and the compute (suspending ends the sessions).
#include "dataplane.h"

#include <pg/sqltext.h>

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
QString physicalDatabasesList(const BranchRecord& branch)
{
    QStringList names;
    for (const DatabaseRecord& d : branch.databases) {
        if (!d.physical.isEmpty())
            names.append(Pg::quotedLiteral(d.physical));
    }
    return names.join(u", "_s);
}
} // namespace

bool DataPlane::createRole(const BranchRecord& branch, const Role& role, QString* error)
{
    BranchRecord only = branch;
    only.roles = {role};
    if (!createRoles(only, error) || !grantBranchAccess(only, error))
        return false;
    if (role.authenticationMethod != "no_login"_L1)
        return true;
    return adminExec(u"ALTER ROLE %1 NOLOGIN PASSWORD NULL"_s.arg(Pg::quotedIdentifier(physicalRole(branch.branch.id, role.name))), error);
}

bool DataPlane::setPassword(const BranchRecord& branch, const Role& role, QString* error)
{
    const QString name = Pg::quotedIdentifier(physicalRole(branch.branch.id, role.name));
    return adminExec(u"ALTER ROLE %1 PASSWORD %2"_s.arg(name, Pg::quotedLiteral(role.password)), error);
}

bool DataPlane::dropRole(const BranchRecord& branch, const QString& role, QString* error)
{
    // What the role owns inside the branch's databases goes to each database's owner first:
    // PostgreSQL drops only a role that owns nothing.
    const QString name = Pg::quotedIdentifier(physicalRole(branch.branch.id, role));
    for (const DatabaseRecord& d : branch.databases) {
        if (d.physical.isEmpty())
            continue;
        const QString owner = Pg::quotedIdentifier(physicalRole(branch.branch.id, d.database.ownerName));
        if (!exec(d.physical, {u"REASSIGN OWNED BY %1 TO %2"_s.arg(name, owner), u"DROP OWNED BY %1"_s.arg(name)}, error))
            return false;
    }
    disconnectRole(physicalRole(branch.branch.id, role));
    return adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(name), error);
}

bool DataPlane::createDatabase(const BranchRecord& branch, DatabaseRecord& database, QString* error)
{
    database.physical = newDatabaseName(branch.branch.id, database.database.name);
    const QString owner = Pg::quotedIdentifier(physicalRole(branch.branch.id, database.database.ownerName));
    if (!adminExec(u"CREATE DATABASE %1 OWNER %2"_s.arg(Pg::quotedIdentifier(database.physical), owner), error)) {
        database.physical.clear();
        return false;
    }
    BranchRecord only = branch;
    only.databases = {database};
    return grantBranchAccess(only, error);
}

bool DataPlane::setDatabaseOwner(const BranchRecord& branch, const DatabaseRecord& database, const QString& owner,
                                 QString* error)
{
    if (database.physical.isEmpty())
        return true;
    const QString from = Pg::quotedIdentifier(physicalRole(branch.branch.id, database.database.ownerName));
    const QString to = Pg::quotedIdentifier(physicalRole(branch.branch.id, owner));
    return adminExec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(Pg::quotedIdentifier(database.physical), to), error)
        && exec(database.physical, {u"REASSIGN OWNED BY %1 TO %2"_s.arg(from, to)}, error);
}

bool DataPlane::dropDatabase(const DatabaseRecord& database, QString* error)
{
    if (database.physical.isEmpty())
        return true;
    return adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(Pg::quotedIdentifier(database.physical)), error);
}

int DataPlane::suspendCompute(const BranchRecord& branch)
{
    // A suspended Neon compute has no sessions left: every connection to the branch ends.
    const QString names = physicalDatabasesList(branch);
    if (names.isEmpty())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    int ended = 0;
    if (q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN (%1) AND pid <> pg_backend_pid()"_s.arg(names))) {
        while (q.next())
            ended += q.value(0).toBool() ? 1 : 0;
    }
    return ended;
}

QSet<QString> DataPlane::databasesInUse()
{
    QSet<QString> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(u"SELECT DISTINCT datname FROM pg_stat_activity WHERE datname IS NOT NULL AND pid <> pg_backend_pid() "
               "AND usename <> current_user"_s)) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

void DataPlane::disconnectRole(const QString& physicalRoleName)
{
    QString ignored;
    adminExec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %1"_s.arg(Pg::quotedLiteral(physicalRoleName)),
              &ignored);
}

} // namespace Sandbox
