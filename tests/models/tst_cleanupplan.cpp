// SPDX-License-Identifier: MIT
// The cleanup planner over hand-written trees: every guard, the subtree rule, leaves first,
// name patterns, and inactivity judged from the computes' activity and the branch's updates.
#include "testsupport.h"

#include <models/cleanupplan.h>
#include <models/cleanuprun.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::CleanupEntry;
using Guard = Models::CleanupEntry::Guard;

Q_DECLARE_METATYPE(Guard)

namespace {
const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

/// One project from an indented outline, two spaces per level; after each name its facts:
///   default protected schema-only active      flags
///   age=N      created N days ago (default 100; updated then too)
///   idle=N     a compute last active N days ago
///   updated=N  the branch itself changed N days ago
///   expired=N  expiration N days ago (negative: ahead)
///   compute=N  compute seconds this period (default 3600)
///   pending=S  an operation is running (pending_state S)
///   restore=S  restore_status S (restored: a restore from a snapshot waiting to be finalized)
Models::ProjectBranches outline(const QString& text, const QString& projectId = u"p-1"_s)
{
    Models::ProjectBranches p;
    p.projectId = projectId;
    p.projectName = u"project "_s + projectId;
    QList<QString> stack; // branch id per depth
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int depth = int(line.size() - line.trimmed().size()) / 2;
        const QStringList words = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        Neon::Branch b;
        b.name = words.first();
        b.id = u"br-"_s + b.name;
        b.projectId = projectId;
        stack.resize(depth);
        b.parentId = depth > 0 ? stack.at(depth - 1) : QString();
        stack.append(b.id);
        b.currentState = u"ready"_s;
        b.createdAt = b.updatedAt = now.addDays(-100);
        b.computeTimeSeconds = b.activeTimeSeconds = 3600;
        for (const QString& w : words.mid(1)) {
            const QString key = w.section(QLatin1Char('='), 0, 0);
            const int n = w.section(QLatin1Char('='), 1).toInt();
            if (key == "default"_L1)
                b.isDefault = true;
            else if (key == "protected"_L1)
                b.isProtected = true;
            else if (key == "schema-only"_L1)
                b.initSource = u"schema-only"_s;
            else if (key == "restore"_L1)
                b.restoreStatus = w.section(QLatin1Char('='), 1);
            else if (key == "active"_L1)
                p.activity[b.id].compute = Models::ComputeState::Active;
            else if (key == "age"_L1)
                b.createdAt = b.updatedAt = now.addDays(-n);
            else if (key == "idle"_L1)
                p.activity[b.id] = {now.addDays(-n), Models::ComputeState::Idle};
            else if (key == "updated"_L1)
                b.updatedAt = now.addDays(-n);
            else if (key == "expired"_L1)
                b.expiresAt = now.addDays(-n);
            else if (key == "compute"_L1)
                b.computeTimeSeconds = b.activeTimeSeconds = n;
            else if (key == "pending"_L1)
                b.pendingState = w.section(QLatin1Char('='), 1);
            else
                qFatal("unknown fact %s", qPrintable(w));
        }
        p.branches.append(b);
    }
    return p;
}

const CleanupEntry& entry(const Models::CleanupPlan& plan, const QString& name)
{
    for (const CleanupEntry& e : plan.entries) {
        if (e.branchName == name)
            return e;
    }
    qFatal("no branch %s in the plan", qPrintable(name));
}

QStringList deleted(const Models::CleanupPlan& plan, const QString& projectId = u"p-1"_s)
{
    QStringList out;
    for (const CleanupEntry& e : plan.deletionOrder(projectId))
        out.append(e.branchName);
    return out;
}

Models::CleanupCriteria inactive(int days, const QStringList& patterns = {})
{
    Models::CleanupCriteria c;
    c.inactiveDays = days;
    c.patterns = patterns;
    return c;
}
} // namespace

class TestCleanupPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guards_data();
    void guards();
    void subtreeGoesOnlyWhole();
    void leavesFirst();
    void patterns_data();
    void patterns();
    void inactivity_data();
    void inactivity();
    void otherCriteria();
    void criteriaProblems();
    void projectsAreSeparate();
    void exports();
};

