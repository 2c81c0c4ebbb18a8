// SPDX-License-Identifier: MIT
// Computes, databases and roles: reads and typed mutations, each followed through its
// operations like the branch mutations; deletes read back after a lost answer (DELETE is
// idempotent), creates read back whether the object exists.
#include "client.h"

#include "client_mutate.h"
#include "client_reads.h"
#include "paths.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Neon {

QList<double> computeUnitSteps()
{
    QList<double> steps{0.25, 0.5};
    for (int cu = 1; cu <= 16; ++cu)
        steps.append(cu);
    return steps;
}

QString computeRangeProblem(double minCu, double maxCu, double planMaximum)
{
    const QList<double> steps = computeUnitSteps();
    if (!steps.contains(minCu) || !steps.contains(maxCu))
        return QStringLiteral("A compute size is 0.25, 0.5 or a whole number of CU up to 16.");
    if (minCu > maxCu)
        return QStringLiteral("The minimum size must not be above the maximum.");
    if (maxCu - minCu > 8)
        return QStringLiteral("An autoscaling range spans at most 8 CU.");
    if (planMaximum > 0 && maxCu > planMaximum)
        return QStringLiteral("Your plan allows computes of at most %1 CU.").arg(planMaximum);
    return {};
}

QString suspendTimeoutProblem(qint64 seconds)
{
    if (seconds < -1 || seconds > 604800 || (seconds > 0 && seconds < 60))
        return QStringLiteral("Suspend after 60 seconds to 7 days, never (-1), or the default (0, 5 minutes).");
    return {};
}

QString objectNameProblem(const QString& kind, const QString& name)
{
    if (name.isEmpty() || name.toUtf8().size() > 63)
        return QStringLiteral("A %1 name has 1 to 63 bytes.").arg(kind);
    return {};
}

namespace {
template<typename T>
QString decodeObjectOperations(const HttpResult& res, QLatin1StringView key, T& object, QList<Operation>& ops, bool& gone)
{
    if (res.status == 204) { // already gone: DELETE's empty answer
        gone = true;
        return {};
    }
    if (const QString e = Json::decodeIn(res.object, key, object); !e.isEmpty())
        return e;
    return Json::decodeListIn(res.object, "operations"_L1, ops);
}

QJsonObject endpointFields(const std::optional<double>& minCu, const std::optional<double>& maxCu,
                           const std::optional<qint64>& suspend)
{
    QJsonObject e;
    if (minCu)
        e.insert("autoscaling_limit_min_cu"_L1, *minCu);
    if (maxCu)
        e.insert("autoscaling_limit_max_cu"_L1, *maxCu);
    if (suspend)
        e.insert("suspend_timeout_seconds"_L1, *suspend);
    return e;
}
} // namespace

Client::ObjectReconcile Client::readBack(const Route& route, std::function<Verdict(int status)> decide)
{
    return [this, route, decide](Reply* r, std::function<void(Verdict)> verdict) {
        send(r, route, nullptr, [decide, verdict](const HttpResult& res) {
            verdict(res.status == 0 ? Verdict::Unknown : decide(res.status));
        });
    };
}

Pending<Endpoint> Client::endpoint(const QString& projectId, const QString& endpointId)
{
    return get<Endpoint>({ "GET", u"/projects/{project_id}/endpoints/{endpoint_id}"_s,
                             Paths::project(projectId) + "/endpoints/"_L1 + Paths::segment(endpointId), {} },
        [](const QJsonObject& o, Endpoint& v) { return Json::decodeIn(o, "endpoint"_L1, v); });
}

Pending<EndpointOperations> Client::endpointMutation(const QString& projectId, Route route,
                                                     std::optional<QJsonObject> body, ObjectReconcile reconcile)
{
    MutationSpec<EndpointOperations> spec;
    spec.projectId = projectId;
    spec.route = std::move(route);
    spec.body = std::move(body);
    spec.decode = [](const HttpResult& res, EndpointOperations& v) {
        return decodeObjectOperations(res, "endpoint"_L1, v.endpoint, v.operations, v.alreadyGone);
    };
    spec.operationsOf = [](const EndpointOperations& v) { return v.operations; };
    if (reconcile) {
        spec.reconcile = [reconcile](Reply* r, std::function<void(Verdict, EndpointOperations)> verdict) {
            reconcile(r, [verdict](Verdict v) { verdict(v, {}); });
        };
    }
    return mutate(std::move(spec));
}

Pending<EndpointOperations> Client::createEndpoint(const QString& projectId, const EndpointCreate& create)
{
    const QString description = u"POST /projects/{project_id}/endpoints"_s;
    if (create.branchId.isEmpty())
        return rejected<EndpointOperations>(description, QStringLiteral("Choose the branch the compute is for."));
    QJsonObject e = endpointFields(create.autoscalingLimitMinCu, create.autoscalingLimitMaxCu, create.suspendTimeoutSeconds);
    e.insert("branch_id"_L1, create.branchId);
    e.insert("type"_L1, create.type);
    if (!create.name.isEmpty())
        e.insert("name"_L1, create.name);
    // No read-back: a second read-only compute is allowed, so "one exists" proves nothing.
    return endpointMutation(projectId, { "POST", description, Paths::project(projectId) + "/endpoints"_L1, {} },
        QJsonObject{{"endpoint"_L1, e}}, {});
}

Pending<EndpointOperations> Client::updateEndpoint(const QString& projectId, const QString& endpointId,
                                                   const EndpointUpdate& update)
{
    QJsonObject e = endpointFields(update.autoscalingLimitMinCu, update.autoscalingLimitMaxCu, update.suspendTimeoutSeconds);
    if (update.name)
        e.insert("name"_L1, *update.name);
    if (update.disabled)
        e.insert("disabled"_L1, *update.disabled);
    return endpointMutation(projectId, { "PATCH", u"/projects/{project_id}/endpoints/{endpoint_id}"_s,
                                           Paths::project(projectId) + "/endpoints/"_L1 + Paths::segment(endpointId), {} },
        QJsonObject{{"endpoint"_L1, e}}, {});
}

Pending<EndpointOperations> Client::deleteEndpoint(const QString& projectId, const QString& endpointId)
{
    const Route route{ "DELETE", u"/projects/{project_id}/endpoints/{endpoint_id}"_s,
        Paths::project(projectId) + "/endpoints/"_L1 + Paths::segment(endpointId), {} };
    Route check = route;
    check.verb = "GET";
    return endpointMutation(projectId, route, std::nullopt,
        readBack(check, [](int status) { return status == 404 ? Verdict::Applied : Verdict::NotApplied; }));
}

Pending<EndpointOperations> Client::endpointAction(const QString& projectId, const QString& endpointId, EndpointAction action)
{
    const QLatin1StringView name = action == EndpointAction::Start ? "start"_L1
        : action == EndpointAction::Suspend                       ? "suspend"_L1
                                                                  : "restart"_L1;
    return endpointMutation(projectId,
        { "POST", u"/projects/{project_id}/endpoints/{endpoint_id}/"_s + name,
            Paths::project(projectId) + "/endpoints/"_L1 + Paths::segment(endpointId) + QLatin1Char('/') + name, {} },
        std::nullopt, {});
}

} // namespace Neon
