// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

struct pg_conn;

namespace Pg {

class CellMasker;
class Connection;

/// The anonymized load's work on its worker thread, one table at a time, in foreign-key order:
/// `COPY (SELECT …) TO STDOUT` from the source's read-only snapshot, each line streamed to
/// `COPY … FROM STDIN` on the target in one transaction. Lines of a table without masked columns
/// pass through unchanged; otherwise only the masked fields are replaced, so every unmasked value
/// arrives byte for byte as the source wrote it. Generated columns are left to the target.
class TableLoader
{
    Q_DECLARE_TR_FUNCTIONS(Pg::TableLoader)

public:
    TableLoader(Connection& source, Connection& target, const CellMasker& masker, const std::atomic<bool>& cancel, int batchRows);

    /// Connections open, COPY available, the tables read (from the target: the schema-only copy
    /// has them all). Empty, or the problem.
    QString prepare();
    const QStringList& tables() const { return m_order; }
    /// Loads `schema.table`; empty when committed, else the problem (the table rolled back).
    /// `progress` gets the rows written so far, every `batchRows` rows and at the end.
    QString load(const QString& qualifiedTable, const std::function<void(qint64)>& progress);

private:
    struct Table;
    struct Batch;
    QString readColumns(Table& table);
    QString readOriginals(Table& table);
    QString copyRows(Table& table, const std::function<void(qint64)>& progress);
    QString maskBatch(Table& table, Batch& batch);
    QString maskLine(Table& table, QByteArrayView line, QByteArray& out, qint64 ordinal);

    Connection& m_source;
    Connection& m_target;
    const CellMasker& m_masker;
    const std::atomic<bool>& m_cancel;
    const int m_batchRows;
    pg_conn* m_sourceCopy = nullptr;
    pg_conn* m_targetCopy = nullptr;
    QStringList m_order;
};

} // namespace Pg
