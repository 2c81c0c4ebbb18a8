// SPDX-License-Identifier: MIT
#pragma once

#include "store.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <neon/schema.h>
#include <pg/connection.h>

#include <memory>
#include <optional>

namespace Sandbox {

class History;
struct HistoryPoint;

/// Where the data plane's PostgreSQL is: a private PgCluster or a server given by the user.
using PostgresAddress = Pg::ConnectionSpec;

/// The real databases behind sandbox branches. Each (branch, database) is one PostgreSQL
/// database; each (branch, role) one login role with the branch's password. Branching copies the
/// parent's databases with CREATE DATABASE … TEMPLATE; schema-only copies are emptied.
/// Runs on the server's thread; every call is synchronous and reports failures as text.
class DataPlane
{
public:
    explicit DataPlane(PostgresAddress admin);
    ~DataPlane();
    DataPlane(const DataPlane&) = delete;
    DataPlane& operator=(const DataPlane&) = delete;

    bool open(QString* error);
    const PostgresAddress& address() const { return m_admin; }

    /// The login name of a branch's role in the cluster (roles are cluster-wide in PostgreSQL).
    static QString physicalRole(const QString& branchId, const QString& role);

    /// Creates the roles and the databases of a root branch from its schema metadata, with
    /// `rows` sample rows in each table (foreign keys pointing at existing rows).
    bool createRoot(BranchRecord& branch, int rows, QString* error);
    /// Copies `source`'s databases to `target` (roles of `target` made and given ownership). The
    /// copies get new physical names, or the ones `physicalNames` gives by database name.
    bool copyBranch(const BranchRecord& source, BranchRecord& target, bool schemaOnly, QString* error,
                    const QHash<QString, QString>& physicalNames = {});
    /// Gives `target`'s current databases to `backup` under new physical names, then copies
    /// `source` into `target` under the names it had, so its connection strings keep working, as
    /// on Neon. Without a backup the old databases are dropped.
    bool replaceBranch(const BranchRecord& source, BranchRecord& target, BranchRecord* backup, QString* error);
    bool dropBranch(const BranchRecord& branch, QString* error);
    /// Finalizing a restore from a snapshot: `restored`'s databases take `original`'s physical
    /// names (the original's get new ones) and `original`'s roles become members of `restored`'s,
    /// so connection strings made for the original now reach the restored data.
    bool takeOver(BranchRecord& restored, BranchRecord& original, QString* error);

    /// Point-in-time history (the private cluster's); without it only heads can be copied.
    void setHistory(History* history) { m_history = history; }
    History* history() const { return m_history; }
    /// A branch's databases as they were at a moment, in temporary databases of this cluster.
    struct PastCopy
    {
        BranchRecord branch; ///< the source with `physical` naming the temporary copies
        QString reachedLsn; ///< where the recovery stopped
        QDateTime reachedTime; ///< the last commit at or before the moment
    };
    /// Where a branch's data lived at `point`; nullopt: before its history.
    static std::optional<DataEra> databasesAt(const BranchRecord& branch, const HistoryPoint& point);
    /// `names`: what to call the copies, by database name (default: temporary names).
    bool pastCopy(const BranchRecord& source, const HistoryPoint& point, const QStringList& onlyDatabases,
                  PastCopy* past, QString* error, const QHash<QString, QString>& names = {});
    void dropPastCopy(const PastCopy& past);
    /// copyBranch and replaceBranch from `source` as it was at `point` (exactly, by recovery).
    bool copyBranchAt(const BranchRecord& source, const HistoryPoint& point, BranchRecord& target, bool schemaOnly,
                      PastCopy* reached, QString* error);
    bool replaceBranchAt(const BranchRecord& source, const HistoryPoint& point, BranchRecord& target,
                         BranchRecord* backup, PastCopy* reached, QString* error);

    QString currentLsn();
    qint64 sizeOf(const BranchRecord& branch);
    /// Sizes of every database on the server, by name (one query).
    QHash<QString, qint64> databaseSizes();
    /// Brings a child's schema up to its metadata: columns the child has and its parent lacks.
    bool addMissingColumns(const BranchRecord& parent, const BranchRecord& child, QString* error);

