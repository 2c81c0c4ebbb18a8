// SPDX-License-Identifier: MIT
// The sandbox's request limits, on a clock the test moves: Neon's published ones (700 a minute
// for the account, 40 a second per route) and the plain N a second; the Retry-After it answers.
#include "testsupport.h"

#include <sandbox/ratelimiter.h>

#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstsPerRoute();
    void accountPerMinute();
    void plainPerSecond();
};

void TestRateLimiter::burstsPerRoute()
{
    RateLimiter limiter(RateLimiter::neon());
    const QString route = u"GET /projects/{project_id}/operations"_s;
    for (int i = 0; i < 40; ++i)
        QVERIFY(!limiter.admit(100 + i, route));
    QCOMPARE(limiter.admit(200, route), std::optional<int>(1)); // the 41st in that second
    QVERIFY(!limiter.admit(200, u"DELETE /projects/{project_id}/branches/{branch_id}"_s)); // other routes go on
    QVERIFY(!limiter.admit(1100, route)); // the first ones left the window
}

void TestRateLimiter::accountPerMinute()
{
    RateLimiter limiter(RateLimiter::neon());
    qint64 t = 0;
    for (int i = 0; i < 700; ++i, t += 50) // 20 a second: under every burst limit
        QVERIFY2(!limiter.admit(t, u"route %1"_s.arg(i % 3)), qPrintable(QString::number(i)));
    // 35 s in, 700 sent: the next waits until the first leaves the minute.
    const std::optional<int> wait = limiter.admit(t, u"route 0"_s);
    QVERIFY(wait);
    QCOMPARE(*wait, int((60000 - t + 999) / 1000));
    QVERIFY(!limiter.admit(60000, u"route 0"_s));
}

void TestRateLimiter::plainPerSecond()
{
    RateLimiter limiter({5, 0, 0});
    for (int i = 0; i < 5; ++i)
        QVERIFY(!limiter.admit(i, u"r%1"_s.arg(i)));
    QCOMPARE(limiter.admit(10, u"r9"_s), std::optional<int>(1));
    QVERIFY(!limiter.admit(1000, u"r9"_s));
}

CANOPY_TEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
