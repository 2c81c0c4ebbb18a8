// SPDX-License-Identifier: MIT
// Badges, staleness and the sentence a screen reader hears for a branch row.
#include "testsupport.h"

#include <models/branchfacts.h>
#include <models/projecttreemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::Badge;
using Models::BranchActivity;
using Models::ComputeState;

namespace {
const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

QString labels(const QList<Badge>& badges)
{
    QStringList out;
    for (const Badge& b : badges)
        out.append(b.label);
    return out.join(u" | "_s);
}
} // namespace

class TestBranchFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badges_data();
    void badges();
    void modelServesBadgesAndSummary();
    void anAnonymizedBaseSaysWhereItsDataCameFrom();
    void badgesAndTooltipsUseTheSameWords();
};

void TestBranchFacts::badges_data()
{
    QTest::addColumn<Neon::Branch>("branch");
    QTest::addColumn<BranchActivity>("activity");
    QTest::addColumn<bool>("orphan");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<double>("heat");

    Neon::Branch main;
    main.name = u"main"_s;
    main.isDefault = true;
    main.isProtected = true;
    main.createdAt = now.addDays(-300);
    QTest::addRow("default, protected, running") << main << BranchActivity{now, ComputeState::Active} << false
                                                 << u"default | protected | active"_s << 0.0;

    Neon::Branch anon;
    anon.name = u"main-anon"_s;
    anon.initSource = u"schema-only"_s;
    anon.createdAt = now.addDays(-10);
    anon.restrictedActions = {{u"restore"_s, u"cannot restore anonymized branches"_s}};
    QTest::addRow("schema-only anonymized, quiet 10 days")
        << anon << BranchActivity{now.addDays(-12), ComputeState::Idle} << false
        << u"schema-only | anonymized | idle | 10 d quiet"_s << 10 / 30.0;

    Neon::Branch preview;
    preview.name = u"preview-pr-7"_s;
    preview.createdAt = now.addDays(-1);
    preview.expiresAt = now.addSecs(2 * 86400 + 3600);
    QTest::addRow("expiring in 2 days") << preview << BranchActivity{} << false << u"2 d left"_s << 0.0;
    preview.expiresAt = now.addSecs(5 * 3600 + 60);
    QTest::addRow("expiring in 5 hours") << preview << BranchActivity{} << false << u"5 h left"_s << 0.0;
    preview.expiresAt = now.addSecs(-60);
    QTest::addRow("expired") << preview << BranchActivity{} << false << u"expired"_s << 0.0;
    preview.expiresAt = now.addDays(30);
    QTest::addRow("expiry far away shows nothing") << preview << BranchActivity{} << false << QString() << 0.0;

    Neon::Branch restored;
    restored.name = u"main (restored from before-migration)"_s;
    restored.createdAt = now.addSecs(-60);
    restored.restoreStatus = u"restored"_s;
    restored.restoredFrom = u"snap-quiet-lake-12345678"_s;
    QTest::addRow("a restore waiting to be finalized") << restored << BranchActivity{now, ComputeState::Active} << false
                                                       << u"restore to finalize | active"_s << 0.0;
    restored.restoreStatus = u"finalized"_s;
    restored.isDefault = true;
    QTest::addRow("restored from a snapshot") << restored << BranchActivity{} << false << u"default | restored"_s << 0.0;

    Neon::Branch old;
    old.name = u"dev-bob"_s;
    old.createdAt = now.addDays(-90);
    old.lastResetAt = now.addDays(-45);
    QTest::addRow("orphan, a month and more quiet") << old << BranchActivity{} << true
                                                    << u"parent gone | 45 d quiet"_s << 1.0;
}

void TestBranchFacts::badges()
{
    QFETCH(Neon::Branch, branch);
    QFETCH(BranchActivity, activity);
    QFETCH(bool, orphan);
    QFETCH(QString, expected);
    QFETCH(double, heat);
    const QList<Badge> badges = Models::badgesOf(branch, activity, orphan, now);
    QCOMPARE(labels(badges), expected);
    const double shownHeat = badges.isEmpty() || badges.last().kind != Badge::Stale ? 0.0 : badges.last().heat;
    QCOMPARE(shownHeat, heat);
    for (const Badge& b : badges)
        QVERIFY2(!b.toolTip.isEmpty(), qPrintable(b.label)); // every badge says why
}

