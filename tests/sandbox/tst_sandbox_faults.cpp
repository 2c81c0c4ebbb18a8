// SPDX-License-Identifier: MIT
// 200 mixed mutations through the real client against a sandbox that drops connections (half
// of the dropped mutations after applying them), answers 503, 423 and 429; the final state
// must equal that of the same script run without faults.
#include "testsupport.h"

#include <neon/client.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Step
{
    enum Kind { Create, Rename, Protect, Unprotect, Expire, Delete, Reset } kind;
    QString branch; ///< the branch acted on (create: the parent)
    QString name; ///< create/rename: the new name; reset: the backup name (may be empty)
};

/// What the script believes the branches are, to pick steps that Neon's rules allow.
struct Model
{
    QHash<QString, QString> parent; // live name → parent name ("" for roots)
    QSet<QString> protectedNames{u"main"_s, u"main-dev"_s};
    QSet<QString> expiring{u"preview-pr-42"_s};
    int counter = 0;

    Model()
    {
        parent = {{u"main"_s, {}}, {u"main-dev"_s, u"main"_s}, {u"dev-alice"_s, u"main-dev"_s},
                  {u"dev-bob"_s, u"main-dev"_s}, {u"preview-pr-42"_s, u"main-dev"_s}, {u"qa-metrics-test"_s, u"main-dev"_s}};
    }
    QStringList children(const QString& name) const { return parent.keys(name); }
    QStringList ours() const // branches the script made, sorted for determinism
    {
        QStringList out;
        for (auto it = parent.begin(); it != parent.end(); ++it) {
            if (it.key().startsWith("env-"_L1))
                out.append(it.key());
        }
        out.sort();
        return out;
    }
};

QList<Step> makeScript(int count)
{
    QRandomGenerator random(1234);
    Model m;
    QList<Step> steps;
    while (steps.size() < count) {
        const int dice = random.bounded(100);
        const QStringList ours = m.ours();
        auto pick = [&](const std::function<bool(const QString&)>& ok) {
            QStringList candidates;
            for (const QString& n : ours) {
                if (ok(n))
                    candidates.append(n);
            }
            return candidates.isEmpty() ? QString() : candidates.at(random.bounded(int(candidates.size())));
        };
        if (dice < 30 || ours.size() < 3) {
            QStringList parents = m.parent.keys();
            parents.sort();
            parents.erase(std::remove_if(parents.begin(), parents.end(), [&](const QString& n) { return m.expiring.contains(n); }),
                          parents.end());
            const QString p = parents.at(random.bounded(int(parents.size())));
            const QString name = u"env-%1"_s.arg(++m.counter);
            m.parent.insert(name, p);
            steps.append({Step::Create, p, name});
        } else if (dice < 45) {
            const QString b = pick([](const QString&) { return true; });
            const QString name = u"env-%1"_s.arg(++m.counter);
            m.parent.insert(name, m.parent.take(b));
            for (auto it = m.parent.begin(); it != m.parent.end(); ++it) {
                if (it.value() == b)
                    it.value() = name;
            }
            if (m.protectedNames.remove(b))
                m.protectedNames.insert(name);
            if (m.expiring.remove(b))
                m.expiring.insert(name);
            steps.append({Step::Rename, b, name});
        } else if (dice < 55) {
            const QString b = pick([&](const QString& n) { return !m.expiring.contains(n) && !m.protectedNames.contains(n); });
            if (b.isEmpty())
                continue;
            m.protectedNames.insert(b);
            steps.append({Step::Protect, b, {}});
        } else if (dice < 62) {
            const QString b = pick([&](const QString& n) { return m.protectedNames.contains(n); });
            if (b.isEmpty())
                continue;
            m.protectedNames.remove(b);
            steps.append({Step::Unprotect, b, {}});
        } else if (dice < 70) {
            const QString b = pick([&](const QString& n) {
                return m.children(n).isEmpty() && !m.protectedNames.contains(n) && !m.expiring.contains(n);
            });
            if (b.isEmpty())
                continue;
            m.expiring.insert(b);
            steps.append({Step::Expire, b, {}});
        } else if (dice < 88) {
            const QString b = pick([&](const QString& n) { return m.children(n).isEmpty() && !m.protectedNames.contains(n); });
            if (b.isEmpty())
                continue;
            m.parent.remove(b);
            m.expiring.remove(b);
            steps.append({Step::Delete, b, {}});
        } else {
            const QString b = pick([&](const QString& n) { return !m.protectedNames.contains(n); });
            if (b.isEmpty())
                continue;
            QString backup;
            if (!m.children(b).isEmpty()) {
                backup = u"env-%1"_s.arg(++m.counter);
                for (const QString& child : m.children(b))
                    m.parent[child] = backup;
                m.parent.insert(backup, m.parent.value(b));
                m.parent[b] = backup;
            }
            steps.append({Step::Reset, b, backup});
        }
    }
    return steps;
}

struct Run
{
    QStringList outcomes;
    QStringList finalState;
    QHash<int, int> statuses; ///< answers by status
    int droppedBefore = 0;
    int droppedAfter = 0;
};

