// SPDX-License-Identifier: MIT
// Loading a whole organization as the cleanup scan and the window do: sandbox `scale:50:200`
// (50 projects, 10,000 branches) answering every request after 20 ms. Canopy's load (lists at
// the largest `limit` the API allows: 1 request for the projects, then per project 1 for its
// branches and 1 for its endpoints, concurrently under the client's limits) against a client that
// pages with `limit=100` and loads one project after the other, as other Neon tools do; the same
// sandbox, the same run. Prints the request counts, the floor, both wall times and the ratio.
#include "sandboxthread.h"

#include <models/cleanupscan.h>
#include <neon/client.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int projectCount = 50;
constexpr int branchesPerProject = 200;
constexpr int latencyMs = 20;

struct Scan
{
    qint64 ms = 0;
    int requests = 0;
    int branches = 0;
};

std::unique_ptr<Sandbox::Server> startSandbox()
{
    Sandbox::State state;
    QString error;
    if (!Sandbox::seedState(u"scale:%1:%2"_s.arg(projectCount).arg(branchesPerProject), QDateTime::currentDateTimeUtc(), state, &error, 7))
        qFatal("seed: %s", qPrintable(error));
    Sandbox::ServerOptions options;
    options.apiKey = u"bench"_s;
    options.latencyMs = latencyMs;
    auto server = std::make_unique<Sandbox::Server>(options, std::move(state));
    if (!server->start(&error))
        qFatal("sandbox: %s", qPrintable(error));
    server->front().recordRequests = true;
    return server;
}

Neon::ClientConfig clientConfig(const Sandbox::Server& server, int pageSize)
{
    Neon::ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = u"bench"_s;
    config.pageSize = pageSize;
    return config;
}

/// Canopy: the cleanup scan (the window's and the headless commands' loader per project).
Scan canopyScan(Sandbox::Server& server, const QString& orgId)
{
    Neon::Client client(clientConfig(server, 0));
    server.front().requests.clear();
    QElapsedTimer clock;
    clock.start();
    Models::CleanupScan scan(&client, orgId);
    scan.start();
    waitFor(&scan, &Models::CleanupScan::finished);
    if (!scan.ok())
        qFatal("scan: %s", qPrintable(scan.problem()));
    Scan out{clock.elapsed(), int(server.front().requests.size()), 0};
    for (const Models::ProjectBranches& p : scan.projects())
        out.branches += int(p.branches.size());
    return out;
}

/// The baseline: pages of 100, one request at a time, project after project.
Scan pagedSequentialScan(Sandbox::Server& server, const QString& orgId)
{
    Neon::Client client(clientConfig(server, 100));
    server.front().requests.clear();
    QElapsedTimer clock;
    clock.start();
    auto projects = client.projects({orgId, {}});
    waitFor(projects.get(), &Neon::Reply::finished);
    Scan out;
    for (const Neon::Project& p : projects->value()) {
        auto branches = client.branches(p.id);
        waitFor(branches.get(), &Neon::Reply::finished);
        auto endpoints = client.projectEndpoints(p.id);
        waitFor(endpoints.get(), &Neon::Reply::finished);
        if (!branches->ok() || !endpoints->ok())
            qFatal("paged scan of %s failed", qPrintable(p.id));
        out.branches += int(branches->value().branches.size());
    }
    out.ms = clock.elapsed();
    out.requests = int(server.front().requests.size());
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::unique_ptr<Sandbox::Server> server = startSandbox();
    const QString orgId = server->state().organizations.first().id;
    const Scan paged = pagedSequentialScan(*server, orgId);
    const Scan canopy = canopyScan(*server, orgId);
    const int expected = projectCount * branchesPerProject;
    if (canopy.branches != expected || paged.branches != expected)
        qFatal("expected %d branches: canopy %d, paged %d", expected, canopy.branches, paged.branches);
    const int floor = 1 + 2 * projectCount;
    printFigure(u"org_scan_requests"_s, canopy.requests, u"requests"_s, floor, "lower");
    printFigure(u"org_scan_10000_branches"_s, double(canopy.ms), u"ms"_s, 0, "lower");
    printFigure(u"org_scan_paged_100_sequential_requests"_s, paged.requests, u"requests"_s, 0, "lower");
    printFigure(u"org_scan_paged_100_sequential"_s, double(paged.ms), u"ms"_s, 0, "lower");
    printFigure(u"org_scan_speedup_vs_paged_sequential"_s, double(paged.ms) / double(std::max<qint64>(1, canopy.ms)), u"x"_s, 5,
                "higher");
    return 0;
}
