// SPDX-License-Identifier: MIT
// Branch actions driven like a user (offscreen) against the sandbox with its PostgreSQL data
// plane: each dialog is filled with QTest, accepted, and the tree and the real rows checked.
#include "testsupport.h"
#include "dataplanesandbox.h"

#include <models/projecttreemodel.h>
#include <sandbox/dataplane.h>
#include <ui/branchactions.h>
#include <ui/branchtreeview.h>
#include <ui/codehighlighting.h>
#include <ui/createbranchdialog.h>
#include <ui/deletedialog.h>
#include <ui/errorbanner.h>
#include <ui/fallbackhighlighter.h>
#include <ui/mainwindow.h>
#include <ui/propertydialogs.h>
#include <ui/restoredialog.h>
#include <ui/schemadiffdialog.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMimeData>
#include <QComboBox>
#include <QScopeGuard>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;
using Models::ProjectTreeModel;

class TestBranchActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void createSchemaOnlyBranchHasTablesWithoutRows();
    void createChecksNamesAndExpiryBeforeSending();
    void schemaDiffUnifiedSideBySideAndSaved();
    void resetFromParentMovesChildrenAndKeepsChangesInTheBackup();
    void blockersAreShownBeforeSending_data();
    void blockersAreShownBeforeSending();
    void deleteSubtreeGoesLeavesFirstThenRecover();
    void serverErrorsDuringAnActionAreShownAndTheTreeStaysRight_data();
    void serverErrorsDuringAnActionAreShownAndTheTreeStaysRight();
    void renameProtectAndExpiration();
    void restoreFromAnotherBranchKeepsABackup();
    void fallbackHighlighterColoursSqlAndDiff();
    void copyConnectionStringAndPsqlCommand();
    void psqlTerminalGetsNoApiKey();
    void setDefaultMovesTheDefault();

private:
    QDialog* trigger(QAction* action);
    bool waitFinished(bool* ok = nullptr);
    void select(const QString& name);
    QString create(const QString& name, const QString& parent);
    QVariant sql(const QString& branch, const QString& query);
    QModelIndex sourceIndex(const QString& name) const;
    int requests(const QByteArray& method, const QString& pathPart) const;

    TestUtils::DataPlaneSandbox m_sandbox;
    Sandbox::Server* m_server = nullptr;
    Neon::Client* m_client = nullptr;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::BranchActions* m_actions = nullptr;
    QString m_project;
};

void TestBranchActions::initTestCase()
{
    qRegisterMetaType<QDialog*>();
    QString error;
    QVERIFY2(m_sandbox.start(u"single"_s, &error), qPrintable(error));
    m_server = m_sandbox.server.get();
    m_client = m_sandbox.client.get();
    m_project = m_sandbox.project;
}

void TestBranchActions::init()
{
    QSettings().clear();
    Neon::Credential credential;
    credential.apiKey = TestUtils::secretKey;
    m_window = std::make_unique<Ui::MainWindow>(m_client, credential);
    m_actions = new Ui::BranchActions(m_window.get(), m_client);
    m_window->show();
    QSignalSpy done(m_window.get(), &Ui::MainWindow::refreshFinished);
    m_window->refresh();
    QVERIFY(done.wait(10000));
    QTRY_VERIFY(m_window->model()->branchCount() >= 6);
}

void TestBranchActions::cleanup()
{
    m_server->setFaultHook({});
    m_window.reset();
}

void TestBranchActions::cleanupTestCase()
{
    m_window.reset();
    m_sandbox.stop();
}

QDialog* TestBranchActions::trigger(QAction* action)
{
    QSignalSpy opened(m_actions, &Ui::BranchActions::dialogOpened);
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    return opened.isEmpty() ? nullptr : opened.at(0).at(0).value<QDialog*>();
}

bool TestBranchActions::waitFinished(bool* ok)
{
    QSignalSpy finished(m_actions, &Ui::BranchActions::finished);
    if (!finished.wait(30000))
        return false;
    if (ok)
        *ok = finished.at(0).at(1).toBool();
    return true;
}

QModelIndex TestBranchActions::sourceIndex(const QString& name) const
{
    const Sandbox::BranchRecord* b = m_server->state().findBranchByName(m_project, name);
    return b ? m_window->model()->branchIndex(m_project, b->branch.id) : QModelIndex();
}

