// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

struct pg_conn;

/// Streaming COPY over a libpq connection (QtSql has no COPY): rows flow through in bounded
/// memory, whatever the table's size.
namespace Pg {

/// Runs `COPY (…) TO STDOUT` and hands each row (its line, without the newline) to `row`, which
/// returns an error text to stop. Empty when every row was read and handed on, else the problem.
QString copyOut(pg_conn* connection, const QByteArray& copyStatement, const std::function<QString(QByteArrayView row)>& row);

/// `COPY … FROM STDIN`, fed row by row and sent in chunks of about a mebibyte.
class CopyIn
{
public:
    explicit CopyIn(pg_conn* connection) : m_connection(connection) { }
    /// Starts the COPY; empty, or the problem.
    QString begin(const QByteArray& copyStatement);
    /// Appends one row's line (with its newline); sends a chunk when enough has gathered.
    QString append(QByteArrayView line);
    /// Ends the COPY: `ok` sends what is left and commits the rows to the statement; otherwise
    /// the COPY fails on the server (the caller rolls its transaction back). Empty, or the problem.
    QString end(bool ok);
    bool isRunning() const { return m_running; }

private:
    QString send();

    pg_conn* m_connection;
    QByteArray m_buffer;
    bool m_running = false;
};

} // namespace Pg
