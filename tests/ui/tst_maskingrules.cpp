// SPDX-License-Identifier: MIT
// The masking rules editor on the sandbox's pii seed (with its data plane): suggestions, a
// preview that changes every PII cell and no other, saving, and the rules file.
#include "testsupport.h"
#include "dataplanesandbox.h"

#include <models/maskpreviewmodel.h>
#include <models/anonymizationrun.h>
#include <ui/maskingrulesdialog.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestMaskingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void suggestionsPreviewAndSave();
    void rulesFileRoundTrip();
    void anonymizedBranchHoldsNoneOfTheOriginals();
    void rerunOnAnExistingAnonymizedBranch();
    void aFailingRuleIsNamed();
    void theFlowGuidesAndLosesNothing();

private:
    QStringList column(const QString& branch, const QString& sql) { return m_sandbox.column(branch, sql); }

    TestUtils::DataPlaneSandbox m_sandbox;
    Sandbox::Server* m_server = nullptr;
    Neon::Client* m_client = nullptr;
    QString m_project;
};

void TestMaskingRules::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(u"pii"_s, &error), qPrintable(error));
    m_server = m_sandbox.server.get();
    m_client = m_sandbox.client.get();
    m_project = m_sandbox.project;
}

void TestMaskingRules::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestMaskingRules::suggestionsPreviewAndSave()
{
    const Sandbox::BranchRecord* main = m_server->state().findBranchByName(m_project, u"main"_s);
    QVERIFY(main);
    Ui::MaskingRulesDialog dialog(m_client, m_project, main->branch);
    QSignalSpy loaded(&dialog, &Ui::MaskingRulesDialog::schemaLoaded);
    dialog.show();
    QVERIFY(loaded.wait(15000));
    QVERIFY(dialog.rules().isEmpty()); // main has no rules yet
    // patients: email, first_name, last_name, phone, date_of_birth, address, national_id;
    // visits: notes, ip_address. Keys and timestamps are not PII.
    QCOMPARE(dialog.unmaskedPii().size(), 9);
    QVERIFY(dialog.unmaskedPii().contains(u"patients.email"_s));
    QCOMPARE(dialog.acceptSuggestions(), 9);
    QVERIFY(dialog.unmaskedPii().isEmpty());
    QCOMPARE(dialog.acceptSuggestions(), 0); // nothing left to take
    const QList<Neon::MaskingRule> rules = dialog.rules();
    const auto email = std::find_if(rules.cbegin(), rules.cend(), [](const auto& r) { return r.columnName == "email"_L1; });
    QVERIFY(email != rules.cend());
    QCOMPARE(email->maskingFunction, u"pg_catalog.concat(anon.dummy_uuidv4(), '@example.com')"_s); // unique column

    QSignalSpy ready(&dialog, &Ui::MaskingRulesDialog::previewReady);
    dialog.preview(u"clinic"_s, u"public"_s, u"patients"_s, 20);
    QVERIFY2(ready.wait(15000), qPrintable(dialog.status()));
    const Models::MaskPreviewModel* model = dialog.previewModel();
    QCOMPARE(model->rowCount(), 20);
    QCOMPARE(model->maskedCellCount(), 20 * 7);
    QCOMPARE(model->changedCellCount(), 20 * 7); // every PII cell changed
    for (int c = 0; c < model->columnCount(); c += 2) {
        const QString column = model->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < model->rowCount(); ++r) {
            const bool changed = model->index(r, c + 1).data(Models::MaskPreviewModel::ChangedRole).toBool();
            QVERIFY2(changed == (column != "id"_L1), qPrintable(column)); // and the id untouched
        }
    }
    // Nothing was written by the preview: the table still holds its emails.
    QVERIFY(!m_server->front().requests.isEmpty());
    QCOMPARE(std::count_if(m_server->front().requests.cbegin(), m_server->front().requests.cend(),
                           [](const HttpFront::Request& r) { return r.method == "PATCH"; }),
             0);

    QSignalSpy saved(&dialog, &Ui::MaskingRulesDialog::saved);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.at(0).at(0).toBool());
    auto back = m_client->maskingRules(m_project, main->branch.id);
    QVERIFY(TestUtils::waitFor(back.get()));
    QCOMPARE(back->value().size(), 9);
}

