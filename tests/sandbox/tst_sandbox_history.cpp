// SPDX-License-Identifier: MIT
// Point in time, for real: the sandbox recovers any moment of a branch's history with
// PostgreSQL's own recovery (WAL archive + base backups), checked through QPSQL connections made
// from the URIs the API hands out. Row A is written, then T is noted, row B written, T2 noted,
// a column dropped: a child at T has A and not B, a child at T2 still has the column, a restore
// of the branch to its own T removes B and its backup keeps it; LSNs alike; the schema and a
// schema comparison at a moment; moments outside the window, before a branch existed or in the
// future get Neon's 400s; narrowing the restore window prunes the history.
#include "testsupport.h"

#include "dataplanesandbox.h"

#include <sandbox/history.h>
#include <sandbox/server.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
template<typename P>
bool done(const P& pending, int timeoutMs = 60000)
{
    if (!pending->isFinished()) {
        QSignalSpy spy(pending.get(), &Neon::Reply::finished);
        spy.wait(timeoutMs);
    }
    if (pending->isFinished() && !pending->ok())
        qInfo("%s: %s", qPrintable(pending->description()), qPrintable(pending->error().toUserText()));
    return pending->isFinished() && pending->ok();
}

template<typename P>
QString refusal(const P& pending)
{
    done(pending);
    return pending->ok() ? u"accepted"_s : u"%1 %2"_s.arg(pending->error().httpStatus).arg(pending->error().message);
}

/// A request as a script would send it (GET unless a body is given: then POST); the HTTP status.
int rawStatus(const QUrl& base, const QString& pathAndQuery, const QByteArray& body = {})
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(url.path() + pathAndQuery.section(u'?', 0, 0));
    url.setQuery(pathAndQuery.section(u'?', 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + TestUtils::secretKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = body.isEmpty() ? nam.get(request) : nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(60000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

/// A whole second strictly between what was written before and what is written after.
QDateTime noteMoment()
{
    QThread::msleep(1100);
    QDateTime t = QDateTime::currentDateTimeUtc();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    QThread::msleep(1100);
    return t;
}
} // namespace

class TestSandboxHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void childrenAtMomentsHoldExactlyThatData();
    void schemaAndComparisonAtAMoment();
    void restoreToItsOwnPastKeepsTheBackup();
    void momentsThatCannotBeRecoveredAreRefused();
    void aMomentsBranchLocksTheProjectWhileItRuns();
    void narrowingTheWindowPrunesHistory();
    void cleanupTestCase();

private:
    QString run(const QString& branch, const QString& sql);
    QString createAt(const QString& name, const QString& lsn, const QDateTime& t);
    TestUtils::DataPlaneSandbox m_sandbox;
    QDateTime m_t; ///< after row A, before row B
    QDateTime m_t2; ///< after row B, before the column was dropped
    QString m_lsnAfterA;
};

QString TestSandboxHistory::run(const QString& branch, const QString& sql)
{
    return m_sandbox.asOwner(branch, sql);
}

QString TestSandboxHistory::createAt(const QString& name, const QString& lsn, const QDateTime& t)
{
    Neon::BranchCreateOptions o;
    o.parentId = m_sandbox.branch(u"main"_s)->id;
    o.name = name;
    o.parentLsn = lsn;
    o.parentTimestamp = t;
    o.endpoints = {Neon::EndpointOptions{}};
    return refusal(m_sandbox.client->createBranch(m_sandbox.project, o));
}

void TestSandboxHistory::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(u"single"_s, &error), qPrintable(error));
    QVERIFY2(m_sandbox.server->dataPlane()->history(), qPrintable(m_sandbox.server->dataPlaneStatus()));
    m_sandbox.server->recordExchanges = true; // validated against the spec by sandbox/conformance
    QVERIFY(m_sandbox.waitForHistory());
    QCOMPARE(run(u"main"_s, u"CREATE TABLE probe (id int PRIMARY KEY, note text, extra text)"_s), QString());
    QCOMPARE(run(u"main"_s, u"INSERT INTO probe VALUES (1, 'A', 'x')"_s), QString());
    m_lsnAfterA = run(u"main"_s, u"SELECT pg_current_wal_insert_lsn()::text"_s);
    m_t = noteMoment();
    QCOMPARE(run(u"main"_s, u"INSERT INTO probe VALUES (2, 'B', 'y')"_s), QString());
    m_t2 = noteMoment();
    QCOMPARE(run(u"main"_s, u"ALTER TABLE probe DROP COLUMN extra"_s), QString());
}

