// SPDX-License-Identifier: MIT
// The team lead's dialogs driven like a user (offscreen) against the sandbox: the cleanup plan,
// its confirmation, the run, exports and recovery; bulk reset and expiration; environment
// templates and Add Developer. Every effect is checked on the server.
#include "testsupport.h"
#include "clienttestutils.h"

#include <models/cleanupmodel.h>
#include <models/formatting.h>
#include <models/projecttreemodel.h>
#include <neon/client.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>
#include <ui/bulkactionsdialog.h>
#include <ui/cleanupdialog.h>
#include <ui/environmentsdialog.h>
#include <ui/mainwindow.h>
#include <ui/recoverdeleteddialog.h>
#include <ui/teamactions.h>

#include <QComboBox>
#include <QFileDialog>
#include <QTreeWidget>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = Models::CleanupReport::Outcome;

namespace {

/// The demo organization in the sandbox, and a client with fast polling.
class Fixture : public TestUtils::SandboxFixture
{
public:
    Fixture()
        : SandboxFixture(u"demo"_s, 20)
        , client(std::make_unique<Neon::Client>(TestUtils::config(baseUrl())))
    {
    }
    const Neon::Branch* branch(const QString& project, const QString& name) const { return liveBranch(project, name); }
    QList<Neon::Branch> branches(const QString& project) const { return branchesOf(project); }

    std::unique_ptr<Neon::Client> client;
};

/// Clicks the action button of the confirmation the dialog opened (destructive or not), after
/// checking that Enter would have cancelled; `shown` gets the box's text and list.
bool confirm(QWidget* dialog, QString* shown = nullptr)
{
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = dialog->findChild<QMessageBox*>()) != nullptr; }))
        return false;
    if (box->defaultButton() != box->button(QMessageBox::Cancel))
        return false;
    if (shown)
        *shown = box->text() + u"\n"_s + box->informativeText();
    for (QAbstractButton* b : box->buttons()) {
        const QMessageBox::ButtonRole role = box->buttonRole(b);
        if (role == QMessageBox::DestructiveRole || role == QMessageBox::AcceptRole) {
            b->click();
            return true;
        }
    }
    return false;
}

} // namespace

class TestTeamActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupPlansConfirmsDeletesExportsAndRecovers();
    void cleanupCancelNeedsNoConfirmationAndDeletesNothing();
    void cleanupExportsWhileRunningWithoutANestedLoop();
    void bulkResetsEveryChildOfTheBase();
    void bulkExtendsExpirationWithinTheRules();
    void environmentsLayOutTheWorkflow();
    void addDeveloperBranchesFromTheBase();
    void developersGetTheirOwnRoles();
    void teamMenuOpensTheDialogsAndTheTreeFollows();
};

