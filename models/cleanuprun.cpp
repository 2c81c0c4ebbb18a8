// SPDX-License-Identifier: MIT
#include "cleanuprun.h"

#include "formatting.h"

#include "csv.h"

#include <neon/client.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cleanup)
};

QList<BatchJob> deletionJobs(Neon::Client* client, const CleanupPlan& plan)
{
    // A branch waits for its planned children: their deletions come first in the project's order.
    QHash<QString, QStringList> plannedChildren;
    for (const CleanupEntry& e : plan.entries) {
        if (e.deletes() && !e.parentId.isEmpty())
            plannedChildren[e.parentId].append(e.branchId);
    }
    QList<BatchJob> jobs;
    for (const QString& projectId : plan.projectsWithDeletions()) {
        for (const CleanupEntry& e : plan.deletionOrder(projectId)) {
            BatchJob job;
            job.key = e.branchId;
            job.projectId = e.projectId;
            job.projectName = e.projectName;
            job.branchId = e.branchId;
            job.branchName = e.branchName;
            job.after = plannedChildren.value(e.branchId);
            job.acceptedIsEnough = true; // Neon checks a parent's children when its DELETE arrives
            job.start = [client, projectId = e.projectId, branchId = e.branchId]() -> Neon::PendingReply {
                return client->deleteBranch(projectId, branchId);
            };
            job.noteOnSuccess = [](const Neon::Reply& reply) {
                const auto& r = static_cast<const Neon::Result<Neon::BranchOperations>&>(reply);
                return r.value().alreadyGone ? Text::tr("it was already gone") : QString();
            };
            jobs.append(std::move(job));
        }
    }
    return jobs;
}

QJsonObject entryJson(const CleanupEntry& e)
{
    QJsonObject o{{u"project_id"_s, e.projectId},
                  {u"project_name"_s, e.projectName},
                  {u"branch_id"_s, e.branchId},
                  {u"branch_name"_s, e.branchName},
                  {u"parent_id"_s, e.parentId.isEmpty() ? QJsonValue() : QJsonValue(e.parentId)},
                  {u"depth"_s, e.depth},
                  {u"action"_s, e.deletes() ? u"delete"_s : u"keep"_s},
                  {u"guard"_s, guardName(e.guard)},
                  {u"matched"_s, e.matched},
                  {u"reason"_s, e.reason},
                  {u"idle_days"_s, e.idleDays},
                  {u"last_activity"_s, Formatting::isoUtc(e.lastActivity)},
                  {u"created_at"_s, Formatting::isoUtc(e.createdAt)}};
    if (e.deletes())
        o.insert(u"order"_s, e.order);
    return o;
}

QJsonObject planHeader(const CleanupPlan& plan)
{
    return {{u"generated_at"_s, Formatting::isoUtc(plan.now)},
            {u"criteria"_s, plan.criteria.toJson()},
            {u"summary"_s, QJsonObject{{u"delete"_s, plan.deleteCount()},
                                       {u"keep"_s, plan.keepCount()},
                                       {u"branches"_s, int(plan.entries.size())}}}};
}

const QStringList csvColumns{u"project_id"_s, u"project_name"_s, u"branch_id"_s, u"branch_name"_s, u"parent_id"_s,
                             u"action"_s, u"guard"_s, u"reason"_s, u"idle_days"_s, u"last_activity"_s, u"created_at"_s};

QStringList csvRow(const CleanupEntry& e)
{
    return {e.projectId, e.projectName, e.branchId, e.branchName, e.parentId, e.deletes() ? u"delete"_s : u"keep"_s,
            guardName(e.guard), e.reason, QString::number(e.idleDays), Formatting::isoUtc(e.lastActivity), Formatting::isoUtc(e.createdAt)};
}

} // namespace

QString outcomeName(CleanupReport::Outcome outcome)
{
    switch (outcome) {
    case CleanupReport::Outcome::Deleted: return u"deleted"_s;
    case CleanupReport::Outcome::Failed: return u"failed"_s;
    case CleanupReport::Outcome::Skipped: return u"skipped"_s;
    case CleanupReport::Outcome::Kept: return u"kept"_s;
    case CleanupReport::Outcome::Waiting: return u"waiting"_s;
    case CleanupReport::Outcome::Recovered: return u"recovered"_s;
    }
    return {};
}

CleanupReport::Outcome CleanupReport::outcomeOf(const CleanupEntry& e) const
{
    if (!e.deletes())
        return Outcome::Kept;
    switch (outcomes.value(e.branchId).status) {
    case BatchOutcome::Status::Done: return recovered.contains(e.branchId) ? Outcome::Recovered : Outcome::Deleted;
    case BatchOutcome::Status::Failed: return Outcome::Failed;
    case BatchOutcome::Status::Skipped: return Outcome::Skipped;
    case BatchOutcome::Status::Waiting:
    case BatchOutcome::Status::Running: break;
    }
    return Outcome::Waiting;
}

