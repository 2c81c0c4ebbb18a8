// SPDX-License-Identifier: MIT
#include "samplereader.h"

#include "connection.h"
#include "sqltext.h"

#include <QCoreApplication>
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

SampleReader::~SampleReader() = default; // running reads finish on their own; their answers are dropped

void SampleReader::read(const QString& postgresUri, const QString& schema, const QString& table, int limit)
{
    const quint64 generation = ++m_generation;
    QPointer<SampleReader> self(this);
    // The thread is nobody's child and deletes itself when done, so a reader (and the dialog that
    // owns it) can go at once: closing never waits for a slow or unreachable server.
    QObject* home = QCoreApplication::instance();
    QThread* thread = QThread::create([self, home, generation, postgresUri, schema, table, limit] {
        const Sample sample = readSample(postgresUri, schema, table, limit);
        // Delivered on the GUI thread, where `self` is checked: it may be gone by then.
        QMetaObject::invokeMethod(home, [self, generation, sample] {
            if (self && generation == self->m_generation)
                Q_EMIT self->finished(sample.columns, sample.rows, sample.error);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Pg
