// SPDX-License-Identifier: MIT
#pragma once

// The client's generic read helpers, shared by its source files (not part of the public API).

#include "client.h"
#include "codec.h"

namespace Neon {

template<typename T>
Pending<T> Client::get(const Route& route, std::function<QString(const QJsonObject&, T&)> decode)
{
    auto reply = makePending<T>(routeLabel(route.verb, route.route));
    Result<T>* r = reply.get();
    send(r, route, nullptr, [r, decode = std::move(decode)](const HttpResult& result) {
        if (result.error.isError())
            return r->fail(result.error);
        T value;
        const QString error = decode(result.object, value);
        if (!error.isEmpty())
            return r->fail(Error::decode(error));
        r->succeed(std::move(value));
    });
    return reply;
}

template<typename T>
Pending<QList<T>> Client::getList(const Route& route, QLatin1StringView key)
{
    return get<QList<T>>(route, [key](const QJsonObject& o, QList<T>& out) { return Json::decodeListIn(o, key, out); });
}

template<typename T, typename Page>
Pending<T> Client::walkPages(const Route& first, std::function<QString(const QJsonObject&, Page&)> decode,
    std::function<QString(T&, const Page&)> absorb)
{
    auto reply = makePending<T>(routeLabel(first.verb, first.route));
    auto* r = reply.get();
    // The page fetcher is kept alive by the callback of the call in flight, not by itself.
    auto fetch = std::make_shared<std::function<void(const QString&)>>();
    *fetch = [this, r, first, decode, absorb, weak = std::weak_ptr(fetch)](const QString& cursor) {
        Route route = first;
        if (!cursor.isEmpty())
            route.query.addQueryItem(QStringLiteral("cursor"), cursor);
        send(r, route, nullptr, [r, decode, absorb, self = weak.lock()](const HttpResult& res) {
            if (res.error.isError())
                return r->fail(res.error);
            Page page;
            if (const QString error = decode(res.object, page); !error.isEmpty())
                return r->fail(Error::decode(error));
            const QString next = absorb(r->mutableValue(), page);
            if (next.isEmpty())
                return r->succeed(std::move(r->mutableValue()));
            (*self)(next);
        });
    };
    (*fetch)(QString());
    return reply;
}

} // namespace Neon
