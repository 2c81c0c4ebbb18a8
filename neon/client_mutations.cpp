// SPDX-License-Identifier: MIT
// Mutations: per-project serialization, the lost-answer reconciliation, and operation waiting.
#include "client.h"
#include "codec.h"
#include "paths.h"
#include "operationwaiter.h"

using namespace Qt::StringLiterals;

namespace Neon {

enum class Verdict
{
    Applied,
    NotApplied,
    Unknown
};

template<typename T>
struct MutationSpec
{
    QString projectId;
    Client::Route route;
    std::optional<QJsonObject> body;
    std::function<QString(const HttpResult&, T&)> decode;
    std::function<QList<Operation>(const T&)> operationsOf;
    std::function<QString(const T&)> branchToSettle; ///< empty: do not wait for the branch
    std::function<void(T&, const Branch&)> applySettled;
    /// Reads the resource back after a lost answer and says whether the change happened.
    std::function<void(Reply*, std::function<void(Verdict, T)>)> reconcile;
};

static Error outcomeUnknown(const Error& cause)
{
    Error e = cause;
    e.kind = Error::Kind::OutcomeUnknown;
    e.retryable = false;
    if (e.message.isEmpty())
        e.message = QStringLiteral("the answer was lost.");
    else if (!e.message.endsWith(QLatin1Char('.')))
        e.message += QLatin1Char('.');
    return e;
}

template<typename T>
Pending<T> Client::rejected(const QString& description, const QString& message)
{
    auto reply = std::make_unique<Result<T>>(description);
    auto* r = reply.get();
    QMetaObject::invokeMethod(
        r, [r, message] { r->fail(Error::invalidArgument(message)); }, Qt::QueuedConnection);
    return reply;
}

template<typename T>
Pending<T> Client::mutate(MutationSpec<T> specIn)
{
    auto spec = std::make_shared<MutationSpec<T>>(std::move(specIn));
    auto reply = std::make_unique<Result<T>>(routeLabel(spec->route.verb, spec->route.route));
    auto* r = reply.get();

    auto settle = [this, r, spec](T value) {
        const QList<Operation> ops = spec->operationsOf ? spec->operationsOf(value) : QList<Operation>();
        const QString branchId = spec->branchToSettle ? spec->branchToSettle(value) : QString();
        if (ops.isEmpty() && branchId.isEmpty())
            return r->succeed(std::move(value));
        std::unique_ptr<OperationWaiter> waiter = makeWaiter(r, spec->projectId, ops, branchId);
        OperationWaiter* w = waiter.get();
        connect(w, &OperationWaiter::done, r, [r, w, spec, value](const Error& error) mutable {
            if (error.isError())
                return r->fail(error);
            if (w->settledBranch() && spec->applySettled)
                spec->applySettled(value, *w->settledBranch());
            r->succeed(std::move(value));
        });
        r->setStep(std::move(waiter));
        w->start();
    };

    // `sends` counts how often the request went out; after a lost answer it is sent again only
    // when reading back proved it was not applied, and at most maxAttempts times in all.
    const int maxSends = std::max(1, m_config.transport.maxAttempts);
    auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [this, r, spec, settle, maxSends, weak = std::weak_ptr(attempt)](int sends) {
        auto self = weak.lock();
        const QJsonObject* body = spec->body ? &*spec->body : nullptr;
        send(r, spec->route, body, [r, spec, settle, self, sends, maxSends](const HttpResult& res) {
            if (res.outcomeUnknown) {
                if (!spec->reconcile)
                    return r->fail(outcomeUnknown(res.error));
                Q_EMIT r->progress(QStringLiteral("the answer was lost; checking whether the change was made"));
                const Error cause = res.error;
                spec->reconcile(r, [r, settle, self, sends, maxSends, cause](Verdict verdict, T value) {
                    switch (verdict) {
                    case Verdict::Applied:
                        return settle(std::move(value));
                    case Verdict::NotApplied:
                        if (sends < maxSends) {
                            Q_EMIT r->progress(QStringLiteral("the change was not made; sending it again"));
                            return (*self)(sends + 1);
                        }
                        return r->fail(outcomeUnknown(cause));
                    case Verdict::Unknown:
                        return r->fail(outcomeUnknown(cause));
                    }
                });
                return;
            }
            if (res.error.isError())
                return r->fail(res.error);
            T value;
            if (const QString error = spec->decode(res, value); !error.isEmpty())
                return r->fail(Error::decode(error));
            settle(std::move(value));
        });
    };
    enqueueMutation(spec->projectId, r, [attempt] { (*attempt)(1); });
    return reply;
}

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

Pending<CreatedBranch> Client::createAnonymizedBranch(const QString& projectId, const AnonymizedBranchCreate& request)
{
    MutationSpec<CreatedBranch> spec;
    spec.projectId = projectId;
    spec.route = { "POST", u"/projects/{project_id}/branch_anonymized"_s,
        Paths::project(projectId) + "/branch_anonymized"_L1, {} };
    spec.body = Json::writeAnonymizedCreateRequest(request);
    spec.decode = [](const HttpResult& res, CreatedBranch& v) { return Json::decode(res.object, v); };
    spec.operationsOf = [](const CreatedBranch& v) { return v.operations; };
    spec.branchToSettle = [](const CreatedBranch& v) { return v.branch.id; };
    spec.applySettled = [](CreatedBranch& v, const Branch& b) { v.branch = b; };
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
    auto reply = std::make_unique<Result<BranchOperations>>(u"reset from parent"_s);
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
            connect(in, &Reply::progress, r, &Reply::progress);
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

Pending<QList<MaskingRule>> Client::setMaskingRules(
    const QString& projectId, const QString& branchId, const QList<MaskingRule>& rules)
{
    MutationSpec<QList<MaskingRule>> spec;
    spec.projectId = projectId;
    const QString route = u"/projects/{project_id}/branches/{branch_id}/masking_rules"_s;
    const QString path = Paths::branch(projectId, branchId, "/masking_rules"_L1);
    spec.route = { "PATCH", route, path, {} };
    spec.body = QJsonObject { { "masking_rules"_L1, Json::writeList(rules) } };
    spec.decode = [](const HttpResult& res, QList<MaskingRule>& v) {
        return Json::decodeListIn(res.object, "masking_rules"_L1, v);
    };
    // PATCH replaces the whole list, so comparing the list read back decides.
    spec.reconcile = [this, route, path, rules](Reply* r, std::function<void(Verdict, QList<MaskingRule>)> verdict) {
        send(r, { "GET", route, path, {} }, nullptr, [rules, verdict](const HttpResult& res) {
            QList<MaskingRule> current;
            if (res.error.isError() || !Json::decodeListIn(res.object, "masking_rules"_L1, current).isEmpty())
                return verdict(Verdict::Unknown, {});
            verdict(current == rules ? Verdict::Applied : Verdict::NotApplied, current);
        });
    };
    return mutate(std::move(spec));
}

Pending<AnonymizationStatus> Client::startAnonymization(const QString& projectId, const QString& branchId)
{
    MutationSpec<AnonymizationStatus> spec;
    spec.projectId = projectId;
    spec.route = { "POST", u"/projects/{project_id}/branches/{branch_id}/anonymize"_s,
        Paths::branch(projectId, branchId, "/anonymize"_L1), {} };
    spec.decode = [](const HttpResult& res, AnonymizationStatus& v) { return Json::decodeIn(res.object, {}, v); };
    spec.reconcile = [this, projectId, branchId](Reply* r, std::function<void(Verdict, AnonymizationStatus)> verdict) {
        send(r,
            { "GET", u"/projects/{project_id}/branches/{branch_id}/anonymized_status"_s,
                Paths::branch(projectId, branchId, "/anonymized_status"_L1), {} },
            nullptr, [verdict](const HttpResult& res) {
                AnonymizationStatus status;
                if (res.error.isError() || !Json::decodeIn(res.object, {}, status).isEmpty())
                    return verdict(Verdict::Unknown, {});
                verdict(status.state == "anonymizing"_L1 ? Verdict::Applied : Verdict::Unknown, status);
            });
    };
    return mutate(std::move(spec));
}

std::unique_ptr<OperationWaiter> Client::makeWaiter(
    Reply* reply, const QString& projectId, const QList<Operation>& operations, const QString& branchId)
{
    auto waiter = std::make_unique<OperationWaiter>(
        [client = QPointer<Client>(this)](const QString& route, const QString& path) {
            return client && !client->m_closing ? client->makeCall({ "GET", route, path, {} })
                                                : std::unique_ptr<HttpCall>();
        },
        projectId, operations, branchId, m_config.pollIntervalMs, m_config.settleTimeoutMs);
    connect(this, &Client::closing, waiter.get(), &OperationWaiter::cancel);
    connect(waiter.get(), &OperationWaiter::progress, reply, &Reply::progress);
    return waiter;
}

Pending<QList<Operation>> Client::waitForOperations(
    const QString& projectId, const QList<Operation>& operations, const QString& branchId)
{
    auto reply = std::make_unique<Result<QList<Operation>>>(u"wait for operations"_s);
    auto* r = reply.get();
    std::unique_ptr<OperationWaiter> waiter = makeWaiter(r, projectId, operations, branchId);
    OperationWaiter* w = waiter.get();
    connect(w, &OperationWaiter::done, r, [r, w](const Error& error) {
        if (error.isError())
            return r->fail(error);
        r->succeed(w->operations());
    });
    r->setStep(std::move(waiter));
    w->start();
    return reply;
}

} // namespace Neon
