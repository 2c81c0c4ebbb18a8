// SPDX-License-Identifier: MIT
// Branch mutations with Neon's rules, status codes and messages: rename, protect and expire;
// delete, set as default, recover. Creating and restoring have their own files.
#include "api.h"

#include "api_params.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

ApiResponse Api::updateBranch(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (!body.value("branch"_L1).isObject())
        return error(400, u"request body must contain \"branch\""_s);
    const QJsonObject patch = body.value("branch"_L1).toObject();
    BranchRecord& record = m_state.branches[branchId];
    Branch& b = record.branch;
    const bool hasChildren = !m_state.childrenOf(branchId).isEmpty();
    const bool becomesProtected = patch.contains("protected"_L1) ? patch.value("protected"_L1).toBool() : b.isProtected;

    if (patch.contains("name"_L1)) {
        const QString name = patch.value("name"_L1).toString();
        if (const QString p = nameProblem(name); !p.isEmpty())
            return error(400, p);
        const BranchRecord* other = m_state.findBranchByName(projectId, name);
        if (other && other->branch.id != branchId)
            return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(name));
    }
    if (patch.contains("protected"_L1) && !patch.value("protected"_L1).isBool())
        return error(400, u"protected must be true or false"_s);
    QDateTime expiresAt = b.expiresAt;
    if (patch.contains("expires_at"_L1)) {
        if (patch.value("expires_at"_L1).isNull()) {
            expiresAt = QDateTime();
        } else {
            expiresAt = Json::timeFromString(patch.value("expires_at"_L1).toString());
            if (const QString p = expiryProblem(expiresAt); !p.isEmpty())
                return error(400, p);
            if (b.isDefault)
                return error(400, u"the default branch cannot have an expiration time"_s);
            if (hasChildren)
                return error(400, u"branches with children cannot have an expiration time"_s);
        }
    }
    if (expiresAt.isValid() && becomesProtected)
        return error(400, u"protected branches cannot have an expiration time"_s);

    if (patch.contains("name"_L1))
        b.name = patch.value("name"_L1).toString();
    b.isProtected = becomesProtected;
    if (patch.contains("expires_at"_L1)) {
        b.expiresAt = expiresAt;
        b.ttlIntervalSeconds = expiresAt.isValid() ? std::optional<qint64>(now().secsTo(expiresAt)) : std::nullopt;
    }
    b.updatedAt = now();
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(record)}, {"operations"_L1, QJsonArray()}};
    return out;
}

ApiResponse Api::deleteBranch(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    const BranchRecord* existing = liveBranch(projectId, branchId);
    const bool hard = r.query.queryItemValue(u"hard_delete"_s) == "true"_L1;
    if (!existing) {
        // Already gone. A soft-deleted branch can still be removed for good.
        const auto it = m_state.branches.constFind(branchId);
        if (hard && it != m_state.branches.cend() && it->branch.projectId == projectId) {
            hardDelete(branchId);
            ApiResponse out;
            out.status = 204;
            out.noBody = true;
            out.mutated = true;
            return out;
        }
        ApiResponse out;
        out.status = 204;
        out.noBody = true;
        return out;
    }
    const Branch& b = existing->branch;
    if (b.isDefault)
        return error(400, u"cannot delete the project's default branch %1"_s.arg(b.name));
    if (existing->isOriginalRoot)
        return error(400, u"cannot delete the project's root branch %1"_s.arg(b.name));
    if (b.isProtected)
        return error(400, u"cannot delete protected branch %1; unprotect it first"_s.arg(b.name));
    if (const QStringList children = m_state.childrenOf(branchId); !children.isEmpty())
        return error(400, u"cannot delete branch %1: it has %2 child branch(es); delete them first"_s.arg(b.name, QString::number(children.size())));

    BranchRecord& record = m_state.branches[branchId];
    QStringList actions;
    if (!m_state.endpointsOf(branchId).isEmpty())
        actions.append(u"suspend_compute"_s);
    actions.append(u"delete_timeline"_s);
    const QList<Operation> ops = startOperations(projectId, branchId, actions);
    softDelete(record, u"user"_s);
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(record)}, {"operations"_L1, Json::writeList(ops)}};
    if (hard)
        hardDelete(branchId);
    return out;
}

ApiResponse Api::setDefault(const QString& projectId, const QString& branchId)
{
    const BranchRecord* target = liveBranch(projectId, branchId);
    if (!target)
        return error(404, u"branch not found"_s);
    if (target->branch.expiresAt.isValid())
        return error(400, u"a branch with an expiration time cannot be the default branch"_s);
    const QDateTime t = now();
    for (const BranchRecord* b : m_state.branchesOf(projectId)) {
        Branch& branch = m_state.branches[b->branch.id].branch;
        const bool isTarget = branch.id == branchId;
        if (branch.isDefault != isTarget) {
            branch.isDefault = isTarget;
            branch.primary = isTarget;
            branch.updatedAt = t;
        }
    }
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(m_state.branches[branchId])}, {"operations"_L1, QJsonArray()}};
    return out;
}

ApiResponse Api::recoverBranch(const QString& projectId, const QString& branchId)
{
    const auto it = m_state.branches.find(branchId);
    if (it == m_state.branches.end() || it->branch.projectId != projectId)
        return error(404, u"branch not found"_s);
    if (!it->isDeleted())
        return error(400, u"branch %1 is not deleted"_s.arg(it->branch.name));
    if (m_state.findBranchByName(projectId, it->branch.name))
        return error(409, u"branch with the provided name \"%1\" already exists"_s.arg(it->branch.name));
    if (!it->branch.parentId.isEmpty() && !liveBranch(projectId, it->branch.parentId))
        return error(400, u"cannot recover %1: its parent branch is deleted; recover the parent first"_s.arg(it->branch.name));
    Branch& b = it->branch;
    b.recovery.reset();
    b.expiresAt = QDateTime(); // TTL branches come back without a TTL
    b.ttlIntervalSeconds.reset();
    b.updatedAt = now();
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"branch"_L1, branchJson(*it)}, {"endpoints"_L1, Json::writeList(m_state.endpointsOf(branchId))}};
    return out;
}

} // namespace Sandbox
