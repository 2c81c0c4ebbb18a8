// SPDX-License-Identifier: MIT
// Routing of the sandbox's Neon API: a request's path, level by level, to its handler. The
// order of the checks decides which of 404, 405 and 423 a wrong request gets, as on Neon.
#include "api.h"

#include <neon/codec.h>

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

QString Api::routeOf(const QByteArray& method, const QString& path)
{
    // Which segments are parameters follows from their position and the segment before them.
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (s.isEmpty())
        return {};
    QStringList out{QString()};
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QString before = i > 0 ? s[i - 1] : QString();
        QString part = s[i];
        if (i == 1 && s[0] == "projects"_L1 && part != "shared"_L1 && part != "auth"_L1)
            part = u"{project_id}"_s;
        else if (i == 3 && s[0] == "projects"_L1 && before == "branches"_L1 && part != "count"_L1)
            part = u"{branch_id}"_s;
        else if (i == 3 && s[0] == "projects"_L1 && before == "operations"_L1)
            part = u"{operation_id}"_s;
        else if (i == 3 && s[0] == "projects"_L1 && before == "endpoints"_L1)
            part = u"{endpoint_id}"_s;
        else if (i == 3 && s[0] == "projects"_L1 && before == "snapshots"_L1)
            part = u"{snapshot_id}"_s;
        else if (i == 5 && before == "databases"_L1)
            part = u"{database_name}"_s;
        else if (i == 5 && before == "roles"_L1)
            part = u"{role_name}"_s;
        out.append(part);
    }
    return QString::fromLatin1(method) + QLatin1Char(' ') + out.join(QLatin1Char('/'));
}

