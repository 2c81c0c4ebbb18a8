// SPDX-License-Identifier: MIT
// The details panel's compute, database and role controls on the demo seed, each action driven
// through its buttons and dialogs and checked on the sandbox server: suspend, start, restart,
// edit within the plan, add and delete a read replica, add a role and a database, the delete
// guard of a role that owns a database, reset password, delete both.
#include "testsupport.h"
#include "clienttestutils.h"

#include <ui/computedialog.h>
#include <ui/computessection.h>
#include <ui/detailspanel.h>
#include <ui/objectssection.h>
#include <ui/secretclipboard.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/// Clicks the button of the open confirmation under `parent` whose text is `action`.
bool confirm(QWidget* parent, const QString& action)
{
    QMessageBox* box = nullptr;
    for (int i = 0; i < 50 && !box; ++i) {
        QTest::qWait(10);
        box = parent->findChild<QMessageBox*>();
    }
    if (!box || box->defaultButton() != box->button(QMessageBox::Cancel))
        return false;
    for (QAbstractButton* b : box->buttons()) {
        if (b->text() == action) {
            b->click();
            return true;
        }
    }
    return false;
}
} // namespace

class TestComputes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void suspendStartRestart();
    void editStaysWithinThePlan();
    void addAndDeleteAReadReplica();
    void databasesAndRoles();

private:
    const Sandbox::BranchRecord& alice() { return *m_sandbox->state().findBranchByName(m_project, u"dev-alice"_s); }
    Neon::Endpoint aliceCompute() { return m_sandbox->state().endpointsOf(alice().branch.id).first(); }

    std::unique_ptr<TestUtils::SandboxFixture> m_sandbox;
    std::unique_ptr<Neon::Client> m_client;
    std::unique_ptr<Ui::SecretClipboard> m_clipboard;
    std::unique_ptr<Ui::DetailsPanel> m_panel;
    QString m_project;
};

void TestComputes::init()
{
    m_sandbox = std::make_unique<TestUtils::SandboxFixture>(u"demo"_s, 20);
    m_client = std::make_unique<Neon::Client>(TestUtils::config(m_sandbox->baseUrl()));
    m_clipboard = std::make_unique<Ui::SecretClipboard>();
    m_panel = std::make_unique<Ui::DetailsPanel>(m_client.get(), m_clipboard.get());
    m_panel->resize(520, 900);
    m_panel->show();
    m_project = m_sandbox->projectId(u"shop"_s);
    m_panel->showBranch(m_project, alice().branch, u"main-dev"_s);
    QTRY_COMPARE(m_panel->computes()->computes().size(), 1);
    QTRY_VERIFY(!m_panel->objects()->roles().isEmpty());
}

void TestComputes::cleanup()
{
    m_panel.reset();
    m_clipboard.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestComputes::suspendStartRestart()
{
    Ui::ComputesSection* section = m_panel->computes();
    const QString id = aliceCompute().id;
    QTRY_VERIFY(section->button(id, u"suspend"_s) && section->button(id, u"suspend"_s)->isEnabled());
    QVERIFY(!section->button(id, u"start"_s)->isEnabled()); // it runs already
    section->button(id, u"suspend"_s)->click();
    QTRY_VERIFY(section->status().contains(u"suspended"_s));
    QCOMPARE(aliceCompute().currentState, u"idle"_s);
    QTRY_VERIFY(section->button(id, u"start"_s) && section->button(id, u"start"_s)->isEnabled());
    section->button(id, u"start"_s)->click();
    QTRY_VERIFY(section->status().contains(u"started"_s));
    QCOMPARE(aliceCompute().currentState, u"active"_s);
    QTRY_VERIFY(section->button(id, u"restart"_s) && section->button(id, u"restart"_s)->isEnabled());
    const int before = m_sandbox->state().projects.value(m_project).operationIds.size();
    section->button(id, u"restart"_s)->click();
    QTRY_VERIFY2(section->status().contains(u"restarted"_s), qPrintable(section->status()));
    QCOMPARE(m_sandbox->state().projects.value(m_project).operationIds.size(), before + 2); // suspend + start
}

void TestComputes::editStaysWithinThePlan()
{
    Ui::ComputesSection* section = m_panel->computes();
    const QString id = aliceCompute().id;
    QTRY_VERIFY(section->button(id, u"edit"_s) && section->button(id, u"edit"_s)->isEnabled());
    section->button(id, u"edit"_s)->click();
    auto* dialog = section->findChild<Ui::ComputeDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->type()->currentData().toString(), u"read_write"_s);
    QVERIFY(!dialog->type()->isEnabled());
    QCOMPARE(dialog->maximum()->itemText(dialog->maximum()->count() - 1), u"8 CU"_s); // the demo plan's maximum
    dialog->minimum()->setCurrentIndex(dialog->minimum()->findData(4.0));
    dialog->maximum()->setCurrentIndex(dialog->maximum()->findData(2.0));
    QVERIFY(!dialog->problem().isEmpty());
    QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->minimum()->setCurrentIndex(dialog->minimum()->findData(0.5));
    dialog->maximum()->setCurrentIndex(dialog->maximum()->findData(4.0));
    dialog->suspend()->setCurrentIndex(1);
    dialog->suspendMinutes()->setValue(30);
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(section->status().contains(u"new settings"_s) && !section->status().contains(u"Applying"_s));
    const Neon::Endpoint e = aliceCompute();
    QCOMPARE(e.autoscalingLimitMinCu, 0.5);
    QCOMPARE(e.autoscalingLimitMaxCu, 4.0);
    QCOMPARE(e.suspendTimeoutSeconds, 1800);
}

