// SPDX-License-Identifier: MIT
#pragma once

#include <neon/anonymization.h>

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;

namespace Ui {

/// Canopy's own anonymized load (workflow 2, "load anonymized data"): rows of every table are
/// streamed from the source branch inside a read-only transaction, masked in the app with the
/// masking rules (Models::Masking), and written into the target (a schema-only branch of the
/// source) with `COPY … FROM STDIN` in batches — tables in foreign-key order, one transaction
/// per table (all or nothing), originals never written. Runs on a worker thread; cancel stops
/// after the current batch and rolls the table back.
class AnonymizedLoad : public QObject
{
    Q_OBJECT
public:
    struct Table
    {
        QString schema;
        QString name;
        qint64 rows = 0;
        bool done = false;
    };

    AnonymizedLoad(QString sourceUri, QString targetUri, QList<Neon::MaskingRule> rules, QObject* parent = nullptr);
    ~AnonymizedLoad() override;

    void start(quint64 seed = 0, int batchRows = 1000);
    void cancel() { m_cancel = true; }

    /// Orders tables so that every table comes after the tables it references (cycles keep
    /// their given order). `references`: table → the tables it references.
    static QStringList foreignKeyOrder(const QStringList& tables, const QHash<QString, QStringList>& references);
    /// One value in COPY's text format (NULL as \N; backslash, tab, newline, CR escaped).
    static QByteArray copyText(const QVariant& value);

Q_SIGNALS:
    void progress(const QString& table, qint64 rows, int tableIndex, int tableCount);
    /// ok: every table loaded; else `problem`, with `loaded` the tables that were committed.
    void finished(bool ok, const QString& problem, const QStringList& loaded);

private:
    void run(quint64 seed, int batchRows);

    QString m_source;
    QString m_target;
    QList<Neon::MaskingRule> m_rules;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace Ui
