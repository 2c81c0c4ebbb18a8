// SPDX-License-Identifier: MIT
// `canopy computes` through the real executable against the sandbox: the list of a project and
// of one branch, suspend and start with their exit codes, and the usage refusals.
#include "testsupport.h"
#include "canopyprocess.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using TestUtils::Ran;

class TestHeadlessComputes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsAProjectAndABranch();
    void suspendsAndStarts();
    void refusals_data();
    void refusals();
};

void TestHeadlessComputes::listsAProjectAndABranch()
{
    TestUtils::CanopyProcessFixture f;
    const QString shop = f.projectId(u"shop"_s);
    const Ran all = f.canopy({u"computes"_s, u"list"_s, u"--project"_s, shop, u"--output"_s, u"json"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    int expected = 0;
    for (const Neon::Endpoint& e : std::as_const(f.state().endpoints))
        expected += e.projectId == shop ? 1 : 0;
    QCOMPARE(all.json().value(u"computes"_s).toArray().size(), expected);
    const Ran alice = f.canopy({u"computes"_s, u"list"_s, u"--project"_s, shop, u"--branch"_s, u"dev-alice"_s});
    QVERIFY2(alice.exitCode == 0, qPrintable(alice.err));
    QVERIFY(alice.out.startsWith("ID\tBRANCH\tTYPE"));
    QCOMPARE(alice.out.count("\tdev-alice\t"), 1);
}

void TestHeadlessComputes::suspendsAndStarts()
{
    TestUtils::CanopyProcessFixture f;
    const QString shop = f.projectId(u"shop"_s);
    const QString alice = f.branchId(u"shop"_s, u"dev-alice"_s);
    const QString endpoint = f.state().endpointsOf(alice).first().id;
    const Ran suspended = f.canopy({u"computes"_s, u"suspend"_s, u"--project"_s, shop, u"--branch"_s, u"dev-alice"_s});
    QVERIFY2(suspended.exitCode == 0, qPrintable(suspended.err));
    QVERIFY(suspended.err.contains(endpoint + u" (dev-alice): suspended"_s));
    QCOMPARE(f.state().endpoints.value(endpoint).currentState, u"idle"_s);
    const Ran started = f.canopy({u"computes"_s, u"start"_s, u"--project"_s, shop, u"--endpoint"_s, endpoint, u"--output"_s, u"json"_s});
    QVERIFY2(started.exitCode == 0, qPrintable(started.err));
    QCOMPARE(started.json().value(u"computes"_s).toArray().first()[u"ok"_s].toBool(), true);
    QCOMPARE(f.state().endpoints.value(endpoint).currentState, u"active"_s);
}

void TestHeadlessComputes::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{u"computes"_s} << u"usage: canopy computes"_s;
    QTest::newRow("unknown action") << QStringList{u"computes"_s, u"resize"_s, u"--project"_s, u"p"_s} << u"usage: canopy computes"_s;
    QTest::newRow("no project") << QStringList{u"computes"_s, u"list"_s} << u"needs --project ID"_s;
    QTest::newRow("whole project") << QStringList{u"computes"_s, u"suspend"_s, u"--project"_s, u"p"_s} << u"needs --branch B or --endpoint EP"_s;
}

void TestHeadlessComputes::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    TestUtils::CanopyProcessFixture f;
    const Ran r = f.canopy(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

CANOPY_TEST_GUILESS_MAIN(TestHeadlessComputes)
#include "tst_headless_computes.moc"
