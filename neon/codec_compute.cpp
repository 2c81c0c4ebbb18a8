// SPDX-License-Identifier: MIT
#include "codec.h"

using namespace Qt::StringLiterals;

namespace Neon::Json {

void read(Reader& r, Endpoint& out)
{
    out.id = r.requiredStr("id"_L1);
    out.host = r.str("host"_L1);
    out.name = r.str("name"_L1);
    out.projectId = r.str("project_id"_L1);
    out.branchId = r.str("branch_id"_L1);
    out.regionId = r.str("region_id"_L1);
    out.type = r.str("type"_L1);
    out.currentState = r.str("current_state"_L1);
    out.pendingState = r.str("pending_state"_L1);
    out.autoscalingLimitMinCu = r.number("autoscaling_limit_min_cu"_L1);
    out.autoscalingLimitMaxCu = r.number("autoscaling_limit_max_cu"_L1);
    out.suspendTimeoutSeconds = r.int64("suspend_timeout_seconds"_L1);
    out.poolerEnabled = r.boolean("pooler_enabled"_L1);
    out.poolerMode = r.str("pooler_mode"_L1);
    out.disabled = r.boolean("disabled"_L1);
    out.passwordlessAccess = r.boolean("passwordless_access"_L1);
    out.provisioner = r.str("provisioner"_L1);
    out.proxyHost = r.str("proxy_host"_L1);
    out.creationSource = r.str("creation_source"_L1);
    out.computeReleaseVersion = r.str("compute_release_version"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
    out.lastActive = r.time("last_active"_L1);
    out.startedAt = r.time("started_at"_L1);
    out.suspendedAt = r.time("suspended_at"_L1);
    if (std::optional<Reader> settings = r.child("settings"_L1)) {
        out.pgSettings = settings->stringMap("pg_settings"_L1);
        if (std::optional<Reader> preload = settings->child("preload_libraries"_L1)) {
            out.preloadUseDefaults = preload->optBool("use_defaults"_L1);
            out.preloadLibraries = preload->stringList("enabled_libraries"_L1);
        }
    }
}

QJsonObject write(const Endpoint& v)
{
    QJsonObject settings { { "pg_settings"_L1, stringMapToJson(v.pgSettings) } };
    if (v.preloadUseDefaults || !v.preloadLibraries.isEmpty()) {
        QJsonObject preload { { "enabled_libraries"_L1, QJsonArray::fromStringList(v.preloadLibraries) } };
        putOpt(preload, "use_defaults"_L1, v.preloadUseDefaults);
        settings.insert("preload_libraries"_L1, preload);
    }
    QJsonObject o { { "id"_L1, v.id }, { "host"_L1, v.host }, { "project_id"_L1, v.projectId },
        { "branch_id"_L1, v.branchId }, { "region_id"_L1, v.regionId }, { "type"_L1, v.type },
        { "current_state"_L1, v.currentState }, { "autoscaling_limit_min_cu"_L1, v.autoscalingLimitMinCu },
        { "autoscaling_limit_max_cu"_L1, v.autoscalingLimitMaxCu },
        { "suspend_timeout_seconds"_L1, v.suspendTimeoutSeconds }, { "pooler_enabled"_L1, v.poolerEnabled },
        { "pooler_mode"_L1, v.poolerMode }, { "disabled"_L1, v.disabled },
        { "passwordless_access"_L1, v.passwordlessAccess }, { "provisioner"_L1, v.provisioner },
        { "proxy_host"_L1, v.proxyHost }, { "creation_source"_L1, v.creationSource }, { "settings"_L1, settings } };
    putStr(o, "name"_L1, v.name);
    putStr(o, "pending_state"_L1, v.pendingState);
    putStr(o, "compute_release_version"_L1, v.computeReleaseVersion);
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    putTime(o, "last_active"_L1, v.lastActive);
    putTime(o, "started_at"_L1, v.startedAt);
    putTime(o, "suspended_at"_L1, v.suspendedAt);
    return o;
}

void read(Reader& r, Database& out)
{
    out.id = r.int64("id"_L1);
    out.branchId = r.str("branch_id"_L1);
    out.name = r.requiredStr("name"_L1);
    out.ownerName = r.str("owner_name"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
}

QJsonObject write(const Database& v)
{
    QJsonObject o { { "id"_L1, v.id }, { "branch_id"_L1, v.branchId }, { "name"_L1, v.name },
        { "owner_name"_L1, v.ownerName } };
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    return o;
}

void read(Reader& r, Role& out)
{
    out.branchId = r.str("branch_id"_L1);
    out.name = r.requiredStr("name"_L1);
    out.password = r.str("password"_L1);
    out.isProtected = r.optBool("protected"_L1);
    out.authenticationMethod = r.str("authentication_method"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
}

QJsonObject write(const Role& v)
{
    QJsonObject o { { "branch_id"_L1, v.branchId }, { "name"_L1, v.name } };
    putStr(o, "password"_L1, v.password);
    putOpt(o, "protected"_L1, v.isProtected);
    putStr(o, "authentication_method"_L1, v.authenticationMethod);
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    return o;
}

void read(Reader& r, ConnectionUri& out)
{
    out.uri = r.requiredStr("connection_uri"_L1);
    if (std::optional<Reader> p = r.child("connection_parameters"_L1)) {
        out.database = p->str("database"_L1);
        out.password = p->str("password"_L1);
        out.role = p->str("role"_L1);
        out.host = p->str("host"_L1);
        out.poolerHost = p->str("pooler_host"_L1);
    }
}

QJsonObject write(const ConnectionUri& v)
{
    return QJsonObject { { "connection_uri"_L1, v.uri },
        { "connection_parameters"_L1,
            QJsonObject { { "database"_L1, v.database }, { "password"_L1, v.password }, { "role"_L1, v.role },
                { "host"_L1, v.host }, { "pooler_host"_L1, v.poolerHost } } } };
}

} // namespace Neon::Json
