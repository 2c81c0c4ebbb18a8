// SPDX-License-Identifier: MIT
// Creating a branch (POST …/branches and …/branch_anonymized) with Neon's rules, status codes
// and messages: validate the request, resolve the parent and the name, build the branch, copy
// the parent's data, then add the computes and the operations.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"
#include "history.h"
#include "maskingexpression.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

/// What a create request asks for, read and checked.
struct Api::BranchCreateRequest
{
    struct Compute
    {
        QString type;
        double minCu = 0.25;
        double maxCu = 0.25;
    };

    bool anonymized = false;
    QJsonObject body; ///< the whole body: annotations and anonymization settings live here
    QJsonObject create; ///< the ordinary create request (nested under branch_create when anonymized)
    QString parentId;
    QString name;
    bool isProtected = false;
    QString initSource;
    bool hasExpiry = false;
    QDateTime expiresAt;
    QList<Compute> computes;
    HistoryPoint point; ///< where in the parent's history; empty: its head
};

ApiResponse Api::createBranch(const ApiRequest& r, const QString& projectId, bool anonymized)
{
    BranchCreateRequest request;
    request.anonymized = anonymized;
    if (std::optional<ApiResponse> refused = readCreateRequest(r, &request))
        return *refused;
    const BranchRecord* parent = nullptr;
    if (std::optional<ApiResponse> refused = resolveParent(projectId, &request, &parent))
        return *refused;
    if (std::optional<ApiResponse> refused = readComputes(&request))
        return *refused;
    if (std::optional<ApiResponse> refused = pointProblem(projectId, *parent, request.point))
        return *refused;

    const QDateTime t = now();
    BranchRecord record = m_factory.branch(m_state, projectId, request.name, parent, t);
    if (const QString typeError = buildBranch(request, t, record); !typeError.isEmpty())
        return error(400, typeError);
    if (std::optional<ApiResponse> refused = copyParentData(*parent, request.point, record))
        return *refused;

    const QList<Endpoint> endpoints = createEndpoints(projectId, request, record.branch.id, t);
    m_state.branches.insert(record.branch.id, record);
    m_state.projects[projectId].branchIds.append(record.branch.id);

    QStringList actions{u"create_branch"_s};
    for (qsizetype i = 0; i < endpoints.size(); ++i)
        actions.append(u"start_compute"_s); // one per compute, read-write or read-only
    QList<Operation> ops = startOperations(projectId, record.branch.id, actions);
    for (int i = 1; i < ops.size(); ++i) {
        ops[i].endpointId = endpoints.at(i - 1).id;
        m_state.operations[ops[i].id].endpointId = ops[i].endpointId;
    }
    return createdBranch(record, endpoints, ops);
}

std::optional<ApiResponse> Api::readCreateRequest(const ApiRequest& r, BranchCreateRequest* request) const
{
    QString problem;
    if (!parseBody(r.body, request->body, &problem))
        return error(400, problem);
    if (request->anonymized && r.body.trimmed().isEmpty())
        return error(400, u"request body is required"_s);
    // branch_anonymized nests the ordinary create request under branch_create.
    request->create = request->anonymized ? request->body.value("branch_create"_L1).toObject() : request->body;
    const QJsonObject branch = request->create.value("branch"_L1).toObject();
    QString typeError;
    Json::Reader reader(branch, u"branch"_s, &typeError);
    request->parentId = reader.str("parent_id"_L1);
    request->name = reader.str("name"_L1);
    const QString parentLsn = reader.str("parent_lsn"_L1);
    reader.time("parent_timestamp"_L1); // type-checked; read as given below
    request->isProtected = reader.boolean("protected"_L1);
    request->initSource = reader.str("init_source"_L1);
    request->hasExpiry = branch.contains("expires_at"_L1);
    request->expiresAt = reader.time("expires_at"_L1);
    if (!typeError.isEmpty())
        return error(400, typeError);
    const QString& initSource = request->initSource;
    if (!initSource.isEmpty() && initSource != "parent-data"_L1 && initSource != "schema-only"_L1)
        return error(400, u"init_source must be parent-data or schema-only"_s);
    if (std::optional<ApiResponse> refused = readPoint(parentLsn, branch.value("parent_timestamp"_L1).toString(),
                                                       u"parent_lsn"_s, u"parent_timestamp"_s, &request->point))
        return refused;
    if (request->hasExpiry) {
        if (const QString p = expiryProblem(request->expiresAt); !p.isEmpty())
            return error(400, p);
        if (request->isProtected)
            return error(400, u"protected branches cannot have an expiration time"_s);
    }
    return std::nullopt;
}

