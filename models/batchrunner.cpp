// SPDX-License-Identifier: MIT
#include "batchrunner.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};
} // namespace

QString statusName(BatchOutcome::Status status)
{
    switch (status) {
    case BatchOutcome::Status::Waiting: return u"waiting"_s;
    case BatchOutcome::Status::Running: return u"running"_s;
    case BatchOutcome::Status::Done: return u"done"_s;
    case BatchOutcome::Status::Failed: return u"failed"_s;
    case BatchOutcome::Status::Skipped: return u"skipped"_s;
    }
    return {};
}

BatchRunner::BatchRunner(QList<BatchJob> jobs, int maxParallelProjects, QObject* parent)
    : QObject(parent)
    , m_jobs(std::move(jobs))
    , m_outcomes(m_jobs.size())
    , m_maxParallelProjects(maxParallelProjects)
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        const BatchJob& job = m_jobs.at(i);
        m_indexByKey.insert(job.key, i);
        if (!m_queueByProject.contains(job.projectId))
            m_projectOrder.append(job.projectId);
        m_queueByProject[job.projectId].append(i);
    }
}

BatchRunner::~BatchRunner() = default;

int BatchRunner::count(BatchOutcome::Status status) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [status](const BatchOutcome& o) { return o.status == status; }));
}

int BatchRunner::finishedCount() const
{
    return count(BatchOutcome::Status::Done) + count(BatchOutcome::Status::Failed) + count(BatchOutcome::Status::Skipped);
}

qint64 BatchRunner::etaMs() const
{
    const int done = finishedCount();
    if (done == 0 || !m_clock.isValid())
        return -1;
    return m_clock.elapsed() * (total() - done) / done;
}

void BatchRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (m_jobs.isEmpty()) {
        QTimer::singleShot(0, this, &BatchRunner::finishIfDone); // finished() after the caller connected
        return;
    }
    pump();
}

void BatchRunner::cancel()
{
    if (!m_started || m_finished || m_cancelled)
        return;
    m_cancelled = true;
    for (auto& queue : m_queueByProject) {
        for (int index : std::as_const(queue))
            settle(index, BatchOutcome::Status::Skipped, Text::tr("not started: the run was cancelled"));
        queue.clear();
    }
    finishIfDone();
}

void BatchRunner::pump()
{
    int running = 0;
    for (auto it = m_runningByProject.cbegin(); it != m_runningByProject.cend(); ++it)
        running += it.value() > 0 ? 1 : 0;
    QSet<QString> sendingProjects;
    for (int index : std::as_const(m_sending))
        sendingProjects.insert(m_jobs.at(index).projectId);
    for (const QString& projectId : std::as_const(m_projectOrder)) {
        const bool active = m_runningByProject.value(projectId) > 0;
        if (!active && m_maxParallelProjects > 0 && running >= m_maxParallelProjects)
            continue;
        if (sendingProjects.contains(projectId) || m_queueByProject.value(projectId).isEmpty())
            continue;
        runNext(projectId);
        if (!active && m_runningByProject.value(projectId) > 0)
            ++running;
    }
    finishIfDone();
}

int BatchRunner::unfinishedDependency(const BatchJob& job) const
{
    for (const QString& key : job.after) {
        const int dependency = m_indexByKey.value(key, -1);
        if (dependency < 0)
            continue;
        const BatchOutcome::Status status = m_outcomes.at(dependency).status;
        if (status == BatchOutcome::Status::Waiting)
            return dependency;
        if (status == BatchOutcome::Status::Running && !(job.acceptedIsEnough && isAccepted(dependency)))
            return dependency;
    }
    return -1;
}

bool BatchRunner::isAccepted(int index) const
{
    const auto it = m_replies.find(index);
    return it != m_replies.end() && it->second && it->second->isAccepted();
}

void BatchRunner::runNext(const QString& projectId)
{
    QList<int>& queue = m_queueByProject[projectId];
    while (!queue.isEmpty()) {
        const int index = queue.first();
        const BatchJob& job = m_jobs.at(index);
        if (unfinishedDependency(job) >= 0)
            return; // started again when that job finishes (or is accepted, where that is enough)
        queue.removeFirst();
        QString blocked;
        for (const QString& key : job.after) {
            const int dependency = m_indexByKey.value(key, -1);
            const BatchOutcome::Status status = dependency >= 0 ? m_outcomes.at(dependency).status : BatchOutcome::Status::Done;
            if (status != BatchOutcome::Status::Done && status != BatchOutcome::Status::Running) {
                blocked = m_jobs.at(dependency).branchName;
                break;
            }
        }
        if (!blocked.isEmpty()) {
            settle(index, BatchOutcome::Status::Skipped, Text::tr("not started: %1 did not succeed first").arg(blocked));
            continue;
        }
        m_outcomes[index].status = BatchOutcome::Status::Running;
        ++m_runningByProject[projectId];
        m_sending.insert(index);
        Neon::PendingReply reply = job.start();
        Neon::Reply* raw = reply.get();
        m_replies[index] = std::move(reply);
        Q_EMIT jobStarted(index);
        if (raw->isFinished()) { // refused before sending (a rule the client checks itself)
            QTimer::singleShot(0, this, [this, index] { onReplyFinished(index); });
        } else {
            connect(raw, &Neon::Reply::accepted, this, [this, index] { onAccepted(index); });
            connect(raw, &Neon::Reply::finished, this, [this, index] { onReplyFinished(index); });
        }
        return;
    }
}

void BatchRunner::onAccepted(int index)
{
    // The change went through; its operations still run. The project's next job may go —
    // unless the run is strictly sequential, where each job waits for the previous to end.
    if (m_maxParallelProjects == 1)
        return;
    if (m_sending.remove(index))
        QTimer::singleShot(0, this, &BatchRunner::pump);
}

void BatchRunner::onReplyFinished(int index)
{
    auto it = m_replies.find(index);
    if (it == m_replies.end())
        return;
    const Neon::PendingReply reply = std::move(it->second); // deleted after its finished()
    m_replies.erase(it);
    m_sending.remove(index);
    const BatchJob& job = m_jobs.at(index);
    --m_runningByProject[job.projectId];
    if (reply->ok())
        settle(index, BatchOutcome::Status::Done, job.noteOnSuccess ? job.noteOnSuccess(*reply) : QString());
    else
        settle(index, BatchOutcome::Status::Failed, reply->error().toUserText());
    pump();
}

void BatchRunner::settle(int index, BatchOutcome::Status status, const QString& message)
{
    BatchOutcome& o = m_outcomes[index];
    o.status = status;
    o.message = message;
    o.finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT jobFinished(index);
}

void BatchRunner::finishIfDone()
{
    if (m_finished || !m_started || finishedCount() < total())
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Models
