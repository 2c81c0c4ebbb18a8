// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariant>

namespace Pg {

/// Reads a few rows of one table over a direct PostgreSQL connection (QtSql, QPSQL) inside a
/// read-only transaction that is rolled back: nothing can be written. TLS is required for
/// anything but this machine. The blocking driver runs on a worker thread; answers for an older
/// request are dropped.
class SampleReader : public QObject
{
    Q_OBJECT
public:
    explicit SampleReader(QObject* parent = nullptr);
    ~SampleReader() override;

    void read(const QString& postgresUri, const QString& schema, const QString& table, int limit);

Q_SIGNALS:
    void finished(const QStringList& columns, const QList<QHash<QString, QVariant>>& rows, const QString& error);

private:
    quint64 m_generation = 0;
};

} // namespace Pg
