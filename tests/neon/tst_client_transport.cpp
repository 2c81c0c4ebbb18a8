// SPDX-License-Identifier: MIT
// Pagination, error mapping, retries, limits, cancellation and secrecy of the client's transport,
// against the real sandbox; faults come from the sandbox's fault hook.
#include "testsupport.h"
#include "clienttestutils.h"

#include <QElapsedTimer>
#include <QSet>
#include <QLoggingCategory>
#include <QTest>

#include <neon/client.h>

using namespace Qt::StringLiterals;
using namespace TestUtils;

namespace {
QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

} // namespace

using Sandbox::Fault;

class TestClientTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectsWalkEveryPage_data();
    void projectsWalkEveryPage();
    void branchesFollowNext();
    void errorStatusesMapToError_data();
    void errorStatusesMapToError();
    void tooManyRequestsWaitsForRetryAfter();
    void tooManyRequestsHoldsBackEveryCall();
    void lockedIsRetriedUntilItSucceeds();
    void readsAreRetriedAfterDroppedConnections();
    void mutationIsNotResentAfterTimeout();
    void malformedJsonIsAClearError_data();
    void malformedJsonIsAClearError();
    void droppingTheHandleCancels();
    void inFlightLimitIsRespected();
    void perRouteRateLimitIsRespected();
    void plainHttpIsRefusedExceptLoopback_data();
    void plainHttpIsRefusedExceptLoopback();
    void keyNeverAppearsInLogs();
};

void TestClientTransport::projectsWalkEveryPage_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("expectedRequests");
    QTest::addRow("10 projects, pages of 3") << 10 << 4; // 3+3+3+1: the short page ends it
    QTest::addRow("9 projects, pages of 3") << 9 << 4; // 3+3+3+0: the empty page ends it
    QTest::addRow("2 projects, one page") << 2 << 1;
}

void TestClientTransport::projectsWalkEveryPage()
{
    QFETCH(int, total);
    QFETCH(int, expectedRequests);
    SandboxFixture sandbox(u"scale:%1:1"_s.arg(total));
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.pageSize = 3;
    Neon::Client client(c);
    auto reply = client.projects();
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QStringList expected = sandbox.state().projects.keys();
    expected.sort();
    QStringList got;
    for (const Neon::Project& p : reply->value())
        got.append(p.id);
    QCOMPARE(got, expected);
    QCOMPARE(sandbox.requests().size(), expectedRequests);
    QCOMPARE(sandbox.requests().at(0).queryValue(u"cursor"_s), QString());
    if (expectedRequests > 1) // the cursor is the last id of the previous page
        QCOMPARE(sandbox.requests().at(1).queryValue(u"cursor"_s), expected.at(2));
}

void TestClientTransport::branchesFollowNext()
{
    SandboxFixture sandbox(u"scale:1:11"_s);
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.pageSize = 3;
    Neon::Client client(c);
    auto reply = client.branches(sandbox.state().projects.keys().first());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QSet<QString> ids;
    for (const Neon::Branch& b : reply->value().branches)
        ids.insert(b.id);
    QCOMPARE(ids.size(), 11); // every branch once
    QCOMPARE(sandbox.requests().size(), 4); // 3 + 3 + 3 + 2: `next` is absent on the last page
    for (int i = 1; i < 4; ++i)
        QVERIFY(!sandbox.requests().at(i).queryValue(u"cursor"_s).isEmpty());
}

void TestClientTransport::errorStatusesMapToError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedRequests"); // with maxAttempts = 3
    QTest::addColumn<bool>("retryable");
    QTest::addRow("400") << 400 << 1 << false;
    QTest::addRow("401") << 401 << 1 << false;
    QTest::addRow("403") << 403 << 1 << false;
    QTest::addRow("404") << 404 << 1 << false;
    QTest::addRow("409 duplicate name, never retried") << 409 << 1 << false;
    QTest::addRow("423 retried, then reported") << 423 << 3 << true;
    QTest::addRow("429 retried, then reported") << 429 << 3 << true;
    QTest::addRow("500") << 500 << 1 << false;
    QTest::addRow("502 on a read is retried") << 502 << 3 << false;
    QTest::addRow("503 retried, then reported") << 503 << 3 << true;
}

