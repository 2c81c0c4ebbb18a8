// SPDX-License-Identifier: MIT
// The consumption history behind the Insight charts, through the real client against the
// sandbox: 200 (figures that add up to what the sandbox recorded), 403 (no history on the plan:
// the fallback and why), 406 (a window Neon refuses: one retry with a shorter one), the cache.
#include "testsupport.h"
#include "clienttestutils.h"

#include <models/consumptionhistory.h>
#include <models/insightseries.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = Models::ConsumptionHistory::State;

namespace {
bool settle(Models::ConsumptionHistory& h)
{
    return QTest::qWaitFor([&h] { return h.state() != State::Loading && h.state() != State::Idle; }, 10000);
}
} // namespace

class TestConsumptionHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windows();
    void branchHistoryAddsUpToTheRecordedCounters();
    void projectHistoryIsTheSumOfItsBranches();
    void noHistoryOnThePlanFallsBack();
    void refusedWindowIsRetriedShorter();
    void answersAreCachedForFifteenMinutes();
};

void TestConsumptionHistory::windows()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    QCOMPARE(Models::ConsumptionHistory::earliestFrom(u"hourly"_s, now), now.addSecs(-168 * 3600));
    QCOMPARE(Models::ConsumptionHistory::earliestFrom(u"daily"_s, now), now.addDays(-60));
    QCOMPARE(Models::ConsumptionHistory::earliestFrom(u"monthly"_s, now), now.addYears(-1));
    QCOMPARE(Models::ConsumptionHistory::earliestFrom(u"monthly"_s, QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC)),
             QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC)); // nothing before March 2024
}

void TestConsumptionHistory::branchHistoryAddsUpToTheRecordedCounters()
{
    TestUtils::SandboxFixture sandbox(u"demo"_s);
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    Models::ConsumptionHistory history(&client);
    // preview-pr-42 was made 3 days ago and its compute runs: its whole life is in the window.
    const Neon::Branch* pr = sandbox.branch(u"shop"_s, u"preview-pr-42"_s);
    QVERIFY(pr && pr->computeTimeSeconds > 0);
    Models::ConsumptionHistory::Request r;
    r.orgId = sandbox.orgId();
    r.perBranch = true;
    r.projectIds = {sandbox.projectId(u"shop"_s)};
    r.branchIds = {pr->id};
    r.granularity = u"hourly"_s;
    r.metrics = {u"compute_unit_seconds"_s};
    history.load(r);
    QVERIFY(settle(history));
    QCOMPARE(history.state(), State::Ready);
    QCOMPARE(history.series().size(), 1);
    QCOMPARE(history.series().first().branchId, pr->id);
    const QList<Models::HistoryPoint> points = Models::historyOf(history.series(), u"compute_unit_seconds"_s);
    QVERIFY(points.size() >= 47);
    double sum = 0;
    for (const Models::HistoryPoint& p : points)
        sum += p.value;
    // 48 h of a 3-day life, each hourly frame rounded to whole seconds.
    const double lifetime = double(pr->createdAt.secsTo(QDateTime::currentDateTimeUtc()));
    const double expected = double(pr->computeTimeSeconds) * double(history.from().secsTo(history.to())) / lifetime;
    QVERIFY2(std::abs(sum - expected) <= expected * 0.02 + points.size(), qPrintable(u"%1 vs %2"_s.arg(sum).arg(expected)));
    QVERIFY(history.message().isEmpty());
}

void TestConsumptionHistory::projectHistoryIsTheSumOfItsBranches()
{
    TestUtils::SandboxFixture sandbox(u"demo"_s);
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    Models::ConsumptionHistory perProject(&client), perBranch(&client);
    Models::ConsumptionHistory::Request r;
    r.orgId = sandbox.orgId();
    r.projectIds = {sandbox.projectId(u"shop"_s)};
    r.metrics = {u"child_branch_bytes_month"_s};
    perProject.load(r);
    r.perBranch = true;
    perBranch.load(r);
    QVERIFY(settle(perProject) && settle(perBranch));
    QCOMPARE(perProject.state(), State::Ready);
    QCOMPARE(perBranch.series().size(), sandbox.branchesOf(u"shop"_s).size());
    const auto a = Models::historyOf(perProject.series(), u"child_branch_bytes_month"_s);
    const auto b = Models::historyOf(perBranch.series(), u"child_branch_bytes_month"_s);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        QVERIFY(std::abs(a.at(i).value - b.at(i).value) <= double(perBranch.series().size())); // per-branch rounding
    QVERIFY(a.last().value > 0);
}

