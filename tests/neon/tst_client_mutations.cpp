// SPDX-License-Identifier: MIT
// Mutations against the real sandbox: operation polling, lost answers reconciled by reading
// back, per-project order, closing the client.
#include "testsupport.h"
#include "clienttestutils.h"

#include <neon/client.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestUtils;
using Sandbox::Fault;

class TestClientMutations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void operationsArePolledToFinished();
    void failedOperationFailsTheCall_data();
    void failedOperationFailsTheCall();
    void lostCreateThatWasAppliedIsFoundNotResent();
    void lostCreateThatWasNotAppliedIsSentOnce();
    void lostRenameIsCheckedByReadingBack();
    void lostDeleteIsCheckedByReadingBack();
    void mutationsOnOneProjectRunInOrder_data();
    void mutationsOnOneProjectRunInOrder();
    void resetFromParentRestoresFromTheParent();
    void resetOfARootBranchIsRefused();
    void closingTheClientEndsRunningCalls_data();
    void closingTheClientEndsRunningCalls();
};

void TestClientMutations::operationsArePolledToFinished()
{
    SandboxFixture sandbox(u"single"_s, 150);
    Neon::Client client(config(sandbox.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"dev-a"_s;
    options.endpoints = {Neon::EndpointOptions()};
    auto reply = client.createBranch(sandbox.projectId(u"shop"_s), options);
    QSignalSpy progress(reply.get(), &Neon::Reply::progress);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value().branch.currentState, u"ready"_s);
    QCOMPARE(reply->value().operations.size(), 2); // create_branch, start_compute
    // Two operations of one project: followed with the project's list of operations.
    QVERIFY(sandbox.count("GET", u"/projects/%1/operations"_s.arg(sandbox.projectId(u"shop"_s))) >= 1);
    QVERIFY(sandbox.count("GET", u"/branches/"_s + reply->value().branch.id) >= 1); // then the branch
    QVERIFY(progress.count() >= 3);
    for (const Neon::Operation& op : sandbox.state().operations)
        QCOMPARE(op.status, u"finished"_s);
}

void TestClientMutations::failedOperationFailsTheCall_data()
{
    QTest::addColumn<QString>("status");
    QTest::addRow("failed") << u"failed"_s;
    QTest::addRow("error") << u"error"_s;
    QTest::addRow("cancelled") << u"cancelled"_s;
}

void TestClientMutations::failedOperationFailsTheCall()
{
    QFETCH(QString, status);
    SandboxFixture sandbox(u"single"_s, 100);
    const QString project = sandbox.projectId(u"shop"_s);
    // The sandbox's operations always finish; these are made to fail on their way back, asked
    // for one by one or in the project's list.
    sandbox.server->setFaultHook([&](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.path.endsWith("/operations"_L1)) {
            QJsonArray all;
            for (const Neon::Operation& op : std::as_const(sandbox.state().operations))
                all.append(operationJson(op.id, project, op.action, status, u"pageserver out of disk"_s));
            return Fault::answer(200, toJson({{"operations"_L1, all}}));
        }
        if (!req.path.contains("/operations/"_L1))
            return std::nullopt;
        const QString id = req.path.section(QLatin1Char('/'), -1);
        return Fault::answer(200, toJson({{"operation"_L1, operationJson(id, project, u"delete_timeline"_s, status,
                                                                         u"pageserver out of disk"_s)}}));
    });
    Neon::Client client(config(sandbox.baseUrl()));
    auto reply = client.deleteBranch(project, sandbox.branchId(u"shop"_s, u"dev-bob"_s));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, Neon::Error::Kind::OperationFailed);
    QVERIFY(reply->error().message.contains(status));
    QVERIFY(reply->error().message.contains("pageserver out of disk"_L1));
}

void TestClientMutations::lostCreateThatWasAppliedIsFoundNotResent()
{
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([&](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.method == "POST" && sandbox.count("POST") == 1)
            return Fault::drop(true); // applied, then the connection dies before the answer
        return std::nullopt;
    });
    Neon::Client client(config(sandbox.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"preview-pr-7"_s;
    auto reply = client.createBranch(sandbox.projectId(u"shop"_s), options);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value().branch.name, u"preview-pr-7"_s);
    QVERIFY(reply->value().branch.isSettled());
    QCOMPARE(sandbox.count("POST"), 1); // created once, never sent again
    const auto search = std::find_if(sandbox.requests().cbegin(), sandbox.requests().cend(), [](const auto& r) {
        return r.method == "GET" && r.path.endsWith("/branches"_L1);
    });
    QVERIFY(search != sandbox.requests().cend());
    QCOMPARE(search->queryValue(u"search"_s), u"preview-pr-7"_s);
}

