// SPDX-License-Identifier: MIT
#include "pgcluster.h"

#include <neon/credentials.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Sandbox {

PgCluster::Binaries PgCluster::locate()
{
    Binaries b;
    QStringList folders;
    QDir lib(u"/usr/lib/postgresql"_s);
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& x, const QString& y) {
        return QVersionNumber::fromString(x) > QVersionNumber::fromString(y);
    });
    for (const QString& v : versions)
        folders.append(lib.filePath(v + u"/bin"_s));
    auto find = [&](const QString& name) {
        for (const QString& folder : std::as_const(folders)) {
            const QString path = QStandardPaths::findExecutable(name, {folder});
            if (!path.isEmpty())
                return path;
        }
        return QStandardPaths::findExecutable(name);
    };
    b.initdb = find(u"initdb"_s);
    b.pgCtl = find(u"pg_ctl"_s);
    b.pgDump = find(u"pg_dump"_s);
    b.psql = find(u"psql"_s);
    b.pgBasebackup = find(u"pg_basebackup"_s);
    b.pgRestore = find(u"pg_restore"_s);
    return b;
}

PgCluster::PgCluster()
    : m_binaries(locate())
{
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::dataDirectory() const
{
    return m_folder + u"/data"_s;
}

bool PgCluster::asPostgresUser() const
{
    return ::geteuid() == 0;
}

QString PgCluster::archiveDirectory() const
{
    return m_folder + u"/wal-archive"_s;
}

int PgCluster::freePort()
{
    // Ask the kernel, then hand the port to the server.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void PgCluster::handOver(const QString& path) const
{
    if (asPostgresUser())
        QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, path});
}

void PgCluster::startAsServer(QProcess& p, const QString& program, const QStringList& arguments,
                              const QProcessEnvironment& extra) const
{
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The server lives on with the environment it starts with: none of the app's secrets.
    QProcessEnvironment env = Neon::environmentWithoutSecrets(QProcessEnvironment::systemEnvironment());
    env.insert(extra);
    p.setProcessEnvironment(env);
    if (asPostgresUser())
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        p.start(program, arguments);
}

bool PgCluster::run(const QString& program, const QStringList& arguments, QString* output, int timeoutMs,
                    const QProcessEnvironment& extra) const
{
    QProcess p;
    startAsServer(p, program, arguments, extra);
    if (!p.waitForStarted(10000)) {
        *output = p.errorString();
        return false;
    }
    const bool finished = p.waitForFinished(timeoutMs);
    *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgCluster::letServerIn(const QString& ownFolder)
{
    if (::geteuid() != 0)
        return true;
    const QFileInfo info(ownFolder);
    return QFile::setPermissions(ownFolder, info.permissions() | QFileDevice::ExeOther);
}

QString PgCluster::closedParent(const QString& folder)
{
    // Folders still to be made are not checked: mkpath makes them open to pass through.
    for (QString up = QFileInfo(folder).absolutePath(); up != u"/"_s; up = QFileInfo(up).absolutePath()) {
        const QFileInfo info(up);
        if (info.exists() && !(info.permissions() & QFileDevice::ExeOther) && info.owner() != "postgres"_L1)
            return up;
    }
    return {};
}

bool PgCluster::prepareFolder(QString* error)
{
    if (asPostgresUser()) {
        // The server runs as `postgres`. It must reach the folder; the sandbox never opens the
        // user's folders for it (that would open them to everybody).
        if (const QString closed = closedParent(m_folder); !closed.isEmpty()) {
            *error = u"PostgreSQL runs as the user postgres here (the sandbox runs as root), and postgres cannot "
                     "reach %1: %2 is closed to other users. The sandbox does not change the permissions of your "
                     "folders: keep the state in a folder others may pass through (for example under /var/tmp), "
                     "give it --postgres URI, or run it as an ordinary user"_s.arg(m_folder, closed);
            return false;
        }
    }
    if (!QDir().mkpath(m_folder)) {
        *error = u"cannot create %1"_s.arg(m_folder);
        return false;
    }
    // The folder holds the superuser's password and the server's log: its owner's only.
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (asPostgresUser())
        QProcess::execute(u"chown"_s, {u"postgres:postgres"_s, m_folder});
    return true;
}

bool PgCluster::writePasswordFile(const QString& path, QString* error)
{
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36);
    QFile pw(path);
    // Created 0600: at no moment may others read it.
    if (!pw.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || pw.write(m_password.toUtf8()) < 0) {
        *error = u"cannot write %1: %2"_s.arg(path, pw.errorString());
        return false;
    }
    pw.close();
    if (asPostgresUser())
        QProcess::execute(u"chown"_s, {u"postgres:postgres"_s, path});
    return true;
}

