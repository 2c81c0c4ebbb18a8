// SPDX-License-Identifier: MIT
#pragma once

#include <neon/account.h>
#include <neon/anonymization.h>
#include <neon/branch.h>
#include <neon/compute.h>
#include <neon/operation.h>
#include <neon/project.h>
#include <neon/schema.h>
#include <neon/snapshot.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

/// The schema of one database, kept structurally; its SQL DDL is generated from it.
struct DatabaseRecord
{
    Neon::Database database;
    QList<Neon::SchemaTable> tables; ///< the schema as metadata (the data plane reads the real one)
    QString physical; ///< the PostgreSQL database behind it, when the data plane is on
};

/// Anonymization of a branch made with branch_anonymized: the state machine is timed.
struct AnonymizationRecord
{
    QString state = QStringLiteral("created");
    QString statusMessage;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime runStartedAt; ///< when the current or last run started; invalid: never ran
    QDateTime runCompletedAt;
    QDateTime failedAt;
    int maskedColumns = 0;
    QString dataFailure; ///< what the real run reported when it failed (data plane on)
};

/// Which PostgreSQL databases held a branch's data from a moment on: a copy or a restore starts a
/// new era (its databases are new); a restore's backup branch keeps the eras before it.
struct DataEra
{
    QDateTime since;
    QString sinceLsn;
    QHash<QString, QString> physical; ///< database name → the PostgreSQL database
    QString ownerBranchId; ///< whose roles owned the data then (a backup's early eras: the original's)
};

struct BranchRecord
{
    Neon::Branch branch;
    QList<DatabaseRecord> databases;
    QList<Neon::Role> roles;
    QHash<QString, QString> annotation;
    QList<Neon::MaskingRule> maskingRules;
    std::optional<AnonymizationRecord> anonymization;
    bool isOriginalRoot = false; ///< the project's first branch: never deletable
    QList<DataEra> eras; ///< oldest first; empty: the current databases, since history began
    QList<Neon::BackupScheduleItem> backupSchedule; ///< PUT …/backup_schedule (root branches, paid plans)
    QHash<QString, QDateTime> scheduleTaken; ///< frequency → the due time of its newest snapshot
    QDateTime scheduleSetAt; ///< a schedule takes snapshots due after it was set

    bool isDeleted() const { return branch.recovery.has_value(); }
};

/// A snapshot and its data: real copies of the source's databases (named and owned as if by a
/// branch whose id is the snapshot's), restored by copying them into a new branch.
struct SnapshotRecord
{
    Neon::Snapshot snapshot;
    QString projectId;
    BranchRecord data;
};

struct ProjectRecord
{
    Neon::Project project;
    QStringList branchIds; ///< every branch of the project, soft-deleted ones included
    QStringList operationIds; ///< oldest first
    QJsonObject settings; ///< `settings` as last PATCHed (ProjectSettingsData), kept as given
    QJsonObject defaultEndpointSettings; ///< `default_endpoint_settings`
};

/// Everything the sandbox knows. Plain data: the Api mutates it, the Store persists it.
struct State
{
    Neon::CurrentUser user;
    QList<Neon::Organization> organizations;
    QHash<QString, ProjectRecord> projects;
    QHash<QString, BranchRecord> branches;
    QHash<QString, Neon::Endpoint> endpoints;
    QHash<QString, Neon::Operation> operations;
    QHash<QString, QDateTime> operationFinishAt; ///< when each operation reaches finished
    QHash<QString, SnapshotRecord> snapshots;
    QString seed;

    QList<const BranchRecord*> branchesOf(const QString& projectId, bool includeDeleted = false) const;
    QList<Neon::Endpoint> endpointsOf(const QString& branchId) const;
    QStringList childrenOf(const QString& branchId) const; ///< live children only
    const BranchRecord* findBranchByName(const QString& projectId, const QString& name) const;
};

/// Reads and writes the state file atomically (QSaveFile: temp file, then rename).
class Store
{
public:
    explicit Store(QString path);
    const QString& path() const { return m_path; }
    bool exists() const;
    /// Loads the file; on failure says why and leaves `state` untouched.
    bool load(State& state, QString* error) const;
    bool save(const State& state, QString* error) const;

private:
    QString m_path;
};

QJsonObject stateToJson(const State& state);
bool stateFromJson(const QJsonObject& o, State& state, QString* error);

} // namespace Sandbox
