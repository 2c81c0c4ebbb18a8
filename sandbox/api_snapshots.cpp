// SPDX-License-Identifier: MIT
// Snapshots (Neon's Backup & Restore, beta): a root branch's databases copied at a moment and
// kept without a compute; restored into a new branch that can be inspected first and finalized
// later, when it takes the original's name and computes.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"
#include "history.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
/// Manual snapshots a project may keep (https://neon.com/docs/guides/backup-restore, read
/// 2026-12-03: "1 on the Free plan and 10 on paid plans"); schedule-made ones do not count.
int manualSnapshotLimit(const QString& plan)
{
    return plan == "free"_L1 ? 1 : 10;
}
QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}
} // namespace

ApiResponse Api::createSnapshot(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    const BranchRecord* source = liveBranch(projectId, branchId);
    if (!source)
        return error(404, u"branch not found"_s);
    if (!source->branch.isRoot())
        return error(400, u"snapshots can be taken of root branches only: %1 is a child of %2"_s.arg(
                              source->branch.name, m_state.branches.value(source->branch.parentId).branch.name));
    HistoryPoint point;
    if (std::optional<ApiResponse> refused = readPoint(r.query.queryItemValue(u"lsn"_s), r.query.queryItemValue(u"timestamp"_s),
                                                       u"lsn"_s, u"timestamp"_s, &point))
        return *refused;
    if (std::optional<ApiResponse> refused = pointProblem(projectId, *source, point))
        return *refused;
    QDateTime expiresAt;
    if (const QString expires = r.query.queryItemValue(u"expires_at"_s); !expires.isEmpty()) {
        expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (!expiresAt.isValid() || !expires.contains(u'T'))
            return error(400, u"expires_at must be an RFC 3339 timestamp such as 2024-02-26T12:00:00Z"_s);
        if (expiresAt <= now())
            return error(400, u"expires_at must be in the future"_s);
    }
    const QString plan = planOf(m_state.projects.value(projectId).project.orgId);
    const qsizetype manual = std::count_if(m_state.snapshots.cbegin(), m_state.snapshots.cend(), [&](const SnapshotRecord& s) {
        return s.projectId == projectId && s.snapshot.manual.value_or(true);
    });
    if (manual >= manualSnapshotLimit(plan))
        return error(422, u"snapshot limit reached: the %1 plan keeps %2 manual snapshots per project; delete one first "
                          "(scheduled snapshots do not count)"_s.arg(plan).arg(manualSnapshotLimit(plan)));
    SnapshotRecord snapshot;
    QString problem;
    if (!takeSnapshot(projectId, *source, r.query.queryItemValue(u"name"_s, QUrl::FullyDecoded), point, true, &snapshot, &problem))
        return error(500, u"the sandbox's PostgreSQL could not take the snapshot of %1: %2"_s.arg(source->branch.name, problem));
    snapshot.snapshot.expiresAt = expiresAt.toUTC();
    m_state.snapshots.insert(snapshot.snapshot.id, snapshot);
    const QList<Operation> ops = startOperations(projectId, branchId, {u"create_timeline"_s});
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"snapshot"_L1, Json::write(snapshot.snapshot)}, {"operations"_L1, Json::writeList(ops)}};
    return out;
}

bool Api::takeSnapshot(const QString& projectId, const BranchRecord& source, const QString& name, const HistoryPoint& point,
                       bool manual, SnapshotRecord* snapshot, QString* problem)
{
    const QDateTime t = now();
    snapshot->projectId = projectId;
    snapshot->data = m_factory.branch(m_state, projectId, source.branch.name, &source, t);
    snapshot->data.branch.id = u"snap-"_s + m_factory.branchId().mid(3);
    Snapshot& s = snapshot->snapshot;
    s.id = snapshot->data.branch.id;
    s.sourceBranchId = source.branch.id;
    s.createdAt = t;
    s.manual = manual;
    s.timestamp = point.time.isValid() ? point.time : t;
    s.name = name.isEmpty() ? u"%1 %2"_s.arg(source.branch.name, stamp(s.timestamp)) : name;
    if (!m_data) {
        s.fullSize = source.branch.logicalSize.value_or(0);
        return true;
    }
    DataPlane::PastCopy reached;
    const bool ok = point.isHead() ? m_data->copyBranch(source, snapshot->data, false, problem)
                                   : m_data->copyBranchAt(source, point, snapshot->data, false, &reached, problem);
    if (!ok)
        return false;
    s.lsn = point.isHead() ? m_data->currentLsn() : (point.lsn.isEmpty() ? reached.reachedLsn : point.lsn);
    if (!point.isHead() && !point.time.isValid())
        s.timestamp = reached.reachedTime;
    s.fullSize = m_data->sizeOf(snapshot->data);
    return true;
}

ApiResponse Api::listSnapshots(const QString& projectId) const
{
    QList<Snapshot> list;
    for (const SnapshotRecord& s : std::as_const(m_state.snapshots)) {
        if (s.projectId == projectId)
            list.append(s.snapshot);
    }
    std::sort(list.begin(), list.end(), [](const Snapshot& a, const Snapshot& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id < b.id; // newest first
    });
    ApiResponse out;
    out.body = QJsonObject{{"snapshots"_L1, Json::writeList(list)}};
    return out;
}

SnapshotRecord* Api::findSnapshot(const QString& projectId, const QString& snapshotId)
{
    const auto it = m_state.snapshots.find(snapshotId);
    return it == m_state.snapshots.end() || it->projectId != projectId ? nullptr : &*it;
}

ApiResponse Api::updateSnapshot(const ApiRequest& r, const QString& projectId, const QString& snapshotId)
{
    SnapshotRecord* snapshot = findSnapshot(projectId, snapshotId);
    if (!snapshot)
        return error(404, u"snapshot not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (!body.value("snapshot"_L1).isObject())
        return error(400, u"snapshot is required: {\"snapshot\": {\"name\": \"…\"}}"_s);
    const QJsonValue name = body.value("snapshot"_L1).toObject().value("name"_L1);
    if (!name.isUndefined()) {
        if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 256)
            return error(400, u"snapshot.name must be a text of 1 to 256 characters"_s);
        snapshot->snapshot.name = name.toString();
    }
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"snapshot"_L1, Json::write(snapshot->snapshot)}};
    return out;
}

ApiResponse Api::deleteSnapshot(const QString& projectId, const QString& snapshotId)
{
    SnapshotRecord* snapshot = findSnapshot(projectId, snapshotId);
    if (!snapshot)
        return error(404, u"snapshot not found"_s);
    QString problem;
    if (m_data && !m_data->dropBranch(snapshot->data, &problem))
        return error(500, u"the sandbox's PostgreSQL could not drop snapshot %1: %2"_s.arg(snapshot->snapshot.name, problem));
    const QString source = snapshot->snapshot.sourceBranchId;
    m_state.snapshots.remove(snapshotId);
    ApiResponse out;
    out.status = 202;
    out.mutated = true;
    const bool sourceLives = liveBranch(projectId, source) != nullptr;
    out.body = QJsonObject{{"operations"_L1, Json::writeList(startOperations(projectId, sourceLives ? source : QString(),
                                                                             {u"delete_timeline"_s}))}};
    return out;
}

} // namespace Sandbox
