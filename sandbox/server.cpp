// SPDX-License-Identifier: MIT
#include "server.h"

#include "dataplane.h"
#include "history.h"
#include "pgcluster.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

bool sameSecret(QByteArrayView given, QByteArrayView expected)
{
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

Server::Server(ServerOptions options, State initial, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_state(std::move(initial))
    , m_api(m_state, Api::Options{m_options.operationDurationMs})
    , m_faultRandom(m_options.faultSeed ? m_options.faultSeed : QRandomGenerator::global()->generate())
    , m_rateLimiter({m_options.rateLimitPerSecond, m_options.rateLimitPerMinute, m_options.rateLimitPerRoutePerSecond})
{
    if (!m_options.statePath.isEmpty())
        m_store = std::make_unique<Store>(m_options.statePath);
    m_front.recordRequests = false;
    m_front.setHandler([this](const HttpFront::Request& r) { return serve(r); });
    m_clock.start();
    // Time-driven changes (operations ending, expired branches) happen without requests too.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_api.settle())
            persist();
    });
}

Server::~Server()
{
    m_api.setDataPlane(nullptr);
    m_data.reset();
    m_history.reset();
    m_cluster.reset();
}

void Server::startDataPlane()
{
    if (m_options.postgres.isEmpty()) {
        m_dataStatus = u"off: branches have no databases (metadata only)"_s;
        return;
    }
    QString error;
    PostgresAddress address;
    if (m_options.postgres.startsWith("private:"_L1)) {
        m_cluster = std::make_unique<PgCluster>();
        if (!m_cluster->start(m_options.postgres.mid(8), &error)) {
            m_dataStatus = u"unavailable: "_s + error;
            m_cluster.reset();
            return;
        }
        address.host = m_cluster->host();
        address.port = m_cluster->port();
        address.user = m_cluster->superuser();
        address.password = m_cluster->superuserPassword();
        address.database = u"postgres"_s;
    } else if (const auto given = Pg::ConnectionSpec::fromUri(m_options.postgres)) {
        address = *given;
    } else {
        m_dataStatus = u"unavailable: \"%1\" is not a postgresql:// URI"_s.arg(m_options.postgres);
        return;
    }
    auto data = std::make_unique<DataPlane>(address);
    if (!data->open(&error) || !materializeState(m_state, *data, &error)) {
        m_dataStatus = u"unavailable: "_s + error;
        return;
    }
    if (m_cluster) {
        // History begins once every branch has its databases: every moment since can be
        // recovered, and no recovery replays the materialization.
        m_history = std::make_unique<History>(*m_cluster);
        if (!m_history->open(&error)) {
            qWarning("canopy-sandbox: no point-in-time history: %s", qPrintable(error));
            m_history.reset();
        }
    }
    m_data = std::move(data);
    m_data->setHistory(m_history.get());
    m_api.setDataPlane(m_data.get());
    m_dataStatus = u"PostgreSQL on %1:%2"_s.arg(address.host, QString::number(address.port));
    m_dataStatus += m_history ? u"; "_s + m_history->summary()
                              : u"; no point-in-time history (only the sandbox's own cluster keeps one)"_s;
}

bool Server::start(QString* error)
{
    startDataPlane();
    if (!m_front.start(m_options.port)) {
        *error = u"cannot listen on 127.0.0.1:%1"_s.arg(m_options.port);
        return false;
    }
    m_tick.start();
    persist();
    return true;
}

void Server::persist()
{
    if (!m_store)
        return;
    QString error;
    if (!m_store->save(m_state, &error))
        qWarning("canopy-sandbox: %s", qPrintable(error));
}

std::optional<Fault> Server::randomFault(const HttpFront::Request& request)
{
    const bool mutation = Api::isMutation(request.method);
    if (m_options.faultRate > 0 && m_faultRandom.generateDouble() < m_options.faultRate) {
        Fault f;
        if (m_faultRandom.bounded(2) == 0)
            return f; // 503
        f.kind = Fault::Kind::DropBeforeApplying;
        // Half of the dropped mutations are applied first: clients must reconcile.
        if (mutation && m_faultRandom.bounded(2) == 0)
            f.kind = Fault::Kind::DropAfterApplying;
        return f;
    }
    if (mutation && m_options.lockRate > 0 && m_faultRandom.generateDouble() < m_options.lockRate) {
        Fault f;
        f.status = 423;
        f.message = u"project already has running operations, scheduling of new ones is prohibited"_s;
        return f;
    }
    return std::nullopt;
}

