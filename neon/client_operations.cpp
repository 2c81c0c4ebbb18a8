// SPDX-License-Identifier: MIT
// Following a mutation's operations to their end (and its branch until it is ready).
#include "client.h"

#include "operationtracker.h"
#include "operationwaiter.h"

using namespace Qt::StringLiterals;

namespace Neon {

std::unique_ptr<OperationWaiter> Client::makeWaiter(
    Reply* reply, const QString& projectId, const QList<Operation>& operations, const QString& branchId)
{
    auto waiter = std::make_unique<OperationWaiter>(
        [client = QPointer<Client>(this)](const QString& route, const QString& path) {
            return client && !client->m_closing ? client->makeCall({ "GET", route, path, {} })
                                                : std::unique_ptr<HttpCall>();
        },
        projectId, operations, branchId, m_config.pollIntervalMs, m_config.settleTimeoutMs,
        m_config.batchedOperationPolling ? m_tracker.get() : nullptr);
    connect(this, &Client::closing, waiter.get(), &OperationWaiter::cancel);
    connect(waiter.get(), &OperationWaiter::progress, reply, &Reply::reportProgress);
    return waiter;
}

Pending<QList<Operation>> Client::waitForOperations(
    const QString& projectId, const QList<Operation>& operations, const QString& branchId)
{
    auto reply = makePending<QList<Operation>>(u"wait for operations"_s);
    auto* r = reply.get();
    std::unique_ptr<OperationWaiter> waiter = makeWaiter(r, projectId, operations, branchId);
    OperationWaiter* w = waiter.get();
    connect(w, &OperationWaiter::done, r, [r, w](const Error& error) {
        if (error.isError())
            return r->fail(error);
        r->succeed(w->operations());
    });
    r->setStep(std::move(waiter));
    w->start();
    return reply;
}

} // namespace Neon
