// SPDX-License-Identifier: MIT
// A point-in-time branch of a 55 MiB database through the API (the sandbox recovers a copy of
// its cluster to that moment from base backup + WAL archive, and copies the branch's databases
// out of it) against a plain head branch of the same database, in the same run. Target: at most
// 10× the head branch. Medians of five rounds, each to a moment a few seconds back, as a restore
// point usually is; the recovery replays the WAL since the newest base backup before it. The
// two branches take turns going first, so neither always meets what the other left behind.
#include "mainbranchbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    MainBranchBench bench;
    Neon::Client& client = *bench.client;
    const QString& project = bench.project;
    const QString& mainId = bench.mainId;
    const Sandbox::PostgresAddress& owner = bench.owner;

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
    for (int i = 0; i < 5; ++i) {
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
        for (const bool atMoment : {i % 2 == 1, i % 2 == 0}) {
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
            std::fprintf(stderr, "pitr: round %d, %s branch in %.1f ms\n", i, atMoment ? "point-in-time" : "head",
                         (atMoment ? past : head).last());
        }
    }
    std::sort(head.begin(), head.end());
    std::sort(past.begin(), past.end());
    const double headMs = head.at(head.size() / 2);
    const double pastMs = past.at(past.size() / 2);
    printFigure(u"pitr.database_size"_s, megabytes, u"MiB"_s, 0, "higher");
    printFigure(u"pitr.head_branch"_s, headMs, u"ms"_s, 0, "lower");
    printFigure(u"pitr.point_in_time_branch"_s, pastMs, u"ms"_s, 0, "lower");
    printFigure(u"pitr.point_in_time_vs_head"_s, pastMs / headMs, u"x"_s, 10, "lower");
    return 0;
}
