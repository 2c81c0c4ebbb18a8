// SPDX-License-Identifier: MIT
// The client's read calls: account, projects, branches, computes, databases, roles, operations
// and consumption — each one route of the Neon API v2.
#include "client.h"

#include "client_reads.h"
#include "codec.h"
#include "paths.h"

using namespace Qt::StringLiterals;

namespace Neon {

// --- Account and projects ---------------------------------------------------------------

Pending<CurrentUser> Client::currentUser()
{
    return get<CurrentUser>({ "GET", u"/users/me"_s, u"/users/me"_s, {} },
        [](const QJsonObject& o, CurrentUser& v) { return Json::decodeIn(o, {}, v); });
}

Pending<QList<Organization>> Client::organizations()
{
    return getList<Organization>(
        { "GET", u"/users/me/organizations"_s, u"/users/me/organizations"_s, {} }, "organizations"_L1);
}

Pending<QList<Project>> Client::projects(const ProjectQuery& query)
{
    const int limit = pageLimit(400);
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, QString::number(limit));
    if (!query.orgId.isEmpty())
        q.addQueryItem(u"org_id"_s, query.orgId);
    if (!query.search.isEmpty())
        q.addQueryItem(u"search"_s, query.search);
    return walkPages<QList<Project>, ProjectPage>({ "GET", u"/projects"_s, u"/projects"_s, q },
        [](const QJsonObject& o, ProjectPage& page) { return Json::decode(o, page); },
        [limit](QList<Project>& all, const ProjectPage& page) {
            all.append(page.projects);
            // `pagination.cursor` is present on every page; a short or empty page is the last one.
            return page.projects.size() < limit ? QString() : page.cursor;
        });
}

Pending<Project> Client::project(const QString& projectId)
{
    return get<Project>({ "GET", u"/projects/{project_id}"_s, Paths::project(projectId), {} },
        [](const QJsonObject& o, Project& v) { return Json::decodeIn(o, "project"_L1, v); });
}

// --- Branch reads -----------------------------------------------------------------------

Pending<BranchList> Client::branches(const QString& projectId, const BranchQuery& query)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, QString::number(pageLimit(10000)));
    if (!query.search.isEmpty())
        q.addQueryItem(u"search"_s, query.search);
    if (!query.sortBy.isEmpty())
        q.addQueryItem(u"sort_by"_s, query.sortBy);
    if (!query.sortOrder.isEmpty())
        q.addQueryItem(u"sort_order"_s, query.sortOrder);
    if (query.includeDeleted)
        q.addQueryItem(u"include_deleted"_s, u"true"_s);
    return walkPages<BranchList, Json::BranchPage>(
        { "GET", u"/projects/{project_id}/branches"_s, Paths::project(projectId) + "/branches"_L1, q },
        [](const QJsonObject& o, Json::BranchPage& page) { return Json::decode(o, page); },
        [](BranchList& all, const Json::BranchPage& page) {
            all.branches.append(page.list.branches);
            all.annotations.insert(page.list.annotations);
            // Branch pages use `pagination.next`, which is absent on the last page.
            return page.list.branches.isEmpty() ? QString() : page.next;
        });
}

Pending<int> Client::branchCount(const QString& projectId, const QString& search)
{
    QUrlQuery q;
    if (!search.isEmpty())
        q.addQueryItem(u"search"_s, search);
    return get<int>({ "GET", u"/projects/{project_id}/branches/count"_s,
                        Paths::project(projectId) + "/branches/count"_L1, q },
        [](const QJsonObject& o, int& count) {
            QString error;
            Json::Reader r(o, QString(), &error);
            if (!o.contains("count"_L1))
                return u"count: missing"_s;
            count = int(std::clamp<qint64>(r.int64("count"_L1), 0, std::numeric_limits<int>::max()));
            return error;
        });
}

Pending<BranchDetails> Client::branch(const QString& projectId, const QString& branchId)
{
    return get<BranchDetails>(
        { "GET", u"/projects/{project_id}/branches/{branch_id}"_s, Paths::branch(projectId, branchId), {} },
        [](const QJsonObject& o, BranchDetails& v) { return Json::decode(o, v); });
}

