// SPDX-License-Identifier: MIT
// Pagination, error mapping, retries, limits, cancellation and secrecy of the client's transport.
#include "clienttestutils.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStandardPaths>
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

QJsonObject projectJson(int i)
{
    return QJsonObject { { "id"_L1, u"p-%1"_s.arg(i, 3, 10, QLatin1Char('0')) },
        { "name"_L1, u"project %1"_s.arg(i) } };
}
} // namespace

class TestClientTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start() != 0);
    }
    void init()
    {
        m_server.requests.clear();
        m_server.maxConcurrent = 0;
    }

    void projectsWalkEveryPage_data();
    void projectsWalkEveryPage();
    void branchesFollowNext();
    void errorStatusesMapToError_data();
    void errorStatusesMapToError();
    void tooManyRequestsWaitsForRetryAfter();
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

private:
    HttpFront m_server;
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
    m_server.setHandler([total](const HttpFront::Request& req) {
        const int limit = req.queryValue(u"limit"_s).toInt();
        const QString cursor = req.queryValue(u"cursor"_s);
        const int start = cursor.isEmpty() ? 0 : cursor.mid(2).toInt() + 1;
        QJsonArray page;
        for (int i = start; i < std::min(total, start + limit); ++i)
            page.append(projectJson(i));
        // Neon puts the last id of the listing in the cursor on every page, even the last.
        const QString last = u"p-%1"_s.arg(std::min(total, start + limit) - 1, 3, 10, QLatin1Char('0'));
        return HttpFront::json(200,
            toJson({ { "projects"_L1, page }, { "pagination"_L1, QJsonObject { { "cursor"_L1, last } } },
                { "applications"_L1, QJsonObject() }, { "integrations"_L1, QJsonObject() } }));
    });
    Neon::ClientConfig c = config(m_server.baseUrl());
    c.pageSize = 3;
    Neon::Client client(c);
    auto reply = client.projects();
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value().size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(reply->value().at(i).id, projectJson(i).value("id"_L1).toString());
    QCOMPARE(m_server.requests.size(), expectedRequests);
    QCOMPARE(m_server.requests.at(0).queryValue(u"cursor"_s), QString());
    if (expectedRequests > 1)
        QCOMPARE(m_server.requests.at(1).queryValue(u"cursor"_s), u"p-002"_s);
}

