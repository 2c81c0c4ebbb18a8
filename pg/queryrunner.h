// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Pg {

/// What a read-only query answered: PostgreSQL's own text of every value (never through
/// QVariant, which loses numeric precision and microseconds), at most the cap of rows.
struct QueryResult
{
    QStringList columns;
    QList<QStringList> rows; ///< a null value is a null QString
    bool capped = false; ///< more rows were there than came back
    bool cancelled = false;
    QString error;
    qint64 milliseconds = 0;
};

/// Runs one statement on a database over a direct connection, on a worker thread, inside a
/// `READ ONLY` transaction that is rolled back (nothing can be written; a statement timeout of a
/// minute), rows streamed one at a time and capped. Cancellable: the server is asked to stop the
/// statement (libpq's cancel request). Answers of an older run are dropped.
class QueryRunner : public QObject
{
    Q_OBJECT
public:
    explicit QueryRunner(QObject* parent = nullptr);
    ~QueryRunner() override;

    /// `sql` must be exactly one statement (libpq's extended protocol refuses more).
    void run(const QString& postgresUri, const QString& sql, int maxRows = 500);
    /// Every user table's exact row count (`count(*)`), as rows of (table, count).
    void countRows(const QString& postgresUri);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Pg::QueryResult& result);

private:
    struct Shared;
    void start(const QString& uri, const QString& sql, int maxRows, bool counts);

    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Pg

Q_DECLARE_METATYPE(Pg::QueryResult)
