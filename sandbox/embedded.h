// SPDX-License-Identifier: MIT
#pragma once

#include "seeds.h"
#include "server.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>

namespace Sandbox {

/// A sandbox server on its own thread: for `canopy --demo` (the window never waits for it)
/// and for benchmarks (the load it serves does not share an event loop with its client).
class Embedded : public QThread
{
public:
    Embedded(QString seed, ServerOptions options)
        : m_seed(std::move(seed))
        , m_options(std::move(options))
    {
    }
    ~Embedded() override
    {
        quit();
        wait();
    }

    /// Starts the thread and waits until the server listens; false with a reason otherwise.
    bool startAndWait(QString* error)
    {
        start();
        m_ready.acquire();
        *error = m_error;
        return m_error.isEmpty();
    }

    double startupMs = 0;
    QUrl baseUrl;
    QStringList projectIds;
    const ServerOptions& options() const { return m_options; }

protected:
    void run() override
    {
        QElapsedTimer clock;
        clock.start();
        State state;
        if (!seedState(m_seed, QDateTime::currentDateTimeUtc(), state, &m_error)) {
            m_ready.release();
            return;
        }
        auto server = std::make_unique<Server>(m_options, std::move(state));
        if (!server->start(&m_error)) {
            m_ready.release();
            return;
        }
        startupMs = double(clock.nsecsElapsed()) / 1e6;
        baseUrl = server->baseUrl();
        projectIds = server->state().projects.keys();
        m_ready.release();
        exec();
    }

private:
    QString m_seed;
    ServerOptions m_options;
    QSemaphore m_ready;
    QString m_error;
};

} // namespace Sandbox
