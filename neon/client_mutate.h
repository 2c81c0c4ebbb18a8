// SPDX-License-Identifier: MIT
#pragma once

// How the client runs a mutation (not part of the public API): the spec of one change, the
// per-project queue, the lost-answer reconciliation and the wait for its operations.

#include "client.h"
#include "codec.h"
#include "operationwaiter.h"

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

inline Error outcomeUnknown(const Error& cause)
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
    auto reply = makePending<T>(description);
    auto* r = reply.get();
    QMetaObject::invokeMethod(
        r, [r, message] { r->fail(Error::invalidArgument(message)); }, Qt::QueuedConnection);
    return reply;
}

template<typename T>
Pending<T> Client::mutate(MutationSpec<T> specIn)
{
    auto spec = std::make_shared<MutationSpec<T>>(std::move(specIn));
    auto reply = makePending<T>(routeLabel(spec->route.verb, spec->route.route));
    auto* r = reply.get();

    auto settle = [this, r, spec](T value) {
        if (m_config.batchedOperationPolling)
            r->markAccepted();
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
                r->reportProgress(QStringLiteral("the answer was lost; checking whether the change was made"));
                const Error cause = res.error;
                spec->reconcile(r, [r, settle, self, sends, maxSends, cause](Verdict verdict, T value) {
                    switch (verdict) {
                    case Verdict::Applied:
                        return settle(std::move(value));
                    case Verdict::NotApplied:
                        if (sends < maxSends) {
                            r->reportProgress(QStringLiteral("the change was not made; sending it again"));
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

} // namespace Neon
