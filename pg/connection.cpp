// SPDX-License-Identifier: MIT
#include "connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Pg {

std::optional<ConnectionSpec> ConnectionSpec::fromUri(const QString& uri, QString* error)
{
    const QUrl url(uri);
    if (!url.isValid() || (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1) || url.host().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Pg::Connection", "Not a PostgreSQL connection string.");
        return std::nullopt;
    }
    ConnectionSpec spec;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.user = url.userName();
    spec.password = url.password();
    spec.database = url.path().mid(1);
    if (spec.database.isEmpty())
        spec.database = u"postgres"_s;
    const QUrlQuery query(url);
    spec.options = query.queryItemValue(u"options"_s, QUrl::FullyDecoded);
    spec.sslMode = query.queryItemValue(u"sslmode"_s, QUrl::FullyDecoded);
    spec.channelBinding = query.queryItemValue(u"channel_binding"_s, QUrl::FullyDecoded);
    spec.sslRootCert = query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded);
    return spec;
}

bool ConnectionSpec::isLoopback() const
{
    return host == "localhost"_L1 || QHostAddress(host).isLoopback();
}

namespace {
/// Where the system keeps the certificates of the CAs it trusts: libpq 16 knows it as
/// `system`; older ones (Debian 12 has 15) are given Debian's bundle.
QString systemRootCertificates()
{
    if (PQlibVersion() >= 160000)
        return u"system"_s;
    const QString bundle = u"/etc/ssl/certs/ca-certificates.crt"_s;
    return QFileInfo::exists(bundle) ? bundle : QString();
}

/// A value for libpq's conninfo: quoted when it holds spaces or quotes.
QString conninfoValue(const QString& value)
{
    if (!value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\') && !value.isEmpty())
        return value;
    return u'\'' + QString(value).replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s) + u'\'';
}
} // namespace

QString ConnectionSpec::tlsOptions() const
{
    QStringList out;
    QString mode = sslMode.isEmpty() ? u"prefer"_s : sslMode;
    QString rootCert = sslRootCert;
    if (!isLoopback()) {
        const bool verifies = mode == "verify-full"_L1 || (mode == "verify-ca"_L1 && !rootCert.isEmpty());
        if (!verifies)
            mode = u"verify-full"_s;
        if (rootCert.isEmpty())
            rootCert = systemRootCertificates();
    }
    out.append(u"sslmode="_s + conninfoValue(mode));
    if (!rootCert.isEmpty() && mode.startsWith("verify"_L1))
        out.append(u"sslrootcert="_s + conninfoValue(rootCert));
    if (!channelBinding.isEmpty())
        out.append(u"channel_binding="_s + conninfoValue(channelBinding));
    return out.join(u';');
}

namespace {
QString uniqueName(const QString& purpose)
{
    return u"canopy-"_s + purpose + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

Connection::Connection(const ConnectionSpec& spec, const QString& purpose, const QString& extraOptions)
    : m_name(uniqueName(purpose))
{
    open(spec, extraOptions);
}

Connection::Connection(const QString& uri, const QString& purpose)
    : m_name(uniqueName(purpose))
{
    if (const std::optional<ConnectionSpec> spec = ConnectionSpec::fromUri(uri, &m_error))
        open(*spec, {});
}

Connection::~Connection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase(); // no copy may outlive the name
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

void Connection::open(const ConnectionSpec& spec, const QString& extraOptions)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        m_error = QCoreApplication::translate("Pg::Connection", "Qt's PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql.");
        return;
    }
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    m_db.setHostName(spec.host);
    m_db.setPort(spec.port);
    m_db.setUserName(spec.user);
    m_db.setPassword(spec.password);
    m_db.setDatabaseName(spec.database);
    QString options = u"connect_timeout=10;"_s + spec.tlsOptions();
    if (!spec.options.isEmpty()) // quoted for libpq: Neon's `endpoint=…`, or `-c a=b` with spaces
        options += u";options='"_s + QString(spec.options).replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s) + u'\'';
    if (!extraOptions.isEmpty())
        options += u';' + extraOptions;
    m_db.setConnectOptions(options);
    if (!m_db.open())
        m_error = m_db.lastError().text();
}

pg_conn* Connection::native() const
{
    if (!m_db.isOpen())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    // QPSQL hands out its libpq connection as "PGconn*" (named "pg_conn*" by some builds).
    const bool libpq = handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    return libpq ? *static_cast<PGconn* const*>(handle.data()) : nullptr;
}

bool Connection::execOne(const QString& sql)
{
    PGconn* conn = native();
    if (!conn) {
        m_error = m_db.isOpen() ? u"no libpq connection"_s : m_db.lastError().text();
        return false;
    }
    const QByteArray text = sql.toUtf8();
    PGresult* result = PQexecParams(conn, text.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok)
        m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    return ok;
}

int Connection::backendPid() const
{
    PGconn* conn = native();
    return conn ? PQbackendPID(conn) : 0;
}

bool Connection::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

} // namespace Pg
