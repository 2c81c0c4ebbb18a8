// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Models {

/// Loads consumption history for the Insight charts within Neon's look-back windows (hourly
/// 168 h, daily 60 days, monthly 1 year, nothing before March 2024), caches it for 15 minutes
/// (Neon refreshes it about that often and allows ~30 requests a minute), and says plainly when
/// the plan has none (403: the charts fall back to the per-branch counters) or when Neon refused
/// the window (406: one retry with a shorter one).
class ConsumptionHistory : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, NotOnPlan, Failed };
    struct Request
    {
        QString orgId;
        QStringList projectIds; ///< per-branch history needs exactly these (1..100)
        QStringList branchIds; ///< per-branch history: only these (optional)
        bool perBranch = false;
        QString granularity = QStringLiteral("daily");
        QStringList metrics;
        bool operator==(const Request&) const = default;
    };

    explicit ConsumptionHistory(Neon::Client* client, QObject* parent = nullptr);
    ~ConsumptionHistory() override;

    /// Loads unless the same request was answered in the last 15 minutes (`force` ignores that).
    void load(const Request& request, bool force = false);
    State state() const { return m_state; }
    /// What people should know: why there is no history, or that the window was shortened.
    QString message() const { return m_message; }
    const QList<Neon::ConsumptionSeries>& series() const { return m_series; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }

    /// The span asked for by default and the earliest `from` Neon accepts, per granularity.
    static qint64 defaultSpanSeconds(const QString& granularity);
    static QDateTime earliestFrom(const QString& granularity, const QDateTime& now);

Q_SIGNALS:
    void changed();

private:
    void send();
    void arrived();

    QPointer<Neon::Client> m_client;
    Request m_request;
    State m_state = State::Idle;
    QString m_message;
    QList<Neon::ConsumptionSeries> m_series;
    QDateTime m_from;
    QDateTime m_to;
    bool m_retried = false;
    QElapsedTimer m_answeredAt;
    Neon::Pending<QList<Neon::ConsumptionSeries>> m_reply;
};

} // namespace Models