void TestBranchActions::select(const QString& name)
{
    const QModelIndex source = sourceIndex(name);
    QVERIFY2(source.isValid(), qPrintable(name));
    m_window->selectBranch(m_project, source.data(ProjectTreeModel::IdRole).toString());
    QCOMPARE(m_window->currentBranch()->name, name);
}

QString TestBranchActions::create(const QString& name, const QString& parent)
{
    Neon::BranchCreateOptions o;
    o.name = name;
    o.parentId = m_server->state().findBranchByName(m_project, parent)->branch.id;
    auto reply = m_client->createBranch(m_project, o);
    if (!TestUtils::waitFor(reply.get(), 30000) || !reply->ok())
        return {};
    m_window->reloadBranches(m_project);
    if (!QTest::qWaitFor([&] { return sourceIndex(name).isValid(); }, 10000))
        return {};
    return reply->value().branch.id;
}

QVariant TestBranchActions::sql(const QString& branch, const QString& query)
{
    // As the administrator, on the branch's first database: the first value, none for a statement.
    const QStringList values = m_sandbox.column(branch, query);
    return values.isEmpty() ? QVariant() : QVariant(values.first());
}

int TestBranchActions::requests(const QByteArray& method, const QString& pathPart) const
{
    const auto& all = m_server->front().requests;
    return int(std::count_if(all.cbegin(), all.cend(),
                             [&](const HttpFront::Request& r) { return r.method == method && r.path.contains(pathPart); }));
}

void TestBranchActions::createSchemaOnlyBranchHasTablesWithoutRows()
{
    select(u"main"_s);
    auto* dialog = qobject_cast<Ui::CreateBranchDialog*>(trigger(m_actions->createAction()));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), u"schema-copy"_s);
    dialog->schemaOnlyButton()->click();
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(dialog->findChild<QPlainTextEdit*>()->toPlainText().contains(u"\"init_source\": \"schema-only\""_s));
    dialog->accept();
    bool ok = false;
    QVERIFY(waitFinished(&ok));
    QVERIFY(ok);
    QTRY_VERIFY(sourceIndex(u"schema-copy"_s).isValid());
    // A root of its own, shown right under the project, and selected.
    const QModelIndex row = sourceIndex(u"schema-copy"_s);
    QCOMPARE(row.parent(), m_window->model()->projectIndex(m_project));
    QTRY_COMPARE(m_window->currentBranch() ? m_window->currentBranch()->name : QString(), u"schema-copy"_s);
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(u"schema-only"_s));
    QCOMPARE(sql(u"schema-copy"_s, u"SELECT count(*) FROM customers"_s).toInt(), 0);
    QVERIFY(sql(u"main"_s, u"SELECT count(*) FROM customers"_s).toInt() > 100);
}

void TestBranchActions::createChecksNamesAndExpiryBeforeSending()
{
    select(u"main-dev"_s);
    const int posts = requests("POST", u"/branches"_s);
    auto* dialog = qobject_cast<Ui::CreateBranchDialog*>(trigger(m_actions->createAction()));
    QVERIFY(dialog);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    // It opens on "from the head" and data, says nothing before a name was typed, but cannot create yet.
    QRadioButton* head = nullptr;
    for (QRadioButton* b : dialog->findChildren<QRadioButton*>()) {
        if (b->isChecked() && b->text().contains(u"head"_s))
            head = b;
    }
    QVERIFY(head);
    QVERIFY(!dialog->schemaOnlyButton()->isChecked());
    QCOMPARE(dialog->problem(), QString());
    QVERIFY(!ok->isEnabled());
    auto* request = dialog->findChild<QPlainTextEdit*>(); // below the problem line
    const auto requestTop = [&] {
        dialog->layout()->activate();
        return request->geometry().top();
    };
    const int before = requestTop();
    QTest::keyClicks(dialog->nameEdit(), u"dev-bob"_s);
    QCOMPARE(dialog->problem(), u"The project already has a branch named “dev-bob”."_s);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(requestTop(), before); // the problem line had its room already: nothing jumps
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Backspace);
    QCOMPARE(dialog->problem(), u"A branch needs a name."_s); // typed, then cleared
    QCOMPARE(requestTop(), before);
    dialog->nameEdit()->setText(QString(257, QLatin1Char('x')));
    QCOMPARE(dialog->problem(), u"The name is 257 characters long; Neon allows at most 256."_s);
    dialog->nameEdit()->setText(u"dev-dora"_s);
    QVERIFY(ok->isEnabled());
    dialog->expirationBox()->setCurrentIndex(dialog->expirationBox()->count() - 1); // At…
    dialog->findChildren<QDateTimeEdit*>().last()->setDateTime(QDateTime::currentDateTime().addDays(40));
    QCOMPARE(dialog->problem(), u"Neon allows expiration at most 30 days ahead."_s);
    QVERIFY(!ok->isEnabled());
    dialog->reject();
    QCOMPARE(requests("POST", u"/branches"_s), posts); // nothing was sent
}

