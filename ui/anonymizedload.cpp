// SPDX-License-Identifier: MIT
#include "anonymizedload.h"

#include "postgresconnection.h"

#include <models/masking.h>

#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
PGconn* connectionOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // QPSQL hands out its libpq connection as "PGconn*" (named "pg_conn*" by some builds).
    const bool libpq = handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    return libpq ? *static_cast<PGconn* const*>(handle.data()) : nullptr;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

AnonymizedLoad::AnonymizedLoad(QString sourceUri, QString targetUri, QList<Neon::MaskingRule> rules, QObject* parent)
    : QObject(parent)
    , m_source(std::move(sourceUri))
    , m_target(std::move(targetUri))
    , m_rules(std::move(rules))
{
}

AnonymizedLoad::~AnonymizedLoad()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

QStringList AnonymizedLoad::foreignKeyOrder(const QStringList& tables, const QHash<QString, QStringList>& references)
{
    QStringList out;
    QSet<QString> visiting;
    std::function<void(const QString&)> visit = [&](const QString& t) {
        if (out.contains(t) || visiting.contains(t))
            return; // done, or a cycle: keep the given order
        visiting.insert(t);
        for (const QString& r : references.value(t)) {
            if (r != t && tables.contains(r))
                visit(r);
        }
        visiting.remove(t);
        out.append(t);
    };
    for (const QString& t : tables)
        visit(t);
    return out;
}

QByteArray AnonymizedLoad::copyText(const QVariant& value)
{
    if (value.isNull())
        return "\\N";
    QByteArray text;
    switch (value.typeId()) {
    case QMetaType::Bool: text = value.toBool() ? "t" : "f"; break;
    case QMetaType::QDate: text = value.toDate().toString(Qt::ISODate).toUtf8(); break;
    case QMetaType::QDateTime: text = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8(); break;
    case QMetaType::QByteArray: text = "\\x" + value.toByteArray().toHex(); break;
    default: text = value.toString().toUtf8();
    }
    QByteArray out;
    out.reserve(text.size());
    for (char c : std::as_const(text)) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out;
}

void AnonymizedLoad::start(quint64 seed, int batchRows)
{
    m_thread = QThread::create([this, seed, batchRows] { run(seed, batchRows); });
    m_thread->start();
}

