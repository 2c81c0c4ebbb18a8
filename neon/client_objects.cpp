// SPDX-License-Identifier: MIT
// A branch's databases and roles: reads, create, change, delete, and the role's password.
#include "client.h"

#include "client_mutate.h"
#include "client_reads.h"
#include "paths.h"

using namespace Qt::StringLiterals;

namespace Neon {

namespace {
QString objectPath(const QString& projectId, const QString& branchId, QLatin1StringView kind, const QString& name = {})
{
    QString path = Paths::branch(projectId, branchId) + QLatin1Char('/') + kind;
    if (!name.isNull())
        path += QLatin1Char('/') + Paths::segment(name);
    return path;
}

} // namespace

Pending<Database> Client::database(const QString& projectId, const QString& branchId, const QString& name)
{
    return get<Database>({ "GET", u"/projects/{project_id}/branches/{branch_id}/databases/{database_name}"_s,
                             objectPath(projectId, branchId, "databases"_L1, name), {} },
        [](const QJsonObject& o, Database& v) { return Json::decodeIn(o, "database"_L1, v); });
}

Pending<DatabaseOperations> Client::databaseMutation(const QString& projectId, Route route,
                                                     std::optional<QJsonObject> body, ObjectReconcile reconcile)
{
    MutationSpec<DatabaseOperations> spec;
    spec.projectId = projectId;
    spec.route = std::move(route);
    spec.body = std::move(body);
    spec.decode = [](const HttpResult& res, DatabaseOperations& v) {
        if (res.status == 204)
            return (v.alreadyGone = true), QString();
        if (const QString e = Json::decodeIn(res.object, "database"_L1, v.database); !e.isEmpty())
            return e;
        return Json::decodeListIn(res.object, "operations"_L1, v.operations);
    };
    spec.operationsOf = [](const DatabaseOperations& v) { return v.operations; };
    if (reconcile) {
        spec.reconcile = [reconcile](Reply* r, std::function<void(Verdict, DatabaseOperations)> verdict) {
            reconcile(r, [verdict](Verdict v) { verdict(v, {}); });
        };
    }
    return mutate(std::move(spec));
}

Pending<DatabaseOperations> Client::createDatabase(
    const QString& projectId, const QString& branchId, const QString& name, const QString& ownerName)
{
    const QString route = u"/projects/{project_id}/branches/{branch_id}/databases"_s;
    if (const QString p = objectNameProblem(u"database"_s, name); !p.isEmpty())
        return rejected<DatabaseOperations>(u"POST "_s + route, p);
    if (ownerName.isEmpty())
        return rejected<DatabaseOperations>(u"POST "_s + route, QStringLiteral("Choose the role that owns the database."));
    const Route check{ "GET", route + u"/{database_name}"_s, objectPath(projectId, branchId, "databases"_L1, name), {} };
    return databaseMutation(projectId, { "POST", route, objectPath(projectId, branchId, "databases"_L1), {} },
        QJsonObject{{"database"_L1, QJsonObject{{"name"_L1, name}, {"owner_name"_L1, ownerName}}}},
        readBack(check, [](int status) { return status == 200 ? Verdict::Applied : status == 404 ? Verdict::NotApplied : Verdict::Unknown; }));
}

Pending<DatabaseOperations> Client::updateDatabase(
    const QString& projectId, const QString& branchId, const QString& name, const DatabaseUpdate& update)
{
    QJsonObject d;
    if (update.name)
        d.insert("name"_L1, *update.name);
    if (update.ownerName)
        d.insert("owner_name"_L1, *update.ownerName);
    return databaseMutation(projectId,
        { "PATCH", u"/projects/{project_id}/branches/{branch_id}/databases/{database_name}"_s,
            objectPath(projectId, branchId, "databases"_L1, name), {} },
        QJsonObject{{"database"_L1, d}}, {});
}

Pending<DatabaseOperations> Client::deleteDatabase(const QString& projectId, const QString& branchId, const QString& name)
{
    const Route route{ "DELETE", u"/projects/{project_id}/branches/{branch_id}/databases/{database_name}"_s,
        objectPath(projectId, branchId, "databases"_L1, name), {} };
    Route check = route;
    check.verb = "GET";
    return databaseMutation(projectId, route, std::nullopt,
        readBack(check, [](int status) { return status == 404 ? Verdict::Applied : Verdict::NotApplied; }));
}

Pending<Role> Client::role(const QString& projectId, const QString& branchId, const QString& name)
{
    return get<Role>({ "GET", u"/projects/{project_id}/branches/{branch_id}/roles/{role_name}"_s,
                         objectPath(projectId, branchId, "roles"_L1, name), {} },
        [](const QJsonObject& o, Role& v) { return Json::decodeIn(o, "role"_L1, v); });
}

Pending<QString> Client::revealRolePassword(const QString& projectId, const QString& branchId, const QString& name)
{
    return get<QString>({ "GET", u"/projects/{project_id}/branches/{branch_id}/roles/{role_name}/reveal_password"_s,
                            objectPath(projectId, branchId, "roles"_L1, name) + "/reveal_password"_L1, {} },
        [](const QJsonObject& o, QString& v) {
            if (!o.value("password"_L1).isString())
                return u"password: missing or not a string"_s;
            v = o.value("password"_L1).toString();
            return QString();
        });
}

Pending<RoleOperations> Client::roleMutation(const QString& projectId, Route route, std::optional<QJsonObject> body,
                                             ObjectReconcile reconcile)
{
    MutationSpec<RoleOperations> spec;
    spec.projectId = projectId;
    spec.route = std::move(route);
    spec.body = std::move(body);
    spec.decode = [](const HttpResult& res, RoleOperations& v) {
        if (res.status == 204)
            return (v.alreadyGone = true), QString();
        if (const QString e = Json::decodeIn(res.object, "role"_L1, v.role); !e.isEmpty())
            return e;
        return Json::decodeListIn(res.object, "operations"_L1, v.operations);
    };
    spec.operationsOf = [](const RoleOperations& v) { return v.operations; };
    if (reconcile) {
        spec.reconcile = [reconcile](Reply* r, std::function<void(Verdict, RoleOperations)> verdict) {
            reconcile(r, [verdict](Verdict v) { verdict(v, {}); });
        };
    }
    return mutate(std::move(spec));
}

Pending<RoleOperations> Client::createRole(const QString& projectId, const QString& branchId, const QString& name, bool noLogin)
{
    const QString route = u"/projects/{project_id}/branches/{branch_id}/roles"_s;
    if (const QString p = objectNameProblem(u"role"_s, name); !p.isEmpty())
        return rejected<RoleOperations>(u"POST "_s + route, p);
    QJsonObject role{{"name"_L1, name}};
    if (noLogin)
        role.insert("no_login"_L1, true);
    const Route check{ "GET", route + u"/{role_name}"_s, objectPath(projectId, branchId, "roles"_L1, name), {} };
    // After a lost answer the role may exist with a password nobody saw: reveal or reset it then.
    return roleMutation(projectId, { "POST", route, objectPath(projectId, branchId, "roles"_L1), {} },
        QJsonObject{{"role"_L1, role}},
        readBack(check, [](int status) { return status == 200 ? Verdict::Applied : status == 404 ? Verdict::NotApplied : Verdict::Unknown; }));
}

Pending<RoleOperations> Client::deleteRole(const QString& projectId, const QString& branchId, const QString& name)
{
    const Route route{ "DELETE", u"/projects/{project_id}/branches/{branch_id}/roles/{role_name}"_s,
        objectPath(projectId, branchId, "roles"_L1, name), {} };
    Route check = route;
    check.verb = "GET";
    return roleMutation(projectId, route, std::nullopt,
        readBack(check, [](int status) { return status == 404 ? Verdict::Applied : Verdict::NotApplied; }));
}

Pending<RoleOperations> Client::resetRolePassword(const QString& projectId, const QString& branchId, const QString& name)
{
    // Not read back: whether the password changed cannot be seen without it.
    return roleMutation(projectId,
        { "POST", u"/projects/{project_id}/branches/{branch_id}/roles/{role_name}/reset_password"_s,
            objectPath(projectId, branchId, "roles"_L1, name) + "/reset_password"_L1, {} },
        std::nullopt, {});
}

} // namespace Neon
