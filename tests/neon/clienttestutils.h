// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace TestUtils {

inline const QString secretKey = QStringLiteral("napi_s3cr3t_test_key_do_not_log_4242");

/// Fast retries and polling so tests finish quickly; limits as in production unless changed.
inline Neon::ClientConfig config(const QUrl& baseUrl)
{
    Neon::ClientConfig c;
    c.baseUrl = baseUrl;
    c.apiKey = secretKey;
    c.transport.backoffBaseMs = 5;
    c.transport.backoffCapMs = 40;
    c.transport.transferTimeoutMs = 3000;
    c.pollIntervalMs = 10;
    c.settleTimeoutMs = 10000;
    return c;
}

/// Waits for a handle, but only when it has not finished already.
inline bool waitFor(Neon::Reply* reply, int timeoutMs = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &Neon::Reply::finished);
    return spy.wait(timeoutMs) || reply->isFinished();
}

/// Connections the server still has open to its clients. A socket the client closed stays
/// around while its request is held, so open ones are counted by state.
inline int openConnections(const HttpFront& front)
{
    int open = 0;
    for (const QTcpServer* tcp : front.servers()) {
        for (const QTcpSocket* socket : tcp->findChildren<QTcpSocket*>())
            open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    return open;
}

inline QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The real sandbox on an ephemeral loopback port, seeded, recording the requests it gets.
class SandboxFixture
{
public:
    explicit SandboxFixture(const QString& seed = QStringLiteral("single"), int operationDurationMs = 30)
    {
        ::Sandbox::State state;
        QString error;
        if (!::Sandbox::seedState(seed, QDateTime::currentDateTimeUtc(), state, &error, 42))
            qFatal("seed: %s", qPrintable(error));
        ::Sandbox::ServerOptions options;
        options.apiKey = secretKey;
        options.operationDurationMs = operationDurationMs;
        server = std::make_unique<::Sandbox::Server>(options, std::move(state));
        if (!server->start(&error))
            qFatal("sandbox: %s", qPrintable(error));
        server->front().recordRequests = true;
    }

    QUrl baseUrl() const { return server->baseUrl(); }
    QList<HttpFront::Request>& requests() { return server->front().requests; }
    ::Sandbox::State& state() { return server->state(); }

    QString projectId(const QString& name) const
    {
        for (const ::Sandbox::ProjectRecord& p : std::as_const(server->state().projects)) {
            if (p.project.name == name)
                return p.project.id;
        }
        return {};
    }
    QString branchId(const QString& projectName, const QString& branchName) const
    {
        const ::Sandbox::BranchRecord* b = server->state().findBranchByName(projectId(projectName), branchName);
        return b ? b->branch.id : QString();
    }
    const Neon::Branch* branch(const QString& projectName, const QString& branchName) const
    {
        const ::Sandbox::BranchRecord* b = server->state().findBranchByName(projectId(projectName), branchName);
        return b ? &b->branch : nullptr;
    }
    /// The branch unless it is deleted (soft-deleted branches stay in the state for recovery).
    const Neon::Branch* liveBranch(const QString& projectName, const QString& branchName) const
    {
        const Neon::Branch* b = branch(projectName, branchName);
        return b && !b->recovery ? b : nullptr;
    }
    QList<Neon::Branch> branchesOf(const QString& projectName) const
    {
        QList<Neon::Branch> out;
        for (const ::Sandbox::BranchRecord* b : server->state().branchesOf(projectId(projectName)))
            out.append(b->branch);
        return out;
    }
    QString orgId() const { return server->state().organizations.first().id; }

    int count(const QByteArray& method, const QString& pathPart = {})
    {
        return int(std::count_if(requests().cbegin(), requests().cend(), [&](const HttpFront::Request& r) {
            return r.method == method && (pathPart.isEmpty() || r.path.contains(pathPart));
        }));
    }

    std::unique_ptr<::Sandbox::Server> server;
};

inline QJsonObject operationJson(const QString& id, const QString& projectId, const QString& action,
                                 const QString& status, const QString& error = {})
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("project_id"), projectId},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("failures_count"), 0},
                  {QStringLiteral("total_duration_ms"), 5},
                  {QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05Z")},
                  {QStringLiteral("updated_at"), QStringLiteral("2025-01-02T03:04:05Z")}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace TestUtils
