// SPDX-License-Identifier: MIT
// Cleaning a whole organization (scale:50:40) through the real client against the sandbox
// while it drops connections, answers 503, 423 and rate-limits at 20 requests a second:
// exactly the planned branches go, nothing else changes, and the report accounts for every
// branch, also when the run is cancelled midway.
#include "testsupport.h"

#include <models/cleanuprun.h>
#include <models/cleanupscan.h>
#include <neon/client.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = Models::CleanupReport::Outcome;

namespace {

/// What must not change about a branch that the plan keeps.
struct Fingerprint
{
    QString name;
    QString parentId;
    bool isProtected = false;
    QDateTime updatedAt;
    QDateTime expiresAt;
    bool deleted = false;
    bool operator==(const Fingerprint&) const = default;
};

QHash<QString, Fingerprint> fingerprints(const Sandbox::State& state)
{
    QHash<QString, Fingerprint> out;
    for (auto it = state.branches.cbegin(); it != state.branches.cend(); ++it) {
        const Neon::Branch& b = it->branch;
        out.insert(it.key(), {b.name, b.parentId, b.isProtected, b.updatedAt, b.expiresAt, it->isDeleted()});
    }
    return out;
}

class Fixture
{
public:
    explicit Fixture(bool faults)
    {
        Sandbox::State state;
        QString error;
        if (!Sandbox::seedState(u"scale:50:40"_s, QDateTime::currentDateTimeUtc(), state, &error, 8))
            qFatal("seed: %s", qPrintable(error));
        orgId = state.organizations.first().id;
        Sandbox::ServerOptions options;
        options.apiKey = u"test-key"_s;
        options.operationDurationMs = 20;
        if (faults) {
            options.faultRate = 0.1;
            options.rateLimitPerSecond = 20;
            options.lockRate = 0.2;
            options.faultSeed = 99;
        }
        server = std::make_unique<Sandbox::Server>(options, std::move(state));
        if (!server->start(&error))
            qFatal("sandbox: %s", qPrintable(error));
        Neon::ClientConfig config;
        config.baseUrl = server->baseUrl();
        config.apiKey = options.apiKey;
        config.pollIntervalMs = 50;
        config.transport.maxAttempts = 8; // 0.2 lock rate and 0.1 faults: the client rides them out
        config.transport.backoffBaseMs = 20;
        config.transport.backoffCapMs = 500;
        config.transport.transferTimeoutMs = 5000;
        client = std::make_unique<Neon::Client>(config);
    }

    Models::CleanupPlan plan(const Models::CleanupCriteria& criteria)
    {
        Models::CleanupScan scan(client.get(), orgId);
        QSignalSpy done(&scan, &Models::CleanupScan::finished);
        scan.start();
        if (!done.wait(120000) || !scan.ok())
            qFatal("scan: %s", qPrintable(scan.problem()));
        if (scan.projectCount() != 50)
            qFatal("scan saw %d projects", scan.projectCount());
        return Models::planCleanup(scan.projects(), criteria, QDateTime::currentDateTimeUtc());
    }

    QString orgId;
    std::unique_ptr<Sandbox::Server> server;
    std::unique_ptr<Neon::Client> client;
};

Models::CleanupCriteria quietFor(int days)
{
    Models::CleanupCriteria c;
    c.inactiveDays = days;
    return c;
}

/// Compares the sandbox after a run with the report: deleted means gone, anything else means untouched.
void checkAgainstServer(const Models::CleanupReport& report, const QHash<QString, Fingerprint>& before,
                        const Sandbox::State& after)
{
    const QHash<QString, Fingerprint> now = fingerprints(after);
    QSet<QString> deleted;
    for (const Models::CleanupEntry& e : report.plan.entries) {
        if (report.outcomeOf(e) == Outcome::Deleted)
            deleted.insert(e.branchId);
    }
    int gone = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Fingerprint& was = it.value();
        const Fingerprint is = now.value(it.key());
        if (deleted.contains(it.key())) {
            QVERIFY2(is.deleted, qPrintable(u"reported deleted but still there: "_s + was.name));
            ++gone;
        } else {
            QVERIFY2(is == was, qPrintable(u"changed though not deleted: %1 (deleted %2, %3)"_s.arg(was.name)
                                               .arg(is.deleted)
                                               .arg(report.messageOf(*std::find_if(report.plan.entries.cbegin(),
                                                   report.plan.entries.cend(),
                                                   [&](const Models::CleanupEntry& e) { return e.branchId == it.key(); })))));
        }
    }
    QCOMPARE(gone, int(deleted.size()));
    // No branch is left behind whose parent went.
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!it->deleted && !it->parentId.isEmpty())
            QVERIFY2(!now.value(it->parentId).deleted, qPrintable(u"orphaned: "_s + it->name));
    }
}

