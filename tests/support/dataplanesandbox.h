// SPDX-License-Identifier: MIT
#pragma once

#include "clienttestutils.h"

#include <pg/connection.h>
#include <sandbox/dataplane.h>
#include <sandbox/history.h>
#include <sandbox/pgcluster.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace TestUtils {

/// The sandbox with its private PostgreSQL data plane, a client for it, and the first project;
/// `column()` reads what a branch's first database really stores, as the administrator.
struct DataPlaneSandbox
{
    QTemporaryDir dir;
    std::unique_ptr<::Sandbox::Server> server;
    std::unique_ptr<Neon::Client> client;
    QString project;

    /// False with a reason; the data plane is required (CI must not skip these tests).
    bool start(const QString& seed, QString* error)
    {
        ::Sandbox::State state;
        if (!::Sandbox::seedState(seed, QDateTime::currentDateTimeUtc(), state, error))
            return false;
        ::Sandbox::ServerOptions options;
        options.apiKey = secretKey;
        options.operationDurationMs = 20;
        ::Sandbox::PgCluster::letServerIn(dir.path()); // as root the server runs as postgres
        options.postgres = QStringLiteral("private:") + dir.filePath(QStringLiteral("pg"));
        server = std::make_unique<::Sandbox::Server>(options, std::move(state));
        if (!server->start(error))
            return false;
        if (!server->dataPlane()) {
            *error = server->dataPlaneStatus();
            return false;
        }
        server->front().recordRequests = true;
        Neon::ClientConfig c = config(server->baseUrl());
        // Answers here do real PostgreSQL work (a recovery for a moment's schema takes seconds on
        // a slow disk): the transfer timeout of the other tests would cut them off.
        c.transport.transferTimeoutMs = 30000;
        client = std::make_unique<Neon::Client>(c);
        project = server->state().projects.keys().first();
        return true;
    }
    /// Until the history's first base backup is done (it runs in the background): moments from
    /// then on can be recovered.
    bool waitForHistory(int timeoutMs = 60000) const
    {
        const ::Sandbox::History* h = server->dataPlane() ? server->dataPlane()->history() : nullptr;
        return h && QTest::qWaitFor([h] { return h->begins().isValid(); }, timeoutMs);
    }
    void stop()
    {
        client.reset();
        server.reset();
    }
    /// The live (not deleted) branch of that name, or null.
    const Neon::Branch* branch(const QString& name) const
    {
        const ::Sandbox::BranchRecord* b = server->state().findBranchByName(project, name);
        return b && !b->isDeleted() ? &b->branch : nullptr;
    }
    /// What `sql` returns on a branch's database through the connection string the API gives
    /// for its owner role (first column, values joined by ","; "error: …" when it fails).
    QString asOwner(const QString& branchName, const QString& sql, const QString& database = QStringLiteral("neondb"),
                    const QString& role = QStringLiteral("neondb_owner")) const
    {
        const Neon::Branch* b = branch(branchName);
        if (!b)
            return QStringLiteral("no branch ") + branchName;
        auto uri = client->connectionUri(project, {b->id, {}, database, role, {}});
        if (!waitFor(uri.get(), 30000) || !uri->ok())
            return QStringLiteral("error: no URI");
        Pg::Connection connection(uri->value().uri, QStringLiteral("test-owner-") + QUuid::createUuid().toString(QUuid::Id128));
        QSqlQuery q(connection.database());
        if (!connection.isOpen() || !q.exec(sql))
            return QStringLiteral("error: ") + connection.error() + q.lastError().text();
        QStringList values;
        while (q.next())
            values.append(q.value(0).toString());
        return values.join(QLatin1Char(','));
    }
    /// The first column of every row `sql` returns on the branch's first database ("error: …" when it fails).
    QStringList column(const QString& branchName, const QString& sql) const
    {
        const ::Sandbox::BranchRecord* b = server->state().findBranchByName(project, branchName);
        if (!b)
            return {QStringLiteral("no branch ") + branchName};
        ::Sandbox::PostgresAddress a = server->dataPlane()->address();
        a.database = b->databases.first().physical;
        Pg::Connection connection(a, QStringLiteral("test-column"));
        QSqlQuery q(connection.database());
        QStringList out;
        if (!q.exec(sql))
            out.append(QStringLiteral("error: ") + q.lastError().text() + connection.error());
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }
};

} // namespace TestUtils
