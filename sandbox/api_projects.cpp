// SPDX-License-Identifier: MIT
// Projects beyond reading them: create (a root branch with its role, database and compute),
// update (name, restore window within the plan, settings), delete (recoverable for 7 days, as
// on Neon), recover; projects shared with the user; who the key belongs to; the regions.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

QString Api::planOf(const QString& orgId) const
{
    for (const Organization& o : m_state.organizations) {
        if (o.id == orgId)
            return o.plan.toLower();
    }
    return m_state.user.plan.toLower();
}

qint64 Api::maxRetentionSeconds(const QString& plan)
{
    // Neon's restore window: up to 6 hours on Free, 7 days on Launch, 30 days on Scale and above.
    if (plan == "free"_L1)
        return 6 * 3600;
    if (plan == "launch"_L1)
        return 7 * 86400;
    return 30 * 86400;
}

QJsonObject Api::projectJson(const ProjectRecord& record) const
{
    QJsonObject o = Json::write(record.project);
    if (!record.settings.isEmpty())
        o.insert("settings"_L1, record.settings);
    if (!record.defaultEndpointSettings.isEmpty())
        o.insert("default_endpoint_settings"_L1, record.defaultEndpointSettings);
    return o;
}

std::optional<ApiResponse> Api::readProjectFields(const QJsonObject& in, ProjectRecord& record) const
{
    Project& p = record.project;
    if (in.contains("name"_L1)) {
        const QString name = in.value("name"_L1).toString();
        if (name.isEmpty() || name.size() > 256)
            return error(400, u"project name must be 1 to 256 characters long"_s);
        p.name = name;
    }
    if (in.contains("history_retention_seconds"_L1)) {
        const double v = in.value("history_retention_seconds"_L1).toDouble(-1);
        const qint64 max = maxRetentionSeconds(planOf(p.orgId));
        if (v < 0 || v != std::floor(v) || v > 2592000)
            return error(400, u"history_retention_seconds must be a whole number from 0 to 2592000"_s);
        if (qint64(v) > max)
            return error(400, u"history_retention_seconds must be at most %1 (%2 days) on the %3 plan"_s.arg(max).arg(
                                  double(max) / 86400.0).arg(planOf(p.orgId)));
        p.historyRetentionSeconds = qint64(v);
    }
    for (const char* key : {"settings", "default_endpoint_settings"}) {
        if (!in.contains(QLatin1String(key)))
            continue;
        if (!in.value(QLatin1String(key)).isObject())
            return error(400, u"%1 must be an object"_s.arg(QLatin1String(key)));
        QJsonObject& target = qstrcmp(key, "settings") == 0 ? record.settings : record.defaultEndpointSettings;
        const QJsonObject patch = in.value(QLatin1String(key)).toObject();
        for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
            target.insert(it.key(), it.value());
    }
    const QJsonObject defaults = record.defaultEndpointSettings;
    const double minCu = defaults.value("autoscaling_limit_min_cu"_L1).toDouble(0.25);
    const double maxCu = defaults.value("autoscaling_limit_max_cu"_L1).toDouble(std::max(1.0, minCu));
    if (const QString problem = computeSizeProblem(minCu, maxCu, m_state.user.maxAutoscalingLimit); !problem.isEmpty())
        return error(400, u"default_endpoint_settings: "_s + problem);
    if (defaults.contains("suspend_timeout_seconds"_L1))
        if (const QString problem = suspendTimeoutProblem(defaults.value("suspend_timeout_seconds"_L1)); !problem.isEmpty())
            return error(400, u"default_endpoint_settings: "_s + problem);
    return std::nullopt;
}

ApiResponse Api::updateProject(const ApiRequest& r, const QString& projectId)
{
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (!body.value("project"_L1).isObject())
        return error(400, u"request body must contain \"project\""_s);
    ProjectRecord changed = m_state.projects.value(projectId);
    if (const std::optional<ApiResponse> refused = readProjectFields(body.value("project"_L1).toObject(), changed))
        return *refused;
    changed.project.updatedAt = now();
    const bool windowChanged = changed.project.historyRetentionSeconds != m_state.projects.value(projectId).project.historyRetentionSeconds;
    m_state.projects[projectId] = changed;
    if (windowChanged) // history older than every project's window goes
        careForHistory(true);
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"project"_L1, projectJson(changed)}, {"operations"_L1, QJsonArray()}};
    return out;
}

