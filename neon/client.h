// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "anonymization.h"
#include "branch.h"
#include "compute.h"
#include "computes.h"
#include "consumption.h"
#include "operation.h"
#include "project.h"
#include "reply.h"
#include "responses.h"
#include "schema.h"
#include "snapshot.h"
#include "transport.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <deque>

namespace Neon {

template<typename T>
struct MutationSpec;
enum class Verdict : int;
class OperationWaiter;
class OperationTracker;

struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://console.neon.tech/api/v2"));
    QString apiKey;
    TransportPolicy transport;
    /// Records per list page; 0: the most each route allows (projects 400, branches 10,000), so
    /// a list takes the fewest requests. Other values are for tools that page in small steps.
    int pageSize = 0;
    int pollIntervalMs = 1000; ///< operation and branch-state polling
    /// Operations followed per project (one list poll settles all of a project's) and a change
    /// to a project sent once the previous one was accepted; false: the older way, each operation
    /// polled by itself and changes to a project strictly one after another (a baseline).
    bool batchedOperationPolling = true;
    int settleTimeoutMs = 5 * 60 * 1000; ///< give up waiting for operations after this
};

struct ProjectQuery
{
    QString orgId;
    QString search;
};

struct BranchQuery
{
    QString search;
    QString sortBy; ///< name | created_at | updated_at (server default updated_at)
    QString sortOrder; ///< asc | desc
    bool includeDeleted = false;
};

struct SchemaQuery
{
    QString databaseName;
    QString lsn;
    QDateTime timestamp;
    QString format; ///< sql (default) | json
};

struct CompareSchemaQuery
{
    QString databaseName;
    QString baseBranchId; ///< empty: the branch's parent
    QString lsn;
    QDateTime timestamp;
    QString baseLsn;
    QDateTime baseTimestamp;
};

struct ConnectionUriQuery
{
    QString branchId;
    QString endpointId;
    QString databaseName;
    QString roleName;
    std::optional<bool> pooled;
};

/// The asynchronous Neon API v2 client. Every call returns a handle (see Reply) that completes
/// once. Reads run concurrently under the transport policy; mutations on one project run one at
/// a time, each waiting for its operations to finish and its branch to settle before the next
/// starts, while different projects proceed in parallel.
class Client : public QObject
{
    Q_OBJECT
public:
    explicit Client(ClientConfig config, QObject* parent = nullptr);
    ~Client() override;

    /// Refuses plain http:// except on loopback; returns an empty string when the URL is usable.
    static QString checkBaseUrl(const QUrl& url);

    const ClientConfig& config() const { return m_config; }
    int inFlight() const { return m_scheduler.inFlight(); }
    /// HTTP requests sent so far, retries included.
    qint64 requestsSent() const { return m_scheduler.sent(); }

    // Account and projects.
    Pending<CurrentUser> currentUser();
    Pending<QList<Organization>> organizations();
    Pending<QList<Project>> projects(const ProjectQuery& query = {});
    Pending<Project> project(const QString& projectId);
    /// PATCH /projects/{id} (client_projects.cpp): name and restore window, checked first.
    Pending<ProjectOperations> updateProject(const QString& projectId, const ProjectUpdate& update,
                                             const QString& plan = {});

    // Branch reads.
    Pending<BranchList> branches(const QString& projectId, const BranchQuery& query = {});
    Pending<int> branchCount(const QString& projectId, const QString& search = {});
    Pending<BranchDetails> branch(const QString& projectId, const QString& branchId);
    Pending<BranchSchema> branchSchema(const QString& projectId, const QString& branchId, const SchemaQuery& query);
    Pending<SchemaDiff> compareSchema(
        const QString& projectId, const QString& branchId, const CompareSchemaQuery& query);
    Pending<QList<Endpoint>> branchEndpoints(const QString& projectId, const QString& branchId);
    Pending<QList<Endpoint>> projectEndpoints(const QString& projectId);
    Pending<QList<Database>> branchDatabases(const QString& projectId, const QString& branchId);
    Pending<QList<Role>> branchRoles(const QString& projectId, const QString& branchId);
    Pending<ConnectionUri> connectionUri(const QString& projectId, const ConnectionUriQuery& query);
    Pending<QList<MaskingRule>> maskingRules(const QString& projectId, const QString& branchId);
    Pending<AnonymizationStatus> anonymizedStatus(const QString& projectId, const QString& branchId);

