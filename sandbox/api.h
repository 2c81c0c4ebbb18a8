// SPDX-License-Identifier: MIT
#pragma once

#include "factory.h"
#include "store.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace Sandbox {

struct HistoryPoint;

struct ApiRequest
{
    QByteArray method;
    QString path; ///< below /api/v2
    QUrlQuery query;
    QByteArray body;
    QString requestId;
};

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    bool noBody = false; ///< 204
    QString route; ///< "GET /projects/{project_id}" — for logs and conformance checks
    bool mutated = false; ///< the state changed and should be saved
    QByteArray raw; ///< when set, the body as compact JSON text (`body` is then empty)

    /// The body as an object, whichever form it was produced in.
    QJsonObject json() const { return raw.isEmpty() ? body : QJsonDocument::fromJson(raw).object(); }
};

/// Neon API v2 semantics over the sandbox State: routing, Neon's rules with Neon's status
/// codes, timed operations, pagination. Not thread-safe; lives on the server's thread.
class Api
{
public:
    struct Options
    {
        int operationDurationMs = 300;
    };

    Api(State& state, Options options, quint32 randomSeed = 0);

    ApiResponse handle(const ApiRequest& request);
    static bool isMutation(const QByteArray& method) { return method != "GET"; }
    /// The route template a request would match, or empty.
    static QString routeOf(const QByteArray& method, const QString& path);

    /// Advances timed changes (operations, branch and compute states, TTL expiry, purge of
    /// soft-deleted branches). Returns true when the state changed.
    bool settle();
    /// True while an operation of the project is not finished yet (mutations then get 423).
    bool isLocked(const QString& projectId) const;

    QDateTime now() const;
    void advanceClock(qint64 seconds) ///< for tests: time passes
    {
        m_clockOffsetSeconds += seconds;
        m_lastSweep = QDateTime();
    }
    Factory& factory() { return m_factory; }
    /// Real databases behind the branches (null: metadata only).
    void setDataPlane(class DataPlane* data) { m_data = data; }
    class DataPlane* dataPlane() const { return m_data; }
    void setOperationDuration(int ms) { m_options.operationDurationMs = ms; }

private:
    struct BranchCreateRequest;
    struct RestoreRequest;
    struct ConsumptionQuery;

    // Routing (api_routes.cpp), one level of the path at a time.
    ApiResponse route(const ApiRequest& request, const QStringList& segments);
    std::optional<ApiResponse> routeAccount(const ApiRequest& r, const QStringList& segments);
    ApiResponse routeProject(const ApiRequest& r, const QStringList& segments);
    ApiResponse routeProjectArea(const ApiRequest& r, const QString& projectId, const QString& area);
    ApiResponse routeBranch(const ApiRequest& r, const QString& projectId, const QString& branchId);
    ApiResponse routeBranchAction(const ApiRequest& r, const QString& projectId, const QString& branchId,
                                  const QString& action);
    ApiResponse routeSnapshot(const ApiRequest& r, const QString& projectId, const QStringList& segments);
    ApiResponse unknownRoute(const ApiRequest& r) const;
    /// The area of a valid Neon route the sandbox does not offer, or empty (api_notoffered.cpp).
    static QString notOfferedArea(const QStringList& segments);
    ApiResponse notOffered(const ApiRequest& r, const QString& area) const;
    ApiResponse listEndpoints(const QString& projectId);
    ApiResponse getOperation(const QString& projectId, const QString& operationId);
    /// The lists under a branch: endpoints, databases, roles, masking_rules.
    ApiResponse branchChildren(const QString& projectId, const QString& branchId, const QString& kind);

