// SPDX-License-Identifier: MIT
// Branch mutations with Neon's rules, status codes and messages.
#include "api.h"

#include "dataplane.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
bool parseBody(const QByteArray& body, QJsonObject& out, QString* problem)
{
    if (body.trimmed().isEmpty())
        return true;
    const QString error = Json::parseObject(body, out);
    if (!error.isEmpty())
        *problem = u"request body: "_s + error;
    return error.isEmpty();
}

QString nameProblem(const QString& name)
{
    if (name.isEmpty() || name.size() > 256)
        return u"branch name must be 1 to 256 characters long"_s;
    return {};
}
} // namespace

ApiResponse Api::createBranch(const ApiRequest& r, const QString& projectId, bool anonymized)
{
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (anonymized && r.body.trimmed().isEmpty())
        return error(400, u"request body is required"_s);
    // branch_anonymized nests the ordinary create request under branch_create.
    const QJsonObject create = anonymized ? body.value("branch_create"_L1).toObject() : body;
    QString typeError;
    Json::Reader reader(create.value("branch"_L1).toObject(), u"branch"_s, &typeError);
    const QString parentIdIn = reader.str("parent_id"_L1);
    QString name = reader.str("name"_L1);
    const QString parentLsn = reader.str("parent_lsn"_L1);
    const QDateTime parentTimestamp = reader.time("parent_timestamp"_L1);
    const bool isProtected = reader.boolean("protected"_L1);
    const QString initSource = reader.str("init_source"_L1);
    const bool hasExpiry = create.value("branch"_L1).toObject().contains("expires_at"_L1);
    const QDateTime expiresAt = reader.time("expires_at"_L1);
    if (!typeError.isEmpty())
        return error(400, typeError);
    if (!initSource.isEmpty() && initSource != "parent-data"_L1 && initSource != "schema-only"_L1)
        return error(400, u"init_source must be parent-data or schema-only"_s);
    if (!parentLsn.isEmpty() && parentTimestamp.isValid())
        return error(400, u"parent_lsn and parent_timestamp are mutually exclusive"_s);
    if (!parentLsn.isEmpty() || parentTimestamp.isValid())
        return error(400, u"the sandbox branches from the parent's head only; leave out parent_lsn and parent_timestamp"_s);
    if (hasExpiry) {
        if (const QString p = expiryProblem(expiresAt); !p.isEmpty())
            return error(400, p);
        if (isProtected)
            return error(400, u"protected branches cannot have an expiration time"_s);
    }

    QString parentId = parentIdIn;
    if (parentId.isEmpty()) {
        for (const BranchRecord* b : m_state.branchesOf(projectId)) {
            if (b->branch.isDefault)
                parentId = b->branch.id;
        }
    }
    const BranchRecord* parent = liveBranch(projectId, parentId);
    if (!parent)
        return error(404, u"parent branch %1 not found"_s.arg(parentId));
    if (parent->branch.expiresAt.isValid())
        return error(400, u"cannot create a branch from %1: branches with an expiration time cannot have children"_s
                              .arg(parent->branch.name));
    if (name.isEmpty()) {
        name = m_factory.branchName();
    } else if (const QString p = nameProblem(name); !p.isEmpty()) {
        return error(400, p);
    }
    if (m_state.findBranchByName(projectId, name))
        return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(name));

    QList<std::pair<QString, std::pair<double, double>>> computes; // type, cu range
    Json::Reader root(create, QString(), &typeError);
    for (const QJsonValue& v : create.value("endpoints"_L1).toArray()) {
        const QJsonObject e = v.toObject();
        const QString type = e.value("type"_L1).toString();
        if (type != "read_write"_L1 && type != "read_only"_L1)
            return error(400, u"endpoints[].type must be read_write or read_only"_s);
        const double minCu = e.value("autoscaling_limit_min_cu"_L1).toDouble(0.25);
        const double maxCu = e.value("autoscaling_limit_max_cu"_L1).toDouble(std::max(minCu, 0.25));
        if (minCu < 0.25 || maxCu > 16 || maxCu < minCu || maxCu - minCu > 8)
            return error(400, u"compute size must be 0.25 to 16 CU, with max - min at most 8"_s);
        if (type == "read_write"_L1 && std::any_of(computes.cbegin(), computes.cend(), [](const auto& c) {
                return c.first == "read_write"_L1;
            }))
            return error(409, u"read-write endpoint already exists"_s);
        computes.append({type, {minCu, maxCu}});
    }
    if (anonymized && computes.isEmpty())
        computes.append({u"read_write"_s, {0.25, 1}}); // anonymization runs on the branch's RW compute

    const QDateTime t = now();
    BranchRecord record = m_factory.branch(m_state, projectId, name, parent, t);
    Branch& b = record.branch;
    b.currentState = u"init"_s;
    b.pendingState = u"ready"_s;
    b.isProtected = isProtected;
    if (initSource == "schema-only"_L1) {
        // A new root holding only the schema; the parent only says where it came from.
        b.initSource = initSource;
        b.parentId.clear();
        b.parentLsn.clear();
        b.parentTimestamp = QDateTime();
        b.logicalSize = 0;
    }
    if (hasExpiry) {
        b.expiresAt = expiresAt;
        b.ttlIntervalSeconds = t.secsTo(expiresAt);
    }
    record.annotation = Json::Reader(body, QString(), &typeError).stringMap("annotation_value"_L1);
    if (anonymized) {
        b.restrictedActions = {{u"restore"_s, u"cannot restore anonymized branches"_s},
                               {u"delete-rw-endpoint"_s, u"cannot delete read-write endpoints for anonymized branches"_s}};
        record.annotation.insert(u"anonymized"_s, u"true"_s);
        Json::Reader anonReader(body, QString(), &typeError);
        record.maskingRules = anonReader.list<MaskingRule>("masking_rules"_L1, [](Json::Reader& i, MaskingRule& v) { Json::read(i, v); });
        AnonymizationRecord anon;
        anon.createdAt = anon.updatedAt = t;
        if (anonReader.boolean("start_anonymization"_L1))
            anon.runStartedAt = t.addMSecs(m_options.operationDurationMs); // right after the branch is ready
        record.anonymization = anon;
    }
    if (!typeError.isEmpty())
        return error(400, typeError);

    if (m_data) {
        // The real copy comes first: when it fails, nothing of the branch exists.
        QString dataError;
        if (!m_data->copyBranch(*parent, record, b.isSchemaOnly(), &dataError)) {
            m_data->dropBranch(record, &typeError);
            return error(500, u"the sandbox's PostgreSQL could not copy %1: %2"_s.arg(parent->branch.name, dataError));
        }
        if (!b.isSchemaOnly())
            b.parentLsn = m_data->currentLsn();
        if (record.anonymization && record.anonymization->runStartedAt.isValid()) {
            QString failure;
            record.anonymization->dataFailure = m_data->anonymize(record, &failure) ? QString() : failure;
        }
        b.logicalSize = m_data->sizeOf(record);
    }

    QList<Endpoint> endpoints;
    for (const auto& [type, cu] : std::as_const(computes)) {
        Endpoint e = m_factory.endpoint(m_state.projects.value(projectId).project, b.id, type, cu.first, cu.second, t);
        if (anonymized)
            e.preloadUseDefaults = false, e.preloadLibraries = {u"anon"_s};
        m_state.endpoints.insert(e.id, e);
        endpoints.append(e);
    }
    m_state.branches.insert(b.id, record);
    m_state.projects[projectId].branchIds.append(b.id);

    QStringList actions{u"create_branch"_s};
    for (const Endpoint& e : std::as_const(endpoints))
        actions.append(e.isReadWrite() ? u"start_compute"_s : u"start_compute"_s);
    QList<Operation> ops = startOperations(projectId, b.id, actions);
    for (int i = 1; i < ops.size(); ++i) {
        ops[i].endpointId = endpoints.at(i - 1).id;
        m_state.operations[ops[i].id].endpointId = ops[i].endpointId;
    }

    QList<Database> databases;
    for (const DatabaseRecord& d : std::as_const(record.databases))
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

