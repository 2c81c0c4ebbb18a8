// SPDX-License-Identifier: MIT
// Snapshots for real, through QPSQL and raw HTTP as any Neon tool sends it: a snapshot of main,
// a row written after it; a preview restore holds exactly the snapshot's rows and leaves main
// untouched; finalizing gives the restored data main's name and computes, and the connection
// string saved for main's compute before now reaches the restored rows; the old data lives on
// under the name given. Neon's rules with their statuses: root branches only, the plan's manual
// limit, schedules on paid plans and root branches, retention and expiry by the sweep, the
// 24-hour block on resetting children of a restored branch.
#include "testsupport.h"

#include "dataplanesandbox.h"

#include <sandbox/server.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Answer
{
    int status = 0;
    QJsonObject json;
    QString message() const { return json.value("message"_L1).toString(); }
};
} // namespace

class TestSandboxSnapshots : public QObject
{
    Q_OBJECT

    TestUtils::DataPlaneSandbox m_sandbox;

    /// One request as a script sends it; waits for the operations it started (the next one would get 423).
    Answer call(const QByteArray& method, const QString& pathAndQuery, const QJsonObject& body = {}, bool withBody = false)
    {
        QNetworkAccessManager nam;
        QUrl url = m_sandbox.server->baseUrl();
        url.setPath(url.path() + pathAndQuery.section(u'?', 0, 0));
        url.setQuery(pathAndQuery.section(u'?', 1));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + TestUtils::secretKey.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QByteArray payload = withBody || !body.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
        QNetworkReply* reply = nam.sendCustomRequest(request, method, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(120000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        const bool settled = QTest::qWaitFor([this] { return m_sandbox.server->state().operationFinishAt.isEmpty(); }, 30000);
        if (!settled)
            qWarning("operations did not finish");
        return a;
    }
    QString branchId(const QString& name) const
    {
        const Neon::Branch* b = m_sandbox.branch(name);
        return b ? b->id : QString();
    }
    QString projectPath() const { return u"/projects/"_s + m_sandbox.project; }
    void setPlan(const QString& plan)
    {
        Sandbox::State& state = m_sandbox.server->state();
        state.user.plan = plan;
        for (Neon::Organization& o : state.organizations)
            o.plan = plan;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(u"single"_s, &error), qPrintable(error));
        m_sandbox.server->recordExchanges = true; // every answer goes to the conformance check
        QCOMPARE(m_sandbox.asOwner(u"main"_s, u"CREATE TABLE kept (v text)"_s), QString());
        QCOMPARE(m_sandbox.asOwner(u"main"_s, u"INSERT INTO kept VALUES ('A')"_s), QString());
    }

    void finalizedRestoreHoldsTheSnapshotUnderTheOriginalNameAndComputes()
    {
        const QString mainId = branchId(u"main"_s);
        auto saved = m_sandbox.client->connectionUri(m_sandbox.project, {mainId, {}, u"neondb"_s, u"neondb_owner"_s, {}});
        QVERIFY(TestUtils::waitFor(saved.get(), 30000) && saved->ok());
        const QString mainUri = saved->value().uri; // as an application keeps it

        const Answer taken = call("POST", projectPath() + u"/branches/%1/snapshot?name=before-migration"_s.arg(mainId));
        QCOMPARE(taken.status, 200);
        const QJsonObject snapshot = taken.json.value("snapshot"_L1).toObject();
        QCOMPARE(snapshot.value("name"_L1).toString(), u"before-migration"_s);
        QCOMPARE(snapshot.value("source_branch_id"_L1).toString(), mainId);
        QVERIFY(snapshot.value("manual"_L1).toBool());
        QVERIFY(!snapshot.value("lsn"_L1).toString().isEmpty());
        QCOMPARE(m_sandbox.asOwner(u"main"_s, u"INSERT INTO kept VALUES ('B')"_s), QString());
        QCOMPARE(m_sandbox.asOwner(u"main"_s, u"SELECT string_agg(v, '' ORDER BY v) FROM kept"_s), u"AB"_s);

        const QString id = snapshot.value("id"_L1).toString();
        const Answer preview = call("POST", projectPath() + u"/snapshots/%1/restore"_s.arg(id), {{"name"_L1, u"main-preview"_s}});
        QCOMPARE(preview.status, 200);
        const QJsonObject restored = preview.json.value("branch"_L1).toObject();
        QCOMPARE(restored.value("restore_status"_L1).toString(), u"restored"_s);
        QCOMPARE(restored.value("restored_from"_L1).toString(), id);
        QCOMPARE(restored.value("restored_as"_L1).toString(), mainId);
        QCOMPARE(m_sandbox.asOwner(u"main-preview"_s, u"SELECT string_agg(v, '' ORDER BY v) FROM kept"_s), u"A"_s);
        QCOMPARE(m_sandbox.asOwner(u"main"_s, u"SELECT string_agg(v, '' ORDER BY v) FROM kept"_s), u"AB"_s); // untouched

        const QString previewId = restored.value("id"_L1).toString();
        const Answer finalized = call("POST", projectPath() + u"/branches/%1/finalize_restore"_s.arg(previewId),
                                      {{"name"_L1, u"main-before-restore"_s}});
        QCOMPARE(finalized.status, 200);
        QVERIFY(finalized.json.value("operations"_L1).isArray());
        QCOMPARE(branchId(u"main"_s), previewId);
        QCOMPARE(branchId(u"main-before-restore"_s), mainId);
        QCOMPARE(m_sandbox.server->state().branches.value(previewId).branch.restoreStatus, u"finalized"_s);
        QVERIFY(m_sandbox.server->state().branches.value(previewId).branch.isDefault);
        QCOMPARE(m_sandbox.server->state().endpointsOf(previewId).size(), 1); // main's compute moved along
        // The connection string saved before reaches the restored rows; the old data keeps its own.
        Pg::Connection old(mainUri, u"saved-uri"_s);
        QVERIFY2(old.isOpen(), qPrintable(old.error()));
        QSqlQuery q(old.database());
        QVERIFY2(q.exec(u"SELECT string_agg(v, '' ORDER BY v) FROM kept"_s) && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), u"A"_s);
        QVERIFY2(q.exec(u"INSERT INTO kept VALUES ('C')"_s), qPrintable(q.lastError().text())); // and may write
        QCOMPARE(m_sandbox.asOwner(u"main"_s, u"SELECT string_agg(v, '' ORDER BY v) FROM kept"_s), u"AC"_s);
        QCOMPARE(m_sandbox.asOwner(u"main-before-restore"_s, u"SELECT string_agg(v, '' ORDER BY v) FROM kept"_s), u"AB"_s);

        const Answer again = call("POST", projectPath() + u"/branches/%1/finalize_restore"_s.arg(previewId), {}, true);
        QCOMPARE(again.status, 400);
        QVERIFY2(again.message().contains("restore_status: finalized"_L1), qPrintable(again.message()));
    }

