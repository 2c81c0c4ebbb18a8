// SPDX-License-Identifier: MIT
// Snapshots and backup schedules (Neon's Backup & Restore, beta): list, take, rename, delete,
// restore (in one step or as a preview finalized later) and the schedule of automatic ones.
#include "client.h"
#include "client_mutate.h"
#include "client_reads.h"
#include "codec.h"
#include "paths.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Neon {

namespace {
QString decodeOperations(const QJsonObject& o, SnapshotOperations& v)
{
    return Json::decodeListIn(o, "operations"_L1, v.operations);
}
QString projectPath(const QString& projectId, QLatin1StringView tail)
{
    return Paths::project(projectId) + tail;
}
QString snapshotPath(const QString& projectId, const QString& snapshotId, QLatin1StringView tail = {})
{
    return Paths::project(projectId) + u"/snapshots/"_s + Paths::segment(snapshotId) + tail;
}
} // namespace

Pending<QList<Snapshot>> Client::snapshots(const QString& projectId)
{
    return getList<Snapshot>({"GET", u"/projects/{project_id}/snapshots"_s, projectPath(projectId, "/snapshots"_L1), {}},
                             "snapshots"_L1);
}

Pending<SnapshotOperations> Client::createSnapshot(const QString& projectId, const QString& branchId, const SnapshotCreate& create)
{
    const QString description = u"POST /projects/{project_id}/branches/{branch_id}/snapshot"_s;
    if (!create.lsn.isEmpty() && create.timestamp.isValid())
        return rejected<SnapshotOperations>(description, QStringLiteral("Give either an LSN or a time for the snapshot, not both."));
    QUrlQuery query;
    if (!create.name.isEmpty())
        query.addQueryItem(u"name"_s, QString::fromUtf8(QUrl::toPercentEncoding(create.name)));
    if (create.expiresAt.isValid())
        query.addQueryItem(u"expires_at"_s, Json::timeToString(create.expiresAt));
    if (!create.lsn.isEmpty())
        query.addQueryItem(u"lsn"_s, create.lsn);
    if (create.timestamp.isValid())
        query.addQueryItem(u"timestamp"_s, Json::timeToString(create.timestamp));
    MutationSpec<SnapshotOperations> spec;
    spec.projectId = projectId;
    spec.route = {"POST", description, Paths::branch(projectId, branchId, "/snapshot"_L1), query};
    spec.decode = [](const HttpResult& res, SnapshotOperations& v) {
        QString error = Json::decodeIn(res.object, "snapshot"_L1, v.snapshot);
        return error.isEmpty() ? decodeOperations(res.object, v) : error;
    };
    spec.operationsOf = [](const SnapshotOperations& v) { return v.operations; };
    if (!create.name.isEmpty()) { // a lost answer: the named snapshot is there, or it was not taken
        const QString name = create.name;
        spec.reconcile = [this, projectId, name](Reply* r, std::function<void(Verdict, SnapshotOperations)> verdict) {
            const Route list{"GET", u"/projects/{project_id}/snapshots"_s, projectPath(projectId, "/snapshots"_L1), {}};
            send(r, list, nullptr, [name, verdict](const HttpResult& res) {
                QList<Snapshot> all;
                if (res.error.isError() || !Json::decodeListIn(res.object, "snapshots"_L1, all).isEmpty())
                    return verdict(Verdict::Unknown, {});
                const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Snapshot& s) { return s.name == name; });
                if (it == all.cend())
                    return verdict(Verdict::NotApplied, {});
                verdict(Verdict::Applied, {*it, {}});
            });
        };
    }
    return mutate(std::move(spec));
}

Pending<SnapshotOperations> Client::renameSnapshot(const QString& projectId, const QString& snapshotId, const QString& name)
{
    MutationSpec<SnapshotOperations> spec;
    spec.projectId = projectId;
    spec.route = {"PATCH", u"/projects/{project_id}/snapshots/{snapshot_id}"_s,
                  snapshotPath(projectId, snapshotId), {}};
    spec.body = QJsonObject{{"snapshot"_L1, QJsonObject{{"name"_L1, name}}}};
    spec.decode = [](const HttpResult& res, SnapshotOperations& v) { return Json::decodeIn(res.object, "snapshot"_L1, v.snapshot); };
    return mutate(std::move(spec)); // renaming twice does no harm: no read-back needed to send it again
}

Pending<SnapshotOperations> Client::deleteSnapshot(const QString& projectId, const QString& snapshotId)
{
    MutationSpec<SnapshotOperations> spec;
    spec.projectId = projectId;
    spec.route = {"DELETE", u"/projects/{project_id}/snapshots/{snapshot_id}"_s,
                  snapshotPath(projectId, snapshotId), {}};
    spec.decode = [](const HttpResult& res, SnapshotOperations& v) { return decodeOperations(res.object, v); };
    spec.operationsOf = [](const SnapshotOperations& v) { return v.operations; };
    spec.reconcile = [this, projectId, snapshotId](Reply* r, std::function<void(Verdict, SnapshotOperations)> verdict) {
        const Route list{"GET", u"/projects/{project_id}/snapshots"_s, projectPath(projectId, "/snapshots"_L1), {}};
        send(r, list, nullptr, [snapshotId, verdict](const HttpResult& res) {
            QList<Snapshot> all;
            if (res.error.isError() || !Json::decodeListIn(res.object, "snapshots"_L1, all).isEmpty())
                return verdict(Verdict::Unknown, {});
            const bool gone = std::none_of(all.cbegin(), all.cend(), [&](const Snapshot& s) { return s.id == snapshotId; });
            verdict(gone ? Verdict::Applied : Verdict::NotApplied, {});
        });
    };
    return mutate(std::move(spec));
}

