// SPDX-License-Identifier: MIT
// The preview's SQL pane (the same read-only query on "now" and "then", side by side) and its
// actions: restore to the moment, with or without a backup, or create a branch from it.
#include "pointpreviewdialog.h"

#include "branchcomparison.h"

#include "codehighlighting.h"
#include "propertydialogs.h"

#include <models/branchrules.h>
#include <models/formatting.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace Rules = Models::BranchRules;

namespace Ui {

namespace {
constexpr int maxRows = 500;

QWidget* side(QWidget* parent, const QString& title, QTableWidget* table, QLabel* note)
{
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), box));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAccessibleName(title);
    v->addWidget(table, 1);
    note->setWordWrap(true);
    v->addWidget(note);
    return box;
}
} // namespace

QWidget* PointPreviewDialog::buildQueryTab()
{
    auto* tab = new QWidget(this);
    auto* v = new QVBoxLayout(tab);
    m_query = new QPlainTextEdit(tab);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setPlaceholderText(tr("SELECT * FROM … — one statement, run read-only on both sides"));
    m_query->setAccessibleName(tr("Query for now and then"));
    m_query->setMaximumHeight(110);
    CodeHighlighting::attach(m_query->document(), CodeHighlighting::Language::Sql);
    v->addWidget(m_query);
    auto* buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run on Both"), tab);
    m_run->setToolTip(tr("Runs the query in a READ ONLY transaction on now and then (Ctrl+Return); at most %1 rows each.")
                          .arg(maxRows));
    m_cancelQuery = new QPushButton(tr("Cancel Query"), tab);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancelQuery);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_nowRows = new QTableWidget(tab);
    m_thenRows = new QTableWidget(tab);
    m_nowNote = new QLabel(tab);
    m_thenNote = new QLabel(tab);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(side(split, tr("Now"), m_nowRows, m_nowNote));
    split->addWidget(side(split, tr("Then"), m_thenRows, m_thenNote));
    v->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &PointPreviewDialog::runQuery);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_query);
    connect(shortcut, &QShortcut::activated, this, &PointPreviewDialog::runQuery);
    connect(m_cancelQuery, &QPushButton::clicked, this, [this] {
        m_nowQuery.cancel();
        m_thenQuery.cancel();
    });
    connect(&m_nowQuery, &Pg::QueryRunner::finished, this, [this](const Pg::QueryResult& r) {
        showRows(m_nowRows, r, m_nowNote);
    });
    connect(&m_thenQuery, &Pg::QueryRunner::finished, this, [this](const Pg::QueryResult& r) {
        showRows(m_thenRows, r, m_thenNote);
    });
    connect(m_query, &QPlainTextEdit::textChanged, this, &PointPreviewDialog::updateActions);
    return tab;
}

void PointPreviewDialog::runQuery()
{
    const QString sql = m_query->toPlainText().trimmed();
    if (sql.isEmpty() || !m_comparison->bothKnown())
        return;
    m_queriesPending = 2;
    m_nowNote->setText(tr("Running…"));
    m_thenNote->setText(tr("Running…"));
    m_nowQuery.run(m_comparison->nowUri(), sql, maxRows);
    m_thenQuery.run(m_comparison->thenUri(), sql, maxRows);
    updateActions();
}

void PointPreviewDialog::showRows(QTableWidget* table, const Pg::QueryResult& result, QLabel* note)
{
    table->clear();
    table->setColumnCount(int(result.columns.size()));
    table->setHorizontalHeaderLabels(result.columns);
    table->setRowCount(int(result.rows.size()));
    for (int r = 0; r < result.rows.size(); ++r) {
        for (int c = 0; c < result.rows.at(r).size(); ++c) {
            const QString value = result.rows.at(r).at(c);
            auto* item = new QTableWidgetItem(value.isNull() ? u"NULL"_s : Models::Formatting::printable(value));
            if (value.isNull())
                item->setForeground(palette().placeholderText());
            table->setItem(r, c, item);
        }
    }
    if (result.cancelled)
        note->setText(tr("Cancelled."));
    else if (!result.error.isEmpty())
        note->setText(tr("Failed: %1").arg(result.error));
    else
        note->setText((result.capped ? tr("The first %n row(s) (more were there)", nullptr, int(result.rows.size()))
                                     : tr("%n row(s)", nullptr, int(result.rows.size())))
                      + tr(", %1 ms").arg(result.milliseconds));
    if (--m_queriesPending <= 0) {
        updateActions();
        Q_EMIT queryAnswered();
    }
}

