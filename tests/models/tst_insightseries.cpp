// SPDX-License-Identifier: MIT
// The Insight series builders over a known snapshot: exact values, the grouped rest, unit
// scaling, histogram buckets and the stale threshold, plan allowances, history sums, exports.
#include "testsupport.h"

#include <models/insightseries.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::InsightBranch;

namespace {
const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
constexpr qint64 GiB = 1024LL * 1024 * 1024;

InsightBranch make(const QString& project, const QString& name, qint64 size, qint64 computeSeconds, int ageDays,
                   int idleDays, const QString& flags = {})
{
    InsightBranch b;
    b.projectId = u"p-"_s + project;
    b.projectName = project;
    b.branch.id = u"br-"_s + name;
    b.branch.name = name;
    b.branch.parentId = flags.contains(u"root"_s) ? QString() : u"br-main"_s;
    b.branch.logicalSize = size;
    b.branch.computeTimeSeconds = computeSeconds;
    b.branch.activeTimeSeconds = computeSeconds * 4;
    b.branch.createdAt = now.addDays(-ageDays);
    b.branch.isDefault = flags.contains(u"default"_s);
    b.branch.isProtected = flags.contains(u"protected"_s);
    if (idleDays >= 0)
        b.activity = {now.addDays(-idleDays), flags.contains(u"active"_s) ? Models::ComputeState::Active : Models::ComputeState::Idle};
    return b;
}

const QList<InsightBranch> snapshot{
    make(u"shop"_s, u"main"_s, 10 * GiB, 7200, 200, 0, u"root default protected active"_s),
    make(u"shop"_s, u"main-dev"_s, 5 * GiB, 3600, 100, 2, u"protected"_s),
    make(u"shop"_s, u"dev-a"_s, 3 * 1024 * 1024, 1800, 20, 20),
    make(u"shop"_s, u"preview-pr-1"_s, 1024, 0, 5, -1),
    make(u"clinic"_s, u"main"_s, 2 * GiB, 900, 95, 1, u"root default"_s),
    make(u"clinic"_s, u"schema"_s, 0, 0, 1, -1, u"root"_s),
};
} // namespace

class TestInsightSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topBranchesGroupTheRest();
    void topBranchesByCompute();
    void units_data();
    void units();
    void histograms();
    void limits();
    void history();
    void exports();
    void tierMemoFollowsTheRules();
};

void TestInsightSeries::topBranchesGroupTheRest()
{
    const QList<Models::Bar> bars = Models::topBranches(snapshot, Models::BranchMetric::LogicalSize, 3, true);
    QCOMPARE(bars.size(), 4);
    QCOMPARE(bars.at(0).label, u"shop / main"_s);
    QCOMPARE(bars.at(0).value, double(10 * GiB));
    QCOMPARE(bars.at(1).label, u"shop / main-dev"_s);
    QCOMPARE(bars.at(2).label, u"clinic / main"_s);
    QCOMPARE(bars.at(2).tier, Models::Tier::Production);
    QVERIFY(bars.at(3).isRest());
    QCOMPARE(bars.at(3).grouped, 3);
    QCOMPARE(bars.at(3).value, double(3 * 1024 * 1024 + 1024 + 0));
    QCOMPARE(bars.at(3).label, u"3 others"_s);
    QVERIFY(bars.at(3).branchId.isEmpty());
    // Everything fits: no rest bar, and project names only in organization scope.
    const QList<Models::Bar> all = Models::topBranches(snapshot, Models::BranchMetric::LogicalSize, 10, false);
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.first().label, u"main"_s);
    QVERIFY(!all.last().isRest());
    // Ties (0 bytes, 0 bytes) keep a stable order by name.
    QCOMPARE(all.at(4).label, u"preview-pr-1"_s);
    QCOMPARE(all.at(5).label, u"schema"_s);
}

void TestInsightSeries::topBranchesByCompute()
{
    const QList<Models::Bar> bars = Models::topBranches(snapshot, Models::BranchMetric::ComputeTime, 2, false);
    QCOMPARE(bars.size(), 3);
    QCOMPARE(bars.at(0).value, 7200.0);
    QCOMPARE(bars.at(1).value, 3600.0);
    QCOMPARE(bars.at(2).value, 1800.0 + 900.0);
    QCOMPARE(Models::topBranches(snapshot, Models::BranchMetric::ActiveTime, 1, false).first().value, 28800.0);
    QVERIFY(Models::topBranches({}, Models::BranchMetric::ActiveTime, 5, false).isEmpty());
}

