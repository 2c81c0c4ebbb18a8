// SPDX-License-Identifier: MIT
#pragma once

#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>

#include <memory>

/// Runs a sandbox server on its own thread, so the load it serves does not share an event
/// loop with the client that measures it.
class SandboxThread : public QThread
{
public:
    SandboxThread(QString seed, Sandbox::ServerOptions options)
        : m_seed(std::move(seed))
        , m_options(std::move(options))
    {
    }

    void run() override
    {
        QElapsedTimer clock;
        clock.start();
        Sandbox::State state;
        QString error;
        if (!Sandbox::seedState(m_seed, QDateTime::currentDateTimeUtc(), state, &error, 1))
            qFatal("seed: %s", qPrintable(error));
        auto server = std::make_unique<Sandbox::Server>(m_options, std::move(state));
        if (!server->start(&error))
            qFatal("sandbox: %s", qPrintable(error));
        startupMs = double(clock.nsecsElapsed()) / 1e6;
        baseUrl = server->baseUrl();
        projectIds = server->state().projects.keys();
        m_ready.release();
        exec();
    }
    void waitReady() { m_ready.acquire(); }

    double startupMs = 0;
    QUrl baseUrl;
    QStringList projectIds;

private:
    QString m_seed;
    Sandbox::ServerOptions m_options;
    QSemaphore m_ready;
};

/// One JSON object per figure: name, value, unit, target, better (in that order).
inline void printFigure(const QString& name, double value, const QString& unit, double target, const char* better)
{
    const QString targetPart = target > 0 ? QStringLiteral(", \"target\": %1").arg(target) : QString();
    std::printf("{\"name\": \"%s\", \"value\": %.2f, \"unit\": \"%s\"%s, \"better\": \"%s\"}\n", qPrintable(name), value,
                qPrintable(unit), qPrintable(targetPart), better);
    std::fflush(stdout);
}
