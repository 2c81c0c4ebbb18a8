// SPDX-License-Identifier: MIT
// Mutations: operation polling, lost answers reconciled by reading back, per-project order.
#include "clienttestutils.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <neon/client.h>

using namespace Qt::StringLiterals;
using namespace TestUtils;

static int countOf(
    const QList<HttpFront::Request>& requests, const QByteArray& method, const QString& pathPart = {})
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const HttpFront::Request& r) {
        return r.method == method && (pathPart.isEmpty() || r.path.contains(pathPart));
    }));
}

/// A tiny branch store so lost answers can be checked against what "the server" really did.
struct FakeProject
{
    QHash<QString, QJsonObject> branches; // by id
    int created = 0;

    HttpFront::Response create(const HttpFront::Request& req)
    {
        const QJsonObject body = QJsonDocument::fromJson(req.body).object().value("branch"_L1).toObject();
        const QString name = body.value("name"_L1).toString();
        for (const QJsonObject& b : std::as_const(branches)) {
            if (b.value("name"_L1).toString() == name)
                return HttpFront::error(409, u"branch with the provided name \"%1\" already exists"_s.arg(name));
        }
        const QString id = u"br-new-%1"_s.arg(++created);
        branches.insert(id, branchJson(id, name, u"br-main"_s));
        return HttpFront::json(
            201, toJson({ { "branch"_L1, branches.value(id) }, { "operations"_L1, QJsonArray() } }));
    }

    HttpFront::Response search(const HttpFront::Request& req)
    {
        QJsonArray found;
        for (const QJsonObject& b : std::as_const(branches)) {
            if (b.value("name"_L1).toString().contains(req.queryValue(u"search"_s)))
                found.append(b);
        }
        return HttpFront::json(200,
            toJson(
                { { "branches"_L1, found }, { "annotations"_L1, QJsonObject() }, { "pagination"_L1, QJsonObject() } }));
    }

    HttpFront::Response get(const QString& id)
    {
        if (!branches.contains(id))
            return HttpFront::error(404, u"branch not found"_s);
        return HttpFront::json(200, toJson({ { "branch"_L1, branches.value(id) } }));
    }
};

class TestClientMutations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start() != 0);
    }
    void init() { m_server.requests.clear(); }

    void operationsArePolledToFinished();
    void failedOperationFailsTheCall_data();
    void failedOperationFailsTheCall();
    void lostCreateThatWasAppliedIsFoundNotResent();
    void lostCreateThatWasNotAppliedIsSentOnce();
    void lostRenameIsCheckedByReadingBack();
    void lostDeleteOfAGoneBranchSucceeds();
    void mutationsOnOneProjectRunInOrder();
    void resetFromParentRestoresFromTheParent();
    void resetOfARootBranchIsRefused();
    void closingTheClientEndsRunningCalls();

private:
    HttpFront m_server;
};