ApiResponse Api::updateBranch(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (!body.value("branch"_L1).isObject())
        return error(400, u"request body must contain \"branch\""_s);
    const QJsonObject patch = body.value("branch"_L1).toObject();
    BranchRecord& record = m_state.branches[branchId];
    Branch& b = record.branch;
    const bool hasChildren = !m_state.childrenOf(branchId).isEmpty();
    const bool becomesProtected = patch.contains("protected"_L1) ? patch.value("protected"_L1).toBool() : b.isProtected;

    if (patch.contains("name"_L1)) {
        const QString name = patch.value("name"_L1).toString();
        if (const QString p = nameProblem(name); !p.isEmpty())
            return error(400, p);
        const BranchRecord* other = m_state.findBranchByName(projectId, name);
        if (other && other->branch.id != branchId)
            return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(name));
    }
    if (patch.contains("protected"_L1) && !patch.value("protected"_L1).isBool())
        return error(400, u"protected must be true or false"_s);
    QDateTime expiresAt = b.expiresAt;
    if (patch.contains("expires_at"_L1)) {
        if (patch.value("expires_at"_L1).isNull()) {
            expiresAt = QDateTime();
        } else {
            expiresAt = Json::timeFromString(patch.value("expires_at"_L1).toString());
            if (const QString p = expiryProblem(expiresAt); !p.isEmpty())
                return error(400, p);
            if (b.isDefault)
                return error(400, u"the default branch cannot have an expiration time"_s);
            if (hasChildren)
                return error(400, u"branches with children cannot have an expiration time"_s);
        }
    }
    if (expiresAt.isValid() && becomesProtected)
        return error(400, u"protected branches cannot have an expiration time"_s);

    if (patch.contains("name"_L1))
        b.name = patch.value("name"_L1).toString();
    b.isProtected = becomesProtected;
    if (patch.contains("expires_at"_L1)) {
        b.expiresAt = expiresAt;
        b.ttlIntervalSeconds = expiresAt.isValid() ? std::optional<qint64>(now().secsTo(expiresAt)) : std::nullopt;
    }
    b.updatedAt = now();
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(record)}, {"operations"_L1, QJsonArray()}};
    return out;
}

