// SPDX-License-Identifier: MIT
// Bulk work at Neon's rate-limit floor: 500 deletions over 20 projects (scale:20:26, every b-*
// branch) against the sandbox with Neon's published limits (--rate-limit neon: 700 requests a
// minute, 40 a second per route) and 20 ms latency, Canopy's client limiter on. Prints the
// requests per deletion, the wall time and the floor (the requests the job cannot avoid — the
// deletions and the lists — at 700 a minute), for the client's batched operation tracking and,
// as the baseline in the same run, for the older per-operation polling.
#include "sandboxthread.h"

#include <models/cleanuprun.h>
#include <models/cleanupscan.h>
#include <neon/client.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    qint64 ms = 0;
    qint64 requests = 0;
    qint64 listRequests = 0; ///< the scan: projects and branch lists
    int deleted = 0;
    int planned = 0;
};

Run cleanOnce(bool batched)
{
    Sandbox::ServerOptions options;
    options.apiKey = u"bench"_s;
    options.operationDurationMs = 300;
    options.latencyMs = 20;
    const Sandbox::RateLimiter::Limits neon = Sandbox::RateLimiter::neon();
    options.rateLimitPerMinute = neon.perMinute;
    options.rateLimitPerRoutePerSecond = neon.perRoutePerSecond;
    Sandbox::Embedded server(u"scale:20:26"_s, options);
    QString error;
    if (!server.startAndWait(&error))
        qFatal("sandbox: %s", qPrintable(error));
    Neon::ClientConfig config; // Neon's limits: the client's limiter is on
    config.baseUrl = server.baseUrl;
    config.apiKey = options.apiKey;
    config.batchedOperationPolling = batched;
    Neon::Client client(config);

    Models::CleanupScan scan(&client, u"org-canopy-demo-12345678"_s);
    scan.start();
    waitFor(&scan, &Models::CleanupScan::finished);
    if (!scan.ok())
        qFatal("scan: %s", qPrintable(scan.problem()));
    Run out;
    out.listRequests = client.requestsSent();
    Models::CleanupCriteria criteria;
    criteria.patterns = {u"b-*"_s};
    const Models::CleanupPlan plan = Models::planCleanup(scan.projects(), criteria, QDateTime::currentDateTimeUtc());
    Models::CleanupRun run(&client, plan, 0);
    run.start();
    waitFor(&run, &Models::CleanupRun::finished);
    const Models::CleanupReport report = run.report();
    out.ms = report.elapsedMs;
    out.requests = client.requestsSent() - out.listRequests;
    out.deleted = report.count(Models::CleanupReport::Outcome::Deleted);
    out.planned = plan.deleteCount();
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Run batched = cleanOnce(true);
    const Run baseline = cleanOnce(false);
    if (batched.planned != 500 || batched.deleted != 500 || baseline.deleted != 500)
        qFatal("expected 500 deletions: planned %d, batched %d, baseline %d", batched.planned, batched.deleted, baseline.deleted);
    // What the job cannot avoid: one DELETE per branch, and the lists the plan was made from.
    const double floorS = double(batched.deleted + batched.listRequests) / 700.0 * 60.0;
    printFigure(u"cleanup_rate_limited.floor"_s, floorS, u"s"_s, 0, "lower");
    printFigure(u"cleanup_rate_limited.requests_per_deletion"_s, double(batched.requests) / batched.deleted, u"requests"_s, 1.2,
                "lower");
    printFigure(u"cleanup_rate_limited.wall_time"_s, batched.ms / 1000.0, u"s"_s, 0, "lower");
    printFigure(u"cleanup_rate_limited.wall_vs_floor"_s, batched.ms / 1000.0 / floorS, u"x"_s, 1.25, "lower");
    printFigure(u"cleanup_rate_limited.baseline_requests_per_deletion"_s, double(baseline.requests) / baseline.deleted,
                u"requests"_s, 0, "lower");
    printFigure(u"cleanup_rate_limited.baseline_wall_time"_s, baseline.ms / 1000.0, u"s"_s, 0, "lower");
    printFigure(u"cleanup_rate_limited.baseline_wall_vs_floor"_s, baseline.ms / 1000.0 / floorS, u"x"_s, 0, "lower");
    return 0;
}