void TestConsumptionHistory::noHistoryOnThePlanFallsBack()
{
    TestUtils::SandboxFixture sandbox(u"demo"_s);
    sandbox.state().organizations.first().plan = u"free_v3"_s;
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    Models::ConsumptionHistory history(&client);
    history.load({sandbox.orgId(), {}, {}, false, u"daily"_s, {u"compute_unit_seconds"_s}});
    QVERIFY(settle(history));
    QCOMPARE(history.state(), State::NotOnPlan);
    QVERIFY(history.series().isEmpty());
    QVERIFY2(history.message().contains(u"per-branch counters"_s) && history.message().contains(u"Scale"_s),
             qPrintable(history.message()));
}

void TestConsumptionHistory::refusedWindowIsRetriedShorter()
{
    TestUtils::SandboxFixture sandbox(u"demo"_s);
    QList<QString> froms;
    sandbox.server->setFaultHook([&froms](const HttpFront::Request& req) -> std::optional<Sandbox::Fault> {
        if (!req.path.contains(u"consumption_history"_s))
            return std::nullopt;
        froms.append(req.query.queryItemValue(u"from"_s, QUrl::FullyDecoded));
        if (froms.size() == 1)
            return Sandbox::Fault::error(406, u"from is outside the daily window"_s);
        return std::nullopt;
    });
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    Models::ConsumptionHistory history(&client);
    history.load({sandbox.orgId(), {}, {}, false, u"daily"_s, {u"compute_unit_seconds"_s}});
    QVERIFY(settle(history));
    QCOMPARE(history.state(), State::Ready);
    QCOMPARE(froms.size(), 2);
    QVERIFY(QDateTime::fromString(froms.at(1), Qt::ISODate) > QDateTime::fromString(froms.at(0), Qt::ISODate));
    QVERIFY2(history.message().contains(u"outside the daily window"_s), qPrintable(history.message()));

    // Refused twice: it says so rather than shortening forever.
    sandbox.server->setFaultHook([](const HttpFront::Request& req) -> std::optional<Sandbox::Fault> {
        if (req.path.contains(u"consumption_history"_s))
            return Sandbox::Fault::error(406, u"from is outside the daily window"_s);
        return std::nullopt;
    });
    history.load({sandbox.orgId(), {}, {}, false, u"daily"_s, {u"compute_unit_seconds"_s}}, true);
    QVERIFY(settle(history));
    QCOMPARE(history.state(), State::Failed);
    QVERIFY(history.message().contains(u"406"_s));
}

void TestConsumptionHistory::answersAreCachedForFifteenMinutes()
{
    TestUtils::SandboxFixture sandbox(u"demo"_s);
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    Models::ConsumptionHistory history(&client);
    const Models::ConsumptionHistory::Request r{sandbox.orgId(), {}, {}, false, u"monthly"_s, {u"compute_unit_seconds"_s}};
    history.load(r);
    QVERIFY(settle(history));
    const int asked = sandbox.count("GET", u"consumption_history"_s);
    history.load(r);
    QCOMPARE(history.state(), State::Ready);
    QCOMPARE(sandbox.count("GET", u"consumption_history"_s), asked);
    history.load(r, true); // Refresh asks again
    QVERIFY(settle(history));
    QCOMPARE(sandbox.count("GET", u"consumption_history"_s), asked + 1);
}

CANOPY_TEST_GUILESS_MAIN(TestConsumptionHistory)
#include "tst_consumptionhistory.moc"