ApiResponse Api::deleteProject(const QString& projectId)
{
    ProjectRecord& record = m_state.projects[projectId];
    const QDateTime t = now();
    record.project.deletedAt = t;
    record.project.recoverableUntil = t.addDays(7);
    record.project.updatedAt = t;
    if (m_data) { // a deleted project's computes stop; its data stays until it is purged
        for (const BranchRecord* b : m_state.branchesOf(projectId))
            m_data->suspendCompute(*b);
    }
    for (Endpoint& e : m_state.endpoints) {
        if (e.projectId == projectId)
            e.currentState = u"idle"_s, e.pendingState.clear(), e.suspendedAt = t;
    }
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"project"_L1, projectJson(record)}};
    return out;
}

ApiResponse Api::recoverProject(const QString& projectId)
{
    ProjectRecord& record = m_state.projects[projectId];
    if (!record.project.deletedAt.isValid())
        return error(400, u"project %1 is not deleted"_s.arg(projectId));
    record.project.deletedAt = QDateTime();
    record.project.recoverableUntil = QDateTime();
    record.project.updatedAt = now();
    QJsonArray branches;
    for (const BranchRecord* b : m_state.branchesOf(projectId))
        branches.append(branchJson(*b));
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"project"_L1, projectJson(record)}, {"branches"_L1, branches}};
    return out;
}

void Api::purgeProject(const QString& projectId)
{
    const QStringList branchIds = m_state.projects.value(projectId).branchIds;
    for (const QString& id : branchIds)
        hardDelete(id);
    for (const QString& op : m_state.projects.value(projectId).operationIds) {
        m_state.operations.remove(op);
        m_state.operationFinishAt.remove(op);
    }
    m_state.projects.remove(projectId);
}

ApiResponse Api::listSharedProjects(const ApiRequest& r)
{
    QString problem;
    intParam(r.query, u"limit"_s, 1, 400, &problem);
    intParam(r.query, u"timeout"_s, 100, 30000, &problem);
    if (!problem.isEmpty())
        return error(400, problem);
    // Nobody shares projects with the sandbox's one user.
    ApiResponse out;
    out.body = QJsonObject{{"projects"_L1, QJsonArray()}};
    return out;
}

ApiResponse Api::authDetails() const
{
    ApiResponse out;
    out.body = QJsonObject{{"account_id"_L1, m_state.user.id}, {"auth_method"_L1, "api_key_user"_L1}};
    return out;
}

ApiResponse Api::regions() const
{
    static const QList<std::tuple<const char*, const char*, const char*, const char*>> all{
        {"aws-us-east-1", "AWS US East (N. Virginia)", "38.9", "-77.0"},
        {"aws-us-east-2", "AWS US East (Ohio)", "40.4", "-82.9"},
        {"aws-us-west-2", "AWS US West (Oregon)", "45.5", "-122.6"},
        {"aws-eu-central-1", "AWS Europe (Frankfurt)", "50.1", "8.7"},
        {"aws-eu-west-2", "AWS Europe (London)", "51.5", "-0.1"},
        {"aws-ap-southeast-1", "AWS Asia Pacific (Singapore)", "1.4", "103.8"},
        {"aws-ap-southeast-2", "AWS Asia Pacific (Sydney)", "-33.9", "151.2"},
        {"aws-sa-east-1", "AWS South America (São Paulo)", "-23.5", "-46.6"},
        {"azure-eastus2", "Azure East US 2 (Virginia)", "36.7", "-78.4"},
        {"azure-westus3", "Azure West US 3 (Arizona)", "33.4", "-112.1"},
        {"azure-gwc", "Azure Germany West Central (Frankfurt)", "50.1", "8.7"},
    };
    QJsonArray list;
    for (const auto& [id, name, lat, lon] : all) {
        list.append(QJsonObject{{"region_id"_L1, QLatin1String(id)}, {"name"_L1, QString::fromUtf8(name)},
                                {"default"_L1, qstrcmp(id, "aws-us-east-2") == 0}, {"geo_lat"_L1, QLatin1String(lat)},
                                {"geo_long"_L1, QLatin1String(lon)}});
    }
    ApiResponse out;
    out.body = QJsonObject{{"regions"_L1, list}};
    return out;
}

} // namespace Sandbox
