// SPDX-License-Identifier: MIT
// Mutations: the lost-answer reconciliation and every branch-changing call (waiting for their
// operations is in client_operations.cpp; the per-project queue in client.cpp).
#include "client.h"

#include "client_mutate.h"
#include "paths.h"

using namespace Qt::StringLiterals;

namespace Neon {

Client::BranchReconcile Client::branchReadBack(const QString& projectId, const QString& branchId,
    std::function<Verdict(int status, const std::optional<Branch>&)> decide)
{
    return [this, projectId, branchId, decide](Reply* r, std::function<void(Verdict, BranchOperations)> verdict) {
        send(r, { "GET", u"/projects/{project_id}/branches/{branch_id}"_s, Paths::branch(projectId, branchId), {} },
            nullptr, [decide, verdict](const HttpResult& res) {
                std::optional<Branch> branch;
                BranchDetails details;
                if (!res.error.isError() && Json::decode(res.object, details).isEmpty())
                    branch = details.branch;
                BranchOperations value;
                value.alreadyGone = res.status == 404;
                if (branch)
                    value.branch = *branch;
                verdict(decide(res.status, branch), value);
            });
    };
}

Pending<CreatedBranch> Client::createBranch(const QString& projectId, const BranchCreateOptions& options)
{
    if (options.name.size() > 256)
        return rejected<CreatedBranch>(
            u"POST /projects/{project_id}/branches"_s, QStringLiteral("A branch name has at most 256 characters."));
    MutationSpec<CreatedBranch> spec;
    spec.projectId = projectId;
    spec.route
        = { "POST", u"/projects/{project_id}/branches"_s, Paths::project(projectId) + "/branches"_L1, {} };
    spec.body = Json::writeCreateRequest(options);
    spec.decode = [](const HttpResult& res, CreatedBranch& v) { return Json::decode(res.object, v); };
    spec.operationsOf = [](const CreatedBranch& v) { return v.operations; };
    spec.branchToSettle = [](const CreatedBranch& v) { return v.branch.id; };
    spec.applySettled = [](CreatedBranch& v, const Branch& b) { v.branch = b; };
    if (!options.name.isEmpty()) {
        const QString name = options.name;
        spec.reconcile = [this, projectId, name](Reply* r, std::function<void(Verdict, CreatedBranch)> verdict) {
            QUrlQuery q;
            q.addQueryItem(u"search"_s, name);
            q.addQueryItem(u"limit"_s, u"10000"_s);
            send(r,
                { "GET", u"/projects/{project_id}/branches"_s, Paths::project(projectId) + "/branches"_L1, q },
                nullptr, [name, verdict](const HttpResult& res) {
                    Json::BranchPage page;
                    if (res.error.isError() || !Json::decode(res.object, page).isEmpty())
                        return verdict(Verdict::Unknown, {});
                    for (const Branch& b : std::as_const(page.list.branches)) {
                        if (b.name == name) {
                            CreatedBranch created;
                            created.branch = b;
                            return verdict(Verdict::Applied, created);
                        }
                    }
                    verdict(Verdict::NotApplied, {});
                });
        };
    }
    return mutate(std::move(spec));
}

static bool sameInstant(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return std::abs(a.secsTo(b)) <= 1;
}

Pending<BranchOperations> Client::updateBranch(
    const QString& projectId, const QString& branchId, const BranchUpdate& update)
{
    const QString description = u"PATCH /projects/{project_id}/branches/{branch_id}"_s;
    if (update.name && (update.name->isEmpty() || update.name->size() > 256))
        return rejected<BranchOperations>(description, QStringLiteral("A branch name has 1 to 256 characters."));
    if (update.expiresAt.isValid() && update.expiresAt > QDateTime::currentDateTimeUtc().addDays(30))
        return rejected<BranchOperations>(description, QStringLiteral("An expiration can be at most 30 days ahead."));
    MutationSpec<BranchOperations> spec;
    spec.projectId = projectId;
    spec.route = { "PATCH", description, Paths::branch(projectId, branchId), {} };
    spec.body = Json::writeUpdateRequest(update);
    spec.decode = [](const HttpResult& res, BranchOperations& v) { return Json::decode(res.object, v); };
    spec.operationsOf = [](const BranchOperations& v) { return v.operations; };
    spec.branchToSettle = [](const BranchOperations& v) { return v.branch.id; };
    spec.applySettled = [](BranchOperations& v, const Branch& b) { v.branch = b; };
    spec.reconcile = branchReadBack(projectId, branchId, [update](int, const std::optional<Branch>& b) {
        if (!b)
            return Verdict::Unknown;
        const bool applied = (!update.name || b->name == *update.name)
            && (!update.isProtected || b->isProtected == *update.isProtected)
            && (!update.clearExpiration || !b->expiresAt.isValid())
            && (!update.expiresAt.isValid() || sameInstant(b->expiresAt, update.expiresAt));
        return applied ? Verdict::Applied : Verdict::NotApplied;
    });
    return mutate(std::move(spec));
}

Pending<BranchOperations> Client::deleteBranch(const QString& projectId, const QString& branchId, bool hardDelete)
{
    MutationSpec<BranchOperations> spec;
    spec.projectId = projectId;
    QUrlQuery q;
    if (hardDelete)
        q.addQueryItem(u"hard_delete"_s, u"true"_s);
    spec.route = { "DELETE", u"/projects/{project_id}/branches/{branch_id}"_s, Paths::branch(projectId, branchId), q };
    spec.decode = [](const HttpResult& res, BranchOperations& v) {
        if (res.status == 204) { // already gone: an empty body by design
            v.alreadyGone = true;
            return QString();
        }
        return Json::decode(res.object, v);
    };
    spec.operationsOf = [](const BranchOperations& v) { return v.operations; };
    spec.reconcile = branchReadBack(projectId, branchId, [](int status, const std::optional<Branch>& b) {
        if (status == 404)
            return Verdict::Applied;
        // Still there: DELETE is idempotent, so sending it again is safe.
        return b ? Verdict::NotApplied : Verdict::Unknown;
    });
    return mutate(std::move(spec));
}

Pending<BranchOperations> Client::restoreBranch(
    const QString& projectId, const QString& branchId, const BranchRestore& restore)
{
    const QString description = u"POST /projects/{project_id}/branches/{branch_id}/restore"_s;
    if (restore.sourceBranchId.isEmpty())
        return rejected<BranchOperations>(description, QStringLiteral("Choose the branch to restore from."));
    if (!restore.sourceLsn.isEmpty() && restore.sourceTimestamp.isValid())
        return rejected<BranchOperations>(
            description, QStringLiteral("Give either an LSN or a timestamp to restore to, not both."));
    if (restore.sourceBranchId == branchId
        && ((restore.sourceLsn.isEmpty() && !restore.sourceTimestamp.isValid()) || restore.preserveUnderName.isEmpty()))
        return rejected<BranchOperations>(description,
            QStringLiteral("Restoring a branch to its own history needs a point in time "
                           "and a name for the backup."));
    MutationSpec<BranchOperations> spec;
    spec.projectId = projectId;
    spec.route = { "POST", description, Paths::branch(projectId, branchId, "/restore"_L1), {} };
    spec.body = Json::writeRestoreRequest(restore);
    spec.decode = [](const HttpResult& res, BranchOperations& v) { return Json::decode(res.object, v); };
    spec.operationsOf = [](const BranchOperations& v) { return v.operations; };
    spec.branchToSettle = [](const BranchOperations& v) { return v.branch.id; };
    spec.applySettled = [](BranchOperations& v, const Branch& b) { v.branch = b; };
    const QDateTime sentAround = QDateTime::currentDateTimeUtc();
    spec.reconcile = branchReadBack(projectId, branchId, [sentAround](int, const std::optional<Branch>& b) {
        if (!b)
            return Verdict::Unknown;
        // A restore in progress, or one stamped since we sent ours (a minute of clock skew allowed).
        const bool applied = b->state() == BranchState::Resetting
            || (b->lastResetAt.isValid() && b->lastResetAt >= sentAround.addSecs(-60));
        return applied ? Verdict::Applied : Verdict::NotApplied;
    });
    return mutate(std::move(spec));
}

Pending<BranchOperations> Client::resetFromParent(
    const QString& projectId, const QString& branchId, const QString& preserveUnderName)
{
    auto reply = makePending<BranchOperations>(u"reset from parent"_s);
    auto* r = reply.get();
    send(r, { "GET", u"/projects/{project_id}/branches/{branch_id}"_s, Paths::branch(projectId, branchId), {} }, nullptr,
        [this, r, projectId, branchId, preserveUnderName](const HttpResult& res) {
            if (res.error.isError())
                return r->fail(res.error);
            BranchDetails details;
            if (const QString error = Json::decode(res.object, details); !error.isEmpty())
                return r->fail(Error::decode(error));
            const Branch& b = details.branch;
            if (b.parentId.isEmpty())
                return r->fail(Error::invalidArgument(
                    QStringLiteral("%1 is a root branch%2: it has no parent to reset from.")
                        .arg(b.name, b.isSchemaOnly() ? QStringLiteral(" (schema-only)") : QString())));
            if (b.isRestricted(u"restore"_s))
                return r->fail(Error::invalidArgument(
                    QStringLiteral("%1 cannot be reset: anonymized branches cannot be restored.").arg(b.name)));
            BranchRestore restore;
            restore.sourceBranchId = b.parentId;
            restore.preserveUnderName = preserveUnderName;
            Pending<BranchOperations> inner = restoreBranch(projectId, branchId, restore);
            Result<BranchOperations>* in = inner.get();
            connect(in, &Reply::progress, r, &Reply::reportProgress);
            connect(in, &Reply::finished, r, [r, in] {
                if (!in->ok())
                    return r->fail(in->error());
                r->succeed(in->value());
            });
            r->setStep(std::move(inner));
        });
    return reply;
}

Pending<BranchOperations> Client::setDefaultBranch(const QString& projectId, const QString& branchId)
{
    MutationSpec<BranchOperations> spec;
    spec.projectId = projectId;
    spec.route = { "POST", u"/projects/{project_id}/branches/{branch_id}/set_as_default"_s,
        Paths::branch(projectId, branchId, "/set_as_default"_L1), {} };
    spec.decode = [](const HttpResult& res, BranchOperations& v) { return Json::decode(res.object, v); };
    spec.operationsOf = [](const BranchOperations& v) { return v.operations; };
    spec.reconcile = branchReadBack(projectId, branchId, [](int, const std::optional<Branch>& b) {
        if (!b)
            return Verdict::Unknown;
        return b->isDefault ? Verdict::Applied : Verdict::NotApplied;
    });
    return mutate(std::move(spec));
}

Pending<BranchOperations> Client::recoverBranch(const QString& projectId, const QString& branchId)
{
    MutationSpec<BranchOperations> spec;
    spec.projectId = projectId;
    spec.route = { "POST", u"/projects/{project_id}/branches/{branch_id}/recover"_s,
        Paths::branch(projectId, branchId, "/recover"_L1), {} };
    spec.decode = [](const HttpResult& res, BranchOperations& v) { return Json::decode(res.object, v); };
    spec.reconcile = branchReadBack(projectId, branchId, [](int status, const std::optional<Branch>& b) {
        if (status == 404)
            return Verdict::NotApplied;
        return b ? Verdict::Applied : Verdict::Unknown;
    });
    return mutate(std::move(spec));
}

} // namespace Neon
