// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"
#include "operation.h"
#include "transport.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace Neon {

/// Follows every operation the client waits for, per project, at Neon's rate-limit floor: one
/// `GET /projects/{id}/operations` (newest first) settles all of a project's outstanding
/// operations; a project with a single one polls it directly, and so does an operation the list
/// did not reach. The interval starts short and doubles while operations run long; while more
/// changes to the project wait to be sent (busy), polling waits for the last of them: each new
/// change that Neon accepts shows that the previous operations ended.
class OperationTracker : public QObject
{
    Q_OBJECT
public:
    using CallFactory = std::function<std::unique_ptr<HttpCall>(const QString& route, const QString& path, const QUrlQuery& query)>;

    OperationTracker(CallFactory factory, int pollIntervalMs, QObject* parent = nullptr);
    ~OperationTracker() override;

    /// Follows `operations` (each counted once per watcher; terminal ones are remembered as they are).
    void watch(const QString& projectId, const QList<Operation>& operations);
    /// Stops following them for one watcher.
    void unwatch(const QString& projectId, const QList<Operation>& operations);
    /// The newest state seen of a followed operation.
    std::optional<Operation> latest(const QString& projectId, const QString& operationId) const;
    /// More changes to the project wait to be sent: polling waits until they are.
    void setBusy(const QString& projectId, bool busy);
    /// How long the operations seen so far ran (a moving average), or `fallbackMs` before any.
    int typicalDurationMs(int fallbackMs) const;
    /// Ends every poll (the client is closing).
    void cancel();

Q_SIGNALS:
    /// Followed operations of the project changed (or a poll failed: `error`).
    void updated(const QString& projectId, const Neon::Error& error);

private:
    struct Project
    {
        QHash<QString, Operation> operations;
        QHash<QString, int> watchers;
        QStringList unlisted; ///< not on the last list: polled one by one
        QTimer timer;
        std::unique_ptr<HttpCall> call;
        int intervalMs = 0;
        bool busy = false;
    };

    Project& project(const QString& projectId);
    QStringList outstanding(const Project& p) const;
    void schedule(const QString& projectId, Project& p);
    void poll(const QString& projectId);
    void pollOne(const QString& projectId, Project& p, const QString& operationId);
    void pollList(const QString& projectId, Project& p, const QStringList& outstanding);
    void record(Project& p, const Operation& op);
    void afterPoll(const QString& projectId, const Error& error);

    CallFactory m_factory;
    int m_pollIntervalMs;
    QHash<QString, std::shared_ptr<Project>> m_projects;
    double m_typicalMs = -1;
};

} // namespace Neon