void TestClientTransport::errorStatusesMapToError()
{
    QFETCH(int, status);
    QFETCH(int, expectedRequests);
    QFETCH(bool, retryable);
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([status](const HttpFront::Request&) {
        return Fault::error(status, u"branch with the provided name \"x\" already exists"_s, u"E_TEST"_s);
    });
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.transport.maxAttempts = 3;
    Neon::Client client(c);
    auto reply = client.branch(sandbox.projectId(u"shop"_s), sandbox.branchId(u"shop"_s, u"main"_s));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    const Neon::Error& e = reply->error();
    QCOMPARE(e.kind, Neon::Error::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, u"E_TEST"_s);
    QCOMPARE(e.message, u"branch with the provided name \"x\" already exists"_s);
    QCOMPARE(e.requestId, QString::fromLatin1(sandbox.requests().last().header("X-Request-ID")));
    QCOMPARE(e.retryable, retryable);
    QVERIFY(e.toUserText().contains(QString::number(status)));
    QCOMPARE(sandbox.requests().size(), expectedRequests);
}

/// The first request gets 429 with `Retry-After: 1`; the rest go through.
static void answerTheFirstRequestWith429(SandboxFixture& sandbox)
{
    sandbox.server->setFaultHook([&sandbox](const HttpFront::Request&) -> std::optional<Fault> {
        if (sandbox.requests().size() > 1)
            return std::nullopt;
        Fault f = Fault::error(429, u"rate limited"_s);
        f.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return f;
    });
}

void TestClientTransport::tooManyRequestsWaitsForRetryAfter()
{
    SandboxFixture sandbox;
    answerTheFirstRequestWith429(sandbox);
    Neon::Client client(config(sandbox.baseUrl()));
    auto reply = client.branchCount(sandbox.projectId(u"shop"_s));
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value(), 6);
    QCOMPARE(sandbox.requests().size(), 2);
    // The second attempt came no earlier than Retry-After said (backoff alone would be ≤ 40 ms here).
    QVERIFY(sandbox.requests().at(1).receivedAtMs - sandbox.requests().at(0).receivedAtMs >= 990);
}

void TestClientTransport::tooManyRequestsHoldsBackEveryCall()
{
    SandboxFixture sandbox;
    answerTheFirstRequestWith429(sandbox);
    Neon::Client client(config(sandbox.baseUrl()));
    auto first = client.branchCount(sandbox.projectId(u"shop"_s));
    QSignalSpy retrying(first.get(), &Neon::Reply::progress);
    QVERIFY(retrying.wait(5000)); // the 429 has arrived
    // The limit is the account's: a call started now waits out the same Retry-After.
    auto second = client.projects();
    QVERIFY(waitFor(second.get()));
    QVERIFY(waitFor(first.get()));
    QVERIFY(first->ok() && second->ok());
    QCOMPARE(sandbox.requests().size(), 3);
    for (int i = 1; i < 3; ++i)
        QVERIFY(sandbox.requests().at(i).receivedAtMs - sandbox.requests().at(0).receivedAtMs >= 990);
}

void TestClientTransport::lockedIsRetriedUntilItSucceeds()
{
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([&](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.method == "POST" && sandbox.count("POST") <= 2)
            return Fault::error(423, u"project already has running operations, scheduling of new ones is prohibited"_s);
        return std::nullopt;
    });
    Neon::Client client(config(sandbox.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"qa-1"_s;
    auto reply = client.createBranch(sandbox.projectId(u"shop"_s), options);
    QSignalSpy progress(reply.get(), &Neon::Reply::progress);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(sandbox.count("POST"), 3);
    QVERIFY(sandbox.branch(u"shop"_s, u"qa-1"_s));
    QVERIFY(progress.count() >= 2); // the user sees the retries
}

void TestClientTransport::readsAreRetriedAfterDroppedConnections()
{
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([&](const HttpFront::Request&) -> std::optional<Fault> {
        if (sandbox.requests().size() <= 3) // QNAM may resend a GET once by itself; the client retries beyond that
            return Fault::drop(false);
        return std::nullopt;
    });
    Neon::Client client(config(sandbox.baseUrl()));
    auto reply = client.branchCount(sandbox.projectId(u"shop"_s));
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value(), 6);
}

