// SPDX-License-Identifier: MIT
// Computes, roles and databases of the sandbox as real PostgreSQL objects, checked through
// QPSQL connections made from the URIs the API hands out: suspending a compute ends its
// sessions and a new connection wakes it, a reset password refuses the old one, a database
// made through the API is there to use and gone once deleted.
#include "testsupport.h"

#include "dataplanesandbox.h"

#include <sandbox/server.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
template<typename P>
bool done(const P& pending)
{
    if (!pending->isFinished()) {
        QSignalSpy spy(pending.get(), &Neon::Reply::finished);
        spy.wait(30000);
    }
    if (!pending->ok())
        qWarning("%s: %s", qPrintable(pending->description()), qPrintable(pending->error().toUserText()));
    return pending->isFinished() && pending->ok();
}

/// The first value of `sql` on a connection opened from `uri`, or "error: …".
QString ask(const QString& uri, const QString& sql)
{
    Pg::Connection connection(uri, u"test-objects-"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (!connection.isOpen())
        return u"error: "_s + connection.error();
    QSqlQuery q(connection.database());
    if (!q.exec(sql))
        return u"error: "_s + q.lastError().text();
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TestSandboxObjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void suspendEndsSessionsAndAConnectionWakesTheCompute();
    void resetPasswordRefusesTheOldOne();
    void databaseMadeThroughTheApiIsRealUntilDeleted();
    void cleanupTestCase() { m_sandbox.stop(); }

private:
    QString uri(const QString& branch, const QString& database, const QString& role);
    TestUtils::DataPlaneSandbox m_sandbox;
};

void TestSandboxObjects::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(u"single"_s, &error), qPrintable(error));
}

QString TestSandboxObjects::uri(const QString& branch, const QString& database, const QString& role)
{
    auto answer = m_sandbox.client->connectionUri(m_sandbox.project, {m_sandbox.branch(branch)->id, {}, database, role, {}});
    return done(answer) ? answer->value().uri : QString();
}

void TestSandboxObjects::suspendEndsSessionsAndAConnectionWakesTheCompute()
{
    Neon::Client& c = *m_sandbox.client;
    const QString branchId = m_sandbox.branch(u"dev-alice"_s)->id;
    const QString endpointId = m_sandbox.server->state().endpointsOf(branchId).first().id;
    const QString address = uri(u"dev-alice"_s, u"neondb"_s, u"neondb_owner"_s);
    Pg::Connection open(address, u"test-objects-open"_s);
    QVERIFY2(open.isOpen(), qPrintable(open.error()));
    QSqlQuery before(open.database());
    QVERIFY(before.exec(u"SELECT 1"_s));

    auto suspended = c.endpointAction(m_sandbox.project, endpointId, Neon::Client::EndpointAction::Suspend);
    QVERIFY(done(suspended));
    auto idle = c.endpoint(m_sandbox.project, endpointId);
    QVERIFY(done(idle));
    QCOMPARE(idle->value().currentState, u"idle"_s);
    QVERIFY(idle->value().suspendedAt.isValid());
    QSqlQuery after(open.database());
    QVERIFY2(!after.exec(u"SELECT 1"_s), "the session on the suspended compute was ended");

    // A new connection is accepted and wakes the compute, as on Neon.
    const QDateTime connectedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    Pg::Connection again(address, u"test-objects-again"_s);
    QVERIFY2(again.isOpen(), qPrintable(again.error()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto e = c.endpoint(m_sandbox.project, endpointId);
            return done(e) && e->value().currentState == "active"_L1 && e->value().lastActive >= connectedAt;
        }(),
        10000);
}

void TestSandboxObjects::resetPasswordRefusesTheOldOne()
{
    Neon::Client& c = *m_sandbox.client;
    const QString branchId = m_sandbox.branch(u"dev-bob"_s)->id;
    auto role = c.createRole(m_sandbox.project, branchId, u"reporting"_s);
    QVERIFY(done(role));
    const QString oldPassword = role->value().role.password;
    QVERIFY(!oldPassword.isEmpty());
    const QString oldUri = uri(u"dev-bob"_s, u"neondb"_s, u"reporting"_s);
    QVERIFY(oldUri.contains(oldPassword));
    QVERIFY(!ask(oldUri, u"SELECT current_user"_s).startsWith("error"_L1));

    auto reset = c.resetRolePassword(m_sandbox.project, branchId, u"reporting"_s);
    QVERIFY(done(reset));
    QVERIFY(reset->value().role.password != oldPassword);
    const QString refused = ask(oldUri, u"SELECT 1"_s);
    QVERIFY2(refused.contains("password authentication failed"_L1), qPrintable(refused));
    const QString newUri = uri(u"dev-bob"_s, u"neondb"_s, u"reporting"_s);
    QVERIFY(newUri.contains(reset->value().role.password));
    QCOMPARE(ask(newUri, u"SELECT 1"_s), u"1"_s);
    auto revealed = c.revealRolePassword(m_sandbox.project, branchId, u"reporting"_s);
    QVERIFY(done(revealed));
    QCOMPARE(revealed->value(), reset->value().role.password);

    QVERIFY(done(c.deleteRole(m_sandbox.project, branchId, u"reporting"_s)));
    QVERIFY(ask(newUri, u"SELECT 1"_s).startsWith("error"_L1)); // the login role is gone
}

void TestSandboxObjects::databaseMadeThroughTheApiIsRealUntilDeleted()
{
    Neon::Client& c = *m_sandbox.client;
    const QString branchId = m_sandbox.branch(u"qa-metrics-test"_s)->id;
    auto created = c.createDatabase(m_sandbox.project, branchId, u"reports"_s, u"neondb_owner"_s);
    QVERIFY(done(created));
    const QString reports = uri(u"qa-metrics-test"_s, u"reports"_s, u"neondb_owner"_s);
    QCOMPARE(ask(reports, u"SELECT current_database() <> 'neondb'"_s), u"true"_s);
    QVERIFY(!ask(reports, u"CREATE TABLE daily(n int)"_s).startsWith("error"_L1));
    QVERIFY(!ask(reports, u"INSERT INTO daily VALUES (7)"_s).startsWith("error"_L1));
    QCOMPARE(ask(reports, u"SELECT n FROM daily"_s), u"7"_s);
    // Another branch's role cannot reach it.
    const QString other = uri(u"dev-bob"_s, u"neondb"_s, u"neondb_owner"_s);
    QString elsewhere = reports;
    elsewhere.replace(QRegularExpression(u"^postgresql://[^@]+@"_s), other.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@'));
    QVERIFY(ask(elsewhere, u"SELECT 1"_s).startsWith("error"_L1));

    const QString physical = QUrl(reports).path().mid(1);
    QVERIFY(done(c.deleteDatabase(m_sandbox.project, branchId, u"reports"_s)));
    QVERIFY(ask(reports, u"SELECT 1"_s).contains("does not exist"_L1));
    QCOMPARE(m_sandbox.column(u"main"_s, u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(physical)),
             QStringList{u"0"_s});
    auto gone = c.database(m_sandbox.project, branchId, u"reports"_s);
    QVERIFY(!done(gone) && gone->error().httpStatus == 404);
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxObjects)
#include "tst_sandbox_objects.moc"
