// SPDX-License-Identifier: MIT
// The sandbox's read endpoints: lists with Neon's two pagination styles, schema, consumption.
#include "api.h"
#include "dataplane.h"
#include "unifieddiff.h"

#include <neon/codec.h>


using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
std::optional<int> intParam(const QUrlQuery& q, const QString& name, int min, int max, QString* problem)
{
    if (!q.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const int v = q.queryItemValue(name).toInt(&ok);
    if (!ok || v < min || v > max)
        *problem = u"%1 must be a whole number from %2 to %3"_s.arg(name).arg(min).arg(max);
    return v;
}

bool matches(const Branch& b, const QString& search)
{
    return search.isEmpty() || b.name.contains(search, Qt::CaseInsensitive) || b.id.contains(search, Qt::CaseInsensitive);
}

QString sortKey(const Branch& b, const QString& sortBy)
{
    if (sortBy == "name"_L1)
        return b.name;
    // Fixed-width milliseconds sort like the times they stand for, and are cheap to make.
    const qint64 ms = (sortBy == "created_at"_L1 ? b.createdAt : b.updatedAt).toMSecsSinceEpoch();
    return u"%1"_s.arg(ms, 16, 10, QLatin1Char('0'));
}

} // namespace

ApiResponse Api::listProjects(const ApiRequest& r)
{
    QString problem;
    const int limit = intParam(r.query, u"limit"_s, 1, 400, &problem).value_or(10);
    intParam(r.query, u"timeout"_s, 100, 30000, &problem);
    if (!problem.isEmpty())
        return error(400, problem);
    const QString orgId = r.query.queryItemValue(u"org_id"_s);
    if (orgId.isEmpty() && m_state.organizations.size() > 1)
        return error(400, u"org_id is required, you can find it on your organization settings page"_s);
    const QString search = r.query.queryItemValue(u"search"_s, QUrl::FullyDecoded);
    const QString cursor = r.query.queryItemValue(u"cursor"_s);
    const bool recoverable = r.query.queryItemValue(u"recoverable"_s) == "true"_L1;

    QList<const ProjectRecord*> all;
    for (const ProjectRecord& p : std::as_const(m_state.projects)) {
        if (recoverable) // the sandbox does not delete projects
            continue;
        if (!orgId.isEmpty() && p.project.orgId != orgId)
            continue;
        if (!search.isEmpty() && !p.project.name.contains(search, Qt::CaseInsensitive)
            && !p.project.id.contains(search, Qt::CaseInsensitive))
            continue;
        if (!cursor.isEmpty() && p.project.id <= cursor)
            continue;
        all.append(&p);
    }
    std::sort(all.begin(), all.end(), [](auto* a, auto* b) { return a->project.id < b->project.id; });
    QJsonArray page;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, all.size()); ++i)
        page.append(Json::write(all.at(i)->project));
    ApiResponse out;
    out.body = QJsonObject{{"projects"_L1, page}, {"applications"_L1, QJsonObject()}, {"integrations"_L1, QJsonObject()}};
    // Like Neon, the cursor is the last id handed out, present on the last page too.
    const QString last = page.isEmpty() ? cursor : page.last().toObject().value("id"_L1).toString();
    if (!last.isEmpty())
        out.body.insert("pagination"_L1, QJsonObject{{"cursor"_L1, last}});
    return out;
}

ApiResponse Api::getProject(const QString& projectId)
{
    ApiResponse out;
    out.body = QJsonObject{{"project"_L1, Json::write(m_state.projects.value(projectId).project)}};
    return out;
}

