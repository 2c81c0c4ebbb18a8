// SPDX-License-Identifier: MIT
#include "restoredialog.h"

#include "codehighlighting.h"
#include "propertydialogs.h"

#include <models/branchrules.h>
#include <models/formatting.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace Rules = Models::BranchRules;

namespace Ui {

RestoreDialog::RestoreDialog(Mode mode, Neon::Client* client, const QString& projectId, const Neon::Branch& branch,
                             const QList<Neon::Branch>& projectBranches, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_client(client)
    , m_projectId(projectId)
    , m_branch(branch)
    , m_projectBranches(projectBranches)
    , m_blockerLabel(makeProblemLabel(this))
    , m_keepBackup(new QCheckBox(tr("Keep the current state as a backup branch"), this))
    , m_backupName(new QLineEdit(Rules::backupName(branch.name, QDateTime::currentDateTimeUtc()), this))
    , m_database(new QComboBox(this))
    , m_diff(new QPlainTextEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Neon::Branch* parentBranch = nullptr;
    for (const Neon::Branch& b : projectBranches) {
        if (b.parentId == branch.id)
            m_children.append(b);
        if (b.id == branch.parentId)
            parentBranch = &b;
    }
    const QString parentName = parentBranch ? parentBranch->name : branch.parentId;
    const bool reset = mode == Mode::ResetFromParent;
    m_blocker = reset ? Rules::resetProblem(branch) : Rules::restoreProblem(branch);
    setWindowTitle(reset ? tr("Reset %1 from %2").arg(Models::Formatting::printable(branch.name), Models::Formatting::printable(parentName))
                         : tr("Restore %1").arg(Models::Formatting::printable(branch.name)));

    auto* layout = new QVBoxLayout(this);
    addDescription(layout, parentName);
    layout->addLayout(buildBackupForm());
    addDiffView(layout, parentName);
    addConfirmation(layout);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(reset ? tr("Reset") : tr("Restore"));
    if (!reset) {
        m_preview = m_buttons->addButton(tr("Pre&view This Moment…"), QDialogButtonBox::ActionRole);
        m_preview->setToolTip(tr("See the branch as it was then beside how it is now (schema, row counts, queries) first"));
        m_preview->setAutoDefault(false);
        connect(m_preview, &QPushButton::clicked, this, [this] { Q_EMIT previewRequested(m_time->dateTime().toUTC()); });
    }
    // Enter does not replace a branch's data: Cancel is the default, the action takes a click or Alt+key.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepBackup, &QCheckBox::toggled, this, &RestoreDialog::update);
    connect(m_backupName, &QLineEdit::textChanged, this, &RestoreDialog::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &RestoreDialog::update);
    connect(m_database, &QComboBox::currentIndexChanged, this, &RestoreDialog::loadDiff);

    loadDatabases();
    update();
    resize(720, 620);
}

void RestoreDialog::addDescription(QVBoxLayout* layout, const QString& parentName)
{
    const bool reset = m_mode == Mode::ResetFromParent;
    auto* what = new QLabel(this);
    what->setWordWrap(true);
    what->setText(reset ? tr("Every database of <b>%1</b> is replaced by the current data of its parent <b>%2</b>. "
                             "Connections to %1 drop for a moment while this happens; its connection string stays "
                             "the same.")
                              .arg(m_branch.name.toHtmlEscaped(), parentName.toHtmlEscaped())
                        : tr("Every database of <b>%1</b> is replaced by the chosen point in time. Connections to %1 "
                             "drop for a moment; its connection string stays the same. With a backup, the backup becomes its "
                             "parent.")
                              .arg(m_branch.name.toHtmlEscaped()));
    layout->addWidget(what);
    m_blockerLabel->setText(u"<b>"_s + tr("Cannot run:") + u"</b> "_s + m_blocker.toHtmlEscaped());
    m_blockerLabel->setVisible(!m_blocker.isEmpty());
    m_blockerLabel->setAccessibleName(tr("Blocker"));
    layout->addWidget(m_blockerLabel);
}

QFormLayout* RestoreDialog::buildBackupForm()
{
    auto* form = new QFormLayout;
    if (m_mode == Mode::Restore)
        addSourceRows(form);
    if (!m_children.isEmpty()) {
        QStringList names;
        for (const Neon::Branch& c : std::as_const(m_children))
            names.append(c.name);
        auto* moving = new QLabel(tr("%n child branch(es) will move under the backup: %1", nullptr, int(m_children.size()))
                                      .arg(names.join(u", "_s)),
                                  this);
        moving->setWordWrap(true);
        form->addRow(tr("Children:"), moving);
        m_keepBackup->setChecked(true);
        m_keepBackup->setEnabled(false); // required: the children need a parent
        m_keepBackup->setToolTip(tr("Required: the children move under the backup."));
    }
    form->addRow(QString(), m_keepBackup);
    m_backupName->setAccessibleName(tr("Backup branch name"));
    form->addRow(tr("&Backup name:"), m_backupName);
    return form;
}

void RestoreDialog::addSourceRows(QFormLayout* form)
{
    m_ownHistory = new QRadioButton(tr("Its own history at:"), this);
    m_otherBranch = new QRadioButton(tr("The head of branch:"), this);
    m_ownLsn = new QRadioButton(tr("Its own history at LSN:"), this);
    m_lsn = new QLineEdit(this);
    m_lsn->setPlaceholderText(u"0/1F2A3B8"_s);
    m_lsn->setAccessibleName(tr("Restore to this LSN"));
    m_time = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_time->setAccessibleName(tr("Restore to this time"));
    m_source = new QComboBox(this);
    m_source->setAccessibleName(tr("Source branch"));
    for (const Neon::Branch& b : std::as_const(m_projectBranches)) {
        if (b.id != m_branch.id)
            m_source->addItem(Models::Formatting::printable(b.name), b.id);
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(m_branch.parentId)));
    auto* own = new QHBoxLayout;
    own->addWidget(m_ownHistory);
    own->addWidget(m_time, 1);
    auto* atLsn = new QHBoxLayout;
    atLsn->addWidget(m_ownLsn);
    atLsn->addWidget(m_lsn, 1);
    auto* other = new QHBoxLayout;
    other->addWidget(m_otherBranch);
    other->addWidget(m_source, 1);
    auto* from = new QVBoxLayout;
    from->addLayout(own);
    from->addLayout(atLsn);
    from->addLayout(other);
    m_otherBranch->setChecked(true);
    form->addRow(tr("Restore from:"), from);
    connect(m_ownHistory, &QRadioButton::toggled, this, &RestoreDialog::loadDiff);
    connect(m_ownLsn, &QRadioButton::toggled, this, &RestoreDialog::loadDiff);
    connect(m_source, &QComboBox::currentIndexChanged, this, &RestoreDialog::loadDiff);
    // A moment's schema needs a recovery on the server: compared once the typing pauses.
    m_diffDelay = new QTimer(this);
    m_diffDelay->setSingleShot(true);
    m_diffDelay->setInterval(700);
    connect(m_diffDelay, &QTimer::timeout, this, &RestoreDialog::loadDiff);
    connect(m_lsn, &QLineEdit::textChanged, this, [this] {
        update();
        m_diffDelay->start();
    });
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] {
        update();
        m_diffDelay->start();
    });
}

