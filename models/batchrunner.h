// SPDX-License-Identifier: MIT
#pragma once

#include <neon/reply.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace Models {

/// One mutation of a batch (delete, reset, set expiration, create, …) on one branch.
struct BatchJob
{
    QString key; ///< unique in the batch; the branch id where there is one
    QString projectId;
    QString projectName;
    QString branchId;
    QString branchName;
    /// Keys of jobs that must succeed first; if one fails or is skipped, this one is skipped.
    QStringList after;
    /// Those jobs count once the server accepted their change (their operations may still run):
    /// enough where Neon checks the order itself when a request arrives, as for deleting a
    /// parent after its children. A dependency that fails later is reported on its own row.
    bool acceptedIsEnough = false;
    /// Starts the call (the client queues and retries it); the runner owns the handle.
    std::function<Neon::PendingReply()> start;
    /// Optional: a note for a successful call ("it was already gone").
    std::function<QString(const Neon::Reply&)> noteOnSuccess;
};

struct BatchOutcome
{
    enum class Status { Waiting, Running, Done, Failed, Skipped };
    Status status = Status::Waiting;
    QString message; ///< the server's message for failures, why for skips, a note for successes
    QDateTime finishedAt;
};
QString statusName(BatchOutcome::Status status); ///< waiting | running | done | failed | skipped

/// Runs projects in parallel and each project's jobs in order: the next job of a project starts
/// when the previous one's change was accepted (its operations may still run; the client waits
/// for them, one poll per project) unless it depends on that job, which must succeed first. The
/// client adds the API's limits and retries. Cancel stops scheduling: running calls finish, the
/// rest is skipped.
/// Every job ends Done, Failed or Skipped, so a report accounts for all of them.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    /// maxParallelProjects: 0 for no limit, 1 for a strictly sequential run (each job waits for the
    /// previous one to end, acceptance or not).
    explicit BatchRunner(QList<BatchJob> jobs, int maxParallelProjects = 0, QObject* parent = nullptr);
    ~BatchRunner() override;

    void start();
    void cancel();

    const QList<BatchJob>& jobs() const { return m_jobs; }
    const QList<BatchOutcome>& outcomes() const { return m_outcomes; }
    int total() const { return int(m_jobs.size()); }
    int count(BatchOutcome::Status status) const;
    int finishedCount() const;
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    /// Expected milliseconds until the end from the pace so far; -1 before the first result.
    qint64 etaMs() const;
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

Q_SIGNALS:
    void jobStarted(int index);
    void jobFinished(int index);
    void finished();

private:
    void pump();
    void runNext(const QString& projectId);
    void onReplyFinished(int index);
    void onAccepted(int index);
    /// The job's dependency that has not finished yet, or -1.
    int unfinishedDependency(const BatchJob& job) const;
    bool isAccepted(int index) const;
    void settle(int index, BatchOutcome::Status status, const QString& message);
    void finishIfDone();

    QList<BatchJob> m_jobs;
    QList<BatchOutcome> m_outcomes;
    QHash<QString, int> m_indexByKey;
    QStringList m_projectOrder;
    QHash<QString, QList<int>> m_queueByProject; ///< waiting jobs per project, in order
    QHash<QString, int> m_runningByProject;
    QSet<int> m_sending; ///< started, neither accepted nor finished: the project waits for it
    std::map<int, Neon::PendingReply> m_replies;
    int m_maxParallelProjects = 0;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Models