ApiResponse Api::listBranches(const ApiRequest& r, const QString& projectId)
{
    QString problem;
    const std::optional<int> limit = intParam(r.query, u"limit"_s, 1, 10000, &problem);
    const QString sortBy = r.query.queryItemValue(u"sort_by"_s).isEmpty() ? u"updated_at"_s
                                                                          : r.query.queryItemValue(u"sort_by"_s);
    const QString sortOrder = r.query.queryItemValue(u"sort_order"_s).isEmpty()
        ? u"desc"_s
        : r.query.queryItemValue(u"sort_order"_s).toLower();
    if (sortBy != "name"_L1 && sortBy != "created_at"_L1 && sortBy != "updated_at"_L1)
        problem = u"sort_by must be one of name, created_at, updated_at"_s;
    if (sortOrder != "asc"_L1 && sortOrder != "desc"_L1)
        problem = u"sort_order must be asc or desc"_s;
    if (!problem.isEmpty())
        return error(400, problem);
    const QString search = r.query.queryItemValue(u"search"_s, QUrl::FullyDecoded);
    const bool includeDeleted = r.query.queryItemValue(u"include_deleted"_s) == "true"_L1;
    const bool ascending = sortOrder == "asc"_L1;

    QList<std::pair<QString, const BranchRecord*>> all;
    for (const BranchRecord* b : m_state.branchesOf(projectId, includeDeleted)) {
        if (matches(b->branch, search))
            all.append({sortKey(b->branch, sortBy), b});
    }
    auto before = [ascending](const QString& k1, const QString& id1, const QString& k2, const QString& id2) {
        return ascending ? std::tie(k1, id1) < std::tie(k2, id2) : std::tie(k1, id1) > std::tie(k2, id2);
    };
    std::sort(all.begin(), all.end(), [&](const auto& x, const auto& y) {
        return before(x.first, x.second->branch.id, y.first, y.second->branch.id);
    });
    // The cursor is opaque to clients: the sort key and id of the last branch handed out.
    qsizetype first = 0;
    if (const QString cursor = r.query.queryItemValue(u"cursor"_s); !cursor.isEmpty()) {
        const QJsonObject c = QJsonDocument::fromJson(QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding)).object();
        const QString key = c.value("k"_L1).toString(), id = c.value("i"_L1).toString();
        if (c.isEmpty())
            return error(400, u"invalid cursor"_s);
        while (first < all.size() && !before(key, id, all.at(first).first, all.at(first).second->branch.id))
            ++first;
    }
    const qsizetype end = limit ? std::min<qsizetype>(all.size(), first + *limit) : all.size();
    QByteArray branches = "[";
    QJsonObject annotations;
    for (qsizetype i = first; i < end; ++i) {
        const BranchRecord* b = all.at(i).second;
        if (i > first)
            branches += ',';
        branches += branchBytes(*b);
        if (!b->annotation.isEmpty()) {
            annotations.insert(b->branch.id,
                               QJsonObject{{"object"_L1, QJsonObject{{"type"_L1, "console/branch"_L1}, {"id"_L1, b->branch.id}}},
                                           {"value"_L1, Json::stringMapToJson(b->annotation)},
                                           {"created_at"_L1, Json::timeToString(b->branch.createdAt)},
                                           {"updated_at"_L1, Json::timeToString(b->branch.updatedAt)}});
        }
    }
    QJsonObject pagination{{"sort_by"_L1, sortBy}, {"sort_order"_L1, sortOrder.toUpper()}};
    if (end < all.size()) {
        const QJsonObject c{{"k"_L1, all.at(end - 1).first}, {"i"_L1, all.at(end - 1).second->branch.id}};
        pagination.insert("next"_L1, QString::fromLatin1(QJsonDocument(c).toJson(QJsonDocument::Compact)
                                                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    branches += ']';
    // Written as text around the cached branches; the same compact JSON QJsonDocument writes.
    ApiResponse out;
    out.raw = "{\"annotations\":" + QJsonDocument(annotations).toJson(QJsonDocument::Compact) + ",\"branches\":" + branches
        + ",\"pagination\":" + QJsonDocument(pagination).toJson(QJsonDocument::Compact) + '}';
    return out;
}

ApiResponse Api::countBranches(const ApiRequest& r, const QString& projectId)
{
    const QString search = r.query.queryItemValue(u"search"_s, QUrl::FullyDecoded);
    int count = 0;
    for (const BranchRecord* b : m_state.branchesOf(projectId))
        count += matches(b->branch, search) ? 1 : 0;
    ApiResponse out;
    out.body = QJsonObject{{"count"_L1, count}};
    return out;
}

ApiResponse Api::getBranch(const QString& projectId, const QString& branchId)
{
    const BranchRecord* b = liveBranch(projectId, branchId);
    if (!b)
        return error(404, u"branch not found"_s);
    ApiResponse out;
    out.body = QJsonObject{{"branch"_L1, branchJson(*b)},
                           {"annotation"_L1,
                            QJsonObject{{"object"_L1, QJsonObject{{"type"_L1, "console/branch"_L1}, {"id"_L1, branchId}}},
                                        {"value"_L1, Json::stringMapToJson(b->annotation)}}}};
    return out;
}

static const DatabaseRecord* findDatabase(const BranchRecord& b, const QString& name)
{
    for (const DatabaseRecord& d : b.databases) {
        if (d.database.name == name)
            return &d;
    }
    return nullptr;
}

std::optional<ApiResponse> Api::schemaTarget(const ApiRequest& r, const QString& projectId, const QString& branchId,
                                             const BranchRecord** branch, QString* dbName) const
{
    // Both schema endpoints name a live branch and a database of it.
    *branch = liveBranch(projectId, branchId);
    if (!*branch)
        return error(404, u"branch not found"_s);
    *dbName = r.query.queryItemValue(u"db_name"_s, QUrl::FullyDecoded);
    if (dbName->isEmpty())
        return error(400, u"db_name is required"_s);
    return std::nullopt;
}

ApiResponse Api::branchSchema(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    const BranchRecord* b = nullptr;
    QString dbName;
    if (std::optional<ApiResponse> refused = schemaTarget(r, projectId, branchId, &b, &dbName))
        return *refused;
    if (r.query.hasQueryItem(u"lsn"_s) && r.query.hasQueryItem(u"timestamp"_s))
        return error(400, u"lsn and timestamp are mutually exclusive"_s);
    if (r.query.hasQueryItem(u"lsn"_s) || r.query.hasQueryItem(u"timestamp"_s))
        return error(400, u"the sandbox reads schemas at the branch's head only; leave out lsn and timestamp"_s);
    const QString format = r.query.queryItemValue(u"format"_s).isEmpty() ? u"sql"_s : r.query.queryItemValue(u"format"_s);
    if (format != "sql"_L1 && format != "json"_L1)
        return error(400, u"format must be sql or json"_s);
    const DatabaseRecord* db = findDatabase(*b, dbName);
    if (!db)
        return error(404, u"database \"%1\" not found on branch %2"_s.arg(dbName, b->branch.name));
    ApiResponse out;
    if (m_data && !db->physical.isEmpty()) { // the real schema of the real database
        QString dataError;
        if (format == "json"_L1) {
            QList<SchemaTable> tables;
            if (!m_data->schemaTables(db->physical, &tables, &dataError))
                return error(500, u"reading the schema failed: "_s + dataError);
            out.body = QJsonObject{{"json"_L1, QJsonObject{{"tables"_L1, Json::writeList(tables)}}}};
        } else {
            QString sql;
            if (!m_data->schemaSql(db->physical, &sql, &dataError))
                return error(500, u"reading the schema failed: "_s + dataError);
            out.body = QJsonObject{{"sql"_L1, sql}};
        }
        return out;
    }
    if (format == "json"_L1)
        out.body = QJsonObject{{"json"_L1, QJsonObject{{"tables"_L1, Json::writeList(db->tables)}}}};
    else
        out.body = QJsonObject{{"sql"_L1, schemaSql(db->tables)}};
    return out;
}

ApiResponse Api::compareSchema(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    const BranchRecord* b = nullptr;
    QString dbName;
    if (std::optional<ApiResponse> refused = schemaTarget(r, projectId, branchId, &b, &dbName))
        return *refused;
    for (const char* name : {"lsn", "timestamp", "base_lsn", "base_timestamp"}) {
        if (r.query.hasQueryItem(QLatin1String(name)))
            return error(400, u"the sandbox compares schemas at the branches' heads only; leave out %1"_s.arg(QLatin1String(name)));
    }
    const QString baseId = r.query.hasQueryItem(u"base_branch_id"_s) ? r.query.queryItemValue(u"base_branch_id"_s)
                                                                      : b->branch.parentId;
    if (baseId.isEmpty())
        return error(400, u"branch %1 has no parent: give base_branch_id"_s.arg(b->branch.name));
    const BranchRecord* base = liveBranch(projectId, baseId);
    if (!base)
        return error(404, u"base branch not found"_s);
    const DatabaseRecord* db = findDatabase(*b, dbName);
    const DatabaseRecord* baseDb = findDatabase(*base, dbName);
    if (!db && !baseDb)
        return error(404, u"database \"%1\" not found on either branch"_s.arg(dbName));
    auto ddl = [&](const DatabaseRecord* d, QString* text, QString* problem) {
        if (!d)
            return true;
        if (m_data && !d->physical.isEmpty())
            return m_data->schemaSql(d->physical, text, problem);
        *text = schemaSql(d->tables);
        return true;
    };
    QString before, after, problem;
    if (!ddl(baseDb, &before, &problem) || !ddl(db, &after, &problem))
        return error(500, u"reading the schemas failed: "_s + problem);
    ApiResponse out;
    out.body = QJsonObject{{"diff"_L1, unifiedDiff(before, after, dbName)}};
    return out;
}

ApiResponse Api::listOperations(const ApiRequest& r, const QString& projectId)
{
    QString problem;
    const std::optional<int> limit = intParam(r.query, u"limit"_s, 1, 1000, &problem);
    if (!problem.isEmpty())
        return error(400, problem);
    const QDateTime cursor = Json::timeFromString(r.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded));
    QList<const Operation*> ops;
    for (const QString& id : m_state.projects.value(projectId).operationIds) {
        const auto it = m_state.operations.constFind(id);
        if (it != m_state.operations.cend() && (!cursor.isValid() || it->createdAt < cursor))
            ops.append(&*it);
    }
    std::sort(ops.begin(), ops.end(), [](auto* a, auto* b) { return std::tie(a->createdAt, a->id) > std::tie(b->createdAt, b->id); });
    if (limit && ops.size() > *limit)
        ops.resize(*limit);
    QJsonArray page;
    for (const Operation* op : std::as_const(ops))
        page.append(Json::write(*op));
    ApiResponse out;
    out.body = QJsonObject{{"operations"_L1, page}};
    if (!ops.isEmpty()) // Neon's operations cursor is the creation time of the last one
        out.body.insert("pagination"_L1, QJsonObject{{"cursor"_L1, ops.last()->createdAt.toString(Qt::ISODateWithMs)}});
    return out;
}

ApiResponse Api::connectionUri(const ApiRequest& r, const QString& projectId)
{
    const QString dbName = r.query.queryItemValue(u"database_name"_s, QUrl::FullyDecoded);
    const QString roleName = r.query.queryItemValue(u"role_name"_s, QUrl::FullyDecoded);
    if (dbName.isEmpty() || roleName.isEmpty())
        return error(400, u"database_name and role_name are required"_s);
    QString branchId = r.query.queryItemValue(u"branch_id"_s);
    if (branchId.isEmpty()) {
        for (const BranchRecord* b : m_state.branchesOf(projectId)) {
            if (b->branch.isDefault)
                branchId = b->branch.id;
        }
    }
    const BranchRecord* b = liveBranch(projectId, branchId);
    if (!b)
        return error(404, u"branch not found"_s);
    const DatabaseRecord* db = findDatabase(*b, dbName);
    if (!db)
        return error(404, u"database \"%1\" not found"_s.arg(dbName));
    const auto role = std::find_if(b->roles.cbegin(), b->roles.cend(), [&](const Role& x) { return x.name == roleName; });
    if (role == b->roles.cend())
        return error(404, u"role \"%1\" not found"_s.arg(roleName));
    const QString endpointId = r.query.queryItemValue(u"endpoint_id"_s);
    const QList<Endpoint> endpoints = m_state.endpointsOf(b->branch.id);
    const auto endpoint = std::find_if(endpoints.cbegin(), endpoints.cend(), [&](const Endpoint& e) {
        return endpointId.isEmpty() ? e.isReadWrite() : e.id == endpointId;
    });
    if (endpoint == endpoints.cend())
        return error(400, u"branch %1 has no compute endpoint to connect to"_s.arg(b->branch.name));
    ApiResponse out;
    out.body = QJsonObject{{"uri"_L1, Api::connectionUri(*b, *db, *role, *endpoint, r.query.queryItemValue(u"pooled"_s) == "true"_L1)}};
    return out;
}

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
    if (metric == "public_network_transfer_bytes"_L1)
        return double(b.dataTransferBytes) * used / lifetime;
    return 0; // private transfer, snapshots: nothing recorded
}