void TestCleanupPlan::guards_data()
{
    QTest::addColumn<QString>("tree");
    QTest::addColumn<QString>("branch");
    QTest::addColumn<Guard>("guard");
    QTest::addColumn<QString>("reasonWord");

    // Every branch below is quiet for 100 days, so the criteria always match.
    QTest::newRow("default") << u"main default"_s << u"main"_s << Guard::Default << u"default"_s;
    QTest::newRow("protected") << u"main default\n  dev-x protected"_s << u"dev-x"_s << Guard::Protected << u"protected"_s;
    QTest::newRow("root, not default") << u"main\n  prod default"_s << u"main"_s << Guard::ProjectRoot << u"root"_s;
    QTest::newRow("base template") << u"main default\n  main-dev"_s << u"main-dev"_s << Guard::BaseTemplate << u"base"_s;
    QTest::newRow("operation running") << u"main default\n  dev-x pending=resetting"_s << u"dev-x"_s
                                       << Guard::OperationRunning << u"resetting"_s;
    QTest::newRow("kept child") << u"main default\n  dev-x\n    dev-y protected"_s << u"dev-x"_s << Guard::KeptChildren
                                << u"dev-y"_s;
    QTest::newRow("kept grandchild") << u"main default\n  dev-x\n    dev-y\n      dev-z idle=1"_s << u"dev-x"_s
                                     << Guard::KeptChildren << u"dev-y"_s;
    QTest::newRow("no match") << u"main default\n  dev-x idle=2"_s << u"dev-x"_s << Guard::NoMatch << u"2 days"_s;
    QTest::newRow("restore to finalize") << u"main default\nmain-restored restore=restored"_s << u"main-restored"_s
                                         << Guard::PendingRestore << u"finalized"_s;
    QTest::newRow("schema-only root goes") << u"main default\nshape schema-only"_s << u"shape"_s << Guard::None
                                           << u"100 days"_s;
}

void TestCleanupPlan::guards()
{
    QFETCH(QString, tree);
    QFETCH(QString, branch);
    QFETCH(Guard, guard);
    QFETCH(QString, reasonWord);
    const Models::CleanupPlan plan = Models::planCleanup({outline(tree)}, inactive(30), now);
    const CleanupEntry& e = entry(plan, branch);
    QCOMPARE(e.guard, guard);
    QCOMPARE(e.deletes(), guard == Guard::None);
    QVERIFY2(e.reason.contains(reasonWord), qPrintable(e.reason));
    for (const CleanupEntry& other : plan.entries) // the default branch never goes
        QVERIFY(!(other.deletes() && other.branchName == u"main"_s && tree.startsWith(u"main default"_s)));
}

void TestCleanupPlan::subtreeGoesOnlyWhole()
{
    const auto project = outline(u"main default\n"
                                 "  dev-a\n"
                                 "    dev-a1\n"
                                 "    dev-a2\n"
                                 "  dev-b\n"
                                 "    dev-b1\n"
                                 "    dev-b2 idle=3\n"
                                 "      dev-b2x\n"_s);
    const Models::CleanupPlan plan = Models::planCleanup({project}, inactive(30), now);
    QCOMPARE(deleted(plan), (QStringList{u"dev-a1"_s, u"dev-a2"_s, u"dev-a"_s, u"dev-b1"_s, u"dev-b2x"_s}));
    QCOMPARE(entry(plan, u"dev-b2"_s).guard, Guard::NoMatch);
    QCOMPARE(entry(plan, u"dev-b"_s).guard, Guard::KeptChildren);
    QVERIFY(entry(plan, u"dev-b"_s).matched);
    QCOMPARE(entry(plan, u"main"_s).guard, Guard::Default);
    QCOMPARE(plan.deleteCount(), 5);
    QCOMPARE(plan.keepCount(), 3);
    // Tree order for people: parents before children.
    QStringList order;
    for (const CleanupEntry& e : plan.entries)
        order.append(e.branchName);
    QCOMPARE(order, (QStringList{u"main"_s, u"dev-a"_s, u"dev-a1"_s, u"dev-a2"_s, u"dev-b"_s, u"dev-b1"_s, u"dev-b2"_s,
                                 u"dev-b2x"_s}));
}

