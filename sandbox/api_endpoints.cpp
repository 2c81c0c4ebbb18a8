// SPDX-License-Identifier: MIT
// Computes (endpoints) with Neon's rules: one read-write compute per branch and any number of
// read replicas, autoscaling in Neon's steps within the plan, suspend timeouts in Neon's
// range; start, suspend and restart run as operations. Suspending ends the branch's sessions in
// the data plane; a connection made to a suspended compute wakes it (see wakeOnConnections).
#include "api.h"

#include "api_params.h"
#include "dataplane.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

ApiResponse Api::routeEndpoint(const ApiRequest& r, const QString& projectId, const QStringList& s)
{
    // s: projects/{project_id}/endpoints/{endpoint_id}[/action]
    const QByteArray& m = r.method;
    const QString& endpointId = s[3];
    if (s.size() == 4) {
        if (m == "GET")
            return getEndpoint(projectId, endpointId);
        if (m == "PATCH")
            return updateEndpoint(r, projectId, endpointId);
        if (m == "DELETE")
            return deleteEndpoint(projectId, endpointId);
        return error(405, u"method not allowed"_s);
    }
    const QString& action = s[4];
    if (s.size() == 5 && (action == "start"_L1 || action == "suspend"_L1 || action == "restart"_L1))
        return m == "POST" ? endpointAction(projectId, endpointId, action) : error(405, u"method not allowed"_s);
    return unknownRoute(r);
}

Endpoint* Api::findEndpoint(const QString& projectId, const QString& endpointId)
{
    const auto it = m_state.endpoints.find(endpointId);
    if (it == m_state.endpoints.end() || it->projectId != projectId)
        return nullptr;
    return &*it;
}

ApiResponse Api::endpointAnswer(const Endpoint& e, const QList<Operation>& ops, int status)
{
    ApiResponse out;
    out.status = status;
    out.mutated = true;
    out.body = QJsonObject{{"endpoint"_L1, Json::write(e)}, {"operations"_L1, Json::writeList(ops)}};
    return out;
}

std::optional<ApiResponse> Api::applyEndpointSettings(const QJsonObject& in, Endpoint& e) const
{
    const double minCu = in.value("autoscaling_limit_min_cu"_L1).toDouble(e.autoscalingLimitMinCu);
    const double maxCu = in.value("autoscaling_limit_max_cu"_L1).toDouble(std::max(e.autoscalingLimitMaxCu, minCu));
    if (const QString p = computeSizeProblem(minCu, maxCu, m_state.user.maxAutoscalingLimit); !p.isEmpty())
        return error(400, p);
    if (in.contains("suspend_timeout_seconds"_L1)) {
        if (const QString p = suspendTimeoutProblem(in.value("suspend_timeout_seconds"_L1)); !p.isEmpty())
            return error(400, p);
        e.suspendTimeoutSeconds = qint64(in.value("suspend_timeout_seconds"_L1).toDouble());
    }
    if (in.contains("name"_L1)) {
        const QString name = in.value("name"_L1).toString();
        if (name.isEmpty() || name.size() > 64)
            return error(400, u"endpoint name must be 1 to 64 characters long"_s);
        e.name = name;
    }
    for (const char* flag : {"disabled", "passwordless_access", "pooler_enabled"}) {
        if (in.contains(QLatin1String(flag)) && !in.value(QLatin1String(flag)).isBool())
            return error(400, u"%1 must be true or false"_s.arg(QLatin1String(flag)));
    }
    e.disabled = in.value("disabled"_L1).toBool(e.disabled);
    e.passwordlessAccess = in.value("passwordless_access"_L1).toBool(e.passwordlessAccess);
    e.poolerEnabled = in.value("pooler_enabled"_L1).toBool(e.poolerEnabled);
    e.autoscalingLimitMinCu = minCu;
    e.autoscalingLimitMaxCu = maxCu;
    return std::nullopt;
}

ApiResponse Api::createEndpoint(const ApiRequest& r, const QString& projectId)
{
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (!body.value("endpoint"_L1).isObject())
        return error(400, u"request body must contain \"endpoint\""_s);
    const QJsonObject in = body.value("endpoint"_L1).toObject();
    const QString branchId = in.value("branch_id"_L1).toString();
    const QString type = in.value("type"_L1).toString();
    if (branchId.isEmpty() || type.isEmpty())
        return error(400, u"endpoint.branch_id and endpoint.type are required"_s);
    if (type != "read_write"_L1 && type != "read_only"_L1)
        return error(400, u"endpoint.type must be read_write or read_only"_s);
    const BranchRecord* branch = liveBranch(projectId, branchId);
    if (!branch)
        return error(404, u"branch not found"_s);
    const QList<Endpoint> existing = m_state.endpointsOf(branchId);
    if (type == "read_write"_L1 && std::any_of(existing.cbegin(), existing.cend(), [](const Endpoint& e) { return e.isReadWrite(); }))
        return error(409, u"read-write endpoint already exists"_s);
    Endpoint e = m_factory.endpoint(m_state.projects.value(projectId).project, branchId, type, 0.25, 1, now());
    if (const std::optional<ApiResponse> refused = applyEndpointSettings(in, e))
        return *refused;
    m_state.endpoints.insert(e.id, e);
    const QList<Operation> ops = endpointOps(startOperations(projectId, branchId, {u"start_compute"_s}), e.id);
    return endpointAnswer(e, ops, 201);
}