void TestBranchActions::resetFromParentMovesChildrenAndKeepsChangesInTheBackup()
{
    // dev-alice gets a table of its own and a child; the reset must drop the table from
    // dev-alice, keep it in the backup, and hang the child under the backup.
    QCOMPARE(sql(u"dev-alice"_s, u"CREATE TABLE scratch (note text)"_s), QVariant());
    QVERIFY(!create(u"dev-alice-fix"_s, u"dev-alice"_s).isEmpty());
    select(u"dev-alice"_s);
    auto* dialog = qobject_cast<Ui::RestoreDialog*>(trigger(m_actions->resetAction()));
    QVERIFY(dialog);
    QVERIFY(dialog->blocker().isEmpty());
    QVERIFY(dialog->findChildren<QLabel*>().size() > 0);
    const QString backup = dialog->backupNameEdit()->text();
    QVERIFY2(backup.startsWith(u"dev-alice_old_"_s), qPrintable(backup));
    bool listsChild = false;
    for (QLabel* l : dialog->findChildren<QLabel*>())
        listsChild = listsChild || l->text().contains(u"will move under the backup: dev-alice-fix"_s);
    QVERIFY(listsChild);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->diffView()->toPlainText().contains(u"scratch"_s), 10000);
    // A branch with children needs its name typed.
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->problem(), u"Type the branch's name to confirm."_s);
    QTest::keyClicks(dialog->confirmEdit(), u"dev-alice"_s);
    QVERIFY(ok->isEnabled());
    dialog->accept();
    bool done = false;
    QVERIFY(waitFinished(&done));
    QVERIFY(done);
    QTRY_VERIFY(sourceIndex(backup).isValid());
    QTRY_COMPARE(sourceIndex(u"dev-alice-fix"_s).parent().data().toString(), backup);
    QTRY_COMPARE(sourceIndex(u"dev-alice"_s).parent().data().toString(), backup);
    QCOMPARE(sql(u"dev-alice"_s, u"SELECT to_regclass('public.scratch') IS NULL"_s).toBool(), true);
    QCOMPARE(sql(backup, u"SELECT to_regclass('public.scratch') IS NULL"_s).toBool(), false);
}

void TestBranchActions::blockersAreShownBeforeSending_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("message");
    QTest::addRow("reset a root") << u"main"_s << u"reset"_s << u"main is a root branch: it has no parent to reset from."_s;
    QTest::addRow("reset a protected branch") << u"main-dev"_s << u"reset"_s
                                              << u"main-dev is protected and cannot be reset. Unprotect it first."_s;
    QTest::addRow("delete the default") << u"main"_s << u"delete"_s
                                        << u"main is the project's default branch and cannot be deleted. Make another "
                                           "branch the default first."_s;
    QTest::addRow("delete a parent alone") << u"qa-metrics-test"_s << u"delete-parent"_s
                                           << u"qa-metrics-test has 1 child branch(es); delete them first, or delete "
                                              "the whole subtree."_s;
    QTest::addRow("expire a protected branch") << u"main-dev"_s << u"expire"_s << u"Protected branches cannot expire."_s;
    QTest::addRow("expire a parent") << u"qa-metrics-test"_s << u"expire-parent"_s
                                     << u"qa-metrics-test has child branches, and branches with children cannot expire."_s;
}