    // Projects (api_projects.cpp, api_project_create.cpp).
    QString planOf(const QString& orgId) const;
    static qint64 maxRetentionSeconds(const QString& plan);
    QJsonObject projectJson(const ProjectRecord& record) const;
    std::optional<ApiResponse> readProjectFields(const QJsonObject& in, ProjectRecord& record) const;
    std::optional<ApiResponse> readNewProject(const QJsonObject& in, ProjectRecord& record) const;
    ApiResponse createProject(const ApiRequest& r);
    ApiResponse makeProject(ProjectRecord record, const QString& branchName, const QString& roleName,
                            const QString& dbName, const QDateTime& t);
    ApiResponse updateProject(const ApiRequest& r, const QString& projectId);
    ApiResponse deleteProject(const QString& projectId);
    ApiResponse recoverProject(const QString& projectId);
    void purgeProject(const QString& projectId);
    ApiResponse listSharedProjects(const ApiRequest& r);
    ApiResponse authDetails() const;
    ApiResponse regions() const;

    // Computes (api_endpoints.cpp).
    ApiResponse routeEndpoint(const ApiRequest& r, const QString& projectId, const QStringList& segments);
    Neon::Endpoint* findEndpoint(const QString& projectId, const QString& endpointId);
    ApiResponse endpointAnswer(const Neon::Endpoint& e, const QList<Neon::Operation>& ops, int status);
    std::optional<ApiResponse> applyEndpointSettings(const QJsonObject& in, Neon::Endpoint& e) const;
    QList<Neon::Operation> endpointOps(QList<Neon::Operation> ops, const QString& endpointId);
    ApiResponse createEndpoint(const ApiRequest& r, const QString& projectId);
    ApiResponse getEndpoint(const QString& projectId, const QString& endpointId);
    ApiResponse updateEndpoint(const ApiRequest& r, const QString& projectId, const QString& endpointId);
    ApiResponse deleteEndpoint(const QString& projectId, const QString& endpointId);
    ApiResponse endpointAction(const QString& projectId, const QString& endpointId, const QString& action);
    bool wakeOnConnections(const QDateTime& now);

    // Databases and roles (api_roles.cpp, api_roles_passwords.cpp).
    ApiResponse routeBranchObject(const ApiRequest& r, const QString& projectId, const QString& branchId,
                                  const QStringList& tail);
    ApiResponse objectAnswer(const QString& key, const QJsonObject& object, const QString& projectId,
                             const QString& branchId, int status);
    DatabaseRecord* databaseOf(const QString& projectId, const QString& branchId, const QString& name);
    ApiResponse createDatabase(const ApiRequest& r, const QString& projectId, const QString& branchId);
    ApiResponse getDatabase(const QString& projectId, const QString& branchId, const QString& name);
    ApiResponse updateDatabase(const ApiRequest& r, const QString& projectId, const QString& branchId,
                               const QString& name);
    ApiResponse deleteDatabase(const QString& projectId, const QString& branchId, const QString& name);
    Neon::Role* findRole(const QString& projectId, const QString& branchId, const QString& name);
    ApiResponse createRole(const ApiRequest& r, const QString& projectId, const QString& branchId);
    ApiResponse getRole(const QString& projectId, const QString& branchId, const QString& name);
    ApiResponse deleteRole(const QString& projectId, const QString& branchId, const QString& name);
    ApiResponse revealPassword(const QString& projectId, const QString& branchId, const QString& name);
    ApiResponse resetPassword(const QString& projectId, const QString& branchId, const QString& name);

    // Reads (api_reads.cpp, api_databases.cpp).
    ApiResponse listProjects(const ApiRequest& r);
    ApiResponse getProject(const QString& projectId);
    ApiResponse listBranches(const ApiRequest& r, const QString& projectId);
    ApiResponse countBranches(const ApiRequest& r, const QString& projectId);
    ApiResponse getBranch(const QString& projectId, const QString& branchId);
    ApiResponse branchSchema(const ApiRequest& r, const QString& projectId, const QString& branchId);
    ApiResponse compareSchema(const ApiRequest& r, const QString& projectId, const QString& branchId);
    std::optional<ApiResponse> schemaTarget(const ApiRequest& r, const QString& projectId, const QString& branchId,
                                            const BranchRecord** branch, QString* dbName) const;
    ApiResponse listOperations(const ApiRequest& r, const QString& projectId);
    ApiResponse connectionUri(const ApiRequest& r, const QString& projectId);
    ApiResponse anonymizedStatus(const QString& projectId, const QString& branchId);