void TestClientTransport::mutationIsNotResentAfterTimeout()
{
    // The server takes longer than the transfer timeout: the POST may have been applied.
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([](const HttpFront::Request& req) -> std::optional<Fault> {
        if (req.method == "POST")
            return Fault::delay(800);
        return std::nullopt;
    });
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.transport.transferTimeoutMs = 200;
    Neon::Client client(c);
    Neon::BranchCreateOptions options; // no name: nothing to look the branch up by
    auto reply = client.createBranch(sandbox.projectId(u"shop"_s), options);
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, Neon::Error::Kind::OutcomeUnknown);
    QVERIFY(reply->error().toUserText().contains("could not tell"_L1));
    // Nothing else arrives later either. The server holds every POST for 800 ms, so a resent one
    // would keep it busy; once it has let go of the first (its answer finds the closed
    // connection) and the client holds no call, the count is final.
    QTRY_VERIFY(sandbox.server->front().current == 0 && client.inFlight() == 0);
    QCOMPARE(sandbox.requests().size(), 1);
}

void TestClientTransport::malformedJsonIsAClearError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("truncated") << QByteArray(R"({"branch":{"id":"br-1")") << u"not valid JSON"_s;
    QTest::addRow("not an object") << QByteArray("[1,2,3]") << u"expected a JSON object"_s;
    QTest::addRow("empty 200") << QByteArray() << u"branch: missing"_s;
    QTest::addRow("wrong type") << QByteArray(R"({"branch":{"id":5}})") << u"branch.id: expected a string"_s;
    QTest::addRow("bad timestamp") << QByteArray(R"({"branch":{"id":"b","created_at":"yesterday"}})")
                                   << u"branch.created_at"_s;
    QTest::addRow("huge number") << QByteArray(R"({"branch":{"id":"b","logical_size":1e300}})")
                                 << u"branch.logical_size: expected a whole number"_s;
}

void TestClientTransport::malformedJsonIsAClearError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([body](const HttpFront::Request&) { return Fault::answer(200, body); });
    Neon::Client client(config(sandbox.baseUrl()));
    auto reply = client.branch(sandbox.projectId(u"shop"_s), sandbox.branchId(u"shop"_s, u"main"_s));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, Neon::Error::Kind::Decode);
    QVERIFY2(reply->error().message.contains(mentions), qPrintable(reply->error().message));
}

