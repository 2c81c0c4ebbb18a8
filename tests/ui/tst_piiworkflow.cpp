// SPDX-License-Identifier: MIT
// Workflow 2 on the sandbox's pii seed, by both loading paths, and the refresh of main-anon.
#include "testsupport.h"
#include "dataplanesandbox.h"

#include <models/branchfacts.h>
#include <models/piiworkflow.h>
#include <ui/piiworkflowwizard.h>

#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QLineEdit>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using Models::PiiWorkflow;

class TestPiiWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void describesEveryStepFirst();
    void neonServerPath();
    void canopyLoadPath();
    void refreshMainAnon();
    void wizardRunsItFromThePages();
    void wizardCancelUndoesAndSaysSo();
    void closingTheWizardMidRunStillEndsInAGoodState();

private:
    PiiWorkflow::Plan plan(const QString& name, PiiWorkflow::Load load, const QStringList& children);
    bool run(PiiWorkflow& workflow, QString* message);
    const Neon::Branch* branch(const QString& name) const { return m_sandbox.branch(name); }
    QStringList column(const QString& branch, const QString& sql) { return m_sandbox.column(branch, sql); }

    TestUtils::DataPlaneSandbox m_sandbox;
    Sandbox::Server* m_server = nullptr;
    Neon::Client* m_client = nullptr;
    QString m_project;
};

void TestPiiWorkflow::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(u"pii"_s, &error), qPrintable(error));
    m_server = m_sandbox.server.get();
    m_client = m_sandbox.client.get();
    m_project = m_sandbox.project;
}

void TestPiiWorkflow::cleanupTestCase()
{
    m_sandbox.stop();
}

PiiWorkflow::Plan TestPiiWorkflow::plan(const QString& name, PiiWorkflow::Load load, const QStringList& children)
{
    PiiWorkflow::Plan p;
    p.projectId = m_project;
    p.source = *branch(u"main"_s);
    p.name = name;
    p.load = load;
    p.rules = m_server->state().findBranchByName(m_project, u"main-anon"_s)->maskingRules; // the seed's rules
    p.children = children;
    return p;
}

bool TestPiiWorkflow::run(PiiWorkflow& workflow, QString* message)
{
    QSignalSpy finished(&workflow, &PiiWorkflow::finished);
    workflow.start();
    if (!finished.wait(90000))
        return false;
    *message = finished.at(0).at(1).toString();
    return finished.at(0).at(0).toBool();
}

void TestPiiWorkflow::describesEveryStepFirst()
{
    PiiWorkflow neon(m_client, plan(u"main-anon-x"_s, PiiWorkflow::Load::NeonServer, {u"dev-zoe"_s, u"qa-smoke"_s}));
    QCOMPARE(neon.describe(), (QStringList{u"Create main-anon-x from main with Neon's anonymization (6 masking rule(s)), and wait until it is anonymized"_s,
                                           u"Create dev-zoe from main-anon-x"_s, u"Create qa-smoke from main-anon-x"_s}));
    PiiWorkflow own(m_client, plan(u"main-anon-y"_s, PiiWorkflow::Load::Canopy, {}));
    QCOMPARE(own.describe().size(), 2);
    QVERIFY(own.describe().at(0).contains(u"schema-only"_s));
    QVERIFY(own.describe().at(1).contains(u"COPY"_s));
}

void TestPiiWorkflow::neonServerPath()
{
    PiiWorkflow workflow(m_client, plan(u"main-anon-neon"_s, PiiWorkflow::Load::NeonServer,
                                              {u"dev-zoe"_s, u"preview-pr-9"_s, u"qa-smoke"_s}));
    QString message;
    QVERIFY2(run(workflow, &message), qPrintable(message));
    const Neon::Branch* anon = branch(u"main-anon-neon"_s);
    QVERIFY(anon);
    QCOMPARE(anon->parentId, branch(u"main"_s)->id);
    for (const char* child : {"dev-zoe", "preview-pr-9", "qa-smoke"}) {
        QVERIFY2(branch(QLatin1String(child)), child);
        QCOMPARE(branch(QLatin1String(child))->parentId, anon->id);
    }
    QCOMPARE(column(u"main-anon-neon"_s, u"SELECT count(*) FROM patients"_s), column(u"main"_s, u"SELECT count(*) FROM patients"_s));
}

