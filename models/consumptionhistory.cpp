// SPDX-License-Identifier: MIT
#include "consumptionhistory.h"
#include "formatting.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Insight)
};
constexpr qint64 cacheMs = 15 * 60 * 1000;
constexpr qint64 marginSeconds = 300; ///< stay inside the window despite clock differences
} // namespace

ConsumptionHistory::ConsumptionHistory(Neon::Client* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

ConsumptionHistory::~ConsumptionHistory() = default;

qint64 ConsumptionHistory::defaultSpanSeconds(const QString& granularity)
{
    if (granularity == "hourly"_L1)
        return 48 * 3600;
    if (granularity == "monthly"_L1)
        return 365LL * 86400;
    return 30LL * 86400;
}

QDateTime ConsumptionHistory::earliestFrom(const QString& granularity, const QDateTime& now)
{
    QDateTime earliest = granularity == "hourly"_L1    ? now.addSecs(-168 * 3600)
                         : granularity == "monthly"_L1 ? now.addYears(-1)
                                                       : now.addDays(-60);
    return std::max(earliest, QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
}

void ConsumptionHistory::load(const Request& request, bool force)
{
    const bool fresh = m_answeredAt.isValid() && m_answeredAt.elapsed() < cacheMs;
    if (!force && request == m_request && (m_state == State::Loading || ((m_state == State::Ready || m_state == State::NotOnPlan) && fresh)))
        return;
    m_request = request;
    m_to = QDateTime::currentDateTimeUtc();
    const QDateTime earliest = earliestFrom(request.granularity, m_to).addSecs(marginSeconds);
    m_from = std::max(m_to.addSecs(-defaultSpanSeconds(request.granularity)), earliest);
    m_retried = false;
    m_message.clear();
    send();
}

void ConsumptionHistory::send()
{
    if (!m_client)
        return;
    Neon::ConsumptionQuery q;
    q.orgId = m_request.orgId;
    q.from = m_from;
    q.to = m_to;
    q.granularity = m_request.granularity;
    q.metrics = m_request.metrics;
    q.projectIds = m_request.projectIds;
    q.branchIds = m_request.branchIds;
    m_reply = m_request.perBranch ? m_client->branchConsumption(q) : m_client->projectConsumption(q);
    m_state = State::Loading;
    connect(m_reply.get(), &Neon::Reply::finished, this, &ConsumptionHistory::arrived);
    Q_EMIT changed();
}

void ConsumptionHistory::arrived()
{
    const auto reply = std::move(m_reply); // deleted after its finished()
    const Neon::Error& e = reply->error();
    if (reply->ok()) {
        m_series = reply->value();
        m_state = State::Ready;
        m_answeredAt.start();
    } else if (e.kind == Neon::Error::Kind::Http && e.httpStatus == 403) {
        m_series.clear();
        m_state = State::NotOnPlan;
        m_answeredAt.start();
        m_message = Text::tr("No consumption history on this plan (Neon keeps it for the Launch, Scale, Agent, Business "
                             "and Enterprise plans): showing this period's per-branch counters instead. Neon said: %1")
                        .arg(e.message);
    } else if (e.kind == Neon::Error::Kind::Http && e.httpStatus == 406 && !m_retried) {
        // Outside the window Neon keeps for this granularity: try the nearer half once.
        m_retried = true;
        m_from = m_from.addSecs(m_from.secsTo(m_to) / 2);
        m_message = Text::tr("Neon refused the longer window (%1); showing from %2.")
                        .arg(e.message, Formatting::localShort(m_from));
        return send();
    } else {
        m_series.clear();
        m_state = State::Failed;
        m_message = Text::tr("The consumption history could not be loaded: %1").arg(e.toUserText());
    }
    Q_EMIT changed();
}

} // namespace Models
