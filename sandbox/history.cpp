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

History::~History()
{
    for (QProcess* p : {m_backupProcess.get(), m_warmProcess.get()}) {
        if (p && p->state() != QProcess::NotRunning) {
            QObject::disconnect(p, nullptr, nullptr, nullptr); // no report of the stop it is given
            p->kill();
            p->waitForFinished(10000);
        }
    }
    if (!m_backupName.isEmpty())
        QDir(backupsFolder() + u'/' + m_backupName).removeRecursively();
    QDir(m_cluster.folder() + u"/pitr-warm"_s).removeRecursively();
    for (const QString& folder : std::as_const(m_leftovers))
        QDir(folder).removeRecursively();
}

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
    // A fresh base backup when there is none, or the newest is old (recovery replays less WAL):
    // in the background, so the sandbox answers at once; history begins when it is done.
    if (m_backups.isEmpty() || m_backups.last().consistentAt.secsTo(QDateTime::currentDateTimeUtc()) > 6 * 3600)
        takeBaseBackupLater();
    return true;
}

namespace {
QString newBackupName()
{
    return u"base-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz"_s);
}
} // namespace

QProcessEnvironment History::passwordEnvironment() const
{
    QProcessEnvironment password;
    password.insert(u"PGPASSWORD"_s, m_cluster.superuserPassword());
    return password;
}

QStringList History::baseBackupArguments(const QString& folder) const
{
    // -X none: the WAL comes from the archive, which holds all of it.
    return {u"-h"_s, m_cluster.host(), u"-p"_s, QString::number(m_cluster.port()), u"-U"_s, m_cluster.superuser(),
            u"-D"_s, folder, u"-X"_s, u"none"_s, u"-c"_s, u"fast"_s, u"--no-sync"_s, u"--no-manifest"_s};
}

bool History::takeBaseBackup(QString* error)
{
    if (m_backupProcess && m_backupProcess->state() != QProcess::NotRunning)
        m_backupProcess->waitForFinished(600000); // the one under way counts first
    const PgCluster::Binaries& bin = m_cluster.binaries();
    if (bin.pgBasebackup.isEmpty()) {
        *error = u"pg_basebackup was not found: install the Debian package postgresql"_s;
        return false;
    }
    const QString name = newBackupName();
    QString out;
    if (!m_cluster.run(bin.pgBasebackup, baseBackupArguments(backupsFolder() + u'/' + name), &out, 600000, passwordEnvironment())) {
        *error = u"pg_basebackup failed: "_s + out.right(1500);
        QDir(backupsFolder() + u'/' + name).removeRecursively();
        return false;
    }
    return finishBaseBackup(name, error);
}

void History::takeBaseBackupLater()
{
    if ((m_backupProcess && m_backupProcess->state() != QProcess::NotRunning) || m_cluster.binaries().pgBasebackup.isEmpty())
        return;
    m_backupName = newBackupName();
    m_backupProcess = std::make_unique<QProcess>();
    QProcess* p = m_backupProcess.get();
    QObject::connect(p, &QProcess::finished, p, [this, p](int code, QProcess::ExitStatus status) {
        const QString name = std::exchange(m_backupName, QString());
        QString problem;
        if (status != QProcess::NormalExit || code != 0) {
            qWarning("canopy-sandbox: base backup failed: %s", p->readAll().right(1500).constData());
            QDir(backupsFolder() + u'/' + name).removeRecursively();
        } else if (!finishBaseBackup(name, &problem)) {
            qWarning("canopy-sandbox: %s", qPrintable(problem));
        }
    });
    // At the lowest priority: a background backup must not slow the sandbox's work.
    m_cluster.startAsServer(*p, u"nice"_s,
                            QStringList{u"-n"_s, u"19"_s, m_cluster.binaries().pgBasebackup}
                                + baseBackupArguments(backupsFolder() + u'/' + m_backupName),
                            passwordEnvironment());
}

bool History::finishBaseBackup(const QString& name, QString* error)
{
    const QString folder = backupsFolder() + u'/' + name;
    QFile label(folder + u"/backup_label"_s);
    label.open(QIODevice::ReadOnly);
    static const QRegularExpression start(u"START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)"_s);
    const QString startSegment = start.match(QString::fromUtf8(label.readAll())).captured(1);
    // Conservative: it is consistent by now, at the latest.
    QSqlQuery q(m_admin->database());
    QString lsn;
    if (q.exec(u"SELECT pg_current_wal_insert_lsn()::text"_s) && q.next())
        lsn = q.value(0).toString();
    if (startSegment.isEmpty() || lsn.isEmpty()) {
        *error = u"the base backup %1 has no readable backup_label"_s.arg(name);
        return false;
    }
    m_backups.append({name, QDateTime::currentDateTimeUtc(), lsn, startSegment});
    // Disk stays bounded: beyond four, the second oldest goes. Every moment stays recoverable
    // (from the oldest and the WAL after it); only its recovery replays more.
    while (m_backups.size() > 4) {
        QDir(backupsFolder() + u'/' + m_backups.at(1).name).removeRecursively();
        m_backups.removeAt(1);
    }
    prepareWarmCopy();
    return saveBackupList(error);
}

void History::prepareWarmCopy()
{
    if (m_backups.isEmpty() || m_warmFor == m_backups.last().name)
        return;
    if (m_warmProcess && m_warmProcess->state() != QProcess::NotRunning) {
        m_warmProcess->kill();
        m_warmProcess->waitForFinished(10000);
    }
    const QString warm = m_cluster.folder() + u"/pitr-warm"_s;
    QDir(warm).removeRecursively();
    m_warmFor.clear();
    m_warmPreparing = m_backups.last().name;
    m_warmProcess = std::make_unique<QProcess>();
    QProcess* p = m_warmProcess.get();
    QObject::connect(p, &QProcess::finished, p, [this](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            m_warmFor = std::exchange(m_warmPreparing, QString());
    });
    m_cluster.startAsServer(*p, u"nice"_s, {u"-n"_s, u"19"_s, u"cp"_s, u"-a"_s, backupsFolder() + u'/' + m_warmPreparing, warm});
}

void History::tidy()
{
    for (auto it = m_leftovers.begin(); it != m_leftovers.end();) {
        if (QFile::exists(*it + u"/data/postmaster.pid")) {
            ++it;
            continue;
        }
        QDir(*it).removeRecursively();
        it = m_leftovers.erase(it);
    }
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

QString History::newestBackupLsn() const
{
    return m_backups.isEmpty() ? QString() : m_backups.last().consistentLsn;
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
    if (m_backups.isEmpty())
        return u"history begins once the first base backup is done (being taken now)"_s;
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
