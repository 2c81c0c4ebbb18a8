// SPDX-License-Identifier: MIT
#include "anonymizedload_table.h"

#include "cellmasker.h"
#include "connection.h"
#include "copystream.h"
#include "copytext.h"
#include "digestset.h"
#include "introspection.h"
#include "sqltext.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Pg {

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
    QList<QVariant*> readSlots; ///< parallel to readIndexes: the values in `row` (its keys are set once)
    /// Digests of every original value of each masked column (parallel to `masked`): no masked row
    /// may carry anybody's real value, and a 64-bit digest per distinct value keeps memory small.
    QList<DigestSet> originals;
    QList<IsOriginal> isOriginal; ///< parallel to `masked`, made once per table
    QList<CellMasker::ColumnMask> masks; ///< parallel to `masked`, each column's rule found once
    QList<QByteArrayView> fields; ///< of the current line, reused from line to line
    QList<QByteArray> replaced; ///< parallel to `masked`: the current line's masked fields
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
    for (const int i : std::as_const(table.readIndexes))
        table.row.insert(table.columns.at(i), QVariant());
    for (const int i : std::as_const(table.readIndexes)) // no key is added later: the slots stay put
        table.readSlots.append(&table.row[table.columns.at(i)]);
    table.maskedAt = QList<int>(table.columns.size(), -1);
    for (const QString& column : m_masker.maskedColumns(table.schema, table.table)) {
        if (const qsizetype i = table.columns.indexOf(column); i >= 0) {
            table.maskedAt[i] = int(table.masked.size());
            table.masked.append(column);
            table.masks.append(m_masker.columnMask(table.schema, table.table, column));
        }
    }
    table.replaced = QList<QByteArray>(table.masked.size());
    table.originals = QList<DigestSet>(table.masked.size());
    for (qsizetype m = 0; m < table.masked.size(); ++m) {
        const Table* t = &table; // lives through the table's load
        table.isOriginal.append([t, m](const QString& v) { return t->originals.at(m).contains(DigestSet::ofText(v)); });
    }
    return {};
}

