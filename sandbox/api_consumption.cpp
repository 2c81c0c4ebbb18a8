// SPDX-License-Identifier: MIT
// Consumption history (GET /consumption_history/v2/projects and …/branches, and the legacy v1 route): what the sandbox
// recorded of its branches, per timeframe and metric, with Neon's plan and window rules.
#include "api.h"

#include "api_params.h"

#include <neon/codec.h>

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

/// A consumption request, read and checked.
struct Api::ConsumptionQuery
{
    bool perBranch = false; ///< one series per branch, else per project
    QString orgId;
    QString plan; ///< the organization's
    QDateTime now;
    QDateTime from;
    QDateTime to;
    QString granularity;
    QStringList metrics;
    QList<std::pair<QDateTime, QDateTime>> frames; ///< start, end
    int limit = 10;
    QStringList projectIds;
    QStringList branchIds;
    QString cursor; ///< the key of the last series handed out
};

double Api::recordedUsage(const BranchRecord& record, const QString& metric, const QDateTime& from, const QDateTime& to) const
{
    // What the sandbox recorded of a branch: when it was made, its computes' last activity and
    // its counters for this period. The counters are spread evenly over the time the branch was
    // in use, so a timeframe gets its share and the frames add up to the counters.
    const Neon::Branch& b = record.branch;
    const QDateTime t = now();
    QDateTime lastUse = b.createdAt;
    bool computeRuns = false;
    for (const Neon::Endpoint& e : m_state.endpointsOf(b.id)) {
        lastUse = std::max(lastUse, e.lastActive);
        computeRuns = computeRuns || e.isActive();
    }
    if (computeRuns)
        lastUse = t;
    const auto overlap = [&from, &to](const QDateTime& a, const QDateTime& z) {
        const QDateTime lo = std::max(from, a), hi = std::min(to, z);
        return lo < hi ? double(lo.secsTo(hi)) : 0.0;
    };
    const double month = 30.0 * 86400.0;
    const double stored = overlap(b.createdAt, t); // seconds the branch existed in the frame
    const double used = overlap(b.createdAt, lastUse); // seconds it was in use in the frame
    const double lifetime = std::max(1.0, double(b.createdAt.secsTo(lastUse)));
    const double size = double(b.logicalSize.value_or(0));
    if (metric == "compute_unit_seconds"_L1)
        return double(b.computeTimeSeconds) * used / lifetime;
    if (metric == "root_branch_bytes_month"_L1)
        return b.isRoot() ? size * stored / month : 0;
    if (metric == "child_branch_bytes_month"_L1)
        return b.isRoot() ? 0 : size * stored / month;
    if (metric == "instant_restore_bytes_month"_L1) // the write history kept for restores
        return double(b.writtenDataBytes) * stored / month / 10.0;
    if (metric == "written_data_bytes"_L1) // legacy counter
        return double(b.writtenDataBytes) * used / lifetime;
    if (metric == "public_network_transfer_bytes"_L1)
        return double(b.dataTransferBytes) * used / lifetime;
    return 0; // private transfer, snapshots: nothing recorded
}

ApiResponse Api::consumption(const ApiRequest& r, bool perBranch)
{
    ConsumptionQuery q;
    q.perBranch = perBranch;
    if (std::optional<ApiResponse> refused = readConsumptionQuery(r, &q))
        return *refused;
    QJsonArray series;
    QString last;
    for (const auto& [key, branch] : consumptionSubjects(q)) {
        if (!q.cursor.isEmpty() && key <= q.cursor)
            continue;
        if (series.size() == q.limit)
            break;
        series.append(consumptionSeries(q, key, branch));
        last = key;
    }
    ApiResponse out;
    out.body = QJsonObject{{perBranch ? "branches"_L1 : "projects"_L1, series}};
    if (!last.isEmpty())
        out.body.insert("pagination"_L1, QJsonObject{{"cursor"_L1, last}});
    return out;
}

