// SPDX-License-Identifier: MIT
// Reading a moment of the cluster's history back: a throwaway copy of a base backup recovers
// from the WAL archive to the moment (PostgreSQL's point-in-time recovery) and pauses there, a
// read-only hot standby of that moment (never promoted: no new timeline, no end-of-recovery
// checkpoint to wait for).
#include "history.h"

#include "pgcluster.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
QString confValue(const QString& text)
{
    return u"'"_s + QString(text).replace(u"'"_s, u"''"_s) + u"'"_s;
}
} // namespace

bool History::archiveUpToNow(QString* error)
{
    // A commit after every moment asked for (recovery stops at the first commit past a time),
    // then the current segment is finished and archived.
    QSqlQuery q(m_admin->database());
    QString segment;
    if (!q.exec(u"SELECT txid_current()"_s) || !q.exec(u"SELECT pg_walfile_name(pg_switch_wal())"_s) || !q.next()) {
        *error = u"cannot finish the current WAL segment: "_s + q.lastError().text();
        return false;
    }
    segment = q.value(0).toString();
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (q.exec(u"SELECT coalesce(last_archived_wal, ''), coalesce(last_failed_wal, ''), "
                   "last_failed_time > coalesce(last_archived_time, '-infinity') FROM pg_stat_archiver"_s)
            && q.next()) {
            if (q.value(0).toString().left(24) >= segment)
                return true;
            if (q.value(2).toBool() && q.value(1).toString().left(24) >= segment) {
                *error = u"PostgreSQL cannot archive WAL segment %1: see server.log in %2"_s.arg(segment, m_cluster.folder());
                return false;
            }
        }
        QThread::msleep(10);
    }
    *error = u"WAL segment %1 was not archived within a minute"_s.arg(segment);
    return false;
}

bool History::atPoint(const HistoryPoint& point, const std::function<bool(QString*)>& meanwhile,
                      const std::function<bool(const Pg::ConnectionSpec&, QString*)>& work, QString* error)
{
    QElapsedTimer clock;
    clock.start();
    const bool timing = qEnvironmentVariableIsSet("CANOPY_SANDBOX_TIMING");
    auto lap = [&](const char* step) {
        if (timing)
            qInfo("history: %s at %lld ms", step, qlonglong(clock.elapsed()));
    };
    if (!archiveUpToNow(error))
        return false;
    lap("archived");
    const BaseBackup* backup = backupFor(point);
    if (!backup) {
        *error = u"%1 is before the sandbox's history begins (%2)"_s.arg(point.text(), begins().toString(Qt::ISODate));
        return false;
    }
    const QString folder = m_cluster.folder() + u"/pitr-"_s + QString::number(QRandomGenerator::global()->generate(), 36);
    if (!QDir().mkpath(folder)) {
        *error = u"cannot create "_s + folder;
        return false;
    }
    m_cluster.handOver(folder);
    const int port = PgCluster::freePort();
    bool ok = startRecovered(*backup, point, folder, port, error);
    lap("started");
    ok = ok && meanwhile(error);
    lap("prepared meanwhile");
    if (ok) {
        Pg::ConnectionSpec at = adminAddress();
        at.port = port;
        ok = waitUntilHeld(at, folder, error);
        lap("held at the moment");
        ok = ok && work(at, error);
        lap("worked");
    }
    QString out;
    // An immediate stop writes nothing more; the copy goes once its server is gone (tidy()).
    m_cluster.run(m_cluster.binaries().pgCtl, {u"-D"_s, folder + u"/data"_s, u"-m"_s, u"immediate"_s, u"-W"_s, u"stop"_s}, &out, 60000);
    m_leftovers.append(folder);
    prepareWarmCopy();
    lap("stopped");
    return ok;
}

bool History::stageCopy(const BaseBackup& backup, const QString& data, QString* error)
{
    // The warm copy made ahead is taken when it is of this backup (it is moved, not copied).
    const QString warm = m_cluster.folder() + u"/pitr-warm"_s;
    if (m_warmFor == backup.name && QDir().rename(warm, data)) {
        m_warmFor.clear();
        return true;
    }
    QString out;
    if (!m_cluster.run(u"cp"_s, {u"-a"_s, backupsFolder() + u'/' + backup.name, data}, &out, 600000)) {
        *error = u"cannot copy the base backup %1: %2"_s.arg(backup.name, out.right(500));
        return false;
    }
    return true;
}

