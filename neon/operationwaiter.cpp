// SPDX-License-Identifier: MIT
#include "operationwaiter.h"

#include "codec.h"
#include "paths.h"

using namespace Qt::StringLiterals;

namespace Neon {


OperationWaiter::OperationWaiter(CallFactory factory, QString projectId, QList<Operation> operations, QString branchId,
    int pollIntervalMs, int timeoutMs, OperationTracker* tracker)
    : m_factory(std::move(factory))
    , m_projectId(std::move(projectId))
    , m_operations(std::move(operations))
    , m_branchId(std::move(branchId))
    , m_pollIntervalMs(pollIntervalMs)
    , m_deadline(timeoutMs)
    , m_tracker(tracker)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OperationWaiter::pollNext);
}

OperationWaiter::~OperationWaiter()
{
    stopTracking();
}

void OperationWaiter::start()
{
    const bool open = std::any_of(m_operations.cbegin(), m_operations.cend(), [](const Operation& op) { return !op.isTerminal(); });
    if (!m_tracker || !open)
        return scheduleNext();
    m_tracking = true;
    m_tracker->watch(m_projectId, m_operations);
    connect(m_tracker.get(), &OperationTracker::updated, this, &OperationWaiter::onTracked);
    // The tracker polls; this timer only ends a wait that takes too long.
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_deadline.hasExpired())
            return m_timer.start(int(std::min<qint64>(m_deadline.remainingTime(), 60000)));
        Error e;
        e.kind = Error::Kind::Timeout;
        e.message = QStringLiteral("the operations did not finish in time; they may still be running on Neon");
        finish(e);
    });
    m_timer.start(int(std::min<qint64>(m_deadline.remainingTime(), 60000)));
}

void OperationWaiter::stopTracking()
{
    if (!std::exchange(m_tracking, false))
        return;
    if (m_tracker) {
        disconnect(m_tracker.get(), nullptr, this, nullptr);
        m_tracker->unwatch(m_projectId, m_operations);
    }
}

Error OperationWaiter::failure() const
{
    for (const Operation& op : m_operations) {
        if (op.isTerminal() && !op.succeeded()) {
            Error e;
            e.kind = Error::Kind::OperationFailed;
            e.message
                = QStringLiteral("%1 ended %2%3")
                      .arg(op.action, op.status, op.error.isEmpty() ? QString() : QStringLiteral(": ") + op.error);
            return e;
        }
    }
    return {};
}

void OperationWaiter::onTracked(const QString& projectId, const Error& error)
{
    if (projectId != m_projectId || !m_tracking)
        return;
    if (error.isError()) {
        stopTracking();
        return finish(error);
    }
    for (Operation& op : m_operations) {
        if (const std::optional<Operation> seen = m_tracker->latest(m_projectId, op.id))
            op = *seen;
    }
    if (const Error e = failure(); e.isError()) {
        stopTracking();
        return finish(e);
    }
    const qsizetype remaining = std::count_if(m_operations.cbegin(), m_operations.cend(), [](const Operation& op) { return !op.isTerminal(); });
    if (remaining > 0) {
        Q_EMIT progress(QStringLiteral("waiting for %1 of %2 operations").arg(QString::number(remaining), QString::number(m_operations.size())));
        return;
    }
    stopTracking();
    m_timer.stop();
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, this, &OperationWaiter::pollNext);
    pollBranch();
}

void OperationWaiter::cancel()
{
    stopTracking();
    m_call.reset();
    finish(Error::cancelled(QStringLiteral("the client was closed")));
}

void OperationWaiter::finish(const Error& error)
{
    if (std::exchange(m_done, true))
        return;
    stopTracking();
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
    if (const Error e = failure(); e.isError())
        return finish(e);
    const auto pending
        = std::find_if(m_operations.begin(), m_operations.end(), [](const Operation& op) { return !op.isTerminal(); });
    if (pending == m_operations.end())
        return pollBranch();

    const qsizetype index = pending - m_operations.begin();
    const qsizetype remaining = std::count_if(
        m_operations.cbegin(), m_operations.cend(), [](const Operation& op) { return !op.isTerminal(); });
    Q_EMIT progress(QStringLiteral("waiting for %1 of %2 operations (%3: %4)")
                        .arg(QString::number(remaining), QString::number(m_operations.size()), pending->action, pending->status));
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
