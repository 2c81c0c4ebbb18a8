// SPDX-License-Identifier: MIT
// The masking rules dialog: its layout, loading the schema, saving, and the anonymized branch.
// Editing the rules and the rules file are in maskingrulesdialog_rules.cpp, the masked preview
// of sample rows in maskingrulesdialog_preview.cpp.
#include "maskingrulesdialog.h"

#include "theme.h"

#include <models/anonymizationrun.h>
#include <models/branchrules.h>
#include <models/connectionuri.h>
#include <models/formatting.h>
#include <models/masking.h>
#include <models/maskpreviewmodel.h>
#include <models/piisuggestions.h>
#include <pg/samplereader.h>

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

using Models::AnonymizationRun;
using Pg::SampleReader;

MaskingRulesDialog::MaskingRulesDialog(Neon::Client* client, const QString& projectId, const Neon::Branch& branch,
                                       QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_branch(branch)
    , m_tree(new QTreeWidget(this))
    , m_function(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_rows(new QSpinBox(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new Models::MaskPreviewModel(this))
    , m_reader(new SampleReader(this))
    , m_save(nullptr)
    , m_anonName(new QLineEdit(this))
    , m_anonProblem(new QLabel(this))
    , m_columnDetails(new QLabel(this))
    , m_createAnon(new QPushButton(tr("Create &Anonymized Branch"), this))
{
    setWindowTitle(tr("Masking Rules of %1").arg(Models::Formatting::printable(branch.name)));
    setUpRuleEditors();
    QHBoxLayout* ruleRow = buildRuleRow();
    QSplitter* split = buildTreeAndPreview();
    QHBoxLayout* anonRow = buildAnonymizedRow();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Save Rules"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(ruleRow);
    layout->addWidget(split, 1);
    layout->addLayout(anonRow);
    layout->addWidget(m_anonProblem);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &MaskingRulesDialog::save);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MaskingRulesDialog::columnSelected);
    connect(m_function, &QComboBox::currentTextChanged, this, &MaskingRulesDialog::ruleEdited);
    m_anonName->setText(defaultAnonymizedName());
    loadSchema();
    resize(1000, 720);
}

MaskingRulesDialog::~MaskingRulesDialog() = default;

void MaskingRulesDialog::setUpRuleEditors()
{
    m_tree->setHeaderLabels({tr("Column"), tr("Type"), tr("Rule"), tr("Suggestion")});
    m_tree->setAccessibleName(tr("Databases, tables and columns"));
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(NameColumn, 200);
    m_tree->header()->resizeSection(TypeColumn, 110);
    m_tree->header()->resizeSection(RuleColumn, 300);
    m_function->setEditable(true);
    m_function->setInsertPolicy(QComboBox::NoInsert);
    fillFunctionChoices({});
    m_function->completer()->setFilterMode(Qt::MatchContains);
    m_function->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_function->setAccessibleName(tr("Masking rule of the selected column"));
    m_function->setToolTip(tr("A masking function (type to search) or a literal value in quotes, e.g. 'CONFIDENTIAL'"));
    m_function->setEnabled(false);
}

QHBoxLayout* MaskingRulesDialog::buildRuleRow()
{
    auto* ruleRow = new QHBoxLayout;
    ruleRow->addWidget(new QLabel(tr("&Rule:"), this));
    static_cast<QLabel*>(ruleRow->itemAt(0)->widget())->setBuddy(m_function);
    ruleRow->addWidget(m_function, 1);
    auto* accept = new QPushButton(tr("Accept &Suggestions"), this);
    accept->setToolTip(tr("Give every column that looks like personal data its suggested rule"));
    ruleRow->addWidget(accept);
    auto* import = new QPushButton(tr("&Import…"), this);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    ruleRow->addWidget(import);
    ruleRow->addWidget(exportButton);
    connect(accept, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("%n column(s) got the suggested rule.", nullptr, acceptSuggestions()));
    });
    connect(import, &QPushButton::clicked, this, &MaskingRulesDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &MaskingRulesDialog::exportFile);
    return ruleRow;
}