void TestMaskingRules::rulesFileRoundTrip()
{
    const QList<Neon::MaskingRule> rules{{u"clinic"_s, u"public"_s, u"patients"_s, u"email"_s, u"anon.dummy_free_email()"_s, {}},
                                         {u"clinic"_s, u"public"_s, u"patients"_s, u"national_id"_s, {}, u"'REDACTED'"_s}};
    const QByteArray file = Ui::MaskingRulesDialog::exportRules(rules);
    QVERIFY(file.contains("\"format\": \"canopy-masking-rules\""));
    QVERIFY(file.contains("\"version\": 1"));
    QList<Neon::MaskingRule> back;
    QString error;
    QVERIFY(Ui::MaskingRulesDialog::importRules(file, &back, &error));
    QCOMPARE(back, rules);
    QVERIFY(!Ui::MaskingRulesDialog::importRules(R"({"format":"other","version":1})", &back, &error));
    QCOMPARE(error, u"not a Canopy masking-rules file of version 1"_s);
    QVERIFY(!Ui::MaskingRulesDialog::importRules("{", &back, &error));
}

void TestMaskingRules::anonymizedBranchHoldsNoneOfTheOriginals()
{
    const Sandbox::BranchRecord* main = m_server->state().findBranchByName(m_project, u"main"_s);
    Ui::MaskingRulesDialog dialog(m_client, m_project, main->branch);
    dialog.setTakenNames({u"main"_s, u"main-anon"_s});
    QSignalSpy loaded(&dialog, &Ui::MaskingRulesDialog::schemaLoaded);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(dialog.rules().size(), 9); // saved by the previous test, read back
    // The default name is free and dated; a taken one is explained under the field.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(dialog.anonymizedNameEdit()->text(), u"main-anon-"_s + today);
    QVERIFY(dialog.anonymizedNameProblem().isEmpty());
    QTest::keyClicks(dialog.anonymizedNameEdit(), QString()); // focus only
    dialog.anonymizedNameEdit()->clear();
    QTest::keyClicks(dialog.anonymizedNameEdit(), u"main-anon"_s);
    QCOMPARE(dialog.anonymizedNameProblem(), u"The project already has a branch named “main-anon”."_s);
    dialog.createAnonymizedBranch(u"main-anon"_s); // taken: refused here
    QCOMPARE(dialog.status(), u"The project already has a branch named “main-anon”."_s);
    QSignalSpy finished(&dialog, &Ui::MaskingRulesDialog::anonymizedBranchFinished);
    dialog.createAnonymizedBranch(u"main-anon-2"_s);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QVERIFY(dialog.status().startsWith(u"main-anon-2 is anonymized"_s));
    const auto* anon = m_server->state().findBranchByName(m_project, u"main-anon-2"_s);
    QVERIFY(anon);
    QCOMPARE(finished.at(0).at(1).toString(), anon->branch.id);
    // Where its data came from is on the branch, for every client to read.
    QCOMPARE(anon->annotation.value(u"anonymized_from"_s), u"main"_s);
    QCOMPARE(anon->annotation.value(u"anonymized_from_id"_s), main->branch.id);
    QVERIFY(QDateTime::fromString(anon->annotation.value(u"anonymized_at"_s), Qt::ISODate).isValid());
    // Checked again after the creation: the typed name is taken now.
    dialog.anonymizedNameEdit()->setText(u"main-anon-2"_s);
    QCOMPARE(dialog.anonymizedNameProblem(), u"The project already has a branch named “main-anon-2”."_s);
    for (const char* table : {"patients", "visits"})
        QCOMPARE(column(u"main-anon-2"_s, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))),
                 column(u"main"_s, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))));
    // Emails, phones and national ids are unique per person; the sandbox's (and Neon's) name lists are small,
    // so a masked name may equal some other patient's real one: names are checked row by row below.
    for (const char* pii : {"email", "phone", "national_id"}) {
        const QStringList original = column(u"main"_s, u"SELECT %1 FROM patients"_s.arg(QLatin1String(pii)));
        const QStringList masked = column(u"main-anon-2"_s, u"SELECT %1 FROM patients"_s.arg(QLatin1String(pii)));
        QVERIFY(original.size() > 100);
        const QSet<QString> left = QSet<QString>(original.cbegin(), original.cend()) & QSet<QString>(masked.cbegin(), masked.cend());
        QVERIFY2(left.isEmpty(), qPrintable(QString::fromLatin1(pii) + u": "_s + QStringList(left.cbegin(), left.cend()).mid(0, 3).join(u", "_s)));
    }
    const QStringList names = column(u"main"_s, u"SELECT id || ':' || first_name || ' ' || last_name FROM patients ORDER BY id"_s);
    const QStringList maskedNames = column(u"main-anon-2"_s, u"SELECT id || ':' || first_name || ' ' || last_name FROM patients ORDER BY id"_s);
    QCOMPARE(maskedNames.size(), names.size());
    int same = 0;
    for (qsizetype i = 0; i < names.size(); ++i)
        same += names.at(i) == maskedNames.at(i);
    QVERIFY2(same < names.size() / 100, qPrintable(QString::number(same))); // both names drawn again: rare coincidences only
}