ApiResponse Api::deleteBranch(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    const BranchRecord* existing = liveBranch(projectId, branchId);
    const bool hard = r.query.queryItemValue(u"hard_delete"_s) == "true"_L1;
    if (!existing) {
        // Already gone. A soft-deleted branch can still be removed for good.
        const auto it = m_state.branches.constFind(branchId);
        if (hard && it != m_state.branches.cend() && it->branch.projectId == projectId) {
            hardDelete(branchId);
            ApiResponse out;
            out.status = 204;
            out.noBody = true;
            out.mutated = true;
            return out;
        }
        ApiResponse out;
        out.status = 204;
        out.noBody = true;
        return out;
    }
    const Branch& b = existing->branch;
    if (b.isDefault)
        return error(400, u"cannot delete the project's default branch %1"_s.arg(b.name));
    if (existing->isOriginalRoot)
        return error(400, u"cannot delete the project's root branch %1"_s.arg(b.name));
    if (b.isProtected)
        return error(400, u"cannot delete protected branch %1; unprotect it first"_s.arg(b.name));
    if (const QStringList children = m_state.childrenOf(branchId); !children.isEmpty())
        return error(400, u"cannot delete branch %1: it has %2 child branch(es); delete them first"_s.arg(b.name).arg(children.size()));

    BranchRecord& record = m_state.branches[branchId];
    QStringList actions;
    if (!m_state.endpointsOf(branchId).isEmpty())
        actions.append(u"suspend_compute"_s);
    actions.append(u"delete_timeline"_s);
    const QList<Operation> ops = startOperations(projectId, branchId, actions);
    softDelete(record, u"user"_s);
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(record)}, {"operations"_L1, Json::writeList(ops)}};
    if (hard)
        hardDelete(branchId);
    return out;
}