void TestPiiWorkflow::canopyLoadPath()
{
    PiiWorkflow workflow(m_client, plan(u"main-anon-own"_s, PiiWorkflow::Load::Canopy, {u"dev-yuri"_s}));
    QString message;
    QVERIFY2(run(workflow, &message), qPrintable(message));
    const Neon::Branch* anon = branch(u"main-anon-own"_s);
    QVERIFY(anon);
    QVERIFY(anon->isSchemaOnly()); // a root of its own, loaded by Canopy
    QCOMPARE(branch(u"dev-yuri"_s)->parentId, anon->id);
    // It says where its rows came from, in the annotation sent with the create.
    const Sandbox::BranchRecord* record = m_server->state().findBranchByName(m_project, u"main-anon-own"_s);
    QCOMPARE(record->annotation.value(u"anonymized_from"_s), u"main"_s);
    QCOMPARE(record->annotation.value(u"anonymized_from_id"_s), branch(u"main"_s)->id);
    // As a client reads it: the list's annotations reach the branch, which lands with the bases.
    auto list = m_client->branches(m_project);
    QVERIFY(TestUtils::waitFor(list.get()) && list->ok());
    const auto read = std::find_if(list->value().branches.cbegin(), list->value().branches.cend(),
                                   [](const Neon::Branch& b) { return b.name == "main-anon-own"_L1; });
    QVERIFY(read != list->value().branches.cend());
    QCOMPARE(Models::anonymizedFrom(*read).branchName, u"main"_s);
    QCOMPARE(Models::tierOf(*read), Models::Tier::Base);
    for (const char* table : {"patients", "visits"})
        QCOMPARE(column(u"main-anon-own"_s, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))),
                 column(u"main"_s, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))));
    QCOMPARE(column(u"main-anon-own"_s, u"SELECT count(*) FROM visits v LEFT JOIN patients p ON p.id = v.patient_id WHERE p.id IS NULL"_s),
             QStringList{u"0"_s});
    for (const char* pii : {"email", "phone", "first_name || ' ' || last_name"}) {
        const QStringList original = column(u"main"_s, u"SELECT %1 FROM patients"_s.arg(QLatin1String(pii)));
        const QStringList masked = column(u"main-anon-own"_s, u"SELECT %1 FROM patients"_s.arg(QLatin1String(pii)));
        const QSet<QString> left = QSet<QString>(original.cbegin(), original.cend()) & QSet<QString>(masked.cbegin(), masked.cend());
        QVERIFY2(left.isEmpty(), qPrintable(QString::fromLatin1(pii) + u": "_s + QStringList(left.cbegin(), left.cend()).mid(0, 3).join(u", "_s)));
    }
}

void TestPiiWorkflow::refreshMainAnon()
{
    // The seed's main-anon has dev-carol, preview-pr-7 and qa-privacy.
    const Neon::Branch old = *branch(u"main-anon"_s);
    PiiWorkflow::Plan p = plan(u"main-anon"_s, PiiWorkflow::Load::NeonServer, {u"dev-carol"_s, u"preview-pr-7"_s, u"qa-privacy"_s});
    p.replaces = old;
    p.replacedChildren = {u"dev-carol"_s, u"preview-pr-7"_s, u"qa-privacy"_s};
    PiiWorkflow workflow(m_client, p);
    QVERIFY(workflow.describe().size() == 1 + 3 + 2 + 3);
    QString message;
    QVERIFY2(run(workflow, &message), qPrintable(message));
    const Neon::Branch* fresh = branch(u"main-anon"_s);
    QVERIFY(fresh);
    QVERIFY(fresh->id != old.id);
    // The fresh base records its source too (the swap renamed it, the annotation stayed).
    QCOMPARE(m_server->state().branches.value(fresh->id).annotation.value(u"anonymized_from"_s), u"main"_s);
    QVERIFY(m_server->state().branches.value(old.id).branch.name.startsWith(u"main-anon_old_"_s));
    for (const char* child : {"dev-carol", "preview-pr-7", "qa-privacy"}) {
        QCOMPARE(branch(QLatin1String(child))->parentId, fresh->id);
    }
    int retired = 0;
    for (const Sandbox::BranchRecord& b : std::as_const(m_server->state().branches)) {
        if (b.branch.parentId == old.id && b.branch.name.contains(u"_old_"_s)) {
            QVERIFY(b.branch.expiresAt.isValid());
            ++retired;
        }
    }
    QCOMPARE(retired, 3);
}

