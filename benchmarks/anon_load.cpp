// SPDX-License-Identifier: MIT
// Canopy's anonymized load of a 1,000,000-row table (one masked column, five passed through; and
// the same table with nothing masked)
// from the sandbox's real PostgreSQL into a schema-only branch: wall time, rows per second and
// the process's peak resident memory, against `pg_dump --data-only | psql` of the same table
// into another schema-only branch in the same run. Targets: < 200 MiB resident; Canopy's load
// at most 2× the time of pg_dump | psql.
#include "sandboxthread.h"

#include <models/rulesmasker.h>
#include <neon/client.h>
#include <pg/anonymizedload.h>
#include <pg/connection.h>
#include <sandbox/pgcluster.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int rowCount = 1000000;

/// Peak resident memory of this process (VmHWM), in MiB.
double peakResidentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

struct Bench
{
    QTemporaryDir dir;
    std::unique_ptr<Sandbox::Server> server;
    std::unique_ptr<Neon::Client> client;
    QString project;

    void start()
    {
        Sandbox::State state;
        QString error;
        if (!Sandbox::seedState(u"pii"_s, QDateTime::currentDateTimeUtc(), state, &error))
            qFatal("seed: %s", qPrintable(error));
        Sandbox::ServerOptions options;
        options.apiKey = u"bench"_s;
        options.operationDurationMs = 20;
        Sandbox::PgCluster::letServerIn(dir.path());
        options.postgres = u"private:"_s + dir.filePath(u"pg"_s);
        server = std::make_unique<Sandbox::Server>(options, std::move(state));
        if (!server->start(&error) || !server->dataPlane())
            qFatal("sandbox: %s %s", qPrintable(error), qPrintable(server->dataPlaneStatus()));
        Neon::ClientConfig config;
        config.baseUrl = server->baseUrl();
        config.apiKey = options.apiKey;
        config.pollIntervalMs = 20;
        client = std::make_unique<Neon::Client>(config);
        project = server->state().projects.keys().first();
    }
    QString branchId(const QString& name) const { return server->state().findBranchByName(project, name)->branch.id; }
    QString uri(const QString& branch) const
    {
        const Sandbox::BranchRecord* b = server->state().findBranchByName(project, branch);
        auto reply = client->connectionUri(project, {b->branch.id, {}, u"clinic"_s, b->roles.first().name, false});
        waitFor(reply.get(), &Neon::Reply::finished);
        return reply->value().uri;
    }
    void schemaOnlyChild(const QString& name) const
    {
        Neon::BranchCreateOptions o;
        o.name = name;
        o.parentId = branchId(u"main"_s);
        o.initSource = u"schema-only"_s;
        o.endpoints = {Neon::EndpointOptions{}};
        auto reply = client->createBranch(project, o);
        waitFor(reply.get(), &Neon::Reply::finished);
        if (!reply->ok())
            qFatal("create %s: %s", qPrintable(name), qPrintable(reply->error().toUserText()));
    }
};

void createBigTable(const QString& uri)
{
    Pg::Connection main(uri, u"bench-grow"_s);
    const QString sql = u"CREATE TABLE big (id bigint PRIMARY KEY, email text, name text, amount numeric(12,2), "
                        "created timestamptz, note text); "
                        "INSERT INTO big SELECT i, 'user' || i || '@example.com', 'Name ' || (i % 5000), (i % 100000) / 100.0, "
                        "timestamptz '2024-01-01' + i * interval '1 second', md5(i::text) FROM generate_series(1, %1) i; "
                        "ANALYZE big"_s.arg(rowCount);
    if (!main.isOpen() || !main.exec(sql))
        qFatal("big table: %s", qPrintable(main.error()));
}

