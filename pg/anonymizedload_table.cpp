// SPDX-License-Identifier: MIT
#include "anonymizedload_table.h"

#include "cellmasker.h"
#include "connection.h"
#include "copystream.h"
#include "copytext.h"
#include "introspection.h"
#include "sqltext.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Pg {

namespace {
constexpr size_t digestSeed = 0x2545f4914f6cdd1dULL;
} // namespace

struct TableLoader::Table
{
    Table() = default;
    Table(const Table&) = delete; // isOriginal points back into it
    Table& operator=(const Table&) = delete;
    QString name; ///< schema.table, as listed
    QString schema;
    QString table;
    QString qualified; ///< quoted
    QStringList columns; ///< stored columns, in table order (generated ones left out)
    QStringList masked;
    QList<int> maskedAt; ///< per column: its place in `masked`, or -1
    QList<int> readIndexes; ///< of the columns the masker reads, in `columns`
    QHash<QString, QVariant> row; ///< reused from row to row
    /// Digests of every original value of each masked column (parallel to `masked`): no masked row
    /// may carry anybody's real value, and a 64-bit digest per distinct value keeps memory small.
    QList<QSet<size_t>> originals;
    QList<IsOriginal> isOriginal; ///< parallel to `masked`, made once per table
    qint64 rows = 0;
};

TableLoader::TableLoader(Connection& source, Connection& target, const CellMasker& masker, const std::atomic<bool>& cancel, int batchRows)
    : m_source(source)
    , m_target(target)
    , m_masker(masker)
    , m_cancel(cancel)
    , m_batchRows(std::max(1, batchRows))
{
}

QString TableLoader::prepare()
{
    if (!m_source.isOpen())
        return m_source.error();
    if (!m_target.isOpen())
        return m_target.error();
    m_sourceCopy = m_source.native();
    m_targetCopy = m_target.native();
    if (!m_sourceCopy || !m_targetCopy)
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
    QString problem = readColumns(table);
    if (problem.isEmpty())
        problem = readOriginals(table);
    if (problem.isEmpty() && (!m_target.exec(u"BEGIN"_s) || !m_target.exec(u"TRUNCATE ONLY "_s + table.qualified + u" CASCADE"_s)))
        problem = m_target.error();
    if (problem.isEmpty())
        problem = copyRows(table, progress);
    if (problem.isEmpty() && !m_target.exec(u"COMMIT"_s))
        problem = m_target.error();
    if (!problem.isEmpty())
        QSqlQuery(m_target.database()).exec(u"ROLLBACK"_s); // all or nothing per table
    return problem;
}

QString TableLoader::readColumns(Table& table)
{
    QSqlQuery q(m_source.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT attname FROM pg_attribute WHERE attrelid = %1::regclass AND attnum > 0 AND NOT attisdropped "
                "AND attgenerated = '' ORDER BY attnum"_s.arg(quotedLiteral(table.qualified))))
        return q.lastError().text();
    while (q.next())
        table.columns.append(q.value(0).toString());
    for (const QString& column : m_masker.columnsRead(table.schema, table.table)) {
        if (const qsizetype i = table.columns.indexOf(column); i >= 0)
            table.readIndexes.append(int(i));
    }
    table.maskedAt = QList<int>(table.columns.size(), -1);
    for (const QString& column : m_masker.maskedColumns(table.schema, table.table)) {
        if (const qsizetype i = table.columns.indexOf(column); i >= 0) {
            table.maskedAt[i] = int(table.masked.size());
            table.masked.append(column);
        }
    }
    table.originals = QList<QSet<size_t>>(table.masked.size());
    for (qsizetype m = 0; m < table.masked.size(); ++m) {
        const Table* t = &table; // lives through the table's load
        table.isOriginal.append([t, m](const QString& v) { return t->originals.at(m).contains(qHash(v, digestSeed)); });
    }
    return {};
}

