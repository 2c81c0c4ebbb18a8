// SPDX-License-Identifier: MIT
#pragma once

// The set-up the data-plane benchmarks share: the `single` seed's sandbox on a thread of its own
// with its private PostgreSQL, a client for it, and the connection string of `main`'s owner.

#include "sandboxthread.h"

#include <neon/client.h>
#include <pg/connection.h>
#include <sandbox/pgcluster.h>

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

/// Runs the event loop until the reply finished (20 s at most); whether it succeeded.
inline bool finish(Neon::Reply* r)
{
    if (!r->isFinished()) {
        QEventLoop loop;
        QObject::connect(r, &Neon::Reply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return r->ok();
}

inline std::unique_ptr<Pg::Connection> connectTo(const QString& purpose, const Sandbox::PostgresAddress& a)
{
    auto connection = std::make_unique<Pg::Connection>(a, purpose);
    if (!connection->isOpen())
        qFatal("cannot connect: %s", qPrintable(connection->error()));
    return connection;
}

/// The sandbox, its client, and `main` of its first project.
struct MainBranchBench
{
    QTemporaryDir folder;
    std::unique_ptr<Sandbox::Embedded> server;
    std::unique_ptr<Neon::Client> client;
    QString project;
    QString mainId;
    Sandbox::PostgresAddress owner; ///< main's first database as its owner role

    MainBranchBench()
    {
        Sandbox::ServerOptions options;
        options.apiKey = QStringLiteral("bench");
        options.operationDurationMs = 0;
        Sandbox::PgCluster::letServerIn(folder.path());
        options.postgres = QStringLiteral("private:") + folder.filePath(QStringLiteral("pg"));
        server = std::make_unique<Sandbox::Embedded>(QStringLiteral("single"), options);
        QString error;
        if (!server->startAndWait(&error) || server->dataPlaneAddress.host.isEmpty())
            qFatal("sandbox: %s %s", qPrintable(error), qPrintable(server->dataPlaneStatus));
        Neon::ClientConfig config;
        config.baseUrl = server->baseUrl;
        config.apiKey = options.apiKey;
        config.pollIntervalMs = 5;
        client = std::make_unique<Neon::Client>(config);
        project = server->projectIds.first();
        auto branches = client->branches(project);
        finish(branches.get());
        for (const Neon::Branch& b : branches->value().branches) {
            if (b.name == QLatin1String("main"))
                mainId = b.id;
        }
        auto uri = client->connectionUri(project, {mainId, {}, QStringLiteral("neondb"), QStringLiteral("neondb_owner"), false});
        finish(uri.get());
        owner = Pg::ConnectionSpec::fromUri(uri->value().uri).value_or(Sandbox::PostgresAddress());
    }
};
