// SPDX-License-Identifier: MIT
// Creating a sandbox branch of a ~50 MB database through the API (the copy, its roles and
// ownership, the operation waited for) against a plain CREATE DATABASE … TEMPLATE of the same
// database on the same server, in the same run. Target: at most 2× the plain copy.
#include "sandboxthread.h"

#include <pg/connection.h>
#include <sandbox/pgcluster.h>

#include <neon/client.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool finish(Neon::Reply* r)
{
    if (!r->isFinished()) {
        QEventLoop loop;
        QObject::connect(r, &Neon::Reply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return r->ok();
}

std::unique_ptr<Pg::Connection> connectTo(const QString& purpose, const Sandbox::PostgresAddress& a)
{
    auto connection = std::make_unique<Pg::Connection>(a, purpose);
    if (!connection->isOpen())
        qFatal("cannot connect: %s", qPrintable(connection->error()));
    return connection;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    Sandbox::ServerOptions options;
    options.apiKey = u"bench"_s;
    options.operationDurationMs = 0;
    Sandbox::PgCluster::letServerIn(folder.path());
    options.postgres = u"private:"_s + folder.filePath(u"pg"_s);
    Sandbox::Embedded server(u"single"_s, options);
    QString error;
    if (!server.startAndWait(&error) || server.dataPlaneAddress.host.isEmpty())
        qFatal("sandbox: %s %s", qPrintable(error), qPrintable(server.dataPlaneStatus));

    Neon::ClientConfig config;
    config.baseUrl = server.baseUrl;
    config.apiKey = options.apiKey;
    config.pollIntervalMs = 5;
    Neon::Client client(config);
    const QString project = server.projectIds.first();
    auto branches = client.branches(project);
    finish(branches.get());
    QString mainId;
    for (const Neon::Branch& b : branches->value().branches) {
        if (b.name == "main"_L1)
            mainId = b.id;
    }
    auto uri = client.connectionUri(project, {mainId, {}, u"neondb"_s, u"neondb_owner"_s, false});
    finish(uri.get());
    const Sandbox::PostgresAddress owner = Pg::ConnectionSpec::fromUri(uri->value().uri).value_or(Sandbox::PostgresAddress());

    // Grow main to ~50 MB through its own connection string.
    double megabytes = 0;
    {
        const auto db = connectTo(u"grow"_s, owner);
        QSqlQuery q(db->database());
        for (const QString& statement : {u"CREATE TABLE ballast (id bigint PRIMARY KEY, payload text)"_s,
                                         u"INSERT INTO ballast SELECT i, repeat(md5(i::text), 8) FROM generate_series(1, 150000) i"_s}) {
            if (!q.exec(statement))
                qFatal("growing main: %s", qPrintable(q.lastError().text()));
        }
        q.exec(u"SELECT pg_database_size(current_database())"_s);
        q.next();
        megabytes = q.value(0).toDouble() / (1024 * 1024);
    }

    QList<double> plain, branch;
    for (int i = 0; i < 3; ++i) {
        {
            const auto admin = connectTo(u"admin"_s, server.dataPlaneAddress);
            QSqlQuery q(admin->database());
            QElapsedTimer t;
            t.start();
            if (!q.exec(u"CREATE DATABASE plain_copy_%1 TEMPLATE \"%2\""_s.arg(i).arg(owner.database)))
                qFatal("plain copy: %s", qPrintable(q.lastError().text()));
            plain.append(double(t.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer t;
        t.start();
        Neon::BranchCreateOptions o;
        o.parentId = mainId;
        o.name = u"bench-copy-%1"_s.arg(i);
        auto created = client.createBranch(project, o);
        if (!finish(created.get()))
            qFatal("create failed: %s", qPrintable(created->error().toUserText()));
        branch.append(double(t.nsecsElapsed()) / 1e6);
    }
    const double plainMs = *std::min_element(plain.cbegin(), plain.cend());
    const double branchMs = *std::min_element(branch.cbegin(), branch.cend());
    printFigure(u"sandbox_branch_copy.database_size"_s, megabytes, u"MiB"_s, 0, "higher");
    printFigure(u"sandbox_branch_copy.plain_template_copy"_s, plainMs, u"ms"_s, 0, "lower");
    printFigure(u"sandbox_branch_copy.branch_create"_s, branchMs, u"ms"_s, 0, "lower");
    printFigure(u"sandbox_branch_copy.branch_vs_plain"_s, branchMs / plainMs, u"x"_s, 2, "lower");
    return 0;
}
