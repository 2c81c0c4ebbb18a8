// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct pg_conn;

namespace Pg {

/// Where and as whom to connect, as a postgresql:// URI says it (Neon's connection strings, the
/// sandbox's, or any other).
struct ConnectionSpec
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database; ///< empty in the URI: `postgres`
    QString options; ///< the URI's `options` parameter (Neon passes `endpoint=…` there)
    QString sslMode; ///< the URI's `sslmode` (Neon's say `require`), empty when it has none
    QString channelBinding; ///< the URI's `channel_binding` (Neon's say `require`)
    QString sslRootCert; ///< the URI's `sslrootcert`: the CA file that vouches for the server

    /// libpq's settings for TLS, as QPSQL takes them (`key=value;…`). The URI's own requirements
    /// are kept; for a host that is not this machine the server must prove who it is: at least
    /// `verify-full` against the system's CA store unless the URI asks for `verify-ca` with its own
    /// root certificate. This machine keeps the URI's `sslmode` (else `prefer`).
    QString tlsOptions() const;

    /// Parses `postgresql://` and `postgres://` URIs; nullopt (and `error` says why) otherwise.
    static std::optional<ConnectionSpec> fromUri(const QString& uri, QString* error = nullptr);
    /// This machine: 127.0.0.0/8, ::1 or localhost.
    bool isLoopback() const;
};

/// One QtSql (QPSQL) connection under a unique name, removed again when this object goes.
/// Blocking: use it on a worker thread, never on the GUI thread. TLS is required for anything
/// but this machine; a 10 s connect timeout; extra libpq options may be added.
class Connection
{
public:
    /// `purpose` becomes part of the connection's name, for logs ("sample", "load-source").
    Connection(const ConnectionSpec& spec, const QString& purpose, const QString& extraOptions = {});
    Connection(const QString& uri, const QString& purpose);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    /// The QtSql connection name (unique), e.g. for QSqlDatabase::cloneDatabase().
    const QString& name() const { return m_name; }
    /// Why it did not open, or the last failed exec().
    const QString& error() const { return m_error; }
    QSqlDatabase& database() { return m_db; }
    /// The driver's libpq connection, for what QtSql cannot do (COPY); null if unavailable.
    pg_conn* native() const;
    /// Runs one statement; false (and error()) when it failed.
    bool exec(const QString& sql);
    /// Runs exactly one statement through libpq's extended protocol, which refuses a text that
    /// holds more than one (`a; b`); false (and error()) when it failed or was refused.
    bool execOne(const QString& sql);
    /// The server process of this connection (pg_backend_pid()), 0 when closed.
    int backendPid() const;
    /// Records why a query run on database() failed, for error().
    void setError(const QString& error) { m_error = error; }

private:
    void open(const ConnectionSpec& spec, const QString& extraOptions);

    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace Pg
