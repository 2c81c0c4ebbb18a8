// SPDX-License-Identifier: MIT
// The sandbox at scale: seed scale:2000:25 (50,000 branches). Prints start-up time, resident
// memory, and how many branch-list pages (limit 25) it serves per second on loopback, with
// 6 connections from a separate event loop (the sandbox runs on its own thread).
#include "sandboxthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;


int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString seed = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"scale:2000:25"_s;
    Sandbox::ServerOptions options;
    options.apiKey = u"bench"_s;
    Sandbox::Embedded server(seed, options);
    const double rssBefore = residentMegabytes();
    QString error;
    if (!server.startAndWait(&error))
        qFatal("sandbox: %s", qPrintable(error));
    const double rss = residentMegabytes() - rssBefore;

    constexpr int connections = 6; // QNetworkAccessManager's HTTP/1.1 connections per host
    constexpr int requests = 20000;
    QNetworkAccessManager nam;
    QRandomGenerator random(7);
    int issued = 0, done = 0, failed = 0, branchesSeen = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    std::function<void()> issue = [&] {
        if (issued >= requests)
            return;
        ++issued;
        const QString project = server.projectIds.at(random.bounded(int(server.projectIds.size())));
        QNetworkRequest request(QUrl(server.baseUrl.toString() + u"/projects/%1/branches?limit=25"_s.arg(project)));
        request.setRawHeader("Authorization", "Bearer bench");
        QNetworkReply* reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError)
                ++failed;
            else
                branchesSeen += int(body.count("\"current_state\""));
            reply->deleteLater();
            if (++done == requests)
                loop.quit();
            else
                issue();
        });
    };
    clock.start();
    for (int i = 0; i < connections * 2; ++i)
        issue();
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;

    printFigure(u"sandbox_scale.startup_time"_s, server.startupMs, u"ms"_s, 0, "lower");
    printFigure(u"sandbox_scale.resident_memory"_s, rss, u"MiB"_s, 0, "lower");
    printFigure(u"sandbox_scale.branch_list_pages_per_s"_s, requests / seconds, u"req/s"_s, 2000, "higher");
    if (failed || branchesSeen < requests * 20) {
        std::fprintf(stderr, "sandbox_scale: %d requests failed, %d branches seen\n", failed, branchesSeen);
        return 1;
    }
    return 0;
}
