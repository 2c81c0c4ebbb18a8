// SPDX-License-Identifier: MIT
// Preview before restoring, driven like a user (offscreen) against the sandbox with its real
// PostgreSQL history: dev-alice had a table that was dropped; previewing a moment before the
// drop shows the table "then" and not "now" (schema diff, row counts), the query pane returns
// its rows then and an error now, and "Restore to This Moment" brings it back, with the backup
// kept and the short-lived preview branch gone.
#include "testsupport.h"

#include "dataplanesandbox.h"

#include <models/projecttreemodel.h>
#include <ui/branchactions.h>
#include <ui/detailspanel.h>
#include <ui/errorbanner.h>
#include <ui/restorewindowdialog.h>
#include <ui/secretclipboard.h>
#include <ui/mainwindow.h>
#include <ui/pointpreviewdialog.h>
#include <ui/restoredialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QSpinBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Models::ProjectTreeModel;

class TestPointPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewShowsThenBesideNowAndRestoresIt();
    void restoreDialogOffersThePreview();
    void restoreWindowChangesWithinThePlan();
    void createAndRestoreDialogsReachAMoment();
    void cleanupTestCase();

private:
    QString asAlice(const QString& sql);
    void select(const QString& name);
    QStringList liveNames() const;
    /// With CANOPY_SCREENSHOTS=folder: the preview's three tabs as PNGs (for docs/).
    static void saveScreenshots(Ui::PointPreviewDialog* dialog);

    TestUtils::DataPlaneSandbox m_sandbox;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::BranchActions* m_actions = nullptr;
    QDateTime m_beforeDrop;
};

QString TestPointPreview::asAlice(const QString& sql)
{
    return m_sandbox.asOwner(u"dev-alice"_s, sql);
}

QStringList TestPointPreview::liveNames() const
{
    QStringList names;
    for (const Sandbox::BranchRecord* b : m_sandbox.server->state().branchesOf(m_sandbox.project, true))
        names.append(b->branch.name);
    return names;
}

