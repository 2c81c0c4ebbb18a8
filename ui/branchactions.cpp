// SPDX-License-Identifier: MIT
// The branch actions, their dialogs and the mutations they send; the ones that reach into the
// branch's databases are in branchactions_database.cpp.
#include "branchactions.h"

#include "activityindicator.h"
#include "createbranchdialog.h"
#include "deletedialog.h"
#include "mainwindow.h"
#include "propertydialogs.h"
#include "restoredialog.h"
#include "secretclipboard.h"
#include "theme.h"

#include <models/anonymizationrun.h>
#include <models/branchfacts.h>
#include <models/branchrules.h>
#include <models/connectionuri.h>
#include <models/formatting.h>
#include <models/projecttreemodel.h>

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;
namespace Rules = Models::BranchRules;

namespace Ui {

using Models::AnonymizationRun;
using Models::Formatting::printable;

struct DeletePlan
{
    QString projectId;
    QList<Neon::Branch> branches; ///< leaves first
    QStringList deleted;
    Neon::Pending<Neon::BranchOperations> current;
};

BranchActions::BranchActions(MainWindow* window, Neon::Client* client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    m_create = add(u"branch"_s, tr("&New Branch…"), QKeySequence::New, tr("Create a branch of the selected one"),
                   &BranchActions::create, true);
    m_reset = add(u"refresh"_s, tr("&Reset from Parent…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                  tr("Replace the branch's data with its parent's current data"), &BranchActions::reset, true);
    m_restore = add({}, tr("Res&tore…"), {}, tr("Restore the branch to a point in time or another branch's head"),
                    &BranchActions::restore);
    m_preview = add({}, tr("Pre&view at a Moment…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T),
                    tr("See the branch as it was at a moment beside how it is now, then restore or branch from it"),
                    &BranchActions::preview);
    m_rename = add({}, tr("Rena&me…"), QKeySequence(Qt::Key_F2), tr("Rename the branch"), &BranchActions::rename);
    m_setDefault = add({}, tr("Set as &Default"), {}, tr("Make this the project's default branch"), &BranchActions::setDefault);
    m_protect = add({}, tr("&Protect"), {}, tr("Protect or unprotect the branch"), &BranchActions::protect);
    m_expiration = add(u"clock"_s, tr("E&xpiration…"), {}, tr("Set or clear when the branch expires"), &BranchActions::expiration);
    m_delete = add(u"close"_s, tr("De&lete…"), QKeySequence::Delete, tr("Delete the branch, or its whole subtree"),
                   &BranchActions::remove, true);
    m_recover = add({}, tr("Re&cover Deleted Branch…"), {}, tr("Bring back a branch deleted in the last 7 days"),
                    &BranchActions::recover);
    m_compare = add(u"filter"_s, tr("Compare &Schemas…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                    tr("The schema differences between this branch and its parent, or any other"), &BranchActions::compare, true);
    m_copyUri = add(u"copy"_s, tr("Copy Connection &String"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                    tr("Copy the connection string (password included) of the first database and role"),
                    &BranchActions::copyUri);
    m_psql = add({}, tr("Open in ps&ql"), QKeySequence(Qt::CTRL | Qt::Key_T), tr("Open psql on this branch in a terminal"),
                 &BranchActions::openPsql);
    m_masking = add({}, tr("&Masking Rules…"), QKeySequence(Qt::CTRL | Qt::Key_M),
                    tr("Which columns are masked and how, with a preview of masked sample rows"), &BranchActions::masking);
    m_anonBase = add({}, tr("Anonymized &Base for Development…"), {},
                     tr("Build main-anon from this branch (or refresh it) and branch the team's environments from it"),
                     &BranchActions::anonymizedBase);
    m_rerun = add({}, tr("Re-run &Anonymization"), {},
                  tr("Mask this anonymized branch again with its current rules (the data is masked twice, not refreshed)"),
                  &BranchActions::rerunAnonymization);
    connect(window, &MainWindow::currentBranchChanged, this, &BranchActions::selectionChanged);
    connect(window->secretClipboard(), &SecretClipboard::expired, this, &BranchActions::secretClipboardExpired);
    selectionChanged();
}

BranchActions::~BranchActions() = default;

QAction* BranchActions::add(const QString& iconName, const QString& text, const QKeySequence& shortcut,
                            const QString& tip, void (BranchActions::*slot)(), bool toolbar)
{
    auto* a = new QAction(iconName.isEmpty() ? QIcon() : icon(iconName), text, this);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    m_tips.insert(a, {a->toolTip(), tip});
    connect(a, &QAction::triggered, this, slot);
    m_window->addBranchAction(a, toolbar);
    return a;
}

void BranchActions::allow(QAction* action, const Neon::Branch* b, const QString& problem)
{
    // A disabled action says why, in its tooltip and the status bar, instead of failing later.
    const auto& [tip, statusTip] = m_tips.value(action);
    action->setEnabled(b && problem.isEmpty());
    action->setToolTip(problem.isEmpty() ? tip : printable(problem));
    action->setStatusTip(problem.isEmpty() ? statusTip : printable(problem));
}

void BranchActions::selectionChanged()
{
    const Neon::Branch* b = m_window->currentBranch();
    m_protect->setText(b && b->isProtected ? tr("Un&protect") : tr("&Protect"));
    if (!b) {
        for (QAction* a : m_tips.keys())
            allow(a, nullptr, {});
        return;
    }
    const int children = m_window->model()->childCount(m_window->currentProjectId(), b->id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    allow(m_create, b, Rules::createFromProblem(*b));
    allow(m_reset, b, Rules::resetProblem(*b));
    allow(m_restore, b, Rules::restoreProblem(*b));
    allow(m_preview, b, Rules::createFromProblem(*b));
    allow(m_setDefault, b, Rules::setDefaultProblem(*b));
    allow(m_delete, b, Rules::deleteProblem(*b, children, true));
    // Expiration: clearing is always possible; setting one only where Neon allows it.
    allow(m_expiration, b, b->expiresAt.isValid() ? QString() : Rules::expirationProblem(*b, children, now.addDays(1), now));
    allow(m_rerun, b, Models::isAnonymized(*b) ? QString() : tr("Only anonymized branches can be masked again."));
}

void BranchActions::show(QDialog* dialog, std::function<void()> accepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, std::move(accepted));
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void BranchActions::forget(const Neon::Reply* reply)
{
    // Its deleter waits until its own finished() is over.
    const auto it = std::find_if(m_running.begin(), m_running.end(), [reply](const auto& r) { return r.get() == reply; });
    if (it != m_running.end())
        m_running.erase(it);
}

template<typename T>
void BranchActions::run(Neon::Pending<T> call, const QString& description, const QString& projectId, const QString& selectId)
{
    Neon::Result<T>* reply = call.get();
    // The description quotes branch names: shown with their control characters escaped.
    const QString shown = printable(description);
    m_window->activity()->track(reply, shown + u"…"_s);
    connect(reply, &Neon::Reply::finished, this, [this, reply, description, shown, projectId, selectId] {
        const bool ok = reply->ok();
        if (!ok)
            m_window->reportError(reply->error(), tr("%1 failed.").arg(shown));
        else
            m_window->statusBar()->showMessage(tr("%1: done.").arg(shown), 8000);
        QString select = selectId;
        if constexpr (std::is_same_v<T, Neon::CreatedBranch>) {
            if (ok)
                select = reply->value().branch.id;
        }
        // The tree shows what the server has now, whatever happened.
        m_window->reloadBranches(projectId);
        if (!select.isEmpty())
            m_window->selectBranchWhenLoaded(projectId, select);
        forget(reply);
        Q_EMIT finished(description, ok);
    });
    m_running.push_back(std::move(call));
}

void BranchActions::create()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    const Neon::Project* project = m_window->model()->project(projectId);
    if (!b || !project)
        return;
    auto* dialog = new CreateBranchDialog(*project, m_window->model()->branchesOf(projectId), b->id, m_window);
    show(dialog, [this, dialog, projectId] {
        const Neon::BranchCreateOptions o = dialog->options();
        run(m_client->createBranch(projectId, o), tr("Creating %1").arg(o.name), projectId, {});
    });
}

void BranchActions::reset()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    auto* dialog = new RestoreDialog(RestoreDialog::Mode::ResetFromParent, m_client, projectId, *b,
                                     m_window->model()->branchesOf(projectId), m_window);
    show(dialog, [this, dialog, projectId, id = b->id, name = b->name] {
        run(m_client->resetFromParent(projectId, id, dialog->preserveUnderName()), tr("Resetting %1 from its parent").arg(name),
            projectId, id);
    });
}

void BranchActions::restore()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    auto* dialog = new RestoreDialog(RestoreDialog::Mode::Restore, m_client, projectId, *b,
                                     m_window->model()->branchesOf(projectId), m_window);
    show(dialog, [this, dialog, projectId, id = b->id, name = b->name] {
        run(m_client->restoreBranch(projectId, id, dialog->restoreRequest()), tr("Restoring %1").arg(name), projectId, id);
    });
    // "Preview This Moment…" closes the restore dialog and opens the preview at its moment.
    connect(dialog, &RestoreDialog::previewRequested, this, [this, dialog](const QDateTime& moment) {
        dialog->reject();
        previewAt(moment);
    });
}

void BranchActions::rename()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    QStringList names;
    for (const Neon::Branch& other : m_window->model()->branchesOf(projectId))
        names.append(other.name);
    auto* dialog = new RenameDialog(*b, names, m_window);
    show(dialog, [this, dialog, projectId, id = b->id, name = b->name] {
        Neon::BranchUpdate update;
        update.name = dialog->name();
        run(m_client->updateBranch(projectId, id, update), tr("Renaming %1 to %2").arg(name, dialog->name()), projectId, id);
    });
}

void BranchActions::setDefault()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    if (const QString problem = Rules::setDefaultProblem(*b); !problem.isEmpty()) {
        m_window->statusBar()->showMessage(printable(problem), 8000);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Set as Default"),
                                tr("Make %1 the default branch of the project? Applications that connect to the "
                                   "project without naming a branch reach its compute from then on.")
                                    .arg(printable(b->name)),
                                QMessageBox::Ok | QMessageBox::Cancel, m_window);
    show(box, [this, projectId, id = b->id, name = b->name] {
        run(m_client->setDefaultBranch(projectId, id), tr("Making %1 the default").arg(name), projectId, id);
    });
}

void BranchActions::protect()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    Neon::BranchUpdate update;
    update.isProtected = !b->isProtected;
    if (!b->isProtected && b->expiresAt.isValid()) {
        m_window->statusBar()->showMessage(tr("%1 expires; protected branches cannot expire. Clear its expiration first.")
                                               .arg(printable(b->name)),
                                           8000);
        return;
    }
    run(m_client->updateBranch(projectId, b->id, update),
        b->isProtected ? tr("Unprotecting %1").arg(b->name) : tr("Protecting %1").arg(b->name), projectId, b->id);
}

void BranchActions::expiration()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    auto* dialog = new ExpirationDialog(*b, m_window->model()->childCount(projectId, b->id), m_window);
    show(dialog, [this, dialog, projectId, id = b->id, name = b->name] {
        Neon::BranchUpdate update;
        update.expiresAt = dialog->expiresAt();
        update.clearExpiration = !update.expiresAt.isValid();
        run(m_client->updateBranch(projectId, id, update),
            update.clearExpiration ? tr("Clearing the expiration of %1").arg(name) : tr("Setting the expiration of %1").arg(name),
            projectId, id);
    });
}

void BranchActions::remove()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    auto* dialog = new DeleteDialog(m_window->model()->subtreeLeavesFirst(projectId, b->id), m_window);
    show(dialog, [this, dialog, projectId] {
        auto plan = std::make_shared<DeletePlan>();
        plan->projectId = projectId;
        plan->branches = dialog->toDelete();
        deleteNext(plan);
    });
}

