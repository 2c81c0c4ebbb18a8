// SPDX-License-Identifier: MIT
// The async combinators and the handle deleter against the real sandbox over loopback; lists
// take the fewest requests the API allows.
#include "testsupport.h"
#include "clienttestutils.h"

#include <neon/async.h>

#include <QPointer>

using namespace Qt::StringLiterals;
using TestUtils::SandboxFixture;

namespace {
QString anyProject(SandboxFixture& sandbox)
{
    return sandbox.state().projects.cbegin()->project.id;
}
} // namespace

class TestAsync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whenAllGivesEveryValue();
    void whenAllFailsWithTheFailedCallsError();
    void optionalTurnsAFailureIntoNothing();
    void chainedRunsTheSecondCallFromTheFirst();
    void chainedStopsOnAFailedHandle();
    void deletingAHandleInsideItsOwnSignalIsSafe();
    void droppingACombinatorCancelsItsCalls();
    void listsTakeOneRequest_data();
    void listsTakeOneRequest();
    void smallPagesStillWalkEveryPage();
};

void TestAsync::whenAllGivesEveryValue()
{
    SandboxFixture sandbox;
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    const QString project = anyProject(sandbox);
    auto both = Neon::whenAll(u"both"_s, client.branches(project), client.projectEndpoints(project));
    QVERIFY(TestUtils::waitFor(both.get()));
    QVERIFY2(both->ok(), qPrintable(both->error().toUserText()));
    const auto& [branches, endpoints] = both->value();
    QVERIFY(!branches.branches.isEmpty());
    QVERIFY(!endpoints.isEmpty());
    QCOMPARE(sandbox.count("GET", u"/branches"_s), 1);
    QCOMPARE(sandbox.count("GET", u"/endpoints"_s), 1);
}

void TestAsync::whenAllFailsWithTheFailedCallsError()
{
    SandboxFixture sandbox;
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    const QString project = anyProject(sandbox);
    auto both = Neon::whenAll(u"both"_s, client.projectEndpoints(project), client.branches(u"no-such-project"_s));
    QSignalSpy finished(both.get(), &Neon::Reply::finished);
    QVERIFY(TestUtils::waitFor(both.get()));
    QVERIFY(!both->ok());
    QCOMPARE(both->error().httpStatus, 404);
    QCOMPARE(finished.size(), 1); // exactly once, even when the other call answers later
    QVERIFY(!QTest::qWaitFor([&] { return finished.size() > 1; }, 300));
}

void TestAsync::optionalTurnsAFailureIntoNothing()
{
    SandboxFixture sandbox;
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    auto missing = Neon::optional(client.branches(u"no-such-project"_s));
    QVERIFY(TestUtils::waitFor(missing.get()));
    QVERIFY(missing->ok());
    QVERIFY(!missing->value().has_value());
    auto present = Neon::optional(client.projectEndpoints(anyProject(sandbox)));
    QVERIFY(TestUtils::waitFor(present.get()));
    QVERIFY(present->value().has_value());
}

void TestAsync::chainedRunsTheSecondCallFromTheFirst()
{
    SandboxFixture sandbox;
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    const QString project = anyProject(sandbox);
    auto details = Neon::chained<Neon::BranchDetails, Neon::BranchList>(
        client.branches(project), u"first branch"_s,
        [&client, project](Neon::BranchList& list) { return client.branch(project, list.branches.first().id); });
    QVERIFY(TestUtils::waitFor(details.get()));
    QVERIFY2(details->ok(), qPrintable(details->error().toUserText()));
    QVERIFY(!details->value().branch.id.isEmpty());
    QCOMPARE(sandbox.count("GET", u"/branches"_s), 2); // the list, then the one branch
}