void TestClientTransport::droppingTheHandleCancels()
{
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([](const HttpFront::Request&) { return Fault::delay(400); });
    Neon::Client client(config(sandbox.baseUrl()));
    auto reply = client.branchCount(sandbox.projectId(u"shop"_s));
    QSignalSpy finished(reply.get(), &Neon::Reply::finished);
    QTRY_COMPARE(sandbox.requests().size(), 1);
    QCOMPARE(client.inFlight(), 1);
    reply.reset(); // drop it mid-flight
    QCOMPARE(client.inFlight(), 0);
    // The server's late answer finds a closed connection; nothing crashes, nothing finishes.
    QTRY_COMPARE(sandbox.server->front().current, 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(sandbox.requests().size(), 1);
}

void TestClientTransport::inFlightLimitIsRespected()
{
    SandboxFixture sandbox(u"scale:12:1"_s);
    sandbox.server->setFaultHook([](const HttpFront::Request&) { return Fault::delay(60); });
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.transport.maxInFlight = 3;
    Neon::Client client(c);
    std::vector<Neon::Pending<int>> replies;
    for (const QString& project : sandbox.state().projects.keys())
        replies.push_back(client.branchCount(project));
    for (auto& r : replies) {
        QVERIFY(waitFor(r.get()));
        QCOMPARE(r->value(), 1);
    }
    QCOMPARE(sandbox.requests().size(), 12);
    QCOMPARE(sandbox.server->front().maxConcurrent, 3); // reached, never passed
}

void TestClientTransport::perRouteRateLimitIsRespected()
{
    SandboxFixture sandbox(u"scale:10:1"_s);
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.transport.requestsPerSecondPerRoute = 4;
    Neon::Client client(c);
    std::vector<Neon::Pending<int>> replies;
    for (const QString& project : sandbox.state().projects.keys())
        replies.push_back(client.branchCount(project)); // one route: /projects/{project_id}/branches/count
    auto other = client.organizations(); // another route is not held back
    for (auto& r : replies)
        QVERIFY(waitFor(r.get()));
    QVERIFY(waitFor(other.get()));
    QList<qint64> times;
    for (const auto& r : std::as_const(sandbox.requests())) {
        if (r.path.endsWith("/count"_L1))
            times.append(r.receivedAtMs);
    }
    QCOMPARE(times.size(), 10);
    // No window of one second holds more than 4 requests of the route (5 ms of timer slack).
    for (qsizetype i = 4; i < times.size(); ++i)
        QVERIFY2(times.at(i) - times.at(i - 4) >= 995, qPrintable(u"%1 ms apart"_s.arg(times.at(i) - times.at(i - 4))));
    const auto orgIndex = std::find_if(sandbox.requests().cbegin(), sandbox.requests().cend(),
        [](const auto& r) { return r.path.endsWith("/organizations"_L1); });
    QVERIFY(orgIndex->receivedAtMs < times.at(4));
}

void TestClientTransport::plainHttpIsRefusedExceptLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("https") << u"https://console.neon.tech/api/v2"_s << true;
    QTest::addRow("http loopback v4") << u"http://127.0.0.1:9/api/v2"_s << true;
    QTest::addRow("http loopback v6") << u"http://[::1]:9/api/v2"_s << true;
    QTest::addRow("http localhost") << u"http://localhost:9/api/v2"_s << true;
    QTest::addRow("http remote") << u"http://console.neon.tech/api/v2"_s << false;
    QTest::addRow("http private address") << u"http://10.0.0.1/api/v2"_s << false;
    QTest::addRow("ftp") << u"ftp://127.0.0.1/"_s << false;
}

void TestClientTransport::plainHttpIsRefusedExceptLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(Neon::Client::checkBaseUrl(QUrl(url)).isEmpty(), accepted);
    if (accepted)
        return;
    Neon::ClientConfig c = config(QUrl(url));
    Neon::Client client(c);
    auto reply = client.currentUser();
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error().kind, Neon::Error::Kind::InvalidArgument);
}

void TestClientTransport::keyNeverAppearsInLogs()
{
    SandboxFixture sandbox;
    sandbox.server->setFaultHook([&](const HttpFront::Request&) -> std::optional<Fault> {
        if (sandbox.requests().size() == 1)
            return Fault::error(503, u"try later"_s);
        if (sandbox.requests().size() == 2)
            return Fault::error(401, u"authentication required"_s);
        return std::nullopt;
    });
    QLoggingCategory::setFilterRules(u"canopy.*=true\nqt.network.*=true"_s);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    Neon::Client client(config(sandbox.baseUrl()));
    auto failing = client.branchCount(sandbox.projectId(u"shop"_s));
    QVERIFY(waitFor(failing.get()));
    auto passing = client.branchCount(sandbox.projectId(u"shop"_s));
    QVERIFY(waitFor(passing.get()));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(!g_log.isEmpty()); // the requests were logged…
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!line.contains(secretKey), qPrintable(line)); // …without the key
    QCOMPARE(failing->error().httpStatus, 401);
    QVERIFY(!failing->error().toUserText().contains(secretKey));
    QVERIFY(!failing->error().message.contains(secretKey));
}

CANOPY_TEST_GUILESS_MAIN(TestClientTransport)
#include "tst_client_transport.moc"
