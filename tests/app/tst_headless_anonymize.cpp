// SPDX-License-Identifier: MIT
// `canopy anonymize` through the real executable against the sandbox's pii seed: the steps
// without --yes, a new anonymized branch, a refresh that re-creates the children, refusals, and
// exit 1 when a step fails after others were done.
#include "testsupport.h"
#include "canopyprocess.h"

#include <models/maskingrulesfile.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using TestUtils::apiKey;
using TestUtils::Ran;

namespace {
struct Fixture : TestUtils::CanopyProcessFixture
{
    Fixture()
        : CanopyProcessFixture(20, u"pii"_s)
        , project(state().projects.cbegin()->project.id)
    {
        // The seed's own rules for main-anon, as the rules editor would export them.
        QFile file(home.filePath(u"rules.json"_s));
        file.open(QIODevice::WriteOnly);
        file.write(Models::MaskingRulesFile::write(state().findBranchByName(project, u"main-anon"_s)->maskingRules));
        rules = file.fileName();
    }
    Ran anonymize(const QStringList& more)
    {
        return canopy(QStringList{u"anonymize"_s, u"--project"_s, project, u"--source"_s, u"main"_s, u"--rules"_s, rules,
                                  u"--output"_s, u"json"_s} + more);
    }
    QStringList liveNames()
    {
        QStringList names;
        for (const Sandbox::BranchRecord* b : state().branchesOf(project))
            if (!b->isDeleted())
                names.append(b->branch.name);
        names.sort();
        return names;
    }
    QString project;
    QString rules;
};
} // namespace

class TestHeadlessAnonymize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutYesOnlyPrintsTheSteps();
    void createsAndRefreshes();
    void refusals_data();
    void refusals();
    void aFailedSwapRollsBackAndAMissingChildExitsOne();
};