void TestSandboxHistory::childrenAtMomentsHoldExactlyThatData()
{
    QCOMPARE(createAt(u"at-t"_s, {}, m_t), u"accepted"_s);
    QCOMPARE(run(u"at-t"_s, u"SELECT note FROM probe ORDER BY id"_s), u"A"_s);
    QCOMPARE(m_sandbox.branch(u"at-t"_s)->parentTimestamp, m_t);
    QVERIFY(!m_sandbox.branch(u"at-t"_s)->parentLsn.isEmpty());

    QCOMPARE(createAt(u"at-t2"_s, {}, m_t2), u"accepted"_s);
    QCOMPARE(run(u"at-t2"_s, u"SELECT note || extra FROM probe ORDER BY id"_s), u"Ax,By"_s);
    QCOMPARE(run(u"main"_s, u"SELECT count(*) FROM information_schema.columns WHERE table_name = 'probe'"_s), u"2"_s);

    QCOMPARE(createAt(u"at-lsn"_s, m_lsnAfterA, {}), u"accepted"_s);
    QCOMPARE(run(u"at-lsn"_s, u"SELECT note FROM probe ORDER BY id"_s), u"A"_s);
    QCOMPARE(m_sandbox.branch(u"at-lsn"_s)->parentLsn, m_lsnAfterA);
    // The child's own role owns what it copied, as on any branch.
    QCOMPARE(run(u"at-lsn"_s, u"INSERT INTO probe VALUES (3, 'C', 'z') RETURNING note"_s), u"C"_s);
}

void TestSandboxHistory::schemaAndComparisonAtAMoment()
{
    const QString main = m_sandbox.branch(u"main"_s)->id;
    auto then = m_sandbox.client->branchSchema(m_sandbox.project, main, {u"neondb"_s, {}, m_t2, {}});
    QVERIFY(done(then));
    QVERIFY2(then->value().sql.contains(u"extra text"_s), qPrintable(then->value().sql));
    auto now = m_sandbox.client->branchSchema(m_sandbox.project, main, {u"neondb"_s, {}, {}, {}});
    QVERIFY(done(now));
    QVERIFY(!now->value().sql.contains(u"extra text"_s));

    Neon::CompareSchemaQuery q;
    q.databaseName = u"neondb"_s;
    q.baseBranchId = main;
    q.baseTimestamp = m_t2;
    auto diff = m_sandbox.client->compareSchema(m_sandbox.project, main, q);
    QVERIFY(done(diff));
    QVERIFY2(diff->value().diff.contains(u"-    extra text"_s), qPrintable(diff->value().diff));
}

void TestSandboxHistory::restoreToItsOwnPastKeepsTheBackup()
{
    const QString main = m_sandbox.branch(u"main"_s)->id;
    auto restored = m_sandbox.client->restoreBranch(m_sandbox.project, main, {main, {}, m_t, u"main-before-t"_s});
    QVERIFY(done(restored));
    QCOMPARE(run(u"main"_s, u"SELECT note FROM probe ORDER BY id"_s), u"A"_s);
    // (The backup has no compute: its rows are read as the administrator.)
    QCOMPARE(m_sandbox.column(u"main-before-t"_s, u"SELECT note FROM probe ORDER BY id"_s), QStringList({u"A"_s, u"B"_s}));
    QCOMPARE(m_sandbox.branch(u"main"_s)->parentId, m_sandbox.branch(u"main-before-t"_s)->id);
    // The backup's history before the restore is the branch's: it reaches back to T2 still.
    QCOMPARE(refusal(m_sandbox.client->createBranch(m_sandbox.project, [&] {
                 Neon::BranchCreateOptions o;
                 o.parentId = m_sandbox.branch(u"main-before-t"_s)->id;
                 o.name = u"backup-at-t2"_s;
                 o.parentTimestamp = m_t2;
                 o.endpoints = {Neon::EndpointOptions{}};
                 return o;
             }())),
             u"accepted"_s);
    QCOMPARE(run(u"backup-at-t2"_s, u"SELECT note || extra FROM probe ORDER BY id"_s), u"Ax,By"_s);
}

void TestSandboxHistory::momentsThatCannotBeRecoveredAreRefused()
{
    const QDateTime inAMinute = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY2(createAt(u"future"_s, {}, inAMinute).startsWith(u"400 timestamp %1 is in the future"_s.arg(inAMinute.toString(Qt::ISODate))),
             qPrintable(createAt(u"future"_s, {}, inAMinute)));
    QVERIFY(createAt(u"future-lsn"_s, u"FF/0"_s, {}).startsWith(u"400 lsn FF/0 is in the future"_s));
    const QString outside = createAt(u"outside"_s, {}, QDateTime::currentDateTimeUtc().addDays(-2));
    QVERIFY2(outside.startsWith(u"400 timestamp"_s) && outside.contains(u"outside the project's restore window of 1 day"_s),
             qPrintable(outside));
    // at-lsn was made after T: T is before it existed.
    QVERIFY(m_sandbox.branch(u"at-lsn"_s));
    Neon::BranchCreateOptions o;
    o.parentId = m_sandbox.branch(u"at-lsn"_s)->id;
    o.name = u"before-its-parent"_s;
    o.parentTimestamp = m_t;
    const QString before = refusal(m_sandbox.client->createBranch(m_sandbox.project, o));
    QVERIFY2(before.startsWith(u"400 timestamp"_s) && before.contains(u"before branch at-lsn was created"_s), qPrintable(before));
    QVERIFY(!m_sandbox.branch(u"future"_s) && !m_sandbox.branch(u"outside"_s) && !m_sandbox.branch(u"before-its-parent"_s));
}