QWidget* PointPreviewDialog::buildActions()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    // Neon requires the backup when a branch goes back in its own history (preserve_under_name).
    auto* keep = new QLabel(tr("Its current state is kept as the backup branch:"), box);
    keep->setToolTip(m_hasOtherChildren ? tr("Neon keeps it, and the branch's children move under it.")
                                        : tr("Neon keeps the state before a restore to the branch's own past."));
    m_backupName = new QLineEdit(Rules::backupName(m_branch.name, QDateTime::currentDateTimeUtc()), box);
    m_backupName->setAccessibleName(tr("Backup branch name"));
    m_newName = new QLineEdit(m_branch.name + u"-then"_s, box);
    m_newName->setAccessibleName(tr("Name of the branch from this moment"));
    m_restore = new QPushButton(tr("Restore to This Moment"), box);
    m_create = new QPushButton(tr("Create Branch from This Moment"), box);
    auto* close = new QPushButton(tr("Close"), box);
    // Enter never restores: Close is the default.
    m_restore->setAutoDefault(false);
    m_create->setAutoDefault(false);
    close->setDefault(true);
    m_problem = makeProblemLabel(box);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(keep);
    restoreRow->addWidget(m_backupName, 1);
    restoreRow->addWidget(m_restore);
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_newName, 1);
    createRow->addWidget(m_create);
    createRow->addWidget(close);
    form->addRow(tr("Restore:"), restoreRow);
    form->addRow(tr("New branch:"), createRow);
    form->addRow(m_problem);
    connect(m_backupName, &QLineEdit::textChanged, this, &PointPreviewDialog::updateActions);
    connect(m_newName, &QLineEdit::textChanged, this, &PointPreviewDialog::updateActions);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Restore;
        accept();
    });
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_choice = Choice::CreateBranch;
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return box;
}

void PointPreviewDialog::updateActions()
{
    const bool creating = m_creation && !m_creation->isFinished();
    const bool shown = !m_previewId.isEmpty();
    m_show->setEnabled(!creating);
    m_database->setEnabled(shown);
    const bool both = m_comparison->bothKnown();
    m_run->setEnabled(both && m_queriesPending <= 0 && !m_query->toPlainText().trimmed().isEmpty());
    m_cancelQuery->setEnabled(m_queriesPending > 0);
    const QString backupProblem = Rules::nameProblem(m_backupName->text(), m_takenNames);
    const QString nameProblem = Rules::nameProblem(m_newName->text(), m_takenNames);
    m_restore->setEnabled(shown && backupProblem.isEmpty());
    m_create->setEnabled(shown && nameProblem.isEmpty());
    const QString problem = !backupProblem.isEmpty() ? tr("Backup name: %1").arg(backupProblem)
        : !nameProblem.isEmpty()                     ? tr("New branch name: %1").arg(nameProblem)
                                                     : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

Neon::BranchRestore PointPreviewDialog::restoreRequest() const
{
    Neon::BranchRestore r;
    r.sourceBranchId = m_branch.id; // its own history
    r.sourceTimestamp = m_shownMoment;
    r.preserveUnderName = m_backupName->text();
    return r;
}

Neon::BranchCreateOptions PointPreviewDialog::createRequest() const
{
    Neon::BranchCreateOptions o;
    o.parentId = m_branch.id;
    o.name = m_newName->text();
    o.parentTimestamp = m_shownMoment;
    o.endpoints = {Neon::EndpointOptions{}};
    return o;
}

} // namespace Ui