Pending<BranchSchema> Client::branchSchema(const QString& projectId, const QString& branchId, const SchemaQuery& query)
{
    QUrlQuery q;
    q.addQueryItem(u"db_name"_s, query.databaseName);
    if (!query.lsn.isEmpty())
        q.addQueryItem(u"lsn"_s, query.lsn);
    if (query.timestamp.isValid())
        q.addQueryItem(u"timestamp"_s, Json::timeToString(query.timestamp));
    if (!query.format.isEmpty())
        q.addQueryItem(u"format"_s, query.format);
    return get<BranchSchema>({ "GET", u"/projects/{project_id}/branches/{branch_id}/schema"_s,
                                 Paths::branch(projectId, branchId, "/schema"_L1), q },
        [](const QJsonObject& o, BranchSchema& v) { return Json::decode(o, v); });
}

Pending<SchemaDiff> Client::compareSchema(
    const QString& projectId, const QString& branchId, const CompareSchemaQuery& query)
{
    QUrlQuery q;
    q.addQueryItem(u"db_name"_s, query.databaseName);
    if (!query.baseBranchId.isEmpty())
        q.addQueryItem(u"base_branch_id"_s, query.baseBranchId);
    if (!query.lsn.isEmpty())
        q.addQueryItem(u"lsn"_s, query.lsn);
    if (query.timestamp.isValid())
        q.addQueryItem(u"timestamp"_s, Json::timeToString(query.timestamp));
    if (!query.baseLsn.isEmpty())
        q.addQueryItem(u"base_lsn"_s, query.baseLsn);
    if (query.baseTimestamp.isValid())
        q.addQueryItem(u"base_timestamp"_s, Json::timeToString(query.baseTimestamp));
    return get<SchemaDiff>({ "GET", u"/projects/{project_id}/branches/{branch_id}/compare_schema"_s,
                               Paths::branch(projectId, branchId, "/compare_schema"_L1), q },
        [](const QJsonObject& o, SchemaDiff& v) { return Json::decode(o, v); });
}

Pending<QList<Endpoint>> Client::branchEndpoints(const QString& projectId, const QString& branchId)
{
    return getList<Endpoint>({ "GET", u"/projects/{project_id}/branches/{branch_id}/endpoints"_s,
                                 Paths::branch(projectId, branchId, "/endpoints"_L1), {} },
        "endpoints"_L1);
}

Pending<QList<Endpoint>> Client::projectEndpoints(const QString& projectId)
{
    return getList<Endpoint>(
        { "GET", u"/projects/{project_id}/endpoints"_s, Paths::project(projectId) + "/endpoints"_L1, {} },
        "endpoints"_L1);
}

Pending<QList<Database>> Client::branchDatabases(const QString& projectId, const QString& branchId)
{
    return getList<Database>({ "GET", u"/projects/{project_id}/branches/{branch_id}/databases"_s,
                                 Paths::branch(projectId, branchId, "/databases"_L1), {} },
        "databases"_L1);
}

Pending<QList<Role>> Client::branchRoles(const QString& projectId, const QString& branchId)
{
    return getList<Role>({ "GET", u"/projects/{project_id}/branches/{branch_id}/roles"_s,
                             Paths::branch(projectId, branchId, "/roles"_L1), {} },
        "roles"_L1);
}

Pending<ConnectionUri> Client::connectionUri(const QString& projectId, const ConnectionUriQuery& query)
{
    QUrlQuery q;
    if (!query.branchId.isEmpty())
        q.addQueryItem(u"branch_id"_s, query.branchId);
    if (!query.endpointId.isEmpty())
        q.addQueryItem(u"endpoint_id"_s, query.endpointId);
    q.addQueryItem(u"database_name"_s, query.databaseName);
    q.addQueryItem(u"role_name"_s, query.roleName);
    if (query.pooled)
        q.addQueryItem(u"pooled"_s, *query.pooled ? u"true"_s : u"false"_s);
    return get<ConnectionUri>({ "GET", u"/projects/{project_id}/connection_uri"_s,
                                  Paths::project(projectId) + "/connection_uri"_L1, q },
        [query](const QJsonObject& o, ConnectionUri& v) {
            QString error;
            Json::Reader r(o, QString(), &error);
            v.uri = r.requiredStr("uri"_L1);
            v.database = query.databaseName;
            v.role = query.roleName;
            return error;
        });
}