    /// The real DDL of a database (pg_dump --schema-only, without owners, privileges and the
    /// dump's own comments and settings).
    bool schemaSql(const QString& physicalDatabase, QString* sql, QString* error);
    /// Tables, columns and constraints of the user schemas, in Neon's JSON form.
    bool schemaTables(const QString& physicalDatabase, QList<Neon::SchemaTable>* tables, QString* error);
    /// Applies the branch's masking rules to its rows with SQL as each database's owner role (the
    /// sandbox's `anon` functions installed first, each rule checked again and run as exactly one
    /// statement); connections are refused while it runs. On failure names the rule.
    bool anonymize(const BranchRecord& branch, QString* error);

    /// A role made through the API: a login role with its password, allowed into the branch's databases.
    bool createRole(const BranchRecord& branch, const Neon::Role& role, QString* error);
    /// The role's new password (its open sessions stay; new ones need the new password).
    bool setPassword(const BranchRecord& branch, const Neon::Role& role, QString* error);
    /// Drops the role after giving what it owns in the branch's databases to their owners.
    bool dropRole(const BranchRecord& branch, const QString& role, QString* error);
    /// A new empty database owned by the (existing) role `database.database.ownerName`; sets its physical name.
    bool createDatabase(const BranchRecord& branch, DatabaseRecord& database, QString* error);
    bool setDatabaseOwner(const BranchRecord& branch, const DatabaseRecord& database, const QString& owner,
                          QString* error);
    bool dropDatabase(const DatabaseRecord& database, QString* error);
    /// Ends every session on the branch's databases, as suspending its compute does; returns how many.
    int suspendCompute(const BranchRecord& branch);
    /// The physical databases someone other than the administrator is connected to now.
    QSet<QString> databasesInUse();

    /// Runs `sql` in one of the branch's databases as the administrator.
    bool exec(const QString& physicalDatabase, const QStringList& statements, QString* error);

private:
    QString openConnectionTo(const QString& physicalDatabase, QString* error);
    bool anonymizeDatabase(const BranchRecord& branch, const DatabaseRecord& database,
                           const QList<Neon::MaskingRule>& rules, QString* error);
    bool adminExec(const QString& statement, QString* error);
    bool createRoles(const BranchRecord& branch, QString* error);
    bool grantBranchAccess(const BranchRecord& branch, QString* error);
    bool restoreOwners(const BranchRecord& branch, QString* error);
    bool adoptDatabase(const BranchRecord& source, const BranchRecord& target, const DatabaseRecord& d, bool schemaOnly,
                       QString* error);
    /// Makes `target`'s fresh copies of `source`'s databases its own (owners, access), from now on.
    bool adoptCopies(const BranchRecord& source, BranchRecord& target, bool schemaOnly, QString* error);
    bool copyDatabase(const QString& from, const QString& to, QString* error);
    bool renameDatabase(const QString& from, const QString& to, QString* error);
    void disconnectSessions(const QString& physicalDatabase);
    void disconnectRole(const QString& physicalRoleName);
    QString newDatabaseName(const QString& branchId, const QString& database) const;
    /// From now on the branch's data is in its current databases.
    void startEra(BranchRecord& branch);
    /// Loads `database` of the recovered copy at `from` into this cluster's empty database `to`.
    bool copyOut(const Pg::ConnectionSpec& from, const QString& database, const QString& to, QString* error);
    /// Gives what `from`'s roles own in a database to `to`'s roles, leaving every database's owner as it was.
    bool reassignRoles(const QString& physicalDatabase, const BranchRecord& to, const QString& fromBranchId, QString* error);

    PostgresAddress m_admin;
    std::unique_ptr<Pg::Connection> m_adminConnection;
    QString m_connection; ///< its QtSql name, for clones per database
    int m_serverVersion = 0;
    History* m_history = nullptr;
};

} // namespace Sandbox

namespace Sandbox {

/// Gives every branch of the state that has no real databases yet its databases: roots from
/// their schema metadata with sample rows, children as copies of their parents (plus the
/// columns their metadata adds). Refuses states too large to materialize.
bool materializeState(State& state, DataPlane& data, QString* error);

} // namespace Sandbox