bool History::startRecovered(const BaseBackup& backup, const HistoryPoint& point, const QString& folder, int port,
                             QString* error)
{
    const QString data = folder + u"/data"_s;
    QString out;
    if (!stageCopy(backup, data, error))
        return false;
    const QString target = point.time.isValid()
        ? u"recovery_target_time = %1"_s.arg(confValue(point.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u"+00"_s))
        : u"recovery_target_lsn = %1"_s.arg(confValue(point.lsn));
    const QString archive = m_cluster.archiveDirectory();
    const QString settings = u"\n# canopy-sandbox: a throwaway copy recovering to %1\n"
                             "restore_command = %2\n%3\nrecovery_target_inclusive = on\nrecovery_target_action = 'pause'\n"
                             "recovery_target_timeline = 'current'\n"
                             "archive_mode = off\nhot_standby = on\nport = %4\nlisten_addresses = '127.0.0.1'\n"
                             "unix_socket_directories = %5\nfsync = off\nfull_page_writes = off\nsynchronous_commit = off\n"
                             "max_connections = 200\nshared_buffers = '32MB'\n"_s.arg(
                                 point.text(), confValue(u"cp \"%1/%f\" \"%p\""_s.arg(archive)), target,
                                 QString::number(port), confValue(folder));
    QFile conf(data + u"/postgresql.auto.conf"_s);
    QFile signal(data + u"/recovery.signal"_s);
    if (!conf.open(QIODevice::Append) || conf.write(settings.toUtf8()) < 0 || !signal.open(QIODevice::WriteOnly)) {
        *error = u"cannot configure the recovery in "_s + data;
        return false;
    }
    conf.close();
    signal.close();
    m_cluster.handOver(signal.fileName());
    // Not waited for here: waitUntilHeld watches for the end of the recovery more closely.
    if (!m_cluster.run(m_cluster.binaries().pgCtl, {u"-D"_s, data, u"-l"_s, folder + u"/recovery.log"_s, u"-W"_s, u"start"_s},
                       &out, 60000)) {
        *error = u"PostgreSQL could not start a copy to recover %1: %2"_s.arg(point.text(), out.right(1500));
        return false;
    }
    return true;
}

bool History::releaseLocksOfUnfinished(QSqlQuery& q, QString* error)
{
    // A transaction that ran across the moment (its commit came after) is unfinished there, and
    // a standby keeps its exclusive locks (DDL's): reading such a table would wait for ever. Then
    // the copy is promoted after all, which aborts what was unfinished, as a promoted copy does.
    if (!q.exec(u"SELECT EXISTS (SELECT FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND granted)"_s) || !q.next()) {
        *error = u"cannot read the locks of the recovered copy: "_s + q.lastError().text();
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    if (!q.exec(u"SELECT pg_promote(true, 300)"_s) || !q.next() || !q.value(0).toBool()) {
        *error = u"the recovered copy could not be promoted: "_s + q.lastError().text();
        return false;
    }
    return true;
}

bool History::waitUntilHeld(const Pg::ConnectionSpec& at, const QString& folder, QString* error)
{
    // A hot standby lets sessions in once it is consistent, before it reached the moment: its
    // log says when it pauses there (connecting earlier only slows the startup down).
    const QDeadlineTimer deadline(300000);
    QString last;
    QFile log(folder + u"/recovery.log"_s);
    while (!deadline.hasExpired()) {
        QByteArray text;
        if (log.isOpen() || log.open(QIODevice::ReadOnly)) {
            log.seek(0);
            text = log.readAll();
        }
        if (text.contains("aborting startup") || text.contains("PANIC:") || text.contains("could not start server")) {
            *error = u"PostgreSQL could not recover the copy: "_s + QString::fromLocal8Bit(text.right(1500));
            return false;
        }
        if (text.contains("pausing at the end of recovery")) {
            Pg::Connection connection(at, u"sandbox-recovered"_s, u"options=--client_min_messages=warning"_s);
            QSqlQuery q(connection.database());
            if (connection.isOpen() && q.exec(u"SELECT pg_get_wal_replay_pause_state()"_s) && q.next()
                && q.value(0).toString() == "paused"_L1)
                return releaseLocksOfUnfinished(q, error);
            last = connection.error();
        }
        QThread::msleep(5);
    }
    *error = u"the recovered copy in %1 did not finish its recovery within five minutes: %2"_s.arg(folder, last);
    return false;
}

} // namespace Sandbox