void TestTeamActions::cleanupPlansConfirmsDeletesExportsAndRecovers()
{
    Fixture f;
    Ui::CleanupDialog dialog(f.client.get(), {f.orgId(), u"Demo"_s, f.projectId(u"shop"_s), u"shop"_s});
    QAbstractItemModelTester tester(dialog.model());
    Models::CleanupCriteria c;
    c.inactiveDays = 20;
    c.patterns = {u"preview-*"_s, u"dev-*"_s};
    dialog.setCriteria(c);
    dialog.setOnlyCurrentProject(true);
    QSignalSpy planned(&dialog, &Ui::CleanupDialog::planReady);
    dialog.buildPlan();
    QVERIFY(planned.wait(10000));
    const Models::CleanupPlan plan = dialog.model()->report().plan;
    QStringList toDelete;
    for (const Models::CleanupEntry& e : plan.entries) {
        QCOMPARE(e.projectName, u"shop"_s);
        if (e.deletes())
            toDelete.append(e.branchName);
    }
    toDelete.sort();
    // dev-carl never had a compute: quiet since it was made.
    QCOMPARE(toDelete, (QStringList{u"dev-bob"_s, u"dev-carl"_s, u"preview-pr-17"_s, u"preview-pr-31"_s}));
    QVERIFY(dialog.deleteButton()->isEnabled());
    QVERIFY(dialog.deleteButton()->text().contains(u"4"_s));

    QSignalSpy ran(&dialog, &Ui::CleanupDialog::runFinished);
    QSignalSpy changed(&dialog, &Ui::CleanupDialog::projectsChanged);
    dialog.deletePlanned();
    QVERIFY(confirm(&dialog));
    QVERIFY(ran.wait(20000));
    QCOMPARE(dialog.model()->report().count(Outcome::Deleted), 4);
    for (const QString& name : toDelete)
        QVERIFY2(!f.branch(u"shop"_s, name), qPrintable(name));
    QVERIFY(f.branch(u"shop"_s, u"dev-alice"_s));
    QCOMPARE(changed.count(), 1);
    QVERIFY(dialog.summaryText().contains(u"Deleted 4 of 4"_s));
    QVERIFY(!dialog.deleteButton()->isEnabled()); // a plan runs once

    // The report, as scripts read it.
    const Models::CleanupReport report = dialog.model()->report();
    const QJsonObject json = QJsonDocument::fromJson(Models::reportToJson(report)).object();
    QCOMPARE(json.value(u"outcomes"_s).toObject().value(u"deleted"_s).toInt(), 4);

    // Recover: parents before children, each says how it went.
    QVERIFY(dialog.recoverButton()->isEnabled());
    dialog.recoverButton()->click();
    auto* recover = dialog.findChild<Ui::RecoverDeletedDialog*>();
    QVERIFY(recover);
    QCOMPARE(recover->list()->count(), 4);
    // Nothing is ticked at first, each row says how long it can still come back.
    QVERIFY(!recover->recoverButton()->isEnabled());
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(recover->list()->item(row)->checkState(), Qt::Unchecked);
        QVERIFY2(recover->list()->item(row)->text().contains(u"6 d 23 h left"_s), qPrintable(recover->list()->item(row)->text()));
    }
    for (int row = 1; row < 4; ++row) // keep the first deleted
        recover->list()->item(row)->setCheckState(Qt::Checked);
    QVERIFY(recover->recoverButton()->isEnabled());
    QCOMPARE(recover->recoverButton()->text(), u"&Recover Checked (3)"_s);
    QSignalSpy recovered(recover, &Ui::RecoverDeletedDialog::recovered);
    recover->recoverChecked();
    QVERIFY(recovered.wait(20000));
    QStringList back;
    for (const QString& name : toDelete) {
        if (f.branch(u"shop"_s, name))
            back.append(name);
    }
    QCOMPARE(back.size(), 3);
    // The cleanup's report follows: what came back is "recovered", in the table and in exports.
    const Models::CleanupReport after = dialog.model()->report();
    QCOMPARE(after.count(Outcome::Recovered), 3);
    QCOMPARE(after.count(Outcome::Deleted), 1);
    const QJsonObject afterJson = QJsonDocument::fromJson(Models::reportToJson(after)).object();
    QCOMPARE(afterJson.value(u"outcomes"_s).toObject().value(u"recovered"_s).toInt(), 3);
    QCOMPARE(afterJson.value(u"outcomes"_s).toObject().value(u"deleted"_s).toInt(), 1);
    const QString csv = QString::fromUtf8(Models::reportToCsv(after));
    for (const QString& name : back) {
        const qsizetype at = csv.indexOf(u","_s + name + u","_s);
        QVERIFY2(at >= 0, qPrintable(name));
        const QString line = csv.mid(at, csv.indexOf(QLatin1Char('\n'), at) - at);
        QVERIFY2(line.contains(u",recovered,"_s) && !line.contains(u",deleted,"_s), qPrintable(line));
    }
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        const QModelIndex i = dialog.model()->index(row, Models::CleanupModel::Branch);
        if (back.contains(i.data().toString().trimmed()))
            QCOMPARE(dialog.model()->index(row, Models::CleanupModel::Decision).data().toString(), u"recovered"_s);
    }
    QVERIFY(recover->recoverButton()->text() == u"&Recover Checked"_s);
}