void checkAccounting(const Models::CleanupReport& report)
{
    const int total = int(report.plan.entries.size());
    QCOMPARE(report.count(Outcome::Deleted) + report.count(Outcome::Failed) + report.count(Outcome::Skipped)
                 + report.count(Outcome::Kept),
             total);
    QCOMPARE(report.count(Outcome::Waiting), 0);
    QCOMPARE(report.count(Outcome::Kept), report.plan.keepCount());
    for (const Models::CleanupEntry& e : report.plan.entries) {
        const Outcome o = report.outcomeOf(e);
        if (o == Outcome::Failed || o == Outcome::Skipped)
            QVERIFY2(!report.messageOf(e).isEmpty(), qPrintable(e.branchName));
    }
    const QJsonObject json = QJsonDocument::fromJson(Models::reportToJson(report)).object();
    QCOMPARE(json.value(u"branches"_s).toArray().size(), total);
    QCOMPARE(json.value(u"outcomes"_s).toObject().value(u"deleted"_s).toInt(), report.count(Outcome::Deleted));
    const QList<QByteArray> csv = Models::reportToCsv(report).split('\n');
    QCOMPARE(csv.size(), total + 2); // header, one row per branch, the empty tail
    QVERIFY(csv.first().endsWith("outcome,message\r"));
    QCOMPARE(int(std::count_if(csv.cbegin(), csv.cend(), [](const QByteArray& l) { return l.contains(",deleted,"); })),
             report.count(Outcome::Deleted));
}

} // namespace

class TestCleanupRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleansExactlyThePlanUnderFaults();
    void cancelMidwayLeavesAConsistentState();
};

void TestCleanupRun::cleansExactlyThePlanUnderFaults()
{
    Fixture f(true);
    const Models::CleanupPlan plan = f.plan(quietFor(45));
    QVERIFY2(plan.deleteCount() > 60, qPrintable(QString::number(plan.deleteCount())));
    QVERIFY(plan.keepCount() > plan.deleteCount());
    const QHash<QString, Fingerprint> before = fingerprints(f.server->state());

    Models::CleanupRun run(f.client.get(), plan);
    QSignalSpy done(&run, &Models::CleanupRun::finished);
    run.start();
    QVERIFY(done.wait(300000));
    const Models::CleanupReport report = run.report();
    qInfo("planned %d, deleted %d, failed %d, skipped %d in %lld ms", plan.deleteCount(),
          report.count(Outcome::Deleted), report.count(Outcome::Failed), report.count(Outcome::Skipped), report.elapsedMs);
    checkAccounting(report);
    checkAgainstServer(report, before, f.server->state());
    // The faults are ridden out: (nearly) everything planned went; what did not says why.
    QVERIFY(report.count(Outcome::Deleted) >= plan.deleteCount() * 95 / 100);
    QVERIFY(!report.cancelled);
    for (const Models::CleanupEntry& e : report.plan.entries) {
        if (report.outcomeOf(e) == Outcome::Failed)
            qInfo("failed: %s: %s", qPrintable(e.branchName), qPrintable(report.messageOf(e)));
    }
}

void TestCleanupRun::cancelMidwayLeavesAConsistentState()
{
    Fixture f(true);
    const Models::CleanupPlan plan = f.plan(quietFor(40));
    const QHash<QString, Fingerprint> before = fingerprints(f.server->state());
    Models::CleanupRun run(f.client.get(), plan);
    QSignalSpy done(&run, &Models::CleanupRun::finished);
    int running = 0;
    int doneAtCancel = 0;
    connect(&run, &Models::CleanupRun::progress, &run, [&](int finished) {
        if (finished == 25 && !run.runner().wasCancelled()) {
            using S = Models::BatchOutcome::Status;
            running = run.runner().count(S::Running);
            doneAtCancel = run.runner().count(S::Done) + run.runner().count(S::Failed);
            run.cancel();
        }
    });
    run.start();
    QVERIFY(done.wait(300000));
    const Models::CleanupReport report = run.report();
    QVERIFY(report.cancelled);
    QVERIFY(running > 1); // projects ran in parallel; those still running were let finish
    const int finishedWork = report.count(Outcome::Deleted) + report.count(Outcome::Failed);
    QCOMPARE(finishedWork, doneAtCancel + running); // nothing new started after the cancel
    QCOMPARE(report.count(Outcome::Skipped), plan.deleteCount() - finishedWork);
    QCOMPARE(report.exitCode(), 1);
    checkAccounting(report);
    checkAgainstServer(report, before, f.server->state());
    for (const Models::CleanupEntry& e : report.plan.entries) {
        if (report.outcomeOf(e) == Outcome::Skipped)
            QVERIFY(!report.messageOf(e).isEmpty());
    }
}

CANOPY_TEST_GUILESS_MAIN(TestCleanupRun)
#include "tst_cleanuprun.moc"
