// SPDX-License-Identifier: MIT
// The private cluster's history: base backups, the WAL archive, pruning, and what is kept.
// Reading a moment back (recovery of a throwaway copy) is in history_recover.cpp.
#include "history.h"

#include "pgcluster.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sandbox {

QString HistoryPoint::text() const
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : lsn;
}

quint64 lsnPosition(const QString& lsn, bool* ok)
{
    static const QRegularExpression form(u"^([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})$"_s);
    const QRegularExpressionMatch m = form.match(lsn);
    if (ok)
        *ok = m.hasMatch();
    if (!m.hasMatch())
        return 0;
    return (m.captured(1).toULongLong(nullptr, 16) << 32) | m.captured(2).toULongLong(nullptr, 16);
}

History::History(const PgCluster& cluster)
    : m_cluster(cluster)
{
}

History::~History() = default;

QString History::backupsFolder() const
{
    return m_cluster.folder() + u"/base-backups"_s;
}

Pg::ConnectionSpec History::adminAddress() const
{
    Pg::ConnectionSpec spec;
    spec.host = m_cluster.host();
    spec.port = m_cluster.port();
    spec.user = m_cluster.superuser();
    spec.password = m_cluster.superuserPassword();
    spec.database = u"postgres"_s;
    return spec;
}

bool History::open(QString* error)
{
    m_admin = std::make_unique<Pg::Connection>(adminAddress(), u"sandbox-history"_s, u"options=--client_min_messages=warning"_s);
    if (!m_admin->isOpen()) {
        *error = u"cannot connect to the sandbox's PostgreSQL for its history: "_s + m_admin->error();
        return false;
    }
    if (!QDir().mkpath(backupsFolder())) {
        *error = u"cannot create "_s + backupsFolder();
        return false;
    }
    m_cluster.handOver(backupsFolder());
    QFile list(backupsFolder() + u"/backups.json"_s);
    if (list.open(QIODevice::ReadOnly)) {
        for (const QJsonValue& v : QJsonDocument::fromJson(list.readAll()).array()) {
            const QJsonObject o = v.toObject();
            BaseBackup b{o.value("name"_L1).toString(), QDateTime::fromString(o.value("consistent_at"_L1).toString(), Qt::ISODateWithMs),
                         o.value("consistent_lsn"_L1).toString(), o.value("start_segment"_L1).toString()};
            if (QFile::exists(backupsFolder() + u'/' + b.name + u"/PG_VERSION"_s))
                m_backups.append(b);
        }
    }
    // A fresh base backup when there is none, or the newest is old: recovery replays less WAL.
    if (m_backups.isEmpty() || m_backups.last().consistentAt.secsTo(QDateTime::currentDateTimeUtc()) > 6 * 3600)
        return takeBaseBackup(error);
    return true;
}

bool History::takeBaseBackup(QString* error)
{
    const PgCluster::Binaries& bin = m_cluster.binaries();
    if (bin.pgBasebackup.isEmpty()) {
        *error = u"pg_basebackup was not found: install the Debian package postgresql"_s;
        return false;
    }
    const QString name = u"base-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz"_s);
    const QString folder = backupsFolder() + u'/' + name;
    QProcessEnvironment password;
    password.insert(u"PGPASSWORD"_s, m_cluster.superuserPassword());
    QString out;
    // -X none: the WAL comes from the archive, which holds all of it.
    if (!m_cluster.run(bin.pgBasebackup, {u"-h"_s, m_cluster.host(), u"-p"_s, QString::number(m_cluster.port()), u"-U"_s,
                                          m_cluster.superuser(), u"-D"_s, folder, u"-X"_s, u"none"_s, u"-c"_s, u"fast"_s,
                                          u"--no-sync"_s, u"--no-manifest"_s},
                       &out, 600000, password)) {
        *error = u"pg_basebackup failed: "_s + out.right(1500);
        QDir(folder).removeRecursively();
        return false;
    }
    QFile label(folder + u"/backup_label"_s);
    label.open(QIODevice::ReadOnly);
    static const QRegularExpression start(u"START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)"_s);
    const QString startSegment = start.match(QString::fromUtf8(label.readAll())).captured(1);
    QSqlQuery q(m_admin->database());
    QString lsn;
    if (q.exec(u"SELECT pg_current_wal_lsn()::text"_s) && q.next())
        lsn = q.value(0).toString();
    if (startSegment.isEmpty() || lsn.isEmpty()) {
        *error = u"the base backup %1 has no readable backup_label"_s.arg(name);
        return false;
    }
    m_backups.append({name, QDateTime::currentDateTimeUtc(), lsn, startSegment});
    return saveBackupList(error);
}

