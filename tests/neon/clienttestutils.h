// SPDX-License-Identifier: MIT
#pragma once

#include <sandbox/httpfront.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <neon/client.h>

namespace TestUtils {

inline const QString secretKey = QStringLiteral("napi_s3cr3t_test_key_do_not_log_4242");

/// Fast retries and polling so tests finish quickly; limits as in production unless changed.
inline Neon::ClientConfig config(const QUrl& baseUrl)
{
    Neon::ClientConfig c;
    c.baseUrl = baseUrl;
    c.apiKey = secretKey;
    c.transport.backoffBaseMs = 5;
    c.transport.backoffCapMs = 40;
    c.transport.transferTimeoutMs = 3000;
    c.pollIntervalMs = 10;
    c.settleTimeoutMs = 5000;
    return c;
}

/// Waits for a handle, but only when it has not finished already.
inline bool waitFor(Neon::Reply* reply, int timeoutMs = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &Neon::Reply::finished);
    return spy.wait(timeoutMs) || reply->isFinished();
}

inline QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject branchJson(const QString& id, const QString& name, const QString& parentId = {},
    const QString& state = QStringLiteral("ready"))
{
    QJsonObject b { { QStringLiteral("id"), id }, { QStringLiteral("project_id"), QStringLiteral("p-1") },
        { QStringLiteral("name"), name }, { QStringLiteral("current_state"), state },
        { QStringLiteral("state_changed_at"), QStringLiteral("2025-01-02T03:04:05Z") },
        { QStringLiteral("creation_source"), QStringLiteral("console") },
        { QStringLiteral("default"), parentId.isEmpty() }, { QStringLiteral("protected"), false },
        { QStringLiteral("cpu_used_sec"), 0 }, { QStringLiteral("active_time_seconds"), 10 },
        { QStringLiteral("compute_time_seconds"), 20 }, { QStringLiteral("written_data_bytes"), 30 },
        { QStringLiteral("data_transfer_bytes"), 40 },
        { QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z") },
        { QStringLiteral("updated_at"), QStringLiteral("2025-01-02T00:00:00Z") } };
    if (!parentId.isEmpty())
        b.insert(QStringLiteral("parent_id"), parentId);
    return b;
}

inline QJsonObject operationJson(
    const QString& id, const QString& action, const QString& status, const QString& error = {})
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("project_id"), QStringLiteral("p-1") },
        { QStringLiteral("action"), action }, { QStringLiteral("status"), status },
        { QStringLiteral("failures_count"), 0 }, { QStringLiteral("total_duration_ms"), 5 },
        { QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05Z") },
        { QStringLiteral("updated_at"), QStringLiteral("2025-01-02T03:04:05Z") } };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace TestUtils