void TestClientTransport::branchesFollowNext()
{
    const int total = 11;
    m_server.setHandler([=](const HttpFront::Request& req) {
        const int limit = req.queryValue(u"limit"_s).toInt();
        const QString cursor = req.queryValue(u"cursor"_s);
        const int start = cursor.isEmpty() ? 0 : QByteArray::fromBase64(cursor.toLatin1()).toInt();
        QJsonArray page;
        for (int i = start; i < std::min(total, start + limit); ++i)
            page.append(branchJson(u"br-%1"_s.arg(i), u"b%1"_s.arg(i), i ? u"br-0"_s : QString()));
        QJsonObject pagination { { "sort_by"_L1, "updated_at"_L1 }, { "sort_order"_L1, "DESC"_L1 } };
        if (start + limit < total) // `next` is left out on the last page
            pagination.insert("next"_L1, QString::fromLatin1(QByteArray::number(start + limit).toBase64()));
        return HttpFront::json(200,
            toJson({ { "branches"_L1, page }, { "annotations"_L1, QJsonObject() }, { "pagination"_L1, pagination } }));
    });
    Neon::ClientConfig c = config(m_server.baseUrl());
    c.pageSize = 3;
    Neon::Client client(c);
    auto reply = client.branches(u"p-1"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value().branches.size(), total);
    QCOMPARE(reply->value().branches.last().id, u"br-10"_s);
    QCOMPARE(m_server.requests.size(), 4);
    QCOMPARE(m_server.requests.at(3).queryValue(u"cursor"_s), QString::fromLatin1(QByteArray("9").toBase64()));
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
    m_server.setHandler([status](const HttpFront::Request&) {
        return HttpFront::error(status, u"branch with the provided name \"x\" already exists"_s, u"E_TEST"_s);
    });
    Neon::ClientConfig c = config(m_server.baseUrl());
    c.transport.maxAttempts = 3;
    Neon::Client client(c);
    auto reply = client.branch(u"p-1"_s, u"br-a"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    const Neon::Error& e = reply->error();
    QCOMPARE(e.kind, Neon::Error::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, u"E_TEST"_s);
    QCOMPARE(e.message, u"branch with the provided name \"x\" already exists"_s);
    QCOMPARE(e.requestId, u"req-test"_s);
    QCOMPARE(e.retryable, retryable);
    QVERIFY(e.toUserText().contains(QString::number(status)));
    QCOMPARE(m_server.requests.size(), expectedRequests);
}

void TestClientTransport::tooManyRequestsWaitsForRetryAfter()
{
    m_server.setHandler([this](const HttpFront::Request&) {
        if (m_server.requests.size() == 1) {
            HttpFront::Response r = HttpFront::error(429, u"rate limited"_s);
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            return r;
        }
        return HttpFront::json(200, R"({"count":3})");
    });
    Neon::Client client(config(m_server.baseUrl()));
    auto reply = client.branchCount(u"p-1"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value(), 3);
    QCOMPARE(m_server.requests.size(), 2);
    // The second attempt came no earlier than Retry-After said (backoff alone would be ≤ 40 ms here).
    QVERIFY(m_server.requests.at(1).receivedAtMs - m_server.requests.at(0).receivedAtMs >= 990);
}

void TestClientTransport::lockedIsRetriedUntilItSucceeds()
{
    m_server.setHandler([this](const HttpFront::Request& req) {
        if (req.method == "POST" && m_server.requests.size() <= 2)
            return HttpFront::error(423, u"project already has running operations"_s);
        if (req.method == "POST")
            return HttpFront::json(201,
                toJson({ { "branch"_L1, branchJson(u"br-n"_s, u"qa-1"_s, u"br-0"_s) },
                    { "operations"_L1, QJsonArray() } }));
        return HttpFront::json(200, toJson({ { "branch"_L1, branchJson(u"br-n"_s, u"qa-1"_s, u"br-0"_s) } }));
    });
    Neon::Client client(config(m_server.baseUrl()));
    Neon::BranchCreateOptions options;
    options.name = u"qa-1"_s;
    auto reply = client.createBranch(u"p-1"_s, options);
    QSignalSpy progress(reply.get(), &Neon::Reply::progress);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    const auto posts = std::count_if(
        m_server.requests.cbegin(), m_server.requests.cend(), [](const auto& r) { return r.method == "POST"; });
    QCOMPARE(posts, 3);
    QVERIFY(progress.count() >= 2); // the user sees the retries
}

void TestClientTransport::readsAreRetriedAfterDroppedConnections()
{
    m_server.setHandler([this](const HttpFront::Request&) {
        if (m_server.requests.size() <= 3) { // QNAM may resend once by itself; we retry beyond that
            HttpFront::Response r;
            r.drop = true;
            return r;
        }
        return HttpFront::json(200, R"({"count":7})");
    });
    Neon::Client client(config(m_server.baseUrl()));
    auto reply = client.branchCount(u"p-1"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    QCOMPARE(reply->value(), 7);
}

void TestClientTransport::mutationIsNotResentAfterTimeout()
{
    // The server takes longer than the transfer timeout: the POST may have been applied.
    m_server.setHandler([](const HttpFront::Request& req) {
        HttpFront::Response r = HttpFront::json(201, "{}");
        if (req.method == "POST")
            r.delayMs = 800;
        return r;
    });
    Neon::ClientConfig c = config(m_server.baseUrl());
    c.transport.transferTimeoutMs = 200;
    Neon::Client client(c);
    Neon::BranchCreateOptions options; // no name: nothing to look the branch up by
    auto reply = client.createBranch(u"p-1"_s, options);
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, Neon::Error::Kind::OutcomeUnknown);
    QVERIFY(reply->error().toUserText().contains("could not tell"_L1));
    QTest::qWait(1000); // nothing else arrives later either
    QCOMPARE(m_server.requests.size(), 1);
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
    m_server.setHandler([body](const HttpFront::Request&) { return HttpFront::json(200, body); });
    Neon::Client client(config(m_server.baseUrl()));
    auto reply = client.branch(u"p-1"_s, u"br-1"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, Neon::Error::Kind::Decode);
    QVERIFY2(reply->error().message.contains(mentions), qPrintable(reply->error().message));
}

void TestClientTransport::droppingTheHandleCancels()
{
    m_server.setHandler([](const HttpFront::Request&) {
        HttpFront::Response r = HttpFront::json(200, R"({"count":1})");
        r.delayMs = 400;
        return r;
    });
    Neon::Client client(config(m_server.baseUrl()));
    auto reply = client.branchCount(u"p-1"_s);
    QSignalSpy finished(reply.get(), &Neon::Reply::finished);
    QTRY_COMPARE(m_server.requests.size(), 1);
    QCOMPARE(client.inFlight(), 1);
    reply.reset(); // drop it mid-flight
    QCOMPARE(client.inFlight(), 0);
    QTest::qWait(600); // the server's late answer finds a closed connection; nothing crashes
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_server.current, 0);
}