/// CPU seconds this process has used so far (all its threads: reading, masking, writing).
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// pg_dump --data-only of the table, piped into psql on the target: the reference.
qint64 dumpAndRestore(const QString& from, const QString& to)
{
    QProcess dump;
    QProcess restore;
    dump.setStandardOutputProcess(&restore);
    restore.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    dump.start(u"pg_dump"_s, {u"--data-only"_s, u"--table=big"_s, u"--dbname"_s, from});
    restore.start(u"psql"_s, {u"--quiet"_s, u"--set=ON_ERROR_STOP=1"_s, u"--dbname"_s, to});
    if (!dump.waitForFinished(600000) || !restore.waitForFinished(600000) || dump.exitCode() != 0 || restore.exitCode() != 0)
        qFatal("pg_dump | psql failed: %s %s", dump.readAllStandardError().constData(), restore.readAllStandardError().constData());
    return clock.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (QStandardPaths::findExecutable(u"pg_dump"_s).isEmpty() || QStandardPaths::findExecutable(u"psql"_s).isEmpty())
        qFatal("pg_dump and psql are needed for the reference (package postgresql-client)");
    Bench bench;
    bench.start();
    createBigTable(bench.uri(u"main"_s));
    bench.schemaOnlyChild(u"big-canopy"_s);
    bench.schemaOnlyChild(u"big-dump"_s);
    bench.schemaOnlyChild(u"big-plain"_s);

    const QList<Neon::MaskingRule> rules{{u"clinic"_s, u"public"_s, u"big"_s, u"email"_s, u"anon.dummy_free_email()"_s, {}}};
    const double residentBefore = residentMegabytes();
    Pg::AnonymizedLoad load(bench.uri(u"main"_s), bench.uri(u"big-canopy"_s), std::make_shared<Models::RulesMasker>(rules, 5));
    bool ok = false;
    QString problem;
    QObject::connect(&load, &Pg::AnonymizedLoad::finished, &app, [&](bool done, const QString& why) {
        ok = done;
        problem = why;
    });
    QElapsedTimer clock;
    const double cpuBefore = processCpuSeconds();
    clock.start();
    load.start(10000);
    waitFor(&load, &Pg::AnonymizedLoad::finished);
    const qint64 canopyMs = clock.elapsed();
    const double canopyCpu = processCpuSeconds() - cpuBefore;
    if (!ok)
        qFatal("load: %s", qPrintable(problem));
    const double peak = peakResidentMegabytes();
    // The same load with nothing masked: every line passes through as the source wrote it.
    Pg::AnonymizedLoad plain(bench.uri(u"main"_s), bench.uri(u"big-plain"_s), std::make_shared<Models::RulesMasker>(QList<Neon::MaskingRule>(), 5));
    const double plainCpuBefore = processCpuSeconds();
    clock.restart();
    plain.start(10000);
    waitFor(&plain, &Pg::AnonymizedLoad::finished);
    const qint64 plainMs = clock.elapsed();
    const double plainCpu = processCpuSeconds() - plainCpuBefore;
    const qint64 dumpMs = dumpAndRestore(bench.uri(u"main"_s), bench.uri(u"big-dump"_s));

    printFigure(u"anon_load_1m_rows"_s, canopyMs / 1000.0, u"s"_s, 0, "lower");
    printFigure(u"anon_load_rows_per_s"_s, rowCount / (canopyMs / 1000.0), u"rows/s"_s, 0, "higher");
    printFigure(u"anon_load_canopy_cpu"_s, canopyCpu, u"s"_s, 0, "lower");
    printFigure(u"anon_load_unmasked_canopy_cpu"_s, plainCpu, u"s"_s, 0, "lower");
    printFigure(u"anon_load_peak_resident"_s, peak, u"MiB"_s, 200, "lower");
    printFigure(u"anon_load_resident_before"_s, residentBefore, u"MiB"_s, 0, "lower");
    printFigure(u"anon_load_unmasked_1m_rows"_s, plainMs / 1000.0, u"s"_s, 0, "lower");
    printFigure(u"anon_load_pg_dump_psql_1m_rows"_s, dumpMs / 1000.0, u"s"_s, 0, "lower");
    printFigure(u"anon_load_vs_pg_dump_psql"_s, double(canopyMs) / double(std::max<qint64>(1, dumpMs)), u"x"_s, 2, "lower");
    return 0;
}
