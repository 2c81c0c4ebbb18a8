// SPDX-License-Identifier: MIT
// 2,000 GETs against the sandbox with --latency 20 (a Neon-like round trip added to every reply
// without blocking other requests; the server runs on its own thread). Canopy's client at its
// default concurrency, then a strictly sequential baseline (what the Neon CLI does), same run.
// Neon's account rate limits are switched off for both: on a real account they would cap both
// at ~11 requests/s; this measures the transport. Prints one JSON object per figure.
#include "sandboxthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <neon/client.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int requestCount = 2000;
constexpr int replyDelayMs = 20;

struct Figures
{
    double seconds = 0;
    QList<double> latenciesMs;
    int failures = 0;
};

/// Keeps `concurrency` calls outstanding until `requestCount` have completed.
Figures drive(Neon::Client& client, const QStringList& projects, int concurrency)
{
    Figures f;
    QElapsedTimer total;
    total.start();
    int issued = 0;
    int done = 0;
    QEventLoop loop;
    std::vector<Neon::PendingReply> live;
    std::function<void()> issue = [&] {
        if (issued >= requestCount)
            return;
        const int n = issued++;
        auto reply = client.branchCount(projects.at(n % projects.size()));
        auto* r = reply.get();
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QObject::connect(r, &Neon::Reply::finished, &loop, [&, r, started] {
            f.latenciesMs.append(double(started->nsecsElapsed()) / 1e6);
            if (!r->ok())
                ++f.failures;
            if (++done == requestCount)
                loop.quit();
            else
                issue();
        });
        live.push_back(std::move(reply));
    };
    for (int i = 0; i < concurrency; ++i)
        issue();
    loop.exec();
    f.seconds = double(total.nsecsElapsed()) / 1e9;
    return f;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values.at(index);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Sandbox::ServerOptions options;
    options.apiKey = u"bench"_s;
    options.latencyMs = replyDelayMs; // the sandbox's --latency: delays replies without blocking others
    Sandbox::Embedded server(u"scale:50:3"_s, options);
    QString error;
    if (!server.startAndWait(&error))
        qFatal("sandbox: %s", qPrintable(error));

    Neon::ClientConfig config;
    config.baseUrl = server.baseUrl;
    config.apiKey = u"bench"_s;
    config.transport.requestsPerMinute = 0;
    config.transport.requestsPerSecondPerRoute = 0;
    const int concurrency = config.transport.maxInFlight; // the default

    Figures concurrent;
    {
        Neon::Client client(config);
        concurrent = drive(client, server.projectIds, concurrency);
    }
    Figures sequential;
    {
        Neon::Client client(config);
        sequential = drive(client, server.projectIds, 1);
    }

    const double concurrentRps = requestCount / concurrent.seconds;
    const double sequentialRps = requestCount / sequential.seconds;
    printFigure(u"client_throughput.concurrent_requests_per_s"_s, concurrentRps, u"req/s"_s, 0, "higher");
    printFigure(u"client_throughput.concurrent_p50_latency"_s, percentile(concurrent.latenciesMs, 0.5), u"ms"_s, 0, "lower");
    printFigure(u"client_throughput.concurrent_p99_latency"_s, percentile(concurrent.latenciesMs, 0.99), u"ms"_s, 0, "lower");
    printFigure(u"client_throughput.sequential_requests_per_s"_s, sequentialRps, u"req/s"_s, 0, "higher");
    printFigure(u"client_throughput.sequential_p50_latency"_s, percentile(sequential.latenciesMs, 0.5), u"ms"_s, 0, "lower");
    printFigure(u"client_throughput.sequential_p99_latency"_s, percentile(sequential.latenciesMs, 0.99), u"ms"_s, 0, "lower");
    printFigure(u"client_throughput.speedup_vs_sequential"_s, concurrentRps / sequentialRps, u"x"_s, 5, "higher");
    if (concurrent.failures || sequential.failures) {
        std::fprintf(stderr, "client_throughput: %d + %d requests failed\n", concurrent.failures, sequential.failures);
        return 1;
    }
    return 0;
}
