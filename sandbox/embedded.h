// SPDX-License-Identifier: MIT
#pragma once

#include "dataplane.h"
#include "seeds.h"
#include "server.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

#include <functional>

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

    /// Starts the thread and calls `ready(error)` on `context`'s thread once the server listens
    /// (error empty) or failed to; the caller's event loop keeps running meanwhile.
    void startThen(QObject* context, std::function<void(const QString& error)> ready)
    {
        m_context = context;
        m_readyCallback = std::move(ready);
        start();
    }

    QString dataPlaneStatus;
    PostgresAddress dataPlaneAddress; ///< the administrator's, when the data plane is on

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
        std::unique_ptr<Server> server;
        if (seedState(m_seed, QDateTime::currentDateTimeUtc(), state, &m_error)) {
            server = std::make_unique<Server>(m_options, std::move(state));
            if (server->start(&m_error)) {
                startupMs = double(clock.nsecsElapsed()) / 1e6;
                baseUrl = server->baseUrl();
                projectIds = server->state().projects.keys();
                dataPlaneStatus = server->dataPlaneStatus();
                if (server->dataPlane())
                    dataPlaneAddress = server->dataPlane()->address();
            }
        }
        const bool ok = m_error.isEmpty();
        m_ready.release();
        if (m_readyCallback)
            QMetaObject::invokeMethod(m_context, [this, error = m_error] { m_readyCallback(error); }, Qt::QueuedConnection);
        if (ok)
            exec();
    }

private:
    QString m_seed;
    ServerOptions m_options;
    QSemaphore m_ready;
    QString m_error;
    QPointer<QObject> m_context;
    std::function<void(const QString&)> m_readyCallback;
};

} // namespace Sandbox