void TestHeadlessAnonymize::withoutYesOnlyPrintsTheSteps()
{
    Fixture f;
    const QStringList before = f.liveNames();
    const Ran r = f.anonymize({u"--name"_s, u"main-anon-nightly"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray steps = r.json().value(u"steps"_s).toArray();
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.first()[u"status"_s].toString(), u"planned"_s);
    QVERIFY(r.err.contains(u"Add --yes"_s));
    QCOMPARE(f.liveNames(), before);
}

void TestHeadlessAnonymize::createsAndRefreshes()
{
    Fixture f;
    const Ran created = f.anonymize({u"--name"_s, u"main-anon-nightly"_s, u"--yes"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(created.json().value(u"ok"_s).toBool(), true);
    const Neon::Branch* fresh = f.liveBranch(f.state().projects.cbegin()->project.name, u"main-anon-nightly"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->parentId, f.branchId(f.state().projects.cbegin()->project.name, u"main"_s));
    const QString firstId = fresh->id;

    // A child under it, then the nightly refresh: a new main-anon-nightly with the child again.
    Neon::Client client(TestUtils::config(f.baseUrl()));
    Neon::BranchCreateOptions child;
    child.name = u"dev-nightly"_s;
    child.parentId = firstId;
    auto made = client.createBranch(f.project, child);
    QVERIFY(TestUtils::waitFor(made.get(), 30000) && made->ok());
    const Ran refreshed = f.anonymize({u"--name"_s, u"main-anon-nightly"_s, u"--refresh"_s, u"--yes"_s});
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
    const QStringList names = f.liveNames();
    QCOMPARE(names.count(u"main-anon-nightly"_s), 1);
    const Neon::Branch* now = f.liveBranch(f.state().projects.cbegin()->project.name, u"main-anon-nightly"_s);
    QVERIFY(now->id != firstId);
    const Neon::Branch* devAgain = f.liveBranch(f.state().projects.cbegin()->project.name, u"dev-nightly"_s);
    QVERIFY(devAgain);
    QCOMPARE(devAgain->parentId, now->id);
    QVERIFY(std::any_of(names.cbegin(), names.cend(), [](const QString& n) { return n.startsWith(u"main-anon-nightly_old_"_s); }));
}

void TestHeadlessAnonymize::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("exists") << QStringList{u"--name"_s, u"main-anon"_s, u"--yes"_s} << u"add --refresh"_s;
    QTest::newRow("nothing to refresh") << QStringList{u"--name"_s, u"nope"_s, u"--refresh"_s, u"--yes"_s} << u"no nope to refresh"_s;
    QTest::newRow("no source") << QStringList{u"--name"_s, u"x"_s, u"--source"_s, u"missing"_s} << u"no branch missing"_s;
    QTest::newRow("bad load") << QStringList{u"--name"_s, u"x"_s, u"--load"_s, u"fast"_s} << u"neon or canopy"_s;
    QTest::newRow("no name") << QStringList{} << u"--name"_s;
}

void TestHeadlessAnonymize::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    Fixture f;
    const QStringList before = f.liveNames();
    const Ran r = f.anonymize(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(!r.err.contains(apiKey));
    QCOMPARE(f.liveNames(), before);
    // A file that is not a rules file is refused too.
    QFile junk(f.home.filePath(u"junk.json"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"format\": \"other\"}");
    junk.close();
    const Ran bad = f.canopy({u"anonymize"_s, u"--project"_s, f.project, u"--source"_s, u"main"_s, u"--rules"_s, junk.fileName(),
                              u"--name"_s, u"x"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"masking-rules file"_s), qPrintable(bad.err));
}

void TestHeadlessAnonymize::aFailedSwapRollsBackAndAMissingChildExitsOne()
{
    Fixture f;
    QVERIFY(f.anonymize({u"--name"_s, u"main-anon-nightly"_s, u"--child"_s, u"dev-n"_s, u"--yes"_s}).exitCode == 0);
    const QString firstId = f.liveBranch(f.state().projects.cbegin()->project.name, u"main-anon-nightly"_s)->id;
    const QStringList before = f.liveNames();
    // Renaming the old branch is refused: the fresh copy is removed, nothing changed (exit 2).
    f.server->setFaultHook([](const HttpFront::Request& r) -> std::optional<Sandbox::Fault> {
        if (r.method == "PATCH")
            return Sandbox::Fault::error(409, u"the branch is busy"_s);
        return std::nullopt;
    });
    const Ran r = f.anonymize({u"--name"_s, u"main-anon-nightly"_s, u"--refresh"_s, u"--yes"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(u"outcome"_s).toString(), u"rolled_back"_s);
    QVERIFY2(r.err.contains(u"busy"_s) && r.err.contains(u"Nothing changed"_s), qPrintable(r.err));
    QCOMPARE(f.liveNames(), before);
    QCOMPARE(f.liveBranch(f.state().projects.cbegin()->project.name, u"main-anon-nightly"_s)->id, firstId);
    // A child that cannot be made (twice): the fresh copy is in place, exit 1.
    f.server->setFaultHook([](const HttpFront::Request& r) -> std::optional<Sandbox::Fault> {
        if (r.method == "POST" && r.path.endsWith(u"/branches"_s) && r.body.contains("dev-n"))
            return Sandbox::Fault::error(422, u"no more branches allowed"_s);
        return std::nullopt;
    });
    const Ran partial = f.anonymize({u"--name"_s, u"main-anon-nightly"_s, u"--refresh"_s, u"--yes"_s});
    QCOMPARE(partial.exitCode, 1);
    QCOMPARE(partial.json().value(u"outcome"_s).toString(), u"completed_with_problems"_s);
    QCOMPARE(f.liveNames().count(u"main-anon-nightly"_s), 1);
    QVERIFY(f.liveBranch(f.state().projects.cbegin()->project.name, u"main-anon-nightly"_s)->id != firstId);
}

CANOPY_TEST_GUILESS_MAIN(TestHeadlessAnonymize)
#include "tst_headless_anonymize.moc"