void TestAsync::chainedStopsOnAFailedHandle()
{
    SandboxFixture sandbox;
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    const QString project = anyProject(sandbox);
    auto stopped = Neon::chained<Neon::BranchDetails, Neon::BranchList>(
        client.branches(project), u"refused"_s, [](Neon::BranchList&) {
            return Neon::failed<Neon::BranchDetails>(u"refused"_s, Neon::Error::invalidArgument(u"no branch wanted"_s));
        });
    QVERIFY(TestUtils::waitFor(stopped.get()));
    QCOMPARE(stopped->error().kind, Neon::Error::Kind::InvalidArgument);
    QCOMPARE(stopped->error().message, u"no branch wanted"_s);
}

void TestAsync::deletingAHandleInsideItsOwnSignalIsSafe()
{
    SandboxFixture sandbox;
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    const QString project = anyProject(sandbox);
    auto pending = Neon::whenAll(u"both"_s, client.branches(project), client.projectEndpoints(project));
    QPointer<Neon::Reply> watched(pending.get());
    int calls = 0;
    QObject context;
    connect(pending.get(), &Neon::Reply::finished, &context, [&] {
        ++calls;
        pending.reset(); // inside its own finished(): deferred, and silenced
    });
    connect(pending.get(), &Neon::Reply::finished, &context, [&] { ++calls; }); // never reached
    QTRY_VERIFY(!pending);
    QCOMPARE(calls, 1);
    QTRY_VERIFY(watched.isNull()); // deleted from the event loop
}

void TestAsync::droppingACombinatorCancelsItsCalls()
{
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([](const HttpFront::Request&) { return std::optional(Sandbox::Fault::delay(300)); });
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    const QString project = anyProject(sandbox);
    auto pending = Neon::whenAll(u"both"_s, client.branches(project), client.projectEndpoints(project));
    QPointer<Neon::Reply> watched(pending.get());
    QTRY_COMPARE(client.inFlight(), 2);
    pending.reset(); // not inside a signal: deleted now, its calls aborted
    QVERIFY(watched.isNull());
    QCOMPARE(client.inFlight(), 0);
}

void TestAsync::listsTakeOneRequest_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("branches");
    QTest::newRow("2,000 branches") << u"scale:1:2000"_s << 2000;
    QTest::newRow("5,000 branches") << u"scale:1:5000"_s << 5000;
}

void TestAsync::listsTakeOneRequest()
{
    QFETCH(QString, seed);
    QFETCH(int, branches);
    SandboxFixture sandbox(seed);
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    auto projects = client.projects({sandbox.orgId(), {}});
    QVERIFY(TestUtils::waitFor(projects.get()));
    QCOMPARE(projects->value().size(), 1);
    auto list = client.branches(projects->value().first().id);
    QVERIFY(TestUtils::waitFor(list.get(), 30000));
    QVERIFY2(list->ok(), qPrintable(list->error().toUserText()));
    QCOMPARE(list->value().branches.size(), branches);
    QCOMPARE(sandbox.count("GET", u"/branches"_s), 1);
    QCOMPARE(sandbox.count("GET", u"/projects"_s), 2); // the projects, then that project's branches
    const auto& r = sandbox.requests();
    const auto branchList = std::find_if(r.cbegin(), r.cend(), [](const HttpFront::Request& q) { return q.path.endsWith(u"/branches"_s); });
    QCOMPARE(branchList->queryValue(u"limit"_s), u"10000"_s);
}

void TestAsync::smallPagesStillWalkEveryPage()
{
    SandboxFixture sandbox(u"scale:1:250"_s);
    Neon::ClientConfig config = TestUtils::config(sandbox.baseUrl());
    config.pageSize = 100;
    Neon::Client client(config);
    auto list = client.branches(anyProject(sandbox));
    QVERIFY(TestUtils::waitFor(list.get(), 30000));
    QCOMPARE(list->value().branches.size(), 250);
    QVERIFY(sandbox.count("GET", u"/branches"_s) >= 3);
}

CANOPY_TEST_GUILESS_MAIN(TestAsync)
#include "tst_async.moc"
