// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sandbox {

/// A private PostgreSQL cluster for the sandbox's data plane: created with initdb in a folder
/// of its own, started on a free loopback port, stopped when this object goes away. As root it
/// runs the server as the `postgres` system user (initdb refuses root), which must be able to
/// reach the folder: the cluster never changes the permissions of the folders above it.
class PgCluster
{
public:
    struct Binaries
    {
        QString initdb;
        QString pgCtl;
        QString pgDump;
        QString psql;
        QString pgBasebackup;
        QString pgRestore;
        bool found() const { return !initdb.isEmpty() && !pgCtl.isEmpty() && !pgDump.isEmpty(); }
    };
    /// PATH first, then /usr/lib/postgresql/<newest>/bin (Debian keeps the server tools there).
    static Binaries locate();

    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    /// Creates the cluster in `folder` (if it holds none yet) and starts it. False with a
    /// reason a person can act on (missing binaries, initdb or start failures with their log).
    bool start(const QString& folder, QString* error);
    void stop();
    bool isRunning() const { return m_running; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("canopy_admin"); }
    QString superuserPassword() const { return m_password; }
    QString dataDirectory() const;
    /// Where the server archives every finished WAL segment (continuous archiving, always on).
    QString archiveDirectory() const;
    QString folder() const { return m_folder; }
    const Binaries& binaries() const { return m_binaries; }

    /// Runs a server program (as `postgres` when this process is root), with `extra` added to the
    /// environment; output merged.
    bool run(const QString& program, const QStringList& arguments, QString* output, int timeoutMs = 120000,
             const QProcessEnvironment& extra = {}) const;
    /// The same, started without waiting (output merged).
    void startAsServer(QProcess& process, const QString& program, const QStringList& arguments,
                       const QProcessEnvironment& extra = {}) const;
    /// Gives a file this process wrote in the cluster's folder to the server's user.
    void handOver(const QString& path) const;
    /// A port on 127.0.0.1 nobody listens on now.
    static int freePort();

    /// Lets the `postgres` user pass through `ownFolder` (o+x) when this process runs as root:
    /// for a folder this process made for the cluster (a QTemporaryDir), never for the user's.
    static bool letServerIn(const QString& ownFolder);
    /// The first parent of `folder` that others may not pass through (what keeps `postgres` out).
    static QString closedParent(const QString& folder);

private:
    bool prepareFolder(QString* error);
    bool writePasswordFile(const QString& path, QString* error);
    bool writeArchiveSettings(QString* error);
    bool asPostgresUser() const;

    Binaries m_binaries;
    QString m_folder;
    QString m_password;
    int m_port = 0;
    bool m_running = false;
};

} // namespace Sandbox
