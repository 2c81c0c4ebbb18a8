// SPDX-License-Identifier: MIT
// What bulk actions and environment templates will do, checked before anything is sent, and
// the cleanup table model under QAbstractItemModelTester while outcomes arrive.
#include "testsupport.h"

#include <models/bulkplan.h>
#include <models/cleanupmodel.h>
#include <models/environmentplan.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::BulkAction;

Q_DECLARE_METATYPE(Models::BulkAction)

namespace {
const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

Neon::Branch make(const QString& name, const QString& parent, const QString& flags = {})
{
    Neon::Branch b;
    b.id = u"br-"_s + name;
    b.name = name;
    b.parentId = parent.isEmpty() ? QString() : u"br-"_s + parent;
    b.currentState = u"ready"_s;
    b.isDefault = flags.contains(u"default"_s);
    b.isProtected = flags.contains(u"protected"_s);
    if (flags.contains(u"expiring"_s))
        b.expiresAt = now.addDays(2);
    if (flags.contains(u"pending"_s))
        b.pendingState = u"resetting"_s;
    if (flags.contains(u"schema-only"_s)) {
        b.initSource = u"schema-only"_s;
        b.parentId.clear();
    }
    return b;
}

const QList<Neon::Branch> project{make(u"main"_s, {}, u"default"_s),    make(u"main-dev"_s, u"main"_s, u"protected"_s),
                                  make(u"dev-a"_s, u"main-dev"_s),       make(u"dev-b"_s, u"main-dev"_s, u"expiring"_s),
                                  make(u"dev-c"_s, u"main-dev"_s, u"protected"_s), make(u"dev-d"_s, u"main-dev"_s, u"pending"_s),
                                  make(u"dev-a-x"_s, u"dev-a"_s),        make(u"shape"_s, {}, u"schema-only"_s)};

QStringList runnable(BulkAction action, const Models::BulkParameters& p = {})
{
    QStringList out;
    for (const Models::BulkStep& s : Models::planBulk(action, project, project, p, now)) {
        if (s.runs())
            out.append(s.branch.name);
        else
            Q_ASSERT(!s.problem.isEmpty());
    }
    return out;
}
} // namespace

class TestTeamPlans : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkRules_data();
    void bulkRules();
    void extendStartsFromTheCurrentExpiration();
    void environments();
    void environmentsFromAnExistingBase();
    void namePart_data();
    void namePart();
    void cleanupModelFollowsTheRun();
};

void TestTeamPlans::bulkRules_data()
{
    QTest::addColumn<BulkAction>("action");
    QTest::addColumn<QStringList>("runs");
    QTest::newRow("reset") << BulkAction::ResetFromParent
                           << QStringList{u"dev-a"_s, u"dev-b"_s, u"dev-a-x"_s}; // not roots, protected or busy ones
    // Only what already expires is extended: the others would get an expiry they never had.
    QTest::newRow("extend") << BulkAction::ExtendExpiration << QStringList{u"dev-b"_s};
    QTest::newRow("clear") << BulkAction::ClearExpiration << QStringList{u"dev-b"_s};
    QTest::newRow("protect") << BulkAction::Protect << QStringList{u"main"_s, u"dev-a"_s, u"dev-d"_s, u"dev-a-x"_s, u"shape"_s};
    QTest::newRow("unprotect") << BulkAction::Unprotect << QStringList{u"main-dev"_s, u"dev-c"_s};
}

void TestTeamPlans::bulkRules()
{
    QFETCH(BulkAction, action);
    QFETCH(QStringList, runs);
    QCOMPARE(runnable(action), runs);
}

void TestTeamPlans::extendStartsFromTheCurrentExpiration()
{
    Models::BulkParameters p;
    p.extendDays = 7;
    const QList<Models::BulkStep> steps = Models::planBulk(BulkAction::ExtendExpiration, {project.at(3), project.at(2)}, project, p, now);
    QCOMPARE(steps.at(0).newExpiresAt, now.addDays(9)); // dev-b expired in 2 days
    QVERIFY2(steps.at(1).problem.contains(u"never expires"_s), qPrintable(steps.at(1).problem)); // dev-a has no expiry
    p.extendDays = 29;
    QVERIFY(!Models::planBulk(BulkAction::ExtendExpiration, {project.at(3)}, project, p, now).first().runs()); // 31 days ahead
    Models::BulkParameters set;
    QVERIFY(!Models::planBulk(BulkAction::SetExpiration, {project.at(3)}, project, set, now).first().runs());
    set.expiresAt = now.addDays(3);
    QVERIFY(Models::planBulk(BulkAction::SetExpiration, {project.at(3)}, project, set, now).first().runs());
}