void TestClientMutations::operationsArePolledToFinished()
{
    QHash<QString, int> polls;
    m_server.setHandler([&](const HttpFront::Request& req) {
        if (req.method == "POST")
            return HttpFront::json(201,
                toJson({ { "branch"_L1, branchJson(u"br-n"_s, u"dev-a"_s, u"br-main"_s, u"init"_s) },
                    { "operations"_L1,
                        QJsonArray { operationJson(u"op-1"_s, u"create_branch"_s, u"running"_s),
                            operationJson(u"op-2"_s, u"start_compute"_s, u"scheduling"_s) } } }));
        const QString last = req.path.section(QLatin1Char('/'), -1);
        const int n = ++polls[last];
        if (req.path.contains("/operations/"_L1)) {
            const QString status = last == "op-1"_L1 && n < 3 ? u"running"_s : u"finished"_s;
            return HttpFront::json(200, toJson({ { "operation"_L1, operationJson(last, u"x"_s, status) } }));
        }
        QJsonObject b = branchJson(u"br-n"_s, u"dev-a"_s, u"br-main"_s, n < 2 ? u"init"_s : u"ready"_s);
        if (n < 2)
            b.insert("pending_state"_L1, "ready"_L1);
        return HttpFront::json(200, toJson({ { "branch"_L1, b } }));
    });
    Neon::Client client(config(m_server.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"dev-a"_s;
    auto reply = client.createBranch(u"p-1"_s, options);
    QSignalSpy progress(reply.get(), &Neon::Reply::progress);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value().branch.currentState, u"ready"_s);
    QCOMPARE(polls.value(u"op-1"_s), 3); // polled until it finished
    QCOMPARE(polls.value(u"op-2"_s), 1);
    QCOMPARE(polls.value(u"br-n"_s), 2); // then the branch until it settled
    QVERIFY(progress.count() >= 3);
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
    m_server.setHandler([&](const HttpFront::Request& req) {
        if (req.method == "DELETE")
            return HttpFront::json(200,
                toJson({ { "branch"_L1, branchJson(u"br-a"_s, u"dev-a"_s, u"br-main"_s) },
                    { "operations"_L1,
                        QJsonArray { operationJson(u"op-9"_s, u"delete_timeline"_s, u"running"_s) } } }));
        return HttpFront::json(200,
            toJson({ { "operation"_L1,
                operationJson(u"op-9"_s, u"delete_timeline"_s, status, u"pageserver out of disk"_s) } }));
    });
    Neon::Client client(config(m_server.baseUrl()));
    auto reply = client.deleteBranch(u"p-1"_s, u"br-a"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, Neon::Error::Kind::OperationFailed);
    QVERIFY(reply->error().message.contains(status));
    QVERIFY(reply->error().message.contains("pageserver out of disk"_L1));
}

void TestClientMutations::lostCreateThatWasAppliedIsFoundNotResent()
{
    FakeProject project;
    m_server.setHandler([&](const HttpFront::Request& req) {
        if (req.method == "POST") {
            HttpFront::Response r = project.create(req);
            if (countOf(m_server.requests, "POST") == 1)
                r.drop = true; // applied, then the connection dies before the answer
            return r;
        }
        if (req.path.endsWith("/branches"_L1))
            return project.search(req);
        return project.get(req.path.section(QLatin1Char('/'), -1));
    });
    Neon::Client client(config(m_server.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"preview-pr-7"_s;
    auto reply = client.createBranch(u"p-1"_s, options);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value().branch.name, u"preview-pr-7"_s);
    QCOMPARE(project.branches.size(), 1); // created once, not twice
    QCOMPARE(countOf(m_server.requests, "GET", u"/branches"_s) >= 1, true);
}

void TestClientMutations::lostCreateThatWasNotAppliedIsSentOnce()
{
    FakeProject project;
    m_server.setHandler([&](const HttpFront::Request& req) {
        if (req.method == "POST") {
            if (countOf(m_server.requests, "POST") == 1) {
                HttpFront::Response r;
                r.drop = true; // dropped before anything was applied
                return r;
            }
            return project.create(req);
        }
        if (req.path.endsWith("/branches"_L1))
            return project.search(req);
        return project.get(req.path.section(QLatin1Char('/'), -1));
    });
    Neon::Client client(config(m_server.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"qa-search"_s;
    auto reply = client.createBranch(u"p-1"_s, options);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(project.branches.size(), 1);
    // The search came between the lost POST and the one sent again.
    const auto firstSearch = std::find_if(m_server.requests.cbegin(), m_server.requests.cend(),
        [](const auto& r) { return r.method == "GET" && r.path.endsWith("/branches"_L1); });
    QVERIFY(firstSearch != m_server.requests.cend());
    QCOMPARE(firstSearch->queryValue(u"search"_s), u"qa-search"_s);
}

void TestClientMutations::lostRenameIsCheckedByReadingBack()
{
    FakeProject project;
    project.branches.insert(u"br-a"_s, branchJson(u"br-a"_s, u"dev-old"_s, u"br-main"_s));
    m_server.setHandler([&](const HttpFront::Request& req) {
        if (req.method == "PATCH") {
            QJsonObject b = project.branches.value(u"br-a"_s);
            b.insert("name"_L1, QJsonDocument::fromJson(req.body).object()["branch"_L1].toObject()["name"_L1]);
            project.branches.insert(u"br-a"_s, b);
            HttpFront::Response r = HttpFront::json(500, "{}");
            r.drop = true;
            return r;
        }
        return project.get(u"br-a"_s);
    });
    Neon::Client client(config(m_server.baseUrl()));
    Neon::BranchUpdate update;
    update.name = u"dev-new"_s;
    auto reply = client.updateBranch(u"p-1"_s, u"br-a"_s, update);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value().branch.name, u"dev-new"_s);
}

void TestClientMutations::lostDeleteOfAGoneBranchSucceeds()
{
    m_server.setHandler([&](const HttpFront::Request& req) {
        if (req.method == "DELETE") {
            HttpFront::Response r;
            r.drop = true;
            return r;
        }
        return HttpFront::error(404, u"not found"_s);
    });
    Neon::Client client(config(m_server.baseUrl()));
    auto reply = client.deleteBranch(u"p-1"_s, u"br-a"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QVERIFY(reply->value().alreadyGone);
}

void TestClientMutations::mutationsOnOneProjectRunInOrder()
{
    m_server.setHandler([](const HttpFront::Request& req) {
        const QString project = req.path.section(QLatin1Char('/'), 2, 2);
        if (req.method == "POST") {
            const QString name
                = QJsonDocument::fromJson(req.body).object()["branch"_L1].toObject()["name"_L1].toString();
            HttpFront::Response r = HttpFront::json(201,
                toJson({ { "branch"_L1, branchJson(name, name, u"br-main"_s) },
                    { "operations"_L1,
                        QJsonArray { operationJson(u"op-"_s + name, u"create_branch"_s, u"running"_s) } } }));
            r.delayMs = 150;
            return r;
        }
        if (req.path.contains("/operations/"_L1))
            return HttpFront::json(200,
                toJson({ { "operation"_L1,
                    operationJson(req.path.section(QLatin1Char('/'), -1), u"create_branch"_s, u"finished"_s) } }));
        const QString id = req.path.section(QLatin1Char('/'), -1);
        return HttpFront::json(200, toJson({ { "branch"_L1, branchJson(id, id, u"br-main"_s) } }));
    });
    Neon::Client client(config(m_server.baseUrl()));
    auto create = [&](const QString& project, const QString& name) {
        Neon::BranchCreateOptions o;
        o.name = name;
        return client.createBranch(project, o);
    };
    auto a1 = create(u"p-1"_s, u"a1"_s);
    auto a2 = create(u"p-1"_s, u"a2"_s);
    auto b1 = create(u"p-2"_s, u"b1"_s);
    for (auto* r : { a1.get(), a2.get(), b1.get() }) {
        QVERIFY(waitFor(r));
        QVERIFY2(r->ok(), qPrintable(r->error().toUserText()));
    }
    auto arrival = [&](const QString& name) {
        for (const auto& r : std::as_const(m_server.requests)) {
            if (r.method == "POST" && r.body.contains(name.toUtf8()))
                return r.receivedAtMs;
        }
        return qint64(-1);
    };
    auto lastPollOf = [&](const QString& name) {
        qint64 t = -1;
        for (const auto& r : std::as_const(m_server.requests)) {
            if (r.method == "GET" && r.path.endsWith(u"/"_s + name))
                t = r.receivedAtMs;
        }
        return t;
    };
    // a2 waited until a1 was answered, its operation finished and its branch settled…
    QVERIFY(arrival(u"a2"_s) >= lastPollOf(u"a1"_s));
    QVERIFY(arrival(u"a2"_s) >= arrival(u"a1"_s) + 150);
    // …while the other project did not wait for either.
    QVERIFY(arrival(u"b1"_s) < arrival(u"a1"_s) + 150);
}

void TestClientMutations::resetFromParentRestoresFromTheParent()
{
    m_server.setHandler([](const HttpFront::Request& req) {
        if (req.method == "POST")
            return HttpFront::json(200,
                toJson({ { "branch"_L1, branchJson(u"br-a"_s, u"dev-a"_s, u"br-backup"_s) },
                    { "operations"_L1, QJsonArray() } }));
        return HttpFront::json(
            200, toJson({ { "branch"_L1, branchJson(u"br-a"_s, u"dev-a"_s, u"br-main-dev"_s) } }));
    });
    Neon::Client client(config(m_server.baseUrl()));
    auto reply = client.resetFromParent(u"p-1"_s, u"br-a"_s, u"dev-a_old_2025"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    const auto post = std::find_if(
        m_server.requests.cbegin(), m_server.requests.cend(), [](const auto& r) { return r.method == "POST"; });
    QVERIFY(post != m_server.requests.cend());
    QCOMPARE(post->path, u"/projects/p-1/branches/br-a/restore"_s);
    QCOMPARE(QJsonDocument::fromJson(post->body).object(),
        (QJsonObject {
            { "source_branch_id"_L1, "br-main-dev"_L1 }, { "preserve_under_name"_L1, "dev-a_old_2025"_L1 } }));
}

void TestClientMutations::resetOfARootBranchIsRefused()
{
    m_server.setHandler([](const HttpFront::Request&) {
        QJsonObject b = branchJson(u"br-s"_s, u"main-anon-base"_s);
        b.insert("init_source"_L1, "schema-only"_L1);
        return HttpFront::json(200, toJson({ { "branch"_L1, b } }));
    });
    Neon::Client client(config(m_server.baseUrl()));
    auto reply = client.resetFromParent(u"p-1"_s, u"br-s"_s);
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error().kind, Neon::Error::Kind::InvalidArgument);
    QVERIFY(reply->error().message.contains("schema-only"_L1));
    QCOMPARE(countOf(m_server.requests, "POST"), 0);
}

void TestClientMutations::closingTheClientEndsRunningCalls()
{
    m_server.setHandler([](const HttpFront::Request& req) {
        if (req.method == "POST")
            return HttpFront::json(201,
                toJson({ { "branch"_L1, branchJson(u"br-n"_s, u"n"_s, u"br-main"_s) },
                    { "operations"_L1, QJsonArray { operationJson(u"op-1"_s, u"create_branch"_s, u"running"_s) } } }));
        HttpFront::Response r = HttpFront::json(
            200, toJson({ { "operation"_L1, operationJson(u"op-1"_s, u"create_branch"_s, u"running"_s) } }));
        if (req.path.endsWith("/count"_L1))
            r = HttpFront::json(200, R"({"count":1})");
        r.delayMs = 30;
        return r;
    });
    auto client = std::make_unique<Neon::Client>(config(m_server.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"n"_s;
    auto waiting = client->createBranch(u"p-1"_s, options); // polls an operation that never ends
    auto queued = client->createBranch(u"p-1"_s, options); // waits behind it
    QTRY_VERIFY(countOf(m_server.requests, "GET", u"/operations/"_s) >= 2);
    QTest::qWait(QRandomGenerator::global()->bounded(40)); // between polls or inside one
    auto read = client->branchCount(u"p-2"_s); // in flight when the client closes
    client.reset();
    for (Neon::Reply* r : { static_cast<Neon::Reply*>(waiting.get()), static_cast<Neon::Reply*>(queued.get()),
             static_cast<Neon::Reply*>(read.get()) }) {
        QVERIFY(r->isFinished()); // every handle completes, at once
        QCOMPARE(r->error().kind, Neon::Error::Kind::Cancelled);
    }
    QTest::qWait(100); // nothing fires into the destroyed client
}

QTEST_GUILESS_MAIN(TestClientMutations)
#include "tst_client_mutations.moc"
