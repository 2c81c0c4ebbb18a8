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
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString m = QString::fromLatin1(method) + QLatin1Char(' ');
    if (s == QStringList{u"users"_s, u"me"_s})
        return m + u"/users/me"_s;
    if (s == QStringList{u"users"_s, u"me"_s, u"organizations"_s})
        return m + u"/users/me/organizations"_s;
    if (s.size() == 3 && s[0] == "consumption_history"_L1 && s[1] == "v2"_L1)
        return m + u"/consumption_history/v2/"_s + s[2];
    if (s.isEmpty() || s[0] != "projects"_L1)
        return {};
    if (s.size() == 1)
        return m + u"/projects"_s;
    QString r = u"/projects/{project_id}"_s;
    if (s.size() == 2)
        return m + r;
    if (s[2] != "branches"_L1 || s.size() == 3 || (s.size() == 4 && s[3] == "count"_L1)) {
        r += QLatin1Char('/') + s[2];
        if (s.size() == 4 && s[2] == "operations"_L1)
            return m + r + u"/{operation_id}"_s;
        if (s.size() == 4 && s[3] == "count"_L1)
            return m + r + u"/count"_s;
        return s.size() == 3 ? m + r : QString();
    }
    r += u"/branches/{branch_id}"_s;
    if (s.size() == 4)
        return m + r;
    if (s.size() == 5)
        return m + r + QLatin1Char('/') + s[4];
    return {};
}

ApiResponse Api::handle(const ApiRequest& request)
{
    m_requestId = request.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.requestId;
    ApiResponse response = route(request, request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    response.route = routeOf(request.method, request.path);
    if (response.mutated)
        m_branchBytes.clear();
    return response;
}

ApiResponse Api::route(const ApiRequest& r, const QStringList& s)
{
    if (std::optional<ApiResponse> account = routeAccount(r, s))
        return *account;
    if (s.isEmpty() || s[0] != "projects"_L1)
        return error(404, u"not found"_s);
    if (s.size() == 1)
        return r.method == "GET" ? listProjects(r) : error(405, u"method not allowed"_s);
    return routeProject(r, s);
}

std::optional<ApiResponse> Api::routeAccount(const ApiRequest& r, const QStringList& s)
{
    // Outside /projects there are reads only; anything else there is not found.
    if (r.method != "GET")
        return std::nullopt;
    ApiResponse out;
    if (s == QStringList{u"users"_s, u"me"_s}) {
        out.body = Json::write(m_state.user);
        return out;
    }
    if (s == QStringList{u"users"_s, u"me"_s, u"organizations"_s}) {
        out.body = QJsonObject{{"organizations"_L1, Json::writeList(m_state.organizations)}};
        return out;
    }
    if (s.size() == 3 && s[0] == "consumption_history"_L1 && s[1] == "v2"_L1
        && (s[2] == "projects"_L1 || s[2] == "branches"_L1))
        return consumption(r, s[2] == "branches"_L1);
    return std::nullopt;
}

ApiResponse Api::routeProject(const ApiRequest& r, const QStringList& s)
{
    const bool get = r.method == "GET";
    const QString& projectId = s[1];
    if (!m_state.projects.contains(projectId))
        return error(404, u"project not found"_s);
    if (isMutation(r.method) && isLocked(projectId))
        return error(423, u"project already has running operations, scheduling of new ones is prohibited"_s);
    if (s.size() == 2)
        return get ? getProject(projectId) : error(405, u"method not allowed"_s);

    const QString& area = s[2];
    if (s.size() == 3)
        return routeProjectArea(r, projectId, area);
    if (s.size() == 4 && area == "operations"_L1 && get)
        return getOperation(projectId, s[3]);
    if (area != "branches"_L1 || s.size() > 5)
        return error(404, u"not found"_s);
    if (s.size() == 4 && s[3] == "count"_L1)
        return get ? countBranches(r, projectId) : error(405, u"method not allowed"_s);
    if (s.size() == 4)
        return routeBranch(r, projectId, s[3]);
    return routeBranchAction(r, projectId, s[3], s[4]);
}

ApiResponse Api::routeProjectArea(const ApiRequest& r, const QString& projectId, const QString& area)
{
    const QByteArray& m = r.method;
    const bool get = m == "GET";
    if (area == "branches"_L1 && get)
        return listBranches(r, projectId);
    if (area == "branches"_L1 && m == "POST")
        return createBranch(r, projectId, false);
    if (area == "branch_anonymized"_L1 && m == "POST")
        return createBranch(r, projectId, true);
    if (area == "endpoints"_L1 && get)
        return listEndpoints(projectId);
    if (area == "operations"_L1 && get)
        return listOperations(r, projectId);
    if (area == "connection_uri"_L1 && get)
        return connectionUri(r, projectId);
    return error(404, u"not found"_s);
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
    if (m == "POST") {
        if (action == "restore"_L1)
            return restoreBranch(r, projectId, branchId);
        if (action == "set_as_default"_L1)
            return setDefault(projectId, branchId);
        if (action == "recover"_L1)
            return recoverBranch(projectId, branchId);
        if (action == "anonymize"_L1)
            return startAnonymization(projectId, branchId);
        return error(404, u"not found"_s);
    }
    if (m == "PATCH" && action == "masking_rules"_L1)
        return setMaskingRules(r, projectId, branchId);
    if (m != "GET")
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
    } else {
        return error(404, u"not found"_s);
    }
    return out;
}

} // namespace Sandbox