std::optional<ApiResponse> Api::readConsumptionQuery(const ApiRequest& r, ConsumptionQuery* q) const
{
    // The checks run in Neon's order: what is missing, whose it is, then what is malformed.
    if (std::optional<ApiResponse> refused = consumptionOrganization(r, q))
        return refused;
    q->granularity = r.query.queryItemValue(u"granularity"_s);
    q->from = Json::timeFromString(r.query.queryItemValue(u"from"_s, QUrl::FullyDecoded));
    q->to = Json::timeFromString(r.query.queryItemValue(u"to"_s, QUrl::FullyDecoded));
    if (!q->from.isValid() || !q->to.isValid() || q->from >= q->to)
        return error(400, u"from and to must be RFC 3339 timestamps with from before to"_s);
    if (std::optional<ApiResponse> refused = consumptionMetrics(r, q))
        return refused;
    if (std::optional<ApiResponse> refused = consumptionTimeframes(q))
        return refused;
    QString problem;
    q->limit = intParam(r.query, u"limit"_s, 1, q->perBranch ? 1000 : 100, &problem).value_or(q->perBranch ? 100 : 10);
    if (!problem.isEmpty())
        return error(400, problem);
    q->projectIds = r.query.queryItemValue(u"project_ids"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    q->branchIds = r.query.queryItemValue(u"branch_ids"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    q->cursor = r.query.queryItemValue(u"cursor"_s);
    return std::nullopt;
}

std::optional<ApiResponse> Api::consumptionOrganization(const ApiRequest& r, ConsumptionQuery* q) const
{
    QStringList required{u"from"_s, u"to"_s, u"granularity"_s, u"org_id"_s, u"metrics"_s};
    if (q->perBranch)
        required.append(u"project_ids"_s);
    for (const QString& name : std::as_const(required)) {
        if (r.query.queryItemValue(name).isEmpty())
            return error(400, u"%1 is required"_s.arg(name));
    }
    q->orgId = r.query.queryItemValue(u"org_id"_s);
    const auto org = std::find_if(m_state.organizations.cbegin(), m_state.organizations.cend(),
                                  [&](const Organization& o) { return o.id == q->orgId; });
    if (org == m_state.organizations.cend())
        return error(404, u"organization not found or you are not a member of it"_s);
    static const QStringList paidPlans{u"launch"_s, u"scale"_s, u"agent"_s, u"business"_s, u"enterprise"_s};
    if (!paidPlans.contains(org->plan.toLower()))
        return error(403, u"consumption history is available on the Launch, Scale, Agent, Business and Enterprise plans"_s);
    q->plan = org->plan;
    return std::nullopt;
}

std::optional<ApiResponse> Api::consumptionMetrics(const ApiRequest& r, ConsumptionQuery* q) const
{
    QStringList allowed{u"compute_unit_seconds"_s, u"root_branch_bytes_month"_s, u"child_branch_bytes_month"_s,
                        u"instant_restore_bytes_month"_s, u"public_network_transfer_bytes"_s,
                        u"private_network_transfer_bytes"_s};
    if (!q->perBranch)
        allowed << u"extra_branches_month"_s << u"snapshot_storage_bytes_month"_s;
    for (const auto& [key, value] : r.query.queryItems(QUrl::FullyDecoded)) {
        if (key == "metrics"_L1)
            q->metrics += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    for (const QString& m : std::as_const(q->metrics)) {
        if (!allowed.contains(m))
            return error(400, u"unknown metric %1"_s.arg(m));
    }
    return std::nullopt;
}

std::optional<ApiResponse> Api::consumptionTimeframes(ConsumptionQuery* q) const
{
    q->now = now();
    const QDateTime& t = q->now;
    const QDateTime& from = q->from;
    qint64 stepSeconds = 3600; // 0: a month
    QDateTime earliest = t.addSecs(-168 * 3600);
    if (q->granularity == "daily"_L1) {
        stepSeconds = 86400;
        earliest = t.addDays(-60);
    } else if (q->granularity == "monthly"_L1) {
        stepSeconds = 0;
        earliest = t.addYears(-1);
    } else if (q->granularity != "hourly"_L1) {
        return error(400, u"granularity must be hourly, daily or monthly"_s);
    }
    if (from < earliest || from < QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC))
        return error(406, u"from is outside the %1 window"_s.arg(q->granularity));

    // Timeframes, rounded down to the granularity.
    QDateTime cursorTime = stepSeconds
        ? QDateTime::fromSecsSinceEpoch(from.toSecsSinceEpoch() / stepSeconds * stepSeconds, Qt::UTC)
        : QDateTime(QDate(from.date().year(), from.date().month(), 1), QTime(0, 0), Qt::UTC);
    while (cursorTime < q->to && q->frames.size() < 400) {
        const QDateTime next = stepSeconds ? cursorTime.addSecs(stepSeconds) : cursorTime.addMonths(1);
        q->frames.append({cursorTime, next});
        cursorTime = next;
    }
    return std::nullopt;
}

QList<std::pair<QString, const BranchRecord*>> Api::consumptionSubjects(const ConsumptionQuery& q) const
{
    // One series per project or branch, ordered by id.
    QList<std::pair<QString, const BranchRecord*>> subjects; // key, branch (null for projects)
    for (const ProjectRecord& p : std::as_const(m_state.projects)) {
        if (p.project.orgId != q.orgId || (!q.projectIds.isEmpty() && !q.projectIds.contains(p.project.id)))
            continue;
        if (!q.perBranch) {
            subjects.append({p.project.id, nullptr});
            continue;
        }
        for (const BranchRecord* b : m_state.branchesOf(p.project.id)) {
            if (q.branchIds.isEmpty() || q.branchIds.contains(b->branch.id))
                subjects.append({p.project.id + QLatin1Char('/') + b->branch.id, b});
        }
    }
    std::sort(subjects.begin(), subjects.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return subjects;
}

QJsonObject Api::consumptionSeries(const ConsumptionQuery& q, const QString& key, const BranchRecord* branch) const
{
    const QDateTime& t = q.now;
    QJsonArray consumption;
    // A project's figures are the sum of its branches'.
    const QList<const BranchRecord*> members =
        branch ? QList<const BranchRecord*>{branch} : m_state.branchesOf(key.section(QLatin1Char('/'), 0, 0));
    for (const auto& [start, end] : std::as_const(q.frames)) {
        QJsonArray values;
        for (const QString& m : std::as_const(q.metrics)) {
            double v = 0;
            for (const BranchRecord* b : members)
                v += recordedUsage(*b, m, start, std::min(end, t));
            if (!branch && m == "extra_branches_month"_L1) // branch-months past the 10 included ones
                v = std::max(0.0, double(members.size()) - 10.0) * double(start.secsTo(std::min(end, t))) / (30.0 * 86400.0);
            values.append(QJsonObject{{"metric_name"_L1, m}, {"value"_L1, qint64(std::llround(v))}});
        }
        consumption.append(QJsonObject{{"timeframe_start"_L1, Json::timeToString(start)},
                                       {"timeframe_end"_L1, Json::timeToString(end)},
                                       {"metrics"_L1, values}});
    }
    const QString projectId = key.section(QLatin1Char('/'), 0, 0);
    QJsonObject item{{"project_id"_L1, projectId},
                     {"periods"_L1, QJsonArray{QJsonObject{
                          {"period_id"_L1, QUuid::createUuidV5(QUuid(), projectId).toString(QUuid::WithoutBraces)},
                          {"period_plan"_L1, q.plan},
                          {"period_start"_L1, Json::timeToString(q.frames.isEmpty() ? q.from : q.frames.first().first)},
                          {"consumption"_L1, consumption}}}}};
    if (branch)
        item.insert("branch_id"_L1, branch->branch.id);
    return item;
}

// GET /consumption_history/projects, Neon's first consumption API (legacy plans): per project
// one period of timeframes with fixed counters, from the same recorded usage as the v2 routes.
ApiResponse Api::consumptionLegacy(const ApiRequest& r)
{
    ConsumptionQuery q;
    for (const char* name : {"from", "to", "granularity"}) {
        if (r.query.queryItemValue(QLatin1String(name)).isEmpty())
            return error(400, u"%1 is required"_s.arg(QLatin1String(name)));
    }
    q.orgId = r.query.queryItemValue(u"org_id"_s);
    if (q.orgId.isEmpty() && m_state.organizations.size() == 1)
        q.orgId = m_state.organizations.first().id;
    if (q.orgId.isEmpty())
        return error(400, u"org_id is required, you can find it on your organization settings page"_s);
    if (std::none_of(m_state.organizations.cbegin(), m_state.organizations.cend(), [&](const Organization& o) { return o.id == q.orgId; }))
        return error(404, u"organization not found or you are not a member of it"_s);
    q.plan = planOf(q.orgId);
    q.granularity = r.query.queryItemValue(u"granularity"_s);
    q.from = Json::timeFromString(r.query.queryItemValue(u"from"_s, QUrl::FullyDecoded));
    q.to = Json::timeFromString(r.query.queryItemValue(u"to"_s, QUrl::FullyDecoded));
    if (!q.from.isValid() || !q.to.isValid() || q.from >= q.to)
        return error(400, u"from and to must be RFC 3339 timestamps with from before to"_s);
    if (std::optional<ApiResponse> refused = consumptionTimeframes(&q))
        return *refused;
    QString problem;
    q.limit = intParam(r.query, u"limit"_s, 1, 100, &problem).value_or(10);
    if (!problem.isEmpty())
        return error(400, problem);
    q.projectIds = r.query.queryItemValue(u"project_ids"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    q.cursor = r.query.queryItemValue(u"cursor"_s);

    QJsonArray projects;
    QString last;
    for (const auto& [projectId, unused] : consumptionSubjects(q)) {
        Q_UNUSED(unused)
        if ((!q.cursor.isEmpty() && projectId <= q.cursor) || projects.size() == q.limit)
            continue;
        projects.append(legacySeries(q, projectId));
        last = projectId;
    }
    ApiResponse out;
    out.body = QJsonObject{{"projects"_L1, projects}};
    if (!last.isEmpty())
        out.body.insert("pagination"_L1, QJsonObject{{"cursor"_L1, last}});
    return out;
}

QJsonObject Api::legacySeries(const ConsumptionQuery& q, const QString& projectId) const
{
    const QList<const BranchRecord*> branches = m_state.branchesOf(projectId);
    QJsonArray frames;
    for (const auto& [start, end] : std::as_const(q.frames)) {
        const QDateTime stop = std::min(end, q.now);
        double compute = 0, written = 0, storage = 0;
        for (const BranchRecord* b : branches) {
            compute += recordedUsage(*b, u"compute_unit_seconds"_s, start, stop);
            written += recordedUsage(*b, u"written_data_bytes"_s, start, stop);
            if (b->branch.createdAt < stop)
                storage += double(b->branch.logicalSize.value_or(0));
        }
        frames.append(QJsonObject{{"timeframe_start"_L1, Json::timeToString(start)},
                                  {"timeframe_end"_L1, Json::timeToString(end)},
                                  {"active_time_seconds"_L1, qint64(std::llround(compute * 4))}, // at 0.25 CU
                                  {"compute_time_seconds"_L1, qint64(std::llround(compute))},
                                  {"written_data_bytes"_L1, qint64(std::llround(written))},
                                  {"synthetic_storage_size_bytes"_L1, qint64(std::llround(storage))}});
    }
    const QJsonObject period{{"period_id"_L1, QUuid::createUuidV5(QUuid(), projectId).toString(QUuid::WithoutBraces)},
                             {"period_plan"_L1, q.plan},
                             {"period_start"_L1, Json::timeToString(q.frames.isEmpty() ? q.from : q.frames.first().first)},
                             {"consumption"_L1, frames}};
    return QJsonObject{{"project_id"_L1, projectId}, {"periods"_L1, QJsonArray{period}}};
}

} // namespace Sandbox
