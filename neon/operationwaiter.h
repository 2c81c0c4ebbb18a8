// SPDX-License-Identifier: MIT
#pragma once

#include "branch.h"
#include "error.h"
#include "operation.h"
#include "operationtracker.h"
#include "transport.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Neon {

/// Follows a mutation's operations until each is terminal, then polls the branch until it is
/// ready with no pending state. With a tracker, the client's OperationTracker follows the
/// operations (one list per project for all of them); without, each is polled by itself. Owned
/// by the handle of the call it belongs to, so dropping that stops it.
class OperationWaiter : public QObject
{
    Q_OBJECT
public:
    using CallFactory = std::function<std::unique_ptr<HttpCall>(const QString& route, const QString& path)>;

    OperationWaiter(CallFactory factory, QString projectId, QList<Operation> operations, QString branchId,
        int pollIntervalMs, int timeoutMs, OperationTracker* tracker = nullptr);
    ~OperationWaiter() override;

    void start();
    /// Ends the wait as cancelled (the client is closing).
    void cancel();
    const QList<Operation>& operations() const { return m_operations; }
    const std::optional<Branch>& settledBranch() const { return m_branch; }

Q_SIGNALS:
    void progress(const QString& message);
    void done(const Neon::Error& error);

private:
    void pollNext();
    void onTracked(const QString& projectId, const Error& error);
    /// The first failed operation as an error, or an empty Error.
    Error failure() const;
    void stopTracking();
    void scheduleNext();
    void pollBranch();
    void retireCall();
    void finish(const Error& error); ///< an empty Error means success

    CallFactory m_factory;
    QString m_projectId;
    QList<Operation> m_operations;
    QString m_branchId;
    int m_pollIntervalMs;
    QDeadlineTimer m_deadline;
    QTimer m_timer;
    QPointer<OperationTracker> m_tracker;
    bool m_tracking = false;
    std::unique_ptr<HttpCall> m_call;
    std::optional<Branch> m_branch;
    bool m_done = false;
};

} // namespace Neon