void TestTeamPlans::environments()
{
    Models::EnvironmentRequest r;
    r.sourceBranchId = u"br-main"_s;
    r.baseName = u"main-base"_s;
    r.developers = {u"Dana"_s, u"a"_s, u" "_s};
    r.pullRequests = {u"12"_s};
    r.qaTopics = {u"Login Flow"_s};
    r.previewExpiryDays = 7;
    r.qaExpiryDays = 40;
    const QList<Models::PlannedBranch> plan = Models::planEnvironments(r, project, now);
    QStringList names;
    for (const auto& p : plan)
        names.append(p.name);
    QCOMPARE(names, (QStringList{u"main-base"_s, u"dev-dana"_s, u"dev-a"_s, u"preview-pr-12"_s, u"qa-login-flow"_s}));
    QCOMPARE(plan.at(0).parentId, u"br-main"_s);
    QVERIFY(plan.at(0).creates());
    QVERIFY(plan.at(1).parentId.isEmpty()); // waits for the new base
    QCOMPARE(plan.at(1).parentName, u"main-base"_s);
    QVERIFY(!plan.at(2).creates() && plan.at(2).problem.contains(u"exists"_s));
    QCOMPARE(plan.at(3).expiresAt, now.addDays(7));
    QVERIFY(!plan.at(4).creates()); // 40 days is past Neon's limit
    QCOMPARE(plan.at(1).kind, Models::Tier::Dev);
}

void TestTeamPlans::environmentsFromAnExistingBase()
{
    Models::EnvironmentRequest r;
    r.sourceBranchId = u"br-main"_s;
    r.baseName = u"main-dev"_s;
    r.developers = {u"eve"_s};
    const QList<Models::PlannedBranch> plan = Models::planEnvironments(r, project, now);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.first().parentId, u"br-main-dev"_s);
    r.baseName.clear(); // straight from the default branch
    QCOMPARE(Models::planEnvironments(r, project, now).first().parentId, u"br-main"_s);
}

void TestTeamPlans::namePart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("part");
    QTest::newRow("spaces") << u"Alice Smith"_s << u"alice-smith"_s;
    QTest::newRow("symbols") << u"  Bob (QA) !"_s << u"bob-qa"_s;
    QTest::newRow("number") << u"#42"_s << u"42"_s;
    QTest::newRow("kept") << u"feature/x.y"_s << u"feature/x.y"_s;
    QTest::newRow("nothing") << u"!!"_s << QString();
}

void TestTeamPlans::namePart()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    QCOMPARE(Models::branchNamePart(text), part);
}

void TestTeamPlans::cleanupModelFollowsTheRun()
{
    Models::ProjectBranches p;
    p.projectId = u"p"_s;
    p.projectName = u"shop"_s;
    p.branches = project;
    for (Neon::Branch& b : p.branches)
        b.createdAt = b.updatedAt = now.addDays(-60);
    Models::CleanupCriteria c;
    c.inactiveDays = 30;
    Models::CleanupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(Models::planCleanup({p}, c, now));
    QCOMPARE(model.rowCount(), project.size());
    int deletes = 0;
    QString firstDelete;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Models::CleanupModel::DeletesRole).toBool()) {
            ++deletes;
            if (firstDelete.isEmpty())
                firstDelete = model.index(row, 0).data(Models::CleanupModel::BranchIdRole).toString();
        }
    }
    QVERIFY(deletes > 0);
    Models::BatchOutcome done;
    done.status = Models::BatchOutcome::Status::Failed;
    done.message = u"Neon answered 409: busy"_s;
    model.setOutcome(firstDelete, done);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, Models::CleanupModel::Reason);
        if (i.data(Models::CleanupModel::BranchIdRole).toString() == firstDelete) {
            QCOMPARE(i.data().toString(), done.message);
            QCOMPARE(model.index(row, 0).data().toString(), u"failed"_s);
        }
    }
    QCOMPARE(model.report().count(Models::CleanupReport::Outcome::Failed), 1);
}

CANOPY_TEST_GUILESS_MAIN(TestTeamPlans)
#include "tst_teamplans.moc"