QString CleanupReport::messageOf(const CleanupEntry& e) const
{
    if (const QDateTime at = recovered.value(e.branchId); at.isValid() && e.deletes())
        return Text::tr("deleted, then recovered %1").arg(Formatting::localShort(at));
    const QString message = e.deletes() ? outcomes.value(e.branchId).message : QString();
    return message.isEmpty() ? e.reason : message;
}

QDateTime CleanupReport::recoverableUntil(const CleanupEntry& e) const
{
    if (outcomeOf(e) != Outcome::Deleted)
        return {};
    const QDateTime at = outcomes.value(e.branchId).finishedAt;
    return at.isValid() ? at.addDays(7) : QDateTime();
}

int CleanupReport::count(Outcome outcome) const
{
    return int(std::count_if(plan.entries.cbegin(), plan.entries.cend(),
                             [this, outcome](const CleanupEntry& e) { return outcomeOf(e) == outcome; }));
}

int CleanupReport::exitCode() const
{
    const int planned = plan.deleteCount();
    const int deletedCount = count(Outcome::Deleted);
    if (deletedCount == planned)
        return 0;
    return deletedCount > 0 ? 1 : 2;
}

QList<CleanupEntry> CleanupReport::deleted() const
{
    QList<CleanupEntry> out;
    for (const CleanupEntry& e : plan.entries) {
        if (outcomeOf(e) == Outcome::Deleted)
            out.append(e);
    }
    return out;
}

CleanupRun::CleanupRun(Neon::Client* client, CleanupPlan plan, int maxParallelProjects, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_runner(deletionJobs(client, m_plan), maxParallelProjects)
{
    connect(&m_runner, &BatchRunner::jobFinished, this, [this] { Q_EMIT progress(m_runner.finishedCount(), m_runner.total()); });
    connect(&m_runner, &BatchRunner::finished, this, &CleanupRun::finished);
}

CleanupReport CleanupRun::report() const
{
    CleanupReport r;
    r.plan = m_plan;
    for (int i = 0; i < m_runner.total(); ++i)
        r.outcomes.insert(m_runner.jobs().at(i).branchId, m_runner.outcomes().at(i));
    r.cancelled = m_runner.wasCancelled();
    r.elapsedMs = m_runner.elapsedMs();
    return r;
}

QByteArray planToJson(const CleanupPlan& plan)
{
    QJsonObject root = planHeader(plan);
    QJsonArray branches;
    for (const CleanupEntry& e : plan.entries)
        branches.append(entryJson(e));
    root.insert(u"branches"_s, branches);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray planToCsv(const CleanupPlan& plan)
{
    QByteArray out = csvLine(csvColumns);
    for (const CleanupEntry& e : plan.entries)
        out += csvLine(csvRow(e));
    return out;
}

QByteArray reportToJson(const CleanupReport& report)
{
    QJsonObject root = planHeader(report.plan);
    root.insert(u"cancelled"_s, report.cancelled);
    root.insert(u"elapsed_ms"_s, report.elapsedMs);
    QJsonObject counts;
    for (auto o : {CleanupReport::Outcome::Deleted, CleanupReport::Outcome::Failed, CleanupReport::Outcome::Skipped,
                   CleanupReport::Outcome::Kept, CleanupReport::Outcome::Waiting, CleanupReport::Outcome::Recovered})
        counts.insert(outcomeName(o), report.count(o));
    root.insert(u"outcomes"_s, counts);
    QJsonArray branches;
    for (const CleanupEntry& e : report.plan.entries) {
        QJsonObject o = entryJson(e);
        o.insert(u"outcome"_s, outcomeName(report.outcomeOf(e)));
        o.insert(u"message"_s, report.messageOf(e));
        if (const BatchOutcome b = report.outcomes.value(e.branchId); b.finishedAt.isValid())
            o.insert(u"finished_at"_s, Formatting::isoUtc(b.finishedAt));
        if (const QDateTime at = report.recovered.value(e.branchId); at.isValid())
            o.insert(u"recovered_at"_s, Formatting::isoUtc(at));
        branches.append(o);
    }
    root.insert(u"branches"_s, branches);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray reportToCsv(const CleanupReport& report)
{
    QByteArray out = csvLine(csvColumns + QStringList{u"outcome"_s, u"message"_s});
    for (const CleanupEntry& e : report.plan.entries)
        out += csvLine(csvRow(e) + QStringList{outcomeName(report.outcomeOf(e)), report.messageOf(e)});
    return out;
}

} // namespace Models
