// SPDX-License-Identifier: MIT
// Tiers from names and flags; filters that keep the ancestors of every match visible.
#include "testsupport.h"

#include <models/branchfilterproxy.h>
#include <models/projecttreemodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::BranchFilterProxy;
using Models::ProjectTreeModel;
using Models::Tier;


namespace {
Neon::Branch branch(const QString& name, const QString& parent = {}, int idleDays = 0, int expiresInDays = 0)
{
    Neon::Branch b;
    b.id = u"br-"_s + name;
    b.name = name;
    b.parentId = parent.isEmpty() ? QString() : u"br-"_s + parent;
    b.currentState = u"ready"_s;
    b.updatedAt = QDateTime::currentDateTimeUtc().addDays(-idleDays);
    b.createdAt = b.updatedAt;
    if (expiresInDays)
        b.expiresAt = QDateTime::currentDateTimeUtc().addDays(expiresInDays);
    b.isDefault = name == "main"_L1;
    return b;
}

QString visible(const QAbstractItemModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        out += QString(depth * 2, QLatin1Char(' ')) + i.data().toString() + QLatin1Char('\n');
        out += visible(model, i, depth + 1);
    }
    return out;
}
/// A model with the project "shop" and a filter proxy, both under QAbstractItemModelTester.
struct Shop
{
    ProjectTreeModel model;
    BranchFilterProxy proxy;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
    Neon::Project project;
    Shop()
    {
        proxy.setSourceModel(&model);
        project.id = u"p-shop"_s;
        project.name = u"shop"_s;
        model.setProjects({project});
    }
};
} // namespace

class TestBranchFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tiers_data();
    void tiers();
    void filters_data();
    void filters();
    void configuredTierPatterns();
    void mergeWhileFilteringShowsNewMatchesWithAncestors();
};

void TestBranchFilterProxy::tiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isDefault");
    QTest::addColumn<Tier>("tier");
    QTest::addRow("default") << u"trunk"_s << true << Tier::Production;
    QTest::addRow("main") << u"main"_s << false << Tier::Production;
    QTest::addRow("main-dev") << u"main-dev"_s << false << Tier::Base;
    QTest::addRow("main-anon") << u"main-anon"_s << false << Tier::Base;
    QTest::addRow("dev") << u"dev-alice"_s << false << Tier::Dev;
    QTest::addRow("dev with slash") << u"dev/alex"_s << false << Tier::Dev;
    QTest::addRow("preview") << u"preview-pr-42"_s << false << Tier::Preview;
    QTest::addRow("qa") << u"qa-metrics-test"_s << false << Tier::Qa;
    QTest::addRow("backup of a reset") << u"dev-alice_old_2025-01-01"_s << false << Tier::Backup;
    QTest::addRow("anything else") << u"scratch"_s << false << Tier::Other;
}

void TestBranchFilterProxy::tiers()
{
    QFETCH(QString, name);
    QFETCH(bool, isDefault);
    QFETCH(Tier, tier);
    Neon::Branch b;
    b.name = name;
    b.isDefault = isDefault;
    QCOMPARE(Models::tierOf(b), tier);
}

void TestBranchFilterProxy::filters_data()
{
    QTest::addColumn<BranchFilterProxy::Filter>("filter");
    QTest::addColumn<QString>("expected");
    QTest::addRow("none") << BranchFilterProxy::Filter{}
                          << u"shop\n  main\n    main-dev\n      dev-alice\n      dev-bob\n      preview-pr-42\n      qa-old\n"_s;
    QTest::addRow("text keeps ancestors") << BranchFilterProxy::Filter{u"ALICE"_s, {}, 0, 0}
                                          << u"shop\n  main\n    main-dev\n      dev-alice\n"_s;
    QTest::addRow("tier") << BranchFilterProxy::Filter{{}, {Tier::Preview}, 0, 0}
                          << u"shop\n  main\n    main-dev\n      preview-pr-42\n"_s;
    QTest::addRow("stale for 30 days") << BranchFilterProxy::Filter{{}, {}, 30, 0}
                                       << u"shop\n  main\n    main-dev\n      dev-bob\n"_s;
    QTest::addRow("expiring within 2 days") << BranchFilterProxy::Filter{{}, {}, 0, 2}
                                            << u"shop\n  main\n    main-dev\n      preview-pr-42\n"_s;
    QTest::addRow("active compute") << BranchFilterProxy::Filter{{}, {}, 0, 0, true}
                                    << u"shop\n  main\n    main-dev\n      dev-alice\n"_s;
    QTest::addRow("text and tier together") << BranchFilterProxy::Filter{u"pr-"_s, {Tier::Preview, Tier::Dev}, 0, 0}
                                            << u"shop\n  main\n    main-dev\n      preview-pr-42\n"_s;
    QTest::addRow("nothing matches") << BranchFilterProxy::Filter{u"nope"_s, {}, 0, 0} << QString();
}