ApiResponse Api::handle(const ApiRequest& request)
{
    m_requestId = request.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.requestId;
    ApiResponse response = route(request, request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    if (response.route.isEmpty())
        response.route = routeOf(request.method, request.path);
    else
        response.route.clear(); // no route of ours answered
    if (response.mutated)
        m_branchBytes.clear();
    return response;
}

ApiResponse Api::unknownRoute(const ApiRequest& r) const
{
    ApiResponse out = error(404, u"not found: the Neon API has no route %1 /api/v2%2"_s.arg(QString::fromLatin1(r.method), r.path));
    out.route = u"-"_s; // marks "unrouted" for handle()
    return out;
}

ApiResponse Api::route(const ApiRequest& r, const QStringList& s)
{
    if (const QString area = notOfferedArea(s); !area.isEmpty())
        return notOffered(r, area);
    if (std::optional<ApiResponse> account = routeAccount(r, s))
        return *account;
    if (s.isEmpty() || s[0] != "projects"_L1)
        return unknownRoute(r);
    if (s.size() == 1 && r.method == "GET")
        return listProjects(r);
    if (s.size() == 1 && r.method == "POST")
        return createProject(r);
    if (s.size() == 1)
        return error(405, u"method not allowed"_s);
    if (s.size() == 2 && s[1] == "shared"_L1)
        return r.method == "GET" ? listSharedProjects(r) : error(405, u"method not allowed"_s);
    return routeProject(r, s);
}

std::optional<ApiResponse> Api::routeAccount(const ApiRequest& r, const QStringList& s)
{
    // Outside /projects there are reads only.
    if (s.isEmpty() || s[0] == "projects"_L1)
        return std::nullopt;
    const bool known = s == QStringList{u"users"_s, u"me"_s} || s == QStringList{u"users"_s, u"me"_s, u"organizations"_s}
        || s == QStringList{u"auth"_s} || s == QStringList{u"regions"_s}
        || s == QStringList{u"consumption_history"_s, u"projects"_s}
        || (s.size() == 3 && s[0] == "consumption_history"_L1 && s[1] == "v2"_L1 && (s[2] == "projects"_L1 || s[2] == "branches"_L1));
    if (!known)
        return unknownRoute(r);
    if (r.method != "GET")
        return error(405, u"method not allowed"_s);
    ApiResponse out;
    if (s[0] == "users"_L1 && s.size() == 2) {
        out.body = Json::write(m_state.user);
    } else if (s[0] == "users"_L1) {
        out.body = QJsonObject{{"organizations"_L1, Json::writeList(m_state.organizations)}};
    } else if (s[0] == "auth"_L1) {
        return authDetails();
    } else if (s[0] == "regions"_L1) {
        return regions();
    } else if (s.size() == 2) {
        return consumptionLegacy(r);
    } else {
        return consumption(r, s[2] == "branches"_L1);
    }
    return out;
}

ApiResponse Api::routeProject(const ApiRequest& r, const QStringList& s)
{
    const bool get = r.method == "GET";
    const QString& projectId = s[1];
    const auto project = m_state.projects.constFind(projectId);
    if (project == m_state.projects.cend())
        return error(404, u"project not found"_s);
    const bool recover = s.size() == 3 && s[2] == "recover"_L1;
    if (project->project.deletedAt.isValid() && !recover)
        return error(404, u"project not found (it was deleted; POST /projects/%1/recover brings it back until %2)"_s.arg(
                              projectId, Json::timeToString(project->project.recoverableUntil)));
    if (isMutation(r.method) && isLocked(projectId))
        return error(423, u"project already has running operations, scheduling of new ones is prohibited"_s);
    if (s.size() == 2) {
        if (get)
            return getProject(projectId);
        if (r.method == "PATCH")
            return updateProject(r, projectId);
        if (r.method == "DELETE")
            return deleteProject(projectId);
        return error(405, u"method not allowed"_s);
    }
    const QString& area = s[2];
    if (recover)
        return r.method == "POST" ? recoverProject(projectId) : error(405, u"method not allowed"_s);
    if (s.size() == 3)
        return routeProjectArea(r, projectId, area);
    if (s.size() == 4 && area == "operations"_L1)
        return get ? getOperation(projectId, s[3]) : error(405, u"method not allowed"_s);
    if (area == "endpoints"_L1 && s.size() <= 5)
        return routeEndpoint(r, projectId, s);
    if (area == "snapshots"_L1 && s.size() <= 5)
        return routeSnapshot(r, projectId, s);
    if (area != "branches"_L1 || s.size() > 7)
        return unknownRoute(r);
    if (s.size() == 4 && s[3] == "count"_L1)
        return get ? countBranches(r, projectId) : error(405, u"method not allowed"_s);
    if (s.size() == 4)
        return routeBranch(r, projectId, s[3]);
    if (s.size() >= 6)
        return routeBranchObject(r, projectId, s[3], s.mid(4));
    return routeBranchAction(r, projectId, s[3], s[4]);
}

ApiResponse Api::routeProjectArea(const ApiRequest& r, const QString& projectId, const QString& area)
{
    const QByteArray& m = r.method;
    const bool get = m == "GET";
    const QStringList known{u"branches"_s, u"branch_anonymized"_s, u"endpoints"_s, u"operations"_s, u"connection_uri"_s,
                            u"snapshots"_s};
    if (!known.contains(area))
        return unknownRoute(r);
    if (area == "branches"_L1 && get)
        return listBranches(r, projectId);
    if (area == "branches"_L1 && m == "POST")
        return createBranch(r, projectId, false);
    if (area == "branch_anonymized"_L1 && m == "POST")
        return createBranch(r, projectId, true);
    if (area == "endpoints"_L1 && get)
        return listEndpoints(projectId);
    if (area == "endpoints"_L1 && m == "POST")
        return createEndpoint(r, projectId);
    if (area == "operations"_L1 && get)
        return listOperations(r, projectId);
    if (area == "connection_uri"_L1 && get)
        return connectionUri(r, projectId);
    if (area == "snapshots"_L1 && get)
        return listSnapshots(projectId);
    return error(405, u"method not allowed"_s);
}

ApiResponse Api::routeSnapshot(const ApiRequest& r, const QString& projectId, const QStringList& s)
{
    // /projects/{id}/snapshots/{snapshot_id}[/restore]
    if (s.size() == 5 && s[4] != "restore"_L1)
        return unknownRoute(r);
    if (s.size() == 5)
        return r.method == "POST" ? restoreSnapshot(r, projectId, s[3]) : error(405, u"method not allowed"_s);
    if (r.method == "PATCH")
        return updateSnapshot(r, projectId, s[3]);
    if (r.method == "DELETE")
        return deleteSnapshot(projectId, s[3]);
    return error(405, u"method not allowed"_s);
}

ApiResponse Api::routeBranch(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    if (r.method == "GET")
        return getBranch(projectId, branchId);
    if (r.method == "PATCH")
        return updateBranch(r, projectId, branchId);
    if (r.method == "DELETE")
        return deleteBranch(r, projectId, branchId);
    return error(405, u"method not allowed"_s);
}

ApiResponse Api::routeBranchAction(const ApiRequest& r, const QString& projectId, const QString& branchId,
                                   const QString& action)
{
    const QByteArray& m = r.method;
    static const QStringList posts{u"restore"_s, u"set_as_default"_s, u"recover"_s, u"anonymize"_s, u"snapshot"_s,
                                   u"finalize_restore"_s};
    static const QStringList gets{u"schema"_s, u"compare_schema"_s, u"anonymized_status"_s, u"endpoints"_s,
                                  u"databases"_s, u"roles"_s, u"masking_rules"_s, u"backup_schedule"_s};
    if (!posts.contains(action) && !gets.contains(action))
        return unknownRoute(r);
    if (action == "backup_schedule"_L1 && m == "PUT")
        return setBackupSchedule(r, projectId, branchId);
    if (action == "backup_schedule"_L1 && m == "GET")
        return getBackupSchedule(projectId, branchId);
    if (m == "POST" && action == "databases"_L1)
        return createDatabase(r, projectId, branchId);
    if (m == "POST" && action == "roles"_L1)
        return createRole(r, projectId, branchId);
    if (m == "POST" && posts.contains(action)) {
        if (action == "restore"_L1)
            return restoreBranch(r, projectId, branchId);
        if (action == "set_as_default"_L1)
            return setDefault(projectId, branchId);
        if (action == "recover"_L1)
            return recoverBranch(projectId, branchId);
        if (action == "snapshot"_L1)
            return createSnapshot(r, projectId, branchId);
        if (action == "finalize_restore"_L1)
            return finalizeRestore(r, projectId, branchId);
        return startAnonymization(projectId, branchId);
    }
    if (m == "PATCH" && action == "masking_rules"_L1)
        return setMaskingRules(r, projectId, branchId);
    if (m != "GET" || !gets.contains(action))
        return error(405, u"method not allowed"_s);
    if (action == "schema"_L1)
        return branchSchema(r, projectId, branchId);
    if (action == "compare_schema"_L1)
        return compareSchema(r, projectId, branchId);
    if (action == "anonymized_status"_L1)
        return anonymizedStatus(projectId, branchId);
    return branchChildren(projectId, branchId, action);
}

ApiResponse Api::listEndpoints(const QString& projectId)
{
    // One pass over the endpoints (an organization may hold tens of thousands), then the
    // project's branches in their order, each branch's endpoints by id.
    QHash<QString, QList<Endpoint>> byBranch;
    for (const Endpoint& e : std::as_const(m_state.endpoints)) {
        if (e.projectId == projectId)
            byBranch[e.branchId].append(e);
    }
    QList<Endpoint> all;
    for (const BranchRecord* b : m_state.branchesOf(projectId)) {
        QList<Endpoint> mine = byBranch.take(b->branch.id);
        std::sort(mine.begin(), mine.end(), [](const Endpoint& x, const Endpoint& y) { return x.id < y.id; });
        all.append(mine);
    }
    ApiResponse out;
    out.body = QJsonObject{{"endpoints"_L1, Json::writeList(all)}};
    return out;
}

ApiResponse Api::getOperation(const QString& projectId, const QString& operationId)
{
    const auto op = m_state.operations.constFind(operationId);
    if (op == m_state.operations.cend() || op->projectId != projectId)
        return error(404, u"operation not found"_s);
    ApiResponse out;
    out.body = QJsonObject{{"operation"_L1, Json::write(*op)}};
    return out;
}

ApiResponse Api::branchChildren(const QString& projectId, const QString& branchId, const QString& kind)
{
    const BranchRecord* b = liveBranch(projectId, branchId);
    if (!b)
        return error(404, u"branch not found"_s);
    ApiResponse out;
    if (kind == "endpoints"_L1) {
        out.body = QJsonObject{{"endpoints"_L1, Json::writeList(m_state.endpointsOf(branchId))}};
    } else if (kind == "databases"_L1) {
        QList<Database> dbs;
        for (const DatabaseRecord& d : b->databases)
            dbs.append(d.database);
        out.body = QJsonObject{{"databases"_L1, Json::writeList(dbs)}};
    } else if (kind == "roles"_L1) {
        QList<Role> roles = b->roles;
        for (Role& role : roles)
            role.password.clear(); // revealed only by reveal_password
        out.body = QJsonObject{{"roles"_L1, Json::writeList(roles)}};
    } else if (kind == "masking_rules"_L1) {
        out.body = QJsonObject{{"masking_rules"_L1, Json::writeList(b->maskingRules)}};
    }
    return out;
}

} // namespace Sandbox