void TestClientMutations::lostCreateThatWasNotAppliedIsSentOnce()
{
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([&](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.method == "POST" && sandbox.count("POST") == 1)
            return Fault::drop(false); // dropped before anything was applied
        return std::nullopt;
    });
    Neon::Client client(config(sandbox.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"qa-search"_s;
    auto reply = client.createBranch(sandbox.projectId(u"shop"_s), options);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(sandbox.count("POST"), 2);
    QVERIFY(sandbox.branch(u"shop"_s, u"qa-search"_s));
}

void TestClientMutations::lostRenameIsCheckedByReadingBack()
{
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.method == "PATCH")
            return Fault::drop(true);
        return std::nullopt;
    });
    Neon::Client client(config(sandbox.baseUrl()));
    Neon::BranchUpdate update;
    update.name = u"dev-alicia"_s;
    auto reply = client.updateBranch(sandbox.projectId(u"shop"_s), sandbox.branchId(u"shop"_s, u"dev-alice"_s), update);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value().branch.name, u"dev-alicia"_s);
    QCOMPARE(sandbox.count("PATCH"), 1);
}

void TestClientMutations::lostDeleteIsCheckedByReadingBack()
{
    SandboxFixture sandbox;
    const QString bob = sandbox.branchId(u"shop"_s, u"dev-bob"_s);
    sandbox.server->setFaultHook([](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.method == "DELETE")
            return Fault::drop(true);
        return std::nullopt;
    });
    Neon::Client client(config(sandbox.baseUrl()));
    auto reply = client.deleteBranch(sandbox.projectId(u"shop"_s), bob);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QVERIFY(reply->value().alreadyGone);
    QVERIFY(sandbox.state().branches.value(bob).isDeleted());
}

void TestClientMutations::mutationsOnOneProjectRunInOrder_data()
{
    QTest::addColumn<bool>("batched");
    QTest::addRow("operations followed per project") << true;
    QTest::addRow("each operation polled (baseline)") << false;
}

void TestClientMutations::mutationsOnOneProjectRunInOrder()
{
    QFETCH(bool, batched);
    SandboxFixture sandbox(u"per-customer"_s, 100);
    sandbox.server->setFaultHook([](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.method == "POST")
            return Fault::delay(150);
        return std::nullopt;
    });
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.batchedOperationPolling = batched;
    Neon::Client client(c);
    auto create = [&](const QString& project, const QString& name) {
        Neon::BranchCreateOptions o;
        o.name = name;
        return client.createBranch(sandbox.projectId(project), o);
    };
    auto a1 = create(u"customer-acme"_s, u"a1"_s);
    auto a2 = create(u"customer-acme"_s, u"a2"_s);
    auto b1 = create(u"customer-globex"_s, u"b1"_s);
    for (auto* r : {a1.get(), a2.get(), b1.get()}) {
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().toUserText()));
    }
    auto arrival = [&](const QString& name) {
        for (const auto& r : std::as_const(sandbox.requests())) {
            if (r.method == "POST" && r.body.contains(QByteArray("\"" + name.toUtf8() + "\"")))
                return r.receivedAtMs;
        }
        return qint64(-1);
    };
    auto lastRead = [&](const QString& branchId) {
        qint64 t = -1;
        for (const auto& r : std::as_const(sandbox.requests())) {
            if (r.method == "GET" && r.path.endsWith(u"/"_s + branchId))
                t = r.receivedAtMs;
        }
        return t;
    };
    // a2 waited until a1 was answered (and, one poll per operation, until its operations
    // finished and its branch settled; followed per project, Neon's 423 guards the rest)…
    if (!batched)
        QVERIFY(arrival(u"a2"_s) >= lastRead(a1->value().branch.id));
    QVERIFY(arrival(u"a2"_s) >= arrival(u"a1"_s) + 150);
    // …while the other project did not wait for either.
    QVERIFY(arrival(u"b1"_s) < arrival(u"a1"_s) + 150);
}