void TestBranchFilterProxy::filters()
{
    QFETCH(BranchFilterProxy::Filter, filter);
    QFETCH(QString, expected);
    Shop shop;
    ProjectTreeModel& model = shop.model;
    BranchFilterProxy& proxy = shop.proxy;
    const Neon::Project& p = shop.project;
    // qa-old was updated long ago but its compute ran yesterday: not stale.
    model.setBranches(p.id, {branch(u"main"_s), branch(u"main-dev"_s, u"main"_s), branch(u"dev-alice"_s, u"main-dev"_s),
                             branch(u"dev-bob"_s, u"main-dev"_s, 45), branch(u"preview-pr-42"_s, u"main-dev"_s, 1, 1),
                             branch(u"qa-old"_s, u"main-dev"_s, 60)},
                      {{u"br-qa-old"_s, Models::BranchActivity{QDateTime::currentDateTimeUtc().addDays(-1),
                                                                Models::ComputeState::Idle}},
                       {u"br-dev-alice"_s, Models::BranchActivity{QDateTime::currentDateTimeUtc(),
                                                                  Models::ComputeState::Active}}});
    proxy.setFilter(filter);
    QCOMPARE(visible(proxy), expected);
    proxy.setFilter({});
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1); // everything back
}

void TestBranchFilterProxy::configuredTierPatterns()
{
    const Models::TierRules saved = Models::TierRules::current();
    Models::TierRules rules = Models::TierRules::defaults();
    QVERIFY(rules.setPatterns(Tier::Preview, u"preview*, pr-*, review/*"_s));
    QVERIFY(rules.setPatterns(Tier::Dev, u"sandbox-*"_s));
    Models::TierRules::setCurrent(rules);
    Neon::Branch b;
    b.name = u"review/123"_s;
    QCOMPARE(Models::tierOf(b), Tier::Preview);
    b.name = u"SANDBOX-ann"_s;
    QCOMPARE(Models::tierOf(b), Tier::Dev);
    b.name = u"dev-alice"_s; // no longer a dev pattern
    QCOMPARE(Models::tierOf(b), Tier::Other);
    QCOMPARE(rules.patterns(Tier::Dev), u"sandbox-*"_s);
    Models::TierRules::setCurrent(saved);
    QCOMPARE(Models::tierOf(b), Tier::Dev);
}

void TestBranchFilterProxy::mergeWhileFilteringShowsNewMatchesWithAncestors()
{
    Shop shop;
    ProjectTreeModel& model = shop.model;
    BranchFilterProxy& proxy = shop.proxy;
    const Neon::Project& p = shop.project;
    model.setBranches(p.id, {branch(u"main"_s), branch(u"main-dev"_s, u"main"_s), branch(u"dev-alice"_s, u"main-dev"_s)});
    proxy.setFilter({u"carol"_s, {}, 0, 0});
    QCOMPARE(visible(proxy), QString());
    // A refresh brings dev-carol under main-dev: it shows with its ancestors.
    model.setBranches(p.id, {branch(u"main"_s), branch(u"main-dev"_s, u"main"_s), branch(u"dev-alice"_s, u"main-dev"_s),
                             branch(u"dev-carol"_s, u"main-dev"_s)});
    QTRY_COMPARE(visible(proxy), u"shop\n  main\n    main-dev\n      dev-carol\n"_s);
    // A rename away from the match hides it again.
    model.setBranches(p.id, {branch(u"main"_s), branch(u"main-dev"_s, u"main"_s), branch(u"dev-alice"_s, u"main-dev"_s)});
    QTRY_COMPARE(visible(proxy), QString());
}

CANOPY_TEST_GUILESS_MAIN(TestBranchFilterProxy)
#include "tst_branchfilterproxy.moc"
