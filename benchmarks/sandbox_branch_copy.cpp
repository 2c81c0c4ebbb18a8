// SPDX-License-Identifier: MIT
// Creating a sandbox branch of a ~50 MB database through the API (the copy, its roles and
// ownership, the operation waited for) against a plain CREATE DATABASE … TEMPLATE of the same
// database on the same server, in the same run. Target: at most 2× the plain copy.
#include "mainbranchbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    MainBranchBench bench;
    Neon::Client& client = *bench.client;
    const QString& project = bench.project;
    const QString& mainId = bench.mainId;
    const Sandbox::PostgresAddress& owner = bench.owner;

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
            const auto admin = connectTo(u"admin"_s, bench.server->dataPlaneAddress);
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