void RestoreDialog::addDiffView(QVBoxLayout* layout, const QString& parentName)
{
    const bool reset = m_mode == Mode::ResetFromParent;
    auto* diffHeader = new QHBoxLayout;
    auto* diffLabel = new QLabel(this);
    diffLabel->setText(reset ? tr("Schema differences, %1 (−) against %2 (+):").arg(parentName, m_branch.name)
                             : tr("Schema differences, source (−) against %1 now (+):").arg(m_branch.name));
    diffHeader->addWidget(diffLabel, 1);
    diffHeader->addWidget(new QLabel(tr("Database:"), this));
    m_database->setAccessibleName(tr("Database to compare"));
    diffHeader->addWidget(m_database);
    layout->addLayout(diffHeader);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setAccessibleName(tr("Schema differences"));
    CodeHighlighting::attach(m_diff->document(), CodeHighlighting::Language::Diff);
    layout->addWidget(m_diff, 1);
}

void RestoreDialog::addConfirmation(QVBoxLayout* layout)
{
    if (Rules::needsTypedConfirmation(m_branch, int(m_children.size()))) {
        m_confirm->setPlaceholderText(m_branch.name);
        m_confirm->setAccessibleName(tr("Type the branch name to confirm"));
        auto* confirmRow = new QFormLayout;
        confirmRow->addRow(tr("Type <b>%1</b> to confirm:").arg(m_branch.name.toHtmlEscaped()), m_confirm);
        layout->addLayout(confirmRow);
    } else {
        m_confirm->hide();
    }
}

void RestoreDialog::loadDatabases()
{
    m_diff->setPlainText(tr("Loading the databases…"));
    m_databasesReply = m_client->branchDatabases(m_projectId, m_branch.id);
    connect(m_databasesReply.get(), &Neon::Reply::finished, this, [this, r = m_databasesReply.get()] {
        if (!r->ok())
            return m_diff->setPlainText(tr("The databases could not be listed: %1").arg(r->error().toUserText()));
        for (const Neon::Database& d : r->value())
            m_database->addItem(d.name);
        if (m_database->count() == 0)
            m_diff->setPlainText(tr("The branch has no databases."));
    });
}

