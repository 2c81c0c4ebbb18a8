// SPDX-License-Identifier: MIT
// A branch's databases and roles, as real PostgreSQL objects when the data plane is on, with
// Neon's rules: names up to 63 bytes, reserved names refused, owners that exist, no drop of a
// role that still owns databases, duplicates 409, passwords revealed only where stored.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
QString objectNameProblem(const QString& kind, const QString& name)
{
    if (name.isEmpty() || name.toUtf8().size() > 63)
        return u"%1 name must be 1 to 63 bytes long"_s.arg(kind);
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20; }))
        return u"%1 name must not contain control characters"_s.arg(kind);
    return {};
}

bool reservedDatabase(const QString& name)
{
    return name == "postgres"_L1 || name == "template0"_L1 || name == "template1"_L1;
}
} // namespace

ApiResponse Api::routeBranchObject(const ApiRequest& r, const QString& projectId, const QString& branchId,
                                   const QStringList& tail)
{
    // tail: databases/{name} | roles/{name} | roles/{name}/reveal_password | roles/{name}/reset_password
    const QByteArray& m = r.method;
    const QString& kind = tail[0];
    const QString& name = tail[1];
    if (kind == "databases"_L1 && tail.size() == 2) {
        if (m == "GET")
            return getDatabase(projectId, branchId, name);
        if (m == "PATCH")
            return updateDatabase(r, projectId, branchId, name);
        if (m == "DELETE")
            return deleteDatabase(projectId, branchId, name);
        return error(405, u"method not allowed"_s);
    }
    if (kind == "roles"_L1 && tail.size() == 2) {
        if (m == "GET")
            return getRole(projectId, branchId, name);
        if (m == "DELETE")
            return deleteRole(projectId, branchId, name);
        return error(405, u"method not allowed"_s);
    }
    if (kind == "roles"_L1 && tail.size() == 3 && tail[2] == "reveal_password"_L1)
        return m == "GET" ? revealPassword(projectId, branchId, name) : error(405, u"method not allowed"_s);
    if (kind == "roles"_L1 && tail.size() == 3 && tail[2] == "reset_password"_L1)
        return m == "POST" ? resetPassword(projectId, branchId, name) : error(405, u"method not allowed"_s);
    return unknownRoute(r);
}

ApiResponse Api::objectAnswer(const QString& key, const QJsonObject& object, const QString& projectId,
                              const QString& branchId, int status)
{
    ApiResponse out;
    out.status = status;
    out.mutated = true;
    // Neon applies role and database changes to the branch's compute.
    const QList<Operation> ops = startOperations(projectId, branchId, {u"apply_config"_s});
    out.body = QJsonObject{{key, object}, {"operations"_L1, Json::writeList(ops)}};
    return out;
}

ApiResponse Api::createDatabase(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    const QJsonObject in = body.value("database"_L1).toObject();
    const QString name = in.value("name"_L1).toString();
    const QString owner = in.value("owner_name"_L1).toString();
    if (!body.value("database"_L1).isObject() || owner.isEmpty())
        return error(400, u"database.name and database.owner_name are required"_s);
    if (const QString p = objectNameProblem(u"database"_s, name); !p.isEmpty())
        return error(400, p);
    if (reservedDatabase(name))
        return error(400, u"database name \"%1\" is reserved"_s.arg(name));
    BranchRecord& b = m_state.branches[branchId];
    if (std::any_of(b.databases.cbegin(), b.databases.cend(), [&](const DatabaseRecord& d) { return d.database.name == name; }))
        return error(409, u"database with name \"%1\" already exists"_s.arg(name));
    if (!std::any_of(b.roles.cbegin(), b.roles.cend(), [&](const Role& x) { return x.name == owner; }))
        return error(400, u"owner role \"%1\" does not exist on this branch"_s.arg(owner));
    DatabaseRecord d;
    d.database.id = m_factory.random().bounded(1, 1 << 30);
    d.database.branchId = branchId;
    d.database.name = name;
    d.database.ownerName = owner;
    d.database.createdAt = d.database.updatedAt = now();
    QString dataError;
    if (m_data && !m_data->createDatabase(b, d, &dataError))
        return error(500, u"the sandbox's PostgreSQL could not create the database: "_s + dataError);
    b.databases.append(d);
    if (!b.eras.isEmpty()) // from now on the branch's history includes it
        b.eras.last().physical.insert(name, d.physical);
    return objectAnswer(u"database"_s, Json::write(d.database), projectId, branchId, 201);
}

DatabaseRecord* Api::databaseOf(const QString& projectId, const QString& branchId, const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return nullptr;
    for (DatabaseRecord& d : m_state.branches[branchId].databases) {
        if (d.database.name == name)
            return &d;
    }
    return nullptr;
}

ApiResponse Api::getDatabase(const QString& projectId, const QString& branchId, const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    const DatabaseRecord* d = databaseOf(projectId, branchId, name);
    if (!d)
        return error(404, u"database \"%1\" not found"_s.arg(name));
    ApiResponse out;
    out.body = QJsonObject{{"database"_L1, Json::write(d->database)}};
    return out;
}

ApiResponse Api::updateDatabase(const ApiRequest& r, const QString& projectId, const QString& branchId,
                                const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    DatabaseRecord* d = databaseOf(projectId, branchId, name);
    if (!d)
        return error(404, u"database \"%1\" not found"_s.arg(name));
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (!body.value("database"_L1).isObject())
        return error(400, u"request body must contain \"database\""_s);
    const QJsonObject in = body.value("database"_L1).toObject();
    const BranchRecord& b = m_state.branches[branchId];
    const QString newName = in.value("name"_L1).toString(name);
    const QString owner = in.value("owner_name"_L1).toString(d->database.ownerName);
    if (const QString p = objectNameProblem(u"database"_s, newName); !p.isEmpty())
        return error(400, p);
    if (newName != name && (reservedDatabase(newName) || databaseOf(projectId, branchId, newName)))
        return error(409, u"database with name \"%1\" already exists"_s.arg(newName));
    if (!std::any_of(b.roles.cbegin(), b.roles.cend(), [&](const Role& x) { return x.name == owner; }))
        return error(400, u"owner role \"%1\" does not exist on this branch"_s.arg(owner));
    QString dataError;
    if (m_data && owner != d->database.ownerName && !m_data->setDatabaseOwner(b, *d, owner, &dataError))
        return error(500, u"the sandbox's PostgreSQL could not change the owner: "_s + dataError);
    // The physical database keeps its name: connection strings of the branch stay valid.
    d->database.name = newName;
    d->database.ownerName = owner;
    d->database.updatedAt = now();
    return objectAnswer(u"database"_s, Json::write(d->database), projectId, branchId, 200);
}

ApiResponse Api::deleteDatabase(const QString& projectId, const QString& branchId, const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    const DatabaseRecord* d = databaseOf(projectId, branchId, name);
    if (!d) {
        ApiResponse gone;
        gone.status = 204;
        gone.noBody = true;
        return gone;
    }
    BranchRecord& b = m_state.branches[branchId];
    if (b.anonymization)
        return error(400, u"cannot delete databases of anonymized branches"_s);
    QString dataError;
    if (m_data && !m_data->dropDatabase(*d, &dataError))
        return error(500, u"the sandbox's PostgreSQL could not drop the database: "_s + dataError);
    const Database removed = d->database;
    b.databases.removeIf([&](const DatabaseRecord& x) { return x.database.name == name; });
    return objectAnswer(u"database"_s, Json::write(removed), projectId, branchId, 200);
}

} // namespace Sandbox
