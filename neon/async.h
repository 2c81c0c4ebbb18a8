// SPDX-License-Identifier: MIT
#pragma once

#include "reply.h"

#include <functional>
#include <optional>
#include <tuple>

/// Small combinators over pending calls, so that callers wait for several calls, or reshape a
/// result, without hand-written bookkeeping. Every combinator owns the calls it is given:
/// dropping its handle cancels them all.
namespace Neon {

namespace Detail {
/// Keeps the inner calls of a combinator alive as the outer handle's step.
template<typename... T>
struct CallHolder : QObject
{
    explicit CallHolder(Pending<T>... inner) : calls(std::move(inner)...) { }
    std::tuple<Pending<T>...> calls;
};
} // namespace Detail

/// Completes when every one of `calls` has: with all their values when all succeeded; as soon as
/// one fails, with that call's error (the others are cancelled then).
template<typename... T>
Pending<std::tuple<T...>> whenAll(const QString& description, Pending<T>... calls)
{
    auto out = makePending<std::tuple<T...>>(description);
    auto holder = std::make_unique<Detail::CallHolder<T...>>(std::move(calls)...);
    Result<std::tuple<T...>>* r = out.get();
    Detail::CallHolder<T...>* h = holder.get();
    auto settle = [r, h] {
        if (r->isFinished())
            return;
        const Reply* failed = nullptr;
        bool all = true;
        std::apply([&](const auto&... c) {
            ((c->isFinished() ? (!failed && !c->ok() ? void(failed = c.get()) : void()) : void(all = false)), ...);
        }, h->calls);
        if (failed) {
            const Error error = failed->error();
            r->setStep(nullptr); // cancel the rest; the failed one may be emitting: its deleter waits
            return r->fail(error);
        }
        if (all)
            r->succeed(std::apply([](auto&... c) { return std::tuple<T...>(std::move(c->mutableValue())...); }, h->calls));
    };
    std::apply([&](const auto&... c) { (QObject::connect(c.get(), &Reply::finished, r, settle), ...); }, holder->calls);
    r->setStep(std::move(holder));
    return out;
}

/// A call that always succeeds: with the value, or nullopt when the inner call failed (for data
/// that is nice to have, such as the computes' activity beside a branch list).
template<typename T>
Pending<std::optional<T>> optional(Pending<T> call)
{
    auto out = makePending<std::optional<T>>(call->description());
    Result<std::optional<T>>* r = out.get();
    Result<T>* inner = call.get();
    QObject::connect(inner, &Reply::finished, r, [r, inner] {
        r->succeed(inner->ok() ? std::optional<T>(std::move(inner->mutableValue())) : std::nullopt);
    });
    r->setStep(std::make_unique<Detail::CallHolder<T>>(std::move(call)));
    return out;
}

/// The call's value turned into another: `convert` fills `out` and returns an error (Kind::None
/// for success). The inner call's own error passes through unchanged.
template<typename U, typename T>
Pending<U> transformed(Pending<T> call, const QString& description, std::function<Error(T& value, U& out)> convert)
{
    auto out = makePending<U>(description);
    Result<U>* r = out.get();
    Result<T>* inner = call.get();
    QObject::connect(inner, &Reply::finished, r, [r, inner, convert = std::move(convert)] {
        if (!inner->ok())
            return r->fail(inner->error());
        U value {};
        const Error error = convert(inner->mutableValue(), value);
        if (error.isError())
            return r->fail(error);
        r->succeed(std::move(value));
    });
    r->setStep(std::make_unique<Detail::CallHolder<T>>(std::move(call)));
    return out;
}

/// A handle that fails with `error` from the event loop (so the caller can connect first).
template<typename T>
Pending<T> failed(const QString& description, const Error& error)
{
    auto out = makePending<T>(description);
    QMetaObject::invokeMethod(out.get(), [r = out.get(), error] { r->fail(error); }, Qt::QueuedConnection);
    return out;
}

/// The call, then the call `next` makes from its value; completes with the second call's outcome.
/// Either call's error passes through; `next` may return failed<U>(…) to stop.
template<typename U, typename T>
Pending<U> chained(Pending<T> call, const QString& description, std::function<Pending<U>(T& value)> next)
{
    auto out = makePending<U>(description);
    Result<U>* r = out.get();
    Result<T>* first = call.get();
    QObject::connect(first, &Reply::finished, r, [r, first, next = std::move(next)] {
        if (!first->ok())
            return r->fail(first->error());
        Pending<U> second = next(first->mutableValue());
        Result<U>* s = second.get();
        QObject::connect(s, &Reply::progress, r, &Reply::reportProgress);
        QObject::connect(s, &Reply::finished, r, [r, s] {
            if (!s->ok())
                return r->fail(s->error());
            r->succeed(std::move(s->mutableValue()));
        });
        r->setStep(std::make_unique<Detail::CallHolder<U>>(std::move(second))); // the first is emitting: deleted after
    });
    r->setStep(std::make_unique<Detail::CallHolder<T>>(std::move(call)));
    return out;
}

} // namespace Neon