Pending<QList<MaskingRule>> Client::maskingRules(const QString& projectId, const QString& branchId)
{
    return getList<MaskingRule>({ "GET", u"/projects/{project_id}/branches/{branch_id}/masking_rules"_s,
                                    Paths::branch(projectId, branchId, "/masking_rules"_L1), {} },
        "masking_rules"_L1);
}

Pending<AnonymizationStatus> Client::anonymizedStatus(const QString& projectId, const QString& branchId)
{
    return get<AnonymizationStatus>({ "GET", u"/projects/{project_id}/branches/{branch_id}/anonymized_status"_s,
                                        Paths::branch(projectId, branchId, "/anonymized_status"_L1), {} },
        [](const QJsonObject& o, AnonymizationStatus& v) { return Json::decodeIn(o, {}, v); });
}

// --- Operations and consumption ---------------------------------------------------------

Pending<Operation> Client::operation(const QString& projectId, const QString& operationId)
{
    return get<Operation>({ "GET", u"/projects/{project_id}/operations/{operation_id}"_s,
                              Paths::project(projectId) + "/operations/"_L1 + Paths::segment(operationId), {} },
        [](const QJsonObject& o, Operation& v) { return Json::decodeIn(o, "operation"_L1, v); });
}

Pending<OperationPage> Client::operations(const QString& projectId, int limit, const QString& cursor)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, 1000)));
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, cursor);
    return get<OperationPage>(
        { "GET", u"/projects/{project_id}/operations"_s, Paths::project(projectId) + "/operations"_L1, q },
        [](const QJsonObject& o, OperationPage& v) { return Json::decode(o, v); });
}

Pending<QList<ConsumptionSeries>> Client::consumption(const ConsumptionQuery& query, bool perBranch)
{
    const int limit = perBranch ? 1000 : 100;
    QUrlQuery q;
    q.addQueryItem(u"from"_s, Json::timeToString(query.from));
    q.addQueryItem(u"to"_s, Json::timeToString(query.to));
    q.addQueryItem(u"granularity"_s, query.granularity);
    q.addQueryItem(u"org_id"_s, query.orgId);
    q.addQueryItem(u"metrics"_s, query.metrics.join(QLatin1Char(',')));
    if (!query.projectIds.isEmpty())
        q.addQueryItem(u"project_ids"_s, query.projectIds.join(QLatin1Char(',')));
    if (!query.branchIds.isEmpty())
        q.addQueryItem(u"branch_ids"_s, query.branchIds.join(QLatin1Char(',')));
    q.addQueryItem(u"limit"_s, QString::number(limit));
    const QString path = perBranch ? u"/consumption_history/v2/branches"_s : u"/consumption_history/v2/projects"_s;
    const QLatin1StringView key = perBranch ? "branches"_L1 : "projects"_L1;
    return walkPages<QList<ConsumptionSeries>, Json::ConsumptionPage>({ "GET", path, path, q },
        [key](const QJsonObject& o, Json::ConsumptionPage& page) { return Json::decodeConsumption(o, key, page); },
        [limit](QList<ConsumptionSeries>& all, const Json::ConsumptionPage& page) {
            all.append(page.series);
            return page.series.size() < limit ? QString() : page.cursor;
        });
}

Pending<QList<ConsumptionSeries>> Client::projectConsumption(const ConsumptionQuery& query)
{
    return consumption(query, false);
}

Pending<QList<ConsumptionSeries>> Client::branchConsumption(const ConsumptionQuery& query)
{
    return consumption(query, true);
}

} // namespace Neon
