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
#include <QSet>
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

BulkActionsDialog::BulkActionsDialog(Neon::Client* client, QString projectId, const QString& projectName,
                                     QList<Neon::Branch> branches, const QString& selectedId, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(std::move(projectId))
    , m_branches(std::move(branches))
    , m_selectedId(selectedId)
{
    setWindowTitle(tr("Bulk Actions — %1").arg(Models::Formatting::printable(projectName)));
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
    // The gentle actions first: the dialog never opens on a reset.
    for (BulkAction a : {BulkAction::ExtendExpiration, BulkAction::SetExpiration, BulkAction::ClearExpiration,
                         BulkAction::Protect, BulkAction::Unprotect, BulkAction::ResetFromParent})
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
    fillBranchTree();
}

void BulkActionsDialog::fillBranchTree()
{
    QSet<QString> checked;
    for (auto i = m_items.cbegin(); i != m_items.cend(); ++i) {
        if (i.value()->checkState(NameColumn) == Qt::Checked)
            checked.insert(i.key());
    }
    m_updating = true;
    m_tree->clear();
    m_items.clear();
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
        item->setCheckState(NameColumn, checked.contains(b->id) ? Qt::Checked : Qt::Unchecked);
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
    m_updating = false;
}

void BulkActionsDialog::reloadBranches()
{
    m_reload = m_client->branches(m_projectId);
    connect(m_reload.get(), &Neon::Reply::finished, this, [this, r = m_reload.get()] {
        if (r->ok()) {
            m_branches = r->value().branches;
            fillBranchTree();
        } else {
            m_lastRun += u" "_s + tr("The branches could not be read again (%1); the rows may be out of date.").arg(r->error().toUserText());
        }
        m_action->setEnabled(true);
        refreshChecks();
        Q_EMIT rowsRefreshed();
    });
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
    if (busy || (m_reload && !m_reload->isFinished()))
        return m_apply->setEnabled(false);
    const QString prefix = m_lastRun.isEmpty() ? QString() : m_lastRun + u"\n"_s;
    if (all.isEmpty())
        m_summary->setText(prefix + tr("Check the branches to act on."));
    else if (runs == all.size())
        m_summary->setText(prefix + tr("%1: all %2 checked branches are ready.").arg(m_action->currentText()).arg(runs));
    else
        m_summary->setText(prefix + tr("%1: %2 of %3 checked branches can run; the others are skipped, each says why.")
                               .arg(m_action->currentText())
                               .arg(runs)
                               .arg(all.size()));
}

QString BulkActionsDialog::changeOf(const Models::BulkStep& s) const
{
    const QString name = Models::Formatting::printable(s.branch.name);
    switch (BulkAction(m_action->currentData().toInt())) {
    case BulkAction::ResetFromParent: return tr("%1: its data replaced by its parent's current data").arg(name);
    case BulkAction::SetExpiration:
    case BulkAction::ExtendExpiration:
        return s.branch.expiresAt.isValid() ? tr("%1: expires %2 instead of %3")
                                                  .arg(name, Models::Formatting::localShort(s.newExpiresAt),
                                                       Models::Formatting::localShort(s.branch.expiresAt))
                                            : tr("%1: expires %2 (never did)").arg(name, Models::Formatting::localShort(s.newExpiresAt));
    case BulkAction::ClearExpiration:
        return tr("%1: never expires (was %2)").arg(name, Models::Formatting::localShort(s.branch.expiresAt));
    case BulkAction::Protect: return tr("%1: protected").arg(name);
    case BulkAction::Unprotect: return tr("%1: no longer protected").arg(name);
    }
    return name;
}

void BulkActionsDialog::apply()
{
    QStringList changes;
    for (const Models::BulkStep& s : steps()) {
        if (s.runs())
            changes.append(changeOf(s));
    }
    if (changes.isEmpty() || (m_runner && m_runner->isRunning()))
        return;
    const int n = int(changes.size());
    const QString action = m_action->currentText();
    if (BulkAction(m_action->currentData().toInt()) == BulkAction::ResetFromParent)
        return askBeforeChanging(this, tr("Reset %n Branch(es)?", nullptr, n),
                                 tr("Replace the data of these branches with their parents' current data? Changes made "
                                    "on them are lost."),
                                 changes, tr("Reset %n Branch(es)", nullptr, n), true, [this] { start(); });
    askBeforeChanging(this, tr("%1 on %n Branch(es)?", nullptr, n).arg(action), tr("These branches will change:"), changes,
                      tr("%1 (%n)", nullptr, n).arg(action), false, [this] { start(); });
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
        m_lastRun = tr("Last run — %1: %2 done, %3 failed, %4 not started.")
                        .arg(m_action->currentText())
                        .arg(m_runner->count(S::Done))
                        .arg(m_runner->count(S::Failed))
                        .arg(m_runner->count(S::Skipped));
        m_summary->setText(m_lastRun + u" "_s + tr("Reading the branches again…"));
        m_apply->setEnabled(false); // until the rows hold the server's new facts
        reloadBranches();
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
