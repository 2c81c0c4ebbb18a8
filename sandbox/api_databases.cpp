// SPDX-License-Identifier: MIT
// The sandbox's reads about a branch's databases: schema, schema comparison, connection URI.
#include "api.h"

#include "dataplane.h"
#include "history.h"
#include "unifieddiff.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
const DatabaseRecord* findDatabase(const BranchRecord& b, const QString& name)
{
    for (const DatabaseRecord& d : b.databases) {
        if (d.database.name == name)
            return &d;
    }
    return nullptr;
}
} // namespace

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
    HistoryPoint point;
    if (std::optional<ApiResponse> refused = readPoint(r.query.queryItemValue(u"lsn"_s, QUrl::FullyDecoded),
                                                       r.query.queryItemValue(u"timestamp"_s, QUrl::FullyDecoded),
                                                       u"lsn"_s, u"timestamp"_s, &point))
        return *refused;
    if (std::optional<ApiResponse> refused = pointProblem(projectId, *b, point))
        return *refused;
    const QString format = r.query.queryItemValue(u"format"_s).isEmpty() ? u"sql"_s : r.query.queryItemValue(u"format"_s);
    if (format != "sql"_L1 && format != "json"_L1)
        return error(400, u"format must be sql or json"_s);
    const DatabaseRecord* db = findDatabase(*b, dbName);
    if (!db)
        return error(404, u"database \"%1\" not found on branch %2"_s.arg(dbName, b->branch.name));
    ApiResponse out;
    if (m_data && !db->physical.isEmpty() && !point.isHead()) { // the real schema as it was then
        QString dataError;
        QList<SchemaTable> tables;
        QString sql;
        const bool json = format == "json"_L1;
        if (json ? !schemaTablesAt(*b, dbName, point, &tables, &dataError) : !schemaSqlAt(*b, db, point, &sql, &dataError))
            return error(500, u"reading the schema at %1 failed: %2"_s.arg(point.text(), dataError));
        out.body = json ? QJsonObject{{"json"_L1, QJsonObject{{"tables"_L1, Json::writeList(tables)}}}} : QJsonObject{{"sql"_L1, sql}};
        return out;
    }
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
    HistoryPoint point;
    HistoryPoint basePoint;
    auto value = [&](const QString& key) { return r.query.queryItemValue(key, QUrl::FullyDecoded); };
    if (std::optional<ApiResponse> refused = readPoint(value(u"lsn"_s), value(u"timestamp"_s), u"lsn"_s, u"timestamp"_s, &point))
        return *refused;
    if (std::optional<ApiResponse> refused = readPoint(value(u"base_lsn"_s), value(u"base_timestamp"_s), u"base_lsn"_s,
                                                       u"base_timestamp"_s, &basePoint))
        return *refused;
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
    if (std::optional<ApiResponse> refused = pointProblem(projectId, *b, point))
        return *refused;
    if (std::optional<ApiResponse> refused = pointProblem(projectId, *base, basePoint))
        return *refused;
    QString before, after, problem;
    if (!schemaSqlAt(*base, baseDb, basePoint, &before, &problem) || !schemaSqlAt(*b, db, point, &after, &problem))
        return error(500, u"reading the schemas failed: "_s + problem);
    ApiResponse out;
    out.body = QJsonObject{{"diff"_L1, unifiedDiff(before, after, dbName)}};
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

} // namespace Sandbox