ApiResponse Api::restoreBranch(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    const BranchRecord* target = liveBranch(projectId, branchId);
    if (!target)
        return error(404, u"branch not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    const QString sourceId = body.value("source_branch_id"_L1).toString();
    const QString sourceLsn = body.value("source_lsn"_L1).toString();
    const QString sourceTimestamp = body.value("source_timestamp"_L1).toString();
    const QString preserve = body.value("preserve_under_name"_L1).toString();
    if (sourceId.isEmpty())
        return error(400, u"source_branch_id is required"_s);
    if (!sourceLsn.isEmpty() && !sourceTimestamp.isEmpty())
        return error(400, u"source_lsn and source_timestamp are mutually exclusive"_s);
    if (target->branch.isRestricted(u"restore"_s))
        return error(400, u"cannot restore anonymized branches"_s);
    const bool self = sourceId == branchId;
    if (self && ((sourceLsn.isEmpty() && sourceTimestamp.isEmpty()) || preserve.isEmpty()))
        return error(400, u"restoring a branch to its own history requires source_lsn or source_timestamp, "
                          "and preserve_under_name"_s);
    if (!sourceLsn.isEmpty() || !sourceTimestamp.isEmpty())
        return error(400, u"the sandbox restores from a branch's head only; leave out source_lsn and source_timestamp"_s);
    const BranchRecord* source = liveBranch(projectId, sourceId);
    if (!source)
        return error(404, u"source branch %1 not found"_s.arg(sourceId));
    if (target->branch.isProtected && sourceId == target->branch.parentId)
        return error(400, u"cannot reset protected branch %1 from its parent"_s.arg(target->branch.name));
    const QStringList children = m_state.childrenOf(branchId);
    if (!children.isEmpty() && preserve.isEmpty())
        return error(400, u"branch %1 has children: preserve_under_name is required, and the children move under "
                          "the preserved branch"_s.arg(target->branch.name));
    if (!preserve.isEmpty()) {
        if (const QString p = nameProblem(preserve); !p.isEmpty())
            return error(400, p);
        if (m_state.findBranchByName(projectId, preserve))
            return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(preserve));
    }

    const QDateTime t = now();
    const BranchRecord sourceCopy = *source;
    BranchRecord* record = &m_state.branches[branchId];
    QList<Operation> ops;
    std::optional<BranchRecord> backupRecord;
    if (!preserve.isEmpty()) {
        backupRecord = *record;
        backupRecord->branch.id = m_factory.branchId();
    }
    if (m_data) {
        // Real databases first; the metadata follows only when they are in place.
        BranchRecord replaced = *record;
        QString dataError;
        if (!m_data->replaceBranch(sourceCopy, replaced, backupRecord ? &*backupRecord : nullptr, &dataError))
            return error(500, u"the sandbox's PostgreSQL could not restore %1: %2"_s.arg(record->branch.name, dataError));
        record->databases = replaced.databases;
    }
    if (!preserve.isEmpty()) {
        // The old state lives on as a new branch, which becomes the target's parent and
        // adopts the target's children.
        BranchRecord backup = *backupRecord;
        backup.branch.name = preserve;
        backup.branch.isDefault = false;
        backup.branch.primary = false;
        backup.branch.isProtected = false;
        backup.branch.expiresAt = QDateTime();
        backup.branch.ttlIntervalSeconds.reset();
        backup.branch.createdAt = backup.branch.updatedAt = backup.branch.stateChangedAt = t;
        backup.isOriginalRoot = false;
        backup.annotation.clear();
        for (DatabaseRecord& d : backup.databases)
            d.database.branchId = backup.branch.id;
        for (Role& role : backup.roles)
            role.branchId = backup.branch.id;
        for (const QString& child : children) {
            m_state.branches[child].branch.parentId = backup.branch.id;
            m_state.branches[child].branch.updatedAt = t;
        }
        m_state.branches.insert(backup.branch.id, backup);
        record = &m_state.branches[branchId]; // the insert may have moved it
        m_state.projects[projectId].branchIds.append(backup.branch.id);
        record->branch.parentId = backup.branch.id;
        record->isOriginalRoot = false;
    }
    if (!m_data) {
        record->databases = sourceCopy.databases;
        for (DatabaseRecord& d : record->databases)
            d.database.branchId = branchId;
    }
    record->branch.logicalSize = m_data ? m_data->sizeOf(*record) : sourceCopy.branch.logicalSize;
    record->branch.currentState = u"resetting"_s;
    record->branch.pendingState = u"ready"_s;
    record->branch.stateChangedAt = t;
    record->branch.lastResetAt = t;
    record->branch.updatedAt = t;
    if (record->branch.ttlIntervalSeconds) // a reset restarts the TTL
        record->branch.expiresAt = t.addSecs(*record->branch.ttlIntervalSeconds);
    ops = startOperations(projectId, branchId, {u"create_timeline"_s});
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(*record)}, {"operations"_L1, Json::writeList(ops)}};
    return out;
}

ApiResponse Api::setDefault(const QString& projectId, const QString& branchId)
{
    const BranchRecord* target = liveBranch(projectId, branchId);
    if (!target)
        return error(404, u"branch not found"_s);
    if (target->branch.expiresAt.isValid())
        return error(400, u"a branch with an expiration time cannot be the default branch"_s);
    const QDateTime t = now();
    for (const BranchRecord* b : m_state.branchesOf(projectId)) {
        Branch& branch = m_state.branches[b->branch.id].branch;
        const bool isTarget = branch.id == branchId;
        if (branch.isDefault != isTarget) {
            branch.isDefault = isTarget;
            branch.primary = isTarget;
            branch.updatedAt = t;
        }
    }
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(m_state.branches[branchId])}, {"operations"_L1, QJsonArray()}};
    return out;
}

ApiResponse Api::recoverBranch(const QString& projectId, const QString& branchId)
{
    const auto it = m_state.branches.find(branchId);
    if (it == m_state.branches.end() || it->branch.projectId != projectId)
        return error(404, u"branch not found"_s);
    if (!it->isDeleted())
        return error(400, u"branch %1 is not deleted"_s.arg(it->branch.name));
    if (m_state.findBranchByName(projectId, it->branch.name))
        return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(it->branch.name));
    if (!it->branch.parentId.isEmpty() && !liveBranch(projectId, it->branch.parentId))
        return error(400, u"cannot recover %1: its parent branch is deleted; recover the parent first"_s.arg(it->branch.name));
    Branch& b = it->branch;
    b.recovery.reset();
    b.expiresAt = QDateTime(); // TTL branches come back without a TTL
    b.ttlIntervalSeconds.reset();
    b.updatedAt = now();
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(*it)}, {"endpoints"_L1, Json::writeList(m_state.endpointsOf(branchId))}};
    return out;
}

} // namespace Sandbox