bool History::saveBackupList(QString* error) const
{
    QJsonArray list;
    for (const BaseBackup& b : m_backups)
        list.append(QJsonObject{{"name"_L1, b.name},
                                {"consistent_at"_L1, b.consistentAt.toString(Qt::ISODateWithMs)},
                                {"consistent_lsn"_L1, b.consistentLsn},
                                {"start_segment"_L1, b.startSegment}});
    QSaveFile file(backupsFolder() + u"/backups.json"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(list).toJson()) < 0 || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QDateTime History::begins() const
{
    return m_backups.isEmpty() ? QDateTime() : m_backups.first().consistentAt;
}

QString History::beginsLsn() const
{
    return m_backups.isEmpty() ? QString() : m_backups.first().consistentLsn;
}

const History::BaseBackup* History::backupFor(const HistoryPoint& point) const
{
    // The newest base backup that is consistent before the moment: the least WAL to replay.
    const BaseBackup* best = nullptr;
    for (const BaseBackup& b : m_backups) {
        const bool before = point.time.isValid() ? b.consistentAt <= point.time
                                                 : lsnPosition(b.consistentLsn) <= lsnPosition(point.lsn);
        if (before)
            best = &b;
    }
    return best;
}

QDateTime History::newestBackup() const
{
    return m_backups.isEmpty() ? QDateTime() : m_backups.last().consistentAt;
}

bool History::prune(const QDateTime& keepFrom)
{
    // Keep the newest base backup consistent at or before `keepFrom` (it serves the window's
    // first moments) and every newer one; the older ones and the WAL before it go.
    qsizetype firstKept = 0;
    for (qsizetype i = 0; i < m_backups.size(); ++i) {
        if (m_backups.at(i).consistentAt <= keepFrom)
            firstKept = i;
    }
    for (qsizetype i = 0; i < firstKept; ++i)
        QDir(backupsFolder() + u'/' + m_backups.at(i).name).removeRecursively();
    m_backups.remove(0, firstKept);
    if (m_backups.isEmpty() || firstKept == 0)
        return false;
    const QString oldestNeeded = m_backups.first().startSegment;
    static const QRegularExpression segment(u"^[0-9A-F]{24}"_s);
    for (const QString& file : QDir(m_cluster.archiveDirectory()).entryList(QDir::Files)) {
        if (segment.match(file).hasMatch() && file.left(24) < oldestNeeded)
            QFile::remove(m_cluster.archiveDirectory() + u'/' + file);
    }
    QString ignored;
    saveBackupList(&ignored);
    return true;
}

QString History::summary() const
{
    auto bytesIn = [](const QString& folder, int* files) {
        qint64 total = 0;
        for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            it.next();
            total += it.fileInfo().size();
            ++*files;
        }
        return total;
    };
    int backupFiles = 0;
    int segments = 0;
    const qint64 backupBytes = bytesIn(backupsFolder(), &backupFiles);
    const qint64 walBytes = bytesIn(m_cluster.archiveDirectory(), &segments);
    return u"history from %1: %2 base backup(s) (%3 MiB), %4 archived WAL segment(s) (%5 MiB)"_s
        .arg(begins().toString(Qt::ISODate))
        .arg(m_backups.size())
        .arg(backupBytes / (1024 * 1024))
        .arg(segments)
        .arg(walBytes / (1024 * 1024));
}

} // namespace Sandbox