void TestClientMutations::resetFromParentRestoresFromTheParent()
{
    SandboxFixture sandbox;
    const QString alice = sandbox.branchId(u"shop"_s, u"dev-alice"_s);
    const QString mainDev = sandbox.branchId(u"shop"_s, u"main-dev"_s);
    Neon::Client client(config(sandbox.baseUrl()));
    auto reply = client.resetFromParent(sandbox.projectId(u"shop"_s), alice, u"dev-alice_old_2025"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    const auto post = std::find_if(sandbox.requests().cbegin(), sandbox.requests().cend(),
                                   [](const auto& r) { return r.method == "POST"; });
    QVERIFY(post != sandbox.requests().cend());
    QCOMPARE(post->path, u"/projects/%1/branches/%2/restore"_s.arg(sandbox.projectId(u"shop"_s), alice));
    QCOMPARE(QJsonDocument::fromJson(post->body).object(),
             (QJsonObject{{"source_branch_id"_L1, mainDev}, {"preserve_under_name"_L1, "dev-alice_old_2025"_L1}}));
    // The backup holds the old state, sits under the old parent, and is the branch's new parent.
    const Neon::Branch* backup = sandbox.branch(u"shop"_s, u"dev-alice_old_2025"_s);
    QVERIFY(backup);
    QCOMPARE(backup->parentId, mainDev);
    QCOMPARE(reply->value().branch.parentId, backup->id);
    QVERIFY(reply->value().branch.isSettled());
}

void TestClientMutations::resetOfARootBranchIsRefused()
{
    SandboxFixture sandbox(u"pii"_s);
    Neon::Client client(config(sandbox.baseUrl()));
    auto reply = client.resetFromParent(sandbox.projectId(u"clinic"_s), sandbox.branchId(u"clinic"_s, u"main-anon"_s));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error().kind, Neon::Error::Kind::InvalidArgument);
    QVERIFY2(reply->error().message.contains("schema-only"_L1), qPrintable(reply->error().message));
    QCOMPARE(sandbox.count("POST"), 0);
}

void TestClientMutations::closingTheClientEndsRunningCalls_data()
{
    QTest::addColumn<bool>("insidePoll");
    QTest::addRow("while the server holds a poll") << true;
    QTest::addRow("between two polls") << false;
}

void TestClientMutations::closingTheClientEndsRunningCalls()
{
    QFETCH(bool, insidePoll);
    SandboxFixture sandbox(u"single"_s, 60000); // operations that outlast the client
    sandbox.server->setFaultHook([](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.method == "GET")
            return Fault::delay(30);
        return std::nullopt;
    });
    auto client = std::make_unique<Neon::Client>(config(sandbox.baseUrl()));
    const QString project = sandbox.projectId(u"shop"_s);
    Neon::BranchCreateOptions options;
    options.name = u"n1"_s;
    auto waiting = client->createBranch(project, options); // polls an operation that does not end
    options.name = u"n2"_s;
    auto queued = client->createBranch(project, options); // waits behind it
    // Close at a known point of the polling: while the server holds a poll's GET (30 ms), or after
    // the client took a poll's answer in and before its timer sends the next one.
    QVERIFY(QTest::qWaitFor([&] {
        return sandbox.count("GET", u"/operations"_s) >= 2
            && (insidePoll ? sandbox.server->front().current == 1 : client->inFlight() == 0);
    }));
    auto read = client->branchCount(project); // in flight when the client closes
    const QList<Neon::Reply*> replies{waiting.get(), queued.get(), read.get()};
    std::vector<std::unique_ptr<QSignalSpy>> finished;
    for (Neon::Reply* r : replies)
        finished.push_back(std::make_unique<QSignalSpy>(r, &Neon::Reply::finished));
    client.reset();
    for (Neon::Reply* r : replies) {
        QVERIFY(r->isFinished()); // every handle completes, at once
        QCOMPARE(r->error().kind, Neon::Error::Kind::Cancelled);
    }
    // Nothing fires into the destroyed client: once the server has let go of every request it held
    // and every connection to the client is closed, nothing is left that could.
    QTRY_VERIFY(sandbox.server->front().current == 0 && openConnections(sandbox.server->front()) == 0);
    for (const auto& spy : finished)
        QCOMPARE(spy->count(), 1); // exactly once
}

CANOPY_TEST_GUILESS_MAIN(TestClientMutations)
#include "tst_client_mutations.moc"