void TestTeamActions::cleanupExportsWhileRunningWithoutANestedLoop()
{
    Fixture f;
    // Slow deletions: the export is asked for while the run goes on.
    f.server->setFaultHook([](const HttpFront::Request& r) -> std::optional<Sandbox::Fault> {
        return r.method == "DELETE" ? std::optional(Sandbox::Fault::delay(400)) : std::nullopt;
    });
    auto* dialog = new Ui::CleanupDialog(f.client.get(), {f.orgId(), u"Demo"_s, f.projectId(u"shop"_s), u"shop"_s});
    Models::CleanupCriteria c;
    c.patterns = {u"preview-*"_s};
    dialog->setCriteria(c);
    dialog->setOnlyCurrentProject(true);
    QSignalSpy planned(dialog, &Ui::CleanupDialog::planReady);
    dialog->buildPlan();
    QVERIFY(planned.wait(10000));
    QSignalSpy ran(dialog, &Ui::CleanupDialog::runFinished);
    dialog->deletePlanned();
    QVERIFY(confirm(dialog));
    QPushButton* exportPlan = nullptr;
    for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
        if (b->text() == u"Export &Plan…"_s)
            exportPlan = b;
    }
    QVERIFY(exportPlan && exportPlan->isEnabled());
    exportPlan->click(); // returns at once: no nested event loop
    QPointer<QFileDialog> chooser = dialog->findChild<QFileDialog*>();
    QVERIFY(chooser);
    QVERIFY(ran.isEmpty()); // the run is still going
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.json"_s);
    chooser->selectFile(path);
    QMetaObject::invokeMethod(chooser.data(), "accept"); // as the Save button does
    QVERIFY(QFile::exists(path));
    QVERIFY(ran.wait(20000));
    // A dialog that goes while its chooser is open takes the chooser with it, and nothing runs after.
    exportPlan->click();
    chooser = dialog->findChild<QFileDialog*>();
    QVERIFY(chooser);
    delete dialog;
    QVERIFY(chooser.isNull());
}

void TestTeamActions::cleanupCancelNeedsNoConfirmationAndDeletesNothing()
{
    Fixture f;
    const int before = int(f.branches(u"shop"_s).size());
    Ui::CleanupDialog dialog(f.client.get(), {f.orgId(), u"Demo"_s, {}, {}});
    Models::CleanupCriteria none;
    dialog.setCriteria(none);
    QVERIFY(!dialog.summaryText().isEmpty()); // says a criterion is needed
    QVERIFY(!dialog.deleteButton()->isEnabled());
    Models::CleanupCriteria c;
    c.inactiveDays = 3;
    dialog.setCriteria(c);
    QSignalSpy planned(&dialog, &Ui::CleanupDialog::planReady);
    dialog.buildPlan();
    QVERIFY(planned.wait(10000));
    QVERIFY(dialog.model()->report().plan.deleteCount() > 3);
    dialog.deletePlanned();
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox*>()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not delete
    box->button(QMessageBox::Cancel)->click();
    // The answer has been handled once the box has closed and gone (it deletes itself). A run
    // started by it would be busy now, with its first request on its way to the server.
    QTRY_VERIFY(!box);
    QVERIFY(!dialog.isBusy());
    QCOMPARE(f.client->inFlight(), 0);
    QCOMPARE(f.count("DELETE"), 0);
    QCOMPARE(int(f.branches(u"shop"_s).size()), before);
    QVERIFY(dialog.deleteButton()->isEnabled()); // the plan is still there to run
    // Edited criteria make the plan stale: no deleting from an outdated plan.
    c.inactiveDays = 4;
    dialog.setCriteria(c);
    QVERIFY(!dialog.deleteButton()->isEnabled());
}

