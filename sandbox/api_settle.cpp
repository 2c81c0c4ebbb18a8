// SPDX-License-Identifier: MIT
// Timed state changes of the sandbox's Neon API: operations finishing, TTL expiry, purging of
// soft-deleted branches, branch sizes; and the two ways a branch is deleted.
#include "api.h"

#include "dataplane.h"

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

bool Api::settle()
{
    const QDateTime t = now();
    bool changed = settleOperations(t);
    // Suspended computes wake on a connection: a look at the server's sessions, 4 times a second at most.
    if (!m_lastWakeCheck.isValid() || m_lastWakeCheck.msecsTo(t) >= 250) {
        m_lastWakeCheck = t;
        changed |= wakeOnConnections(t);
    }
    // The expiry sweep looks at every branch: once a second is plenty (Neon's is not exact either).
    if (!m_lastSweep.isValid() || m_lastSweep.msecsTo(t) >= 1000) {
        m_lastSweep = t;
        changed |= sweepExpired(t);
        changed |= sweepSnapshots(t);
    }
    // Branch sizes follow what people write into the databases, like Neon's logical_size.
    if (m_data && (!m_lastSizeRefresh.isValid() || m_lastSizeRefresh.secsTo(t) >= 10)) {
        m_lastSizeRefresh = t;
        changed |= refreshSizes();
    }
    // History older than every restore window goes; fresh base backups keep recovery short.
    if (m_data && (!m_lastHistoryCare.isValid() || m_lastHistoryCare.msecsTo(t) >= 1000)) {
        m_lastHistoryCare = t;
        careForHistory(false);
    }
    if (changed)
        m_branchBytes.clear();
    return changed;
}

bool Api::settleOperations(const QDateTime& t)
{
    if (m_state.operationFinishAt.isEmpty())
        return false;
    QSet<QString> touchedBranches;
    QSet<QString> stillRunningBranches;
    bool changed = false;
    for (auto it = m_state.operationFinishAt.begin(); it != m_state.operationFinishAt.end();) {
        Operation& op = m_state.operations[it.key()];
        if (it.value() <= t) {
            op.status = u"finished"_s;
            op.updatedAt = it.value();
            op.totalDurationMs = op.createdAt.msecsTo(it.value());
            touchedBranches.insert(op.branchId);
            it = m_state.operationFinishAt.erase(it);
            changed = true;
            continue;
        }
        if (op.status == "scheduling"_L1 && op.createdAt.msecsTo(t) * 4 >= m_options.operationDurationMs) {
            op.status = u"running"_s;
            op.updatedAt = t;
            changed = true;
        }
        stillRunningBranches.insert(op.branchId);
        ++it;
    }
    for (const QString& branchId : std::as_const(touchedBranches)) {
        if (stillRunningBranches.contains(branchId))
            continue;
        const auto rec = m_state.branches.find(branchId);
        if (rec == m_state.branches.end())
            continue;
        Branch& b = rec->branch;
        if (!b.pendingState.isEmpty()) {
            b.currentState = b.pendingState;
            b.pendingState.clear();
            b.stateChangedAt = t;
        }
        for (Endpoint& e : m_state.endpoints) {
            if (e.branchId == branchId && !e.pendingState.isEmpty()) {
                e.currentState = e.pendingState;
                e.pendingState.clear();
                e.updatedAt = t;
                if (e.currentState == "active"_L1)
                    e.startedAt = e.lastActive = t, e.suspendedAt = QDateTime();
                else if (e.currentState == "idle"_L1)
                    e.suspendedAt = t;
            }
        }
    }
    return changed;
}

bool Api::sweepExpired(const QDateTime& t)
{
    // The background job of Neon: expired branches are deleted (recoverably, by "ttl"), and
    // soft-deleted branches past their recovery window are purged.
    QStringList expire, purge;
    for (const BranchRecord& r : std::as_const(m_state.branches)) {
        if (r.isDeleted()) {
            if (r.branch.recovery->recoverableUntil <= t)
                purge.append(r.branch.id);
        } else if (r.branch.expiresAt.isValid() && r.branch.expiresAt <= t && m_state.childrenOf(r.branch.id).isEmpty()
                   && !isLocked(r.branch.projectId)) {
            expire.append(r.branch.id);
        }
    }
    QStringList purgeProjects; // deleted projects past their recovery window go for good
    for (const ProjectRecord& p : std::as_const(m_state.projects)) {
        if (p.project.deletedAt.isValid() && p.project.recoverableUntil <= t)
            purgeProjects.append(p.project.id);
    }
    for (const QString& id : std::as_const(purgeProjects))
        purgeProject(id);
    for (const QString& id : std::as_const(expire))
        softDelete(m_state.branches[id], u"ttl"_s);
    for (const QString& id : std::as_const(purge))
        hardDelete(id);
    return !expire.isEmpty() || !purge.isEmpty();
}

bool Api::refreshSizes()
{
    const QHash<QString, qint64> sizes = m_data->databaseSizes();
    bool changed = false;
    for (BranchRecord& r : m_state.branches) {
        qint64 total = 0;
        bool known = false;
        for (const DatabaseRecord& d : std::as_const(r.databases)) {
            const auto it = sizes.constFind(d.physical);
            if (it != sizes.cend()) {
                total += *it;
                known = true;
            }
        }
        if (known && r.branch.logicalSize != total) {
            r.branch.logicalSize = total;
            changed = true;
        }
    }
    return changed;
}

void Api::softDelete(BranchRecord& record, const QString& method)
{
    const QDateTime t = now();
    BranchRecovery recovery;
    recovery.deletedAt = t;
    recovery.recoverableUntil = t.addDays(7);
    recovery.deletionMethod = method;
    record.branch.recovery = recovery;
    record.branch.updatedAt = t;
    for (Endpoint& e : m_state.endpoints) {
        if (e.branchId == record.branch.id) {
            e.currentState = u"idle"_s;
            e.pendingState.clear();
            e.suspendedAt = t;
        }
    }
}

void Api::hardDelete(const QString& branchId)
{
    const auto it = m_state.branches.find(branchId);
    if (it == m_state.branches.end())
        return;
    if (m_data) {
        QString error;
        if (!m_data->dropBranch(*it, &error))
            qWarning("canopy-sandbox: could not drop the databases of %s: %s", qPrintable(it->branch.name), qPrintable(error));
    }
    m_state.projects[it->branch.projectId].branchIds.removeAll(branchId);
    for (auto e = m_state.endpoints.begin(); e != m_state.endpoints.end();)
        e = e->branchId == branchId ? m_state.endpoints.erase(e) : std::next(e);
    m_state.branches.erase(it);
}

} // namespace Sandbox
