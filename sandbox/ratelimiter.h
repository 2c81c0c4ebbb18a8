// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace Sandbox {

/// The request limits the sandbox enforces: a plain N per second (`--rate-limit N/s`), or
/// Neon's published ones (`--rate-limit neon`: 700 requests a minute for the account, bursts of
/// 40 a second per route), each as a sliding window.
class RateLimiter
{
public:
    struct Limits
    {
        int perSecond = 0; ///< all requests; 0: none
        int perMinute = 0; ///< all requests; 0: none
        int perRoutePerSecond = 0; ///< per method and path template; 0: none
    };
    static Limits neon() { return {0, 700, 40}; }

    RateLimiter() = default;
    explicit RateLimiter(Limits limits) : m_limits(limits) { }
    bool isActive() const { return m_limits.perSecond > 0 || m_limits.perMinute > 0 || m_limits.perRoutePerSecond > 0; }
    /// Counts a request at `nowMs` on `route`; when it is over a limit, nothing is counted and the
    /// answer is how many seconds to wait (Retry-After, at least 1).
    std::optional<int> admit(qint64 nowMs, const QString& route);

private:
    Limits m_limits;
    std::deque<qint64> m_lastSecond;
    std::deque<qint64> m_lastMinute;
    QHash<QString, std::deque<qint64>> m_lastSecondByRoute;
};

} // namespace Sandbox
