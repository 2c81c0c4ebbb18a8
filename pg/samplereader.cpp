// SPDX-License-Identifier: MIT
#include "samplereader.h"

#include "connection.h"
#include "sqltext.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Pg {

namespace {
struct Sample
{
    QStringList columns;
    QList<QHash<QString, QVariant>> rows;
    QString error;
};

Sample readSample(const QString& uri, const QString& schema, const QString& table, int limit)
{
    Sample out;
    Connection connection(uri, u"sample"_s);
    if (!connection.isOpen()) {
        out.error = connection.error();
        return out;
    }
    QSqlQuery q(connection.database());
    // Read-only, and rolled back: a preview never writes.
    if (!q.exec(u"BEGIN TRANSACTION READ ONLY"_s)) {
        out.error = q.lastError().text();
    } else if (!q.exec(u"SELECT * FROM %1 LIMIT %2"_s.arg(qualifiedName(schema, table)).arg(limit))) {
        out.error = q.lastError().text();
    } else {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            out.columns.append(record.fieldName(i));
        while (q.next()) {
            QHash<QString, QVariant> row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(out.columns.at(i), q.value(i));
            out.rows.append(row);
        }
    }
    connection.exec(u"ROLLBACK"_s);
    return out;
}
} // namespace

SampleReader::SampleReader(QObject* parent)
    : QObject(parent)
{
}

SampleReader::~SampleReader()
{
    for (QThread* t : std::as_const(m_threads))
        t->wait(); // the connection closes with its thread; at most the connect timeout
}

void SampleReader::read(const QString& postgresUri, const QString& schema, const QString& table, int limit)
{
    const quint64 generation = ++m_generation;
    QPointer<SampleReader> self(this);
    QThread* thread = QThread::create([self, generation, postgresUri, schema, table, limit] {
        const Sample sample = readSample(postgresUri, schema, table, limit);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, generation, sample] {
            if (self && generation == self->m_generation)
                Q_EMIT self->finished(sample.columns, sample.rows, sample.error);
        }, Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeAll(thread);
        thread->deleteLater();
    });
    thread->start();
}

} // namespace Pg
