// SPDX-License-Identifier: MIT
#include "codec.h"

using namespace Qt::StringLiterals;

namespace Neon::Json {

void read(Reader& r, Branch& out)
{
    out.id = r.requiredStr("id"_L1);
    out.projectId = r.str("project_id"_L1);
    out.parentId = r.str("parent_id"_L1);
    out.parentLsn = r.str("parent_lsn"_L1);
    out.parentTimestamp = r.time("parent_timestamp"_L1);
    out.name = r.str("name"_L1);
    out.currentState = r.str("current_state"_L1);
    out.pendingState = r.str("pending_state"_L1);
    out.stateChangedAt = r.time("state_changed_at"_L1);
    out.logicalSize = r.optInt64("logical_size"_L1);
    out.creationSource = r.str("creation_source"_L1);
    out.primary = r.optBool("primary"_L1);
    out.isDefault = r.boolean("default"_L1, out.primary.value_or(false));
    out.isProtected = r.boolean("protected"_L1);
    out.cpuUsedSec = r.int64("cpu_used_sec"_L1);
    out.computeTimeSeconds = r.int64("compute_time_seconds"_L1);
    out.activeTimeSeconds = r.int64("active_time_seconds"_L1);
    out.writtenDataBytes = r.int64("written_data_bytes"_L1);
    out.dataTransferBytes = r.int64("data_transfer_bytes"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
    out.ttlIntervalSeconds = r.optInt64("ttl_interval_seconds"_L1);
    out.expiresAt = r.time("expires_at"_L1);
    out.lastResetAt = r.time("last_reset_at"_L1);
    if (std::optional<Reader> createdBy = r.child("created_by"_L1)) {
        out.hasCreatedBy = true;
        out.createdByName = createdBy->str("name"_L1);
        out.createdByImage = createdBy->str("image"_L1);
    }
    out.initSource = r.str("init_source"_L1);
    out.restoreStatus = r.str("restore_status"_L1);
    out.restoredFrom = r.str("restored_from"_L1);
    out.restoredAs = r.str("restored_as"_L1);
    out.restrictedActions = r.list<RestrictedAction>("restricted_actions"_L1, [](Reader& i, RestrictedAction& a) {
        a.name = i.str("name"_L1);
        a.reason = i.str("reason"_L1);
    });
    if (std::optional<Reader> recovery = r.child("recovery"_L1)) {
        BranchRecovery rec;
        rec.deletedAt = recovery->time("deleted_at"_L1);
        rec.recoverableUntil = recovery->time("recoverable_until"_L1);
        rec.deletionMethod = recovery->str("deletion_method"_L1);
        out.recovery = rec;
    }
}

QJsonObject write(const Branch& v)
{
    QJsonObject o { { "id"_L1, v.id }, { "project_id"_L1, v.projectId }, { "name"_L1, v.name },
        { "current_state"_L1, v.currentState }, { "creation_source"_L1, v.creationSource },
        { "primary"_L1, v.primary.value_or(v.isDefault) }, { "default"_L1, v.isDefault },
        { "protected"_L1, v.isProtected }, { "cpu_used_sec"_L1, v.cpuUsedSec },
        { "compute_time_seconds"_L1, v.computeTimeSeconds }, { "active_time_seconds"_L1, v.activeTimeSeconds },
        { "written_data_bytes"_L1, v.writtenDataBytes }, { "data_transfer_bytes"_L1, v.dataTransferBytes } };
    putStr(o, "parent_id"_L1, v.parentId);
    putStr(o, "parent_lsn"_L1, v.parentLsn);
    putTime(o, "parent_timestamp"_L1, v.parentTimestamp);
    putStr(o, "pending_state"_L1, v.pendingState);
    putTime(o, "state_changed_at"_L1, v.stateChangedAt);
    putOpt(o, "logical_size"_L1, v.logicalSize);
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    putOpt(o, "ttl_interval_seconds"_L1, v.ttlIntervalSeconds);
    putTime(o, "expires_at"_L1, v.expiresAt);
    putTime(o, "last_reset_at"_L1, v.lastResetAt);
    if (v.hasCreatedBy)
        o.insert("created_by"_L1, QJsonObject { { "name"_L1, v.createdByName }, { "image"_L1, v.createdByImage } });
    putStr(o, "init_source"_L1, v.initSource);
    putStr(o, "restore_status"_L1, v.restoreStatus);
    putStr(o, "restored_from"_L1, v.restoredFrom);
    putStr(o, "restored_as"_L1, v.restoredAs);
    if (!v.restrictedActions.isEmpty()) {
        QJsonArray actions;
        for (const RestrictedAction& a : v.restrictedActions)
            actions.append(QJsonObject { { "name"_L1, a.name }, { "reason"_L1, a.reason } });
        o.insert("restricted_actions"_L1, actions);
    }
    if (v.recovery) {
        QJsonObject rec { { "deletion_method"_L1, v.recovery->deletionMethod } };
        putTime(rec, "deleted_at"_L1, v.recovery->deletedAt);
        putTime(rec, "recoverable_until"_L1, v.recovery->recoverableUntil);
        o.insert("recovery"_L1, rec);
    }
    return o;
}

void read(Reader& r, Annotation& out)
{
    if (std::optional<Reader> object = r.child("object"_L1)) {
        out.objectType = object->str("type"_L1);
        out.objectId = object->str("id"_L1);
    }
    out.value = r.stringMap("value"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
}

QJsonObject write(const Annotation& v)
{
    QJsonObject o { { "object"_L1, QJsonObject { { "type"_L1, v.objectType }, { "id"_L1, v.objectId } } },
        { "value"_L1, stringMapToJson(v.value) } };
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    return o;
}

QString decode(const QJsonObject& root, BranchDetails& out)
{
    QString error = decodeIn(root, "branch"_L1, out.branch);
    if (root.value("annotation"_L1).isObject()) {
        Annotation a;
        const QString annotationError = decodeIn(root, "annotation"_L1, a);
        if (error.isEmpty())
            error = annotationError;
        out.branch.annotation = a.value;
        out.annotation = a;
    }
    return error;
}

QString decode(const QJsonObject& root, BranchPage& out)
{
    QString error = decodeListIn(root, "branches"_L1, out.list.branches);
    Reader r(root, QString(), &error);
    const QJsonObject annotations = r.object("annotations"_L1);
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        if (!it->isObject()) {
            if (error.isEmpty())
                error = QStringLiteral("annotations.%1: expected an object").arg(it.key());
            continue;
        }
        Reader item(it->toObject(), QStringLiteral("annotations.") + it.key(), &error);
        Annotation a;
        read(item, a);
        out.list.annotations.insert(it.key(), a);
    }
    for (Branch& b : out.list.branches)
        b.annotation = out.list.annotations.value(b.id).value;
    if (std::optional<Reader> pagination = r.child("pagination"_L1))
        out.next = pagination->str("next"_L1);
    return error;
}

QString decode(const QJsonObject& root, CreatedBranch& out)
{
    QString error = decodeIn(root, "branch"_L1, out.branch);
    Reader r(root, QString(), &error);
    out.endpoints = r.list<Endpoint>("endpoints"_L1, [](Reader& i, Endpoint& v) { read(i, v); });
    out.operations = r.list<Operation>("operations"_L1, [](Reader& i, Operation& v) { read(i, v); });
    out.roles = r.list<Role>("roles"_L1, [](Reader& i, Role& v) { read(i, v); });
    out.databases = r.list<Database>("databases"_L1, [](Reader& i, Database& v) { read(i, v); });
    out.connectionUris = r.list<ConnectionUri>("connection_uris"_L1, [](Reader& i, ConnectionUri& v) { read(i, v); });
    return error;
}

QString decode(const QJsonObject& root, BranchOperations& out)
{
    QString error = decodeIn(root, "branch"_L1, out.branch);
    Reader r(root, QString(), &error);
    out.operations = r.list<Operation>("operations"_L1, [](Reader& i, Operation& v) { read(i, v); });
    out.endpoints = r.list<Endpoint>("endpoints"_L1, [](Reader& i, Endpoint& v) { read(i, v); });
    return error;
}

static QJsonObject writeEndpointOptions(const EndpointOptions& e)
{
    QJsonObject o { { "type"_L1, e.type } };
    putOpt(o, "autoscaling_limit_min_cu"_L1, e.autoscalingLimitMinCu);
    putOpt(o, "autoscaling_limit_max_cu"_L1, e.autoscalingLimitMaxCu);
    putOpt(o, "suspend_timeout_seconds"_L1, e.suspendTimeoutSeconds);
    putStr(o, "provisioner"_L1, e.provisioner);
    return o;
}

QJsonObject writeCreateRequest(const BranchCreateOptions& options)
{
    QJsonObject branch;
    putStr(branch, "parent_id"_L1, options.parentId);
    putStr(branch, "name"_L1, options.name);
    putStr(branch, "parent_lsn"_L1, options.parentLsn);
    putTime(branch, "parent_timestamp"_L1, options.parentTimestamp);
    putOpt(branch, "protected"_L1, options.isProtected);
    putOpt(branch, "archived"_L1, options.archived);
    putStr(branch, "init_source"_L1, options.initSource);
    putTime(branch, "expires_at"_L1, options.expiresAt);
    QJsonObject body { { "branch"_L1, branch } };
    if (options.sendEndpoints) {
        QJsonArray endpoints;
        for (const EndpointOptions& e : options.endpoints)
            endpoints.append(writeEndpointOptions(e));
        body.insert("endpoints"_L1, endpoints);
    }
    if (!options.annotation.isEmpty())
        body.insert("annotation_value"_L1, stringMapToJson(options.annotation));
    return body;
}

QJsonObject writeUpdateRequest(const BranchUpdate& update)
{
    QJsonObject branch;
    if (update.name)
        branch.insert("name"_L1, *update.name);
    putOpt(branch, "protected"_L1, update.isProtected);
    if (update.clearExpiration)
        branch.insert("expires_at"_L1, QJsonValue(QJsonValue::Null));
    else
        putTime(branch, "expires_at"_L1, update.expiresAt);
    return QJsonObject { { "branch"_L1, branch } };
}

QJsonObject writeRestoreRequest(const BranchRestore& restore)
{
    QJsonObject o { { "source_branch_id"_L1, restore.sourceBranchId } };
    putStr(o, "source_lsn"_L1, restore.sourceLsn);
    putTime(o, "source_timestamp"_L1, restore.sourceTimestamp);
    putStr(o, "preserve_under_name"_L1, restore.preserveUnderName);
    return o;
}

QJsonObject writeAnonymizedCreateRequest(const AnonymizedBranchCreate& request)
{
    QJsonObject o;
    if (request.branchCreate) {
        QJsonObject create = writeCreateRequest(*request.branchCreate);
        create.remove("annotation_value"_L1);
        o.insert("branch_create"_L1, create);
    }
    if (!request.maskingRules.isEmpty())
        o.insert("masking_rules"_L1, writeList(request.maskingRules));
    putOpt(o, "start_anonymization"_L1, request.startAnonymization);
    if (!request.annotation.isEmpty())
        o.insert("annotation_value"_L1, stringMapToJson(request.annotation));
    return o;
}

} // namespace Neon::Json
