// SPDX-License-Identifier: MIT
#include "anonymizedload_table.h"

#include "anonymizedload.h"
#include "connection.h"
#include "introspection.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Pg {

struct TableLoader::Table
{
    QString name; ///< schema.table, as listed
    QString schema;
    QString table;
    QString qualified; ///< quoted
    QStringList masked;
    QHash<QString, QSet<QString>> originals;
    qint64 rows = 0;
    bool copying = false;
};

TableLoader::TableLoader(Connection& source, Connection& target, const CellMasker& masker, const std::atomic<bool>& cancel, int batchRows)
    : m_source(source)
    , m_target(target)
    , m_masker(masker)
    , m_cancel(cancel)
    , m_batchRows(batchRows)
{
}

QString TableLoader::prepare()
{
    if (!m_source.isOpen())
        return m_source.error();
    if (!m_target.isOpen())
        return m_target.error();
    m_copy = m_target.native();
    if (!m_copy)
        return tr("The PostgreSQL driver gives no connection handle for COPY.");
    bool ok = false;
    const QStringList tables = userTables(m_target, &ok);
    if (!ok)
        return m_target.error();
    const QHash<QString, QStringList> references = foreignKeyReferences(m_target, &ok);
    if (!ok)
        return m_target.error();
    m_order = foreignKeyOrder(tables, references);
    return {};
}

QString TableLoader::load(const QString& qualifiedTable, const std::function<void(qint64)>& progress)
{
    Table table;
    table.name = qualifiedTable;
    table.schema = qualifiedTable.section(u'.', 0, 0);
    table.table = qualifiedTable.section(u'.', 1);
    table.qualified = qualifiedName(table.schema, table.table);
    table.masked = m_masker.maskedColumns(table.schema, table.table);
    QString problem = readOriginals(table);
    if (problem.isEmpty() && (!m_target.exec(u"BEGIN"_s) || !m_target.exec(u"TRUNCATE "_s + table.qualified + u" CASCADE"_s)))
        problem = m_target.error();
    if (problem.isEmpty()) {
        QSqlQuery declare(m_source.database());
        if (!declare.exec(u"DECLARE canopy_rows NO SCROLL CURSOR FOR SELECT * FROM "_s + table.qualified))
            problem = declare.lastError().text();
        else
            problem = copyBatches(table, progress);
        if (table.copying) {
            const QString ended = finishCopy(problem.isEmpty());
            if (problem.isEmpty())
                problem = ended;
        }
        QSqlQuery(m_source.database()).exec(u"CLOSE canopy_rows"_s);
    }
    if (problem.isEmpty() && !m_target.exec(u"COMMIT"_s))
        problem = m_target.error();
    if (!problem.isEmpty())
        QSqlQuery(m_target.database()).exec(u"ROLLBACK"_s); // all or nothing per table
    return problem;
}

QString TableLoader::readOriginals(Table& table)
{
    // Every original value of a masked column: no masked row may carry anybody's real one.
    for (const QString& column : std::as_const(table.masked)) {
        QSqlQuery values(m_source.database());
        values.setForwardOnly(true);
        if (!values.exec(u"SELECT DISTINCT %1::text FROM %2 WHERE %1 IS NOT NULL"_s.arg(quotedIdentifier(column), table.qualified)))
            return values.lastError().text();
        QSet<QString>& set = table.originals[column];
        while (values.next())
            set.insert(values.value(0).toString());
    }
    return {};
}

QString TableLoader::startCopy(const Table& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& c : columns)
        quoted.append(quotedIdentifier(c));
    const QByteArray copy = "COPY " + table.qualified.toUtf8() + " (" + quoted.join(u", "_s).toUtf8() + ") FROM STDIN";
    PGresult* r = PQexec(m_copy, copy.constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    return ok ? QString() : QString::fromUtf8(PQerrorMessage(m_copy));
}

QString TableLoader::copyBatches(Table& table, const std::function<void(qint64)>& progress)
{
    QSqlQuery read(m_source.database());
    read.setForwardOnly(true);
    QStringList columns;
    for (;;) {
        if (m_cancel)
            return tr("Cancelled while loading %1; it was rolled back.").arg(table.name);
        if (!read.exec(u"FETCH %1 FROM canopy_rows"_s.arg(m_batchRows)))
            return read.lastError().text();
        const QSqlRecord record = read.record();
        if (columns.isEmpty()) {
            for (int i = 0; i < record.count(); ++i)
                columns.append(record.fieldName(i));
        }
        if (!table.copying) {
            if (const QString problem = startCopy(table, columns); !problem.isEmpty())
                return problem;
            table.copying = true;
        }
        QByteArray batch;
        int fetched = 0;
        QHash<QString, QVariant> row;
        while (read.next()) {
            ++fetched;
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns.at(i), read.value(i));
            for (int i = 0; i < columns.size(); ++i) {
                QVariant v = row.value(columns.at(i));
                if (table.masked.contains(columns.at(i))) {
                    const MaskedCell cell = m_masker.mask(table.schema, table.table, columns.at(i), row, table.rows,
                                                          table.originals.value(columns.at(i)));
                    if (!cell.problem.isEmpty()) // never fall back to the original: the table is not loaded
                        return tr("%1.%2: %3").arg(table.name, columns.at(i), cell.problem);
                    v = cell.value;
                }
                batch += AnonymizedLoad::copyText(v);
                batch += i + 1 < columns.size() ? '\t' : '\n';
            }
            ++table.rows;
        }
        if (!batch.isEmpty() && PQputCopyData(m_copy, batch.constData(), int(batch.size())) != 1)
            return QString::fromUtf8(PQerrorMessage(m_copy));
        progress(table.rows);
        if (fetched < m_batchRows)
            return {};
    }
}

QString TableLoader::finishCopy(bool ok)
{
    QString problem;
    PQputCopyEnd(m_copy, ok ? nullptr : "cancelled by Canopy");
    while (PGresult* r = PQgetResult(m_copy)) {
        if (problem.isEmpty() && ok && PQresultStatus(r) != PGRES_COMMAND_OK)
            problem = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    }
    return problem;
}

} // namespace Pg
