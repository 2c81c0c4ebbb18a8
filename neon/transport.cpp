// SPDX-License-Identifier: MIT
#include "transport.h"

#include "codec.h"
#include "logging.h"

#include <QNetworkReply>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcNeon, "canopy.neon", QtInfoMsg)

namespace Neon {

namespace {
    constexpr qint64 minuteMs = 60000;
    constexpr qint64 secondMs = 1000;
    constexpr int giveUpAfterMs = 60000; ///< a Retry-After longer than this is reported, not waited

    /// Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
    int retryAfterMs(const QNetworkReply* reply)
    {
        const QByteArray value = reply->rawHeader("Retry-After").trimmed();
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (ok)
            return int(std::clamp<qint64>(seconds, 0, 3600) * 1000);
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
        if (!when.isValid())
            return 0;
        return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 3600 * 1000));
    }

    /// Network errors that prove the request never reached the server: safe to send again.
    bool neverReachedServer(QNetworkReply::NetworkError e)
    {
        return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
            || e == QNetworkReply::ProxyConnectionRefusedError || e == QNetworkReply::ProxyNotFoundError
            || e == QNetworkReply::SslHandshakeFailedError || e == QNetworkReply::UnknownProxyError;
    }
} // namespace

Scheduler::Scheduler(QObject* parent) : QObject(parent)
{
    m_clock.start();
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early and break the rate windows
    connect(&m_wake, &QTimer::timeout, this, &Scheduler::pump);
}

void Scheduler::request(HttpCall* call)
{
    m_waiting.emplace_back(call);
    pump();
}

void Scheduler::release(HttpCall* call)
{
    if (!call->m_admitted)
        return;
    call->m_admitted = false;
    --m_inFlight;
    // Admit the next call from the event loop, not from inside the finishing reply's handler.
    QMetaObject::invokeMethod(this, &Scheduler::pump, Qt::QueuedConnection);
}

void Scheduler::prune(qint64 now)
{
    while (!m_lastMinute.empty() && now - m_lastMinute.front() >= minuteMs)
        m_lastMinute.pop_front();
    for (auto it = m_lastSecondByRoute.begin(); it != m_lastSecondByRoute.end();) {
        while (!it->empty() && now - it->front() >= secondMs)
            it->pop_front();
        it = it->empty() ? m_lastSecondByRoute.erase(it) : std::next(it);
    }
}

void Scheduler::holdBack(int ms)
{
    m_holdUntil = std::max(m_holdUntil, m_clock.elapsed() + ms);
}

qint64 Scheduler::msUntilAdmissible(const QString& route) const
{
    const qint64 now = m_clock.elapsed();
    qint64 wait = std::max<qint64>(0, m_holdUntil - now);
    if (policy.requestsPerMinute > 0 && qsizetype(m_lastMinute.size()) >= policy.requestsPerMinute)
        wait = std::max(wait, m_lastMinute.front() + minuteMs - now);
    if (policy.requestsPerSecondPerRoute > 0) {
        const auto it = m_lastSecondByRoute.constFind(route);
        if (it != m_lastSecondByRoute.cend() && qsizetype(it->size()) >= policy.requestsPerSecondPerRoute)
            wait = std::max(wait, it->front() + secondMs - now);
    }
    return wait;
}

void Scheduler::pump()
{
    prune(m_clock.elapsed());
    qint64 earliestWake = -1;
    // Calls are admitted in order, but one whose route is throttled does not hold back others.
    for (auto it = m_waiting.begin(); it != m_waiting.end() && m_inFlight < std::max(1, policy.maxInFlight);) {
        HttpCall* call = *it;
        if (!call) {
            it = m_waiting.erase(it);
            continue;
        }
        const qint64 wait = msUntilAdmissible(call->route());
        if (wait > 0) {
            earliestWake = earliestWake < 0 ? wait : std::min(earliestWake, wait);
            ++it;
            continue;
        }
        it = m_waiting.erase(it);
        const qint64 now = m_clock.elapsed();
        if (policy.requestsPerMinute > 0)
            m_lastMinute.push_back(now);
        if (policy.requestsPerSecondPerRoute > 0)
            m_lastSecondByRoute[call->route()].push_back(now);
        ++m_inFlight;
        call->m_admitted = true;
        call->send();
    }
    if (earliestWake >= 0 && (!m_wake.isActive() || m_wake.remainingTime() > earliestWake))
        m_wake.start(int(earliestWake) + 1);
}