    // Operations and consumption.
    Pending<Operation> operation(const QString& projectId, const QString& operationId);
    Pending<OperationPage> operations(const QString& projectId, int limit = 100, const QString& cursor = {});
    Pending<QList<ConsumptionSeries>> projectConsumption(const ConsumptionQuery& query);
    Pending<QList<ConsumptionSeries>> branchConsumption(const ConsumptionQuery& query);

    // Mutations: each completes after its operations finished and its branch settled.
    Pending<CreatedBranch> createBranch(const QString& projectId, const BranchCreateOptions& options);
    Pending<BranchOperations> updateBranch(
        const QString& projectId, const QString& branchId, const BranchUpdate& update);
    Pending<BranchOperations> deleteBranch(const QString& projectId, const QString& branchId, bool hardDelete = false);
    Pending<BranchOperations> restoreBranch(
        const QString& projectId, const QString& branchId, const BranchRestore& restore);
    /// Reads the branch, refuses root branches, then restores it from its parent's head.
    Pending<BranchOperations> resetFromParent(
        const QString& projectId, const QString& branchId, const QString& preserveUnderName = {});
    Pending<BranchOperations> setDefaultBranch(const QString& projectId, const QString& branchId);
    Pending<BranchOperations> recoverBranch(const QString& projectId, const QString& branchId);
    Pending<QList<MaskingRule>> setMaskingRules(
        const QString& projectId, const QString& branchId, const QList<MaskingRule>& rules);
    Pending<AnonymizationStatus> startAnonymization(const QString& projectId, const QString& branchId);
    Pending<CreatedBranch> createAnonymizedBranch(const QString& projectId, const AnonymizedBranchCreate& request);

    // Computes (client_computes.cpp), databases and roles (client_objects.cpp).
    enum class EndpointAction
    {
        Start,
        Suspend,
        Restart
    };
    // Snapshots and backup schedules (client_snapshots.cpp).
    Pending<QList<Snapshot>> snapshots(const QString& projectId);
    Pending<SnapshotOperations> createSnapshot(const QString& projectId, const QString& branchId, const SnapshotCreate& create);
    Pending<SnapshotOperations> renameSnapshot(const QString& projectId, const QString& snapshotId, const QString& name);
    Pending<SnapshotOperations> deleteSnapshot(const QString& projectId, const QString& snapshotId);
    /// The new branch (settled) with its compute and operations.
    Pending<BranchOperations> restoreSnapshot(const QString& projectId, const QString& snapshotId, const SnapshotRestore& restore);
    /// `oldBranchName`: the name the replaced branch gets; empty: Neon's default.
    Pending<SnapshotOperations> finalizeRestore(const QString& projectId, const QString& branchId, const QString& oldBranchName = {});
    Pending<QList<BackupScheduleItem>> backupSchedule(const QString& projectId, const QString& branchId);
    Pending<QList<BackupScheduleItem>> setBackupSchedule(const QString& projectId, const QString& branchId,
                                                         const QList<BackupScheduleItem>& schedule);

    Pending<Endpoint> endpoint(const QString& projectId, const QString& endpointId);
    Pending<EndpointOperations> createEndpoint(const QString& projectId, const EndpointCreate& create);
    Pending<EndpointOperations> updateEndpoint(
        const QString& projectId, const QString& endpointId, const EndpointUpdate& update);
    Pending<EndpointOperations> deleteEndpoint(const QString& projectId, const QString& endpointId);
    Pending<EndpointOperations> endpointAction(const QString& projectId, const QString& endpointId, EndpointAction action);
    Pending<Database> database(const QString& projectId, const QString& branchId, const QString& name);
    Pending<DatabaseOperations> createDatabase(
        const QString& projectId, const QString& branchId, const QString& name, const QString& ownerName);
    Pending<DatabaseOperations> updateDatabase(
        const QString& projectId, const QString& branchId, const QString& name, const DatabaseUpdate& update);
    Pending<DatabaseOperations> deleteDatabase(const QString& projectId, const QString& branchId, const QString& name);
    Pending<Role> role(const QString& projectId, const QString& branchId, const QString& name);
    /// The role's password comes back in the answer, this once.
    Pending<RoleOperations> createRole(
        const QString& projectId, const QString& branchId, const QString& name, bool noLogin = false);
    Pending<RoleOperations> deleteRole(const QString& projectId, const QString& branchId, const QString& name);
    Pending<QString> revealRolePassword(const QString& projectId, const QString& branchId, const QString& name);
    /// Every connection string with the old password stops working; the answer holds the new one.
    Pending<RoleOperations> resetRolePassword(const QString& projectId, const QString& branchId, const QString& name);