std::optional<ApiResponse> Api::resolveParent(const QString& projectId, BranchCreateRequest* request,
                                              const BranchRecord** parent)
{
    QString parentId = request->parentId;
    if (parentId.isEmpty()) { // the default branch
        for (const BranchRecord* b : m_state.branchesOf(projectId)) {
            if (b->branch.isDefault)
                parentId = b->branch.id;
        }
    }
    *parent = liveBranch(projectId, parentId);
    if (!*parent)
        return error(404, u"parent branch %1 not found"_s.arg(parentId));
    if ((*parent)->branch.expiresAt.isValid())
        return error(400, u"cannot create a branch from %1: branches with an expiration time cannot have children"_s
                              .arg((*parent)->branch.name));
    // The name is checked after the parent, like Neon; a generated one is drawn only then.
    if (request->name.isEmpty()) {
        request->name = m_factory.branchName();
    } else if (const QString p = nameProblem(request->name); !p.isEmpty()) {
        return error(400, p);
    }
    if (m_state.findBranchByName(projectId, request->name))
        return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(request->name));
    return std::nullopt;
}

std::optional<ApiResponse> Api::readComputes(BranchCreateRequest* request) const
{
    QList<BranchCreateRequest::Compute>& computes = request->computes;
    for (const QJsonValue& v : request->create.value("endpoints"_L1).toArray()) {
        const QJsonObject e = v.toObject();
        const QString type = e.value("type"_L1).toString();
        if (type != "read_write"_L1 && type != "read_only"_L1)
            return error(400, u"endpoints[].type must be read_write or read_only"_s);
        const double minCu = e.value("autoscaling_limit_min_cu"_L1).toDouble(0.25);
        const double maxCu = e.value("autoscaling_limit_max_cu"_L1).toDouble(std::max(minCu, 0.25));
        if (const QString p = computeSizeProblem(minCu, maxCu, m_state.user.maxAutoscalingLimit); !p.isEmpty())
            return error(400, p);
        if (type == "read_write"_L1 && std::any_of(computes.cbegin(), computes.cend(), [](const auto& c) {
                return c.type == "read_write"_L1;
            }))
            return error(409, u"read-write endpoint already exists"_s);
        computes.append({type, minCu, maxCu});
    }
    if (request->anonymized && computes.isEmpty())
        computes.append({u"read_write"_s, 0.25, 1}); // anonymization runs on the branch's RW compute
    return std::nullopt;
}

QString Api::buildBranch(const BranchCreateRequest& request, const QDateTime& t, BranchRecord& record) const
{
    Branch& b = record.branch;
    b.currentState = u"init"_s;
    b.pendingState = u"ready"_s;
    b.isProtected = request.isProtected;
    if (request.initSource == "schema-only"_L1) {
        // A new root holding only the schema; the parent only says where it came from.
        b.initSource = request.initSource;
        b.parentId.clear();
        b.parentLsn.clear();
        b.parentTimestamp = QDateTime();
        b.logicalSize = 0;
    }
    if (request.hasExpiry) {
        b.expiresAt = request.expiresAt;
        b.ttlIntervalSeconds = t.secsTo(request.expiresAt);
    }
    QString typeError;
    record.annotation = Json::Reader(request.body, QString(), &typeError).stringMap("annotation_value"_L1);
    if (request.anonymized) {
        b.restrictedActions = {{u"restore"_s, u"cannot restore anonymized branches"_s},
                               {u"delete-rw-endpoint"_s, u"cannot delete read-write endpoints for anonymized branches"_s}};
        record.annotation.insert(u"anonymized"_s, u"true"_s);
        Json::Reader anonReader(request.body, QString(), &typeError);
        record.maskingRules = anonReader.list<MaskingRule>("masking_rules"_L1, [](Json::Reader& i, MaskingRule& v) { Json::read(i, v); });
        if (const QString problem = maskingRulesProblem(record.maskingRules); !problem.isEmpty() && typeError.isEmpty())
            typeError = problem;
        AnonymizationRecord anon;
        anon.createdAt = anon.updatedAt = t;
        if (anonReader.boolean("start_anonymization"_L1))
            anon.runStartedAt = t.addMSecs(m_options.operationDurationMs); // right after the branch is ready
        record.anonymization = anon;
    }
    return typeError;
}