void AnonymizedLoad::run(quint64 seed, int batchRows)
{
    QPointer<AnonymizedLoad> self(this);
    auto report = [self](auto&& emitter) { QMetaObject::invokeMethod(self.data(), emitter, Qt::QueuedConnection); };
    const QString sourceName = u"canopy-load-src-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString targetName = u"canopy-load-dst-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    QStringList loaded;
    {
        QSqlDatabase source = openPostgres(m_source, sourceName, &problem);
        QSqlDatabase target = problem.isEmpty() ? openPostgres(m_target, targetName, &problem) : QSqlDatabase();
        PGconn* copyConnection = problem.isEmpty() ? connectionOf(target) : nullptr;
        if (problem.isEmpty() && !copyConnection)
            problem = tr("The PostgreSQL driver gives no connection handle for COPY.");
        // The tables and their foreign keys, from the target (the schema-only copy has them all).
        QStringList tables;
        QHash<QString, QStringList> references;
        if (problem.isEmpty()) {
            QSqlQuery q(target);
            if (!q.exec(u"SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE c.relkind IN ('r','p') AND n.nspname NOT IN ('pg_catalog','information_schema','anon') "
                        "AND n.nspname NOT LIKE 'pg_%' ORDER BY 1"_s))
                problem = q.lastError().text();
            while (q.next())
                tables.append(q.value(0).toString());
            if (problem.isEmpty()
                && !q.exec(u"SELECT cn.nspname || '.' || cl.relname, rn.nspname || '.' || rl.relname FROM pg_constraint co "
                           "JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace cn ON cn.oid = cl.relnamespace "
                           "JOIN pg_class rl ON rl.oid = co.confrelid JOIN pg_namespace rn ON rn.oid = rl.relnamespace "
                           "WHERE co.contype = 'f'"_s))
                problem = q.lastError().text();
            while (q.next())
                references[q.value(0).toString()].append(q.value(1).toString());
        }
        const QStringList order = foreignKeyOrder(tables, references);
        const Models::Masking::Masker masker(seed);
        // The source is only ever read: one read-only snapshot for every table.
        if (problem.isEmpty())
            exec(source, u"BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, &problem);
        for (int t = 0; problem.isEmpty() && t < order.size(); ++t) {
            const QString schema = order.at(t).section(QLatin1Char('.'), 0, 0);
            const QString table = order.at(t).section(QLatin1Char('.'), 1);
            QHash<QString, Neon::MaskingRule> rules;
            for (const Neon::MaskingRule& r : std::as_const(m_rules)) {
                if (r.schemaName == schema && r.tableName == table)
                    rules.insert(r.columnName, r);
            }
            const QString qualified = quotedIdentifier(schema) + u"."_s + quotedIdentifier(table);
            // Every original value of a masked column: no masked row may carry anybody's real one.
            QHash<QString, QSet<QString>> originals;
            for (auto it = rules.cbegin(); problem.isEmpty() && it != rules.cend(); ++it) {
                QSqlQuery values(source);
                if (!values.exec(u"SELECT DISTINCT %1::text FROM %2 WHERE %1 IS NOT NULL"_s.arg(quotedIdentifier(it.key()), qualified)))
                    problem = values.lastError().text();
                while (values.next())
                    originals[it.key()].insert(values.value(0).toString());
            }
            if (!problem.isEmpty())
                break;
            if (!exec(target, u"BEGIN"_s, &problem) || !exec(target, u"TRUNCATE "_s + qualified + u" CASCADE"_s, &problem))
                break;
            QSqlQuery read(source);
            read.setForwardOnly(true);
            if (!read.exec(u"DECLARE canopy_rows NO SCROLL CURSOR FOR SELECT * FROM "_s + qualified)) {
                problem = read.lastError().text();
                break;
            }
            QStringList columns;
            qint64 rowCount = 0;
            bool copying = false;
            while (problem.isEmpty()) {
                if (m_cancel) {
                    problem = tr("Cancelled while loading %1; it was rolled back.").arg(order.at(t));
                    break;
                }
                if (!read.exec(u"FETCH %1 FROM canopy_rows"_s.arg(batchRows))) {
                    problem = read.lastError().text();
                    break;
                }
                if (columns.isEmpty()) {
                    const QSqlRecord record = read.record();
                    for (int i = 0; i < record.count(); ++i)
                        columns.append(quotedIdentifier(record.fieldName(i)));
                }
                if (!copying) {
                    const QByteArray copy = "COPY " + qualified.toUtf8() + " (" + columns.join(u", "_s).toUtf8() + ") FROM STDIN";
                    PGresult* r = PQexec(copyConnection, copy.constData());
                    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
                    if (!ok)
                        problem = QString::fromUtf8(PQerrorMessage(copyConnection));
                    PQclear(r);
                    copying = ok;
                    if (!ok)
                        break;
                }
                QByteArray batch;
                int fetched = 0;
                while (read.next()) {
                    ++fetched;
                    const QSqlRecord record = read.record();
                    QHash<QString, QVariant> row;
                    for (int i = 0; i < record.count(); ++i)
                        row.insert(record.fieldName(i), read.value(i));
                    for (int i = 0; i < record.count(); ++i) {
                        QVariant v = row.value(record.fieldName(i));
                        if (const auto rule = rules.constFind(record.fieldName(i)); rule != rules.cend()) {
                            const Models::Masking::Cell cell = masker.apply(*rule, row, rowCount, originals.value(rule.key()));
                            if (cell.computedOnNeon || !cell.problem.isEmpty()) {
                                // Never fall back to the original: the table is not loaded.
                                problem = tr("%1.%2: %3").arg(order.at(t), record.fieldName(i), cell.problem);
                                break;
                            }
                            v = cell.value;
                        }
                        batch += copyText(v);
                        batch += i + 1 < record.count() ? '\t' : '\n';
                    }
                    if (!problem.isEmpty())
                        break;
                    ++rowCount;
                }
                if (problem.isEmpty() && !batch.isEmpty() && PQputCopyData(copyConnection, batch.constData(), int(batch.size())) != 1)
                    problem = QString::fromUtf8(PQerrorMessage(copyConnection));
                report([self, table = order.at(t), rowCount, t, n = int(order.size())] {
                    if (self)
                        Q_EMIT self->progress(table, rowCount, t, n);
                });
                if (fetched < batchRows)
                    break;
            }
            if (copying) {
                PQputCopyEnd(copyConnection, problem.isEmpty() ? nullptr : "cancelled by Canopy");
                while (PGresult* r = PQgetResult(copyConnection)) {
                    if (problem.isEmpty() && PQresultStatus(r) != PGRES_COMMAND_OK)
                        problem = QString::fromUtf8(PQresultErrorMessage(r));
                    PQclear(r);
                }
            }
            QSqlQuery(source).exec(u"CLOSE canopy_rows"_s);
            if (problem.isEmpty() && exec(target, u"COMMIT"_s, &problem))
                loaded.append(order.at(t));
            else
                QSqlQuery(target).exec(u"ROLLBACK"_s); // all or nothing per table
        }
        QSqlQuery(source).exec(u"ROLLBACK"_s);
    }
    QSqlDatabase::removeDatabase(sourceName);
    QSqlDatabase::removeDatabase(targetName);
    report([self, problem, loaded] {
        if (self)
            Q_EMIT self->finished(problem.isEmpty(), problem, loaded);
    });
}

} // namespace Ui