void TestBranchActions::blockersAreShownBeforeSending()
{
    QFETCH(QString, branch);
    QFETCH(QString, action);
    QFETCH(QString, message);
    if (action.endsWith("-parent"_L1) && !sourceIndex(u"qa-child"_s).isValid())
        QVERIFY(!create(u"qa-child"_s, branch).isEmpty());
    select(branch);
    const int mutations = requests("POST", u"/"_s) + requests("DELETE", u"/"_s) + requests("PATCH", u"/"_s);
    QAction* a = action == "reset"_L1 ? m_actions->resetAction()
                 : action.startsWith("delete"_L1) ? m_actions->deleteAction()
                                                  : m_actions->expirationAction();
    if (action != "delete-parent"_L1) { // a parent can still go with its subtree: the dialog says how
        // What the branch does not allow is off in the menus, and says why where the pointer rests.
        QVERIFY(!a->isEnabled());
        QCOMPARE(a->toolTip(), message);
        QCOMPARE(a->statusTip(), message);
        QVERIFY(!trigger(a));
        QCOMPARE(requests("POST", u"/"_s) + requests("DELETE", u"/"_s) + requests("PATCH", u"/"_s), mutations);
        return;
    }
    QDialog* dialog = trigger(a);
    QVERIFY(dialog);
    QString shown;
    if (auto* d = qobject_cast<Ui::RestoreDialog*>(dialog))
        shown = d->blocker();
    if (auto* d = qobject_cast<Ui::DeleteDialog*>(dialog))
        shown = d->blocker();
    if (auto* d = qobject_cast<Ui::ExpirationDialog*>(dialog))
        shown = d->problem();
    QCOMPARE(shown, message);
    QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->reject();
    QCOMPARE(requests("POST", u"/"_s) + requests("DELETE", u"/"_s) + requests("PATCH", u"/"_s), mutations);
}

void TestBranchActions::deleteSubtreeGoesLeavesFirstThenRecover()
{
    const QString x = create(u"x"_s, u"dev-bob"_s);
    const QString x1 = create(u"x1"_s, u"x"_s);
    const QString x2 = create(u"x2"_s, u"x1"_s);
    QVERIFY(!x.isEmpty() && !x1.isEmpty() && !x2.isEmpty());
    select(u"x"_s);
    auto* dialog = qobject_cast<Ui::DeleteDialog*>(trigger(m_actions->deleteAction()));
    QVERIFY(dialog);
    QVERIFY(!dialog->blocker().isEmpty()); // it has children
    dialog->subtreeBox()->setChecked(true);
    QVERIFY(dialog->blocker().isEmpty());
    QCOMPARE(dialog->toDelete().size(), 3);
    const qsizetype before = m_server->front().requests.size();
    dialog->accept();
    bool ok = false;
    QVERIFY(waitFinished(&ok));
    QVERIFY(ok);
    QStringList order;
    for (qsizetype i = before; i < m_server->front().requests.size(); ++i) {
        const HttpFront::Request& r = m_server->front().requests.at(i);
        if (r.method == "DELETE")
            order.append(r.path.section(QLatin1Char('/'), -1));
    }
    QCOMPARE(order, (QStringList{x2, x1, x}));
    QTRY_VERIFY(!sourceIndex(u"x"_s).isValid() && !sourceIndex(u"x1"_s).isValid() && !sourceIndex(u"x2"_s).isValid());

    // Recover lists the three with their time left; recovering x brings it back.
    select(u"dev-bob"_s);
    auto* recover = qobject_cast<Ui::RecoverDialog*>(trigger(m_actions->recoverAction()));
    QVERIFY(recover);
    QTRY_COMPARE(recover->list()->topLevelItemCount(), 3);
    const auto found = recover->list()->findItems(u"x"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first()->text(2).contains(u"day"_s));
    recover->list()->setCurrentItem(found.first());
    recover->accept();
    QVERIFY(waitFinished(&ok));
    QVERIFY(ok);
    QTRY_VERIFY(m_window->model()->branchIndex(m_project, x).isValid());
}

void TestBranchActions::serverErrorsDuringAnActionAreShownAndTheTreeStaysRight_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("409") << 409 << u"branch with the provided name \"dev-eve\" already exists"_s;
    QTest::addRow("423 after the client's retries") << 423 << u"project already has running operations"_s;
    QTest::addRow("500") << 500 << u"internal error, the branch was not created"_s;
}