std::optional<ApiResponse> Api::copyParentData(const BranchRecord& parent, const HistoryPoint& point,
                                               BranchRecord& record)
{
    Branch& b = record.branch;
    if (!m_data) { // metadata only: the moment is recorded as asked
        if (!point.isHead() && !b.isSchemaOnly())
            b.parentTimestamp = point.time, b.parentLsn = point.lsn;
        return std::nullopt;
    }
    // The real copy comes first: when it fails, nothing of the branch exists.
    QString dataError;
    DataPlane::PastCopy reached;
    const bool copied = point.isHead() ? m_data->copyBranch(parent, record, b.isSchemaOnly(), &dataError)
                                       : m_data->copyBranchAt(parent, point, record, b.isSchemaOnly(), &reached, &dataError);
    if (!copied) {
        QString ignored;
        m_data->dropBranch(record, &ignored);
        return error(500, u"the sandbox's PostgreSQL could not copy %1: %2"_s.arg(parent.branch.name, dataError));
    }
    if (!b.isSchemaOnly() && point.isHead()) {
        b.parentLsn = m_data->currentLsn();
    } else if (!b.isSchemaOnly()) { // where the recovery stopped, and that moment
        b.parentLsn = point.lsn.isEmpty() ? reached.reachedLsn : point.lsn;
        b.parentTimestamp = point.time.isValid() ? point.time : reached.reachedTime;
    }
    if (record.anonymization && record.anonymization->runStartedAt.isValid()) {
        QString failure;
        record.anonymization->dataFailure = m_data->anonymize(record, &failure) ? QString() : failure;
    }
    b.logicalSize = m_data->sizeOf(record);
    return std::nullopt;
}

QList<Endpoint> Api::createEndpoints(const QString& projectId, const BranchCreateRequest& request,
                                     const QString& branchId, const QDateTime& t)
{
    QList<Endpoint> endpoints;
    for (const BranchCreateRequest::Compute& c : request.computes) {
        Endpoint e = m_factory.endpoint(m_state.projects.value(projectId).project, branchId, c.type, c.minCu, c.maxCu, t);
        if (request.anonymized)
            e.preloadUseDefaults = false, e.preloadLibraries = {u"anon"_s};
        m_state.endpoints.insert(e.id, e);
        endpoints.append(e);
    }
    return endpoints;
}

ApiResponse Api::createdBranch(const BranchRecord& record, const QList<Endpoint>& endpoints,
                               const QList<Operation>& ops) const
{
    QList<Database> databases;
    for (const DatabaseRecord& d : record.databases)
        databases.append(d.database);
    ApiResponse out;
    out.status = 201;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(record)},
                           {"endpoints"_L1, Json::writeList(endpoints)},
                           {"operations"_L1, Json::writeList(ops)},
                           {"roles"_L1, Json::writeList(record.roles)},
                           {"databases"_L1, Json::writeList(databases)}};
    // Neon leaves connection_uris out when there is more than one role or database.
    const auto rw = std::find_if(endpoints.cbegin(), endpoints.cend(), [](const Endpoint& e) { return e.isReadWrite(); });
    if (record.roles.size() == 1 && databases.size() == 1 && rw != endpoints.cend()) {
        ConnectionUri c;
        c.database = databases.first().name;
        c.role = record.roles.first().name;
        c.password = record.roles.first().password;
        c.host = rw->host;
        c.poolerHost = QString(rw->host).replace(rw->id, rw->id + u"-pooler"_s);
        c.uri = connectionUri(record, record.databases.first(), record.roles.first(), *rw, false);
        out.body.insert("connection_uris"_L1, QJsonArray{Json::write(c)});
    }
    return out;
}

} // namespace Sandbox