void TestPiiWorkflow::wizardRunsItFromThePages()
{
    QList<Neon::Branch> branches;
    for (const Sandbox::BranchRecord& b : std::as_const(m_server->state().branches)) {
        if (b.branch.projectId == m_project && !b.isDeleted())
            branches.append(b.branch);
    }
    Ui::PiiWorkflowWizard wizard(m_client, m_project, branches, branch(u"main"_s)->id);
    QSignalSpy rules(&wizard, &Ui::PiiWorkflowWizard::rulesLoaded);
    wizard.nameEdit()->setText(u"main-anon-wizard"_s);
    QTRY_VERIFY(wizard.rulesText().startsWith(u"No masking rules yet"_s)); // main has none: the wizard cannot go on
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto saved = m_client->setMaskingRules(m_project, branch(u"main"_s)->id, plan({}, {}, {}).rules);
    QVERIFY(TestUtils::waitFor(saved.get()) && saved->ok());
    wizard.nameEdit()->setText(u"main-anon-wiz"_s); // asks again
    QTRY_VERIFY(wizard.rulesText().startsWith(u"6 masking rule(s) from main"_s));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.canopyLoadButton()->setChecked(true);
    wizard.next();
    wizard.childrenEdit()->setPlainText(u"dev-wanda\nqa-wizard"_s);
    wizard.next();
    QCOMPARE(wizard.reviewList()->count(), 4);
    QVERIFY(wizard.reviewList()->item(0)->text().startsWith(u"1. Create main-anon-wiz as a schema-only branch of main"_s));
    QSignalSpy finished(&wizard, &Ui::PiiWorkflowWizard::workflowFinished);
    wizard.next();
    QVERIFY(finished.wait(90000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(branch(u"qa-wizard"_s)->parentId, branch(u"main-anon-wiz"_s)->id);
    QCOMPARE(column(u"main-anon-wiz"_s, u"SELECT count(*) FROM visits"_s), column(u"main"_s, u"SELECT count(*) FROM visits"_s));
}

void TestPiiWorkflow::wizardCancelUndoesAndSaysSo()
{
    QList<Neon::Branch> branches;
    for (const Sandbox::BranchRecord& b : std::as_const(m_server->state().branches)) {
        if (b.branch.projectId == m_project && !b.isDeleted())
            branches.append(b.branch);
    }
    Ui::PiiWorkflowWizard wizard(m_client, m_project, branches, branch(u"main"_s)->id);
    wizard.nameEdit()->setText(u"main-anon-cancel"_s);
    QTRY_VERIFY(wizard.rulesText().startsWith(u"6 masking rule(s) from main"_s)); // saved by the test before
    wizard.canopyLoadButton()->setChecked(true);
    wizard.show();
    wizard.next();
    wizard.next();
    QSignalSpy finished(&wizard, &Ui::PiiWorkflowWizard::workflowFinished);
    wizard.next(); // runs
    wizard.reject(); // Cancel while it builds: the wizard stays until what was built is removed
    QVERIFY(wizard.isVisible());
    QVERIFY(finished.wait(90000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QString log; // the run page's log, beside the children editor
    for (const QPlainTextEdit* edit : wizard.findChildren<QPlainTextEdit*>())
        log += edit->toPlainText();
    QVERIFY2(log.contains(u"Result: nothing changed"_s), qPrintable(log));
    QVERIFY(!branch(u"main-anon-cancel"_s));
    wizard.reject(); // now it closes
    QVERIFY(!wizard.isVisible());
}

void TestPiiWorkflow::closingTheWizardMidRunStillEndsInAGoodState()
{
    QList<Neon::Branch> branches;
    for (const Sandbox::BranchRecord& b : std::as_const(m_server->state().branches)) {
        if (b.branch.projectId == m_project && !b.isDeleted())
            branches.append(b.branch);
    }
    auto* wizard = new Ui::PiiWorkflowWizard(m_client, m_project, branches, branch(u"main"_s)->id);
    wizard->nameEdit()->setText(u"main-anon-gone"_s);
    QTRY_VERIFY(wizard->rulesText().startsWith(u"6 masking rule(s) from main"_s));
    wizard->canopyLoadButton()->setChecked(true);
    wizard->show();
    wizard->next();
    wizard->next();
    m_server->front().requests.clear();
    wizard->next(); // runs
    delete wizard; // the workflow goes on without it and undoes what it built
    const auto deletes = [this] {
        return std::count_if(m_server->front().requests.cbegin(), m_server->front().requests.cend(),
                             [](const HttpFront::Request& r) { return r.method == "DELETE"; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(deletes() == 1, 90000);
    QTRY_VERIFY(!branch(u"main-anon-gone"_s));
}

CANOPY_TEST_MAIN(TestPiiWorkflow)
#include "tst_piiworkflow.moc"