HttpCall::HttpCall(QNetworkAccessManager* nam, Scheduler* scheduler, QNetworkRequest request, QByteArray verb,
    QString route, QByteArray body)
    : m_nam(nam)
    , m_scheduler(scheduler)
    , m_request(std::move(request))
    , m_verb(std::move(verb))
    , m_route(std::move(route))
    , m_body(std::move(body))
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a floor, not a hint
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::start);
    scheduler->m_live.append(this);
}

void HttpCall::cancel(const QString& why)
{
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_scheduler)
        m_scheduler->release(this);
    HttpResult result;
    result.error = Error::cancelled(why);
    finish(result);
}

void Scheduler::cancelAll()
{
    const QList<QPointer<HttpCall>> live = std::exchange(m_live, {});
    m_waiting.clear();
    for (const QPointer<HttpCall>& call : live) {
        if (call)
            call->cancel(QStringLiteral("the client was closed"));
    }
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_scheduler) {
        m_scheduler->release(this);
        m_scheduler->m_live.removeAll(this);
    }
}

void HttpCall::start()
{
    if (!m_scheduler) { // the client is gone (e.g. a retry timer outlived it)
        HttpResult result;
        result.error = Error::cancelled(QStringLiteral("the client was closed"));
        return finish(result);
    }
    m_scheduler->request(this);
}

namespace {
    /// A request body that can be read only once. QNetworkAccessManager silently sends a request
    /// again when the connection closes before any answer arrived; for a mutation that may already
    /// have been applied, that is a blind retry. With a body it cannot rewind, QNAM reports
    /// ContentReSendError instead, and the client reconciles by reading the resource back.
    class OneShotBody : public QIODevice
    {
    public:
        OneShotBody(QByteArray data, QObject* parent) : QIODevice(parent), m_data(std::move(data))
        {
            open(QIODevice::ReadOnly);
        }
        bool isSequential() const override { return true; }
        bool reset() override { return false; } // the point: it cannot be rewound
        qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

    protected:
        qint64 readData(char* out, qint64 max) override
        {
            const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
            std::memcpy(out, m_data.constData() + m_pos, size_t(n));
            m_pos += n;
            return n;
        }
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        QByteArray m_data;
        qint64 m_pos = 0;
    };
} // namespace