    void childrenOfARestoredBranchWaitADayToBeReset()
    {
        const QString mainId = branchId(u"main"_s);
        QVERIFY(!m_sandbox.server->state().branches.value(mainId).branch.restoreStatus.isEmpty());
        const Answer child = call("POST", projectPath() + u"/branches"_s, {{"branch"_L1, QJsonObject{{"name"_L1, u"child"_s}, {"parent_id"_L1, mainId}}}});
        QCOMPARE(child.status, 201);
        const QString childId = child.json.value("branch"_L1).toObject().value("id"_L1).toString();
        const Answer blocked = call("POST", projectPath() + u"/branches/%1/restore"_s.arg(childId), {{"source_branch_id"_L1, mainId}});
        QCOMPARE(blocked.status, 400);
        QVERIFY2(blocked.message().contains("24 hours"_L1), qPrintable(blocked.message()));
        QCOMPARE(call("POST", projectPath() + u"/branches/%1/snapshot"_s.arg(childId)).status, 400); // root branches only
        m_sandbox.server->api().advanceClock(86400 + 60);
        QCOMPARE(call("POST", projectPath() + u"/branches/%1/restore"_s.arg(childId), {{"source_branch_id"_L1, mainId}}).status, 200);
        QCOMPARE(call("DELETE", projectPath() + u"/branches/%1"_s.arg(childId)).status, 200);
    }

