// SPDX-License-Identifier: MIT
#include "bulkactionsdialog.h"
#include <models/formatting.h>

#include "confirmation.h"
#include "theme.h"

#include <neon/client.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;
using Models::BulkAction;

namespace Ui {

namespace {
enum Column { NameColumn, StateColumn, CheckColumn };

QString stateOf(const Neon::Branch& b)
{
    QStringList parts;
    if (b.isProtected)
        parts << QObject::tr("protected");
    if (b.expiresAt.isValid())
        parts << QObject::tr("expires %1").arg(Models::Formatting::localShort(b.expiresAt));
    return parts.join(u", "_s);
}
} // namespace

BulkActionsDialog::BulkActionsDialog(Neon::Client* client, QString projectId, QList<Neon::Branch> branches,
                                     const QString& selectedId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(std::move(projectId))
    , m_branches(std::move(branches))
    , m_selectedId(selectedId)
{
    setWindowTitle(tr("Bulk Actions"));
    resize(760, 560);
    QFormLayout* form = buildActionForm();
    buildBranchTree();
    QHBoxLayout* quick = buildQuickChecks();

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_apply = buttons->addButton(tr("A&pply"), QDialogButtonBox::ActionRole);
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setVisible(false);
    for (QPushButton* b : {m_apply, m_stop})
        b->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(quick);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_action, &QComboBox::currentIndexChanged, this, &BulkActionsDialog::refreshChecks);
    connect(m_expiresAt, &QDateTimeEdit::dateTimeChanged, this, &BulkActionsDialog::refreshChecks);
    connect(m_extendDays, &QSpinBox::valueChanged, this, &BulkActionsDialog::refreshChecks);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updating)
            refreshChecks();
    });
    connect(m_apply, &QPushButton::clicked, this, &BulkActionsDialog::apply);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    checkChildrenOf(m_selectedId); // "every child of main-dev" is the common case
}

QFormLayout* BulkActionsDialog::buildActionForm()
{
    m_action = new QComboBox;
    for (BulkAction a : {BulkAction::ResetFromParent, BulkAction::ExtendExpiration, BulkAction::SetExpiration,
                         BulkAction::ClearExpiration, BulkAction::Protect, BulkAction::Unprotect})
        m_action->addItem(Models::bulkActionTitle(a), int(a));
    m_expiresAt = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7));
    m_expiresAt->setCalendarPopup(true);
    m_expiresAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_extendDays = new QSpinBox;
    m_extendDays->setRange(1, 30);
    m_extendDays->setValue(7);
    m_extendDays->setSuffix(tr(" days"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_action->setMinimumWidth(260);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Expires at:"), m_expiresAt);
    form->addRow(tr("E&xtend by:"), m_extendDays);
    return form;
}

void BulkActionsDialog::buildBranchTree()
{
    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels({tr("Branch"), tr("Now"), tr("Check")});
    m_tree->setAccessibleName(tr("Branches to act on"));
    m_tree->header()->setStretchLastSection(true);
    QHash<QString, QList<const Neon::Branch*>> children;
    QList<const Neon::Branch*> roots;
    for (const Neon::Branch& b : std::as_const(m_branches)) {
        const bool hasParent = std::any_of(m_branches.cbegin(), m_branches.cend(), [&b](const Neon::Branch& p) { return p.id == b.parentId; });
        (hasParent ? children[b.parentId] : roots).append(&b);
    }
    std::function<void(const Neon::Branch*, QTreeWidgetItem*)> add = [&](const Neon::Branch* b, QTreeWidgetItem* parentItem) {
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, Models::Formatting::printable(b->name));
        item->setText(StateColumn, stateOf(*b));
        item->setData(NameColumn, Qt::UserRole, b->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, Qt::Unchecked);
        m_items.insert(b->id, item);
        QList<const Neon::Branch*> kids = children.value(b->id);
        std::sort(kids.begin(), kids.end(), [](auto* x, auto* y) { return x->name < y->name; });
        for (const Neon::Branch* k : kids)
            add(k, item);
    };
    for (const Neon::Branch* r : roots)
        add(r, nullptr);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(NameColumn);
    m_tree->resizeColumnToContents(StateColumn);
}