void TestCleanupPlan::leavesFirst()
{
    const auto project = outline(u"main default\n"
                                 "  c1\n"
                                 "    c2\n"
                                 "      c3\n"
                                 "        c4\n"
                                 "      c3b\n"
                                 "  d1\n"_s);
    const Models::CleanupPlan plan = Models::planCleanup({project}, inactive(30), now);
    const QList<CleanupEntry> order = plan.deletionOrder(u"p-1"_s);
    QCOMPARE(order.size(), 6);
    QHash<QString, int> position;
    for (int i = 0; i < order.size(); ++i)
        position.insert(order.at(i).branchId, i);
    for (const CleanupEntry& e : order) {
        if (position.contains(e.parentId))
            QVERIFY2(position.value(e.branchId) < position.value(e.parentId), qPrintable(e.branchName));
    }
}

void TestCleanupPlan::patterns_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("previews") << QStringList{u"preview-*"_s} << QStringList{u"preview-pr-1"_s, u"preview-pr-22"_s};
    QTest::newRow("one character") << QStringList{u"preview-pr-?"_s} << QStringList{u"preview-pr-1"_s};
    QTest::newRow("any of two") << QStringList{u"qa-*"_s, u"preview-pr-2*"_s}
                                << QStringList{u"preview-pr-22"_s, u"qa-login"_s};
    QTest::newRow("slash is ordinary") << QStringList{u"feature/*"_s} << QStringList{u"feature/a/b"_s};
    QTest::newRow("any case") << QStringList{u"PREVIEW-PR-1"_s} << QStringList{u"preview-pr-1"_s};
    QTest::newRow("dot is literal") << QStringList{u"v1.2"_s} << QStringList{u"v1.2"_s};
}

void TestCleanupPlan::patterns()
{
    QFETCH(QStringList, patterns);
    QFETCH(QStringList, expected);
    const auto project = outline(u"main default\n"
                                 "  preview-pr-1\n"
                                 "  preview-pr-22\n"
                                 "  qa-login\n"
                                 "  feature/a/b\n"
                                 "  v1.2\n"
                                 "  v1x2\n"_s);
    const Models::CleanupPlan plan = Models::planCleanup({project}, inactive(30, patterns), now);
    QStringList got = deleted(plan);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    for (const CleanupEntry& e : plan.entries) {
        if (!e.deletes() && e.guard == Guard::NoMatch)
            QVERIFY2(e.reason.contains(u"name matches none"_s), qPrintable(e.reason));
    }
}

void TestCleanupPlan::inactivity_data()
{
    QTest::addColumn<QString>("facts");
    QTest::addColumn<bool>("goes");
    QTest::addColumn<int>("idleDays");
    QTest::newRow("compute quiet 40 days") << u"idle=40"_s << true << 40;
    QTest::newRow("compute used 5 days ago") << u"idle=5"_s << false << 5;
    QTest::newRow("compute running now") << u"active"_s << false << 0;
    QTest::newRow("no compute, created long ago") << u""_s << true << 100;
    QTest::newRow("no compute, updated lately") << u"updated=3"_s << false << 3;
    QTest::newRow("old compute, updated lately") << u"idle=60 updated=10"_s << false << 10;
    QTest::newRow("young branch") << u"age=12"_s << false << 12;
    QTest::newRow("exactly the limit") << u"idle=30"_s << true << 30;
}

void TestCleanupPlan::inactivity()
{
    QFETCH(QString, facts);
    QFETCH(bool, goes);
    QFETCH(int, idleDays);
    const Models::CleanupPlan plan = Models::planCleanup({outline(u"main default\n  dev-x "_s + facts)}, inactive(30), now);
    const CleanupEntry& e = entry(plan, u"dev-x"_s);
    QCOMPARE(e.deletes(), goes);
    QCOMPARE(e.idleDays, idleDays);
    if (goes)
        QVERIFY2(e.reason.contains(QString::number(idleDays) + u" days"_s), qPrintable(e.reason));
}