ApiResponse Api::consumption(const ApiRequest& r, bool perBranch)
{
    QStringList required{u"from"_s, u"to"_s, u"granularity"_s, u"org_id"_s, u"metrics"_s};
    if (perBranch)
        required.append(u"project_ids"_s);
    for (const QString& name : std::as_const(required)) {
        if (r.query.queryItemValue(name).isEmpty())
            return error(400, u"%1 is required"_s.arg(name));
    }
    const QString orgId = r.query.queryItemValue(u"org_id"_s);
    const auto org = std::find_if(m_state.organizations.cbegin(), m_state.organizations.cend(),
                                  [&](const Organization& o) { return o.id == orgId; });
    if (org == m_state.organizations.cend())
        return error(404, u"organization not found or you are not a member of it"_s);
    static const QStringList paidPlans{u"launch"_s, u"scale"_s, u"agent"_s, u"business"_s, u"enterprise"_s};
    if (!paidPlans.contains(org->plan.toLower()))
        return error(403, u"consumption history is available on the Launch, Scale, Agent, Business and Enterprise plans"_s);
    const QString granularity = r.query.queryItemValue(u"granularity"_s);
    const QDateTime from = Json::timeFromString(r.query.queryItemValue(u"from"_s, QUrl::FullyDecoded));
    const QDateTime to = Json::timeFromString(r.query.queryItemValue(u"to"_s, QUrl::FullyDecoded));
    if (!from.isValid() || !to.isValid() || from >= to)
        return error(400, u"from and to must be RFC 3339 timestamps with from before to"_s);
    QStringList allowed{u"compute_unit_seconds"_s, u"root_branch_bytes_month"_s, u"child_branch_bytes_month"_s,
                        u"instant_restore_bytes_month"_s, u"public_network_transfer_bytes"_s,
                        u"private_network_transfer_bytes"_s};
    if (!perBranch)
        allowed << u"extra_branches_month"_s << u"snapshot_storage_bytes_month"_s;
    QStringList metrics;
    for (const auto& [key, value] : r.query.queryItems(QUrl::FullyDecoded)) {
        if (key == "metrics"_L1)
            metrics += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    for (const QString& m : std::as_const(metrics)) {
        if (!allowed.contains(m))
            return error(400, u"unknown metric %1"_s.arg(m));
    }
    const QDateTime t = now();
    qint64 stepSeconds = 3600;
    QDateTime earliest = t.addSecs(-168 * 3600);
    if (granularity == "daily"_L1) {
        stepSeconds = 86400;
        earliest = t.addDays(-60);
    } else if (granularity == "monthly"_L1) {
        stepSeconds = 0;
        earliest = t.addYears(-1);
    } else if (granularity != "hourly"_L1) {
        return error(400, u"granularity must be hourly, daily or monthly"_s);
    }
    if (from < earliest || from < QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC))
        return error(406, u"from is outside the %1 window"_s.arg(granularity));

    // Timeframes, rounded down to the granularity.
    QList<std::pair<QDateTime, QDateTime>> frames;
    QDateTime cursorTime = from;
    if (granularity == "monthly"_L1)
        cursorTime = QDateTime(QDate(from.date().year(), from.date().month(), 1), QTime(0, 0), Qt::UTC);
    else
        cursorTime = QDateTime::fromSecsSinceEpoch(from.toSecsSinceEpoch() / stepSeconds * stepSeconds, Qt::UTC);
    while (cursorTime < to && frames.size() < 400) {
        const QDateTime next = stepSeconds ? cursorTime.addSecs(stepSeconds) : cursorTime.addMonths(1);
        frames.append({cursorTime, next});
        cursorTime = next;
    }

    QString problem;
    const int limit = intParam(r.query, u"limit"_s, 1, perBranch ? 1000 : 100, &problem).value_or(perBranch ? 100 : 10);
    if (!problem.isEmpty())
        return error(400, problem);
    const QStringList projectIds = r.query.queryItemValue(u"project_ids"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList branchIds = r.query.queryItemValue(u"branch_ids"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString cursor = r.query.queryItemValue(u"cursor"_s);

    // One series per project or branch, ordered by id, after the cursor.
    QList<std::pair<QString, const BranchRecord*>> subjects; // key, branch (null for projects)
    for (const ProjectRecord& p : std::as_const(m_state.projects)) {
        if (p.project.orgId != orgId || (!projectIds.isEmpty() && !projectIds.contains(p.project.id)))
            continue;
        if (!perBranch) {
            subjects.append({p.project.id, nullptr});
            continue;
        }
        for (const BranchRecord* b : m_state.branchesOf(p.project.id)) {
            if (branchIds.isEmpty() || branchIds.contains(b->branch.id))
                subjects.append({p.project.id + QLatin1Char('/') + b->branch.id, b});
        }
    }
    std::sort(subjects.begin(), subjects.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QJsonArray series;
    QString last;
    for (const auto& [key, branch] : std::as_const(subjects)) {
        if (!cursor.isEmpty() && key <= cursor)
            continue;
        if (series.size() == limit)
            break;
        QJsonArray consumption;
        // A project's figures are the sum of its branches'.
        const QList<const BranchRecord*> members =
            branch ? QList<const BranchRecord*>{branch} : m_state.branchesOf(key.section(QLatin1Char('/'), 0, 0));
        for (const auto& [start, end] : std::as_const(frames)) {
            QJsonArray values;
            for (const QString& m : std::as_const(metrics)) {
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
                              {"period_plan"_L1, org->plan},
                              {"period_start"_L1, Json::timeToString(frames.isEmpty() ? from : frames.first().first)},
                              {"consumption"_L1, consumption}}}}};
        if (branch)
            item.insert("branch_id"_L1, branch->branch.id);
        series.append(item);
        last = key;
    }
    ApiResponse out;
    out.body = QJsonObject{{perBranch ? "branches"_L1 : "projects"_L1, series}};
    if (!last.isEmpty())
        out.body.insert("pagination"_L1, QJsonObject{{"cursor"_L1, last}});
    return out;
}

} // namespace Sandbox
