// SPDX-License-Identifier: MIT
// `canopy snapshots` through the real executable against the sandbox, as a CI job uses it:
// a snapshot before a migration, the list (of the project and of a branch), a restore kept as a
// preview and a restore finalized (the branch's name now holds the snapshot), and the refusals
// with exit code 2 and Neon's or Canopy's words.
#include "testsupport.h"
#include "canopyprocess.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using TestUtils::Ran;

class TestHeadlessSnapshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snapshotBeforeAMigrationAndRestoreAfter();
    void refusals_data();
    void refusals();
};

void TestHeadlessSnapshots::snapshotBeforeAMigrationAndRestoreAfter()
{
    TestUtils::CanopyProcessFixture f;
    const QString shop = f.projectId(u"shop"_s);
    const QString mainId = f.branchId(u"shop"_s, u"main"_s);
    const Ran taken = f.canopy({u"snapshots"_s, u"create"_s, u"--project"_s, shop, u"--branch"_s, u"main"_s, u"--name"_s,
                                u"before-migration"_s, u"--output"_s, u"json"_s});
    QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
    const QJsonObject snapshot = taken.json().value(u"snapshot"_s).toObject();
    QCOMPARE(snapshot.value(u"name"_s).toString(), u"before-migration"_s);
    QCOMPARE(snapshot.value(u"source_branch_id"_s).toString(), mainId);
    QVERIFY(taken.err.contains(u"snapshot before-migration"_s));

    const Ran listed = f.canopy({u"snapshots"_s, u"list"_s, u"--project"_s, shop, u"--branch"_s, u"main"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY(listed.out.startsWith("ID\tNAME\tBRANCH\tAT"));
    QCOMPARE(listed.out.count("\tbefore-migration\tmain\t"), 1);
    QVERIFY(listed.out.contains("\tnever\thand\t"));

    const Ran preview = f.canopy({u"snapshots"_s, u"restore"_s, u"--project"_s, shop, u"--snapshot"_s, u"before-migration"_s,
                                  u"--name"_s, u"main-check"_s, u"--preview"_s});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    QVERIFY(preview.err.contains(u"for inspection"_s));
    const Sandbox::BranchRecord* check = f.state().findBranchByName(shop, u"main-check"_s);
    QVERIFY(check);
    QCOMPARE(check->branch.restoreStatus, u"restored"_s);
    QCOMPARE(f.branchId(u"shop"_s, u"main"_s), mainId); // main untouched

    const Ran restored = f.canopy({u"snapshots"_s, u"restore"_s, u"--project"_s, shop, u"--snapshot"_s,
                                   snapshot.value(u"id"_s).toString(), u"--name"_s, u"main-restored"_s, u"--output"_s, u"json"_s});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    const QJsonObject branch = restored.json().value(u"branch"_s).toObject();
    QCOMPARE(branch.value(u"name"_s).toString(), u"main"_s); // finalized: it took main's name
    QCOMPARE(branch.value(u"restore_status"_s).toString(), u"finalized"_s);
    QVERIFY(f.branchId(u"shop"_s, u"main"_s) != mainId);
    QVERIFY(f.state().branches.value(mainId).branch.name.startsWith(u"main_old_"_s));
    // It now is the branch people rely on: default and protection moved with the name.
    QCOMPARE(branch.value(u"default"_s).toBool(), true);
    QCOMPARE(branch.value(u"protected"_s).toBool(), true); // the demo's shop/main is protected
    QVERIFY(!f.state().branches.value(mainId).branch.isProtected);
    QVERIFY(!f.state().branches.value(mainId).branch.isDefault);
}

void TestHeadlessSnapshots::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{u"snapshots"_s} << u"usage: canopy snapshots"_s;
    QTest::newRow("no project") << QStringList{u"snapshots"_s, u"list"_s} << u"needs --project ID"_s;
    QTest::newRow("create without a branch") << QStringList{u"snapshots"_s, u"create"_s, u"--project"_s, u"p"_s}
                                             << u"needs --branch B"_s;
    QTest::newRow("restore without a snapshot") << QStringList{u"snapshots"_s, u"restore"_s, u"--project"_s, u"p"_s}
                                                << u"needs --snapshot S"_s;
    QTest::newRow("a child branch") << QStringList{u"snapshots"_s, u"create"_s, u"--project"_s, u"{shop}"_s, u"--branch"_s,
                                                   u"dev-alice"_s}
                                    << u"root branches only"_s;
    QTest::newRow("unknown snapshot") << QStringList{u"snapshots"_s, u"restore"_s, u"--project"_s, u"{shop}"_s, u"--snapshot"_s,
                                                     u"nope"_s}
                                      << u"has no snapshot nope"_s;
    QTest::newRow("bad expiry") << QStringList{u"snapshots"_s, u"create"_s, u"--project"_s, u"{shop}"_s, u"--branch"_s, u"main"_s,
                                               u"--expires-at"_s, u"tomorrow"_s}
                                << u"--expires-at takes an RFC 3339 time"_s;
}

void TestHeadlessSnapshots::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    TestUtils::CanopyProcessFixture f;
    args.replaceInStrings(u"{shop}"_s, f.projectId(u"shop"_s));
    const Ran r = f.canopy(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

CANOPY_TEST_GUILESS_MAIN(TestHeadlessSnapshots)
#include "tst_headless_snapshots.moc"