    // Consumption history (api_consumption.cpp).
    ApiResponse consumption(const ApiRequest& r, bool perBranch);
    ApiResponse consumptionLegacy(const ApiRequest& r); ///< GET /consumption_history/projects (v1)
    QJsonObject legacySeries(const ConsumptionQuery& q, const QString& projectId) const;
    std::optional<ApiResponse> readConsumptionQuery(const ApiRequest& r, ConsumptionQuery* q) const;
    std::optional<ApiResponse> consumptionOrganization(const ApiRequest& r, ConsumptionQuery* q) const;
    std::optional<ApiResponse> consumptionMetrics(const ApiRequest& r, ConsumptionQuery* q) const;
    std::optional<ApiResponse> consumptionTimeframes(ConsumptionQuery* q) const;
    QList<std::pair<QString, const BranchRecord*>> consumptionSubjects(const ConsumptionQuery& q) const;
    QJsonObject consumptionSeries(const ConsumptionQuery& q, const QString& key, const BranchRecord* branch) const;
    double recordedUsage(const BranchRecord& record, const QString& metric, const QDateTime& from, const QDateTime& to) const;

    // Creating a branch (api_branch_create.cpp), step by step.
    ApiResponse createBranch(const ApiRequest& r, const QString& projectId, bool anonymized);
    std::optional<ApiResponse> readCreateRequest(const ApiRequest& r, BranchCreateRequest* request) const;
    std::optional<ApiResponse> resolveParent(const QString& projectId, BranchCreateRequest* request,
                                             const BranchRecord** parent);
    std::optional<ApiResponse> readComputes(BranchCreateRequest* request) const;
    /// Fills in the new branch from the request; returns a type error of the body, if any.
    QString buildBranch(const BranchCreateRequest& request, const QDateTime& t, BranchRecord& record) const;
    std::optional<ApiResponse> copyParentData(const BranchRecord& parent, const HistoryPoint& point,
                                              BranchRecord& record);
    QList<Neon::Endpoint> createEndpoints(const QString& projectId, const BranchCreateRequest& request,
                                          const QString& branchId, const QDateTime& t);
    ApiResponse createdBranch(const BranchRecord& record, const QList<Neon::Endpoint>& endpoints,
                              const QList<Neon::Operation>& ops) const;

    // Moments of history (api_history.cpp).
    /// Reads an LSN or a timestamp given under the two names; refuses both, or a malformed one.
    std::optional<ApiResponse> readPoint(const QString& lsn, const QString& timestamp, const QString& lsnField,
                                         const QString& timestampField, HistoryPoint* point) const;
    /// Neon's refusals for a moment of `branch`: in the future, outside the project's restore
    /// window, before the branch existed, or before the sandbox's history begins.
    std::optional<ApiResponse> pointProblem(const QString& projectId, const BranchRecord& branch,
                                            const HistoryPoint& point) const;
    /// The schema of one database of `branch` at `point` (none: the head), as tables or as DDL.
    bool schemaTablesAt(const BranchRecord& branch, const QString& dbName, const HistoryPoint& point,
                        QList<Neon::SchemaTable>* tables, QString* error);
    bool schemaSqlAt(const BranchRecord& branch, const DatabaseRecord* database, const HistoryPoint& point,
                     QString* sql, QString* error);
    /// Keeps the history the longest restore window of any project needs and drops the rest;
    /// takes a base backup first when `freshBackup` or the newest is an hour old.
    void careForHistory(bool freshBackup);

    // Restoring a branch (api_branch_restore.cpp).
    ApiResponse restoreBranch(const ApiRequest& r, const QString& projectId, const QString& branchId);
    std::optional<ApiResponse> readRestoreRequest(const ApiRequest& r, const QString& projectId,
                                                  const QString& branchId, RestoreRequest* request) const;
    void keepAsBackup(const QString& projectId, const QString& branchId, BranchRecord backup,
                      const RestoreRequest& request, const QDateTime& t);
    void resetToSource(BranchRecord& record, const BranchRecord& source, const QDateTime& t);

