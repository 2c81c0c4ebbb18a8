// SPDX-License-Identifier: MIT
#include "client.h"

#include "codec.h"
#include "logging.h"
#include "operationtracker.h"
#include "paths.h"

#include <QHostAddress>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttp1Configuration>
#endif
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Neon {

QString routeLabel(const QByteArray& verb, const QString& route)
{
    return QString::fromLatin1(verb) + QLatin1Char(' ') + route;
}

Client::Client(ClientConfig config, QObject* parent) : QObject(parent), m_config(std::move(config))
{
    m_scheduler.policy = m_config.transport;
    m_nam.setAutoDeleteReplies(false);
    // QNAM sends raw headers (our Authorization) again on a redirect: only to the same scheme,
    // host and port, or the API key would go wherever a server points.
    m_nam.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_authorization = "Bearer " + m_config.apiKey.toUtf8();
    m_tracker = std::make_unique<OperationTracker>(
        [client = QPointer<Client>(this)](const QString& route, const QString& path, const QUrlQuery& query) {
            return client && !client->m_closing ? client->makeCall({"GET", route, path, query}) : std::unique_ptr<HttpCall>();
        },
        m_config.pollIntervalMs);
}

Client::~Client()
{
    // Calls still running end as cancelled now, while everything they touch still exists.
    m_closing = true;
    Q_EMIT closing();
    m_tracker->cancel();
    m_scheduler.cancelAll();
    const Error cancelled = Error::cancelled(QStringLiteral("the client was closed before this change was sent"));
    const auto queues = std::exchange(m_mutationQueues, {});
    for (const ProjectQueue& queue : queues) {
        for (const auto& [reply, start] : queue.waiting) {
            if (reply)
                reply->fail(cancelled);
        }
    }
}

QString Client::checkBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("The API host \"%1\" is not a valid URL.").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        const QString host = url.host();
        const QHostAddress address(host);
        if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || address.isLoopback())
            return {};
        return QStringLiteral("Refusing plain http:// to %1: the API key would travel unencrypted. "
                              "Use https://, or http:// only for a server on this machine (127.0.0.1, ::1, localhost).")
            .arg(host);
    }
    return QStringLiteral("The API host must start with https:// (got \"%1\").").arg(url.scheme());
}

std::unique_ptr<HttpCall> Client::makeCall(const Route& route, const QJsonObject* body)
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + route.path, QUrl::TolerantMode);
    if (!route.query.isEmpty())
        url.setQuery(route.query);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "canopy/" CANOPY_VERSION);
    request.setRawHeader("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.setTransferTimeout(m_config.transport.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Without HTTP/2, QNAM opens 6 connections per host; let the in-flight limit decide instead.
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(std::clamp(m_config.transport.maxInFlight, 1, 255));
    request.setHttp1Configuration(http1);
#endif
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    return std::make_unique<HttpCall>(
        &m_nam, &m_scheduler, request, route.verb, routeLabel(route.verb, route.route), payload);
}

void Client::send(
    Reply* reply, const Route& route, const QJsonObject* body, std::function<void(const HttpResult&)> then)
{
    if (m_closing)
        return reply->fail(Error::cancelled(QStringLiteral("the client was closed")));
    const QString urlError = checkBaseUrl(m_config.baseUrl);
    if (!urlError.isEmpty()) {
        // Report from the event loop so the caller can connect to finished() first.
        QMetaObject::invokeMethod(
            reply, [reply, urlError] { reply->fail(Error::invalidArgument(urlError)); }, Qt::QueuedConnection);
        return;
    }
    std::unique_ptr<HttpCall> call = makeCall(route, body);
    HttpCall* raw = call.get();
    if (const auto early = m_sentEarly.constFind(reply); early != m_sentEarly.cend()) {
        raw->setLockedWaitMs(m_config.settleTimeoutMs); // Neon's advice: retry 423 until they end
        // Refused while the earlier operations run: follow them meanwhile, so their own calls end.
        connect(raw, &HttpCall::retrying, this, [this, projectId = *early](const QString& why) {
            if (why.contains("423"_L1))
                m_tracker->setBusy(projectId, false);
        });
    }
    connect(raw, &HttpCall::retrying, reply, [reply](const QString& why, int delayMs) {
        reply->reportProgress(QStringLiteral("%1; retrying in %2 ms").arg(why).arg(delayMs));
    });
    connect(raw, &HttpCall::done, reply, [then = std::move(then)](const HttpResult& result) { then(result); });
    reply->setStep(std::move(call));
    raw->start();
}

// --- Per-project mutation queue ---------------------------------------------------------

void Client::enqueueMutation(const QString& projectId, Reply* reply, std::function<void()> start)
{
    ProjectQueue& queue = m_mutationQueues[projectId];
    auto advance = [this, projectId] { startNextMutation(projectId); };
    connect(reply, &Reply::finished, this, advance, Qt::QueuedConnection);
    connect(reply, &QObject::destroyed, this, advance, Qt::QueuedConnection);
    if (m_config.batchedOperationPolling)
        connect(reply, &Reply::accepted, this, [this, projectId, reply] { releaseLater(projectId, reply); });
    queue.waiting.emplace_back(reply, std::move(start));
    if (!queue.running) {
        startNextMutation(projectId);
    } else {
        reply->reportProgress(QStringLiteral("waiting for the previous change to this project"));
        updateBusy(projectId);
    }
}

void Client::updateBusy(const QString& projectId)
{
    // A poll while a change is on its way, or waits to be sent, would be out of date at once:
    // the change's answer brings new operations, and Neon accepts it only after the older ones.
    auto it = m_mutationQueues.constFind(projectId);
    const bool busy = it != m_mutationQueues.cend()
        && (!it->waiting.empty() || (it->running && !it->running->isAccepted() && !it->running->isFinished()));
    m_tracker->setBusy(projectId, busy);
}

void Client::releaseLater(const QString& projectId, Reply* reply)
{
    updateBusy(projectId);
    // Neon refuses (423) a change while the project's operations run: wait as long as they
    // typically take (learned from the ones seen), then send; a 423 is still retried.
    const int holdMs = m_tracker->typicalDurationMs(m_config.pollIntervalMs);
    QTimer::singleShot(holdMs, this, [this, projectId, guard = QPointer<Reply>(reply)] {
        auto it = m_mutationQueues.find(projectId);
        if (it == m_mutationQueues.end() || !guard || it->running != guard)
            return;
        it->released = true;
        startNextMutation(projectId);
    });
}

void Client::startNextMutation(const QString& projectId)
{
    auto it = m_mutationQueues.find(projectId);
    if (it == m_mutationQueues.end())
        return;
    ProjectQueue& queue = *it;
    if (queue.running && !queue.running->isFinished() && !queue.released)
        return;
    // Released early: the previous change's operations may still run when this one is sent.
    const bool early = queue.running && !queue.running->isFinished();
    queue.running = nullptr;
    queue.released = false;
    while (!queue.waiting.empty()) {
        auto [reply, start] = std::move(queue.waiting.front());
        queue.waiting.pop_front();
        if (!reply || reply->isFinished())
            continue;
        queue.running = reply;
        if (early) {
            m_sentEarly.insert(reply.data(), projectId);
            connect(reply, &QObject::destroyed, this, [this, r = reply.data()] { m_sentEarly.remove(r); });
        }
        updateBusy(projectId);
        start();
        return;
    }
    m_mutationQueues.erase(it);
    updateBusy(projectId);
}

} // namespace Neon
