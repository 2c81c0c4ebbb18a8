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

/// The anonymized load's work on its worker thread, one table at a time: the target's tables in
/// foreign-key order, then per table the originals of its masked columns, a cursor over the
/// source and `COPY … FROM STDIN` into the target in batches, in one transaction.
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
    /// `progress` gets the rows written so far after every batch.
    QString load(const QString& qualifiedTable, const std::function<void(qint64)>& progress);

private:
    struct Table;
    QString readOriginals(Table& table);
    QString startCopy(const Table& table, const QStringList& columns);
    QString copyBatches(Table& table, const std::function<void(qint64)>& progress);
    QString finishCopy(bool ok);

    Connection& m_source;
    Connection& m_target;
    const CellMasker& m_masker;
    const std::atomic<bool>& m_cancel;
    const int m_batchRows;
    pg_conn* m_copy = nullptr;
    QStringList m_order;
};

} // namespace Pg
