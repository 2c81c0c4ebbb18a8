// SPDX-License-Identifier: MIT
#pragma once

#include "api.h"
#include "httpfront.h"
#include "ratelimiter.h"
#include "store.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace Sandbox {

/// Whether a secret a client sent equals the expected one, in a time that does not depend on
/// where they differ or on their lengths (both are hashed first): no timing tells the key.
bool sameSecret(QByteArrayView given, QByteArrayView expected);

struct ServerOptions
{
    quint16 port = 0; ///< 0: any free port (always on 127.0.0.1)
    QString apiKey;
    int operationDurationMs = 300;
    int latencyMs = 0;
    double faultRate = 0; ///< share of requests answered 503 or dropped
    int rateLimitPerSecond = 0; ///< 429 past this many requests in a second; 0: none
    int rateLimitPerMinute = 0; ///< 429 past this many requests in a minute (Neon: 700); 0: none
    int rateLimitPerRoutePerSecond = 0; ///< 429 past this many a second on one route (Neon: 40); 0: none
    double lockRate = 0; ///< share of mutations answered 423
    quint32 faultSeed = 0; ///< 0: random
    QString statePath; ///< empty: state lives in memory only
    /// The data plane: empty for none; "private:FOLDER" for a PostgreSQL cluster the sandbox
    /// creates and runs; or a postgresql:// URI of an existing server.
    QString postgres;
};

/// A fault injected into one exchange: by the random fault options, or by a test's hook.
struct Fault
{
    /// Status: a Neon-shaped error instead of the answer. Body: `body` as the answer, verbatim.
    /// Delay: the real answer, later.
    enum class Kind { Status, Body, DropBeforeApplying, DropAfterApplying, Delay };
    Kind kind = Kind::Status;
    int status = 503;
    QString message = QStringLiteral("service temporarily unavailable, please retry");
    QString code;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static Fault error(int status, const QString& message, const QString& code = {});
    static Fault drop(bool afterApplying, int delayMs = 0);
    static Fault answer(int status, const QByteArray& body);
    /// A normal answer, only later.
    static Fault delay(int delayMs)
    {
        Fault f;
        f.kind = Kind::Delay;
        f.delayMs = delayMs;
        return f;
    }
    Fault withDelay(int ms) const
    {
        Fault f = *this;
        f.delayMs = ms;
        return f;
    }
};

/// One answered request, for conformance checks against the official spec.
struct Exchange
{
    QString route;
    int status = 0;
    QByteArray body;
};

/// The sandbox server: HTTP front + authentication + faults + the Neon API over a State,
/// persisted after every change when a state file is given.
class Server : public QObject
{
    Q_OBJECT
public:
    Server(ServerOptions options, State initial, QObject* parent = nullptr);
    ~Server() override;

    /// Listens on 127.0.0.1; false with a reason when it cannot.
    bool start(QString* error);
    QUrl baseUrl() const { return m_front.baseUrl(); }
    const ServerOptions& options() const { return m_options; }

    Api& api() { return m_api; }
    /// What the data plane is doing, for people ("PostgreSQL on 127.0.0.1:5433", or why not).
    const QString& dataPlaneStatus() const { return m_dataStatus; }
    class DataPlane* dataPlane() const { return m_data.get(); }
    State& state() { return m_state; }
    HttpFront& front() { return m_front; }

    /// Decides faults for requests (tests); nullopt lets the request through.
    using FaultHook = std::function<std::optional<Fault>(const HttpFront::Request&)>;
    void setFaultHook(FaultHook hook) { m_faultHook = std::move(hook); }

    bool recordExchanges = false;
    QList<Exchange> exchanges;
    struct Counts
    {
        int droppedBeforeApplying = 0;
        int droppedAfterApplying = 0;
    } counts; ///< faults that leave no answer behind

private:
    HttpFront::Response serve(const HttpFront::Request& request);
    HttpFront::Response toHttp(const ApiResponse& response, const QByteArray& requestId);
    std::optional<Fault> randomFault(const HttpFront::Request& request);
    void persist();

    void startDataPlane();

    ServerOptions m_options;
    State m_state;
    std::unique_ptr<class PgCluster> m_cluster;
    std::unique_ptr<class History> m_history; ///< the private cluster's point-in-time history
    std::unique_ptr<class DataPlane> m_data;
    QString m_dataStatus;
    std::unique_ptr<Store> m_store;
    Api m_api;
    HttpFront m_front;
    FaultHook m_faultHook;
    QRandomGenerator m_faultRandom;
    RateLimiter m_rateLimiter;
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace Sandbox
