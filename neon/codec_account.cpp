// SPDX-License-Identifier: MIT
#include "codec.h"

using namespace Qt::StringLiterals;

namespace Neon::Json {

void read(Reader& r, Organization& out)
{
    out.id = r.requiredStr("id"_L1);
    out.name = r.str("name"_L1);
    out.handle = r.str("handle"_L1);
    out.plan = r.str("plan"_L1);
    out.managedBy = r.str("managed_by"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
    out.allowHipaaProjects = r.optBool("allow_hipaa_projects"_L1);
    out.requireMfa = r.optBool("require_mfa"_L1);
}

QJsonObject write(const Organization& v)
{
    QJsonObject o { { "id"_L1, v.id }, { "name"_L1, v.name }, { "handle"_L1, v.handle }, { "plan"_L1, v.plan },
        { "managed_by"_L1, v.managedBy } };
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    putOpt(o, "allow_hipaa_projects"_L1, v.allowHipaaProjects);
    putOpt(o, "require_mfa"_L1, v.requireMfa);
    return o;
}

void read(Reader& r, AuthAccount& out)
{
    out.email = r.str("email"_L1);
    out.image = r.str("image"_L1);
    out.login = r.str("login"_L1);
    out.name = r.str("name"_L1);
    out.provider = r.str("provider"_L1);
}

void read(Reader& r, CurrentUser& out)
{
    out.id = r.requiredStr("id"_L1);
    out.email = r.str("email"_L1);
    out.login = r.str("login"_L1);
    out.name = r.str("name"_L1);
    out.lastName = r.str("last_name"_L1);
    out.image = r.str("image"_L1);
    out.plan = r.str("plan"_L1);
    out.activeSecondsLimit = r.int64("active_seconds_limit"_L1);
    out.projectsLimit = r.int64("projects_limit"_L1);
    out.branchesLimit = r.int64("branches_limit"_L1);
    out.maxAutoscalingLimit = r.number("max_autoscaling_limit"_L1);
    out.computeSecondsLimit = r.optInt64("compute_seconds_limit"_L1);
    out.authAccounts = r.list<AuthAccount>("auth_accounts"_L1, [](Reader& i, AuthAccount& a) { read(i, a); });
}

QJsonObject write(const CurrentUser& v)
{
    QJsonArray accounts;
    for (const AuthAccount& a : v.authAccounts)
        accounts.append(QJsonObject { { "email"_L1, a.email }, { "image"_L1, a.image }, { "login"_L1, a.login },
            { "name"_L1, a.name }, { "provider"_L1, a.provider } });
    QJsonObject o { { "id"_L1, v.id }, { "email"_L1, v.email }, { "login"_L1, v.login }, { "name"_L1, v.name },
        { "last_name"_L1, v.lastName }, { "image"_L1, v.image }, { "plan"_L1, v.plan },
        { "active_seconds_limit"_L1, v.activeSecondsLimit }, { "projects_limit"_L1, v.projectsLimit },
        { "branches_limit"_L1, v.branchesLimit }, { "max_autoscaling_limit"_L1, v.maxAutoscalingLimit },
        { "auth_accounts"_L1, accounts } };
    putOpt(o, "compute_seconds_limit"_L1, v.computeSecondsLimit);
    return o;
}

void read(Reader& r, Project& out)
{
    out.id = r.requiredStr("id"_L1);
    out.name = r.str("name"_L1);
    out.platformId = r.str("platform_id"_L1);
    out.regionId = r.str("region_id"_L1);
    out.provisioner = r.str("provisioner"_L1);
    out.pgVersion = int(r.int64("pg_version"_L1));
    out.proxyHost = r.str("proxy_host"_L1);
    out.branchLogicalSizeLimit = r.int64("branch_logical_size_limit"_L1);
    out.branchLogicalSizeLimitBytes = r.int64("branch_logical_size_limit_bytes"_L1);
    out.historyRetentionSeconds = r.optInt64("history_retention_seconds"_L1);
    out.storePasswords = r.boolean("store_passwords"_L1);
    out.creationSource = r.str("creation_source"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
    out.ownerId = r.str("owner_id"_L1);
    out.orgId = r.str("org_id"_L1);
    out.orgName = r.str("org_name"_L1);
    out.activeTime = r.optInt64("active_time"_L1);
    out.dataStorageBytesHour = r.optInt64("data_storage_bytes_hour"_L1);
    out.dataTransferBytes = r.optInt64("data_transfer_bytes"_L1);
    out.writtenDataBytes = r.optInt64("written_data_bytes"_L1);
    out.computeTimeSeconds = r.optInt64("compute_time_seconds"_L1);
    out.activeTimeSeconds = r.optInt64("active_time_seconds"_L1);
    out.cpuUsedSec = r.optInt64("cpu_used_sec"_L1);
    out.syntheticStorageSize = r.optInt64("synthetic_storage_size"_L1);
    out.consumptionPeriodStart = r.time("consumption_period_start"_L1);
    out.consumptionPeriodEnd = r.time("consumption_period_end"_L1);
    out.computeLastActiveAt = r.time("compute_last_active_at"_L1);
    out.deletedAt = r.time("deleted_at"_L1);
    out.recoverableUntil = r.time("recoverable_until"_L1);
    out.effectiveProjectPermission = r.str("effective_project_permission"_L1);
    if (std::optional<Reader> owner = r.child("owner"_L1)) {
        out.ownerEmail = owner->str("email"_L1);
        out.ownerName = owner->str("name"_L1);
        out.ownerBranchesLimit = owner->optInt64("branches_limit"_L1);
        out.ownerSubscriptionType = owner->str("subscription_type"_L1);
    }
}

QJsonObject write(const Project& v)
{
    QJsonObject o { { "id"_L1, v.id }, { "name"_L1, v.name }, { "platform_id"_L1, v.platformId },
        { "region_id"_L1, v.regionId }, { "provisioner"_L1, v.provisioner }, { "pg_version"_L1, v.pgVersion },
        { "proxy_host"_L1, v.proxyHost }, { "branch_logical_size_limit"_L1, v.branchLogicalSizeLimit },
        { "branch_logical_size_limit_bytes"_L1, v.branchLogicalSizeLimitBytes },
        { "store_passwords"_L1, v.storePasswords }, { "creation_source"_L1, v.creationSource },
        { "owner_id"_L1, v.ownerId } };
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    putStr(o, "org_id"_L1, v.orgId);
    putStr(o, "org_name"_L1, v.orgName);
    putOpt(o, "history_retention_seconds"_L1, v.historyRetentionSeconds);
    putOpt(o, "active_time"_L1, v.activeTime);
    putOpt(o, "data_storage_bytes_hour"_L1, v.dataStorageBytesHour);
    putOpt(o, "data_transfer_bytes"_L1, v.dataTransferBytes);
    putOpt(o, "written_data_bytes"_L1, v.writtenDataBytes);
    putOpt(o, "compute_time_seconds"_L1, v.computeTimeSeconds);
    putOpt(o, "active_time_seconds"_L1, v.activeTimeSeconds);
    putOpt(o, "cpu_used_sec"_L1, v.cpuUsedSec);
    putOpt(o, "synthetic_storage_size"_L1, v.syntheticStorageSize);
    putTime(o, "consumption_period_start"_L1, v.consumptionPeriodStart);
    putTime(o, "consumption_period_end"_L1, v.consumptionPeriodEnd);
    putTime(o, "compute_last_active_at"_L1, v.computeLastActiveAt);
    putTime(o, "deleted_at"_L1, v.deletedAt);
    putTime(o, "recoverable_until"_L1, v.recoverableUntil);
    putStr(o, "effective_project_permission"_L1, v.effectiveProjectPermission);
    if (!v.ownerEmail.isEmpty() || v.ownerBranchesLimit || !v.ownerSubscriptionType.isEmpty()) {
        QJsonObject owner { { "email"_L1, v.ownerEmail }, { "name"_L1, v.ownerName },
            { "subscription_type"_L1, v.ownerSubscriptionType } };
        putOpt(owner, "branches_limit"_L1, v.ownerBranchesLimit);
        o.insert("owner"_L1, owner);
    }
    return o;
}

QString decode(const QJsonObject& root, ProjectPage& out)
{
    QString error = decodeListIn(root, "projects"_L1, out.projects);
    Reader r(root, QString(), &error);
    if (std::optional<Reader> pagination = r.child("pagination"_L1))
        out.cursor = pagination->str("cursor"_L1);
    out.unavailableProjectIds = r.stringList("unavailable_project_ids"_L1);
    return error;
}

} // namespace Neon::Json
