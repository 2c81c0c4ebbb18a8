// SPDX-License-Identifier: MIT
// The headless commands through the real `canopy` executable against the sandbox: the plan as
// JSON and as a table, deleting with --yes, exit codes 0/1/2, usage errors, and the branch
// hierarchy of `canopy branches list --tree`.
#include "testsupport.h"
#include "canopyprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using TestUtils::apiKey;
using Fixture = TestUtils::CanopyProcessFixture;
using TestUtils::Ran;

QStringList outcomes(const QJsonObject& report, const QString& outcome)
{
    QStringList names;
    for (const QJsonValue& v : report.value(u"branches"_s).toArray()) {
        if (v[u"outcome"_s].toString() == outcome)
            names.append(v[u"branch_name"_s].toString());
    }
    names.sort();
    return names;
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dryRunPrintsThePlanAsJson();
    void tableIsForPeople();
    void withoutYesNothingIsDeleted();
    void yesDeletesThePlan();
    void partialAndFailedRunsExitOneAndTwo();
    void signalStopsSchedulingAndReportsWhatWasDone();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void branchesListTree();
    void keyFromFileOrStandardInput();
    void branchesListTakesOneRequestForTwoThousand();
    void tablesShowControlCharactersEscaped();
};

void TestHeadless::dryRunPrintsThePlanAsJson()
{
    Fixture f;
    const int before = f.liveBranches();
    const Ran r = f.canopy({u"cleanup"_s, u"--org"_s, f.orgId, u"--inactive-days"_s, u"3"_s, u"--dry-run"_s, u"--output"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject plan = r.json();
    QCOMPARE(plan.value(u"criteria"_s).toObject().value(u"inactive_days"_s).toInt(), 3);
    const QJsonArray branches = plan.value(u"branches"_s).toArray();
    QCOMPARE(branches.size(), before); // every branch of the organization, in or out
    int deletes = 0;
    for (const QJsonValue& v : branches) {
        QVERIFY(!v[u"reason"_s].toString().isEmpty());
        if (v[u"action"_s].toString() == "delete"_L1) {
            ++deletes;
            QVERIFY(v[u"idle_days"_s].toInt() >= 3);
        }
        if (v[u"branch_name"_s].toString() == "main"_L1)
            QCOMPARE(v[u"action"_s].toString(), u"keep"_s);
    }
    QVERIFY(deletes > 0);
    QCOMPARE(plan.value(u"summary"_s).toObject().value(u"delete"_s).toInt(), deletes);
    QCOMPARE(f.liveBranches(), before);
}

void TestHeadless::tableIsForPeople()
{
    Fixture f;
    const Ran r = f.canopy({u"cleanup"_s, u"--org"_s, f.orgId, u"--pattern"_s, u"preview-*"_s, u"--inactive-days"_s,
                            u"20"_s, u"--dry-run"_s});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(u"ACTION"_s), qPrintable(out));
    QVERIFY(out.contains(QRegularExpression(u"delete +shop +preview-pr-17 +\\d+d +no activity for"_s)));
    QVERIFY(out.contains(QRegularExpression(u"keep +shop +main +0d +kept: the project's default branch"_s)));
    QVERIFY(out.contains(u"to delete in 1 project,"_s));
}

void TestHeadless::withoutYesNothingIsDeleted()
{
    Fixture f;
    const int before = f.liveBranches();
    const Ran r = f.canopy({u"cleanup"_s, u"--org"_s, f.orgId, u"--inactive-days"_s, u"3"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
    QCOMPARE(f.liveBranches(), before);
}

void TestHeadless::yesDeletesThePlan()
{
    Fixture f;
    const QStringList criteria{u"cleanup"_s, u"--org"_s, f.orgId, u"--inactive-days"_s, u"10"_s, u"--output"_s, u"json"_s};
    const Ran plan = f.canopy(criteria + QStringList{u"--dry-run"_s});
    QStringList planned;
    for (const QJsonValue& v : plan.json().value(u"branches"_s).toArray()) {
        if (v[u"action"_s].toString() == "delete"_L1)
            planned.append(v[u"branch_name"_s].toString());
    }
    planned.sort();
    QVERIFY(planned.size() >= 3);
    const int before = f.liveBranches();

    const Ran r = f.canopy(criteria + QStringList{u"--yes"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = r.json();
    QCOMPARE(outcomes(report, u"deleted"_s), planned);
    QCOMPARE(report.value(u"outcomes"_s).toObject().value(u"failed"_s).toInt(), 0);
    QCOMPARE(f.liveBranches(), before - planned.size());
    QVERIFY(!f.exists(u"shop"_s, u"dev-bob"_s));
    QVERIFY(f.exists(u"shop"_s, u"dev-alice"_s));
    QVERIFY(r.err.contains(u"Deleted %1 of %1 planned"_s.arg(planned.size())));
    QVERIFY(r.err.contains(u"recovered for 7 days"_s));
}

void TestHeadless::partialAndFailedRunsExitOneAndTwo()
{
    Fixture f;
    const QString bob = f.server->state().findBranchByName(f.projectId(u"shop"_s), u"dev-bob"_s)->branch.id;
    f.server->setFaultHook([bob](const HttpFront::Request& req) -> std::optional<Sandbox::Fault> {
        if (req.method == "DELETE" && req.path.contains(bob))
            return Sandbox::Fault::error(409, u"branch is in use by a deployment"_s);
        return std::nullopt;
    });
    const Ran partial = f.canopy({u"cleanup"_s, u"--org"_s, f.orgId, u"--project"_s, f.projectId(u"shop"_s),
                                  u"--inactive-days"_s, u"10"_s, u"--yes"_s, u"--output"_s, u"json"_s});
    QCOMPARE(partial.exitCode, 1);
    QCOMPARE(outcomes(partial.json(), u"failed"_s), QStringList{u"dev-bob"_s});
    for (const QJsonValue& v : partial.json().value(u"branches"_s).toArray()) {
        if (v[u"branch_name"_s].toString() == "dev-bob"_L1)
            QVERIFY2(v[u"message"_s].toString().contains(u"in use by a deployment"_s), qPrintable(v[u"message"_s].toString()));
    }
    QVERIFY(f.exists(u"shop"_s, u"dev-bob"_s));
    QVERIFY(!outcomes(partial.json(), u"deleted"_s).isEmpty());

    f.server->setFaultHook([](const HttpFront::Request& req) -> std::optional<Sandbox::Fault> {
        if (req.method == "DELETE")
            return Sandbox::Fault::error(403, u"this API key may not delete branches"_s);
        return std::nullopt;
    });
    const Ran failed = f.canopy({u"cleanup"_s, u"--org"_s, f.orgId, u"--inactive-days"_s, u"3"_s, u"--yes"_s});
    QCOMPARE(failed.exitCode, 2);
    QVERIFY(QString::fromUtf8(failed.out).contains(u"may not delete branches"_s));
    QVERIFY(failed.err.contains(u"Deleted 0 of"_s));
}

void TestHeadless::signalStopsSchedulingAndReportsWhatWasDone()
{
    Fixture f(600); // slow operations: the signal arrives while deletions are under way
    bool signalled = false;
    const Ran r = f.canopy({u"cleanup"_s, u"--org"_s, f.orgId, u"--inactive-days"_s, u"3"_s, u"--yes"_s, u"--output"_s, u"json"_s},
                           apiKey, true, [&signalled](QProcess& p, const QString& chunk) {
                               if (!signalled && chunk.contains(u" done"_s)) {
                                   signalled = true;
                                   p.terminate(); // SIGTERM, as a CI job's timeout sends
                               }
                           });
    QVERIFY(signalled);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Cancelling"_s), qPrintable(r.err));
    const QJsonObject report = r.json();
    QVERIFY(report.value(u"cancelled"_s).toBool());
    const QStringList deleted = outcomes(report, u"deleted"_s);
    const QStringList skipped = outcomes(report, u"skipped"_s);
    QVERIFY(!deleted.isEmpty());
    QVERIFY(!skipped.isEmpty());
    QCOMPARE(report.value(u"outcomes"_s).toObject().value(u"waiting"_s).toInt(), 0);
    // The server agrees with the report, branch by branch.
    for (const QJsonValue& v : report.value(u"branches"_s).toArray()) {
        const QString project = v[u"project_name"_s].toString();
        const QString name = v[u"branch_name"_s].toString();
        QCOMPARE(f.exists(project, name), v[u"outcome"_s].toString() != "deleted"_L1);
    }
}

void TestHeadless::versionAndHelp()
{
    Fixture f;
    const Ran version = f.canopy({u"--version"_s}, apiKey, false);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(QString::fromUtf8(version.out).trimmed(), u"Canopy "_s + QStringLiteral(CANOPY_VERSION));
    const Ran help = f.canopy({u"--help"_s}, apiKey, false);
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    for (const QString& option : {u"--api-key"_s, u"--api-key-file"_s, u"visible to other users in ps"_s, u"--api-host"_s, u"--demo"_s, u"--theme"_s, u"--version"_s,
                                  u"canopy cleanup"_s, u"canopy branches list"_s, u"Exit codes"_s})
        QVERIFY2(text.contains(option), qPrintable(option));
    const Ran cleanupHelp = f.canopy({u"cleanup"_s, u"--help"_s}, apiKey, false);
    QCOMPARE(cleanupHelp.exitCode, 0);
    for (const QString& option : {u"--org"_s, u"--inactive-days"_s, u"--older-than-days"_s, u"--pattern"_s, u"--expired"_s,
                                  u"--no-compute"_s, u"--preset"_s, u"--dry-run"_s, u"--yes"_s, u"--output"_s})
        QVERIFY2(QString::fromUtf8(cleanupHelp.out).contains(option), qPrintable(option));
}

void TestHeadless::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("says");
    const QStringList org{u"cleanup"_s, u"--org"_s, u"ORG"_s};
    QTest::newRow("no org") << QStringList{u"cleanup"_s, u"--inactive-days"_s, u"3"_s} << apiKey << u"--org"_s;
    QTest::newRow("no criteria") << org << apiKey << u"at least one criterion"_s;
    QTest::newRow("bad days") << org + QStringList{u"--inactive-days"_s, u"soon"_s} << apiKey << u"whole number"_s;
    QTest::newRow("bad output") << org + QStringList{u"--expired"_s, u"--output"_s, u"xml"_s} << apiKey << u"table or json"_s;
    QTest::newRow("both") << org + QStringList{u"--expired"_s, u"--dry-run"_s, u"--yes"_s} << apiKey << u"exclude"_s;
    QTest::newRow("no key") << org + QStringList{u"--expired"_s} << QString() << u"no API key"_s;
    QTest::newRow("wrong key") << org + QStringList{u"--expired"_s} << u"nope"_s << u"401"_s;
    QTest::newRow("unknown project") << org + QStringList{u"--expired"_s, u"--project"_s, u"p-none"_s} << apiKey
                                     << u"no project p-none"_s;
    QTest::newRow("plain http elsewhere")
        << org + QStringList{u"--expired"_s, u"--api-host"_s, u"http://example.com/api/v2"_s} << apiKey << u"http"_s;
    QTest::newRow("branches without list") << QStringList{u"branches"_s, u"--project"_s, u"x"_s} << apiKey << u"usage"_s;
}

void TestHeadless::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    QFETCH(QString, says);
    Fixture f;
    args.replaceInStrings(u"ORG"_s, f.orgId);
    const Ran r = f.canopy(args, key, !args.contains(u"--api-host"_s));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(!r.err.contains(apiKey)); // the key is never echoed
}

void TestHeadless::branchesListTree()
{
    Fixture f;
    const QString shop = f.projectId(u"shop"_s);
    const Ran json = f.canopy({u"branches"_s, u"list"_s, u"--project"_s, shop, u"--output"_s, u"json"_s, u"--tree"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray roots = json.json().value(u"branches"_s).toArray();
    QCOMPARE(roots.size(), 1);
    const QJsonObject main = roots.first().toObject();
    QCOMPARE(main.value(u"name"_s).toString(), u"main"_s);
    QCOMPARE(main.value(u"default"_s).toBool(), true);
    const QJsonArray underMain = main.value(u"children"_s).toArray();
    QCOMPARE(underMain.first()[u"name"_s].toString(), u"main-dev"_s);
    QStringList devChildren;
    for (const QJsonValue& c : underMain.first()[u"children"_s].toArray())
        devChildren.append(c[u"name"_s].toString());
    QVERIFY(devChildren.contains(u"dev-alice"_s));
    QVERIFY(std::is_sorted(devChildren.cbegin(), devChildren.cend()));

    const Ran flat = f.canopy({u"branches"_s, u"list"_s, u"--project"_s, shop, u"--output"_s, u"json"_s});
    QCOMPARE(flat.json().value(u"branches"_s).toArray().size(), int(f.server->state().branchesOf(shop).size()));

    const Ran table = f.canopy({u"branches"_s, u"list"_s, u"--project"_s, shop, u"--tree"_s});
    QCOMPARE(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    QVERIFY(text.startsWith(u"NAME"_s));
    QVERIFY2(text.contains(u"└─ main-dev"_s) && text.contains(u"   └─ dev-alice"_s), qPrintable(text));
    QVERIFY(text.indexOf(u"main-dev"_s) < text.indexOf(u"dev-alice"_s));
}

void TestHeadless::keyFromFileOrStandardInput()
{
    Fixture f;
    const QStringList list{u"branches"_s, u"list"_s, u"--project"_s, f.projectId(u"shop"_s), u"--output"_s, u"json"_s};
    // A file, with the newline editors add; readable by its owner only.
    const QString keyFile = f.home.filePath(u"neon.key"_s);
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(apiKey.toUtf8() + "\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Ran fromFile = f.canopy(list + QStringList{u"--api-key-file"_s, keyFile}, QString());
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    QVERIFY(!fromFile.err.contains(u"warning"_s));
    QVERIFY(fromFile.json().value(u"branches"_s).toArray().size() > 3);
    // Readable by others: it still works, with a warning.
    QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ReadOther));
    const Ran shared = f.canopy(list + QStringList{u"--api-key-file"_s, keyFile}, QString());
    QCOMPARE(shared.exitCode, 0);
    QVERIFY2(shared.err.contains(u"chmod 600"_s), qPrintable(shared.err));
    // Standard input.
    f.standardInput = apiKey.toUtf8() + "\n";
    const Ran fromInput = f.canopy(list + QStringList{u"--api-key"_s, u"-"_s}, QString());
    QVERIFY2(fromInput.exitCode == 0, qPrintable(fromInput.err));
    f.standardInput = "\n";
    const Ran emptyInput = f.canopy(list + QStringList{u"--api-key"_s, u"-"_s}, QString());
    QCOMPARE(emptyInput.exitCode, 2);
    QVERIFY2(emptyInput.err.contains(u"no API key in standard input"_s), qPrintable(emptyInput.err));
    f.standardInput = {};
    // A missing file, and both ways at once, are refused before anything is sent.
    f.requests().clear();
    const Ran missing = f.canopy(list + QStringList{u"--api-key-file"_s, f.home.filePath(u"none"_s)}, QString());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"cannot read the API key file"_s), qPrintable(missing.err));
    const Ran both = f.canopy(list + QStringList{u"--api-key-file"_s, keyFile, u"--api-key"_s, apiKey}, QString());
    QCOMPARE(both.exitCode, 2);
    QVERIFY(!both.err.contains(apiKey));
    QCOMPARE(f.requests().size(), 0);
}

void TestHeadless::branchesListTakesOneRequestForTwoThousand()
{
    Fixture f(20, u"scale:1:2000"_s);
    const QString project = f.state().projects.cbegin()->project.id;
    f.requests().clear();
    const Ran json = f.canopy({u"branches"_s, u"list"_s, u"--project"_s, project, u"--output"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(json.json().value(u"branches"_s).toArray().size(), 2000);
    QCOMPARE(f.count("GET", u"/branches"_s), 1); // the API allows limit=10000: one page
    QCOMPARE(f.count("GET", u"/endpoints"_s), 1);
    QCOMPARE(f.requests().size(), 2);
}

void TestHeadless::tablesShowControlCharactersEscaped()
{
    // Issue 23, points 7 and 13: a branch name with ESC (clear the screen, colour), CR and LF (a
    // forged row) and U+202E (right-to-left override) reaches the terminal escaped in the table,
    // intact in JSON; a %1 in a --pattern stays as typed in the plan's last line.
    Fixture f;
    const QString shop = f.projectId(u"shop"_s);
    const QString evil = u"dev-bob\x1b[2J\x1b[31m\r\nmain  br-forged  ready\u202Etxt.exe"_s;
    f.server->state().branches[f.branchId(u"shop"_s, u"dev-bob"_s)].branch.name = evil;
    const Ran table = f.canopy({u"branches"_s, u"list"_s, u"--project"_s, shop, u"--output"_s, u"table"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QString text = QString::fromUtf8(table.out);
    QVERIFY2(text.contains(u"dev-bob\\x1b[2J\\x1b[31m\\r\\nmain  br-forged  ready\\u202etxt.exe"_s), qPrintable(text));
    QVERIFY(!table.out.contains('\x1b'));
    QVERIFY(!table.out.contains('\r'));
    QVERIFY(!text.contains(QChar(0x202E)));
    QCOMPARE(text.count(QLatin1Char('\n')), f.server->state().branchesOf(shop).size() + 1); // the header and one line each
    const Ran json = f.canopy({u"branches"_s, u"list"_s, u"--project"_s, shop, u"--output"_s, u"json"_s});
    QStringList names;
    for (const QJsonValue& v : json.json().value(u"branches"_s).toArray())
        names.append(v[u"name"_s].toString());
    QVERIFY(names.contains(evil));

    const Ran plan = f.canopy({u"cleanup"_s, u"--org"_s, f.orgId, u"--pattern"_s, u"x%1*"_s, u"--inactive-days"_s, u"3"_s,
                               u"--dry-run"_s, u"--output"_s, u"table"_s});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
    QVERIFY2(QString::fromUtf8(plan.out).contains(u"named x%1*): 0 to delete in 0 projects,"_s), plan.out.constData());
}

CANOPY_TEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