void TestTeamActions::bulkResetsEveryChildOfTheBase()
{
    Fixture f;
    const Neon::Branch* base = f.branch(u"shop"_s, u"main-dev"_s);
    QVERIFY(base);
    const QHash<QString, QDateTime> resetBefore = [&] {
        QHash<QString, QDateTime> h;
        for (const Neon::Branch& b : f.branches(u"shop"_s))
            h.insert(b.name, b.lastResetAt);
        return h;
    }();
    Ui::BulkActionsDialog dialog(f.client.get(), f.projectId(u"shop"_s), u"shop"_s, f.branches(u"shop"_s), base->id);
    QCOMPARE(dialog.windowTitle(), u"Bulk Actions — shop"_s);
    QCOMPARE(dialog.findChild<QComboBox*>()->currentText(), u"Extend expiration"_s); // never opens on a reset
    dialog.setAction(Models::BulkAction::ResetFromParent);
    QStringList children = dialog.checkedNames();
    children.sort();
    QCOMPARE(children, (QStringList{u"dev-alice"_s, u"dev-bob"_s, u"dev-carl"_s, u"preview-pr-17"_s, u"preview-pr-31"_s,
                                    u"preview-pr-42"_s, u"qa-metrics-test"_s}));
    int runs = 0;
    for (const Models::BulkStep& s : dialog.steps())
        runs += s.runs() ? 1 : 0;
    QVERIFY(runs >= 5);
    QSignalSpy ran(&dialog, &Ui::BulkActionsDialog::runFinished);
    QSignalSpy refreshed(&dialog, &Ui::BulkActionsDialog::rowsRefreshed);
    const QList<Models::BulkStep> planned = dialog.steps();
    dialog.apply();
    QString shown;
    QVERIFY(confirm(&dialog, &shown));
    for (const Models::BulkStep& s : planned) // the confirmation lists every branch that changes
        QCOMPARE(shown.contains(s.branch.name + u": its data replaced"_s), s.runs());
    QVERIFY(ran.wait(30000));
    QVERIFY(refreshed.wait(10000));
    for (const Models::BulkStep& s : planned) {
        const Neon::Branch* now = f.branch(u"shop"_s, s.branch.name);
        QVERIFY(now);
        if (s.runs())
            QVERIFY2(now->lastResetAt.isValid() && now->lastResetAt != resetBefore.value(s.branch.name), qPrintable(s.branch.name));
        else
            QCOMPARE(now->lastResetAt, resetBefore.value(s.branch.name));
    }
    QVERIFY(dialog.summaryText().contains(u"%1 done"_s.arg(runs)));
}