QString TableLoader::readOriginals(Table& table)
{
    for (qsizetype m = 0; m < table.masked.size(); ++m) {
        const QString& column = table.masked.at(m);
        QSet<size_t>& digests = table.originals[m];
        // No DISTINCT: the set takes each value once, and the server need not sort or hash them.
        const QString sql = u"COPY (SELECT %1::text FROM ONLY %2 WHERE %1 IS NOT NULL) TO STDOUT"_s.arg(
            quotedIdentifier(column), table.qualified);
        const QString problem = copyOut(m_sourceCopy, sql.toUtf8(), [&digests](QByteArrayView line) {
            digests.insert(qHash(CopyText::decode(line).value_or(QString()), digestSeed));
            return QString();
        });
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString TableLoader::copyRows(Table& table, const std::function<void(qint64)>& progress)
{
    QStringList quoted;
    for (const QString& c : std::as_const(table.columns))
        quoted.append(quotedIdentifier(c));
    const QString list = quoted.join(u", "_s);
    CopyIn in(m_targetCopy);
    QString problem = in.begin(u"COPY %1 (%2) FROM STDIN"_s.arg(table.qualified, list).toUtf8());
    if (!problem.isEmpty())
        return problem;
    QByteArray masked;
    const QString select = u"COPY (SELECT %1 FROM ONLY %2) TO STDOUT"_s.arg(list, table.qualified);
    problem = copyOut(m_sourceCopy, select.toUtf8(), [&](QByteArrayView line) -> QString {
        if (m_cancel)
            return tr("Cancelled while loading %1; it was rolled back.").arg(table.name);
        QString rowProblem;
        if (table.masked.isEmpty()) {
            rowProblem = in.append(line);
            if (rowProblem.isEmpty())
                rowProblem = in.append("\n");
        } else {
            masked.clear();
            rowProblem = maskLine(table, line, masked);
            if (rowProblem.isEmpty())
                rowProblem = in.append(masked);
        }
        if (rowProblem.isEmpty() && ++table.rows % m_batchRows == 0)
            progress(table.rows);
        return rowProblem;
    });
    if (problem.isEmpty() && m_cancel) // cancelled after the last row: still rolled back
        problem = tr("Cancelled while loading %1; it was rolled back.").arg(table.name);
    const QString ended = in.end(problem.isEmpty());
    if (problem.isEmpty())
        problem = ended;
    if (problem.isEmpty())
        progress(table.rows);
    return problem;
}

QString TableLoader::maskLine(Table& table, QByteArrayView line, QByteArray& out)
{
    const QList<QByteArrayView> fields = CopyText::fields(line);
    if (fields.size() != table.columns.size())
        return tr("%1: a row with %2 fields for %3 columns").arg(table.name).arg(fields.size()).arg(table.columns.size());
    QHash<QString, QVariant>& row = table.row;
    for (const int i : std::as_const(table.readIndexes)) {
        const std::optional<QString> value = CopyText::decode(fields.at(i));
        row.insert(table.columns.at(i), value ? QVariant(*value) : QVariant());
    }
    QList<QByteArray> replaced(table.masked.size());
    for (qsizetype m = 0; m < table.masked.size(); ++m) {
        const MaskedCell cell = m_masker.mask(table.schema, table.table, table.masked.at(m), row, table.rows, table.isOriginal.at(m));
        if (!cell.problem.isEmpty()) // never fall back to the original: the table is not loaded
            return tr("%1.%2: %3").arg(table.name, table.masked.at(m), cell.problem);
        replaced[m] = CopyText::encode(cell.value);
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const int m = table.maskedAt.at(i);
        if (i > 0)
            out += '\t';
        if (m >= 0)
            out += replaced.at(m);
        else
            out.append(fields.at(i).data(), fields.at(i).size()); // unmasked: the source's own bytes
    }
    out += '\n';
    return {};
}

} // namespace Pg
