// SPDX-License-Identifier: MIT
#include "copystream.h"

#include <libpq-fe.h>

namespace Pg {

namespace {
constexpr qsizetype chunkBytes = 1 << 20;

QString lastError(pg_conn* connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

/// Reads the statement's final results; the first error among them, if any.
QString drainResults(pg_conn* connection)
{
    QString problem;
    while (PGresult* r = PQgetResult(connection)) {
        if (problem.isEmpty() && PQresultStatus(r) != PGRES_COMMAND_OK)
            problem = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    return problem;
}

/// Stops a COPY TO STDOUT early: asks the server to cancel, then reads what is still coming.
void cancelCopyOut(pg_conn* connection)
{
    if (PGcancel* cancel = PQgetCancel(connection)) {
        char error[256];
        PQcancel(cancel, error, sizeof error);
        PQfreeCancel(cancel);
    }
    char* buffer = nullptr;
    while (PQgetCopyData(connection, &buffer, 0) > 0)
        PQfreemem(buffer);
    drainResults(connection);
}
} // namespace

QString copyOut(pg_conn* connection, const QByteArray& copyStatement, const std::function<QString(QByteArrayView row)>& row)
{
    PGresult* started = PQexec(connection, copyStatement.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
    PQclear(started);
    if (!copying)
        return lastError(connection);
    char* buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(connection, &buffer, 0)) > 0) {
        const QByteArrayView line(buffer, length > 0 && buffer[length - 1] == '\n' ? length - 1 : length);
        const QString problem = row(line);
        PQfreemem(buffer);
        if (!problem.isEmpty()) {
            cancelCopyOut(connection);
            return problem;
        }
    }
    if (length == -2)
        return lastError(connection);
    return drainResults(connection);
}

QString CopyIn::begin(const QByteArray& copyStatement)
{
    PGresult* started = PQexec(m_connection, copyStatement.constData());
    m_running = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    return m_running ? QString() : lastError(m_connection);
}

QString CopyIn::append(QByteArrayView line)
{
    m_buffer.append(line.data(), line.size());
    return m_buffer.size() >= chunkBytes ? send() : QString();
}

QString CopyIn::send()
{
    if (m_buffer.isEmpty())
        return {};
    const int sent = PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size()));
    m_buffer.clear();
    return sent == 1 ? QString() : lastError(m_connection);
}

QString CopyIn::end(bool ok)
{
    if (!m_running)
        return {};
    m_running = false;
    QString problem = ok ? send() : QString();
    const bool complete = ok && problem.isEmpty();
    m_buffer.clear();
    PQputCopyEnd(m_connection, complete ? nullptr : "stopped by Canopy");
    const QString result = drainResults(m_connection);
    if (problem.isEmpty() && complete)
        problem = result;
    return problem;
}

} // namespace Pg
