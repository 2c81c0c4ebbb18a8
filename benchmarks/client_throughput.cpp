// SPDX-License-Identifier: MIT
// 2,000 GETs against a loopback server that adds 20 ms to every reply (a Neon-like round trip,
// without blocking other requests; the server runs on its own thread). Canopy's client at its
// default concurrency, then a strictly sequential baseline (what the Neon CLI does), same run.
// Neon's account rate limits are switched off for both: on a real account they would cap both
// at ~11 requests/s; this measures the transport. Prints one JSON object per figure.
#include <sandbox/httpfront.h>

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

class ServerThread : public QThread
{
public:
    quint16 port = 0;
    void run() override
    {
        HttpFront server;
        server.setHandler([](const HttpFront::Request&) {
            HttpFront::Response r = HttpFront::json(200, R"({"count":42})");
            r.delayMs = replyDelayMs;
            return r;
        });
        port = server.start();
        m_ready.release();
        exec();
    }
    void waitReady() { m_ready.acquire(); }

private:
    QSemaphore m_ready;
};

struct Figures
{
    double seconds = 0;
    QList<double> latenciesMs;
    int failures = 0;
};

/// Keeps `concurrency` calls outstanding until `requestCount` have completed.
Figures drive(Neon::Client& client, int concurrency)
{
    Figures f;
    QElapsedTimer total;
    total.start();
    int issued = 0;
    int done = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<Neon::Reply>> live;
    std::function<void()> issue = [&] {
        if (issued >= requestCount)
            return;
        const int n = issued++;
        auto reply = client.branchCount(u"proj-%1"_s.arg(n % 50));
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

void print(const QString& name, double value, const QString& unit, double target, const char* better)
{
    // Written by hand to keep the documented key order: name, value, unit, target, better.
    const QString targetPart = target > 0 ? u", \"target\": %1"_s.arg(target) : QString();
    std::printf("{\"name\": \"%s\", \"value\": %.2f, \"unit\": \"%s\"%s, \"better\": \"%s\"}\n", qPrintable(name),
        value, qPrintable(unit), qPrintable(targetPart), better);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ServerThread server;
    server.start();
    server.waitReady();

    Neon::ClientConfig config;
    config.baseUrl = QUrl(u"http://127.0.0.1:%1/api/v2"_s.arg(server.port));
    config.apiKey = u"bench"_s;
    config.transport.requestsPerMinute = 0;
    config.transport.requestsPerSecondPerRoute = 0;
    const int concurrency = config.transport.maxInFlight; // the default

    Figures concurrent;
    {
        Neon::Client client(config);
        concurrent = drive(client, concurrency);
    }
    Figures sequential;
    {
        Neon::Client client(config);
        sequential = drive(client, 1);
    }
    server.quit();
    server.wait();

    const double concurrentRps = requestCount / concurrent.seconds;
    const double sequentialRps = requestCount / sequential.seconds;
    print(u"client_throughput.concurrent_requests_per_s"_s, concurrentRps, u"req/s"_s, 0, "higher");
    print(u"client_throughput.concurrent_p50_latency"_s, percentile(concurrent.latenciesMs, 0.5), u"ms"_s, 0, "lower");
    print(u"client_throughput.concurrent_p99_latency"_s, percentile(concurrent.latenciesMs, 0.99), u"ms"_s, 0, "lower");
    print(u"client_throughput.sequential_requests_per_s"_s, sequentialRps, u"req/s"_s, 0, "higher");
    print(u"client_throughput.sequential_p50_latency"_s, percentile(sequential.latenciesMs, 0.5), u"ms"_s, 0, "lower");
    print(u"client_throughput.sequential_p99_latency"_s, percentile(sequential.latenciesMs, 0.99), u"ms"_s, 0, "lower");
    print(u"client_throughput.speedup_vs_sequential"_s, concurrentRps / sequentialRps, u"x"_s, 5, "higher");
    if (concurrent.failures || sequential.failures) {
        std::fprintf(stderr, "client_throughput: %d + %d requests failed\n", concurrent.failures, sequential.failures);
        return 1;
    }
    return 0;
}