void TestBranchActions::serverErrorsDuringAnActionAreShownAndTheTreeStaysRight()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    m_server->setFaultHook([status, message](const HttpFront::Request& r) -> std::optional<Sandbox::Fault> {
        if (r.method == "POST" && r.path.endsWith("/branches"_L1)) {
            Sandbox::Fault f;
            f.status = status;
            f.message = message;
            return f;
        }
        return std::nullopt;
    });
    const int branches = m_window->model()->branchCount();
    // The tree's reads of the project: its branch list and its endpoints.
    const QStringList treePaths{u"/projects/%1/branches"_s.arg(m_project), u"/projects/%1/endpoints"_s.arg(m_project)};
    const auto treeReads = [&] {
        const auto& all = m_server->front().requests;
        return int(std::count_if(all.cbegin(), all.cend(), [&](const HttpFront::Request& r) {
            return r.method == "GET" && treePaths.contains(r.path);
        }));
    };
    const int readsBefore = treeReads();
    select(u"main-dev"_s);
    auto* dialog = qobject_cast<Ui::CreateBranchDialog*>(trigger(m_actions->createAction()));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), u"dev-eve"_s);
    dialog->accept();
    bool ok = true;
    QVERIFY(waitFinished(&ok));
    QVERIFY(!ok);
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(message.toHtmlEscaped()), qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->banner()->text().contains(u"Creating dev-eve failed."_s));
    // The reload after the failure has happened: the server got both of the tree's reads, and
    // the client holds no call, so the window has taken their answers in.
    QTRY_VERIFY(treeReads() >= readsBefore + 2 && m_client->inFlight() == 0);
    QCOMPARE(m_window->model()->branchCount(), branches);
    QVERIFY(!sourceIndex(u"dev-eve"_s).isValid());
    QCOMPARE(m_window->currentBranch()->name, u"main-dev"_s);
}

void TestBranchActions::renameProtectAndExpiration()
{
    QVERIFY(!create(u"dev-gil"_s, u"main-dev"_s).isEmpty());
    select(u"dev-gil"_s);
    auto* rename = qobject_cast<Ui::RenameDialog*>(trigger(m_actions->renameAction()));
    QVERIFY(rename);
    rename->nameEdit()->setText(u"main-dev"_s);
    QVERIFY(!rename->problem().isEmpty());
    rename->nameEdit()->setText(u"dev-gilbert"_s);
    QVERIFY(rename->problem().isEmpty());
    rename->accept();
    bool ok = false;
    QVERIFY(waitFinished(&ok) && ok);
    QTRY_VERIFY(sourceIndex(u"dev-gilbert"_s).isValid());
    QTRY_COMPARE(m_window->currentBranch()->name, u"dev-gilbert"_s);

    QCOMPARE(m_actions->protectAction()->text(), u"&Protect"_s);
    m_actions->protectAction()->trigger();
    QVERIFY(waitFinished(&ok) && ok);
    QTRY_VERIFY(m_window->currentBranch()->isProtected);
    QCOMPARE(m_actions->protectAction()->text(), u"Un&protect"_s);
    QVERIFY(!m_actions->expirationAction()->isEnabled()); // protected: nothing to set, nothing to clear
    QCOMPARE(m_actions->expirationAction()->toolTip(), u"Protected branches cannot expire."_s);
    QCOMPARE(m_actions->deleteAction()->toolTip(), u"dev-gilbert is protected and cannot be deleted. Unprotect it first."_s);
    m_actions->protectAction()->trigger();
    QVERIFY(waitFinished(&ok) && ok);
    QTRY_VERIFY(!m_window->currentBranch()->isProtected);

    auto* expiry = qobject_cast<Ui::ExpirationDialog*>(trigger(m_actions->expirationAction()));
    QVERIFY(expiry);
    expiry->presetBox()->setCurrentIndex(2); // in 1 day
    QVERIFY2(expiry->problem().isEmpty(), qPrintable(expiry->problem()));
    expiry->accept();
    QVERIFY(waitFinished(&ok) && ok);
    QTRY_VERIFY(m_window->currentBranch()->expiresAt.isValid());
    const auto badges = sourceIndex(u"dev-gilbert"_s).data(ProjectTreeModel::BadgesRole).value<QList<Models::Badge>>();
    QVERIFY(std::any_of(badges.cbegin(), badges.cend(), [](const Models::Badge& b) { return b.kind == Models::Badge::Expiring; }));
}