bool waitFor(Neon::Reply* r)
{
    if (!r->isFinished()) {
        QSignalSpy spy(r, &Neon::Reply::finished);
        spy.wait(60000);
    }
    return r->isFinished();
}

Run run(const Sandbox::ServerOptions& options, const QList<Step>& script)
{
    Sandbox::State state;
    QString error;
    Sandbox::seedState(u"single"_s, QDateTime::currentDateTimeUtc(), state, &error, 42);
    Sandbox::Server server(options, std::move(state));
    Run out;
    if (!server.start(&error))
        return out;
    server.recordExchanges = true;
    Neon::ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = options.apiKey;
    config.pollIntervalMs = 50;
    config.transport.maxAttempts = 10;
    config.transport.backoffBaseMs = 20;
    config.transport.backoffCapMs = 300;
    config.transport.transferTimeoutMs = 5000;
    Neon::Client client(config);
    const Sandbox::State& s = server.state();
    const QString project = s.projects.keys().first();
    auto id = [&](const QString& name) {
        const Sandbox::BranchRecord* b = s.findBranchByName(project, name);
        return b ? b->branch.id : name;
    };
    for (const Step& step : script) {
        Neon::PendingReply reply;
        switch (step.kind) {
        case Step::Create: {
            Neon::BranchCreateOptions o;
            o.parentId = id(step.branch);
            o.name = step.name;
            reply = client.createBranch(project, o);
            break;
        }
        case Step::Rename: {
            Neon::BranchUpdate u;
            u.name = step.name;
            reply = client.updateBranch(project, id(step.branch), u);
            break;
        }
        case Step::Protect:
        case Step::Unprotect: {
            Neon::BranchUpdate u;
            u.isProtected = step.kind == Step::Protect;
            reply = client.updateBranch(project, id(step.branch), u);
            break;
        }
        case Step::Expire: {
            Neon::BranchUpdate u;
            u.expiresAt = QDateTime::currentDateTimeUtc().addDays(3);
            reply = client.updateBranch(project, id(step.branch), u);
            break;
        }
        case Step::Delete:
            reply = client.deleteBranch(project, id(step.branch));
            break;
        case Step::Reset:
            reply = client.resetFromParent(project, id(step.branch), step.name);
            break;
        }
        waitFor(reply.get());
        out.outcomes.append(reply->ok() ? u"ok"_s
                                        : u"%1 %2 %3"_s.arg(Neon::kindName(reply->error().kind))
                                              .arg(reply->error().httpStatus)
                                              .arg(reply->error().message));
    }
    auto nameOf = [&](const QString& branchId) { return s.branches.value(branchId).branch.name; };
    for (const Sandbox::BranchRecord* b : s.branchesOf(project, true)) {
        const Neon::Branch& br = b->branch;
        out.finalState.append(u"%1 parent=%2 protected=%3 expires=%4 default=%5 deleted=%6"_s.arg(
            br.name, nameOf(br.parentId), QString::number(br.isProtected), QString::number(br.expiresAt.isValid()),
            QString::number(br.isDefault), QString::number(b->isDeleted())));
    }
    out.finalState.sort();
    for (const Sandbox::Exchange& e : std::as_const(server.exchanges))
        ++out.statuses[e.status];
    out.droppedBefore = server.counts.droppedBeforeApplying;
    out.droppedAfter = server.counts.droppedAfterApplying;
    return out;
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void faultyRunEndsLikeTheCleanRun();
};

void TestSandboxFaults::faultyRunEndsLikeTheCleanRun()
{
    const QList<Step> script = makeScript(200);
    QCOMPARE(script.size(), 200);
    Sandbox::ServerOptions clean;
    clean.apiKey = u"k"_s;
    clean.operationDurationMs = 20;
    const Run expected = run(clean, script);
    QCOMPARE(expected.outcomes.size(), 200);
    QCOMPARE(expected.outcomes.count(u"ok"_s), 200); // the script only asks for what the rules allow

    Sandbox::ServerOptions faulty = clean;
    faulty.faultRate = 0.1;
    faulty.rateLimitPerSecond = 20;
    faulty.lockRate = 0.2;
    faulty.faultSeed = 99;
    const Run got = run(faulty, script);
    for (int i = 0; i < script.size(); ++i)
        QVERIFY2(got.outcomes.at(i) == expected.outcomes.at(i), qPrintable(u"step %1: %2"_s.arg(i).arg(got.outcomes.at(i))));
    QCOMPARE(got.finalState, expected.finalState);
    // The faults did happen, of every kind.
    QVERIFY(got.statuses.value(503) > 0);
    QVERIFY(got.statuses.value(423) > 0);
    QVERIFY(got.statuses.value(429) > 0);
    QVERIFY(got.droppedBefore > 0);
    QVERIFY(got.droppedAfter > 0);
    qInfo("%lld branches at the end, identical with and without faults (faulty run: %d x 503, %d x 423, %d x 429, "
          "%d dropped before and %d after applying)",
          qlonglong(got.finalState.size()), got.statuses.value(503), got.statuses.value(423), got.statuses.value(429),
          got.droppedBefore, got.droppedAfter);
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
