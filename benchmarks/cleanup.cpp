// SPDX-License-Identifier: MIT
// Deleting 500 planned branches across 20 projects (scale:20:26, every b-* branch) on the
// sandbox with 200 ms operations: Canopy's cleanup run (one deletion at a time per project,
// projects in parallel) against a strictly sequential run of the same plan, in the same
// process, each on a fresh sandbox. Target: at least 8× faster.
//
// The client is given the sandbox's limits (none) for both runs: the sandbox does not enforce
// Neon's 700 requests a minute, and with that limit both runs would measure the limiter.
#include "sandboxthread.h"

#include <models/cleanuprun.h>
#include <models/cleanupscan.h>
#include <neon/client.h>

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int operationMs = 200;

struct Timing
{
    qint64 ms = 0;
    int deleted = 0;
    int planned = 0;
};

Timing cleanOnce(int maxParallelProjects)
{
    Sandbox::ServerOptions options;
    options.apiKey = u"bench"_s;
    options.operationDurationMs = operationMs;
    Sandbox::Embedded server(u"scale:20:26"_s, options);
    QString error;
    if (!server.startAndWait(&error))
        qFatal("sandbox: %s", qPrintable(error));
    Neon::ClientConfig config;
    config.baseUrl = server.baseUrl;
    config.apiKey = options.apiKey;
    config.pollIntervalMs = 100;
    config.transport.requestsPerMinute = 0;
    config.transport.requestsPerSecondPerRoute = 0;
    Neon::Client client(config);

    Models::CleanupScan scan(&client, u"org-canopy-demo-12345678"_s);
    scan.start();
    waitFor(&scan, &Models::CleanupScan::finished);
    if (!scan.ok())
        qFatal("scan: %s", qPrintable(scan.problem()));
    Models::CleanupCriteria criteria;
    criteria.patterns = {u"b-*"_s};
    const Models::CleanupPlan plan = Models::planCleanup(scan.projects(), criteria, QDateTime::currentDateTimeUtc());

    Models::CleanupRun run(&client, plan, maxParallelProjects);
    run.start();
    waitFor(&run, &Models::CleanupRun::finished);
    const Models::CleanupReport report = run.report();
    return {report.elapsedMs, report.count(Models::CleanupReport::Outcome::Deleted), plan.deleteCount()};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Timing parallel = cleanOnce(0);
    const Timing sequential = cleanOnce(1);
    if (parallel.planned != 500 || parallel.deleted != 500 || sequential.deleted != 500)
        qFatal("expected 500 deletions: planned %d, parallel %d, sequential %d", parallel.planned, parallel.deleted,
               sequential.deleted);
    printFigure(u"cleanup_500_branches_20_projects"_s, parallel.ms / 1000.0, u"s"_s, 0, "lower");
    printFigure(u"cleanup_500_branches_sequential"_s, sequential.ms / 1000.0, u"s"_s, 0, "lower");
    printFigure(u"cleanup_speedup_vs_sequential"_s, double(sequential.ms) / double(std::max<qint64>(1, parallel.ms)), u"x"_s, 8,
                "higher");
    return 0;
}