void TestPointPreview::saveScreenshots(Ui::PointPreviewDialog* dialog)
{
    const QString folder = qEnvironmentVariable("CANOPY_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    auto* tabs = dialog->findChild<QTabWidget*>();
    const QStringList names{u"preview-schema"_s, u"preview-counts"_s, u"preview-query"_s};
    for (int i = 0; i < names.size(); ++i) {
        tabs->setCurrentIndex(i); // grab() lays out and paints the shown tab itself
        dialog->grab().save(folder + u'/' + names.at(i) + u".png"_s);
    }
}

void TestPointPreview::select(const QString& name)
{
    const QModelIndex index = m_window->model()->branchIndex(m_sandbox.project, m_sandbox.branch(name)->id);
    QVERIFY2(index.isValid(), qPrintable(name));
    m_window->selectBranch(m_sandbox.project, index.data(ProjectTreeModel::IdRole).toString());
    QCOMPARE(m_window->currentBranch()->name, name);
}

void TestPointPreview::initTestCase()
{
    qRegisterMetaType<QDialog*>();
    QString error;
    QVERIFY2(m_sandbox.start(u"single"_s, &error), qPrintable(error));
    QVERIFY(m_sandbox.waitForHistory());
    QCOMPARE(asAlice(u"CREATE TABLE keepsake (id int PRIMARY KEY, note text)"_s), QString());
    QCOMPARE(asAlice(u"INSERT INTO keepsake VALUES (1, 'first'), (2, 'second'), (3, 'third')"_s), QString());
    QThread::msleep(1100);
    m_beforeDrop = QDateTime::currentDateTimeUtc();
    m_beforeDrop.setTime(QTime(m_beforeDrop.time().hour(), m_beforeDrop.time().minute(), m_beforeDrop.time().second()));
    QThread::msleep(1100);
    QCOMPARE(asAlice(u"DROP TABLE keepsake"_s), QString());

    QSettings().clear();
    Neon::Credential credential;
    credential.apiKey = TestUtils::secretKey;
    m_window = std::make_unique<Ui::MainWindow>(m_sandbox.client.get(), credential);
    m_actions = new Ui::BranchActions(m_window.get(), m_sandbox.client.get());
    m_window->show();
    QSignalSpy done(m_window.get(), &Ui::MainWindow::refreshFinished);
    m_window->refresh();
    QVERIFY(done.wait(10000));
    QTRY_VERIFY(m_window->model()->branchCount() >= 4);
}

void TestPointPreview::previewShowsThenBesideNowAndRestoresIt()
{
    select(u"dev-alice"_s);
    QVERIFY(m_actions->previewAction()->isEnabled());
    QSignalSpy opened(m_actions, &Ui::BranchActions::dialogOpened);
    m_actions->previewAt(m_beforeDrop);
    QCOMPARE(opened.size(), 1);
    auto* dialog = qobject_cast<Ui::PointPreviewDialog*>(opened.at(0).at(0).value<QDialog*>());
    QVERIFY(dialog);
    QSignalSpy counted(dialog, &Ui::PointPreviewDialog::countsShown);
    QVERIFY2(counted.wait(60000), qPrintable(dialog->statusLabel()->text()));
    const QString preview = Ui::PointPreviewDialog::previewName(u"dev-alice"_s, m_beforeDrop);
    QVERIFY(m_sandbox.branch(preview));
    QVERIFY(m_sandbox.branch(preview)->expiresAt <= QDateTime::currentDateTimeUtc().addSecs(3600));

    // Then has the table, now has not.
    QTRY_VERIFY2(dialog->schemaView()->toPlainText().contains(u"+CREATE TABLE public.keepsake"_s),
                 qPrintable(dialog->schemaView()->toPlainText()));
    const QList<QTableWidgetItem*> rows = dialog->countsTable()->findItems(u"public.keepsake"_s, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    const int row = rows.first()->row();
    QCOMPARE(dialog->countsTable()->item(row, 1)->text(), u"(no table)"_s);
    QCOMPARE(dialog->countsTable()->item(row, 2)->text(), u"3"_s);
    QCOMPARE(dialog->countsTable()->item(row, 3)->text(), u"only then"_s);

    // The same query on both sides.
    QTest::keyClicks(dialog->queryEdit(), u"SELECT note FROM keepsake ORDER BY id"_s);
    QVERIFY(dialog->runButton()->isEnabled());
    QSignalSpy answered(dialog, &Ui::PointPreviewDialog::queryAnswered);
    dialog->runButton()->click();
    QVERIFY(answered.wait(30000));
    QCOMPARE(dialog->thenTable()->rowCount(), 3);
    QCOMPARE(dialog->thenTable()->item(2, 0)->text(), u"third"_s);
    QCOMPARE(dialog->nowTable()->rowCount(), 0);
    saveScreenshots(dialog);
    // Read-only on both sides: a write is refused by PostgreSQL itself.
    dialog->queryEdit()->setPlainText(u"CREATE TABLE nope (id int)"_s);
    dialog->runButton()->click();
    QVERIFY(answered.wait(30000));
    QCOMPARE(asAlice(u"SELECT count(*) FROM pg_tables WHERE tablename = 'nope'"_s), u"0"_s);

    // Restore to that moment: the backup is kept, the preview goes first.
    QVERIFY(dialog->restoreRequest().preserveUnderName.startsWith(u"dev-alice_old"_s));
    QVERIFY(dialog->restoreButton()->isEnabled());
    QSignalSpy finished(m_actions, &Ui::BranchActions::finished);
    dialog->restoreButton()->click();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
    QCOMPARE(asAlice(u"SELECT string_agg(note, '+' ORDER BY id) FROM keepsake"_s), u"first+second+third"_s);
    QVERIFY2(!liveNames().contains(preview), qPrintable(liveNames().join(u", "_s)));
    const QStringList names = liveNames();
    QVERIFY(std::any_of(names.cbegin(), names.cend(), [](const QString& n) { return n.startsWith(u"dev-alice_old"_s); }));
}

void TestPointPreview::restoreDialogOffersThePreview()
{
    select(u"dev-alice"_s);
    QSignalSpy opened(m_actions, &Ui::BranchActions::dialogOpened);
    m_actions->restoreAction()->trigger();
    QCOMPARE(opened.size(), 1);
    auto* restore = qobject_cast<Ui::RestoreDialog*>(opened.at(0).at(0).value<QDialog*>());
    QVERIFY(restore);
    QVERIFY(!restore->previewButton()->isEnabled()); // another branch's head: nothing to preview
    restore->findChildren<QRadioButton*>().first()->click(); // its own history at a time
    restore->findChild<QDateTimeEdit*>()->setDateTime(m_beforeDrop.toLocalTime());
    QVERIFY(restore->previewButton()->isEnabled());
    if (const QString folder = qEnvironmentVariable("CANOPY_SCREENSHOTS"); !folder.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(restore->databaseBox()->count() > 0 && !restore->diffView()->toPlainText().endsWith(u"…"_s), 30000);
        restore->grab().save(folder + u"/dialog-restore.png"_s);
    }
    restore->previewButton()->click();
    QTRY_COMPARE(opened.size(), 2);
    auto* preview = qobject_cast<Ui::PointPreviewDialog*>(opened.at(1).at(0).value<QDialog*>());
    QVERIFY(preview);
    QSignalSpy ready(preview, &Ui::PointPreviewDialog::ready);
    QVERIFY2(ready.wait(60000), qPrintable(preview->statusLabel()->text()));
    const QString name = Ui::PointPreviewDialog::previewName(u"dev-alice"_s, preview->moment());
    QVERIFY(m_sandbox.branch(name));
    // Closing deletes it.
    preview->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!liveNames().contains(name), 30000);
}

void TestPointPreview::restoreWindowChangesWithinThePlan()
{
    Ui::SecretClipboard clipboard;
    Ui::DetailsPanel panel(m_sandbox.client.get(), &clipboard);
    panel.show();
    const Sandbox::ProjectRecord& record = m_sandbox.server->state().projects.value(m_sandbox.project);
    QList<Neon::Branch> branches;
    for (const Sandbox::BranchRecord* b : m_sandbox.server->state().branchesOf(m_sandbox.project))
        branches.append(b->branch);
    panel.showProject(record.project, branches, true);
    QVERIFY(panel.projectRows().join(u'\n').contains(u"Restore window: 1 day"_s));
    // The plan (from /users/me) is known once the root allowance shows it.
    QTRY_VERIFY(panel.projectRows().join(u'\n').contains(u"allowed on this plan"_s));
    QSignalSpy changed(&panel, &Ui::DetailsPanel::projectChanged);
    panel.restoreWindowButton()->click();
    Ui::RestoreWindowDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = panel.findChild<Ui::RestoreWindowDialog*>()));
    QVERIFY(dialog->costLabel()->text().contains(u"$0.20 per GB-month"_s));
    dialog->unitBox()->setCurrentIndex(1); // days
    dialog->amountBox()->setValue(40);
    QCOMPARE(dialog->problem(), u"Your plan keeps at most 30 days of history."_s);
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->amountBox()->setValue(2);
    QVERIFY(dialog->problem().isEmpty());
    if (const QString folder = qEnvironmentVariable("CANOPY_SCREENSHOTS"); !folder.isEmpty())
        dialog->grab().save(folder + u"/restore-window.png"_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(changed.wait(20000));
    QCOMPARE(m_sandbox.server->state().projects.value(m_sandbox.project).project.historyRetentionSeconds, 2 * 86400);
    QVERIFY2(panel.projectRows().join(u'\n').contains(u"Restore window: 2 day"_s),
             qPrintable(panel.projectRows().join(u'\n')));
}

