// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>

namespace Neon {

/// Limits and retry behaviour of the client. Defaults follow Neon's published limits.
struct TransportPolicy
{
    int maxInFlight = 8;
    int requestsPerMinute = 700; ///< whole account; 0 = no limit
    int requestsPerSecondPerRoute = 40; ///< per method + path template; 0 = no limit
    int maxAttempts = 5; ///< first try included
    int backoffBaseMs = 250;
    int backoffCapMs = 10000;
    int transferTimeoutMs = 60000;
};

/// One HTTP exchange as the client sees it after retries.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject object; ///< parsed body when it is a JSON object
    Error error;
    /// A mutation whose request may have reached the server but whose answer was lost.
    bool outcomeUnknown = false;
};

class HttpCall;

/// Admits calls under the in-flight limit and the rate windows; wakes waiting calls in order.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    explicit Scheduler(QObject* parent = nullptr);

    TransportPolicy policy;

    void request(HttpCall* call);
    void release(HttpCall* call);
    int inFlight() const { return m_inFlight; }
    /// Ends every live call with Error::Kind::Cancelled (the client is closing).
    void cancelAll();
    /// Admits nothing for `ms` (a 429's Retry-After): the account's limit is shared by every call.
    void holdBack(int ms);
    /// Requests sent so far, retries included (what counts against the account's rate limit).
    qint64 sent() const { return m_sent; }

private:
    void pump();
    qint64 msUntilAdmissible(const QString& route) const;
    void prune(qint64 now);

    QElapsedTimer m_clock;
    qint64 m_holdUntil = 0;
    int m_inFlight = 0;
    qint64 m_sent = 0;
    friend class HttpCall;
    std::deque<QPointer<HttpCall>> m_waiting;
    QList<QPointer<HttpCall>> m_live;
    std::deque<qint64> m_lastMinute;
    QHash<QString, std::deque<qint64>> m_lastSecondByRoute;
    QTimer m_wake;
};

/// Sends one request with admission, transfer timeout and the retry rules:
/// 423, 429 (Retry-After as the minimum wait, for every call of the client) and 503 are retried for every method; network
/// errors and 502/504 only for GET. A mutation whose answer was lost after it was sent is
/// reported with outcomeUnknown instead of being sent again.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    HttpCall(QNetworkAccessManager* nam, Scheduler* scheduler, QNetworkRequest request, QByteArray verb, QString route,
        QByteArray body);
    ~HttpCall() override;

    void start();
    const QString& route() const { return m_route; }
    /// Keeps retrying 423 (the project is locked by running operations) for up to `ms`, past
    /// maxAttempts: for a change sent while the project's previous operations may still run.
    void setLockedWaitMs(int ms) { m_lockedWaitMs = ms; }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void retrying(const QString& why, int delayMs);
    void done(const HttpResult& result);

private:
    friend class Scheduler;
    void send(); ///< called by the scheduler when admitted
    void onFinished();
    static Error refusedRedirect(const QNetworkReply* reply, const QString& requestId);
    /// The error an HTTP answer that is not a success carries.
    static Error errorOfAnswer(const QNetworkReply* reply, int status, const QByteArray& body, const QString& requestId);
    bool isRead() const { return m_verb == "GET"; }
    void retryLater(const QString& why, int minimumMs);
    void finish(HttpResult result);
    void cancel(const QString& why);

    QNetworkAccessManager* m_nam;
    QPointer<Scheduler> m_scheduler;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QString m_route;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_admitted = false;
    int m_lockedWaitMs = 0;
    QElapsedTimer m_lockedSince;
};

} // namespace Neon