Fault Fault::error(int status, const QString& message, const QString& code)
{
    Fault f;
    f.status = status;
    f.message = message;
    f.code = code;
    return f;
}

Fault Fault::drop(bool afterApplying, int delayMs)
{
    Fault f;
    f.kind = afterApplying ? Kind::DropAfterApplying : Kind::DropBeforeApplying;
    f.delayMs = delayMs;
    return f;
}

Fault Fault::answer(int status, const QByteArray& body)
{
    Fault f;
    f.kind = Kind::Body;
    f.status = status;
    f.body = body;
    return f;
}

HttpFront::Response Server::toHttp(const ApiResponse& response, const QByteArray& requestId)
{
    HttpFront::Response http;
    http.status = response.status;
    if (!response.noBody) {
        http.body = response.raw.isEmpty() ? QJsonDocument(response.body).toJson(QJsonDocument::Compact) : response.raw;
        http.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    http.headers.append(qMakePair(QByteArray("X-Request-ID"), requestId));
    http.delayMs = m_options.latencyMs;
    if (recordExchanges)
        exchanges.append({response.route, response.status, response.noBody ? QByteArray() : http.body});
    return http;
}

HttpFront::Response Server::serve(const HttpFront::Request& request)
{
    QByteArray requestId = request.header("X-Request-ID");
    if (requestId.isEmpty())
        requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    auto errorResponse = [&](int status, const QString& message, const QString& code = {}) {
        ApiResponse r;
        r.status = status;
        r.route = Api::routeOf(request.method, request.path);
        r.body = QJsonObject{{"code"_L1, code}, {"message"_L1, message}, {"request_id"_L1, QString::fromLatin1(requestId)}};
        return r;
    };

    if (!sameSecret(request.header("Authorization"), QByteArray("Bearer " + m_options.apiKey.toUtf8())))
        return toHttp(errorResponse(401, u"authentication required: send Authorization: Bearer <API key>"_s), requestId);

    if (m_rateLimiter.isActive()) {
        const QString route = QString::fromLatin1(request.method) + u' ' + Api::routeOf(request.method, request.path);
        if (const std::optional<int> wait = m_rateLimiter.admit(m_clock.elapsed(), route)) {
            HttpFront::Response r = toHttp(errorResponse(429, u"rate limit exceeded, slow down"_s), requestId);
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(*wait)));
            return r;
        }
    }

    std::optional<Fault> fault = m_faultHook ? m_faultHook(request) : std::nullopt;
    if (!fault)
        fault = randomFault(request);

    ApiRequest apiRequest{request.method, request.path, request.query, request.body, QString::fromLatin1(requestId)};
    if (fault && fault->kind == Fault::Kind::Status) {
        HttpFront::Response r = toHttp(errorResponse(fault->status, fault->message, fault->code), requestId);
        r.headers.append(fault->headers);
        r.delayMs += fault->delayMs;
        return r;
    }
    if (fault && fault->kind == Fault::Kind::Body) {
        HttpFront::Response r;
        r.status = fault->status;
        r.body = fault->body;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.headers.append(fault->headers);
        r.delayMs = m_options.latencyMs + fault->delayMs;
        return r;
    }
    if (fault && fault->kind == Fault::Kind::DropBeforeApplying) {
        ++counts.droppedBeforeApplying;
        HttpFront::Response r;
        r.drop = true;
        r.delayMs = m_options.latencyMs + fault->delayMs;
        return r;
    }

    if (m_api.settle())
        persist();
    const ApiResponse response = m_api.handle(apiRequest);
    if (response.mutated)
        persist();
    HttpFront::Response http = toHttp(response, requestId);
    if (fault && fault->kind == Fault::Kind::DropAfterApplying) {
        ++counts.droppedAfterApplying;
        http.drop = true;
    }
    if (fault)
        http.delayMs += fault->delayMs;
    return http;
}

} // namespace Sandbox
