// SPDX-License-Identifier: MIT
// POST /projects: a new project with its root branch, the branch's owner role and database
// (real ones when the data plane is on) and a read-write compute, as Neon makes it.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
Project newProject(const QString& id, const QString& orgId, const QString& region, const QDateTime& t)
{
    Project p;
    p.id = id;
    p.platformId = region.section(QLatin1Char('-'), 0, 0);
    p.regionId = region;
    p.provisioner = u"k8s-neonvm"_s;
    p.pgVersion = 17;
    p.proxyHost = region.section(QLatin1Char('-'), 1) + u".sandbox.canopy.local"_s;
    p.branchLogicalSizeLimit = 16384;
    p.branchLogicalSizeLimitBytes = 16384LL * 1024 * 1024;
    p.historyRetentionSeconds = 86400;
    p.storePasswords = true;
    p.creationSource = u"console"_s;
    p.createdAt = p.updatedAt = t;
    p.ownerId = orgId;
    p.orgId = orgId;
    p.activeTime = p.activeTimeSeconds = p.cpuUsedSec = p.computeTimeSeconds = 0;
    p.dataStorageBytesHour = p.dataTransferBytes = p.writtenDataBytes = p.syntheticStorageSize = 0;
    p.consumptionPeriodStart = QDateTime(QDate(t.date().year(), t.date().month(), 1), QTime(0, 0), Qt::UTC);
    p.consumptionPeriodEnd = p.consumptionPeriodStart.addMonths(1);
    return p;
}
} // namespace

std::optional<ApiResponse> Api::readNewProject(const QJsonObject& in, ProjectRecord& record) const
{
    Project& p = record.project;
    if (in.contains("pg_version"_L1)) {
        const int v = in.value("pg_version"_L1).toInt();
        if (v < 14 || v > 18)
            return error(400, u"pg_version must be 14 to 18"_s);
        p.pgVersion = v;
    }
    if (in.contains("store_passwords"_L1))
        p.storePasswords = in.value("store_passwords"_L1).toBool(true);
    const qint64 plan = maxRetentionSeconds(planOf(p.orgId));
    p.historyRetentionSeconds = std::min<qint64>(planOf(p.orgId) == "free"_L1 ? 6 * 3600 : 86400, plan);
    return readProjectFields(in, record);
}

ApiResponse Api::createProject(const ApiRequest& r)
{
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    const QJsonObject in = body.value("project"_L1).toObject();
    QString orgId = in.value("org_id"_L1).toString();
    if (orgId.isEmpty() && m_state.organizations.size() > 1)
        return error(400, u"org_id is required, you can find it on your organization settings page"_s);
    if (orgId.isEmpty() && !m_state.organizations.isEmpty())
        orgId = m_state.organizations.first().id;
    if (!orgId.isEmpty() && std::none_of(m_state.organizations.cbegin(), m_state.organizations.cend(),
                                         [&](const Organization& o) { return o.id == orgId; }))
        return error(404, u"organization not found or you are not a member of it"_s);
    qsizetype live = 0;
    for (const ProjectRecord& p : std::as_const(m_state.projects))
        live += p.project.deletedAt.isValid() ? 0 : 1;
    if (m_state.user.projectsLimit > 0 && live >= m_state.user.projectsLimit)
        return error(422, u"projects limit exceeded: your plan allows %1 projects"_s.arg(m_state.user.projectsLimit));
    const QString region = in.value("region_id"_L1).toString(u"aws-us-east-2"_s);
    const QDateTime t = now();
    ProjectRecord record;
    record.project = newProject(m_factory.projectId(), orgId, region, t);
    record.project.name = record.project.id;
    if (const std::optional<ApiResponse> refused = readNewProject(in, record))
        return *refused;
    for (const Organization& o : std::as_const(m_state.organizations)) {
        if (o.id == orgId)
            record.project.orgName = o.name;
    }
    record.project.ownerEmail = m_state.user.email;
    record.project.ownerName = m_state.user.name;
    record.project.ownerBranchesLimit = m_state.user.branchesLimit;
    const QString plan = planOf(orgId);
    record.project.ownerSubscriptionType = plan == "free"_L1 ? u"free_v3"_s : plan == "launch"_L1 ? u"launch_v3"_s
        : plan == "business"_L1                                            ? u"business"_s
                                                                            : u"scale_v3"_s;
    const QJsonObject branchIn = in.value("branch"_L1).toObject();
    const QString branchName = branchIn.value("name"_L1).toString(u"main"_s);
    const QString roleName = branchIn.value("role_name"_L1).toString(u"neondb_owner"_s);
    const QString dbName = branchIn.value("database_name"_L1).toString(u"neondb"_s);
    if (const QString p = nameProblem(branchName); !p.isEmpty())
        return error(400, p);
    if (roleName.isEmpty() || roleName.toUtf8().size() > 63 || reservedRoleName(roleName))
        return error(400, u"role_name must be 1 to 63 bytes long and not a reserved name"_s);
    if (dbName.isEmpty() || dbName.toUtf8().size() > 63 || dbName == "postgres"_L1 || dbName.startsWith("template"_L1))
        return error(400, u"database_name must be 1 to 63 bytes long and not a reserved name"_s);
    return makeProject(record, branchName, roleName, dbName, t);
}