void HttpCall::send()
{
    ++m_attempt;
    if (m_scheduler)
        ++m_scheduler->m_sent;
    qCDebug(lcNeon) << m_verb.constData() << m_request.url().toDisplayString() << "attempt" << m_attempt;
    if (isRead()) {
        m_reply = m_nam->sendCustomRequest(m_request, m_verb);
    } else {
        QNetworkRequest request = m_request;
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        auto* body = new OneShotBody(m_body, this);
        m_reply = m_nam->sendCustomRequest(request, m_verb, body);
        connect(m_reply, &QObject::destroyed, body, &QObject::deleteLater);
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

void HttpCall::retryLater(const QString& why, int minimumMs)
{
    const TransportPolicy& p = m_scheduler->policy;
    // Exponential backoff with full jitter; Retry-After is a floor.
    const qint64 ceiling = std::min<qint64>(p.backoffCapMs, qint64(p.backoffBaseMs) << std::min(m_attempt - 1, 20));
    const int jitter = int(QRandomGenerator::global()->bounded(ceiling + 1));
    const int delay = std::max(minimumMs, jitter);
    qCDebug(lcNeon) << "retrying" << m_route << "in" << delay << "ms:" << why;
    Q_EMIT retrying(why, delay);
    m_retryTimer.start(delay);
}

Error HttpCall::refusedRedirect(const QNetworkReply* reply, const QString& requestId)
{
    // Refused before anything was sent there: the key stays with the API host.
    const QUrl to = reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    Error e;
    e.kind = Error::Kind::Network;
    e.networkError = QNetworkReply::InsecureRedirectError;
    e.requestId = requestId;
    e.message = QStringLiteral("the API host redirected to another server (%1); Canopy does not follow it, "
                               "so the API key is not sent there. Check the API host setting")
                    .arg(to.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toDisplayString());
    return e;
}

void HttpCall::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_scheduler->release(this);

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    const QString requestId = QString::fromLatin1(m_request.rawHeader("X-Request-ID"));
    const bool attemptsLeft = m_attempt < m_scheduler->policy.maxAttempts;

    if (reply->error() == QNetworkReply::InsecureRedirectError) {
        result.error = refusedRedirect(reply, requestId);
        finish(result);
        return;
    }
    if (result.status == 0) {
        const QNetworkReply::NetworkError e = reply->error();
        const bool timedOut = e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError;
        result.error.kind = timedOut ? Error::Kind::Timeout : Error::Kind::Network;
        result.error.networkError = e;
        result.error.requestId = requestId;
        result.error.message = timedOut
            ? QStringLiteral("no answer within %1 s").arg(m_scheduler->policy.transferTimeoutMs / 1000.0)
            : reply->errorString();
        const bool safe = isRead() || neverReachedServer(e);
        result.error.retryable = safe;
        if (safe && attemptsLeft) {
            retryLater(result.error.message, 0);
            return;
        }
        result.outcomeUnknown = !safe;
        finish(result);
        return;
    }

    if (result.status >= 200 && result.status < 300) {
        if (result.status != 204 && !result.body.trimmed().isEmpty()) {
            const QString parseError = Json::parseObject(result.body, result.object);
            if (!parseError.isEmpty())
                result.error = Error::decode(parseError);
        }
        finish(result);
        return;
    }

    result.error = errorOfAnswer(reply, result.status, result.body, requestId);

    const int s = result.status;
    const bool retryAny = s == 423 || s == 429 || s == 503;
    const bool retryRead = isRead() && (s == 502 || s == 504);
    if (s == 423 && !m_lockedSince.isValid())
        m_lockedSince.start();
    const bool lockedLeft = s == 423 && m_lockedWaitMs > 0 && m_lockedSince.elapsed() < m_lockedWaitMs;
    if ((retryAny || retryRead) && (attemptsLeft || lockedLeft)) {
        const int floor = s == 429 || s == 503 ? retryAfterMs(reply) : 0;
        if (floor <= giveUpAfterMs) {
            if (s == 429 && m_scheduler)
                m_scheduler->holdBack(floor);
            retryLater(QStringLiteral("HTTP %1").arg(s), floor);
            return;
        }
    }
    // A mutation answered by a gateway error may or may not have been applied.
    result.outcomeUnknown = !isRead() && (s == 500 || s == 502 || s == 504);
    finish(result);
}

Error HttpCall::errorOfAnswer(const QNetworkReply* reply, int status, const QByteArray& body, const QString& requestId)
{
    // Neon's GeneralError: {code, message, request_id}; tolerate the nested {"error":{…}} shape.
    QJsonObject errorBody;
    QString code, message, bodyRequestId;
    if (Json::parseObject(body, errorBody).isEmpty()) {
        const QJsonObject nested = errorBody.value(QLatin1String("error")).toObject();
        const QJsonObject& src = errorBody.contains(QLatin1String("message")) ? errorBody : nested;
        code = src.value(QLatin1String("code")).toString();
        message = src.value(QLatin1String("message")).toString();
        bodyRequestId = errorBody.value(QLatin1String("request_id")).toString();
    }
    if (message.isEmpty())
        message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    return Error::http(status, code, message, bodyRequestId.isEmpty() ? requestId : bodyRequestId);
}

void HttpCall::finish(HttpResult result)
{
    qCDebug(lcNeon) << m_verb.constData() << m_route << "->" << result.status << kindName(result.error.kind);
    Q_EMIT done(result);
}

} // namespace Neon