void TestBranchActions::schemaDiffUnifiedSideBySideAndSaved()
{
    select(u"dev-alice"_s);
    auto* dialog = qobject_cast<Ui::SchemaDiffDialog*>(trigger(m_actions->compareAction()));
    QVERIFY(dialog);
    QSignalSpy compared(dialog, &Ui::SchemaDiffDialog::compared);
    QVERIFY(compared.wait(10000));
    QCOMPARE(dialog->branchBox()->currentText(), u"dev-alice"_s);
    QVERIFY(!dialog->baseBox()->currentText().isEmpty()); // the parent by default
    QVERIFY2(dialog->unifiedText().contains(u"loyalty_tier"_s), qPrintable(dialog->unifiedText()));
    QVERIFY2(dialog->rightText().contains(u"loyalty_tier"_s), qPrintable(dialog->rightText()));
    QVERIFY(!dialog->leftText().contains(u"loyalty_tier"_s));
    QCOMPARE(dialog->leftText().count(QLatin1Char('\n')), dialog->rightText().count(QLatin1Char('\n'))); // aligned
    // The sides are named by their branches, and each hunk by the table it changes.
    const QString parent = dialog->baseBox()->currentText();
    QVERIFY2(dialog->unifiedText().startsWith(u"--- %1/neondb\n+++ dev-alice/neondb\n"_s.arg(parent)), qPrintable(dialog->unifiedText()));
    QVERIFY(!dialog->unifiedText().contains(u"a/neondb"_s));
    for (const QString& line : dialog->unifiedText().split(QLatin1Char('\n'))) {
        if (line.startsWith(u"@@"_s))
            QVERIFY2(line.contains(u"TABLE public.customers"_s), qPrintable(line));
    }
    // A server whose hunks name no statement (Neon's may not): the table the hunk's lines touch.
    QCOMPARE(Ui::SchemaDiffDialog::labelled(u"--- a/neondb\n+++ b/neondb\n@@ -3,2 +3,3 @@\n ALTER TABLE ONLY public.orders\n+    ADD x int;\n@@ -9 +10 @@ CREATE TABLE public.t (\n-a\n"_s,
                                            u"main"_s, u"dev"_s),
             u"--- main/neondb\n+++ dev/neondb\n@@ -3,2 +3,3 @@ TABLE public.orders\n ALTER TABLE ONLY public.orders\n+    ADD x int;\n@@ -9 +10 @@ CREATE TABLE public.t (\n-a\n"_s);
    QStringList saveButtons;
    for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
        if (b->text().startsWith(u"Sa"_s))
            saveButtons.append(b->text());
    }
    saveButtons.sort();
    QCOMPARE(saveButtons, (QStringList{u"Sa&ve Diff…"_s, u"Save as S&QL…"_s}));
    QTemporaryDir dir;
    bool saved = false;
    dialog->saveTo(dir.filePath(u"alice.diff"_s), [&](bool ok, const QString&) { saved = ok; });
    QVERIFY(saved);
    QFile diff(dir.filePath(u"alice.diff"_s));
    QVERIFY(diff.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(diff.readAll()), dialog->unifiedText());
    saved = false;
    dialog->saveTo(dir.filePath(u"alice.sql"_s), [&](bool ok, const QString&) { saved = ok; });
    QTRY_VERIFY(saved);
    QFile schema(dir.filePath(u"alice.sql"_s));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    QVERIFY(schema.readAll().contains("CREATE TABLE"));
    dialog->close();
}

