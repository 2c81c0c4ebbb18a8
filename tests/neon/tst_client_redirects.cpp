// SPDX-License-Identifier: MIT
// Redirects: the client follows one only to the same scheme, host and port, so the API key in
// its Authorization header never reaches another server. The sandbox answers the redirect; a
// second loopback server stands for "somewhere else" and records whatever reaches it.
#include "testsupport.h"
#include "clienttestutils.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using TestUtils::SandboxFixture;

namespace {
/// A plain TCP listener on loopback that keeps every byte it receives and answers 200 with `{}`.
class Elsewhere : public QObject
{
public:
    Elsewhere()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    received += s->readAll();
                    if (received.contains("\r\n\r\n"))
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                });
            }
        });
    }
    QUrl url(const QString& path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path)); }

    int connections = 0;
    QByteArray received;

private:
    QTcpServer m_server;
};

Sandbox::Fault redirectTo(const QUrl& location, int status = 307)
{
    Sandbox::Fault f = Sandbox::Fault::answer(status, {});
    f.headers.append({"Location", location.toString().toUtf8()});
    return f;
}
} // namespace

class TestClientRedirects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anotherHostNeverSeesTheKey_data();
    void anotherHostNeverSeesTheKey();
    void sameOriginRedirectIsFollowed();
};

void TestClientRedirects::anotherHostNeverSeesTheKey_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void TestClientRedirects::anotherHostNeverSeesTheKey()
{
    QFETCH(int, status);
    SandboxFixture sandbox;
    Elsewhere elsewhere;
    sandbox.server->setFaultHook([&](const HttpFront::Request& r) -> std::optional<Sandbox::Fault> {
        if (r.path == "/users/me"_L1)
            return redirectTo(elsewhere.url(u"/api/v2/users/me"_s), status);
        return std::nullopt;
    });
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    auto me = client.currentUser();
    QVERIFY(TestUtils::waitFor(me.get()));
    QVERIFY(!me->ok());
    QVERIFY2(me->error().toUserText().contains(u"redirect"_s), qPrintable(me->error().toUserText()));
    QVERIFY2(me->error().toUserText().contains(u"127.0.0.1"_s), qPrintable(me->error().toUserText())); // says where
    QVERIFY(!me->error().retryable);
    QCOMPARE(sandbox.count("GET", u"/users/me"_s), 1); // not retried either
    QCOMPARE(elsewhere.connections, 0);
    QVERIFY(!elsewhere.received.contains(TestUtils::secretKey.toUtf8()));
}

void TestClientRedirects::sameOriginRedirectIsFollowed()
{
    SandboxFixture sandbox;
    // The first request is sent on to the same server (same scheme, host and port).
    sandbox.server->setFaultHook([&](const HttpFront::Request& r) -> std::optional<Sandbox::Fault> {
        if (r.path == "/users/me/organizations"_L1 && !r.query.hasQueryItem(u"moved"_s))
            return redirectTo(QUrl(sandbox.baseUrl().toString() + u"/users/me/organizations?moved=1"_s));
        return std::nullopt;
    });
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    auto orgs = client.organizations();
    QVERIFY(TestUtils::waitFor(orgs.get()));
    QVERIFY2(orgs->ok(), qPrintable(orgs->error().toUserText()));
    QCOMPARE(sandbox.count("GET", u"/users/me/organizations"_s), 2);
    QVERIFY(sandbox.requests().last().query.hasQueryItem(u"moved"_s)); // answered after the redirect, with the key
}

CANOPY_TEST_GUILESS_MAIN(TestClientRedirects)
#include "tst_client_redirects.moc"