bool PgCluster::start(const QString& folder, QString* error)
{
    if (m_running)
        return true;
    if (!m_binaries.found()) {
        *error = u"PostgreSQL's server programs (initdb, pg_ctl, pg_dump) were not found: install the Debian "
                 "package postgresql; until then branches have no databases"_s;
        return false;
    }
    m_folder = QDir(folder).absolutePath();
    if (!prepareFolder(error))
        return false;

    QString out;
    const QString passwordFile = m_folder + u"/superuser-password"_s;
    if (!QFile::exists(dataDirectory() + u"/PG_VERSION"_s)) {
        QFile::remove(passwordFile); // from an initdb that did not finish
        if (!writePasswordFile(passwordFile, error))
            return false;
        if (!run(m_binaries.initdb, {u"-D"_s, dataDirectory(), u"-U"_s, superuser(), u"--pwfile"_s, passwordFile,
                                     u"-A"_s, u"scram-sha-256"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s},
                 &out)) {
            *error = u"initdb failed: %1"_s.arg(out.right(2000));
            return false;
        }
    } else {
        QFile pw(passwordFile);
        if (!pw.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1: %2"_s.arg(passwordFile, pw.errorString());
            return false;
        }
        m_password = QString::fromUtf8(pw.readAll()).trimmed();
    }

    if (!writeArchiveSettings(error))
        return false;
    m_port = freePort();
    const QString options = u"-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c synchronous_commit=off "
                            "-c full_page_writes=off -c max_connections=200"_s.arg(QString::number(m_port), m_folder);
    if (!run(m_binaries.pgCtl, {u"-D"_s, dataDirectory(), u"-l"_s, m_folder + u"/server.log"_s, u"-w"_s, u"-t"_s,
                                u"60"_s, u"-o"_s, options, u"start"_s},
             &out)) {
        QFile log(m_folder + u"/server.log"_s);
        log.open(QIODevice::ReadOnly);
        *error = u"PostgreSQL did not start: %1 %2"_s.arg(out.right(1000), QString::fromLocal8Bit(log.readAll().right(2000)));
        return false;
    }
    m_running = true;
    return true;
}

bool PgCluster::writeArchiveSettings(QString* error)
{
    // Continuous archiving: every finished WAL segment is copied to the archive, from which
    // History recovers any moment (PostgreSQL's own point-in-time recovery). The settings live
    // in a file of their own that postgresql.conf includes, so older clusters gain them too.
    if (!QDir().mkpath(archiveDirectory())) {
        *error = u"cannot create %1"_s.arg(archiveDirectory());
        return false;
    }
    handOver(archiveDirectory());
    const QString archive = archiveDirectory();
    QFile settings(dataDirectory() + u"/canopy-history.conf"_s);
    if (!settings.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write %1: %2"_s.arg(settings.fileName(), settings.errorString());
        return false;
    }
    settings.write(u"# Written by canopy-sandbox on every start: continuous WAL archiving for point-in-time history.\n"
                   "wal_level = replica\narchive_mode = on\n"
                   "archive_command = 'test ! -f \"%1/%f\" && cp \"%p\" \"%1/%f\"'\n"_s.arg(archive)
                       .toUtf8());
    settings.close();
    handOver(settings.fileName());
    QFile conf(dataDirectory() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::ReadWrite)) {
        *error = u"cannot open %1: %2"_s.arg(conf.fileName(), conf.errorString());
        return false;
    }
    const QByteArray include = "include_if_exists = 'canopy-history.conf'\n";
    if (!conf.readAll().contains(include)) {
        conf.seek(conf.size());
        conf.write("\n" + include);
    }
    return true;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    QString out;
    run(m_binaries.pgCtl, {u"-D"_s, dataDirectory(), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, &out, 60000);
    m_running = false;
}

} // namespace Sandbox