QHBoxLayout* MaskingRulesDialog::buildAnonymizedRow()
{
    auto* anonRow = new QHBoxLayout;
    auto* anonLabel = new QLabel(tr("New anonymized branch of %1:").arg(m_branch.name), this);
    anonLabel->setBuddy(m_anonName);
    m_anonName->setAccessibleName(tr("Name of the anonymized branch"));
    m_createAnon->setToolTip(tr("Neon copies %1, then masks the copy with these rules (beta). The branch cannot be "
                                "connected to while it runs.")
                                 .arg(m_branch.name));
    anonRow->addWidget(anonLabel);
    anonRow->addWidget(m_anonName, 1);
    anonRow->addWidget(m_createAnon);
    // A taken or invalid name is explained right under the field, not only in a tooltip.
    m_anonProblem->setWordWrap(true);
    m_anonProblem->setAccessibleName(tr("Problem with the name"));
    QPalette warn = m_anonProblem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc9, 0x3c, 0x31));
    m_anonProblem->setPalette(warn);
    connect(m_createAnon, &QPushButton::clicked, this, [this] { createAnonymizedBranch(m_anonName->text()); });
    connect(m_anonName, &QLineEdit::textEdited, this, [this] { m_anonNameEdited = true; });
    connect(m_anonName, &QLineEdit::textChanged, this, &MaskingRulesDialog::checkAnonymizedName);
    return anonRow;
}

QString MaskingRulesDialog::defaultAnonymizedName() const
{
    // main-anon-2026-11-29: dated, so a refresh never collides with the base it replaces.
    return Models::BranchRules::freeName(m_branch.name + u"-anon-"_s + QDate::currentDate().toString(Qt::ISODate), m_taken);
}

void MaskingRulesDialog::checkAnonymizedName()
{
    const QString problem = Models::BranchRules::nameProblem(m_anonName->text(), m_taken);
    m_createAnon->setEnabled(problem.isEmpty());
    m_anonProblem->setText(problem);
    m_anonProblem->setVisible(!problem.isEmpty());
}

QString MaskingRulesDialog::anonymizedNameProblem() const
{
    return m_anonProblem->text();
}

void MaskingRulesDialog::loadSchema()
{
    // Databases, then each one's tables as JSON, then the rules already set.
    m_status->setText(tr("Loading the schema…"));
    auto databases = m_client->branchDatabases(m_projectId, m_branch.id);
    auto* dbReply = databases.get();
    connect(dbReply, &Neon::Reply::finished, this, [this, dbReply] {
        if (!dbReply->ok())
            return m_status->setText(tr("The databases could not be listed: %1").arg(dbReply->error().toUserText()));
        m_pendingDatabases = int(dbReply->value().size());
        for (const Neon::Database& d : dbReply->value())
            loadDatabase(d.name);
    });
    m_replies.push_back(std::move(databases));
}

void MaskingRulesDialog::loadDatabase(const QString& database)
{
    Neon::SchemaQuery query;
    query.databaseName = database;
    query.format = u"json"_s;
    auto schema = m_client->branchSchema(m_projectId, m_branch.id, query);
    auto* reply = schema.get();
    connect(reply, &Neon::Reply::finished, this, [this, reply, database] {
        auto* dbItem = new QTreeWidgetItem(m_tree, {database});
        dbItem->setIcon(0, icon(u"project"_s));
        dbItem->setData(0, DatabaseData, database);
        if (!reply->ok()) {
            dbItem->setText(NoteColumn, reply->error().toUserText());
        } else {
            for (const Neon::SchemaTable& t : reply->value().tables) {
                auto* tableItem = new QTreeWidgetItem(dbItem, {t.schema + u"."_s + t.name});
                tableItem->setData(0, DatabaseData, database);
                tableItem->setData(0, SchemaData, t.schema);
                tableItem->setData(0, TableData, t.name);
                for (const Neon::SchemaColumn& c : t.columns) {
                    auto* item = new QTreeWidgetItem(tableItem, {c.name, c.type});
                    item->setData(0, DatabaseData, database);
                    item->setData(0, SchemaData, t.schema);
                    item->setData(0, TableData, t.name);
                    item->setData(0, ColumnData, c.name);
                    const Models::Masking::Suggestion s = Models::Masking::suggest(t, c);
                    item->setData(0, SuggestionData, s.maskingFunction);
                    QStringList note;
                    if (!s.maskingFunction.isEmpty())
                        note.append(tr("%1 Suggested: %2").arg(s.reason, s.maskingFunction));
                    if (!s.warning.isEmpty())
                        note.append(s.warning);
                    item->setText(NoteColumn, note.join(u" "_s));
                    item->setToolTip(NoteColumn, note.join(u"\n"_s));
                }
            }
            dbItem->setExpanded(true);
            if (dbItem->childCount() <= 10) { // a small schema opens fully: the columns are the point
                for (int i = 0; i < dbItem->childCount(); ++i)
                    dbItem->child(i)->setExpanded(true);
            }
        }
        if (--m_pendingDatabases > 0)
            return;
        auto existing = m_client->maskingRules(m_projectId, m_branch.id);
        auto* rulesReply = existing.get();
        connect(rulesReply, &Neon::Reply::finished, this, [this, rulesReply] {
            if (rulesReply->ok())
                setRules(rulesReply->value());
            m_savedRules = rules();
            m_status->setText(tr("Select a column to give it a rule, or accept the suggestions."));
            Q_EMIT schemaLoaded();
            previewFirstPiiTable();
        });
        m_replies.push_back(std::move(existing));
    });
    m_replies.push_back(std::move(schema));
}