void TestCleanupPlan::otherCriteria()
{
    const auto project = outline(u"main default\n"
                                 "  old age=200\n"
                                 "  gone expired=2\n"
                                 "  later expired=-2\n"
                                 "  unused compute=0\n"_s);
    Models::CleanupCriteria older;
    older.olderThanDays = 150;
    QCOMPARE(deleted(Models::planCleanup({project}, older, now)), QStringList{u"old"_s});
    Models::CleanupCriteria expired;
    expired.expired = true;
    QCOMPARE(deleted(Models::planCleanup({project}, expired, now)), QStringList{u"gone"_s});
    Models::CleanupCriteria noCompute;
    noCompute.noComputeThisPeriod = true;
    QCOMPARE(deleted(Models::planCleanup({project}, noCompute, now)), QStringList{u"unused"_s});
    // Criteria combine: all of them must hold.
    Models::CleanupCriteria both = older;
    both.noComputeThisPeriod = true;
    QCOMPARE(deleted(Models::planCleanup({project}, both, now)), QStringList());
    const auto presets = Models::cleanupPresets();
    QCOMPARE(presets.size(), 2);
    for (const auto& preset : presets)
        QVERIFY(preset.criteria.problem().isEmpty());
}

void TestCleanupPlan::criteriaProblems()
{
    QVERIFY(!Models::CleanupCriteria().problem().isEmpty());
    Models::CleanupCriteria negative;
    negative.inactiveDays = -1;
    QVERIFY(!negative.problem().isEmpty());
    Models::CleanupCriteria blank;
    blank.patterns = {u"  "_s};
    QVERIFY(!blank.problem().isEmpty());
    QVERIFY(inactive(7, {u"preview-*"_s}).problem().isEmpty());
    QCOMPARE(inactive(7, {u"preview-*"_s}).describe(), u"inactive for 7 days or more, named preview-*"_s);
}

void TestCleanupPlan::projectsAreSeparate()
{
    const auto a = outline(u"main default\n  dev-x"_s, u"p-a"_s);
    const auto b = outline(u"main default\n  dev-x idle=1\n  dev-y"_s, u"p-b"_s);
    const Models::CleanupPlan plan = Models::planCleanup({a, b}, inactive(30), now);
    QCOMPARE(deleted(plan, u"p-a"_s), QStringList{u"dev-x"_s});
    QCOMPARE(deleted(plan, u"p-b"_s), QStringList{u"dev-y"_s});
    QCOMPARE(plan.projectsWithDeletions(), (QStringList{u"p-a"_s, u"p-b"_s}));
    QCOMPARE(plan.entries.size(), 5);
}

void TestCleanupPlan::exports()
{
    const auto project = outline(u"main default\n  dev-a\n    dev-a1\n  dev-b idle=2"_s);
    const Models::CleanupPlan plan = Models::planCleanup({project}, inactive(30), now);
    const QJsonObject json = QJsonDocument::fromJson(Models::planToJson(plan)).object();
    QCOMPARE(json.value(u"criteria"_s).toObject().value(u"inactive_days"_s).toInt(), 30);
    QCOMPARE(json.value(u"summary"_s).toObject().value(u"delete"_s).toInt(), 2);
    const QJsonArray branches = json.value(u"branches"_s).toArray();
    QCOMPARE(branches.size(), 4);
    QCOMPARE(branches.at(1).toObject().value(u"action"_s).toString(), u"delete"_s);
    QCOMPARE(branches.at(1).toObject().value(u"order"_s).toInt(), 1); // after its child
    QCOMPARE(branches.at(3).toObject().value(u"guard"_s).toString(), u"no_match"_s);

    const QList<QByteArray> lines = Models::planToCsv(plan).split('\n');
    QCOMPARE(lines.size(), 6); // header, 4 rows, the empty tail
    QVERIFY(lines.at(0).startsWith("project_id,project_name,branch_id,branch_name"));
    QVERIFY(lines.at(2).contains("\"no activity for 100 days\"") || lines.at(2).contains(",no activity for 100 days,"));

    // Before a run every planned deletion waits; kept ones are accounted as kept.
    Models::CleanupReport report;
    report.plan = plan;
    QCOMPARE(report.count(Models::CleanupReport::Outcome::Waiting), 2);
    QCOMPARE(report.count(Models::CleanupReport::Outcome::Kept), 2);
    QCOMPARE(report.exitCode(), 2);
}

CANOPY_TEST_GUILESS_MAIN(TestCleanupPlan)
#include "tst_cleanupplan.moc"