void TestMaskingRules::rerunOnAnExistingAnonymizedBranch()
{
    const Sandbox::BranchRecord* anon = m_server->state().findBranchByName(m_project, u"main-anon-2"_s);
    QVERIFY(anon);
    Models::AnonymizationRun run(m_client, m_project);
    run.setPollInterval(50);
    QSignalSpy progress(&run, &Models::AnonymizationRun::progress);
    QSignalSpy finished(&run, &Models::AnonymizationRun::finished);
    run.rerun(anon->branch.id);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!progress.isEmpty());
    // Masked twice, still none of main's emails.
    const QStringList original = column(u"main"_s, u"SELECT email FROM patients"_s);
    const QStringList masked = column(u"main-anon-2"_s, u"SELECT email FROM patients"_s);
    QVERIFY((QSet<QString>(original.cbegin(), original.cend()) & QSet<QString>(masked.cbegin(), masked.cend())).isEmpty());
}

void TestMaskingRules::theFlowGuidesAndLosesNothing()
{
    const Sandbox::BranchRecord* main = m_server->state().findBranchByName(m_project, u"main"_s);
    auto* dialog = new Ui::MaskingRulesDialog(m_client, m_project, main->branch);
    QPointer<Ui::MaskingRulesDialog> guard(dialog);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    dialog->setTakenNames({u"main"_s, u"main-anon"_s, u"main-anon-"_s + today});
    QCOMPARE(dialog->anonymizedNameEdit()->text(), u"main-anon-%1-2"_s.arg(today)); // the next free one
    QSignalSpy loaded(dialog, &Ui::MaskingRulesDialog::schemaLoaded);
    QSignalSpy previewed(dialog, &Ui::MaskingRulesDialog::previewReady);
    dialog->show();
    QVERIFY(loaded.wait(15000));
    // The preview opens by itself on the first table with personal data, and says it is a sample.
    QVERIFY2(previewed.wait(15000), qPrintable(dialog->status()));
    QCOMPARE(dialog->tree()->currentItem()->text(0), u"public.patients"_s);
    QVERIFY(dialog->previewModel()->rowCount() > 0);
    bool saysSample = false;
    for (QLabel* l : dialog->findChildren<QLabel*>())
        saysSample = saysSample || (l->isVisible() && l->text().contains(u"A sample"_s) && l->text().contains(u"fresh draws"_s));
    QVERIFY(saysSample);
    // A column's suggestion is shown whole, and the picker offers what fits its type first.
    QTreeWidgetItem* birth = dialog->tree()->findItems(u"date_of_birth"_s, Qt::MatchExactly | Qt::MatchRecursive).value(0);
    QVERIFY(birth);
    dialog->tree()->setCurrentItem(birth);
    QVERIFY2(dialog->columnDetails().startsWith(u"date_of_birth (date): "_s), qPrintable(dialog->columnDetails()));
    QVERIFY(dialog->columnDetails().size() > birth->text(3).size() - 1);
    const QStringList dateChoices = dialog->functionChoices().mid(0, 3);
    for (const QString& choice : dateChoices)
        QVERIFY2(choice.contains(u"dnoise"_s) || choice.contains(u"random_date"_s), qPrintable(dateChoices.join(u" | "_s)));
    QTreeWidgetItem* email = dialog->tree()->findItems(u"email"_s, Qt::MatchExactly | Qt::MatchRecursive).value(0);
    dialog->tree()->setCurrentItem(email);
    QVERIFY(!dialog->functionChoices().first().contains(u"dnoise"_s));
    // Closing with unsaved rules asks; Cancel (the default) keeps the dialog and the rules.
    QVERIFY(!dialog->hasUnsavedRules());
    dialog->setRules(dialog->rules().mid(1)); // one rule taken away
    QVERIFY(dialog->hasUnsavedRules());
    dialog->reject();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox*>()) != nullptr);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog->findChild<QMessageBox*>());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->hasUnsavedRules());
    dialog->reject();
    QTRY_VERIFY((box = dialog->findChild<QMessageBox*>()) != nullptr);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!dialog->isVisible());
    delete dialog;
}

void TestMaskingRules::aFailingRuleIsNamed()
{
    const Sandbox::BranchRecord* main = m_server->state().findBranchByName(m_project, u"main"_s);
    Models::AnonymizationRun run(m_client, m_project);
    run.setPollInterval(50);
    QSignalSpy finished(&run, &Models::AnonymizationRun::finished);
    run.createBranch(main->branch, u"main-anon-broken"_s,
                     {{u"clinic"_s, u"public"_s, u"patients"_s, u"email"_s, u"anon.lower(no_such_column)"_s, {}}});
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(u"clinic.public.patients.email"_s) && message.contains(u"anon.lower(no_such_column)"_s),
             qPrintable(message));
}

CANOPY_TEST_MAIN(TestMaskingRules)
#include "tst_maskingrules.moc"