void BranchActions::deleteNext(std::shared_ptr<DeletePlan> plan)
{
    // One at a time, leaves first: a branch with children cannot be deleted, and a project runs
    // one operation at a time anyway.
    const int total = int(plan->branches.size() + plan->deleted.size());
    if (plan->branches.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Deleted %n branch(es).", nullptr, total), 8000);
        m_window->reloadBranches(plan->projectId);
        Q_EMIT finished(tr("Deleting %n branch(es)", nullptr, total), true);
        return;
    }
    const Neon::Branch next = plan->branches.first();
    plan->current = m_client->deleteBranch(plan->projectId, next.id);
    // One arg() for all three: a name holding %1 or %2 stays as it is.
    m_window->activity()->track(plan->current.get(), tr("Deleting %1 (%2 of %3)…")
                                                         .arg(printable(next.name), QString::number(plan->deleted.size() + 1),
                                                              QString::number(total)));
    connect(plan->current.get(), &Neon::Reply::finished, this, [this, plan, next, total] {
        const Neon::PendingReply reply = std::move(plan->current); // deleted after its finished()
        if (!reply->ok()) {
            QStringList left;
            for (const Neon::Branch& b : std::as_const(plan->branches))
                left.append(b.name);
            const QString done = plan->deleted.isEmpty() ? tr("Nothing was deleted.")
                                                         : tr("Deleted: %1.").arg(plan->deleted.join(u", "_s));
            m_window->reportError(reply->error(), tr("Deleting %1 failed. %2 Not deleted: %3.").arg(next.name, done, left.join(u", "_s)));
            m_window->reloadBranches(plan->projectId);
            Q_EMIT finished(tr("Deleting %n branch(es)", nullptr, total), false);
            return;
        }
        plan->deleted.append(next.name);
        plan->branches.removeFirst();
        m_window->reloadBranches(plan->projectId);
        deleteNext(plan);
    });
}

void BranchActions::recover()
{
    const QString projectId = m_window->currentProjectId();
    if (projectId.isEmpty())
        return;
    auto* dialog = new RecoverDialog(m_client, projectId, m_window);
    show(dialog, [this, dialog, projectId] {
        const QString id = dialog->branchId();
        if (!id.isEmpty())
            run(m_client->recoverBranch(projectId, id), tr("Recovering a deleted branch"), projectId, id);
    });
}

} // namespace Ui
