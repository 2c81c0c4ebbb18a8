// SPDX-License-Identifier: MIT
// Restoring a branch from another branch's head (POST …/restore) with Neon's rules, status
// codes and messages, optionally keeping the old state as a new branch.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"
#include "history.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

/// What a restore request asks for, read and checked.
struct Api::RestoreRequest
{
    const BranchRecord* target = nullptr;
    const BranchRecord* source = nullptr;
    QString preserveUnderName; ///< the name the old state lives on under; empty: it is dropped
    QStringList children; ///< the target's live children, which move under the preserved branch
    HistoryPoint point; ///< where in the source's history; empty: its head
};

ApiResponse Api::restoreBranch(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    RestoreRequest request;
    if (std::optional<ApiResponse> refused = readRestoreRequest(r, projectId, branchId, &request))
        return *refused;

    const QDateTime t = now();
    const BranchRecord sourceCopy = *request.source;
    BranchRecord& record = m_state.branches[branchId];
    std::optional<BranchRecord> backup;
    if (!request.preserveUnderName.isEmpty()) {
        backup = record;
        backup->branch.id = m_factory.branchId();
    }
    DataPlane::PastCopy reached;
    if (m_data) {
        // Real databases first; the metadata follows only when they are in place.
        BranchRecord replaced = record;
        QString dataError;
        const bool ok = request.point.isHead()
            ? m_data->replaceBranch(sourceCopy, replaced, backup ? &*backup : nullptr, &dataError)
            : m_data->replaceBranchAt(sourceCopy, request.point, replaced, backup ? &*backup : nullptr, &reached, &dataError);
        if (!ok)
            return error(500, u"the sandbox's PostgreSQL could not restore %1: %2"_s.arg(record.branch.name, dataError));
        record.databases = replaced.databases;
        record.eras = replaced.eras;
    }
    if (backup)
        keepAsBackup(projectId, branchId, *backup, request, t); // may move `record`: look it up again below
    BranchRecord& restored = m_state.branches[branchId];
    resetToSource(restored, sourceCopy, t);
    if (!request.point.isHead()) { // it now starts at that moment of the source
        restored.branch.parentLsn = request.point.lsn.isEmpty() ? reached.reachedLsn : request.point.lsn;
        restored.branch.parentTimestamp = request.point.time.isValid() ? request.point.time : reached.reachedTime;
    }
    const QList<Operation> ops = startOperations(projectId, branchId, {u"create_timeline"_s});
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(restored)}, {"operations"_L1, Json::writeList(ops)}};
    return out;
}

std::optional<ApiResponse> Api::readRestoreRequest(const ApiRequest& r, const QString& projectId,
                                                   const QString& branchId, RestoreRequest* request) const
{
    const BranchRecord* target = liveBranch(projectId, branchId);
    if (!target)
        return error(404, u"branch not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    const QString sourceId = body.value("source_branch_id"_L1).toString();
    const QString sourceLsn = body.value("source_lsn"_L1).toString();
    const QString sourceTimestamp = body.value("source_timestamp"_L1).toString();
    HistoryPoint point;
    if (std::optional<ApiResponse> refused = readPoint(sourceLsn, sourceTimestamp, u"source_lsn"_s, u"source_timestamp"_s, &point))
        return refused;
    const QString preserve = body.value("preserve_under_name"_L1).toString();
    if (sourceId.isEmpty())
        return error(400, u"source_branch_id is required"_s);
    if (target->branch.isRestricted(u"restore"_s))
        return error(400, u"cannot restore anonymized branches"_s);
    const bool self = sourceId == branchId;
    if (self && ((sourceLsn.isEmpty() && sourceTimestamp.isEmpty()) || preserve.isEmpty()))
        return error(400, u"restoring a branch to its own history requires source_lsn or source_timestamp, "
                          "and preserve_under_name"_s);
    const BranchRecord* source = liveBranch(projectId, sourceId);
    if (!source)
        return error(404, u"source branch %1 not found"_s.arg(sourceId));
    if (std::optional<ApiResponse> refused = pointProblem(projectId, *source, point))
        return refused;
    if (target->branch.isProtected && sourceId == target->branch.parentId)
        return error(400, u"cannot reset protected branch %1 from its parent"_s.arg(target->branch.name));
    // Neon's rule (doc:guides/reset-from-parent.md): a day after a restore from a snapshot.
    if (sourceId == target->branch.parentId && !source->branch.restoreStatus.isEmpty()
        && source->branch.createdAt.addSecs(86400) > now())
        return error(400, u"branch %1 was restored from a snapshot at %2: its children can be reset from it 24 hours "
                          "later, from %3"_s.arg(source->branch.name, Json::timeToString(source->branch.createdAt),
                                                 Json::timeToString(source->branch.createdAt.addSecs(86400))));
    const QStringList children = m_state.childrenOf(branchId);
    if (!children.isEmpty() && preserve.isEmpty())
        return error(400, u"branch %1 has children: preserve_under_name is required, and the children move under "
                          "the preserved branch"_s.arg(target->branch.name));
    if (!preserve.isEmpty()) {
        if (const QString p = nameProblem(preserve); !p.isEmpty())
            return error(400, p);
        if (m_state.findBranchByName(projectId, preserve))
            return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(preserve));
    }
    *request = RestoreRequest{target, source, preserve, children, point};
    return std::nullopt;
}

void Api::keepAsBackup(const QString& projectId, const QString& branchId, BranchRecord backup,
                       const RestoreRequest& request, const QDateTime& t)
{
    // The old state lives on as a new branch, which becomes the target's parent and adopts the
    // target's children.
    backup.branch.name = request.preserveUnderName;
    backup.branch.isDefault = false;
    backup.branch.primary = false;
    backup.branch.isProtected = false;
    backup.branch.expiresAt = QDateTime();
    backup.branch.ttlIntervalSeconds.reset();
    backup.branch.createdAt = backup.branch.updatedAt = backup.branch.stateChangedAt = t;
    backup.isOriginalRoot = false;
    backup.annotation.clear();
    for (DatabaseRecord& d : backup.databases)
        d.database.branchId = backup.branch.id;
    for (Role& role : backup.roles)
        role.branchId = backup.branch.id;
    for (const QString& child : request.children) {
        m_state.branches[child].branch.parentId = backup.branch.id;
        m_state.branches[child].branch.updatedAt = t;
    }
    m_state.branches.insert(backup.branch.id, backup);
    m_state.projects[projectId].branchIds.append(backup.branch.id);
    BranchRecord& record = m_state.branches[branchId]; // the insert may have moved it
    record.branch.parentId = backup.branch.id;
    record.isOriginalRoot = false;
}

void Api::resetToSource(BranchRecord& record, const BranchRecord& source, const QDateTime& t)
{
    if (!m_data) { // metadata only: the source's databases are copied as they are
        record.databases = source.databases;
        for (DatabaseRecord& d : record.databases)
            d.database.branchId = record.branch.id;
    }
    record.branch.logicalSize = m_data ? m_data->sizeOf(record) : source.branch.logicalSize;
    record.branch.currentState = u"resetting"_s;
    record.branch.pendingState = u"ready"_s;
    record.branch.stateChangedAt = t;
    record.branch.lastResetAt = t;
    record.branch.updatedAt = t;
    if (record.branch.ttlIntervalSeconds) // a reset restarts the TTL
        record.branch.expiresAt = t.addSecs(*record.branch.ttlIntervalSeconds);
}

} // namespace Sandbox