    void snapshotsAreRenamedListedAndDeleted()
    {
        const Answer list = call("GET", projectPath() + u"/snapshots"_s);
        QCOMPARE(list.status, 200);
        const QJsonArray snapshots = list.json.value("snapshots"_L1).toArray();
        QCOMPARE(snapshots.size(), 1);
        const QString id = snapshots.first().toObject().value("id"_L1).toString();
        const Answer renamed = call("PATCH", projectPath() + u"/snapshots/"_s + id, {{"snapshot"_L1, QJsonObject{{"name"_L1, u"renamed"_s}}}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json.value("snapshot"_L1).toObject().value("name"_L1).toString(), u"renamed"_s);
        QCOMPARE(call("PATCH", projectPath() + u"/snapshots/"_s + id, {{"name"_L1, u"flat"_s}}).status, 400);
        QCOMPARE(call("DELETE", projectPath() + u"/snapshots/"_s + id).status, 202);
        QCOMPARE(call("DELETE", projectPath() + u"/snapshots/"_s + id).status, 404);
        QCOMPARE(call("POST", projectPath() + u"/snapshots/%1/restore"_s.arg(id), {}, true).status, 404);
        QCOMPARE(call("GET", projectPath() + u"/snapshots"_s).json.value("snapshots"_L1).toArray().size(), 0);
    }

    void thePlanLimitsManualSnapshots_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("limit");
        QTest::newRow("free") << u"free"_s << 1;
        QTest::newRow("launch") << u"launch"_s << 10;
    }
    void thePlanLimitsManualSnapshots()
    {
        QFETCH(QString, plan);
        QFETCH(int, limit);
        setPlan(plan);
        const QString snapshotPath = projectPath() + u"/branches/%1/snapshot"_s.arg(branchId(u"main"_s));
        QStringList made;
        for (int i = 0; i < limit; ++i) {
            const Answer a = call("POST", snapshotPath);
            QCOMPARE(a.status, 200);
            made.append(a.json.value("snapshot"_L1).toObject().value("id"_L1).toString());
        }
        const Answer refused = call("POST", snapshotPath);
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.message().contains(u"keeps %1 manual snapshots"_s.arg(limit)), qPrintable(refused.message()));
        for (const QString& id : std::as_const(made))
            QCOMPARE(call("DELETE", projectPath() + u"/snapshots/"_s + id).status, 202);
        setPlan(u"scale"_s);
    }

    void schedulesFollowNeonsRules_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QJsonArray>("schedule");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        const QJsonObject daily{{"frequency"_L1, u"daily"_s}, {"hour"_L1, 4}, {"retention_seconds"_L1, 86400}};
        QTest::newRow("free plan") << u"free"_s << QJsonArray{daily} << 403 << u"paid plans"_s;
        QTest::newRow("unknown frequency") << u"scale"_s << QJsonArray{QJsonObject{{"frequency"_L1, u"fortnightly"_s}}} << 400
                                           << u"fortnightly"_s;
        QTest::newRow("retention under an hour")
            << u"scale"_s << QJsonArray{QJsonObject{{"frequency"_L1, u"hourly"_s}, {"retention_seconds"_L1, 60}}} << 400 << u"3600"_s;
        QTest::newRow("hour 24") << u"scale"_s << QJsonArray{QJsonObject{{"frequency"_L1, u"daily"_s}, {"hour"_L1, 24}}} << 400
                                 << u"0–23"_s;
        QTest::newRow("paid plan") << u"scale"_s << QJsonArray{daily} << 200 << QString();
    }
    void schedulesFollowNeonsRules()
    {
        QFETCH(QString, plan);
        QFETCH(QJsonArray, schedule);
        QFETCH(int, status);
        QFETCH(QString, says);
        setPlan(plan);
        const QString path = projectPath() + u"/branches/%1/backup_schedule"_s.arg(branchId(u"main"_s));
        const Answer a = call("PUT", path, {{"schedule"_L1, schedule}});
        QCOMPARE(a.status, status);
        QVERIFY2(a.message().contains(says), qPrintable(a.message()));
        if (status == 200)
            QCOMPARE(call("GET", path).json.value("schedule"_L1).toArray(), schedule);
        setPlan(u"scale"_s);
    }

    void theSweepTakesScheduledSnapshotsAndHonoursRetention()
    {
        const QString mainId = branchId(u"main"_s);
        const QString path = projectPath() + u"/branches/%1/backup_schedule"_s.arg(mainId);
        const QJsonObject hourly{{"frequency"_L1, u"hourly"_s}, {"retention_seconds"_L1, 3600}};
        QCOMPARE(call("PUT", path, {{"schedule"_L1, QJsonArray{hourly}}}).status, 200);
        const auto scheduled = [this] {
            QList<Neon::Snapshot> out;
            for (const Sandbox::SnapshotRecord& s : std::as_const(m_sandbox.server->state().snapshots))
                out.append(s.snapshot);
            return out;
        };
        QCOMPARE(scheduled().size(), 0);
        m_sandbox.server->api().advanceClock(3600);
        m_sandbox.server->api().settle();
        QCOMPARE(scheduled().size(), 1); // the hour came round
        QCOMPARE(scheduled().first().manual, std::optional<bool>(false));
        QVERIFY(scheduled().first().name.startsWith("hourly "_L1));
        const Answer listed = call("GET", projectPath() + u"/snapshots"_s);
        QCOMPARE(listed.json.value("snapshots"_L1).toArray().first().toObject().value("manual"_L1).toBool(true), false);
        m_sandbox.server->api().advanceClock(3 * 3600); // past its retention; one new one for the hour now
        m_sandbox.server->api().settle();
        QCOMPARE(scheduled().size(), 1);
        QVERIFY(scheduled().first().expiresAt > m_sandbox.server->api().now());
        QCOMPARE(call("PUT", path, {{"schedule"_L1, QJsonArray()}}).status, 200);
    }

    void cleanupTestCase()
    {
        const QString path = qEnvironmentVariable("CANOPY_CONFORMANCE_LOG");
        if (!path.isEmpty()) {
            QJsonArray all;
            for (const Sandbox::Exchange& e : std::as_const(m_sandbox.server->exchanges))
                all.append(QJsonObject{{"route"_L1, e.route}, {"status"_L1, e.status}, {"body"_L1, QString::fromUtf8(e.body)}});
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
            qInfo("snapshot tour: %lld answers recorded for the conformance check", qlonglong(all.size()));
        }
        m_sandbox.stop();
    }
};

CANOPY_TEST_GUILESS_MAIN(TestSandboxSnapshots)
#include "tst_sandbox_snapshots.moc"