QList<Operation> Api::endpointOps(QList<Operation> ops, const QString& endpointId)
{
    for (Operation& op : ops)
        op.endpointId = m_state.operations[op.id].endpointId = endpointId;
    return ops;
}

ApiResponse Api::getEndpoint(const QString& projectId, const QString& endpointId)
{
    const Endpoint* e = findEndpoint(projectId, endpointId);
    if (!e)
        return error(404, u"endpoint not found"_s);
    ApiResponse out;
    out.body = QJsonObject{{"endpoint"_L1, Json::write(*e)}};
    return out;
}

ApiResponse Api::updateEndpoint(const ApiRequest& r, const QString& projectId, const QString& endpointId)
{
    Endpoint* found = findEndpoint(projectId, endpointId);
    if (!found)
        return error(404, u"endpoint not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (!body.value("endpoint"_L1).isObject())
        return error(400, u"request body must contain \"endpoint\""_s);
    const QJsonObject in = body.value("endpoint"_L1).toObject();
    if (in.contains("branch_id"_L1) && in.value("branch_id"_L1).toString() != found->branchId)
        return error(400, u"moving a compute to another branch is not supported by the sandbox; create one there"_s);
    Endpoint e = *found;
    if (const std::optional<ApiResponse> refused = applyEndpointSettings(in, e))
        return *refused;
    e.updatedAt = now();
    QList<Operation> ops;
    if (e.isActive()) { // a running compute restarts with the new configuration
        e.pendingState = e.currentState;
        ops = endpointOps(startOperations(projectId, e.branchId, {u"apply_config"_s}), e.id);
    }
    *found = e;
    return endpointAnswer(e, ops, 200);
}

ApiResponse Api::deleteEndpoint(const QString& projectId, const QString& endpointId)
{
    Endpoint* e = findEndpoint(projectId, endpointId);
    if (!e) {
        ApiResponse gone;
        gone.status = 204;
        gone.noBody = true;
        return gone;
    }
    const BranchRecord* branch = m_state.branches.contains(e->branchId) ? &m_state.branches[e->branchId] : nullptr;
    if (branch && branch->anonymization && e->isReadWrite())
        return error(400, u"cannot delete read-write endpoints for anonymized branches"_s);
    Endpoint removed = *e;
    if (m_data && branch && removed.isReadWrite())
        m_data->suspendCompute(*branch);
    const QList<Operation> ops = endpointOps(startOperations(projectId, removed.branchId, {u"suspend_compute"_s}), removed.id);
    m_state.endpoints.remove(endpointId);
    removed.currentState = u"idle"_s;
    removed.pendingState.clear();
    return endpointAnswer(removed, ops, 200);
}

ApiResponse Api::endpointAction(const QString& projectId, const QString& endpointId, const QString& action)
{
    Endpoint* e = findEndpoint(projectId, endpointId);
    if (!e)
        return error(404, u"endpoint not found"_s);
    if (e->disabled && action != "suspend"_L1)
        return error(409, u"endpoint is disabled"_s);
    const BranchRecord* branch = liveBranch(projectId, e->branchId);
    if (!branch)
        return error(404, u"branch not found"_s);
    QStringList actions;
    if (action == "start"_L1) {
        actions = {u"start_compute"_s};
        e->pendingState = u"active"_s;
    } else if (action == "suspend"_L1) {
        actions = {u"suspend_compute"_s};
        e->pendingState = u"idle"_s;
        if (m_data)
            m_data->suspendCompute(*branch);
    } else {
        actions = {u"suspend_compute"_s, u"start_compute"_s};
        e->pendingState = u"active"_s;
        if (m_data)
            m_data->suspendCompute(*branch); // a restart ends the sessions too
    }
    e->updatedAt = now();
    const QList<Operation> ops = endpointOps(startOperations(projectId, e->branchId, actions), e->id);
    return endpointAnswer(*e, ops, 200);
}

bool Api::wakeOnConnections(const QDateTime& t)
{
    // Neon starts a suspended compute when a connection arrives. The sandbox's clients connect
    // to PostgreSQL directly, so it looks for sessions on a suspended compute's databases and
    // marks the compute started then (the connection itself was accepted right away).
    if (!m_data)
        return false;
    QList<Endpoint*> idle;
    for (Endpoint& e : m_state.endpoints) {
        if (e.currentState == "idle"_L1 && e.pendingState.isEmpty() && e.isReadWrite())
            idle.append(&e);
    }
    if (idle.isEmpty())
        return false;
    const QSet<QString> inUse = m_data->databasesInUse();
    bool changed = false;
    for (Endpoint* e : std::as_const(idle)) {
        const auto b = m_state.branches.constFind(e->branchId);
        if (b == m_state.branches.cend())
            continue;
        const bool connected = std::any_of(b->databases.cbegin(), b->databases.cend(),
                                           [&](const DatabaseRecord& d) { return inUse.contains(d.physical); });
        if (!connected)
            continue;
        e->currentState = u"active"_s;
        e->startedAt = e->lastActive = e->updatedAt = t;
        e->suspendedAt = QDateTime();
        m_factory.operation(m_state, e->projectId, e->branchId, u"start_compute"_s, t, 0, e->id);
        changed = true;
    }
    return changed;
}

} // namespace Sandbox