void TestSandboxHistory::aMomentsBranchLocksTheProjectWhileItRuns()
{
    // Its operations run for two seconds here: meanwhile the project takes no other change.
    m_sandbox.server->api().setOperationDuration(2000);
    const QString branches = u"/projects/%1/branches"_s.arg(m_sandbox.project);
    const QByteArray atT2 = QJsonDocument(QJsonObject{{"branch"_L1, QJsonObject{{"parent_id"_L1, m_sandbox.branch(u"main"_s)->id},
                                                                                {"name"_L1, u"locking"_s},
                                                                                {"parent_timestamp"_L1, m_t2.toString(Qt::ISODate)}}}})
                                .toJson(QJsonDocument::Compact);
    QCOMPARE(rawStatus(m_sandbox.server->baseUrl(), branches, atT2), 201);
    QCOMPARE(rawStatus(m_sandbox.server->baseUrl(), branches, R"({"branch":{"name":"while-it-runs"}})"), 423);
    m_sandbox.server->api().setOperationDuration(20);
    // Once its operations are over, the project takes changes again: one request then.
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.server->state().operationFinishAt.isEmpty(), 10000);
    const int after = rawStatus(m_sandbox.server->baseUrl(), branches, R"({"branch":{"name":"after-it-ran"}})");
    QCOMPARE(after, 201);
    // (Its own operations end before the next test changes the project.)
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.server->state().operationFinishAt.isEmpty(), 10000);
}

void TestSandboxHistory::narrowingTheWindowPrunesHistory()
{
    Sandbox::History* history = m_sandbox.server->dataPlane()->history();
    QVERIFY(history->begins() < m_t);
    auto narrowed = m_sandbox.client->updateProject(m_sandbox.project, Neon::ProjectUpdate{{}, 1}, u"scale"_s);
    QVERIFY(done(narrowed));
    QCOMPARE(narrowed->value().project.historyRetentionSeconds, 1);
    // Moments within the last second still need the older backup; the sandbox's care of its
    // history (every few seconds) drops it once they are out of the window.
    QTRY_VERIFY2_WITH_TIMEOUT(history->begins() > m_t2, qPrintable(history->summary()), 15000);
    qInfo("kept after narrowing the window: %s", qPrintable(history->summary()));
    QVERIFY(createAt(u"pruned"_s, {}, m_t2).contains(u"outside the project's restore window of 1 second"_s));
    // The plan's limit is checked before anything is sent.
    auto tooLong = m_sandbox.client->updateProject(m_sandbox.project, Neon::ProjectUpdate{{}, 8 * 86400}, u"launch"_s);
    QCOMPARE(refusal(tooLong), u"0 Your plan keeps at most 7 days of history."_s);
}

void TestSandboxHistory::cleanupTestCase()
{
    // Raw requests too, as any Neon tool sends them: the compare_schema points and their errors.
    const QString main = m_sandbox.branch(u"main"_s)->id;
    const QString base = u"/projects/%1/branches/%2/compare_schema?db_name=neondb&base_branch_id=%2"_s.arg(m_sandbox.project, main);
    QCOMPARE(rawStatus(m_sandbox.server->baseUrl(), base + u"&base_lsn=0/1&base_timestamp=2026-01-01T00:00:00Z"_s), 400);
    QCOMPARE(rawStatus(m_sandbox.server->baseUrl(), base + u"&lsn=FF/0"_s), 400);
    const QString path = qEnvironmentVariable("CANOPY_CONFORMANCE_LOG");
    if (!path.isEmpty()) {
        QJsonArray all;
        for (const Sandbox::Exchange& e : std::as_const(m_sandbox.server->exchanges))
            all.append(QJsonObject{{"route"_L1, e.route}, {"status"_L1, e.status}, {"body"_L1, QString::fromUtf8(e.body)}});
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
        qInfo("history tour: %lld answers recorded for the conformance check", qlonglong(all.size()));
    }
    m_sandbox.stop();
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxHistory)
#include "tst_sandbox_history.moc"