void TestBranchActions::fallbackHighlighterColoursSqlAndDiff()
{
#ifndef CANOPY_HAVE_KSYNTAXHIGHLIGHTING
    QCOMPARE(Ui::CodeHighlighting::engine(), u"built-in"_s);
#endif
    QTextDocument doc;
    doc.setPlainText(u"+CREATE TABLE t (id integer, note text DEFAULT 'x'); -- new\n context\n@@ -1 +1 @@"_s);
    auto* highlighter = new Ui::FallbackHighlighter(&doc, true, false);
    highlighter->rehighlight(); // attaching schedules it for the event loop
    const QList<QTextLayout::FormatRange> added = doc.firstBlock().layout()->formats();
    auto formatAt = [&](int pos) {
        QTextCharFormat f;
        for (const auto& r : added) {
            if (pos >= r.start && pos < r.start + r.length)
                f = r.format;
        }
        return f;
    };
    QCOMPARE(formatAt(1).fontWeight(), int(QFont::Bold)); // CREATE
    QVERIFY(formatAt(1).background().style() != Qt::NoBrush); // an added line is tinted
    QVERIFY(formatAt(22).foreground() != formatAt(1).foreground()); // the type "integer"
    QVERIFY(formatAt(int(doc.firstBlock().text().indexOf(u"--"_s))).fontItalic());
    QVERIFY(doc.firstBlock().next().layout()->formats().isEmpty()); // context: nothing
    QCOMPARE(doc.lastBlock().layout()->formats().first().format.fontWeight(), int(QFont::Bold)); // the hunk
}

void TestBranchActions::copyConnectionStringAndPsqlCommand()
{
    select(u"main"_s);
    QGuiApplication::clipboard()->clear();
    m_actions->setSecretClipboardTime(1500);
    m_actions->copyUriAction()->trigger();
    bool ok = false;
    QVERIFY(waitFinished(&ok) && ok);
    const QString uri = QGuiApplication::clipboard()->text();
    QVERIFY2(uri.startsWith(u"postgresql://"_s), qPrintable(uri));
    QVERIFY(!QUrl(uri).password().isEmpty());
    // Marked as a secret for clipboard managers, said in the status bar, and taken back later.
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"cleared"_s), qPrintable(m_window->statusBar()->currentMessage()));
    QSignalSpy expired(m_actions, &Ui::BranchActions::secretClipboardExpired);
    QVERIFY(expired.wait(10000));
    QCOMPARE(expired.takeFirst().at(0).toBool(), true);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    // Something the user copied meanwhile stays.
    m_actions->copyUriAction()->trigger();
    QVERIFY(waitFinished(&ok) && ok);
    QGuiApplication::clipboard()->setText(u"mine"_s);
    QVERIFY(expired.wait(10000));
    QCOMPARE(expired.takeFirst().at(0).toBool(), false);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"mine"_s);
    m_actions->setSecretClipboardTime(45000);
    // psql runs in a terminal with the URI as its last argument and no password in it.
    QUrl bare(uri);
    bare.setPassword({});
    const auto [program, arguments] = Ui::BranchActions::psqlCommand(bare.toString());
    if (!program.isEmpty()) {
        QCOMPARE(arguments.last(), bare.toString());
        QVERIFY(arguments.at(arguments.size() - 2).endsWith(u"psql"_s));
        QVERIFY(!arguments.join(u" "_s).contains(QUrl(uri).password()));
    } else {
        QVERIFY(QStandardPaths::findExecutable(u"psql"_s).isEmpty() || QStandardPaths::findExecutable(u"xterm"_s).isEmpty());
    }
}

void TestBranchActions::psqlTerminalGetsNoApiKey()
{
    if (QStandardPaths::findExecutable(u"psql"_s).isEmpty())
        QFAIL("psql is not installed: scripts/setup installs postgresql-client; CI must not skip this");
    // A terminal program first in PATH that writes down the environment it was given.
    QTemporaryDir bin;
    const QString dump = bin.filePath(u"environment"_s);
    QFile terminal(bin.filePath(u"x-terminal-emulator"_s));
    QVERIFY(terminal.open(QIODevice::WriteOnly));
    terminal.write("#!/bin/sh\nenv > '" + dump.toUtf8() + "'\n");
    terminal.close();
    terminal.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.path().toUtf8() + ':' + path);
    qputenv("NEON_API_KEY", "napi_secret_of_the_test");
    qputenv("CANOPY_SANDBOX_POSTGRES", "postgresql://admin:admin_secret@127.0.0.1:1/postgres");
    auto restore = qScopeGuard([&] {
        qputenv("PATH", path);
        qunsetenv("NEON_API_KEY");
        qunsetenv("CANOPY_SANDBOX_POSTGRES");
    });
    select(u"main"_s);
    m_actions->psqlAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dump).size() > 0, 10000);
    QFile written(dump);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray environment = written.readAll();
    QVERIFY2(!environment.contains("NEON_API_KEY"), environment.constData());
    QVERIFY(!environment.contains("napi_secret_of_the_test"));
    QVERIFY(!environment.contains("admin_secret"));
    QVERIFY(environment.contains("\nPGPASSWORD=") || environment.startsWith("PGPASSWORD=")); // the branch's own password
    QVERIFY(environment.contains("PATH="));
}

