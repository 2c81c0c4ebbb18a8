// SPDX-License-Identifier: MIT
#include "anonymizedload.h"

#include "anonymizedload_table.h"
#include "connection.h"
#include "copytext.h"
#include "introspection.h"

#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Pg {

AnonymizedLoad::AnonymizedLoad(QString sourceUri, QString targetUri, std::shared_ptr<const CellMasker> masker, QObject* parent)
    : QObject(parent)
    , m_source(std::move(sourceUri))
    , m_target(std::move(targetUri))
    , m_masker(std::move(masker))
{
}

AnonymizedLoad::~AnonymizedLoad()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QByteArray AnonymizedLoad::copyText(const QVariant& value)
{
    return CopyText::encode(value);
}

void AnonymizedLoad::start(int batchRows)
{
    m_thread = QThread::create([this, batchRows] { run(batchRows); });
    m_thread->start();
}

void AnonymizedLoad::run(int batchRows)
{
    QPointer<AnonymizedLoad> self(this);
    auto report = [self](auto&& emitter) { QMetaObject::invokeMethod(self.data(), emitter, Qt::QueuedConnection); };
    QStringList loaded;
    QString problem;
    {
        Connection source(m_source, u"load-source"_s);
        Connection target(m_target, u"load-target"_s);
        TableLoader loader(source, target, *m_masker, m_cancel, batchRows);
        problem = loader.prepare();
        const QStringList order = loader.tables();
        // The source is only ever read: one read-only snapshot for every table.
        if (problem.isEmpty() && !source.exec(u"BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
            problem = source.error();
        for (int t = 0; problem.isEmpty() && t < order.size(); ++t) {
            problem = loader.load(order.at(t), [&report, self, table = order.at(t), t, n = int(order.size())](qint64 rows) {
                report([self, table, rows, t, n] {
                    if (self)
                        Q_EMIT self->progress(table, rows, t, n);
                });
            });
            if (problem.isEmpty())
                loaded.append(order.at(t));
        }
        if (source.isOpen())
            source.exec(u"ROLLBACK"_s);
    }
    report([self, problem, loaded] {
        if (self)
            Q_EMIT self->finished(problem.isEmpty(), problem, loaded);
    });
}

} // namespace Pg
