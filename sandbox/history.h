// SPDX-License-Identifier: MIT
#pragma once

#include <pg/connection.h>

#include <QDateTime>
#include <QList>
#include <QProcess>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace Sandbox {

class PgCluster;

/// A moment of a branch's history: a time or an LSN (at most one of them; neither: the head).
struct HistoryPoint
{
    QDateTime time;
    QString lsn;
    bool isHead() const { return !time.isValid() && lsn.isEmpty(); }
    /// "2026-12-03T07:40:00Z" or "0/1DE2850", as a person reads it in a message.
    QString text() const;
};

/// An LSN's position ("16/B374D848" → 0x16B374D848); false in `ok` for anything else.
quint64 lsnPosition(const QString& lsn, bool* ok = nullptr);

/// The private cluster's whole history, kept with PostgreSQL's own tools: continuous WAL archiving
/// (PgCluster turns it on) plus base backups (pg_basebackup). Any moment from the oldest base
/// backup on is read back exactly, to the commit, by recovering a throwaway copy of the cluster to
/// `recovery_target_time` or `recovery_target_lsn`, where it pauses as a hot standby. Runs on the server's thread;
/// every call is synchronous.
class History
{
public:
    explicit History(const PgCluster& cluster);
    ~History();
    History(const History&) = delete;
    History& operator=(const History&) = delete;

    /// Reads the base backups kept so far; takes the first one when there is none.
    bool open(QString* error);
    bool takeBaseBackup(QString* error);
    /// Starts a base backup in the background (none while one runs); it counts once finished.
    void takeBaseBackupLater();
    /// Removes the copies earlier recoveries left (their servers were stopped without waiting).
    void tidy();

    /// The first moment history can be read at (the oldest base backup's consistent point).
    QDateTime begins() const;
    QString beginsLsn() const;
    QDateTime newestBackup() const;
    QString newestBackupLsn() const;
    /// Drops the base backups and WAL segments no moment at or after `keepFrom` needs; true when
    /// something went.
    bool prune(const QDateTime& keepFrom);
    /// How much history is kept, for the sandbox's log: "history from …: 2 base backups, 14 WAL
    /// segments (224 MiB)".
    QString summary() const;

    /// Recovers a copy of the cluster as it was at `point` on a port of its own, runs `work` with
    /// its superuser's address, then stops and deletes the copy. The moment must be in the past
    /// and not before begins(); the WAL up to now is archived first. `meanwhile` runs while the
    /// copy recovers (preparations that need no copy); work runs only when it succeeded.
    bool atPoint(const HistoryPoint& point, const std::function<bool(QString*)>& meanwhile,
                 const std::function<bool(const Pg::ConnectionSpec&, QString*)>& work, QString* error);

private:
    struct BaseBackup
    {
        QString name; ///< its folder under backups/
        QDateTime consistentAt; ///< any moment after this can be recovered from it
        QString consistentLsn;
        QString startSegment; ///< the first WAL segment it needs
    };

    QStringList baseBackupArguments(const QString& folder) const;
    QProcessEnvironment passwordEnvironment() const;
    bool finishBaseBackup(const QString& name, QString* error);
    /// A copy of the newest base backup made ahead, so a recovery need not wait for one.
    void prepareWarmCopy();
    bool stageCopy(const BaseBackup& backup, const QString& data, QString* error);
    bool archiveUpToNow(QString* error);
    const BaseBackup* backupFor(const HistoryPoint& point) const;
    bool startRecovered(const BaseBackup& backup, const HistoryPoint& point, const QString& folder, int port,
                        QString* error);
    bool releaseLocksOfUnfinished(QSqlQuery& q, QString* error);
    bool waitUntilHeld(const Pg::ConnectionSpec& at, const QString& folder, QString* error);
    QString backupsFolder() const;
    bool saveBackupList(QString* error) const;
    Pg::ConnectionSpec adminAddress() const;

    const PgCluster& m_cluster;
    QList<BaseBackup> m_backups; ///< oldest first
    std::unique_ptr<Pg::Connection> m_admin;
    std::unique_ptr<QProcess> m_backupProcess; ///< a base backup under way, in the background
    QString m_backupName;
    std::unique_ptr<QProcess> m_warmProcess;
    QString m_warmFor; ///< the base backup the ready warm copy is of; empty: none ready
    QString m_warmPreparing;
    QStringList m_leftovers;
};

} // namespace Sandbox