QString TableLoader::readOriginals(Table& table)
{
    // The planner's row estimate sizes the sets: no rehashing while a million values go in.
    QSqlQuery estimate(m_source.database());
    const qint64 expected = estimate.exec(u"SELECT reltuples::bigint FROM pg_class WHERE oid = %1::regclass"_s.arg(
                                              quotedLiteral(table.qualified)))
                                    && estimate.next()
                                ? estimate.value(0).toLongLong()
                                : 0;
    for (qsizetype m = 0; m < table.masked.size(); ++m) {
        const QString& column = table.masked.at(m);
        DigestSet& digests = table.originals[m];
        digests.reserve(qsizetype(std::clamp<qint64>(expected, 0, 50'000'000)));
        // No DISTINCT: the set takes each value once, and the server need not sort or hash them.
        const QString sql = u"COPY (SELECT %1::text FROM ONLY %2 WHERE %1 IS NOT NULL) TO STDOUT"_s.arg(
            quotedIdentifier(column), table.qualified);
        const QString problem = copyOut(m_sourceCopy, sql.toUtf8(), [&digests](QByteArrayView line) {
            // Most values have no escapes: their bytes are their UTF-8.
            digests.insert(line.contains('\\') ? DigestSet::ofText(CopyText::decode(line).value_or(QString()))
                                                : DigestSet::ofUtf8(line));
            return QString();
        });
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

/// Lines read but not yet written. A table with masked columns is masked a batch at a time on a
/// pool thread while the next batch is read, then written in order: reading, masking and the two
/// servers' work overlap instead of taking turns.
struct TableLoader::Batch
{
    QByteArray lines; ///< as read, each without its newline
    QList<qsizetype> ends; ///< where each line ends in `lines`
    qint64 firstOrdinal = 0; ///< the first line's position in the table's stream
    QByteArray out; ///< the masked lines, each with its newline
};

QString TableLoader::maskBatch(Table& table, Batch& batch)
{
    batch.out.clear();
    batch.out.reserve(batch.lines.size() + batch.ends.size() * 32); // the masked values may be longer
    qsizetype start = 0;
    for (qsizetype i = 0; i < batch.ends.size(); ++i) {
        const QByteArrayView line(batch.lines.constData() + start, batch.ends.at(i) - start);
        start = batch.ends.at(i);
        if (QString problem = maskLine(table, line, batch.out, batch.firstOrdinal + i); !problem.isEmpty())
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
    const qsizetype linesPerBatch = std::min(m_batchRows, 2048);
    Batch batches[2];
    int reading = 0; // the batch being filled; the other one may be masking
    QFuture<QString> masking;
    qint64 read = 0;
    const auto written = [&](qint64 lines) {
        const qint64 before = table.rows;
        table.rows += lines;
        if (table.rows / m_batchRows > before / m_batchRows)
            progress(table.rows);
    };
    const auto writeMasked = [&]() -> QString { // the batch masking, once it is done
        if (!masking.isValid())
            return {};
        QString failed = masking.result();
        masking = {};
        const Batch& done = batches[1 - reading];
        if (failed.isEmpty())
            failed = in.append(done.out);
        if (failed.isEmpty())
            written(done.ends.size());
        return failed;
    };
    const auto dispatch = [&]() -> QString {
        if (QString failed = writeMasked(); !failed.isEmpty())
            return failed;
        Batch& full = batches[reading];
        if (full.ends.isEmpty())
            return {};
        masking = QtConcurrent::run([this, &table, &full] { return maskBatch(table, full); });
        reading = 1 - reading;
        Batch& next = batches[reading];
        next.lines.clear();
        next.ends.clear();
        next.firstOrdinal = read;
        return {};
    };
    const QString select = u"COPY (SELECT %1 FROM ONLY %2) TO STDOUT"_s.arg(list, table.qualified);
    problem = copyOut(m_sourceCopy, select.toUtf8(), [&](QByteArrayView line) -> QString {
        if (m_cancel)
            return tr("Cancelled while loading %1; it was rolled back.").arg(table.name);
        if (table.masked.isEmpty()) {
            QString failed = in.append(line);
            if (failed.isEmpty())
                failed = in.append("\n");
            if (failed.isEmpty())
                written(1);
            return failed;
        }
        Batch& batch = batches[reading];
        batch.lines.append(line.data(), line.size());
        batch.ends.append(batch.lines.size());
        ++read;
        return batch.ends.size() >= linesPerBatch ? dispatch() : QString();
    });
    if (problem.isEmpty() && !table.masked.isEmpty())
        problem = dispatch(); // the last lines read
    if (problem.isEmpty())
        problem = writeMasked();
    if (masking.isValid())
        masking.waitForFinished(); // it works on `table`: not left running
    if (problem.isEmpty() && m_cancel) // cancelled after the last row: still rolled back
        problem = tr("Cancelled while loading %1; it was rolled back.").arg(table.name);
    const QString ended = in.end(problem.isEmpty());
    if (problem.isEmpty())
        problem = ended;
    if (problem.isEmpty())
        progress(table.rows);
    return problem;
}

QString TableLoader::maskLine(Table& table, QByteArrayView line, QByteArray& out, qint64 ordinal)
{
    CopyText::fields(line, table.fields);
    const QList<QByteArrayView>& fields = table.fields;
    if (fields.size() != table.columns.size())
        return tr("%1: a row with %2 fields for %3 columns").arg(table.name).arg(fields.size()).arg(table.columns.size());
    const QHash<QString, QVariant>& row = table.row;
    for (qsizetype r = 0; r < table.readIndexes.size(); ++r) {
        std::optional<QString> value = CopyText::decode(fields.at(table.readIndexes.at(r)));
        *table.readSlots.at(r) = value ? QVariant(std::move(*value)) : QVariant();
    }
    QList<QByteArray>& replaced = table.replaced;
    for (qsizetype m = 0; m < table.masked.size(); ++m) {
        const MaskedCell cell = table.masks.at(m)(row, ordinal, table.isOriginal.at(m));
        if (!cell.problem.isEmpty()) // never fall back to the original: the table is not loaded
            return tr("%1.%2: %3").arg(table.name, table.masked.at(m), cell.problem);
        replaced[m] = CopyText::encode(cell.value);
    }
    // The unmasked fields between two masked ones go out in one piece, as the source wrote them.
    qsizetype copied = 0; // of `line`
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const int m = table.maskedAt.at(i);
        if (m < 0)
            continue;
        const qsizetype start = fields.at(i).data() - line.data();
        out.append(line.sliced(copied, start - copied));
        out.append(replaced.at(m));
        copied = start + fields.at(i).size();
    }
    out.append(line.sliced(copied));
    out += '\n';
    return {};
}

} // namespace Pg