Pending<BranchOperations> Client::restoreSnapshot(const QString& projectId, const QString& snapshotId, const SnapshotRestore& restore)
{
    QJsonObject body{{"finalize_restore"_L1, restore.finalize}};
    if (!restore.name.isEmpty())
        body.insert("name"_L1, restore.name);
    if (!restore.targetBranchId.isEmpty())
        body.insert("target_branch_id"_L1, restore.targetBranchId);
    MutationSpec<BranchOperations> spec;
    spec.projectId = projectId;
    spec.route = {"POST", u"/projects/{project_id}/snapshots/{snapshot_id}/restore"_s,
                  snapshotPath(projectId, snapshotId, "/restore"_L1), {}};
    spec.body = body;
    spec.decode = [](const HttpResult& res, BranchOperations& v) { return Json::decode(res.object, v); };
    spec.operationsOf = [](const BranchOperations& v) { return v.operations; };
    spec.branchToSettle = [](const BranchOperations& v) { return v.branch.id; };
    spec.applySettled = [](BranchOperations& v, const Branch& b) { v.branch = b; };
    return mutate(std::move(spec)); // a lost answer is reported: a second restore would make a second branch
}

Pending<SnapshotOperations> Client::finalizeRestore(const QString& projectId, const QString& branchId, const QString& oldBranchName)
{
    MutationSpec<SnapshotOperations> spec;
    spec.projectId = projectId;
    spec.route = {"POST", u"/projects/{project_id}/branches/{branch_id}/finalize_restore"_s,
                  Paths::branch(projectId, branchId, "/finalize_restore"_L1), {}};
    spec.body = oldBranchName.isEmpty() ? QJsonObject() : QJsonObject{{"name"_L1, oldBranchName}};
    spec.decode = [](const HttpResult& res, SnapshotOperations& v) { return decodeOperations(res.object, v); };
    spec.operationsOf = [](const SnapshotOperations& v) { return v.operations; };
    spec.reconcile = [this, projectId, branchId](Reply* r, std::function<void(Verdict, SnapshotOperations)> verdict) {
        send(r, {"GET", u"/projects/{project_id}/branches/{branch_id}"_s, Paths::branch(projectId, branchId), {}}, nullptr,
             [verdict](const HttpResult& res) {
                 BranchDetails details;
                 if (res.error.isError() || !Json::decode(res.object, details).isEmpty())
                     return verdict(Verdict::Unknown, {});
                 verdict(details.branch.restoreStatus == "finalized"_L1 ? Verdict::Applied : Verdict::NotApplied, {});
             });
    };
    return mutate(std::move(spec));
}

Pending<QList<BackupScheduleItem>> Client::backupSchedule(const QString& projectId, const QString& branchId)
{
    return getList<BackupScheduleItem>({"GET", u"/projects/{project_id}/branches/{branch_id}/backup_schedule"_s,
                                        Paths::branch(projectId, branchId, "/backup_schedule"_L1), {}},
                                       "schedule"_L1);
}

Pending<QList<BackupScheduleItem>> Client::setBackupSchedule(const QString& projectId, const QString& branchId,
                                                             const QList<BackupScheduleItem>& schedule)
{
    MutationSpec<QList<BackupScheduleItem>> spec;
    spec.projectId = projectId;
    const QString route = u"/projects/{project_id}/branches/{branch_id}/backup_schedule"_s;
    const QString path = Paths::branch(projectId, branchId, "/backup_schedule"_L1);
    spec.route = {"PUT", route, path, {}};
    spec.body = QJsonObject{{"schedule"_L1, Json::writeList(schedule)}};
    spec.decode = [schedule](const HttpResult&, QList<BackupScheduleItem>& v) {
        v = schedule; // the answer is empty: what was sent is what holds
        return QString();
    };
    spec.reconcile = [this, route, path, schedule](Reply* r, std::function<void(Verdict, QList<BackupScheduleItem>)> verdict) {
        send(r, {"GET", route, path, {}}, nullptr, [schedule, verdict](const HttpResult& res) {
            QList<BackupScheduleItem> current;
            if (res.error.isError() || !Json::decodeListIn(res.object, "schedule"_L1, current).isEmpty())
                return verdict(Verdict::Unknown, {});
            verdict(current == schedule ? Verdict::Applied : Verdict::NotApplied, current);
        });
    };
    return mutate(std::move(spec));
}

} // namespace Neon