void TestTeamActions::bulkExtendsExpirationWithinTheRules()
{
    Fixture f;
    const Neon::Branch* base = f.branch(u"shop"_s, u"main-dev"_s);
    const Neon::Branch* expiring = f.branch(u"shop"_s, u"preview-pr-42"_s);
    QVERIFY(expiring && expiring->expiresAt.isValid());
    const QDateTime wasExpiring = expiring->expiresAt;
    QVERIFY(!f.branch(u"shop"_s, u"dev-bob"_s)->expiresAt.isValid());
    Ui::BulkActionsDialog dialog(f.client.get(), f.projectId(u"shop"_s), u"shop"_s, f.branches(u"shop"_s), base->id);
    dialog.setAction(Models::BulkAction::ExtendExpiration);
    dialog.setExtendDays(5);
    // A branch that never expires is skipped, and its check says so.
    auto* tree = dialog.findChild<QTreeWidget*>();
    const QList<QTreeWidgetItem*> bobRow = tree->findItems(u"dev-bob"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(bobRow.size(), 1);
    QVERIFY2(bobRow.first()->text(2).contains(u"never expires"_s), qPrintable(bobRow.first()->text(2)));
    QSignalSpy ran(&dialog, &Ui::BulkActionsDialog::runFinished);
    QSignalSpy refreshed(&dialog, &Ui::BulkActionsDialog::rowsRefreshed);
    dialog.apply();
    QString shown;
    QVERIFY(confirm(&dialog, &shown)); // not destructive, still confirmed: the list says what changes
    QVERIFY2(shown.contains(u"preview-pr-42: expires "_s) && !shown.contains(u"dev-bob"_s), qPrintable(shown));
    QVERIFY(ran.wait(30000));
    QCOMPARE(f.branch(u"shop"_s, u"preview-pr-42"_s)->expiresAt.toSecsSinceEpoch(), wasExpiring.addDays(5).toSecsSinceEpoch());
    QVERIFY(!f.branch(u"shop"_s, u"dev-bob"_s)->expiresAt.isValid()); // no expiry it never had
    QVERIFY(!f.branch(u"shop"_s, u"main-dev"_s)->expiresAt.isValid()); // the base was not checked

    // The rows come back with the server's new facts, and another action runs from the same dialog.
    QVERIFY(refreshed.wait(10000));
    const QList<QTreeWidgetItem*> prRow = tree->findItems(u"preview-pr-42"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(prRow.first()->text(1).contains(Models::Formatting::localShort(wasExpiring.addDays(5))));
    dialog.setAction(Models::BulkAction::ClearExpiration);
    QVERIFY(dialog.applyButton()->isEnabled());
    dialog.apply();
    QVERIFY(confirm(&dialog));
    QVERIFY(ran.wait(30000));
    QVERIFY(!f.branch(u"shop"_s, u"preview-pr-42"_s)->expiresAt.isValid());
    QVERIFY(dialog.summaryText().contains(u"Clear expiration"_s));
}

void TestTeamActions::environmentsLayOutTheWorkflow()
{
    Fixture f;
    const QString project = u"customer-dev-test"_s;
    Ui::EnvironmentsDialog dialog(Ui::EnvironmentsDialog::Mode::SetUp, f.client.get(), f.projectId(project), f.branches(project));
    dialog.setBase(u"main-dev"_s);
    dialog.setDevelopers(u"Alice Smith, erin"_s); // dev-erin exists: skipped
    dialog.setPullRequests(u"5"_s);
    dialog.setQaTopics(u"login"_s);
    QStringList creates, skips;
    for (const Models::PlannedBranch& p : dialog.plan())
        (p.creates() ? creates : skips).append(p.name);
    QCOMPARE(creates, (QStringList{u"main-dev"_s, u"dev-alice-smith"_s, u"preview-pr-5"_s, u"qa-login"_s}));
    QCOMPARE(skips, QStringList{u"dev-erin"_s});
    QSignalSpy ran(&dialog, &Ui::EnvironmentsDialog::runFinished);
    dialog.createButton()->click();
    QVERIFY(ran.wait(30000));
    const Neon::Branch* base = f.branch(project, u"main-dev"_s);
    QVERIFY(base);
    QCOMPARE(base->parentId, f.branch(project, u"main"_s)->id);
    for (const QString& name : {u"dev-alice-smith"_s, u"preview-pr-5"_s, u"qa-login"_s}) {
        const Neon::Branch* b = f.branch(project, name);
        QVERIFY2(b, qPrintable(name));
        QCOMPARE(b->parentId, base->id);
    }
    QVERIFY(!f.branch(project, u"dev-alice-smith"_s)->expiresAt.isValid());
    QVERIFY(f.branch(project, u"preview-pr-5"_s)->expiresAt > QDateTime::currentDateTimeUtc().addDays(6));
    QVERIFY(f.server->state().endpointsOf(f.branch(project, u"qa-login"_s)->id).size() == 1); // the compute preset
    QVERIFY(dialog.summaryText().contains(u"Created 4 of 4"_s));
}

void TestTeamActions::addDeveloperBranchesFromTheBase()
{
    Fixture f;
    Ui::EnvironmentsDialog dialog(Ui::EnvironmentsDialog::Mode::AddDeveloper, f.client.get(), f.projectId(u"shop"_s),
                                  f.branches(u"shop"_s));
    dialog.setDevelopers(u"dana"_s);
    dialog.setComputePreset(3); // no compute
    QCOMPARE(dialog.plan().size(), 1);
    QSignalSpy ran(&dialog, &Ui::EnvironmentsDialog::runFinished);
    dialog.createButton()->click();
    QVERIFY(ran.wait(30000));
    const Neon::Branch* dana = f.branch(u"shop"_s, u"dev-dana"_s);
    QVERIFY(dana);
    QCOMPARE(dana->parentId, f.branch(u"shop"_s, u"main-dev"_s)->id); // the existing base, not main
    QVERIFY(f.server->state().endpointsOf(dana->id).isEmpty());
}

void TestTeamActions::developersGetTheirOwnRoles()
{
    Fixture f;
    Ui::EnvironmentsDialog dialog(Ui::EnvironmentsDialog::Mode::SetUp, f.client.get(), f.projectId(u"shop"_s),
                                  f.branches(u"shop"_s));
    dialog.setBase(u"main-dev"_s);
    dialog.setDevelopers(u"zoe, Yann Li"_s);
    dialog.setOwnRoles(true);
    QStringList roles;
    for (const Models::PlannedBranch& p : dialog.plan())
        roles.append(p.roleName);
    QCOMPARE(roles, (QStringList{u"dev_zoe"_s, u"dev_yann_li"_s}));
    const QListWidget* review = dialog.findChild<QListWidget*>();
    QVERIFY(review->item(0)->text().contains(u"its own role dev_zoe"_s));
    QSignalSpy ran(&dialog, &Ui::EnvironmentsDialog::runFinished);
    dialog.createButton()->click();
    QVERIFY(ran.wait(30000));
    for (const auto& [branch, role] : {std::pair{u"dev-zoe"_s, u"dev_zoe"_s}, std::pair{u"dev-yann-li"_s, u"dev_yann_li"_s}}) {
        const Neon::Branch* b = f.branch(u"shop"_s, branch);
        QVERIFY2(b, qPrintable(branch));
        QStringList names;
        for (const Neon::Role& r : f.server->state().branches.value(b->id).roles)
            names.append(r.name);
        QVERIFY2(names.contains(role), qPrintable(names.join(u", "_s)));
        QVERIFY(names.contains(u"neondb_owner"_s)); // the base's owner stays; the developer uses their own
    }
    bool listed = false;
    for (int i = 0; i < review->count(); ++i)
        listed |= review->item(i)->text() == u"created role dev_zoe on dev-zoe"_s;
    QVERIFY(listed);
    QVERIFY(dialog.summaryText().contains(u"Created 4 of 4"_s));
}

void TestTeamActions::teamMenuOpensTheDialogsAndTheTreeFollows()
{
    QSettings().clear();
    Fixture f;
    Neon::Credential credential;
    credential.apiKey = TestUtils::secretKey;
    Ui::MainWindow window(f.client.get(), credential);
    Ui::TeamActions team(&window, f.client.get());
    QSignalSpy refreshed(&window, &Ui::MainWindow::refreshFinished);
    window.show();
    window.refresh();
    QVERIFY(refreshed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(window.model()->branchCount(), 19, 10000);
    QMenu* menu = nullptr;
    for (QAction* a : window.menuBar()->actions()) {
        if (a->text() == u"&Team"_s)
            menu = a->menu();
    }
    QVERIFY(menu);
    QCOMPARE(menu->actions().first(), team.cleanupAction());
    QCOMPARE(team.cleanupAction()->shortcut(), QKeySequence(u"Ctrl+Shift+L"_s));
    QVERIFY(!team.bulkAction()->isEnabled()); // nothing selected yet
    window.selectBranch(f.projectId(u"shop"_s), f.branch(u"shop"_s, u"main-dev"_s)->id);
    QVERIFY(team.bulkAction()->isEnabled() && team.addDeveloperAction()->isEnabled());

    QSignalSpy opened(&team, &Ui::TeamActions::dialogOpened);
    team.cleanupAction()->trigger();
    QCOMPARE(opened.count(), 1);
    auto* cleanup = qobject_cast<Ui::CleanupDialog*>(opened.first().first().value<QDialog*>());
    QVERIFY(cleanup);
    QVERIFY(cleanup->windowTitle().contains(u"Canopy Demo"_s));
    Models::CleanupCriteria c;
    c.inactiveDays = 25;
    c.patterns = {u"preview-*"_s};
    cleanup->setCriteria(c);
    cleanup->setOnlyCurrentProject(true);
    QSignalSpy planned(cleanup, &Ui::CleanupDialog::planReady);
    cleanup->buildPlan();
    QVERIFY(planned.wait(10000));
    QSignalSpy ran(cleanup, &Ui::CleanupDialog::runFinished);
    cleanup->deletePlanned();
    QVERIFY(confirm(cleanup));
    QVERIFY(ran.wait(20000));
    // The window reloads the projects the cleanup touched.
    QTRY_COMPARE_WITH_TIMEOUT(window.model()->branchCount(), 17, 10000);

    team.bulkAction()->trigger();
    QCOMPARE(opened.count(), 2);
    auto* bulk = qobject_cast<Ui::BulkActionsDialog*>(opened.last().first().value<QDialog*>());
    QVERIFY(bulk);
    QVERIFY(bulk->checkedNames().contains(u"dev-alice"_s)); // the children of the selected base
    bulk->close();
}

CANOPY_TEST_MAIN(TestTeamActions)
#include "tst_teamactions.moc"
