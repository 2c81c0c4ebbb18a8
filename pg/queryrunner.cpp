// SPDX-License-Identifier: MIT
#include "queryrunner.h"

#include "connection.h"
#include "introspection.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Pg {

/// What the worker and the GUI share: the cancel handle of the running statement.
struct QueryRunner::Shared
{
    QMutex mutex;
    PGcancel* cancel = nullptr;
    bool cancelled = false;
};

namespace {
QString fetchRows(PGconn* conn, const QByteArray& sql, int maxRows, QueryResult* out)
{
    if (!PQsendQueryParams(conn, sql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0))
        return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQsetSingleRowMode(conn);
    QString error;
    while (PGresult* r = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_SINGLE_TUPLE) {
            if (out->columns.isEmpty()) {
                for (int c = 0; c < PQnfields(r); ++c)
                    out->columns.append(QString::fromUtf8(PQfname(r, c)));
            }
            if (out->rows.size() < maxRows) {
                QStringList row;
                for (int c = 0; c < PQnfields(r); ++c)
                    row.append(PQgetisnull(r, 0, c) ? QString() : QString::fromUtf8(PQgetvalue(r, 0, c)));
                out->rows.append(row);
            } else if (!out->capped) {
                // Enough: the server stops the statement (its "canceling" answer is no error here).
                out->capped = true;
                if (PGcancel* stop = PQgetCancel(conn)) {
                    char message[256];
                    PQcancel(stop, message, sizeof message);
                    PQfreeCancel(stop);
                }
            }
        } else if (status == PGRES_TUPLES_OK) {
            if (out->columns.isEmpty()) {
                for (int c = 0; c < PQnfields(r); ++c)
                    out->columns.append(QString::fromUtf8(PQfname(r, c)));
            }
        } else if (status != PGRES_COMMAND_OK && error.isEmpty() && !out->capped) {
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        }
        PQclear(r);
    }
    return error;
}

} // namespace

QueryRunner::QueryRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Pg::QueryResult>();
}

QueryRunner::~QueryRunner()
{
    cancel(); // a running statement is stopped; its thread ends on its own
}

void QueryRunner::run(const QString& postgresUri, const QString& sql, int maxRows)
{
    start(postgresUri, sql, maxRows, false);
}

void QueryRunner::countRows(const QString& postgresUri)
{
    start(postgresUri, QString(), 0, true);
}

void QueryRunner::cancel()
{
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->cancelled = true;
    if (m_shared->cancel) {
        char message[256];
        PQcancel(m_shared->cancel, message, sizeof message);
    }
}

void QueryRunner::start(const QString& uri, const QString& sql, int maxRows, bool counts)
{
    cancel(); // one statement at a time: a new run stops the old one
    const quint64 generation = ++m_generation;
    m_running = true;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    QPointer<QueryRunner> self(this);
    QObject* home = QCoreApplication::instance();
    QThread* thread = QThread::create([self, home, generation, shared, uri, sql, maxRows, counts] {
        QElapsedTimer clock;
        clock.start();
        QueryResult result;
        Connection connection(uri, u"query"_s);
        PGconn* conn = connection.native();
        if (!conn) {
            result.error = connection.error();
        } else {
            {
                QMutexLocker lock(&shared->mutex);
                shared->cancel = PQgetCancel(conn);
            }
            // Read-only and rolled back; a minute at most.
            if (!connection.execOne(u"BEGIN TRANSACTION READ ONLY"_s) || !connection.execOne(u"SET LOCAL statement_timeout = '60s'"_s)) {
                result.error = connection.error();
            } else if (counts) {
                bool ok = false;
                const QStringList tables = userTables(connection, &ok);
                result.columns = {u"table"_s, u"rows"_s};
                for (const QString& table : tables) {
                    QueryResult one;
                    const QString schema = table.section(u'.', 0, 0);
                    const QString name = table.section(u'.', 1);
                    result.error = fetchRows(conn, u"SELECT count(*) FROM %1"_s.arg(qualifiedName(schema, name)).toUtf8(), 1, &one);
                    if (!result.error.isEmpty())
                        break;
                    result.rows.append({table, one.rows.value(0).value(0)});
                }
                if (!ok)
                    result.error = connection.error();
            } else {
                result.error = fetchRows(conn, sql.toUtf8(), maxRows, &result);
            }
            connection.execOne(u"ROLLBACK"_s);
            QMutexLocker lock(&shared->mutex);
            PQfreeCancel(shared->cancel);
            shared->cancel = nullptr;
            result.cancelled = shared->cancelled;
        }
        result.milliseconds = clock.elapsed();
        QMetaObject::invokeMethod(home, [self, generation, result] {
            if (self && generation == self->m_generation) {
                self->m_running = false;
                Q_EMIT self->finished(result);
            }
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Pg
