// SPDX-License-Identifier: MIT
// Restoring a snapshot into a new branch, finalizing it (it takes the original's name and
// computes; their connection strings now reach the restored data), and the backup schedules
// whose snapshots the sweep takes and lets expire.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"
#include "history.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

ApiResponse Api::restoreSnapshot(const ApiRequest& r, const QString& projectId, const QString& snapshotId)
{
    const SnapshotRecord* snapshot = findSnapshot(projectId, snapshotId);
    if (!snapshot)
        return error(404, u"snapshot not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    const QString targetId = body.value("target_branch_id"_L1).toString(snapshot->snapshot.sourceBranchId);
    const BranchRecord* target = liveBranch(projectId, targetId);
    if (!target)
        return error(404, u"target branch %1 not found (a snapshot restores into a branch of its project)"_s.arg(targetId));
    const bool finalize = body.value("finalize_restore"_L1).toBool(false);
    QString name = body.value("name"_L1).toString(r.query.queryItemValue(u"name"_s, QUrl::FullyDecoded));
    if (name.isEmpty())
        name = u"%1 (restored from %2)"_s.arg(target->branch.name, snapshot->snapshot.name).left(256);
    if (const QString p = nameProblem(name); !p.isEmpty())
        return error(400, p);
    if (m_state.findBranchByName(projectId, name))
        return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(name));

    const QDateTime t = now();
    BranchRecord restored = m_factory.branch(m_state, projectId, name, &snapshot->data, t);
    Branch& b = restored.branch;
    b.parentId.clear(); // made from stored data, not from another branch's history
    b.parentLsn.clear();
    b.parentTimestamp = {};
    b.restoreStatus = u"restored"_s;
    b.restoredFrom = snapshotId;
    b.restoredAs = targetId;
    if (m_data && !m_data->copyBranch(snapshot->data, restored, false, &problem))
        return error(500, u"the sandbox's PostgreSQL could not restore snapshot %1: %2"_s.arg(snapshot->snapshot.name, problem));
    m_state.branches.insert(b.id, restored);
    m_state.projects[projectId].branchIds.append(b.id);
    // A compute to inspect the restored data with; finalizing gives it to the replaced branch.
    const Project& project = m_state.projects.value(projectId).project;
    const Endpoint compute = m_factory.endpoint(project, b.id, u"read_write"_s, 0.25, 1, t);
    m_state.endpoints.insert(compute.id, compute);
    QStringList actions{u"create_timeline"_s, u"start_compute"_s};
    if (finalize) {
        if (std::optional<ApiResponse> failed = finalizeInto(projectId, b.id, QString(), &actions))
            return *failed;
    }
    ApiResponse out;
    out.mutated = true;
    const QList<Operation> ops = startOperations(projectId, b.id, actions);
    out.body = QJsonObject{{"branch"_L1, branchJson(m_state.branches.value(b.id))},
                           {"endpoints"_L1, Json::writeList(m_state.endpointsOf(b.id))},
                           {"operations"_L1, Json::writeList(ops)}};
    return out;
}

ApiResponse Api::finalizeRestore(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    const BranchRecord* restored = liveBranch(projectId, branchId);
    if (!restored)
        return error(404, u"branch not found"_s);
    if (restored->branch.restoreStatus != "restored"_L1)
        return error(400, u"branch %1 is not a restore from a snapshot waiting to be finalized (restore_status: %2)"_s.arg(
                              restored->branch.name, restored->branch.restoreStatus.isEmpty() ? u"none"_s
                                                                                              : restored->branch.restoreStatus));
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    QStringList actions;
    if (std::optional<ApiResponse> failed = finalizeInto(projectId, branchId, body.value("name"_L1).toString(), &actions))
        return *failed;
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"operations"_L1, Json::writeList(startOperations(projectId, branchId, actions))}};
    return out;
}

std::optional<ApiResponse> Api::finalizeInto(const QString& projectId, const QString& restoredId, QString oldName,
                                             QStringList* actions)
{
    BranchRecord& restored = m_state.branches[restoredId];
    const BranchRecord* originalRecord = liveBranch(projectId, restored.branch.restoredAs);
    if (!originalRecord)
        return error(409, u"the branch %1 replaces (%2) no longer exists: it cannot be finalized; delete it or keep it as it is"_s.arg(
                              restored.branch.name, restored.branch.restoredAs));
    BranchRecord& original = m_state.branches[originalRecord->branch.id];
    const QDateTime t = now();
    if (oldName.isEmpty())
        oldName = u"%1_old_%2"_s.arg(original.branch.name, t.toString(Qt::ISODate));
    if (const QString p = nameProblem(oldName); !p.isEmpty())
        return error(400, p);
    if (m_state.findBranchByName(projectId, oldName))
        return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(oldName));
    QString problem;
    if (m_data && !m_data->takeOver(restored, original, &problem))
        return error(500, u"the sandbox's PostgreSQL could not finalize %1: %2"_s.arg(restored.branch.name, problem));
    // The computes trade places: the original's (and their connection strings) now serve the restored data.
    for (Endpoint& e : m_state.endpoints) {
        if (e.projectId != projectId)
            continue;
        if (e.branchId == original.branch.id)
            e.branchId = restoredId, actions->append(u"apply_config"_s);
        else if (e.branchId == restoredId)
            e.branchId = original.branch.id;
    }
    restored.branch.name = original.branch.name;
    original.branch.name = oldName;
    std::swap(restored.branch.isDefault, original.branch.isDefault);
    std::swap(restored.isOriginalRoot, original.isOriginalRoot);
    std::swap(restored.branch.isProtected, original.branch.isProtected); // it now is the branch people rely on
    restored.branch.primary = restored.branch.isDefault;
    original.branch.primary = original.branch.isDefault;
    restored.branch.restoreStatus = u"finalized"_s;
    restored.branch.updatedAt = original.branch.updatedAt = t;
    return std::nullopt;
}

} // namespace Sandbox
