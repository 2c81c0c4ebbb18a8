// SPDX-License-Identifier: MIT
// A point-in-time branch of a 55 MiB database through the API (the sandbox recovers a copy of
// its cluster to that moment from base backup + WAL archive, and copies the branch's databases
// out of it) against a plain head branch of the same database, in the same run. Target: at most
// 10× the head branch. Medians of three rounds, each to a moment a few seconds back, as a restore
// point usually is; the recovery replays the WAL since the newest base backup before it.
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
#include <QThread>

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

    // Grow main to 55 MiB through its own connection string, note a moment, write on.
    double megabytes = 0;
    auto db = connectTo(u"grow"_s, owner);
    QSqlQuery q(db->database());
    for (const QString& statement : {u"CREATE TABLE ballast (id bigint PRIMARY KEY, payload text)"_s,
                                     u"INSERT INTO ballast SELECT i, repeat(md5(i::text), 8) FROM generate_series(1, 165000) i"_s}) {
        if (!q.exec(statement))
            qFatal("growing main: %s", qPrintable(q.lastError().text()));
    }
    q.exec(u"SELECT pg_database_size(current_database())"_s);
    q.next();
    megabytes = q.value(0).toDouble() / (1024 * 1024);
    q = QSqlQuery();
    db.reset();
    // Each round: a moment a few seconds back (the sandbox has taken its background base backup
    // of the load by then: it takes one after every 48 MiB of WAL, as Neon keeps image layers),
    // later writes, then a head branch and a branch at that moment.
    QList<double> head, past;
    for (int i = 0; i < 3; ++i) {
        QThread::msleep(8000);
        QDateTime moment = QDateTime::currentDateTimeUtc();
        moment.setTime(QTime(moment.time().hour(), moment.time().minute(), moment.time().second()));
        QThread::msleep(1100);
        {
            // (Closed before branching: a template copy waits for the parent's sessions to end.)
            const auto writer = connectTo(u"write-%1"_s.arg(i), owner);
            QSqlQuery w(writer->database());
            if (!w.exec(u"UPDATE ballast SET payload = 'later %1' WHERE id <= 1000"_s.arg(i)))
                qFatal("writing on: %s", qPrintable(w.lastError().text()));
        }
        for (const bool atMoment : {false, true}) {
            QElapsedTimer t;
            t.start();
            Neon::BranchCreateOptions o;
            o.parentId = mainId;
            o.name = u"bench-%1-%2"_s.arg(atMoment ? u"past"_s : u"head"_s).arg(i);
            if (atMoment)
                o.parentTimestamp = moment;
            auto created = client.createBranch(project, o);
            if (!finish(created.get()))
                qFatal("create failed: %s", qPrintable(created->error().toUserText()));
            (atMoment ? past : head).append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(head.begin(), head.end());
    std::sort(past.begin(), past.end());
    const double headMs = head.at(1);
    const double pastMs = past.at(1);
    printFigure(u"pitr.database_size"_s, megabytes, u"MiB"_s, 0, "higher");
    printFigure(u"pitr.head_branch"_s, headMs, u"ms"_s, 0, "lower");
    printFigure(u"pitr.point_in_time_branch"_s, pastMs, u"ms"_s, 0, "lower");
    printFigure(u"pitr.point_in_time_vs_head"_s, pastMs / headMs, u"x"_s, 10, "lower");
    return 0;
}