ApiResponse Api::makeProject(ProjectRecord record, const QString& branchName, const QString& roleName,
                             const QString& dbName, const QDateTime& t)
{
    const QString projectId = record.project.id;
    m_state.projects.insert(projectId, record);
    BranchRecord root = m_factory.branch(m_state, projectId, branchName, nullptr, t);
    Branch& b = root.branch;
    root.isOriginalRoot = true;
    b.isDefault = true;
    b.primary = true;
    b.currentState = u"init"_s;
    b.pendingState = u"ready"_s;
    b.logicalSize = 0;
    DatabaseRecord d;
    d.database.id = m_factory.random().bounded(1, 1 << 30);
    d.database.branchId = b.id;
    d.database.name = dbName;
    d.database.ownerName = roleName;
    d.database.createdAt = d.database.updatedAt = t;
    root.databases = {d};
    Role role;
    role.branchId = b.id;
    role.name = roleName;
    role.password = m_factory.password();
    role.isProtected = false;
    role.authenticationMethod = u"password"_s;
    role.createdAt = role.updatedAt = t;
    root.roles = {role};
    QString dataError;
    if (m_data && !m_data->createRoot(root, 0, &dataError)) {
        QString ignored;
        m_data->dropBranch(root, &ignored);
        m_state.projects.remove(projectId);
        return error(500, u"the sandbox's PostgreSQL could not create the project's database: "_s + dataError);
    }
    m_state.branches.insert(b.id, root);
    m_state.projects[projectId].branchIds.append(b.id);
    const QJsonObject defaults = record.defaultEndpointSettings;
    Endpoint e = m_factory.endpoint(record.project, b.id, u"read_write"_s,
                                    defaults.value("autoscaling_limit_min_cu"_L1).toDouble(0.25),
                                    defaults.value("autoscaling_limit_max_cu"_L1).toDouble(1), t);
    e.suspendTimeoutSeconds = qint64(defaults.value("suspend_timeout_seconds"_L1).toDouble(0));
    m_state.endpoints.insert(e.id, e);
    QList<Operation> ops = startOperations(projectId, b.id, {u"create_timeline"_s, u"start_compute"_s});
    ops.last().endpointId = m_state.operations[ops.last().id].endpointId = e.id;
    ApiResponse out = createdBranch(root, {e}, ops);
    out.body.insert("project"_L1, projectJson(m_state.projects.value(projectId)));
    if (!out.body.contains("connection_uris"_L1))
        out.body.insert("connection_uris"_L1, QJsonArray());
    return out;
}

} // namespace Sandbox