void TestComputes::addAndDeleteAReadReplica()
{
    Ui::ComputesSection* section = m_panel->computes();
    QTRY_VERIFY(section->button({}, u"add"_s)->isEnabled());
    QCOMPARE(section->button({}, u"add"_s)->text(), u"Add Read Replica…"_s); // it has a read-write compute
    section->button({}, u"add"_s)->click();
    auto* dialog = section->findChild<Ui::ComputeDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->type()->count(), 1);
    QCOMPARE(dialog->type()->currentData().toString(), u"read_only"_s);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(section->computes().size(), 2);
    QString replica;
    for (const Neon::Endpoint& e : section->computes())
        replica = e.isReadWrite() ? replica : e.id;
    QVERIFY(!replica.isEmpty());
    QTRY_VERIFY(section->button(replica, u"delete"_s) && section->button(replica, u"delete"_s)->isEnabled());
    section->button(replica, u"delete"_s)->click();
    QVERIFY(confirm(section, u"Delete Compute"_s));
    QTRY_COMPARE(section->computes().size(), 1);
    QVERIFY(!m_sandbox->state().endpoints.contains(replica));
}

void TestComputes::databasesAndRoles()
{
    Ui::ObjectsSection* section = m_panel->objects();
    const QString branchId = alice().branch.id;
    QTRY_VERIFY(section->button(u"role-add"_s) && section->button(u"role-add"_s)->isEnabled());
    section->button(u"role-add"_s)->click();
    auto* ask = section->findChild<QInputDialog*>();
    QVERIFY(ask);
    ask->setTextValue(u"app"_s);
    ask->accept();
    QTRY_VERIFY(section->status().contains(u"was added"_s));
    auto roleOf = [&](const QString& name) {
        for (const Neon::Role& r : m_sandbox->state().branches.value(branchId).roles)
            if (r.name == name)
                return r;
        return Neon::Role();
    };
    QVERIFY(!roleOf(u"app"_s).password.isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(), roleOf(u"app"_s).password);

    QTRY_VERIFY(section->button(u"database-add"_s) && section->button(u"database-add"_s)->isEnabled());
    section->button(u"database-add"_s)->click();
    auto* add = section->findChild<QDialog*>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(add);
    add->findChild<QLineEdit*>(u"database-name"_s)->setText(u"reports"_s);
    auto* owner = add->findChild<QComboBox*>(u"database-owner"_s);
    owner->setCurrentIndex(owner->findText(u"app"_s));
    add->accept();
    QTRY_VERIFY(section->status().contains(u"reports was added"_s));
    QTRY_VERIFY(section->button(u"role-delete-app"_s) && section->button(u"role-delete-app"_s)->toolTip().contains(u"owns reports"_s));
    QVERIFY(!section->button(u"role-delete-app"_s)->isEnabled());

    const QString oldPassword = roleOf(u"app"_s).password;
    section->button(u"role-reset-app"_s)->click();
    QVERIFY(confirm(section, u"Reset Password"_s));
    QTRY_VERIFY(section->status().contains(u"new password"_s));
    QVERIFY(roleOf(u"app"_s).password != oldPassword);
    QCOMPARE(QGuiApplication::clipboard()->text(), roleOf(u"app"_s).password);

    QTRY_VERIFY(section->button(u"database-delete-reports"_s) && section->button(u"database-delete-reports"_s)->isEnabled());
    section->button(u"database-delete-reports"_s)->click();
    QVERIFY(confirm(section, u"Delete Database"_s));
    QTRY_VERIFY(section->status().contains(u"was deleted"_s));
    QTRY_VERIFY(section->button(u"role-delete-app"_s) && section->button(u"role-delete-app"_s)->isEnabled());
    section->button(u"role-delete-app"_s)->click();
    QVERIFY(confirm(section, u"Delete Role"_s));
    QTRY_VERIFY(section->status().contains(u"role app was deleted"_s));
    QVERIFY(roleOf(u"app"_s).name.isEmpty());
}

CANOPY_TEST_MAIN(TestComputes)
#include "tst_computes.moc"