QString RestoreDialog::sourceBranchId() const
{
    if (m_mode == Mode::ResetFromParent)
        return m_branch.parentId;
    return m_ownHistory->isChecked() || m_ownLsn->isChecked() ? m_branch.id : m_source->currentData().toString();
}

void RestoreDialog::loadDiff()
{
    const QString database = m_database->currentText();
    const QString source = sourceBranchId();
    update();
    if (database.isEmpty() && m_databasesReply && !m_databasesReply->isFinished())
        return m_diff->setPlainText(tr("Loading the databases…")); // compared once they are listed
    if (database.isEmpty() || source.isEmpty())
        return m_diff->setPlainText(QString());
    const bool own = source == m_branch.id;
    if (own && m_ownLsn->isChecked()
        && !QRegularExpression(u"^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$"_s).match(m_lsn->text().trimmed()).hasMatch())
        return m_diff->setPlainText(tr("(Enter an LSN to compare with the branch then.)"));
    m_diff->setPlainText(own ? tr("Comparing with the branch as it was then…") : tr("Comparing…"));
    Neon::CompareSchemaQuery query;
    query.databaseName = database;
    query.baseBranchId = source;
    if (own && m_ownHistory->isChecked()) // the source is the branch itself at that moment
        query.baseTimestamp = m_time->dateTime().toUTC();
    else if (own)
        query.baseLsn = m_lsn->text().trimmed();
    m_diffReply = m_client->compareSchema(m_projectId, m_branch.id, query);
    connect(m_diffReply.get(), &Neon::Reply::finished, this, [this, r = m_diffReply.get()] {
        if (!r->ok())
            return m_diff->setPlainText(tr("The schemas could not be compared: %1").arg(r->error().toUserText()));
        m_diff->setPlainText(r->value().isEmpty() ? tr("(No schema differences: only data changes.)") : r->value().diff);
    });
}

QString RestoreDialog::preserveUnderName() const
{
    return m_keepBackup->isChecked() ? m_backupName->text() : QString();
}

Neon::BranchRestore RestoreDialog::restoreRequest() const
{
    Neon::BranchRestore r;
    r.sourceBranchId = sourceBranchId();
    if (m_mode == Mode::Restore && m_ownHistory->isChecked())
        r.sourceTimestamp = m_time->dateTime().toUTC();
    if (m_mode == Mode::Restore && m_ownLsn->isChecked())
        r.sourceLsn = m_lsn->text().trimmed();
    r.preserveUnderName = preserveUnderName();
    return r;
}

QString RestoreDialog::blocker() const
{
    return m_blocker;
}

QString RestoreDialog::problem() const
{
    return m_problem->text();
}

void RestoreDialog::update()
{
    // Neon keeps the state before a restore to the branch's own past (preserve_under_name is required).
    if (m_mode == Mode::Restore && m_children.isEmpty()) {
        const bool own = m_ownHistory->isChecked() || m_ownLsn->isChecked();
        if (own)
            m_keepBackup->setChecked(true);
        m_keepBackup->setEnabled(!own);
        m_keepBackup->setToolTip(own ? tr("Required when a branch goes back in its own history.") : QString());
    }
    m_backupName->setEnabled(m_keepBackup->isChecked());
    QString problem;
    if (m_keepBackup->isChecked()) {
        QStringList taken;
        for (const Neon::Branch& b : std::as_const(m_projectBranches))
            taken.append(b.name);
        problem = Rules::nameProblem(m_backupName->text(), taken);
        if (!problem.isEmpty())
            problem = tr("Backup name: %1").arg(problem);
    }
    if (m_mode == Mode::Restore) {
        m_time->setEnabled(m_ownHistory->isChecked());
        m_lsn->setEnabled(m_ownLsn->isChecked());
        m_source->setEnabled(m_otherBranch->isChecked());
        m_preview->setEnabled(m_ownHistory->isChecked() && m_blocker.isEmpty());
        if (problem.isEmpty() && m_ownLsn->isChecked()
            && !QRegularExpression(u"^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$"_s).match(m_lsn->text().trimmed()).hasMatch())
            problem = tr("An LSN looks like 0/1F2A3B8 (two hexadecimal numbers).");
    }
    if (problem.isEmpty() && m_confirm->isVisibleTo(this) && m_confirm->text() != m_branch.name)
        problem = tr("Type the branch's name to confirm.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_blocker.isEmpty() && problem.isEmpty());
}

} // namespace Ui