    /// Polls `operations` to a terminal status, then (when branchId is set) the branch until it is
    /// ready with no pending state. Fails with the first failed operation's error.
    Pending<QList<Operation>> waitForOperations(
        const QString& projectId, const QList<Operation>& operations, const QString& branchId = {});

    struct Route
    {
        QByteArray verb;
        QString route; ///< template, e.g. "/projects/{project_id}/branches"
        QString path; ///< concrete path under the base URL
        QUrlQuery query;
    };

Q_SIGNALS:
    /// Emitted from the destructor: every running call ends as cancelled.
    void closing();

private:
    std::unique_ptr<HttpCall> makeCall(const Route& route, const QJsonObject* body = nullptr);
    /// Sends `route` for `reply` and hands the outcome to `then` (unless the reply is gone).
    void send(Reply* reply, const Route& route, const QJsonObject* body, std::function<void(const HttpResult&)> then);
    template<typename T>
    Pending<T> get(const Route& route, std::function<QString(const QJsonObject&, T&)> decode);
    template<typename T>
    Pending<QList<T>> getList(const Route& route, QLatin1StringView key);
    /// Follows a cursor from page to page; `absorb` adds a page and returns the next cursor (empty: done).
    template<typename T, typename Page>
    Pending<T> walkPages(const Route& first, std::function<QString(const QJsonObject&, Page&)> decode,
        std::function<QString(T&, const Page&)> absorb);
    Pending<QList<ConsumptionSeries>> consumption(const ConsumptionQuery& query, bool perBranch);
    /// The page size for a list route whose `limit` goes up to `routeMaximum`.
    int pageLimit(int routeMaximum) const { return m_config.pageSize > 0 ? std::min(m_config.pageSize, routeMaximum) : routeMaximum; }

    template<typename T>
    Pending<T> mutate(MutationSpec<T> spec);
    template<typename T>
    Pending<T> rejected(const QString& description, const QString& message);

    /// Reads a branch back after a lost answer; `decide` turns (status, branch) into a verdict.
    using ObjectReconcile = std::function<void(Reply*, std::function<void(Verdict)>)>;
    /// Reads `route` after a lost answer; `decide` turns its status into the verdict.
    ObjectReconcile readBack(const Route& route, std::function<Verdict(int status)> decide);
    Pending<EndpointOperations> endpointMutation(
        const QString& projectId, Route route, std::optional<QJsonObject> body, ObjectReconcile reconcile);
    Pending<DatabaseOperations> databaseMutation(
        const QString& projectId, Route route, std::optional<QJsonObject> body, ObjectReconcile reconcile);
    Pending<RoleOperations> roleMutation(
        const QString& projectId, Route route, std::optional<QJsonObject> body, ObjectReconcile reconcile);
    using BranchReconcile = std::function<void(Reply*, std::function<void(Verdict, BranchOperations)>)>;
    BranchReconcile branchReadBack(const QString& projectId, const QString& branchId,
        std::function<Verdict(int status, const std::optional<Branch>&)> decide);

    std::unique_ptr<OperationWaiter> makeWaiter(
        Reply* reply, const QString& projectId, const QList<Operation>& operations, const QString& branchId);

    void enqueueMutation(const QString& projectId, Reply* reply, std::function<void()> start);
    void startNextMutation(const QString& projectId);
    /// The change running for the project was accepted: the next may go once its operations
    /// have had their typical time.
    void releaseLater(const QString& projectId, Reply* reply);
    /// Tells the tracker whether a change to the project is on its way or waiting.
    void updateBusy(const QString& projectId);

    ClientConfig m_config;
    bool m_closing = false;
    QNetworkAccessManager m_nam;
    Scheduler m_scheduler;
    QByteArray m_authorization;
    struct ProjectQueue
    {
        QPointer<Reply> running;
        bool released = false; ///< running was accepted and had its time: the next may go
        std::deque<std::pair<QPointer<Reply>, std::function<void()>>> waiting;
    };
    QHash<QString, ProjectQueue> m_mutationQueues;
    std::unique_ptr<OperationTracker> m_tracker;
    /// Changes sent while the previous one's operations may run, with their project.
    QHash<const Reply*, QString> m_sentEarly;
};

QString routeLabel(const QByteArray& verb, const QString& route);

} // namespace Neon