void TestInsightSeries::units_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << 1023.0 << u"B"_s << u"1023 B"_s;
    QTest::newRow("KiB") << 1536.0 << u"KiB"_s << u"1.5 KiB"_s;
    QTest::newRow("MiB") << 3.0 * 1024 * 1024 << u"MiB"_s << u"3.0 MiB"_s;
    QTest::newRow("GiB") << 10.0 * GiB << u"GiB"_s << u"10.0 GiB"_s;
    QTest::newRow("TiB") << 2048.0 * GiB << u"TiB"_s << u"2.0 TiB"_s;
}

void TestInsightSeries::units()
{
    QFETCH(double, bytes);
    QFETCH(QString, unit);
    QFETCH(QString, text);
    QCOMPARE(Models::bytesScale(bytes).unit, unit);
    QCOMPARE(Models::humanBytes(bytes), text);
    QCOMPARE(Models::hoursScale().apply(5400), 1.5);
    QCOMPARE(Models::humanHours(5400), u"1.50 h"_s);
    QCOMPARE(Models::humanHours(36000), u"10.0 h"_s);
    QCOMPARE(Models::historyScale(u"compute_unit_seconds"_s, 1e6).divisor, 3600.0);
    QCOMPARE(Models::historyScale(u"root_branch_bytes_month"_s, 3.0 * GiB).unit, u"GiB-months"_s);
    QCOMPARE(Models::historyScale(u"public_network_transfer_bytes"_s, 2048).unit, u"KiB"_s);
}

