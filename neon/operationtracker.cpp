// SPDX-License-Identifier: MIT
#include "operationtracker.h"

#include "codec.h"
#include "paths.h"

using namespace Qt::StringLiterals;

namespace Neon {

namespace {
/// The longest pause between two polls, as a multiple of the first one.
constexpr int maxIntervalFactor = 8;
/// The list's page: room for the outstanding operations and for others started meanwhile.
int listLimit(qsizetype outstanding)
{
    return int(std::clamp<qsizetype>(outstanding * 4 + 20, 50, 1000));
}
} // namespace

OperationTracker::OperationTracker(CallFactory factory, int pollIntervalMs, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_pollIntervalMs(std::max(1, pollIntervalMs))
{
}

OperationTracker::~OperationTracker() = default;

OperationTracker::Project& OperationTracker::project(const QString& projectId)
{
    std::shared_ptr<Project>& p = m_projects[projectId];
    if (!p) {
        p = std::make_shared<Project>();
        p->timer.setSingleShot(true);
        p->intervalMs = m_pollIntervalMs;
        connect(&p->timer, &QTimer::timeout, this, [this, projectId] { poll(projectId); });
    }
    return *p;
}

void OperationTracker::watch(const QString& projectId, const QList<Operation>& operations)
{
    Project& p = project(projectId);
    for (const Operation& op : operations) {
        if (p.watchers[op.id]++ == 0 || !p.operations.contains(op.id))
            p.operations.insert(op.id, op);
    }
    p.intervalMs = m_pollIntervalMs; // new work: look soon again
    if (!p.call && !p.busy)
        schedule(projectId, p);
}

void OperationTracker::unwatch(const QString& projectId, const QList<Operation>& operations)
{
    auto it = m_projects.find(projectId);
    if (it == m_projects.end())
        return;
    Project& p = **it;
    for (const Operation& op : operations) {
        if (--p.watchers[op.id] <= 0) {
            p.watchers.remove(op.id);
            p.operations.remove(op.id);
            p.unlisted.removeAll(op.id);
        }
    }
    if (p.watchers.isEmpty() && !p.busy && !p.call && !p.timer.isActive())
        m_projects.erase(it);
}

std::optional<Operation> OperationTracker::latest(const QString& projectId, const QString& operationId) const
{
    const std::shared_ptr<Project> p = m_projects.value(projectId);
    if (!p || !p->operations.contains(operationId))
        return std::nullopt;
    return p->operations.value(operationId);
}

void OperationTracker::setBusy(const QString& projectId, bool busy)
{
    Project& p = project(projectId);
    if (p.busy == busy)
        return;
    p.busy = busy;
    if (busy) {
        p.timer.stop();
    } else if (!p.call) {
        p.intervalMs = m_pollIntervalMs;
        schedule(projectId, p);
    }
}

int OperationTracker::typicalDurationMs(int fallbackMs) const
{
    return m_typicalMs < 0 ? fallbackMs : int(m_typicalMs);
}

void OperationTracker::cancel()
{
    for (const std::shared_ptr<Project>& p : std::as_const(m_projects)) {
        p->timer.stop();
        p->call.reset();
    }
}

QStringList OperationTracker::outstanding(const Project& p) const
{
    QStringList out;
    for (auto it = p.operations.cbegin(); it != p.operations.cend(); ++it) {
        if (!it->isTerminal())
            out.append(it.key());
    }
    return out;
}

void OperationTracker::schedule(const QString& projectId, Project& p)
{
    Q_UNUSED(projectId)
    if (outstanding(p).isEmpty() || p.busy)
        return;
    p.timer.start(p.intervalMs);
}

void OperationTracker::poll(const QString& projectId)
{
    Project& p = project(projectId);
    const QStringList open = outstanding(p);
    if (open.isEmpty() || p.call)
        return;
    QString single;
    if (open.size() == 1)
        single = open.first();
    else if (!p.unlisted.isEmpty() && open.contains(p.unlisted.first()))
        single = p.unlisted.takeFirst(); // older than the list's page: asked for by itself
    if (!single.isEmpty())
        pollOne(projectId, p, single);
    else
        pollList(projectId, p, open);
}

void OperationTracker::pollOne(const QString& projectId, Project& p, const QString& operationId)
{
    p.call = m_factory(u"/projects/{project_id}/operations/{operation_id}"_s,
                       Paths::project(projectId) + "/operations/"_L1 + Paths::segment(operationId), {});
    if (!p.call)
        return afterPoll(projectId, Error::cancelled(QStringLiteral("the client was closed")));
    connect(p.call.get(), &HttpCall::done, this, [this, projectId](const HttpResult& res) {
        if (res.error.isError())
            return afterPoll(projectId, res.error);
        Operation op;
        if (const QString error = Json::decodeIn(res.object, "operation"_L1, op); !error.isEmpty())
            return afterPoll(projectId, Error::decode(error));
        record(project(projectId), op);
        afterPoll(projectId, Error());
    });
    p.call->start();
}

void OperationTracker::pollList(const QString& projectId, Project& p, const QStringList& open)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(listLimit(open.size())));
    p.call = m_factory(u"/projects/{project_id}/operations"_s, Paths::project(projectId) + "/operations"_L1, query);
    if (!p.call)
        return afterPoll(projectId, Error::cancelled(QStringLiteral("the client was closed")));
    connect(p.call.get(), &HttpCall::done, this, [this, projectId, open](const HttpResult& res) {
        if (res.error.isError())
            return afterPoll(projectId, res.error);
        OperationPage page;
        if (const QString error = Json::decode(res.object, page); !error.isEmpty())
            return afterPoll(projectId, Error::decode(error));
        Project& p = project(projectId);
        QSet<QString> listed;
        for (const Operation& op : std::as_const(page.operations)) {
            if (p.operations.contains(op.id)) {
                record(p, op);
                listed.insert(op.id);
            }
        }
        for (const QString& id : open) {
            if (!listed.contains(id) && !p.unlisted.contains(id))
                p.unlisted.append(id);
        }
        afterPoll(projectId, Error());
    });
    p.call->start();
}

void OperationTracker::record(Project& p, const Operation& op)
{
    const Operation before = p.operations.value(op.id);
    p.operations.insert(op.id, op);
    if (!before.isTerminal() && op.isTerminal() && op.createdAt.isValid() && op.updatedAt.isValid()) {
        const double ms = double(std::max<qint64>(0, op.createdAt.msecsTo(op.updatedAt)));
        m_typicalMs = m_typicalMs < 0 ? ms : 0.7 * m_typicalMs + 0.3 * ms;
    }
}

void OperationTracker::afterPoll(const QString& projectId, const Error& error)
{
    Project& p = project(projectId);
    // The call may be the sender of the signal being delivered: it goes from the event loop.
    if (p.call)
        p.call.release()->deleteLater();
    const bool stillRunning = !outstanding(p).isEmpty();
    if (stillRunning)
        p.intervalMs = std::min(p.intervalMs * 2, m_pollIntervalMs * maxIntervalFactor);
    Q_EMIT updated(projectId, error);
    // Watchers may have gone in updated(): look the project up again.
    auto it = m_projects.find(projectId);
    if (it == m_projects.end())
        return;
    if (error.isError() && error.kind == Error::Kind::Cancelled)
        return;
    if ((*it)->watchers.isEmpty() && !(*it)->busy) {
        m_projects.erase(it);
        return;
    }
    schedule(projectId, **it);
}

} // namespace Neon