void TestBranchFacts::anAnonymizedBaseSaysWhereItsDataCameFrom()
{
    Neon::Branch main;
    main.id = u"br-main"_s;
    main.name = u"main"_s;
    Neon::Branch base;
    base.name = u"main-anon-2026-11-29"_s; // no tier pattern matches the dated name
    base.initSource = u"schema-only"_s;
    base.isProtected = true;
    QCOMPARE(Models::tierOf(base), Models::Tier::Other);
    QVERIFY(Models::badgesOf(base, {}, false, now).first().toolTip.contains(u"no data"_s));
    base.annotation = Models::anonymizedFromAnnotation(main, now);
    QCOMPARE(base.annotation.value(u"anonymized_from"_s), u"main"_s);
    QCOMPARE(base.annotation.value(u"anonymized_from_id"_s), u"br-main"_s);
    QCOMPARE(Models::anonymizedFrom(base).at, now);
    QCOMPARE(Models::tierOf(base), Models::Tier::Base);
    const QList<Badge> badges = Models::badgesOf(base, {}, false, now);
    QCOMPARE(labels(badges), u"schema-only | anonymized from main | protected"_s);
    QVERIFY2(!badges.first().toolTip.contains(u"no data"_s), qPrintable(badges.first().toolTip)); // it has data now
    QVERIFY(badges.first().toolTip.contains(u"loaded with its rows, anonymized"_s));
    QVERIFY(badges.at(1).toolTip.contains(u"Its data is main's"_s));
    // A backup of it stays a backup.
    base.name = u"main-anon_old_2026-11-29T10:00:00Z"_s;
    QCOMPARE(Models::tierOf(base), Models::Tier::Backup);
}

void TestBranchFacts::badgesAndTooltipsUseTheSameWords()
{
    Neon::Branch b;
    b.name = u"dev-x"_s;
    b.createdAt = now;
    for (const auto& [state, word] : {std::pair{ComputeState::Idle, u"Idle"_s}, std::pair{ComputeState::Active, u"running"_s}}) {
        const QList<Badge> badges = Models::badgesOf(b, BranchActivity{now, state}, false, now);
        QCOMPARE(badges.size(), 1);
        QVERIFY2(badges.first().toolTip.contains(word), qPrintable(badges.first().toolTip));
        QVERIFY(!badges.first().toolTip.contains(u"suspended"_s) || state != ComputeState::Idle);
    }
}

void TestBranchFacts::modelServesBadgesAndSummary()
{
    Models::ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(now);
    Neon::Project p;
    p.id = u"p-1"_s;
    p.name = u"shop"_s;
    model.setProjects({p});
    Neon::Branch main;
    main.id = u"br-main"_s;
    main.name = u"main"_s;
    main.isDefault = true;
    main.currentState = u"ready"_s;
    main.createdAt = now.addDays(-20);
    model.setBranches(p.id, {main}, {{main.id, BranchActivity{now.addDays(-4), ComputeState::Idle}}});
    const QModelIndex row = model.branchIndex(p.id, main.id);
    QCOMPARE(row.data(Qt::AccessibleTextRole).toString(), u"main, ready, tier production, default, idle, 4 d quiet"_s);
    QCOMPARE(labels(row.data(Models::ProjectTreeModel::BadgesRole).value<QList<Badge>>()), u"default | idle | 4 d quiet"_s);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"No activity for 4 day(s)."_s));
    QCOMPARE(model.projectIndex(p.id).data(Qt::AccessibleTextRole).toString(), u"Project shop"_s);

    // Activity changing is a change of the name column (its badges), announced as such.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBranches(p.id, {main}, {{main.id, BranchActivity{now, ComputeState::Active}}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(Models::ProjectTreeModel::NameColumn));
    QCOMPARE(labels(row.data(Models::ProjectTreeModel::BadgesRole).value<QList<Badge>>()), u"default | active"_s);
}

CANOPY_TEST_GUILESS_MAIN(TestBranchFacts)
#include "tst_branchfacts.moc"
