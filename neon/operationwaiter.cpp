// SPDX-License-Identifier: MIT
#include "operationwaiter.h"

#include "codec.h"
#include "paths.h"

using namespace Qt::StringLiterals;

namespace Neon {


OperationWaiter::OperationWaiter(CallFactory factory, QString projectId, QList<Operation> operations, QString branchId,
    int pollIntervalMs, int timeoutMs)
    : m_factory(std::move(factory))
    , m_projectId(std::move(projectId))
    , m_operations(std::move(operations))
    , m_branchId(std::move(branchId))
    , m_pollIntervalMs(pollIntervalMs)
    , m_deadline(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OperationWaiter::pollNext);
}

void OperationWaiter::start()
{
    scheduleNext();
}

void OperationWaiter::cancel()
{
    m_call.reset();
    finish(Error::cancelled(QStringLiteral("the client was closed")));
}

void OperationWaiter::finish(const Error& error)
{
    if (std::exchange(m_done, true))
        return;
    m_timer.stop();
    Q_EMIT done(error);
}

void OperationWaiter::scheduleNext()
{
    if (m_deadline.hasExpired()) {
        Error e;
        e.kind = Error::Kind::Timeout;
        e.message = QStringLiteral("the operations did not finish in time; they may still be running on Neon");
        return finish(e);
    }
    m_timer.start(m_pollIntervalMs);
}

void OperationWaiter::pollNext()
{
    // First operation that is not terminal yet; report failures as soon as they are known.
    for (const Operation& op : std::as_const(m_operations)) {
        if (op.isTerminal() && !op.succeeded()) {
            Error e;
            e.kind = Error::Kind::OperationFailed;
            e.message
                = QStringLiteral("%1 ended %2%3")
                      .arg(op.action, op.status, op.error.isEmpty() ? QString() : QStringLiteral(": ") + op.error);
            return finish(e);
        }
    }
    const auto pending
        = std::find_if(m_operations.begin(), m_operations.end(), [](const Operation& op) { return !op.isTerminal(); });
    if (pending == m_operations.end())
        return pollBranch();

    const qsizetype index = pending - m_operations.begin();
    const qsizetype remaining = std::count_if(
        m_operations.cbegin(), m_operations.cend(), [](const Operation& op) { return !op.isTerminal(); });
    Q_EMIT progress(QStringLiteral("waiting for %1 of %2 operations (%3: %4)")
                        .arg(remaining)
                        .arg(m_operations.size())
                        .arg(pending->action, pending->status));
    retireCall();
    m_call = m_factory(u"/projects/{project_id}/operations/{operation_id}"_s,
        Paths::project(m_projectId) + "/operations/"_L1 + Paths::segment(pending->id));
    if (!m_call)
        return finish(Error::cancelled(QStringLiteral("the client was closed")));
    connect(m_call.get(), &HttpCall::done, this, [this, index](const HttpResult& res) {
        if (res.error.isError())
            return finish(res.error);
        Operation op;
        if (const QString error = Json::decodeIn(res.object, "operation"_L1, op); !error.isEmpty())
            return finish(Error::decode(error));
        m_operations[index] = op;
        if (op.isTerminal())
            return pollNext();
        scheduleNext();
    });
    m_call->start();
}

void OperationWaiter::retireCall()
{
    // The next poll may be started from the previous call's own done(): that call is the
    // sender of the signal being delivered, so it goes from the event loop, not now.
    if (m_call)
        m_call.release()->deleteLater();
}

void OperationWaiter::pollBranch()
{
    if (m_branchId.isEmpty())
        return finish(Error());
    retireCall();
    m_call = m_factory(
        u"/projects/{project_id}/branches/{branch_id}"_s, Paths::branch(m_projectId, m_branchId));
    if (!m_call)
        return finish(Error::cancelled(QStringLiteral("the client was closed")));
    connect(m_call.get(), &HttpCall::done, this, [this](const HttpResult& res) {
        if (res.error.isError())
            return finish(res.error);
        BranchDetails details;
        if (const QString error = Json::decode(res.object, details); !error.isEmpty())
            return finish(Error::decode(error));
        m_branch = details.branch;
        if (details.branch.isSettled())
            return finish(Error());
        Q_EMIT progress(QStringLiteral("waiting for branch %1 to be ready (%2)")
                            .arg(details.branch.name, details.branch.currentState));
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, &OperationWaiter::pollBranch);
        scheduleNext();
    });
    m_call->start();
}

} // namespace Neon
