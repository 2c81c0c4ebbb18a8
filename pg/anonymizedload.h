// SPDX-License-Identifier: MIT
#pragma once

#include "cellmasker.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Pg {

/// Canopy's own anonymized load (workflow 2, "load anonymized data"): rows of every table are
/// streamed from the source branch inside a read-only transaction, masked in the app by a
/// CellMasker, and written into the target (a schema-only branch of the source) with
/// `COPY … FROM STDIN` in batches — tables in foreign-key order, one transaction per table (all
/// or nothing), originals never written. Runs on a worker thread; cancel stops after the
/// current batch and rolls the table back.
class AnonymizedLoad : public QObject
{
    Q_OBJECT
public:
    AnonymizedLoad(QString sourceUri, QString targetUri, std::shared_ptr<const CellMasker> masker, QObject* parent = nullptr);
    ~AnonymizedLoad() override;

    void start(int batchRows = 1000);
    void cancel() { m_cancel = true; }

    /// One value in COPY's text format (NULL as \N; backslash, tab, newline, CR escaped).
    static QByteArray copyText(const QVariant& value);

Q_SIGNALS:
    void progress(const QString& table, qint64 rows, int tableIndex, int tableCount);
    /// ok: every table loaded; else `problem`, with `loaded` the tables that were committed.
    void finished(bool ok, const QString& problem, const QStringList& loaded);

private:
    void run(int batchRows);

    QString m_source;
    QString m_target;
    std::shared_ptr<const CellMasker> m_masker;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace Pg