void MaskingRulesDialog::save()
{
    auto reply = m_client->setMaskingRules(m_projectId, m_branch.id, rules());
    auto* r = reply.get();
    m_save->setEnabled(false);
    m_status->setText(tr("Saving %n rule(s)…", nullptr, int(rules().size())));
    connect(r, &Neon::Reply::finished, this, [this, r] {
        m_save->setEnabled(true);
        if (r->ok())
            m_savedRules = rules();
        QString text = r->ok() ? tr("Saved %n rule(s).", nullptr, int(r->value().size()))
                               : tr("Not saved: %1").arg(r->error().toUserText());
        if (const QStringList left = unmaskedPii(); r->ok() && !left.isEmpty())
            text += u" "_s + tr("Warning: these columns look like personal data and stay unmasked: %1").arg(left.join(u", "_s));
        m_status->setText(text);
        Q_EMIT saved(r->ok());
    });
    m_replies.push_back(std::move(reply));
}

void MaskingRulesDialog::setTakenNames(const QStringList& names)
{
    m_taken = names;
    if (!m_anonNameEdited)
        m_anonName->setText(defaultAnonymizedName());
    checkAnonymizedName();
}

void MaskingRulesDialog::reject()
{
    if (!hasUnsavedRules())
        return QDialog::reject();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved Masking Rules"),
                                tr("The masking rules of %1 were changed and not saved.").arg(Models::Formatting::printable(m_branch.name)),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Save them before closing?"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Discard) {
            m_savedRules = rules();
            QDialog::reject();
        } else if (answer == QMessageBox::Save) {
            connect(this, &MaskingRulesDialog::saved, this, [this](bool ok) {
                if (ok)
                    QDialog::reject();
            }, Qt::SingleShotConnection);
            save();
        }
    });
    box->open();
}

void MaskingRulesDialog::createAnonymizedBranch(const QString& name)
{
    if (const QString problem = Models::BranchRules::nameProblem(name, m_taken); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    auto* run = new AnonymizationRun(m_client, m_projectId, this);
    m_createAnon->setEnabled(false);
    connect(run, &AnonymizationRun::progress, m_status, &QLabel::setText);
    connect(run, &AnonymizationRun::finished, this, [this, run, name](bool ok, const QString& message) {
        // The name is taken now (the branch exists even when masking failed): offer the next free one.
        if (!run->branchId().isEmpty())
            m_taken.append(name);
        if (!m_anonNameEdited)
            m_anonName->setText(defaultAnonymizedName());
        checkAnonymizedName();
        m_status->setText(ok ? tr("%1 is anonymized: %2").arg(name, message) : tr("Anonymizing %1 failed: %2").arg(name, message));
        Q_EMIT anonymizedBranchFinished(ok, run->branchId(), message);
        run->deleteLater();
    });
    run->createBranch(m_branch, name, rules());
}

QString MaskingRulesDialog::status() const
{
    return m_status->text();
}

} // namespace Ui