QHBoxLayout* BulkActionsDialog::buildQuickChecks()
{
    const Neon::Branch* selected = nullptr;
    for (const Neon::Branch& b : std::as_const(m_branches))
        selected = b.id == m_selectedId ? &b : selected;
    auto* childrenButton = new QPushButton(selected ? tr("Check the &children of %1").arg(selected->name) : tr("Check children"));
    childrenButton->setEnabled(selected);
    auto* noneButton = new QPushButton(tr("Check &none"));
    auto* quick = new QHBoxLayout;
    quick->addWidget(childrenButton);
    quick->addWidget(noneButton);
    quick->addStretch();
    for (QPushButton* b : {childrenButton, noneButton})
        b->setAutoDefault(false);
    connect(childrenButton, &QPushButton::clicked, this, [this] { checkChildrenOf(m_selectedId); });
    connect(noneButton, &QPushButton::clicked, this, [this] { checkChildrenOf({}); });
    return quick;
}

BulkActionsDialog::~BulkActionsDialog() = default;

void BulkActionsDialog::setAction(BulkAction action)
{
    m_action->setCurrentIndex(m_action->findData(int(action)));
}

void BulkActionsDialog::setExtendDays(int days)
{
    m_extendDays->setValue(days);
}

void BulkActionsDialog::checkChildrenOf(const QString& branchId)
{
    m_updating = true;
    for (const Neon::Branch& b : std::as_const(m_branches))
        m_items.value(b.id)->setCheckState(NameColumn, !branchId.isEmpty() && b.parentId == branchId ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    refreshChecks();
}

QStringList BulkActionsDialog::checkedNames() const
{
    QStringList out;
    for (const Neon::Branch& b : m_branches) {
        if (m_items.value(b.id)->checkState(NameColumn) == Qt::Checked)
            out.append(b.name);
    }
    return out;
}

QList<Models::BulkStep> BulkActionsDialog::steps() const
{
    QList<Neon::Branch> chosen;
    for (const Neon::Branch& b : m_branches) {
        if (m_items.value(b.id)->checkState(NameColumn) == Qt::Checked)
            chosen.append(b);
    }
    Models::BulkParameters p;
    p.expiresAt = m_expiresAt->dateTime().toUTC();
    p.extendDays = m_extendDays->value();
    return Models::planBulk(BulkAction(m_action->currentData().toInt()), chosen, m_branches, p,
                            QDateTime::currentDateTimeUtc());
}

void BulkActionsDialog::refreshChecks()
{
    const BulkAction action = BulkAction(m_action->currentData().toInt());
    m_expiresAt->setEnabled(action == BulkAction::SetExpiration);
    m_extendDays->setEnabled(action == BulkAction::ExtendExpiration);
    m_updating = true;
    for (QTreeWidgetItem* item : std::as_const(m_items))
        item->setText(CheckColumn, QString());
    const QList<Models::BulkStep> all = steps();
    int runs = 0;
    for (const Models::BulkStep& s : all) {
        QTreeWidgetItem* item = m_items.value(s.branch.id);
        if (s.runs()) {
            ++runs;
            item->setText(CheckColumn, s.newExpiresAt.isValid()
                                           ? tr("will expire %1").arg(Models::Formatting::localShort(s.newExpiresAt))
                                           : tr("ready"));
            item->setForeground(CheckColumn, palette().brush(QPalette::Text));
        } else {
            item->setText(CheckColumn, tr("skipped: %1").arg(s.problem));
            item->setToolTip(CheckColumn, s.problem);
            item->setForeground(CheckColumn, palette().brush(QPalette::PlaceholderText));
        }
    }
    m_updating = false;
    const bool busy = m_runner && m_runner->isRunning();
    m_apply->setEnabled(!busy && runs > 0);
    m_apply->setText(tr("A&pply to %n Branch(es)", nullptr, runs));
    if (all.isEmpty())
        m_summary->setText(tr("Check the branches to act on."));
    else if (runs == all.size())
        m_summary->setText(tr("%1: all %2 checked branches are ready.").arg(m_action->currentText()).arg(runs));
    else
        m_summary->setText(tr("%1: %2 of %3 checked branches can run; the others are skipped, each says why.")
                               .arg(m_action->currentText())
                               .arg(runs)
                               .arg(all.size()));
}

void BulkActionsDialog::apply()
{
    QStringList names;
    for (const Models::BulkStep& s : steps()) {
        if (s.runs())
            names.append(s.branch.name);
    }
    if (names.isEmpty() || (m_runner && m_runner->isRunning()))
        return;
    if (BulkAction(m_action->currentData().toInt()) != BulkAction::ResetFromParent)
        return start();
    askBeforeDestroying(this, tr("Reset %n Branch(es)?", nullptr, int(names.size())),
                        tr("Replace the data of %1 with their parents' current data? Changes made on these branches "
                           "are lost.")
                            .arg(names.join(u", "_s)),
                        tr("Reset %n Branch(es)", nullptr, int(names.size())), [this] { start(); });
}

Neon::PendingReply BulkActionsDialog::startStep(const Models::BulkStep& s) const
{
    Neon::BranchUpdate u;
    switch (BulkAction(m_action->currentData().toInt())) {
    case BulkAction::ResetFromParent: return m_client->resetFromParent(m_projectId, s.branch.id);
    case BulkAction::SetExpiration:
    case BulkAction::ExtendExpiration: u.expiresAt = s.newExpiresAt; break;
    case BulkAction::ClearExpiration: u.clearExpiration = true; break;
    case BulkAction::Protect: u.isProtected = true; break;
    case BulkAction::Unprotect: u.isProtected = false; break;
    }
    return m_client->updateBranch(m_projectId, s.branch.id, u);
}

void BulkActionsDialog::start()
{
    QList<Models::BatchJob> jobs;
    for (const Models::BulkStep& s : steps()) {
        if (!s.runs())
            continue;
        Models::BatchJob job;
        job.key = job.branchId = s.branch.id;
        job.branchName = s.branch.name;
        job.projectId = m_projectId;
        job.start = [this, s] { return startStep(s); };
        jobs.append(std::move(job));
    }
    m_runner = std::make_unique<Models::BatchRunner>(std::move(jobs));
    connect(m_runner.get(), &Models::BatchRunner::jobFinished, this, [this](int i) {
        const Models::BatchOutcome& o = m_runner->outcomes().at(i);
        QTreeWidgetItem* item = m_items.value(m_runner->jobs().at(i).branchId);
        m_updating = true;
        item->setText(CheckColumn, o.status == Models::BatchOutcome::Status::Done ? tr("done") : tr("%1: %2").arg(Models::statusName(o.status), o.message));
        m_updating = false;
        m_progress->setValue(m_runner->finishedCount());
    });
    connect(m_runner.get(), &Models::BatchRunner::finished, this, [this] {
        using S = Models::BatchOutcome::Status;
        m_progress->setVisible(false);
        m_stop->setVisible(false);
        m_apply->setEnabled(false); // the tree's facts are stale now; reopen for another round
        m_summary->setText(tr("%1: %2 done, %3 failed, %4 not started.")
                               .arg(m_action->currentText())
                               .arg(m_runner->count(S::Done))
                               .arg(m_runner->count(S::Failed))
                               .arg(m_runner->count(S::Skipped)));
        Q_EMIT projectChanged(m_projectId);
        Q_EMIT runFinished();
    });
    m_progress->setRange(0, m_runner->total());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_stop->setVisible(true);
    m_apply->setEnabled(false);
    m_action->setEnabled(false);
    m_summary->setText(tr("%1 on %n branch(es)…", nullptr, m_runner->total()).arg(m_action->currentText()));
    m_runner->start();
}

QString BulkActionsDialog::summaryText() const
{
    return m_summary->text();
}

void BulkActionsDialog::reject()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel(); // nothing new starts; the running change finishes
        return;
    }
    QDialog::reject();
}

} // namespace Ui
