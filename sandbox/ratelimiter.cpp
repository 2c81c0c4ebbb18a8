// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

namespace Sandbox {

namespace {
/// Drops what left the window; when `limit` requests remain in it, the milliseconds until the
/// oldest leaves.
std::optional<qint64> fullFor(std::deque<qint64>& window, qint64 nowMs, qint64 spanMs, int limit)
{
    while (!window.empty() && nowMs - window.front() >= spanMs)
        window.pop_front();
    if (limit <= 0 || qsizetype(window.size()) < limit)
        return std::nullopt;
    return window.front() + spanMs - nowMs;
}
} // namespace

std::optional<int> RateLimiter::admit(qint64 nowMs, const QString& route)
{
    std::deque<qint64>& routeWindow = m_lastSecondByRoute[route];
    qint64 waitMs = 0;
    bool refused = false;
    for (const auto& [window, span, limit] : {std::tuple{&m_lastSecond, qint64(1000), m_limits.perSecond},
                                              std::tuple{&m_lastMinute, qint64(60000), m_limits.perMinute},
                                              std::tuple{&routeWindow, qint64(1000), m_limits.perRoutePerSecond}}) {
        if (const std::optional<qint64> full = fullFor(*window, nowMs, span, limit)) {
            refused = true;
            waitMs = std::max(waitMs, *full);
        }
    }
    if (refused)
        return int(std::max<qint64>(1, (waitMs + 999) / 1000));
    for (std::deque<qint64>* window : {&m_lastSecond, &m_lastMinute, &routeWindow})
        window->push_back(nowMs);
    return std::nullopt;
}

} // namespace Sandbox