void TestClientTransport::inFlightLimitIsRespected()
{
    m_server.setHandler([](const HttpFront::Request&) {
        HttpFront::Response r = HttpFront::json(200, R"({"count":1})");
        r.delayMs = 60;
        return r;
    });
    Neon::ClientConfig c = config(m_server.baseUrl());
    c.transport.maxInFlight = 3;
    Neon::Client client(c);
    std::vector<Neon::Pending<int>> replies;
    for (int i = 0; i < 12; ++i)
        replies.push_back(client.branchCount(u"p-%1"_s.arg(i)));
    for (auto& r : replies)
        QVERIFY(waitFor(r.get()));
    QCOMPARE(m_server.requests.size(), 12);
    QCOMPARE(m_server.maxConcurrent, 3); // reached, never passed
}

void TestClientTransport::perRouteRateLimitIsRespected()
{
    m_server.setHandler([](const HttpFront::Request&) { return HttpFront::json(200, R"({"count":1})"); });
    Neon::ClientConfig c = config(m_server.baseUrl());
    c.transport.requestsPerSecondPerRoute = 4;
    Neon::Client client(c);
    std::vector<Neon::Pending<int>> replies;
    for (int i = 0; i < 10; ++i)
        replies.push_back(client.branchCount(u"p-%1"_s.arg(i))); // one route: /projects/{project_id}/branches/count
    auto other = client.organizations(); // another route is not held back
    for (auto& r : replies)
        QVERIFY(waitFor(r.get()));
    QVERIFY(waitFor(other.get()));
    QList<qint64> times;
    for (const auto& r : std::as_const(m_server.requests)) {
        if (r.path.endsWith("/count"_L1))
            times.append(r.receivedAtMs);
    }
    QCOMPARE(times.size(), 10);
    // No window of one second holds more than 4 requests of the route (5 ms of timer slack).
    for (qsizetype i = 4; i < times.size(); ++i)
        QVERIFY2(times.at(i) - times.at(i - 4) >= 995, qPrintable(u"%1 ms apart"_s.arg(times.at(i) - times.at(i - 4))));
    const auto orgIndex = std::find_if(m_server.requests.cbegin(), m_server.requests.cend(),
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
    m_server.setHandler([this](const HttpFront::Request&) {
        if (m_server.requests.size() == 1)
            return HttpFront::error(503, u"try later"_s);
        if (m_server.requests.size() == 2)
            return HttpFront::error(401, u"authentication required"_s);
        return HttpFront::json(200, R"({"count":1})");
    });
    QLoggingCategory::setFilterRules(u"canopy.*=true\nqt.network.*=true"_s);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    Neon::Client client(config(m_server.baseUrl()));
    auto failing = client.branchCount(u"p-1"_s);
    QVERIFY(waitFor(failing.get()));
    auto passing = client.branchCount(u"p-1"_s);
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

QTEST_GUILESS_MAIN(TestClientTransport)
#include "tst_client_transport.moc"