void TestPointPreview::createAndRestoreDialogsReachAMoment()
{
    // A table made after a moment: New Branch from that time lacks it, Restore to the branch's
    // own past at that time takes it away again (the backup keeps it).
    const QString mainId = m_sandbox.branch(u"main"_s)->id;
    QThread::msleep(1100);
    QDateTime before = QDateTime::currentDateTimeUtc();
    before.setTime(QTime(before.time().hour(), before.time().minute(), before.time().second()));
    QThread::msleep(1100);
    QVERIFY(m_sandbox.column(u"main"_s, u"CREATE TABLE later_rows (id int)"_s).isEmpty());
    QVERIFY(m_sandbox.column(u"dev-alice"_s, u"CREATE TABLE later_rows (id int)"_s).isEmpty());
    m_window->reloadBranches(m_sandbox.project);
    QTRY_VERIFY(m_window->model()->branchIndex(m_sandbox.project, mainId).isValid());
    select(u"main"_s);

    QSignalSpy opened(m_actions, &Ui::BranchActions::dialogOpened);
    m_actions->createAction()->trigger();
    QCOMPARE(opened.size(), 1);
    QDialog* create = opened.at(0).at(0).value<QDialog*>();
    QTest::keyClicks(create->findChild<QLineEdit*>(), u"main-before-later-rows"_s);
    for (QRadioButton* b : create->findChildren<QRadioButton*>()) {
        if (b->text() == u"A &time:"_s)
            b->click();
    }
    create->findChild<QDateTimeEdit*>()->setDateTime(before.toLocalTime());
    QSignalSpy finished(m_actions, &Ui::BranchActions::finished);
    create->accept();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
    QCOMPARE(m_sandbox.branch(u"main-before-later-rows"_s)->parentTimestamp, before);
    QCOMPARE(m_sandbox.column(u"main-before-later-rows"_s, u"SELECT to_regclass('later_rows') IS NULL"_s), QStringList{u"true"_s});
    QCOMPARE(m_sandbox.column(u"main"_s, u"SELECT to_regclass('later_rows') IS NULL"_s), QStringList{u"false"_s});

    // (main is protected: restored is dev-alice, to its own past.)
    QTRY_VERIFY(m_window->currentBranch() && m_window->currentBranch()->name == u"main-before-later-rows"_s);
    select(u"dev-alice"_s);
    m_actions->restoreAction()->trigger();
    QCOMPARE(opened.size(), 2);
    auto* restore = qobject_cast<Ui::RestoreDialog*>(opened.at(1).at(0).value<QDialog*>());
    QVERIFY(restore);
    restore->findChildren<QRadioButton*>().first()->click(); // its own history at a time
    restore->findChild<QDateTimeEdit*>()->setDateTime(before.toLocalTime());
    // The schema compared with the branch as it was then.
    QTRY_VERIFY_WITH_TIMEOUT(restore->diffView()->toPlainText().contains(u"later_rows"_s), 30000);
    if (restore->confirmEdit()->isVisible())
        QTest::keyClicks(restore->confirmEdit(), u"dev-alice"_s);
    const QString backup = restore->backupNameEdit()->text();
    QVERIFY2(restore->problem().isEmpty(), qPrintable(restore->problem()));
    finished.clear();
    restore->accept();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(m_window->banner()->text()));
    QCOMPARE(m_sandbox.column(u"dev-alice"_s, u"SELECT to_regclass('later_rows') IS NULL"_s), QStringList{u"true"_s});
    QCOMPARE(m_sandbox.column(backup, u"SELECT to_regclass('later_rows') IS NULL"_s), QStringList{u"false"_s});
}

void TestPointPreview::cleanupTestCase()
{
    m_window.reset();
    m_sandbox.stop();
}

CANOPY_TEST_MAIN(TestPointPreview)
#include "tst_pointpreview.moc"