    // Snapshots and backup schedules (api_snapshots.cpp, api_snapshot_restore.cpp, api_snapshot_schedule.cpp).
    ApiResponse createSnapshot(const ApiRequest& r, const QString& projectId, const QString& branchId);
    bool takeSnapshot(const QString& projectId, const BranchRecord& source, const QString& name, const HistoryPoint& point,
                      bool manual, SnapshotRecord* snapshot, QString* problem);
    ApiResponse listSnapshots(const QString& projectId) const;
    SnapshotRecord* findSnapshot(const QString& projectId, const QString& snapshotId);
    ApiResponse updateSnapshot(const ApiRequest& r, const QString& projectId, const QString& snapshotId);
    ApiResponse deleteSnapshot(const QString& projectId, const QString& snapshotId);
    ApiResponse restoreSnapshot(const ApiRequest& r, const QString& projectId, const QString& snapshotId);
    ApiResponse finalizeRestore(const ApiRequest& r, const QString& projectId, const QString& branchId);
    /// The restored branch takes the place of the one it replaces; `actions`: the operations it causes.
    std::optional<ApiResponse> finalizeInto(const QString& projectId, const QString& restoredId, QString oldName,
                                            QStringList* actions);
    ApiResponse getBackupSchedule(const QString& projectId, const QString& branchId);
    ApiResponse setBackupSchedule(const ApiRequest& r, const QString& projectId, const QString& branchId);
    bool sweepSnapshots(const QDateTime& now);
    bool takeScheduledSnapshot(const QString& branchId, const Neon::BackupScheduleItem& item, const QDateTime& now);

    // Other mutations (api_branches.cpp, api_anonymization.cpp).
    ApiResponse updateBranch(const ApiRequest& r, const QString& projectId, const QString& branchId);
    ApiResponse deleteBranch(const ApiRequest& r, const QString& projectId, const QString& branchId);
    ApiResponse setDefault(const QString& projectId, const QString& branchId);
    ApiResponse recoverBranch(const QString& projectId, const QString& branchId);
    ApiResponse setMaskingRules(const ApiRequest& r, const QString& projectId, const QString& branchId);
    ApiResponse startAnonymization(const QString& projectId, const QString& branchId);

    // Shared helpers (api.cpp).
    ApiResponse error(int status, const QString& message) const;
    const BranchRecord* liveBranch(const QString& projectId, const QString& branchId) const;
    QJsonObject branchJson(const BranchRecord& record) const;
    Neon::AnonymizationStatus anonymizationStatus(const BranchRecord& record) const;
    QList<Neon::Operation> startOperations(const QString& projectId, const QString& branchId,
                                           const QStringList& actions);
    QString expiryProblem(const QDateTime& expiresAt) const;
    /// A postgresql:// URI for a branch's database and role: the real server's when the data
    /// plane is on (it works with psql and QPSQL), Neon-shaped host names otherwise.
    QString connectionUri(const BranchRecord& branch, const DatabaseRecord& database, const Neon::Role& role,
                          const Neon::Endpoint& endpoint, bool pooled) const;

    // Timed changes and deletion (api_settle.cpp).
    void softDelete(BranchRecord& record, const QString& method);
    void hardDelete(const QString& branchId);
    bool settleOperations(const QDateTime& now);
    bool sweepExpired(const QDateTime& now);
    bool refreshSizes();

    /// Compact JSON of a branch, cached until the next change of the state: list pages are
    /// the sandbox's hot path, and encoding dominates them.
    QByteArray branchBytes(const BranchRecord& record) const;

    State& m_state;
    class DataPlane* m_data = nullptr;
    mutable QHash<QString, QByteArray> m_branchBytes;
    Options m_options;
    Factory m_factory;
    qint64 m_clockOffsetSeconds = 0;
    QDateTime m_lastSweep;
    QDateTime m_lastWakeCheck;
    QDateTime m_lastHistoryCare;
    quint64 m_lastHistoryLsn = 0; ///< the WAL position at the last care: how busy the writes are
    int m_quietSeconds = 0; ///< how long the writes have been quiet
    QDateTime m_lastSizeRefresh;
    QString m_requestId;
};

} // namespace Sandbox