void TestInsightSeries::histograms()
{
    const Models::Histogram age = Models::dayHistogram(snapshot, Models::AgeKind::SinceCreated, now, 14);
    QCOMPARE(age.labels(), (QStringList{u"0–1 d"_s, u"1–3 d"_s, u"3–7 d"_s, u"7–14 d"_s, u"14–30 d"_s, u"30–60 d"_s,
                                        u"60–90 d"_s, u"90+ d"_s}));
    QCOMPARE(age.total(), 6);
    QCOMPARE(age.thresholdBucket, 4);
    // Ages 200, 100 → 90+; 20 → 14–30; 5 → 3–7; 95 → 90+; 1 → 1–3.
    QCOMPARE(age.counts.value(Models::Tier::Production), (QList<int>{0, 0, 0, 0, 0, 0, 0, 2}));
    QCOMPARE(age.counts.value(Models::Tier::Base), (QList<int>{0, 0, 0, 0, 0, 0, 0, 1}));
    QCOMPARE(age.counts.value(Models::Tier::Dev), (QList<int>{0, 0, 0, 0, 1, 0, 0, 0}));
    QCOMPARE(age.counts.value(Models::Tier::Preview), (QList<int>{0, 0, 1, 0, 0, 0, 0, 0}));
    QCOMPARE(age.counts.value(Models::Tier::Other), (QList<int>{0, 1, 0, 0, 0, 0, 0, 0}));
    // Activity: main's compute runs (0 days); preview-pr-1 never had one (5 days since created).
    const Models::Histogram quiet = Models::dayHistogram(snapshot, Models::AgeKind::SinceActive, now, 30);
    QCOMPARE(quiet.thresholdBucket, 5);
    QCOMPARE(quiet.counts.value(Models::Tier::Production), (QList<int>{1, 1, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(quiet.counts.value(Models::Tier::Preview), (QList<int>{0, 0, 1, 0, 0, 0, 0, 0}));
    QCOMPARE(quiet.counts.value(Models::Tier::Dev), (QList<int>{0, 0, 0, 0, 1, 0, 0, 0}));
    QCOMPARE(Models::dayHistogram(snapshot, Models::AgeKind::SinceActive, now, 1000).thresholdBucket, -1);
}

void TestInsightSeries::limits()
{
    const Models::PlanLimits scale = Models::planLimits(u"scale"_s, 0);
    QCOMPARE(scale.branches, 25);
    QCOMPARE(scale.rootBranches, 10);
    QCOMPARE(scale.protectedBranches, 5);
    QCOMPARE(Models::planLimits(u"launch"_s, 500).branches, 500); // the account's figure wins
    QCOMPARE(Models::planLimits(u"launch"_s, 500).protectedBranches, 2);
    QCOMPARE(Models::planLimits(u"free_v3"_s, 0).rootBranches, 3);
    QCOMPARE(Models::planLimits(u"enterprise"_s, 0).branches, -1);
    const QList<Models::LimitUse> use = Models::limitUse(snapshot, scale);
    QCOMPARE(use.size(), 2);
    QCOMPARE(use.at(0).projectName, u"shop"_s);
    QCOMPARE(use.at(0).branches, 4);
    QCOMPARE(use.at(0).rootBranches, 1);
    QCOMPARE(use.at(0).protectedBranches, 2);
    QCOMPARE(use.at(1).rootBranches, 2);
    QCOMPARE(Models::LimitUse::share(use.at(0).protectedBranches, scale.protectedBranches), 0.4);
    QCOMPARE(Models::LimitUse::share(3, -1), -1.0);
}

void TestInsightSeries::history()
{
    const QDateTime d1(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC), d2 = d1.addDays(1);
    Neon::ConsumptionSeries a, b;
    a.periods = {{u"x"_s, u"scale"_s, d1, {}, {{d1, d2, {{u"compute_unit_seconds"_s, 100}}}, {d2, d2.addDays(1), {{u"compute_unit_seconds"_s, 50}}}}}};
    b.periods = {{u"y"_s, u"scale"_s, d1, {}, {{d2, d2.addDays(1), {{u"compute_unit_seconds"_s, 25}}}}}};
    const QList<Models::HistoryPoint> points = Models::historyOf({b, a}, u"compute_unit_seconds"_s);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).start, d1);
    QCOMPARE(points.at(0).value, 100.0);
    QCOMPARE(points.at(1).value, 75.0);
    QVERIFY(Models::historyOf({a}, u"root_branch_bytes_month"_s).at(0).value == 0);
}

void TestInsightSeries::exports()
{
    const QList<QByteArray> lines = Models::branchesCsv(snapshot, now).split('\n');
    QCOMPARE(lines.size(), 8); // header, 6 rows, the empty tail
    QVERIFY(lines.at(0).startsWith("project_id,project_name,branch_id,branch_name"));
    QVERIFY(lines.at(1).contains(",10737418240,7200,28800,"));
    const QJsonArray list = QJsonDocument::fromJson(Models::branchesJson(snapshot, now)).object().value(u"branches"_s).toArray();
    QCOMPARE(list.size(), 6);
    QCOMPARE(list.at(2)[u"idle_days"_s].toInt(), 20);
    QCOMPARE(list.at(0)[u"parent_id"_s].isNull(), true);
}

void TestInsightSeries::tierMemoFollowsTheRules()
{
    // The memo answers as tierOf() does, also for a name seen as default and not, and starts
    // over when the rules change.
    Models::TierMemo memo;
    QList<InsightBranch> branches = snapshot;
    branches.append(make(u"shop"_s, u"main"_s, 0, 0, 1, -1)); // "main" again, not the default
    const auto expected = [&] {
        QList<Models::Tier> out;
        for (const InsightBranch& b : std::as_const(branches))
            out.append(Models::tierOf(b.branch));
        return out;
    };
    QCOMPARE(memo.tiersOf(branches), expected());
    QCOMPARE(memo.tiersOf(branches), expected()); // from the memo
    QCOMPARE(Models::tiersOf(branches), expected());
    const Models::TierRules before = Models::TierRules::current();
    Models::TierRules rules = before;
    QVERIFY(rules.setPatterns(Models::Tier::Qa, u"dev-*"_s));
    QVERIFY(rules.setPatterns(Models::Tier::Dev, u"nothing"_s));
    Models::TierRules::setCurrent(rules);
    const QList<Models::Tier> changed = memo.tiersOf(branches);
    QCOMPARE(changed, expected());
    QCOMPARE(changed.at(2), Models::Tier::Qa); // dev-a
    Models::TierRules::setCurrent(before);
    QCOMPARE(memo.tiersOf(branches).at(2), Models::Tier::Dev);
}

CANOPY_TEST_GUILESS_MAIN(TestInsightSeries)
#include "tst_insightseries.moc"