void TestBranchActions::restoreFromAnotherBranchKeepsABackup()
{
    QVERIFY(!create(u"dev-hal"_s, u"main-dev"_s).isEmpty());
    QCOMPARE(sql(u"dev-hal"_s, u"CREATE TABLE notes (body text)"_s), QVariant());
    select(u"dev-hal"_s);
    auto* dialog = qobject_cast<Ui::RestoreDialog*>(trigger(m_actions->restoreAction()));
    QVERIFY(dialog);
    QVERIFY(dialog->blocker().isEmpty());
    dialog->sourceBox()->setCurrentIndex(dialog->sourceBox()->findText(u"main"_s));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->diffView()->toPlainText().contains(u"notes"_s), 10000);
    // Own history needs a valid LSN before OK: checked here, not by the server.
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    for (QRadioButton* b : dialog->findChildren<QRadioButton*>()) {
        if (b->text().contains(u"LSN"_s))
            b->click();
    }
    QCOMPARE(dialog->problem(), u"An LSN looks like 0/1F2A3B8 (two hexadecimal numbers)."_s);
    QVERIFY(!ok->isEnabled());
    for (QRadioButton* b : dialog->findChildren<QRadioButton*>()) {
        if (b->text().contains(u"head of branch"_s))
            b->click();
    }
    dialog->findChild<QCheckBox*>()->setChecked(true); // keep a backup
    const QString backup = dialog->backupNameEdit()->text();
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog->restoreRequest().sourceBranchId, m_server->state().findBranchByName(m_project, u"main"_s)->branch.id);
    dialog->accept();
    bool done = false;
    QVERIFY(waitFinished(&done));
    QVERIFY(done);
    QTRY_VERIFY(sourceIndex(backup).isValid());
    QTRY_COMPARE(sourceIndex(u"dev-hal"_s).parent().data().toString(), backup); // the backup becomes the parent
    QCOMPARE(sql(u"dev-hal"_s, u"SELECT to_regclass('public.notes') IS NULL"_s).toBool(), true);
    QCOMPARE(sql(backup, u"SELECT to_regclass('public.notes') IS NULL"_s).toBool(), false);
}

void TestBranchActions::setDefaultMovesTheDefault()
{
    const int posts = requests("POST", u"/set_as_default"_s);
    select(u"main"_s);
    QVERIFY(!trigger(m_actions->setDefaultAction())); // already the default: off, and says so
    QCOMPARE(m_actions->setDefaultAction()->toolTip(), u"main is already the default branch."_s);
    select(u"dev-gilbert"_s); // expires (set by an earlier test)
    QVERIFY(!trigger(m_actions->setDefaultAction()));
    QCOMPARE(m_actions->setDefaultAction()->toolTip(), u"dev-gilbert expires, and the default branch cannot. Clear its expiration first."_s);
    QCOMPARE(requests("POST", u"/set_as_default"_s), posts);
    select(u"dev-hal"_s);
    QDialog* box = trigger(m_actions->setDefaultAction());
    QVERIFY(box);
    box->accept();
    bool ok = false;
    QVERIFY(waitFinished(&ok) && ok);
    QCOMPARE(requests("POST", u"/set_as_default"_s), posts + 1);
    QTRY_VERIFY(m_window->currentBranch()->isDefault);
    QTRY_VERIFY(!m_actions->deleteAction()->isEnabled()); // the new default cannot be deleted
    QVERIFY(m_actions->setDefaultAction()->toolTip().contains(u"already the default"_s));
    QTRY_VERIFY(!sourceIndex(u"main"_s).data(ProjectTreeModel::ObjectRole).value<Neon::Branch>().isDefault);
}

CANOPY_TEST_MAIN(TestBranchActions)
#include "tst_branchactions.moc"
